"""Build the seven vv- data files of set heldout535.

Run with /work/main/.venv/bin/python vv_make.py (from any directory).
Writes only files whose names start with "vv-".
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("vv-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Dartford and Gravesham NHS Trust - IPC BAF gap analysis and action plan
# ---------------------------------------------------------------------------
def make_dartford():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = ("Infection Prevention and Control Board Assurance Framework – "
             "Gap Analysis and Action Plan 2025/26")
    cov["A1"] = "Dartford and Gravesham NHS Trust"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A3"] = title
    cov["A3"].font = Font(bold=True, size=12)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.3", "12/08/2025", "Lead Nurse IPC", "Draft for IPC Committee"),
            ("1.0", "04/09/2025", "DIPC", "Approved by Quality and Safety Committee"),
            ("1.1", "31/10/2025", "Lead Nurse IPC", "Quarter 2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = ("This action plan addresses the gaps in assurance identified when the Trust "
                  "self-assessed against the National IPC Board Assurance Framework (NHS England, "
                  "version 1.0, March 2023). Only criteria with gaps in assurance are shown.")
    for col, w in zip("ABCD", (12, 14, 18, 45)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Dartford and Gravesham NHS Trust"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Position as at 31 October 2025 · Reported to IPC Committee and "
                "Quality and Safety Committee")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "Gap in assurance", "Mitigating action", "Action owner", "Target date",
           "Revised date", "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    # (criterion, [(gap, [(ref, action, owner, target, revised, prevRAG, curfill, update)])])
    plan = [
        ("Criterion 1 – Systems to manage and monitor the prevention and control of infection", [
            ("Quarterly reporting of BAF compliance to Board is not yet in place; assurance is "
             "reported annually through the DIPC report.", [
                ("1.1a", "Add a quarterly IPC BAF compliance summary to the Quality and Safety "
                         "Committee workplan and the Board integrated quality report.",
                 "Director of Infection Prevention and Control (DIPC)", d(2025, 9, 30), None,
                 "A", BLUE, "Q2 summary presented to Quality and Safety Committee on 22 October 2025."),
                ("1.1b", "Map each element of the 2025/26 IPC annual programme to the BAF criteria "
                         "and link the supporting evidence in the assurance library.",
                 "Lead Nurse IPC", d(2025, 10, 31), d(2025, 12, 31),
                 "G", AMBER, "Criteria 1–6 mapped. Revised date agreed at IPC Committee due to outbreak "
                             "management in September."),
            ]),
        ]),
        ("Criterion 2 – Provide and maintain a clean and appropriate environment", [
            ("National Standards of Healthcare Cleanliness 2021 efficacy audits are not completed at "
             "the required frequency in all FR1 areas.", [
                ("2.1a", "Recruit two additional domestic supervisors to complete FR1 efficacy audits "
                         "in the Emergency Department, Critical Care and Theatres.",
                 "Head of Facilities / Domestic Services Manager", d(2025, 11, 30), None,
                 "A", GREEN, "One supervisor in post; second interviewed 20 October 2025."),
                ("2.1b", "Display the cleanliness star rating at the entrance to every ward and department.",
                 "Domestic Services Manager", "Dec-25", None,
                 "G", GREEN, "Posters printed; 24 of 31 areas displaying."),
            ]),
        ]),
        ("Criterion 3 – Appropriate antimicrobial prescribing and stewardship", [
            ("Antimicrobial audit compliance (indication and review date documented) is below the 90% "
             "target on surgical wards.", [
                ("3.1a", "Switch on the electronic prescribing 48–72 hour antimicrobial review prompt on "
                         "all surgical wards and re-audit after three months.",
                 "Consultant Microbiologist; Lead Antimicrobial Pharmacist", d(2025, 12, 31), d(2026, 1, 31),
                 "G", AMBER, "System change scheduled with EPMA team for 8 December 2025."),
            ]),
        ]),
        ("Criterion 8 – Adequate access to laboratory and diagnostic support", [
            ("Turnaround times for C. difficile toxin results are not monitored by the Trust.", [
                ("8.1a", "Agree a turnaround time measure with the pathology network and add it to the "
                         "monthly IPC dashboard.",
                 "Pathology Services Manager (North Kent Pathology Service)", d(2026, 3, 31), None,
                 None, None, "Not yet started – scheduled for Q4."),
            ]),
        ]),
        ("Criterion 10 – Occupational health needs of staff in relation to infection", [
            ("FFP3 fit-testing compliance for staff working in high-risk areas is 78% against a 95% target.", [
                ("10.1a", "Train additional fit-testers in each clinical division and run monthly "
                          "fit-testing drop-in clinics.",
                 "Head of Occupational Health and Wellbeing", d(2025, 9, 30), d(2026, 2, 28),
                 "A", RED, "Compliance 81%. Only 3 of 8 fit-testers trained; escalated to IPC Committee."),
                ("10.1b", "Report fit-testing compliance by ward at divisional performance reviews.",
                 "Divisional Directors of Nursing", "Monthly", None,
                 "G", GREEN, "Included in divisional performance packs from September 2025."),
            ]),
        ]),
    ]
    prev_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 6
    for crit, gaps in plan:
        ws.cell(row=r, column=1, value=crit).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill(GREY)
            ws.cell(row=r, column=j).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for gap, acts in gaps:
            first = r
            for (ref, act, owner, tgt, rev, prev, cur, upd) in acts:
                vals = [ref, gap if r == first else None, act, owner, tgt, rev, prev, None, upd]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=7).fill = fill(prev_fill[prev])
                    ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                if cur:
                    ws.cell(row=r, column=8).fill = fill(cur)
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG (Q2)").font = Font(bold=True)
    r += 1
    for label, n, col in (("Complete", 1, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER),
                          ("Red", 1, RED), ("Not started", 1, None), ("Total", 8, None)):
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
        if col:
            ws.cell(row=r, column=1).fill = fill(col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: the current RAG is shown by cell colour – see the RAG key tab.")
    for col, w in zip("ABCDEFGHI", (8, 38, 48, 30, 12, 12, 11, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate((
            (BLUE, "Action complete and assurance evidence received"),
            (GREEN, "On track to deliver by the target date"),
            (AMBER, "Risk to delivery by the target date, or revised date agreed"),
            (RED, "Not on track – escalated to IPC Committee"),
            (None, "No colour – not yet started")), start=3):
        if col:
            key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(out("vv-dartford-and-gravesham-nhs-trust-ipc-baf-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. County Durham and Darlington Fire and Rescue Authority - corporate risk register
# ---------------------------------------------------------------------------
def make_durham():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "County Durham and Darlington Fire and Rescue Authority"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Risk Register 2025/26 – summary of risk scores"
    sm["A2"].font = Font(bold=True)
    shdr = ["Risk", "Q1 score", "Q2 score", "Target score", "Direction of travel"]
    srows = [("CR01 – Financial sustainability", 16, 16, 12, "→"),
             ("CR02 – On-call availability", 16, 12, 6, "↓"),
             ("CR03 – Cyber security", 10, 15, 10, "↑"),
             ("CR04 – Protection capacity", 12, 12, 8, "→")]
    for j, h in enumerate(shdr, 1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for i, row in enumerate(srows, 5):
        for j, v in enumerate(row, 1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if j in (2, 3, 4):
                c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
    sm.column_dimensions["A"].width = 36
    sm.column_dimensions["E"].width = 18

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "County Durham and Darlington Fire and Rescue Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Quarter 2 review – September 2025   |   Owner: Executive Leadership Team   |   "
                "Reported to: Audit and Finance Committee, 20 November 2025")
    hdr = ["Risk", "Description (cause, event, consequence)", "Risk owner", "Existing controls",
           "Current score (L x I)", "Target score", "Further mitigating actions", "Action owner",
           "Target date", "Action status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX

    risks = [
        ("CR01 – Financial sustainability",
         "Insufficient funding from the settlement and council tax, combined with pay and pension "
         "pressures, results in the Authority being unable to set a balanced budget from 2026/27 and "
         "having to reduce frontline services.",
         "Treasurer",
         "Medium Term Financial Plan reviewed twice a year; reserves strategy; Efficiency and "
         "Productivity Plan monitored by ELT.",
         "4 x 4 = 16", RED, "3 x 4 = 12",
         [("Refresh the Medium Term Financial Plan to reflect the 2026/27 provisional settlement and the "
           "change in employer pension contributions.", "Treasurer", "Jan-26", "On track"),
          ("Deliver the £1.2m savings set out in the Efficiency and Productivity Plan 2025/26.",
           "Deputy Chief Fire Officer", d(2026, 3, 31), "At risk")]),
        ("CR02 – On-call availability",
         "Difficulty recruiting and retaining on-call firefighters, particularly for daytime cover, "
         "leads to appliances being unavailable and longer response times in rural areas.",
         "Assistant Chief Fire Officer (Service Delivery)",
         "On-call support officers; availability reported daily to Control; whole-time crews "
         "standby-moved to cover gaps.",
         "4 x 3 = 12", AMBER, "2 x 3 = 6",
         [("Introduce an on-call availability dashboard and review it weekly at the Service Delivery "
           "performance meeting.", "Area Manager Response", d(2025, 10, 31), "Complete"),
          ("Run two on-call recruitment campaigns focused on daytime cover at Barnard Castle, "
           "Middleton-in-Teesdale and Stanhope.", "Group Manager On-call / Recruitment Manager",
           "Dec-25", "On track"),
          ("Pilot a banded on-call contract at three stations and evaluate the effect on availability.",
           "Head of People and Organisational Development", "Apr-26", "Not started")]),
        ("CR03 – Cyber security",
         "A successful cyber attack or system failure disrupts mobilising, communications or corporate "
         "systems, leading to loss of data and an inability to respond to emergencies.",
         "Director of Corporate Resources",
         "Firewalls and endpoint protection; phishing awareness training; offline backups; "
         "business continuity plans for Control.",
         "3 x 5 = 15", RED, "2 x 5 = 10",
         [("Achieve Cyber Essentials Plus re-certification.", "Head of ICT", d(2025, 11, 30), "On track"),
          ("Hold a cyber incident exercise with Control and Durham LRF partners and report the lessons "
           "to the Executive Leadership Team.", "Head of ICT / Business Continuity Officer",
           "Q4 2025/26", "Off track")]),
        ("CR04 – Protection capacity",
         "Insufficient competent fire safety inspectors to deliver the risk-based inspection programme "
         "and statutory building safety consultations within required timescales.",
         "Area Manager Prevention and Protection",
         "Risk-based inspection programme; competency framework; use of operational crews for "
         "fire safety checks.",
         "3 x 4 = 12", AMBER, "2 x 4 = 8",
         [("Recruit and train four additional Fire Safety Inspectors to Level 4 Diploma in Fire Safety.",
           "Area Manager Prevention and Protection", "Sept 2025 – June 2026", "On track"),
          ("Agree a memorandum of understanding with the Building Safety Regulator on consultation "
           "response times.", "Group Manager Protection", d(2026, 2, 28), "On track")]),
    ]
    r = 6
    for (risk, desc, owner, ctrls, score, sfill, target, acts) in risks:
        first = r
        for k, (act, aown, tdate, st) in enumerate(acts):
            vals = ([risk, desc, owner, ctrls, score, target] if k == 0 else [None] * 6) + \
                   [act, aown, tdate, st]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).fill = fill(sfill)
            r += 1
        if r - first > 1:
            for j in range(1, 7):
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value=("Action status key: Complete = action delivered; On track = green; "
                                    "At risk = amber; Off track = red; Not started = no RAG"))
    ws.cell(row=r + 1, column=1, value=("Risk scores use the 5 x 5 matrix on the Scoring matrix tab "
                                        "(likelihood x impact)."))
    for col, w in zip("ABCDEFGHIJ", (26, 42, 24, 36, 12, 10, 46, 28, 14, 12)):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = (6 - li) * im
            c = mx.cell(row=3 + li, column=1 + im, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    mx["A10"] = "15–25 High (red)   8–12 Medium (amber)   1–6 Low (green)"
    wb.save(out("vv-county-durham-and-darlington-fire-rescue-authority-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Equality and Human Rights Commission - Board action log
# ---------------------------------------------------------------------------
def make_ehrc():
    wb = Workbook()
    hdr = ["Action no.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
    widths = (11, 13, 10, 60, 34, 16, 11, 45)

    def header(ws, row):
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=row, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.border = BOX
        for col, w in zip("ABCDEFGH", widths):
            ws.column_dimensions[col].width = w

    def rows(ws, start, data):
        for i, row in enumerate(data, start):
            for j, v in enumerate(row, 1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX

    op = wb.active
    op.title = "Open actions"
    op["A1"] = "Equality and Human Rights Commission"
    op["A1"].font = Font(bold=True, size=14)
    op["A2"] = "Board action log"
    op["A2"].font = Font(bold=True, size=12)
    op["A3"] = ("Actions arising from Board meetings – position as at 2 December 2025 "
                "(for Board meeting 138, 10 December 2025)")
    header(op, 5)
    rows(op, 6, [
        ("135/03", "16 Jul 2025", "135/6.4",
         "Bring a revised strategic risk register to the Board, with the litigation capacity risk "
         "re-scored following the Audit and Risk Assurance Committee's review.",
         "Executive Director, Corporate Services", "Dec 2025", "Amber",
         "Deferred from October by agreement; ARAC reviewed the register on 25 November."),
        ("136/01", "24 Sep 2025", "136/4.2",
         "Circulate the draft Strategic Plan 2025–28 consultation summary to Board members ahead of "
         "publication.", "Director of Strategy and Policy", "Oct 2025", "Red",
         "Overdue – summary held pending legal review."),
        ("137/02", "22 Oct 2025", "137/5.1",
         "Provide the Board with an analysis of helpline and legal support enquiries by protected "
         "characteristic for 2024/25.", "Head of Legal Support; Head of Research", "March 2026 Board",
         "Green", "Data extract requested from the helpline provider."),
        ("137/04", "22 Oct 2025", "137/8.3",
         "Schedule a Board development session on the Commission's regulatory approach to the public "
         "sector equality duty.", "Board Secretary", "TBC", "Green",
         "Date to be agreed with the Chair."),
    ])
    op["A11"] = ("Status key: Red – past due date; Amber – due date revised by agreement; "
                 "Green – on track; Complete – to be closed once noted by the Board.")
    op["A11"].font = Font(italic=True)

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Actions completed since the last meeting (to be noted and removed from the log)"
    cl["A1"].font = Font(bold=True)
    header(cl, 3)
    rows(cl, 4, [
        ("134/05", "11 Jun 2025", "134/7.2",
         "Publish the Board's register of interests on the Commission's website.",
         "Board Secretary", "Jul 2025", "Complete", "Published 3 July 2025."),
        ("136/03", "24 Sep 2025", "136/9.1",
         "Update the scheme of delegation to reflect the new Executive Director structure and bring it "
         "to the Audit and Risk Assurance Committee.", "Chief Executive", "Nov 2025", "Complete",
         "Approved by ARAC on 25 November 2025."),
        ("137/01", "22 Oct 2025", "137/3.2",
         "Write to the Minister for Women and Equalities setting out the Board's position on the code "
         "of practice timetable.", "Chair", "31/10/2025", "Complete", "Letter sent 29 October 2025."),
    ])
    wb.save(out("vv-equality-and-human-rights-commission-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. The College of Richard Collyer - Ofsted post-inspection action plan
# ---------------------------------------------------------------------------
def make_collyers():
    doc = Document()
    doc.add_paragraph("The College of Richard Collyer", style="Title")
    doc.add_paragraph("Post-Inspection Action Plan 2025–26", style="Subtitle")
    doc.add_paragraph(
        "Ofsted further education and skills inspection, 4–7 March 2025. Overall effectiveness: Good. "
        "This plan sets out how we will address the areas for improvement in the inspection report. "
        "Progress is reviewed by the Senior Leadership Team each half-term and reported to the Quality "
        "and Standards Committee of the Corporation each term.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Prepared by", "Approved")):
        set_cell(c, h, bold=True)
    for row in (("1.0", "14 May 2025", "Vice Principal (Curriculum and Quality)", "Corporation, 21 May 2025"),
                ("1.2", "12 November 2025", "Director of Quality",
                 "Quality and Standards Committee, 19 November 2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("RAG rating: B – complete; G – on track; A – some slippage, action revised; "
                      "R – not on track.")

    hdr = ("Ref", "Action", "Lead", "Success measure", "By when", "RAG")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sections = [
        ("Quality of education", [
            ("Area for improvement 1",
             "Leaders and managers should ensure that teachers check students' understanding of key "
             "concepts before moving on to new topics, particularly in A-level mathematics and sciences.",
             [("1.1", "Deliver a programme of CPD on responsive teaching and checking for understanding, "
                      "led by the college's advanced practitioners.",
               "Director of Teaching, Learning and Assessment",
               "All mathematics and science teachers complete the programme; learning walks show "
               "consistent checking for understanding.", "Autumn term 2025", "B"),
              ("1.2", "Introduce low-stakes retrieval quizzes at the start of each lesson in mathematics, "
                      "biology, chemistry and physics.",
               "Heads of Faculty (Maths and Science)",
               "Quizzes in use in all groups; mock results improve on 2024–25.", "31 January 2026", "G"),
              ("1.3", "Use learning walks and student focus groups to check that the strategies are used "
                      "consistently, and feed back to faculty teams.",
               "Director of Quality / Heads of Faculty",
               "Termly quality report shows improvement in students' recall of key concepts.",
               "Summer term 2026", "G")]),
            ("Area for improvement 2",
             "Leaders should improve the attendance of students on level 2 study programmes and on GCSE "
             "English and mathematics resit courses.",
             [("2.1", "Appoint two attendance officers to follow up same-day absence for level 2 and GCSE "
                      "resit students.",
               "Assistant Principal (Students)",
               "Officers in post; all absences followed up on the day.", "September 2025", "B"),
              ("2.2", "Set attendance targets for each level 2 group and review them fortnightly at "
                      "progress meetings with tutors.",
               "Head of Foundation Learning",
               "Attendance on level 2 programmes rises to 90%.", "Ongoing", "A")]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 3",
             "Governors should receive more detailed information about the progress that students with "
             "high needs make, so that they can challenge leaders effectively.",
             [("3.1", "Add a termly high needs progress report to the Quality and Standards Committee "
                      "cycle of business.",
               "Head of Learning Support and SEND",
               "Report received at each termly meeting; minutes record challenge.", "December 2025", "G"),
              ("3.2", "Appoint a link governor for SEND and high needs, and arrange termly visits with the "
                      "Head of Learning Support and SEND.",
               "Clerk to the Corporation",
               "Link governor appointed; visit notes shared with the committee.", "Autumn term 2025", "A"),
              ("3.3", "Provide training for governors on interpreting progress data for students with "
                      "education, health and care plans.",
               "Clerk to the Corporation / Director of Quality",
               "All committee members attend; governor self-assessment shows increased confidence.",
               "Summer term 2026", "R")]),
        ]),
    ]
    for theme, afis in sections:
        doc.add_heading(theme, level=1)
        for afi_head, afi_text, acts in afis:
            doc.add_heading(afi_head, level=2)
            p = doc.add_paragraph()
            p.add_run(afi_text).italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, hdr):
                set_cell(c, h, bold=True)
                shade(c, GREY)
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
                shade(cells[5], rag_fill[a[5]])
            doc.add_paragraph()
    doc.add_paragraph("Next review: Quality and Standards Committee, February 2026.")
    doc.save(out("vv-collyers-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Meadowcroft Nursing Home - CQC inspection action plan
# ---------------------------------------------------------------------------
def make_meadowcroft():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Meadowcroft Nursing Home")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    p = doc.add_paragraph()
    r = p.add_run("Action plan following CQC inspection")
    r.bold = True
    r.font.size = Pt(14)

    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in (("Provider", "Meadowcroft Healthcare Ltd"),
                 ("Registered manager", "Sarah Okafor"),
                 ("Inspection dates", "2 and 3 September 2025"),
                 ("Report published", "21 October 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Action plan returned to CQC", "18 November 2025")):
        cells = det.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out the actions we are taking in response to the breaches of "
                      "regulation found at our inspection. It is reviewed weekly by the registered manager "
                      "and monthly by the provider's Quality Lead.")

    hdr = ("No.", "Action we will take", "Person responsible", "Target date", "Progress / evidence",
           "Status")
    st_fill = {"Completed": BLUE, "On track": GREEN, "Behind": AMBER, "Not started": None}
    regs = [
        ("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
         "Risks to people's safety were not always assessed and managed. Repositioning records for people "
         "at risk of pressure ulcers were incomplete and 'as required' medicines protocols were missing for "
         "some people.",
         [("1", "Review the pressure area care plan and repositioning chart of every person assessed as high "
                "risk on the Waterlow score.", "Tom Reid (Clinical Lead)", "30/09/2025",
           "All 14 care plans reviewed; charts now audited weekly by the nurse in charge.", "Completed"),
          ("2", "Write an 'as required' (PRN) protocol for every PRN medicine and check them at the monthly "
                "medicines audit.", "Tom Reid and Grace Mensah", "w/c 06/10/2025",
           "Protocols in place. October audit found two gaps, both corrected.", "Completed"),
          ("3", "Complete competency assessments for all nurses and senior carers who administer medicines.",
           "Sarah Okafor (Registered Manager)", "End of November 2025",
           "11 of 16 staff assessed.", "On track")]),
        ("Regulation 17 HSCA RA Regulations 2014 Good governance",
         "Systems to assess and monitor the quality of the service were not effective. Audits had not "
         "identified the shortfalls found at the inspection, and actions from audits were not followed up.",
         [("4", "Introduce a monthly audit schedule covering care plans, medicines, infection control, falls "
                "and the environment, with all actions logged on a single tracker.",
           "Sarah Okafor (Registered Manager)", "31/10/2025",
           "Schedule in place from October; tracker reviewed at weekly heads of department meeting.",
           "Completed"),
          ("5", "Carry out a monthly provider quality visit and report the findings to the directors.",
           "Helen Marsh, Quality Lead", "Ongoing – monthly",
           "Visits completed 24 September and 29 October 2025.", "On track"),
          ("6", "Hold residents' and relatives' meetings every quarter and publish a 'You said, we did' "
                "summary.", "Activities Coordinator", "December 2025",
           "First meeting postponed from October; now booked for 3 December.", "Behind")]),
        ("Regulation 18 HSCA RA Regulations 2014 Staffing",
         "Staff had not received the training and supervision they needed. Training in moving and handling, "
         "dementia care and the Mental Capacity Act was out of date for a number of staff.",
         [("7", "Book moving and handling, dementia awareness and Mental Capacity Act training for all staff "
                "whose training is out of date.", "Sarah Okafor (Registered Manager)", "31/01/2026",
           "Moving and handling completed for 22 staff; MCA sessions booked for January.", "On track"),
          ("8", "Put in place a supervision matrix so that every member of staff has supervision at least "
                "every eight weeks.", "Deputy Manager", "15/12/2025", "", "Not started")]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for reg, breach, acts in regs:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, reg, bold=True)
        shade(m, GREY)
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, breach, italic=True)
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            if st_fill[a[5]]:
                shade(cells[5], st_fill[a[5]])
    doc.add_paragraph()
    doc.add_paragraph("Signed: Sarah Okafor, Registered Manager        Date: 18 November 2025")
    doc.save(out("vv-meadowcroft-nursing-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. University of Winchester - internal audit recommendations tracker (CSV export) - refuse
# ---------------------------------------------------------------------------
def make_winchester():
    ncol = 11
    rows = [
        ["University of Winchester – Audit and Risk Committee"],
        ["Internal audit recommendations tracker – position at 31 October 2025"],
        [],
        ["Audit", "Report issued", "Rec", "Priority", "Recommendation", "Agreed action", "Owner",
         "Original due date", "Revised due date", "Status", "Comment"],
        ["Student Recruitment and Admissions", "Mar-25", "1", "High",
         "Offer-making decisions should be recorded against the published entry criteria for every applicant.",
         "Configure the admissions system to require an entry-criteria reason code before an offer is released.",
         "Director of Admissions", "31/07/2025", "30/11/2025", "Amber",
         "System change tested; go-live moved to November to avoid Clearing."],
        ["Student Recruitment and Admissions", "Mar-25", "2", "Medium",
         "Contextual offer rules should be approved annually by Academic Board.",
         "Take the 2026 entry contextual offer rules to Academic Board for approval.",
         "Director of Admissions", "30/06/2025", "", "Complete", "Approved 11 June 2025."],
        ["Cyber Security", "Jun-25", "1", "High",
         "Multi-factor authentication should be enforced for all staff and student accounts.",
         "Enforce MFA for all student accounts from the start of the 2025/26 academic year.",
         "Head of IT Services", "30/09/2025", "", "Complete", "Enforced 15 September 2025."],
        ["Cyber Security", "Jun-25", "2", "Medium",
         "Privileged access should be reviewed at least quarterly.",
         "Introduce a quarterly privileged access review with sign-off recorded.",
         "Head of IT Services / Information Governance Manager", "31/12/2025", "", "Green",
         "First review completed in October."],
        ["Cyber Security", "Jun-25", "3", "Low",
         "The incident response plan should be tested annually.",
         "Run a tabletop exercise of the cyber incident response plan with the senior team.",
         "Head of IT Services", "31/03/2026", "", "Green", ""],
        ["UKVI Sponsor Compliance", "Jul-25", "1", "High",
         "Attendance monitoring for sponsored students should be reported to the compliance team weekly.",
         "Automate the weekly engagement report from the attendance system to the International Student "
         "Compliance team.", "Head of International Student Compliance", "31/10/2025", "Jan-2O26", "Amber",
         "Data feed delayed by timetable system upgrade."],
        ["UKVI Sponsor Compliance", "Jul-25", "2", "Medium",
         "Right to study checks should be evidenced on the student record before enrolment is completed.",
         "Add a mandatory right to study check field to the enrolment workflow.",
         "Academic Registrar", "30/11/2025", "", "Green", ""],
        ["Payroll", "Sep-25", "1", "Medium",
         "Changes to standing data should be independently checked before each payroll run.",
         "Introduce a second-person check of standing data changes, evidenced in the payroll system.",
         "Payroll Manager", "31/01/2026", "", "Not started", ""],
        [],
        ["Total recommendations: 8   Complete: 2   Open: 6"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (ncol - len(row)))
    with open(out("vv-university-of-winchester-internal-audit-recommendations-tracker-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Watford Community Housing - consumer standards improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
def make_watford():
    T = "\t"
    lines = [
        "Watford Community Housing",
        "Consumer Standards Improvement Plan 2025–26",
        "Response to the Regulator of Social Housing inspection (regulatory judgement published July 2025)",
        "Approved by Board 24 September 2025 – progress update for Customer Services Committee, 5 November 2025",
        "",
        "RAG key: B = complete, G = on track, A = at risk, R = off track; blank = not started",
        "",
        T.join(["Ref", "Regulator finding", "Action", "Lead", "Target date", "RAG", "Progress"]),
        T.join(["1. Safety and Quality Standard", "", "", "", "", "", ""]),
        T.join(["1.1",
                "We could not be assured that stock condition data is complete: 31% of homes have not had a "
                "stock condition survey in the last five years.",
                "Commission stock condition surveys for the 1,540 homes without a survey since 2020.",
                "Director of Property Services", "Dec 2025 – Jun 2026", "G", "612 surveys completed to date."]),
        T.join(["1.2", "",
                "Load the survey results into the asset management system and produce a 30-year investment "
                "plan for Board approval.",
                "Head of Asset Management", "31/07/2026", "", ""]),
        T.join(["1.3",
                "Remedial actions from fire risk assessments were not always completed within target "
                "timescales.",
                "Clear the backlog of 212 overdue high-risk fire risk assessment actions.",
                "Head of Compliance", "Q3 2025/26", "A",
                "148 of 212 complete; contractor capacity issue escalated to Executive Team."]),
        T.join(["1.4", "",
                "Report overdue fire risk assessment actions by risk level to the Board every month.",
                "Head of Compliance", "Monthly", "G", "In the Board compliance report from October 2025."]),
        T.join(["2. Transparency, Influence and Accountability Standard", "", "", "", "", "", ""]),
        T.join(["2.1",
                "Tenants' views were not used consistently to shape services, and learning from complaints "
                "was not reported to tenants.",
                "Set up a tenant scrutiny panel and agree its first two reviews with the Customer Services "
                "Committee.",
                "Head of Customer Insight & Involvement", "Nov-25", "B",
                "Panel met 14 October; first reviews agreed: repairs and ASB."]),
        T.join(["2.2", "",
                "Publish a quarterly 'Learning from complaints' report on the website and in the tenant "
                "newsletter.",
                "Complaints and Learning Manager", "31/12/2025", "G", "First report drafted."]),
        T.join(["2.3", "",
                "Review how Tenant Satisfaction Measures are collected and reported, including:",
                "Head of Customer Insight & Involvement / Performance Manager", "31/03/2026", "G",
                "Procurement of survey contractor under way."]),
        T.join(["", "", "- moving to an independent, mixed-method survey contractor", "", "", "", ""]),
        T.join(["", "", "- publishing results by estate as well as overall", "", "", "", ""]),
        T.join(["3. Neighbourhood and Community Standard", "", "", "", "", "", ""]),
        T.join(["3.1",
                "The approach to anti-social behaviour cases was inconsistent, and victims were not always "
                "kept informed.",
                "Introduce a risk assessment matrix for all new ASB cases and a minimum contact standard for "
                "victims.",
                "Neighbourhood Services Manager", "Jan-26", "R",
                "New ASB policy delayed; tenant consultation extended to December."]),
        "",
        "Notes:",
        "- Target dates were agreed with the Regulator of Social Housing at the engagement meeting on 9 September 2025.",
        "- This plan is updated monthly and reported to Board quarterly.",
    ]
    with open(out("vv-watford-community-housing-rsh-consumer-standards-improvement-plan.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_dartford()
    make_durham()
    make_ehrc()
    make_collyers()
    make_meadowcroft()
    make_winchester()
    make_watford()
    print("built 7 files in", HERE)
