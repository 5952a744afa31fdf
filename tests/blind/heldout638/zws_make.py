#!/usr/bin/env python3
"""Build the seven zws- blind test files for set heldout638.

Run with /work/main/.venv/bin/python zws_make.py (openpyxl and python-docx).
Each data structure below is also used by zws_expected.py, so the expected
readings quote the files' text exactly.
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

D = dt.datetime


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

XL_RAG = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# =================================================================
# 1. Pontypridd High School – Estyn PIAP (docx)
# =================================================================
PHS_NAME = "zws-pontypridd-high-school-estyn-post-inspection-action-plan.docx"
PHS_TITLE = "Pontypridd High School – Post-Inspection Action Plan (PIAP)"
PHS_RECS = [
    ("R1 Improve the consistency and quality of teaching so that all pupils, "
     "including the more able, are suitably challenged",
     "Link to School Development Plan: Priority 1 (Teaching and learning)",
     [
         ("1.1", "Launch the ‘Pontypridd Pedagogy’ teaching and learning framework with all staff, setting clear expectations for challenge, questioning and feedback.",
          "AHT (Teaching and Learning)", "September 2024",
          "All staff trained; framework visible in 90% of lessons seen on learning walks.",
          "Learning walks; book looks; SLT line management", "Blue"),
         ("1.2", "Establish coaching triads for peer observation, prioritising teachers identified through quality assurance as needing support.",
          "AHT (Teaching and Learning) / Heads of Faculty", "Autumn term 2024",
          "Every teacher observed twice; identified staff show improvement at follow-up.",
          "QA calendar; triad records", "Green"),
         ("1.3", "Provide targeted professional learning on planning for the more able, led by the school’s Lead Practitioners.",
          "Mrs C Morgan and Mr D Price", "Sept 2024 – Feb 2025",
          "More able pupils’ work shows greater depth; pupil voice positive about challenge.",
          "Work scrutiny; pupil voice (Year 8 and Year 10)", "Amber"),
     ]),
    ("R2 Strengthen the development of pupils’ literacy and numeracy skills across the curriculum",
     "Link to School Development Plan: Priority 2 (Skills across the curriculum)",
     [
         ("2.1", "Appoint a Literacy Co-ordinator and a Numeracy Co-ordinator with clear, time-bound responsibilities.",
          "Headteacher", "July 2024",
          "Posts filled; job descriptions agreed by governors.",
          "Staffing and Pay Committee", "Blue"),
         ("2.2", "Map opportunities for pupils to develop extended writing and numeracy skills in every subject scheme of work in Years 7 to 9.",
          "Literacy Co-ordinator; Numeracy Co-ordinator", "December 2024",
          "Skills map complete for all subjects; planned opportunities seen in books.",
          "Faculty reviews", "Green"),
         ("2.3", "Run a daily reading intervention for Year 7 and Year 8 pupils whose reading age is below their chronological age.",
          "ALNCo", "Ongoing – reviewed half-termly",
          "Reading ages of pupils in the intervention rise by at least 12 months in a year.",
          "Reading tests each half term", "Green"),
     ]),
    ("R3 Improve attendance, particularly of pupils eligible for free school meals",
     "Link to School Development Plan: Priority 3 (Well-being and attendance)",
     [
         ("3.1", "Appoint a Family Engagement Officer to work with the families of pupils whose attendance is below 90%.",
          "Business Manager / Head of Wellbeing", "June 2024",
          "Officer in post; caseload of families agreed with the Education Welfare Officer.",
          "Attendance panel minutes", "Blue"),
         ("3.2", "Hold fortnightly attendance panels with the Education Welfare Officer, with clear escalation steps for persistent absence.",
          "Head of Wellbeing", "31 October 2024",
          "Persistent absence falls below 20% by July 2025.",
          "Attendance data (weekly)", "Amber"),
         ("3.3", "Analyse the attendance of pupils eligible for free school meals by year group each half term and report it to governors.",
          "Deputy Headteacher", "Termly",
          "Gap between eFSM and non-eFSM attendance narrows each term.",
          "Headteacher’s report to governors", "Green"),
     ]),
    ("R4 Refine self-evaluation and improvement planning so that they focus precisely on pupils’ progress",
     "Link to School Development Plan: Priority 4 (Leadership)",
     [
         ("4.1", "Revise the quality assurance calendar so that learning walks, book looks and pupil voice feed directly into faculty self-evaluation.",
          "Deputy Headteacher", "July 2024",
          "Calendar published; every faculty self-evaluation cites first-hand evidence.",
          "SLT meeting minutes", "Blue"),
         ("4.2", "Train middle leaders to write faculty improvement plans with measurable success criteria linked to pupils’ progress.",
          "Headteacher & Deputy Headteacher", "Summer term 2025",
          "All faculty plans for 2025-2026 contain measurable, progress-based success criteria.",
          "Review of faculty plans by SLT and the local authority", "Not started"),
     ]),
]


def make_phs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(PHS_TITLE, style="Title")
    doc.add_paragraph("Following the Estyn core inspection of 11–14 March 2024")
    doc.add_paragraph("Rhondda Cynon Taf County Borough Council")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "29 April 2024", "Headteacher", "Governing Body (full)"),
                ("1.1", "8 October 2024", "Deputy Headteacher", "Curriculum & Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the school will address the four recommendations in the Estyn "
        "report. Progress is reported to the governing body each term and shared with the local "
        "authority’s school improvement partner.")
    doc.add_paragraph("RAG status (October 2024): Blue – complete; Green – on track; "
                      "Amber – some delay, action in hand; Red – not on track")

    hdr = ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria",
           "Monitoring and evaluation", "RAG"]
    rag_fill = {"Blue": "9DC3E6", "Green": "A9D18E", "Amber": "FFD966", "Red": "FF7C80"}
    for rec, link, actions in PHS_RECS:
        doc.add_heading(rec, level=2)
        doc.add_paragraph(link)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for a in actions:
            cells = t.add_row().cells
            vals = [a[0], a[1], a[2], a[3], a[4], a[5], a[6]]
            for c, v in zip(cells, vals):
                c.text = v
            if a[6] in rag_fill:
                shade(cells[6], rag_fill[a[6]])
        doc.add_paragraph("")

    doc.add_heading("Governing body approval", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        c.text = h
    for c, v in zip(t.rows[1].cells, ["Chair of Governors", "Cllr A Williams", "29 April 2024"]):
        c.text = v
    doc.save(out(PHS_NAME))


# =================================================================
# 2. Drive – Cardiff and Vale supported living – CIW improvement plan (docx)
# =================================================================
DRV_NAME = "zws-drive-ltd-cardiff-vale-supported-living-ciw-inspection-improvement-plan.docx"
DRV_TITLE = "Improvement Plan – Drive Cardiff and Vale Supported Living Service"
DRV_SECTIONS = [
    ("Section A – Priority action notices",
     "CIW issued two priority action notices. These will be tested at the next inspection.",
     [
         ("Regulation 36 – Supporting and developing staff: not all staff had completed core "
          "training, including medication and positive behaviour support.",
          [
              ("A1", "Complete a training needs analysis against the service’s core training matrix for all 46 support workers.",
               "Registered Manager", "31/07/2024",
               "Matrix completed 29/07/24; 11 staff identified with gaps.", "Complete"),
              ("A2", "Book all outstanding medication and positive behaviour support training and keep staff off medication rounds until their competency is signed off.",
               "Training Co-ordinator / Registered Manager", "30/09/2024",
               "All 11 staff trained; competency sign-off recorded on the training matrix.", "Complete"),
          ]),
         ("Regulation 15 – Personal plans: personal plans were not reviewed at least every three "
          "months and did not reflect people’s current needs.",
          [
              ("A3", "Audit every personal plan and prioritise reviews for people whose needs have changed since January 2024.",
               "Team Leaders", "End of August 2024",
               "Audit complete; 14 plans prioritised.", "Complete"),
              ("A4", "Hold a review meeting with each person and their representatives and update their plan on the electronic care record.",
               "Team Leaders", "31/10/2024",
               "32 of 38 reviews held; the remaining six are booked for November.", "At risk"),
              ("A5", "Introduce a monthly audit of a sample of personal plans by the Registered Manager.",
               "Registered Manager", "Monthly",
               "First audits completed in September and October.", "On track"),
          ]),
     ]),
    ("Section B – Areas for improvement",
     "CIW identified two areas for improvement, which will be followed up at the next inspection.",
     [
         ("Regulation 80 – Quality of care review: the six-monthly quality of care review did not "
          "include the views of people using the service.",
          [
              ("B1", "Develop easy-read questionnaires and hold drop-in sessions so that people and their families can contribute to the review.",
               "Quality and Compliance Officer", "30/11/24",
               "Questionnaires drafted with the service user forum.", "On track"),
              ("B2", "Publish the next quality of care review with a ‘you said, we did’ section.",
               "Responsible Individual", "January 2025",
               "Due to start in December.", "Not started"),
          ]),
         ("Regulation 59 – Records: daily records were not always completed at the time care "
          "was given.",
          [
              ("B3", "Issue recording guidance to all staff and check compliance in every supervision session.",
               "Team Leaders", "31/12/2024",
               "Guidance issued; compliance checks not yet recorded in supervision notes.", "Off track"),
          ]),
     ]),
]


def make_drv():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(DRV_TITLE, style="Title")
    doc.add_paragraph("Following the Care Inspectorate Wales inspection of 9 and 10 July 2024 "
                      "(report published 2 September 2024)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service provider", "Drive Ltd"),
                 ("Service", "Cardiff and Vale Supported Living (domiciliary support service)"),
                 ("Responsible Individual", "Director of Operations"),
                 ("Registered Manager", "Sian Roberts"),
                 ("Plan last updated", "4 November 2024")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "E7E6E6")

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) · On track (green) · At risk (amber) · "
                      "Off track (red) · Not started")

    hdr = ["Regulation and what CIW found", "Ref", "What we will do", "Who", "By when",
           "Progress update", "Status"]
    st_fill = {"Complete": "9DC3E6", "On track": "A9D18E", "At risk": "FFD966",
               "Off track": "FF7C80"}
    for sec, note, regs in DRV_SECTIONS:
        doc.add_heading(sec, level=1)
        doc.add_paragraph(note)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
            shade(c, "D9E2F3")
        bold_row(t.rows[0])
        for reg, acts in regs:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells[1:], a):
                    c.text = v
                if a[5] in st_fill:
                    shade(cells[6], st_fill[a[5]])
            last = len(t.rows) - 1
            top = t.cell(first, 0)
            if last > first:
                top = top.merge(t.cell(last, 0))
            top.text = reg
        doc.add_paragraph("")

    doc.add_paragraph("Signed on behalf of the provider: Director of Operations (Responsible "
                      "Individual)        Date: 4 November 2024")
    doc.save(out(DRV_NAME))


# =================================================================
# 3. Bala Health Centre – HIW GP improvement plan (xlsx) – REFUSE
# =================================================================
BALA_NAME = "zws-bala-health-centre-hiw-gp-inspection-improvement-plan-typo-month-refuse.xlsx"
BALA_HDR_ROW = 7
BALA_ROWS = [
    # finding, improvement needed, standard, service action, officer, timescale
    ("The emergency drugs and equipment checklist had not been completed weekly since August 2024.",
     "The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded.",
     "Health and Care Quality Standards 2023 – Safe",
     [("Weekly checks reinstated and allocated to the duty nurse, with a named deputy to cover leave.", "Practice Nurse Manager", "Immediately"),
      ("Practice Manager to audit the checklist monthly and report the results to the partners’ meeting.", "Practice Manager", "31 December 2024")]),
    ("Two clinical rooms had fabric-covered chairs and carpeted floors.",
     "The practice must ensure that clinical areas can be effectively cleaned in line with infection prevention and control guidance.",
     "Health and Care Quality Standards 2023 – Safe",
     [("Replace the fabric chairs with wipeable chairs and request a quotation from the health board estates team to replace the carpets with sealed flooring.", "Practice Manager", "31 March 2025")]),
    ("Not all staff had completed safeguarding training at the level appropriate to their role.",
     "The practice must ensure that all staff complete safeguarding training at the required level.",
     "Health and Care Quality Standards 2023 – Safe",
     [("All outstanding staff booked onto Level 3 safeguarding training through the health board’s learning platform.", "Dr E Hughes (Safeguarding Lead)", "31 Janaury 2025")]),
    ("Patients told us it was difficult to get through on the telephone at 8am.",
     "The practice should review its telephone access arrangements and tell patients about the options available to them.",
     "Health and Care Quality Standards 2023 – Timely",
     [("Introduce a call-back facility on the telephone system and add online requests through the practice website.", "Practice Manager / Senior Partner", "30 April 2025"),
      ("Publish information on how to book appointments in Welsh and English in the waiting room and on the website.", "Reception Manager", "28 February 2025")]),
    ("Minutes of practice meetings did not record who was responsible for actions.",
     "The practice should ensure that meeting minutes record actions, owners and completion dates.",
     "Health and Care Quality Standards 2023 – Leadership",
     [("Adopt a standard template for practice meeting minutes with an action log reviewed at each meeting.", "Practice Manager", "31 January 2025")]),
]


def make_bala():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Immediate assurance"
    ws0["A1"] = "Immediate improvement plan"
    ws0["A1"].font = Font(bold=True, size=13)
    ws0["A2"] = "Service: Bala Health Centre"
    ws0["A3"] = "Date of inspection: 5 November 2024"
    ws0["A5"] = "No immediate assurance issues were identified on this inspection."
    ws0.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: Bala Health Centre"
    ws["A3"] = "Date of inspection: 5 November 2024"
    ws["A4"] = "Health board: Betsi Cadwaladr University Health Board"
    ws["A5"] = ("The table below includes any other improvements identified during the inspection "
                "where we require the service to complete an improvement plan telling us about the "
                "actions they are taking to address these areas.")
    ws.merge_cells("A5:F5")
    ws["A5"].alignment = WRAP
    ws.row_dimensions[5].height = 32
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
           "Service action", "Responsible officer", "Timescale"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(BALA_HDR_ROW, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.border = BOX
        c.alignment = WRAP
    r = BALA_HDR_ROW + 1
    for finding, need, std, acts in BALA_ROWS:
        first = r
        for act, officer, when in acts:
            for col, v in zip((4, 5, 6), (act, officer, when)):
                c = ws.cell(r, col, v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        for col, v in zip((1, 2, 3), (finding, need, std)):
            c = ws.cell(first, col, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "The following section must be completed by a representative of the service "
                  "who has overall responsibility and accountability for ensuring the improvement "
                  "plan is actioned.").alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 30
    r += 1
    ws.cell(r, 1, "Service representative").font = Font(bold=True)
    for k, v in [("Name (print):", "Dr G Hughes"), ("Job role:", "Senior Partner"),
                 ("Date:", "18 December 2024")]:
        r += 1
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
    for col, w in zip("ABCDEF", (34, 38, 24, 48, 24, 18)):
        ws.column_dimensions[col].width = w
    wb.save(out(BALA_NAME))


def bala_refuse_row():
    r = BALA_HDR_ROW + 1
    for _f, _n, _s, acts in BALA_ROWS:
        for _a, _o, when in acts:
            if "Janaury" in when:
                return r
            r += 1
    raise ValueError


# =================================================================
# 4. Loretto Care – Glasgow West Housing Support – Care Inspectorate plan (xlsx)
# =================================================================
LOR_NAME = "zws-loretto-care-glasgow-west-housing-support-care-inspectorate-improvement-plan.xlsx"
LOR_TITLE = "Glasgow West Housing Support Service – Care Inspectorate Improvement Plan"
LOR_KQ1 = "Key question 1: How well do we support people’s wellbeing?"
LOR_KQ2 = "Key question 2: How good is our leadership?"
LOR_REQ1 = ("Requirement 1 – By 31 January 2025, the provider must ensure that people receive their "
            "medication as prescribed.\nThis is to comply with Regulation 4(1)(a) (Welfare of users) of "
            "The Social Care and Social Work Improvement Scotland (Requirements for Care Services) "
            "Regulations 2011 (SSI 2011/210).")
LOR_REQ2 = ("Requirement 2 – By 31 December 2024, the provider must ensure that people are protected "
            "from harm by making sure that all staff understand and follow adult support and "
            "protection procedures.")
LOR_AFI1 = ("Area for improvement 1 – To support people’s health and wellbeing, the provider should "
            "ensure that people’s outcomes are recorded and reviewed with them at each six-monthly review.")
LOR_REQ3 = ("Requirement 3 – By 28 February 2025, the provider must ensure that quality assurance "
            "systems are effective in identifying and addressing shortfalls in the service.")
LOR_AFI2 = ("Area for improvement 2 – The provider should ensure that the service improvement plan "
            "is informed by the views of people supported, their families and staff.")
# (kind, text) rows; kind: kq, head, act
# act: ref, action, owner, target, revised, prev, current(fill or None), progress, evidence
LOR_ROWS = [
    ("kq", LOR_KQ1),
    ("head", LOR_REQ1),
    ("act", ("R1.1", "Audit medication administration records (MARs) in every tenancy and correct any discrepancies with the prescribing GP practice.",
             "Team Leaders", D(2024, 11, 30), None, "A", "blue",
             "Audit completed 22/11/2024; 9 discrepancies corrected.", "MAR audit report")),
    ("act", ("R1.2", "Complete observed medication competency assessments for every support worker who administers medication, and repeat them annually.",
             "Service Manager; Learning & Development Advisor", D(2025, 1, 31), D(2025, 3, 31), "A", "amber",
             "41 of 56 staff assessed; night staff assessments scheduled for February.", "Competency tracker")),
    ("head", LOR_REQ2),
    ("act", ("R2.1", "Review every adult support and protection referral made since January 2024 to confirm it was made without delay and recorded on the person’s file.",
             "Service Manager", D(2024, 11, 15), None, "G", "blue",
             "Review complete; two late referrals discussed with the Glasgow HSCP ASP team.", "Referral review log")),
    ("act", ("R2.2", "Deliver refresher adult support and protection training to all staff, with a knowledge check at the end of each session.",
             "Learning & Development Advisor", D(2024, 12, 31), D(2025, 2, 28), "A", "green",
             "48 of 56 staff trained; final two sessions booked.", "Training records")),
    ("head", LOR_AFI1),
    ("act", ("AFI1.1", "Add an outcomes section to the review template and train key workers to record progress against each outcome with the person.",
             "Senior Support Workers", D(2025, 3, 31), None, "R", "green",
             "New template agreed at team meeting 09/01/2025.", "Review template v2")),
    ("kq", LOR_KQ2),
    ("head", LOR_REQ3),
    ("act", ("R3.1", "Introduce a monthly quality assurance audit covering medication, personal plans, finances and incidents, with an action tracker reviewed by the Operations Manager.",
             "Operations Manager", D(2025, 2, 28), None, "A", "green",
             "Audit tool live from December; first tracker reviewed 08/01/2025.", "QA audit tool")),
    ("head", LOR_AFI2),
    ("act", ("AFI2.1", "Hold quarterly tenants’ meetings and a family forum, and record the feedback in the service improvement plan.",
             "Service Manager", D(2025, 4, 30), None, "", "green",
             "First tenants’ meeting held 12/12/2024.", "Meeting notes")),
    ("act", ("AFI2.2", "Publish a ‘You said, we did’ newsletter for people supported and their families every six months.",
             "Service Manager / Involvement Worker", D(2025, 6, 30), None, "", None,
             "Not started.", "")),
]


def make_lor():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = LOR_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Loretto Care (part of Wheatley Group)"
    rows = [("Care service number", "CS2004071234"),
            ("Inspection dates", "17–19 September 2024"),
            ("Report published", "24 October 2024"),
            ("Plan owner", "Service Manager, Glasgow West"),
            ("Last updated", "14/01/2025")]
    for i, (k, v) in enumerate(rows, 4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A10"] = "Grades awarded"
    cv["A10"].font = Font(bold=True)
    cv["A11"], cv["B11"] = "Key question", "Grade"
    for i, (k, g) in enumerate([("How well do we support people’s wellbeing?", "3 – Adequate"),
                                ("How good is our leadership?", "3 – Adequate"),
                                ("How good is our staff team?", "4 – Good"),
                                ("How well is our care and support planned?", "3 – Adequate")], 12):
        cv.cell(i, 1, k)
        cv.cell(i, 2, g)
    cv["A17"] = "Version control"
    cv["A17"].font = Font(bold=True)
    cv["A18"], cv["B18"], cv["C18"] = "Version", "Date", "Change"
    cv["A19"], cv["B19"], cv["C19"] = "1.0", "05/11/2024", "Plan submitted to the Care Inspectorate"
    cv["A20"], cv["B20"], cv["C20"] = "1.1", "14/01/2025", "Progress update for Quality Assurance Committee"
    cv.column_dimensions["A"].width = 46
    cv.column_dimensions["B"].width = 30
    cv.column_dimensions["C"].width = 48

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = LOR_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 14 January 2025"
    hdr = ["Ref", "Action", "Action owner", "Target date", "Revised date", "Previous RAG",
           "Current RAG", "Progress update", "Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for kind, payload in LOR_ROWS:
        if kind == "kq":
            c = ws.cell(r, 1, payload)
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 10):
                ws.cell(r, col).fill = fill("7030A0")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif kind == "head":
            c = ws.cell(r, 1, payload)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 10):
                ws.cell(r, col).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 48 if "\n" in payload else 32
        else:
            ref, act, owner, tgt, rev, prev, cur, prog, ev = payload
            vals = [ref, act, owner, tgt, rev, prev, None, prog, ev]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            pf = {"R": "red", "A": "amber", "G": "green", "B": "blue"}.get(prev)
            if pf:
                ws.cell(r, 6).fill = fill(XL_RAG[pf])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(r, 7).fill = fill(XL_RAG[cur])
        r += 1
    r += 1
    ws.cell(r, 1, "Note: Blue = action complete and evidence verified by the Quality Assurance "
                  "team. Revised dates have been agreed with the Care Inspectorate Team Manager.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (9, 60, 26, 12, 12, 10, 10, 40, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([("blue", "Complete – evidence verified"),
                                           ("green", "On track"),
                                           ("amber", "At risk of missing date – mitigation in place"),
                                           ("red", "Off track / date missed")], 2):
        key.cell(i, 1).fill = fill(XL_RAG[colour])
        key.cell(i, 2, meaning)
    key["A7"] = "A blank Current RAG cell means the action has not yet started."
    key.column_dimensions["B"].width = 48
    wb.save(out(LOR_NAME))


# =================================================================
# 5. NHS Shetland – Board rolling action log (xlsx)
# =================================================================
SHE_NAME = "zws-nhs-shetland-board-rolling-action-log.xlsx"
SHE_TITLE = "Shetland NHS Board – Rolling Action Log"
SHE_STATUS_FILL = {"Complete (propose closure)": "9DC3E6", "On track": "A9D18E",
                   "Behind schedule": "FFD966", "Overdue": "FF7C80"}
# ref, meeting, item, action, lead, due, status, update
SHE_ROWS = [
    ("BD2024/27", D(2024, 6, 25), "Item 24/33 – Mental Health Services Update",
     "Provide an update on the waiting times recovery plan for psychological therapies.",
     "Director of Community Health & Social Care", "October 2024", "Overdue",
     "Deferred due to staff absence; now scheduled for the February 2025 Board."),
    ("BD2024/31", D(2024, 8, 20), "Item 24/45 – Healthcare Associated Infection Report",
     "Provide the Board with a breakdown of Clostridioides difficile cases by community and hospital onset for the last two years.",
     "Director of Nursing & Acute Services", D(2024, 10, 15), "Complete (propose closure)",
     "Breakdown circulated to members on 3 October 2024."),
    ("BD2024/34", D(2024, 8, 20), "Item 24/49 – Corporate Risk Register",
     "Review the scoring of the risk on recruitment to remote and rural GP practices and bring it back to the Audit and Risk Committee.",
     "Medical Director / Director of Community Health & Social Care", "December 2024", "On track",
     "Revised scoring on the agenda of the Audit and Risk Committee on 17 December."),
    ("BD2024/38", D(2024, 10, 15), "Item 24/58 – Financial Performance Report – Month 5",
     "Set out the options for closing the remaining savings gap, including the effect of the national pay award funding.",
     "Director of Finance", D(2024, 12, 10), "Complete (propose closure)",
     "Options paper considered in private session on 10 December."),
    ("BD2024/39", D(2024, 10, 15), "Item 24/60 – Annual Delivery Plan Q1 Update",
     "Include trajectories for the 12-week outpatient target in future Annual Delivery Plan updates.",
     "Head of Planning & Performance", "Feb-25", "On track",
     "Trajectories being agreed with service leads."),
    ("BD2024/40", D(2024, 10, 15), "Item 24/61 – Whistleblowing Quarterly Report",
     "Arrange a Board development session on the National Whistleblowing Standards.",
     "Board Secretary", "TBC", "Behind schedule",
     "Speaker from the Independent National Whistleblowing Officer not yet confirmed."),
    ("BD2024/44", D(2024, 10, 15), "Item 24/63 – Digital Strategy",
     "Bring a costed plan for replacing the laboratory information management system to the Board.",
     "Chief Executive; Head of Digital Services", D(2025, 3, 31), "On track",
     "Business case in preparation with the North of Scotland laboratory network."),
    ("BD2024/46", D(2024, 12, 10), "Item 24/71 – Joint Health Protection Plan",
     "Circulate the final Joint Health Protection Plan 2024–26 to members once it has been approved by Shetland Islands Council.",
     "Director of Public Health", "January 2025", "On track", "New action."),
    ("BD2024/47", D(2024, 12, 10), "Item 24/73 – Winter Plan 2024/25",
     "Report on delayed discharges from the Gilbert Bain Hospital over the festive period.",
     "Director of Nursing & Acute Services and Chief Officer, Shetland IJB", D(2025, 2, 25), "On track",
     "New action."),
]


def make_she():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = SHE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board meetings held in public – actions as at 10 December 2024"
    hdr = ["Action No.", "Meeting date", "Item", "Action", "Lead", "Due date", "Status",
           "Update / comment"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for row in SHE_ROWS:
        for col, v in enumerate(row, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = fill(SHE_STATUS_FILL[row[6]])
        r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    counts = {}
    for row in SHE_ROWS:
        counts[row[6]] = counts.get(row[6], 0) + 1
    for label in ["On track", "Behind schedule", "Overdue", "Complete (propose closure)"]:
        r += 1
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts.get(label, 0))
    r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, len(SHE_ROWS)).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Status key: Complete (propose closure) – blue; On track – green; "
                  "Behind schedule – amber; Overdue – red")
    for col, w in zip("ABCDEFGH", (12, 13, 34, 55, 30, 13, 16, 45)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Guidance")
    for i, line in enumerate([
            "Completing the rolling action log",
            "1. Actions are added by the Board Secretary after each meeting held in public.",
            "2. Leads provide an update two weeks before each Board meeting.",
            "3. Actions marked ‘Complete (propose closure)’ are removed once the Board agrees.",
            "4. Actions arising from private sessions are recorded separately."], 1):
        g.cell(i, 1, line)
    g.column_dimensions["A"].width = 90
    wb.save(out(SHE_NAME))


# =================================================================
# 6. Perth & Kinross Council – 2024/25 annual audit report action plan (csv)
# =================================================================
PK_NAME = "zws-perth-and-kinross-council-annual-audit-report-2024-25-action-plan.csv"
PK_TITLE = "Perth & Kinross Council – 2024/25 Annual Audit Report: Action Plan Progress"
PK_HDR = ["No.", "Recommendation", "Agreed management action", "Responsible officer",
          "Agreed date", "Revised date", "Status", "Progress update"]
PK_SECTIONS = [
    ("Financial sustainability", [
        ("1", "Medium-term financial plan: The council should update its medium-term financial plan to show how the cumulative budget gap for 2026/27 to 2029/30 will be closed, including the savings and transformation activity required.",
         "The Medium Term Financial Plan will be refreshed for approval alongside the 2026/27 budget, setting out savings and transformation options for each year to 2029/30.",
         "Head of Finance", "February 2026", "", "On track",
         "Draft plan presented to the members’ budget briefing on 21 January 2026."),
        ("2", "Reserves: The council should set out a minimum level of uncommitted General Fund reserves, and the basis for it, in its reserves strategy.",
         "Review the reserves strategy and recommend a minimum uncommitted balance to Council.",
         "Head of Finance", "31/03/2026", "", "On track",
         "Benchmarking with other councils complete."),
    ]),
    ("Financial management", [
        ("3", "Payroll controls: Exception reports were not consistently reviewed, and starters and leavers were not reconciled to HR records.",
         "Payroll exception reports will be reviewed and signed off by a second officer for each pay run.\nA quarterly reconciliation of starters and leavers to HR records will be introduced.",
         "Head of HR and Organisational Development; Payroll Manager", "December 2025", "", "Complete",
         "Second-officer sign-off in place since October 2025; first quarterly reconciliation completed in December."),
        ("4", "Capital programme: The council should improve the accuracy of capital budgeting, as 38% of the 2024/25 programme slipped into future years.",
         "Re-profile the capital programme with project managers each quarter and report slippage to the Finance and Resources Committee.",
         "Head of Finance / Head of Property Services", "30/09/2025", "31/03/2026", "Some slippage",
         "Quarterly re-profiling started; the first report to committee was delayed to February 2026."),
    ]),
    ("Vision, leadership and governance", [
        ("5", "Transformation programme: Reports to members should show the savings delivered by each transformation project against the original business case.",
         "Transformation highlight reports will include a benefits realisation section from the next reporting cycle.",
         "Strategic Lead – Transformation", "June 2026", "", "On track",
         "New highlight report template agreed by the Executive Officer Team."),
        ("6", "Workforce planning: The council should complete service-level workforce plans that link to the medium-term financial plan.",
         "Each service will complete a workforce plan using the corporate template, with a summary reported to the Finance and Resources Committee.",
         "Chief Officer – People and Culture", "March 2026", "September 2026", "Significant delay",
         "Four of nine service plans received; capacity in HR business partnering is limited."),
    ]),
    ("Follow-up of prior year recommendations (2023/24)", [
        ("b/f 1", "Fixed asset register: The council should reconcile the fixed asset register to the general ledger at least annually.",
         "An annual reconciliation of the fixed asset register to the ledger will form part of the year-end timetable.",
         "Head of Finance", "31/03/2025", "31/12/2025", "Complete",
         "Reconciliation completed as part of the 2024/25 closedown."),
        ("b/f 2", "Community engagement: The council should show how the views of communities have shaped its priorities.",
         "Community engagement findings will be summarised in every report to Council on the Corporate Plan.",
         "Chief Executive", "Ongoing", "", "On track",
         "Included in the Corporate Plan annual report, October 2025."),
    ]),
]


def make_pk():
    width = len(PK_HDR)

    def pad(row):
        return list(row) + [""] * (width - len(row))

    rows = [pad([PK_TITLE]),
            pad(["Audit and Risk Committee, 4 February 2026"]),
            pad(["Status key: Complete (B) | On track (G) | Some slippage (A) | Significant delay (R)"]),
            pad([]),
            PK_HDR]
    counts = {}
    for sec, recs in PK_SECTIONS:
        rows.append(pad([sec]))
        for rec in recs:
            rows.append(list(rec))
            counts[rec[6]] = counts.get(rec[6], 0) + 1
    rows.append(pad([]))
    total = sum(counts.values())
    rows.append(pad([f"Total recommendations: {total} | Complete: {counts.get('Complete', 0)} | "
                     f"On track: {counts.get('On track', 0)} | Some slippage: "
                     f"{counts.get('Some slippage', 0)} | Significant delay: "
                     f"{counts.get('Significant delay', 0)}"]))
    rows.append(pad(["Source: Appendix 1 of the 2024/25 Annual Audit Report (Audit Scotland). "
                     "Revised dates agreed by the Executive Officer Team."]))
    with open(out(PK_NAME), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# =================================================================
# 7. Antrim Grammar School – ETI action plan (tab-separated text)
# =================================================================
AGS_NAME = "zws-antrim-grammar-school-eti-inspection-action-plan.txt"
AGS_TITLE = "Antrim Grammar School – ETI Inspection Action Plan"
AGS_HDR = ["Ref", "Action", "Person(s) responsible", "Timescale", "Success criteria",
           "Progress (June 2025)", "RAG"]
AGS_AREAS = [
    ("Area for improvement 1: Develop further the consistency of written and oral feedback so that all pupils know clearly how to improve their work.",
     [
         ("1.1", "Agree a whole-school feedback policy with staff and pupils, including the use of ‘next steps’ comments in every subject.",
          "Vice-Principal (Curriculum)", "April 2025",
          "Policy approved by governors; pupils can explain their next steps.",
          "Policy approved 8 April 2025.", "B"),
         ("1.2", "Carry out termly book scrutiny in each department, with findings shared at heads of department meetings.",
          "Heads of Department", "Termly",
          "Book scrutiny shows consistent use of the policy in 90% of books sampled.",
          "Two rounds complete; consistency improving.", "G"),
         ("1.3", "Provide professional learning on effective oral feedback and questioning through the staff development programme.",
          "Mrs L McKeown / Mr P Doherty", "Sept 2025 – June 2026",
          "Lesson observations show improved questioning in most lessons.",
          "Programme planned for the 2025-26 staff development days.", ""),
     ]),
    ("Area for improvement 2: Strengthen the use of data by middle leaders to identify and address underachievement, particularly in Key Stage 3.",
     [
         ("2.1", "Train heads of department to use the school’s assessment data dashboard to identify pupils who are underachieving.",
          "Data Manager", "31/05/2025",
          "All heads of department use the dashboard in their department reviews.",
          "Training delivered 14 May 2025.", "B"),
         ("2.2", "Introduce a Key Stage 3 tracking sheet for each department, updated after each assessment point.\nCross-reference it with attendance and pastoral information at each data capture.",
          "Head of Key Stage 3 and Data Manager", "Oct 2025",
          "Interventions are in place for all identified pupils within three weeks of each data capture.",
          "Tracking sheet piloted in English and mathematics.", "A"),
         ("2.3", "Include an analysis of underachievement and the actions taken in each department’s annual review.",
          "Principal", "By end of June 2025",
          "Department reviews include targeted actions with measurable outcomes.",
          "Reviews due 27 June 2025.", "G"),
     ]),
    ("Area for improvement 3: Improve the provision for pupils with special educational needs in mainstream classes, so that the strategies in their personal learning plans are used consistently.",
     [
         ("3.1", "Share a one-page profile for each pupil on the SEN register with all of their teachers through the school’s management information system.",
          "SENCo", "June 2025",
          "Profiles available for all pupils on the register; teachers report that they are useful.",
          "Profiles complete for Years 8 to 12; Year 13 in progress.", "A"),
         ("3.2", "Monitor the use of the strategies in personal learning plans through learning walks and pupil voice.",
          "Vice-Principal (Pastoral) and SENCo", "Ongoing",
          "Strategies seen in most lessons observed; pupils report they feel supported.",
          "First learning walk completed in May.", "G"),
     ]),
]


def ags_lines():
    def cell(v):
        if "\n" in v or "\t" in v or '"' in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [AGS_TITLE,
             "Areas for improvement identified in the inspection of January 2025",
             "Approved by the Board of Governors: 11 March 2025",
             ""]
    for area, acts in AGS_AREAS:
        lines.append(area)
        lines.append("\t".join(AGS_HDR))
        for a in acts:
            lines.append("\t".join(cell(v) for v in a))
        lines.append("")
    lines.append("RAG key: R = behind schedule; A = in progress with some delay; G = on track; B = complete")
    lines.append("Next review: October 2025 (Board of Governors)")
    return lines


def make_ags():
    with open(out(AGS_NAME), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(ags_lines()) + "\r\n")


if __name__ == "__main__":
    make_phs()
    make_drv()
    make_bala()
    make_lor()
    make_she()
    make_pk()
    make_ags()
    print("built 7 files; Bala refuse row:", bala_refuse_row())
