#!/usr/bin/env python3
"""Build the seven gf1- blind test files of set heldout222.

Run with the project's Python (openpyxl, python-docx):
    /work/main/.venv/bin/python gf1_make.py
Files are written beside this script.
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None,
           "Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Fulston Manor School - post-Ofsted action plan (xlsx, terms, fill-only RAG)
# ---------------------------------------------------------------------------
FULSTON = [
    ("Key Priority 1: Curriculum thinking at key stage 3",
     "Leaders should ensure that, in all subjects, the key stage 3 curriculum sets out precisely "
     "the knowledge that pupils need to learn and when, so that teachers can check that pupils "
     "have remembered it before moving on.",
     [
         ("1.1", "Review and re-sequence KS3 schemes of learning in all foundation subjects, "
                 "identifying the core knowledge for each unit.",
          "Deputy Headteacher (Curriculum)", "Summer term 2024",
          "Every KS3 unit has a published knowledge organiser and assessment point.",
          "LGB Teaching & Learning Committee", "B",
          "Completed. All KS3 curriculum maps published on the staff shared area, June 2024."),
         ("1.2", "Introduce low-stakes retrieval quizzes at the start of every KS3 lesson.\n"
                 "Heads of Department to quality assure through fortnightly learning walks.",
          "Heads of Department", "Autumn term 2024",
          "Retrieval practice seen in 90% of KS3 lessons visited.",
          "SLT line managers", "G",
          "Learning walk data (Dec 2024): retrieval seen in 84% of lessons."),
         ("1.3", "Deliver CPD on checking for understanding (whole-staff INSET and two twilight sessions).",
          "AHT (Teaching & Learning)", "Sept 2024 – Feb 2025",
          "Staff voice shows increased confidence; observed in lesson drop-ins.",
          "Headteacher", "G",
          "INSET delivered 2 September; first twilight 14 November; second booked for 6 February."),
     ]),
    ("Key Priority 2: Attendance and persistent absence",
     "Leaders should continue to take effective action to reduce the rates of persistent absence, "
     "particularly for disadvantaged pupils and pupils with SEND, so that these pupils do not miss "
     "out on their learning.",
     [
         ("2.1", "Appoint a dedicated Attendance Officer and establish weekly attendance panel meetings.",
          "Headteacher", "31/05/2024",
          "Attendance Officer in post; panel minutes show weekly review of cohort data.",
          "Chair of Governors", "B",
          "Attendance Officer started 13 May 2024. Panel meets every Tuesday."),
         ("2.2", "Implement the tiered attendance response (first-day calling, home visits, parenting "
                 "contracts) in line with DfE ‘Working together to improve school attendance’.",
          "AHT (Pastoral) / Attendance Officer", "Ongoing",
          "Persistent absence below 18% overall and below 25% for disadvantaged pupils.",
          "LGB Safeguarding & Welfare link governor", "A",
          "PA at end of autumn term 19.6% (disadvantaged 29.1%). Improving but not yet at target."),
         ("2.3", "Targeted mentoring for disadvantaged pupils whose attendance is below 90%, "
                 "through the Year 9 and Year 10 pastoral teams.",
          "Pastoral Leads for Years 9–10", "July 2025",
          "Mentored pupils improve attendance by at least 5 percentage points.",
          "AHT (Pastoral)", "R",
          "Mentor recruitment delayed – programme now starting February 2025."),
     ]),
    ("Key Priority 3: Adaptation for pupils with SEND",
     "Teachers do not consistently adapt their teaching to meet the needs of pupils with SEND. "
     "Leaders should ensure that teachers use the information they receive about these pupils to "
     "make appropriate adaptations.",
     [
         ("3.1", "Rewrite pupil passports in a one-page format with three classroom strategies per "
                 "pupil and share them with staff through Arbor.",
          "SENCo", "31/10/2024",
          "All pupils on the SEND register have an updated passport.",
          "SEND link governor", "B",
          "Done – 214 passports updated and shared before October half-term."),
         ("3.2", "SEND adaptive teaching drop-ins each half term with feedback to staff; outcomes "
                 "reported to the LGB.",
          "SENCo / AHT (Teaching & Learning)", "Summer term 2025",
          "Drop-ins show adaptations in line with passports in most lessons.",
          "LGB Teaching & Learning Committee", "",
          "First drop-ins scheduled for February 2025."),
     ]),
]


def make_fulston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 48, 24, 20, 38, 26, 9, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Fulston Manor School – Post-Ofsted Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws.merge_cells("A1:H1")
    ws["A2"] = "School improvement priorities arising from the Ofsted report"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Inspection: 5–6 March 2024 (graded inspection)    "
                "Overall effectiveness: Requires improvement")
    ws.merge_cells("A3:H3")
    ws["A4"] = ("Plan owner: Headteacher    Last reviewed by the Local Governing Body: 14 January 2025")
    ws.merge_cells("A4:H4")
    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Monitored by", "RAG",
           "Evidence / progress (January 2025)"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for prio, afi, acts in FULSTON:
        ws.cell(r, 1, prio).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        ws.cell(r, 1, afi).font = Font(italic=True)
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, when, sc, mon, rag, ev in acts:
            vals = [ref, action, lead, when, sc, mon, None, ev]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if RAGFILL[rag]:
                ws.cell(r, 7).fill = fill(RAGFILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "RAG ratings are shown by cell colour – see the ‘Key’ sheet. "
                  "Plan reviewed half-termly by SLT and termly by the LGB.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A7"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    rows = [(BLUE, "Completed"), (GREEN, "On track"), (AMBER, "Some delay – actions in place"),
            (RED, "Not on track – needs SLT intervention"), (None, "No colour – not yet due to start")]
    for i, (col, txt) in enumerate(rows, 3):
        if col:
            key.cell(i, 1).fill = fill(col)
        key.cell(i, 1).border = BOX
        key.cell(i, 2, txt)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 44
    wb.save(os.path.join(HERE, "gf1-fulston-manor-school-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Sparsholt College Group - Ofsted PIAP (docx, judgement headings, AFI sections)
# ---------------------------------------------------------------------------
SPARSHOLT = [
    ("Quality of education", [
        ("Area for improvement 1",
         "Leaders should ensure that teachers of English and mathematics on study programmes plan "
         "learning that builds on what students already know, so that more students achieve their "
         "qualifications.",
         [
             ("1.1", "Use initial and diagnostic assessment outcomes to set individual starting points "
                     "for every GCSE and functional skills student by week 4 of the autumn term.",
              "Head of English and Maths", "30/09/2025",
              "All students have a recorded starting point and target grade in ProMonitor.",
              "Planned for 2025/26 enrolment.", ""),
             ("1.2", "Introduce fortnightly ‘walk-throughs’ of English and maths lessons by the "
                     "curriculum team, focused on sequencing and checking understanding.",
              "Head of English and Maths; Teaching and Learning Coaches", "31/03/2025",
              "Walk-through records show improved sequencing in at least 80% of lessons.",
              "Walk-throughs running at Sparsholt and Andover since January; 38 completed.", "G"),
             ("1.3", "Track in-year mock results and put intervention plans in place for students "
                     "below target.",
              "Curriculum Managers", "June 2025",
              "Mock-to-target gap closes between December and March mocks.",
              "December mocks analysed; March mocks delayed by one week at Andover.", "A"),
         ]),
        ("Area for improvement 2",
         "Leaders and managers should make sure that apprentices receive their full entitlement to "
         "off-the-job training and that employers are involved in reviewing apprentices’ progress.",
         [
             ("2.1", "Redesign the apprenticeship progress review template so that employers "
                     "contribute to and sign every 12-weekly review.",
              "Head of Apprenticeships", "28/02/2025",
              "100% of reviews from March 2025 carry employer comments and signature.",
              "New template live in Smart Assessor from 3 February.", "B"),
             ("2.2", "Audit off-the-job hours for all apprentices monthly and escalate any apprentice "
                     "below 90% of planned hours to the Employer Engagement Manager.",
              "Apprenticeship Compliance Officer", "Monthly",
              "No apprentice more than 10% behind planned off-the-job hours.",
              "January audit: 27 apprentices below 90%; all escalated.", "G"),
         ]),
    ]),
    ("Leadership and management", [
        ("Area for improvement 3",
         "Governors should receive more detailed information about the quality of apprenticeships so "
         "that they can hold leaders to account effectively.",
         [
             ("3.1", "Add a termly apprenticeship quality dashboard (achievement, timeliness, "
                     "off-the-job compliance, breaks in learning) to the Quality and Standards "
                     "Committee agenda.",
              "Deputy Principal – Quality", "31/03/2025",
              "Committee minutes record challenge on apprenticeship performance.",
              "First dashboard presented to the committee on 11 March 2025.", "B"),
             ("3.2", "Arrange a governor link visit to the apprenticeship team at the Andover campus "
                     "and report findings to the Corporation.",
              "Clerk to the Corporation / Link Governor (Apprenticeships)", "July 2025",
              "Visit report received by the Corporation.",
              "Visit provisionally booked for May; date not yet confirmed by governor.", "A"),
         ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    return sec


def make_sparsholt():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Sparsholt College Group – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the Ofsted full inspection of 26–29 November 2024 "
                      "(report published 10 January 2025). Overall effectiveness: Good.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "20/01/2025", "Deputy Principal – Quality", "Corporation, 30 January 2025"),
                ("1.1", "14/04/2025", "Quality Manager", "Quality and Standards Committee, 22 April 2025")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG status key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning, col in [("B", "Complete", BLUE), ("G", "On track", GREEN),
                                 ("A", "At risk – mitigating action agreed", AMBER),
                                 ("R", "Off track", RED)]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meaning)
    doc.add_paragraph()
    hdr = ["Ref", "Action", "Lead", "Target date", "Impact measure", "Progress update (April 2025)", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.0), Cm(2.3), Cm(5.0), Cm(5.5), Cm(1.2)]
    for judgement, afis in SPARSHOLT:
        doc.add_paragraph(judgement, style="Heading 1")
        for label, afi, acts in afis:
            doc.add_paragraph(label, style="Heading 2")
            p = doc.add_paragraph()
            run = p.add_run(afi)
            run.italic = True
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for c, h in enumerate(hdr):
                set_cell(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "D9E2F3")
            for ref, action, lead, when, impact, progress, rag in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, when, impact, progress, rag]):
                    set_cell(cells[c], v)
                if rag:
                    shade(cells[6], RAGFILL[rag])
            for row in t.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = w
            doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in enumerate(["Role", "Name", "Date"]):
        set_cell(s.rows[0].cells[c], v, bold=True)
    for c, v in enumerate(["Principal and Chief Executive", "Signed", "30/01/2025"]):
        set_cell(s.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, "gf1-sparsholt-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. BPP University - apprenticeships PIAP, CSV export, mistyped month -> refuse
# ---------------------------------------------------------------------------
BPP_LINES = [
    ["BPP University – Apprenticeships Post-Inspection Action Plan", "", "", "", "", "", "", "", ""],
    ["Following Ofsted inspection 4–7 June 2024 (report published 19 July 2024). "
     "Owner: Director of Apprenticeship Quality", "", "", "", "", "", "", "", ""],
    ["Version 3 – update for the Apprenticeship Quality Board, January 2025", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Theme", "Ref", "Ofsted area for improvement", "Action", "Action owner", "Target date",
     "Revised target date", "RAG", "Update"],
    ["Quality of education", "1.1",
     "Leaders should ensure that tutors give apprentices precise feedback on their written work so "
     "that apprentices know how to improve it.",
     "Introduce a feedback standard for all assessed work (what went well, even better if, next step) "
     "and moderate a 10% sample each month.",
     "Head of Teaching and Learning (Apprenticeships)", "30/09/2024", "", "Blue",
     "Standard launched September 2024; moderation in place."],
    ["Quality of education", "1.2",
     "Leaders should ensure that tutors give apprentices precise feedback on their written work so "
     "that apprentices know how to improve it.",
     "Deliver CPD on written feedback for all apprenticeship tutors and coaches.",
     "Apprenticeship Academic Development Lead", "31/12/2024", "28/02/2025", "Amber",
     "Two of three CPD sessions delivered; final session moved to February."],
    ["Quality of education", "2.1",
     "Leaders should make sure that tutors and employers coordinate on-the-job and off-the-job "
     "training so that apprentices can apply new learning at work.",
     "Add an employer-agreed on-the-job activity plan to each tripartite progress review.",
     "Heads of Programme", "31/01/2025", "", "Green",
     "Template agreed; in use for all new starters."],
    ["Quality of education", "2.2",
     "Leaders should make sure that tutors and employers coordinate on-the-job and off-the-job "
     "training so that apprentices can apply new learning at work.",
     "Run employer briefings on the apprenticeship standards for line managers of new starters.",
     "Employer Engagement Manager; Heads of Programme", "31/12/2024", "Mach 2025", "Amber",
     "Briefings for law and accountancy employers complete; nursing and healthcare briefings rescheduled."],
    ["Personal development", "3.1",
     "Leaders should ensure that apprentices develop a secure understanding of the risks associated "
     "with radicalisation and extremism in their local area and workplace.",
     "Embed a ‘Prevent in my sector’ topic into every progress review.",
     "Designated Safeguarding Lead", "31/10/2024", "", "Blue",
     "Topic added to review template from October 2024."],
    ["Personal development", "3.2",
     "Leaders should ensure that apprentices develop a secure understanding of the risks associated "
     "with radicalisation and extremism in their local area and workplace.",
     "Survey apprentices’ understanding of local Prevent risks each term and act on any gaps.",
     "Designated Safeguarding Lead / Student Experience Manager", "Termly", "", "Green",
     "Autumn survey: 71% could name a local risk (baseline 46%)."],
    ["Leadership and management", "4.1",
     "Governors should receive more detailed information on the progress of apprentices who are at "
     "risk of not completing on time.",
     "Produce a monthly at-risk apprentice report for the Apprenticeship Quality Board and a quarterly "
     "summary for the Academic Council.",
     "Director of Apprenticeship Quality", "31/03/2025", "", "Green",
     "Monthly report in place since November; first Academic Council summary due March."],
    ["", "", "", "", "", "", "", "", ""],
    ["Summary: 7 actions – Blue 2, Green 3, Amber 2, Red 0", "", "", "", "", "", "", "", ""],
]


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_bpp():
    path = os.path.join(HERE, "gf1-bpp-university-ofsted-apprenticeships-piap-typo-month-refuse.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in BPP_LINES:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Newcastle upon Tyne Hospitals - CQC must/should do (xlsx, summary + two sheets,
#    core-service section rows, merged requirement cells, original/revised dates,
#    previous/current RAG)
# ---------------------------------------------------------------------------
NUTH_MUST = [
    ("Urgent and emergency care – Royal Victoria Infirmary", [
        ("Regulation 12", "The trust must ensure that patients in the emergency department receive a "
                          "timely initial assessment and are triaged within 15 minutes of arrival.",
         [
             ("MD1.1", "Implement a streaming and rapid assessment nurse rota at the front door "
                       "between 10:00 and 02:00.",
              "Directorate Manager (Emergency Care)", d(2024, 9, 30), d(2024, 12, 31), "Amber", "Blue",
              "Rota live from 2 December 2024. Median time to triage 11 minutes (January)."),
             ("MD1.2", "Daily audit of time to triage with exception reporting to the ED safety huddle.",
              "Matron ED / Clinical Director ED", d(2024, 10, 31), None, "Green", "Green",
              "Audit embedded; compliance 88% in February against 95% target."),
         ]),
        ("Regulation 18", "The trust must ensure that staff in the emergency department complete "
                          "mandatory training, including paediatric life support, to meet the trust "
                          "target.",
         [
             ("MD2.1", "Protect training time within the ED nursing roster (one study day per rota "
                       "cycle) until compliance reaches 90%.",
              "Head of Nursing – Urgent and Emergency Care", d(2024, 12, 31), d(2025, 6, 30),
              "Amber", "Amber",
              "PLS compliance 81%. Additional course dates secured for April and May."),
         ]),
    ]),
    ("Medical care (including older people’s care) – Freeman Hospital", [
        ("Regulation 12", "The trust must ensure that risk assessments for falls and pressure ulcers "
                          "are completed and reviewed in line with trust policy.",
         [
             ("MD3.1", "Relaunch the electronic nursing risk assessment bundle with ward-level "
                       "compliance dashboards.",
              "Deputy Chief Nurse", d(2025, 1, 31), d(2025, 4, 30), "Green", "Red",
              "Dashboard go-live delayed by the e-record upgrade; escalated to Quality Committee."),
             ("MD3.2", "Monthly matron-led documentation audits with results reported to the Nursing "
                       "and Midwifery Quality Assurance Group.",
              "Matrons – Medicine Directorate", d(2025, 3, 31), None, "Green", "Green",
              "Audits completed November to February; average compliance 86%."),
         ]),
    ]),
    ("Well-led (trust-wide)", [
        ("Regulation 17", "The trust must ensure that governance processes identify and address risks "
                          "in a timely way and that risk registers are kept up to date.",
         [
             ("MD4.1", "Review all directorate risk registers and close or re-score any risk not "
                       "reviewed within the last 6 months.",
              "Director of Quality and Effectiveness", d(2024, 12, 31), None, "Green", "Blue",
              "Completed. 212 risks reviewed; 47 closed."),
         ]),
    ]),
]

NUTH_SHOULD = [
    ("Urgent and emergency care – Royal Victoria Infirmary", [
        ("", "The trust should ensure that patients with mental health needs in the emergency "
             "department are cared for in an appropriate environment while awaiting assessment.",
         [
             ("SD1.1", "Complete refurbishment of the ED mental health assessment room to Royal "
                       "College of Psychiatrists (PLAN) standards.",
              "Associate Director of Estates", d(2025, 3, 31), d(2025, 9, 30), "Amber", "Amber",
              "Design signed off; works scheduled for summer 2025 to avoid winter pressures."),
         ]),
    ]),
    ("Medical care (including older people’s care) – Freeman Hospital", [
        ("", "The trust should ensure that patients’ nutrition and hydration needs are assessed and "
             "recorded.",
         [
             ("SD2.1", "Roll out the red tray and red jug scheme to all medical wards.",
              "Lead Nurse Nutrition / Ward Sisters", d(2024, 11, 30), None, "Blue", "Blue",
              "Complete on all 14 medical wards."),
             ("SD2.2", "Add MUST score completion to the ward accreditation programme.",
              "Head of Nursing (Medicine)", d(2025, 5, 31), None, None, "Green",
              "Accreditation standard drafted; to be tested on two wards in April."),
         ]),
    ]),
]


def nuth_sheet(ws, heading, data, reqlabel):
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:J1")
    ws["A2"] = "CQC inspection report published 18 July 2024 – position at 31 March 2025"
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Regulation", reqlabel, "Action", "Lead", "Original completion date",
           "Revised completion date", "Previous RAG (Feb 2025)", "Current RAG (Mar 2025)",
           "Progress update"]
    widths = [8, 13, 42, 44, 26, 13, 13, 11, 11, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for section, reqs in data:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for reg, req, acts in reqs:
            start = r
            for ref, action, lead, orig, rev, prev, cur, upd in acts:
                vals = [ref, None, None, action, lead, orig, rev, prev, cur, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c in (6, 7):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
                for c, v in ((8, prev), (9, cur)):
                    if v:
                        ws.cell(r, c).fill = fill(RAGFILL[v])
                r += 1
            ws.cell(start, 2, reg or None).alignment = WRAP
            ws.cell(start, 3, req).alignment = WRAP
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    return r


def make_nuth():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = ("The Newcastle upon Tyne Hospitals NHS Foundation Trust – "
               "CQC Must Do and Should Do Action Plan")
    s["A1"].font = Font(bold=True, size=14, color="005EB8")
    s["A2"] = "Following the CQC inspection 2024 (report published 18 July 2024)"
    s["A3"] = "Report to Quality Committee, April 2025 – position at 31 March 2025"
    s["A5"] = "Summary of current RAG status"
    s["A5"].font = Font(bold=True)
    rows = [("Category", "Total actions", "Blue", "Green", "Amber", "Red"),
            ("Must Do", 6, 2, 2, 1, 1),
            ("Should Do", 3, 1, 1, 1, 0),
            ("Total", 9, 3, 3, 2, 1)]
    for i, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = s.cell(i, c, v)
            cell.border = BOX
            if i in (6, 9):
                cell.font = Font(bold=True)
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    for i, (name, col, meaning) in enumerate([
            ("Blue", BLUE, "Action complete and evidence of embedding received"),
            ("Green", GREEN, "On track to complete by the agreed date"),
            ("Amber", AMBER, "At risk of missing the agreed date; mitigation in place"),
            ("Red", RED, "Off track – date missed or not deliverable")], 12):
        s.cell(i, 1, name).fill = fill(col)
        s.cell(i, 2, meaning)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 52
    must = wb.create_sheet("Must Do")
    r = nuth_sheet(must, "CQC Must Do actions", NUTH_MUST, "CQC requirement (Must Do)")
    must.cell(r + 1, 1, "Note: revised completion dates agreed at Quality Committee on 27 February 2025.").font = Font(italic=True)
    should = wb.create_sheet("Should Do")
    nuth_sheet(should, "CQC Should Do actions", NUTH_SHOULD, "CQC recommendation (Should Do)")
    wb.save(os.path.join(HERE, "gf1-newcastle-upon-tyne-hospitals-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Woodbrook Medical Centre - GP Patient Survey action plan (tab-separated text)
# ---------------------------------------------------------------------------
WOODBROOK = [
    "Woodbrook Medical Centre – GP Patient Survey 2024 Action Plan",
    "Agreed with the Patient Participation Group (PPG), 17 September 2024",
    "Survey results published: 11 July 2024\tPractice list size: 13,420\tNext review: March 2025",
    "",
    "Ref\tYou said (GP Patient Survey 2024 result)\tWhat we will do\tWho\tBy when\tStatus",
    "1. Getting through on the phone",
    "1a\tOnly 38% of patients find it easy to get through to us by phone (ICB average 50%).\t"
    "Move to a cloud-based telephony system with call-back and queue position messages.\t"
    "Practice Manager\t31/10/2024\tComplete",
    "1b\t\tPublish the busiest times of day on the website and in the waiting room so that patients "
    "with non-urgent requests can call later.\tReception Manager / PPG Chair\t30/11/2024\tComplete",
    "2. Booking appointments",
    "2a\t52% of patients were satisfied with the appointment times available to them.\t"
    "Open online consultation (PATCHS) from 8:00am to 6:30pm, Monday to Friday, for non-urgent "
    "requests.\tDr A. Mistry (IT lead GP)\tJanuary 2025\tOn track",
    "2b\t\tOffer Saturday morning pre-bookable appointments through the Primary Care Network "
    "enhanced access service.\tPCN Clinical Director\tOngoing\tOn track",
    "3. Continuity of care",
    "3a\tOnly 21% of patients with a preferred GP usually get to see or speak to them.\t"
    "Pilot named-GP lists for housebound patients and patients living with frailty.\t"
    "Dr S. Hale and Dr R. Osei\tMarch 2025\tNot started",
    "3b\t\tReview appointment templates to protect routine follow-up slots with the patient’s usual "
    "GP.\tDr S. Hale\t30/04/2025\tDelayed",
    "4. Reception and care navigation",
    "4a\t79% found our reception staff helpful, below the national average of 83%.\t"
    "Care navigation training for all reception and administration staff.\tPractice Manager\t"
    "31/12/2024\tComplete",
    "4b\t\tAdd a standing ‘patient experience’ item to the monthly whole-practice team meeting.\t"
    "Practice Manager; Deputy Practice Manager\tMonthly\tOn track",
    "",
    "Status key: Complete = action finished; On track = in progress and within timescale; "
    "Delayed = behind timescale (amber); Not started = not yet begun.",
    "This plan will be reviewed with the PPG at the March 2025 meeting and published on our website.",
]


def make_woodbrook():
    path = os.path.join(HERE, "gf1-woodbrook-medical-centre-gp-patient-survey-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(WOODBROOK) + "\n")


# ---------------------------------------------------------------------------
# 6. Devon Partnership NHS Trust - CQC acute wards / PICU (docx, one table with
#    key-question band rows, merged requirement cells, key redefines green)
# ---------------------------------------------------------------------------
DPT = [
    ("Safe", [
        ("The trust must ensure that ligature risk assessments for all acute wards are reviewed "
         "annually and that identified risks are mitigated. (Regulation 12)",
         [
             ("MD1.1", "Must do",
              "Complete the annual ligature risk assessment for all acute and PICU wards, with "
              "estates work logged on the anti-ligature programme.",
              "Ward Managers / Health and Safety Advisor", "31/10/2024", "G"),
             ("MD1.2", "Must do",
              "Report ligature risk assessment compliance monthly to the Inpatient Quality and "
              "Safety Group.",
              "Associate Director of Nursing – Inpatient Services", "Monthly", "A"),
         ]),
        ("The trust must ensure that staff complete and record physical health observations "
         "following the administration of rapid tranquillisation. (Regulation 12)",
         [
             ("MD2.1", "Must do",
              "Update the rapid tranquillisation policy and the post-RT monitoring form on the "
              "electronic patient record.",
              "Chief Pharmacist", "31/12/2024", "G"),
             ("MD2.2", "Must do",
              "Deliver bite-size training on post-RT physical health monitoring to all inpatient "
              "registered nurses and healthcare assistants.",
              "Physical Health Lead Nurse", "28/02/2025", "A"),
             ("MD2.3", "Must do",
              "Quarterly audit of post-RT physical health monitoring, with results shared at ward "
              "business meetings.",
              "Clinical Audit Team", "Q4 2024/25", "R"),
         ]),
    ]),
    ("Effective", [
        ("The trust should ensure that care plans are personalised and reflect the views of patients.",
         [
             ("SD1.1", "Should do",
              "Introduce a co-produced ‘My Care Plan’ template with a patient voice section.",
              "Lead for Patient Experience / Ward Managers", "31/03/2025", "A"),
         ]),
        ("The trust should ensure that patients detained under the Mental Health Act have their "
         "rights explained to them and that this is recorded.",
         [
             ("SD2.1", "Should do",
              "Mental Health Act administrators to send weekly reminders of section 132 rights "
              "re-reads that are due.",
              "Mental Health Act Manager", "30/11/2024", "G"),
         ]),
    ]),
    ("Well-led", [
        ("The trust must ensure that governance systems give oversight of restrictive practice across "
         "all acute wards. (Regulation 17)",
         [
             ("MD3.1", "Must do",
              "Establish a Reducing Restrictive Practice Group, reporting quarterly to the Quality "
              "and Safety Committee.",
              "Associate Director of Nursing – Inpatient Services", "January 2025", "G"),
             ("MD3.2", "Must do",
              "Publish ward-level restrictive practice data (restraint, seclusion, rapid "
              "tranquillisation) on the inpatient dashboard.",
              "Head of Business Intelligence", "30/06/2025", ""),
         ]),
    ]),
]

DPT_COMMENTS = {
    "MD1.1": "All eight ward assessments completed and uploaded; 23 estates jobs raised.",
    "MD1.2": "Reported October to January; February report not yet received from two wards.",
    "MD2.1": "Policy ratified at Drugs and Therapeutics Committee, December 2024.",
    "MD2.2": "68% of staff trained to date.",
    "MD2.3": "Q3 audit not completed owing to audit team vacancy; recruitment under way.",
    "SD1.1": "Template co-produced with the Lived Experience Group; pilot on two wards.",
    "SD2.1": "Weekly reminder process in place; audit shows 97% of rights recorded.",
    "MD3.1": "Group established; first meeting held 16 January 2025.",
    "MD3.2": "",
}


def make_dpt():
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Devon Partnership NHS Trust"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("CQC Inspection Action Plan – Acute wards for adults of working age and "
                      "psychiatric intensive care units", style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Inspection dates", "4–6 June 2024"),
                 ("Report published", "12 September 2024"),
                 ("Executive lead", "Chief Nurse"),
                 ("Plan owner", "Associate Director of Nursing – Inpatient Services"),
                 ("Oversight", "Quality and Safety Committee (monthly)"),
                 ("Status as at", "28 February 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, col, meaning in [("G", GREEN, "Completed and evidenced"),
                                 ("A", AMBER, "In progress, within timescale"),
                                 ("R", RED, "Not started or overdue")]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True, size=10)
        shade(cells[0], col)
        set_cell(cells[1], meaning, size=10)
    doc.add_paragraph()
    doc.add_paragraph("Action plan", style="Heading 2")
    hdr = ["Ref", "Type", "CQC requirement", "Action", "Lead", "Completion date", "Status",
           "Update (February 2025)"]
    widths = [Cm(1.4), Cm(1.6), Cm(5.5), Cm(6.0), Cm(3.6), Cm(2.2), Cm(1.3), Cm(4.6)]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "1F4E79")
        for run in t.rows[0].cells[c].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for band, reqs in DPT:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, band, bold=True, size=10)
        shade(merged, "DEEAF6")
        for req, acts in reqs:
            first = None
            for ref, typ, action, lead, when, st in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, typ, None, action, lead, when, st, DPT_COMMENTS[ref]]):
                    if v is not None:
                        set_cell(cells[c], v)
                if st:
                    shade(cells[6], RAGFILL[st])
                if first is None:
                    first = cells[2]
                    set_cell(first, req)
                last = cells[2]
            if last is not first:
                first.merge(last)
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Quality and Safety Committee "
                      "monthly and to the Board of Directors quarterly.")
    doc.save(os.path.join(HERE, "gf1-devon-partnership-nhs-trust-cqc-acute-wards-picu-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Charity Commission - TNA Information Management Assessment action plan (xlsx,
#    theme filled on first row only, merged recommendation and priority, summary block,
#    glossary and version sheets)
# ---------------------------------------------------------------------------
CHARITY = [
    ("1. The value of information", [
        ("1", "The Charity Commission should set out the value of its information in a Knowledge and "
              "Information Management (KIM) strategy endorsed by the Executive Committee.", "High",
         [
             ("1.1", "Draft a KIM strategy and delivery roadmap for consultation with directorates.",
              "Head of Knowledge and Information Management", d(2024, 7, 31), "Blue",
              "Draft consulted on June–July 2024."),
             ("1.2", "Present the KIM strategy to the Executive Committee for endorsement and publish "
                     "it on the intranet.",
              "SIRO", "Q3 2024/25", "Green",
              "Scheduled for Executive Committee on 10 December 2024."),
         ]),
    ]),
    ("2. Digital information and supporting technology", [
        ("2", "The Charity Commission should ensure that information held in Microsoft Teams and "
              "SharePoint is subject to agreed retention labels and disposal rules.", "Medium",
         [
             ("2.1", "Apply default retention labels to all Teams sites and SharePoint libraries.",
              "Chief Digital Officer / Head of KIM", "March 2025", "Amber",
              "Labels applied to 60% of sites; licensing query with supplier."),
             ("2.2", "Identify and close or archive inactive Teams sites (no activity for 12 months).",
              "KIM Team", d(2024, 12, 1), "Green",
              "412 inactive sites identified; owners contacted."),
         ]),
        ("3", "The Charity Commission should reduce its reliance on shared drives and complete the "
              "migration of legacy records to SharePoint.", "Medium",
         [
             ("3.1", "Complete migration of the remaining directorate shared drives (Legal, "
                     "Investigations and Enforcement) to SharePoint.",
              "Digital Workplace Programme Manager", d(2025, 9, 1), "Red",
              "Migration paused pending tenancy upgrade; revised plan to Audit and Risk Committee, "
              "January 2025."),
         ]),
    ]),
    ("3. Information risk, governance and oversight", [
        ("4", "The Charity Commission should strengthen its Information Asset Owner (IAO) network so "
              "that information risks are identified and escalated.", "High",
         [
             ("4.1", "Refresh the Information Asset Register and confirm an IAO for every asset.",
              "Data Protection Officer", d(2024, 9, 30), "Blue",
              "Register refreshed; 146 assets, all with a named IAO."),
             ("4.2", "Deliver annual IAO training and collect quarterly IAO assurance returns for "
                     "the SIRO.",
              "IAOs", "Ongoing", "Green",
              "Q2 returns received from all directorates."),
         ]),
    ]),
    ("4. Records, review and transfer", [
        ("5", "The Charity Commission should agree a plan with The National Archives for the appraisal "
              "and selection of its paper records held off-site.", "Low",
         [
             ("5.1", "Commission a box-level survey of off-site paper holdings and agree appraisal "
                     "criteria with The National Archives.",
              "Departmental Records Officer", d(2025, 3, 31), "Green",
              "Survey contract let; fieldwork January–February 2025."),
         ]),
    ]),
]


def make_charity():
    wb = Workbook()
    ws = wb.active
    ws.title = "IMA action plan"
    ws["A1"] = ("Charity Commission for England and Wales – "
                "Information Management Assessment (IMA) Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Assessment by The National Archives, October 2023; report published April 2024. "
                "Progress shown at the 6-month review, November 2024.")
    hdr = ["Theme", "Recommendation", "Priority", "Action ref", "Action", "Owner",
           "Timescale", "Progress / observations", "RAG"]
    widths = [24, 44, 9, 8, 44, 26, 12, 40, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    r += 1
    for theme, recs in CHARITY:
        ws.cell(r, 1, theme)
        for num, rec, prio, acts in recs:
            start = r
            for ref, action, owner, when, rag, prog in acts:
                vals = [None, None, None, ref, action, owner, when, prog, rag]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v) if v is not None else ws.cell(r, c)
                    cell.alignment = WRAP
                    cell.border = BOX
                if isinstance(when, dt.datetime):
                    ws.cell(r, 7).number_format = "mmm-yy" if when.day == 1 else "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(RAGFILL[rag])
                r += 1
            ws.cell(start, 2, rec)
            ws.cell(start, 3, prio)
            if r - start > 1:
                for c in (2, 3):
                    ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(r - 1, 1).border = BOX
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    for label, n in [("Total actions", 8), ("Blue – complete", 2), ("Green – on track", 4),
                     ("Amber – some slippage", 1), ("Red – off track / revised timescale required", 1)]:
        ws.cell(r, 1, label)
        ws.cell(r, 2, n)
        r += 1
    ws.freeze_panes = "A5"

    g = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("IAO", "Information Asset Owner"),
                                ("IMA", "Information Management Assessment"),
                                ("KIM", "Knowledge and Information Management"),
                                ("SIRO", "Senior Information Risk Owner"),
                                ("DRO", "Departmental Records Officer")], 1):
        g.cell(i, 1, a).font = Font(bold=(i == 1))
        g.cell(i, 2, b).font = Font(bold=(i == 1))
    g.column_dimensions["B"].width = 40
    v = wb.create_sheet("Version history")
    for i, row in enumerate([("Version", "Date", "Change", "By"),
                             ("0.1", "15/05/2024", "First draft following IMA report", "Head of KIM"),
                             ("1.0", "20/06/2024", "Agreed with The National Archives", "SIRO"),
                             ("1.1", "22/11/2024", "6-month progress review", "KIM Team")], 1):
        for c, val in enumerate(row, 1):
            v.cell(i, c, val)
    v.column_dimensions["C"].width = 36
    wb.save(os.path.join(HERE, "gf1-charity-commission-ima-action-plan.xlsx"))


if __name__ == "__main__":
    make_fulston()
    make_sparsholt()
    make_bpp()
    make_nuth()
    make_woodbrook()
    make_dpt()
    make_charity()
    print("built 7 files in", HERE)
