"""Build the seven kt1- blind test files (set heldout340).

Run with: /work/main/.venv/bin/python kt1_make.py
Writes the data files beside this script. The data below also carries, per action,
the reading a person makes of it (END, STATUS), used to write the .expected.yaml files.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Montsaye Academy - post-Ofsted action plan (docx, RAG by cell shading only)
# ---------------------------------------------------------------------------
MONTSAYE_FILE = "kt1-montsaye-academy-post-ofsted-action-plan.docx"
MONTSAYE_TITLE = "Montsaye Academy – Post-Ofsted Action Plan 2024"
MONTSAYE = [
    {
        "heading": "Priority 1: Curriculum implementation",
        "rec": "In some subjects, particularly at key stage 3, the curriculum is not implemented consistently well. "
               "Teachers do not routinely check pupils’ understanding or address misconceptions before moving on. "
               "Leaders should ensure that all staff have the training they need to deliver the curriculum consistently well.",
        "rows": [
            # ref, action, lead, timescale, success criteria, monitoring, fill, (end, end_text, status, leads)
            ("1.1", "Deliver a programme of fortnightly CPD on checking for understanding and responsive teaching for all teaching staff.",
             "Deputy Headteacher (Teaching and Learning)", "Summer term 2024",
             "Learning walks show checking for understanding in at least 80% of lessons.", "LGB Teaching & Learning link governor", "G",
             ("2024-07", "Summer term 2024", "green", ["Deputy Headteacher (Teaching and Learning)"])),
            ("1.2", "Subject leaders to review key stage 3 schemes of work in history, geography and RE so that the sequence of knowledge is explicit and assessed.",
             "Subject Leaders / Assistant Headteacher (Curriculum)", "Spring term 2024",
             "Revised schemes of work published on the curriculum drive.", "Headteacher", "B",
             ("2024-03", "Spring term 2024", "blue", ["Subject Leaders", "Assistant Headteacher (Curriculum)"])),
            ("1.3", "Joint lesson drop-ins and work scrutiny by senior and subject leaders, with findings reported to the Local Governing Body.",
             "Headteacher", "Half-termly",
             "Quality assurance calendar followed; reports received at each LGB meeting.", "Chair of LGB", "A",
             (None, "Half-termly", "amber", ["Headteacher"])),
        ],
    },
    {
        "heading": "Priority 2: Attendance and behaviour",
        "rec": "Too many pupils, including disadvantaged pupils, are persistently absent from school. This means they miss important learning. "
               "Leaders should continue to work with families to improve attendance rapidly, particularly for disadvantaged pupils.",
        "rows": [
            ("2.1", "Appoint a dedicated Attendance Officer and introduce first-day calling and home visits for pupils below 90% attendance.",
             "Assistant Headteacher (Pastoral)", "April 2024",
             "Attendance Officer in post; first-day calling log kept daily.", "LGB Safeguarding link governor", "B",
             ("2024-04", None, "blue", ["Assistant Headteacher (Pastoral)"])),
            ("2.2", "Weekly attendance panel to track persistent absentees.\nIndividual attendance plans agreed with the families of disadvantaged pupils.",
             "Attendance Officer / Heads of Year", "Autumn term 2024",
             "Persistent absence of disadvantaged pupils reduced to below 25%.", "Assistant Headteacher (Pastoral)", "A",
             ("2024-12", "Autumn term 2024", "amber", ["Attendance Officer", "Heads of Year"])),
            ("2.3", "Review the rewards and sanctions policy with pupils, parents and staff and relaunch it to all year groups.",
             "Deputy Headteacher (Behaviour and Attitudes)", "September 2024",
             "Suspensions and internal exclusions fall term on term.", "LGB", "G",
             ("2024-09", None, "green", ["Deputy Headteacher (Behaviour and Attitudes)"])),
        ],
    },
    {
        "heading": "Priority 3: Reading",
        "rec": "Some pupils who are at the early stages of learning to read do not receive the support they need to catch up quickly. "
               "Leaders should ensure that these pupils are identified accurately and that the staff who support them are well trained.",
        "rows": [
            ("3.1", "Screen all Year 7 pupils using the NGRT reading test on entry and re-test those below a standardised score of 85.",
             "Literacy Lead", "Termly",
             "All weaker readers identified within four weeks of entry.", "SENDCo", "G",
             (None, "Termly", "green", ["Literacy Lead"])),
            ("3.2", "Train teaching assistants to deliver the phonics-based reading intervention to identified pupils.",
             "SENDCo", "July 2024",
             "Reading ages of intervention pupils improve by at least 12 months.", "Headteacher", None,
             ("2024-07", None, "unrated", ["SENDCo"])),
        ],
    },
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="D9D9D9"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)


def build_montsaye(path):
    d = docx.Document()
    d.add_paragraph(MONTSAYE_TITLE, style="Title")
    d.add_paragraph("Ofsted inspection: 6 and 7 February 2024. Overall effectiveness: Requires improvement.")
    d.add_paragraph("Plan owner: Headteacher. Progress is reviewed at every meeting of the Local Governing Body (LGB).")

    d.add_paragraph("Version control", style="Heading 2")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Changes"])
    for row, vals in zip(t.rows[1:], [("1.0", "28/02/2024", "First draft for LGB"),
                                      ("1.1", "21/03/2024", "Approved by LGB"),
                                      ("1.2", "10/06/2024", "Summer term progress update")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)

    d.add_paragraph("RAG key", style="Heading 2")
    k = d.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for row, (fill, desc) in zip(k.rows, [("0070C0", "Completed"), ("00B050", "On track"),
                                           ("FFC000", "Some slippage – action being taken"),
                                           ("FF0000", "Not on track – urgent attention needed"),
                                           (None, "Not yet started")]):
        set_cell(row.cells[0], "")
        if fill:
            shade(row.cells[0], fill)
        set_cell(row.cells[1], desc)

    for pr in MONTSAYE:
        d.add_paragraph(pr["heading"], style="Heading 1")
        p = d.add_paragraph()
        r = p.add_run(pr["rec"])
        r.italic = True
        t = d.add_table(rows=1 + len(pr["rows"]), cols=7)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitored by", "RAG"])
        for row, a in zip(t.rows[1:], pr["rows"]):
            ref, action, lead, ts, sc, mon, fill, _ = a
            for c, v in zip(row.cells[:6], [ref, action, lead, ts, sc, mon]):
                set_cell(c, v)
            set_cell(row.cells[6], "")
            if fill:
                shade(row.cells[6], FILL[fill])
        d.add_paragraph("")
    d.add_paragraph("Note: the plan will next be reviewed by the LGB on 4 July 2024. "
                    "Evidence for each action is held in the Ofsted Action Plan folder on the staff drive.")
    d.save(path)


# ---------------------------------------------------------------------------
# 2. Fareham College - Ofsted PIAP (xlsx: Cover + PIAP + Summary sheets)
# ---------------------------------------------------------------------------
FAREHAM_FILE = "kt1-fareham-college-ofsted-post-inspection-action-plan.xlsx"
FAREHAM_TITLE = "Fareham College – Post-Inspection Action Plan 2023–24"
FAREHAM = [
    ("AFI 1: Leaders and managers should ensure that apprentices’ off-the-job training is planned and recorded accurately, "
     "so that all apprentices receive their full entitlement.", [
        ("1.1", "Introduce a standard off-the-job training planner for every apprenticeship standard, agreed with the employer at induction.",
         "Head of Apprenticeships", D(2024, 1, 31), None,
         "Planner in use for all new starts since January; checked at 100% of induction audits.", "B",
         ("2024-01", None, "blue", ["Head of Apprenticeships"])),
        ("1.2", "Monthly compliance audit of off-the-job hours recorded in the e-portfolio, with exceptions escalated to curriculum managers.",
         "Apprenticeship Compliance Manager", D(2024, 2, 29), D(2024, 6, 30),
         "Audits running since March; backlog of historic records being corrected. Revised date agreed at QIB.", "A",
         ("2024-06", None, "amber", ["Apprenticeship Compliance Manager"])),
        ("1.3", "Train all skills coaches in recording off-the-job activity in Smart Assessor.",
         "Skills Coach Team Leader", D(2023, 12, 31), None,
         "All 23 skills coaches trained (Dec 2023).", "B",
         ("2023-12", None, "blue", ["Skills Coach Team Leader"])),
    ]),
    ("AFI 2: Teachers of English and mathematics on education programmes for young people should use the results of initial "
     "assessment to plan learning that builds on what students already know.", [
        ("2.1", "Redesign the initial and diagnostic assessment process for GCSE resit students and share individual skills profiles with teachers by week 4.",
         "Head of English and Maths", D(2024, 9, 30), None,
         "New diagnostic papers written; pilot with summer school cohort.", "G",
         ("2024-09", None, "green", ["Head of English and Maths"])),
        ("2.2", "CPD series for English and maths teachers on planning from diagnostic assessment; impact checked through learning walks.",
         "Teaching & Learning Coaches / Quality Manager", D(2024, 5, 31), None,
         "Four of five sessions delivered; learning walks scheduled for w/c 20 May.", "G",
         ("2024-05", None, "green", ["Teaching & Learning Coaches", "Quality Manager"])),
    ]),
    ("AFI 3: Leaders should make sure that learners with high needs receive the support they need from the start of their programme.", [
        ("3.1", "Complete transition meetings and EHCP reviews for all incoming high needs learners before the start of term.",
         "Head of Learning Support", D(2024, 8, 31), None,
         "Transition calendar agreed with Hampshire SEN team; 41 of 58 meetings booked.", "G",
         ("2024-08", None, "green", ["Head of Learning Support"])),
        ("3.2", "Introduce a six-week review of support arrangements for every high needs learner, with outcomes reported to the Quality Improvement Board.",
         "Head of Learning Support; Deputy Principal – Curriculum & Quality", D(2024, 10, 31), None,
         "Not yet started – depends on recruitment of an additional Learning Support Manager.", "R",
         ("2024-10", None, "red", ["Head of Learning Support", "Deputy Principal – Curriculum & Quality"])),
        ("3.3", "Quality and Standards Committee to receive a report on the progress and destinations of high needs learners.",
         "Clerk to the Corporation", "Termly", None,
         "Added to the committee work plan from the spring term.", "G",
         (None, "Termly", "green", ["Clerk to the Corporation"])),
    ]),
]

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, r, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).alignment = WRAP


def build_fareham(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = FAREHAM_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Ofsted inspection 21–24 November 2023 – report published 10 January 2024"
    rows = [("Document owner", "Deputy Principal – Curriculum & Quality"),
            ("Approved by", "Quality and Standards Committee"),
            ("Version", "3.0"),
            ("Date of this update", D(2024, 5, 14)),
            ("Next review", "July 2024")]
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (a, b) in enumerate(rows, start=5):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
        if isinstance(b, dt.datetime):
            cov.cell(i, 2).number_format = "dd/mm/yyyy"
        box(cov, i, 1, 2)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, desc) in enumerate([("B", "Complete – impact evidenced"), ("G", "On track"),
                                   ("A", "Some slippage – revised date agreed"), ("R", "Off track / not started")], start=12):
        cov.cell(i, 1, k).fill = PatternFill("solid", fgColor=FILL[k])
        cov.cell(i, 2, desc)
        box(cov, i, 1, 2)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIAP")
    ws["A1"] = FAREHAM_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Areas for improvement from the Ofsted report are shown in the shaded rows; actions are listed beneath each."
    hdr = ["Ref", "Action", "Responsible", "Target date", "Revised target date", "Progress update (May 2024)", "RAG"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(4, c, h).font = Font(bold=True, color="FFFFFF")
        ws.cell(4, c).fill = PatternFill("solid", fgColor="1F3864")
    box(ws, 4, 1, 7)
    r = 5
    for afi, acts in FAREHAM:
        ws.cell(r, 1, afi).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, resp, tgt, rev, upd, rag, _ in acts:
            vals = [ref, action, resp, tgt, rev, upd, rag]
            for c, v in enumerate(vals, start=1):
                ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[rag])
            ws.cell(r, 7).alignment = Alignment(horizontal="center")
            box(ws, r, 1, 6)
            r += 1
    r += 1
    ws.cell(r, 1, "Updated for the Quality and Standards Committee, 14 May 2024.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [8, 60, 30, 13, 13, 50, 7]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by RAG rating"
    sm["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, acts in FAREHAM:
        for a in acts:
            counts[a[6]] += 1
    sm["A3"], sm["B3"], sm["C3"], sm["D3"], sm["E3"], sm["F3"] = "AFI", "Complete", "Green", "Amber", "Red", "Total"
    for i, (afi, acts) in enumerate(FAREHAM, start=4):
        c = {k: sum(1 for a in acts if a[6] == k) for k in "BGAR"}
        sm.cell(i, 1, "AFI %d" % (i - 3))
        for j, k in enumerate("BGAR", start=2):
            sm.cell(i, j, c[k])
        sm.cell(i, 6, len(acts))
    sm.cell(7, 1, "Total").font = Font(bold=True)
    for j, k in enumerate("BGAR", start=2):
        sm.cell(7, j, counts[k])
    sm.cell(7, 6, sum(counts.values()))
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Barnsley Hospital NHSFT - CQC must do / should do (xlsx: Summary, Must Do, Should Do)
# ---------------------------------------------------------------------------
BARNSLEY_FILE = "kt1-barnsley-hospital-nhsft-cqc-must-should-do-action-plan.xlsx"
BARNSLEY_TITLE = "Barnsley Hospital NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
UEC = "Urgent and Emergency Care"
MED = "Medical Care (including older people’s care)"
BARNSLEY_MUST = [
    (UEC, [
        ("MD1", "Regulation 12(1)",
         "The trust must ensure that patients in the emergency department receive a timely initial assessment and triage within 15 minutes of arrival.",
         [("MD1", "Implement a streaming and triage nurse role at the front door 24/7, supported by an escalation SOP when time to triage exceeds 15 minutes.",
           "Divisional Director of Nursing – Urgent & Emergency Care", D(2024, 3, 31), D(2024, 6, 30), "A", "A",
           "Triage nurse rota in place 08:00–02:00; overnight cover dependent on recruitment. Median time to triage 19 minutes (May).",
           ("2024-06", None, "amber", ["Divisional Director of Nursing – Urgent & Emergency Care"]))]),
        ("MD2", "Regulation 12(2)(a)",
         "The trust must ensure that staff complete and record risk assessments for patients with mental health needs in the emergency department.",
         [("MD2.1", "Introduce the mental health risk assessment tool on the EPR, with mandatory completion for all patients presenting with self-harm or suicidal ideation.",
           "Clinical Director ED; Mental Health Liaison Lead", D(2024, 1, 31), None, "A", "B",
           "Tool live on EPR from 22 January 2024. Evidence submitted to Quality and Governance Committee.",
           ("2024-01", None, "blue", ["Clinical Director ED", "Mental Health Liaison Lead"])),
          ("MD2.2", "Monthly audit of 20 ED records for patients with mental health needs, with results reported to the Patient Safety Group.",
           "ED Matron", D(2024, 4, 30), None, "A", "G",
           "Audits completed Feb–Jun; compliance 78% rising to 91%.",
           ("2024-04", None, "green", ["ED Matron"]))]),
    ]),
    (MED, [
        ("MD3", "Regulation 18(1)",
         "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on medical wards to meet patients’ needs.",
         [("MD3", "Complete the bi-annual nursing establishment review for medical wards using the Safer Nursing Care Tool and present the findings to the Board.",
           "Chief Nurse", D(2023, 11, 30), None, "G", "B",
           "Establishment review presented to Board of Directors, November 2023; funded uplift for wards 31 and 32.",
           ("2023-11", None, "blue", ["Chief Nurse"]))]),
        ("MD4", "Regulation 12(2)(g)",
         "The trust must ensure that medicines are stored securely and that fridge temperatures are monitored and acted upon.",
         [("MD4", "Roll out remote temperature monitoring to all ward medicine fridges, with out-of-range alerts sent to pharmacy.",
           "Chief Pharmacist", D(2024, 5, 31), D(2024, 8, 31), "R", "A",
           "Sensors installed on 14 of 21 wards; supplier delay for remaining units.",
           ("2024-08", None, "amber", ["Chief Pharmacist"]))]),
    ]),
]
BARNSLEY_SHOULD = [
    (UEC, [
        ("SD1", "",
         "The trust should ensure that the children’s waiting area in the emergency department is separated, visually and audibly, from adult areas.",
         [("SD1", "Complete estates works to create a separate paediatric waiting area within the ED footprint.",
           "Director of Estates and Facilities", D(2024, 12, 31), None, "G", "G",
           "Design approved; works scheduled for October–December 2024.",
           ("2024-12", None, "green", ["Director of Estates and Facilities"]))]),
        ("SD2", "",
         "The trust should ensure that all relevant staff complete level 3 safeguarding children training.",
         [("SD2", "Targeted training trajectory for ED medical staff.\nCompliance reported monthly to divisional governance; target 90%.",
           "Named Nurse Safeguarding Children", D(2024, 3, 31), None, "A", "R",
           "Compliance 71% at end of June; additional sessions booked for July and August.",
           ("2024-03", None, "red", ["Named Nurse Safeguarding Children"]))]),
    ]),
    (MED, [
        ("SD3", "",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         [("SD3", "Develop an electronic discharge summary compliance dashboard and share it weekly with ward managers and consultants.",
           "Deputy Medical Director / Head of Clinical Systems", "Q2 2024/25", None, "", "G",
           "Dashboard in test; go-live planned for August.",
           ("2024-09", "Q2 2024/25", "green", ["Deputy Medical Director", "Head of Clinical Systems"]))]),
        ("SD4", "",
         "The trust should ensure that patients’ nutrition and hydration needs are assessed and recorded.",
         [("SD4", "Relaunch MUST screening and fluid balance charts on medical wards through the Nutrition Steering Group.",
           "Lead Dietitian", D(2024, 9, 30), None, "", "",
           "",
           ("2024-09", None, "unrated", ["Lead Dietitian"]))]),
    ]),
]


def build_barnsley(path):
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = BARNSLEY_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "CQC inspection of urgent and emergency care and medical care, June 2023 (report published 21 September 2023)"
    sm["A3"] = "Report to Quality and Governance Committee – July 2024"
    sm["A5"] = "Position by current RAG"
    sm["A5"].font = Font(bold=True)
    hdr = ["", "Blue", "Green", "Amber", "Red", "Not rated", "Total"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(6, c, h).font = Font(bold=True)
    box(sm, 6, 1, 7)

    def tally(plan):
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
        for _, reqs in plan:
            for _, _, _, acts in reqs:
                for a in acts:
                    cnt[a[6]] += 1
        return cnt
    for i, (lab, plan) in enumerate([("Must do", BARNSLEY_MUST), ("Should do", BARNSLEY_SHOULD)], start=7):
        cnt = tally(plan)
        sm.cell(i, 1, lab)
        for j, k in enumerate(["B", "G", "A", "R", ""], start=2):
            sm.cell(i, j, cnt[k])
        sm.cell(i, 7, sum(cnt.values()))
        box(sm, i, 1, 7)
    sm["A10"] = "RAG key"
    sm["A10"].font = Font(bold=True)
    for i, (k, desc) in enumerate([("B", "Blue – action complete and evidence validated"),
                                   ("G", "Green – on track to deliver by the completion date"),
                                   ("A", "Amber – at risk of missing the completion date"),
                                   ("R", "Red – completion date passed / off track")], start=11):
        sm.cell(i, 1).fill = PatternFill("solid", fgColor=FILL[k])
        sm.cell(i, 2, desc)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 12

    hdr = ["Ref", "Regulation", "CQC requirement", "Action", "Lead", "Original completion date",
           "Revised completion date", "Previous RAG", "Current RAG", "Progress / evidence"]
    for name, title, plan in [("Must Do", "CQC Must Do actions", BARNSLEY_MUST),
                              ("Should Do", "CQC Should Do actions", BARNSLEY_SHOULD)]:
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        for c, h in enumerate(hdr, start=1):
            ws.cell(3, c, h).font = Font(bold=True)
            ws.cell(3, c).fill = PatternFill("solid", fgColor="BDD7EE")
        box(ws, 3, 1, 10)
        r = 4
        for service, reqs in plan:
            ws.cell(r, 1, service).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="005EB8")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            for _, reg, req, acts in reqs:
                first = r
                for a in acts:
                    ref, action, lead, orig, rev, prev, cur, prog, _ = a
                    ws.cell(r, 1, ref)
                    ws.cell(r, 4, action)
                    ws.cell(r, 5, lead)
                    ws.cell(r, 6, orig)
                    ws.cell(r, 7, rev)
                    for c in (6, 7):
                        if isinstance(ws.cell(r, c).value, dt.datetime):
                            ws.cell(r, c).number_format = "dd/mm/yyyy"
                    for c, v in ((8, prev), (9, cur)):
                        if v:
                            ws.cell(r, c, v).fill = PatternFill("solid", fgColor=FILL[v])
                            ws.cell(r, c).alignment = Alignment(horizontal="center")
                    ws.cell(r, 10, prog if prog else None)
                    box(ws, r, 1, 10)
                    r += 1
                ws.cell(first, 2, reg if reg else None)
                ws.cell(first, 3, req)
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                    ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
                ws.cell(first, 2).alignment = WRAP
                ws.cell(first, 3).alignment = WRAP
        for col, w in zip("ABCDEFGHIJ", [7, 14, 45, 55, 28, 13, 13, 9, 9, 45]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Bourne Galletly Practice - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
BOURNE_FILE = "kt1-bourne-galletly-practice-cqc-inspection-action-plan.txt"
BOURNE_TITLE = "Bourne Galletly Practice – CQC Inspection Action Plan"
SAFE, EFF, WELL = "Are services safe?", "Are services effective?", "Are services well-led?"
R12A = ("Regulation 12 Safe care and treatment: the provider must ensure that patients prescribed high-risk medicines "
        "are monitored in line with national guidance.")
R12B = "Regulation 12 Safe care and treatment: the provider must ensure that medicines safety alerts are acted on and a record kept."
SH1 = "The practice should continue to improve the uptake of cervical screening."
R17 = ("Regulation 17 Good governance: the provider must establish effective systems to keep policies up to date "
       "and to monitor staff training.")
SH2 = "The practice should improve the way complaints and patient feedback are analysed for themes and learning."
BOURNE = [
    # section, no, requirement (as printed: blank when continuing), action, person, target, status, update, expected
    (SAFE, "1", R12A, "Run weekly searches for patients on DMARDs, lithium and warfarin and recall anyone overdue blood monitoring.",
     "Clinical Pharmacist", "30/11/2023", "Complete", "Searches set up as a weekly report; 46 patients recalled.",
     (R12A, "2023-11", None, "blue", ["Clinical Pharmacist"])),
    (SAFE, "2", "", "Add monitoring alerts to the clinical system and review all repeat templates for high-risk drugs.",
     "Dr A Patel & Clinical Pharmacist", "31/01/2024", "Complete", "All 112 templates reviewed.",
     (R12A, "2024-01", None, "blue", ["Dr A Patel", "Clinical Pharmacist"])),
    (SAFE, "3", R12B, "Introduce an MHRA alerts log with a named GP reviewing each alert and recording the searches run and outcomes.",
     "Practice Manager", "December 2023", "Complete", "Log in place and checked at clinical meetings.",
     (R12B, "2023-12", None, "blue", ["Practice Manager"])),
    (EFF, "4", SH1, "Offer Saturday morning smear clinics and text reminders to all eligible patients not screened in the last 3.5 years.",
     "Nurse Manager", "Ongoing", "Green", "Uptake 74.2% (Jan 2024), up from 71.0%.",
     (SH1, None, "Ongoing", "green", ["Nurse Manager"])),
    (WELL, "5", R17, "Review and update all practice policies and introduce a review schedule with a named owner for each policy.",
     "Practice Manager / Deputy Practice Manager", "31/03/2024", "Green", "38 of 51 policies reviewed.",
     (R17, "2024-03", None, "green", ["Practice Manager", "Deputy Practice Manager"])),
    (WELL, "6", "", "Set up a training matrix on the practice training platform and check compliance at the monthly team meeting.",
     "Deputy Practice Manager", "28/02/2024", "Amber", "Matrix built; some staff records still to be uploaded.",
     (R17, "2024-02", None, "amber", ["Deputy Practice Manager"])),
    (WELL, "7", SH2, "Review complaints and feedback at the clinical meeting and share the learning with the Patient Participation Group.",
     "Partners; Practice Manager", "Quarterly", "Green", "First quarterly review held 10 January 2024.",
     (SH2, None, "Quarterly", "green", ["Partners", "Practice Manager"])),
]


def build_bourne(path):
    lines = [BOURNE_TITLE,
             "Inspection date: 12 September 2023\tOverall rating: Requires improvement",
             "Last updated: 15 February 2024 (Practice Manager)",
             "Status key: Complete = finished and evidenced; Green = on track; Amber = delayed; Red = off track",
             "",
             "\t".join(["No.", "Requirement / recommendation", "Action to be taken", "Person responsible",
                        "Target date", "Status", "Update"])]
    section = None
    for sec, no, req, action, person, target, status, upd, _ in BOURNE:
        if sec != section:
            lines.append(sec)
            section = sec
        lines.append("\t".join([no, req, action, person, target, status, upd]))
    lines += ["", "Notes: this plan is reviewed at the monthly partners’ meeting and shared with the Patient Participation Group."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Betsi Cadwaladr UHB - HIW improvement plan, Ablett Unit (docx, HIW template)
# ---------------------------------------------------------------------------
BETSI_FILE = "kt1-betsi-cadwaladr-uhb-hiw-ablett-unit-mental-health-improvement-plan.docx"
BETSI_TITLE = "Ablett Unit, Ysbyty Glan Clwyd – HIW Improvement Plan"
IMM = "Immediate improvement plan"
PX, SE, ML = "Quality of the patient experience", "Delivery of safe and effective care", "Quality of management and leadership"
BETSI = [
    # (section heading, [ (improvement needed, standard, [ (action, officer, timescale, update, rag, expected) ]) ])
    (IMM, [
        ("The health board must ensure that ligature point risk assessments for all wards in the Ablett Unit are reviewed "
         "and that mitigating actions are in place and understood by staff.",
         "Health and Care Quality Standards 2023 – Safe", [
            ("Ligature risk assessments for Tegid, Cynnydd and Dinas wards reviewed by the ward managers and Estates; "
             "environmental mitigation plans displayed in each nursing office and shared at safety huddles.",
             "Senior Nurse Manager", "13 October 2023", "Completed and evidence sent to HIW on 16 October 2023.", "B",
             ("2023-10", None, "blue", ["Senior Nurse Manager"])),
            ("Ligature awareness added to the local induction for all bank and agency staff working on the unit.",
             "Ward Managers", "30 November 2023", "Induction checklist updated; audited December 2023.", "B",
             ("2023-11", None, "blue", ["Ward Managers"])),
        ]),
    ]),
    (PX, [
        ("The health board must ensure that patients have access to a range of therapeutic and recreational activities, including at weekends.",
         "Person-centred", [
            ("Recruit two activity coordinators to provide a seven-day timetable of activities across the unit.",
             "Head of Nursing – Mental Health (Central)", "31 May 2024",
             "One coordinator in post from April; second post out to advert.", "A",
             ("2024-05", None, "amber", ["Head of Nursing – Mental Health (Central)"])),
        ]),
        ("The health board must ensure that patients are given information about advocacy services in a format they understand, including in Welsh.",
         "Person-centred", [
            ("Bilingual advocacy posters and leaflets displayed on all wards; easy-read versions requested from the Independent Mental Health Advocacy provider.",
             "Ward Managers / Patient Experience Lead", "March 2024", "Complete.", "B",
             ("2024-03", None, "blue", ["Ward Managers", "Patient Experience Lead"])),
        ]),
    ]),
    (SE, [
        ("The health board must ensure that Mental Health Act documentation, including consent to treatment certificates, "
         "is accurate and kept with medication charts.",
         "Mental Health Act 1983 and Code of Practice for Wales", [
            ("Monthly audit of T2/T3 certificates against medication charts by the Mental Health Act Administrator.\n"
             "Findings reported to the Mental Health Act Committee.",
             "Mental Health Act Manager", "30 April 2024", "Audit embedded; 100% compliance in April and May.", "B",
             ("2024-04", None, "blue", ["Mental Health Act Manager"])),
        ]),
        ("The health board must ensure that physical health observations (NEWS2) are completed at the required frequency and escalated appropriately.",
         "Safe; Effective", [
            ("Implement electronic NEWS2 recording on handheld devices on all three wards, with compliance reviewed at the weekly ward governance meeting.",
             "Lead Nurse – Physical Health; Digital Lead", "Quarter 2 2024/25", "Devices delivered; go-live on Tegid ward in July.", "G",
             ("2024-09", "Quarter 2 2024/25", "green", ["Lead Nurse – Physical Health", "Digital Lead"])),
        ]),
    ]),
    (ML, [
        ("The health board must ensure that mandatory training compliance, in particular Immediate Life Support and restrictive "
         "practice training, meets the health board target of 85%.",
         "Workforce", [
            ("Additional ILS and restrictive practice training dates commissioned and staff rostered to attend; compliance tracked monthly.",
             "Senior Nurse Manager", "31 August 2024", "ILS 79%, restrictive practice 82% (May 2024).", "A",
             ("2024-08", None, "amber", ["Senior Nurse Manager"])),
            ("Practice Development Nurse appointed to the unit to support training and clinical supervision.",
             "Head of Nursing – Mental Health (Central)", "January 2024", "In post from 8 January 2024.", "B",
             ("2024-01", None, "blue", ["Head of Nursing – Mental Health (Central)"])),
        ]),
        ("The health board must ensure that staff receive regular clinical supervision and that this is recorded.",
         "Workforce", [
            ("Introduce a supervision tracker for each ward; ward managers to report compliance at monthly performance reviews.",
             "Ward Managers", "Ongoing", "Tracker in use on all wards.", "G",
             (None, "Ongoing", "green", ["Ward Managers"])),
        ]),
    ]),
]


def build_betsi(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph(BETSI_TITLE, style="Title")
    info = d.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for row, (a, b) in zip(info.rows, [
            ("Service", "Ablett Unit (Tegid, Cynnydd and Dinas wards), Ysbyty Glan Clwyd"),
            ("Health board", "Betsi Cadwaladr University Health Board"),
            ("Date of inspection", "9–11 October 2023"),
            ("Date of HIW report", "18 January 2024"),
            ("Progress update", "June 2024 – Mental Health and Learning Disabilities Quality, Safety and Experience Group")]):
        set_cell(row.cells[0], a, bold=True)
        set_cell(row.cells[1], b)
    d.add_paragraph("")
    d.add_paragraph("Status key: B = complete; G = on track; A = at risk of delay; R = off track.")

    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale",
            "Progress update (June 2024)", "RAG"]
    first_c = True
    for heading, items in BETSI:
        if heading == IMM:
            d.add_paragraph("Appendix B – " + IMM, style="Heading 1")
            d.add_paragraph("The following issue was referred to the health board for immediate action during the inspection.")
        else:
            if first_c:
                d.add_paragraph("Appendix C – Improvement plan", style="Heading 1")
                first_c = False
            d.add_paragraph(heading, style="Heading 2")
        n = sum(len(acts) for _, _, acts in items)
        t = d.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        header_row(t, cols, fill="C6E0B4")
        r = 1
        for imp, std, acts in items:
            top = r
            for action, officer, ts, upd, rag, _ in acts:
                row = t.rows[r].cells
                for c, v in zip(row[2:7], [action, officer, ts, upd, rag]):
                    set_cell(c, v)
                shade(row[6], FILL[rag])
                r += 1
            if r - 1 > top:
                a = t.cell(top, 0).merge(t.cell(r - 1, 0))
                b = t.cell(top, 1).merge(t.cell(r - 1, 1))
            set_cell(t.cell(top, 0), imp)
            set_cell(t.cell(top, 1), std)
        d.add_paragraph("")
    d.add_paragraph("Service representative", style="Heading 2")
    s = d.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for row, (a, b) in zip(s.rows, [("Name (print)", "Gareth Lloyd-Hughes"),
                                     ("Job role", "Interim Director of Nursing – Mental Health and Learning Disabilities"),
                                     ("Date", "1 February 2024")]):
        set_cell(row.cells[0], a, bold=True)
        set_cell(row.cells[1], b)
    d.save(path)


# ---------------------------------------------------------------------------
# 6. University of Brighton - apprenticeships PIAP, CSV export (REFUSE: "Febuary 2025")
# ---------------------------------------------------------------------------
BRIGHTON_FILE = "kt1-university-of-brighton-ofsted-apprenticeships-piap-typo-month-refuse.csv"
BRIGHTON_TITLE = "University of Brighton - Apprenticeships Post-Inspection Action Plan (PIAP) 2024-25"
BRIGHTON_HDR = ["Theme", "Ref", "Ofsted area for improvement", "Action", "Owner(s)", "Due date", "RAG", "Progress commentary (Dec 2024)"]
BRIGHTON_ROWS = [
    ["Leadership and management", "1.1",
     "Leaders should ensure that governors receive sufficiently detailed information about the quality of apprenticeship provision to hold leaders to account.",
     "Introduce a termly apprenticeships quality report to Academic Board and the Board of Governors, including achievement, retention and progress by standard.",
     "Pro-Vice-Chancellor (Education and Students)", "Jan-25", "G", "First report drafted for the January 2025 Board cycle."],
    ["", "1.2", "",
     "Establish an Apprenticeships Quality Board chaired by the Director of Apprenticeships, meeting six-weekly.",
     "Director of Apprenticeships", "30/09/2024", "Complete", "Terms of reference approved; first meeting held 12 September 2024."],
    ["Quality of education", "2.1",
     "Leaders and tutors should ensure that apprentices' starting points are assessed accurately, so that training plans reflect what apprentices already know and can do.",
     "Revise the skills scan used at enrolment and align it with the knowledge, skills and behaviours of each apprenticeship standard.",
     "Apprenticeship Programme Leads", "Febuary 2025", "A", "Revised skills scans drafted for 9 of 14 standards."],
    ["", "2.2", "",
     "Amend the training plan template so that recognition of prior learning adjusts content and planned duration.",
     "Head of Apprenticeship Compliance; Admissions Manager", "31/03/2025", "G", "Template changes agreed with ESFA funding guidance."],
    ["", "2.3",
     "Tutors and workplace mentors should link on- and off-the-job training more coherently, so that apprentices apply new knowledge in their job roles.",
     "Introduce tripartite progress reviews every 10-12 weeks using a standard record that links university learning to workplace tasks.",
     "Work-Based Learning Coordinators", "Dec-24", "A", "New review record in use; 68% of reviews on time."],
    ["", "2.4", "",
     "Deliver workplace mentor induction and an annual online briefing for mentors.",
     "Employer Engagement Manager", "Apr-25", "G", "Two briefings held; recordings on the employer portal."],
    ["Personal development", "3.1",
     "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and extremism relevant to their workplace and locality.",
     "Embed Prevent and British values discussion into progress reviews using sector-specific case studies.",
     "Designated Safeguarding Lead", "Mar-25", "G", "Case studies written for health and engineering standards."],
]


def build_brighton(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([BRIGHTON_TITLE] + [""] * 7)
        w.writerow(["Ofsted inspection 5-8 March 2024; report published 17 April 2024 (overall effectiveness: Requires improvement)"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(BRIGHTON_HDR)
        for row in BRIGHTON_ROWS:
            w.writerow(row)
        w.writerow([""] * 8)
        w.writerow(["RAG: Complete / G = on track / A = at risk / R = off track"] + [""] * 7)


# ---------------------------------------------------------------------------
# 7. The Coal Authority - ARAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
COAL_FILE = "kt1-coal-authority-arac-internal-audit-recommendations-tracker.xlsx"
COAL_TITLE = "The Coal Authority – Internal Audit Recommendations Tracker"
COAL_OPEN = [
    ("GIAA 2023-24 – Cyber Security Maturity (Limited assurance)", [
        ("CS.1", "High", "The Authority should complete and test its cyber incident response plan, including an exercise involving the Executive Committee.",
         "Update the cyber incident response plan and run a tabletop exercise with ExCo using the NCSC Exercise in a Box toolkit.",
         "Head of Digital Services", D(2024, 3, 31), D(2024, 11, 30), 1, "Amber",
         "Plan updated and approved. Exercise rescheduled to November because of ExCo availability.",
         ("2024-11", None, "amber", ["Head of Digital Services"])),
        ("CS.2", "Medium", "Privileged access accounts should be reviewed quarterly and evidence of each review retained.",
         "Introduce quarterly privileged access reviews, with sign-off recorded in the ServiceNow change log.",
         "IT Security Manager", D(2024, 6, 30), None, 0, "Complete",
         "Q1 and Q2 reviews completed and evidenced; awaiting GIAA verification.",
         ("2024-06", None, "blue", ["IT Security Manager"])),
        ("CS.3", "Medium", "Cyber security assurance should be obtained from all critical suppliers.",
         "Issue cyber assurance questionnaires to the 12 critical suppliers and record the results on the contracts register.",
         "Head of Commercial / IT Security Manager", D(2024, 12, 31), None, 0, "Green",
         "9 of 12 questionnaires returned.",
         ("2024-12", None, "green", ["Head of Commercial", "IT Security Manager"])),
    ]),
    ("GIAA 2023-24 – Mine Water Treatment Schemes: Project Management (Moderate assurance)", [
        ("MW.1", "Medium", "Project risk registers should be reviewed monthly by each project board and escalations recorded.",
         "Add a monthly risk register review to the standard project board agenda; PMO to check compliance each quarter.",
         "Head of PMO", D(2024, 7, 31), D(2024, 10, 31), 1, "Amber",
         "Agenda template issued; first PMO compliance check due October.",
         ("2024-10", None, "amber", ["Head of PMO"])),
        ("MW.2", "Low", "Lessons learned should be captured at the close of each scheme and shared across the programme.",
         "Introduce a lessons learned template and central log, reviewed by the Programme Board twice a year.",
         "Mine Water Programme Director", D(2024, 3, 31), None, 0, "Red",
         "Overdue. Template drafted; log not yet in place. Revised date to be proposed to ARAC.",
         ("2024-03", None, "red", ["Mine Water Programme Director"])),
    ]),
    ("GIAA 2024-25 – Payroll and Expenses (Substantial assurance)", [
        ("PE.1", "Low", "Expense claims submitted more than 90 days after the expense was incurred should be rejected unless approved by the Chief Financial Officer.",
         "Add a system rule to reject claims older than 90 days without a CFO override.",
         "Finance Systems Manager", D(2025, 1, 31), None, 0, "Green",
         "Change request raised with the ERP supplier.",
         ("2025-01", None, "green", ["Finance Systems Manager"])),
    ]),
]
COAL_CLOSED = [
    ("GIAA 2022-23 – Business Continuity (Moderate assurance)", [
        ("BC.2", "Medium", "Business impact analyses should be refreshed for all directorates.",
         "Refresh all directorate business impact analyses and have them approved by the Business Continuity Steering Group.",
         "Resilience Manager", D(2023, 12, 31), D(2024, 5, 31), D(2024, 5, 22), "Complete",
         "All BIAs approved 22 May 2024. Verified by GIAA.",
         ("2024-05", None, "blue", ["Resilience Manager"])),
        ("BC.4", "Low", "The business continuity plan should be tested at least annually.",
         "Hold an annual business continuity exercise and report the results to ExCo.",
         "Resilience Manager", D(2024, 6, 30), None, D(2024, 6, 27), "Complete",
         "Exercise held 27 June 2024; report to ExCo 9 July 2024.",
         ("2024-06", None, "blue", ["Resilience Manager"])),
    ]),
    ("GIAA 2023-24 – Recruitment and Vetting (Moderate assurance)", [
        ("RV.1", "High", "Pre-employment checks, including BPSS, should be completed and evidenced before start dates are confirmed.",
         "Update the recruitment checklist so that start dates are only confirmed once BPSS is complete; HR to spot check 10 files each month.",
         "Head of People Services", D(2024, 4, 30), None, D(2024, 4, 19), "Complete",
         "Checklist in use; spot checks April–August found no exceptions.",
         ("2024-04", None, "blue", ["Head of People Services"])),
    ]),
]


def build_coal(path):
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "OFFICIAL"
    cv["A1"].font = Font(bold=True, color="C00000")
    cv["A3"] = COAL_TITLE
    cv["A3"].font = Font(bold=True, size=14)
    cv["A4"] = "Audit and Risk Assurance Committee – 15 October 2024 (paper ARAC/24/41)"
    cv["A5"] = "Position at 30 September 2024. Prepared by the Governance Manager for the Chief Financial Officer."
    cv["A7"] = "Summary of recommendations"
    cv["A7"].font = Font(bold=True)
    for c, h in enumerate(["", "High", "Medium", "Low", "Total"], start=1):
        cv.cell(8, c, h).font = Font(bold=True)
    box(cv, 8, 1, 5)
    for i, vals in enumerate([("Open at last ARAC (June 2024)", 2, 4, 2, 8),
                              ("New recommendations", 0, 0, 1, 1),
                              ("Closed since last ARAC", 1, 1, 1, 3),
                              ("Open now", 1, 3, 2, 6),
                              ("Of which overdue", 0, 0, 1, 1)], start=9):
        for c, v in enumerate(vals, start=1):
            cv.cell(i, c, v)
        box(cv, i, 1, 5)
    cv["A15"] = "Status key"
    cv["A15"].font = Font(bold=True)
    for i, (k, desc) in enumerate([("Green", "On track to meet the due date"),
                                   ("Amber", "At risk, or revised date agreed"),
                                   ("Red", "Overdue"),
                                   ("Complete", "Implemented – closed or awaiting GIAA verification")], start=16):
        cv.cell(i, 1, k)
        cv.cell(i, 2, desc)
    cv.column_dimensions["A"].width = 32

    def sheet(name, title, groups, closed):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "Date closed" if closed else "No. of revisions",
               "Status", "Management update"]
        for c, h in enumerate(hdr, start=1):
            ws.cell(3, c, h).font = Font(bold=True, color="FFFFFF")
            ws.cell(3, c).fill = PatternFill("solid", fgColor="44546A")
        box(ws, 3, 1, 10)
        r = 4
        for audit, recs in groups:
            ws.cell(r, 1, audit).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D6DCE4")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            for rec in recs:
                vals = list(rec[:10])
                for c, v in enumerate(vals, start=1):
                    ws.cell(r, c, v)
                    if isinstance(v, dt.datetime):
                        ws.cell(r, c).number_format = "dd-mmm-yy"
                box(ws, r, 1, 10)
                r += 1
        for col, w in zip("ABCDEFGHIJ", [8, 9, 45, 50, 28, 11, 11, 11, 10, 45]):
            ws.column_dimensions[col].width = w
    sheet("Open recommendations", "Open internal audit recommendations – position at 30 September 2024", COAL_OPEN, False)
    sheet("Closed since last ARAC", "Recommendations closed since the June 2024 ARAC", COAL_CLOSED, True)
    wb.save(path)


def main():
    build_montsaye(os.path.join(HERE, MONTSAYE_FILE))
    build_fareham(os.path.join(HERE, FAREHAM_FILE))
    build_barnsley(os.path.join(HERE, BARNSLEY_FILE))
    build_bourne(os.path.join(HERE, BOURNE_FILE))
    build_betsi(os.path.join(HERE, BETSI_FILE))
    build_brighton(os.path.join(HERE, BRIGHTON_FILE))
    build_coal(os.path.join(HERE, COAL_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
