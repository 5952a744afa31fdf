"""Build the seven si- blind test files (set heldout490).

Run with /work/main/.venv/bin/python si_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
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
HEAD = "DCE6F1"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def header_row(ws, row, labels, bg=HEAD):
    for i, lab in enumerate(labels, start=1):
        put(ws, row, i, lab, bold=True, bg=bg)


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


D = dt.datetime


# ---------------------------------------------------------------------------
# 1. Hywel Dda UHB corporate risk register - further actions (xlsx)
# ---------------------------------------------------------------------------
def hywel_dda():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hywel Dda University Health Board Corporate Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Bwrdd Iechyd Prifysgol Hywel Dda – Cofrestr Risg Gorfforaethol 2025/26"
    cov["A2"].font = Font(italic=True)
    put(cov, 4, 1, "Document control", bold=True, bg=HEAD)
    put(cov, 4, 2, "", bg=HEAD)
    rows = [
        ("Version", "v3.2"),
        ("Date", D(2025, 10, 7)),
        ("Prepared by", "Assistant Director of Assurance and Risk"),
        ("Presented to", "Audit and Risk Assurance Committee, 14 October 2025"),
        ("Position as at", D(2025, 9, 30)),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        put(cov, i, 1, k, bold=True)
        put(cov, i, 2, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    put(cov, 11, 1, "Action status key", bold=True, bg=HEAD)
    put(cov, 11, 2, "", bg=HEAD)
    key = [
        (RED, "Red – action overdue or not progressing"),
        (AMBER, "Amber – progressing but at risk of missing the target date"),
        (GREEN, "Green – on track to deliver by the target date"),
        (BLUE, "Blue – action complete"),
    ]
    for i, (col, txt) in enumerate(key, start=12):
        put(cov, i, 1, "", bg=col)
        put(cov, i, 2, txt)
    cov["A17"] = ("Risk score = Likelihood x Impact (1–25). Extreme 15–25; High 8–12; "
                  "Moderate 4–6; Low 1–3.")
    cov["A18"] = ("Further actions are those agreed by risk owners to close gaps in controls; "
                  "they are reviewed monthly by the Executive Team.")
    widths(cov, {"A": 28, "B": 70})

    summ = wb.create_sheet("Risk Summary")
    summ["A1"] = "Corporate risks – summary of scores"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["Risk Ref", "Risk Title", "Executive Lead", "Lead Committee",
                         "Previous Score", "Current Score", "Trend", "Target Score"])
    srows = [
        (1937, "Delivery of the 2025/26 financial plan", "Director of Finance",
         "Sustainable Resources Committee", 20, 20, "↔", 10),
        (1928, "Ambulance handover delays and ED overcrowding", "Director of Operations",
         "Quality, Safety and Experience Committee", 25, 20, "↓", 12),
        (1893, "RAAC at Withybush General Hospital", "Director of Strategy and Planning",
         "Health and Safety Committee", 16, 16, "↔", 8),
        (1855, "Registered nurse and medical workforce vacancies",
         "Director of Workforce and Organisational Development",
         "People, Organisational Development and Culture Committee", 16, 12, "↓", 8),
    ]
    for r, vals in enumerate(srows, start=4):
        for c, v in enumerate(vals, start=1):
            cell = put(summ, r, c, v)
            if c in (5, 6, 8):
                cell.fill = fill(RED if v >= 15 else AMBER)
    widths(summ, {"A": 10, "B": 46, "C": 34, "D": 36, "E": 10, "F": 10, "G": 8, "H": 10})

    ws = wb.create_sheet("Further Actions")
    ws["A1"] = "Corporate Risk Register – further actions necessary to address gaps in controls"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 30 September 2025"
    header_row(ws, 4, ["Action Ref", "Further action necessary to address the controls gaps",
                       "By Who", "By When", "Revised By When",
                       "Progress Update on Planned Action", "Status"])
    data = [
        ("Risk 1937: Risk that the Health Board will not deliver its 2025/26 financial plan", [
            ("1937a", "Implement the Financial Recovery Plan workstreams, with monthly reporting of "
             "savings delivery to the Sustainable Resources Committee",
             "Director of Finance", D(2026, 3, 31), None,
             "Month 5 savings of £14.2m delivered against a plan of £16.0m; shortfall being "
             "addressed through additional grip and control schemes.", AMBER),
            ("1937b", "Complete the review of variable pay (agency and bank) controls across all "
             "directorates",
             "Deputy Director of Operational Finance / Director of Workforce and Organisational "
             "Development", D(2025, 9, 30), D(2025, 11, 30),
             "Review delayed pending appointment to the Head of Temporary Staffing post; revised "
             "date agreed by Executive Team.", RED),
        ]),
        ("Risk 1928: Risk of harm to patients due to delays in ambulance handover and Emergency "
         "Department overcrowding", [
            ("1928a", "Extend the Same Day Emergency Care (SDEC) service at Glangwili General "
             "Hospital to operate 7 days a week",
             "Director of Operations", "Q4 2025/26", None,
             "Weekend medical rota agreed; recruitment to two SDEC nurse practitioner posts "
             "under way.", GREEN),
            ("1928b", "Embed the 'Release to Respond' ambulance handover protocol across all four "
             "acute sites",
             "Director of Operations; Director of Nursing, Quality and Patient Experience",
             D(2025, 12, 31), None,
             "Live at Glangwili and Withybush; Bronglais and Prince Philip go-live planned for "
             "November 2025.", AMBER),
            ("1928c", "Review the Emergency Department escalation policy and OPEL triggers",
             "Head of Patient Flow", D(2025, 8, 31), None,
             "Revised policy approved by the Operational Quality, Safety and Experience "
             "Sub-Committee on 26/08/2025.", BLUE),
        ]),
        ("Risk 1893: Risk to patient and staff safety from Reinforced Autoclaved Aerated "
         "Concrete (RAAC) at Withybush General Hospital", [
            ("1893a", "Complete the RAAC remediation works to the theatres and ward block at "
             "Withybush General Hospital",
             "Assistant Director of Estates", "June 2026", None,
             "Phase 2 works on programme; decant of Ward 9 completed in September 2025.", GREEN),
            ("1893b", "Undertake structural surveys of all RAAC planks not yet remediated",
             "Head of Estates Compliance", "Monthly", None,
             "Surveys completed July, August and September 2025 with no deterioration "
             "identified.", GREEN),
        ]),
        ("Risk 1855: Risk of being unable to maintain safe staffing levels due to registered "
         "nurse and medical vacancies", [
            ("1855a", "Deliver the 2025/26 international nurse recruitment cohort of 60 "
             "registrants",
             "Director of Nursing, Quality and Patient Experience", D(2026, 2, 28), None,
             "38 registrants in post, 14 awaiting NMC registration.", GREEN),
            ("1855b", "Implement electronic job planning for all consultant and SAS doctors",
             "Medical Director / Assistant Director of Workforce", D(2025, 7, 31),
             D(2026, 3, 31),
             "Job planning round delayed by system upgrade; 64% of job plans signed off.", RED),
        ]),
    ]
    r = 5
    for band, actions in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = put(ws, r, 1, band, bold=True, bg=GREY)
        r += 1
        for ref, act, who, when, rev, prog, col in actions:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, who)
            put(ws, r, 4, when, fmt="dd/mm/yyyy" if isinstance(when, dt.datetime) else None)
            put(ws, r, 5, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, r, 6, prog)
            put(ws, r, 7, None, bg=col)
            r += 1
    widths(ws, {"A": 10, "B": 55, "C": 34, "D": 13, "E": 13, "F": 55, "G": 9})
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "si-hywel-dda-uhb-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. NHS Ayrshire & Arran annual audit report 2024/25 action plan (xlsx)
# ---------------------------------------------------------------------------
def ayrshire_arran():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024-25 Action Plan"
    ws["A1"] = "NHS Ayrshire & Arran – Annual Audit Report 2024/25: Action Plan Progress Update"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 17 November 2025"
    ws["A3"] = ("Agreed management actions from Appendix 1 of the external auditor’s 2024/25 "
                "Annual Audit Report, with progress at 31 October 2025.")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Ref", "Area", "Issue/risk", "Recommendation",
                       "Agreed management action", "Responsible officer", "Agreed date",
                       "Revised date", "Progress at 31 October 2025", "RAG"])
    recs = [
        ("Financial sustainability",
         "The Board reported a deficit of £22.9 million in 2024/25 and required brokerage from "
         "the Scottish Government to break even. The medium-term financial plan does not yet "
         "show a return to recurring balance.",
         "The Board should develop a medium-term financial plan that sets out how it will "
         "return to financial balance without reliance on Scottish Government brokerage.",
         [("1.1", "Refresh the Medium Term Financial Plan 2025/26 to 2027/28, including scenario "
           "modelling, and present it to the Performance Governance Committee.",
           "Director of Finance", "31 December 2025", None,
           "Draft scenarios presented to the Corporate Management Team in October 2025.", "G"),
          ("1.2", "Develop a three-year programme of value and sustainability schemes with "
           "named executive leads and delivery milestones.",
           "Director of Finance / Chief Operating Officer", "March 2026", None,
           "Programme structure agreed; identified schemes currently cover 61% of the "
           "recurring gap.", "A")]),
        ("Governance and transparency",
         "Not all standing committees of the Board carried out a self-assessment of their "
         "effectiveness during 2024/25.",
         "The Board should ensure that all standing committees complete an annual "
         "self-assessment of their effectiveness.",
         [("2.1", "Introduce a standard self-assessment questionnaire for all governance "
           "committees and report the results in each committee's annual report.",
           "Board Secretary", "30 June 2025", "30 September 2025",
           "Questionnaire issued to all committees; results included in the 2024/25 committee "
           "annual reports.", "B")]),
        ("Financial management",
         "Our testing identified two changes to supplier bank details that had not been "
         "independently verified with the supplier before payment.",
         "Management should strengthen controls over changes to supplier bank details to "
         "reduce the risk of mandate fraud.",
         [("3.1", "Introduce mandatory call-back verification to a known supplier contact for "
           "every bank detail change request, with evidence retained on file.",
           "Head of Financial Services", "Immediate", None,
           "Procedure in place from 1 July 2025; compliance checked through quarterly sample "
           "testing.", "B")]),
        ("Value for money",
         "Performance reports to the Board show performance against waiting times standards "
         "but do not show planned trajectories or the expected impact of recovery actions.",
         "The Board should improve performance reporting on waiting times to include "
         "trajectories and the impact of recovery actions.",
         [("4.1", "Revise the Integrated Performance Report to show planned trajectories "
           "against actual performance for each waiting times standard.",
           "Head of Performance", D(2025, 10, 31), D(2026, 1, 31),
           "Revised format agreed with the Chair of the Performance Governance Committee; first "
           "report due January 2026.", "A"),
          ("4.2", "Include a summary of recovery actions and their impact in each quarterly "
           "performance report to the NHS Board.",
           "Chief Operating Officer", "Q3 2025/26", None, "Template drafted.", "G")]),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    r = 6
    for area, issue, rec, acts in recs:
        first = r
        for ref, act, who, when, rev, prog, rag in acts:
            put(ws, r, 1, ref)
            put(ws, r, 5, act)
            put(ws, r, 6, who)
            put(ws, r, 7, when, fmt="dd/mm/yyyy" if isinstance(when, dt.datetime) else None)
            put(ws, r, 8, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, r, 9, prog)
            c = put(ws, r, 10, rag, bold=True, bg=rag_fill[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        put(ws, first, 2, area, bold=True)
        put(ws, first, 3, issue)
        put(ws, first, 4, rec)
        if r - first > 1:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value=("RAG: B = complete; G = on track; A = some slippage against "
                                    "agreed date; R = significant delay"))
    r += 1
    ws.cell(row=r, column=1, value=("Summary: 6 actions – Complete 2; On track 2; Some "
                                    "slippage 2; Significant delay 0"))
    widths(ws, {"A": 6, "B": 18, "C": 40, "D": 40, "E": 45, "F": 24, "G": 16, "H": 16,
                "I": 45, "J": 6})

    pf = wb.create_sheet("Prior Year Follow-up")
    pf["A1"] = "Follow-up of prior year (2023/24) recommendations"
    pf["A1"].font = Font(bold=True, size=12)
    header_row(pf, 3, ["Ref", "Area", "Recommendation", "Agreed management action",
                       "Responsible officer", "Original date", "Revised date",
                       "Auditor's assessment / update", "RAG"])
    prior = [
        ("b/f 1", "Workforce",
         "The Board should strengthen controls over the use of supplementary staffing, "
         "including agency shifts above national framework rates.",
         "Complete the review of supplementary staffing controls, including authorisation of "
         "agency shifts above framework rates.",
         "Director of People", "31 March 2025", "31 December 2025",
         "Partly implemented. Off-framework agency use reduced; revised authorisation policy "
         "awaiting approval.", "A"),
        ("b/f 2", "Governance",
         "The Standing Financial Instructions and Scheme of Delegation should be updated to "
         "reflect the revised management structure.",
         "Update the Standing Financial Instructions and Scheme of Delegation and submit them to "
         "the NHS Board for approval.",
         "Board Secretary / Director of Finance", "30 September 2024", None,
         "Implemented. Approved by the NHS Board on 2 December 2024.", "B"),
        ("b/f 3", "Digital",
         "The Board should develop a costed delivery plan for its Digital Strategy.",
         "Develop a Digital Strategy delivery plan with costed milestones and report progress to "
         "the Information Governance Committee.",
         "Director of Transformation and Sustainability", "31 March 2025", "30 June 2026",
         "Not yet implemented. Delivery plan delayed pending national Digital Health and Care "
         "funding decisions.", "R"),
    ]
    for i, row in enumerate(prior, start=4):
        for c, v in enumerate(row, start=1):
            cell = put(pf, i, c, v)
            if c == 9:
                cell.fill = fill(rag_fill[v])
                cell.font = Font(bold=True)
    widths(pf, {"A": 7, "B": 14, "C": 42, "D": 45, "E": 28, "F": 16, "G": 16, "H": 45,
                "I": 6})
    wb.save(os.path.join(HERE, "si-nhs-ayrshire-and-arran-annual-audit-report-2024-25-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Ysgol Bryn Alyn Estyn PIAP - with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def bryn_alyn():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Ysgol Bryn Alyn – Post-Inspection Action Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Following the Estyn core inspection in May 2025 (report published July 2025)"
    s["A3"] = ("Approved by the Governing Body: 24 September 2025 · Supported by the Wrexham "
               "County Borough Council School Improvement Team")
    header_row(s, 5, ["Rec", "Estyn recommendation", "SLT lead", "Link governor",
                      "Overall RAG (Dec 2025)"])
    recs = [
        ("R1", "Strengthen the quality of teaching so that all pupils are suitably challenged",
         "Deputy Headteacher (Teaching and Learning)", "Mr G. Roberts", "Green"),
        ("R2", "Improve attendance, particularly for pupils eligible for free school meals",
         "Assistant Headteacher (Wellbeing)", "Mrs S. Evans", "Amber"),
        ("R3", "Sharpen self-evaluation and improvement planning so that they focus clearly on "
         "the impact of provision on pupils' learning", "Headteacher", "Dr H. Price", "Green"),
    ]
    for i, row in enumerate(recs, start=6):
        for c, v in enumerate(row, start=1):
            put(s, i, c, v)
    s["A10"] = "RAG key: Green – on track; Amber – some slippage; Red – not on track; Blue – completed"
    widths(s, {"A": 6, "B": 70, "C": 38, "D": 18, "E": 14})

    hdr = ["No.", "Action", "Success criteria", "Lead", "Resources / cost", "Timescale",
           "Monitoring (who / when)", "RAG"]
    sheets = [
        ("R1", recs[0][1], [
            ("1.1", "Deliver a programme of professional learning on adaptive teaching and "
             "questioning for all teaching staff",
             "Lesson visits show appropriate challenge in at least 80% of lessons",
             "Deputy Headteacher (Teaching and Learning)", "4 INSET sessions; WCBC adviser time",
             "Sept 2025 – Feb 2026", "SLT learning walks each half-term", "Green"),
            ("1.2", "Introduce half-termly learning walks and book looks focused on challenge for "
             "more able pupils",
             "Findings show more able pupils completing extended, demanding tasks",
             "SLT / Heads of Faculty", "Directed time", "Autumn term 2025",
             "Headteacher report to governors each term", "Green"),
            ("1.3", "Establish triads of teachers to share effective practice through peer "
             "observation",
             "All teachers take part in at least two peer observations",
             "Lead Practitioner", "Cover for 30 periods", "Jan 2026 – Jul 2026",
             "Deputy Headteacher, termly", "Not started"),
        ]),
        ("R2", recs[1][1], [
            ("2.1", "Appoint a Family Engagement Officer to work with families of pupils with "
             "persistent absence",
             "Officer in post; contact made with all families of persistently absent pupils",
             "Assistant Headteacher (Wellbeing)", "Grant-funded post (PDG)", "October 2025",
             "Attendance governor, half-termly", "Blue"),
            ("2.2", "Introduce weekly attendance panels for each year group to agree targeted "
             "support for pupils below 90% attendance",
             "Attendance of eFSM pupils improves by 3 percentage points",
             "Heads of Year / Attendance Officer", "Directed time", "Janaury 2026",
             "Assistant Headteacher, weekly", "Amber"),
            ("2.3", "Review the school's rewards policy to recognise improved attendance",
             "Revised policy approved by governors", "Assistant Headteacher (Wellbeing)",
             "£1,500 rewards budget", "Spring term 2026", "Pupil voice survey", "Not started"),
        ]),
        ("R3", recs[2][1], [
            ("3.1", "Revise the self-evaluation calendar so that first-hand evidence from lessons "
             "and pupils' work is gathered termly",
             "Calendar in use by all leaders", "Headteacher", "None", "Sept 2025",
             "Governing Body, Autumn term", "Blue"),
            ("3.2", "Train middle leaders in evaluating the impact of provision on pupils' "
             "progress",
             "Department self-evaluation reports focus on impact on learning",
             "Headteacher / WCBC School Improvement Adviser", "2 twilight sessions", "Dec-25",
             "Link governor, termly", "Green"),
        ]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE, "Not started": None}
    for name, title, rows in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = f"{name}: {title}"
        ws["A1"].font = Font(bold=True, size=12)
        header_row(ws, 3, hdr)
        for i, row in enumerate(rows, start=4):
            for c, v in enumerate(row, start=1):
                put(ws, i, c, v, bg=rag_fill[v] if c == 8 else None)
        widths(ws, {"A": 5, "B": 50, "C": 40, "D": 30, "E": 24, "F": 20, "G": 28, "H": 12})
    wb.save(os.path.join(HERE, "si-ysgol-bryn-alyn-estyn-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def table(doc, header, rows, head_bg="1F4E79", widths_=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, head_bg)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


# ---------------------------------------------------------------------------
# 4. Ashfield Girls' High School ETI action plan (docx)
# ---------------------------------------------------------------------------
def ashfield():
    Q = "\u2019"
    doc = Document()
    doc.add_paragraph(f"Ashfield Girls{Q} High School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Response to the Education and Training Inspectorate (ETI) inspection "
                      "report published November 2024")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"),
                 ("Date approved by Board of Governors", "22 January 2025"),
                 ("Review date", "June 2025"),
                 ("Prepared by", "Senior Leadership Team")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The ETI inspected the school in October 2024. The report identified three areas for "
        "improvement. This plan sets out the actions the school will take, who is responsible, "
        "and how the Board of Governors will monitor progress. Progress is reported to the "
        "Board each term.")
    hdr = ["Ref", "Action", "Person(s) responsible", "Success criteria", "Timescale", "Status"]
    sections = [
        (f"Area for Improvement 1: Using data to track pupils{Q} progress and target support at "
         "Key Stage 4",
         f"The ETI reported that while the school holds a wide range of data, it is not used "
         f"consistently to identify and support pupils who are not making the expected progress "
         f"in Years 11 and 12.",
         [("1.1", f"Introduce a whole-school tracking system to record Key Stage 4 pupils{Q} "
           "working-at and predicted grades each half-term.",
           "Vice-Principal (Curriculum)", "Tracking data available to all staff for every "
           "Key Stage 4 class", "Spring term 2025", "Green"),
          ("1.2", "Provide training for heads of department on analysing tracking data and "
           "planning targeted intervention.",
           "Vice-Principal (Curriculum) / Data Manager", "All heads of department trained; "
           "intervention lists in place", "February 2025", "Complete"),
          ("1.3", "Establish a mentoring programme for Year 12 pupils identified as at risk of "
           "underachieving in English and mathematics.",
           "Head of Year 12; Head of Mathematics; Head of English",
           "Mentored pupils achieve their target grades", "September 2025", "Not started")]),
        ("Area for Improvement 2: Improving the consistency of learning and teaching in "
         "mathematics",
         "The ETI found that the quality of learning and teaching in mathematics varied too "
         "much across classes, particularly at Key Stage 3.",
         [("2.1", "Carry out a programme of paired lesson observations in mathematics, focused "
           f"on questioning and pupils{Q} independent problem-solving.",
           "Head of Mathematics / Numeracy Co-ordinator",
           "Observation records show consistently good practice", "Autumn term 2025", "Green"),
          ("2.2", "Develop a shared bank of differentiated resources for Key Stage 3 mathematics, "
           "drawing on practice observed in partner schools through the Area Learning "
           "Community.", "Head of Mathematics", "Resource bank used by all mathematics staff",
           "June 2025", "Amber"),
          ("2.3", "Revise the mathematics scheme of work for Years 8 to 10:\n"
           "• include regular low-stakes retrieval practice;\n"
           "• build in planned opportunities to apply numeracy across the curriculum.",
           "Head of Mathematics", "Revised scheme of work in use from September 2025",
           "By end of August 2025", "Green")]),
        (f"Area for Improvement 3: Strengthening the role of governors in monitoring and "
         f"evaluating the school{Q}s improvement work",
         "The ETI reported that governors are supportive but do not yet have enough first-hand "
         "information to challenge the school on the impact of its improvement work.",
         [("3.1", f"Establish a Governors{Q} Standards Sub-Committee to receive termly reports on "
           "progress against this action plan.",
           "Chair of the Board of Governors", "Sub-committee meets each term; minutes reported "
           "to the full Board", "March 2025", "Complete"),
          ("3.2", "Arrange Education Authority governor training for all governors on the use of "
           "school performance data.",
           "Principal", "All governors complete training", "Ongoing", "Green")]),
    ]
    for heading, finding, rows in sections:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run("ETI finding: ")
        r.bold = True
        p.add_run(finding)
        t = table(doc, hdr, rows)
        colours = {"Green": "92D050", "Amber": "FFC000", "Complete": "8DB4E2"}
        for row in t.rows[1:]:
            st = row.cells[5].text
            if st in colours:
                shade(row.cells[5], colours[st])
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Green – on track; Amber – some slippage, action being taken; "
                      "Red – significant concern; Complete – action completed; Not started – "
                      "not yet due to begin.")
    doc.add_heading("Approval", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("", "Signed", "Date"), ("Principal", "", ""),
                ("Chair of the Board of Governors", "", "")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, bold=(i == 0 or row[0] == ""))
    doc.save(os.path.join(HERE, "si-ashfield-girls-high-school-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. East Lothian HSCP Crookston Care Home - Care Inspectorate plan (docx)
# ---------------------------------------------------------------------------
def crookston():
    Q = "\u2019"
    LQ = "\u2018"
    doc = Document()
    doc.add_paragraph("Crookston Care Home – Improvement Plan following Care Inspectorate "
                      "Inspection", style="Title")
    doc.add_paragraph("East Lothian Health and Social Care Partnership (East Lothian Council)")
    doc.add_paragraph("Unannounced inspection: 12–14 November 2024 · Report published: "
                      "20 December 2024")
    doc.add_heading("Service details and grades", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "Crookston Care Home, Tranent"),
                 ("Care service number", "CS2003010712"),
                 ("Registered manager", "Care Home Manager"),
                 ("Plan owner", "Service Manager – Adult Residential Services")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    table(doc, ["Key question", "Grade"], [
        (f"1. How well do we support people{Q}s wellbeing?", "3 – Adequate"),
        ("2. How good is our leadership?", "3 – Adequate"),
        ("3. How good is our staff team?", "4 – Good"),
        ("4. How good is our setting?", "4 – Good"),
        ("5. How well is our care and support planned?", "3 – Adequate"),
    ], head_bg="4F6228")
    doc.add_paragraph("")
    hdr = ["No.", "Action to be taken", "Lead", "Target date", "Status"]
    blocks = [
        (f"Key question 1: How well do we support people{Q}s wellbeing?", [
            ("Requirement 1: By 28 February 2025, the provider must ensure that people receive "
             "their medication safely and as prescribed.", [
                ("R1.1", "Complete a full audit of medication administration records (MAR) for all "
                 "residents and address any gaps identified.",
                 "Depute Care Home Manager", "31/01/2025", "Complete"),
                ("R1.2", "All senior carers to complete a medication competency reassessment with "
                 "the Care Home Pharmacist.\nCompetency checks to be repeated every six months.",
                 "Care Home Manager; Care Home Pharmacist", "28.02.25", "Complete"),
                ("R1.3", f"Introduce weekly PRN ({LQ}as required{Q}) medication audits, with "
                 "findings reported at the monthly clinical governance meeting.",
                 "Team Leader (Nights) / Depute Care Home Manager", "Weekly – ongoing",
                 "On track"),
            ]),
            (f"Area for improvement 1: To support people{Q}s wellbeing, the provider should "
             "ensure that people have regular opportunities to take part in meaningful "
             "activities that reflect their interests.", [
                ("A1.1", "Recruit a second Activities Co-ordinator so that activities are "
                 "available seven days a week.", "Care Home Manager", "April 2025", "On track"),
                ("A1.2", f"Complete a {LQ}What matters to me{Q} profile with each resident and "
                 "their family and use it to plan individual activities.",
                 "Keyworkers", "31/03/2025", "Amber"),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2: By 31 March 2025, the provider must implement an effective quality "
             "assurance system that identifies and addresses areas for improvement.", [
                ("R2.1", "Develop a quality assurance calendar covering care plans, medication, "
                 "infection prevention and control, and the environment.",
                 "Care Home Manager", "31/01/2025", "Complete"),
                ("R2.2", "Introduce a monthly service improvement meeting, chaired by the Service "
                 "Manager, to review audit findings and track actions.",
                 "Service Manager – Adult Residential Services", "February 2025", "Complete"),
            ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Area for improvement 2: The provider should ensure that personal plans are reviewed "
             "at least every six months with the person and their representatives, and that "
             "reviews are recorded.", [
                ("A2.1", "Set up a six-monthly review schedule for all residents and send "
                 "invitations to families at least four weeks in advance.",
                 "Depute Care Home Manager", "TBC", "Not started"),
            ]),
        ]),
    ]
    colours = {"Complete": "8DB4E2", "On track": "92D050", "Amber": "FFC000"}
    for kq, items in blocks:
        doc.add_heading(kq, level=1)
        for req, rows in items:
            p = doc.add_paragraph()
            p.add_run(req).bold = True
            t = table(doc, hdr, rows, head_bg="4F6228")
            for row in t.rows[1:]:
                st = row.cells[4].text
                if st in colours:
                    shade(row.cells[4], colours[st])
            doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete; On track; Amber – at risk of delay; Red – not on "
                      "track; Not started.")
    doc.add_paragraph("This plan is reviewed monthly by the Care Home Manager and Service Manager "
                      "and reported to the Clinical and Care Governance Group.")
    doc.save(os.path.join(HERE, "si-east-lothian-hscp-crookston-care-home-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Causeway Coast and Glens BC performance improvement plan Q2 (csv)
# ---------------------------------------------------------------------------
def causeway():
    rows = [
        ["Causeway Coast and Glens Borough Council – Performance Improvement Plan 2025/26",
         "", "", "", "", "", "", ""],
        ["Quarter 2 Progress Report (April – September 2025)", "", "", "", "", "", "", ""],
        ["Presented to Corporate Policy and Resources Committee, 25 November 2025",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Improvement Objective / Action", "Statutory aspect(s)", "Lead Officer",
         "Target Date", "Revised Target Date", "Q2 Progress", "RAG"],
        ["IO1", "Improvement Objective 1: We will increase the amount of household waste that is "
         "recycled and composted", "Sustainability; Service quality", "", "", "", "", ""],
        ["1.1", "Roll out the kerbside glass collection service to a further 8,000 households in "
         "the Limavady and Ballymoney areas", "Sustainability", "Head of Environmental Services",
         "31/12/2025", "", "5,200 households added by end of Q2; remaining rounds scheduled for "
         "October–November.", "Green"],
        ["1.2", "Deliver a waste education programme in 30 primary schools in partnership with "
         "Keep Northern Ireland Beautiful", "Sustainability", "Recycling Officer", "Jun-26", "",
         "11 schools visited.", "Green"],
        ["1.3", "Complete the procurement of a new contract for the treatment of residual waste",
         "Efficiency", "Director of Environmental Services", "30/09/2025", "31/01/2026",
         "Tender evaluation completed.\nAward report to be considered by Environmental Services "
         "Committee in January 2026.", "Amber"],
        ["IO2", "Improvement Objective 2: We will improve the efficiency of our planning service "
         "by reducing processing times for local applications", "Efficiency; Service quality",
         "", "", "", "", ""],
        ["2.1", "Introduce a validation checklist for all planning applications to reduce the "
         "number of invalid submissions", "Service quality", "Head of Planning", "30/06/2025", "",
         "Checklist live on the NI Planning Portal from 2 June 2025.", "Complete"],
        ["2.2", "Reduce the average processing time for local planning applications to 15 weeks",
         "Efficiency", "Head of Planning", "Mar-26", "",
         "Average processing time 17.4 weeks at end of Q2 (Q1: 19.1 weeks).", "Amber"],
        ["IO3", "Improvement Objective 3: We will support more residents to be physically active "
         "through our leisure facilities and programmes", "Fairness; Service availability",
         "", "", "", "", ""],
        ["3.1", "Launch a concessionary leisure membership scheme for residents in receipt of "
         "means-tested benefits", "Fairness", "Head of Sport and Wellbeing", "September 2025", "",
         "Scheme launched 1 September 2025; 412 members signed up.", "Complete"],
        ["3.2", "Deliver 'Everybody Active' programmes in each of the seven District Electoral "
         "Areas, targeting women and girls and people with a disability",
         "Service availability", "Sports Development Manager / Community Development Officer",
         "Q4 2025/26", "", "Programmes running in five DEAs.", "Green"],
        ["IO4", "Improvement Objective 4: We will make it easier for customers to access Council "
         "services online", "Innovation; Service availability", "", "", "", "", ""],
        ["4.1", "Launch an online booking and payment system for bulky waste collections",
         "Innovation", "Head of Digital Services", "Nov-25", "Feb-26",
         "Supplier integration issues; go-live moved.", "Red"],
        ["4.2", "Publish a Customer Services Charter with service standards for telephone and "
         "online enquiries", "Service quality", "Corporate Policy Manager", "TBC", "",
         "Timescale to be agreed following the Council's customer services review.", ""],
        ["", "", "", "", "", "", "", ""],
        ["Summary of Q2 position", "", "", "", "", "", "", ""],
        ["RAG", "Number of actions", "", "", "", "", "", ""],
        ["Complete", "2", "", "", "", "", "", ""],
        ["Green", "3", "", "", "", "", "", ""],
        ["Amber", "2", "", "", "", "", "", ""],
        ["Red", "1", "", "", "", "", "", ""],
        ["Not rated", "1", "", "", "", "", "", ""],
        ["Total", "9", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Green – on track; Amber – minor slippage; Red – significant slippage; "
         "Complete – action completed", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(os.path.join(HERE, "si-causeway-coast-and-glens-bc-performance-improvement-plan-2025-26.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. North Wales Police / PCC Joint Audit Committee action log (tab-separated txt)
# ---------------------------------------------------------------------------
def nwp():
    T = "\t"
    lines = [
        "North Wales Police and Police and Crime Commissioner – Joint Audit Committee Action Log",
        "Updated for the meeting on 18 September 2025",
        "",
        "Status key: Complete = action closed / Green = on track / Amber = at risk / Red = overdue",
        "",
        T.join(["Action No.", "Minute Ref", "Action", "Owner", "Due Date", "Status", "Update"]),
        "Meeting held 20 March 2025",
        T.join(["JAC25/01", "112", "Circulate the updated Treasury Management Strategy 2025/26 to "
                "members before approval by the Commissioner", "Chief Finance Officer (OPCC)",
                "31/03/2025", "Complete", "Circulated by email 27 March 2025."]),
        T.join(["JAC25/02", "115", "Provide a briefing on the force's response to the HMICFRS PEEL "
                "areas for improvement, including timescales for closure",
                "Head of Corporate Services", "June 2025", "Complete",
                "Briefing given at the June meeting."]),
        T.join(["JAC25/03", "118c", "TIAA to include a follow-up review of fleet management "
                "controls in the 2025/26 internal audit plan", "TIAA", "Jun-25", "Complete",
                "Included in the approved 2025/26 plan (Q3)."]),
        "Meeting held 19 June 2025",
        T.join(["JAC25/04", "12", "Report the results of the cyber security penetration test, with "
                "the management response, to a private session of the Committee",
                "Head of ICT / Director of Finance and Resources", "Next meeting", "Green",
                "Scheduled for the private session on 18 September 2025."]),
        T.join(["JAC25/05", "14", "Review the risk scoring of the corporate risk on vetting "
                "backlogs and report the outcome to the Committee", "Deputy Chief Constable",
                "31/07/2025", "Red", "Overdue – review delayed by vacancy in the Vetting Unit."]),
        T.join(["", "", "", "", "", "", "Verbal update to be given under item 6."]),
        T.join(["JAC25/06", "17", "Audit Wales to share the national findings of its review of "
                "police estate strategies once published", "Audit Wales", "TBC", "Green",
                "Publication expected late 2025."]),
        "Meeting held 24 July 2025 (Statement of Accounts)",
        T.join(["JAC25/07", "24", "Provide a reconciliation of the movement in the pension "
                "liability between the draft and audited statement of accounts",
                "Head of Finance", "30/09/2025", "Green", "In preparation."]),
        T.join(["JAC25/08", "26", "Update the Joint Governance Framework to reflect the revised "
                "Scheme of Consent and circulate to members",
                "Chief Executive (OPCC); Director of Finance and Resources", "Dec-25", "Amber",
                "Drafting delayed by the Commissioner's review of delegations."]),
        "",
        "Closed actions are removed from the log once they have been reported as complete to one "
        "meeting.",
    ]
    with open(os.path.join(HERE, "si-north-wales-police-joint-audit-committee-action-log.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    hywel_dda()
    ayrshire_arran()
    bryn_alyn()
    ashfield()
    crookston()
    causeway()
    nwp()
    print("built 7 files in", HERE)
