#!/usr/bin/env python3
"""Build the seven ff1- test files of set heldout196.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Each data row carries, after the cells shown in the file, the reading a
person makes of it (end month, end_text, status), used to write the
.expected.yaml files.
"""
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Copleston High School - post-Ofsted action plan (docx, table per priority)
# ---------------------------------------------------------------------------
SCHOOL_FILE = "ff1-copleston-high-school-post-ofsted-action-plan.docx"
SCHOOL_TITLE = "Copleston High School – Post-Inspection Action Plan 2024–25"
SCHOOL_PRIORITIES = [
    ("Priority 1: Curriculum implementation in key stage 3",
     "In some subjects, teachers do not check pupils’ understanding carefully enough before moving on. "
     "As a result, misconceptions are not addressed and some pupils, including those with special "
     "educational needs and/or disabilities (SEND), do not build their knowledge securely. Leaders "
     "should ensure that teachers use assessment consistently well to identify and address gaps in "
     "pupils’ learning.",
     [
         ("1.1", "Deliver a CPD programme on responsive teaching and checking for understanding "
                 "(hinge questions, mini-whiteboards, cold calling) for all teaching staff.",
          "Deputy Headteacher (Quality of Education)", "Autumn term 2024",
          "Learning walks show checking for understanding in at least 85% of lessons.", "Blue",
          ["Deputy Headteacher (Quality of Education)"], "2024-12", "Autumn term 2024", "blue"),
         ("1.2", "Heads of Department to revise KS3 schemes of work so that each unit identifies the "
                 "essential knowledge to be checked and the planned points for retrieval.",
          "Heads of Department", "Spring term 2025",
          "All KS3 units revised and quality assured by SLT link.", "Green",
          ["Heads of Department"], "2025-04", "Spring term 2025", "green"),
         ("1.3", "Introduce termly department deep dives, including book looks and pupil voice, with "
                 "findings reported to the Standards Committee.",
          "DHT / AHT (Curriculum)", "Ongoing – reviewed half-termly",
          "Deep dive reports show consistent use of assessment across departments.", "Green",
          ["DHT", "AHT (Curriculum)"], None, "Ongoing – reviewed half-termly", "green"),
     ]),
    ("Priority 2: Reading",
     "The school’s approach to supporting weaker readers is at an early stage. Pupils who are behind "
     "in their reading do not get the help they need quickly enough to catch up. Leaders should ensure "
     "that pupils who struggle with reading receive effective, well-targeted support so that they can "
     "read fluently and confidently.",
     [
         ("2.1", "Screen all Year 7 and Year 8 pupils using the New Group Reading Test and identify "
                 "pupils for phonics or fluency intervention.",
          "Reading Lead (Mrs K Ahmed)", "31/10/2024",
          "100% of Year 7 and 8 pupils screened; intervention groups set.", "Blue",
          ["Reading Lead (Mrs K Ahmed)"], "2024-10", None, "blue"),
         ("2.2", "Train six teaching assistants to deliver the Fresh Start phonics programme and "
                 "timetable daily sessions for identified pupils.",
          "SENCo / Literacy Coordinator", "By February half-term 2025",
          "Reading ages of pupils in intervention improve by at least 12 months.", "Amber",
          ["SENCo", "Literacy Coordinator"], "2025-02", "By February half-term 2025", "amber"),
         ("2.3", "Launch a tutor-time reading programme for Years 7 to 9 with a shared class reader "
                 "each half term.",
          "Assistant Headteacher (Personal Development)", "Summer term 2025",
          "Pupil voice shows increased enjoyment of reading.", "Not started",
          ["Assistant Headteacher (Personal Development)"], "2025-07", "Summer term 2025", "unrated"),
     ]),
    ("Priority 3: Attendance",
     "Too many pupils, including disadvantaged pupils, are persistently absent from school. This means "
     "they miss important learning. Leaders should continue to work with families and external "
     "agencies to improve the attendance of these pupils.",
     [
         ("3.1", "Appoint an Attendance Officer and introduce weekly attendance panel meetings to track "
                 "persistently absent pupils.",
          "Headteacher; Business Manager", "Sept 2024",
          "Attendance Officer in post; panel minutes show actions for every PA pupil.", "Blue",
          ["Headteacher", "Business Manager"], "2024-09", None, "blue"),
         ("3.2", "Implement a stepped attendance support plan (letters, meetings, Early Help referral) "
                 "in line with the DfE ‘Working together to improve school attendance’ guidance.",
          "Attendance Officer / Heads of Year", "Jan 2025 – July 2025",
          "Persistent absence falls below 20% overall and below 30% for disadvantaged pupils.", "Red",
          ["Attendance Officer", "Heads of Year"], "2025-07", "Jan 2025 – July 2025", "red"),
     ]),
]
SCHOOL_RAG_FILL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": None}


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        if fill:
            shade(c, fill)


def make_school():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(SCHOOL_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Ofsted inspection: 5 and 6 March 2024 (report published 22 April 2024). "
                      "Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement identified by "
                      "inspectors. Progress is reviewed by the Senior Leadership Team fortnightly and "
                      "reported to the Standards Committee of the Local Governing Body each half term.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Updated by", "Approved by"]):
        c.text = h
    bold_row(t.rows[0], GREY)
    for vals in [("1.0", "03/05/2024", "Headteacher", "Local Governing Body"),
                 ("1.1", "11/09/2024", "Deputy Headteacher (Quality of Education)", "Standards Committee"),
                 ("1.2", "09/01/2025", "Deputy Headteacher (Quality of Education)", "Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG key: ").bold = True
    kp.add_run("Blue – completed and impact seen; Green – on track; Amber – some slippage, action in hand; "
               "Red – not on track, needs governor attention.")
    for heading, afi, actions in SCHOOL_PRIORITIES:
        doc.add_heading(heading, level=2)
        ap = doc.add_paragraph()
        ar = ap.add_run(afi)
        ar.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria",
                                           "RAG (Jan 2025)"]):
            c.text = h
        bold_row(t.rows[0], GREY)
        for a in actions:
            ref, text, lead, when, sc, rag = a[:6]
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, sc, rag]):
                c.text = v
            if SCHOOL_RAG_FILL[rag]:
                shade(cells[5], SCHOOL_RAG_FILL[rag])
        doc.add_paragraph()
    doc.add_heading("Monitoring and sign-off", level=2)
    doc.add_paragraph("External review of progress will be carried out by the Suffolk school "
                      "improvement adviser in February and June 2025.")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, vals in enumerate([("Role", "Name", "Date"),
                              ("Headteacher", "Mr D Hartley", "09/01/2025"),
                              ("Chair of Local Governing Body", "Mrs P Osei", "13/01/2025")]):
        for c, v in zip(t.rows[i].cells, vals):
            c.text = v
    bold_row(t.rows[0], GREY)
    doc.save(os.path.join(HERE, SCHOOL_FILE))


# ---------------------------------------------------------------------------
# 2. South London and Maudsley - CQC must/should do plan (docx, merged finding)
# ---------------------------------------------------------------------------
SLAM_FILE = "ff1-south-london-maudsley-nhsft-cqc-mental-health-must-should-do-action-plan.docx"
SLAM_TITLE = "CQC Inspection Action Plan – Acute Wards for Adults of Working Age and PICUs"
SLAM_SECTIONS = [
    ("Section A: Must do actions", [
        ("The trust must ensure that staff consistently complete and update patients’ risk assessments "
         "following incidents, including after episodes of restraint. (Regulation 12)", [
             ("MD1.1", "Audit a sample of 20 care records per ward each month against the risk assessment "
                       "standard and feed back results to ward teams.",
              "Ward Managers / Modern Matrons", "Dec-24", "",
              "Monthly audits in place on all 11 wards since November.", "B",
              ["Ward Managers", "Modern Matrons"], "2024-12", None, "blue"),
             ("MD1.2", "Amend the post-incident review template on the electronic patient record so that an "
                       "update to the risk assessment is a mandatory field.",
              "Chief Clinical Information Officer", "31/01/2025", "30/04/2025",
              "System change approved by Digital Design Authority; build delayed by supplier release "
              "schedule.", "A",
              ["Chief Clinical Information Officer"], "2025-04", None, "amber"),
         ]),
        ("The trust must ensure that seclusion is reviewed and recorded in line with the Mental Health Act "
         "Code of Practice. (Regulation 13)", [
             ("MD2.1", "Re-launch the seclusion policy with mandatory briefings for all nursing and medical "
                       "staff working on acute wards and PICUs.",
              "Dr A Okafor (Clinical Director)", "Nov-24", "",
              "Briefings delivered to 96% of staff; policy re-issued 18 November 2024.", "B",
              ["Dr A Okafor (Clinical Director)"], "2024-11", None, "blue"),
             ("MD2.2", "Introduce a weekly seclusion record audit by the Mental Health Law team with "
                       "exceptions escalated to the Acute Care Quality Governance Group.",
              "Head of Mental Health Law", "Jan-25", "",
              "Audit commenced 6 January 2025; 92% compliance in first month.", "G",
              ["Head of Mental Health Law"], "2025-01", None, "green"),
         ]),
        ("The trust must ensure that there are sufficient numbers of suitably qualified and experienced "
         "nursing staff on each shift. (Regulation 18)", [
             ("MD3.1", "Recruit to registered nurse vacancies on Gresham and Eileen Skellern wards through a "
                       "targeted international recruitment campaign.",
              "Director of Nursing (Acute Care) & Head of Workforce", "Mar-25", "Q2 2025/26",
              "12 of 20 posts filled; remaining candidates awaiting NMC registration.", "R",
              ["Director of Nursing (Acute Care)", "Head of Workforce"], "2025-09", "Q2 2025/26", "red"),
         ]),
    ]),
    ("Section B: Should do actions", [
        ("The trust should ensure that patients are given information about their rights under the Mental "
         "Health Act and that this is repeated and recorded. (Regulation 9)", [
             ("SD1.1", "Add a section 132 rights reminder to the weekly ward round checklist and audit "
                       "completion monthly.",
              "Modern Matrons", "Feb-25", "",
              "Checklist updated; first audit due end of February.", "G",
              ["Modern Matrons"], "2025-02", None, "green"),
         ]),
        ("The trust should ensure that ward environments are clean and that maintenance requests are "
         "completed promptly.", [
             ("SD2.1", "Agree a service level for reactive maintenance with Estates and report outstanding "
                       "jobs to the monthly directorate meeting.",
              "Service Director; Head of Estates", "31/12/2024", "",
              "Service level agreed; outstanding jobs reduced from 143 to 37.", "B",
              ["Service Director", "Head of Estates"], "2024-12", None, "blue"),
         ]),
        ("The trust should ensure that carers are involved in care planning where the patient consents.", [
             ("SD3.1", "Appoint a carer peer support worker for the acute care pathway.",
              "Head of Patient and Carer Experience", "Apr-25", "",
              "Post approved; first advert closed with no suitable applicants, re-advertised.", "A",
              ["Head of Patient and Carer Experience"], "2025-04", None, "amber"),
             ("SD3.2", "Include a ‘carer involvement’ prompt in the care plan template and report the "
                       "percentage of care plans with documented carer involvement.",
              "Associate Director of Quality", "Jun-25", "",
              "Template change submitted to Digital Design Authority.", "G",
              ["Associate Director of Quality"], "2025-06", None, "green"),
         ]),
    ]),
]
SLAM_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_slam():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run(SLAM_TITLE)
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("South London and Maudsley NHS Foundation Trust | Quality Committee | 18 March 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Quality Committee"), ("Date", "18 March 2025"),
                 ("Executive lead", "Chief Nurse and Executive Director of Quality"),
                 ("Author", "Head of Regulatory Compliance"), ("Purpose", "Assurance")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
        shade(cells[0], GREY)
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "The CQC carried out an unannounced focused inspection of the trust’s acute wards for adults of "
        "working age and psychiatric intensive care units on 8–10 October 2024. The report, published on "
        "6 January 2025, identified three Must Do and three Should Do actions. Of the nine actions in the "
        "plan, three are complete, three are on track, two are at risk and one is off track.")
    doc.add_heading("2. RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete – evidence of completion reviewed by the Compliance team"),
                 ("G", "On track to deliver by target date"),
                 ("A", "At risk – may not deliver by target date"),
                 ("R", "Off track – target date missed")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
        shade(cells[0], SLAM_FILL[k])
    doc.add_heading("3. Action plan", level=2)
    heads = ["No.", "CQC finding", "Action", "Lead(s)", "Original date", "Revised date",
             "Progress update (February 2025)", "RAG"]
    for section, findings in SLAM_SECTIONS:
        doc.add_heading(section, level=3)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            c.text = h
        bold_row(t.rows[0], LIGHT)
        for finding, actions in findings:
            first = None
            for a in actions:
                ref, text, lead, orig, rev, prog, rag = a[:7]
                row = t.add_row()
                cells = row.cells
                vals = [ref, finding if first is None else "", text, lead, orig, rev, prog, rag]
                for c, v in zip(cells, vals):
                    c.text = v
                shade(cells[7], SLAM_FILL[rag])
                if first is None:
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
        doc.add_paragraph()
    doc.add_paragraph("Actions are closed only when evidence has been reviewed by the Compliance team and "
                      "agreed at the Acute Care Quality Governance Group.")
    doc.save(os.path.join(HERE, SLAM_FILE))


# ---------------------------------------------------------------------------
# 3. Sandwell and West Birmingham - CQC must/should do (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
SWB_FILE = "ff1-sandwell-west-birmingham-nhs-trust-cqc-must-should-do-action-plan.xlsx"
SWB_TITLE = "Sandwell and West Birmingham NHS Trust – CQC Must Do and Should Do Action Plan 2024/25"
UEC = "Urgent and emergency care – Sandwell General Hospital"
MED = "Medical care – City Hospital"
# (band) or (ref, regulation, must-do, action, lead, orig, revised, prev, curr, progress, leads, end, end_text, status)
SWB_MUST = [
    ("band", UEC),
    ("MD1a", "Regulation 12: Safe care and treatment",
     "The trust must ensure that patients in the emergency department receive timely assessment of their "
     "risk of deterioration and that early warning scores are escalated in line with trust policy.",
     "Implement electronic NEWS2 observations in the ED with automatic escalation alerts to the nurse in "
     "charge.",
     "ED Matron", D(2024, 12, 31), None, GREEN, BLUE,
     "Go-live 2 December 2024. Escalation compliance 94% in January.",
     ["ED Matron"], "2024-12", None, "blue"),
    ("MD1b", None, None,
     "Introduce a weekly triage audit of 30 records with results reported at the ED governance meeting.",
     "ED Clinical Lead / ED Matron", D(2024, 11, 30), None, AMBER, GREEN,
     "Audit running weekly; triage within 15 minutes 81% (target 95%), improving month on month.",
     ["ED Clinical Lead", "ED Matron"], "2024-11", None, "green"),
    ("MD2", "Regulation 18: Staffing",
     "The trust must ensure that all staff in the emergency department complete mandatory training, "
     "including paediatric life support.",
     "Deliver additional paediatric immediate life support sessions and book all non-compliant staff by "
     "name.",
     "ED Practice Educator", D(2025, 1, 31), D(2025, 3, 31), AMBER, AMBER,
     "Compliance 78% (target 90%). Extra sessions booked for February and March.",
     ["ED Practice Educator"], "2025-03", None, "amber"),
    ("band", MED),
    ("MD3a", "Regulation 17: Good governance",
     "The trust must ensure that risks on the medical wards are identified, recorded and managed, and that "
     "the divisional risk register is kept up to date.",
     "Hold a risk register review with each ward manager and close or update all risks older than 12 "
     "months.",
     "Group Director of Operations (Medicine)", "Dec-24", "Feb-25", RED, AMBER,
     "Reviews held on 9 of 12 wards; 41 risks closed or updated.",
     ["Group Director of Operations (Medicine)"], "2025-02", None, "amber"),
    ("MD3b", None, None,
     "Provide risk management training for ward managers and matrons in the Medicine and Emergency Care "
     "group.",
     "Head of Risk", D(2025, 3, 31), None, GREEN, GREEN,
     "Two sessions delivered; final session 12 March 2025.",
     ["Head of Risk"], "2025-03", None, "green"),
]
SWB_SHOULD = [
    ("band", UEC),
    ("SD1", None,
     "The trust should ensure that patients’ pain is assessed and reassessed and that analgesia is given "
     "promptly.",
     "Add a pain score to the ED triage template and audit time to analgesia monthly.",
     "ED Matron", D(2025, 2, 28), None, GREEN, GREEN,
     "Template change live from 13 January 2025.",
     ["ED Matron"], "2025-02", None, "green"),
    ("SD2", None,
     "The trust should continue to work with system partners to reduce the number of patients waiting "
     "more than 12 hours in the department.",
     "Agree a joint escalation protocol with the ICB and local authorities for patients who are medically "
     "fit for discharge.",
     "Chief Operating Officer", "Q4 2024/25", None, AMBER, RED,
     "Protocol not yet agreed by all partners; escalated to the system Urgent and Emergency Care Board.",
     ["Chief Operating Officer"], "2025-03", "Q4 2024/25", "red"),
    ("band", MED),
    ("SD3", None,
     "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
     "Introduce daily discharge summary completion reports for each ward and include compliance on the "
     "Medicine group performance dashboard.",
     "Group Director of Operations (Medicine)", D(2024, 12, 31), None, AMBER, BLUE,
     "Daily reports in place; compliance 91% in December and 93% in January.",
     ["Group Director of Operations (Medicine)"], "2024-12", None, "blue"),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def make_swb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SWB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025 – reported to Quality and Safety Committee"
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete – evidence accepted by Quality Assurance Panel"),
                                    (GREEN, "On track"),
                                    (AMBER, "At risk of not meeting target date"),
                                    (RED, "Overdue / off track")]):
        ws.cell(5 + i, 1).fill = fill(col)
        ws.cell(5 + i, 1).border = BOX
        ws.cell(5 + i, 2, txt)
    ws["A10"] = "Summary of actions (current RAG)"
    ws["A10"].font = Font(bold=True)
    for j, h in enumerate(["", "Must do", "Should do", "Total"]):
        c = ws.cell(11, 1 + j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
    rows = [("Complete", 1, 1), ("On track", 2, 1), ("At risk", 2, 0), ("Overdue", 0, 1)]
    for i, (k, m, s) in enumerate(rows):
        ws.cell(12 + i, 1, k)
        ws.cell(12 + i, 2, m)
        ws.cell(12 + i, 3, s)
        ws.cell(12 + i, 4, m + s)
    ws.cell(16, 1, "Total").font = Font(bold=True)
    ws.cell(16, 2, 5)
    ws.cell(16, 3, 3)
    ws.cell(16, 4, 8)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 55

    def sheet(name, title, sub, heads, data, has_reg):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = sub
        for j, h in enumerate(heads):
            c = ws.cell(4, 1 + j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E79")
            c.alignment = WRAP
            c.border = BOX
        ncol = len(heads)
        r = 5
        open_merge = None  # (start_row, col_list)
        pending = []
        for item in data:
            if item[0] == "band":
                ws.cell(r, 1, item[1]).font = Font(bold=True)
                for j in range(1, ncol + 1):
                    ws.cell(r, j).fill = fill("BDD7EE")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                r += 1
                continue
            (ref, reg, md, action, lead, orig, rev, prev, curr, prog) = item[:10]
            vals = [ref] + ([reg] if has_reg else []) + [md, action, lead, orig, rev, None, None, prog]
            for j, v in enumerate(vals):
                c = ws.cell(r, 1 + j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            base = 1 + (1 if has_reg else 0)
            ws.cell(r, base + 6).fill = fill(prev)
            ws.cell(r, base + 7).fill = fill(curr)
            if md is not None:
                start = r
                pending.append(start)
            else:
                # continuation of the previous must-do: merge regulation / must-do cells upward
                s = pending[-1]
                for col in range(2, base + 2):
                    # unmerge if previously merged, then merge s..r
                    for mr in list(ws.merged_cells.ranges):
                        if mr.min_row == s and mr.min_col == col:
                            ws.unmerge_cells(str(mr))
                    ws.merge_cells(start_row=s, start_column=col, end_row=r, end_column=col)
            r += 1
        widths = [7] + ([20] if has_reg else []) + [45, 45, 22, 12, 12, 9, 9, 45]
        for j, w in enumerate(widths):
            ws.column_dimensions[ws.cell(4, 1 + j).column_letter].width = w
        ws.freeze_panes = "A5"
        return ws

    sub = ("Inspection of Urgent and emergency care and Medical care (including older people’s care), "
           "2–4 July 2024. Report published 18 October 2024.")
    sheet("Must do", "CQC Must Do Actions", sub,
          ["Ref", "Regulation", "Must do", "Action", "Responsible lead", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update"], SWB_MUST, True)
    sheet("Should do", "CQC Should Do Actions", sub,
          ["Ref", "Should do", "Action", "Responsible lead", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update"], SWB_SHOULD, False)
    wb.save(os.path.join(HERE, SWB_FILE))


# ---------------------------------------------------------------------------
# 4. New City College - SAR quality improvement plan (xlsx, cover + QIP + key)
# ---------------------------------------------------------------------------
NCC_FILE = "ff1-new-city-college-self-assessment-quality-improvement-plan.xlsx"
NCC_TITLE = "New City College – Quality Improvement Plan 2024–25"
NCC_FILLS = {"Complete": BLUE, "On track": GREEN, "Slippage": AMBER, "Off track": RED}
# (band, text) or (ref, afi|None, action, lead, deadline, success, progress, rag, leads, end, end_text, status)
NCC_ROWS = [
    ("band", "1. Quality of education"),
    ("QE1.1",
     "Too few learners on level 2 programmes achieve their qualifications, particularly in health and "
     "social care and construction.",
     "Introduce six-weekly progress review meetings for all level 2 courses with achievement below 85% in "
     "2023–24.",
     "Heads of School; Quality Managers", "Oct-24",
     "All level 2 courses reviewed every six weeks; in-year retention at least 92%.",
     "Reviews embedded; retention at 93.1% (February).", "Complete",
     ["Heads of School", "Quality Managers"], "2024-10", None, "blue"),
    ("QE1.2", None,
     "Put in place a targeted resit and catch-up programme for learners identified as at risk of not "
     "achieving.",
     "Assistant Principal Curriculum (Technical)", "Summer term 2025",
     "At-risk learners identified by week 12; 80% of them achieve.",
     "312 learners identified; catch-up sessions running in all schools.", "On track",
     ["Assistant Principal Curriculum (Technical)"], "2025-07", "Summer term 2025", "green"),
    ("QE2.1",
     "Teachers do not routinely use the outcomes of assessment to plan learning that closes gaps in "
     "learners’ knowledge, particularly in English and mathematics.",
     "Deliver a coaching programme on formative assessment for all English and maths teachers, led by "
     "Advanced Practitioners.",
     "Head of English and Maths", D(2025, 1, 31),
     "All English and maths teachers coached; observations show effective use of assessment in 80% of "
     "sessions.",
     "Coaching completed for 46 of 46 teachers.", "Complete",
     ["Head of English and Maths"], "2025-01", None, "blue"),
    ("QE2.2", None,
     "Carry out a themed observation week on assessment for learning and share findings with curriculum "
     "teams.",
     "VP Curriculum and Quality", "Termly",
     "Findings show improvement term on term.",
     "Autumn and spring weeks completed; summary shared at curriculum managers’ meeting.", "On track",
     ["VP Curriculum and Quality"], None, "Termly", "green"),
    ("band", "2. Behaviour and attitudes"),
    ("BA1.1",
     "Attendance in English and mathematics lessons remains too low, particularly for 16 to 18 learners on "
     "study programmes.",
     "Introduce same-day absence calls and a stepped attendance escalation process in English and maths.",
     "Head of Learner Services / Head of English and Maths", "Dec-24",
     "Attendance in English and maths at or above 88%.",
     "Calls in place at Redbridge and Hackney; Epping Forest campus to start after half term. "
     "Attendance 84.6%.", "Slippage",
     ["Head of Learner Services", "Head of English and Maths"], "2024-12", None, "amber"),
    ("BA1.2", None,
     "Publish weekly attendance league tables by curriculum area and recognise the most improved groups.",
     "Data and MIS Manager", "Jan-25 – Jun-25",
     "Weekly tables published; improving trend in every curriculum area.",
     "Tables published weekly since 13 January.", "On track",
     ["Data and MIS Manager"], "2025-06", "Jan-25 – Jun-25", "green"),
    ("band", "3. Leadership and management"),
    ("LM1.1",
     "Governors do not receive sufficiently detailed information about the quality of subcontracted "
     "provision to hold leaders to account.",
     "Add a subcontracting quality dashboard to each Quality and Standards Committee meeting.",
     "Director of Partnerships", D(2024, 12, 9),
     "Dashboard received at every committee meeting; minutes show challenge.",
     "Dashboard presented December 2024 and March 2025.", "Complete",
     ["Director of Partnerships"], "2024-12", None, "blue"),
    ("LM1.2", None,
     "Complete quality visits to all subcontractors, including observation of teaching and learner "
     "interviews, and report findings to governors.",
     "J. Okoye / R. Patel", "31 July 2025",
     "All nine subcontractors visited; action plans agreed where needed.",
     "Four of nine visits complete; two subcontractors have rescheduled twice.", "Off track",
     ["J. Okoye", "R. Patel"], "2025-07", None, "red"),
    ("band", "4. Apprenticeships"),
    ("AP1.1",
     "Too many apprentices remain on programme beyond their planned end date and do not move to end-point "
     "assessment in a timely manner.",
     "Review every apprentice past their planned end date with the employer and agree an individual "
     "completion plan.",
     "Director of Apprenticeships", "End of April 2025",
     "Apprentices past planned end date reduced from 214 to fewer than 60.",
     "Reviews complete for 148 apprentices; 97 now through gateway.", "On track",
     ["Director of Apprenticeships"], "2025-04", "End of April 2025", "green"),
]


def make_ncc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = NCC_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Informed by the Self-Assessment Report 2023–24"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "3.0"), ("Date", "14 March 2025"),
                                ("Owner", "Vice Principal Quality and Learner Experience"),
                                ("Approved by", "Quality and Standards Committee"),
                                ("Next review", "May 2025")]):
        a = ws.cell(5 + i, 1, k)
        a.font = Font(bold=True)
        a.fill = fill(GREY)
        ws.cell(5 + i, 2, v)
    ws["A11"] = ("The QIP is a live document. Progress is updated by leads each half term and reviewed at "
                 "the Quality Improvement Board.")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 48

    q = wb.create_sheet("QIP 2024-25")
    q["A1"] = NCC_TITLE
    q["A1"].font = Font(bold=True, size=14)
    q["A2"] = "Progress update: March 2025 (reported to Quality and Standards Committee, 26 March 2025)"
    heads = ["Ref", "Area for improvement (SAR 2023–24)", "Action", "Lead(s)", "Deadline",
             "Success criteria / impact measure", "Progress update", "RAG"]
    for j, h in enumerate(heads):
        c = q.cell(4, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in NCC_ROWS:
        if item[0] == "band":
            q.cell(r, 1, item[1]).font = Font(bold=True, size=12)
            for j in range(1, 9):
                q.cell(r, j).fill = fill("E4DFEC")
            q.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, afi, action, lead, dl, sc, prog, rag = item[:8]
        for j, v in enumerate([ref, afi, action, lead, dl, sc, prog, rag]):
            c = q.cell(r, 1 + j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        q.cell(r, 8).fill = fill(NCC_FILLS[rag])
        r += 1
    r += 1
    q.cell(r, 1, "RAG summary").font = Font(bold=True)
    counts = {}
    for item in NCC_ROWS:
        if item[0] != "band":
            counts[item[7]] = counts.get(item[7], 0) + 1
    for k in ["Complete", "On track", "Slippage", "Off track"]:
        r += 1
        q.cell(r, 1, k).fill = fill(NCC_FILLS[k])
        q.cell(r, 2, counts.get(k, 0))
    r += 1
    q.cell(r, 1, "Total").font = Font(bold=True)
    q.cell(r, 2, sum(counts.values()))
    for col, w in zip("ABCDEFGH", [8, 40, 45, 26, 14, 36, 40, 11]):
        q.column_dimensions[col].width = w
    q.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (w, txt) in enumerate([("Complete", "Action completed and impact evidenced (Blue)"),
                                  ("On track", "Progressing as planned (Green)"),
                                  ("Slippage", "Behind schedule, recovery in place (Amber)"),
                                  ("Off track", "Will not meet deadline without intervention (Red)")]):
        k.cell(2 + i, 1, w).fill = fill(NCC_FILLS[w])
        k.cell(2 + i, 2, txt)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, NCC_FILE))


# ---------------------------------------------------------------------------
# 5. Serious Fraud Office - HMCPSI inspection action plan (xlsx, rec rows)
# ---------------------------------------------------------------------------
SFO_FILE = "ff1-serious-fraud-office-hmcpsi-case-progression-inspection-action-plan.xlsx"
SFO_TITLE = ("Serious Fraud Office – HMCPSI Follow-up Inspection of Case Progression (May 2023): "
             "Action Plan")
SFO_FILLS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "": None}
PART_A = "Part A: Recommendations made in the 2023 follow-up report"
PART_B = "Part B: 2019 recommendations assessed as partially met"
# ("part", text) / ("rec", text) / (ref, action, owner, orig, rev, status, update, leads, end, end_text, status)
SFO_ROWS = [
    ("part", PART_A),
    ("rec", "Recommendation 1: By December 2023, the SFO should develop a strategic resourcing model that "
            "enables it to align resources to casework demand across the organisation."),
    ("1.1", "Map current caseload demand and investigator capacity by division to establish a baseline "
            "for the resourcing model.",
     "Head of Resourcing", D(2023, 10, 31), None, "Complete",
     "Baseline completed and presented to the Operational Delivery Board, October 2023.",
     ["Head of Resourcing"], "2023-10", None, "blue"),
    ("1.2", "Agree and implement the strategic resourcing model, including quarterly review of case "
            "allocations by the Operational Delivery Board.",
     "Chief Operating Officer / Director of Operations", D(2023, 12, 31), "Q3 2024/25", "On track",
     "Model agreed by the Board in June 2024; first quarterly allocation review held in September.",
     ["Chief Operating Officer", "Director of Operations"], "2024-12", "Q3 2024/25", "green"),
    ("rec", "Recommendation 2: By March 2024, all case controllers should be provided with enhanced "
            "management and leadership skills training."),
    ("2.1", "Commission a case controller leadership programme with an external provider.",
     "Chief Capability Officer", "Jan-24", None, "Complete",
     "Provider appointed through Crown Commercial Service framework.",
     ["Chief Capability Officer"], "2024-01", None, "blue"),
    ("2.2", "Enrol all case controllers on the programme and track completion through the learning "
            "management system.",
     "Chief Capability Officer; Heads of Division", D(2024, 3, 31), D(2024, 12, 31), "At risk",
     "31 of 38 case controllers completed; remaining places booked for November and December.",
     ["Chief Capability Officer", "Heads of Division"], "2024-12", None, "amber"),
    ("rec", "Recommendation 3: The SFO should establish a standardised casework assurance process that "
            "captures the pre-investigation, investigation and post-charge stages of a case."),
    ("3.1", "Design and pilot a casework assurance framework with the Fraud and Bribery and Corruption "
            "divisions.",
     "Head of Case Assurance and Compliance", "Q4 2023/24", "June 2024", "Complete",
     "Pilot evaluated; framework approved by the Executive Committee in July 2024.",
     ["Head of Case Assurance and Compliance"], "2024-06", None, "blue"),
    ("3.2", "Roll out the casework assurance framework to all operational divisions and publish the first "
            "annual assurance report.",
     "General Counsel", "March 2025", None, "On track",
     "Roll-out under way in three of four divisions.",
     ["General Counsel"], "2025-03", None, "green"),
    ("part", PART_B),
    ("rec", "2019 Recommendation 2: The SFO should ensure that all staff receive training on the SFO "
            "Operational Handbook and that compliance is monitored."),
    ("B2.1", "Replace the Operational Handbook induction module with mandatory e-learning and an annual "
             "refresher.",
     "Chief Capability Officer", D(2024, 6, 30), None, "Complete",
     "E-learning launched 3 June 2024; completion 97%.",
     ["Chief Capability Officer"], "2024-06", None, "blue"),
    ("rec", "2019 Recommendation 4: Case teams should comply with the Operational Handbook requirements for "
            "case planning and reviews, and compliance should be checked by senior managers."),
    ("B4.1", "Introduce quarterly case review meetings chaired by a Head of Division, using a standard case "
             "plan template.",
     "Heads of Division", "31/12/2024", None, "Off track",
     "Template agreed but meetings paused pending restructure of the Bribery and Corruption division.",
     ["Heads of Division"], "2024-12", None, "red"),
    ("B4.2", "Report compliance with case review requirements to the Audit and Risk Assurance Committee.",
     "Head of Case Assurance and Compliance", "Ongoing – quarterly", None, "",
     "To begin once B4.1 is in place.",
     ["Head of Case Assurance and Compliance"], None, "Ongoing – quarterly", "unrated"),
]


def make_sfo():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = SFO_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Senior responsible owner: Chief Operating Officer. Progress reported quarterly to the SFO "
                "Board and the Audit and Risk Assurance Committee. Position as at 30 September 2024.")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for j, k in enumerate(["Complete", "On track", "At risk", "Off track"]):
        c = ws.cell(3, 2 + j, k)
        c.fill = fill(SFO_FILLS[k])
        c.border = BOX
    heads = ["Ref", "Action", "Owner", "Original target date", "Revised target date", "Status",
             "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(5, 1 + j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for item in SFO_ROWS:
        if item[0] in ("part", "rec"):
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True, size=12 if item[0] == "part" else 10,
                          italic=item[0] == "rec")
            c.alignment = WRAP
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("B4C6E7" if item[0] == "part" else "F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            if item[0] == "rec":
                ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, action, owner, orig, rev, status, upd = item[:7]
        for j, v in enumerate([ref, action, owner, orig, rev, status or None, upd]):
            c = ws.cell(r, 1 + j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if SFO_FILLS[status]:
            ws.cell(r, 6).fill = fill(SFO_FILLS[status])
        r += 1
    for col, w in zip("ABCDEFG", [8, 55, 28, 14, 14, 11, 50]):
        ws.column_dimensions[col].width = w
    vh = wb.create_sheet("Version history")
    for j, h in enumerate(["Version", "Date", "Change", "Author"]):
        vh.cell(1, 1 + j, h).font = Font(bold=True)
    for i, vals in enumerate([("0.1", "22/05/2023", "First draft following publication of report",
                               "Strategy and Change Team"),
                              ("1.0", "28/06/2023", "Agreed by SFO Board", "Chief Operating Officer"),
                              ("1.4", "14/10/2024", "Quarter 2 2024/25 update", "Strategy and Change Team")]):
        for j, v in enumerate(vals):
            vh.cell(2 + i, 1 + j, v)
    wb.save(os.path.join(HERE, SFO_FILE))


# ---------------------------------------------------------------------------
# 6. Parkside Surgery - GP CQC action plan (csv) - mistyped month: refuse
# ---------------------------------------------------------------------------
GP_FILE = "ff1-parkside-surgery-cqc-inspection-action-plan-typo-month-refuse.csv"
GP_LINES = [
    ["Parkside Surgery – CQC Inspection Action Plan", "", "", "", "", "", "", ""],
    ["Inspection: 11 June 2024 (rated Requires improvement). Action plan owner: Practice Manager",
     "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Key question", "Regulation / finding", "Action", "Responsible", "Target date", "Status",
     "Update"],
    ["1", "Safe", "Reg 12: Ensure patients prescribed high-risk medicines receive the required monitoring "
     "before medicines are reissued.",
     "Run a monthly search for patients on DMARDs, lithium and warfarin and recall those overdue "
     "monitoring.", "Dr S Malik (GP Partner)", "31/08/2024", "Complete",
     "Searches run monthly since July; 23 patients recalled."],
    ["2", "Safe", "",
     "Add clinical system alerts to prevent reauthorisation where monitoring is overdue.",
     "Clinical Pharmacist", "Aug-24", "Complete", "Alerts live on all high-risk medicines."],
    ["3", "Safe", "Reg 12: Ensure safety alerts (MHRA) are acted on and a record is kept.",
     "Set up a shared safety alerts log reviewed at the fortnightly clinical meeting.",
     "Practice Manager / Clinical Pharmacist", "30/09/2024", "Complete", "Log in use from 2 September."],
    ["4", "Effective", "Reg 17: Ensure clinical staff complete training in line with practice policy.",
     "Book outstanding safeguarding level 3 and sepsis training for all clinicians.",
     "Practice Manager", "Septmber 2024", "In progress",
     "Safeguarding level 3 complete for 9 of 11 clinicians."],
    ["5", "Well-led", "Reg 17: Ensure governance systems identify and manage risks to patients.",
     "Introduce a monthly governance meeting with minutes and an action log.",
     "Dr J Reynolds; Practice Manager", "Oct-24", "On track", "First meeting held 8 October."],
    ["6", "Responsive", "Should: Continue to improve patient satisfaction with telephone access.",
     "Install cloud telephony with call-back and queue position messaging.",
     "Practice Manager", "Dec-24", "On track", "Contract signed; installation booked for November."],
    ["7", "Responsive", "",
     "Review GP Patient Survey results with the Patient Participation Group and publish a "
     "'You said, we did' update.", "PPG Chair / Practice Manager", "Jan-25", "Not started", ""],
    ["", "", "", "", "", "", "", ""],
    ["Last updated: 4 November 2024", "", "", "", "", "", "", ""],
]
GP_REFUSE_LINE = 8


def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_gp():
    with open(os.path.join(HERE, GP_FILE), "w", encoding="utf-8", newline="") as f:
        for row in GP_LINES:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. University of Greenwich - apprenticeships PIAP (tab-separated text)
# ---------------------------------------------------------------------------
UOG_FILE = "ff1-university-of-greenwich-ofsted-apprenticeships-post-inspection-action-plan.txt"
UOG_TITLE = "University of Greenwich – Apprenticeships Post-Inspection Action Plan 2024–25"
T1 = "THEME 1: LEADERSHIP AND GOVERNANCE"
T2 = "THEME 2: QUALITY OF EDUCATION"
T3 = "THEME 3: SAFEGUARDING AND PERSONAL DEVELOPMENT"
A1 = ("AFI 1: Leaders and governors do not have sufficiently detailed oversight of apprentices’ progress "
      "and of the quality of off-the-job training.")
A2 = ("AFI 2: Too many apprentices do not receive effective tripartite progress reviews that involve "
      "employers in planning on- and off-the-job training.")
A3 = ("AFI 3: Apprentices on the level 6 Chartered Manager Degree Apprenticeship do not receive timely "
      "feedback on their assessed work.")
A4 = ("AFI 4: Apprentices do not have a secure understanding of the risks of radicalisation and extremism "
      "in their workplaces and local areas.")
# ("head", text) / ("cont", progress text) / (ref, action, lead, due, rag, progress, leads, end, end_text, status)
UOG_ROWS = [
    ("head", T1), ("head", A1),
    ("1.1", "Introduce a monthly apprenticeship performance report to the Apprenticeship Quality and "
            "Standards Board covering progress, timely completion and off-the-job hours.",
     "Head of Apprenticeships", "31/10/2024", "C", "First report presented October 2024; now a standing item.",
     ["Head of Apprenticeships"], "2024-10", None, "blue"),
    ("1.2", "Appoint an independent member with apprenticeship expertise to the Apprenticeship Quality and "
            "Standards Board.",
     "University Secretary", "Jan-25", "C", "Appointed from 1 December 2024.",
     ["University Secretary"], "2025-01", None, "blue"),
    ("1.3", "Commission an internal audit of compliance with apprenticeship funding rules, including "
            "evidence of off-the-job training.",
     "Director of Finance & Head of Apprenticeships", "Mar-25", "G", "Fieldwork scheduled for March.",
     ["Director of Finance", "Head of Apprenticeships"], "2025-03", None, "green"),
    ("head", T2), ("head", A2),
    ("2.1", "Redesign the tripartite progress review template so that employers agree targets for workplace "
            "learning at each review.",
     "Faculty Apprenticeship Leads", "Sept 2024 – Jan 2025", "C",
     "New template live in all faculties from January.",
     ["Faculty Apprenticeship Leads"], "2025-01", "Sept 2024 – Jan 2025", "blue"),
    ("cont", "Employer feedback on the new template to be gathered in March."),
    ("2.2", "Train all apprenticeship tutors and workplace coaches in conducting effective progress reviews.",
     "Head of Apprenticeships; Educational Development Unit", "30/04/2025", "A",
     "64% of tutors trained; sessions for coaches not yet scheduled.",
     ["Head of Apprenticeships", "Educational Development Unit"], "2025-04", None, "amber"),
    ("head", A3),
    ("3.1", "Set and monitor a 15 working day feedback turnaround standard for all apprenticeship modules.",
     "Dean of Greenwich Business School", "End of July 2025", "A",
     "Standard agreed; turnaround currently 19 days on average.",
     ["Dean of Greenwich Business School"], "2025-07", "End of July 2025", "amber"),
    ("head", T3), ("head", A4),
    ("4.1", "Add a Prevent and British values topic to every progress review, with a termly bulletin on "
            "local risks.",
     "Designated Safeguarding Lead", "Ongoing (monthly)", "G", "Topic added to review template.",
     ["Designated Safeguarding Lead"], None, "Ongoing (monthly)", "green"),
    ("4.2", "Require all apprentices to complete the Prevent e-learning module within their first six weeks "
            "on programme.",
     "Apprenticeship Compliance Manager", "28/02/2025", "R", "Completion at 71%; chasers issued via employers.",
     ["Apprenticeship Compliance Manager"], "2025-02", None, "red"),
]


def make_uog():
    lines = [
        UOG_TITLE,
        "Ofsted full inspection 14–17 May 2024: Apprenticeships – Requires improvement. Plan owner: Pro "
        "Vice-Chancellor (Education). Monitored by the Apprenticeship Quality and Standards Board.",
        "RAG: R = off track; A = at risk; G = on track; C = complete",
        "",
        "\t".join(["Ref", "Area for improvement / Action", "Lead", "Due", "RAG", "Progress (February 2025)"]),
    ]
    for item in UOG_ROWS:
        if item[0] == "head":
            lines.append(item[1] + "\t" * 5)
        elif item[0] == "cont":
            lines.append("\t" * 5 + item[1])
        else:
            lines.append("\t".join(item[:6]))
    lines.append("")
    lines.append("Total actions: 8 (C 3, G 2, A 2, R 1)")
    with open(os.path.join(HERE, UOG_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_school()
    make_slam()
    make_swb()
    make_ncc()
    make_sfo()
    make_gp()
    make_uog()
    print("built 7 files in", HERE)
