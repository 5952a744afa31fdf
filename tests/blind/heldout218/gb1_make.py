"""Build the seven gb1- blind test files (set heldout218) and their expected readings.

Run with /work/main/.venv/bin/python gb1_make.py  (needs openpyxl, python-docx, pyyaml).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "8DB4E2"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def put(ws, row, values, start_col=1, border=True, wrap=True):
    for i, v in enumerate(values):
        c = ws.cell(row=row, column=start_col + i, value=v)
        if border:
            c.border = BOX
        if wrap:
            c.alignment = WRAP
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    return row


# ---------------------------------------------------------------------------
# 1. Queen Elizabeth Hospital King's Lynn - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
def make_qeh():
    name = "gb1-queen-elizabeth-hospital-kings-lynn-cqc-must-should-do-action-plan.xlsx"
    title = ("CQC Inspection Action Plan 2024/25 – Urgent and Emergency Care and Medical Care "
             "(including older people's care)")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Date", "22/10/2024"), ("Executive owner", "Chief Nurse"),
          ("Reporting to", "Quality Committee / Trust Board"),
          ("Status", "Draft for Quality Committee 29/10/2024")]
    r = 5
    for k, v in dc:
        put(cov, r, [k, v])
        cov.cell(row=r, column=1).font = Font(bold=True)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, text, col in [
        ("B", "Complete – evidence submitted and assured by Compliance Panel", BLUE),
        ("G", "On track to deliver by the agreed date", GREEN),
        ("A", "At risk – some slippage, mitigation in place", AMBER),
        ("R", "Off track – will not deliver by agreed date / escalation required", RED),
    ]:
        put(cov, r, [letter, text])
        cov.cell(row=r, column=1).fill = fill(col)
        r += 1
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 18/10/2024"
    sm["A1"].font = Font(bold=True, size=12)
    put(sm, 3, ["Type", "Total", "B", "G", "A", "R"])
    for i, col in enumerate([None, None, BLUE, GREEN, AMBER, RED]):
        c = sm.cell(row=3, column=i + 1)
        c.font = Font(bold=True)
        if col:
            c.fill = fill(col)
    put(sm, 4, ["Must Do", 5, 1, 2, 1, 1])
    put(sm, 5, ["Should Do", 4, 1, 2, 1, 0])
    put(sm, 6, ["Total", 9, 2, 4, 2, 1])
    sm.cell(row=6, column=1).font = Font(bold=True)

    # ---- Must Do sheet
    md = wb.create_sheet("Must Do")
    md["A1"] = "CQC Inspection Action Plan – MUST DO actions"
    md["A1"].font = Font(bold=True, size=13, color=NAVY)
    md.merge_cells("A1:I1")
    md["A2"] = ("Inspection: 5–7 March 2024 (unannounced core services) and 19 March 2024 (well-led). "
                "Report published 28 June 2024.")
    md.merge_cells("A2:I2")
    hdr = ["Ref", "CQC Must Do (Regulation)", "Action", "Responsible lead",
           "Original completion date", "Revised completion date", "Previous RAG", "Current RAG",
           "Progress update / evidence"]
    put(md, 4, hdr)
    for i in range(1, 10):
        c = md.cell(row=4, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    for col, w in zip("ABCDEFGHI", [8, 45, 55, 30, 14, 14, 10, 10, 50]):
        md.column_dimensions[col].width = w

    sec1 = "Urgent and Emergency Care"
    sec2 = "Medical Care (including older people's care)"
    md1 = ("The trust must ensure that patients in the emergency department receive timely assessment, "
           "including initial triage within 15 minutes of arrival. (Regulation 12(1)(2)(a))")
    md2 = ("The trust must ensure that patients' risk assessments for falls, pressure areas and nutrition "
           "are completed and reviewed in line with trust policy. (Regulation 12(2)(a)(b))")
    md3 = ("The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on "
           "medical wards, in line with the agreed establishment. (Regulation 18(1))")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def section(ws, row, text, last_col):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for i in range(1, last_col + 1):
            ws.cell(row=row, column=i).fill = fill(GREY)
            ws.cell(row=row, column=i).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)

    def md_row(row, ref, mustdo, action, lead, orig, rev, prev, cur, prog):
        put(md, row, [ref, mustdo, action, lead, orig, rev, prev, cur, prog])
        if prev:
            md.cell(row=row, column=7).fill = fill(rag_fill[prev])
        if cur:
            md.cell(row=row, column=8).fill = fill(rag_fill[cur])

    section(md, 5, sec1, 9)
    a11 = ("Introduce a streaming and rapid assessment nurse at the front door between 10:00 and 02:00, "
           "seven days a week.")
    md_row(6, "MD1.1", md1, a11, "Head of Nursing – Emergency Department", d(2024, 7, 31), None, "A", "B",
           "Rota in place from 01/07/2024. Triage within 15 minutes at 86% in September (from 61%).")
    a12 = "Audit time to triage weekly and report compliance to the Urgent and Emergency Care Board."
    md_row(7, "MD1.2", None, a12, "ED Clinical Lead / Head of Nursing – Emergency Department",
           d(2024, 9, 30), d(2024, 12, 31), "G", "A",
           "Weekly audit running; reporting to UEC Board delayed by change of data warehouse. "
           "Revised date agreed at Compliance Panel 10/10/2024.")
    md.merge_cells("B6:B7")
    a21 = ("Move falls, Waterlow and MUST risk assessments to mandatory fields in the electronic "
           "patient record.")
    md_row(8, "MD2.1", md2, a21, "Chief Nursing Information Officer", "31/08/2024", "30/11/2024", "A", "R",
           "EPR supplier release slipped; escalated to Digital Board 03/10/2024.")
    a22 = ("Monthly ward accreditation audit to include completion of risk assessments within 6 hours "
           "of admission.")
    md_row(9, "MD2.2", None, a22, "Deputy Chief Nurse", d(2024, 10, 31), None, "G", "G",
           "First audit cycle complete in ED; full roll-out on track.")
    md.merge_cells("B8:B9")
    section(md, 10, sec2, 9)
    a31 = ("Complete the bi-annual nursing establishment review for all medical wards and present "
           "findings to Trust Board.\nRecruit to the 24 WTE registered nurse vacancies identified.")
    md_row(11, "MD3.1", md3, a31, "Chief Nurse; Director of People", "Q4 2024/25", None, "G", "G",
           "Establishment review to Board 07/11/2024. 15 of 24 posts offered, including 9 international "
           "recruits.")
    md["A13"] = "Note: Regulation references are to the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
    md["A13"].font = Font(italic=True)

    # ---- Should Do sheet
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "CQC Inspection Action Plan – SHOULD DO actions"
    sd["A1"].font = Font(bold=True, size=13, color=NAVY)
    sd.merge_cells("A1:J1")
    hdr2 = ["Ref", "Core service", "CQC Should Do", "Action", "Responsible lead", "Completion date",
            "Revised date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    put(sd, 3, hdr2)
    for i in range(1, 11):
        c = sd.cell(row=3, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    for col, w in zip("ABCDEFGHIJ", [8, 22, 45, 55, 30, 14, 14, 10, 10, 50]):
        sd.column_dimensions[col].width = w
    sd1 = ("The trust should ensure that mental health risk assessments are documented for all patients "
           "presenting with self-harm.")
    sd2 = ("The trust should ensure that the paediatric area of the emergency department is staffed by a "
           "registered children's nurse at all times.")
    sd3 = "The trust should ensure that patients' discharge planning starts on admission and is documented."
    sd4 = "The trust should ensure that staff complete mandatory training in the Mental Capacity Act."
    s_a1 = "Roll out the Mental Health Triage Tool to ED and include it in the triage competency package."
    s_a2 = "Recruit two additional RSCNs and add paediatric competencies to the adult nurse rotation."
    s_a3 = "Embed the 'Home First' discharge checklist on all medical wards."
    s_a4 = ("Targeted MCA training sessions for medical ward staff; compliance reported monthly to "
            "Divisional Board.")
    rows = [
        ("SD1", sec1, sd1, s_a1, "Matron – Emergency Department", d(2024, 9, 30), None, "G", "B",
         "Tool live 02/09/2024; 92% of registered nurses trained."),
        ("SD2", sec1, sd2, s_a2, "Head of Nursing – Emergency Department", d(2024, 12, 31), None, "A", "A",
         "One RSCN appointed (start 04/11/2024); second post re-advertised."),
        ("SD3", sec2, sd3, s_a3, "Divisional Director of Operations – Medicine", "March 2025", None, "G", "G",
         "Checklist live on 6 of 11 wards."),
        ("SD4", sec2, sd4, s_a4, "Named Nurse for Safeguarding Adults / Ward Managers", "30/11/2024",
         "28/02/2025", "A", "",
         "Compliance 81% (target 90%). Date revised to allow for winter rota."),
    ]
    r = 4
    for ref, svc, sdt, a, lead, orig, rev, prev, cur, prog in rows:
        put(sd, r, [ref, svc, sdt, a, lead, orig, rev, prev, cur or None, prog])
        sd.cell(row=r, column=8).fill = fill(rag_fill[prev])
        # SD4: current RAG shown by fill colour only (green)
        sd.cell(row=r, column=9).fill = fill(rag_fill[cur] if cur else GREEN)
        r += 1
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust, 2024/25: action plan after a CQC "
                   "inspection of urgent and emergency care and medical care (trust plans reported to Quality "
                   "Committee, cf. CQC reports for RCX on cqc.org.uk). Copies a cover sheet with document "
                   "control and a B/G/A/R key, a summary totals sheet, a MUST DO sheet with grey core-service "
                   "section rows and the must-do text (with regulation) merged down over its actions, a SHOULD DO "
                   "sheet with the core service as a column, original and revised completion dates, previous and "
                   "current RAG letters with fill colours (one current RAG given by fill only), an inner line "
                   "break in one action, and a note line."),
        "reads": ("A trust workbook: cover, summary totals, then five must-do actions grouped under two core "
                  "services with the regulation breach text above each group, and four should-do actions with "
                  "the core service in a column. Revised dates supersede original ones and the current RAG is "
                  "the status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("MD1.1", [sec1, md1], a11, ["Head of Nursing – Emergency Department"], "2024-07", "blue"),
            act("MD1.2", [sec1, md1], a12, ["ED Clinical Lead", "Head of Nursing – Emergency Department"],
                "2024-12", "amber"),
            act("MD2.1", [sec1, md2], a21, ["Chief Nursing Information Officer"], "2024-11", "red"),
            act("MD2.2", [sec1, md2], a22, ["Deputy Chief Nurse"], "2024-10", "green"),
            act("MD3.1", [sec2, md3], a31, ["Chief Nurse", "Director of People"], "2025-03", "green"),
            act("SD1", [sec1, sd1], s_a1, ["Matron – Emergency Department"], "2024-09", "blue"),
            act("SD2", [sec1, sd2], s_a2, ["Head of Nursing – Emergency Department"], "2024-12", "amber"),
            act("SD3", [sec2, sd3], s_a3, ["Divisional Director of Operations – Medicine"], "2025-03", "green"),
            act("SD4", [sec2, sd4], s_a4, ["Named Nurse for Safeguarding Adults", "Ward Managers"], "2025-02",
                "green"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. University of Brighton - school NSS action plan (xlsx)
# ---------------------------------------------------------------------------
def make_brighton():
    name = "gb1-university-of-brighton-nss-action-plan-2024-25.xlsx"
    title = "School of Humanities and Social Science – NSS Action Plan 2024/25"
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    notes = [
        "University of Brighton – School NSS action plans 2024/25",
        "This action plan responds to the National Student Survey 2024 results for the School of Humanities "
        "and Social Science, together with feedback from Course Boards and the Student Staff Liaison Committee.",
        "Actions were agreed with course representatives at the School Student Forum on 23/10/2024.",
        "Progress is reported to School Academic Committee and to the University's Academic Standards Committee.",
        "",
        "Status key:",
    ]
    for i, t in enumerate(notes, start=1):
        rm.cell(row=i, column=1, value=t)
    rm["A1"].font = Font(bold=True, size=13)
    r = len(notes) + 1
    for word, meaning, col in [
        ("Complete", "Action delivered", BLUE),
        ("Green", "On track", GREEN),
        ("Amber", "Some delay – expected to deliver", AMBER),
        ("Red", "Significant concern – unlikely to deliver by target date", RED),
        ("Not started", "Action not yet due to start", None),
    ]:
        rm.cell(row=r, column=1, value=word).border = BOX
        rm.cell(row=r, column=2, value=meaning).border = BOX
        if col:
            rm.cell(row=r, column=1).fill = fill(col)
        r += 1
    rm.column_dimensions["A"].width = 18
    rm.column_dimensions["B"].width = 60

    sc = wb.create_sheet("NSS 2024 scores")
    sc["A1"] = "NSS 2024 – School of Humanities and Social Science (positivity measure, %)"
    sc["A1"].font = Font(bold=True)
    put(sc, 3, ["NSS theme", "School", "Benchmark", "Difference"])
    for row_i, (th, s, b) in enumerate([
        ("Teaching on my course", 84.1, 84.9),
        ("Learning opportunities", 80.3, 81.2),
        ("Assessment and feedback", 71.4, 76.8),
        ("Academic support", 83.0, 83.5),
        ("Organisation and management", 66.2, 72.1),
        ("Learning resources", 81.7, 86.0),
        ("Student voice", 68.9, 72.4),
    ], start=4):
        put(sc, row_i, [th, s, b, round(s - b, 1)])
    sc.column_dimensions["A"].width = 32

    ap = wb.create_sheet("Action plan 2024-25")
    ap["A1"] = "University of Brighton"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = title
    ap["A2"].font = Font(bold=True, size=14)
    ap["A3"] = ("Approved by School Academic Committee: 06/11/2024    Plan owner: Deputy Head of School "
                "(Education and Students)")
    ap["A4"] = "Progress updated for Academic Standards Committee, 12/03/2025"
    hdr = ["NSS theme", "What students told us", "No.", "Action", "Action owner", "Target date",
           "Progress update (March 2025)", "Status"]
    put(ap, 6, hdr)
    for i in range(1, 9):
        c = ap.cell(row=6, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2A6B")
    for col, w in zip("ABCDEFGH", [22, 40, 6, 55, 32, 13, 45, 12]):
        ap.column_dimensions[col].width = w

    st_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
    th1, th2, th3, th4 = ("Assessment and feedback", "Organisation and management", "Student voice",
                          "Learning resources")
    t1a = ("Feedback on assessed work is not always returned within the 15 working-day turnaround, and "
           "marking criteria are not always clear before submission.")
    t1b = "Students do not know how to use feedback to improve their next assessment."
    t2 = "Timetable changes are communicated late and through too many channels."
    t3 = "Students are not told what has changed as a result of their feedback."
    t4 = "Specialist software is not available off campus."
    a11 = ("Publish all assessment briefs with marking rubrics on studentcentral at least four weeks before "
           "the submission date.")
    a12 = ("Introduce a School feedback-return tracker, reviewed at each Course Board, with late returns "
           "escalated to the Head of School.")
    a13 = ("Run a 'Making the most of feedback' session in Level 4 and Level 5 personal tutoring in "
           "Semester 1.")
    a21 = ("Agree a single channel (studentcentral course announcements) for timetable changes, with a "
           "minimum of five working days' notice except in emergencies.")
    a22 = ("Review the timetabling of seminars for commuting students so that no day has a single one-hour "
           "teaching session.")
    a31 = "Publish a termly 'You said, we did' update on each course page and in course rep meetings."
    a32 = ("Train course representatives with the Students' Union before the first Course Board of the "
           "year.")
    a41 = "Make NVivo and SPSS available through the remote desktop service for all taught students."
    rows = [
        (7, th1, t1a, "1.1", a11, "Course Leaders", "January 2025",
         "All Level 4–6 briefs published with rubrics for Semester 2.", "Complete"),
        (8, None, None, "1.2", a12, "Deputy Head of School (Education and Students)", d(2025, 3, 31),
         "Tracker live; 88% of work returned on time in Semester 1.", "Green"),
        (9, None, t1b, "1.3", a13, "Personal Tutoring Lead / Academic Skills Team", "Dec-24",
         "Delivered to all Level 4 and Level 5 tutor groups.", "Complete"),
        (10, th2, t2, "2.1", a21, "School Operations Manager", "February 2025",
         "Agreed by School Management Team; compliance monitoring not yet in place.", "Amber"),
        (11, None, None, "2.2", a22, "School Operations Manager; Timetabling Office", "Sept 2025",
         "For the 2025/26 timetable round.", "Not started"),
        (12, th3, t3, "3.1", a31, "Course Leaders", "Termly",
         "Autumn update published on 9 of 11 course pages.", "Green"),
        (13, None, None, "3.2", a32,
         "Student Engagement Officer (SU) and Deputy Head of School (Education and Students)", "31/10/2024",
         "Training held 16/10/2024; 34 reps attended.", "Complete"),
        (14, th4, t4, "4.1", a41, "Head of Digital Learning Services", "April 2025",
         "Licence cost approved; delay in the remote desktop upgrade by IT Services.", "Red"),
    ]
    for (row, th, told, no, a, owner, tgt, prog, status) in rows:
        put(ap, row, [th, told, no, a, owner, tgt, prog, status])
        if st_fill[status]:
            ap.cell(row=row, column=8).fill = fill(st_fill[status])
    ap.merge_cells("A7:A9")
    ap.merge_cells("B7:B8")
    ap.merge_cells("A10:A11")
    ap.merge_cells("B10:B11")
    ap.merge_cells("A12:A13")
    ap.merge_cells("B12:B13")
    ap["A16"] = "Total actions: 8    Complete: 3    Green: 2    Amber: 1    Red: 1    Not started: 1"
    ap["A16"].font = Font(bold=True)
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": ("University of Brighton, 2024/25: a school-level National Student Survey action plan of the kind "
                   "universities publish to close the feedback loop (cf. University of Leeds School Action "
                   "Planning process, ses.leeds.ac.uk). Copies a read-me sheet with notes and a status key, a "
                   "sheet of NSS theme scores against benchmark, and an action sheet with a title block, the NSS "
                   "theme and 'What students told us' merged down over their actions, numbered actions, job-title "
                   "owners (some two), mixed month/date/Termly targets, word statuses with fill, and a totals line."),
        "reads": ("A three-sheet workbook; only the 'Action plan 2024-25' sheet holds actions: eight numbered "
                  "actions under four NSS themes, each answering an issue students raised. The first two sheets "
                  "are notes/key and survey scores."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [th1, t1a], a11, ["Course Leaders"], "2025-01", "blue"),
            act("1.2", [th1, t1a], a12, ["Deputy Head of School (Education and Students)"], "2025-03", "green"),
            act("1.3", [th1, t1b], a13, ["Personal Tutoring Lead", "Academic Skills Team"], "2024-12", "blue"),
            act("2.1", [th2, t2], a21, ["School Operations Manager"], "2025-02", "amber"),
            act("2.2", [th2, t2], a22, ["School Operations Manager", "Timetabling Office"], "2025-09", "unrated"),
            act("3.1", [th3, t3], a31, ["Course Leaders"], None, "green", end_text="Termly"),
            act("3.2", [th3, t3], a32, ["Student Engagement Officer (SU)",
                                       "Deputy Head of School (Education and Students)"], "2024-10", "blue"),
            act("4.1", [th4, t4], a41, ["Head of Digital Learning Services"], "2025-04", "red"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. NHS Blood and Transplant - MHRA blood establishment inspection CAPA plan (xlsx)
# ---------------------------------------------------------------------------
def make_nhsbt():
    name = "gb1-nhsbt-mhra-blood-establishment-inspection-capa-plan.xlsx"
    title = "MHRA Blood Establishment Inspection – Corrective and Preventive Action (CAPA) Plan"
    wb = Workbook()
    info = wb.active
    info.title = "Inspection details"
    info["A1"] = "NHS Blood and Transplant – Quality Assurance"
    info["A1"].font = Font(bold=True, size=12, color="005EB8")
    info["A2"] = title
    info["A2"].font = Font(bold=True, size=14)
    r = 4
    for k, v in [
        ("Site", "Filton Blood Centre (manufacturing, testing and distribution)"),
        ("Inspection dates", "15–17 October 2024"),
        ("Inspection type", "Routine re-inspection under the Blood Safety and Quality Regulations 2005"),
        ("Deficiencies", "0 Critical, 2 Major, 2 Other"),
        ("Response submitted to MHRA", "14/11/2024"),
        ("Plan owner", "Head of Quality Assurance – Manufacturing and Logistics"),
        ("Last updated", "07/02/2025"),
    ]:
        put(info, r, [k, v])
        info.cell(row=r, column=1).font = Font(bold=True)
        r += 1
    r += 1
    info.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for word, meaning, col in [
        ("Closed", "CAPA implemented and effectiveness check passed", BLUE),
        ("Open – on track", "Due date will be met", GREEN),
        ("Open – at risk", "Due date at risk; revised date agreed with Quality Director", AMBER),
        ("Overdue", "Past due date and not closed", RED),
    ]:
        put(info, r, [word, meaning])
        info.cell(row=r, column=1).fill = fill(col)
        r += 1
    info.column_dimensions["A"].width = 30
    info.column_dimensions["B"].width = 70

    cp = wb.create_sheet("CAPA plan")
    cp["A1"] = "MHRA inspection 15–17 October 2024 – Filton Blood Centre: CAPA plan"
    cp["A1"].font = Font(bold=True, size=13)
    cp["A2"] = "Critical deficiencies: none raised."
    cp["A2"].font = Font(italic=True)
    hdr = ["CAPA ref", "CAPA type", "Action", "Action owner", "Due date", "Revised due date", "Status",
           "Evidence / comments"]
    put(cp, 4, hdr)
    for i in range(1, 9):
        c = cp.cell(row=4, column=i)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
    for col, w in zip("ABCDEFGH", [14, 12, 60, 32, 12, 14, 16, 45]):
        cp.column_dimensions[col].width = w

    def band(row, text):
        c = cp.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for i in range(1, 9):
            cp.cell(row=row, column=i).fill = fill("DEEAF6")
            cp.cell(row=row, column=i).border = BOX
        cp.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        cp.row_dimensions[row].height = 32

    st_fill = {"Closed": BLUE, "Open – on track": GREEN, "Open – at risk": AMBER, "Overdue": RED}

    def capa(row, ref, typ, action, owner, due, rev, status, ev):
        put(cp, row, [ref, typ, action, owner, due, rev, status, ev])
        cp.cell(row=row, column=7).fill = fill(st_fill[status])

    def1 = ("Deficiency 1 (Major) – Deviation management: 14 of 40 deviations reviewed had exceeded the 30-day "
            "closure target with no documented extension, and the root cause was recorded as “human error” "
            "without investigation.")
    def2 = ("Deficiency 2 (Major) – Equipment qualification: the performance qualification of two platelet "
            "agitators had not been repeated after relocation, and temperature mapping data were not reviewed.")
    def3 = ("Deficiency 3 (Other) – Training records: training records for three agency staff in Testing did "
            "not show competency sign-off before unsupervised work.")
    def4 = ("Deficiency 4 (Other) – Document control: two obsolete copies of the component labelling work "
            "instruction were found in the Processing laboratory.")
    c1 = ("Review all open deviations older than 30 days; document an extension rationale or close with a "
          "completed investigation.")
    c2 = ("Revise SOP QPR-DEV-004 so that “human error” cannot be selected as a root cause without a completed "
          "human factors assessment.")
    c3 = "Add deviation ageing to the weekly Quality Performance dashboard with escalation at 21 days."
    c4 = ("Complete PQ and temperature mapping for platelet agitators PA-07 and PA-08 and quarantine any "
          "components processed since relocation pending impact assessment.")
    c5 = "Update the change control form so that equipment moves trigger a re-qualification assessment."
    c6 = ("Complete and sign off competency assessments for the three agency staff; restrict unsupervised "
          "work until complete.")
    c7 = "Remove obsolete copies and carry out a document control sweep of all Filton laboratories."
    c8 = "Introduce a quarterly controlled-document audit into the QA self-inspection programme."
    band(5, def1)
    capa(6, "CAPA 24-0871", "Corrective", c1, "QA Manager – Filton", d(2024, 12, 13), None, "Closed",
         "Backlog reduced from 14 to 0 at 13/12/2024. Effectiveness check 31/01/2025 passed.")
    capa(7, "CAPA 24-0872", "Preventive", c2, "Head of Quality Systems", d(2025, 1, 31), d(2025, 3, 31),
         "Open – at risk", "SOP in consultation; revised date agreed with Quality Director.")
    capa(8, "CAPA 24-0873", "Preventive", c3, "QA Manager – Filton / Quality Systems Analyst", d(2025, 1, 31),
         None, "Closed", "Dashboard live from w/c 13/01/2025.")
    band(9, def2)
    capa(10, "CAPA 24-0874", "Corrective", c4, "Validation Lead", d(2024, 11, 8), None, "Closed",
         "PQ reports VAL-2024-311 and VAL-2024-312 approved; no components affected.")
    capa(11, "CAPA 24-0875", "Preventive", c5, "Head of Quality Systems", d(2025, 2, 28), None,
         "Open – on track", "Form updated in draft; training planned.")
    band(12, def3)
    capa(13, "CAPA 24-0876", "Corrective", c6, "Testing Department Manager", d(2024, 10, 31), None, "Closed",
         "All three signed off 25/10/2024.")
    band(14, def4)
    capa(15, "CAPA 24-0877", "Corrective", c7, "Processing Manager; QA Officer", d(2024, 11, 30),
         d(2025, 1, 17), "Overdue", "Sweep complete in Processing and Testing; Components Lab outstanding.")
    capa(16, "CAPA 24-0878", "Preventive", c8, "QA Manager – Filton", "Q4 2024/25", None, "Open – on track",
         "Added to 2025/26 self-inspection schedule; first audit March 2025.")
    cp["A18"] = ("Summary: 8 CAPAs – 4 Closed, 2 Open – on track, 1 Open – at risk, 1 Overdue")
    cp["A18"].font = Font(bold=True)
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": ("NHS Blood and Transplant (arm's-length body), 2024/25: CAPA plan answering an MHRA blood "
                   "establishment (BSQR) inspection report, following the MHRA's preferred response practice of "
                   "stating what will be done and by when against each deficiency (gov.uk guidance on responding "
                   "to inspection reports). Copies an inspection details sheet with a status key, a CAPA sheet "
                   "with a notes line, full-width deficiency band rows (classification in the text) over their "
                   "corrective and preventive actions, CAPA numbers as refs, due and revised due dates, word "
                   "statuses with fill colours and a summary line."),
        "reads": ("An inspection details sheet, then a CAPA plan: four MHRA deficiencies (two major, two other), "
                  "each a band row with its CAPAs beneath. Eight CAPAs with owners, due dates (revised where "
                  "given) and statuses read through the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("CAPA 24-0871", [def1], c1, ["QA Manager – Filton"], "2024-12", "blue"),
            act("CAPA 24-0872", [def1], c2, ["Head of Quality Systems"], "2025-03", "amber"),
            act("CAPA 24-0873", [def1], c3, ["QA Manager – Filton", "Quality Systems Analyst"], "2025-01", "blue"),
            act("CAPA 24-0874", [def2], c4, ["Validation Lead"], "2024-11", "blue"),
            act("CAPA 24-0875", [def2], c5, ["Head of Quality Systems"], "2025-02", "green"),
            act("CAPA 24-0876", [def3], c6, ["Testing Department Manager"], "2024-10", "blue"),
            act("CAPA 24-0877", [def4], c7, ["Processing Manager", "QA Officer"], "2025-01", "red"),
            act("CAPA 24-0878", [def4], c8, ["QA Manager – Filton"], "2025-03", "green"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. Border Force - ICIBI re-inspection of ePassport gates action plan (docx)
# ---------------------------------------------------------------------------
def make_border_force():
    name = "gb1-border-force-icibi-epassport-gates-reinspection-action-plan.docx"
    title = "Border Force: action plan in response to the ICIBI re-inspection of ePassport gates"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("OFFICIAL")
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "The Independent Chief Inspector of Borders and Immigration (ICIBI) report ‘A re-inspection of ePassport "
        "gates’ was published on 12 October 2023 with the Home Office response. This plan sets out the actions "
        "Border Force has agreed to deliver the four recommendations and is reviewed monthly at the Border Force "
        "Performance Board.")
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    for row in [("0.1", "20/10/2023", "Border Force Performance and Insight", "First draft"),
                ("1.0", "06/11/2023", "Border Force Performance and Insight", "Agreed at Performance Board"),
                ("1.4", "14/01/2025", "Border Force Performance and Insight", "Progress update for January 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v)
    doc.add_paragraph(
        "Status key: Complete – action delivered and evidence provided; On track – due to deliver by target date; "
        "At risk – may not deliver by target date; Off track – will not deliver by target date.")

    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    recs = []

    def rec_table(rec_text, response, actions):
        doc.add_paragraph("")
        tb = doc.add_table(rows=3, cols=5)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 4))
        set_text(top, rec_text, bold=True)
        shade(top, "D9E2F3")
        resp = tb.cell(1, 0).merge(tb.cell(1, 4))
        set_text(resp, response)
        for i, h in enumerate(["Ref", "Action", "Owner", "Target date", "Status"]):
            set_text(tb.rows[2].cells[i], h, bold=True)
            shade(tb.rows[2].cells[i], "F2F2F2")
        for (ref, a, owner, tgt, status) in actions:
            cells = tb.add_row().cells
            for i, v in enumerate([ref, a, owner, tgt, status]):
                set_text(cells[i], v)
            shade(cells[4], status_fill[status])
        recs.append((rec_text, actions))

    r1 = ("Recommendation 1: Within six months, produce and publish a plan setting out how ePassport gate "
          "availability will be maintained at 95% or above at all ports during peak periods.")
    r2 = ("Recommendation 2: Review the staffing model for ePassport gate supervision so that every bank of "
          "gates is supervised by a trained officer at all times.")
    r3 = ("Recommendation 3: Improve the collection of data on gate rejections so that the reasons for "
          "rejection can be analysed by document type, age and port.")
    r4 = ("Recommendation 4: Put in place arrangements to identify children travelling through ePassport gates "
          "with an adult who is not their parent or guardian.")
    a11 = ("Agree a gate availability standard of 95% with the supplier and include it in the contract service "
           "levels.")
    a12 = "Introduce a weekly availability report by port, reviewed at the Border Force Performance Board."
    a21 = "Complete a staffing model review for gate supervision at the five busiest airports."
    a22 = ("Refresh the ePassport gate supervision training module and require annual re-accreditation for all "
           "supervising officers.\nRecord completion on the Border Force training system.")
    a31 = "Specify and build a rejection-reason report in the gate management information system."
    a41 = ("Update the safeguarding children operating instruction for gate supervision and brief all frontline "
           "officers.")
    a42 = ("Evaluate the trial of ePassport gate use by 10 and 11 year olds travelling with an adult and report "
           "to the Border Force Executive Committee.")
    rec_table(r1, "Home Office response: Accepted", [
        ("1.1", a11, "Head of Border Systems Commercial", "March 2024", "Complete"),
        ("1.2", a12, "Deputy Director, Border Force Performance and Insight", "31/01/2024", "Complete"),
    ])
    rec_table(r2, "Home Office response: Accepted", [
        ("2.1", a21, "Regional Director, Central Region / Regional Director, Heathrow", "Q1 2024/25", "Complete"),
        ("2.2", a22, "Head of Border Force Learning and Development", "September 2024", "At risk"),
    ])
    rec_table(r3, ("Home Office response: Partially accepted – nationality will not be used as a reporting "
                   "category; analysis will be by document type, age band and port."), [
        ("3.1", a31, "Head of Border Systems Programme; DDaT Product Owner", "December 2024", "On track"),
    ])
    rec_table(r4, "Home Office response: Accepted", [
        ("4.1", a41, "Head of Safeguarding, Border Force", "By 30 June 2024", "Complete"),
        ("4.2", a42, "Director, Border Force Operations", "March 2025", "Off track"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Border Force Performance Board, February 2025.")
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": ("Border Force (Home Office operational command), 2023–2025: an internal action plan for the "
                   "recommendations of an ICIBI inspection report, of the kind the Home Office tracks after "
                   "publishing its formal response (ICIBI reports and Home Office responses on gov.uk). Copies an "
                   "OFFICIAL marking, heading and intro paragraph, a document-control table, a status key "
                   "paragraph, one table per recommendation with the recommendation text in a merged shaded top "
                   "row and the Home Office response (Accepted / Partially accepted) in a second merged row, then "
                   "numbered actions with job-title owners (two in some cells), month/quarter/'By' targets, "
                   "shaded status words, and a closing review note."),
        "reads": ("A Word action plan: after a version table and status key, four tables, one per ICIBI "
                  "recommendation; each lists its numbered actions (seven in all) with owner, target date and "
                  "status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("1.1", [r1], a11, ["Head of Border Systems Commercial"], "2024-03", "blue"),
            act("1.2", [r1], a12, ["Deputy Director, Border Force Performance and Insight"], "2024-01", "blue"),
            act("2.1", [r2], a21, ["Regional Director, Central Region", "Regional Director, Heathrow"],
                "2024-06", "blue"),
            act("2.2", [r2], a22, ["Head of Border Force Learning and Development"], "2024-09", "amber"),
            act("3.1", [r3], a31, ["Head of Border Systems Programme", "DDaT Product Owner"], "2024-12", "green"),
            act("4.1", [r4], a41, ["Head of Safeguarding, Border Force"], "2024-06", "blue"),
            act("4.2", [r4], a42, ["Director, Border Force Operations"], "2025-03", "red"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. St Peter's CE Primary School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_st_peters():
    name = "gb1-st-peters-ce-primary-school-post-ofsted-action-plan.docx"
    title = "St Peter's Church of England Primary School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("“Let your light shine” – Matthew 5:16")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Date of inspection", "4 and 5 June 2024"), ("Overall effectiveness", "Requires improvement"),
                 ("Headteacher", "Mrs R. Adeyemi"), ("Chair of Governors", "Mr D. Whitfield"),
                 ("Agreed by Full Governing Body", "16 July 2024"),
                 ("Review", "Termly at Full Governing Body; RAG updated for the Spring term 2025 meeting")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Green = achieved; Amber = partially achieved / in progress; "
                      "Red = not yet achieved – concern.")

    GR, AM, RD = "00B050", "FFC000", "FF0000"
    kp1 = "Key Priority 1: Curriculum – foundation subjects"
    kp2 = "Key Priority 2: Early reading and phonics"
    kp3 = "Key Priority 3: Attendance"
    af1 = ("In some foundation subjects, the school has not identified the important knowledge that pupils "
           "should learn and when. Leaders should ensure that the curriculum in these subjects sets out "
           "precisely what pupils should know and remember, from the early years to Year 6.")
    af2 = ("Some pupils who are at the early stages of learning to read do not receive the support they need to "
           "catch up quickly. Leaders should make sure that staff are well trained to deliver the phonics "
           "programme and that pupils who fall behind are identified and helped swiftly.")
    af3 = ("Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders "
           "should continue to work with families to improve the attendance of these pupils.")
    p1 = [
        ("Subject leaders to map the key knowledge and vocabulary for history, geography and DT from EYFS to "
         "Year 6.", "Subject leaders", "Autumn term 2024", "DHT",
         "Knowledge maps in place for all three subjects and used in planning.", GR),
        ("Release time for subject leaders to check sequencing with a partner school in the Diocese.", "HT",
         "Autumn term 2024", "Standards Committee", "Each subject leader has completed one partner visit.", GR),
        ("Pupil voice and book looks each half term to check what pupils remember.", "Subject leaders and SLT",
         "Spring term 2025", "Curriculum link governor",
         "Pupils can recall key knowledge from previous units.", AM),
    ]
    p2 = [
        ("All staff who teach phonics to complete refresher training in the school's validated programme.",
         "English Lead (Mrs Khan)", "September 2024", "HT", "100% of staff trained; fidelity checks show "
         "consistent delivery.", GR),
        ("Daily keep-up sessions for the lowest 20% of readers in Reception and Year 1, with six-weekly "
         "assessment.", "Phonics Lead / Year 1 teachers", "From October 2024 – July 2025", "DHT",
         "Phonics screening check pass rate at or above national.", AM),
        ("Purchase decodable books matched to the programme for home reading.", "School Business Manager",
         "Autumn term 2024", "Finance Committee", "Every pupil in EYFS and KS1 takes home a matched book.", GR),
    ]
    p3 = [
        ("Weekly attendance meeting with the Education Welfare Officer; letters and meetings for pupils below "
         "90%.", "HT, AO", "Ongoing", "Full Governing Body", "Persistent absence below 15%.", RD),
        ("Introduce a breakfast club place for persistently absent disadvantaged pupils.", "DHT",
         "Summer term 2025", "Pupil premium governor", "Improved punctuality and attendance for target pupils.",
         None),
    ]

    def priority(kp, afi, rows):
        doc.add_paragraph("")
        tb = doc.add_table(rows=3, cols=6)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_text(top, kp, bold=True)
        shade(top, "C5E0B3")
        set_text(tb.cell(1, 0), "Area for improvement", bold=True)
        body = tb.cell(1, 1).merge(tb.cell(1, 5))
        set_text(body, afi)
        for i, h in enumerate(["Action", "Who", "When", "Monitored by", "Success criteria", "RAG"]):
            set_text(tb.rows[2].cells[i], h, bold=True)
        for (a, who, when, mon, succ, rag) in rows:
            cells = tb.add_row().cells
            for i, v in enumerate([a, who, when, mon, succ, ""]):
                set_text(cells[i], v)
            if rag:
                shade(cells[5], rag)

    priority(kp1, af1, p1)
    priority(kp2, af2, p2)
    priority(kp3, af3, p3)
    doc.add_paragraph("")
    doc.add_paragraph("Abbreviations: HT – Headteacher; DHT – Deputy Headteacher; SLT – senior leadership team; "
                      "AO – Attendance Officer.")
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": ("St Peter's Church of England Primary School, 2024–25: a post-Ofsted action plan after a "
                   "'requires improvement' section 5 inspection, as primary schools publish on their websites "
                   "for governors and parents. Copies a title with the school motto line, an inspection/sign-off "
                   "info table, a RAG key that makes Green mean achieved, one table per key priority with the "
                   "priority in a shaded merged top row and an 'Area for improvement' label beside the Ofsted "
                   "wording, unnumbered actions, Who/When/Monitored by/Success criteria columns, school-term "
                   "dates, RAG by cell shading only, and an abbreviations note."),
        "reads": ("A school's Word plan with three key priorities from the Ofsted report, each a table quoting "
                  "the area for improvement and listing its actions (eight in all, no refs). The RAG column has "
                  "only colours; by the key green means achieved, so green-shaded actions are complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act(None, [kp1, af1], p1[0][0], ["Subject leaders"], "2024-12", "blue"),
            act(None, [kp1, af1], p1[1][0], ["HT"], "2024-12", "blue"),
            act(None, [kp1, af1], p1[2][0], ["Subject leaders", "SLT"], "2025-04", "amber"),
            act(None, [kp2, af2], p2[0][0], ["English Lead (Mrs Khan)"], "2024-09", "blue"),
            act(None, [kp2, af2], p2[1][0], ["Phonics Lead", "Year 1 teachers"], "2025-07", "amber"),
            act(None, [kp2, af2], p2[2][0], ["School Business Manager"], "2024-12", "blue"),
            act(None, [kp3, af3], p3[0][0], ["HT", "AO"], None, "red", end_text="Ongoing"),
            act(None, [kp3, af3], p3[1][0], ["DHT"], "2025-07", "unrated"),
        ],
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. South Essex College - post-inspection plan, monitoring visit themes (csv, refuse)
# ---------------------------------------------------------------------------
def make_south_essex():
    name = "gb1-south-essex-college-ofsted-monitoring-visit-action-plan-typo-month-refuse.csv"
    rows = [
        ["South Essex College – Post-inspection action plan 2024/25", "", "", "", "", "", ""],
        ["Ofsted inspection 26–29 November 2024: Requires improvement. Actions are grouped by the themes Ofsted "
         "will review at the progress monitoring visit.", "", "", "", "", "", ""],
        ["Updated for Quality and Standards Committee 20/03/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Theme", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"],
        ["Theme 1: Progress leaders have made in ensuring that teachers check learners' understanding and "
         "correct misconceptions", "", "", "", "", "", ""],
        ["", "1.1", "Deliver a CPD programme on questioning and checking for understanding to all teaching staff.",
         "Director of Teaching and Learning", "Feb-25",
         "All teaching staff attended; technique seen in 74% of learning walks", "G"],
        ["", "1.2", "Teaching and learning coaches to carry out developmental observations focused on checking "
         "understanding, with follow-up within two weeks.", "Teaching and Learning Coaches", "Apr-25",
         "62 of 140 staff observed to date", "A"],
        ["Theme 2: Progress leaders have made in improving the quality of apprenticeships in construction and "
         "engineering", "", "", "", "", "", ""],
        ["", "2.1", "Complete three-way progress reviews with employers every 10 weeks for all apprentices.",
         "Head of Apprenticeships / Employer Engagement Manager", "Mar-25",
         "Reviews in date for 81% of apprentices (from 54%)", "A"],
        ["", "2.2", "Re-plan the Level 3 engineering technician curriculum with employers so that off-the-job "
         "training follows the sequence of work on site.", "Curriculum Manager – Engineering", "Febuary 2025",
         "Revised curriculum agreed with three main employers", "G"],
        ["", "2.3", "Recruit an additional construction assessor to reduce caseloads to no more than 45 "
         "apprentices.", "Head of Apprenticeships", "Jan-25", "Assessor started 06/01/2025", "B"],
        ["Theme 3: Progress governors have made in holding leaders to account for the quality of education",
         "", "", "", "", "", ""],
        ["", "3.1", "Introduce a quality of education dashboard to each Quality and Standards Committee "
         "meeting.", "Vice Principal Quality; Clerk to the Corporation", "Mar-25",
         "First dashboard presented 20/03/2025", "G"],
        ["", "3.2", "Link governors to complete a learning walk and student focus group in each curriculum area "
         "once a term.", "Chair of Quality and Standards Committee", "Jul-25", "Four of nine areas visited", "G"],
        ["", "", "", "", "", "", ""],
        ["RAG: B = complete; G = on track; A = some slippage; R = off track", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)
    # the typo is on line 11 (2.2, 'Febuary 2025')
    exp = {
        "source": ("South Essex College, 2024/25: post-inspection action plan after an Ofsted 'requires "
                   "improvement' inspection, organised by the themes Ofsted reviews at the progress monitoring "
                   "visit (Ofsted FE and skills handbook; FE Week monitoring visit coverage), exported to CSV. "
                   "Copies title, context and updated lines, a blank line, a header, theme rows in the first "
                   "column above numbered actions, job-title leads (two in some), Mmm-yy target dates, progress "
                   "notes, B/G/A/R letters and a RAG key line."),
        "reads": ("A CSV action plan of eight actions under three monitoring-visit themes with Mmm-yy target "
                  "dates. Action 2.2's target date reads 'Febuary 2025' – a mistyped month in a file whose other "
                  "dates are Mmm-yy; a careful reader stops and asks before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": "South Essex College – Post-inspection action plan 2024/25",
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Cambridgeshire and Peterborough NHS FT - MHA monitoring visit PAS tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_cpft():
    name = "gb1-cambridgeshire-peterborough-nhsft-cqc-mha-monitoring-provider-action-statement.txt"
    title = "CQC Mental Health Act monitoring visits – Provider Action Statements (PAS) tracker"
    hdr = ["Ref", "CQC finding", "Action", "Action owner", "Target date", "Status", "Update"]
    w1 = "Ward: Mulberry 2, Fulbourn Hospital – MHA monitoring visit 12/09/2024"
    w2 = "Ward: Oak Ward, Cavell Centre – MHA monitoring visit 05/11/2024"
    w3 = "Ward: Springbank Ward, Fulbourn Hospital – MHA monitoring visit 09/12/2024"
    f1 = ("Section 132 rights were not repeated at the intervals set in patients' care plans for 3 of 6 "
          "patients whose records were reviewed.")
    f2 = "Patients told us they did not know how to contact the Independent Mental Health Advocate (IMHA)."
    f3 = "Section 17 leave forms did not record the outcome of leave or the patient's views."
    f4 = ("Capacity and consent to treatment assessments were not recorded for 2 patients at the three-month "
          "point.")
    f5 = "The seclusion room toilet was out of order at the time of the visit."
    f6 = "Blanket restrictions on access to the garden had not been reviewed."
    f7 = "Patients said they were not involved in writing their care plans."
    a1 = ("Introduce a rights reminder on the ward electronic handover so that rights are re-read at the "
          "interval in the care plan.")
    a2 = ("Monthly audit of section 132 rights by the MHA Office with results to the ward quality meeting.")
    a3 = "Display IMHA posters on the ward and include IMHA contact details in the welcome pack."
    a4 = "Add outcome and patient view fields to the section 17 leave form on SystmOne."
    a5 = ("Responsible clinicians to record capacity assessments at the three-month rule date using the T2/T3 "
          "checklist.")
    a6 = "Repair the seclusion room toilet and add it to the weekly estates environmental check."
    a7 = ("Review all ward restrictions at the Reducing Restrictive Practice group and record the rationale for "
          "any that remain.")
    a8 = "Co-produce care plans with patients at the weekly review and record the patient's own words in the plan."
    lines = [
        ["Cambridgeshire and Peterborough NHS Foundation Trust"],
        [title],
        ["Exported from Ulysses 03/02/2025 10:42 – Mental Health Act Office"],
        [],
        [w1],
        hdr,
        ["M2-1", f1, a1, "Ward Manager (Mulberry 2)", "31/10/2024", "Complete",
         "Reminder live from 07/10/2024; re-audit 6/6 compliant."],
        ["M2-2", f1, a2, "MHA Office Manager", "Ongoing – monthly", "On track", "October to January audits done."],
        ["M2-3", f2, a3, "Ward Manager (Mulberry 2)", "Nov-24", "Complete", "Posters and packs updated 18/10/2024."],
        [],
        [w2],
        hdr,
        ["OAK-1", f3, a4, "MHA Lead; Clinical Systems Team", "31/01/2025", "At risk",
         "Change request with Clinical Systems; build delayed to March."],
        ["OAK-2", f4, a5, "Clinical Director – Adult Inpatients", "Dec-24", "Complete",
         "Checklist in use; spot check 10/10 compliant."],
        ["OAK-3", f5, a6, "Estates Manager / Modern Matron", "30/11/2024", "Overdue",
         "Repair awaiting part; interim procedure in place."],
        [],
        [w3],
        hdr,
        ["SB-1", f6, a7, "Modern Matron (Specialist Services)", "28/02/2025", "On track", "On RRP agenda 19/02/2025."],
        ["SB-2", f7, a8, "Ward Manager (Springbank) and Lead Psychologist", "31/03/2025", "Not started", ""],
        [],
        ["Status key: Complete = actions delivered and evidence sent to CQC; On track = green; At risk = amber; "
         "Overdue = red; Not started = not yet due to start."],
        ["Total actions: 8 | Complete: 3 | On track: 2 | At risk: 1 | Overdue: 1 | Not started: 1"],
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")

    exp = {
        "source": ("Cambridgeshire and Peterborough NHS Foundation Trust, 2024/25: tracker of CQC Mental Health "
                   "Act monitoring visit Provider Action Statements (CQC requires an action statement after each "
                   "MHA reviewer visit; trusts track them by ward, cf. Mersey Care 'What happens at CQC "
                   "inspections'). A tab-separated export from the risk/quality system: trust and title lines, an "
                   "export line, then one block per ward visit (a 'Ward: ... – MHA monitoring visit date' line, "
                   "a header, rows with the CQC finding repeated for each action), a status key line and a totals "
                   "line."),
        "reads": ("A plain-text tab-separated export of eight actions from three ward MHA monitoring visits. "
                  "Each action answers a CQC finding; owners are job titles (two in some rows), targets are dates, "
                  "Mmm-yy or 'Ongoing – monthly', and statuses are read through the key at the foot."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [
            act("M2-1", [w1, f1], a1, ["Ward Manager (Mulberry 2)"], "2024-10", "blue"),
            act("M2-2", [w1, f1], a2, ["MHA Office Manager"], None, "green", end_text="Ongoing – monthly"),
            act("M2-3", [w1, f2], a3, ["Ward Manager (Mulberry 2)"], "2024-11", "blue"),
            act("OAK-1", [w2, f3], a4, ["MHA Lead", "Clinical Systems Team"], "2025-01", "amber"),
            act("OAK-2", [w2, f4], a5, ["Clinical Director – Adult Inpatients"], "2024-12", "blue"),
            act("OAK-3", [w2, f5], a6, ["Estates Manager", "Modern Matron"], "2024-11", "red"),
            act("SB-1", [w3, f6], a7, ["Modern Matron (Specialist Services)"], "2025-02", "green"),
            act("SB-2", [w3, f7], a8, ["Ward Manager (Springbank)", "Lead Psychologist"], "2025-03", "unrated"),
        ],
    }
    write_expected(name, exp)


if __name__ == "__main__":
    make_qeh()
    make_brighton()
    make_nhsbt()
    make_border_force()
    make_st_peters()
    make_south_essex()
    make_cpft()
    print("done")
