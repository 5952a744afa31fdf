"""Build the seven kn1- blind test files (set heldout334).

Run with /work/main/.venv/bin/python kn1_make.py ; files are written beside this script.
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
GREY, DARK = "D9D9D9", "1F3864"


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)


def header_row(table, labels, fill=GREY):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_text(c, lab, bold=True)
        shade(c, fill)


# ================================================================ 1 school docx
def callington():
    doc = Document()
    doc.add_paragraph("Callington Community College: Post-Ofsted Action Plan 2024–25", style="Title")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Inspection dates", "6 and 7 February 2024"),
        ("Overall effectiveness", "Requires improvement"),
        ("Plan owner", "Headteacher"),
        ("Monitored by", "Local Governing Body – Standards and Curriculum Committee"),
        ("Version", "v4 – updated 4 November 2024"),
    ]:
        r = info.add_row()
        set_text(r.cells[0], k, bold=True)
        set_text(r.cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for c, (txt, fill) in zip(key.rows[0].cells, [
        ("Not started", None),
        ("Behind / at risk", RED),
        ("In progress – some slippage", AMBER),
        ("On track", GREEN),
        ("Completed", BLUE),
    ]):
        set_text(c, txt, bold=True)
        if fill:
            shade(c, fill)
    doc.add_paragraph(
        "Staff: HT – Headteacher; DHT – Deputy Headteacher (Quality of Education); "
        "AHT – Assistant Headteacher; SENDCo – Special Educational Needs and Disabilities "
        "Coordinator; HoF – Heads of Faculty; DSL – Designated Safeguarding Lead."
    )
    doc.add_paragraph("Action plan", style="Heading 2")

    cols = ["No.", "Action", "Lead", "Timescale", "Success criteria / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)

    plan = [
        ("Priority 1: Curriculum in key stage 3",
         "In some subjects, leaders have not identified precisely the knowledge that pupils should "
         "learn in key stage 3 and the order in which they should learn it. Leaders should ensure "
         "that the curriculum in these subjects is well sequenced so that pupils build their "
         "knowledge securely over time.",
         [
             ("1.1", "Heads of Faculty to complete a review of key stage 3 curriculum maps in geography, "
                     "history, computing and languages, identifying the essential knowledge for each unit "
                     "and the order in which it is taught.",
              "DHT / HoF", "Autumn term 2024",
              "Revised curriculum maps published on the college website; sequencing agreed at "
              "Standards and Curriculum Committee.", BLUE),
             ("1.2", "Introduce knowledge organisers and low-stakes retrieval quizzes at the start of every "
                     "key stage 3 lesson in the reviewed subjects.",
              "AHT (Teaching and Learning)", "Spring term 2025",
              "Learning walks show retrieval practice in 90% of KS3 lessons.", GREEN),
             ("1.3", "Subject deep dives by SLT link leaders to check that pupils remember the intended "
                     "curriculum, with findings reported to governors each term.",
              "HT", "Termly",
              "Deep dive reports to each committee meeting.", GREEN),
         ]),
        ("Priority 2: Reading",
         "Weaker readers in key stage 3 do not receive the help they need to catch up quickly. "
         "Leaders should make sure that pupils who are behind in reading are identified quickly and "
         "receive effective support so that they can access the full curriculum.",
         [
             ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify pupils "
                     "reading below their chronological age.",
              "Reading Lead", "October 2024",
              "All pupils screened; reading ages on SIMS.", BLUE),
             ("2.2", "Train two teaching assistants to deliver a phonics-based intervention for pupils at "
                     "the earliest stages of reading and timetable sessions four times a week.",
              "SENDCo and Reading Lead", "Nov 2024 – Feb 2025",
              "Reading ages of intervention pupils improve by at least 12 months in 6 months.", AMBER),
             ("2.3", "Whole-staff CPD on disciplinary reading so that teachers in all subjects model "
                     "reading of subject texts.",
              "AHT (Teaching and Learning)", "July 2025",
              "CPD delivered; reading seen in subject learning walks.", None),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent from school. "
         "Leaders should continue to take action to improve the attendance of these pupils so that "
         "they do not miss out on their learning.",
         [
             ("3.1", "Appoint an Attendance Officer and introduce daily first-day calling and weekly "
                     "attendance panels for pupils below 90%.",
              "AHT (Behaviour and Attendance)", "September 2024",
              "Attendance Officer in post; panel minutes.", BLUE),
             ("3.2", "Work with the Education Welfare Service and Cornwall Council’s attendance team on "
                     "early help plans for persistently absent disadvantaged pupils.",
              "Attendance Officer / DSL", "Ongoing – reviewed half-termly",
              "Persistent absence of disadvantaged pupils below 25% by July 2025.", RED),
         ]),
    ]
    for prio, rec, actions in plan:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        set_text(m, prio, bold=True, size=10)
        shade(m, "BDD7EE")
        r = t.add_row()
        m = r.cells[0].merge(r.cells[-1])
        set_text(m, rec, italic=True)
        for no, act, lead, when, sc, fill in actions:
            r = t.add_row()
            for i, v in enumerate([no, act, lead, when, sc, ""]):
                set_text(r.cells[i], v)
            if fill:
                shade(r.cells[5], fill)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reported to every meeting of the Standards and Curriculum "
        "Committee and to the Cornwall Council school improvement adviser at each support visit."
    )
    sign = doc.add_table(rows=2, cols=4)
    sign.style = "Table Grid"
    for r, who in zip(sign.rows, ["Headteacher", "Chair of Governors"]):
        set_text(r.cells[0], f"Signed ({who})", bold=True)
        set_text(r.cells[2], "Date", bold=True)
    doc.save(p("kn1-callington-community-college-post-ofsted-action-plan.docx"))


# ================================================================ 2 college xlsx
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def east_durham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    title = "East Durham College – Post-Inspection Action Plan (PIAP) 2024/25"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    rows = [
        (4, "Ofsted inspection", "14–17 May 2024"),
        (5, "Overall effectiveness", "Requires improvement"),
        (7, "Provision type", "Grade"),
        (8, "Education programmes for young people", "Good"),
        (9, "Adult learning programmes", "Good"),
        (10, "Apprenticeships", "Requires improvement"),
        (11, "Provision for learners with high needs", "Good"),
        (13, "Document control", None),
        (14, "Owner", "Vice Principal – Quality and Curriculum"),
        (15, "Version", "3.0"),
        (16, "Last updated", dt.datetime(2024, 11, 18)),
        (17, "Reported to", "Quality and Standards Committee, 27 November 2024"),
    ]
    for r, a, b in rows:
        ws.cell(r, 1, a)
        if b is not None:
            ws.cell(r, 2, b)
    for r in (7, 13):
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 2).font = Font(bold=True)
    ws["B16"].number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIAP")
    heads = ["Area for improvement (Ofsted report)", "Ref", "Action", "Lead", "Target date",
             "Revised date", "Progress update – November 2024", "Impact measure", "RAG"]
    widths = [40, 6, 50, 28, 12, 12, 40, 30, 11]
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: November 2024 (Quality and Standards Committee)"
    ws.merge_cells("A2:I2")
    for i, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    D = dt.datetime
    plan = [
        ("Quality of education", [
            ("Leaders and managers should ensure that apprentices receive helpful feedback on their "
             "work so that they know what they need to do to improve and achieve high grades.", [
                ("1.1", "Introduce a college-wide standard for written feedback on apprentices’ work, "
                        "including clear next steps, and moderate a sample of feedback each month.",
                 "Head of Apprenticeships", D(2024, 9, 30), None,
                 "Feedback standard launched at September staff development day; first moderation "
                 "sample completed.", "90% of sampled work meets the feedback standard.", "Complete"),
                ("1.2", "Coaches to set and review specific targets at every progress review, linked to "
                        "the apprentice’s knowledge, skills and behaviours.",
                 "Apprenticeship Coaches / Head of Apprenticeships", D(2024, 12, 20), None,
                 "Target-setting training delivered; review audit due December.",
                 "Progress review audit shows SMART targets in 85% of reviews.", "Green"),
            ]),
            ("Leaders should make sure that learners on education programmes for young people who need "
             "to improve their English and mathematics attend their lessons and make swift progress.", [
                ("2.1", "Daily attendance monitoring for English and maths lessons with same-day follow-up "
                        "by Progress Coaches.",
                 "Head of English and Maths", D(2024, 10, 31), None,
                 "In place from 9 September; attendance 86% (up from 74%).",
                 "English and maths attendance at 90%.", "Complete"),
                ("2.2", "Timetable English and maths on the same days as vocational lessons for all study "
                        "programme learners.",
                 "Assistant Principal – Curriculum", D(2024, 9, 2), None,
                 "2024/25 timetable built on this basis.", "No learner has a day with only English or maths.",
                 "Complete"),
                ("2.3", "Introduce mock GCSE examinations in November and March with intervention groups "
                        "for learners working below grade 4.",
                 "Head of English and Maths", D(2025, 3, 31), None,
                 "November mocks sat; intervention groups being formed.",
                 "High grades (4+) improve by 5 percentage points.", "Green"),
            ]),
        ]),
        ("Leadership and management", [
            ("Governors should receive more detailed information about the quality of apprenticeships "
             "so that they can challenge leaders effectively.", [
                ("3.1", "Add an apprenticeship quality dashboard (achievement, breaks in learning, "
                        "off-the-job hours, progress against planned end dates) to every Quality and "
                        "Standards Committee report.",
                 "Vice Principal – Quality and Curriculum", D(2024, 11, 27), None,
                 "First dashboard presented at this meeting.",
                 "Committee minutes record challenge on apprenticeship data.", "Green"),
                ("3.2", "Appoint a link governor for apprenticeships and arrange termly learning walks.",
                 "Clerk to the Corporation", D(2024, 12, 31), D(2025, 2, 28),
                 "Link governor vacancy advertised; recruitment delayed – revised date agreed with Chair.",
                 "Link governor report to each committee.", "Amber"),
            ]),
            ("Leaders should ensure that apprentices receive their entitlement to off-the-job training and "
             "that employers are fully involved in planning it.", [
                ("4.1", "Record off-the-job hours monthly in the e-portfolio and escalate apprentices below "
                        "80% of planned hours to employers at the tripartite review.",
                 "Head of Apprenticeships", D(2024, 10, 31), D(2025, 1, 31),
                 "Reporting from e-portfolio not yet reliable; system fix with supplier.",
                 "All apprentices at or above 80% of planned off-the-job hours.", "Red"),
                ("4.2", "Hold employer planning meetings at the start of every apprenticeship to agree the "
                        "training plan and on- and off-the-job links.",
                 "Employer Engagement Manager", D(2025, 7, 31), None,
                 "Meeting template agreed; used for 60% of new starts so far.",
                 "Signed training plan for every new start.", "Amber"),
            ]),
        ]),
    ]
    r = 5
    for theme, afis in plan:
        ws.cell(r, 1, theme).font = Font(bold=True, size=12)
        for col in range(1, 10):
            ws.cell(r, col).fill = fill("B4C6E7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(r, 1, afi).alignment = WRAP
            for ref, act, lead, tgt, rev, prog, imp, rag in actions:
                vals = [None, ref, act, lead, tgt, rev, prog, imp, rag]
                for col, v in enumerate(vals, start=1):
                    c = ws.cell(r, col)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(rag_fill[rag])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key: Complete (blue) – action complete and impact evidenced; Green – on track; "
                  "Amber – some slippage, revised date agreed; Red – off track, escalated to SLT.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "RAG summary – November 2024"
    ws["A1"].font = Font(bold=True, size=12)
    table = [
        ["Theme", "Complete", "Green", "Amber", "Red", "Total"],
        ["Quality of education", 3, 2, 0, 0, 5],
        ["Leadership and management", 0, 1, 2, 1, 4],
        ["Total", 3, 3, 2, 1, 9],
    ]
    for i, row in enumerate(table, start=3):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i in (3, 6):
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    wb.save(p("kn1-east-durham-college-ofsted-post-inspection-action-plan.xlsx"))


# ================================================================ 3 university txt (tab separated)
def salford():
    rows = [
        ["University of Salford – Apprenticeships Post-Inspection Action Plan"],
        ["Ofsted full inspection 16–19 April 2024 – Apprenticeships: Requires improvement"],
        ["Owner: Director of Apprenticeships | Reported to: Apprenticeship Quality and Compliance Board "
         "| Update: 5 December 2024"],
        [],
        ["Ref", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Update (December 2024)"],
        ["Theme 1: Quality of education"],
        ["1.1",
         "Leaders should ensure that tutors use information about apprentices’ starting points to plan "
         "training that builds on what they already know and can do.",
         "Revise the initial skills scan for all degree apprenticeship standards so that it assesses "
         "existing knowledge, skills and behaviours against each module.",
         "Academic Lead for Apprenticeships", "Oct-24", "Complete",
         "Revised skills scan in use for the September 2024 cohort."],
        ["1.2", "",
         "Programme teams to record adjustments to content and duration (prior learning) on each "
         "individual training plan and have these checked by the Compliance Team before the apprentice "
         "starts.",
         "Programme Leaders; Compliance Manager", "31/01/2025", "Green",
         "Checklist agreed; 3 of 7 programmes fully checked."],
        ["1.3",
         "Leaders should make sure that apprentices who need to achieve functional skills in English and "
         "mathematics receive timely and effective teaching so that they pass their qualifications before "
         "gateway.",
         "Contract a specialist functional skills provider and timetable weekly online sessions for all "
         "apprentices without level 2 English and mathematics.",
         "Head of Apprenticeship Operations", "Nov-24", "Amber",
         "Provider appointed; sessions begin January due to procurement delay."],
        ["1.4", "",
         "Track functional skills progress monthly.\nEscalate any apprentice within six months of planned "
         "gateway who has not yet passed to the Director of Apprenticeships.",
         "Head of Apprenticeship Operations", "Ongoing (monthly)", "Green",
         "Tracker in place; 11 apprentices escalated in November."],
        ["Theme 2: Leadership and management"],
        ["2.1",
         "Leaders should work more closely with employers so that on-the-job training is planned and "
         "coordinated with the training apprentices receive at the university.",
         "Hold a tripartite review for every apprentice at least every 12 weeks, with employer mentors "
         "attending and agreeing the next on-the-job activities.",
         "Work-based Learning Coordinators", "31/03/2025", "Amber",
         "76% of reviews in date; employer attendance 68%."],
        ["2.2", "",
         "Publish an employer handbook and run termly employer mentor briefings for each school.",
         "Employer Partnerships Manager", "Jan-25", "Green",
         "Handbook drafted; first briefing booked for 22 January."],
        ["2.3", "",
         "Report employer attendance at reviews to the Apprenticeship Quality and Compliance Board each "
         "quarter.",
         "Director of Apprenticeships", "Quarterly", "Green", "First report to December Board."],
        ["Theme 3: Personal development"],
        ["3.1",
         "Leaders should ensure that apprentices develop a secure understanding of the risks of "
         "radicalisation and extremism relevant to their workplace and local area.",
         "Add sector-specific Prevent scenarios to the apprenticeship induction and revisit them in "
         "progress reviews.",
         "Designated Safeguarding Lead / Programme Leaders", "Sep-24", "Complete",
         "Scenarios in induction from September 2024."],
        ["3.2", "",
         "Sample 10% of progress review records each term to check that apprentices can explain local "
         "risks.",
         "Apprenticeship Quality Manager", "Jun-25", "Red",
         "Sampling not started – post vacant until February 2025."],
        [],
        ["RAG key: Complete = action completed; Green = on track; Amber = at risk of missing target date; "
         "Red = off track"],
        ["Total actions: 9 | Complete: 2 | Green: 4 | Amber: 2 | Red: 1"],
    ]
    with open(p("kn1-university-of-salford-ofsted-apprenticeships-piap.txt"), "w",
              encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in rows:
            w.writerow(row)


# ================================================================ 4 acute trust xlsx
def warrington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 11
    ws["A1"] = ("Warrington and Halton Teaching Hospitals NHS Foundation Trust: "
                "CQC Must Do and Should Do Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of Urgent and emergency care and Medical care (including older people’s care), "
                "Warrington Hospital – 5 to 7 December 2023; report published 3 April 2024")
    ws["A3"] = "Position at 30 September 2024 – presented to Quality Assurance Committee 8 October 2024"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    heads = ["Ref", "Must / Should", "CQC requirement", "Regulation", "Action", "Lead",
             "Original completion date", "Revised completion date", "Progress / evidence",
             "Previous RAG (Jul-24)", "Current RAG (Sep-24)"]
    widths = [11, 9, 40, 14, 48, 30, 12, 12, 40, 10, 10]
    for i, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w
    ragf = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    D = dt.datetime
    plan = [
        ("Urgent and emergency care – Warrington Hospital", [
            ("Must do",
             "The trust must ensure that patients in the emergency department receive timely initial "
             "assessment and triage within 15 minutes of arrival.", "Reg 12(1)(2)(a)", [
                ("UEC-M1.1", "Implement a streaming and triage nurse rota 24/7 with a second triage nurse at "
                             "peak times (10:00–22:00).",
                 "Divisional Director of Nursing – Urgent and Emergency Care", D(2024, 6, 30), None,
                 "Rota in place from 3 June 2024; median time to triage 11 minutes in September.",
                 "Amber", "Blue"),
                ("UEC-M1.2", "Daily audit of time to triage reported at the 08:30 site safety huddle, with "
                             "breaches reviewed by the nurse in charge.",
                 "ED Matron / Clinical Director for Emergency Medicine", D(2024, 4, 30), D(2024, 10, 31),
                 "Audit in place; breach review documentation to be embedded before closure.",
                 "Amber", "Green"),
            ]),
            ("Must do",
             "The trust must ensure that staff complete and record risk assessments, including falls and "
             "pressure ulcer risk, for patients who remain in the department for prolonged periods.",
             "Reg 12(2)(a)(b)", [
                ("UEC-M2.1", "Launch an electronic 4-hour and 12-hour risk assessment bundle in the ED "
                             "electronic patient record with prompts for repeat assessment.",
                 "Chief Nursing Information Officer", D(2024, 9, 30), D(2024, 12, 31),
                 "Build complete; go-live delayed by supplier upgrade.", "Green", "Amber"),
                ("UEC-M2.2", "Monthly documentation audit of 20 records for patients with stays over 12 "
                             "hours, with results shared at the Urgent Care Quality and Safety meeting.",
                 "ED Matron", D(2024, 5, 31), None,
                 "Audits completed May–September; compliance 93%.", "Green", "Blue"),
            ]),
            ("Should do",
             "The trust should ensure that mandatory training compliance for medical staff in the "
             "emergency department meets the trust target of 90%.", "N/A", [
                ("UEC-S1.1", "Protected training sessions built into the medical rota each month with "
                             "individual compliance reports to consultants.",
                 "Clinical Director for Emergency Medicine", D(2024, 12, 31), None,
                 "Compliance 82% (from 71%).", "Amber", "Amber"),
            ]),
        ]),
        ("Medical care (including older people’s care) – Warrington Hospital", [
            ("Must do",
             "The trust must ensure that there are sufficient numbers of suitably qualified registered "
             "nurses on medical wards at night.", "Reg 18(1)", [
                ("MED-M3.1", "Complete the biannual safer nursing care tool establishment review for all "
                             "medical wards and present funded establishment changes to the Board.",
                 "Chief Nurse", D(2024, 7, 31), None,
                 "Presented to Board July 2024; 14.2 WTE investment approved.", "Green", "Blue"),
                ("MED-M3.2", "International recruitment of 24 registered nurses for medical wards with "
                             "supported preceptorship.",
                 "Deputy Chief Nurse; Head of Nursing – Medical Care", D(2024, 9, 30), D(2025, 3, 31),
                 "15 of 24 nurses in post; remaining cohort arriving February 2025.", "Amber", "Amber"),
            ]),
            ("Should do",
             "The trust should ensure that patients’ nutrition and hydration needs are assessed and "
             "recorded consistently.", "N/A", [
                ("MED-S2.1", "Re-launch the red tray and red jug scheme with ward housekeepers on all "
                             "elderly care wards.",
                 "Lead Nurse for Older People", D(2024, 6, 30), None,
                 "Re-launched June 2024; spot checks show 95% compliance.", "Blue", "Blue"),
                ("MED-S2.2", "Add MUST screening compliance to the ward accreditation dashboard.",
                 "Head of Nursing – Medical Care", D(2024, 11, 30), None,
                 "Dashboard change not yet scheduled by Business Intelligence.", None, "Red"),
            ]),
            ("Should do",
             "The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
             "discharge.", "N/A", [
                ("MED-S3.1", "Implement an automated discharge summary completion report by consultant "
                             "team, reviewed weekly at the divisional performance meeting.",
                 "Divisional Medical Director – Medical Care", D(2025, 1, 31), None,
                 "Report in test; 24-hour compliance 81%.", "Green", "Green"),
            ]),
        ]),
    ]
    r = 6
    for service, reqs in plan:
        ws.cell(r, 1, service).font = Font(bold=True, size=12)
        for col in range(1, ncol + 1):
            ws.cell(r, col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for kind, req, reg, actions in reqs:
            first = r
            ws.cell(r, 2, kind)
            ws.cell(r, 3, req)
            ws.cell(r, 4, reg)
            for ref, act, lead, orig, rev, prog, prev, cur in actions:
                for col, v in zip([1, 5, 6, 7, 8, 9, 10, 11], [ref, act, lead, orig, rev, prog, prev, cur]):
                    if v is not None:
                        ws.cell(r, col, v)
                    if isinstance(v, dt.datetime):
                        ws.cell(r, col).number_format = "mmm-yy"
                for col in range(1, ncol + 1):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                if prev:
                    ws.cell(r, 10).fill = fill(ragf[prev])
                ws.cell(r, 11).fill = fill(ragf[cur])
                r += 1
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of current RAG ratings at 30 September 2024"
    ws["A1"].font = Font(bold=True, size=12)
    table = [
        ["", "Blue", "Green", "Amber", "Red", "Total"],
        ["Must do actions", 3, 1, 2, 0, 6],
        ["Should do actions", 1, 1, 1, 1, 4],
        ["Total", 4, 2, 3, 1, 10],
    ]
    for i, row in enumerate(table, start=3):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i in (3, 6):
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 22

    ws = wb.create_sheet("RAG key")
    key = [
        ("Blue", "Action completed and evidence accepted by the CQC Compliance Group", BLUE),
        ("Green", "On track to complete by the agreed date", GREEN),
        ("Amber", "At risk of not completing by the agreed date", AMBER),
        ("Red", "Off track or past the completion date", RED),
    ]
    ws["A1"] = "RAG rating key"
    ws["A1"].font = Font(bold=True)
    for i, (a, b, f) in enumerate(key, start=2):
        ws.cell(i, 1, a).fill = fill(f)
        ws.cell(i, 2, b)
    ws.column_dimensions["B"].width = 70
    wb.save(p("kn1-warrington-and-halton-teaching-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ================================================================ 5 GP practice docx
def st_austell():
    doc = Document()
    doc.add_paragraph("St Austell Healthcare – CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Inspection date: 19 June 2024 | Report published: 15 August 2024 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph(
        "This action plan responds to the requirement notices issued under Regulation 12 and "
        "Regulation 17 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, "
        "and to the areas where CQC said the practice should improve. It is reviewed at the monthly "
        "Partners’ Meeting.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Prepared by", "Practice Manager"),
                 ("Approved by", "Partners’ Meeting, 4 September 2024"),
                 ("Last reviewed", "6 November 2024"),
                 ("Next review", "December 2024")]:
        r = dc.add_row()
        set_text(r.cells[0], k, bold=True)
        set_text(r.cells[1], v)

    cols = ["Ref", "What CQC found", "Action", "Responsible", "Target date", "Status"]
    parts = [
        ("1. Requirement notice – Regulation 12: Safe care and treatment", [
            ("Patients prescribed high-risk medicines (methotrexate, lithium and DOACs) were not always "
             "monitored in line with national guidance before repeat prescriptions were issued.", [
                ("1.1", "Run monthly searches for all high-risk medicines and recall overdue patients for "
                        "blood tests before the next prescription is authorised.",
                 "Lead Clinical Pharmacist", "31/08/2024", "Complete"),
                ("1.2", "Amend the repeat prescribing protocol so that reception staff cannot re-authorise "
                        "high-risk medicines without a clinician review.",
                 "Dr K Rowe (Prescribing Lead) / Practice Manager", "30/09/2024", "Complete"),
            ]),
            ("Safety alerts from the MHRA had not always been acted on and there was no record of the "
             "searches undertaken.", [
                ("1.3", "Set up a safety alerts log on the shared drive recording each alert, the search "
                        "run, patients affected and action taken.",
                 "Practice Manager", "End of July 2024", "Complete"),
                ("1.4", "Quarterly re-audit of historic alerts (valproate, SGLT2 inhibitors) to check "
                        "patients remain safely managed.",
                 "Lead Clinical Pharmacist", "Quarterly", "On track"),
            ]),
        ]),
        ("2. Requirement notice – Regulation 17: Good governance", [
            ("The practice did not have an effective system to ensure that clinical staff had completed "
             "safeguarding training at the level appropriate to their role.", [
                ("2.1", "Create a single training matrix for all staff showing safeguarding level required "
                        "and date completed; chase overdue staff weekly.",
                 "Assistant Practice Manager", "31/10/2024", "Complete"),
            ]),
            ("Clinical supervision and audit of the prescribing of non-medical prescribers and advanced "
             "nurse practitioners was not carried out.", [
                ("2.2", "Introduce quarterly prescribing audits (10 consultations per clinician) for each "
                        "ANP, paramedic and pharmacist prescriber, with feedback recorded.",
                 "Dr Sarah Penrose and Dr K Rowe", "December 2024", "On track"),
                ("2.3", "Monthly clinical supervision sessions for the multidisciplinary team, with "
                        "attendance recorded.",
                 "Dr Sarah Penrose", "Ongoing", "On track"),
            ]),
        ]),
        ("3. Areas where the practice should improve", [
            ("Continue to improve the uptake of cervical screening.", [
                ("3.1", "Offer Saturday morning smear clinics once a month and send text reminders to "
                        "non-responders.",
                 "Nurse Manager", "March 2025", "On track"),
            ]),
            ("Take action to improve patient satisfaction with telephone access.", [
                ("3.2", "Install a cloud telephony system with call-back and queue position messages.",
                 "Practice Manager", "Jan 2025", "Not started"),
                ("3.3", "Repeat the in-house patient access survey and share results with the Patient "
                        "Participation Group.",
                 "Patient Services Manager", "April 2025", "Not started"),
            ]),
        ]),
    ]
    for heading, findings in parts:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="DEEAF6")
        for finding, actions in findings:
            first = len(t.rows)
            for ref, act, who, when, status in actions:
                r = t.add_row()
                for i, v in enumerate([ref, "", act, who, when, status]):
                    set_text(r.cells[i], v)
            top = t.rows[first].cells[1]
            if len(actions) > 1:
                top = top.merge(t.rows[len(t.rows) - 1].cells[1])
            set_text(top, finding)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Dr Sarah Penrose, Senior Partner        Date: 6 November 2024")
    doc.save(p("kn1-st-austell-healthcare-cqc-inspection-action-plan.docx"))


# ================================================================ 6 mental health trust csv
def cwpt():
    hdr = ["Core service", "Type", "Ref", "CQC requirement", "Action", "Lead", "Due date", "Status",
           "Latest update"]
    n = len(hdr)
    acute = "Acute wards for adults of working age and PICU"
    comm = "Community-based mental health services for adults of working age"
    m1 = ("The trust must ensure that ligature risk assessments are reviewed and updated when "
          "environmental changes are made to the ward, and that staff are aware of the ligature risks on "
          "their ward.")
    m2 = ("The trust must ensure that patients’ physical health observations are carried out and recorded "
          "following rapid tranquillisation.")
    s1 = ("The trust should ensure that patients have access to regular activities on the wards, including "
          "at weekends.")
    m3 = ("The trust must ensure that people waiting for treatment from community mental health teams are "
          "regularly reviewed and their risk is managed while they wait.")
    s2 = ("The trust should ensure that care plans are personalised and show that patients were involved "
          "in writing them.")
    data = [
        [acute, "Must do", "M1.1", m1,
         "Review all ligature risk assessments on acute and PICU wards following the 2024 estates works and "
         "sign off with the Ligature Reduction Group.",
         "Head of Health, Safety and Security", "31/07/2024", "Blue - Complete",
         "All 9 wards reviewed and signed off 24/07/2024."],
        [acute, "Must do", "M1.2", m1,
         "Include ligature hotspots in the ward induction checklist for all new and temporary staff, "
         "including bank and agency.",
         "Ward Managers / Modern Matrons", "Sep-24", "Blue - Complete",
         "Checklist updated; spot check 10/10 temporary staff aware."],
        [acute, "Must do", "M2.1", m2,
         "Roll out the electronic NEWS2 rapid tranquillisation observation form on all inpatient wards.",
         "Physical Health Lead Nurse", "30/11/2024", "Green",
         "Live on 6 of 9 wards; remaining wards by end of November."],
        [acute, "Must do", "M2.2", m2,
         "Pharmacy to audit every rapid tranquillisation episode monthly and report compliance to the "
         "Medicines Optimisation Committee.",
         "Chief Pharmacist", "Q4 2024/25", "Amber",
         "Audit tool agreed; pharmacy capacity limited until new technician starts."],
        [acute, "Should do", "S1.1", s1,
         "Recruit two additional activity coordinators for the Caludon Centre so that a 7-day activity "
         "timetable can be offered.",
         "Lead Occupational Therapist", "Mar-25", "Amber",
         "One post recruited; second post out to advert."],
        [comm, "Must do", "M3.1", m3,
         "Introduce a waiting list risk review protocol with monthly contact for every person waiting more "
         "than 4 weeks.",
         "Associate Director of Operations – Community MH", "31/08/2024", "Blue - Complete",
         "Protocol ratified by Clinical Effectiveness Group 15/08/2024."],
        [comm, "Must do", "M3.2", m3,
         "Weekly waiting list report by team, with RAG-rated risk, to the Community Directorate Quality "
         "meeting.",
         "Head of Performance and Information", "Oct-24", "Blue - Complete",
         "Report running weekly since 7 October."],
        [comm, "Should do", "S2.1", s2,
         "Deliver co-production training for care coordinators with people with lived experience.",
         "Patient Experience Lead; Lived Experience Partners", "Ongoing", "Green",
         "Four sessions delivered; 48 staff trained."],
        [comm, "Should do", "S2.2", s2,
         "Quarterly care plan quality audit using the trust’s personalised care planning tool.",
         "Clinical Audit Team", "31/12/2024", "Red",
         "Audit tool not yet approved; first audit will slip to Q4."],
    ]
    rows = [
        ["Coventry and Warwickshire Partnership NHS Trust – CQC Mental Health Core Services Action Plan"],
        ["Inspection: Acute wards for adults of working age and psychiatric intensive care units; "
         "Community-based mental health services for adults of working age (report published 12 June 2024)"],
        ["Export from CQC action tracker 01/11/2024 - reviewed at Quality and Safety Committee"],
        [],
        hdr,
    ] + data + [
        [],
        ["Status key: Blue - complete and assured; Green - on track; Amber - at risk of delay; "
         "Red - overdue or off track"],
        ["Totals: 9 actions - 4 Blue (complete) - 2 Green - 2 Amber - 1 Red"],
    ]
    with open(p("kn1-coventry-and-warwickshire-partnership-nhs-trust-cqc-mental-health-must-should-do-action-plan.csv"),
              "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (n - len(row)))


# ================================================================ 7 national body xlsx (refuse)
def vca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Vehicle Certification Agency"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A4"] = "Audit and Risk Assurance Committee – 22 January 2025"
    for r, (k, v) in enumerate([("Owner", "Head of Governance, Risk and Assurance"),
                                ("Classification", "OFFICIAL"),
                                ("Version", "v2.1 (tracker position at 31 December 2024)")], start=6):
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
    ws["A10"] = "Summary"
    ws["A10"].font = Font(bold=True)
    for r, (k, v) in enumerate([("Recommendations on tracker", 8),
                                ("Implemented since last ARAC", 2),
                                ("Overdue", 1),
                                ("Revised dates requested", 4)], start=11):
        ws.cell(r, 1, k)
        ws.cell(r, 2, v)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 46

    ws = wb.create_sheet("Tracker")
    ncol = 9
    ws["A1"] = "Vehicle Certification Agency – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2024 for ARAC 22 January 2025"
    heads = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original target date", "Revised target date", "Status", "Update (December 2024)"]
    widths = [8, 9, 40, 45, 28, 12, 12, 18, 40]
    for i, (h, w) in enumerate(zip(heads, widths), start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006853")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w
    groups = [
        ("GIAA 2023-24: Contract Management – Limited assurance", [
            ("CM-01", "High",
             "Establish a central contracts register recording all contracts over £10,000, their owners, "
             "values and renewal dates.",
             "Commercial team to build a contracts register in SharePoint and obtain confirmation from budget "
             "holders that all live contracts are recorded.",
             "Head of Commercial", "Sep 2024", "Dec 2024", "Implemented",
             "Register live; budget holder confirmations received 18/12/2024. Ready for GIAA validation."),
            ("CM-02", "Medium",
             "Ensure contract managers hold regular performance meetings with key suppliers and record KPI "
             "performance.",
             "Introduce a standard contract review template and quarterly supplier review meetings for all "
             "Gold and Silver contracts.",
             "Head of Commercial / Contract Managers", "Dec 2024", "Mar 2025", "Open",
             "Template agreed; meetings held for 5 of 9 Gold contracts."),
        ]),
        ("GIAA 2023-24: IT Asset Management – Moderate assurance", [
            ("IT-01", "Medium",
             "Reconcile the IT asset register to the device management system at least annually.",
             "Complete a full reconciliation of the IT asset register to the device management system and "
             "dispose of untraced assets.",
             "Head of Digital Services", "Jun 2024", "Mar 2025", "Overdue",
             "Reconciliation 80% complete; 41 devices untraced, with HR for follow-up."),
            ("IT-02", "Low",
             "Strengthen the leavers process so that IT equipment is returned before staff leave.",
             "Update the starters, movers and leavers process so that devices are recovered on the last "
             "working day.",
             "HR Business Partner; Head of Digital Services", "Oct 2024", "", "Implemented",
             "New leavers checklist in use from 1 October 2024."),
        ]),
        ("GIAA 2024-25: Business Continuity – Limited assurance", [
            ("BC-01", "High",
             "Update the business impact analysis for all directorates and agree maximum tolerable periods "
             "of disruption.",
             "Directorate heads to refresh BIAs using the updated DfT template; results to be approved by "
             "the Executive Committee.",
             "Business Continuity Manager", "Dec 2024", "Febuary 2025", "Open",
             "6 of 8 BIAs returned; ExCo approval moved to February meeting."),
            ("BC-02", "High",
             "Test the business continuity plan through a live exercise.",
             "Run a live exercise of the loss of the Bristol office scenario, including remote working for "
             "type approval teams.",
             "Director of Operations", "Mar 2025", "", "Open",
             "Exercise scheduled for 11 March 2025."),
            ("BC-03", "Medium",
             "Make the business continuity plan available to all staff.",
             "Publish the updated business continuity plan on the intranet and brief all staff.",
             "Business Continuity Manager", "Apr 2025", "", "Not started",
             "Dependent on BC-01."),
        ]),
        ("NAO 2023-24 Audit Completion Report – Management letter", [
            ("NAO-01", "Medium",
             "Review the useful economic lives of emissions test equipment.",
             "Finance to review asset lives with the Technical Services team and adjust depreciation "
             "policy for the 2024-25 accounts.",
             "Head of Finance", "Mar 2025", "", "Open",
             "Review under way; proposals to ARAC in March."),
        ]),
    ]
    r = 5
    for grp, recs in groups:
        ws.cell(r, 1, grp).font = Font(bold=True)
        for col in range(1, ncol + 1):
            ws.cell(r, col).fill = fill("D9EAD3")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec in recs:
            for col, v in enumerate(rec, start=1):
                c = ws.cell(r, col)
                if v != "":
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            if rec[0] == "BC-01":
                print("vca typo month row:", r)
            r += 1
    r += 1
    ws.cell(r, 1, "Priority: High – fundamental weakness, implement within 3 months; Medium – significant "
                  "weakness, within 6 months; Low – minor improvement, within 12 months.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    wb.save(p("kn1-vehicle-certification-agency-arac-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    callington()
    east_durham()
    salford()
    warrington()
    st_austell()
    cwpt()
    vca()
    print("done")
