"""Build the seven hv1- data files of set heldout264.

Run with /work/main/.venv/bin/python hv1_make.py (writes next to this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
    "theme": "FCE4D6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xfill(cell, colour):
    cell.fill = PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def xhead(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        xfill(c, "head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


def xrow(ws, row, values, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = date_fmt
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- 1. school SDP (docx)
def make_school():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading("Cheddar Grove Primary School: School Development Plan 2024–25", level=0)
    doc.add_paragraph(
        "Approved by the Full Governing Board on 8 October 2024. The plan is reviewed at the end of "
        "each term by the Teaching, Learning and Standards (TLS) Committee and RAG rated at each review."
    )
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for r, (k, v) in enumerate([
        ("Headteacher", "Mrs J. Pearce"),
        ("Chair of Governors", "Mr D. Fairbrother"),
        ("Last Ofsted inspection", "Good (June 2022)"),
        ("Version", "v3 – Spring review, 27 March 2025"),
        ("Budget", "See School Financial Plan 2024–25"),
    ]):
        bold_cell(info.cell(r, 0), k, "D9E2F3")
        info.cell(r, 1).text = v

    doc.add_paragraph()
    doc.add_paragraph("Key priorities for 2024–25", style="Heading 2")
    for p in [
        "Raise attainment in writing at Key Stage 2, especially for disadvantaged pupils.",
        "Improve attendance and reduce persistent absence.",
        "Develop the leadership of foundation subjects.",
    ]:
        doc.add_paragraph(p, style="List Number")
    doc.add_paragraph(
        "Staff key: HT – Headteacher; DHT – Deputy Headteacher; RO – English Lead (Miss R. Okafor); "
        "SENDCo – Special Educational Needs Co-ordinator."
    )

    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (k, v, col) in enumerate([
        ("Red", "Not started or significant concerns", "FF0000"),
        ("Amber", "Started – some concerns or slippage", "FFC000"),
        ("Green", "On track", "00B050"),
        ("Blue", "Completed", "0070C0"),
    ]):
        bold_cell(key.cell(r, 0), k, col)
        key.cell(r, 1).text = v

    colour = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}

    priorities = [
        (
            "Priority 1: Quality of Education – raise attainment in writing at Key Stage 2",
            "Intended outcome: at least 72% of Year 6 pupils reach the expected standard in writing "
            "(2024: 61%); the gap for disadvantaged pupils narrows to under 10 percentage points.",
            [
                ("1.1", "Introduce a whole-school spelling programme (Read Write Inc. Spelling) in Years 2–6 "
                        "and train all teaching assistants to deliver it.",
                 "HT / RO", "Autumn term 2024",
                 "Programme timetabled in all classes; TA training log; spelling test scores.", "Green", "Green"),
                ("1.2", "Moderate writing half-termly with partner schools in the Bedminster cluster; use the "
                        "outcomes to adjust Year 6 teaching groups.",
                 "RO, DHT", "Half-termly",
                 "Moderation records; teacher assessment accuracy.", "Amber", "Amber"),
                ("1.3", "Deliver staff CPD on modelling and shared writing (three staff meetings), followed by "
                        "drop-ins and book looks.",
                 "RO", "Sept 2024 – Feb 2025",
                 "CPD records; book look notes shared with the TLS Committee.", "Green", "Blue"),
                ("1.4", "Run targeted writing interventions for identified Year 5 and Year 6 pupils, including "
                        "disadvantaged pupils, tracked through pupil progress meetings.",
                 "DHT & SENDCo", "Spring term 2025",
                 "Intervention tracker; pupil progress meeting minutes.", "Red", "Amber"),
            ],
        ),
        (
            "Priority 2: Behaviour and Attitudes – improve attendance and reduce persistent absence",
            "Intended outcome: whole-school attendance at or above 95.5%; persistent absence below 12% "
            "(2023–24: 17.4%).",
            [
                ("2.1", "Appoint an Attendance Champion and hold fortnightly attendance panel meetings with the "
                        "Education Welfare Officer.",
                 "HT", "October 2024",
                 "Panel minutes; referrals to the EWO.", "Green", "Blue"),
                ("2.2", "Introduce first-day calling for every unexplained absence and a home visit on the third "
                        "day.",
                 "Attendance Champion / Office Manager", "By 1 November 2024",
                 "Absence call log; home visit records.", "Amber", "Green"),
                ("2.3", "Celebrate class attendance weekly in assemblies and reward classes above 96% each "
                        "half term.",
                 "Phase Leaders", "Ongoing",
                 "Weekly attendance figures shared with families.", "Green", "Green"),
            ],
        ),
        (
            "Priority 3: Leadership and Management – develop the leadership of foundation subjects",
            "Intended outcome: every foundation subject leader can explain the intent, implementation and "
            "impact of their subject, with evidence from monitoring.",
            [
                ("3.1", "Each subject leader to complete a subject 'deep dive' with the link governor and present "
                        "the findings to the TLS Committee.",
                 "Subject Leaders; Link Governors", "Summer term 2025",
                 "Deep dive reports; TLS Committee minutes.", "Amber", "Amber"),
                ("3.2", "Give each foundation subject leader half a day of release time per term to monitor "
                        "planning and pupil voice.",
                 "HT", "Termly",
                 "Release timetable; monitoring notes.", "Green", "Red"),
                ("3.3", "Review the history and geography curriculum maps to build in retrieval of prior "
                        "knowledge.",
                 "Humanities Lead", "31/03/2025",
                 "Revised curriculum maps published on the website.", "Amber", "Green"),
            ],
        ),
    ]

    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria / monitoring", "RAG review", ""]
    for title, outcome, rows in priorities:
        doc.add_paragraph()
        doc.add_paragraph(title, style="Heading 2")
        doc.add_paragraph(outcome)
        t = doc.add_table(rows=2 + len(rows), cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            if h:
                bold_cell(t.cell(0, i), h, "D9E2F3")
        # merged "RAG review" header over Autumn / Spring
        rag = t.cell(0, 5).merge(t.cell(0, 6))
        bold_cell(rag, "RAG review", "D9E2F3")
        for i in range(5):
            top = t.cell(0, i).merge(t.cell(1, i))
            bold_cell(top, heads[i], "D9E2F3")
        bold_cell(t.cell(1, 5), "Autumn", "D9E2F3")
        bold_cell(t.cell(1, 6), "Spring", "D9E2F3")
        for r, (ref, action, lead, when, monitor, aut, spr) in enumerate(rows, start=2):
            for c, v in enumerate([ref, action, lead, when, monitor, aut, spr]):
                t.cell(r, c).text = v
            shade(t.cell(r, 5), colour[aut])
            shade(t.cell(r, 6), colour[spr])

    doc.add_paragraph()
    doc.add_paragraph(
        "Note: actions carried forward from the 2023–24 plan (phonics and early reading) are now part of "
        "normal practice and are monitored through the English Lead's subject action plan."
    )
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for i, h in enumerate(["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        bold_cell(sign.cell(0, i), h)
    sign.cell(1, 0).text = "J. Pearce"
    sign.cell(1, 1).text = "D. Fairbrother"
    sign.cell(1, 2).text = "08/10/2024"
    doc.save(os.path.join(HERE, "hv1-cheddar-grove-primary-school-development-plan-2024-25.docx"))


# ---------------------------------------------------------------- 2. college PIAP (xlsx, refuse)
def make_college():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Lakes College West Cumbria – Post-Inspection Action Plan (PIAP) 2024–25"
    cov["A1"].font = Font(bold=True, size=14)
    for r, (k, v) in enumerate([
        ("Inspection", "Ofsted full inspection, 5–8 March 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Document owner", "Vice Principal – Curriculum and Quality"),
        ("Version", "v4 – January 2025 update"),
        ("Monitored by", "Quality and Curriculum Committee of the Corporation"),
    ], start=3):
        cov.cell(row=r, column=1, value=k).font = Font(bold=True)
        cov.cell(row=r, column=2, value=v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("PIAP")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Lakes College West Cumbria"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Post-Inspection Action Plan – Ofsted inspection 5–8 March 2024"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:H3")
    ws["A3"] = "Progress update for the Quality and Curriculum Committee – 28 January 2025"
    xhead(ws, 5, ["Ref", "Action", "Lead(s)", "Success measure / impact", "Original target date",
                  "Revised target date", "Progress update (January 2025)", "RAG"],
          [7, 55, 26, 40, 13, 13, 45, 7])

    def afi(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
        for col in range(1, 9):
            xfill(ws.cell(row=row, column=col), "theme")

    rows = [
        ("afi", "AFI 1: Leaders should ensure that teachers of adult learners and apprentices check learners' "
                "understanding effectively and identify and close gaps in their knowledge."),
        ("1.1", "Deliver CPD on assessment for learning (questioning and retrieval practice) to all teaching staff "
                "on the October and February staff development days.",
         "Head of Teaching, Learning and Assessment", "95% of teaching staff attend; learning walks show "
         "improved checking of understanding.", D(2025, 2, 28), None,
         "October session delivered (attendance 97%). February session planned.", "G", "green"),
        ("1.2", "Introduce learning walks focused on assessment, with written feedback to teachers within 48 hours.",
         "Curriculum Managers", "Every teacher receives at least one assessment-focused learning walk per term.",
         D(2024, 12, 31), None, "Completed for autumn term; now part of the quality calendar.", "B", "blue"),
        ("1.3", "Set up coaching for teachers whose learning walks identify weak assessment practice.",
         "Teaching and Learning Coaches", "Coached staff show improvement at follow-up walk.",
         D(2025, 3, 31), None, "12 staff in coaching; 4 follow-up walks completed.", "G", "green"),
        ("afi", "AFI 2: Leaders should ensure that apprentices receive their full entitlement to off-the-job "
                "training and that employers take part in progress reviews."),
        ("2.1", "Record off-the-job training hours monthly on the e-portfolio and flag apprentices who fall more "
                "than 10% behind.",
         "Head of Apprenticeships", "All apprentices on track with off-the-job hours or on an agreed catch-up plan.",
         D(2024, 11, 30), D(2025, 1, 31), "Monthly report now live; 14% of apprentices flagged.", "A", "amber"),
        ("2.2", "Require employer attendance and signature at every 12-weekly progress review; escalate "
                "non-attendance to the Business Development Manager.",
         "Apprenticeship Assessors; Business Development Manager",
         "90% of reviews attended by the employer.", "Febuary 2025", None,
         "Employer attendance 76% in the autumn term.", "A", "amber"),
        ("2.3", "Hold an employer forum each term to share curriculum plans for engineering and construction "
                "apprenticeships.",
         "Head of Apprenticeships", "Employer feedback shows that they understand the programme.",
         D(2025, 6, 30), None, "First forum held 20 November 2024 (18 employers).", "G", "green"),
        ("afi", "AFI 3: Governors should receive more detailed information about the quality of adult learning "
                "programmes so that they can challenge leaders effectively."),
        ("3.1", "Add an adult learning quality report (attendance, retention, achievement and learner feedback) "
                "to each Quality and Curriculum Committee meeting.",
         "Head of Adult and Community Learning", "Committee minutes show challenge on adult provision.",
         D(2024, 10, 31), None, "Report presented October 2024 and January 2025.", "B", "blue"),
        ("3.2", "Arrange a governor link visit to adult learning sites in Workington and Whitehaven.",
         "Clerk to the Corporation", "Link governor report to the Corporation.", D(2025, 5, 31), None,
         "Not yet arranged.", "R", "red"),
    ]
    r = 6
    for item in rows:
        if item[0] == "afi":
            afi(r, item[1])
        else:
            ref, action, lead, measure, orig, rev, prog, rag, col = item
            xrow(ws, r, [ref, action, lead, measure, orig, rev, prog, rag], date_fmt="mmm yyyy")
            xfill(ws.cell(row=r, column=8), col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some slippage; R = off track or "
                                   "not started.")

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating"
    key["B1"] = "Meaning"
    for i, (k, v, col) in enumerate([
        ("B", "Action complete and impact evidenced", "blue"),
        ("G", "On track to meet target date", "green"),
        ("A", "Some slippage – target date at risk", "amber"),
        ("R", "Off track or not started", "red"),
    ], start=2):
        key.cell(row=i, column=1, value=k)
        xfill(key.cell(row=i, column=1), col)
        key.cell(row=i, column=2, value=v)
    wb.save(os.path.join(HERE, "hv1-lakes-college-west-cumbria-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. acute trust CQC (xlsx)
def make_hospital():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "West Suffolk NHS Foundation Trust – CQC Inspection Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Must do and should do actions from the CQC report published 18 July 2024 – "
               "position at 31 January 2025 (Quality and Risk Committee)")
    xhead(s, 4, ["Core service", "Must do", "Should do", "Complete", "On track", "At risk", "Off track",
                 "Not started"], [34, 10, 10, 10, 10, 10, 10, 12])
    xrow(s, 5, ["Urgent and emergency care", 3, 1, 1, 2, 1, 0, 0])
    xrow(s, 6, ["Medical care (including older people's care)", 2, 1, 1, 0, 0, 1, 1])
    xrow(s, 7, ["Total", 5, 2, 2, 2, 1, 1, 1])
    for c in range(1, 9):
        s.cell(row=7, column=c).font = Font(bold=True)
    s["A9"] = "Status key"
    s["A9"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([
        ("Complete", "Action delivered and evidence accepted by the Compliance Team", "blue"),
        ("On track", "Progressing to the due date", "green"),
        ("At risk", "Risk that the due date will be missed", "amber"),
        ("Off track", "Due date missed or will be missed", "red"),
        ("Not started", "Action not yet started", None),
    ], start=10):
        c = s.cell(row=i, column=1, value=k)
        if col:
            xfill(c, col)
        s.cell(row=i, column=2, value=v)

    head = ["Ref", "Type", "CQC requirement", "Action", "Action owner(s)", "Original due date",
            "Revised due date", "Evidence / progress", "Status"]
    widths = [12, 10, 48, 50, 30, 12, 12, 40, 12]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                   "Not started": None}

    def sheet(name, heading, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Report published 18 July 2024 – position at 31 January 2025"
        xhead(ws, 4, head, widths)
        r = 5
        for typ, req, acts in groups:
            first = r
            for ref, action, owner, orig, rev, prog, status in acts:
                xrow(ws, r, [ref, typ, req if r == first else None, action, owner, orig, rev, prog, status])
                if isinstance(orig, dt.datetime) and ref.startswith("UEC-SD"):
                    ws.cell(row=r, column=6).number_format = "mmm-yy"
                if status_fill[status]:
                    xfill(ws.cell(row=r, column=9), status_fill[status])
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        return ws

    sheet("UEC", "Urgent and emergency care", [
        ("Must do", "The trust must ensure that patients attending the emergency department are triaged within "
                    "15 minutes of arrival. (Regulation 12)", [
            ("UEC-MD1.1", "Introduce a rapid assessment and triage nurse at the front door from 08:00 to 02:00, "
                          "seven days a week.", "Head of Nursing – UEC", D(2024, 9, 30), None,
             "Rota in place from 2 September 2024; triage within 15 minutes at 71% in December.", "On track"),
            ("UEC-MD1.2", "Audit triage times weekly and report to the UEC Quality Board, with exceptions escalated "
                          "to the Deputy Chief Nurse.", "Matron – ED; Clinical Director – ED", D(2024, 10, 31), None,
             "Weekly audit embedded; reports to UEC Quality Board since October.", "Complete"),
        ]),
        ("Must do", "The trust must ensure that medicines are stored securely and that fridge temperatures are "
                    "monitored and recorded daily. (Regulation 12)", [
            ("UEC-MD2.1", "Replace the ED drug fridges with networked, temperature-monitored units and add fridge "
                          "checks to the daily safety huddle checklist.", "Chief Pharmacist / Matron – ED",
             D(2024, 12, 31), D(2025, 3, 31),
             "Huddle checklist updated. Two of four fridges replaced; supplier delay on the remainder.", "At risk"),
        ]),
        ("Should do", "The trust should ensure that staff complete and record mental capacity assessments where "
                      "there is reason to doubt a patient's capacity.", [
            ("UEC-SD1.1", "Deliver bite-size Mental Capacity Act training in ED and audit 20 records each month.",
             "Named Nurse – Safeguarding Adults", D(2025, 4, 30), None,
             "Training delivered to 64% of ED nursing staff.", "On track"),
        ]),
    ])
    sheet("Medical care", "Medical care (including older people's care)", [
        ("Must do", "The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
                    "experienced nursing staff on the medical wards. (Regulation 18)", [
            ("MED-MD1.1", "Complete the nursing establishment review for the medical wards and present it to the "
                          "Board with recommended uplifts.", "Director of Nursing", D(2024, 11, 30), None,
             "Establishment review approved by the Board on 29 November 2024.", "Complete"),
            ("MED-MD1.2", "Recruit to 24 WTE band 5 registered nurse vacancies, including through international "
                          "recruitment.", "Associate Director of Nursing (Workforce); Head of Recruitment",
             D(2025, 3, 31), D(2025, 9, 30),
             "11 WTE appointed; second international cohort delayed to summer 2025.", "Off track"),
        ]),
        ("Should do", "The trust should ensure that falls risk assessments are completed within 24 hours of "
                      "admission.", [
            ("MED-SD1.1", "Make the falls risk assessment a mandatory field in the e-Care admission document, with "
                          "a monthly audit by ward sisters.", "Associate Director of Operations (Medicine)",
             "TBC – dependent on e-Care release", None, "Change request submitted to the e-Care team.",
             "Not started"),
        ]),
    ])
    wb.save(os.path.join(HERE, "hv1-west-suffolk-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 4. HIW mental health (docx)
def make_hiw():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading("Hafan y Coed Mental Health Unit – HIW Improvement Plan", level=1)
    doc.add_paragraph("Cardiff and Vale University Health Board – Mental Health Clinical Board")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for r, (k, v) in enumerate([
        ("Service", "Hafan y Coed, University Hospital Llandough – adult acute mental health wards"),
        ("Inspection type", "Unannounced mental health hospital inspection"),
        ("Date of inspection", "14–16 October 2024"),
        ("Date report published", "15 January 2025"),
        ("Plan owner", "Director of Operations, Mental Health Clinical Board"),
    ]):
        bold_cell(info.cell(r, 0), k, "E7E6E6")
        info.cell(r, 1).text = v

    doc.add_paragraph()
    doc.add_paragraph("Appendix A – Summary of concerns resolved during the inspection", style="Heading 2")
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact / potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        bold_cell(a.cell(0, i), h, "E7E6E6")
    row = a.cell(1, 0).merge(a.cell(1, 3))
    row.text = "No immediate concerns were identified on this inspection."

    doc.add_paragraph()
    doc.add_paragraph("Appendix C – Improvement plan", style="Heading 2")
    doc.add_paragraph(
        "The table below sets out the improvements HIW found were needed, and the health board's response. "
        "Progress is reported to the Mental Health Clinical Board Quality, Safety and Experience meeting."
    )
    sections = [
        ("Quality of the patient experience", [
            ("The health board must ensure that patients are routinely offered a copy of their care and treatment "
             "plan, and that this is recorded.", "Person-centred", [
                ("Ward Managers to add a prompt to the Care and Treatment Plan review template in PARIS to record "
                 "that a copy was offered to the patient.", "Ward Managers (Adult Acute)", "31 December 2024"),
                ("Monthly audit of 10 care and treatment plans per ward, reported to the Directorate Quality and "
                 "Safety meeting.", "Senior Nurse – Adult Acute", "Monthly from January 2025"),
            ]),
            ("The health board should improve the range of therapeutic activities available to patients at "
             "weekends.", "Effective", [
                ("Recruit two Band 4 activity co-ordinators to provide a seven-day activity programme.",
                 "Head of Occupational Therapy (Mental Health)", "April 2025"),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The health board must ensure that ligature risk assessments are reviewed annually and that the "
             "actions identified are completed in a timely manner.", "Safe", [
                ("Complete ligature risk assessments for all wards, with environmental actions logged on the "
                 "estates works request system.", "Senior Nurse – Adult Acute / Estates Manager", "30/11/2024"),
                ("Add ligature risk assessment compliance to the Clinical Board's quarterly health and safety "
                 "report.", "Clinical Board Director of Nursing", "Q4 2024/25"),
            ]),
            ("The health board must ensure that staff compliance with mandatory training, including Immediate Life "
             "Support, meets the health board's 85% target.", "Safe; Workforce", [
                ("Schedule protected training days for all registered nurses whose ILS training has lapsed, and "
                 "report compliance weekly to the Senior Nurse.", "Ward Managers (Adult Acute)",
                 "End of March 2025"),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The health board should ensure that all staff receive regular clinical supervision and an annual "
             "PADR.", "Leadership; Workforce", [
                ("Introduce a supervision tracker on each ward and review compliance at the monthly Directorate "
                 "Management Team meeting.", "Directorate Manager / Senior Nurse – Adult Acute",
                 "Ongoing – reviewed monthly"),
                ("Achieve 85% PADR compliance across the unit.", "Directorate Manager", "30 June 2025"),
            ]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(x[2]) for x in items) for _, items in sections)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
                           "Timescale"]):
        bold_cell(t.cell(0, i), h, "C00000")
    r = 1
    for sec, items in sections:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        bold_cell(m, sec, "F2F2F2")
        r += 1
        for need, std, acts in items:
            first = r
            for action, officer, when in acts:
                t.cell(r, 2).text = action
                t.cell(r, 3).text = officer
                t.cell(r, 4).text = when
                r += 1
            if r - first > 1:
                c0 = t.cell(first, 0).merge(t.cell(r - 1, 0))
                c1 = t.cell(first, 1).merge(t.cell(r - 1, 1))
            else:
                c0, c1 = t.cell(first, 0), t.cell(first, 1)
            c0.text = need
            c1.text = std

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Dr Ana Morgan"), ("Job role:", "Clinical Board Director"),
                                ("Date:", "20 January 2025")]):
        bold_cell(s.cell(i, 0), k)
        s.cell(i, 1).text = v
    doc.save(os.path.join(HERE, "hv1-cardiff-and-vale-uhb-hiw-hafan-y-coed-mental-health-improvement-plan.docx"))


# ---------------------------------------------------------------- 5. university apprenticeships PIAP (csv)
def make_university():
    rows = [
        ["University of Exeter – Degree Apprenticeships Post-Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Ofsted inspection: 21–24 May 2024 – overall effectiveness Good", "", "", "", "", "", "", ""],
        ["Progress reported to the Education and Student Experience Committee – 26 February 2025",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Theme", "Ref", "What the provider needs to do to improve", "Action", "Lead(s)", "Target date", "RAG",
         "Progress commentary"],
        ["Quality of education", "1.1",
         "Leaders should ensure that employers are fully involved in planning and reviewing apprentices' "
         "training, so that on- and off-the-job learning are linked.",
         "Introduce tripartite progress reviews every 10 weeks.\n"
         "Reviews to include employer sign-off of the individual training plan.",
         "Head of Degree Apprenticeships", "31/01/2025", "Complete",
         "Review schedule live in OneFile from November 2024; 94% of reviews held on time."],
        ["", "1.2", "",
         "Run an employer induction webinar for each intake covering the programme structure, off-the-job "
         "training and the employer's role in reviews.",
         "Employer Engagement Manager", "Mar-25", "Green", "Two webinars held (September and January)."],
        ["", "1.3", "",
         "Map each module's assessment to the knowledge, skills and behaviours (KSBs) of the apprenticeship "
         "standard and share the map with employers through the employer portal.",
         "Programme Directors; Employer Engagement Manager", "July 2025", "Amber",
         "Mapping complete for Digital and Technology Solutions; Chartered Manager still in progress."],
        ["Personal development", "2.1",
         "Leaders should ensure that apprentices receive impartial careers information, advice and guidance "
         "about their next steps beyond their current programme.",
         "Embed a careers session delivered by the Career Zone in the final year of each programme.",
         "Careers Consultant (Apprenticeships)", "Sept 2024 – Jan 2025", "Complete", ""],
        ["", "2.2", "",
         "Add a 'next steps' discussion to the final two progress reviews and record it on OneFile.",
         "Dr Priya Nair and Tom Ellery", "30/04/2025", "Green", ""],
        ["Leadership and management", "3.1",
         "Leaders should strengthen governance so that Council and its committees receive sufficient "
         "information about the quality of apprenticeship provision.",
         "Add an apprenticeship quality dashboard (achievement, retention, progress reviews and off-the-job "
         "hours) to every Education and Student Experience Committee agenda.",
         "Deputy Vice-Chancellor (Education)", "Ongoing", "Green", "Dashboard presented in November and February."],
        ["", "3.2", "",
         "Appoint a member of Council with apprenticeship expertise as link governor.",
         "University Secretary", "Dec-24", "Red", "Not yet appointed; the Council recruitment round was delayed."],
        ["", "", "", "", "", "", "", ""],
        ["Key: Complete = action delivered and impact evidenced; Green = on track; Amber = some slippage; "
         "Red = off track", "", "", "", "", "", "", ""],
        ["Total actions: 7 (Complete 2, Green 3, Amber 1, Red 1)", "", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "hv1-university-of-exeter-ofsted-apprenticeships-piap.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 6. GP practice (txt)
GP_TEXT = """\
Stonydelph Health Centre – CQC Inspection Action Plan
Location: Stonydelph Health Centre, Ellerbeck, Stonydelph, Tamworth B77 4JA
Inspection: 12 September 2024 (report published 6 November 2024)
Overall rating: Requires improvement (Safe – Requires improvement; Well-led – Requires improvement)
Plan owner: Practice Manager
Last reviewed: 14 January 2025 at the partners' meeting

Status key: Complete | On track | At risk (amber) | Overdue (red) | Not started

============================================================
SAFE (Requirement notice – Regulation 12: Safe care and treatment)
============================================================

1. The practice must ensure that patients prescribed high-risk medicines receive the monitoring required by national guidance.

1.1  Run a monthly SystmOne search for patients on methotrexate, azathioprine, lithium and DOACs whose monitoring is overdue; recall them and record the outcome.
     Lead: Clinical Pharmacist / Dr S. Bhatt
     Due: 31/10/2024
     Status: Complete

1.2  Add a coded alert to the record of every patient on a high-risk medicine so that repeat prescriptions are not issued without in-date monitoring.
     Lead: Clinical Pharmacist
     Due: Nov 2024
     Status: Complete

2. The practice must ensure that medicines and safety alerts are acted on and that historic alerts are reviewed.

2.1  Keep a safety alerts log with a named clinician signing off each alert; re-run searches for historic alerts (valproate, SGLT2 inhibitors) every six months.
     Lead: Dr Helen Mercer (GP Partner)
     Due: 28/02/25
     Status: On track

============================================================
EFFECTIVE
============================================================

3. The practice should take action to improve the uptake of cervical screening.

3.1  Offer Saturday morning screening clinics through the PCN enhanced access service and send text reminders at 3 and 6 weeks.
     Lead: Nurse Manager & Practice Manager
     Due: March 2025
     Status: On track

============================================================
RESPONSIVE
============================================================

4. The practice should continue to monitor and improve patient satisfaction with telephone access.

4.1  Review the cloud telephony call data at each monthly practice meeting and adjust the reception rota for Monday peaks.
     Lead: Practice Manager
     Due: Ongoing – reviewed monthly
     Status: On track

4.2  Repeat the practice's own patient access survey and share the results with the Patient Participation Group.
     Lead: Deputy Practice Manager; PPG Chair
     Due: April 2025
     Status: Not started

============================================================
WELL-LED (Requirement notice – Regulation 17: Good governance)
============================================================

5. The practice must ensure that the systems used to monitor staff training, immunisation status and recruitment checks are effective.

5.1  Move training and immunisation records to the TeamNet compliance module and set 30-day expiry reminders.
     Lead: Practice Manager
     Due: End of January 2025
     Status: At risk

5.2  Complete DBS checks and references for the two staff recruited in 2024 whose files were incomplete at the inspection.
     Lead: Practice Manager
     Due: 30/11/2024
     Status: Complete

------------------------------------------------------------
Summary: 8 actions – Complete 3, On track 3, At risk 1, Not started 1
Next review: partners' meeting, 11 March 2025
"""


def make_gp():
    with open(os.path.join(HERE, "hv1-stonydelph-health-centre-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write(GP_TEXT)


# ---------------------------------------------------------------- 7. ALB internal audit tracker (xlsx)
def make_alb():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Security Industry Authority – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Assurance Committee, 23 September 2025 – Agenda item 7, Annex A"
    xhead(s, 4, ["Audit", "Assurance", "High", "Medium", "Low", "Total open", "Overdue"],
          [58, 14, 8, 9, 8, 11, 10])
    xrow(s, 5, ["Licensing Operations – Applications Processing (2024-25)", "Moderate", 0, 2, 0, 2, 0])
    xrow(s, 6, ["Cyber Security – Third-Party Access Management (2024-25)", "Limited", 3, 0, 0, 3, 1])
    xrow(s, 7, ["Financial Controls – Purchase Cards (2025-26)", "Moderate", 0, 1, 1, 2, 0])
    xrow(s, 8, ["Total", "", 3, 3, 1, 7, 1])
    for c in range(1, 8):
        s.cell(row=8, column=c).font = Font(bold=True)
    s["A10"] = "Key – the Status column on the 'Open recommendations' sheet is colour coded:"
    s["A10"].font = Font(bold=True)
    for i, (col, v) in enumerate([
        ("blue", "Implemented – awaiting GIAA verification"),
        ("green", "On track for the agreed date"),
        ("amber", "At risk of missing the agreed date"),
        ("red", "Overdue"),
        (None, "No colour – not yet started / not yet due"),
    ], start=11):
        if col:
            xfill(s.cell(row=i, column=1), col)
        s.cell(row=i, column=2, value=v)

    ws = wb.create_sheet("Open recommendations")
    ws["A1"] = "Open internal audit recommendations as at 5 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    xhead(ws, 3, ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                  "Original due date", "Revised due date", "No. of revisions", "Status", "Management update"],
          [8, 9, 45, 50, 30, 12, 12, 10, 9, 45])

    def audit(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        for col in range(1, 11):
            xfill(ws.cell(row=row, column=col), "band")

    audit(4, "GIAA 2024-25: Licensing Operations – Applications Processing (Moderate assurance)")
    data = [
        (5, "LO.1", "Medium", "Management should document and approve a standard operating procedure for the manual "
                              "review of applications flagged by the identity check.",
         "Publish a standard operating procedure for the manual review of flagged applications, approved by the "
         "Head of Licensing.", "Head of Licensing", D(2025, 3, 31), D(2025, 6, 30), 1, "blue",
         "SOP approved 24 June 2025; evidence sent to GIAA for verification."),
        (6, "LO.2", "Medium", "Management should introduce quality assurance sampling of licence grant decisions.",
         "Introduce a monthly 2% quality assurance sample of grant decisions, with results reported to the Licensing "
         "Performance Board.", "Head of Licensing; Quality Assurance Manager", D(2025, 10, 31), None, 0, "green",
         "Sampling started in July 2025; first quarterly report due in October."),
    ]
    audit(7, "GIAA 2024-25: Cyber Security – Third-Party Access Management (Limited assurance)")
    data += [
        (8, "CS.1a", "High", "The SIA should maintain a complete and current register of third-party suppliers and "
                             "contractors with access to SIA systems, and review it regularly.",
         "Compile a third-party access register from contract records and Active Directory accounts.",
         "Head of Digital Services", D(2025, 1, 31), D(2025, 5, 31), 1, "blue", "Register completed in May 2025."),
        (9, "CS.1b", "High", None,
         "Review the register quarterly with the Commercial team to confirm that each account is still required, "
         "and remove leavers' access within five working days.",
         "Head of Digital Services / Commercial Manager", D(2025, 3, 31), D(2025, 10, 31), 2, "amber",
         "First quarterly review held in August; leaver process still being agreed with HR."),
        (10, "CS.2", "High", "Privileged accounts should be reviewed periodically, with evidence of each review "
                             "retained.",
         "Implement quarterly privileged access reviews, signed off by the Senior Information Risk Owner.",
         "Head of Digital Services", D(2024, 12, 31), D(2025, 3, 31), 1, "red",
         "First review completed; SIRO sign-off still outstanding."),
    ]
    audit(11, "GIAA 2025-26: Financial Controls – Purchase Cards (Moderate assurance)")
    data += [
        (12, "FC.1", "Medium", "Cardholder spending limits should be reviewed against business need at least "
                               "annually.",
         "Review all 38 cardholder limits and reduce or withdraw cards not used in the last 12 months.",
         "Director of Finance and Corporate Services", D(2025, 11, 30), None, 0, "amber",
         "Review delayed by year-end work; at risk of the 30 November date."),
        (13, "FC.2", "Low", "Monthly purchase card statements should be approved by the cardholder's line manager "
                            "within 10 working days.",
         "Issue revised purchase card guidance and add line-manager approval to the monthly reconciliation "
         "workflow in the finance system.", "Finance Business Partner", "Q3 2025/26", None, 0, None,
         "Not yet due."),
    ]
    for row, ref, prio, rec, action, owner, orig, rev, n, col, upd in data:
        xrow(ws, row, [ref, prio, rec, action, owner, orig, rev, n, None, upd])
        if col:
            xfill(ws.cell(row=row, column=9), col)
    ws.merge_cells("C8:C9")
    ws["A15"] = "Source: GIAA final reports; management updates collected 1–5 September 2025."
    wb.save(os.path.join(HERE, "hv1-security-industry-authority-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_school()
    make_college()
    make_hospital()
    make_hiw()
    make_university()
    make_gp()
    make_alb()
    print("done")
