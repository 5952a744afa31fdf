#!/usr/bin/env python3
"""Build the seven mh1- blind test files (heldout380).

Run:  python mh1_make.py            -> writes the seven data files
      python mh1_make.py --expected -> also (re)writes the NAME.expected.yaml files
"""
import csv
import datetime as dt
import json
import os
import sys
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RAGHEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "D9D9D9",
          "navy": "1F3864", "lite": "DDEBF7"}


# ---------------------------------------------------------------- helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_row(ws, r, values, bold=False, bg=None, numfmt=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if bold:
            cell.font = Font(bold=True, color="FFFFFF" if bg == RAGHEX["navy"] else "000000")
        if bg:
            cell.fill = fill(bg)
        if isinstance(v, dt.datetime):
            cell.number_format = numfmt or "dd/mm/yyyy"


# =================================================================== 1. SCHOOL (docx)
F1 = "mh1-ilfracombe-academy-post-ofsted-action-plan.docx"
T1 = "The Ilfracombe Academy: Post-Ofsted Action Plan 2024–25"
S1 = [
    ("Priority 1: Curriculum and assessment",
     "In some subjects, the curriculum is not implemented consistently well. Teachers do not routinely "
     "check what pupils know and remember before moving on to new content. Leaders should ensure that "
     "teachers use assessment precisely to identify and address gaps in pupils’ knowledge.",
     [("1.1", "Deliver a programme of CPD on retrieval practice and responsive teaching through weekly "
              "Teaching and Learning Briefings.", "Deputy Headteacher (Quality of Education)",
       "Autumn term 2024", "All teaching staff attend; learning walks show retrieval starters in 90% of lessons.", "G"),
      ("1.2", "Heads of department to quality assure the use of ‘Do Now’ tasks and hinge questions through "
              "learning walks and book looks.", "Heads of Department / Assistant Headteacher (Teaching and Learning)",
       "Spring term 2025", "QA calendar completed; findings discussed at line management meetings.", "A"),
      ("1.3", "Introduce common assessment points in Years 7–9 for science, geography and history.\n"
              "Question-level analysis to be used to re-plan units.", "AHT (Curriculum) & Subject Leaders",
       "July 2025", "Assessment data shows gaps closing between assessment points 1 and 3.", "A")]),
    ("Priority 2: Reading",
     "Leaders have not ensured that pupils who are at the early stages of learning to read get the support "
     "they need to catch up quickly. Leaders should make sure that these pupils receive precise and effective "
     "support so that they become fluent and confident readers.",
     [("2.1", "Screen all Year 7 pupils using the NGRT reading test on entry and share reading ages with staff "
              "through the SIMS pupil profile.", "SENCo; Reading Lead", "October 2024",
       "100% of Year 7 screened; reading ages visible on seating plans.", "G"),
      ("2.2", "Train six teaching assistants to deliver the Fresh Start phonics programme to the weakest readers "
              "in Years 7 and 8.", "Reading Lead", "Autumn term 2024",
       "Intervention groups running; pupils’ reading ages improve by at least 12 months.", "R"),
      ("2.3", "Introduce tutor-time reading of a shared class novel three times a week for Years 7–9.",
       "Heads of Year 7–9", "Summer term 2025", "Pupil voice shows increased enjoyment of reading.", None)]),
    ("Priority 3: Attendance",
     "Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders should "
     "continue to refine their strategies to improve attendance so that these pupils do not miss out on "
     "important learning.",
     [("3.1", "Appoint a full-time Attendance Officer and hold weekly attendance panels with the Education "
              "Welfare Officer.", "Headteacher", "September 2024",
       "Attendance Officer in post from 2 September 2024.", "G"),
      ("3.2", "Implement the tiered attendance support model (universal, targeted, intensive) and track its impact "
              "on disadvantaged pupils at each data drop.", "Assistant Headteacher (Behaviour and Attendance)",
       "Ongoing – reviewed half-termly", "Persistent absence of disadvantaged pupils falls below 30%.", "A"),
      ("3.3", "The attendance link governor to meet the Attendance Officer each term and report to the Local "
              "Governing Body.", "Chair of LGB / Attendance Link Governor", "Termly",
       "Termly reports minuted at LGB meetings.", "A")]),
]


def make_school():
    doc = Document()
    landscape(doc)
    doc.add_heading(T1, level=0)
    doc.add_paragraph("Ofsted inspection: 5–6 March 2024 (section 5)    Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan reviewed by the Local Governing Body: 11 February 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "22/04/2024", "Headteacher", "Local Governing Body"),
                ("1.1", "15/10/2024", "Deputy Headteacher", "Standards Committee"),
                ("1.2", "03/02/2025", "Deputy Headteacher", "Local Governing Body")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("G", "Green – action completed and impact seen"),
                                    ("A", "Amber – action under way"),
                                    ("R", "Red – behind timescale; needs intervention")]):
        shade(k.rows[i].cells[0], RAGHEX[col])
        set_cell(k.rows[i].cells[1], txt)
    doc.add_paragraph("Cells left white have not yet been reviewed.")

    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]
    for prio, afi, acts in S1:
        doc.add_heading(prio, level=1)
        p = doc.add_paragraph()
        p.add_run("Area for improvement (from the inspection report)").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, RAGHEX["lite"])
        for ref, act, lead, when, sc, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, sc, ""]):
                set_cell(c, v)
            if rag:
                shade(cells[5], RAGHEX[rag])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Headteacher", "Chair of Local Governing Body", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["", "", "11/02/2025"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, F1))


# =================================================================== 2. COLLEGE (csv)
F2 = "mh1-vision-west-nottinghamshire-college-ofsted-post-inspection-action-plan.csv"
T2 = "Vision West Nottinghamshire College – Post-Inspection Action Plan (PIAP)"
AFI2 = {
    1: "Leaders and managers should ensure that teachers on study programmes use assessment effectively to "
       "identify and close gaps in students’ knowledge.",
    2: "Leaders should improve the quality of teaching in GCSE English and mathematics so that more students "
       "make the progress of which they are capable.",
    3: "Leaders should ensure that apprentices receive their off-the-job training in a timely manner and that "
       "employers are fully involved in reviews of apprentices’ progress.",
    4: "Leaders should ensure that all students receive high-quality careers advice and guidance, including "
       "information about apprenticeships and higher education.",
}
# ref, area, afi-no, action, lead, target, revised, progress, rag
A2 = [
    ("1.1", "Quality of education", 1,
     "Introduce a college-wide ‘assessment for learning’ toolkit and train all study programme teachers at the "
     "January staff development day.", "Vice Principal Curriculum and Quality", "31/01/2025", "",
     "Toolkit launched at October INSET; all 212 teachers trained.", "B"),
    ("1.2", "", 1,
     "Curriculum managers to carry out termly ‘deep dives’ on how teachers check learning and adapt teaching.\n"
     "Findings reported to the Quality and Standards Committee.", "Curriculum Managers; Quality Improvement Team",
     "31/07/2025", "", "Autumn deep dives complete in 9 of 11 curriculum areas.\nRemaining two booked for December.", "G"),
    ("2.1", "", 2,
     "Recruit two additional maths specialists and reduce GCSE maths class sizes to a maximum of 18.",
     "Head of English and Maths", "30/09/2024", "31/12/2024",
     "Both posts filled (start dates 4 Nov and 2 Dec).", "B"),
    ("2.2", "", 2,
     "Monitor attendance at English and maths lessons weekly, with a same-day call home for absent students.",
     "Head of English and Maths / Student Services Manager", "31/10/2024", "28/02/2025",
     "Calls in place at Mansfield site; Newark site to follow after staffing change.", "A"),
    ("3.1", "Apprenticeships", 3,
     "Re-launch tripartite progress reviews every 10 weeks with employer sign-off recorded on the e-portfolio.",
     "Head of Apprenticeships", "31/12/2024", "", "84% of reviews now have employer sign-off.", "G"),
    ("3.2", "", 3,
     "Audit off-the-job hours for all apprentices and put catch-up plans in place for those more than 10% behind.",
     "Apprenticeship Compliance Officer, Head of Apprenticeships", "31/03/2025", "",
     "Audit delayed by e-portfolio migration; 37% of apprentices checked so far.", "R"),
    ("4.1", "Personal development", 4,
     "Map careers activities against the Gatsby benchmarks for every study programme and close the gaps identified.",
     "Careers Leader", "Ongoing", "", "Compass+ evaluation completed for all full-time programmes.", "G"),
    ("4.2", "", 4,
     "Every full-time student to have a one-to-one careers interview with a Level 6 qualified adviser before the "
     "end of their programme.", "Careers Leader", "30/06/2025", "", "", ""),
]


def make_college():
    rows = []
    w = 9
    blank = [""] * w
    rows.append([T2] + [""] * (w - 1))
    rows.append(["Ofsted inspection: 14–17 May 2024 | Overall effectiveness: Requires improvement"] + [""] * (w - 1))
    rows.append(["Progress update for Quality and Standards Committee – 26 November 2024"] + [""] * (w - 1))
    rows.append(blank)
    rows.append(["Ref", "Judgement area", "Area for improvement (from Ofsted report)", "Action", "Lead(s)",
                 "Target date", "Revised target date", "Progress update", "RAG"])
    last_afi = None
    for ref, area, afi, act, lead, tgt, rev, prog, rag in A2:
        rows.append([ref, area, AFI2[afi] if afi != last_afi else "", act, lead, tgt, rev, prog, rag])
        last_afi = afi
    rows.append(blank)
    rows.append(["Key: B = complete; G = on track; A = some slippage, recovery plan in place; R = off track"]
                + [""] * (w - 1))
    rows.append(blank)
    rows.append(["Summary"] + [""] * (w - 1))
    for k, n in [("B", 2), ("G", 3), ("A", 1), ("R", 1), ("Not yet rated", 1), ("Total", 8)]:
        rows.append([k, str(n)] + [""] * (w - 2))
    with open(os.path.join(HERE, F2), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# =================================================================== 3. UNIVERSITY PIAP (xlsx, refuse)
F3 = "mh1-university-of-law-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"
T3 = "The University of Law – Apprenticeships Post-Inspection Action Plan"
AFI3 = {
    "LM": "Leaders should ensure that apprentices’ off-the-job training is planned and recorded accurately so "
          "that all apprentices receive their full entitlement.",
    "Q1": "Leaders should ensure that apprenticeship coaches set clear targets in progress reviews that help "
          "apprentices understand what they need to do to improve.",
    "Q2": "Leaders should ensure that apprentices receive timely and helpful feedback on their written work.",
    "PD": "Leaders should ensure that apprentices understand the risks of radicalisation and extremism in relation "
          "to their workplace.",
}
# theme, ref, afi, action, lead, target, revised, progress, prev, curr
A3 = [
    ("Leadership and management", "LM1", "LM",
     "Introduce an off-the-job training planner for each apprentice at induction, agreed with the employer.",
     "Director of Apprenticeships", D(2025, 2, 28), None, "Planner live for all new starts from February.", "A", "G"),
    ("Leadership and management", "LM2", "LM",
     "Reconcile recorded off-the-job hours with the e-portfolio monthly and escalate shortfalls to employers.",
     "Head of Apprenticeship Compliance", D(2025, 3, 31), D(2025, 5, 31), "First reconciliation completed.", "R", "A"),
    ("Leadership and management", "LM3", "LM",
     "Report off-the-job compliance by programme to the Apprenticeship Quality Board each month.",
     "Director of Apprenticeships", "Monthly", None, "Standing item from January 2025 meeting.", "G", "G"),
    ("Quality of education", "QE1", "Q1",
     "Train all apprenticeship coaches in setting SMART targets in progress reviews.",
     "Head of Apprenticeship Delivery", D(2025, 1, 31), None, "Training delivered 14 and 21 January.", "G", "B"),
    ("Quality of education", "QE2", "Q1",
     "Sample 10% of progress reviews each month and give coaches written feedback on target quality.",
     "Programme Leader (Solicitor Apprenticeship) / Quality Manager", D(2025, 4, 30), "Jun-2O25",
     "Sampling started in March; resourcing gap in Solicitor programme.", "A", "A"),
    ("Quality of education", "QE3", "Q2",
     "Set a 15-working-day turnaround for marked assessments and publish turnaround data to programme teams.",
     "Head of Apprenticeship Delivery", D(2025, 3, 31), None, "Average turnaround now 17 days.", "R", "A"),
    ("Quality of education", "QE4", "Q2",
     "Introduce a feedback template that links comments to the knowledge, skills and behaviours of the standard.",
     "Programme Leaders", D(2025, 6, 30), None, "", None, None),
    ("Personal development", "PD1", "PD",
     "Add sector-specific Prevent scenarios to the progress review agenda at least once a term.",
     "Designated Safeguarding Lead", D(2025, 4, 30), None, "Scenarios written for legal and business sectors.", "A", "G"),
    ("Personal development", "PD2", "PD",
     "Publish a monthly safeguarding and Prevent bulletin for apprentices and employers.",
     "Designated Safeguarding Lead; Marketing Officer", D(2025, 1, 31), None, "Bulletins issued January–April.", "G", "B"),
]
REFUSE3_ROW = None  # filled in by make_university


def make_university():
    global REFUSE3_ROW
    wb = Workbook()
    cv = wb.active
    cv.title = "Document control"
    cv["A1"] = "The University of Law"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Apprenticeships Post-Inspection Action Plan – document control"
    xl_row(cv, 4, ["Version", "Date", "Author", "Summary of changes"], bold=True, bg=RAGHEX["grey"])
    for i, r in enumerate([("0.1", D(2025, 1, 10), "Director of Apprenticeships", "First draft following inspection feedback"),
                           ("1.0", D(2025, 1, 24), "Director of Apprenticeships", "Approved by Apprenticeship Quality Board"),
                           ("1.3", D(2025, 4, 25), "Quality Manager", "April progress update and RAG review")]):
        xl_row(cv, 5 + i, list(r))
    cv.column_dimensions["A"].width = 10
    cv.column_dimensions["B"].width = 12
    cv.column_dimensions["C"].width = 30
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("PIAP")
    ws["A1"] = T3
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 3–6 December 2024 | Apprenticeships: Requires improvement"
    ws["A3"] = "Monitored by: Apprenticeship Quality Board (monthly)"
    hdr = ["Theme", "Ref", "Area for improvement", "Action", "Lead", "Target date", "Revised date",
           "Progress / impact", "Previous RAG", "Current RAG"]
    xl_row(ws, 5, hdr, bold=True, bg=RAGHEX["navy"])
    r = 6
    starts = {}
    for theme, ref, afi, act, lead, tgt, rev, prog, prev, cur in A3:
        theme_v = theme if theme not in starts else None
        afi_v = AFI3[afi] if afi not in starts else None
        xl_row(ws, r, [theme_v, ref, afi_v, act, lead, tgt, rev, prog, None, None], numfmt="mmm-yy")
        starts.setdefault(theme, r)
        starts.setdefault(afi, r)
        for col, rag in ((9, prev), (10, cur)):
            if rag:
                ws.cell(row=r, column=col).fill = fill(RAGHEX[rag])
        if rev == "Jun-2O25":
            REFUSE3_ROW = r
        r += 1
    last = r - 1
    # vertical merges for theme and AFI blocks
    for key in ["Leadership and management", "Quality of education", "Personal development", "LM", "Q1", "Q2", "PD"]:
        col = "A" if len(key) > 2 else "C"
        rows_ = [i + 6 for i, a in enumerate(A3) if (a[0] if col == "A" else a[2]) == key]
        if len(rows_) > 1:
            ws.merge_cells(f"{col}{rows_[0]}:{col}{rows_[-1]}")
    r = last + 2
    ws.cell(row=r, column=1, value="RAG colours: Blue – complete; Green – on track; Amber – at risk; Red – off track. "
                                   "Previous RAG = March 2025 Board.")
    for col, wdt in zip("ABCDEFGHIJ", [16, 6, 40, 50, 28, 11, 11, 36, 9, 9]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, F3))


# =================================================================== 4. ACUTE HOSPITAL CQC (docx)
F4 = "mh1-manchester-university-nhsft-wythenshawe-cqc-must-should-do-action-plan.docx"
T4 = "Wythenshawe Hospital CQC Inspection: Must Do and Should Do Action Plan"
# section, requirement, [(ref, action, lead, orig, revised, progress, status)]
S4 = [
    ("3. Urgent and emergency care", [
        ("Must do 1: The trust must ensure that patients attending the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival. (Regulation 12(1))", [
            ("1.1", "Introduce a dedicated streaming and triage nurse at the front door between 10:00 and 02:00, seven "
                    "days a week.", "Divisional Director of Nursing, Emergency Medicine", "31/08/2024", "",
             "Rota in place since 29 July 2024.", "Complete"),
            ("1.2", "Daily audit of time to initial assessment, reported at the 08:30 site safety huddle and weekly "
                    "to the divisional quality board.", "ED Matron / Clinical Director for Emergency Medicine",
             "30/09/2024", "31/01/2025", "Audit in place; compliance 78% in December against a 95% target.", "Amber")]),
        ("Must do 2: The trust must ensure that risk assessments for patients with mental health needs are "
         "completed and acted upon while they wait in the department. (Regulation 12(2)(a))", [
            ("2.1", "Build the mental health risk assessment into the ED record in Hive with mandatory fields.",
             "Head of Nursing (Urgent Care); Chief Clinical Information Officer", "31/10/2024", "31/03/2025",
             "Build delayed by Hive upgrade freeze; new go-live date not yet confirmed.", "Red"),
            ("2.2", "Deliver mental health awareness training to all ED nursing staff, with compliance tracked "
                    "through the training dashboard.", "Practice Education Facilitator", "31/12/2024", "",
             "81% trained; on track for 90% by year end.", "Green")]),
        ("Should do 1: The trust should consider how it can improve the environment of the paediatric waiting area.", [
            ("S1.1", "Refurbish the paediatric waiting area as part of the ED redesign capital scheme.",
             "Director of Estates", "Q4 2024/25", "", "Design signed off; works start February.", "Green")]),
    ]),
    ("4. Medical care (including older people’s care)", [
        ("Must do 3: The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
         "medical wards at all times. (Regulation 18(1))", [
            ("3.1", "Complete the safer nursing care tool (SNCT) establishment review for all medical wards and "
                    "present the findings to the Board of Directors.", "Chief Nurse", "30/11/2024", "",
             "Presented to Board 13 November 2024.", "Complete"),
            ("3.2", "Recruit to 42 WTE band 5 registered nurse vacancies through international and domestic "
                    "recruitment campaigns.", "Deputy Chief Nurse / Associate Director of Workforce", "31/03/2025", "",
             "31 WTE appointed; 11 WTE in pipeline.", "Green")]),
        ("Must do 4: The trust must ensure that patients’ fluid balance and nutritional needs are recorded and "
         "monitored. (Regulation 14)", [
            ("4.1", "Relaunch the fluid balance chart in Hive with an automated alert when a chart has not been "
                    "totalled for 12 hours.", "Chief Nursing Information Officer", "31/10/2024", "",
             "Live on all medical wards from 7 October 2024.", "Complete"),
            ("4.2", "Monthly nutrition and hydration audits on every medical ward, with results reported to the "
                    "Nutrition Steering Group.", "Lead Nurse for Nutrition", "Ongoing", "",
             "Audits completed October–December; average compliance 88%.", "Green")]),
        ("Should do 2: The trust should ensure that mandatory training compliance for medical staff meets the trust "
         "target.", [
            ("S2.1", "Clinical directors to review training compliance monthly and agree recovery trajectories with "
                     "consultants below target.", "Medical Director, Wythenshawe Hospital", "28/02/2025", "",
             "Compliance 79% against 90% target; trajectories agreed in 3 of 5 specialties.", "Amber")]),
    ]),
]
STATUS4 = {"Complete": RAGHEX["B"], "Green": RAGHEX["G"], "Amber": RAGHEX["A"], "Red": RAGHEX["R"]}


def make_hospital():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Manchester University NHS Foundation Trust"
    doc.add_heading(T4, level=0)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Meeting", "Quality and Safety Committee"), ("Date", "14 January 2025"),
                 ("Report of", "Chief Nurse"), ("Paper prepared by", "Head of Regulatory Compliance"),
                 ("Purpose", "Assurance"),
                 ("Inspection", "Unannounced inspection of urgent and emergency care and medical care at "
                                "Wythenshawe Hospital, 11–13 June 2024; report published 18 September 2024")]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAGHEX["lite"])
        set_cell(cells[1], v)

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph("The CQC identified four ‘must do’ and two ‘should do’ actions across the two core services "
                      "inspected. Ten improvement actions were agreed with the divisions. This paper updates the "
                      "Committee on progress as at 31 December 2024.")
    summ = doc.add_table(rows=1, cols=2)
    summ.style = "Table Grid"
    for c, h in zip(summ.rows[0].cells, ["Status", "Number of actions"]):
        set_cell(c, h, bold=True)
    for k, n in [("Complete", 3), ("Green – on track", 4), ("Amber – at risk", 2), ("Red – off track", 1),
                 ("Total", 10)]:
        cells = summ.add_row().cells
        set_cell(cells[0], k, bold=(k == "Total"))
        set_cell(cells[1], str(n), bold=(k == "Total"))

    doc.add_heading("2. Status key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("Complete", "Action delivered and evidence verified by the Regulatory Compliance team"),
                 ("Green", "On track to deliver by the due date"),
                 ("Amber", "At risk of slippage; mitigation in place"),
                 ("Red", "Off track; escalated to the Executive lead")]:
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], STATUS4[k])
        set_cell(cells[1], v)

    heads = ["Ref", "Action", "Lead", "Original due date", "Revised due date", "Progress update", "Status"]
    for section, reqs in S4:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, RAGHEX["lite"])
        for req, acts in reqs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, req, bold=True)
            shade(m, RAGHEX["grey"])
            for ref, act, lead, orig, rev, prog, st in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, orig, rev, prog, st]):
                    set_cell(c, v)
                shade(cells[6], STATUS4[st])
        doc.add_paragraph("")
    doc.add_paragraph("Recommendation: the Committee is asked to note progress and the escalation of action 2.1.")
    doc.save(os.path.join(HERE, F4))


# =================================================================== 5. MENTAL HEALTH (xlsx)
F5 = "mh1-chadwick-lodge-elysium-cqc-mental-health-must-should-do-action-plan.xlsx"
T5 = "Chadwick Lodge – CQC Inspection Action Plan"
FSW = "Forensic inpatient or secure wards"
REH = "Long stay or rehabilitation mental health wards for working age adults"
MD5 = [
    ("MD1", FSW, "Regulation 12: Safe care and treatment",
     "The provider must ensure that ligature risk assessments are up to date and that staff know how to mitigate "
     "the identified risks on each ward.", [
        ("MD1.1", "Complete environmental ligature risk assessments for all six wards using the Elysium ligature "
                  "tool, signed off by the Hospital Director.", "Health and Safety Lead", D(2024, 10, 31),
         "Assessments uploaded to SharePoint 28/10/2024.", "B", "B"),
        ("MD1.2", "Ward managers to brief all staff on ward-specific ligature hotspots at handover; compliance "
                  "checked through monthly spot checks.", "Ward Managers / Head of Nursing", D(2024, 11, 30),
         "January spot checks: 85% of staff could describe hotspots.", "A", "A")]),
    ("MD2", FSW, "Regulation 17: Good governance",
     "The provider must ensure that seclusion records are fully completed, including medical reviews within the "
     "timescales set out in the Mental Health Act Code of Practice.", [
        ("MD2.1", "Introduce a seclusion recording checklist and a weekly audit of all seclusion episodes by the "
                  "Mental Health Act Administrator.", "MHA Administrator; Consultant Forensic Psychiatrist",
         D(2024, 9, 30), "Weekly audit in place since 16/09/2024.", "B", "B"),
        ("MD2.2", "Responsible clinicians to attend refresher training on the Code of Practice seclusion review "
                  "requirements.", "Medical Director", D(2024, 12, 31), "2 of 7 responsible clinicians still to attend.",
         "R", "R")]),
    ("MD3", REH, "Regulation 18: Staffing",
     "The provider must ensure that there are enough suitably qualified staff to safely meet patients’ needs, "
     "including on night shifts.", [
        ("MD3.1", "Recruit to registered nurse vacancies on the rehabilitation wards, with a target vacancy rate "
                  "below 10%.", "Hospital Director", D(2025, 3, 31), "Vacancy rate 14% (down from 23%).", "G", None),
        ("MD3.2", "Block-book regular agency nurses for night shifts and complete local inductions before their "
                  "first shift.", "Head of Nursing", D(2024, 8, 31), "Induction records checked 02/09/2024.", "B", "B")]),
]
SD5 = [
    ("SD1", FSW, "The provider should ensure patients have access to a range of meaningful activities at weekends.", [
        ("SD1.1", "Extend the occupational therapy timetable to include weekend sessions run by activity "
                  "coordinators.", "Lead Occupational Therapist", D(2025, 1, 31), "Saturday sessions started; Sunday "
                  "sessions from March.", "A")]),
    ("SD2", REH, "The provider should ensure that care plans reflect patients’ views and are recovery-focused.", [
        ("SD2.1", "Audit care plans on both rehabilitation wards quarterly using the recovery-focused care plan audit "
                  "tool.", "Clinical Nurse Manager (Rehabilitation)", "Quarterly", "Q3 audit: 72% compliant.", "G"),
        ("SD2.2", "Involve patients in co-producing their My Shared Pathway documents, with patient signatures "
                  "recorded.", "Named Nurses", D(2025, 3, 31), "", None)]),
]


def make_mh():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = T5
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Elysium Healthcare – Milton Keynes"
    sm["A3"] = "CQC focused inspection 20–22 August 2024; report published 15 November 2024"
    sm["A4"] = "Core services: Forensic inpatient or secure wards; Long stay or rehabilitation mental health wards"
    xl_row(sm, 6, ["BRAG", "Must do", "Should do", "Total"], bold=True, bg=RAGHEX["grey"])
    for i, (k, a, b) in enumerate([("Blue", 3, 0), ("Green", 1, 1), ("Amber", 1, 1), ("Red", 1, 0),
                                   ("Not rated", 0, 1), ("Total", 6, 3)]):
        xl_row(sm, 7 + i, [k, a, b, a + b], bold=(k == "Total"))
        if k in ("Blue", "Green", "Amber", "Red"):
            sm.cell(row=7 + i, column=1).fill = fill(RAGHEX[k[0]])
    sm["A14"] = "BRAG key"
    sm["A14"].font = Font(bold=True)
    for i, t in enumerate(["B – Complete and evidenced", "G – On track", "A – Some delay; expected to recover",
                           "R – Not on track; escalated to Hospital Director"]):
        sm.cell(row=15 + i, column=1, value=t)
    sm.column_dimensions["A"].width = 48

    ws = wb.create_sheet("Must Do")
    ws["A1"] = "CQC Must Do actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Plan owner: Hospital Director    Last updated: 07/02/2025"
    hdr = ["Ref", "Core service", "Regulation", "CQC requirement", "Action", "Action owner", "Target date",
           "Evidence of completion", "BRAG"]
    xl_row(ws, 4, hdr, bold=True, bg=RAGHEX["navy"])
    r = 5
    for ref, core, reg, req, acts in MD5:
        first = r
        for aref, act, own, tgt, ev, brag_fill, brag_text in acts:
            xl_row(ws, r, [aref, core if r == first else None, reg if r == first else None,
                           req if r == first else None, act, own, tgt, ev, brag_text])
            if brag_fill:
                ws.cell(row=r, column=9).fill = fill(RAGHEX[brag_fill])
            r += 1
        for col in "BCD":
            ws.merge_cells(f"{col}{first}:{col}{r - 1}")
    for col, wdt in zip("ABCDEFGHI", [8, 24, 22, 44, 50, 28, 12, 34, 7]):
        ws.column_dimensions[col].width = wdt

    ws2 = wb.create_sheet("Should Do")
    ws2["A1"] = "CQC Should Do actions"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Core service", "CQC recommendation", "Action agreed", "Lead", "Due", "Progress", "Status"]
    xl_row(ws2, 3, hdr2, bold=True, bg=RAGHEX["navy"])
    r = 4
    for ref, core, rec, acts in SD5:
        first = r
        for aref, act, lead, due, prog, st in acts:
            xl_row(ws2, r, [aref, core if r == first else None, rec if r == first else None, act, lead, due, prog, st],
                   numfmt="mmm-yy")
            if st:
                ws2.cell(row=r, column=8).fill = fill(RAGHEX[st])
            r += 1
        if r - 1 > first:
            for col in "BC":
                ws2.merge_cells(f"{col}{first}:{col}{r - 1}")
    for col, wdt in zip("ABCDEFGH", [8, 24, 44, 50, 28, 10, 34, 7]):
        ws2.column_dimensions[col].width = wdt
    wb.save(os.path.join(HERE, F5))


# =================================================================== 6. GP PRACTICE (txt)
F6 = "mh1-ashburton-surgery-cqc-inspection-action-plan.txt"
T6 = "Ashburton Surgery – CQC Inspection Action Plan"
S6 = [
    ("Requirement notice 1 – Regulation 12: Safe care and treatment",
     "The provider must ensure care and treatment is provided in a safe way for service users.", [
        ("1.1", "Carry out a full search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) "
                "and recall anyone overdue for monitoring.", "Dr Sarah Whitcombe / Clinical Pharmacist",
         "November 2024", "Complete", "Searches run 18/10/24; 23 patients recalled, all now monitored."),
        ("1.2", "Set up a monthly high-risk drug monitoring search on SystmOne with a named GP reviewing the results.",
         "Dr Sarah Whitcombe", "Ongoing – monthly", "On track", "Search scheduled for the first Monday of each month."),
    ]),
    ("Requirement notice 2 – Regulation 17: Good governance",
     "The provider must establish and operate effective systems and processes to ensure good governance.", [
        ("2.1", "Review and update all practice policies, including safeguarding, infection prevention and control "
                "and significant events, with a review date on each.", "Practice Manager", "31/01/2025", "Complete",
         "All 41 policies reviewed and uploaded to the shared drive."),
        ("2.2", "Introduce a governance calendar so that the fire risk assessment, legionella checks and IPC audits are "
                "completed and recorded on time.", "Practice Manager; Deputy Practice Manager", "End of March 2025",
         "On track", "Calendar drafted; to be agreed at the partners’ meeting on 12 March."),
        ("2.3", "Complete outstanding DBS checks and record the immunisation status of all clinical staff.",
         "HR Administrator", "December 2024", "Amber",
         "DBS checks complete. Two staff awaiting hepatitis B results, expected April 2025."),
    ]),
]
SD6 = ("Areas where the practice should make improvements", [
    ("Should do 1 – The practice should continue to take action to improve the uptake of cervical screening.", [
        ("3.1", "Offer a Saturday morning smear clinic once a month and send text reminders to eligible patients who "
                "have not responded to their invitation.", "Lead Practice Nurse", "30/06/2025", "On track",
         "First Saturday clinic held 8 February: 14 smears taken.")]),
    ("Should do 2 – The practice should improve how it records and acts on patient feedback.", [
        ("3.2", "Review Friends and Family Test results quarterly with the Patient Participation Group and publish a "
                "‘You said, we did’ update.", "Practice Manager & PPG Chair", "Quarterly", "Not started",
         "First review planned for April PPG meeting.")]),
])


def make_gp():
    L = []
    rule = "=" * 78
    dash = "-" * 78
    L += [T6, "",
          "Inspection date: 9 October 2024          Report published: 10 December 2024",
          "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
          "Plan owner: Practice Manager             Last updated: 3 March 2025",
          "Status key: Complete / On track / Amber (delayed) / Not started", ""]

    def block(ref, act, lead, due, st, upd):
        return [f"{ref:<5}Action:   {act}",
                f"     Lead:     {lead}",
                f"     Due:      {due}",
                f"     Status:   {st}",
                f"     Update:   {upd}", ""]

    for head, req, acts in S6:
        L += [rule, head, req, dash]
        for a in acts:
            L += block(*a)
    L += [rule, SD6[0], dash]
    for sd, acts in SD6[1]:
        L += [sd, ""]
        for a in acts:
            L += block(*a)
    L += [rule, "Actions: 7   Complete: 2   On track: 3   Amber: 1   Not started: 1",
          "This plan is reviewed at the monthly partners’ meeting and shared with NHS Devon ICB."]
    with open(os.path.join(HERE, F6), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# =================================================================== 7. NATIONAL BODY (xlsx)
F7 = "mh1-food-standards-agency-arac-internal-audit-recommendations-tracker.xlsx"
T7 = "Food Standards Agency – Internal Audit Recommendations Tracker"
BA = "GIAA 2024-25/03 Cyber security: vulnerability management – Limited assurance (final report issued 12/09/2024)"
BB = "GIAA 2024-25/05 Contract management – Moderate assurance (final report issued 07/11/2024)"
BC = "GIAA 2023-24/09 Business continuity – Limited assurance (final report issued 21/03/2024)"
BD = "GIAA 2024-25/01 Payroll and expenses – Substantial assurance (final report issued 15/05/2024)"
# band -> [(id, priority, rec, action, owner, orig, rev, revisions, status, update)]
OPEN7 = [
    (BA, [
        ("24-25/03-01", "High",
         "Define and enforce remediation timescales for critical and high vulnerabilities, aligned to the Government "
         "Cyber Security Strategy.",
         "Publish a vulnerability management standard setting 14-day remediation for critical and 30-day remediation "
         "for high vulnerabilities; report compliance monthly to the Digital Assurance Board.",
         "Chief Information Security Officer", D(2024, 12, 31), D(2025, 3, 31), 1, "Amber",
         "Standard drafted; awaiting Digital Assurance Board approval on 11 March."),
        ("24-25/03-02", "High",
         "Maintain a complete and accurate asset register for all end-user devices and servers.",
         "Reconcile the CMDB with Intune and Azure inventories and assign a named owner to every server.",
         "Head of IT Operations; Head of Service Management", D(2024, 11, 30), D(2025, 4, 30), 2, "Red",
         "412 of 530 servers reconciled. Second extension requested – see ARAC 25/03/05 para 6."),
        ("24-25/03-03", "Medium",
         "Ensure that exceptions to patching are risk-assessed and approved.",
         "Introduce a patch exception form with risk owner sign-off and review exceptions quarterly at the Technical "
         "Design Authority.",
         "Chief Information Security Officer", D(2025, 4, 30), None, 0, "Green",
         "Form in use since January; first quarterly review at the April Technical Design Authority."),
    ]),
    (BB, [
        ("24-25/05-01", "Medium",
         "Ensure that all contracts above £1m have a nominated contract manager and a contract management plan.",
         "Issue a contract management plan template and confirm named contract managers for all Tier 1 contracts.",
         "Head of Commercial", D(2025, 3, 31), None, 0, "Green",
         "Template issued; 14 of 17 Tier 1 contracts have named managers."),
        ("24-25/05-02", "Low",
         "Refresh contract management training for budget holders.",
         "Roll out the Government Commercial College foundation contract management course to all budget holders "
         "with Tier 1 or Tier 2 contracts.",
         "Head of Commercial / Learning and Development Manager", D(2025, 6, 30), None, 0, "Not started", ""),
    ]),
    (BC, [
        ("23-24/09-03", "High",
         "Test business continuity plans for critical services at least annually, including the incident management "
         "response of the National Food Crime Unit.",
         "Run a live exercise of the incident management plan and update the business impact analyses for all "
         "critical services.",
         "Head of Security and Business Continuity", D(2024, 9, 30), D(2025, 5, 31), 2, "Red",
         "Exercise postponed twice owing to live incidents; now scheduled for May 2025."),
    ]),
]
CLOSED7 = [
    (BD, [
        ("24-25/01-01", "Low",
         "Remind staff of the requirement to attach receipts to expense claims above £25.",
         "Issue an all-staff reminder on the intranet and update the expenses policy.",
         "Director of People and Resources", D(2024, 7, 31), None, 0, "Complete",
         "Reminder issued 02/07/2024; policy v4.2 published. GIAA verified closure."),
    ]),
    (BA, [
        ("24-25/03-04", "Low",
         "Update the vulnerability scanning schedule to include cloud workloads.",
         "Extend Defender vulnerability scanning to all Azure subscriptions.",
         "Chief Information Security Officer", D(2024, 10, 31), None, 0, "Complete",
         "Scanning live on all 9 subscriptions from 21/10/2024."),
    ]),
]
ST7 = {"Green": RAGHEX["G"], "Amber": RAGHEX["A"], "Red": RAGHEX["R"], "Complete": RAGHEX["B"]}


def make_fsa():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = T7
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Audit and Risk Assurance Committee, 18 March 2025 (paper ARAC 25/03/05)"
    cv["A3"] = "Author: Head of Risk and Assurance    Sponsor: Director of People and Resources"
    xl_row(cv, 5, ["Position at 28 February 2025", "Number"], bold=True, bg=RAGHEX["grey"])
    for i, (k, n) in enumerate([("Open recommendations", 6), ("  of which High priority", 3),
                                ("  of which Medium priority", 2), ("  of which Low priority", 1),
                                ("Open and past original target date", 3),
                                ("Closed since last ARAC (10 December 2024)", 2)]):
        xl_row(cv, 6 + i, [k, n])
    cv["A13"] = "Status is the action owner’s assessment, challenged by the Risk and Assurance team before each ARAC."
    cv.column_dimensions["A"].width = 60

    hdr = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "No. of revisions", "Status", "Latest update"]

    def sheet(name, caption, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = caption
        ws["A1"].font = Font(bold=True, size=12)
        xl_row(ws, 2, hdr, bold=True, bg=RAGHEX["navy"])
        r = 3
        for band, recs in groups:
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = fill(RAGHEX["lite"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            for rid, pr, rec, act, own, orig, rev, n, st, upd in recs:
                xl_row(ws, r, [rid, pr, rec, act, own, orig, rev, n, st, upd])
                if st in ST7:
                    ws.cell(row=r, column=9).fill = fill(ST7[st])
                r += 1
        for col, wdt in zip("ABCDEFGHIJ", [13, 9, 44, 50, 30, 12, 12, 10, 11, 40]):
            ws.column_dimensions[col].width = wdt
        ws.freeze_panes = "A3"

    sheet("Open", "Internal audit recommendations – open as at 28 February 2025", OPEN7)
    sheet("Closed since last ARAC", "Recommendations closed since the last ARAC (10 December 2024)", CLOSED7)
    wb.save(os.path.join(HERE, F7))


# =================================================================== expected readings
TERM_END = {"Autumn term 2024": "2024-12", "Spring term 2025": "2025-04", "Summer term 2025": "2025-07"}


def ym(s):
    """End month of an end cell as a person reads it -> (end, end_text or None)."""
    if s is None or s == "":
        return None, None
    if isinstance(s, dt.datetime):
        return s.strftime("%Y-%m"), None
    if s in TERM_END:
        return TERM_END[s], s
    months = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"], 1)}
    if s == "Q4 2024/25":
        return "2025-03", s
    if s.startswith("End of "):
        m, y = s[len("End of "):].split()
        return f"{y}-{months[m]:02d}", None
    parts = s.split()
    if len(parts) == 2 and parts[0] in months:
        return f"{parts[1]}-{months[parts[0]]:02d}", None
    if len(s) == 10 and s[2] == "/" and s[5] == "/":
        return f"{s[6:]}-{s[3:5]}", None
    return None, s


def split_leads(s):
    for sep in (" / ", "; ", " & ", ", "):
        if sep in s:
            return [x.strip() for x in s.split(sep)]
    return [s.strip()]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def emit(name, source, reads, title, actions, outcome="read", refuse_at=None, accept_refusal=False):
    out = ["source: >-"]
    out += ["  " + l for l in textwrap.wrap(source, 100)]
    out += ["reads: >-"]
    out += ["  " + l for l in textwrap.wrap(reads, 100)]
    out += [f"outcome: {outcome}", f"accept_refusal: {'true' if accept_refusal else 'false'}"]
    if refuse_at is not None:
        out += [f"refuse_at: {refuse_at}"]
    if title:
        out += [f"title: {q(title)}"]
    if outcome == "read":
        out += ["actions:"]
        for a in actions:
            out += [f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}",
                    "    under: [" + ", ".join(q(u) for u in a["under"]) + "]",
                    f"    action: {q(a['action'])}",
                    "    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]",
                    f"    end: {q(a['end']) if a['end'] else 'null'}"]
            if a.get("end_text"):
                out += [f"    end_text: {q(a['end_text'])}"]
            out += [f"    status: {a['status']}"]
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, endcell, status, leads=None):
    end, et = ym(endcell)
    return dict(ref=ref, under=under, action=action, lead=leads if leads is not None else split_leads(lead),
                end=end, end_text=et, status=status)


def expected():
    # 1 school: key says Green = completed -> blue; Amber -> amber; Red -> red; white -> unrated
    k1 = {"G": "blue", "A": "amber", "R": "red", None: "unrated"}
    acts = []
    for prio, afi, rows in S1:
        for ref, act, lead, when, sc, rag in rows:
            acts.append(A(ref, [prio, afi], act, lead, when, k1[rag]))
    emit(F1,
         "Fictional post-Ofsted action plan for The Ilfracombe Academy (Devon secondary, inspection March 2024, "
         "Requires improvement), modelled on academy post-inspection plans and governor-facing plan guidance "
         "(The Key; an academy plan at paperzz.com/doc/7174796 with its own colour key 'Green: Completed'). Copies: "
         "title block, document-control table, RAG key table where green means completed, one section per priority "
         "with the Ofsted area for improvement quoted under a label paragraph, one table per priority, RAG as cell "
         "fill only, school-term timescales, a sign-off table.",
         "A school plan in three priorities; each priority quotes the inspectors' area for improvement and lists "
         "three numbered actions with lead, timescale, success criteria and a coloured RAG cell. The key says green "
         "means completed, so green cells are read as complete; one white cell is not yet rated.",
         T1, acts)

    # 2 college csv
    k2 = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    acts = []
    area = None
    for ref, ar, afi, act, lead, tgt, rev, prog, rag in A2:
        area = ar or area
        acts.append(A(ref, [area, AFI2[afi]], act, lead, rev or tgt, k2[rag]))
    emit(F2,
         "Fictional Ofsted post-inspection action plan (PIAP) for Vision West Nottinghamshire College (inspection "
         "May 2024, Requires improvement), imitating FE college PIAPs presented to a governors' quality committee "
         "and saved from Excel as CSV UTF-8 (with BOM). Copies: three title lines, judgement-area and "
         "area-for-improvement columns left blank under merged cells (fill down), target and revised target dates "
         "day-first, multi-line progress cells, B/G/A/R letters with a key line and a summary block below the table.",
         "A CSV of eight numbered actions, grouped by Ofsted judgement area and area for improvement which are only "
         "written on the first row of their group. Where a revised target date is given it replaces the target "
         "date; the key, summary counts and title lines are not actions.",
         T2, acts)

    # 3 university refuse
    emit(F3,
         "Fictional apprenticeships post-inspection action plan for The University of Law (Ofsted December 2024, "
         "Requires improvement), imitating HE apprenticeship PIAPs reported to an apprenticeship quality board. "
         "Copies: document-control sheet, PIAP sheet with title rows, themes and areas for improvement in vertically "
         "merged cells, target and revised dates as mmm-yy dates, previous and current RAG as fill colours.",
         f"A nine-action PIAP in three themes. On sheet PIAP row {REFUSE3_ROW} (action QE2) the revised date is the "
         "text 'Jun-2O25' with a letter O for a zero, among real date cells; a careful reader stops and asks what "
         "the revised date is.",
         T3, [], outcome="refuse", refuse_at=REFUSE3_ROW)

    # 4 hospital docx
    k4 = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    acts = []
    for section, reqs in S4:
        for req, rows in reqs:
            for ref, act, lead, orig, rev, prog, st in rows:
                leads = [lead] if ref in ("1.1", "S2.1") else None
                acts.append(A(ref, [section, req], act, lead, rev or orig, k4[st], leads=leads))
    emit(F4,
         "Fictional CQC must-do/should-do action plan for Manchester University NHS FT, Wythenshawe Hospital "
         "(urgent and emergency care and medical care, June 2024 inspection), laid out as a committee paper like "
         "trust board/quality committee CQC action plan reports. Copies: trust name in page header, Title, cover "
         "table (meeting, date, report of, purpose), executive summary with a status totals table, status key table, "
         "one table per core service with each must do/should do as a merged grey row above its numbered actions, "
         "executive/operational leads as job titles, original and revised due dates, status words with fill.",
         "Two core-service sections each with a table; the merged rows carry the CQC requirement and the rows under "
         "them are the ten actions. The revised due date is the end where given; 'Q4 2024/25' is March 2025 and "
         "'Ongoing' has no end month. Cover, summary and key tables are not actions.",
         T4, acts)

    # 5 mental health xlsx
    k5 = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    acts = []
    for ref, core, reg, req, rows in MD5:
        for aref, act, own, tgt, ev, brag_fill, brag_text in rows:
            acts.append(A(aref, [core, req], act, own, tgt, k5[brag_fill]))
    for ref, core, rec, rows in SD5:
        for aref, act, lead, due, prog, st in rows:
            acts.append(A(aref, [core, rec], act, lead, due, k5[st]))
    emit(F5,
         "Fictional CQC action plan for Chadwick Lodge (Elysium Healthcare independent mental health hospital, "
         "Milton Keynes; focused inspection August 2024), imitating independent-sector mental health must do / "
         "should do plans. Copies: Summary sheet with BRAG counts and key, a Must Do sheet (ref, core service, "
         "regulation, CQC requirement in merged cells over two actions each, action owner, target date, evidence, "
         "BRAG letter with fill; one BRAG cell fill-only) and a Should Do sheet with different columns and mmm-yy dates.",
         "Nine actions on two sheets: six must-do actions under three CQC requirements and three should-do actions. "
         "The core service and requirement are merged down over their actions. 'Quarterly' has no end month and a "
         "blank status is unrated; the Summary sheet is not the plan.",
         T5, acts)

    # 6 GP txt
    k6 = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    acts = []
    for head, req, rows in S6:
        for ref, act, lead, due, st, upd in rows:
            acts.append(A(ref, [head, req], act, lead, due, k6[st]))
    for sd, rows in SD6[1]:
        for ref, act, lead, due, st, upd in rows:
            acts.append(A(ref, [SD6[0], sd], act, lead, due, k6[st]))
    emit(F6,
         "Fictional GP practice action plan for Ashburton Surgery (Devon) after a CQC inspection in October 2024 "
         "(Requires improvement), as practices publish on their websites, exported from Word as plain text. Copies: "
         "title line and inspection details, status key line, one block per requirement notice (regulation heading "
         "then the 'must' text), should-do items under their own heading, each action as an indented Action/Lead/"
         "Due/Status/Update block, a totals line at the end.",
         "A plain-text plan with seven numbered actions: five under two requirement notices and two under the "
         "should-do section, each should-do line heading its action. Leads are a named GP, job titles and the PPG "
         "chair; 'Ongoing – monthly' and 'Quarterly' have no end month.",
         T6, acts)

    # 7 FSA xlsx
    k7 = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "unrated"}
    acts = []
    for groups in (OPEN7, CLOSED7):
        for band, recs in groups:
            for rid, pr, rec, act, own, orig, rev, n, st, upd in recs:
                acts.append(A(rid, [band, rec], act, own, rev or orig, k7[st]))
    emit(F7,
         "Fictional internal audit recommendations tracker for the Food Standards Agency presented to its Audit and "
         "Risk Assurance Committee (March 2025), imitating central-government ARAC trackers of GIAA recommendations. "
         "Copies: Cover sheet with paper number and summary counts, an Open sheet and a Closed-since-last-ARAC sheet, "
         "each audit report as a merged shaded band row (report number, title, assurance opinion, issue date) above "
         "its recommendations, recommendation and agreed management action columns, original and revised target "
         "dates, number of revisions, status with fill.",
         "Eight recommendations from four GIAA reports: six open and two closed. Each row's agreed management action "
         "is the action, answering the recommendation beside it, under the report band; the revised target date "
         "replaces the original where given. The Cover sheet counts are not actions.",
         T7, acts)


if __name__ == "__main__":
    make_school()
    make_college()
    make_university()
    make_hospital()
    make_mh()
    make_gp()
    make_fsa()
    if "--expected" in sys.argv:
        expected()
    print("built", REFUSE3_ROW)
