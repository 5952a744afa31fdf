"""Build the seven gp1- data files of set heldout232.

Run with:  /work/main/.venv/bin/python gp1_make.py
Writes into the folder this script is in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"
LIGHTBLUE = "DDEBF7"

RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
            "Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE,
            "Complete": BLUE}


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    """Write text; '\n' inside text becomes separate paragraphs in the cell."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_color):
    return PatternFill("solid", start_color=hex_color, end_color=hex_color)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =====================================================================
# 1. Penketh High School - post-Ofsted action plan (docx)
# =====================================================================
def penketh():
    doc = Document()
    landscape(doc)
    doc.add_heading("Penketh High School – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph(
        "Ofsted inspection: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
        "This plan addresses the three areas identified in the report under "
        "‘What does the school need to do to improve?’")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Plan owner", "Headteacher"),
        ("Approved by", "Local Governing Body, 18 April 2024"),
        ("Reviewed", "Half-termly by the Standards Committee"),
        ("Version", "1.3 – progress updated January 2025"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)

    doc.add_paragraph(
        "RAG key:  R = not on track / significant concern   A = some progress, further action needed   "
        "G = on track   B = complete")

    headers = ["Ref", "Action", "Lead", "By when", "Success criteria", "Progress (January 2025)", "RAG"]
    priorities = [
        ("Priority 1: Curriculum – checking understanding",
         "In some subjects, teachers do not check carefully enough that pupils have understood and "
         "remembered important knowledge before moving on. Leaders should ensure that teachers use "
         "assessment strategies consistently well to identify and address gaps in pupils’ learning.",
         [
             ("1.1", "Deliver a programme of CPD on responsive teaching and checking for understanding "
                     "(cold calling, mini-whiteboards, hinge questions) for all teaching staff.",
              "AHT Teaching & Learning", "Autumn term 2024",
              "Learning walks show consistent use of checking strategies in at least 90% of lessons.",
              "Six CPD sessions delivered; learning walk in December showed 84% consistency.", "G"),
             ("1.2", "Subject leaders to revise curriculum plans in science, geography and MFL to identify "
                     "the ‘sticky knowledge’ pupils must secure at each checkpoint.",
              "Subject leaders / DHT Curriculum", "July 2024",
              "Revised plans in place for September 2024.",
              "Completed and quality assured by DHT.", "B"),
             ("1.3", "Introduce low-stakes retrieval quizzes at the start of each KS3 lesson.\n"
                     "Analyse quiz results half-termly to target re-teaching.",
              "SB, KL", "Sept 2024 – July 2025",
              "Gaps identified and re-taught; improved end-of-unit outcomes.",
              "Quizzes in place in all subjects; analysis not yet consistent across departments.", "A"),
         ]),
        ("Priority 2: Reading",
         "Leaders have not ensured that pupils who are weaker readers in key stage 3 receive the support "
         "they need to catch up quickly. Leaders should ensure that these pupils are identified "
         "accurately and receive effective support so that they can access the full curriculum.",
         [
             ("2.1", "Screen all Year 7 pupils using NGRT on entry and share reading ages with all staff via Arbor.",
              "Reading Lead", "October 2024",
              "All Year 7 pupils screened; reading ages visible on class profiles.",
              "Screening completed 27 September 2024.", "B"),
             ("2.2", "Implement a phonics-based intervention (Fresh Start) for pupils with a reading age "
                     "below 9, delivered by trained teaching assistants.",
              "Reading Lead / SENDCo", "Summer term 2025",
              "Pupils in the intervention make at least 12 months’ gain in reading age in 6 months.",
              "34 pupils in intervention; first re-test due February 2025.", "G"),
             ("2.3", "Launch tutor-time reading programme for Years 7 to 9.",
              "AHT Personal Development", "Ongoing",
              "Pupils read a range of texts; reading for pleasure survey shows improvement.",
              "Programme launched September 2024.", "G"),
         ]),
        ("Priority 3: Attendance of disadvantaged pupils",
         "Too many disadvantaged pupils are persistently absent from school. This means that they miss "
         "out on important learning. Leaders should continue to work with families to improve the "
         "attendance of these pupils.",
         [
             ("3.1", "Appoint a dedicated Attendance and Family Support Officer.",
              "Headteacher", "Summer term 2024",
              "Post filled from September 2024.",
              "Appointed; started 2 September 2024.", "B"),
             ("3.2", "Introduce weekly attendance panel meetings with first-day response calls and home "
                     "visits for disadvantaged pupils below 90% attendance.",
              "AHT Behaviour & Attendance", "Autumn term 2024",
              "Persistent absence of disadvantaged pupils falls below 25%.",
              "Panels running weekly; PA currently 28.4%.", "A"),
             ("3.3", "Review rewards policy to recognise improved attendance, co-produced with the student council.",
              "KL", "Summer term 2025",
              "Revised policy agreed by governors.",
              "", ""),
         ]),
    ]
    for heading, rec, rows in priorities:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, bold=True, size=9)
            shade(t.cell(0, i), "BDD7EE")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v, size=9)
            if row[-1]:
                shade(cells[-1], RAG_FILL[row[-1]])
        doc.add_paragraph()

    doc.add_paragraph(
        "Impact of this plan is evaluated by the Standards Committee each half term and reported "
        "to the full Local Governing Body.")
    sign = doc.add_table(rows=3, cols=3)
    sign.style = "Table Grid"
    for i, row in enumerate([("Signed", "Name", "Date"),
                             ("Headteacher", "Mrs C Barton", "18/04/2024"),
                             ("Chair of Governors", "Mr D Whitfield", "18/04/2024")]):
        for j, v in enumerate(row):
            set_cell(sign.cell(i, j), v, bold=(i == 0))
    doc.save(path("gp1-penketh-high-school-post-ofsted-action-plan.docx"))


# =====================================================================
# 2. Loughborough College - External Governance Review action plan (xlsx) - REFUSE
# =====================================================================
def loughborough():
    wb = Workbook()
    ws = wb.active
    ws.title = "EGR Action Plan"
    widths(ws, [7, 70, 30, 14, 14, 48, 11])
    ws["A1"] = "Loughborough College – External Governance Review 2024: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Review carried out by the Association of Colleges (January–February 2024); "
                "report received by the Corporation on 21 March 2024.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Monitored by: Search and Governance Committee"
    ws.merge_cells("A3:C3")
    ws["D3"] = "Progress as at: 12 November 2024"
    ws.merge_cells("D3:G3")
    # row 4 blank
    hdr = ["Ref", "Recommendation / agreed action", "Lead", "Target date", "Revised date",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    M = dt.datetime
    rows = [
        ("rec", "R1", "Board composition: The Board should refresh its skills audit and use the results to "
                      "inform a forward-looking succession plan for governor and committee chair roles."),
        ("act", "1.1", "Refresh the governor skills and diversity audit using the AoC template and report "
                       "the results to the Search and Governance Committee.",
         "Clerk to the Corporation", M(2024, 6, 30), None,
         "Audit completed May 2024; gaps identified in digital, HE and FE quality expertise.", "Complete"),
        ("act", "1.2", "Develop a three-year succession plan for the Chair, Vice Chair and committee chairs.",
         "Chair of the Corporation / Clerk to the Corporation", M(2024, 9, 30), M(2024, 12, 31),
         "Draft considered at Search and Governance Committee on 8 October 2024; final version to the "
         "Board in December.", "Amber"),
        ("act", "1.3", "Run a targeted recruitment campaign for two governors with FE quality and digital expertise.",
         "Search and Governance Committee", "Febuary 2025", None,
         "Role profiles agreed; advert with Inspiring Governance live from November.", "Green"),
        ("rec", "R2", "Board papers: The Board should reduce the volume of information in its papers and make "
                      "more use of cover sheets that highlight the assurance being sought."),
        ("act", "2.1", "Introduce a standard cover sheet for all Board and committee papers stating purpose, "
                       "level of assurance and decision required.",
         "Clerk to the Corporation", M(2024, 5, 31), None,
         "In use from the June 2024 cycle of meetings.", "Complete"),
        ("act", "2.2", "Agree page limits for papers and move supporting information to the governor portal "
                       "reading room.",
         "Principal and CEO / Clerk to the Corporation", M(2024, 7, 31), None,
         "Page limits agreed by the Board on 4 July 2024.", "Complete"),
        ("rec", "R3", "Student voice: The Corporation should strengthen the link between student governors, "
                      "the Students' Union and Board decisions."),
        ("act", "3.1", "Student governors to present a termly Student Voice report to the Board.",
         "Student Governors", "Termly", None,
         "First report presented October 2024.", "Green"),
        ("act", "3.2", "Link governors to attend at least one Students' Union council meeting each term and "
                       "feed back to the Quality and Standards Committee.",
         "Vice Chair", M(2024, 12, 31), None,
         "Two link visits completed this term.", "Green"),
    ]
    r = 6
    for row in rows:
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=row[2])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill(GREY)
                ws.cell(row=r, column=col).border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, target, revised, progress, rag = row
            vals = [ref, action, lead, target, revised, progress, rag]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Green – on track; Amber – at risk of slipping / revised date agreed; "
                                   "Red – not achieved; Complete – action completed and evidenced.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    s = wb.create_sheet("Summary")
    widths(s, [36, 10])
    s["A1"] = "EGR action plan – summary of progress"
    s["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Recommendations", 3), ("Agreed actions", 7), ("Complete", 3),
                                ("Green", 3), ("Amber", 1), ("Red", 0)], start=3):
        s.cell(row=i, column=1, value=k)
        s.cell(row=i, column=2, value=v)
    wb.save(path("gp1-loughborough-college-external-governance-review-action-plan-typo-month-refuse.xlsx"))


# =====================================================================
# 3. Canterbury Christ Church University - apprenticeships PIAP (csv)
# =====================================================================
def cccu():
    n = 8
    rows = [
        ["Canterbury Christ Church University – Apprenticeships Post-Inspection Action Plan (PIAP)"] + [""] * (n - 1),
        ["Ofsted full inspection 12–15 March 2024; overall effectiveness: Requires improvement"] + [""] * (n - 1),
        ["Progress reported to: Apprenticeship Quality Board, 1 October 2024"] + [""] * (n - 1),
        [""] * n,
        ["Area for improvement", "Ref", "Action", "Responsible", "Target date", "Progress to date",
         "Evidence of impact", "RAG"],
        ["AFI 1 – Leaders and managers should ensure that apprentices' off-the-job training is planned and "
         "recorded accurately so that all apprentices receive their entitlement.",
         "AP1.1",
         "Redesign the off-the-job (OTJ) training tracker in the e-portfolio so that planned and actual hours "
         "are visible to apprentices, employers and tutors.",
         "Head of Apprenticeships", "31/07/2024", "New OTJ dashboard live from June 2024.",
         "OTJ compliance 96% at September 2024", "Complete"],
        ["", "AP1.2",
         "Carry out monthly OTJ audits for every programme and escalate apprentices below 90% of planned "
         "hours to the programme director.",
         "Apprenticeship Compliance Manager; Programme Directors", "Monthly",
         "Audits running since May 2024.", "Monthly audit reports", "Green"],
        ["AFI 2 – Leaders should make sure that tutors and workplace mentors work together effectively to plan "
         "training that builds on what apprentices already know and can do.",
         "AP2.1",
         "Introduce a tripartite progress review template with a section for the workplace mentor to agree next "
         "steps and link on- and off-the-job learning.",
         "Dr Helen Marsh and Paul Adeyemi", "31/12/2024",
         "Template piloted in nursing associate programme; roll-out to all programmes from November.",
         "Sample of reviews checked by quality team", "Green"],
        ["", "AP2.2",
         "Deliver mentor development sessions for employers on the nursing associate and police constable "
         "degree apprenticeships.\nRecord attendance and follow up with employers who do not attend.",
         "Faculty Apprenticeship Leads", "Jan 2025 – Mar 2025",
         "First session delayed because of employer availability.", "", "Amber"],
        ["AFI 3 – Leaders should ensure that apprentices receive timely, impartial careers guidance and "
         "understand the risks of radicalisation and extremism relevant to their workplace.",
         "AP3.1",
         "Embed a British values and Prevent topic in each progress review, using sector-specific case studies.",
         "Designated Safeguarding Lead (Apprenticeships)", "31/10/2024",
         "Topic bank written for health, policing and business programmes.",
         "Apprentice survey: 88% can explain local risks", "Green"],
        ["", "AP3.2",
         "Careers and Enterprise team to offer every apprentice a one-to-one careers guidance meeting before "
         "gateway.",
         "Head of Careers and Enterprise", "31/03/2025",
         "Not yet started – awaiting appointment of an apprenticeship careers adviser.", "", "Red"],
        [""] * n,
        ["Summary", "", "", "", "", "", "", ""],
        ["Complete", "1", "", "", "", "", "", ""],
        ["Green", "3", "", "", "", "", "", ""],
        ["Amber", "1", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Notes: RAG ratings are agreed at the Apprenticeship Quality Board. AFI wording is taken from the "
         "Ofsted report."] + [""] * (n - 1),
    ]
    with open(path("gp1-canterbury-christ-church-university-ofsted-apprenticeships-piap.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# =====================================================================
# 4. Wye Valley NHS Trust - CQC must do / should do (xlsx)
# =====================================================================
def wye_valley():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [16, 14, 44, 30])
    cov["A1"] = "Wye Valley NHS Trust – CQC Inspection Action Plan (Must Do and Should Do actions)"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Inspection of Hereford County Hospital: urgent and emergency care, medical care (including "
                 "older people’s care) and surgery. Report published 7 September 2023.")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("3.0", "22/03/2024", "Head of Quality and Regulatory Compliance", "Quality Committee"),
                             ("4.0", "19/07/2024", "Head of Quality and Regulatory Compliance", "Executive Management Team")],
                            start=5):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5:
                c.font = Font(bold=True)
    cov["A9"] = ("Progress is reported monthly to the Executive Management Team and bi-monthly to the "
                 "Quality Committee. Actions are closed only when evidence has been reviewed by the "
                 "Head of Quality and Regulatory Compliance.")

    M = dt.datetime
    headers = ["Ref", "Requirement (as stated in CQC report)", "Action", "Responsible lead",
               "Original completion date", "Revised completion date", "Progress update – July 2024",
               "Previous RAG", "Current RAG"]

    def sheet(title, banner, blocks):
        ws = wb.create_sheet(title)
        widths(ws, [9, 46, 52, 30, 13, 13, 44, 11, 11])
        ws["A1"] = banner
        ws["A1"].font = Font(bold=True, size=13)
        for i, h in enumerate(headers, start=1):
            c = ws.cell(row=2, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(NAVY)
            c.alignment = WRAP
            c.border = BOX
        r = 3
        for service, reqs in blocks:
            ws.cell(row=r, column=1, value=service).font = Font(bold=True, color="FFFFFF")
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for req, actions in reqs:
                first = r
                ws.cell(row=r, column=2, value=req).alignment = WRAP
                for (ref, action, lead, orig, rev, prog, prev, cur) in actions:
                    vals = [ref, None, action, lead, orig, rev, prog, prev, cur]
                    for col, v in enumerate(vals, start=1):
                        c = ws.cell(row=r, column=col)
                        if v is not None:
                            c.value = v
                        c.alignment = WRAP
                        c.border = BOX
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                    ws.cell(row=r, column=8).fill = fill(RAG_FILL[prev])
                    if cur.startswith("fill:"):
                        ws.cell(row=r, column=9).value = None
                        ws.cell(row=r, column=9).fill = fill(RAG_FILL[cur[5:]])
                    else:
                        ws.cell(row=r, column=9).fill = fill(RAG_FILL[cur])
                    r += 1
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.cell(row=first, column=2).alignment = WRAP
        return ws

    sheet("Must Do", "Must Do actions", [
        ("Urgent and emergency care", [
            ("The trust must ensure that patients in the emergency department receive timely assessment "
             "and treatment, including initial assessment within 15 minutes of arrival. (Regulation 12)", [
                ("MD1.1", "Implement a streaming and triage nurse rota so that a triage nurse is available at "
                          "the front door 24 hours a day.",
                 "Divisional Director of Nursing – Medicine", M(2023, 12, 31), M(2024, 3, 31),
                 "Rota in place; compliance with 15-minute assessment 78% in June.", "Amber", "Green"),
                ("MD1.2", "Daily audit of time to initial assessment, reviewed at the ED safety huddle and "
                          "escalated where compliance falls below 90%.",
                 "ED Matron; Clinical Director for Emergency Medicine", M(2024, 1, 31), None,
                 "Audit embedded; results on the ED quality board.", "Green", "Blue"),
            ]),
        ]),
        ("Medical care (including older people’s care)", [
            ("The trust must ensure that staff complete and regularly review risk assessments for patients, "
             "including falls, pressure ulcers and nutrition. (Regulation 12)", [
                ("MD2.1", "Relaunch the nursing risk assessment bundle on the electronic patient record with "
                          "mandatory fields.",
                 "Chief Nursing Information Officer", M(2024, 2, 29), M(2024, 6, 30),
                 "EPR change delayed by supplier; now live on 9 of 12 wards.", "Red", "Amber"),
                ("MD2.2", "Introduce monthly ward accreditation audits covering falls, pressure ulcer and "
                          "MUST assessments.",
                 "Deputy Chief Nurse", M(2024, 3, 31), None,
                 "Accreditation programme running on all medical wards.", "Green", "Blue"),
                ("MD2.3", "Ward managers to review risk assessment completion at every safety huddle.",
                 "Ward Managers", "Ongoing", None,
                 "Included in huddle checklist.", "Green", "Green"),
            ]),
            ("The trust must ensure that staff complete mandatory training, including safeguarding adults "
             "and children level 3, in line with trust targets. (Regulation 18)", [
                ("MD3.1", "Agree divisional training trajectories and monitor them at monthly performance reviews.",
                 "Associate Director of Workforce", M(2024, 3, 31), M(2024, 9, 30),
                 "Safeguarding level 3 compliance 81% (target 90%).", "Amber", "Amber"),
                ("MD3.2", "Release time on ward rotas for staff to complete safeguarding level 3 e-learning "
                          "and face-to-face sessions.",
                 "Head of Safeguarding", M(2024, 4, 30), None,
                 "Protected time built into e-rostering templates.", "Amber", "fill:Green"),
            ]),
        ]),
        ("Surgery", [
            ("The trust must ensure that the World Health Organization (WHO) surgical safety checklist is "
             "fully completed for every patient. (Regulation 12)", [
                ("MD4.1", "Introduce a digital WHO checklist in all theatres, with observational audits of "
                          "10 cases per theatre each month.",
                 "Theatres Matron / Clinical Director for Surgery", M(2024, 5, 31), None,
                 "Digital checklist live; observational audit shows 96% full completion.", "Green", "Green"),
            ]),
        ]),
    ])
    sheet("Should Do", "Should Do actions", [
        ("Urgent and emergency care", [
            ("The trust should ensure that patients’ pain is assessed and pain relief is given in a timely way.", [
                ("SD1.1", "Add a pain score to the triage template and audit time to analgesia quarterly.",
                 "ED Matron", M(2024, 3, 31), None,
                 "Pain score mandatory on triage template since February.", "Green", "Blue"),
            ]),
        ]),
        ("Surgery", [
            ("The trust should ensure that medicines are stored securely and fridge temperatures are "
             "recorded daily.", [
                ("SD2.1", "Replace ward medicine fridges with monitored units linked to the central "
                          "temperature alarm system.",
                 "Chief Pharmacist", M(2024, 6, 30), M(2024, 12, 31),
                 "Capital bid approved; installation scheduled for Q3.", "Amber", "Amber"),
                ("SD2.2", "Pharmacy technicians to carry out monthly safe storage spot checks on surgical wards.",
                 "Chief Pharmacist", M(2024, 4, 30), None,
                 "Spot checks in place since April.", "Green", "Blue"),
            ]),
        ]),
    ])
    key = wb.create_sheet("RAG key")
    widths(key, [10, 60])
    for i, (k, v) in enumerate([("Blue", "Action complete and evidence of embedding"),
                                ("Green", "On track to deliver by the completion date"),
                                ("Amber", "At risk of delay – revised date agreed"),
                                ("Red", "Off track or overdue – escalated to Executive Management Team")],
                               start=1):
        key.cell(row=i, column=1, value=k).fill = fill(RAG_FILL[k])
        key.cell(row=i, column=2, value=v)
    wb.save(path("gp1-wye-valley-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# =====================================================================
# 5. Hollybrook Medical Centre - CQC warning notice action plan (txt, Word saved as plain text)
# =====================================================================
def hollybrook():
    T = "\t"
    hdr = T.join(["No.", "Action", "Lead", "Target date", "Progress", "Status"])
    lines = [
        "Hollybrook Medical Centre – Action Plan in response to CQC Warning Notice",
        "Warning Notice served under Section 29 of the Health and Social Care Act 2008 following our "
        "inspection on 9 and 10 October 2024",
        "Date by which compliance is required: 31 January 2025",
        "Plan owner: Practice Manager    Clinical lead: Dr R Osei, GP Partner    Last updated: 12 December 2024",
        "Status key: Complete (blue) = done and evidenced; On track (green); At risk (amber) = may miss the target date; Not started",
        "",
        "Regulation 12: Safe care and treatment",
        "Concern 1: The provider did not have an effective system to make sure patients prescribed "
        "high-risk medicines received the required monitoring.",
        hdr,
        T.join(["1.1", "Run searches for all patients prescribed methotrexate, lithium, azathioprine and "
                       "warfarin and recall anyone overdue blood monitoring.",
                "Clinical Pharmacist", "15/11/2024",
                "Searches run 28/10/2024; 47 patients recalled, 45 now up to date.", "Complete"]),
        T.join(["1.2", "Add a monitoring-due alert to every high-risk medicine on the clinical system and stop "
                       "repeat issue where monitoring is overdue.",
                "Dr R Osei / Clinical Pharmacist", "30/11/2024",
                "Alerts added to 312 patient records.", "Complete"]),
        T.join(["1.3", "Monthly audit of high-risk medicine monitoring, presented at the clinical governance "
                       "meeting.",
                "Clinical Pharmacist", "Monthly", "First audit November 2024: 98% compliant.", "On track"]),
        "",
        "Concern 2: Medicines and Healthcare products Regulatory Agency (MHRA) safety alerts were not "
        "always acted on, and there was no record of the searches or actions taken.",
        hdr,
        T.join(["2.1", "Set up a safety alert log with a named clinician responsible for reviewing each alert "
                       "within 48 hours.",
                "Practice Manager", "08/11/2024", "Log in use on the shared drive; reviewed weekly.", "Complete"]),
        T.join(["2.2", "Re-run searches for the valproate and SGLT2 inhibitor alerts issued since 2022 and "
                       "review affected patients.",
                "Dr S Patel & ANP", "20/12/2024",
                "Valproate searches complete; SGLT2 reviews 60% complete.", "At risk"]),
        "",
        "Regulation 17: Good governance",
        "Concern 3: Systems to monitor staff training and recruitment checks were not effective; not all "
        "staff had completed safeguarding or infection prevention and control training.",
        hdr,
        T.join(["3.1", "Create a training matrix covering all mandatory training and review compliance at the "
                       "monthly practice meeting.",
                "Practice Manager", "30 Nov 2024", "Matrix in place; compliance 94%.", "Complete"]),
        T.join(["3.2", "Complete DBS checks and immunisation status records for all clinical staff, including "
                       "locums.",
                "HR Administrator", "31/01/2025", "11 of 14 records complete.", "On track"]),
        T.join(["3.3", "Undertake an external infection prevention and control audit and act on the findings.",
                "IPC Lead Nurse", "January 2025", "Audit booked with ICB IPC team for 14 January.",
                "Not started"]),
        "",
        "Signed on behalf of the partners: Dr R Osei    Date: 12/12/2024",
    ]
    with open(path("gp1-hollybrook-medical-centre-cqc-warning-notice-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# 6. Hertfordshire Partnership University NHS FT - independent investigation action plan (xlsx)
# =====================================================================
def hpft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths(ws, [7, 62, 34, 12, 16, 46, 12])
    ws["A1"] = ("Hertfordshire Partnership University NHS Foundation Trust – Independent Investigation into "
                "the Care and Treatment of Mr Y: Trust Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Investigation commissioned by NHS England – East of England; report published 14 May 2024. "
                "Incident date: 3 February 2022.")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Executive lead: Chief Medical Officer. Monitoring: Patient Safety and Learning Group (monthly); "
                "Quality and Safety Committee (quarterly).")
    ws.merge_cells("A3:G3")
    ws["A4"] = "Status as at: 31 October 2024"
    hdr = ["No.", "Action", "Action lead", "Start date", "Completion date",
           "Evidence of completion / progress", "Status"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BFBFBF")
        c.border = BOX
        c.alignment = WRAP
    M = dt.datetime
    rows = [
        ("theme", "Theme 1: Clinical risk assessment and management"),
        ("rec", "Recommendation 1: The Trust should ensure that risk assessments take account of historical "
                "risk information, including information held by other agencies, and that risk formulations "
                "are updated when a patient's circumstances change."),
        ("act", "1.1", "Revise the clinical risk assessment and management policy to require a documented review "
                       "of historical risk and third-party information at every CPA review.",
         "Associate Director of Patient Safety", M(2024, 6, 1), M(2024, 9, 30),
         "Policy ratified by Policy Review Group on 17 September 2024.", ("Complete", "Blue")),
        ("act", "1.2", "Deliver risk formulation training (STORM-based) to all community mental health team "
                       "clinicians.",
         "Head of Clinical Education", M(2024, 7, 1), "March 2025",
         "62% of CMHT clinicians trained to date.", (None, "Green")),
        ("act", "1.3", "Audit 20 records per quarter in each locality to test that risk formulations are updated "
                       "after significant life events.",
         "Clinical Audit Manager", M(2024, 10, 1), "Q4 2024/25",
         "First audit cycle under way; two localities yet to submit.", ("Amber", "Amber")),
        ("rec", "Recommendation 2: The Trust should review its arrangements for following up patients who "
                "disengage from community services, so that disengagement is treated as a potential indicator "
                "of increased risk."),
        ("act", "2.1", "Update the Did Not Attend and disengagement protocol to require a multidisciplinary "
                       "discussion before any discharge for non-engagement.",
         "Clinical Director, Community Services", M(2024, 6, 1), M(2024, 8, 31),
         "Protocol updated and circulated; compliance checked in MDT minutes.", ("Complete", "Blue")),
        ("act", "2.2", "Introduce a disengagement flag on SystmOne visible to all teams involved in the "
                       "patient’s care.",
         "Chief Clinical Information Officer / Head of Digital Services", M(2024, 9, 1),
         "TBC – subject to SystmOne release schedule",
         "Supplier has not yet confirmed a release date; escalated to Digital Board.", (None, "Red")),
        ("theme", "Theme 2: Involving families and carers"),
        ("rec", "Recommendation 3: The Trust should ensure that families and carers are routinely asked for "
                "their views about risk and that their concerns are recorded and acted on."),
        ("act", "3.1", "Launch the Triangle of Care carer engagement self-assessment in all inpatient and "
                       "community teams.",
         "Head of Carer Experience", M(2024, 5, 1), M(2024, 12, 31),
         "41 of 48 teams have completed the self-assessment.", ("Green", "Green")),
        ("act", "3.2", "Add a mandatory ‘family and carer views on risk’ field to the risk assessment form.",
         "Associate Director of Patient Safety", M(2024, 11, 1), M(2024, 11, 30),
         "", ("Not started", None)),
        ("act", "3.3", "Offer every bereaved or affected family a named family liaison officer following a "
                       "homicide or serious incident investigation.\nFamily liaison officers to receive "
                       "PSIRF-aligned training.",
         "Family Liaison Team Manager", M(2024, 5, 1), M(2024, 7, 31),
         "Four family liaison officers in post and trained.", ("Complete", "Blue")),
    ]
    r = 7
    for row in rows:
        if row[0] == "theme":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("595959")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "rec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(italic=True, bold=True)
            c.alignment = WRAP
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill(LIGHTBLUE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 45
        else:
            _, ref, action, lead, start, end, evid, (stext, sfill) = row
            for col, v in enumerate([ref, action, lead, start, end, evid, stext], start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if sfill:
                ws.cell(row=r, column=7).fill = fill(RAG_FILL[sfill])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for colour, text in [("Blue", "Complete – evidence submitted to the ICB"),
                         ("Green", "On track"),
                         ("Amber", "Some slippage – mitigation in place"),
                         ("Red", "Off track / not progressing")]:
        ws.cell(row=r, column=2, value=text).fill = fill(RAG_FILL[colour])
        r += 1

    s = wb.create_sheet("Summary")
    widths(s, [52, 10, 10, 10, 10, 14])
    for i, row in enumerate([("Theme", "Actions", "Complete", "On track", "At risk", "Not started"),
                             ("Theme 1: Clinical risk assessment and management", 5, 2, 1, 2, 0),
                             ("Theme 2: Involving families and carers", 3, 1, 1, 0, 1),
                             ("Total", 8, 3, 2, 2, 1)], start=1):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            if i in (1, 4):
                c.font = Font(bold=True)
    v = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes"),
                             ("0.1", "30/05/2024", "Draft for Patient Safety and Learning Group"),
                             ("1.0", "20/06/2024", "Approved by Quality and Safety Committee"),
                             ("1.2", "31/10/2024", "October progress update")], start=1):
        for j, val in enumerate(row, start=1):
            v.cell(row=i, column=j, value=val)
    wb.save(path("gp1-hertfordshire-partnership-nhsft-independent-investigation-action-plan.xlsx"))


# =====================================================================
# 7. National Crime Agency - HMICFRS inspection action plan (docx)
# =====================================================================
def nca():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("National Crime Agency – Action Plan in Response to the HMICFRS Inspection of "
                    "Counter-Corruption and Vetting Arrangements", level=0)
    doc.add_paragraph(
        "The inspection report was published on 22 February 2024. This action plan sets out the NCA’s "
        "response to the three recommendations and two areas for improvement, and the progress made "
        "at the end of quarter 2 2024/25.")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Summary of changes"),
                             ("1.0", "02/04/2024", "Head of Inspection and Assurance",
                              "Initial plan agreed by the Executive Committee"),
                             ("1.1", "15/10/2024", "Head of Inspection and Assurance", "Q2 progress update")]):
        for j, v in enumerate(row):
            set_cell(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph(
        "RAG status key: Green – on track; Amber – at risk, mitigation in place; Red – off track; "
        "Complete – action delivered and evidence submitted to HMICFRS.")

    def block(heading_text, response, actions):
        t = doc.add_table(rows=3, cols=5)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 4))
        set_cell(top, heading_text, bold=True)
        shade(top, "D9E2F3")
        set_cell(t.cell(1, 0), "NCA response", bold=True)
        resp = t.cell(1, 1).merge(t.cell(1, 4))
        set_cell(resp, response)
        for j, h in enumerate(["Ref", "Action", "Owner", "Target date", "RAG"]):
            set_cell(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "F2F2F2")
        for a in actions:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
            shade(cells[4], RAG_FILL[a[4]])
        doc.add_paragraph()

    doc.add_heading("Section 1: Recommendations", level=1)
    block("Recommendation 1: By 30 September 2024, the NCA should ensure that all officers in designated "
          "high-risk posts hold enhanced vetting clearance that is reviewed at least every five years.",
          "Accepted", [
              ("R1.1", "Complete a review of all posts to identify those designated as high-risk and record the "
                       "required clearance level against each post.",
               "Head of Vetting", "Q1 2024/25", "Complete"),
              ("R1.2", "Clear the backlog of overdue vetting renewals for officers in high-risk posts, "
                       "prioritising those more than 12 months overdue.",
               "Director, Professional Standards", "30 September 2024", "Amber"),
              ("R1.3", "Introduce automated renewal reminders in the vetting case management system.",
               "Head of Vetting / Chief Technology Officer", "December 2024", "Green"),
          ])
    block("Recommendation 2: By 31 December 2024, the NCA should improve its capability to identify "
          "corruption risks proactively, including by monitoring the use of its IT systems.",
          "Accepted", [
              ("R2.1", "Recruit additional analysts to the Anti-Corruption Unit to establish a proactive "
                       "intelligence desk.",
               "Head of Anti-Corruption Unit", "31/12/2024", "Green"),
              ("R2.2", "Procure and implement IT monitoring software across all NCA networks, with a monitoring "
                       "policy agreed with the staff trade unions.",
               "Chief Information Officer", "Q4 2024/25", "Red"),
          ])
    block("Recommendation 3: By 31 March 2025, the NCA should ensure that its counter-corruption strategic "
          "threat assessment is refreshed annually and informs a control strategy.",
          "Accepted", [
              ("R3.1", "Produce the 2024 counter-corruption strategic threat assessment and present it to the "
                       "Professional Standards Board.",
               "Head of Anti-Corruption Unit", "October 2024", "Complete"),
              ("R3.2", "Agree a counter-corruption control strategy and delivery plan with named owners for "
                       "each priority.",
               "Director, Professional Standards", "31 March 2025", "Green"),
          ])
    doc.add_heading("Section 2: Areas for improvement", level=1)
    block("Area for improvement 1: The NCA should make sure that officers and staff understand how to report "
          "concerns about colleagues, including through the confidential reporting line.",
          "Accepted", [
              ("A1.1", "Relaunch the confidential reporting line with an all-staff communications campaign and "
                       "a manager briefing pack.",
               "Head of Internal Communications", "July 2024", "Complete"),
              ("A1.2", "Include reporting routes in mandatory integrity training and track completion.",
               "Head of Learning and Development", "Ongoing", "Green"),
          ])
    block("Area for improvement 2: The NCA should improve how it records and monitors notifiable "
          "associations and business interests.",
          "Accepted", [
              ("A2.1", "Move declarations of notifiable associations and business interests onto a single "
                       "electronic register with annual re-declaration.",
               "Head of Vetting", "Q3 2024/25", "Amber"),
          ])
    doc.add_paragraph("Next progress report to the Audit and Risk Assurance Committee: January 2025.")
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path("gp1-national-crime-agency-hmicfrs-inspection-action-plan.docx"))


if __name__ == "__main__":
    penketh()
    loughborough()
    cccu()
    wye_valley()
    hollybrook()
    hpft()
    nca()
    print("built 7 gp1 files in", HERE)
