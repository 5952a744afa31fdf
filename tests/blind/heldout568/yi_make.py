"""Build the seven yi- data files of set heldout568.

Run with /work/main/.venv/bin/python yi_make.py (python-docx, openpyxl).
Only files starting with yi- are written.
"""
import csv
import datetime as dt
import io
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
    assert name.startswith("yi-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def set_cell(cell, text, size=9):
    cell.text = text
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(size)


BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


# ===================================================================== 1 Dalziel
def dalziel():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    d.add_heading("Dalziel High School – Post-Inspection Action Plan 2024/25", level=0)
    d.add_paragraph(
        "Following the Education Scotland full inspection (February 2024; letter to "
        "parents and carers published 23 April 2024)"
    )

    info = [
        ("School", "Dalziel High School, Motherwell"),
        ("Local authority", "North Lanarkshire Council"),
        ("Head Teacher", "Mrs Lorna McAllister"),
        ("Quality Improvement Officer", "Mr David Fyfe"),
        ("Plan agreed", "10 June 2024"),
        ("Last reviewed", "27 January 2025"),
    ]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        bold_cell(t.cell(i, 0), k, GREY)
        set_cell(t.cell(i, 1), v, 10)

    d.add_paragraph("")
    d.add_paragraph("Progress key (RAG column):")
    key = [
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "Started – some slippage against timescale"),
        (RED, "Not started / significant concern"),
    ]
    t = d.add_table(rows=len(key), cols=2)
    t.style = "Table Grid"
    for i, (f, txt) in enumerate(key):
        shade(t.cell(i, 0), f)
        set_cell(t.cell(i, 1), txt, 9)

    areas = [
        (
            "1. Learning and teaching (QI 2.3)",
            "Teachers should ensure that all young people experience consistently "
            "high-quality learning and teaching, with a shared understanding of what "
            "effective learning looks like across the school.",
            [
                ("1.1",
                 "Refresh the Dalziel Learning and Teaching Standard with staff, pupils and "
                 "parents, setting out agreed features of effective learning, including pace "
                 "and challenge.",
                 "DHT Learning and Teaching", "August 2024",
                 "Standard launched at August in-service; referenced in all faculty plans.",
                 BLUE),
                ("1.2",
                 "Introduce a programme of peer learning visits (learning trios) for all "
                 "teaching staff, with a focus on differentiation and feedback.",
                 "DHT Learning and Teaching / PT Curriculum and Pedagogy",
                 "September 2024 – March 2025",
                 "All teaching staff complete at least two visits; learner focus groups "
                 "report improved pace and challenge.",
                 GREEN),
                ("1.3",
                 "Senior leaders to carry out termly learning walks in every faculty and "
                 "share key messages and next steps with faculty teams.\nFindings to be "
                 "reported to the Parent Council each term.",
                 "SLT", "Termly",
                 "Learning walk evidence shows consistent features of the Standard in "
                 "at least 80% of lessons observed.",
                 GREEN),
            ],
        ),
        (
            "2. Tracking and monitoring in the BGE (QI 2.3)",
            "Senior leaders and staff should develop further approaches to tracking and "
            "monitoring young people’s progress in the broad general education (BGE), "
            "to ensure that all learners make the best possible progress.",
            [
                ("2.1",
                 "Develop a whole-school BGE tracking system aligned to Curriculum for "
                 "Excellence levels, with data entered by all faculties at three points "
                 "in the year.",
                 "Mr Khan / Mrs Reid", "October 2024",
                 "Tracking system live on SEEMiS; first data point completed by all "
                 "faculties.",
                 BLUE),
                ("2.2",
                 "Hold termly tracking and monitoring meetings between faculty Principal "
                 "Teachers and the link DHT to identify learners requiring intervention.",
                 "Link DHTs", "December 2024",
                 "Intervention lists agreed for every S1–S3 year group.",
                 AMBER),
                ("2.3",
                 "Provide professional learning on moderation of teacher professional "
                 "judgement, working with the Motherwell Learning Community.",
                 "PT Numeracy; PT Literacy", "By 31 March 2025",
                 "Shared moderation sessions held in literacy and numeracy; increased "
                 "confidence in CfE level judgements.",
                 RED),
            ],
        ),
        (
            "3. Raising attainment in the senior phase (QI 3.2)",
            "Senior leaders should continue to improve attainment in the senior phase, "
            "particularly for young people living in SIMD quintiles 1 and 2.",
            [
                ("3.1",
                 "Introduce a targeted mentoring programme for S4–S6 young people in SIMD "
                 "quintiles 1 and 2, using Pupil Equity Funding.",
                 "DHT Senior Phase", "November 2024",
                 "Mentor allocated to every identified young person; improved "
                 "attendance and tariff points for the cohort.",
                 GREEN),
                ("3.2",
                 "Review the senior phase curriculum offer with partners, including New "
                 "College Lanarkshire, to widen vocational pathways.",
                 "Depute Head Teacher (Curriculum)", "June 2025",
                 "Increased uptake of Foundation Apprenticeships and college courses "
                 "in the 2025/26 options process.",
                 GREEN),
            ],
        ),
    ]

    for heading, afi, actions in areas:
        d.add_paragraph("")
        d.add_heading(heading, level=2)
        t = d.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        bold_cell(t.cell(0, 0), "Area for improvement", GREY, 9)
        m = t.cell(0, 1).merge(t.cell(0, 5))
        set_cell(m, afi, 10)
        for j, h in enumerate(["Ref", "Action", "Lead(s)", "Timescale",
                               "Measures of success", "RAG"]):
            bold_cell(t.cell(1, j), h, "BDD7EE", 9)
        for i, (ref, act, lead, when, mos, fill) in enumerate(actions):
            r = 2 + i
            set_cell(t.cell(r, 0), ref)
            set_cell(t.cell(r, 1), act)
            set_cell(t.cell(r, 2), lead)
            set_cell(t.cell(r, 3), when)
            set_cell(t.cell(r, 4), mos)
            shade(t.cell(r, 5), fill)

    d.add_paragraph("")
    d.add_paragraph("Approved by:")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        bold_cell(t.cell(0, j), h, GREY)
    set_cell(t.cell(1, 0), "Head Teacher", 10)
    set_cell(t.cell(1, 1), "Lorna McAllister", 10)
    set_cell(t.cell(1, 2), "10/06/2024", 10)
    set_cell(t.cell(2, 0), "Education Officer, North Lanarkshire Council", 10)
    set_cell(t.cell(2, 1), "David Fyfe", 10)
    set_cell(t.cell(2, 2), "10/06/2024", 10)
    d.save(out("yi-dalziel-high-school-education-scotland-inspection-action-plan.docx"))


# ===================================================================== 2 Movilla
def movilla():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    d.add_heading("Movilla House Nursing Home – Quality Improvement Plan Action Tracker", level=0)
    d.add_paragraph(
        "RQIA unannounced care inspection, 10 and 11 September 2024 "
        "(Inspection ID: IN046213)"
    )
    info = [
        ("Registered Provider", "Movilla Care Ltd"),
        ("Responsible Individual", "Mr Gareth Nelson"),
        ("Registered Manager", "Mrs Carol Dunlop"),
        ("Date of this update", "20 January 2025"),
        ("Next review", "Governance meeting, March 2025"),
    ]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        bold_cell(t.cell(i, 0), k, "E2EFDA")
        set_cell(t.cell(i, 1), v, 11)

    d.add_paragraph("")
    d.add_paragraph("Status key")
    key = [("Complete", BLUE), ("On track", GREEN), ("Delayed", AMBER), ("Not started", None)]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, (txt, f) in enumerate(key):
        set_cell(t.cell(0, j), txt, 10)
        if f:
            shade(t.cell(0, j), f)

    sections = [
        (
            "Action required to ensure compliance with The Nursing Homes Regulations "
            "(Northern Ireland) 2005",
            [
                (
                    "Area for improvement 1",
                    "Ref: Regulation 13 (7)     Stated: First time     "
                    "To be completed by: Immediate action required",
                    "The registered person shall ensure that the infection prevention and "
                    "control issues identified during the inspection are managed to minimise "
                    "the risk and spread of infection.",
                    [
                        ("1a",
                         "Replace the damaged shower chair and two bedroom commodes identified "
                         "on inspection; remaining equipment checked by the Housekeeper.",
                         "Registered Manager", "13/09/2024", "Complete"),
                        ("1b",
                         "Introduce a weekly environmental IPC audit, with findings and actions "
                         "reviewed at the monthly governance meeting.",
                         "Deputy Manager / Housekeeper", "Ongoing – weekly", "On track"),
                    ],
                ),
                (
                    "Area for improvement 2",
                    "Ref: Regulation 14 (2) (a) (c)     Stated: First time     "
                    "To be completed by: Immediate action required",
                    "The registered person shall ensure that all areas of the home to which "
                    "patients have access are free from hazards to their safety, with "
                    "particular reference to the storage of cleaning chemicals.",
                    [
                        ("2a",
                         "Keypad locks fitted to the sluice and domestic store doors on both "
                         "floors; staff reminded of COSHH storage at the daily safety huddle.",
                         "Maintenance Officer; Registered Manager", "October 2024", "Complete"),
                    ],
                ),
            ],
        ),
        (
            "Action required to ensure compliance with the Care Standards for Nursing "
            "Homes (December 2022)",
            [
                (
                    "Area for improvement 3",
                    "Ref: Standard 4.9     Stated: First time     "
                    "To be completed by: 31 October 2024",
                    "The registered person shall ensure that care plans for patients with "
                    "wounds are kept up to date and reflect the recommendations of the Tissue "
                    "Viability Nurse.",
                    [
                        ("3a",
                         "All wound care plans reviewed against TVN recommendations by named "
                         "nurses.",
                         "Clinical Lead", "31/10/2024", "Complete"),
                        ("3b",
                         "Monthly care record audit to include a minimum of five wound care "
                         "plans, with results shared at staff meetings.",
                         "Registered Manager / Clinical Lead", "March 2025", "On track"),
                    ],
                ),
                (
                    "Area for improvement 4",
                    "Ref: Standard 12     Stated: First time     "
                    "To be completed by: 30 November 2024",
                    "The registered person shall ensure that the daily menu is displayed in a "
                    "suitable format and that patients are offered a choice of meal at each "
                    "mealtime.",
                    [
                        ("4a",
                         "Pictorial menu boards purchased for both dining rooms and the menu "
                         "displayed daily.",
                         "Catering Manager", "November 2024", "Complete"),
                        ("4b",
                         "Mealtime experience audits to be completed monthly on each floor, "
                         "including observation of choice being offered.",
                         "Deputy Manager", "Feb 2025", "Delayed"),
                    ],
                ),
            ],
        ),
    ]
    fills = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    for sec, afis in sections:
        d.add_paragraph("")
        d.add_heading(sec, level=2)
        for label, refline, text, actions in afis:
            t = d.add_table(rows=3 + len(actions), cols=5)
            t.style = "Table Grid"
            bold_cell(t.cell(0, 0), label, "E2EFDA", 10)
            m = t.cell(0, 1).merge(t.cell(0, 4))
            set_cell(m, refline, 9)
            m = t.cell(1, 0).merge(t.cell(1, 4))
            set_cell(m, text, 10)
            for j, h in enumerate(["No.", "Action taken / planned", "Responsible",
                                   "Completed by", "Status"]):
                bold_cell(t.cell(2, j), h, GREY, 9)
            for i, (ref, act, who, when, status) in enumerate(actions):
                r = 3 + i
                set_cell(t.cell(r, 0), ref, 10)
                set_cell(t.cell(r, 1), act, 10)
                set_cell(t.cell(r, 2), who, 10)
                set_cell(t.cell(r, 3), when, 10)
                set_cell(t.cell(r, 4), status, 10)
                if status in fills:
                    shade(t.cell(r, 4), fills[status])
            d.add_paragraph("")

    d.add_paragraph("Sign-off")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Registered Manager", 10)
    set_cell(t.cell(0, 1), "Carol Dunlop", 10)
    set_cell(t.cell(0, 2), "20/01/2025", 10)
    set_cell(t.cell(1, 0), "Responsible Individual", 10)
    set_cell(t.cell(1, 1), "Gareth Nelson", 10)
    set_cell(t.cell(1, 2), "22/01/2025", 10)
    d.save(out("yi-movilla-house-nursing-home-newtownards-rqia-quality-improvement-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, col, value, bold=False, bg=None, border=True, fmt=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ================================================================ 3 Porthcawl (HIW)
def porthcawl():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 60
    put(cov, 1, 1, "Porthcawl Group Practice – HIW Inspection Improvement Plan",
        bold=True, border=False).font = Font(bold=True, size=14)
    put(cov, 2, 1, "Healthcare Inspectorate Wales – GP practice inspection (announced)",
        border=False)
    put(cov, 4, 1, "Date of inspection:", bold=True)
    put(cov, 4, 2, "16 October 2024")
    put(cov, 5, 1, "Health board:", bold=True)
    put(cov, 5, 2, "Cwm Taf Morgannwg University Health Board")
    put(cov, 6, 1, "Plan owner:", bold=True)
    put(cov, 6, 2, "Practice Manager")
    put(cov, 7, 1, "Last updated:", bold=True)
    put(cov, 7, 2, dt.datetime(2025, 2, 6), fmt="dd/mm/yyyy")
    put(cov, 9, 1, "RAG key", bold=True, border=False)
    for i, (col, txt) in enumerate([(BLUE, "Complete – evidence held"),
                                    (GREEN, "On track"),
                                    (AMBER, "Timescale revised / at risk"),
                                    (RED, "Overdue")]):
        put(cov, 10 + i, 1, None, bg=col)
        put(cov, 10 + i, 2, txt)
    put(cov, 15, 1, "Summary", bold=True, border=False)
    put(cov, 16, 1, "Immediate improvement plan")
    put(cov, 16, 2, "3 actions – 3 complete")
    put(cov, 17, 1, "Improvement plan")
    put(cov, 17, 2, "8 actions – 1 complete, 5 on track, 2 at risk")
    put(cov, 18, 1, "Total", bold=True)
    put(cov, 18, 2, "11 actions", bold=True)

    def sheet(title, head_title, headers, widths):
        ws = wb.create_sheet(title)
        ncol = len(headers)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        c = put(ws, 1, 1, head_title, bold=True, border=False)
        c.font = Font(bold=True, size=13)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
        put(ws, 2, 1, "Service: Porthcawl Group Practice        Date of inspection: "
                      "16 October 2024", border=False)
        for j, h in enumerate(headers, 1):
            put(ws, 4, j, h, bold=True, bg=NAVY, color="FFFFFF")
            ws.column_dimensions[chr(64 + j)].width = widths[j - 1]
        ws.freeze_panes = "A5"
        return ws

    def section(ws, row, text, ncol):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        put(ws, row, 1, text, bold=True, bg="D9E1F2")
        for j in range(2, ncol + 1):
            ws.cell(row=row, column=j).border = BOX

    # Immediate improvement plan (Appendix B)
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Progress update", "RAG"]
    ws = sheet("Immediate assurance", "Appendix B – Immediate improvement plan", hdr,
               [7, 45, 22, 50, 24, 13, 40, 7])
    section(ws, 5, "Delivery of Safe and Effective Care", len(hdr))
    imm = [
        (6, "IA1.1",
         "Weekly emergency drugs and equipment checklist introduced, with a named nurse "
         "responsible and a deputy for leave cover.",
         "Practice Nurse Manager", dt.datetime(2024, 10, 18),
         "In place from 18/10/2024; checklist audited monthly by the Practice Manager."),
        (7, "IA1.2",
         "Expired oropharyngeal airways and adult defibrillator pads replaced.",
         "Practice Manager", dt.datetime(2024, 10, 17),
         "Replaced 17/10/2024; expiry dates added to the checklist."),
        (8, "IA2.1",
         "All clinical staff to complete Level 3 safeguarding adults and children training; "
         "training matrix updated.",
         "Dr Rhys Hughes (Safeguarding Lead)", dt.datetime(2024, 11, 30),
         "All 14 clinical staff compliant at 28/11/2024."),
    ]
    ws.merge_cells("B6:B7")
    ws.merge_cells("C6:C7")
    put(ws, 6, 2, "The practice must ensure that emergency drugs and equipment are checked "
                  "weekly and that the checks are recorded.")
    put(ws, 6, 3, "Health and Care Quality Standards 2023 – Safe; Effective")
    put(ws, 8, 2, "The practice must ensure that all clinical staff have completed "
                  "safeguarding training at the level appropriate to their role.")
    put(ws, 8, 3, "Health and Care Quality Standards 2023 – Safe; Workforce")
    for r, ref, act, who, when, upd in imm:
        put(ws, r, 1, ref)
        put(ws, r, 4, act)
        put(ws, r, 5, who)
        put(ws, r, 6, when, fmt="dd/mm/yyyy")
        put(ws, r, 7, upd)
        put(ws, r, 8, None, bg=BLUE)
        for cc in (2, 3):
            ws.cell(row=r, column=cc).border = BOX
    put(ws, 10, 1, "Service representative – Name (print): Sian Matthews     Job role: "
                   "Practice Manager     Date: 21/10/2024", border=False)
    ws.merge_cells("A10:H10")

    # Improvement plan (Appendix C)
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Revised timescale", "Progress update", "RAG"]
    ws = sheet("Improvement plan", "Appendix C – Improvement plan", hdr,
               [6, 45, 20, 50, 26, 13, 13, 40, 7])
    n = len(hdr)
    section(ws, 5, "Quality of Patient Experience", n)
    ws.merge_cells("B6:B7")
    ws.merge_cells("C6:C7")
    put(ws, 6, 2, "The practice should improve telephone access for patients, particularly "
                  "at 8am, and monitor call waiting times.")
    put(ws, 6, 3, "Timely")
    put(ws, 8, 2, "The practice should ensure that information about how to raise a concern "
                  "(Putting Things Right) is displayed in the waiting area and available "
                  "bilingually.")
    put(ws, 8, 3, "Person-centred")
    section(ws, 9, "Delivery of Safe and Effective Care", n)
    put(ws, 10, 2, "The practice must ensure that a cleaning schedule is in place for "
                   "clinical rooms and that completion is recorded.")
    put(ws, 10, 3, "Safe")
    put(ws, 11, 2, "The practice should ensure that patient group directions (PGDs) are "
                   "signed by all relevant staff and reviewed before their expiry date.")
    put(ws, 11, 3, "Safe; Effective")
    section(ws, 12, "Quality of Management and Leadership", n)
    ws.merge_cells("B13:B14")
    ws.merge_cells("C13:C14")
    put(ws, 13, 2, "The practice must ensure that all staff receive an annual appraisal and "
                   "that records are kept.")
    put(ws, 13, 3, "Workforce")
    put(ws, 15, 2, "The practice should hold regular, minuted practice meetings and share "
                   "learning from significant events with the whole team.")
    put(ws, 15, 3, "Learning, improvement and research")
    rows = [
        (6, "1.1", "Implement cloud-based telephony with a call-back facility and queue "
                   "position messages.",
         "Practice Manager", dt.datetime(2025, 1, 31), dt.datetime(2025, 4, 30),
         "Supplier installation delayed; go-live now planned for April 2025.", AMBER),
        (7, "1.2", "Report monthly call-handling data to the partners’ meeting and publish a "
                   "summary on the practice website.",
         "Practice Manager / Reception Supervisor", "Monthly", None,
         "December and January data reported.", GREEN),
        (8, "1.3", "Bilingual Putting Things Right posters and leaflets displayed in both "
                   "waiting areas and on the website.",
         "Reception Supervisor", "December 2024", None, "Complete.", BLUE),
        (10, "2.1", "Cleaning schedule agreed with the contract cleaners and signed off daily "
                    "by the duty nurse; monthly IPC audit.",
         "Practice Nurse Manager", dt.datetime(2024, 12, 31), None,
         "Schedule in use; first two audits 96% and 98%.", GREEN),
        (11, "2.2", "Audit of all PGDs and signature sheets; expiry dates added to the "
                    "governance calendar.",
         "Lead GP / Practice Nurse Manager", "Q4 2024/25", None,
         "Audit started January 2025.", GREEN),
        (13, "3.1", "Appraisal schedule for all non-clinical staff agreed; appraisals to be "
                    "completed by the Practice Manager.",
         "Practice Manager", dt.datetime(2025, 3, 31), None, "9 of 16 completed.", GREEN),
        (14, "3.2", "Clinical staff appraisals to be confirmed through the MARS/revalidation "
                    "record and logged on the training matrix.",
         "Dr Hughes, Dr Evans", "March 2025", "June 2025",
         "Dr Evans’ appraisal rescheduled by the appraiser.", AMBER),
        (15, "3.3", "Quarterly whole-practice meeting with a standing agenda item on "
                    "significant events; minutes shared on Teams.",
         "Practice Manager", "Ongoing", None, "First meeting held 22/01/2025.", GREEN),
    ]
    for r, ref, act, who, when, rev, upd, col in rows:
        put(ws, r, 1, ref)
        put(ws, r, 4, act)
        put(ws, r, 5, who)
        put(ws, r, 6, when, fmt="dd/mm/yyyy" if isinstance(when, dt.datetime) else None)
        put(ws, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        put(ws, r, 8, upd)
        put(ws, r, 9, None, bg=col)
        for cc in (2, 3):
            ws.cell(row=r, column=cc).border = BOX
    ws.merge_cells("A17:I17")
    put(ws, 17, 1, "Service representative – Name (print): Sian Matthews     Job role: "
                   "Practice Manager     Date: 13/11/2024", border=False)
    wb.save(out("yi-porthcawl-group-practice-hiw-gp-inspection-improvement-plan.xlsx"))


# ========================================================== 4 Causeway action log
def causeway():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = [12, 14, 30, 55, 28, 16, 45, 8]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, "Causeway Coast and Glens Borough Council – Audit Committee Action Log",
        border=False).font = Font(bold=True, size=14, color="00594F")
    ws.merge_cells("A2:H2")
    put(ws, 2, 1, "Position as at 3 June 2025 (for the meeting of 11 June 2025)", border=False)
    put(ws, 4, 1, "Open actions", bold=True)
    put(ws, 4, 2, 5)
    put(ws, 4, 3, "Complete since last meeting", bold=True)
    put(ws, 4, 4, 3)
    put(ws, 4, 5, "Overdue", bold=True)
    put(ws, 4, 6, 1)
    put(ws, 5, 1, "Status key:", bold=True, border=False)
    put(ws, 5, 2, "B – Complete (to be removed)", bg=BLUE)
    put(ws, 5, 3, "G – On track", bg=GREEN)
    put(ws, 5, 4, "A – Due date revised", bg=AMBER)
    put(ws, 5, 5, "R – Overdue", bg=RED)
    hdr = ["Action No.", "Minute ref", "Agenda item", "Action", "Responsible officer",
           "Due date", "Update", "Status"]
    for j, h in enumerate(hdr, 1):
        put(ws, 7, j, h, bold=True, bg="00594F", color="FFFFFF")
    ws.freeze_panes = "A8"

    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def meeting(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        put(ws, row, 1, text, bold=True, bg="E2EFDA")

    def act(row, no, minute, item, text, who, due, upd, st):
        put(ws, row, 1, no)
        put(ws, row, 2, minute)
        put(ws, row, 3, item)
        put(ws, row, 4, text)
        put(ws, row, 5, who)
        put(ws, row, 6, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
        put(ws, row, 7, upd)
        c = put(ws, row, 8, st, bg=colours[st], bold=True)
        c.alignment = Alignment(horizontal="center", vertical="top")

    meeting(8, "Meeting of 10 December 2024")
    act(9, "AC/24/041", "AC 241210/5",
        "NIAO Report to Those Charged with Governance 2023-24",
        "Provide the Committee with an update on implementation of the NIAO’s priority 1 "
        "recommendation on the fixed asset register.",
        "Head of Finance", dt.datetime(2025, 3, 11),
        "Update provided in March 2025; fixed asset register reconciled to the ledger.", "B")
    act(10, "AC/24/042", "AC 241210/7", "Corporate Risk Register",
        "Revise the corporate risk register to include a separate risk on cyber security "
        "and ICT resilience.",
        "Director of Corporate Services", "31/03/2025 revised to 30/09/2025",
        "Deferred pending approval of the ICT Strategy; revised date agreed with the Chair.",
        "A")
    act(11, "AC/24/043", "AC 241210/8", "Internal Audit Progress Report",
        "Circulate the final internal audit report on purchasing cards to all Members.",
        "Head of Audit", "Jan-25", "Circulated 14 January 2025.", "B")
    meeting(12, "Meeting of 11 March 2025")
    act(13, "AC/25/007", "AC 250311/4", "Internal Audit – Leisure Income",
        "Bring a report on cash-handling controls at leisure centres, including the roll-out "
        "of card-only payments.",
        "Head of Leisure and Development", "June 2025",
        "Report on this agenda (item 7).", "B")
    act(14, "AC/25/008", "AC 250311/6", "Fraud and Whistleblowing Update",
        "Arrange fraud awareness training for Members of the Committee.",
        "Head of Audit / Democratic Services Manager", "Sep-25",
        "Session being arranged with the NIAO counter-fraud team.", "G")
    act(15, "AC/25/009", "AC 250311/9", "Performance Improvement Plan 2025-26",
        "Confirm how the Council will respond to the NIAO proposals for improvement on "
        "performance data quality.",
        "Head of Performance", dt.datetime(2025, 5, 20),
        "Awaiting final NIAO audit and assessment report.", "R")
    meeting(16, "Meeting of 20 May 2025 (special meeting)")
    act(17, "AC/25/014", "AC 250520/3", "Draft Annual Governance Statement 2024-25",
        "Amend the draft Annual Governance Statement to reflect the significant governance "
        "issue on ICT resilience before submission to the NIAO.",
        "J. McCann, M. Quinn", dt.datetime(2025, 6, 13), "Redraft in progress.", "G")
    act(18, "AC/25/015", "AC 250520/4", "Draft Financial Statements 2024-25",
        "Provide Members with a briefing note explaining the movement in the pension "
        "liability.",
        "Chief Finance Officer", "Next meeting", "", "G")
    ws.merge_cells("A20:H20")
    put(ws, 20, 1, "Notes: Actions marked B will be removed from the log once noted by the "
                   "Committee. Due dates shown as ‘revised to’ have been agreed by the Chair.",
        border=False)
    ws.merge_cells("A21:H21")
    put(ws, 21, 1, "Prepared by: Democratic Services, Cloonavin, Coleraine", border=False)
    wb.save(out("yi-causeway-coast-and-glens-bc-audit-committee-action-log.xlsx"))


# ================================================== 5 Edinburgh College (refuse)
def edinburgh():
    wb = Workbook()
    ws = wb.active
    ws.title = "AAR 2023-24 actions"
    widths = [7, 38, 45, 50, 30, 12, 12, 10, 10, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.merge_cells("A1:J1")
    put(ws, 1, 1, "Edinburgh College – External Audit Action Plan Tracker (Annual Audit "
                  "Report 2023/24)", border=False).font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    put(ws, 2, 1, "Audit and Risk Assurance Committee – 10 June 2025", border=False)
    ws.merge_cells("A3:J3")
    put(ws, 3, 1, "Source: Audit Scotland, Edinburgh College 2023/24 Annual Audit Report, "
                  "Appendix 1 – Action plan", border=False).font = Font(italic=True)
    hdr = ["No.", "Issue/risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Agreed date", "Revised date", "Previous RAG",
           "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, 1):
        put(ws, 5, j, h, bold=True, bg="7030A0", color="FFFFFF")
    ws.freeze_panes = "A6"
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def section(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        put(ws, row, 1, text, bold=True, bg="E4DFEC")

    def line(row, no, issue, rec, action, who, agreed, revised, prev, cur, upd):
        vals = [no, issue, rec, action, who, agreed, revised, prev, cur, upd]
        for j, v in enumerate(vals, 1):
            fmt = "mmm-yy" if isinstance(v, dt.datetime) else None
            bg = rag.get(v) if j in (8, 9) else None
            put(ws, row, j, v, fmt=fmt, bg=bg)

    section(6, "2023/24 recommendations")
    line(7, 1,
         "Financial sustainability\nThe College forecasts recurring deficits from 2025/26 "
         "and has not yet identified how the funding gap will be closed.",
         "The College should develop a medium-term financial strategy that sets out how it "
         "will achieve financial balance.",
         "A revised financial strategy 2025–2030 will be presented to the Board of "
         "Management, including savings options and a curriculum review.",
         "Vice Principal Finance and Corporate Services",
         dt.datetime(2025, 3, 31), dt.datetime(2025, 6, 30), "A", "G",
         "Draft strategy considered by the Finance and Resources Committee on 20 May 2025.")
    line(8, 2,
         "Estates backlog maintenance\nThe estates condition survey identifies £14m of "
         "backlog maintenance, with no funded plan.",
         "The College should prioritise backlog maintenance in a costed estates plan agreed "
         "with the Scottish Funding Council.",
         "Costed estates plan to be prepared and shared with SFC.",
         "Director of Estates", dt.datetime(2025, 6, 30), None, "G", "G",
         "Condition survey refreshed; plan on track for June Board.")
    line(9, 3,
         "Workforce planning\nThe College does not have a workforce plan linked to its "
         "curriculum and financial plans.",
         "A workforce plan should be developed alongside the curriculum review.",
         "Workforce plan to be developed and aligned with the outcome of the curriculum "
         "review.",
         "Director of People / Vice Principal Curriculum",
         dt.datetime(2024, 12, 31), "0ct-25", "A", "A",
         "Timing revised to follow the curriculum review.")
    line(10, 4,
         "Cyber security\nCyber Essentials Plus accreditation had lapsed.",
         "The College should regain Cyber Essentials Plus accreditation.",
         "Remediation plan and reassessment to be completed.",
         "Head of Digital Services", dt.datetime(2025, 3, 31), None, "G", "B",
         "Complete – Cyber Essentials Plus accreditation achieved March 2025.")
    section(11, "Follow-up of prior year recommendations (2022/23)")
    line(12, "b/f 1",
         "Capital project governance\nProject board papers did not report costs against "
         "the approved budget.",
         "Capital project reports should show spend against the approved budget.",
         "Standard project highlight report introduced for all capital projects.",
         "Director of Estates", dt.datetime(2024, 7, 31), dt.datetime(2025, 3, 31), "A", "B",
         "Implemented from the Granton campus project board, March 2025.")
    line(13, "b/f 2",
         "Performance reporting\nThe Board receives limited information on performance "
         "against the Outcome Agreement.",
         "Develop a performance framework with regular reporting to the Board.",
         "Performance framework and dashboard to be reported twice a year.",
         "Head of Planning and Performance", dt.datetime(2024, 12, 31),
         dt.datetime(2025, 12, 31), "R", "A",
         "Dashboard in development; first report to Board in December 2025.")
    ws.merge_cells("A15:J15")
    put(ws, 15, 1, "RAG: B = complete; G = on track; A = revised date agreed; R = overdue",
        border=False)
    wb.save(out("yi-edinburgh-college-audit-scotland-annual-audit-report-2023-24-action-plan-"
                "typo-month-refuse.xlsx"))


# ============================================================= 6 Powys (csv)
def powys():
    rows = [
        ["Powys County Council – Estyn Post-Inspection Action Plan (PIAP): Local Government "
         "Education Services", "", "", "", "", "", "", ""],
        ["Inspection: 3–7 February 2025; report published 8 April 2025. Progress update to "
         "the Learning and Skills Scrutiny Committee, 22 October 2025", "", "", "", "", "", "",
         ""],
        [""] * 8,
        ["Ref", "Action", "Lead officer(s)", "Start", "End", "RAG", "Progress commentary",
         "Evidence"],
        ["R1: Improve the quality and consistency of self-evaluation and improvement planning "
         "across education services, so that leaders have a clear and accurate view of the "
         "impact of their work", "", "", "", "", "", "", ""],
        ["1.1", "Introduce a common self-evaluation framework for all education service areas, "
                "aligned to the Council’s corporate performance framework",
         "Head of Education Quality and Improvement", "Apr-25", "Jul-25", "B",
         "Framework agreed by Education SLT in July 2025", "SLT minutes 15/07/25"],
        ["1.2", "Each service area to produce an annual improvement plan with measurable "
                "success criteria\nPlans to be reviewed by the Director every six months",
         "Director of Education", "Sep-25", "Mar-26", "G",
         "Six of eight service plans drafted", ""],
        ["1.3", "Provide termly reports to the Learning and Skills Scrutiny Committee on "
                "progress against the PIAP",
         "Head of Education Quality and Improvement / Scrutiny Officer", "Jun-25", "Termly",
         "G", "First report presented 22 October 2025", ""],
        ["R2: Strengthen the strategic approach to improving attendance, particularly for "
         "pupils eligible for free school meals", "", "", "", "", "", "", ""],
        ["2.1", "Appoint a strategic lead for attendance and establish a multi-agency "
                "attendance panel",
         "Principal Officer Attendance and Wellbeing", "Apr-25", "Jun-25", "B",
         "Panel meeting monthly since June 2025", "Panel terms of reference"],
        ["2.2", "Roll out the attendance dashboard to all schools, with fortnightly data on "
                "pupils eligible for free school meals",
         "Senior Manager – Data and Systems", "May-25", "Autumn term 2025", "A",
         "Dashboard live in secondary schools; primary roll-out delayed by MIS upgrade", ""],
        ["2.3", "Deliver training for school attendance leads on family engagement and "
                "trauma-informed approaches",
         "Education Welfare Service Manager; Educational Psychology Service", "Sep-25",
         "Summer term 2026", "G", "Two of four cluster sessions delivered", ""],
        ["R3: Accelerate the pace of the transforming education programme, including the "
         "growth of Welsh-medium provision", "", "", "", "", "", "", ""],
        ["3.1", "Publish a revised timeline for the transforming education programme, with "
                "clear milestones for each school organisation proposal",
         "Head of Transforming Education", "Jun-25", "Dec-25", "G",
         "Draft timeline considered by Cabinet in September 2025", ""],
        ["3.2", "Implement the Welsh in Education Strategic Plan (WESP) year 4 actions, "
                "including the category change of two primary schools to Welsh-medium",
         "WESP Lead Officer", "Sep-25", "Aug-26", "A",
         "Statutory consultation on one school extended", ""],
        ["3.3", "Strengthen engagement with parents and communities on school "
                "reorganisation, including consultation reports in plain English and Welsh",
         "Head of Transforming Education / Communications Manager", "Apr-25", "Ongoing",
         "R", "Engagement plan not yet agreed", ""],
        [""] * 8,
        ["RAG key: B = complete; G = on track; A = some slippage; R = significant concern "
         "or not started", "", "", "", "", "", "", ""],
        ["Summary: B 2 | G 4 | A 2 | R 1", "", "", "", "", "", "", ""],
        ["Total actions", "9", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("yi-powys-county-council-estyn-lges-post-inspection-action-plan.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ============================================================ 7 Leithland (txt)
def leithland():
    T = "\t"
    lines = [
        "Glasgow City Health and Social Care Partnership – Leithland Care Home Improvement Plan",
        "Care Inspectorate unannounced inspection 15–17 October 2024 (report published "
        "26 November 2024)",
        "Care service number: CS2003001077" + T + "Plan updated: 07/02/2025",
        "",
        T.join(["Ref", "Action", "Responsible", "Target date", "Status", "Update"]),
        "Key question 1: How well do we support people’s wellbeing?",
        "Requirement 1" + T + "By 31 January 2025, the provider must ensure that people’s "
        "health and wellbeing needs are met, including that food and fluid intake is "
        "accurately recorded and acted on.",
        T.join(["1.1", "Review all personal plans with residents and families to confirm "
                "nutritional needs, preferences and risks.", "Unit Managers", "31/12/2024",
                "Complete", "All 90 personal plans reviewed."]),
        T.join(["1.2", "Introduce a single food and fluid recording chart with daily "
                "targets, checked by the senior on each shift.", "Depute Manager",
                "w/c 13/01/2025", "Complete", "Chart in use in all five units."]),
        T.join(["1.3", "Monthly audit of food and fluid charts, with results reported to "
                "the Care Home Manager.", "Senior Social Care Workers", "Ongoing – monthly",
                "Green", "January audit 91% compliant."]),
        "Area for improvement 1" + T + "To support people’s wellbeing, the provider should "
        "ensure that people have regular opportunities to take part in meaningful "
        "activities that reflect their interests.",
        T.join(["1.4", "Recruit a second Activities Co-ordinator to cover evenings and "
                "weekends.", "Care Home Manager", "March 2025", "Amber",
                "Interviews arranged for 20/02/2025."]),
        T.join(["1.5", "Complete a ‘What matters to me’ profile for each resident and use "
                "it to plan weekly activities in each unit.", "Activities Co-ordinator",
                "Apr-25", "Green", "54 of 90 profiles completed."]),
        "Key question 4: How good is our leadership?",
        "Requirement 2" + T + "By 28 February 2025, the provider must ensure that quality "
        "assurance systems are effective in identifying and addressing areas for "
        "improvement.",
        T.join(["2.1", "Develop a quality assurance calendar covering care plans, "
                "medication, the environment and staff practice.",
                "Mhairi Boyle and Tom Gallacher", "28/02/2025", "Green",
                "Calendar drafted; to be agreed at the February management meeting."]),
        T.join(["2.2", "Carry out a staff training needs analysis for all care staff and "
                "create a training plan", "Learning and Development Officer", "March 2025",
                "Green", "Training needs analysis 60% complete."]),
        T + "covering dementia, stress and distress, and adult support and protection" + T
        + T + T + T,
        "Key question 3: How good is our staff team?",
        "Area for improvement 2" + T + "The provider should ensure that all staff receive "
        "regular supervision in line with the provider’s policy.",
        T.join(["3.1", "Supervision tracker set up and supervisors allocated for every "
                "member of care staff.", "Depute Manager / Senior Social Care Workers",
                "Jan-25", "Complete", "Tracker live on SharePoint."]),
        "",
        "Status key: Complete = action finished and evidenced; Green = on track; "
        "Amber = behind schedule; Red = not started or at risk",
        "Prepared by: Care Home Manager, Leithland Care Home",
    ]
    with open(out("yi-glasgow-city-hscp-leithland-care-home-care-inspectorate-"
                  "improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    dalziel()
    movilla()
    porthcawl()
    causeway()
    edinburgh()
    powys()
    leithland()
    print("done")
