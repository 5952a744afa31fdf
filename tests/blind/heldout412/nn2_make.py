#!/usr/bin/env python
"""Build the seven nn2- blind test files (set heldout412).

Run with /work/main/.venv/bin/python nn2_make.py ; writes next to this script.
Partnership, NHS and corporate plans:
  1 nn2-nhs-surrey-heartlands-icb-board-action-log.xlsx
  2 nn2-bradford-teaching-hospitals-nhsft-corporate-risk-register-q2-2025-26.xlsx
  3 nn2-liverpool-womens-nhsft-maternity-neonatal-three-year-delivery-plan-typo-month-refuse.xlsx
  4 nn2-cardiff-and-vale-rsb-adult-practice-review-action-plan.docx
  5 nn2-richmond-upon-thames-csp-dhr-margaret-action-plan.docx
  6 nn2-harrow-council-transformation-programme-highlight-report-q2-2025-26.csv
  7 nn2-safer-lambeth-partnership-community-safety-plan-2025-26-delivery-plan.txt
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def style_row(ws, row, ncols, bold=False, bg=None, color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold or color:
            cell.font = Font(bold=bold, color=color)
        if bg:
            cell.fill = fill(bg)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Surrey Heartlands ICB - Board meeting in public action log (xlsx)
# ---------------------------------------------------------------------------
ICB_OPEN = [
    ("Board meeting in public – 6 March 2025", [
        ("BIP/24-25/031", d(2025, 3, 6), "Item 9: Integrated Performance Report",
         "Provide the Board with an update on the recovery trajectory for adult community mental health "
         "waiting times, including the impact of the new crisis alternatives offer.",
         "Chief Operating Officer", d(2025, 7, 3), d(2025, 9, 4),
         "Update provided in the Integrated Performance Report (item 8) on 4 September 2025. Proposed for closure.",
         GREEN),
        ("BIP/24-25/034", d(2025, 3, 6), "Item 11: Joint Forward Plan 2025/26 refresh",
         "Circulate the final Joint Forward Plan refresh to Board members ahead of submission to NHS England.",
         "Director of Strategy & Transformation", d(2025, 3, 31), None,
         "Circulated by email on 27 March 2025. Proposed for closure.", GREEN),
    ]),
    ("Board meeting in public – 3 July 2025", [
        ("BIP/25-26/006", d(2025, 7, 3), "Item 6: Chief Executive's Report",
         "Bring a paper to a Board seminar setting out the ICB's approach to the 50% running cost reduction "
         "and the proposed clustering arrangements with NHS Sussex.",
         "Chief Executive", d(2025, 10, 31), None,
         "Seminar scheduled for 16 October 2025.", AMBER),
        ("BIP/25-26/008", d(2025, 7, 3), "Item 10: Urgent and Emergency Care Winter Plan",
         "Work with system partners to produce a single winter dashboard for the Board covering urgent and "
         "emergency care, discharge and community bed capacity.",
         "Chief Operating Officer / Director of Urgent and Emergency Care", d(2025, 9, 4), d(2025, 11, 6),
         "First iteration shared with the Quality and Performance Committee; data from two acute providers "
         "still outstanding.", AMBER),
        ("BIP/25-26/011", d(2025, 7, 3), "Item 12: Quality Report",
         "Report the trajectory for continuing healthcare (CHC) assessments completed within 28 days to the "
         "Quality and Performance Committee.",
         "Chief Nursing Officer", d(2025, 8, 31), None,
         "Not yet received by the Committee – deferred from the August meeting.", RED),
    ]),
    ("Board meeting in public – 4 September 2025", [
        ("BIP/25-26/015", d(2025, 9, 4), "Item 7: Questions from the public",
         "Share the findings of the Healthwatch Surrey report on access to GP appointments with the Primary "
         "Care Commissioning Committee.",
         "KC/HT", "TBC", None, "", None),
        ("BIP/25-26/017", d(2025, 9, 4), "Item 14: Board Assurance Framework",
         "Review the wording of the ICB's risk appetite statement for financial risk and bring it back to the "
         "Audit and Risk Committee.",
         "Director of Corporate Affairs and Governance", "Dec-25", None, "", AMBER),
        ("BIP/25-26/018", d(2025, 9, 4), "Item 15: Population Health Management",
         "Arrange a Board development session on population health management and the use of the "
         "Surrey-wide integrated dataset.",
         "Chief Medical Officer", "January 2026", None, "", AMBER),
    ]),
]

ICB_CLOSED = [
    ("BIP/24-25/027", d(2025, 1, 9),
     "Provide a briefing to Board members on the outcome of the CQC inspection of Surrey and Borders "
     "Partnership NHS Foundation Trust.",
     "Chief Nursing Officer", d(2025, 3, 6), "Briefing circulated on 20 February 2025.", d(2025, 3, 6), "Closed"),
    ("BIP/24-25/029", d(2025, 1, 9),
     "Confirm the timetable for the re-procurement of the NHS 111 and integrated urgent care service.",
     "Director of Commissioning", d(2025, 4, 30),
     "Timetable confirmed in the Chief Executive's Report, July 2025.", d(2025, 7, 3), "Closed"),
]


def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ncol = 9
    ws["A1"] = "NHS Surrey Heartlands Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Board Meeting in Public – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the Board meeting held on 4 September 2025. See the 'Key' tab for the RAG ratings."
    ws["A3"].font = Font(italic=True)
    hdr = ["Action No.", "Date of meeting", "Agenda item", "Action", "Action owner",
           "Original due date", "Revised due date", "Update", "RAG"]
    r = 5
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=r, column=c, value=h)
    style_row(ws, r, ncol, bold=True, bg=NAVY, color="FFFFFF")
    r += 1
    for heading, rows in ICB_OPEN:
        ws.cell(row=r, column=1, value=heading)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        style_row(ws, r, ncol, bold=True, bg=GREY)
        r += 1
        for (ref, mdate, item, action, owner, due, rev, upd, rag) in rows:
            vals = [ref, mdate, item, action, owner, due, rev, upd, None]
            for c, v in enumerate(vals, start=1):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, ncol)
            for c in (2, 6, 7):
                ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=9).fill = fill(rag)
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions agreed as closed at the meeting are moved to the 'Closed actions' tab.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [15, 12, 26, 55, 26, 12, 12, 45, 7])
    ws.freeze_panes = "A6"

    wc = wb.create_sheet("Closed actions")
    wc["A1"] = "Closed actions – archive 2025/26"
    wc["A1"].font = Font(bold=True, size=12)
    hdr = ["Action No.", "Date of meeting", "Action", "Action owner", "Due date", "Closure note",
           "Date closed", "Status"]
    for c, h in enumerate(hdr, start=1):
        wc.cell(row=2, column=c, value=h)
    style_row(wc, 2, 8, bold=True, bg=NAVY, color="FFFFFF")
    r = 3
    for row in ICB_CLOSED:
        for c, v in enumerate(row, start=1):
            wc.cell(row=r, column=c, value=v)
        style_row(wc, r, 8)
        for c in (2, 5, 7):
            wc.cell(row=r, column=c).number_format = "dd/mm/yyyy"
        r += 1
    widths(wc, [15, 12, 55, 26, 12, 40, 12, 10])

    wk = wb.create_sheet("Key")
    wk["A1"] = "RAG key"
    wk["A1"].font = Font(bold=True)
    key = [(RED, "Action overdue or not progressing"),
           (AMBER, "Action in progress – not yet due"),
           (GREEN, "Action complete – proposed for closure at this meeting"),
           (None, "No rating – new action agreed at the last meeting, not yet started")]
    for i, (col, text) in enumerate(key, start=2):
        if col:
            wk.cell(row=i, column=1).fill = fill(col)
        wk.cell(row=i, column=1).border = BOX
        wk.cell(row=i, column=2, value=text)
    widths(wk, [8, 60])
    wb.save(os.path.join(HERE, "nn2-nhs-surrey-heartlands-icb-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bradford Teaching Hospitals NHSFT - Corporate Risk Register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
BTH_RISKS = [
    ("CRR 01 – Timely access to emergency care", "Exec lead: Chief Operating Officer",
     "Current 20 (L4 x C5) | Target 8 | Trend ↔",
     "If demand for emergency care continues to exceed capacity, then patients will wait longer in the "
     "Emergency Department and ambulance handovers will be delayed, resulting in potential harm, poor "
     "experience and failure to meet the 4-hour standard.",
     [
         ("01.1", "Implement the revised full capacity protocol across all adult inpatient wards, including "
                  "boarding of one additional patient on each base ward at OPEL 4.",
          "Deputy Chief Operating Officer", d(2025, 9, 30),
          "Protocol approved by Executive Management Team on 2 September and in use from 8 September 2025.", "B"),
         ("01.2", "Open the Same Day Emergency Care (SDEC) extension adjacent to the Emergency Department, with "
                  "opening hours extended to 22:00.",
          "Clinical Director – Emergency Medicine", d(2025, 11, 30),
          "Building works complete; medical rota for evening sessions not yet fully filled.", "A"),
         ("01.3", "Agree with Yorkshire Ambulance Service a 45-minute maximum handover standard and a daily "
                  "escalation call.",
          "Associate Director of Operations (Urgent Care)", "Q3 2025/26",
          "Draft standard shared with YAS; joint sign-off planned for November.", "G"),
     ]),
    ("CRR 02 – Registered nurse and midwifery staffing on inpatient wards", "Exec lead: Chief Nurse",
     "Current 16 (L4 x C4) | Target 8 | Trend ↓",
     "If registered nurse and midwife vacancies and sickness remain high, then wards will operate below "
     "safe staffing levels, resulting in missed care, increased agency spend and staff burnout.",
     [
         ("02.1", "Complete the bi-annual Safer Nursing Care Tool (SNCT) establishment review and present the "
                  "findings to the People Committee.",
          "Deputy Chief Nurse", d(2025, 10, 31),
          "Data collection complete for all 28 wards; report in drafting.", "G"),
         ("02.2", "Reduce registered nurse agency usage to below 3% of the nursing paybill through the enhanced "
                  "bank rate scheme.",
          "Deputy Chief Nurse / Head of Temporary Staffing", d(2026, 3, 31),
          "Agency usage 4.1% in September (5.6% in June).", "A"),
         ("02.3", "Recruit cohort 7 of internationally educated nurses to the elderly care and respiratory wards.",
          "Head of Nursing Workforce", d(2025, 8, 31),
          "Cohort 7 arrivals delayed by visa processing; 14 of 22 nurses in post.", "R"),
     ]),
    ("CRR 03 – Ageing estate and critical infrastructure", "Exec lead: Director of Estates and Facilities",
     "Current 15 (L3 x C5) | Target 10 | Trend ↑",
     "If critical electrical, water and ventilation systems at Bradford Royal Infirmary fail, then clinical "
     "areas may have to close at short notice, resulting in cancelled activity and risk to patient safety.",
     [
         ("03.1", "Replace the high-voltage switchgear serving the main theatre block at Bradford Royal Infirmary.",
          "Director of Estates and Facilities", "March 2026",
          "Contractor appointed; shutdown planned over the Christmas period.", "A"),
         ("03.2", "Complete the water safety remedial works (Pseudomonas) in augmented care areas, including "
                  "neonatal unit outlets.",
          "Head of Estates Compliance", d(2025, 7, 31),
          "All outlets replaced; three consecutive negative samples received.", "B"),
         ("03.3", "Develop a prioritised backlog maintenance programme for 2026/27 aligned to the Estates Strategy.",
          "Director of Estates and Facilities", "Q4 2025/26", "", "Not started"),
     ]),
]

BTH_STATUS_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_bth():
    wb = Workbook()
    wp = wb.active
    wp.title = "Risk profile"
    wp["A1"] = "Corporate Risk Register – risk profile at 30 September 2025"
    wp["A1"].font = Font(bold=True, size=12)
    prof = [("Risk", "Q1 score", "Q2 score", "Movement"),
            ("CRR 01 – Timely access to emergency care", 20, 20, "No change"),
            ("CRR 02 – Registered nurse and midwifery staffing", 20, 16, "Reduced"),
            ("CRR 03 – Ageing estate and critical infrastructure", 12, 15, "Increased"),
            ("Total risks on the CRR", 3, 3, "")]
    for i, row in enumerate(prof, start=3):
        for c, v in enumerate(row, start=1):
            wp.cell(row=i, column=c, value=v)
        style_row(wp, i, 4, bold=(i == 3 or i == 7), bg=(GREY if i == 3 else None))
    widths(wp, [52, 10, 10, 12])

    ws = wb.create_sheet("Corporate Risk Register")
    ncol = 6
    ws["A1"] = "Bradford Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color=NAVY)
    ws["A2"] = "Corporate Risk Register – Quarter 2 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Position at 30 September 2025. Scores are Likelihood x Consequence (5x5 matrix); risks scoring "
                "15 and above are held on the Corporate Risk Register.")
    ws["A4"] = ("Action status key: B = Complete   G = On track   A = Some slippage, recoverable   "
                "R = Off track / overdue")
    ws["A4"].font = Font(italic=True)
    hdr = ["Ref", "Further action required", "Action owner", "Due date", "Progress this quarter", "Status"]
    r = 6
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=r, column=c, value=h)
    style_row(ws, r, ncol, bold=True, bg=NAVY, color="FFFFFF")
    r += 1
    for title, lead, score, desc, actions in BTH_RISKS:
        ws.cell(row=r, column=1, value=title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=lead)
        ws.cell(row=r, column=5, value=score)
        style_row(ws, r, ncol, bold=True, bg=GREY)
        r += 1
        ws.cell(row=r, column=2, value=desc)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        style_row(ws, r, ncol)
        ws.cell(row=r, column=2).font = Font(italic=True)
        r += 1
        for ref, act, owner, due, prog, st in actions:
            for c, v in enumerate([ref, act, owner, due, prog, st], start=1):
                ws.cell(row=r, column=c, value=v)
            style_row(ws, r, ncol)
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            if st in BTH_STATUS_FILL:
                ws.cell(row=r, column=6).fill = fill(BTH_STATUS_FILL[st])
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risk owners review actions monthly; the register is reported to the "
                                   "Audit Committee and Board of Directors quarterly.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [10, 60, 30, 14, 45, 11])
    wb.save(os.path.join(HERE, "nn2-bradford-teaching-hospitals-nhsft-corporate-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Liverpool Women's NHSFT - Maternity & neonatal three year delivery plan (xlsx, refuse)
# ---------------------------------------------------------------------------
LWH_THEMES = [
    ("Theme 1", "Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "Objective 1: Care that is personalised",
         "Offer every woman a personalised care and support plan (PCSP) on BadgerNet, reviewed at each "
         "antenatal contact.", "Digital Lead Midwife", "Jun-25",
         "PCSP live on BadgerNet; Q1 audit shows 91% completion.", "A", "B"),
        ("1.2", "Objective 2: Care that is equitable",
         "Deliver the Trust actions in the Cheshire and Merseyside LMNS equity and equality plan, including "
         "the continuity pathway for women living in the most deprived areas.",
         "Consultant Midwife – Public Health / Equity Lead Midwife", "Mar-26",
         "Continuity team 2 launched in Toxteth and Dingle; interpreter audit outstanding.", "A", "A"),
        ("1.3", "Objective 3: Work with service users to improve care",
         "Fund the Maternity and Neonatal Voices Partnership (MNVP) lead at 0.6 WTE and agree a co-produced "
         "workplan.", "Director of Midwifery", "Apr-25",
         "Lead in post; workplan agreed at the MNVP meeting in May 2025.", "G", "B"),
    ]),
    ("Theme 2", "Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "Objective 4: Grow our workforce",
         "Complete the Birthrate Plus reassessment and present the funded establishment to the Board.",
         "Director of Midwifery", "Sep-25",
         "Report presented to Board in September 2025; 8.2 WTE gap identified.", "A", "B"),
        ("2.2", "Objective 5: Value and retain our workforce",
         "Implement the midwifery retention plan, including the preceptorship programme and legacy mentor roles.",
         "Head of Midwifery / Practice Development Midwife", "Decmber 2025",
         "Two legacy mentors appointed; preceptorship programme refreshed.", "G", "G"),
        ("2.3", "Objective 6: Invest in skills",
         "Ensure 90% of eligible staff complete the core competency framework (version 2) training, including "
         "fetal monitoring and neonatal life support.", "Practice Education Lead", "Mar-26",
         "Compliance 84% (fetal monitoring) and 88% (NLS) at end of September.", "A", "A"),
    ]),
    ("Theme 3", "Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "Objective 7: Develop a positive safety culture",
         "Complete the Perinatal Culture and Leadership Programme (PCLP) diagnostic and share the culture "
         "improvement plan with staff.", "Director of Midwifery / Clinical Director – Obstetrics", "Nov-25",
         "SCORE survey closed; listening events booked for October.", "A", "G"),
        ("3.2", "Objective 8: Learning and improving",
         "Embed PSIRF learning responses in maternity, with a named family liaison for every patient safety "
         "incident investigation (PSII).", "Head of Governance and Quality (Maternity)", "Jan-26",
         "Family liaison in place for all 4 PSIIs this year.", "G", "G"),
        ("3.3", "Objective 9: Support and oversight",
         "Report the perinatal quality surveillance model dashboard to the Board of Directors monthly.",
         "Board Maternity Safety Champion", "Monthly",
         "Reported at each Board meeting since April 2025.", "G", "G"),
    ]),
    ("Theme 4", "Theme 4: Meeting and improving standards and structures that underpin safer, more "
                "personalised and more equitable care", [
        ("4.1", "Objective 10: Standards to ensure best practice",
         "Achieve full compliance with all six elements of the Saving Babies' Lives Care Bundle version 3.",
         "Consultant Obstetrician – SBLCB Lead", "Mar-26",
         "Compliance 82% overall; element 4 (fetal monitoring) below threshold.", "A", "A"),
        ("4.2", "Objective 11: Data to inform learning",
         "Submit complete and accurate data to the Maternity Services Data Set (MSDS), meeting the CNST data "
         "quality criteria.", "Maternity Digital and Information Manager", "Feb-26",
         "Data quality score 10/11 in the latest CNST scorecard.", "G", "G"),
        ("4.3", "Objective 12: Make better use of digital technology in maternity and neonatal services",
         "Complete the digital maturity self-assessment and implement the neonatal BadgerNet upgrade.",
         "Chief Clinical Information Officer", "Jun-26",
         "Self-assessment submitted to the LMNS; upgrade scheduled.", "G", "G"),
    ]),
]
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_lwh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Liverpool Women's NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="6A1B9A")
    ws["A2"] = "Three Year Delivery Plan for Maternity and Neonatal Services – Trust Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at October 2025 (Year 3)   |   Executive lead: Chief Nurse and Midwife   |   Reported to: Quality Committee"
    ws["A5"] = "RAG key: B = Complete   G = On track   A = At risk of slipping   R = Off track"
    ws["A5"].font = Font(italic=True)
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=7, column=c, value=h)
    style_row(ws, 7, 6, bold=True, bg=GREY)
    r = 8
    tot = [0, 0, 0, 0, 0]
    for tab, title, rows in LWH_THEMES:
        cur = [x[7] for x in rows]
        counts = [len(rows), cur.count("B"), cur.count("G"), cur.count("A"), cur.count("R")]
        tot = [a + b for a, b in zip(tot, counts)]
        for c, v in enumerate([title.split(":")[0]] + counts, start=1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, 6)
        r += 1
    for c, v in enumerate(["Total"] + tot, start=1):
        ws.cell(row=r, column=c, value=v)
    style_row(ws, r, 6, bold=True)
    widths(ws, [30, 10, 10, 10, 10, 10])

    for tab, title, rows in LWH_THEMES:
        wt = wb.create_sheet(tab)
        wt["A1"] = title
        wt["A1"].font = Font(bold=True, size=12, color="6A1B9A")
        hdr = ["Ref", "Objective", "Trust action", "Lead", "Due date", "Evidence / progress",
               "Previous RAG", "Current RAG"]
        for c, h in enumerate(hdr, start=1):
            wt.cell(row=2, column=c, value=h)
        style_row(wt, 2, 8, bold=True, bg=GREY)
        r = 3
        for row in rows:
            for c, v in enumerate(row, start=1):
                wt.cell(row=r, column=c, value=v)
            style_row(wt, r, 8)
            for c in (7, 8):
                wt.cell(row=r, column=c).fill = fill(RAG_FILL[row[c - 1]])
            r += 1
        widths(wt, [6, 30, 55, 30, 13, 45, 10, 10])
    wb.save(os.path.join(HERE,
                         "nn2-liverpool-womens-nhsft-maternity-neonatal-three-year-delivery-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; a list gives one paragraph per item."""
    items = text if isinstance(text, list) else [text]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, t in enumerate(items):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(9)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Cardiff and Vale RSB - Adult Practice Review action plan (docx)
# ---------------------------------------------------------------------------
CV_PLAN = [
    ("Learning theme 1: Responding to self-neglect and hoarding", [
        ("Recommendation 1: The Regional Safeguarding Board should seek assurance that the Wales Safeguarding "
         "Procedures practice guide on self-neglect is understood and used by practitioners across partner "
         "agencies.", [
            ("1.1", ["Deliver a 7-minute briefing on the learning from this review to:",
                     "• adult services locality teams",
                     "• community mental health teams",
                     "• GP practice safeguarding leads"],
             "RSB Business Unit", "June 2024",
             "Briefing published May 2024 and circulated to 212 practitioners.", "Complete"),
            ("1.2", "Undertake a multi-agency audit of self-neglect referrals received between April and "
                    "September 2024.",
             "Cardiff Council / Vale of Glamorgan Council", "31/12/2024 (revised 30/09/2025)",
             "Audit tool agreed by the Quality Assurance sub-group; fieldwork delayed by the Vale "
             "restructure.", "Amber"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that mental capacity assessments in cases of "
         "self-neglect consider executive functioning, and that this is reflected in training.", [
            ("2.1", "Update the Mental Capacity Act training for health staff to include executive capacity and "
                    "the gap between what a person says and what they do.",
             "Cardiff and Vale University Health Board", "March 2025",
             "Level 3 MCA module updated and live on ESR from February 2025.", "Complete"),
            ("2.2", "Review the Mental Capacity Act training delivered by both local authorities and amend it to "
                    "include executive functioning.",
             "Cardiff Council / Vale of Glamorgan Council", "March 2025",
             "Cardiff complete; Vale of Glamorgan module in development.", "Amber"),
        ]),
    ]),
    ("Learning theme 2: Information sharing and escalation", [
        ("Recommendation 3: South Wales Police and the Welsh Ambulance Services University NHS Trust should "
         "report concerns about adults who repeatedly decline support to the local authority as an adult at "
         "risk report.", [
            ("3.1", "Issue a reminder to frontline officers to submit a Public Protection Notice (PPN) where an "
                    "adult repeatedly declines support and may be at risk.",
             "South Wales Police", "April 2024",
             "Reminder issued via the Force daily briefing on 11 April 2024.", "Complete"),
            ("3.2", "Include self-neglect scenarios in the Trust's level 3 safeguarding training package.",
             "Welsh Ambulance Services University NHS Trust", "September 2025",
             "Scenarios written; package in final review.", "Green"),
        ]),
        ("Recommendation 4: The Regional Safeguarding Board should develop a multi-agency escalation protocol "
         "for adults at risk who self-neglect and do not engage with services.", [
            ("4.1", "Draft an escalation protocol, including the threshold for a multi-agency professionals' "
                    "meeting, and consult partner agencies.",
             "RSB Business Unit", "October 2025",
             "Draft out to consultation until 15 August 2025.", "Green"),
            ("4.2", "Launch the protocol and evaluate its use after six months.",
             "RSB Business Unit", "April 2026",
             "To start once the protocol is approved by the Board.", ""),
        ]),
    ]),
]
CV_RAG_FILL = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_cardiff():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Cardiff and Vale of Glamorgan Regional Safeguarding Board", style="Title")
    doc.add_heading("Adult Practice Review CVRSB 02/2023 – Multi-agency Action Plan", level=1)

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("0.3", "12/02/2024", "RSB Business Unit", "Draft for the APR sub-group"),
                ("1.0", "21/03/2024", "RSB Business Unit", "Approved by the Regional Safeguarding Adults Board"),
                ("1.4", "08/07/2025", "RSB Business Unit", "Quarter 1 2025/26 progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan responds to the learning and recommendations of the Adult Practice Review "
        "concerning 'Mr A', a 67-year-old man who died at home in 2022 following a long period of "
        "self-neglect. Progress is reported to each meeting of the Adult Practice Review sub-group.")

    doc.add_paragraph("RAG status key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Red", "Significantly behind the target date"),
                          ("Amber", "In progress – some delay"),
                          ("Green", "On track to complete by the target date"),
                          ("Complete", "Action complete and evidence received")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], CV_RAG_FILL[word])
        set_cell(cells[1], meaning)

    doc.add_paragraph()
    hdr = ["No.", "Action", "Lead agency", "Target date", "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BDD7EE")
    for theme, recs in CV_PLAN:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, theme, bold=True)
        shade(m, "D9D9D9")
        for rec, actions in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for ref, act, lead, due, prog, rag in actions:
                cells = t.add_row().cells
                for c, v in enumerate([ref, act, lead, due, prog, rag]):
                    set_cell(cells[c], v)
                if rag:
                    shade(cells[5], CV_RAG_FILL[rag])
    widths_cm = [1.2, 8.5, 4.0, 3.2, 7.0, 2.0]
    for row in t.rows:
        for c, w in enumerate(widths_cm):
            row.cells[c].width = Cm(w)

    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Approved by")
    set_cell(s.rows[0].cells[1], "Chair, Regional Safeguarding Adults Board")
    set_cell(s.rows[1].cells[0], "Date")
    set_cell(s.rows[1].cells[1], "21/03/2024")
    doc.save(os.path.join(HERE, "nn2-cardiff-and-vale-rsb-adult-practice-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Richmond upon Thames CSP - Domestic Homicide Review 'Margaret' action plan (docx)
# ---------------------------------------------------------------------------
DHR_HDR = ["Scope of recommendation", "Action to take", "Lead agency",
           "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
DHR_PLAN = [
    ("Overview Report Recommendations", [
        ("Recommendation 1: Richmond Community Safety Partnership should ensure that partner agencies recognise "
         "and respond to domestic abuse perpetrated by adult children against older parents.", [
            ("Local", "Commission adult family violence training for frontline staff in adult social care, "
                      "housing and primary care.",
             "Richmond CSP", "Training specification agreed with provider; first cohort delivered July 2025.",
             "September 2025", "Completed 18/09/2025 – 146 staff trained.", "Complete"),
            ("Local", "Add a section on child to parent and adult family violence to the refreshed Richmond "
                      "VAWG Strategy 2025–2029.",
             "Richmond CSP / Richmond and Wandsworth SAB", "Draft strategy out to consultation.",
             "31 December 2025", "", "Green"),
        ]),
        ("Recommendation 2: Agencies should ensure that carers' assessments explore the carer's own safety where "
         "the cared-for person has a history of violence.", [
            ("Local", "Amend the carer's assessment template to include a routine question on the carer's safety "
                      "and any abuse they experience.",
             "Richmond Council Adult Social Care", "Template amended in Mosaic; practice guidance issued.",
             "June 2025", "Completed 30/06/2025.", "Complete"),
            ("Local", "Audit a sample of 30 carers' assessments to test the use of the new question.",
             "Richmond Council Adult Social Care", "", "March 2026", "", "Not started"),
        ]),
    ]),
    ("Single Agency Recommendations", [
        ("Recommendation 3 (Metropolitan Police Service): Ensure that officers attending domestic incidents "
         "involving older victims complete a DARA risk assessment and consider the victim's dependency on the "
         "suspect.", [
            ("Regional", "Deliver DARA training to all South West BCU response officers, including a module on "
                         "the abuse of older people.",
             "Metropolitan Police Service", "74% of response officers trained at 30/09/2025.",
             "Nov-25", "", "Amber"),
        ]),
        ("Recommendation 4 (South West London and St George's Mental Health NHS Trust): Ensure that care plans "
         "for patients with a history of violence towards family members include a family safety plan, "
         "developed with the family.", [
            ("Local", "Revise the community mental health care planning standard to require a family safety plan "
                      "where there is a history of violence towards family members.",
             "South West London and St George's Mental Health NHS Trust",
             "Standard revised and approved by the Trust's Quality Committee.",
             "Q2 2025/26", "Completed 11/09/2025.", "Complete"),
            ("Local", "Deliver learning events for community mental health teams on the findings of this review.",
             "South West London and St George's Mental Health NHS Trust", "Two events held (May and July 2025).",
             "Ongoing", "", "Green"),
        ]),
    ]),
]
DHR_RAG_FILL = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_richmond():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("Richmond upon Thames Community Safety Partnership")
    p.runs[0].bold = True
    doc.add_paragraph("Domestic Homicide Review 'Margaret' – Action Plan", style="Title")
    doc.add_paragraph(
        "Version 4 – updated for the Community Safety Partnership Board, 22 October 2025. The Overview Report "
        "was approved for publication by the Home Office Quality Assurance Panel in March 2025.")
    for section, recs in DHR_PLAN:
        doc.add_heading(section, level=1)
        for rec, actions in recs:
            doc.add_heading(rec, level=2)
            t = doc.add_table(rows=1, cols=len(DHR_HDR))
            t.style = "Table Grid"
            for c, h in enumerate(DHR_HDR):
                set_cell(t.rows[0].cells[c], h, bold=True)
                shade(t.rows[0].cells[c], "E4DFEC")
            for row in actions:
                cells = t.add_row().cells
                for c, v in enumerate(row):
                    set_cell(cells[c], v)
                if row[6] in DHR_RAG_FILL:
                    shade(cells[6], DHR_RAG_FILL[row[6]])
            doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete = action completed and evidenced; Green = on track; "
                      "Amber = at risk of slipping; Red = overdue; Not started = due to start later in the plan.")
    doc.save(os.path.join(HERE, "nn2-richmond-upon-thames-csp-dhr-margaret-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Harrow Council - Transformation Programme highlight report (csv)
# ---------------------------------------------------------------------------
HARROW_ROWS = [
    ["Harrow Council – Transformation Programme Highlight Report"],
    ["Reporting period: July – September 2025 (Q2 2025/26)"],
    ["Programme SRO: Chief Executive | Transformation Programme Board: 14 October 2025"],
    ["Overall programme RAG: Amber (previous: Amber)"],
    [],
    ["Ref", "Project / milestone", "Project lead", "Baseline date", "Forecast date", "Previous RAG",
     "Current RAG", "Commentary"],
    ["Workstream 1: Customer Experience and Digital"],
    ["1.1", "Launch the new MyHarrow customer account with single sign-on for council tax, waste and parking "
            "services", "Head of Customer Services", "Jun-25", "Sep-25", "A", "G",
     "Soft launch 1 September; 6,200 accounts created by 30 September."],
    ["1.2", "Replace the legacy housing repairs system with the new cloud-based platform",
     "Director of Housing / Head of Digital", "Oct-25", "Jan-26", "A", "A",
     "Data migration testing found 3% of repair records with missing property references.\n"
     "Go-live moved to January 2026."],
    ["1.3", "Decommission the on-premises data centre and migrate the remaining servers to Azure",
     "Head of Digital", "Mar-26", "Mar-26", "G", "G", "On track."],
    ["Workstream 2: Workforce and Ways of Working"],
    ["2.1", "Implement the new senior management structure (Tier 2 and Tier 3)", "Director of HR & OD",
     "Jul-25", "Jul-25", "G", "Complete", "New structure in place from 1 July 2025."],
    ["2.2", "Deliver the agency staff reduction plan (target: 30% reduction in agency spend)",
     "Director of HR & OD", "Mar-26", "Mar-26", "A", "R",
     "Agency spend down 11% at month 6; children's social work remains the main pressure."],
    ["2.3", "Run a Microsoft 365 Copilot pilot with 150 staff and evaluate the productivity benefits",
     "Head of Digital", "Dec-25", "Dec-25", "", "G", "New project this quarter."],
    ["Workstream 3: Property and Assets"],
    ["3.1", "Complete the move of staff from the Civic Centre to the new Forward Drive offices",
     "Director of Property", "Sep-25", "Nov-25", "A", "A", "Fit-out works delayed by six weeks."],
    ["3.2", "Dispose of surplus assets to generate £4.5m of capital receipts in 2025/26",
     "Director of Finance / Director of Property", "Q4 2025/26", "Q4 2025/26", "G", "A",
     "Two sales agreed (£1.9m); third site subject to a planning appeal."],
    ["3.3", "Agree the community asset transfer policy and the first three transfers",
     "Head of Property Services", "Nov-25", "TBC", "G", "A",
     "Policy paused pending Cabinet review of voluntary sector lease arrangements."],
    [],
    ["Summary of current RAG", "Number"],
    ["Complete", "1"],
    ["Green", "3"],
    ["Amber", "4"],
    ["Red", "1"],
    ["Total", "9"],
]


def make_harrow():
    path = os.path.join(HERE, "nn2-harrow-council-transformation-programme-highlight-report-q2-2025-26.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in HARROW_ROWS:
            w.writerow(row + [""] * (8 - len(row)) if row else [""] * 8)


# ---------------------------------------------------------------------------
# 7. Safer Lambeth Partnership - Community Safety Plan 2025-26 delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
LAMBETH_LINES = [
    ["Safer Lambeth Partnership"],
    ["Community Safety Plan 2025–26: Delivery Plan – Quarter 2 progress (to 30 September 2025)"],
    ["RAG: G = on track, A = some delay, R = significant delay, Complete = delivered"],
    [],
    ["Ref", "Action", "Lead partner(s)", "By when", "RAG", "Q2 update"],
    ["Priority 1: Reducing serious violence, including knife crime"],
    ["Outcome 1a: Fewer young people are victims or perpetrators of knife crime"],
    ["1.1", "Extend the Youth Violence Intervention Programme at King's College Hospital to include evening "
            "and weekend cover.", "Lambeth Council Community Safety; King's College Hospital NHSFT", "Mar-26",
     "G", "Funding confirmed by the VRU; recruitment of two youth workers under way."],
    ["1.2", "Deliver weapons awareness sessions in all Lambeth secondary schools and alternative provision.",
     "MPS Central South BCU / Lambeth Youth Justice Service", "By 31 March 2026", "A",
     "11 of 18 schools visited. Remaining sessions"],
    ["", "", "", "", "", "scheduled for the spring term."],
    ["Outcome 1b: Serious violence hotspots are reduced"],
    ["1.3", "Use Serious Violence Duty funding for targeted patrols and CCTV upgrades in Brixton town centre and "
            "Stockwell.", "MPS Central South BCU", "Q3 2025/26", "G",
     "Six new CCTV cameras installed on Brixton Road."],
    ["Priority 2: Tackling violence against women and girls (VAWG)"],
    ["Outcome 2a: Victims and survivors get the right support first time"],
    ["2.1", "Recommission the integrated VAWG service (Gaia Centre) for 2026–2031.", "Lambeth Council VAWG Team",
     "Apr-26", "A", "Tender evaluation delayed by two weeks; contract award now expected February 2026."],
    ["2.2", "Roll out the Safe Havens scheme to 40 venues in the Clapham and Vauxhall night-time economy.",
     "Lambeth Council Licensing Team", "Dec-25", "Complete", "42 venues signed up and staff trained."],
    ["Outcome 2b: Perpetrators are held to account"],
    ["2.3", "Increase referrals to the Drive programme for high-harm, high-risk perpetrators.",
     "Probation Service (Lambeth PDU); Lambeth MARAC", "Ongoing", "R",
     "Referrals below target (9 against 20); referral pathway review planned."],
    ["Priority 3: Reducing drug-related harm and anti-social behaviour"],
    ["Outcome 3a: Residents feel safer in their neighbourhoods"],
    ["3.1", "Run ASB problem-solving clinics with housing providers, including Clarion and Lambeth Housing "
            "Management.", "Lambeth Council ASB Team", "Quarterly", "G", "Clinics held in July and September."],
    ["3.2", "Renew the Public Spaces Protection Order (PSPO) covering Brixton and Clapham Common.",
     "Lambeth Council Community Safety", "Oct-25", "Complete", "PSPO renewed by Cabinet on 15 September 2025."],
    ["3.3", "Set up a Combating Drugs Partnership sub-group on drug-related deaths and report to the Safer Lambeth "
            "Partnership Board.", "Director of Public Health", "31/01/2026", "", "To start in Q3."],
    [],
    ["Next update: Safer Lambeth Partnership Board, January 2026"],
]


def make_lambeth():
    path = os.path.join(HERE, "nn2-safer-lambeth-partnership-community-safety-plan-2025-26-delivery-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in LAMBETH_LINES:
            fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    make_icb()
    make_bth()
    make_lwh()
    make_cardiff()
    make_richmond()
    make_harrow()
    make_lambeth()
    for f in sorted(os.listdir(HERE)):
        if f.startswith("nn2-") and not f.endswith(".yaml"):
            print(f)
