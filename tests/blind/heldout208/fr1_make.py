#!/usr/bin/env python3
"""Build the seven fr1- blind test files of set heldout208.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).  Every data file is
written beside this script.  The ACTIONS tables below also carry the reading a
person makes of each action (under / lead / end / status); fr1_expect.py (kept
outside the set) turns them into the .expected.yaml files.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "Complete": "0070C0", "C": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, fill=None, fmt=None, border=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or size:
        c.font = Font(bold=bold, size=size or 11)
    if fill:
        c.fill = xfill(fill)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ===================================================================
# 1. Health and Safety Executive – Public Bodies Review tracker (xlsx)
# ===================================================================
HSE_FILE = "fr1-health-and-safety-executive-public-bodies-review-implementation-tracker.xlsx"
HSE_TITLE = "HSE Public Bodies Review – Recommendation Implementation Tracker"
HSE_REC = {
    1: "Recommendation 1: HSE should continue to build its focus on work-related ill health, "
       "including mental health and musculoskeletal disorders, working with DWP and DHSC.",
    2: "Recommendation 2: HSE should set out a plan for the Health and Safety Laboratory site at "
       "Buxton, including the feasibility of a national centre of excellence for the safe "
       "implementation of net zero fuels.",
    3: "Recommendation 3: HSE should explore further opportunities for cost recovery, building on "
       "the lessons from Fee for Intervention, with clear objectives for each new regime.",
    4: "Recommendation 4: HSE should modernise its digital services and improve the look and "
       "accessibility of its website.",
    5: "Recommendation 5: HSE should strengthen how it governs and embraces organisational change, "
       "including a consistent approach to change management across directorates.",
    6: "Recommendation 6: HSE should publish an updated communications strategy setting out how it "
       "will reach different groups of duty holders, and clarify the process for requesting "
       "reconsideration of inspector decisions.",
}
HSE_THEMES = ["Theme 1: Efficacy", "Theme 2: Efficiency", "Theme 3: Governance",
              "Theme 4: Accountability"]
# (theme, rec, ref, action, owner, original, revised, prev, cur, progress, reading)
HSE_ROWS = [
    (0, 1, "1.1",
     "Refresh the Health and Work programme delivery plan with joint DWP/DHSC milestones and "
     "publish it on the HSE website.",
     "Director of Engagement and Policy", d(2023, 12, 1), None, "B", "B",
     "Plan published 30 November 2023. Proposed for closure.",
     dict(lead=["Director of Engagement and Policy"], end="2023-12", status="blue")),
    (0, 1, "1.2",
     "Commission a programme of targeted inspections on work-related stress in the education and "
     "healthcare sectors, and report the outcomes to the Board.",
     "Director of Field Operations", d(2025, 3, 1), d(2025, 9, 1), "A", "A",
     "Inspection campaign started January 2025; reporting moved to the Board meeting of "
     "24 September 2025.",
     dict(lead=["Director of Field Operations"], end="2025-09", status="amber")),
    (0, 2, "2.1",
     "Complete the feasibility study and outline business case for a net zero centre of "
     "excellence at Buxton.",
     "Chief Scientific Adviser; Director of Finance and Planning", d(2024, 6, 1), d(2025, 6, 1),
     "A", "G",
     "Outline business case submitted to DWP on 20 January 2025; Treasury approval expected "
     "June 2025.",
     dict(lead=["Chief Scientific Adviser", "Director of Finance and Planning"], end="2025-06",
          status="green")),
    (1, 3, "3.1",
     "Review the Fee for Intervention regime and consult on changes to the hourly rate and the "
     "disputes process.",
     "Director of Finance and Planning", d(2024, 3, 1), None, "G", "B",
     "Consultation closed 8 March 2024; new hourly rate applied from 6 April 2024.",
     dict(lead=["Director of Finance and Planning"], end="2024-03", status="blue")),
    (1, 4, "4.1",
     "Deliver phase 1 of the website redesign to WCAG 2.2 AA and retire the legacy COIN "
     "reporting screens.",
     "Chief Information Officer", d(2025, 3, 1), d(2025, 12, 1), "A", "R",
     "Supplier contract re-let in February 2025; phase 1 now forecast for December 2025.",
     dict(lead=["Chief Information Officer"], end="2025-12", status="red")),
    (2, 5, "5.1",
     "Adopt a single change management framework and train all Senior Civil Servants and "
     "Band 1 leaders in its use.",
     "Chief Operating Officer / Director of People", d(2024, 9, 1), d(2025, 6, 1), "G", "G",
     "Framework approved at Executive Committee; 78% of leaders trained.",
     dict(lead=["Chief Operating Officer", "Director of People"], end="2025-06",
          status="green")),
    (3, 6, "6.1",
     "Publish the 2024–27 communications and engagement strategy.",
     "Director of Engagement and Policy", d(2024, 7, 1), d(2025, 4, 1), "G", "G",
     "Strategy drafted and tested with the Industry Advisory Committees; final sign-off at "
     "Board in April 2025.",
     dict(lead=["Director of Engagement and Policy"], end="2025-04", status="green")),
    (3, 6, "6.2",
     "Revise and publish guidance on how duty holders can request reconsideration of an "
     "inspector's decision, with a 20 working day response standard.",
     "Director of Regulation", d(2024, 12, 1), d(2025, 5, 1), "G", "A",
     "Guidance drafted; legal review has delayed publication to May 2025.",
     dict(lead=["Director of Regulation"], end="2025-05", status="amber")),
]


def build_hse():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 60
    put(cov, 1, 1, "Health and Safety Executive", bold=True, size=16, border=False)
    put(cov, 2, 1, "Public Bodies Review of HSE (published 25 May 2023)", bold=True, border=False)
    put(cov, 3, 1, "Implementation tracker – position at 31 March 2025", border=False)
    put(cov, 5, 1, "Document control", bold=True, border=False)
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        put(cov, 6, i, h, bold=True, fill="D9D9D9")
    vers = [("0.1", "12/07/2023", "Strategy Unit", "First draft following DWP sponsor meeting"),
            ("1.0", "19/09/2023", "Strategy Unit", "Approved by HSE Board"),
            ("2.2", "09/01/2025", "Strategy Unit",
             "Q3 2024/25 update; revised dates agreed at Board 18/12/2024"),
            ("2.3", "15/04/2025", "Strategy Unit", "Q4 2024/25 update")]
    for r, v in enumerate(vers, 7):
        for c, x in enumerate(v, 1):
            put(cov, r, c, x)
    put(cov, 12, 1, "RAG key", bold=True, border=False)
    key = [("B", "Complete – action delivered and evidence accepted"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some risk to delivery; mitigation in place"),
           ("R", "Off track – target date will be missed")]
    for r, (k, t) in enumerate(key, 13):
        put(cov, r, 1, k, bold=True, fill=FILL[k])
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        put(cov, r, 2, t)
    put(cov, 18, 1, "Summary – current RAG (Q4 2024/25)", bold=True, border=False)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for row in HSE_ROWS:
        counts[row[8]] += 1
    summ = [("Complete", counts["B"], "B"), ("Green", counts["G"], "G"),
            ("Amber", counts["A"], "A"), ("Red", counts["R"], "R")]
    for r, (lab, n, k) in enumerate(summ, 19):
        put(cov, r, 1, lab, fill=FILL[k])
        put(cov, r, 2, n)
    put(cov, 23, 1, "Total", bold=True)
    put(cov, 23, 2, len(HSE_ROWS), bold=True)

    ws = wb.create_sheet("Tracker")
    widths = [7, 42, 46, 24, 13, 13, 11, 11, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, HSE_TITLE, bold=True, size=14, border=False)
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, "Sponsor: DWP Arm's Length Body Partnership Team    |    Reporting period: "
                  "Q4 2024/25 (January – March 2025)", border=False)
    heads = ["Ref", "Recommendation", "Action", "Owner", "Original target date",
             "Revised target date", "Previous RAG (Q3)", "Current RAG (Q4)", "Progress update"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, fill="1F4E79").font = Font(bold=True, color="FFFFFF")
    r = 5
    theme_done = set()
    rows_by_rec = {}
    for row in HSE_ROWS:
        theme, rec = row[0], row[1]
        if theme not in theme_done:
            theme_done.add(theme)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            put(ws, r, 1, HSE_THEMES[theme], bold=True, fill="DDEBF7")
            r += 1
        _, _, ref, action, owner, orig, rev, prev, cur, prog, _ = row
        put(ws, r, 1, ref)
        put(ws, r, 2, None if rec in rows_by_rec else HSE_REC[rec])
        rows_by_rec.setdefault(rec, []).append(r)
        put(ws, r, 3, action)
        put(ws, r, 4, owner)
        put(ws, r, 5, orig, fmt="mmm-yy")
        put(ws, r, 6, rev, fmt="mmm-yy")
        put(ws, r, 7, prev, fill=FILL[prev])
        put(ws, r, 8, cur, bold=True, fill=FILL[cur])
        put(ws, r, 9, prog)
        r += 1
    # recommendation cell merged down over all of its actions
    for rec, rws in rows_by_rec.items():
        if len(rws) > 1:
            ws.merge_cells(start_row=rws[0], start_column=2, end_row=rws[-1], end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    put(ws, r, 1, "Note: Revised target dates were agreed by the HSE Board on 18 December 2024. "
                  "Recommendations 7 to 9 are for DWP and are tracked by the sponsor team.",
        border=False)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, HSE_FILE))


# ===================================================================
# 2. Calderdale and Huddersfield NHS FT – CQC must/should do (xlsx)
# ===================================================================
CHFT_FILE = "fr1-calderdale-huddersfield-nhsft-cqc-must-should-do-action-plan.xlsx"
CHFT_TITLE = ("CQC Inspection Action Plan – Urgent and Emergency Care and Medical Care "
              "(report published 14 March 2024)")
CHFT_SECT = ["Urgent and Emergency Care – Calderdale Royal Hospital and Huddersfield Royal "
             "Infirmary",
             "Medical Care (including older people's care)"]
CHFT_FIND = {
    "M1": "The trust must ensure that patients in the emergency department receive a timely "
          "assessment of their pain and that pain relief is given and reviewed.",
    "M2": "The trust must ensure that there are sufficient numbers of suitably qualified "
          "children's nurses in the emergency department at all times.",
    "S1": "The trust should ensure that mandatory training compliance for medical staff in the "
          "emergency department meets the trust target.",
    "M3": "The trust must ensure that patients at risk of falls have a completed falls risk "
          "assessment and care plan within 6 hours of admission to a ward.",
    "S2": "The trust should ensure that resuscitation trolleys on medical wards are checked daily "
          "in line with trust policy.",
    "S3": "The trust should ensure that discharge information given to patients is available in "
          "accessible formats and community languages.",
    "S4": "The trust should ensure that staff complete and record mental capacity assessments "
          "where a patient's ability to consent to care is in doubt.",
}
# (section, finding key, ref, must/should, regulation, action, leads, due, progress, brag, reading)
CHFT_ROWS = [
    (0, "M1", "M1.1", "Must", "Reg 12",
     "Add a mandatory pain score to the ED triage template in the electronic patient record "
     "(EPR).",
     "ED Clinical Director", d(2024, 5, 31),
     "Pain score field live 20 May 2024; compliance 91% in August audit.", "B",
     dict(lead=["ED Clinical Director"], end="2024-05", status="blue")),
    (0, "M1", "M1.2", "Must", "Reg 12",
     "Undertake a monthly audit of time to analgesia and report the results to the Urgent and "
     "Emergency Care divisional board.",
     "ED Matron", "Ongoing – monthly",
     "Audit embedded; median time to analgesia 38 minutes in September.", "G",
     dict(lead=["ED Matron"], end=None, end_text="Ongoing – monthly", status="green")),
    (0, "M2", "M2", "Must", "Reg 18",
     "Recruit to 6.4 WTE registered children's nurse vacancies and introduce a paediatric "
     "competency package for adult-trained ED nurses.",
     "Head of Nursing (Urgent Care) / Practice Development Lead", d(2025, 3, 31),
     "4.0 WTE appointed; competency package launched July 2024.", "A",
     dict(lead=["Head of Nursing (Urgent Care)", "Practice Development Lead"], end="2025-03",
          status="amber")),
    (0, "S1", "S1", "Should", "Reg 17",
     "Issue monthly compliance reports to each consultant and protect time in the rota to "
     "complete training.",
     "ED Clinical Director", d(2024, 9, 30),
     "Compliance 84% against 90% target; recovery trajectory agreed with the division.", "R",
     dict(lead=["ED Clinical Director"], end="2024-09", status="red")),
    (1, "M3", "M3.1", "Must", "Reg 12",
     "Relaunch the falls bundle across medical wards, supported by the Falls Prevention "
     "Practitioner.",
     "Associate Director of Nursing – Medicine", d(2024, 7, 31),
     "Bundle relaunched June 2024; ward champions in place.", "B",
     dict(lead=["Associate Director of Nursing – Medicine"], end="2024-07", status="blue")),
    (1, "M3", "M3.2", "Must", "Reg 12",
     "Include falls risk assessment compliance in the monthly ward accreditation dashboard.",
     "Deputy Chief Nurse; Head of Quality Governance", d(2024, 12, 31),
     "Dashboard metric built; first report due November 2024.", "G",
     dict(lead=["Deputy Chief Nurse", "Head of Quality Governance"], end="2024-12",
          status="green")),
    (1, "S2", "S2", "Should", "Reg 12",
     "Move resuscitation trolley checks to the electronic checking system, with escalation to "
     "the ward manager when a check is missed.",
     "Resuscitation Services Manager", d(2024, 10, 31),
     "Electronic checks live on 14 of 16 wards.", "G",
     dict(lead=["Resuscitation Services Manager"], end="2024-10", status="green")),
    (1, "S3", "S3", "Should", "Reg 9",
     "Publish the discharge leaflet in Urdu, Polish and easy read and make it available through "
     "the patient portal.",
     "Head of Patient Experience", d(2024, 6, 30),
     "Leaflets published and available on the portal.", "B",
     dict(lead=["Head of Patient Experience"], end="2024-06", status="blue")),
    (1, "S4", "S4", "Should", "Reg 11",
     "Deliver Mental Capacity Act training to all band 5 and 6 nurses on medical wards.",
     "Named Nurse for Safeguarding Adults", "Q4 2024/25",
     "Training dates booked January to March 2025.", "G",
     dict(lead=["Named Nurse for Safeguarding Adults"], end="2025-03", status="green")),
]


def build_chft():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [8, 9, 10, 42, 46, 28, 13, 40, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, "Calderdale and Huddersfield NHS Foundation Trust", bold=True, size=14,
        border=False)
    put(ws, 2, 1, CHFT_TITLE, bold=True, border=False)
    put(ws, 3, 1, "Quality Committee – progress position at 30 September 2024", border=False)
    # summary block
    put(ws, 5, 1, "Summary", bold=True, fill="D9D9D9")
    ws.merge_cells("A5:C5")
    for i, h in enumerate(["Must do", "Should do", "Total"], 4):
        put(ws, 5, i, h, bold=True, fill="D9D9D9")
    labels = [("Complete (B)", "B"), ("On track (G)", "G"), ("At risk (A)", "A"),
              ("Off track (R)", "R")]
    for r, (lab, k) in enumerate(labels, 6):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        put(ws, r, 1, lab, fill=FILL[k])
        m = sum(1 for x in CHFT_ROWS if x[3] == "Must" and x[9] == k)
        s = sum(1 for x in CHFT_ROWS if x[3] == "Should" and x[9] == k)
        put(ws, r, 4, m)
        put(ws, r, 5, s)
        put(ws, r, 6, m + s)
    ws.merge_cells("A10:C10")
    put(ws, 10, 1, "Total actions", bold=True)
    put(ws, 10, 4, sum(1 for x in CHFT_ROWS if x[3] == "Must"), bold=True)
    put(ws, 10, 5, sum(1 for x in CHFT_ROWS if x[3] == "Should"), bold=True)
    put(ws, 10, 6, len(CHFT_ROWS), bold=True)

    heads = ["Ref", "Must / Should", "Regulation", "CQC finding", "Action to be taken",
             "Lead(s)", "Due date", "Evidence / progress", "BRAG"]
    for i, h in enumerate(heads, 1):
        c = put(ws, 12, i, h, bold=True, fill="005EB8")
        c.font = Font(bold=True, color="FFFFFF")
    r = 13
    cur_sect = None
    first_row = {}
    for row in CHFT_ROWS:
        sect, fk, ref, ms, reg, action, lead, due, prog, brag, _ = row
        if sect != cur_sect:
            cur_sect = sect
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            put(ws, r, 1, CHFT_SECT[sect], bold=True, fill="BDD7EE")
            r += 1
        put(ws, r, 1, ref)
        put(ws, r, 2, ms)
        put(ws, r, 3, reg)
        put(ws, r, 4, None if fk in first_row else CHFT_FIND[fk])
        first_row.setdefault(fk, []).append(r)
        put(ws, r, 5, action)
        put(ws, r, 6, lead)
        put(ws, r, 7, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
        put(ws, r, 8, prog)
        put(ws, r, 9, brag, bold=True, fill=FILL[brag])
        r += 1
    for fk, rws in first_row.items():
        if len(rws) > 1:
            ws.merge_cells(start_row=rws[0], start_column=4, end_row=rws[-1], end_column=4)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    put(ws, r, 1, "Evidence for completed actions is held on the CQC evidence SharePoint site. "
                  "Actions rated B are proposed to the Quality Committee for closure.",
        border=False)
    ws.freeze_panes = "A13"

    key = wb.create_sheet("Key")
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70
    put(key, 1, 1, "BRAG rating key", bold=True, border=False)
    for r, (k, t) in enumerate([
            ("B", "Complete – evidence accepted by the Quality Committee"),
            ("G", "On track to deliver by the due date"),
            ("A", "At risk – may not meet the due date"),
            ("R", "Off track – due date missed or will be missed")], 2):
        put(key, r, 1, k, bold=True, fill=FILL[k])
        put(key, r, 2, t)
    wb.save(os.path.join(HERE, CHFT_FILE))


# ===================================================================
# 3. Havant and South Downs College – Ofsted PIAP (xlsx)
# ===================================================================
HSDC_FILE = "fr1-havant-south-downs-college-ofsted-post-inspection-action-plan.xlsx"
HSDC_TITLE = "Post-Inspection Action Plan – Ofsted inspection 14 to 17 May 2024"
HSDC_AFI = [
    "AFI 1: Leaders and managers should ensure that study programme learners who have not "
    "achieved a grade 4 in English and mathematics attend their lessons and make swift progress.",
    "AFI 2: Leaders should ensure that apprentices receive timely and useful feedback on their "
    "off-the-job training and that employers are involved in reviews of apprentices' progress.",
    "AFI 3: Governors should receive detailed information about the quality of education in "
    "subcontracted provision so that they can challenge leaders effectively.",
]
# (afi, no, action, leads, success, target, progress, rag, continuation, reading)
HSDC_ROWS = [
    (0, "1.1",
     "Timetable English and mathematics lessons in the core day for all study programme "
     "learners without a grade 4, with no clash with vocational practical sessions.",
     "Assistant Principal – English and Maths",
     "All learners timetabled by enrolment; no clashes reported",
     "Sep 2024", "Timetables published before enrolment.", "Complete", None,
     dict(lead=["Assistant Principal – English and Maths"], end="2024-09", status="blue")),
    (0, "1.2",
     "Introduce weekly attendance follow-up by personal tutors, with escalation to "
     "parents/carers after two missed English or maths lessons.",
     "Head of Learner Services / Personal Tutor Managers",
     "Attendance gap between English/maths and vocational lessons below 5 percentage points",
     "Autumn term 2024", "Follow-up process live since 16 September 2024.", "Green",
     "Gap currently 7.1pp – see attendance report to Q&S Committee.",
     dict(lead=["Head of Learner Services", "Personal Tutor Managers"], end="2024-12",
          status="green")),
    (0, "1.3",
     "Train English and mathematics teachers in diagnostic assessment so that learners' "
     "starting points shape their individual learning plans.",
     "Teaching and Learning Coaches",
     "Every learner has an ILP target informed by their diagnostic assessment",
     "Spring term 2025", "Two of four training sessions delivered.", "Amber", None,
     dict(lead=["Teaching and Learning Coaches"], end="2025-04", status="amber")),
    (1, "2.1",
     "Restructure progress reviews so that each apprentice's employer attends and contributes "
     "to every review.",
     "Head of Apprenticeships",
     "90% of reviews have employer attendance recorded",
     "Jan 2025", "Employer attendance at reviews 72% in October.", "Amber", None,
     dict(lead=["Head of Apprenticeships"], end="2025-01", status="amber")),
    (1, "2.2",
     "Introduce a standard for written feedback on off-the-job training tasks within 10 working "
     "days, checked through monthly file sampling.",
     "Head of Apprenticeships; Quality Manager (Work-Based Learning)",
     "95% of sampled tasks have feedback within 10 working days",
     d(2024, 12, 31), "Standard agreed; file sampling started in November.", "Green", None,
     dict(lead=["Head of Apprenticeships", "Quality Manager (Work-Based Learning)"],
          end="2024-12", status="green")),
    (1, "2.3",
     "Procure and implement an e-portfolio that gives employers live access to their "
     "apprentices' progress.",
     "Director of Digital Services",
     "All employers have e-portfolio log-ins",
     "Summer term 2025", "Tender evaluated; contract award delayed by funding approval.", "Red",
     None,
     dict(lead=["Director of Digital Services"], end="2025-07", status="red")),
    (2, "3.1",
     "Add a quality of education report for each subcontractor to every Quality & Standards "
     "Committee agenda.",
     "Clerk to the Corporation",
     "Report received at each committee meeting",
     "Termly", "First report to committee on 21 November 2024.", "Green", None,
     dict(lead=["Clerk to the Corporation"], end=None, end_text="Termly", status="green")),
    (2, "3.2",
     "Appoint a link governor for subcontracted provision who joins two quality visits each "
     "year.",
     "Chair of Quality & Standards Committee",
     "Two visit reports presented to the committee",
     "July 2025", "", "Not started", None,
     dict(lead=["Chair of Quality & Standards Committee"], end="2025-07", status="unrated")),
]


def build_hsdc():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    widths = [7, 52, 30, 38, 15, 44, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, "Havant and South Downs College (HSDC)", bold=True, size=14, border=False)
    put(ws, 2, 1, HSDC_TITLE, bold=True, border=False)
    put(ws, 3, 1, "Plan owner: Deputy Principal – Quality and Curriculum   |   Monitored by: "
                  "Quality & Standards Committee   |   Last updated: 28/11/2024", border=False)
    heads = ["No.", "Action", "Lead(s)", "Success measure", "Target date", "Progress update",
             "RAG"]
    for i, h in enumerate(heads, 1):
        put(ws, 5, i, h, bold=True, fill="7030A0").font = Font(bold=True, color="FFFFFF")
    r = 6
    cur = None
    for row in HSDC_ROWS:
        afi, no, action, lead, succ, target, prog, rag, cont, _ = row
        if afi != cur:
            cur = afi
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            put(ws, r, 1, HSDC_AFI[afi], bold=True, fill="E4DFEC")
            ws.row_dimensions[r].height = 32
            r += 1
        put(ws, r, 1, no)
        put(ws, r, 2, action)
        put(ws, r, 3, lead)
        put(ws, r, 4, succ)
        put(ws, r, 5, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
        put(ws, r, 6, prog or None)
        rc = put(ws, r, 7, rag, bold=True,
                 fill={"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000",
                       "Red": "FF0000", "Not started": None}[rag])
        r += 1
        if cont:
            for c in range(1, 8):
                put(ws, r, c, None)
            put(ws, r, 6, cont)
            r += 1
    r += 1
    put(ws, r, 1, "RAG key:", bold=True, border=False)
    key = [("Complete", "Action completed and impact evaluated"), ("Green", "On track"),
           ("Amber", "Some slippage – action being taken"),
           ("Red", "Off track – significant concern"), ("Not started", "Not yet due to start")]
    for k, t in key:
        r += 1
        put(ws, r, 1, None, border=False)
        put(ws, r, 2, k, bold=True,
            fill={"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000",
                  "Red": "FF0000", "Not started": None}[k])
        put(ws, r, 3, t, border=False)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, HSDC_FILE))


# ===================================================================
# 4. Bishop Challoner Catholic College – post-Ofsted action plan (docx)
# ===================================================================
BCCC_FILE = "fr1-bishop-challoner-catholic-college-post-ofsted-action-plan.docx"
BCCC_TITLE = "Bishop Challoner Catholic College – Post-Ofsted Action Plan 2024–25"
BCCC_PRI = [
    ("Priority 1: Quality of education – the curriculum in key stage 3",
     "Leaders should ensure that the curriculum in key stage 3 sets out precisely the knowledge "
     "that pupils should learn, and when, in all subjects."),
    ("Priority 2: Behaviour and attitudes – attendance",
     "Leaders should continue to take effective action to reduce persistent absence, "
     "particularly for disadvantaged pupils and pupils with special educational needs and/or "
     "disabilities (SEND)."),
    ("Priority 3: Personal development – PSHE",
     "Leaders should ensure that the personal, social and health education curriculum is taught "
     "consistently well so that pupils are well prepared for life in modern Britain."),
]
# (priority, ref, action, lead, timescale, monitoring, success, rag, reading)
BCCC_ROWS = [
    (0, "1.1",
     "Subject leaders to rewrite key stage 3 curriculum plans so that the core knowledge for "
     "each unit is set out in sequence.",
     "DHT Curriculum / Subject Leaders", "Autumn term 2024",
     "SLT line management reviews; Standards Committee governor visit",
     "All KS3 plans published on the school website", "G",
     dict(lead=["DHT Curriculum", "Subject Leaders"], end="2024-12", status="green")),
    (0, "1.2",
     "Introduce knowledge organisers and low-stakes retrieval quizzes in every KS3 subject.",
     "AHT Teaching and Learning", "Oct 2024",
     "Learning walks each half term",
     "Retrieval practice seen in 90% of KS3 lessons visited", "B",
     dict(lead=["AHT Teaching and Learning"], end="2024-10", status="blue")),
    (0, "1.3",
     "Quality assure KS3 curriculum plans through departmental deep dives with the diocesan "
     "school improvement adviser.",
     "HT / DHT Curriculum", "Summer term 2025",
     "Deep dive reports to Standards Committee",
     "Deep dive in every department; actions agreed and followed up", "",
     dict(lead=["HT", "DHT Curriculum"], end="2025-07", status="unrated")),
    (1, "2.1",
     "Appoint a full-time attendance officer and hold weekly attendance panel meetings.",
     "Business Manager; DHT Pastoral", "Sept 2024",
     "Headteacher's report to governors",
     "Attendance officer in post; panel minutes kept", "B",
     dict(lead=["Business Manager", "DHT Pastoral"], end="2024-09", status="blue")),
    (1, "2.2",
     "Make first-day calls and home visits for all disadvantaged pupils and pupils with SEND "
     "whose attendance falls below 90%.",
     "Attendance Officer", "Half-termly",
     "Attendance data to governors each half term",
     "Persistent absence of disadvantaged pupils reduced to below 25%", "G",
     dict(lead=["Attendance Officer"], end=None, end_text="Half-termly", status="green")),
    (2, "3.1",
     "Move PSHE to a timetabled weekly lesson taught by a specialist team rather than by form "
     "tutors.",
     "AHT Personal Development", "Spring term 2025",
     "Pupil voice; lesson visits",
     "Weekly PSHE lesson on every year group's timetable", "A",
     dict(lead=["AHT Personal Development"], end="2025-04", status="amber")),
    (2, "3.2",
     "Train the PSHE team on the statutory RSHE guidance and carry out a pupil voice survey "
     "each term.",
     "PSHE Lead", "July 2025",
     "Training records; survey results to Standards Committee",
     "Pupils can explain what they have learned about healthy relationships and British values",
     "G",
     dict(lead=["PSHE Lead"], end="2025-07", status="green")),
]


def build_bccc():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(BCCC_TITLE, level=1)
    doc.add_paragraph("Governors' monitoring copy – updated for the Standards Committee, "
                      "Spring 2 (March 2025)")
    info = [("Inspection dates", "12 and 13 March 2024"),
            ("Overall effectiveness", "Requires improvement"),
            ("Headteacher", "Mrs C. Devlin"),
            ("Chair of Governors", "Mr P. Okonjo"),
            ("Plan approved by Full Governing Body", "24 April 2024"),
            ("Review cycle", "Half-termly to the Standards Committee")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(info):
        set_cell(t.cell(i, 0), a, bold=True, size=10)
        shade(t.cell(i, 0), "D9E2F3")
        set_cell(t.cell(i, 1), b, size=10)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Key to RAG ratings").bold = True
    key = [("B", "Completed and impact evident", "0070C0"),
           ("G", "On track", "00B050"),
           ("A", "Started but behind schedule", "FFC000"),
           ("R", "At risk – significant concerns", "FF0000"),
           ("", "Not yet due to start", None)]
    kt = doc.add_table(rows=len(key), cols=2)
    kt.style = "Table Grid"
    for i, (k, txt, col) in enumerate(key):
        set_cell(kt.cell(i, 0), k, bold=True, size=10)
        if col:
            shade(kt.cell(i, 0), col)
        set_cell(kt.cell(i, 1), txt, size=10)

    heads = ["Ref", "Actions", "Lead", "Timescale", "Monitoring (who / how)",
             "Success criteria", "RAG (Spring 2)"]
    widths = [Cm(1.2), Cm(7.5), Cm(3.2), Cm(2.8), Cm(4.5), Cm(5.2), Cm(1.8)]
    for p, (heading, afi) in enumerate(BCCC_PRI):
        doc.add_paragraph()
        doc.add_heading(heading, level=2)
        doc.add_paragraph().add_run("Area for improvement (Ofsted report, April 2024):").italic = True
        doc.add_paragraph(afi)
        rows = [x for x in BCCC_ROWS if x[0] == p]
        tb = doc.add_table(rows=1 + len(rows), cols=len(heads))
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(tb.cell(0, c), h, bold=True)
            shade(tb.cell(0, c), "BDD7EE")
        for i, x in enumerate(rows, 1):
            _, ref, action, lead, tsc, mon, succ, rag, _ = x
            for c, v in enumerate([ref, action, lead, tsc, mon, succ, rag]):
                set_cell(tb.cell(i, c), v, bold=(c == 6))
            if rag:
                shade(tb.cell(i, 6), FILL[rag])
        for row in tb.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
    doc.add_paragraph()
    doc.add_paragraph("Next review: Standards Committee, 19 May 2025. Evidence for each action "
                      "is held in the governors' shared folder.")
    doc.save(os.path.join(HERE, BCCC_FILE))


# ===================================================================
# 5. University of Leicester – Race Equality Charter action plan (docx)
# ===================================================================
UOL_FILE = "fr1-university-of-leicester-race-equality-charter-action-plan.docx"
UOL_TITLE = "University of Leicester: Race Equality Charter Action Plan 2023–27"
UOL_SECT = ["Section 4: Professional and support staff", "Section 5: Academic staff",
            "Section 7: Student attainment and progression", "Section 8: Student experience"]
UOL_ISSUE = {
    "a": "Ethnic minority professional services staff are under-represented at grade 7 and "
         "above (9% compared with 17% at grades 1–6).",
    "b": "Ethnic minority academic staff are less likely to apply for promotion, and less "
         "likely to succeed when they do.",
    "c": "In the 2022 staff survey 38% of Black staff said they would not feel confident "
         "reporting racial harassment.",
    "d": "There is an awarding gap of 14 percentage points in good honours between Black and "
         "white home undergraduates.",
    "e": "Ethnic minority students are less likely than white students to stand as course "
         "representatives or sabbatical officers.",
}
# (section, issue, ref, action, success, timeframe, responsibility, status, progress, reading)
UOL_ROWS = [
    (0, "a", "4.1",
     "Introduce a reciprocal mentoring scheme pairing ethnic minority professional services "
     "staff at grades 5–6 with members of the University Executive Board.",
     "30 mentoring pairs completed; 70% of mentees report greater confidence to apply for "
     "promotion",
     "Oct 2023 – Jul 2025", "Director of People and Organisational Development", "G",
     "Cohort 2 under way with 24 pairs.",
     dict(lead=["Director of People and Organisational Development"], end="2025-07",
          status="green")),
    (0, "a", "4.2",
     "Require diverse interview panels and anonymised shortlisting for all professional "
     "services posts at grade 7 and above.",
     "Proportion of ethnic minority appointments at grade 7+ rises to 15%",
     "Jan 2024 – Dec 2024", "Head of Resourcing", "C",
     "Policy in force from 1 March 2024; 13% of grade 7+ appointees in 2024 were from ethnic "
     "minorities.",
     dict(lead=["Head of Resourcing"], end="2024-12", status="blue")),
    (1, "b", "5.1",
     "Run annual academic promotion workshops for ethnic minority staff, co-delivered with the "
     "Race Equality Staff Network.",
     "Application rate of ethnic minority academics equals that of white academics",
     "Annually from 2024",
     "Pro-Vice-Chancellor (EDI); Chair of the Race Equality Staff Network", "G",
     "2024 workshop attended by 41 staff.",
     dict(lead=["Pro-Vice-Chancellor (EDI)", "Chair of the Race Equality Staff Network"],
          end=None, end_text="Annually from 2024", status="green")),
    (1, "c", "5.2",
     "Launch an online Report and Support tool for racial harassment, with trained Dignity "
     "Advisers in every College.",
     "Staff survey confidence in reporting rises to 75% of Black staff",
     "Apr 2024 – Mar 2025", "Head of Equality, Diversity and Inclusion", "A",
     "Tool live since June 2024; Dignity Adviser recruitment behind plan (6 of 12 trained).",
     dict(lead=["Head of Equality, Diversity and Inclusion"], end="2025-03", status="amber")),
    (2, "d", "7.1",
     "Embed inclusive assessment principles in all programme reviews from 2024/25.",
     "Awarding gap reduced to 8 percentage points",
     "Sept 2024 – July 2026", "Academic Director of Education", "G",
     "Principles adopted by Education Committee; 11 programme reviews completed.",
     dict(lead=["Academic Director of Education"], end="2026-07", status="green")),
    (2, "d", "7.2",
     "Publish awarding gap data by department on the staff dashboard and require each "
     "department to set a reduction target.",
     "All departments have an agreed target",
     "by 31 December 2024", "Director of Planning; Heads of Department", "C",
     "Dashboard published November 2024; all targets agreed.",
     dict(lead=["Director of Planning", "Heads of Department"], end="2024-12", status="blue")),
    (3, "e", "8.1",
     "Co-design a paid Student Race Equality Ambassadors scheme with the Students' Union.",
     "12 ambassadors recruited; representation of ethnic minority students among course reps "
     "matches the student body",
     "Sept 2025 – June 2026",
     "Students' Union Education Officer; Head of Student Engagement", "–",
     "",
     dict(lead=["Students' Union Education Officer", "Head of Student Engagement"],
          end="2026-06", status="unrated")),
]


def build_uol():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(UOL_TITLE, level=1)
    doc.add_paragraph("Bronze award action plan – progress update for the Equality, Diversity and "
                      "Inclusion Committee, June 2025")
    doc.add_paragraph(
        "This action plan accompanies the University's Race Equality Charter submission to "
        "Advance HE (July 2023). Section numbers follow the REC submission form. Progress is "
        "reported to the EDI Committee twice a year and to Council annually.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("C = complete; G = on track; A = some slippage; R = significant slippage; "
              "– = not yet started")
    heads = ["Ref", "Issue identified", "Action", "Success measure", "Timeframe",
             "Responsibility", "Status", "Progress to date"]
    n = len(heads)
    nrows = 1 + len(UOL_SECT) + len(UOL_ROWS)
    t = doc.add_table(rows=nrows, cols=n)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "002855")
    r = 1
    cur = None
    issue_rows = {}
    for row in UOL_ROWS:
        sect, iss, ref, action, succ, tf, resp, status, prog, _ = row
        if sect != cur:
            cur = sect
            m = t.cell(r, 0).merge(t.cell(r, n - 1))
            set_cell(m, UOL_SECT[sect], bold=True, size=10)
            shade(m, "D9D9D9")
            r += 1
        set_cell(t.cell(r, 0), ref)
        issue_rows.setdefault(iss, []).append(r)
        set_cell(t.cell(r, 2), action)
        set_cell(t.cell(r, 3), succ)
        set_cell(t.cell(r, 4), tf)
        set_cell(t.cell(r, 5), resp)
        set_cell(t.cell(r, 6), status, bold=True)
        if status in ("C", "G", "A", "R"):
            shade(t.cell(r, 6), FILL[status])
        set_cell(t.cell(r, 7), prog)
        r += 1
    for iss, rws in issue_rows.items():
        cell = t.cell(rws[0], 1)
        if len(rws) > 1:
            cell = cell.merge(t.cell(rws[-1], 1))
        set_cell(cell, UOL_ISSUE[iss])
    widths = [Cm(1.1), Cm(4.6), Cm(5.4), Cm(4.2), Cm(2.6), Cm(3.4), Cm(1.4), Cm(4.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            try:
                row.cells[c].width = w
            except Exception:
                pass
    doc.add_paragraph()
    doc.add_paragraph(
        "Note: actions for Section 6 (student pipeline and admissions) are carried forward from "
        "the 2019 plan and are monitored through the Access and Participation Plan.")
    doc.save(os.path.join(HERE, UOL_FILE))


# ===================================================================
# 6. Meadowbank Surgery – CQC action plan (csv, refuse: mistyped month)
# ===================================================================
GP_FILE = "fr1-meadowbank-surgery-cqc-inspection-action-plan-typo-month-refuse.csv"
GP_TITLE = "Meadowbank Surgery – CQC Inspection Action Plan"
GP_LINES = [
    [GP_TITLE],
    ["Inspection date: 26 November 2024. Report published: 21 January 2025. Overall rating: "
     "Requires improvement"],
    ["Prepared by: Practice Manager. Reviewed at the partners' meeting on 5 February 2025."],
    [],
    ["Ref", "Key question", "Finding", "Action", "Lead", "Target date", "Status", "Update"],
    ["Requirement notice – Regulation 12: Safe care and treatment"],
    ["1.1", "Safe",
     "Patients prescribed high-risk medicines were not always monitored in line with national "
     "guidance.",
     "Set up a weekly EMIS search for overdue blood monitoring on DMARDs and lithium, and recall "
     "patients.",
     "Clinical Pharmacist", "January 2025", "Complete", "Search running since 6 January."],
    ["1.2", "Safe", "Patient safety alerts were not always acted on.",
     "Log all MHRA and CAS alerts in the alerts register with named GP sign-off, and re-run "
     "historic alert searches every six months.",
     "Dr S Patel / Practice Manager", "March 2025", "On track", ""],
    ["1.3", "Safe", "Not all clinical staff had completed sepsis training.",
     "All clinical and reception staff to complete sepsis awareness training; add it to the "
     "induction checklist.",
     "Nurse Manager", "Febuary 2025", "On track", "12 of 19 staff completed."],
    ["Requirement notice – Regulation 17: Good governance"],
    ["2.1", "Well-led", "Policies were out of date and not specific to the practice.",
     "Review all clinical and HR policies and hold them on the shared drive with a named owner "
     "and review date.",
     "Practice Manager", "April 2025", "On track", ""],
    ["2.2", "Well-led",
     "There was no system to monitor the competence of non-medical prescribers.",
     "Introduce quarterly prescribing audits and supervision records for the advanced nurse "
     "practitioner and the clinical pharmacist.",
     "GP Clinical Lead", "June 2025", "Not started", ""],
    ["Areas where the practice should improve"],
    ["3.1", "Responsive", "Patients reported difficulty getting through on the telephone.",
     "Move to cloud telephony with call-back and queue position messages.",
     "Practice Manager", "May 2025", "On track", "Contract signed 30 January."],
    ["3.2", "Effective", "Uptake of cervical screening was below the 80% target.",
     "Run Saturday morning screening clinics and text reminders to patients overdue for "
     "screening.",
     "Practice Nurse", "September 2025", "On track", ""],
    [],
    ["Status key: Complete / On track / Behind / Not started"],
]
GP_WIDTH = 8
GP_REFUSE_LINE = 9


def build_gp():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for line in GP_LINES:
        w.writerow(list(line) + [""] * (GP_WIDTH - len(line)))
    text = buf.getvalue()
    assert text.split("\r\n")[GP_REFUSE_LINE - 1].find("Febuary 2025") > 0
    with open(os.path.join(HERE, GP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ===================================================================
# 7. South West Yorkshire Partnership NHS FT – CQC must/should do (txt)
# ===================================================================
SWY_FILE = "fr1-south-west-yorkshire-partnership-nhsft-cqc-must-should-do-action-plan.txt"
SWY_TITLE = "CQC Must Do / Should Do Action Plan – position at 30 April 2025"
SWY_SECT = ["ACUTE WARDS FOR ADULTS OF WORKING AGE AND PSYCHIATRIC INTENSIVE CARE UNITS",
            "WARDS FOR OLDER PEOPLE WITH MENTAL HEALTH PROBLEMS"]
SWY_REQ = {
    "MD1": "The trust must ensure that ligature risk assessments are reviewed and updated after "
           "any change to the ward environment. (Regulation 12)",
    "MD2": "The trust must ensure that staff carry out and record physical health observations, "
           "including NEWS2, after rapid tranquillisation. (Regulation 12)",
    "SD1": "The trust should ensure that patients are involved in writing their care plans and "
           "are offered a copy. (Regulation 9)",
    "MD3": "The trust must ensure that there are enough suitably qualified nursing staff on each "
           "shift to meet patients' needs. (Regulation 18)",
    "SD2": "The trust should ensure that mental capacity assessments are completed and recorded "
           "for decisions about covert medication. (Regulation 11)",
    "SD3": "The trust should ensure that meaningful activities are available to patients at "
           "weekends.",
}
# (section, req, ref, action, lead, due, revised, rag, update, reading)
SWY_ROWS = [
    (0, "MD1", "MD1.1",
     "Complete ligature risk assessment reviews on all acute and PICU wards following the "
     "2024 estates works, signed off by each ward manager.",
     "Head of Inpatient Nursing", "31/10/2024", "", "Blue",
     "All 9 wards reviewed; sign-off evidenced on the compliance system.",
     dict(lead=["Head of Inpatient Nursing"], end="2024-10", status="blue")),
    (0, "MD1", "MD1.2",
     "Add a ligature assessment review step to the estates change-control checklist.",
     "Estates Compliance Lead", "30/11/2024", "31/03/2025", "Blue",
     "Checklist amended and approved at Health and Safety Group in March 2025.",
     dict(lead=["Estates Compliance Lead"], end="2025-03", status="blue")),
    (0, "MD2", "MD2.1",
     "Introduce a post-rapid tranquillisation observation template in SystmOne with mandatory "
     "fields.",
     "Physical Health Lead Nurse", "31/12/2024", "30/06/2025", "Amber",
     "Template in user testing; go-live moved to June 2025.",
     dict(lead=["Physical Health Lead Nurse"], end="2025-06", status="amber")),
    (0, "MD2", "MD2.2",
     "Audit compliance with post-rapid tranquillisation observations monthly on each ward and "
     "report to the Acute Care Governance Group.",
     "Matrons (Acute and PICU)", "Monthly", "", "Green",
     "March audit: 82% compliance (February 74%).",
     dict(lead=["Matrons (Acute and PICU)"], end=None, end_text="Monthly", status="green")),
    (0, "SD1", "SD1",
     "Relaunch co-produced care planning training with peer support workers and audit patient "
     "involvement in care plans quarterly.",
     "Deputy Director of Nursing and Quality; Lead Peer Support Worker", "30/09/2025", "",
     "Green", "Training relaunched February 2025.",
     dict(lead=["Deputy Director of Nursing and Quality", "Lead Peer Support Worker"],
          end="2025-09", status="green")),
    (1, "MD3", "MD3",
     "Recruit to registered nurse vacancies on older people's wards through a targeted "
     "international recruitment cohort.",
     "Associate Director of Workforce / General Manager Older People's Services",
     "31/03/2025", "31/07/2025", "Red",
     "Cohort arrival delayed by visa processing; 3 of 8 nurses in post.",
     dict(lead=["Associate Director of Workforce", "General Manager Older People's Services"],
          end="2025-07", status="red")),
    (1, "SD2", "SD2",
     "Introduce a covert medication pathway with pharmacy review and a capacity assessment "
     "template.",
     "Lead Pharmacist for Older People; MCA Lead", "28/02/2025", "", "Blue",
     "Pathway approved by Drugs and Therapeutics Committee in February 2025.",
     dict(lead=["Lead Pharmacist for Older People", "MCA Lead"], end="2025-02",
          status="blue")),
    (1, "SD3", "SD3",
     "Extend the occupational therapy assistant rota to include Saturday and Sunday sessions on "
     "all older people's wards.",
     "Head of Occupational Therapy", "Q2 2025/26", "", "Green",
     "Weekend sessions running on 2 of 4 wards.",
     dict(lead=["Head of Occupational Therapy"], end="2025-09", status="green")),
]


def build_swy():
    out = [
        "South West Yorkshire Partnership NHS Foundation Trust",
        SWY_TITLE,
        "Core services inspected: Acute wards for adults of working age and psychiatric "
        "intensive care units; Wards for older people with mental health problems (report "
        "published 2 August 2024)",
        "Reported to: Clinical Governance and Clinical Safety Committee, 13 May 2025",
        "",
        "\t".join(["Ref", "CQC requirement", "Action", "Lead", "Due date", "Revised due date",
                   "RAG", "Progress update"]),
    ]
    cur = None
    seen = set()
    for row in SWY_ROWS:
        sect, req, ref, action, lead, due, rev, rag, upd, _ = row
        if sect != cur:
            cur = sect
            out.append(SWY_SECT[sect])
        reqtext = "" if req in seen else SWY_REQ[req]
        seen.add(req)
        out.append("\t".join([ref, reqtext, action, lead, due, rev, rag, upd]))
    counts = {}
    for row in SWY_ROWS:
        counts[row[7]] = counts.get(row[7], 0) + 1
    out += [
        "",
        "Key: Blue = complete and evidenced; Green = on track; Amber = at risk of missing the "
        "due date; Red = off track",
        "Total actions: %d (Blue %d, Green %d, Amber %d, Red %d)" % (
            len(SWY_ROWS), counts.get("Blue", 0), counts.get("Green", 0),
            counts.get("Amber", 0), counts.get("Red", 0)),
    ]
    with open(os.path.join(HERE, SWY_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


if __name__ == "__main__":
    build_hse()
    build_chft()
    build_hsdc()
    build_bccc()
    build_uol()
    build_gp()
    build_swy()
    print("built 7 files in", HERE)
