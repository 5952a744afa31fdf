"""Build the seven lx1- blind test files (set heldout370).

Run with: /work/main/.venv/bin/python lx1_make.py
Writes the data files beside this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL_HEX = {"B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    if not hexcolour:
        return
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
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


# ---------------------------------------------------------------------------
# 1. Newquay Tretherras post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
NT_FILE = "lx1-newquay-tretherras-post-ofsted-action-plan.docx"
NT_TITLE = "Newquay Tretherras – Post-Ofsted Action Plan 2023–24"
NT_PRIORITIES = [
    (
        "Priority 1: Curriculum in Key Stage 4",
        "In some subjects, leaders have not identified precisely the knowledge that pupils should learn in "
        "Key Stage 4. As a result, pupils do not build their knowledge securely over time. Leaders should "
        "ensure that the curriculum in all subjects sets out the important knowledge pupils need to know "
        "and remember.",
        [
            ("1.1", "Subject leaders to review Key Stage 4 curriculum maps and identify the core knowledge for "
                    "each unit, using the trust curriculum template.",
             "Deputy Headteacher (Curriculum)", "Spring term 2024",
             "Revised maps on SharePoint; SLT curriculum review", "B"),
            ("1.2", "Quality assure revised maps in English, geography and computing through line management "
                    "meetings, with written feedback to subject leaders.",
             "JWi / PHa", "31/01/2024", "Line management notes", "B"),
            ("1.3", "Introduce retrieval starters in every Key Stage 4 lesson, linked to the core knowledge, "
                    "and check their use through fortnightly learning walks.",
             "Assistant Headteacher (Teaching and Learning)", "Summer term 2024",
             "Learning walk records; pupil voice", "G"),
        ],
    ),
    (
        "Priority 2: Attendance and persistent absence",
        "Too many pupils, including disadvantaged pupils, are persistently absent from school. This means "
        "they miss valuable learning. Leaders should continue to take effective action to improve the "
        "attendance of these pupils.",
        [
            ("2.1", "Appoint a full-time Attendance Officer and hold a weekly attendance panel for pupils whose "
                    "attendance is below 90%.",
             "Headteacher", "January 2024", "Appointment made; panel minutes", "B"),
            ("2.2", "Make first-day calls and home visits for all persistently absent pupils, prioritising "
                    "disadvantaged pupils.",
             "Attendance Officer / Heads of Year", "Ongoing – reviewed termly",
             "Weekly attendance data; case log", "G"),
            ("2.3", "Launch a termly rewards programme for pupils whose attendance improves, including "
                    "certificates and an end-of-year trip.",
             "AHT Pastoral", "Summer term 2024", "Rewards log", "A"),
            ("2.4", "Report the attendance of disadvantaged pupils to the Local Governing Body at every meeting, "
                    "compared with national figures.",
             "Headteacher", "Termly", "LGB minutes", "G"),
        ],
    ),
    (
        "Priority 3: Personal development",
        "Some pupils do not have a secure understanding of healthy relationships and consent. Leaders should "
        "ensure that the personal, social, health and economic education curriculum is taught consistently "
        "well so that all pupils are well prepared for life in modern Britain.",
        [
            ("3.1", "Redesign the PSHE programme so that specialist teachers deliver the relationships and sex "
                    "education units in Years 9 to 11.",
             "PSHE Lead", "Autumn term 2024", "Revised scheme of work", ""),
            ("3.2", "Survey pupils’ knowledge of healthy relationships and consent each term and report the "
                    "findings to SLT and governors.",
             "PSHE Lead / DHT", "July 2024", "Survey results; SLT minutes", "A"),
        ],
    ),
]


def build_newquay():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading(NT_TITLE, level=0)
    doc.add_paragraph("Ofsted section 5 inspection: 14 and 15 November 2023 · Overall effectiveness: "
                      "Requires improvement")
    doc.add_paragraph("Progress position at: 15 March 2024 (for the Local Governing Body meeting of "
                      "21 March 2024)")

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.3"),
        ("Author", "Deputy Headteacher (Curriculum)"),
        ("Approved", "Local Governing Body, 23 January 2024"),
        ("Next review", "June 2024"),
    ]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("B", "Completed"),
        ("G", "On track"),
        ("A", "Some slippage – action being taken"),
        ("R", "Off track"),
    ]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], FILL_HEX[k])
        set_cell(key.rows[i].cells[1], v)

    for heading, afi, actions in NT_PRIORITIES:
        doc.add_heading(heading, level=1)
        lab = doc.add_paragraph()
        lab.add_run("Area for improvement (from the inspection report)").bold = True
        q = doc.add_paragraph()
        q.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Led by", "By when",
                                          "Monitoring and evidence", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, when, mon, rag in actions:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], action)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], mon)
            set_cell(cells[5], rag, bold=True)
            shade(cells[5], FILL_HEX[rag])
        doc.add_paragraph()

    doc.add_paragraph("Notes: RAG ratings are agreed at the fortnightly SLT meeting. Governor monitoring "
                      "visits are recorded on GovernorHub.")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Sign-off", "Name", "Date"),
                             ("Headteacher", "Mrs R. Penhaligon", "23/01/2024"),
                             ("Chair of LGB", "Mr D. Trevail", "23/01/2024")]):
        for j, v in enumerate(row):
            set_cell(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(os.path.join(HERE, NT_FILE))


# ---------------------------------------------------------------------------
# 2. Herefordshire, Ludlow and North Shropshire College PIAP (xlsx, refuse)
# ---------------------------------------------------------------------------
HL_FILE = ("lx1-herefordshire-ludlow-north-shropshire-college-ofsted-post-inspection-action-plan"
           "-typo-month-refuse.xlsx")
HL_TITLE = "Herefordshire, Ludlow and North Shropshire College – Post-Inspection Action Plan 2023–24"
HL_AFIS = [
    ("AFI 1",
     "Leaders and managers should ensure that teachers on adult learning programmes check learners' "
     "understanding routinely and plan learning that builds on what learners already know.",
     [
         ("1.1", "Deliver a CPD session on questioning and checking understanding to all adult learning tutors.",
          "Head of Adult and Community Learning", D(2024, 4, 30), None,
          "Session delivered 17 April; 23 of 25 tutors attended.", "G"),
         ("1.2", "Add an initial assessment task to the first session of every adult course and record the "
                 "outcome on the ILP.",
          "Curriculum Manager (Adult Learning)", D(2024, 5, 31), None,
          "In place for all courses starting after Easter.", "B"),
         ("1.3", "Include checking of understanding as a focus in the summer term learning walks and report "
                 "findings to the Quality and Standards Committee.",
          "Assistant Principal Quality / Quality Improvement Manager", D(2024, 7, 31), None,
          "Learning walks scheduled for weeks 2–6 of summer term.", "G"),
     ]),
    ("AFI 2",
     "Leaders should ensure that apprentices at Holme Lacy campus receive their off-the-job training in a "
     "timely way and that employers are involved in planning it.",
     [
         ("2.1", "Review the off-the-job hours of every Holme Lacy apprentice and put catch-up plans in place "
                 "where hours are behind.",
          "Apprenticeship Manager (Land-based)", D(2024, 5, 31), None,
          "All 64 apprentices reviewed; 11 on catch-up plans.", "B"),
         ("2.2", "Hold a three-way planning meeting with each employer at the start of every apprenticeship "
                 "and record the agreed training plan.",
          "Apprenticeship Manager (Land-based)", D(2024, 7, 31), "0ct-2024",
          "Delayed to align with September starts.", "A"),
         ("2.3", "Run an employer forum each term at Holme Lacy to share the training calendar.",
          "Director of Business Development", D(2024, 6, 30), None,
          "First forum held 12 June with 14 employers.", "B"),
     ]),
    ("AFI 3",
     "Leaders should improve the attendance of learners on 16 to 19 study programmes, particularly in English "
     "and mathematics lessons.",
     [
         ("3.1", "Introduce same-day text and phone contact for any learner absent from an English or "
                 "mathematics lesson.",
          "Head of English and Maths", D(2024, 4, 19), None,
          "Live from 15 April; attendance up 4 percentage points.", "B"),
         ("3.2", "Set weekly attendance targets for each tutor group and review them in curriculum team meetings.",
          "Heads of Curriculum", D(2024, 7, 12), None,
          "Targets set; overall attendance 86% against 90% target.", "A"),
     ]),
]


def build_hlnsc():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = HL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted further education and skills inspection 5–8 March 2024 – overall effectiveness: Good"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated for the Quality and Standards Committee – 18 June 2024"
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "Area for improvement", "Action", "Responsible", "Original target",
               "Revised target", "Progress update", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = wrap
        c.border = border
    r = 6
    for afi_no, afi_text, actions in HL_AFIS:
        start = r
        for ref, action, lead, orig, rev, prog, rag in actions:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=orig)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6, value=rev)
            ws.cell(row=r, column=7, value=prog)
            c = ws.cell(row=r, column=8, value=rag)
            c.fill = PatternFill("solid", fgColor=FILL_HEX[rag])
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 9):
                ws.cell(row=r, column=j).border = border
                if j != 8:
                    ws.cell(row=r, column=j).alignment = wrap
            r += 1
        ws.cell(row=start, column=2, value=f"{afi_no}: {afi_text}")
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = wrap
    r += 1
    ws.cell(row=r, column=1, value="RAG: see Key tab. Dates are end of month unless stated.")
    for col, w in zip("ABCDEFGH", [6, 42, 52, 30, 13, 13, 40, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete and impact evidenced"), ("G", "On track"),
                                ("A", "Behind schedule – recoverable"), ("R", "Off track – escalate")], start=2):
        key.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=FILL_HEX[k])
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 36
    wb.save(os.path.join(HERE, HL_FILE))


# ---------------------------------------------------------------------------
# 3. Lancaster University apprenticeships PIAP (csv)
# ---------------------------------------------------------------------------
LU_FILE = "lx1-lancaster-university-ofsted-apprenticeships-piap.csv"
LU_TITLE = "Lancaster University – Apprenticeships Post-Inspection Action Plan (PIAP)"
# (theme, afi, ref, action, lead, target, rag, progress)
LU_ROWS = [
    ("Quality of education",
     "Leaders should ensure that all apprentices receive useful feedback on their work so that they know what "
     "they need to do to improve.",
     "AFI1.1",
     "Agree a University-wide standard for written feedback on apprentice assignments, including feed-forward "
     "on next steps, and publish it in the apprenticeship staff handbook.",
     "Head of Apprenticeship Quality", "31/03/2024", "B",
     "Standard approved by Apprenticeships Strategy Group on 14 March 2024."),
    ("", "", "AFI1.2",
     "Sample 10% of marked work in each programme each term and report the findings to programme teams.",
     "Programme Leaders; Head of Apprenticeship Quality", "31/07/2024", "G",
     "Lent term sample complete; summer sample under way."),
    ("",
     "Leaders should ensure that reviews of apprentices’ progress routinely involve employers and focus on the "
     "development of apprentices’ knowledge, skills and behaviours.",
     "AFI2.1",
     "Introduce a tripartite progress review template that records:\n- progress against KSBs\n"
     "- off-the-job training hours\n- targets agreed with the employer",
     "Director of Apprenticeships", "30/04/2024", "B",
     "Template live in Aptem from 2 April."),
    ("", "", "AFI2.2",
     "Train all skills coaches and academic tutors in the use of the new template.",
     "Apprenticeship Hub Manager", "30/06/2024", "A",
     "62 of 78 staff trained; remaining sessions in July."),
    ("", "", "AFI2.3",
     "Monitor the proportion of progress reviews completed on time with the employer present and report it "
     "monthly.",
     "Apprenticeship Hub Manager / Data and Compliance Officer", "Monthly", "G",
     "May: 81% on time, 74% with employer present."),
    ("Leadership and management",
     "Leaders should ensure that governors receive sufficiently detailed information about the quality of "
     "apprenticeship training to hold leaders to account.",
     "AFI3.1",
     "Produce a termly apprenticeship quality report for Council's Education Committee, covering achievement, "
     "withdrawals and employer feedback.",
     "Pro-Vice-Chancellor (Education)", "Michaelmas term 2024", "G",
     "Report format agreed with the Committee Secretary."),
    ("", "", "AFI3.2",
     "Appoint a member of Council with apprenticeship expertise as link governor for apprenticeships.",
     "University Secretary", "31/12/2024", "R",
     "Recruitment paused pending the review of Council membership."),
    ("Personal development",
     "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and "
     "extremism in their workplaces and local area.",
     "AFI4.1",
     "Add a Prevent and British values topic to every progress review, using local and sector case studies.",
     "Designated Safeguarding Lead", "31/05/2024", "B",
     "Included in review template; 96% of May reviews covered the topic."),
    ("", "", "AFI4.2",
     "Run an annual online workshop for apprentices on radicalisation and extremism in the North West, "
     "co-delivered with the regional Prevent coordinator.",
     "Designated Safeguarding Lead; Apprenticeship Hub Manager", "November 2024", "",
     "Scheduled for the November induction week."),
]


def build_lancaster():
    n = 8
    rows = [
        [LU_TITLE] + [""] * (n - 1),
        ["Ofsted full inspection 23–26 January 2024; overall effectiveness: Good. Report published 4 March 2024."]
        + [""] * (n - 1),
        ["Position at 30 June 2024 – for the Apprenticeships Strategy Group"] + [""] * (n - 1),
        [""] * n,
        ["Theme", "Area for improvement", "Ref", "Action", "Lead(s)", "Target date", "RAG", "Progress update"],
    ]
    for theme, afi, ref, action, lead, target, rag, prog in LU_ROWS:
        rows.append([theme, afi, ref, action, lead, target, rag, prog])
    rows.append([""] * n)
    rows.append(["Key: B = complete; G = on track; A = at risk of slipping; R = off track; blank = not yet started"]
                + [""] * (n - 1))
    rows.append(["Summary: 3 complete, 3 on track, 1 at risk, 1 off track, 1 not started (9 actions)"]
                + [""] * (n - 1))
    with open(os.path.join(HERE, LU_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. Guy's and St Thomas' CQC must/should do action plan (xlsx)
# ---------------------------------------------------------------------------
GS_FILE = "lx1-guys-and-st-thomas-nhsft-cqc-must-should-do-action-plan.xlsx"
GS_TITLE = ("CQC Inspection Action Plan – St Thomas' Hospital: Maternity and Urgent & Emergency Care")
BRAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None}
# section -> list of requirements (req ref, must/should, regulation, text, actions)
# action: (ref, text, lead, orig, revised, prev, curr, progress)
GS_SECTIONS = [
    ("Maternity – St Thomas' Hospital", [
        ("M1", "Must", "Regulation 12: Safe care and treatment",
         "The trust must ensure that staff complete and document fetal monitoring risk assessments and "
         "fresh-eyes reviews in line with national guidance.",
         [
             ("M1.1", "Relaunch the hourly fresh-eyes review with a mandatory prompt in the electronic maternity "
                      "record.",
              "Director of Midwifery", D(2024, 9, 30), None, "B", "B",
              "Prompt live 2 September 2024; compliance 97% in December audit."),
             ("M1.2", "Audit 20 CTG records each month against the fresh-eyes standard and report results to the "
                      "Maternity Quality Board.",
              "Fetal Monitoring Lead Midwife / Obstetric Fetal Monitoring Lead", D(2024, 10, 31),
              D(2025, 3, 31), "A", "G",
              "Audit running since November; three consecutive months at or above 95% needed to close."),
         ]),
        ("M2", "Must", "Regulation 18: Staffing",
         "The trust must ensure that all maternity staff complete mandatory training, including PROMPT and "
         "neonatal life support, to meet the trust target.",
         [
             ("M2.1", "Agree a protected training trajectory with monthly PROMPT sessions and additional NLS "
                      "courses.",
              "Head of Midwifery Education", D(2024, 12, 31), D(2025, 4, 30), "A", "A",
              "PROMPT 88%, NLS 81% against 90% target; extra NLS dates booked for February and March."),
         ]),
        ("S1", "Should", "Regulation 17: Good governance",
         "The trust should ensure that maternity triage telephone calls are answered promptly and that answer "
         "times are audited.",
         [
             ("S1.1", "Install call recording and answer-time reporting on the triage line and review the data "
                      "weekly.",
              "Maternity Triage Manager", D(2024, 11, 30), None, "B", "B",
              "Reporting live; 92% of calls answered within 2 minutes in January."),
         ]),
    ]),
    ("Urgent and emergency care – St Thomas' Hospital", [
        ("U1", "Must", "Regulation 12: Safe care and treatment",
         "The trust must ensure that patients in the emergency department receive timely sepsis screening and "
         "pain relief.",
         [
             ("U1.1", "Introduce a nurse-led sepsis screening tool at triage with automated NEWS2 escalation.",
              "Clinical Director, Emergency Medicine", D(2024, 10, 31), None, "B", "B",
              "Tool live 14 October 2024."),
             ("U1.2", "Audit time to analgesia for patients with moderate or severe pain each month and share the "
                      "results at ED governance.",
              "Head of Nursing (ED) / Matron", D(2024, 12, 31), None, "G", "G",
              "Median time to analgesia 34 minutes in January (target 30)."),
         ]),
        ("U2", "Must", "Regulation 10: Dignity and respect",
         "The trust must ensure that patients' privacy and dignity are maintained when they are cared for in "
         "corridors.",
         [
             ("U2.1", "Implement the corridor care standard operating procedure, including screens and designated "
                      "escalation spaces.",
              "Deputy Chief Nurse", D(2024, 9, 30), None, "B", "B",
              "SOP ratified at Nursing and Midwifery Board, September 2024."),
             ("U2.2", "Open a 12-space ambulance offload area to reduce the use of corridor care.",
              "Site Chief Operating Officer", D(2025, 1, 31), D(2025, 6, 30), "A", "R",
              "Capital works delayed by asbestos survey; escalated to Executive Team."),
         ]),
        ("U3", "Should", "Regulation 17: Good governance",
         "The trust should ensure that the mental health assessment room meets Psychiatric Liaison "
         "Accreditation Network standards.",
         [
             ("U3.1", "Refurbish the mental health assessment room with two exits and anti-ligature fittings.",
              "ED Matron; Estates Project Manager", D(2025, 3, 31), None, "", "",
              "Works scheduled to start in March 2025."),
         ]),
    ]),
]


def build_gstt():
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Guy's and St Thomas' NHS Foundation Trust"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "CQC action plan – summary of progress at 31 January 2025"
    summ["A2"].font = Font(bold=True)
    sh = ["Core service", "Must do actions", "Should do actions", "Complete", "On track", "At risk",
          "Off track", "Not started"]
    for j, h in enumerate(sh, start=1):
        c = summ.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = border
    data = [("Maternity", 3, 1, 2, 1, 1, 0, 0), ("Urgent and emergency care", 4, 1, 2, 1, 0, 1, 1),
            ("Total", 7, 2, 4, 2, 1, 1, 1)]
    for i, row in enumerate(data, start=5):
        for j, v in enumerate(row, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = border
            if row[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 30
    for col in "BCDEFGH":
        summ.column_dimensions[col].width = 14

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Guy's and St Thomas' NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = GS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection: 5–7 March 2024 | Report published: 12 July 2024 | Position at: 31 January 2025 | "
                "Reporting to: Quality and Performance Committee")
    ws["A4"] = "BRAG key:"
    ws["A4"].font = Font(bold=True)
    for col, k, label in [("B", "B", "Complete – evidence accepted"), ("C", "G", "On track"),
                          ("D", "A", "At risk of delay"), ("E", "R", "Off track")]:
        c = ws[f"{col}4"]
        c.value = label
        c.fill = PatternFill("solid", fgColor=BRAG_HEX[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
    headers = ["Req ref", "Must / Should", "Regulation", "CQC requirement", "Action ref", "Action", "Lead",
               "Original due date", "Revised due date", "Previous BRAG (Dec-24)", "Current BRAG (Jan-25)",
               "Progress / evidence"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = wrap
        c.border = border
    r = 7
    for section, reqs in GS_SECTIONS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for j in range(1, 13):
            ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for rref, ms, reg, text, actions in reqs:
            start = r
            for aref, atext, lead, orig, rev, prev, curr, prog in actions:
                ws.cell(row=r, column=5, value=aref)
                ws.cell(row=r, column=6, value=atext)
                ws.cell(row=r, column=7, value=lead)
                c = ws.cell(row=r, column=8, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=9, value=rev)
                c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=BRAG_HEX[prev])
                if curr:
                    ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=BRAG_HEX[curr])
                ws.cell(row=r, column=12, value=prog)
                for j in range(1, 13):
                    ws.cell(row=r, column=j).border = border
                    ws.cell(row=r, column=j).alignment = wrap
                r += 1
            for col, v in [(1, rref), (2, ms), (3, reg), (4, text)]:
                ws.cell(row=start, column=col, value=v)
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJKL", [7, 9, 20, 40, 8, 45, 26, 12, 12, 10, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, GS_FILE))


# ---------------------------------------------------------------------------
# 5. Perranporth Surgery CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
PS_FILE = "lx1-perranporth-surgery-cqc-inspection-action-plan.docx"
PS_TITLE = "Perranporth Surgery – CQC Inspection Action Plan"
PS_MUST = [
    ("Requirement notice – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
     "Ensure care and treatment is provided in a safe way to patients.",
     [
         ("1.1", "Complete a full search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) "
                 "and bring all overdue monitoring up to date.",
          "Dr K Treloar (Prescribing Lead)", "30/11/2023", "Completed"),
         ("1.2", "Introduce a monthly high-risk drug monitoring audit run by the clinical pharmacist, with results "
                 "reviewed at the clinical meeting.",
          "Clinical Pharmacist / Dr K Treloar", "Monthly", "On track"),
         ("1.3", "Review all patients with a potential missed diagnosis of chronic kidney disease identified by the "
                 "CQC searches, and code and recall them as appropriate.",
          "Dr M Pascoe & Dr K Treloar", "31 January 2024", "On track"),
     ]),
    ("Requirement notice – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
     "Establish effective systems and processes to ensure good governance in accordance with the fundamental "
     "standards of care.",
     [
         ("2.1", "Commission and record a legionella risk assessment for the surgery building and act on its "
                 "findings.",
          "Practice Manager", "December 2023", "Completed"),
         ("2.2", "Set up a training matrix for all staff and make sure safeguarding, infection prevention and "
                 "control, and fire safety training is up to date.",
          "Practice Manager", "End of February 2024", "On track"),
         ("2.3", "Hold minuted monthly governance meetings covering significant events, complaints, safety alerts "
                 "and staff training.",
          "Practice Manager / GP Partners", "Ongoing", "On track"),
         ("2.4", "Create a log of all MHRA and patient safety alerts, with the searches and actions recorded for "
                 "each alert.",
          "Clinical Pharmacist", "31/12/2023", "Completed"),
     ]),
]
PS_SHOULD_HEADING = "Areas where the practice should make improvements"
PS_SHOULD = [
    ("3.1", "Continue to improve the uptake of cervical screening and childhood immunisations.",
     "Nurse-led recall campaign with evening and Saturday clinics and text reminders for eligible patients.",
     "Lead Nurse", "March 2024", "On track"),
    ("3.2", "Take action to improve patient satisfaction with telephone access.",
     "Install a cloud-based telephone system with call-back and queue position, and review call data monthly.",
     "Practice Manager", "Within 3 months", "Not started"),
    ("3.3", "Ensure that all staff receive an annual appraisal.",
     "Schedule appraisals for all non-clinical staff and record completion on the training matrix.",
     "Practice Manager", "April 2024", "Not started"),
]


def build_perranporth():
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    p = doc.add_paragraph()
    r = p.add_run(PS_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection date: 12 September 2023    Report published: 26 October 2023    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan responds to the requirement notices and to the areas where the practice should "
                      "improve. It is reviewed at the monthly partners’ meeting. Last updated: 10 January 2024.")

    for heading, must, actions in PS_MUST:
        t = doc.add_table(rows=3, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_cell(top, heading, bold=True, size=10)
        shade(top, "BDD7EE")
        set_cell(t.rows[1].cells[0], "Must do", bold=True)
        m = t.rows[1].cells[1].merge(t.rows[1].cells[4])
        set_cell(m, must, italic=True)
        for c, h in zip(t.rows[2].cells, ["No.", "Action", "Responsible", "Timescale", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "F2F2F2")
        for ref, action, lead, when, status in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, when, status]):
                set_cell(c, v)
        doc.add_paragraph()

    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
    set_cell(top, PS_SHOULD_HEADING, bold=True, size=10)
    shade(top, "BDD7EE")
    for c, h in zip(t.rows[1].cells, ["No.", "The practice should", "Action", "Responsible", "Timescale",
                                      "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "F2F2F2")
    for ref, should, action, lead, when, status in PS_SHOULD:
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, should, action, lead, when, status]):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Dr M Pascoe, Senior Partner        Date: 10 January 2024")
    doc.add_paragraph("Version 2 – supersedes the version submitted to CQC on 23 November 2023.")
    doc.save(os.path.join(HERE, PS_FILE))


# ---------------------------------------------------------------------------
# 6. Cygnet Hospital Kewstoke CQC mental health must/should do plan (txt, tab-separated)
# ---------------------------------------------------------------------------
CK_FILE = "lx1-cygnet-hospital-kewstoke-cqc-mental-health-must-should-do-action-plan.txt"
CK_TITLE = "Cygnet Hospital Kewstoke - CQC Action Plan"
CK_ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
CK_REHAB = "Long stay or rehabilitation mental health wards for working age adults"
CK_REQ = {
    "MD1": "The provider must ensure that patients' risk management plans are person-centred, reflect "
           "individual risks and are updated after incidents. (Regulation 12)",
    "MD2": "The provider must ensure that there are sufficient numbers of suitably qualified, competent and "
           "experienced nursing and medical staff who know the patients. (Regulation 18)",
    "MD3": "The provider must ensure that patients' section 17 leave is facilitated and is not cancelled "
           "because of staffing. (Regulation 9)",
    "MD4": "The provider must ensure that safeguarding concerns are referred to the local authority without "
           "delay. (Regulation 13)",
    "SD1": "The provider should ensure that staff receive regular supervision in line with hospital policy.",
    "SD2": "The provider should ensure that patients' physical health observations are recorded consistently "
           "after rapid tranquillisation.",
}
# (ref, core service, must/should, req key, action, owner, target, rag, progress)
CK_ROWS = [
    ("MD1.1", CK_ACUTE, "Must", "MD1",
     "Rewrite the risk management plans of all patients on Sandford and Nash wards using the new person-centred "
     "template.",
     "Ward Managers (Sandford and Nash)", "30/12/2022", "Complete", "All plans rewritten; checked by MDT leads."),
    ("MD1.2", CK_ACUTE, "Must", "MD1",
     "Audit 10 risk management plans per ward each month and feed back the results at the clinical governance "
     "meeting.",
     "Clinical Governance Lead", "Monthly", "Green", "March audit 92% compliant."),
    ("MD2.1", CK_ACUTE, "Must", "MD2",
     "Introduce a daily safer staffing huddle and block-book regular agency staff to the same ward.",
     "Hospital Director", "Jan 2023", "Complete", "Huddle in place since 9 January."),
    ("MD2.2", CK_ACUTE, "Must", "MD2",
     "Run a registered nurse recruitment campaign, including international recruitment, for 12 posts.",
     "Hospital Director; HR Business Partner", "Q2 2023/24", "Amber", "7 of 12 posts offered; 3 started."),
    ("MD3.1", CK_ACUTE, "Must", "MD3",
     "Record all cancelled or postponed section 17 leave on the incident system and review it at the weekly "
     "leave meeting.",
     "MHA Administrator & Responsible Clinicians", "31/01/2023", "Complete", "Weekly review minuted."),
    ("MD4.1", CK_ACUTE, "Must", "MD4",
     "Simplify the internal escalation process so that staff can refer directly to the North Somerset "
     "safeguarding team, and retrain all staff in the new process.",
     "Safeguarding Lead", "28/02/2023", "Complete", "Process changed; 94% of staff retrained."),
    ("SD1.1", CK_REHAB, "Should", "SD1",
     "Set a supervision schedule for The Lodge and report compliance to the monthly governance meeting.",
     "Ward Manager (The Lodge)", "Ongoing", "Green", "Supervision compliance 88% in March."),
    ("SD2.1", CK_ACUTE, "Should", "SD2",
     "Add post-rapid tranquillisation observation prompts to the electronic patient record and audit their use.",
     "Lead Nurse for Physical Health", "Jun 2023", "Red", "Waiting for the EPR supplier to build the form."),
]


def build_kewstoke():
    lines = [
        CK_TITLE,
        "Focused inspection (Safe) 31 August and 3 October 2022. Report published 21 November 2022.",
        "Exported from the hospital governance tracker on 14/04/2023",
        "",
        "\t".join(["Ref", "Core service", "Must/Should", "CQC requirement", "Action", "Action owner",
                   "Target date", "RAG", "Progress"]),
    ]
    for ref, core, ms, req, action, owner, target, rag, prog in CK_ROWS:
        lines.append("\t".join([ref, core, ms, CK_REQ[req], action, owner, target, rag, prog]))
    lines += ["", "Total actions: 8 (Complete 4, Green 2, Amber 1, Red 1)"]
    with open(os.path.join(HERE, CK_FILE), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Welsh Revenue Authority ARAC audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WR_FILE = "lx1-welsh-revenue-authority-arac-audit-recommendations-tracker.xlsx"
WR_TITLE = "Audit Recommendations Tracker"
# section -> rows (rec id, priority, recommendation, action, owner, original, revised, status, update)
WR_SECTIONS = [
    ("Internal Audit 2023-24: Business Continuity (Reasonable assurance)", [
        ("BC1", "Medium",
         "Business impact analyses should be refreshed for all critical services and approved by the relevant "
         "Head of Service.",
         "Refresh the business impact analyses for all eight critical services and obtain Head of Service "
         "sign-off.",
         "Head of Governance and Risk", D(2024, 12, 31), None, "Blue – implemented",
         "All eight BIAs approved in December 2024."),
        ("BC2", "Medium",
         "The business continuity plan should be tested at least annually, with lessons recorded and tracked.",
         "Run a desktop exercise based on loss of the tax collection system and record the lessons learned.",
         "Head of Governance and Risk / Head of Digital Services", D(2025, 3, 31), D(2025, 6, 30),
         "Amber – revised date agreed",
         "Exercise moved to June 2025 to follow the system upgrade."),
        ("BC3", "Low",
         "Contact lists in the business continuity plan should be reviewed quarterly.",
         "Add a quarterly check of contact lists to the governance calendar.",
         "Governance Officer", "Q3 2024-25", None, "Blue – implemented",
         "Added to calendar; first check done in November 2024."),
    ]),
    ("Internal Audit 2024-25: Cyber Security – Supplier Assurance (Limited assurance)", [
        ("CS1", "High",
         "A register of all suppliers with access to WRA systems or data should be established, with an owner "
         "for each supplier.",
         "Create a supplier access register in the contract management system and assign an owner to each "
         "supplier.",
         "Head of Commercial", D(2025, 3, 31), D(2025, 7, 31), "Green – on track",
         "Register drafted; owners being confirmed."),
        ("CS2", "High",
         "Suppliers with privileged access should provide annual evidence of Cyber Essentials Plus or equivalent "
         "certification.",
         "Write to all privileged-access suppliers requesting certification evidence, and include the requirement "
         "in new contracts.",
         "Head of Commercial; Chief Digital Officer", D(2025, 4, 30), None, "Red – overdue",
         "Evidence received from 5 of 9 suppliers; chasers issued."),
        ("CS3", "Medium",
         "Supplier access accounts should be reviewed monthly and disabled promptly when no longer needed.",
         "Introduce a monthly review of supplier accounts and build leaver notification into the contract exit "
         "checklist.",
         "Chief Digital Officer", "September 2025", None, "Green – on track",
         "First monthly review completed in April 2025."),
    ]),
    ("Audit Wales – Audit of Financial Statements Report 2023-24", [
        ("AW1", "n/a",
         "The WRA should strengthen its review of the tax debt impairment calculation and document the key "
         "judgements.",
         "Prepare a documented impairment methodology paper, reviewed by the Head of Finance and presented to "
         "ARAC before the 2024-25 accounts.",
         "Head of Finance", D(2025, 3, 31), None, "Blue – implemented",
         "Paper considered by ARAC in March 2025."),
        ("AW2", "n/a",
         "The WRA should ensure that journals above £250,000 are independently authorised before posting.",
         "Configure the finance system so that journals over £250,000 need second-person authorisation.",
         "Chief Operating Officer / Head of Finance", D(2025, 1, 31), None, "Blue – implemented",
         "Workflow control live from 20 January 2025."),
    ]),
]


def build_wra():
    wb = Workbook()
    thin = Side(style="thin", color="7F7F7F")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Awdurdod Cyllid Cymru | Welsh Revenue Authority"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Audit and Risk Assurance Committee"
    cov["A4"] = WR_TITLE
    cov["A4"].font = Font(bold=True, size=13)
    cov["A5"] = "Meeting: 20 May 2025  |  Agenda item 6  |  OFFICIAL"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
        c = cov.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.border = border
    for i, row in enumerate([("0.1", D(2025, 5, 2), "Governance Officer", "First draft"),
                             ("1.0", D(2025, 5, 9), "Head of Governance and Risk", "Approved for ARAC")],
                            start=9):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = border
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 48
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 20

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of open recommendations by source"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["Source", "Total", "Implemented", "On track", "Revised date", "Overdue"], start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = border
    for i, row in enumerate([("Business Continuity (IA 2023-24)", 3, 2, 0, 1, 0),
                             ("Cyber Security – Supplier Assurance (IA 2024-25)", 3, 0, 2, 0, 1),
                             ("Audit Wales – Financial Statements 2023-24", 2, 2, 0, 0, 0),
                             ("Total", 8, 4, 2, 1, 1)], start=4):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = border
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 50

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Audit Recommendations Tracker – position at 9 May 2025"
    tr["A1"].font = Font(bold=True, size=12)
    headers = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original date", "Revised date", "Status", "Update (May 2025)"]
    for j, h in enumerate(headers, start=1):
        c = tr.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00594F")
        c.alignment = wrap
        c.border = border
    status_fill = {"Blue": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    r = 4
    for section, rows in WR_SECTIONS:
        tr.cell(row=r, column=1, value=section).font = Font(bold=True)
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        tr.cell(row=r, column=1).fill = PatternFill("solid", fgColor="E2EFDA")
        r += 1
        for rid, pri, rec, action, owner, orig, rev, status, upd in rows:
            vals = [rid, pri, rec, action, owner, orig, rev, status, upd]
            for j, v in enumerate(vals, start=1):
                c = tr.cell(row=r, column=j, value=v)
                c.border = border
                c.alignment = wrap
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            tr.cell(row=r, column=8).fill = PatternFill("solid", fgColor=status_fill[status.split(" ")[0]])
            r += 1
    r += 1
    tr.cell(row=r, column=1, value="Note: recommendations closed at the March 2025 ARAC have been removed from "
                                   "this tracker.")
    for col, w in zip("ABCDEFGHI", [8, 9, 45, 45, 28, 12, 12, 20, 38]):
        tr.column_dimensions[col].width = w
    tr.freeze_panes = "A4"
    wb.save(os.path.join(HERE, WR_FILE))


def main():
    build_newquay()
    build_hlnsc()
    build_lancaster()
    build_gstt()
    build_perranporth()
    build_kewstoke()
    build_wra()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
