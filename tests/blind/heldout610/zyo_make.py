#!/usr/bin/env python3
"""Build the seven zyo- test files of set heldout610.

Bodies (Wales, Scotland, Northern Ireland) and kinds:
  1 Swansea Bay UHB - Annual Plan 2025/26 Q2 delivery tracker            (xlsx)
  2 Dumfries and Galloway Council - corporate risk register (refuse)     (xlsx)
  3 Wick High School - Education Scotland post-inspection action plan    (xlsx)
  4 Ysgol Gymraeg Casnewydd - Estyn post-inspection action plan          (docx)
  5 Cherry Tree House Nursing Home - RQIA quality improvement plan       (docx)
  6 Betsi Cadwaladr UHB - internal audit recommendations tracker         (csv)
  7 South Wales Police - HMICFRS vetting/misconduct/misogyny tracker     (txt, tab separated)

Run with: /work/main/.venv/bin/python zyo_make.py
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

F1 = "zyo-swansea-bay-uhb-annual-plan-2025-26-q2-delivery-tracker.xlsx"
F2 = "zyo-dumfries-and-galloway-council-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
F3 = "zyo-wick-high-school-education-scotland-post-inspection-action-plan.xlsx"
F4 = "zyo-ysgol-gymraeg-casnewydd-estyn-post-inspection-action-plan.docx"
F5 = "zyo-cherry-tree-house-nursing-home-rqia-care-inspection-quality-improvement-plan.docx"
F6 = "zyo-betsi-cadwaladr-uhb-internal-audit-recommendations-tracker.csv"
F7 = "zyo-south-wales-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.txt"

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F4E79", "band": "D9E1F2", "grey": "D9D9D9", "teal": "005A70",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).border = BOX


# ---------------------------------------------------------------------------
# 1  Swansea Bay UHB - Annual Plan 2025/26 Q2 delivery tracker
# ---------------------------------------------------------------------------
SB_TITLE = "Annual Plan 2025/26 \u2013 Quarter 2 Delivery Tracker"
SB_ROWS = [
    ("band", "Priority 1: Urgent and Emergency Care"),
    ("act", "UEC1.1", "Reduce ambulance handover delays at Morriston Hospital",
     "Open the Acute Medical Receiving Unit (AMRU) expansion with 12 additional trolley spaces",
     "Chief Operating Officer", dt.datetime(2025, 12, 1), "G", "G",
     "Estates works complete; staffing model agreed. Opening planned for 1 December 2025."),
    ("act", "UEC1.2", None,
     "Implement the \u2018Fit to Sit\u2019 and immediate release protocol for all conveyances waiting over 45 minutes",
     "Chief Operating Officer", "Q2 2025/26", "A", "B",
     "Protocol live from 4 August 2025; compliance monitored through the daily system call."),
    ("act", "UEC2.1", "Expand Same Day Emergency Care (SDEC)",
     "Extend SDEC opening hours at Morriston Hospital to 22:00, seven days a week",
     "Medical Director / Chief Operating Officer", "31/03/2026", "A", "A",
     "Recruitment to 4.0 WTE Advanced Nurse Practitioner posts under way; two appointed. "
     "Seven-day model to be phased in from January 2026."),
    ("band", "Priority 2: Planned Care and Cancer"),
    ("act", "PC1.1", "Eliminate waits of over 104 weeks for treatment",
     "Deliver additional orthopaedic lists at Neath Port Talbot Hospital through insourcing",
     "Chief Operating Officer", dt.datetime(2025, 11, 1), "R", "A",
     "Insourcing contract awarded in September and lists commenced in October. "
     "Trajectory expected to recover by end of November, subject to theatre staffing."),
    ("act", "PC1.2", None,
     "Complete clinical validation of all patients waiting over 52 weeks",
     "Medical Director", "Q3 2025/26", "G", "G",
     "78% of the cohort validated to date."),
    ("act", "PC2.1", "Improve performance against the 62-day cancer pathway",
     "Introduce a nurse-led straight-to-test pathway for suspected lower GI cancer",
     "Director of Nursing and Patient Experience", "Jan-26", "G", "A",
     "Business case approved. FIT pathway audit delayed by an IT interface issue with WCP."),
    ("band", "Priority 3: Mental Health and Learning Disabilities"),
    ("act", "MH1.1", "Improve access to Child and Adolescent Mental Health Services",
     "Achieve 80% of Specialist CAMHS assessments within 28 days of referral",
     "Director of Primary, Community and Mental Health", dt.datetime(2026, 3, 1), "A", "R",
     "Performance at 61% in September. Recovery plan presented to Management Board; "
     "additional sessional capacity being sourced."),
    ("act", "MH1.2", None,
     "Roll out the Single Point of Access for CAMHS referrals across all three localities",
     "Director of Primary, Community and Mental Health; Head of Children and Young People\u2019s Services",
     "Q4 2025/26", "G", "G",
     "Swansea locality live. Neath and Afan localities to go live in February 2026."),
]


def build_swansea(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Swansea Bay University Health Board"
    cov["A1"].font = Font(bold=True, size=16, color=FILL["teal"])
    cov["A2"] = "Bwrdd Iechyd Prifysgol Bae Abertawe"
    cov["A2"].font = Font(italic=True, size=11)
    cov["A4"] = SB_TITLE
    cov["A4"].font = Font(bold=True, size=14)
    cov["A5"] = "Performance and Finance Committee \u2013 28 October 2025"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("teal")
    dc = [("0.1", "06/10/2025", "Planning Team", "Q2 updates collated from Service Groups"),
          ("0.2", "13/10/2025", "Head of Planning", "Executive Lead challenge session comments added"),
          ("1.0", "17/10/2025", "Director of Strategy", "Approved by Management Board for submission")]
    for r, row in enumerate(dc, 9):
        for i, v in enumerate(row, 1):
            cov.cell(row=r, column=i, value=v)
        box_row(cov, r, 4)
    box_row(cov, 8, 4)
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Blue", "Milestone complete"),
           ("G", "Green", "On track for delivery by the target date"),
           ("A", "Amber", "At risk \u2013 mitigating actions in place"),
           ("R", "Red", "Off track \u2013 will not be delivered by the target date")]
    for r, (k, word, meaning) in enumerate(key, 14):
        c = cov.cell(row=r, column=1, value=word)
        c.fill = fill(k)
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        cov.cell(row=r, column=2, value=meaning)
        cov.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 48

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of milestone RAG status at Quarter 2 (30 September 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    shdr = ["Priority", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(shdr, 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill({"Blue": "B", "Green": "G", "Amber": "A", "Red": "R"}.get(h, "grey"))
    counts = []
    prio = None
    for row in SB_ROWS:
        if row[0] == "band":
            prio = row[1]
            counts.append([prio, 0, 0, 0, 0])
        else:
            idx = {"B": 1, "G": 2, "A": 3, "R": 4}[row[7]]
            counts[-1][idx] += 1
    r = 4
    for p, b, g, a, rr in counts:
        for i, v in enumerate([p, b, g, a, rr, b + g + a + rr], 1):
            sm.cell(row=r, column=i, value=v)
        box_row(sm, r, 6)
        r += 1
    tot = ["Total"] + [sum(c[i] for c in counts) for i in range(1, 5)]
    tot.append(sum(tot[1:]))
    for i, v in enumerate(tot, 1):
        c = sm.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
    box_row(sm, r, 6)
    box_row(sm, 3, 6)
    sm.column_dimensions["A"].width = 52

    # Tracker sheet
    ws = wb.create_sheet("Delivery Tracker")
    ws["A1"] = SB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Key Deliverable", "Milestone", "Executive Lead", "Target Date",
             "Q1 RAG", "Q2 RAG", "Q2 Progress Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("teal")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [9, 34, 52, 34, 13, 8, 8, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    deliv_start = None
    for row in SB_ROWS:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("band")
            deliv_start = None
            r += 1
            continue
        _, ref, deliv, ms, lead, due, q1, q2, upd = row
        ws.cell(row=r, column=1, value=ref)
        if deliv is not None:
            ws.cell(row=r, column=2, value=deliv)
            deliv_start = r
        else:
            # continuation of the deliverable above: merge vertically
            for rng in list(ws.merged_cells.ranges):
                if rng.min_col == 2 and rng.min_row == deliv_start:
                    ws.unmerge_cells(str(rng))
            ws.merge_cells(start_row=deliv_start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=ms)
        ws.cell(row=r, column=4, value=lead)
        c = ws.cell(row=r, column=5, value=due)
        if isinstance(due, dt.datetime):
            c.number_format = "mmm-yy"
        for col, rag in ((6, q1), (7, q2)):
            cc = ws.cell(row=r, column=col, value=rag)
            cc.fill = fill(rag)
            cc.alignment = Alignment(horizontal="center", vertical="top")
            cc.font = Font(bold=True, color="FFFFFF" if rag in "BR" else "000000")
        ws.cell(row=r, column=8, value=upd)
        for col in range(1, 9):
            ws.cell(row=r, column=col).border = BOX
            if col not in (6, 7):
                ws.cell(row=r, column=col).alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are self-assessed by Executive Leads and reviewed by "
            "the Planning Team. Milestones rated Blue will be removed from the Quarter 3 report.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2  Dumfries and Galloway Council - corporate risk register (typo month)
# ---------------------------------------------------------------------------
DG_TITLE = "Dumfries and Galloway Council \u2013 Corporate Risk Register 2025/26"
DG_RISKS = [
    ("CR01", "Financial sustainability\nThe Council is unable to set a balanced budget over the medium term, "
     "resulting in unplanned reductions to services.", "Chief Executive", "4 x 5 = 20", "R",
     [("Agree the 2026/27 budget strategy and savings proposals through Full Council",
       "Head of Finance and Procurement", "February 2026", "On track"),
      ("Refresh the Medium Term Financial Plan to 2030/31, including updated pay and inflation assumptions",
       "Head of Finance and Procurement", "March 2026", "On track")]),
    ("CR02", "Workforce capacity\nThe Council cannot recruit and retain staff in key roles (social work, teaching, "
     "planning and environmental health), affecting statutory services.", "Director Workforce", "4 x 4 = 16", "R",
     [("Launch the second cohort of the Grow Our Own social work traineeship",
       "Head of HR and Organisational Development", "Aug-26", "On track"),
      ("Complete the refresh of the Education Services workforce plan",
       "Head of Education Resources", "June 2026", "Not started")]),
    ("CR03", "Cyber security\nA successful cyber attack results in the loss of systems, data or the ability "
     "to deliver services.", "Director Communities", "3 x 5 = 15", "R",
     [("Complete the PSN compliance remediation plan and submit for re-accreditation",
       "Head of Digital and Customer Services", "January 2026", "On track"),
      ("Deliver phishing simulations and mandatory cyber awareness training to all network users",
       "Information Security Manager", "Janaury 2026", "On track")]),
    ("CR04", "Severe weather and climate change\nFlooding and storm events (including on the River Nith and "
     "Whitesands) disrupt services and damage Council assets.", "Director Economy and Infrastructure",
     "3 x 4 = 12", "A",
     [("Review the Local Flood Risk Management Plan actions for Cycle 2 with SEPA and Scottish Water",
       "Flood Risk Management Team Leader", "December 2026", "On track"),
      ("Test the Council Emergency Plan through a multi-agency winter exercise",
       "Civil Contingencies Manager", "November 2025", "Complete")]),
]


def build_dg(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CRR 2025-26"
    ws["A1"] = DG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit, Risk and Scrutiny Committee \u2013 4 December 2025"
    ws["A3"] = "Risks are reviewed quarterly by the Corporate Management Team. Actions shown are those agreed to reduce each risk to its target score."
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Risk Ref", "Risk Title and Description", "Risk Owner", "Current Score (L x I)",
             "Current Rating", "Further Mitigating Actions", "Action Owner", "Target Date", "Progress"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [9, 46, 20, 12, 10, 56, 30, 15, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    for ref, desc, owner, score, rating, acts in DG_RISKS:
        top = r
        for a, aowner, due, prog in acts:
            ws.cell(row=r, column=6, value=a)
            ws.cell(row=r, column=7, value=aowner)
            ws.cell(row=r, column=8, value=due)
            ws.cell(row=r, column=9, value=prog)
            r += 1
        bottom = r - 1
        for col, val in ((1, ref), (2, desc), (3, owner), (4, score), (5, None)):
            ws.cell(row=top, column=col, value=val)
            ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        ws.cell(row=top, column=5).fill = fill(rating)
        for rr in range(top, bottom + 1):
            for col in range(1, 10):
                ws.cell(row=rr, column=col).border = BOX
                ws.cell(row=rr, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Risk rating key: Red 15\u201325 (very high / high); Amber 8\u201312 (medium); "
            "Green 1\u20136 (low). Scores are Likelihood x Impact on a 5 x 5 matrix.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Corporate risks plotted on the 5 x 5 matrix (current score)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact \u2192 / Likelihood \u2193"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i)
        mx.cell(row=3 + i, column=1, value=6 - i)
    place = {("4", "5"): "CR01", ("4", "4"): "CR02", ("3", "5"): "CR03", ("3", "4"): "CR04"}
    for li in range(1, 6):
        for im in range(1, 6):
            c = mx.cell(row=3 + (6 - li), column=im + 1, value=place.get((str(li), str(im))))
            s = li * im
            c.fill = fill("R" if s >= 15 else "A" if s >= 8 else "G")
            c.border = BOX
    wb.save(path)


# ---------------------------------------------------------------------------
# 3  Wick High School - Education Scotland post-inspection action plan
# ---------------------------------------------------------------------------
WK_TITLE = "Wick High School \u2013 Post-Inspection Action Plan 2024\u201325"
WK_ROWS = [
    ("afi", "Area for improvement 1: Senior leaders should continue to develop robust approaches to "
     "self-evaluation, ensuring that all staff use attainment data well to identify and close gaps "
     "for young people."),
    ("act", "1.1", "Establish a quality assurance calendar with termly learning visits and faculty reviews "
     "linked to the school improvement plan.", "DHT (Quality Improvement)", "October 2024",
     "Calendar published to staff; all faculties reviewed by June 2025.", "G"),
    ("act", "1.2", "Train all principal teachers in the use of Insight and the Highland tracking tool to "
     "analyse attainment by SIMD, ASN and care experience.", "DHT (Curriculum) / PT Numeracy",
     "December 2024", "All PTs confident in using data in faculty planning (staff survey).", "A"),
    ("act", "1.3", "Introduce termly attainment review meetings for S4\u2013S6 with faculty PTs, focusing on "
     "young people at risk of not achieving.", "HT and DHTs", "Ongoing",
     "Interventions recorded for all identified young people.", "A"),
    ("afi", "Area for improvement 2: Continue to improve the consistency of learning, teaching and "
     "assessment, including differentiation and feedback, so that young people know how well they are "
     "progressing."),
    ("act", "2.1", "Agree and launch a Wick High School Learning and Teaching Charter developed with staff, "
     "young people and parents.", "DHT (Learning and Teaching)", "November 2024",
     "Charter launched; displayed in all classrooms.", "G"),
    ("act", "2.2", "Run a programme of peer observations (learning trios) with a focus on differentiation "
     "and effective feedback.", "Learning and Teaching Working Group", "March 2025",
     "All teaching staff take part in at least one trio cycle.", "A"),
    ("act", "2.3", "Introduce learner conversations in the BGE so that young people can talk about their "
     "strengths and next steps in learning.", "PTs Curriculum", "June 2025",
     "Focus groups show most young people can describe their next steps.", None),
    ("afi", "Area for improvement 3: Raise attainment in literacy and numeracy in the broad general "
     "education and the senior phase."),
    ("act", "3.1", "Provide targeted numeracy support sessions for S3 young people identified through "
     "tracking, funded through Pupil Equity Funding.", "PT Mathematics and Numeracy", "February 2025",
     "Increase in young people achieving Third Level numeracy by end of S3.", "A"),
    ("act", "3.2", "Extend paired reading between S6 leaders and S1 young people with a reading age "
     "below their chronological age.", "PT Support for Learning; Librarian", "January 2025",
     "Reading ages re-tested in May; average gain of 12 months.", "G"),
]


def build_wick(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = WK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "The Highland Council \u2013 Education and Learning"
    ws["A3"] = "Education Scotland full model inspection: May 2024 (report published 20 August 2024)"
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (k, word) in enumerate((("R", "Not started"), ("A", "In progress"), ("G", "Achieved")), 2):
        c = ws.cell(row=4, column=col, value=word)
        c.fill = fill(k)
        c.border = BOX
    heads = ["No.", "Action", "Lead", "Timescale", "Measures of success", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    for i, w in enumerate([6, 60, 28, 14, 48, 7], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 7
    for row in WK_ROWS:
        if row[0] == "afi":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("band")
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 32
        else:
            _, no, act, lead, when, meas, rag = row
            for col, v in enumerate((no, act, lead, when, meas, None), 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(row=r, column=6).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Progress reviewed by the Senior Leadership Team each term and reported to "
            "the Parent Council and the Highland Council Quality Improvement Team.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    qi = wb.create_sheet("QI evaluations")
    qi["A1"] = "Education Scotland evaluations (May 2024)"
    qi["A1"].font = Font(bold=True)
    qi["A3"], qi["B3"] = "Quality indicator", "Evaluation"
    for i, (q, e) in enumerate([("1.3 Leadership of change", "good"),
                                ("2.3 Learning, teaching and assessment", "satisfactory"),
                                ("3.1 Ensuring wellbeing, equality and inclusion", "good"),
                                ("3.2 Raising attainment and achievement", "satisfactory")], 4):
        qi.cell(row=i, column=1, value=q)
        qi.cell(row=i, column=2, value=e)
    qi.column_dimensions["A"].width = 48
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4  Ysgol Gymraeg Casnewydd - Estyn PIAP
# ---------------------------------------------------------------------------
YGC_TITLE = "Ysgol Gymraeg Casnewydd \u2013 Post-Inspection Action Plan"
YGC_RECS = [
    ("R1: Sharpen self-evaluation and improvement planning so that leaders focus precisely on the impact "
     "of teaching on pupils\u2019 learning",
     [("1.1", "Revise the school\u2019s self-evaluation calendar so that all monitoring activities (book "
       "scrutiny, learning walks and listening to learners) are triangulated and focus on pupils\u2019 progress.",
       "Headteacher", "Summer term 2024",
       "Calendar in place; monitoring reports identify clear strengths and areas for development.", "Complete"),
      ("1.2", "Provide training for the senior leadership team and governors on writing evaluative rather "
       "than descriptive reports, with support from the EAS Challenge Adviser.",
       "Headteacher and Chair of Governors", "Autumn term 2024",
       "Governor reports and SLT monitoring notes are evaluative.", "Green"),
      ("1.3", "Restructure the School Development Plan 2024\u20132027 around a small number of priorities "
       "with measurable success criteria.",
       "Deputy Headteacher", "September 2024",
       "SDP approved by the governing body with no more than four priorities.", "Green")]),
    ("R2: Develop pupils\u2019 independent learning skills, particularly in Years 5 and 6",
     [("2.1", "Introduce a whole-school approach to learning dispositions (\u2018Dysgwyr Annibynnol\u2019) "
       "with age-appropriate success criteria for each progression step.",
       "Mr Rhys Morgan / Mrs Sian Hughes", "Spring term 2025",
       "Learning dispositions evident in planning and in pupils\u2019 talk about learning.", "Amber"),
      ("2.2", "Plan regular opportunities in Years 5 and 6 for pupils to choose how they record and present "
       "their learning, and to evaluate their own work against success criteria.",
       "Upper school teachers", "July 2025",
       "Book scrutiny shows increased pupil choice and self-evaluation.", "Green"),
      ("2.3", "Monitor the impact through half-termly learning walks and pupil voice sessions, reporting "
       "to the Curriculum and Standards Committee of the governing body.",
       "Senior Leadership Team", "September 2024 \u2013 July 2025",
       "Termly reports to the committee show improvement.", "Green")]),
    ("R3: Address the site security issue identified during the inspection",
     [("3.1", "Install secure fencing and an access-controlled gate to the rear playground.",
       "Headteacher / Newport City Council Property Services", "April 2024",
       "Works completed and signed off by the local authority.", "Complete"),
      ("3.2", "Review and update the site security risk assessment and share it with all staff, "
       "volunteers and the cleaning contractor.",
       "School Business Manager", "Ongoing",
       "Risk assessment reviewed termly and signed by all staff.", "Green")]),
]


def build_ygc(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    d.add_paragraph(YGC_TITLE, style="Title")
    p = d.add_paragraph("Cynllun Gweithredu \u00d4l-arolygiad")
    p.runs[0].italic = True
    d.add_paragraph("Estyn inspection: 4\u20137 March 2024          "
                    "Approved by the Governing Body: 14 May 2024")
    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Notes"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in [("1.0", "29/04/2024", "Headteacher", "Draft shared with EAS Challenge Adviser and LA"),
                ("1.1", "14/05/2024", "Headteacher", "Approved by Full Governing Body"),
                ("1.2", "10/07/2024", "Deputy Headteacher", "Progress RAG added for end of summer term")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    d.add_paragraph()
    d.add_paragraph("RAG key: Complete \u2013 action completed; Green \u2013 on track; "
                    "Amber \u2013 some slippage, action being taken; Red \u2013 not on track.")
    for rec, acts in YGC_RECS:
        d.add_paragraph(rec, style="Heading 2")
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        hdr = ["Ref", "Action", "Lead person(s)", "Timescale", "Success criteria", "RAG (July 2024)"]
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "C00000")
        for ref, act, lead, when, succ, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate((ref, act, lead, when, succ, rag)):
                set_cell(cells[i], v)
            colour = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}[rag]
            shade(cells[5], colour)
        d.add_paragraph()
    d.add_paragraph("Signed: ______________________ Headteacher        "
                    "______________________ Chair of Governors")
    d.save(path)


# ---------------------------------------------------------------------------
# 5  Cherry Tree House Nursing Home - RQIA QIP
# ---------------------------------------------------------------------------
CT_TITLE = "Cherry Tree House Nursing Home \u2013 Quality Improvement Plan"
CT_SECTIONS = [
    ("Areas for improvement \u2013 The Nursing Homes Regulations (Northern Ireland) 2005",
     [("Area for improvement 1\tRef: Regulation 13 (7)\tStated: First time",
       "The registered person shall ensure that the infection prevention and control issues identified "
       "during the inspection are managed to minimise the risk and spread of infection.",
       [("Damaged bed rail protectors and the torn chair in the first floor lounge were removed and "
         "replaced on the day of the inspection.", "Registered Manager", "13/03/2024", "Completed"),
        ("All care staff to complete IPC and hand hygiene refresher training, including a practical "
         "session on donning and doffing PPE.", "Deputy Manager / IPC Link Nurse", "30/04/2024", "Completed"),
        ("Weekly IPC environmental audits to be completed by the nurse in charge and reviewed by the "
         "manager, with actions followed up.", "Nurse in charge and Registered Manager", "Ongoing",
         "On track")]),
      ("Area for improvement 2\tRef: Regulation 27 (4) (b)\tStated: First time",
       "The registered person shall ensure that fire doors are not wedged or propped open and that "
       "all fire exits are kept clear at all times.",
       [("Magnetic hold-open devices linked to the fire alarm to be fitted to the bedroom doors of "
         "residents who wish their doors left open.", "Registered Manager and Maintenance Person",
         "31 May 2024", "On track"),
        ("Fire safety awareness discussed at the April staff meeting; daily fire door checks added "
         "to the nurse in charge\u2019s walkaround.", "Registered Manager", "April 2024", "Completed")])]),
    ("Areas for improvement \u2013 Care Standards for Nursing Homes (December 2022)",
     [("Area for improvement 3\tRef: Standard 4.1\tStated: Second time",
       "The registered person shall ensure that care plans are reviewed and updated when a resident\u2019s "
       "needs change, including following a fall or a change in weight.",
       [("Audit of all care plans using the care plan audit tool, with a named nurse action list "
         "for each unit.", "Deputy Manager", "30/04/2024", "Completed"),
        ("Introduce a post-falls checklist prompting review of the falls risk assessment and care "
         "plan within 24 hours.", "Registered Manager", "31/05/2024", "On track"),
        ("MUST scores to be recalculated monthly and care plans updated for any resident with a "
         "weight loss of 5% or more.", "Named nurses", "Monthly", "On track")]),
      ("Area for improvement 4\tRef: Standard 12\tStated: First time",
       "The registered person shall ensure that the dining experience is reviewed so that residents "
       "who require assistance receive it in a timely and dignified manner.",
       [("Complete a dining audit on each floor, sharing the findings with catering and care staff "
         "and agreeing a seating plan for residents who need assistance.",
         "Deputy Manager and Catering Manager", "31/05/2024", "")])]),
]


def build_ct(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run(CT_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Response to RQIA unannounced care inspection, 12 and 13 March 2024 "
                    "(Inspection ID: IN045318)")
    d.add_paragraph("Registered Manager: Mrs Lorraine McCready          Date returned to RQIA: 10 April 2024")
    d.add_paragraph("This plan sets out the actions taken or planned in response to the areas for improvement "
                    "identified by RQIA. It is reviewed at the monthly clinical governance meeting and updated "
                    "by the Registered Manager.")
    for sec, afis in CT_SECTIONS:
        d.add_paragraph(sec, style="Heading 2")
        for head, text, acts in afis:
            t = d.add_table(rows=3, cols=4)
            t.style = "Table Grid"
            a = t.rows[0].cells[0].merge(t.rows[0].cells[3])
            set_cell(a, head.replace("\t", "        "), bold=True)
            shade(a, "DEEAF6")
            b = t.rows[1].cells[0].merge(t.rows[1].cells[3])
            set_cell(b, text)
            for i, h in enumerate(["Action taken / planned", "Person responsible", "Completion date",
                                   "Status"]):
                set_cell(t.rows[2].cells[i], h, bold=True)
                shade(t.rows[2].cells[i], "F2F2F2")
            for act, who, when, status in acts:
                cells = t.add_row().cells
                for i, v in enumerate((act, who, when, status)):
                    set_cell(cells[i], v)
            d.add_paragraph()
    d.add_paragraph("Signed: ______________________ Registered Manager          Date: 10/04/2024")
    d.add_paragraph("Please ensure this document is completed in full and returned via the RQIA Web Portal.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6  Betsi Cadwaladr UHB - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
BC_TITLE = "Betsi Cadwaladr University Health Board \u2013 Internal Audit Recommendations Tracker"
BC_HEAD = ["Review", "Assurance Rating", "Rec Ref", "Priority", "Recommendation",
           "Management Response / Agreed Action", "Responsible Officer", "Original Due Date",
           "Revised Due Date", "RAG Status", "Progress Update"]
BC_ROWS = [
    ("Discharge Planning (BCU-2425-07)", "Limited", "R1", "High",
     "Estimated Dates of Discharge (EDD) should be recorded within 24 hours of admission for all adult "
     "inpatients and reviewed at each board round.",
     "EDD compliance to be included in the daily board round checklist and reported weekly through the "
     "Unscheduled Care dashboard.",
     "Head of Patient Flow (West)", "31/03/2025", "30/09/2025", "Complete",
     "Dashboard live from August 2025; compliance 86% in September. Evidence provided to Internal Audit."),
    ("Discharge Planning (BCU-2425-07)", "Limited", "R2", "Medium",
     "Discharge to assess pathways should be set out in a single operational policy that is consistently "
     "applied across the three acute sites.",
     "Finalise and approve the Discharge to Assess (D2A) operational policy through the Patient Safety and "
     "Quality Group.\nCommunicate the policy to all ward managers and discharge coordinators.",
     "Assistant Director of Therapies; Head of Patient Flow (West)", "30/06/2025", "31/12/2025", "Amber",
     "Policy drafted; local authority partners' comments awaited before PSQG in December."),
    ("Information Governance \u2013 Subject Access Requests (BCU-2425-11)", "Reasonable", "R1", "Medium",
     "Subject access requests should be logged on a single system and monitored against the statutory "
     "one-month deadline.",
     "Migrate all SAR logs to the Datix IG module and produce a monthly compliance report for the "
     "Information Governance Group.",
     "Head of Information Governance", "31/12/2025", "", "Green",
     "Migration of West and Central logs complete; East to follow in November."),
    ("Information Governance \u2013 Subject Access Requests (BCU-2425-11)", "Reasonable", "R2", "Low",
     "SAR template letters should be updated to reflect current ICO guidance.",
     "Review and update the SAR template letters and publish them on the IG intranet page.",
     "Information Governance Manager", "30/11/2025", "", "Green", "Draft letters with Legal Services."),
    ("Medical Staff Job Planning (BCU-2526-02)", "Limited", "R1", "High",
     "Job plans for consultants and SAS doctors should be reviewed annually and signed off on the "
     "electronic job planning system.",
     "Issue a job planning compliance trajectory to each Integrated Health Community with a target of "
     "90% signed-off job plans.",
     "Deputy Medical Director", "31/01/2026", "", "Amber",
     "Current compliance 58%. Trajectories issued; Centre IHC behind plan."),
    ("Medical Staff Job Planning (BCU-2526-02)", "Limited", "R2", "High",
     "All medical locum bookings should be approved through a single electronic route with "
     "documented rate approval.",
     "Implement the all-Wales medical locum booking system for all locum requests and remove manual "
     "booking routes.",
     "Medical Workforce Manager / Deputy Medical Director", "31/10/2025", "", "Red",
     "Go-live delayed by interface with the ESR payroll feed; new date to be agreed with NWSSP."),
    ("Decarbonisation Action Plan (BCU-2425-15)", "Reasonable", "R1", "Medium",
     "Each action in the Decarbonisation Action Plan should have a named executive owner and delivery lead.",
     "Assign an executive owner and delivery lead to each action and report progress six-monthly to the "
     "Performance, Finance and Information Governance Committee.",
     "Director of Environment and Estates", "30/04/2025", "", "Complete",
     "Owners assigned; first six-monthly report received by PFIG in June 2025."),
]


def build_bc(path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([BC_TITLE] + [""] * (len(BC_HEAD) - 1))
        w.writerow(["Audit Committee \u2013 position at 31 October 2025 (open and recently closed "
                    "recommendations)"] + [""] * (len(BC_HEAD) - 1))
        w.writerow([""] * len(BC_HEAD))
        w.writerow(BC_HEAD)
        for row in BC_ROWS:
            w.writerow(row)
        w.writerow([""] * len(BC_HEAD))
        w.writerow(["Key: Complete \u2013 implemented and evidence verified by Internal Audit; Green \u2013 on "
                    "track; Amber \u2013 at risk of missing the due date; Red \u2013 overdue or due date "
                    "missed"] + [""] * (len(BC_HEAD) - 1))
        w.writerow(["Source: NWSSP Audit & Assurance Services recommendation tracking extract, 03/11/2025"]
                   + [""] * (len(BC_HEAD) - 1))


# ---------------------------------------------------------------------------
# 7  South Wales Police - HMICFRS vetting, misconduct and misogyny tracker (txt)
# ---------------------------------------------------------------------------
SWP_TITLE = ("South Wales Police \u2013 HMICFRS: An inspection of vetting, misconduct, and misogyny in the "
             "police service (November 2022)")
SWP_HEAD = ["Ref", "Theme", "HMICFRS recommendation", "Force action", "Owner", "Deadline", "Status", "Update"]
SWP_R2 = ("Recommendation 2: By 31 October 2023, chief constables should make sure that their force vetting "
          "units have enough capacity to manage vetting demand, including aftercare.")
SWP_R11 = ("Recommendation 11: By 31 October 2023, chief constables should make sure that their "
           "counter-corruption units can monitor the use of all force IT systems and devices.")
SWP_ROWS = [
    ("R2.1", "Vetting", SWP_R2,
     "Complete a demand and capacity review of the Force Vetting Unit and present a business case for "
     "additional posts to Chief Officer Group.",
     "Head of Professional Standards", "30/06/2023", "Complete",
     "Business case approved by COG on 12/06/2023 (four additional vetting officers)."),
    ("R2.2", "Vetting", SWP_R2,
     "Recruit to the four additional vetting officer posts approved by Chief Officer Group.",
     "Force Vetting Manager", "31/10/2023", "Complete",
     "All four posts filled; final starter 2 October 2023."),
    ("R4.1", "Vetting",
     "Recommendation 4: By 30 April 2023, chief constables should make sure that vetting decisions for "
     "applicants with adverse information are recorded with a clear rationale.",
     "Introduce a mandatory rationale field in the vetting system for all decisions where adverse "
     "information is identified, and dip-sample 10% of decisions monthly.",
     "Force Vetting Manager", "30/04/2023", "Complete",
     "Field mandatory from 3 April 2023. Dip-sampling reported to the Professional Standards Board."),
    ("R11.1", "Counter-corruption", SWP_R11,
     "Procure and implement IT monitoring software covering all force devices and systems.",
     "Head of Digital Services / Head of Anti-Corruption Unit", "31/10/2023", "Amber",
     "Contract awarded jointly with Gwent Police; deployment to 70% of devices. Full deployment "
     "forecast March 2024."),
    ("R11.2", "Counter-corruption", SWP_R11,
     "Recruit two additional intelligence analysts to the Anti-Corruption Unit to review monitoring alerts.",
     "Head of Anti-Corruption Unit", "31/03/2024", "Green",
     "One analyst in post; second post at interview stage."),
    ("R19.1", "Misconduct",
     "Recommendation 19: By 31 March 2024, chief constables should make sure that allegations of sexual "
     "misconduct are correctly assessed and, where required, referred to the IOPC.",
     "Dip-sample all sexual misconduct allegations recorded since April 2022 to check the severity "
     "assessment and IOPC referral decision.",
     "PSD Assessment Unit", "31/03/2024", "Green",
     "142 of 180 cases reviewed; 3 referred retrospectively to the IOPC."),
    ("R27.1", "Misogyny and workplace culture",
     "Recommendation 27: By 31 December 2023, chief constables should make sure that officers and staff "
     "understand their duty to report misconduct and how to do so anonymously.",
     "Launch the \u2018Speak Up\u2019 campaign and an anonymous reporting line with supporting intranet "
     "guidance.",
     "Head of Corporate Communications and Head of Professional Standards", "31/12/2023", "Complete",
     "Campaign launched 6 November 2023; 37 reports received via the anonymous line to date."),
]


def build_swp(path):
    lines = [SWP_TITLE,
             "Recommendations Progress Tracker \u2013 Professional Standards Department",
             "Position as at 31 January 2024",
             "",
             "\t".join(SWP_HEAD)]
    for row in SWP_ROWS:
        lines.append("\t".join(row))
    lines += ["",
              "Status key: Complete \u2013 evidence submitted to the HMICFRS Force Liaison Lead; Green \u2013 on "
              "track to meet the deadline; Amber \u2013 deadline at risk or passed, with a recovery plan; "
              "Red \u2013 no agreed plan",
              "Reported to: Professional Standards Board and the Joint Audit Committee (SWP/OPCC)"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    build_swansea(os.path.join(HERE, F1))
    build_dg(os.path.join(HERE, F2))
    build_wick(os.path.join(HERE, F3))
    build_ygc(os.path.join(HERE, F4))
    build_ct(os.path.join(HERE, F5))
    build_bc(os.path.join(HERE, F6))
    build_swp(os.path.join(HERE, F7))
    for f in (F1, F2, F3, F4, F5, F6, F7):
        print("wrote", f)


if __name__ == "__main__":
    main()
