"""Build the seven ft1- blind test files (set heldout210).

Run with: /work/main/.venv/bin/python ft1_make.py
Writes next to this script:
  ft1-wheatcroft-primary-school-post-ofsted-action-plan.docx
  ft1-bedford-college-group-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx
  ft1-coventry-university-ofsted-apprenticeships-piap.csv
  ft1-university-hospitals-sussex-cqc-surgery-must-should-do-action-plan.xlsx
  ft1-hetton-group-practice-cqc-inspection-action-plan.txt
  ft1-herefordshire-worcestershire-health-care-trust-cqc-mental-health-improvement-plan.docx
  ft1-hmcts-pac-recommendations-implementation-tracker.xlsx
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


def set_cell(cell, text, bold=False, size=None):
    """Put text in a docx cell; '\n' makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

XL_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
DOC_RAG = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


# =========================================================== 1. school docx
def make_school():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Wheatcroft Primary School – Post-Ofsted Action Plan 2024–25")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph("Inspection dates: 11 and 12 June 2024\tOverall effectiveness: Requires improvement")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(
        "This plan has been written in response to the findings of the inspection and sets out how the "
        "school will address the areas for improvement identified in the report. It is reviewed by the "
        "Full Governing Body each half-term and progress is RAG rated below."
    )

    d.add_paragraph().add_run("Document control").bold = True
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [
        ["v1.0", "15 July 2024", "Headteacher", "Full Governing Body"],
        ["v1.1", "21 October 2024", "Headteacher", "Standards Committee"],
        ["v1.2", "13 January 2025", "Headteacher", "Standards Committee"],
    ]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_paragraph()
    d.add_paragraph().add_run("RAG key").bold = True
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        ("Green", "Achieved"),
        ("Amber", "In progress"),
        ("Red", "Behind schedule"),
    ]:
        cells = key.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], DOC_RAG[colour])
        set_cell(cells[1], meaning)

    priorities = [
        (
            "Priority 1: Curriculum in the foundation subjects",
            "In some foundation subjects, the school has not identified the important knowledge that pupils "
            "should learn and when. This means that pupils do not build their knowledge well over time. The "
            "school should ensure that the curriculum in these subjects sets out precisely what pupils should "
            "know and remember.",
            [
                ("1.1", "Subject leaders for history, geography and RE to map the substantive and disciplinary "
                 "knowledge to be taught in each year group, using the trust's curriculum framework.",
                 "Curriculum Lead / subject leaders", "Autumn term 2024",
                 "Knowledge maps in place for every year group; reviewed by the trust curriculum partner.",
                 "Trust School Improvement Partner visit", "Green"),
                ("1.2", "Provide CPD for all teaching staff on retrieval practice and checking what pupils "
                 "remember at the start of each lesson.",
                 "Deputy Headteacher", "Spring term 2025",
                 "Lesson visits show retrieval practice used consistently in all classes.",
                 "SLT learning walks", "Amber"),
                ("1.3", "Subject leaders to carry out pupil voice and book looks to check that pupils remember "
                 "the key knowledge.",
                 "Subject leaders", "Termly",
                 "Pupils can talk confidently about what they have learned in previous years.",
                 "Standards Committee", "Amber"),
            ],
        ),
        (
            "Priority 2: Early reading",
            "Some pupils who are at the early stages of learning to read do not receive the support they need "
            "to catch up quickly. The school should ensure that these pupils are identified swiftly and given "
            "effective support so that they keep up with the phonics programme.",
            [
                ("2.1", "Train all staff, including teaching assistants, in the school's validated phonics "
                 "programme (Little Wandle Letters and Sounds Revised).",
                 "Reading Lead (Mrs K Ashworth)", "September 2024",
                 "100% of staff trained; fidelity checks show consistent delivery.",
                 "English hub audit", "Green"),
                ("2.2", "Introduce daily keep-up sessions for pupils identified through the half-termly phonics "
                 "assessments.",
                 "Reading Lead / EYFS Lead", "Ongoing (from October 2024)",
                 "Pupils in keep-up groups make accelerated progress between assessment points.",
                 "Half-termly phonics data", "Amber"),
                ("2.3", "Match reading books closely to the sounds pupils know and replace decodable books that "
                 "do not match the programme.",
                 "Reading Lead", "By February half-term 2025",
                 "All home reading books are fully decodable and matched to the programme.",
                 "Headteacher book audit", "Red"),
            ],
        ),
        (
            "Priority 3: Attendance",
            "Too many pupils, including disadvantaged pupils, are persistently absent from school. The school "
            "should continue to work with families to improve attendance so that pupils do not miss important "
            "learning.",
            [
                ("3.1", "Appoint an Attendance and Family Support Worker and hold weekly attendance meetings "
                 "with the headteacher.",
                 "Headteacher", "September 2024",
                 "Post filled; weekly meetings minuted.",
                 "Full Governing Body", "Green"),
                ("3.2", "Use the local authority's attendance support team to agree individual support plans "
                 "for pupils whose attendance is below 90%.",
                 "Attendance and Family Support Worker; SENCo", "Summer term 2025",
                 "Persistent absence falls below the national figure.",
                 "Attendance data to governors", "Amber"),
                ("3.3", "Report attendance data for groups of pupils to the Full Governing Body each half-term.",
                 "Headteacher and Chair of Governors", "Half-termly",
                 "Governors challenge leaders on attendance of disadvantaged pupils (minutes).",
                 "FGB minutes", "Amber"),
            ],
        ),
    ]

    head = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG (Jan 2025)"]
    for heading, afi, rows in priorities:
        d.add_paragraph()
        h = d.add_paragraph()
        hr = h.add_run(heading)
        hr.bold = True
        hr.font.size = Pt(12)
        hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        lab = d.add_paragraph()
        lr = lab.add_run("Area for improvement")
        lr.bold = True
        lr.italic = True
        d.add_paragraph(afi).runs[0].italic = True
        tb = d.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for c, v in zip(tb.rows[0].cells, head):
            set_cell(c, v, bold=True)
            shade(c, "D9E2F3")
        for row in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
            shade(cells[-1], DOC_RAG[row[-1]])

    d.add_paragraph()
    d.add_paragraph(
        "Note: Priority 2 actions are supported by the trust's English hub partner. "
        "Next review: Full Governing Body, 24 March 2025."
    )
    d.save(out("ft1-wheatcroft-primary-school-post-ofsted-action-plan.docx"))


# ============================================ 2. college xlsx (typo refuse)
def make_college():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cover = [
        ("The Bedford College Group",),
        ("Post-Inspection Action Plan (PIAP)",),
        ("Ofsted further education and skills inspection: 5–8 March 2024",),
        ("Version 3 – updated for the Quality and Standards Committee, 4 December 2024",),
        ("Plan owner: Vice Principal Quality and Learner Experience",),
        (),
        ("RAG key",),
        ("Blue", "Complete"),
        ("Green", "On track"),
        ("Amber", "Some slippage – recoverable"),
        ("Red", "Off track"),
    ]
    for row in cover:
        cv.append(list(row))
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"].font = Font(bold=True, size=14)
    cv["A7"].font = Font(bold=True)
    for r, k in zip(range(8, 12), "BGAR"):
        cv.cell(r, 1).fill = fill(XL_RAG[k])
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 40

    ws = wb.create_sheet("PIAP")
    widths = [7, 45, 55, 30, 14, 14, 40, 50, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "The Bedford College Group – Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection: 5–8 March 2024 | Update: November 2024 | Owner: Vice Principal Quality and Learner Experience"
    ws.merge_cells("A2:I2")
    head = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead(s)", "Original target date",
            "Revised target date", "Impact measure", "Progress update (Nov 2024)", "RAG"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    # (section, afi, [actions]) ; action = ref, text, lead, orig, revised, impact, progress, rag
    blocks = [
        ("Education programmes for young people",
         "Leaders should ensure that teachers in a small minority of subjects use assessment effectively to "
         "check learners' understanding before moving on to new topics.",
         [("1.1", "Deliver a professional development programme on questioning and checking for understanding "
           "for teachers in construction, motor vehicle and business.",
           "Head of Teaching, Learning and Assessment", D(2024, 10, 31), None,
           "Learning walks show checking for understanding in 90% of sessions.",
           "Programme delivered in October; 42 teachers attended.", "B"),
          ("1.2", "Use peer observation and learning walks to check that new assessment practice is in place "
           "in each of the identified subjects.",
           "Heads of Faculty", D(2024, 12, 20), D(2025, 1, 31),
           "Learning walk outcomes reported to Quality and Standards Committee.",
           "Construction and business complete; motor vehicle moved to January.", "A")]),
        ("Adult learning programmes",
         "Leaders should ensure that adult learners on English for speakers of other languages (ESOL) courses "
         "receive useful feedback that helps them to improve their written English.",
         [("2.1", "Introduce a common written feedback code and improvement targets for all ESOL writing tasks.",
           "Curriculum Manager ESOL", D(2024, 9, 30), None,
           "Work scrutiny shows learners act on feedback.",
           "Feedback code in use from September.", "B"),
          ("2.2", "Carry out termly work scrutiny of ESOL learners' written work and share findings with tutors.",
           "Curriculum Manager ESOL / Quality Manager (Adults)", D(2025, 3, 31), None,
           "Improved achievement of ESOL writing units.",
           "First scrutiny completed December 2024.", "G")]),
        ("Apprenticeships",
         "Leaders and managers should make sure that apprentices' off-the-job training is planned with employers "
         "so that apprentices can apply what they learn at work.",
         [("3.1", "Hold a planning meeting with every employer at the start of each apprenticeship to agree how "
           "off-the-job training links to work tasks.",
           "Head of Apprenticeships", D(2024, 11, 30), None,
           "Training plans signed by employers for all new starts.",
           "In place for all starts since September 2024.", "G"),
          ("3.2", "Revise the progress review template so that employers record how apprentices have applied "
           "new skills in the workplace.",
           "Apprenticeship Quality Lead", D(2024, 12, 20), "Febuary 2025",
           "Reviews show employer contribution in 100% of sampled reviews.",
           "Template drafted; awaiting sign-off by Apprenticeship Board.", "A"),
          ("3.3", "Train workplace mentors in engineering and health and social care in supporting off-the-job "
           "training.",
           "Employer Engagement Manager", D(2025, 4, 30), None,
           "Mentor training attended by 80% of active mentors.",
           "Sessions booked for February and March.", "R")]),
        ("Provision for learners with high needs",
         "Leaders should ensure that learners with high needs have consistently ambitious targets in their "
         "individual learning plans.",
         [("4.1", "Review all individual learning plans with learners, parents and carers and reset targets "
           "linked to each learner's EHC plan outcomes.",
           "Head of Inclusive Learning", D(2025, 1, 31), None,
           "Targets in sampled plans judged ambitious by external moderator.",
           "78% of plans reviewed.", "G")]),
    ]

    r = 5
    for section, afi, acts in blocks:
        c = ws.cell(r, 1, section)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for ref, text, lead, orig, rev, impact, prog, rag in acts:
            vals = [ref, afi if r == first else None, text, lead, orig, rev, impact, prog, None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            rc = ws.cell(r, 9, {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[rag])
            rc.fill = fill(XL_RAG[rag])
            rc.border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary: 8 actions – Blue 2, Green 3, Amber 2, Red 1").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    wb.active = 1
    wb.save(out("ft1-bedford-college-group-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# =================================================== 3. university csv
def make_university_csv():
    head = ["Ref", "Theme", "Ofsted recommendation", "Action", "Action owner", "Target date",
            "Revised date", "Progress", "RAG", "Latest update"]
    recA = ("Leaders should ensure that tutors plan the curriculum with employers so that apprentices' "
            "on- and off-the-job training are well coordinated.")
    recB = ("Leaders should make sure that apprentices receive helpful feedback on their work so that they "
            "know how to improve.")
    recC = ("Leaders should ensure that apprentices develop their understanding of the risks of radicalisation "
            "and extremism and how these relate to their workplace.")
    recD = ("Governors should receive more detailed information about the progress apprentices make so that "
            "they can challenge leaders effectively.")
    QE, PD, LM = "Quality of education", "Personal development", "Leadership and management"
    rows = [
        ["QE1", QE, recA,
         "Hold a curriculum planning meeting with each levy employer at the start of every cohort to agree how "
         "off-the-job training will be sequenced with work activities.",
         "Dean of Apprenticeships; Apprenticeship Hub Manager", "31/10/2024", "", "Complete", "B",
         "Meetings held with all 14 levy employers for the September 2024 cohorts."],
        ["QE2", QE, recA,
         "Introduce a tripartite progress review template that records:\n- off-the-job training hours completed\n"
         "- progress against knowledge, skills and behaviours\n- actions agreed with the employer",
         "Head of Apprenticeship Quality", "30/11/2024", "31/01/2025", "In progress", "A",
         "Template piloted in nursing and digital.\nRoll-out to remaining programmes delayed to January 2025."],
        ["QE3", QE, recB,
         "Set a university-wide standard for written feedback on apprenticeship assessments and check compliance "
         "through termly sampling.",
         "J. Okafor / R. Mills", "28/02/2025", "", "In progress", "G",
         "Standard approved by Apprenticeship Board 4 December 2024."],
        ["QE4", QE, recB,
         "Train all apprenticeship tutors in giving developmental feedback as part of the academic staff "
         "development programme.",
         "Academic Development Lead", "31/03/2025", "", "Not started", "",
         ""],
        ["PD1", PD, recC,
         "Embed Prevent and British values topics in the progress review agenda, with a short case study linked "
         "to each apprenticeship standard.",
         "Kaur, Simran", "31/12/2024", "", "Complete", "B",
         "Case studies written for all 11 standards."],
        ["PD2", PD, recC,
         "Review apprentices' understanding of local risks through the annual apprentice survey and report "
         "findings to the Apprenticeship Board.",
         "Designated Safeguarding Lead", "Annually", "", "In progress", "G",
         "Questions added to 2025 survey."],
        ["LM1", LM, recD,
         "Produce a quarterly apprenticeship quality report for the Apprenticeship Board and the Academic Board "
         "covering achievement, withdrawals and progress of apprentices.",
         "Pro-Vice-Chancellor (Education) and Head of Apprenticeship Quality", "31/01/2025", "30/04/2025",
         "In progress", "R",
         "Data dashboard not yet available from the student records system; first full report now April 2025."],
        ["LM2", LM, recD,
         "Appoint an independent member with apprenticeship expertise to the Apprenticeship Board.",
         "University Secretary", "30/09/2024", "", "Complete", "B",
         "Appointed September 2024."],
    ]
    with open(out("ft1-coventry-university-ofsted-apprenticeships-piap.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Coventry University Group - Apprenticeships Post-Inspection Action Plan (PIAP)"]
                   + [""] * (len(head) - 1))
        w.writerow(["Exported from Apprenticeship Quality tracker 14/02/2025"] + [""] * (len(head) - 1))
        w.writerow(head)
        for row in rows:
            w.writerow(row)


# ====================================================== 4. hospital xlsx
def make_hospital():
    D = dt.datetime
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    title = "University Hospitals Sussex NHS Foundation Trust – CQC Surgery Inspection Action Plan"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Core service: Surgery (Royal Sussex County Hospital and Princess Royal Hospital)"
    sm["A3"] = "Position as at 30 November 2024 – reported to Quality Committee 12 December 2024"
    sm["A5"] = "RAG key"
    sm["A5"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete and evidenced"), ("G", "On track"),
                                  ("A", "At risk of delay"), ("R", "Off track / overdue")]):
        sm.cell(6 + i, 1).fill = fill(XL_RAG[k])
        sm.cell(6 + i, 2, txt)
    sm["A11"] = "Summary of actions"
    sm["A11"].font = Font(bold=True)
    hdr = ["", "Total", "Complete", "On track", "At risk", "Off track", "Not rated"]
    for i, h in enumerate(hdr, start=1):
        sm.cell(12, i, h).font = Font(bold=True)
    for r, vals in enumerate([["Must do", 6, 3, 1, 1, 1, 0],
                              ["Should do", 4, 1, 1, 1, 0, 1],
                              ["Total", 10, 4, 2, 2, 1, 1]], start=13):
        for i, v in enumerate(vals, start=1):
            sm.cell(r, i, v)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 26

    def sheet(name, head, widths):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Position as at 30 November 2024"
        ws["A2"].font = Font(italic=True)
        for i, h in enumerate(head, start=1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("44546A")
            c.alignment = WRAP
            c.border = BOX
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w
        return ws

    def band(ws, r, text, ncols, colour):
        c = ws.cell(r, 1, text)
        c.font = Font(bold=True)
        c.fill = fill(colour)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)

    # ---- Must Do sheet
    mhead = ["Ref", "Action", "Lead", "Original due date", "Revised due date", "Progress update",
             "Previous RAG", "Current RAG"]
    ws = sheet("Must Do", mhead, [9, 55, 34, 13, 13, 50, 10, 10])
    must = [
        ("section", "Surgery – Royal Sussex County Hospital"),
        ("req", "Must do 1: The trust must ensure that staff complete mandatory training, including safeguarding "
                "adults and children level 3, in line with trust targets. (Regulation 18)"),
        ("act", "MD1.1", "Publish weekly compliance data by ward and theatre team and agree trajectories with each "
                "matron to reach 90% compliance.", "Head of Nursing – Surgery", D(2024, 1, 31), D(2024, 6, 30),
         "Compliance 91% at end of June; sustained for five months.", "A", "B"),
        ("act", "MD1.2", "Provide additional safeguarding level 3 face-to-face sessions at the Royal Sussex County "
                "Hospital site each month until compliance is reached.",
         "Named Nurse for Safeguarding Adults; Named Nurse for Safeguarding Children", D(2024, 12, 31), None,
         "Level 3 compliance 87% (October 2024).", "G", "G"),
        ("req", "Must do 2: The trust must ensure that the World Health Organization (WHO) surgical safety "
                "checklist is fully completed for every patient undergoing surgery. (Regulation 12)"),
        ("act", "MD2.1", "Re-launch the Five Steps to Safer Surgery standard with all theatre teams, including the "
                "team brief and debrief.", "Clinical Director – Theatres and Anaesthetics", D(2024, 4, 30), None,
         "Re-launch completed April 2024.", "B", "B"),
        ("act", "MD2.2", "Carry out monthly observational audits of WHO checklist compliance in every theatre and "
                "report results to the Surgical Quality and Safety Group.", "Theatre Matron / Clinical Audit Manager",
         D(2024, 5, 31), D(2024, 12, 31), "Audits in place; debrief compliance 82% against 95% target.", "G", "A"),
        ("section", "Surgery – Princess Royal Hospital"),
        ("req", "Must do 3: The trust must ensure that medicines are stored securely and that fridge temperatures "
                "are monitored and acted on. (Regulation 12)"),
        ("act", "MD3.1", "Install remote temperature monitoring in all surgical ward medicine fridges at the "
                "Princess Royal Hospital.", "Chief Pharmacist", D(2024, 10, 31), D(2025, 3, 31),
         "Contract awarded; installation delayed by supplier.", "A", "R"),
        ("act", "MD3.2", "Include medicines storage in the monthly ward accreditation audit.", "Deputy Chief Nurse",
         D(2024, 7, 31), None, "Included from July 2024 audit cycle.", "G", "B"),
    ]
    r = 5
    for item in must:
        if item[0] == "section":
            band(ws, r, item[1], len(mhead), "BDD7EE")
        elif item[0] == "req":
            band(ws, r, item[1], len(mhead), "F2F2F2")
        else:
            _, ref, text, lead, orig, rev, prog, prev, cur = item
            for i, v in enumerate([ref, text, lead, orig, rev, prog], start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(XL_RAG[prev])
            ws.cell(r, 8).fill = fill(XL_RAG[cur])
            ws.cell(r, 7).border = BOX
            ws.cell(r, 8).border = BOX
        r += 1

    # ---- Should Do sheet
    shead = ["Ref", "Should do", "Action", "Lead", "Due date", "Progress update", "RAG"]
    ws = sheet("Should Do", shead, [7, 45, 50, 34, 13, 45, 8])
    should = [
        ("section", "Surgery – Royal Sussex County Hospital"),
        ("act", "SD1", "The trust should ensure that patients' pain scores are recorded and reassessed after pain "
                "relief is given.", "Add pain reassessment prompts to the electronic observations system "
                "(Nervecentre) for surgical wards.", "Lead Nurse – Acute Pain Service", D(2024, 9, 30),
         "Prompts live from September 2024.", "B"),
        ("act", "SD2", "The trust should continue to reduce the number of patients waiting longer than 18 weeks for "
                "surgery.", "Deliver the elective recovery plan for general surgery, trauma and orthopaedics and "
                "urology, including additional weekend theatre lists.",
         "Chief Operating Officer; Divisional Director of Operations (Surgery)", "Q4 2024/25",
         "65-week waits eliminated; 52-week waits above plan.", "A"),
        ("section", "Surgery – Princess Royal Hospital"),
        ("act", "SD3", "The trust should ensure that staff receive an annual appraisal.",
         "Set a divisional appraisal trajectory and track completion through the monthly performance review.",
         "Divisional Director of Nursing (Surgery)", D(2025, 3, 31), "Appraisal rate 84%.", "G"),
        ("act", "SD4", "The trust should ensure that the environment in the day surgery unit allows patients' "
                "privacy and dignity to be maintained.", "Install curtain tracking and privacy screens in the "
                "day surgery recovery bay.", "Estates Project Manager", "TBC",
         "Awaiting capital allocation for 2025/26.", None),
    ]
    r = 5
    for item in should:
        if item[0] == "section":
            band(ws, r, item[1], len(shead), "BDD7EE")
        else:
            _, ref, sd, text, lead, due, prog, rag = item
            for i, v in enumerate([ref, sd, text, lead, due, prog], start=1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).border = BOX
            if rag:
                ws.cell(r, 7).fill = fill(XL_RAG[rag])
        r += 1
    wb.save(out("ft1-university-hospitals-sussex-cqc-surgery-must-should-do-action-plan.xlsx"))


# ================================================================ 5. GP txt
def make_gp():
    T = "\t"
    n = 7
    lines = [
        "Hetton Group Practice – CQC Inspection Action Plan",
        "Inspection date: 14 May 2024" + T + "Report published: 2 July 2024",
        "Last updated: 9 December 2024 (Practice Manager)",
        "",
        T.join(["No.", "CQC finding", "Action", "Responsible", "Completion date", "Status", "Comments"]),
        T.join(["Regulation 12: Safe care and treatment"] + [""] * (n - 1)),
        T.join(["1", "Patients prescribed high-risk medicines were not always monitored in line with national "
                "guidance.", "Run searches for all patients prescribed methotrexate, lithium, azathioprine and "
                "DOACs and recall any patient overdue blood monitoring.", "Dr A Rahman (Clinical Lead)",
                "31/07/2024", "Complete", "112 patients reviewed; 9 recalled."]),
        T.join(["2", "", "Set up a monthly high-risk drug monitoring search to be run by the clinical pharmacist.",
                "Patel, Reena", "Ongoing – monthly", "On track", "Search scheduled on first Monday of month."]),
        T.join(["3", "Not all medicine reviews were completed with the appropriate level of detail.",
                "Audit 20 structured medication reviews per quarter and feed back findings at the clinical meeting.",
                "Dr S Bell/Dr P Nwosu", "Aug-24", "Complete", "Re-audit due February 2025."]),
        T.join(["4", "Emergency medicines and equipment were not checked regularly.",
                "Introduce a weekly emergency trolley and oxygen check with a signed log held in each treatment "
                "room.", "Practice Manager & Lead Nurse", "End of June 2024", "Complete", ""]),
        T.join(["Regulation 17: Good governance"] + [""] * (n - 1)),
        T.join(["5", "The practice did not have effective systems to ensure staff completed required training.",
                "Move all staff training records onto the training matrix and set reminders for overdue modules.",
                "Practice Manager", "30/09/2024", "Complete", ""]),
        T.join(["6", "", "Ensure all clinical staff complete safeguarding level 3 training and non-clinical staff "
                "complete level 2.", "Practice Manager", "March 2025", "Amber",
                "2 GPs and 1 nurse still to book level 3."]),
        T.join(["7", "Significant events were not always recorded, investigated and shared with staff.",
                "Introduce a significant event log and review all open events at the monthly practice meeting, "
                "sharing learning with the whole team.", "Deputy Practice Manager", "31/01/2025", "Not started",
                "Template agreed with the PCN."]),
        T.join(["Areas where the practice should improve"] + [""] * (n - 1)),
        T.join(["8", "Continue to improve uptake of cervical screening.",
                "Offer extended-hours cervical screening appointments on Tuesday evenings and Saturday mornings.",
                "Lead Nurse", "Q4 2024/25", "On track", "Uptake 71.8% (target 80%)."]),
        "",
        "Key: Complete = action finished and evidence filed; On track = in progress within timescale; "
        "Amber = at risk of missing date.",
        "This plan was sent to CQC on 30 July 2024 and is reviewed at the monthly partners' meeting.",
    ]
    with open(out("ft1-hetton-group-practice-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ================================================ 6. mental health trust docx
def make_mh():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading("Herefordshire and Worcestershire Health and Care NHS Trust: "
                  "CQC Mental Health Core Services Improvement Plan", level=1)

    cover = d.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("Meeting", "Trust Board (Public)"),
        ("Date", "23 January 2025"),
        ("Agenda item", "TB 25/014"),
        ("Report author", "Head of Compliance and Regulation"),
        ("Executive lead", "Chief Nursing Officer"),
        ("Purpose", "Assurance"),
    ]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    d.add_paragraph()
    d.add_paragraph(
        "Following the CQC inspection of two mental health core services in March 2024, the trust received "
        "3 must do and 2 should do requirements. The plan below sets out the actions agreed, the lead for "
        "each and progress to 31 December 2024."
    )
    d.add_paragraph().add_run("RAG rating key").bold = True
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        ("Blue", "Action complete and evidence of embedding"),
        ("Green", "On track to deliver by target date"),
        ("Amber", "Risk to delivery by target date"),
        ("Red", "Target date missed"),
    ]:
        cells = key.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], DOC_RAG[colour])
        set_cell(cells[1], meaning)

    head = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    services = [
        ("1. Community-based mental health services for adults of working age", [
            ("MD1 – The trust must ensure that all patients on the caseload have a risk assessment that is reviewed "
             "and updated in line with trust policy. (Regulation 12)", [
                ("MD1.1", "Complete a caseload review in every community mental health team to identify patients "
                 "without a current risk assessment and prioritise their review.",
                 "Service Manager, Community Mental Health Teams", "30 September 2024",
                 "Caseload review completed in all six teams; 214 assessments updated.", "Blue"),
                ("MD1.2", "Add risk assessment review dates to the weekly team huddle dashboard in Carenotes.",
                 "Head of Clinical Systems / Service Manager, Community Mental Health Teams",
                 "December 2024\nRevised: March 2025",
                 "Dashboard build delayed by Carenotes upgrade; testing in February.", "Amber"),
            ]),
            ("MD2 – The trust must ensure that patients waiting for treatment are regularly contacted and that their "
             "risks are monitored while they wait. (Regulation 12)", [
                ("MD2.1", "Introduce a ‘waiting well’ contact protocol so that every patient on a waiting list is "
                 "contacted at least monthly.",
                 "Associate Director of Nursing (Mental Health)", "31 October 2024",
                 "Protocol live; audit in November showed 96% compliance.", "Blue"),
                ("MD2.2", "Reduce waits for psychological therapies to under 18 weeks through additional sessional "
                 "capacity and group-based interventions.",
                 "Head of Psychological Therapies / Lead Psychologist", "31 March 2025",
                 "Longest wait reduced from 44 to 29 weeks.", "Amber"),
            ]),
            ("SD1 – The trust should ensure that care plans are personalised and show that patients have been "
             "involved in developing them. (Regulation 9)", [
                ("SD1.1", "Deliver co-produced care planning training with experts by experience to all community "
                 "team staff.",
                 "Patient and Carer Experience Lead", "Ongoing",
                 "Four cohorts trained (68 staff).", "Green"),
            ]),
        ]),
        ("2. Mental health crisis services and health-based places of safety", [
            ("MD3 – The trust must ensure that the health-based place of safety at the Elgar Unit meets the "
             "standards of the Mental Health Act Code of Practice. (Regulation 15)", [
                ("MD3.1", "Complete the refurbishment of the health-based place of safety, including an en-suite "
                 "bathroom and a separate entrance.",
                 "Director of Estates and Facilities", "Q3 2024/25",
                 "Works started late; completion now expected March 2025.", "Red"),
                ("MD3.2", "Agree an interim protocol with West Mercia Police for use of the Stonebow Unit place of "
                 "safety during the works.",
                 "Consultant Nurse – Crisis Services", "August 2024",
                 "Protocol signed 12 August 2024.", "Blue"),
            ]),
            ("SD2 – The trust should ensure that staff in the crisis resolution and home treatment teams receive "
             "regular clinical supervision. (Regulation 18)", [
                ("SD2.1", "Record supervision on the electronic staff record and report compliance monthly to the "
                 "Mental Health Quality and Safety Group.",
                 "Team Managers (CRHT)", "Monthly",
                 "Compliance 88% in December.", "Green"),
            ]),
        ]),
    ]
    for service, reqs in services:
        d.add_heading(service, level=2)
        tb = d.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for c, v in zip(tb.rows[0].cells, head):
            set_cell(c, v, bold=True)
            shade(c, "005EB8")
        for req, acts in reqs:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, req, bold=True)
            shade(merged, "DEEAF6")
            for a in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
                shade(cells[-1], DOC_RAG[a[-1]])
        d.add_paragraph()

    d.add_paragraph(
        "Evidence for completed actions is held in the CQC evidence library and is tested through the trust's "
        "Quality Assurance Visit programme before an action is rated blue."
    )
    d.save(out("ft1-herefordshire-worcestershire-health-care-trust-cqc-mental-health-improvement-plan.docx"))


# ============================================================ 7. HMCTS xlsx
def make_hmcts():
    D = dt.datetime
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    title = "HM Courts & Tribunals Service – Public Accounts Committee recommendations: implementation tracker"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Position as at 31 March 2025 – for HMCTS Audit and Risk Assurance Committee, 29 April 2025"
    sm["A4"] = "Status (HM Treasury definitions)"
    sm["A4"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Implemented"), ("G", "Work in progress – on track"),
                                  ("A", "Work in progress – target date revised"),
                                  ("R", "Work in progress – at risk")], start=5):
        c = sm.cell(i, 1, k)
        c.fill = fill(XL_RAG[k])
        sm.cell(i, 2, txt)
    sm["A10"] = "Totals"
    sm["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Recommendations", 4), ("Actions", 8), ("Implemented", 3),
                                ("Work in progress", 5)], start=11):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Tracker")
    head = ["Ref", "PAC recommendation", "Government response", "Action", "Owner", "Original target date",
            "Revised target date", "Status", "RAG"]
    widths = [6, 50, 12, 55, 34, 14, 14, 20, 6]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    for i, h in enumerate(head, start=1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B0082")
        c.alignment = WRAP
        c.border = BOX

    reports = [
        ("PAC report: Reducing the backlog in the Crown Court (published March 2024)", [
            ("HMCTS and the Ministry of Justice should set out, by the time of the Treasury Minute response, how "
             "they will reduce the Crown Court backlog and by when.", "Agreed", [
                ("1.1", "Publish a Crown Court recovery trajectory, agreed with the judiciary, showing the expected "
                 "outstanding caseload to March 2026.", "Director of Crime Operations", "December 2024", None,
                 "Implemented", "B"),
                ("1.2", "Report progress against the trajectory to the HMCTS Board each quarter.",
                 "Director of Performance and Analysis", "March 2025", None, "Work in progress", "G"),
            ]),
            ("HMCTS should write to the Committee within six months explaining how it will make sure there are "
             "enough courtrooms and judges' sitting days to use the capacity it funds.", "Agreed", [
                ("2.1", "Complete a review of the Crown Court estate to identify courtrooms that can be brought back "
                 "into use, including Nightingale courts.", "Director of Property", "September 2024",
                 "March 2025", "Work in progress", "A"),
                ("2.2", "Agree the 2025-26 sitting day allocation with the Lord Chancellor and Lady Chief Justice.",
                 "Director of Crime Operations; MoJ Director, Courts Policy", "April 2025", None,
                 "Work in progress", "G"),
            ]),
        ]),
        ("PAC report: Progress on the courts and tribunals reform programme (published October 2023)", [
            ("HMCTS should set out how it will measure the benefits of reform for court and tribunal users, "
             "including vulnerable users.", "Agreed", [
                ("3.1", "Publish a benefits realisation framework for the remaining reform projects, with baselines "
                 "and measures for each.", "Chief Digital and Information Officer", D(2024, 6, 30), None,
                 "Implemented", "B"),
                ("3.2", "Carry out user research with vulnerable users of the online civil money claims and probate "
                 "services and publish the findings.", "Head of User Research and Design", "December 2024",
                 "July 2025", "Work in progress", "R"),
            ]),
            ("HMCTS should report back to the Committee on the performance of its new Common Platform system, "
             "including the number of incidents and the time taken to resolve them.", "Agreed", [
                ("4.1", "Provide the Committee with a written update on Common Platform performance and incident "
                 "trends.", "Chief Digital and Information Officer", "January 2025", None, "Implemented", "B"),
                ("4.2", "Publish Common Platform performance data as part of HMCTS management information every "
                 "quarter.", "Director of Performance and Analysis", "Quarterly", None, "Work in progress", "G"),
            ]),
        ]),
    ]
    r = 4
    for rep, recs in reports:
        c = ws.cell(r, 1, rep)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, resp, acts in recs:
            first = r
            for ref, text, owner, orig, rev, status, rag in acts:
                vals = [ref, rec if r == first else None, resp if r == first else None, text, owner, orig, rev,
                        status, rag]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmmm yyyy"
                ws.cell(r, 9).fill = fill(XL_RAG[rag])
                r += 1
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Note: revised target dates were notified to the Committee in the Treasury Minutes progress "
                  "report of February 2025.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    wb.save(out("ft1-hmcts-pac-recommendations-implementation-tracker.xlsx"))


if __name__ == "__main__":
    make_school()
    make_college()
    make_university_csv()
    make_hospital()
    make_gp()
    make_mh()
    make_hmcts()
    print("done")
