"""Build the seven el1- blind test files (heldout176).

Run with: /work/main/.venv/bin/python el1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "lilac": "E4DFEC", "pale": "DDEBF7",
}


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


# =============================================================== 1. CSI school (docx)
def make_csi_school():
    doc = Document()
    landscape(doc)
    doc.add_heading("St Augustine's Catholic Primary School: CSI Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Catholic Schools Inspectorate inspection: 13–14 November 2024. "
                      "Overall effectiveness: Good (2)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Headteacher", "Mrs Clare Whitaker"),
        ("Chair of Governors", "Mr Anthony Nwosu"),
        ("RE Subject Leader", "Miss Rebecca Lyons"),
        ("Plan approved by Full Governing Board", "22 January 2025"),
        ("RAG position at", "Summer term review, 9 July 2025"),
    ]:
        r = info.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – completed; Green – on track; Amber – started, some delay; "
                      "Red – not yet started or at risk")

    sections = [
        ("1. Catholic Life and Mission", "Area for development 1",
         "Ensure that pupils have regular, planned opportunities to lead prayer and to plan acts of "
         "service, so that they become more independent in living out the school's mission.",
         [
             ("1.1", "Establish a pupil Chaplaincy Team of two pupils from each class from Year 2 to Year 6, "
                     "with a termly commissioning Mass.",
              "Headteacher; Parish Priest", "Spring term 2025",
              "Chaplaincy Team commissioned; pupils can explain their role.", "Blue"),
             ("1.2", "Provide training for the Chaplaincy Team in planning and leading class prayer, using the "
                     "diocesan 'Prayer Leaders' resources.",
              "RE Subject Leader", "Spring term 2025",
              "Chaplaincy Team lead class prayer weekly without adult support.", "Blue"),
             ("1.3", "Pupils from Year 5 and Year 6 to plan and lead one charitable or social action project each "
                     "half-term, linked to Catholic Social Teaching.",
              "Miss R. Lyons / Mr D. Farrell", "Summer term 2025",
              "Six pupil-led projects recorded in the Mission Book.", "Green"),
         ]),
        ("2. Religious Education", "Area for development 2",
         "Sharpen the use of assessment in Religious Education so that teachers identify gaps in pupils' "
         "knowledge and adapt their teaching to address them.",
         [
             ("2.1", "Introduce the 'To Know You More Clearly' assessment tasks at the end of each branch, with "
                     "moderation in staff meetings each half-term.",
              "RE Subject Leader", "Spring term 2025",
              "Assessment tasks completed in all classes; moderation notes show agreed judgements.", "Blue"),
             ("2.2", "Carry out book looks and pupil voice in RE with the link Foundation Governor, and report "
                     "findings to the Curriculum Committee.",
              "RE Subject Leader and Foundation Governor (Mrs A. Byrne)", "Termly",
              "Governor reports show improving use of feedback in RE books.", "Green"),
             ("2.3", "Use assessment outcomes to plan targeted support for pupils who are not yet secure in the "
                     "expected knowledge for their year group.\nReview impact at pupil progress meetings.",
              "Class teachers", "Summer term 2025",
              "Gaps identified in autumn are closed by the end of the year for most pupils.", "Amber"),
         ]),
        ("3. Collective Worship", "Area for development 3",
         "Develop staff confidence in using a wider range of prayer forms and traditions of the Church in "
         "collective worship.",
         [
             ("3.1", "Staff INSET on the liturgical year and traditional prayers of the Church, led by the diocesan "
                     "RE adviser.",
              "Headteacher", "02/06/2025",
              "Staff questionnaire shows increased confidence.", "Blue"),
             ("3.2", "Create a prayer and liturgy planning format for class worship, to include scripture, response, "
                     "silence and a mission link, and monitor its use through drop-ins.",
              "Deputy Headteacher", "Autumn term 2025",
              "Drop-ins show the format used in all classes.", "Green"),
         ]),
    ]
    rag_fill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    for heading, afd_label, afd_text, actions in sections:
        doc.add_heading(heading, level=2)
        lab = doc.add_paragraph()
        lab.add_run(afd_label).bold = True
        para = doc.add_paragraph()
        para.add_run(afd_text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["lilac"])
        for ref, act, lead, when, success, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, success, rag]):
                set_cell(c, v)
            shade(cells[5], rag_fill[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring: the plan is reviewed by the Curriculum and Standards Committee each term and "
                      "progress is reported to the Full Governing Board and the Diocesan Education Service.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for c, v in zip(sign.rows[0].cells, ["Signed", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(sign.rows[1].cells, ["C. Whitaker", "Headteacher", "22/01/2025"]):
        set_cell(c, v)
    doc.save(p("el1-st-augustines-catholic-primary-csi-inspection-action-plan.docx"))


# =============================================================== 2. FE college governance review (xlsx)
def make_college_governance():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Brockenhurst College – External Review of Governance 2024: Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("1.0", "14/10/2024", "Director of Governance", "Approved by the Corporation"),
            ("1.1", "10/03/2025", "Director of Governance", "Progress update for the Search & Governance Committee")]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 4:
                c.font = Font(bold=True)
    cov["A8"] = ("The external review was carried out in summer 2024 by an independent reviewer appointed "
                 "through the Association of Colleges. This plan sets out the Corporation's response to each "
                 "of the four recommendations.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = "Brockenhurst College Corporation"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = "External Review of Governance (ERG) 2024 – progress at 10 March 2025"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Complete", "blue"), ("On track", "green"),
                                           ("Some slippage", "amber"), ("Off track", "red")]):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = fill(colour)
    hdr = ["Ref", "Action", "Owner", "Original target date", "Revised target date",
           "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    plan = [
        ("rec", "Recommendation 1: Strengthen the Board's oversight of the quality of education, including "
                "learner outcomes for apprenticeships and high needs learners."),
        ("1.1", "Revise the terms of reference of the Quality & Standards Committee to include explicit oversight "
                "of apprenticeship achievement and high needs learner outcomes.",
         "Director of Governance", D(2024, 12, 31), None,
         "Revised terms of reference approved by the Corporation on 11 December 2024.", "blue"),
        ("1.2", "Introduce a termly learner outcomes dashboard, with benchmarks, for the Quality & Standards "
                "Committee.",
         "Vice Principal Quality / Head of MIS", D(2025, 1, 31), D(2025, 4, 30),
         "First draft presented in February; benchmarking data to be added once the 2023/24 QAR is published.",
         "amber"),
        ("1.3", "Link governors to curriculum areas, with a schedule of two learning walks a year per governor.",
         "Chair of Quality & Standards Committee", D(2025, 3, 31), None,
         "Link governor pairings agreed; first visits completed in February.", "green"),
        ("rec", "Recommendation 2: Review the skills mix of the Board and plan for succession of key roles, in "
                "particular the Chair and the Chair of the Audit & Risk Committee."),
        ("2.1", "Complete a skills audit of all governors and update the skills matrix.",
         "Clerk to the Corporation", D(2024, 11, 30), None, "Skills audit complete; matrix updated.", "blue"),
        ("2.2", "Recruit at least two new independent governors with finance and digital skills, using targeted "
                "advertising and the Inspiring Governance service.",
         "Chair of the Corporation; Clerk to the Corporation", D(2025, 3, 31), D(2025, 7, 31),
         "One appointment made (finance); digital skills vacancy re-advertised.", "amber"),
        ("2.3", "Approve a succession plan for the Chair and Vice Chair.",
         "Search & Governance Committee", D(2025, 6, 30), None, "Draft to be presented to the June meeting.",
         "green"),
        ("rec", "Recommendation 3: Make better use of student and staff voice in Board business."),
        ("3.1", "Invite the Student Governors to give a 'student voice' report at each Corporation meeting.\n"
                "Agenda template updated to include a standing item.",
         "Director of Governance", D(2024, 12, 31), None, "Standing item in place since the December meeting.",
         "blue"),
        ("3.2", "Hold an annual joint session between governors and the Students' Union executive.",
         "Principal & Chief Executive", D(2025, 4, 30), None, "Date to be confirmed.", None),
        ("rec", "Recommendation 4: Reduce the volume of Board papers and improve the use of executive summaries."),
        ("4.1", "Introduce a standard cover sheet with a one-page executive summary and a clear 'ask' of the Board "
                "for all papers.",
         "Director of Governance / Executive Leadership Team", D(2025, 1, 31), None,
         "Cover sheet in use from January.", "blue"),
        ("4.2", "Move Board papers to a governance portal with annotation and voting functions.",
         "Director of Finance & Resources", D(2025, 3, 31), D(2025, 9, 30),
         "Procurement delayed; portal to be trialled over the summer.", "red"),
    ]
    r = 7
    for item in plan:
        if item[0] == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("pale")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            ref, act, own, orig, rev, prog, rag = item
            vals = [ref, act, own, orig, rev, prog, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed by the Search & Governance Committee "
                                   "on 10 March 2025. Completed actions will be removed after the next "
                                   "Corporation meeting.")
    for col, w in zip("ABCDEFG", [7, 55, 28, 14, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – 10 March 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Status", "Number of actions"), ("Complete", 4), ("On track", 2),
                                ("Some slippage", 2), ("Off track", 1), ("Not yet rated", 1), ("Total", 10)],
                               start=3):
        sm.cell(row=i, column=1, value=k).border = BORDER
        sm.cell(row=i, column=2, value=v).border = BORDER
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 18
    wb.save(p("el1-brockenhurst-college-external-governance-review-action-plan.xlsx"))


# =============================================================== 3. University apprenticeships PIAP (csv)
def make_university_piap():
    W = 8
    rows = [
        ["Solent University – Apprenticeships Post-Inspection Action Plan (PIAP)"],
        ["Ofsted further education and skills inspection, 11–14 February 2025. Apprenticeships: Requires improvement"],
        ["Version 2 – updated 30 June 2025 for the Apprenticeship Quality Board"],
        [],
        ["Theme", "Area for improvement", "Ref", "Action", "Responsible", "Target date",
         "Progress update (June 2025)", "RAG"],
        ["Quality of education",
         "Leaders must ensure that tutors give apprentices helpful feedback so that they know what they need to do "
         "to improve their work.",
         "QE1.1",
         "Introduce a University-wide feedback standard for apprenticeship assessments, requiring feed-forward "
         "comments linked to the knowledge, skills and behaviours (KSBs) of the standard.",
         "Head of Apprenticeships", "31/05/2025", "Standard approved at Academic Board; in use from April.",
         "Complete"],
        ["", "", "QE1.2",
         "Sample 10% of marked work each term through the Apprenticeship Quality Review panel and share findings "
         "with programme teams.",
         "Apprenticeship Quality Manager; Programme Leaders", "Termly", "First sample completed in May.", "G"],
        ["",
         "Leaders should ensure that apprentices' progress in off-the-job training is tracked accurately and that "
         "employers are fully involved in progress reviews.",
         "QE2.1",
         "Replace the current tracking spreadsheet with e-portfolio progress tracking, with automated alerts for "
         "apprentices who fall behind.\nAll programme teams to be trained before go-live.",
         "Head of Digital Learning", "Sept 2025", "Supplier contract signed; data migration behind schedule.", "A"],
        ["", "", "QE2.2",
         "Require employer attendance at every 12-weekly progress review, with reviews rescheduled where the "
         "employer cannot attend.",
         "Skills Coaches", "30/04/2025", "Employer attendance at reviews 94% (May).", "Complete"],
        ["Leadership and management",
         "Governors should receive more detailed information about the quality of apprenticeships so that they "
         "can challenge leaders effectively.",
         "LM1.1",
         "Add a quarterly apprenticeship quality report to the agenda of the Board of Governors' Academic "
         "Assurance Committee.",
         "Pro Vice-Chancellor (Education)", "October 2025", "Report template agreed with the Clerk.", "G"],
        ["", "", "LM1.2",
         "Provide a governor development session on apprenticeship funding rules and the education inspection "
         "framework.",
         "University Secretary", "31/07/2025", "Session postponed; to be rescheduled for the autumn.", "R"],
        ["Safeguarding",
         "Leaders should ensure that apprentices have a secure understanding of the risks of radicalisation and "
         "extremism in their local area and workplace.",
         "SG1.1",
         "Deliver a Prevent refresher workshop for all apprentices at induction and again in their second year, "
         "with local risk examples.",
         "Designated Safeguarding Lead", "Ongoing", "Workshops running for all new starters.", "G"],
        ["", "", "SG1.2",
         "Include Prevent and British values discussion as a standing item in progress reviews.",
         "Skills Coaches", "31/03/2025", "Review template updated.", "Complete"],
        [],
        ["Notes: RAG key – G = on track; A = at risk of slipping; R = behind target; Complete = action completed "
         "and evidence verified by the Quality Team."],
        ["Next review: Apprenticeship Quality Board, 15 September 2025."],
    ]
    with open(p("el1-solent-university-ofsted-apprenticeships-piap.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# =============================================================== 4. Acute trust CQC must/should do (xlsx)
def make_acute_cqc():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "University Hospitals of Derby and Burton NHS Foundation Trust – CQC Improvement Plan 2024/25"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Following the CQC inspection of Urgent and Emergency Care (Royal Derby Hospital) and Medical Care "
                "(Queen's Hospital Burton), 8–10 October 2024. Report published 17 January 2025.")
    ov["A3"] = "Executive lead: Chief Nurse. Reported monthly to the Quality Committee. Position as at 31 May 2025."
    heads = ["Core service", "Must do", "Should do", "Actions", "B", "G", "A", "R"]
    data = [["Urgent and Emergency Care", 2, 1, 5, 1, 2, 2, 0],
            ["Medical Care", 2, 1, 5, 1, 2, 1, 1],
            ["Total", 4, 2, 10, 2, 4, 3, 1]]
    for j, h in enumerate(heads, start=1):
        c = ov.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for i, row in enumerate(data, start=6):
        for j, v in enumerate(row, start=1):
            c = ov.cell(row=i, column=j, value=v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    ov.column_dimensions["A"].width = 30

    ws = wb.create_sheet("Action Plan")
    hdr = ["Must / Should", "Ref", "CQC requirement", "Action No.", "Action", "Lead(s)", "Target date",
           "Previous RAG", "Current RAG", "Progress / evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    services = [
        ("Urgent and Emergency Care – Royal Derby Hospital", [
            ("Must do", "MD1",
             "The trust must ensure that patients in the emergency department receive timely initial assessment "
             "and triage in line with national guidance. (Regulation 12)", [
                 ("MD1.1", "Implement a rapid assessment and treatment (RAT) model staffed by a senior clinician "
                           "10:00–22:00, seven days a week.",
                  "Clinical Director ED / Matron ED", D(2024, 12, 1), "A", "B",
                  "RAT in place from 2 December 2024; median time to initial assessment 14 minutes (April)."),
                 ("MD1.2", "Daily audit of time to triage, with results reported at the 08:00 site meeting and "
                           "monthly to the Division's Quality Board.",
                  "Head of Nursing – Urgent Care", D(2025, 3, 1), "A", "G",
                  "Daily audit embedded; monthly report in place."),
             ]),
            ("Must do", "MD2",
             "The trust must ensure that staff complete and document risk assessments for patients at risk of falls "
             "and pressure damage. (Regulation 12)", [
                 ("MD2.1", "Roll out the electronic falls and skin integrity assessments on the Lorenzo EPR in the "
                           "emergency department.",
                  "Chief Nursing Information Officer", D(2025, 4, 1), "R", "A",
                  "Build complete; go-live delayed by system upgrade."),
                 ("MD2.2", "Weekly documentation audits by the nurse in charge, with feedback at safety huddles.\n"
                           "Compliance target: 95%.",
                  "Matron ED", "Ongoing", "G", "G", "Compliance 91% (April), 93% (May)."),
             ]),
            ("Should do", "SD1",
             "The trust should ensure that mandatory training compliance for medical staff in the emergency "
             "department meets the trust target.", [
                 ("SD1.1", "Ring-fence training time in the ED consultant and middle-grade rotas.",
                  "Clinical Director ED", D(2025, 6, 1), "A", "A", "Compliance 78% against target of 90%."),
             ]),
        ]),
        ("Medical Care – Queen's Hospital Burton", [
            ("Must do", "MD3",
             "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
             "medical wards to meet patients' needs. (Regulation 18)", [
                 ("MD3.1", "Complete the six-monthly safer nursing care tool (SNCT) establishment review for all "
                           "medical wards and present it to the People Committee.",
                  "Deputy Chief Nurse", D(2025, 1, 1), "G", "B", "Presented to People Committee 28 January 2025."),
                 ("MD3.2", "Recruit to the band 5 vacancies through the international recruitment programme "
                           "(cohort of 24 nurses).",
                  "Divisional Nurse Director – Medicine; Head of Workforce Planning", D(2025, 9, 1), "A", "G",
                  "18 of 24 nurses in post."),
             ]),
            ("Must do", "MD4",
             "The trust must ensure that medicines are stored securely and that fridge temperatures are monitored "
             "and acted on. (Regulation 12)", [
                 ("MD4.1", "Install remote fridge temperature monitoring on all medical wards, with alerts to "
                           "pharmacy.",
                  "Chief Pharmacist", D(2025, 2, 1), "R", "A", "Installed on 9 of 12 wards."),
                 ("MD4.2", "Monthly medicines safety audit by ward pharmacists, reported to the Medicines Safety "
                           "Group.",
                  "Lead Pharmacist – Medicine", "Monthly", "G", "G", "Audits completed February to May."),
             ]),
            ("Should do", "SD2",
             "The trust should ensure that discharge summaries are completed and sent to GPs within 24 hours.", [
                 ("SD2.1", "Introduce a discharge summary compliance report by consultant team, reviewed at the "
                           "Medicine Division performance meeting.",
                  "Associate Medical Director – Medicine", D(2025, 7, 1), None, "R",
                  "Report not yet available from Business Intelligence."),
             ]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 2
    for band, reqs in services:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        r += 1
        for kind, ref, req, acts in reqs:
            start = r
            for (ano, act, lead, when, prev, cur, prog) in acts:
                vals = [kind, ref, req, ano, act, lead, when, prev, cur, prog]
                for j, v in enumerate(vals, start=1):
                    if r > start and j <= 3:
                        v = None
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if prev:
                    ws.cell(row=r, column=8).fill = fill(rag_fill[prev])
                ws.cell(row=r, column=9).fill = fill(rag_fill[cur])
                r += 1
            if r - 1 > start:
                for j in (1, 2, 3):
                    ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
    for col, w in zip("ABCDEFGHIJ", [10, 6, 45, 9, 50, 30, 11, 9, 9, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (letter, meaning) in enumerate([
            ("B", "Complete – evidence approved by the Quality Committee"),
            ("G", "On track to deliver by the target date"),
            ("A", "At risk – some slippage, recovery plan in place"),
            ("R", "Off track – target date missed or at serious risk")], start=2):
        key.cell(row=i, column=1, value=letter).fill = fill(rag_fill[letter])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 60
    wb.save(p("el1-uhdb-cqc-must-should-do-action-plan.xlsx"))


# =============================================================== 5. GP practice CQC action plan (txt)
def make_gp_txt():
    T = "\t"
    lines = [
        "Elmfield Medical Practice – CQC Inspection Action Plan",
        "Inspection date: 15 May 2024 | Requirement notices: Regulation 12 and Regulation 17",
        "Updated: 02/09/2024 by the Practice Manager",
        "",
        "Status key: Complete (Blue) / On track (Green) / Behind schedule (Amber) / Not started",
        "",
        "Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment",
        T.join(["No.", "Issue identified by CQC", "Action", "By whom", "By when", "Status", "Comments"]),
        T.join(["1", "Not all patients prescribed high-risk medicines (for example methotrexate and lithium) had "
                     "received the required monitoring.",
                "Run weekly EMIS searches for overdue monitoring on all high-risk medicines and recall patients.",
                "Clinical Pharmacist", "30/06/2024", "Complete", "Searches set up 03/06/24; 41 patients recalled."]),
        T.join(["2", "",
                "Lead GP to review all patients with overdue monitoring before repeat prescriptions are issued.",
                "Dr P Okafor", "31/07/2024", "Complete", ""]),
        T.join(["3", "Safety alerts (MHRA) were not consistently actioned or recorded.",
                "Create an MHRA alert log with a named GP reviewer and re-run searches for alerts issued in the "
                "last two years.",
                "Dr S Rahman / Practice Manager", "End of July 2024", "Complete", "Log in use; 6 historic alerts "
                                                                                  "re-run."]),
        T.join(["4", "Emergency medicines did not include all recommended items and there was no risk assessment "
                     "for the items not held.",
                "Complete a risk assessment for emergency medicines and order the missing items.",
                "Nurse Manager", "w/c 19/08/24", "Behind schedule", "Risk assessment drafted; order placed."]),
        "",
        "Regulation 17 HSCA (RA) Regulations 2014 – Good governance",
        T.join(["No.", "Issue identified by CQC", "Action", "By whom", "By when", "Status", "Comments"]),
        T.join(["5", "Practice policies were out of date and not all staff had read them.",
                "Review and re-issue all clinical and HR policies on the practice intranet with read receipts.",
                "Practice Manager", "30/09/2024", "On track", "24 of 31 policies reviewed."]),
        T.join(["6", "", "Add a policy review schedule to the monthly practice meeting agenda.",
                "Practice Manager", "Monthly", "On track", ""]),
        T.join(["7", "Staff training records were incomplete (safeguarding, infection control and fire safety).",
                "Update the training matrix and book outstanding safeguarding level 3 training for all GPs.",
                "Assistant Practice Manager; Safeguarding Lead GP", "31/10/2024", "Not started",
                "Training dates awaited from the ICB."]),
        "",
        "Areas where the provider should make improvements",
        T.join(["No.", "Issue identified by CQC", "Action", "By whom", "By when", "Status", "Comments"]),
        T.join(["8", "The provider should continue to improve uptake of cervical screening.",
                "Offer Saturday clinics for cervical screening and send text reminders to non-attenders.",
                "Practice Nurse Lead", "December 2024", "On track", "First Saturday clinic 14/09/24."]),
        T.join(["9", "The provider should improve patient access by telephone.",
                "Install cloud-based telephony with call-back and queue position messages.",
                "Practice Manager", "Q3 2024/25", "On track", "Go-live booked for 14/10/24."]),
        "",
        "Signed on behalf of the partners: Dr S Rahman (Registered Manager)   Date: 02/09/2024",
    ]
    with open(p("el1-elmfield-medical-practice-cqc-requirement-notice-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =============================================================== 6. Mental health trust CQC (docx)
def make_mh_docx():
    doc = Document()
    landscape(doc)
    doc.add_heading("North London NHS Foundation Trust – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Inspection of core services, June 2024 (report published 4 October 2024). "
                      "Must do and should do actions.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Director of Quality Governance"), ("Version", "2.3"),
                 ("Approved by", "Quality and Safety Committee, 16 January 2025"),
                 ("Next review", "April 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Summary of actions")
    sm = doc.add_table(rows=0, cols=5)
    sm.style = "Table Grid"
    for i, row in enumerate([
            ("Core service", "Must do", "Should do", "Actions", "Complete"),
            ("Acute wards for adults of working age and PICUs", "2", "1", "5", "1"),
            ("Mental health crisis services and health-based places of safety", "1", "1", "4", "1"),
            ("Total", "3", "2", "9", "2")]):
        cells = sm.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, bold=(i == 0 or row[0] == "Total"))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidence accepted; On track; "
                      "At risk – due date may be missed; Off track – due date missed; Not started.")

    sections = [
        ("1. Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1 – The trust must ensure that environmental ligature risk assessments are reviewed and that all "
             "staff know the ligature risks and mitigations on their ward. (Regulation 12)", [
                 ("MD1.1", "Review and update ligature risk assessments for all 14 acute and PICU wards using the "
                           "revised trust tool.",
                  "Head of Health and Safety; Ward Managers", "30/11/2024",
                  "All 14 assessments completed and signed off by Modern Matrons.", "Complete"),
                 ("MD1.2", "Add ligature 'hot spot' photographs and mitigations to each ward's induction pack and "
                           "safety huddle board.\nCompliance checked in monthly Matron walk-rounds.",
                  "Modern Matrons", "January 2025", "Induction packs updated on 11 of 14 wards.", "On track"),
             ]),
            ("MD2 – The trust must ensure that patients' physical health observations are recorded and escalated "
             "using NEWS2 following rapid tranquillisation. (Regulation 12)", [
                 ("MD2.1", "Deliver face-to-face training on post-rapid tranquillisation monitoring to all "
                           "registered nurses on acute wards and PICUs.",
                  "Physical Health Lead Nurse", "31/03/2025",
                  "68% of staff trained; fewer sessions in December because of winter pressures.", "At risk"),
                 ("MD2.2", "Configure the electronic patient record to prompt NEWS2 observations at set intervals "
                           "after rapid tranquillisation is recorded.",
                  "Chief Clinical Information Officer", "Q4 2024/25", "Change request approved; build under way.",
                  "On track"),
             ]),
            ("SD1 – The trust should ensure that patients have access to psychological therapies on the acute "
             "wards.", [
                 ("SD1.1", "Recruit two additional ward psychologists to the acute care pathway.",
                  "Associate Director of Psychological Services", "June 2025",
                  "Business case deferred to the 2025/26 planning round.", "Off track"),
             ]),
        ]),
        ("2. Mental health crisis services and health-based places of safety", [
            ("MD3 – The trust must ensure that patients are not detained in the health-based place of safety "
             "beyond the 24-hour limit without a documented extension. (Regulation 13)", [
                 ("MD3.1", "Introduce a Section 136 tracker with automatic alerts to the duty senior nurse at 12 "
                           "and 20 hours.",
                  "Service Manager, Crisis Pathway", "31/12/2024", "Tracker live from 2 December 2024.",
                  "Complete"),
                 ("MD3.2", "Agree a joint escalation protocol with the Metropolitan Police and the approved mental "
                           "health professional (AMHP) service for delayed Mental Health Act assessments.",
                  "Director of Mental Health Law / Head of AMHP Service", "End of February 2025",
                  "Draft protocol shared with partners.", "On track"),
             ]),
            ("SD2 – The trust should ensure that crisis line calls are answered promptly and that call "
             "abandonment rates are monitored.", [
                 ("SD2.1", "Publish a weekly crisis line dashboard (answer times and abandoned calls) to the Crisis "
                           "Pathway Board.",
                  "Head of Performance", "Weekly from November 2024", "Dashboard published weekly.", "On track"),
                 ("SD2.2", "Recruit and train 12 additional crisis line call handlers, including peer support "
                           "workers.",
                  "Crisis Line Manager", "April 2025", "Recruitment to start in February.", "Not started"),
             ]),
        ]),
    ]
    status_fill = {"Complete": FILL["blue"], "On track": FILL["green"], "At risk": FILL["amber"],
                   "Off track": FILL["red"]}
    for heading, reqs in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due date", "Progress update (December 2024)",
                                          "Status"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["pale"])
        for req, acts in reqs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, req, bold=True)
            shade(merged, FILL["grey"])
            for ref, act, lead, due, prog, status in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, lead, due, prog, status]):
                    set_cell(c, v)
                if status in status_fill:
                    shade(cells[5], status_fill[status])
        doc.add_paragraph("")
    doc.add_paragraph("Actions marked Complete will be closed at the Quality and Safety Committee once the evidence "
                      "has been reviewed by the CQC Compliance Team.")
    doc.save(p("el1-north-london-nhsft-cqc-mental-health-must-should-do-action-plan.docx"))


# =============================================================== 7. Agency audit tracker (xlsx, refuse)
def make_rpa_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    ws["A1"] = "Rural Payments Agency – Open Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee, 21 October 2025 | Position at 30 September 2025 | OFFICIAL"
    hdr = ["Ref", "Source", "Audit / report", "Priority", "Recommendation", "Agreed management action",
           "Action owner", "Original target date", "Revised target date", "Status", "Latest update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("GIAA 24/07-01", "GIAA", "Farming grants: payment controls (Moderate)", "High",
         "Management should ensure that pre-payment checks on capital grant claims are evidenced consistently.",
         "Introduce a mandatory checklist in the claims system; claims cannot be authorised until it is complete.",
         "Head of Grants Operations", "Mar-25", "Sep-25", "Complete", "Checklist live from 1 September 2025."),
        ("GIAA 24/07-02", "GIAA", "Farming grants: payment controls (Moderate)", "Medium",
         "Management should carry out a monthly sample check of authorised claims.",
         "Second-line sample check of 5% of authorised claims each month, reported to the Payments Board.",
         "Grants Assurance Manager", "Jun-25", "", "Green", "Sample checks completed July to September."),
        ("GIAA 24/11-01", "GIAA", "Cyber security: privileged access (Limited)", "High",
         "Privileged accounts should be reviewed at least quarterly and leavers removed promptly.",
         "Quarterly privileged access review by system owners, with evidence held by the Digital Security team.",
         "Chief Information Security Officer", "Apr-25", "Dec-25", "Amber",
         "Two of three quarterly reviews complete; tooling delayed by Defra group migration."),
        ("GIAA 24/11-02", "GIAA", "Cyber security: privileged access (Limited)", "Medium",
         "A joiners, movers and leavers process should be documented for privileged roles.",
         "Document and publish the JML process for privileged roles.",
         "Head of Digital Services", "May-25", "", "Complete", "Process published on the intranet."),
        ("NAO ML 24-25/03", "NAO", "Management letter 2024-25", "Medium",
         "The Agency should reconcile the disallowance provision to the underlying scheme data before year end.",
         "Monthly reconciliation of the disallowance provision, reviewed by the Financial Controller.",
         "Financial Controller", "Jul-25", "0ct-25", "Amber", "Reconciliation template agreed with NAO."),
        ("NAO ML 24-25/05", "NAO", "Management letter 2024-25", "Low",
         "The fixed asset register should record the location of IT equipment.",
         "Add a location field to the asset register and complete a stock count.",
         "Head of Finance Operations", "Sep-25", "", "Green", "Stock count scheduled for October."),
        ("GIAA 25/02-01", "GIAA", "Workforce planning (Moderate)", "Medium",
         "A strategic workforce plan aligned to the Agency's delivery plan should be approved.",
         "Prepare a three-year strategic workforce plan for approval by the Executive Committee.",
         "HR Business Partner / Head of Strategy", "Dec-25", "", "Green", "Draft plan to go to ExCo in November."),
        ("GIAA 25/04-01", "GIAA", "Fraud risk assessment (Moderate)", "High",
         "The fraud risk assessment should be refreshed for the new Sustainable Farming Incentive offer.",
         "Refresh the fraud risk assessment and agree counter-fraud controls with the scheme owner.",
         "Head of Counter Fraud", "Nov-25", "", "Red", "Resource diverted to investigations; start delayed."),
    ]
    status_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=i, column=10).fill = fill(status_fill[row[9]])
    ws.cell(row=14, column=1, value="Notes: revised target dates require approval by the Chief Operating Officer. "
                                    "Priority as graded by the auditor (High / Medium / Low).")
    for col, w in zip("ABCDEFGHIJK", [16, 8, 30, 9, 45, 45, 28, 11, 11, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    db = wb.create_sheet("Dashboard")
    db["A1"] = "Summary of open recommendations by status"
    db["A1"].font = Font(bold=True)
    for i, r in enumerate([("Status", "GIAA", "NAO", "Total"), ("Complete", 2, 0, 2), ("Green", 2, 1, 3),
                           ("Amber", 1, 1, 2), ("Red", 1, 0, 1), ("Total", 6, 2, 8)], start=3):
        for j, v in enumerate(r, start=1):
            db.cell(row=i, column=j, value=v).border = BORDER
    db["A10"] = "Complete items are closed at the next meeting once the auditor has confirmed the evidence."

    cl = wb.create_sheet("Closed in period")
    cl["A1"] = "Recommendations closed since the July 2025 meeting"
    cl["A1"].font = Font(bold=True)
    for i, r in enumerate([("Ref", "Audit / report", "Recommendation", "Closed"),
                           ("GIAA 24/03-02", "Business continuity (Substantial)",
                            "Test the business continuity plan for the Reading office annually.", "Aug-25"),
                           ("NAO ML 23-24/02", "Management letter 2023-24",
                            "Review user access to the finance system after restructures.", "Jul-25")], start=3):
        for j, v in enumerate(r, start=1):
            cl.cell(row=i, column=j, value=v).border = BORDER
    cl.column_dimensions["C"].width = 60
    wb.save(p("el1-rural-payments-agency-audit-recommendations-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_csi_school()
    make_college_governance()
    make_university_piap()
    make_acute_cqc()
    make_gp_txt()
    make_mh_docx()
    make_rpa_tracker()
    print("built 7 files in", HERE)
