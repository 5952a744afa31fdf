"""Build the seven kr1- blind test files (set heldout338).

Run with: /work/main/.venv/bin/python kr1_make.py
Writes the data files beside this script. The .expected.yaml files are written by hand.
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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAG_FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
}


# ======================================================= 1. Ampleforth (docx)
def make_ampleforth():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Ampleforth College: Independent School Standards Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Action plan submitted to the Department for Education in response to the action plan "
        "notice dated 19 December 2023, following the ISI progress monitoring inspection of "
        "21–23 November 2023. The plan sets out the steps the proprietor will take to meet each "
        "standard not met and the date by which each step will be taken.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "Ampleforth College, York YO62 4ER"),
        ("DfE number", "815/6000"),
        ("Proprietor", "St Laurence Education Trust"),
        ("Type of inspection", "Progress monitoring inspection (ISI), commissioned by the DfE"),
        ("Dates of inspection", "21–23 November 2023"),
        ("Plan status", "Version 4 – progress update for the Board of Trustees, 14 May 2024"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "D9E2F3")

    doc.add_paragraph()
    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Summary of changes", "Approved by"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for vals in [
        ("1", "16/01/2024", "Plan submitted to the DfE", "Board of Trustees"),
        ("2", "05/02/2024", "Amended following DfE evaluation letter", "Chair of the Board of Trustees"),
        ("3", "12/03/2024", "Progress update", "Education and Safeguarding Committee"),
        ("4", "14/05/2024", "Progress update", "Board of Trustees"),
    ]:
        row = t.add_row().cells
        for c, v in zip(row, vals):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("B", "Complete – evidence of impact confirmed by the Safeguarding Trustee"),
        ("G", "On track"),
        ("A", "Some slippage – mitigation in place"),
        ("R", "Off track – escalated to the Board of Trustees"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], RAG_FILL[k])
        set_cell(row[1], v)

    header = ["Step", "Action to be taken", "Person(s) responsible",
              "Date by which step will be taken", "Success criteria",
              "Monitoring and evaluation", "RAG"]

    def plan_table(rows):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for r_ in c.paragraphs[0].runs:
                r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for vals, rag_text, rag_fill in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                set_cell(c, v)
            set_cell(cells[6], rag_text, bold=True)
            if rag_fill:
                shade(cells[6], rag_fill)
        return t

    doc.add_heading("Part 3 – Welfare, health and safety of pupils", level=2)
    doc.add_heading("Paragraph 7(a) and (b) – Arrangements to safeguard and promote the welfare of pupils",
                    level=3)
    plan_table([
        (("7.1",
          "Complete a full audit of the single central record (SCR) against KCSIE 2023, including all staff, "
          "volunteers, peripatetic music teachers and trustees, and rectify every missing or late check.",
          "Bursar / HR Manager",
          "31/01/2024",
          "SCR audit signed off by the Safeguarding Trustee with no omissions.",
          "Monthly SCR spot check by the Safeguarding Trustee; reported to the Board."),
         "B", RAG_FILL["B"]),
        (("7.2",
          "Introduce a low-level concerns policy and log, held separately from the safeguarding record, and "
          "train all staff on when and how to report a low-level concern.",
          "Designated Safeguarding Lead (DSL)",
          "Spring term 2024",
          "All staff trained; low-level concerns log in use and reviewed by the DSL weekly.",
          "Termly sample of the log by the Safeguarding Trustee."),
         "G", RAG_FILL["G"]),
        (("7.3",
          "Commission an external safeguarding review of all boarding houses by an independent consultant "
          "and act on its findings.",
          "Head; Chair of the Board of Trustees",
          "By 31 May 2024",
          "Review report received and action plan agreed by the Board.",
          "Board of Trustees."),
         "R", RAG_FILL["R"]),
    ])

    doc.add_heading("Paragraph 8(a) and (b) – Welfare of boarders and the National Minimum Standards for "
                    "Boarding Schools", level=3)
    plan_table([
        (("8.1",
          "Revise the boarding staff induction so that every houseparent and matron completes training on the "
          "National Minimum Standards before working unsupervised in a house.",
          "Deputy Head (Pastoral)",
          "30/06/2024",
          "100% of boarding staff have completed NMS training, recorded on the training matrix.",
          "Training matrix reviewed at the Pastoral Committee each half term."),
         "G", RAG_FILL["G"]),
        (("8.2",
          "Carry out night-time welfare checks in each boarding house, with findings logged and reviewed at "
          "the Pastoral Committee.",
          "Director of Boarding",
          "Termly",
          "Checks completed in every house each term; issues closed within two weeks.",
          "Pastoral Committee minutes."),
         "", RAG_FILL["G"]),
    ])

    doc.add_heading("Part 8 – Quality of leadership in and management of schools", level=2)
    doc.add_heading("Paragraph 34(1)(a)–(c) – Leadership and management demonstrate good skills and knowledge "
                    "and actively promote the well-being of pupils", level=3)
    plan_table([
        (("34.1",
          "Appoint a Safeguarding Trustee with relevant professional expertise and set out the role in the "
          "Board’s terms of reference.",
          "Chair of the Board of Trustees",
          "29/02/2024",
          "Safeguarding Trustee in post; terms of reference published.",
          "Board of Trustees."),
         "B", RAG_FILL["B"]),
        (("34.2",
          "Establish an Education and Safeguarding Committee of the Board to receive a termly compliance "
          "report against each Independent School Standard.",
          "Chair of the Board of Trustees\nClerk to the Trustees",
          "Summer term 2024",
          "Committee meets termly; compliance report covers every Part of the standards.",
          "Annual review of committee effectiveness."),
         "G", RAG_FILL["G"]),
        (("34.3",
          "Commission an external review of governance and leadership against the Independent School "
          "Standards, to report to the Board.",
          "Chair of the Board of Trustees",
          "Autumn term 2024",
          "Review completed and recommendations accepted by the Board.",
          "Board of Trustees."),
         "", None),
    ])

    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the proprietor: Chair of the Board of Trustees")
    doc.add_paragraph("Date: 14 May 2024          Next review: Board of Trustees, September 2024")
    doc.save(out("kr1-ampleforth-college-independent-school-standards-action-plan.docx"))


# ============================================== 2. Waltham Forest College (xlsx)
def make_waltham_forest():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Waltham Forest College"
    cov["A1"].font = Font(bold=True, size=16, color="7030A0")
    cov["A2"] = "Post-Inspection Action Plan (PIAP) 2024–25"
    cov["A2"].font = Font(bold=True, size=13)
    info = [
        ("Inspection dates", "15–18 October 2024"),
        ("Report published", "29 November 2024"),
        ("Overall effectiveness", "Requires improvement"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A8"] = "Provision type"
    cov["B8"] = "Grade"
    for c in ("A8", "B8"):
        cov[c].font = Font(bold=True, color="FFFFFF")
        cov[c].fill = fill("7030A0")
    for i, (k, v) in enumerate([
        ("Education programmes for young people", "Requires improvement"),
        ("Adult learning programmes", "Good"),
        ("Apprenticeships", "Requires improvement"),
        ("Provision for learners with high needs", "Good"),
    ], start=9):
        cov.cell(i, 1, k).border = BOX
        cov.cell(i, 2, v).border = BOX
    cov["A14"] = "Version 3 – presented to the Quality, Teaching and Learning Committee, 11 March 2025"
    cov["A15"] = "Plan owner: Deputy Principal – Curriculum and Quality"
    cov.column_dimensions["A"].width = 44
    cov.column_dimensions["B"].width = 26

    ws = wb.create_sheet("PIAP")
    widths = [7, 40, 52, 26, 12, 12, 44, 9, 9]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Waltham Forest College – Post-Inspection Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress at 28 February 2025. RAG: B = complete and impact evidenced, G = on track, "
                "A = at risk, R = off track")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Area for improvement (Ofsted report, November 2024)", "Action", "Lead",
               "Target date", "Revised date", "Progress to date", "RAG Dec 24", "RAG Feb 25"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX

    D = dt.datetime
    themes = [
        ("Theme 1 – Quality of education: 16 to 19 study programmes",
         "Leaders and managers should ensure that teachers check learners’ understanding effectively and "
         "close gaps in their knowledge in English and mathematics before moving on to new topics.",
         [
             ("1.1", "Deliver a programme of CPD on retrieval practice and questioning for all 16 to 19 "
                     "teachers, led by the advanced practitioner team.",
              "Head of Teaching, Learning and Assessment", D(2025, 1, 31), None,
              "All sessions delivered; 94% attendance. Impact sampled through learning walks.", "G", "B"),
             ("1.2", "Introduce termly assessment weeks in English and mathematics, with question-level "
                     "analysis used to plan intervention.",
              "Head of English & Maths", D(2024, 12, 20), D(2025, 3, 28),
              "First assessment week delayed by exam board changes; now scheduled for March.", "A", "A"),
             ("1.3", "Quality-assure the use of assessment through a revised observation and deep-dive "
                     "schedule, reporting findings to the Quality, Teaching and Learning Committee.",
              "VP Quality / Quality Manager", D(2025, 4, 30), None,
              "Deep dives completed in construction and health; remaining areas scheduled.", "G", ("", "G")),
         ]),
        ("Theme 2 – Attendance and behaviours",
         "Leaders should improve learners’ attendance, particularly in English and mathematics lessons, so "
         "that learners benefit fully from their studies.",
         [
             ("2.1", "Launch a daily attendance follow-up by progress coaches for any learner absent without "
                     "notice, with escalation to parents and carers after two absences.",
              "Head of Learner Services", D(2024, 11, 30), None,
              "In place since November; attendance up from 81% to 86%.", "G", "B"),
             ("2.2", "Set attendance targets for each curriculum area and review them fortnightly at "
                     "curriculum performance meetings.",
              "Heads of Curriculum", "Ongoing – fortnightly", None,
              "Targets set; reviews taking place in all areas.", "G", "G"),
             ("2.3", "Introduce a rewards scheme for learners with attendance of 95% or above, co-designed "
                     "with the Students’ Union.",
              "Student Engagement Manager", D(2025, 1, 31), D(2025, 4, 30),
              "Scheme design agreed; funding not yet approved, so launch moved to after Easter.", "A", "R"),
         ]),
        ("Theme 3 – Apprenticeships",
         "Leaders should make sure that apprentices receive their entitlement to off-the-job training and "
         "that employers are involved in reviewing apprentices’ progress.",
         [
             ("3.1", "Track off-the-job hours monthly for every apprentice and intervene where an apprentice "
                     "falls below their planned hours.",
              "Head of Apprenticeships", D(2024, 12, 31), None,
              "Monthly tracking in place; 12 apprentices on catch-up plans.", "G", "B"),
             ("3.2", "Hold tripartite progress reviews every 10 weeks with the apprentice, employer and "
                     "tutor, recorded on the e-portfolio.",
              "Head of Apprenticeships; Apprenticeship Quality Lead", D(2025, 3, 31), None,
              "87% of reviews on time in February.", "A", "G"),
         ]),
        ("Theme 4 – Leadership and governance",
         "Governors should receive more detailed information about the quality of education so that they "
         "can hold leaders to account effectively.",
         [
             ("4.1", "Redesign the quality report to governors to include learner voice, deep-dive findings "
                     "and progress against this plan at every committee meeting.",
              "Clerk to the Corporation / Deputy Principal – Curriculum and Quality", D(2025, 1, 31), None,
              "New report format used from the January committee.", "G", "B"),
             ("4.2", "Link each governor to a curriculum area for a termly learning walk and meeting with the "
                     "head of area.",
              "Chair of Governors", "Summer term 2025", None,
              "Links agreed; first learning walks in March.", "", "G"),
         ]),
    ]
    r = 5
    for theme, afi, acts in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("E4DFEC")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for ref, action, lead, target, revised, prog, prev, cur in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            c5 = ws.cell(r, 5, target)
            if isinstance(target, dt.datetime):
                c5.number_format = "dd/mm/yyyy"
            if revised is not None:
                c6 = ws.cell(r, 6, revised)
                c6.number_format = "dd/mm/yyyy"
            ws.cell(r, 7, prog)
            if prev:
                ws.cell(r, 8, prev).fill = fill(RAG_FILL[prev])
            if isinstance(cur, tuple):        # fill colour only, no letter
                ws.cell(r, 9).fill = fill(RAG_FILL[cur[1]])
            else:
                ws.cell(r, 9, cur).fill = fill(RAG_FILL[cur])
            for c in range(1, 10):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        ws.cell(first, 2, afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Note: actions rated B are kept on the plan until impact is confirmed at the July 2025 "
                  "committee.").font = Font(italic=True)

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "RAG summary – February 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A3"], sm["B3"], sm["C3"] = "RAG", "Number of actions", "Previous (Dec 24)"
    for c in ("A3", "B3", "C3"):
        sm[c].font = Font(bold=True)
    for i, (k, n, p) in enumerate([("B", 4, 0), ("G", 4, 6), ("A", 1, 3), ("R", 1, 0),
                                   ("Not rated", 0, 1)], start=4):
        sm.cell(i, 1, k)
        if k in RAG_FILL:
            sm.cell(i, 1).fill = fill(RAG_FILL[k])
        sm.cell(i, 2, n)
        sm.cell(i, 3, p)
    sm["A9"] = "Total"
    sm["A9"].font = Font(bold=True)
    sm["B9"] = "=SUM(B4:B8)"
    sm["C9"] = "=SUM(C4:C8)"
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 20
    sm.column_dimensions["C"].width = 20
    wb.active = 1
    wb.save(out("kr1-waltham-forest-college-ofsted-post-inspection-action-plan.xlsx"))


# ============================== 3. Mersey and West Lancashire CQC (xlsx, refuse)
def make_mwl():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Mersey and West Lancashire Teaching Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "CQC Must Do / Should Do Action Plan – Southport and Formby District General Hospital"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Core services inspected: Urgent and emergency care; Medical care (including older people’s "
                "care). Report published 14 November 2024.")
    ws["A4"] = "Position as at 31 March 2025 – for Quality Committee, 24 April 2025"
    ws["A4"].font = Font(italic=True)
    headers = ["Ref", "Must / Should", "Core service", "Regulation", "CQC finding", "Action",
               "Executive lead", "Operational lead", "Due date", "BRAG", "Evidence / progress"]
    widths = [7, 9, 16, 12, 44, 48, 18, 26, 10, 8, 40]
    for c, (h, w) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[chr(64 + c)].width = w

    def group(r, text):
        ws.cell(r, 1, text).font = Font(bold=True)
        for c in range(1, 12):
            ws.cell(r, c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)

    def row(r, vals):
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        brag = vals[9]
        ws.cell(r, 10).fill = fill(RAG_FILL[brag])

    group(7, "MUST DO ACTIONS")
    row(8, ["MD1", "Must", "Urgent and emergency care", "Regulation 12",
            "The trust must ensure that patients in the emergency department receive timely risk "
            "assessments, including NEWS2 and sepsis screening.",
            "Build a mandatory NEWS2 and sepsis screening prompt into the ED triage record and audit "
            "compliance weekly.",
            "Chief Nurse", "Matron, Emergency Department", "Dec-2024", "Blue",
            "Prompt live 2 December 2024; compliance 96% for 12 consecutive weeks."])
    row(9, ["MD2", "Must", "Urgent and emergency care", "Regulation 18",
            "The trust must ensure there are enough suitably qualified children’s nurses in the emergency "
            "department.",
            "Recruit to 4.6 WTE RN (Child) posts and roster a children’s nurse on every shift in the "
            "paediatric ED.",
            "Chief Nurse", "Head of Nursing, Urgent Care", "Mar-2025", "Amber",
            "3.0 WTE appointed; remaining posts out to advert. Gaps covered by bank staff."])
    row(10, ["MD3", "Must", "Medical care", "Regulation 12",
             "The trust must ensure that medicines are stored securely and that fridge temperatures are "
             "recorded daily.",
             "Install digital fridge temperature monitoring on all medical wards, with alerts to the "
             "pharmacy team.",
             "Medical Director", "Chief Pharmacist", "Apr-2025", "Green",
             "Installed on 9 of 11 wards."])
    row(11, ["MD4", "Must", "Medical care", "Regulation 17",
             "The trust must ensure that mandatory training compliance meets the trust target of 90%.",
             "Set ward-level trajectories for mandatory training and review them monthly at the divisional "
             "performance meeting.",
             "Chief People Officer", "Divisional Director of Nursing, Medicine", "Jun-2O25", "Green",
             "Compliance 86% (February), up from 79%."])
    group(12, "SHOULD DO ACTIONS")
    row(13, ["SD1", "Should", "Urgent and emergency care", "",
             "The trust should ensure that patients’ pain is reassessed and recorded after analgesia is "
             "given.",
             "Add a pain reassessment prompt to the ED observations chart and include it in the monthly "
             "nursing quality audit.",
             "Chief Nurse", "Matron, Emergency Department", "May-2025", "Green",
             "Chart amended; audit from April."])
    row(14, ["SD2", "Should", "Medical care", "",
             "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
             "Report discharge summary timeliness by consultant team weekly and agree improvement "
             "trajectories with each specialty.",
             "Medical Director", "Clinical Director, Medicine", "Jul-2025", "Amber",
             "Performance 71% within 24 hours; trajectory agreed with specialties."])
    row(15, ["SD3", "Should", "Medical care", "",
             "The trust should ensure that mental capacity assessments are fully documented for patients "
             "who lack capacity.",
             "Deliver MCA documentation training on all medical wards and add MCA to the ward accreditation "
             "standards.",
             "Chief Nurse", "Named Nurse for Safeguarding Adults", "Sep-2025", "Green",
             "Training on 6 wards completed."])
    ws["A17"] = ("BRAG key: Blue – completed and embedded; Green – on track; Amber – at risk of delay; "
                 "Red – off track")
    ws["A17"].font = Font(italic=True)
    ws.freeze_panes = "A7"
    wb.save(out("kr1-mersey-and-west-lancashire-teaching-hospitals-cqc-must-should-do-action-plan-"
                "typo-month-refuse.xlsx"))


# ================================================ 4. Swanage Medical Centre (docx)
def make_swanage():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Swanage Medical Centre")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("Swanage, Dorset")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("Action Plan following CQC Inspection – 16 May 2024")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Overall rating: Requires improvement. This plan sets out the action the practice has taken and will "
        "take in response to the requirement notices and the areas where the practice should improve. It is "
        "reviewed at the monthly partners’ meeting.")
    doc.add_paragraph("Last updated: 5 September 2024")

    header = ["No.", "Issue identified by CQC", "Action", "Responsible", "Completion date", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")

    def section(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=True)
        shade(m, "F2F2F2")

    def action(no, issue, act, resp, date, status):
        cells = t.add_row().cells
        for c, v in zip(cells, [no, issue, act, resp, date, status]):
            if v is not None:
                set_cell(c, v)
        return cells

    section("Requirement notice – Regulation 12: Safe care and treatment")
    a = action("1", "Patients prescribed high-risk medicines were not always monitored in line with guidance.",
               "Search run for all patients on DMARDs, lithium and warfarin; overdue monitoring booked and recall "
               "system set up in EMIS.", "Clinical Pharmacist", "30/06/2024", "Complete")
    b = action("2", None, "Monthly audit of high-risk drug monitoring presented to the clinical meeting.",
               "Dr Hussain / Clinical Pharmacist", "Ongoing – monthly", "On track")
    a[1].merge(b[1])
    action("3", "Medication reviews did not always record that the patient had been involved or that "
                "monitoring was up to date.",
           "Structured medication review template introduced and all prescribers trained in its use.",
           "Dr Okafor", "31/07/2024", "Complete")

    section("Requirement notice – Regulation 17: Good governance")
    action("4", "Safety alerts were not always acted on and a record kept.",
           "Single alerts log held by the Practice Manager; each alert assigned to a named clinician, with "
           "searches repeated for historic alerts.", "Practice Manager", "31/07/2024", "Complete")
    action("5", "Staff training records were incomplete, including safeguarding and infection prevention and "
                "control.",
           "Training matrix rebuilt on the e-learning platform; all staff to complete mandatory modules.",
           "Practice Manager / Nurse Manager", "End of September 2024", "On track")
    action("6", "Risk assessments for fire, legionella and health and safety had not been reviewed.",
           "Commission external fire and legionella risk assessments and complete the actions arising.",
           "Practice Manager", "October 2024", "Not started")

    section("Areas where the practice should improve")
    action("7", "Continue to improve the uptake of cervical screening.",
           "Extra Saturday screening clinics and targeted text reminders to non-responders.",
           "Nurse Manager", "31/12/2024", "On track")
    action("8", "Improve patient satisfaction with telephone access.",
           "Cloud telephony with call-back and queue position installed; patient survey to be repeated.",
           "Practice Manager; PPG Chair", "March 2025", "On track")

    doc.add_paragraph()
    doc.add_paragraph("Signed: Registered Manager (Senior Partner)          Date: 05/09/2024")
    doc.save(out("kr1-swanage-medical-centre-cqc-inspection-action-plan.docx"))


# ===================================================== 5. UEA apprenticeships (csv)
def make_uea():
    rows = [
        ["University of East Anglia – Apprenticeships Post-Inspection Action Plan (PIAP)"],
        ["Ofsted full inspection 4–7 February 2025 (Apprenticeships: Requires improvement). "
         "Export from PIAP tracker 02/06/2025"],
        [],
        ["Ref", "Theme", "Area for improvement", "Action", "Owner(s)", "Target date", "Revised target date",
         "RAG", "Progress update"],
        ["LM1", "Leadership and management",
         "Leaders and managers should ensure that governors receive sufficient information about the quality "
         "of apprenticeship training to provide effective challenge.",
         "Produce a termly apprenticeship quality report for the Apprenticeship Strategy Board and the Learning "
         "and Teaching Committee of Senate.",
         "Director of Apprenticeships", "31/03/2025", "", "Complete",
         "First report received at the March meeting."],
        ["LM2", "", "",
         "Appoint a member of Council as apprenticeships link governor and agree their terms of reference.",
         "University Secretary", "30/04/2025", "31/07/2025", "Amber",
         "Nomination to be confirmed at the July Council meeting."],
        ["LM3", "",
         "Leaders should ensure that subcontracted off-the-job training is quality assured as rigorously as the "
         "university’s own provision.",
         "Add subcontracted modules to the observation and learning walk schedule, and hold quarterly contract "
         "review meetings with each subcontractor.",
         "Apprenticeship Quality Manager; Head of Partnerships", "30/06/2025", "", "Green",
         "Two of three subcontractors observed; Q1 reviews held."],
        ["QE1", "Quality of education",
         "Tutors and workplace mentors should plan training so that apprentices build on their existing "
         "knowledge, skills and behaviours from the start of their programme.",
         "Revise the initial skills scan for each standard so that it informs an individual training plan "
         "agreed with the employer.",
         "Course Directors", "31/05/2025", "", "Green",
         "Revised scans in use for the Nursing Associate and Chartered Manager standards."],
        ["QE2", "", "",
         "Train all workplace mentors in the use of the skills scan and training plan.",
         "KP, DW", "31/07/2025", "", "Green",
         "Mentor guide published; online briefing recorded."],
        ["", "", "", "", "", "", "", "",
         "(cont.) Mentor sessions for the Nursing Associate and Chartered Manager standards booked for 12 and "
         "19 June."],
        ["QE3", "",
         "Leaders should make sure that apprentices receive clear and impartial careers advice about their "
         "options at the end of their apprenticeship.",
         "Integrate a careers guidance session with the Careers Service into each apprentice’s final progress "
         "review.",
         "Head of Careers and Employability", "Sept 2025", "", "Not started", ""],
        ["PD1", "Personal development",
         "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation "
         "and extremism relevant to their workplace and region.",
         "Deliver a Prevent refresher within the first progress review of the academic year, tailored to each "
         "sector and to the East of England.",
         "Designated Safeguarding Lead (Apprenticeships)", "31/10/2025", "", "Green",
         "Sector scenarios drafted with the regional Prevent coordinator."],
        ["PD2", "", "",
         "Add Prevent and British values questions to each tripartite review template and monitor the "
         "responses.",
         "Apprenticeship Quality Manager", "30/04/2025", "30/06/2025", "Red",
         "Template change delayed by the e-portfolio supplier."],
        [],
        ["Totals: 8 actions; Complete 1, Green 4, Amber 1, Red 1, Not started 1"],
    ]
    with open(out("kr1-university-of-east-anglia-ofsted-apprenticeships-post-inspection-action-plan.csv"),
              "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for r_ in rows:
            w.writerow(r_)


# ============================================ 6. NHS Ayrshire & Arran MWC (txt)
def make_ayrshire():
    lines = [
        "NHS Ayrshire & Arran – Mental Welfare Commission Local Visit Action Plan",
        "Service visited:\tWoodland View, Irvine – Ward 6 (adult acute admission)",
        "Date of visit:\t11 June 2025",
        "Report published:\t3 September 2025",
        "Action plan completed by:\tClinical Nurse Manager, Inpatient Mental Health Services",
        "Date returned:\t28 November 2025",
        "",
        "No.\tAction planned\tResponsible\tTimescale\tRAG\tProgress",
        "Care, treatment, support and participation",
        "Recommendation 1: Managers should ensure that care plans are person-centred, reflect the individual’s "
        "views and are reviewed regularly, with evidence of patient participation.",
        "1.1\tAudit all care plans on Ward 6 monthly using the Commission’s care planning good practice guide, "
        "with results fed back at the ward team meeting.\tSenior Charge Nurse (Ward 6)\tDecember 2025\tGreen\t"
        "First two monthly audits complete.",
        "1.2\tProvide protected time for named nurses to complete care plans jointly with patients and record "
        "the patient’s own words.\tSenior Charge Nurse (Ward 6) / Charge Nurses\t31/01/2026\tAmber\t"
        "Protected time agreed; affected by vacancies in October.",
        "Use of mental health and incapacity legislation",
        "Recommendation 2: Managers should ensure that T2 and T3 certificates authorising treatment are in "
        "place and that all psychotropic medication is legally authorised.",
        "2.1\tIntroduce a weekly pharmacy check of all medication prescribed for detained patients against the "
        "current T2/T3 certificate.\tLead Pharmacist (Mental Health)\tOctober 2025\tComplete\t"
        "Weekly checks in place since 6 October 2025.",
        "2.2\tInclude T2/T3 compliance in the monthly Mental Health Act audit reported to the MHA Monitoring "
        "Group.\tMental Health Act Administrator\tOngoing\tGreen\tIncluded from the November audit.",
        "Rights and restrictions",
        "Recommendation 3: Managers should ensure that the reasons for the locked door and any other "
        "restrictions are explained to informal patients and regularly reviewed.",
        "3.1\tDisplay information about the locked door policy and the rights of informal patients at the ward "
        "entrance, in accessible formats.\tClinical Nurse Manager\t30/09/2025\tComplete\t",
        "3.2\tReview the ward’s restrictive practice log at each multidisciplinary team meeting.\t"
        "Consultant Psychiatrist / Senior Charge Nurse (Ward 6)\tQ4 2025/26\tGreen\t"
        "Standing item on the MDT agenda from November.",
        "The physical environment",
        "Recommendation 4: Managers should ensure that the garden area is made accessible and safe so that "
        "patients can use it daily.",
        "4.1\tComplete ligature and safety works in the courtyard garden and reopen it with daily supervised "
        "access.\tEstates Manager\t31/03/2026\tRed\tCapital funding bid submitted; works not yet scheduled.",
        "",
        "Summary: 4 recommendations, 7 actions – Complete 2, Green 3, Amber 1, Red 1",
        "Please return to the Mental Welfare Commission within three months of publication of the local "
        "visit report.",
    ]
    with open(out("kr1-nhs-ayrshire-arran-woodland-view-mwc-local-visit-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ====================================================== 7. Coal Authority (xlsx)
def make_coal():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "The Coal Authority"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 16 July 2024"
    sm["A3"] = "Internal audit recommendations: implementation tracker (Appendix B)"
    sm["A3"].font = Font(bold=True)
    hdr = ["Audit", "Assurance", "Recs", "Implemented", "In progress", "Overdue", "Not yet started"]
    for c, h in enumerate(hdr, start=1):
        cell = sm.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("3A3A3A")
    for i, vals in enumerate([
        ("Cyber security and resilience", "Limited", 3, 1, 1, 1, 0),
        ("Contract management", "Moderate", 3, 1, 1, 0, 1),
        ("Health and safety – public safety on mining legacy sites", "Moderate", 2, 0, 2, 0, 0),
    ], start=6):
        for c, v in enumerate(vals, start=1):
            sm.cell(i, c, v).border = BOX
    sm["A9"] = "Total"
    sm["A9"].font = Font(bold=True)
    for c in "CDEFG":
        sm[f"{c}9"] = f"=SUM({c}6:{c}8)"
        sm[f"{c}9"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 52
    for c in "BCDEFG":
        sm.column_dimensions[c].width = 13

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "The Coal Authority – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 June 2024. Status colours as defined on the Key sheet."
    ws["A2"].font = Font(italic=True)
    headers = ["Rec ref", "Priority", "Finding and recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "Revisions", "Status", "Management update"]
    widths = [8, 9, 48, 48, 26, 12, 12, 9, 8, 40]
    for c, (h, w) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("3A3A3A")
        cell.alignment = WRAP
        ws.column_dimensions[chr(64 + c)].width = w

    D = dt.datetime
    STATUS = {"green": "92D050", "amber": "FFC000", "red": "FF0000", None: None}
    groups = [
        ("2023/24 Cyber security and resilience – Limited assurance (GIAA, final report 12 January 2024)", [
            ("CS.1", "High",
             "Privileged accounts are not reviewed regularly. Recommendation: introduce a quarterly review of "
             "privileged and service accounts.",
             "Quarterly privileged access review to be performed by the IT Security team and signed off by the "
             "Chief Digital Officer.",
             "Chief Digital Officer", D(2024, 3, 31), None, 0, "green",
             "First review completed in March 2024; evidence provided to GIAA."),
            ("CS.2", "High",
             "The IT disaster recovery plan has not been tested. Recommendation: test the disaster recovery "
             "plan for critical systems at least annually.",
             "Full disaster recovery test of the mine water telemetry and finance systems, with lessons learned "
             "reported to the Executive Committee.",
             "Head of IT Operations", D(2024, 3, 31), D(2024, 9, 30), 1, "amber",
             "Test rescheduled to September to avoid year-end close."),
            ("CS.3", "Medium",
             "Completion of cyber awareness training is 71%. Recommendation: make the training mandatory and "
             "monitor completion.",
             "Make cyber awareness training mandatory on the learning platform, with completion reported monthly "
             "to directors.",
             "Head of People; Head of IT Operations", D(2024, 4, 30), D(2024, 5, 31), 1, "red",
             "Completion 84% at 30 June; reminders issued."),
        ]),
        ("2023/24 Contract management – Moderate assurance (GIAA, final report 28 February 2024)", [
            ("CM.1", "Medium",
             "The contract register is incomplete. Recommendation: maintain a complete register with a named "
             "contract manager for each contract.",
             "Complete the contract register for all contracts over £10,000 and assign a named contract manager "
             "to each.",
             "Head of Commercial", D(2024, 6, 30), None, 0, "green", "Register complete and published."),
            ("CM.2", "Medium",
             "Supplier performance is not monitored for key mine water treatment contracts. Recommendation: "
             "introduce KPI monitoring for key contracts.",
             "Introduce quarterly performance meetings with KPI scorecards for the top 20 contracts.",
             "Lisa Hart and Tom Rees", D(2024, 9, 30), None, 0, "amber",
             "Scorecards agreed for 12 of 20 contracts."),
            ("CM.3", "Low",
             "Contract management guidance is out of date. Recommendation: refresh and publish the guidance.",
             "Update the contract management guidance and publish it on the intranet.",
             "Commercial Manager", D(2024, 12, 31), None, 0, None, ""),
        ]),
        ("2024/25 Health and safety – public safety on mining legacy sites – Moderate assurance (GIAA, final "
         "report 7 June 2024)", [
            ("HS.1", "High",
             "Inspections of high-hazard mine entries are not prioritised by risk. Recommendation: adopt a "
             "risk-based inspection programme.",
             "Complete a risk-based inspection programme for all high-hazard mine entries and record "
             "inspections in the GIS asset system.",
             "Director of Operations / Head of Public Safety and Subsidence", "Q3 2024/25", None, 0, "amber",
             "Risk model agreed; programme being scheduled."),
            ("HS.2", "Medium",
             "The lone working procedure for field inspectors is out of date. Recommendation: refresh the "
             "procedure and provide personal safety devices.",
             "Refresh the lone working procedure for field inspectors and issue personal safety devices.",
             "Head of Health, Safety and Wellbeing", D(2024, 8, 31), None, 0, "amber",
             "Devices procured; procedure in consultation."),
        ]),
    ]
    r = 5
    for title, recs in groups:
        ws.cell(r, 1, title).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ref, pr, finding, action, owner, orig, rev, nrev, status, upd in recs:
            vals = [ref, pr, finding, action, owner, orig, rev, nrev, None, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if STATUS[status]:
                ws.cell(r, 9).fill = fill(STATUS[status])
            r += 1
    r += 1
    ws.cell(r, 1, "Total recommendations: 8 | Implemented: 2 | In progress: 4 | Overdue: 1 | Not yet started: 1")
    ws.cell(r, 1).font = Font(bold=True)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "Status key (fill colour in the Status column)"
    key["A1"].font = Font(bold=True)
    for i, (name, hexc, meaning) in enumerate([
        ("Green", "92D050", "Implemented – evidence verified by GIAA"),
        ("Amber", "FFC000", "In progress – within original or revised target date"),
        ("Red", "FF0000", "Overdue – target date passed"),
        ("No colour", None, "Not yet started"),
    ], start=3):
        key.cell(i, 1, name)
        if hexc:
            key.cell(i, 1).fill = fill(hexc)
        key.cell(i, 2, meaning)
    key["A8"] = "Priority: High – fundamental weakness; Medium – significant weakness; Low – merits attention"
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(out("kr1-coal-authority-arac-internal-audit-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    make_ampleforth()
    make_waltham_forest()
    make_mwl()
    make_swanage()
    make_uea()
    make_ayrshire()
    make_coal()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("kr1-") and
                             not f.endswith(".yaml")))
