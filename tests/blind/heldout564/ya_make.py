"""Build the seven `ya-` blind test files of set heldout564.

Run with:  /work/main/.venv/bin/python ya_make.py            (data files only)
           /work/main/.venv/bin/python ya_make.py --expected (also write NAME.expected.yaml)

Only files whose names start with `ya-` are written.
"""
import csv
import io
import os
import re
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

EXPECTED = {}  # file name -> dict for NAME.expected.yaml

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
HEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def put_row(ws, r, values, bold=False, fill=None, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = BOLD
        if fill is not None:
            cell.fill = fill
        if border:
            cell.border = BOX


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = parts[0]
    if bold:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for p in parts[1:]:
        para = cell.add_paragraph(p)
        if bold:
            for run in para.runs:
                run.bold = True


# =====================================================================
# 1. Newtown High School (Powys) - Estyn post-inspection action plan (xlsx)
# =====================================================================
def make_newtown():
    name = "ya-newtown-high-school-estyn-post-inspection-action-plan.xlsx"
    title = "Newtown High School – Post-Inspection Action Plan 2024-2025"
    R = {
        "R1": "R1: Strengthen leadership at all levels so that leaders evaluate the school's work accurately and secure improvement",
        "R2": "R2: Improve the quality of teaching and assessment so that all pupils make consistently strong progress",
        "R3": "R3: Improve attendance, particularly that of pupils eligible for free school meals",
        "R4": "R4: Address the site security issue raised during the inspection",
    }
    # ref, action, success criteria, lead, resources, timescale, revised, monitoring, prev, curr
    rows = {
        "R1": [
            ("1.1", "Restructure the senior leadership team so that each member has clear line-management responsibility for a group of departments, with written role profiles.",
             "All SLT role profiles agreed by governors; every department has a named SLT line manager.", "Headteacher", "Governor time", "September 2024", None,
             "Governing body – Autumn 1", "blue", "blue"),
            ("1.2", "Introduce a termly cycle of self-evaluation activities (lesson visits, book looks, pupil voice) for all middle leaders, with findings recorded on a common template.",
             "Self-evaluation reports from all departments each term; findings feed into department improvement plans.",
             "Deputy Headteacher (Standards) / Assistant Headteacher (Self-evaluation)", "Release time 2 days per term", "Autumn term 2024", None,
             "SLT / Standards committee – termly", "green", "blue"),
            ("1.3", "Provide a programme of coaching for middle leaders through the Powys middle leadership programme\nand pair each new head of department with an experienced mentor.",
             "All middle leaders complete the programme; mentor logs show fortnightly meetings.", "Mr D Pryce / Mrs H Evans", "£2,400 (PDG/professional learning grant)",
             "Sept 2024 – July 2025", None, "Headteacher – half-termly", "green", "amber"),
            ("1.4", "Governing body to establish a standards committee which receives half-termly reports on progress against this plan.",
             "Committee minutes show challenge and follow-up of PIAP actions.", "Chair of Governors", "Clerk to governors", "Half-termly", None,
             "Full governing body – termly", "green", "green"),
        ],
        "R2": [
            ("2.1", "Agree and implement a whole-school teaching and learning policy focused on questioning, challenge and feedback.",
             "Policy approved; learning walks show consistent use of agreed strategies in at least 80% of lessons.",
             "Deputy Headteacher (Teaching & Learning)", "INSET day 1", "Spring term 2024", None, "SLT – monthly", "blue", "blue"),
            ("2.2", "Deliver weekly INSET twilight sessions on adaptive teaching, led by the school's lead practitioners.",
             "Attendance records; staff survey shows increased confidence; improved lesson visit outcomes.",
             "Lead Practitioners (T&L)", "Directed time budget", "Ongoing", None, "Deputy Headteacher – half-termly", "green", "green"),
            ("2.3", "Review the assessment and tracking system so that teachers in all subjects record progress against the same milestones each term.",
             "Single tracking system in use by all departments; data drops completed on time.",
             "Assistant Headteacher (Data)", "SIMS support (LA)", "31/10/2024", "28/02/2025", "SLT – termly", "amber", "red"),
            ("2.4", "Carry out joint lesson observations with the Powys School Improvement Adviser each half term and report findings to the standards committee.",
             "Joint observation notes agree judgements; report to each standards committee meeting.",
             "Headteacher / School Improvement Adviser", "LA adviser days", "Summer term 2025", None, "Powys LA – half-termly", "green", "green"),
        ],
        "R3": [
            ("3.1", "Appoint an attendance and engagement officer and introduce daily first-day calling for all absences.",
             "Officer in post; first-day calls logged for 100% of absences.", "Business Manager / Pastoral Lead", "£24,000 (EIG)", "April 2024", None,
             "SLT – weekly", "blue", "blue"),
            ("3.2", "Work with the Education Welfare Service to put individual attendance support plans in place for all pupils eligible for free school meals whose attendance is below 90%.",
             "Plans in place for all identified pupils; eFSM attendance improves by 3 percentage points.", "Pastoral Lead", "EWO time",
             "End of Summer term 2024", None, "Standards committee – half-termly", "green", "blue"),
            ("3.3", "Launch a rewards scheme for full and improving attendance, with termly celebration events for each year group.",
             "Scheme launched; pupil voice shows awareness; persistent absence reduces.", "Heads of Year", "£1,500", "Termly", None,
             "Pastoral Lead – termly", "green", "amber"),
        ],
        "R4": [
            ("4.1", "Install secure fencing and a single controlled entrance to the lower site, as agreed with the local authority.",
             "Works completed and signed off by the LA health and safety officer.", "Powys CC Property Services / Business Manager",
             "LA capital budget", "August 2024", None, "Governing body – termly", "amber", "blue"),
        ],
    }
    expected_reading = {
        "1.1": (["Headteacher"], "2024-09", None),
        "1.2": (["Deputy Headteacher (Standards)", "Assistant Headteacher (Self-evaluation)"], "2024-12", None),
        "1.3": (["Mr D Pryce", "Mrs H Evans"], "2025-07", None),
        "1.4": (["Chair of Governors"], None, "Half-termly"),
        "2.1": (["Deputy Headteacher (Teaching & Learning)"], "2024-03", None),
        "2.2": (["Lead Practitioners (T&L)"], None, "Ongoing"),
        "2.3": (["Assistant Headteacher (Data)"], "2025-02", None),
        "2.4": (["Headteacher", "School Improvement Adviser"], "2025-07", None),
        "3.1": (["Business Manager", "Pastoral Lead"], "2024-04", None),
        "3.2": (["Pastoral Lead"], "2024-07", None),
        "3.3": (["Heads of Year"], None, "Termly"),
        "4.1": (["Powys CC Property Services", "Business Manager"], "2024-08", None),
    }

    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Ysgol Uwchradd y Drenewydd – Cynllun Gweithredu ar ôl Arolygiad"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Estyn core inspection:"
    cov["B4"] = "6–9 November 2023"
    cov["A5"] = "Follow-up category:"
    cov["B5"] = "Significant improvement"
    cov["A6"] = "Local authority:"
    cov["B6"] = "Powys County Council"
    cov["A7"] = "Plan approved by governing body:"
    cov["B7"] = "06/02/2024"
    for r in range(4, 8):
        cov.cell(row=r, column=1).font = BOLD
    cov["A9"] = "Document control"
    cov["A9"].font = Font(bold=True, size=12)
    put_row(cov, 10, ["Version", "Date", "Author", "Comment"], bold=True, fill=FILL["grey"])
    dc = [
        ("0.1", "15/01/2024", "Headteacher", "First draft for SLT"),
        ("1.0", "06/02/2024", "Headteacher", "Approved by governing body; submitted to Estyn"),
        ("1.1", "11/11/2024", "Deputy Headteacher (Standards)", "Autumn 2024 progress review"),
        ("2.0", "24/03/2025", "Deputy Headteacher (Standards)", "Spring 2025 progress review; revised date for 2.3"),
    ]
    for i, row in enumerate(dc):
        put_row(cov, 11 + i, list(row))
    cov["A17"] = "RAG key (cells on the PIAP sheet are shaded)"
    cov["A17"].font = Font(bold=True, size=12)
    key = [("blue", "Completed – action finished and impact evidenced"),
           ("green", "On track"),
           ("amber", "Some slippage – action needed"),
           ("red", "Not on track / significant concern")]
    for i, (col, txt) in enumerate(key):
        c = cov.cell(row=18 + i, column=1, value="")
        c.fill = FILL[col]
        c.border = BOX
        cov.cell(row=18 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 48

    recs = wb.create_sheet("Recommendations")
    recs["A1"] = "Estyn recommendations (inspection report published 12 January 2024)"
    recs["A1"].font = Font(bold=True, size=12)
    put_row(recs, 3, ["No.", "Recommendation"], bold=True, fill=FILL["grey"])
    for i, k in enumerate(["R1", "R2", "R3", "R4"]):
        put_row(recs, 4 + i, [k, R[k].split(": ", 1)[1]])
    recs["A9"] = "The governing body and local authority must prepare a post-inspection action plan to show how the school will address the recommendations."
    recs.column_dimensions["A"].width = 8
    recs.column_dimensions["B"].width = 110

    ws = wb.create_sheet("PIAP")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress review: Spring term 2025 (updated 24 March 2025)"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Actions", "Success criteria", "Lead", "Resources / cost", "Timescale", "Revised timescale",
            "Monitoring (who / when)", "RAG Autumn 2024", "RAG Spring 2025"]
    put_row(ws, 4, head, bold=True, fill=FILL["pale"])
    r = 5
    actions = []
    for k in ["R1", "R2", "R3", "R4"]:
        ws.cell(row=r, column=1, value=R[k]).font = BOLD
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = FILL["grey"]
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, text, sc, lead, res, ts, rev, mon, prev, curr) in rows[k]:
            put_row(ws, r, [ref, text, sc, lead, res, ts, rev, mon, None, None])
            ws.cell(row=r, column=9).fill = FILL[prev]
            ws.cell(row=r, column=10).fill = FILL[curr]
            leads, end, et = expected_reading[ref]
            actions.append(act(ref, [R[k]], text, leads, end, curr, et))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings agreed at the standards committee on 20 March 2025. See Cover sheet for the key.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="RAG summary – Spring 2025").font = BOLD
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for a in actions:
        counts[a["status"]] += 1
    labels = [("blue", "Completed"), ("green", "On track"), ("amber", "Some slippage"), ("red", "Not on track")]
    for i, (col, lab) in enumerate(labels):
        ws.cell(row=r + 1 + i, column=1).fill = FILL[col]
        ws.cell(row=r + 1 + i, column=2, value=lab)
        ws.cell(row=r + 1 + i, column=3, value=counts[col])
    ws.cell(row=r + 5, column=2, value="Total actions").font = BOLD
    ws.cell(row=r + 5, column=3, value=len(actions)).font = BOLD
    widths = [7, 60, 45, 32, 22, 20, 16, 28, 12, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Welsh secondary school's Estyn post-inspection action plan (PIAP) of the kind a governing body and "
            "local authority (here Powys) submit after a school is placed in 'significant improvement' (Estyn 2022 framework "
            "with R1-R4 recommendations; Estyn follow-up guidance https://estyn.gov.wales/inspection-guidance-type/follow-up-en). "
            "No specific published plan; features copied from typical PIAP spreadsheets: cover sheet with bilingual subtitle, "
            "document-control table and fill-colour RAG key, a separate sheet listing the recommendations, merged grey "
            "recommendation rows over numbered actions, success criteria / resources / monitoring columns, original and revised "
            "timescale columns, previous (Autumn) and current (Spring) RAG columns shaded with no text, a notes line and a RAG "
            "summary block."
        ),
        "reads": (
            "A three-sheet workbook: a cover with document control and a colour key, a sheet that only restates Estyn's four "
            "recommendations, and the PIAP sheet where each recommendation (R1-R4, merged row) is followed by its numbered actions "
            "with leads, timescales (one revised), and two shaded RAG columns; the Spring 2025 column is the current status. "
            "Twelve actions; the note and RAG summary under the table are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# =====================================================================
# 2. Beeslack Community High School (Midlothian) - Education Scotland (docx)
# =====================================================================
def make_beeslack():
    name = "ya-beeslack-community-high-school-education-scotland-inspection-action-plan.docx"
    title = "Beeslack Community High School – Post-Inspection Action Plan 2024/25"
    areas = [
        ("1. Raising attainment and achievement",
         "Senior leaders should continue to develop the use of data with staff to raise attainment, particularly for young people who live in Scottish Index of Multiple Deprivation (SIMD) deciles 1 to 3.",
         [
             ("Build a tracking and monitoring calendar with four data points per session for S4–S6, shared with all faculties through the school's Power BI dashboard.",
              "DHT (Attainment)", "October 2024", "All faculties entering data at each point; dashboard used at faculty meetings.", "Complete",
              ["DHT (Attainment)"], "2024-10", None, "blue"),
             ("Hold attainment review meetings between each PT Curriculum and their SLT link after every data point, with agreed interventions for young people in SIMD 1–3.",
              "PTs Curriculum / SLT links", "Ongoing", "Intervention lists in place; gap in S4 National 5 passes narrows.", "On track",
              ["PTs Curriculum", "SLT links"], None, "Ongoing", "green"),
             ("Use Pupil Equity Funding to employ a mentor for S4 young people at risk of not achieving five or more qualifications at SCQF level 5.",
              "Headteacher", "August 2024 – June 2025", "Mentor in post; 30 young people supported; tracking shows improved predicted grades.", "Some slippage",
              ["Headteacher"], "2025-06", None, "amber"),
         ]),
        ("2. Learning, teaching and assessment",
         "Staff should work together to ensure that learning is consistently well matched to the needs of all young people, including those who require additional support with their learning.",
         [
             ("Agree a Beeslack Learning and Teaching Standard with staff, young people and parents, building on How good is our school? (4th edition) QI 2.3.",
              "Mr J Whitelaw (DHT) and Mrs S Ogilvie (PT Pupil Support)", "December 2024", "Standard published and displayed in all classrooms.", "Complete",
              ["Mr J Whitelaw (DHT)", "Mrs S Ogilvie (PT Pupil Support)"], "2024-12", None, "blue"),
             ("Run learning visits (peer observations) in every faculty each term, focused on differentiation and pace.\nFindings to be shared at faculty meetings.",
              "Faculty PTs", "Termly", "Learning visit records show improvement in differentiation.", "On track",
              ["Faculty PTs"], None, "Termly", "green"),
             ("Provide professional learning for all staff on using Additional Support Needs profiles and Wellbeing Plans to plan lessons.",
              "PT Pupil Support (ASN)", "31 January 2025", "All staff trained; lesson plans reference learner profiles.", "Off track",
              ["PT Pupil Support (ASN)"], "2025-01", None, "red"),
         ]),
        ("3. Curriculum",
         "Senior leaders, working with partners, should continue to develop the senior phase curriculum to offer a wider range of pathways that lead to positive destinations.",
         [
             ("Consult young people and parents on senior phase options through the Pupil Council and Parent Council.",
              "DHT (Curriculum)", "November 2024", "Consultation report shared with Parent Council.", "Complete",
              ["DHT (Curriculum)"], "2024-11", None, "blue"),
             ("Extend the range of Foundation Apprenticeships and college courses with Edinburgh College and local employers for session 2025/26.",
              "DYW Co-ordinator / DHT (Curriculum)", "March 2025", "At least four new vocational courses in the 2025/26 option form.", "On track",
              ["DYW Co-ordinator", "DHT (Curriculum)"], "2025-03", None, "green"),
             ("Introduce a senior phase option column for wider achievement awards (e.g. Duke of Edinburgh, Saltire, Sports Leaders).",
              "PT Wider Achievement", "June 2025", "Option column timetabled for 2025/26.", "Not started",
              ["PT Wider Achievement"], "2025-06", None, "unrated"),
         ]),
    ]

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Midlothian Council – Education Service")
    d.add_paragraph(
        "HM Inspectors from Education Scotland visited the school in May 2024 and published their letter to parents and carers "
        "on 2 July 2024. The following areas for improvement were agreed with the headteacher and a representative from "
        "Midlothian Council:")
    for _, afi, _ in areas:
        d.add_paragraph(afi, style="List Bullet")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Headteacher", "Ms R Cairns"), ("Plan owner", "Senior Leadership Team"),
                 ("Date approved", "29 August 2024"), ("Review points", "October 2024, February 2025, June 2025"),
                 ("Last updated", "7 February 2025")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)

    d.add_paragraph("")
    d.add_paragraph("Progress key: Complete (blue) | On track (green) | Some slippage (amber) | Off track (red) | Not started")

    actions = []
    for heading, afi, rows in areas:
        d.add_heading(heading, level=2)
        tbl = d.add_table(rows=2, cols=5)
        tbl.style = "Table Grid"
        cell_text(tbl.rows[0].cells[0], "Area for improvement", bold=True)
        m = tbl.rows[0].cells[1].merge(tbl.rows[0].cells[4])
        cell_text(m, afi)
        for i, h in enumerate(["Action", "Lead", "Timescale", "Measures of success", "Progress"]):
            cell_text(tbl.rows[1].cells[i], h, bold=True)
            shade(tbl.rows[1].cells[i], "D9E2F3")
        for (text, lead, ts, mos, prog, leads, end, et, status) in rows:
            c = tbl.add_row().cells
            cell_text(c[0], text)
            cell_text(c[1], lead)
            cell_text(c[2], ts)
            cell_text(c[3], mos)
            cell_text(c[4], prog)
            if status in HEX:
                shade(c[4], HEX[status])
            actions.append(act(None, [heading, afi], text, leads, end, status, et))
        d.add_paragraph("")
    d.add_paragraph("Next review: Senior Leadership Team, June 2025. Progress will be reported to the Parent Council and to Midlothian Council's Quality Improvement Officer.")
    d.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Scottish secondary school's action plan written after an Education Scotland inspection letter "
            "(the letter lists 'areas for improvement agreed with the headteacher and a representative from the council'). "
            "No specific published plan. Copied features: title and council line, an intro paragraph that restates the "
            "areas for improvement as bullets, a plan-details table, a one-line progress key in text, one Word table per "
            "area under a numbered heading, a first row 'Area for improvement' with the text merged across, unnumbered actions "
            "with Lead / Timescale / Measures of success / Progress (words, cell also shaded), and a closing review note."
        ),
        "reads": (
            "A Word plan with three numbered themes, each with a table whose top row gives Education Scotland's area for "
            "improvement and whose rows are the school's actions. The bullets near the top only repeat the areas; the "
            "plan-details table is not the plan. Nine actions, no refs; status from the progress words read through the key "
            "('Some slippage' = amber, 'Off track' = red)."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# =====================================================================
# 3. Camphill Community Glencraig - RQIA quality improvement plan (docx)
# =====================================================================
def make_glencraig():
    name = "ya-camphill-community-glencraig-rqia-care-inspection-quality-improvement-plan.docx"
    title = "Camphill Community Glencraig – Quality Improvement Plan"
    S1 = "Action required to ensure compliance with The Residential Care Homes Regulations (Northern Ireland) 2005"
    S2 = "Action required to ensure compliance with the Residential Care Homes Minimum Standards (August 2021)"
    afis = [
        (S1, "Area for improvement 1    Ref: Regulation 27 (4) (b)    Stated: First time    To be completed by: With immediate effect",
         "The registered person shall ensure that fire doors are not wedged open and that all fire exits are kept clear at all times.",
         [
             ("1.1", "Removed all wedges and fitted magnetic hold-open devices, linked to the fire alarm, to the kitchen and lounge doors in each house.",
              "Estates Manager", "24/05/2024", "Complete", ["Estates Manager"], "2024-05", None, "blue"),
             ("1.2", "Fire safety walk-round added to the daily handover checklist; house co-ordinators to sign off each shift.",
              "House Co-ordinators", "Immediate and ongoing", "On track", ["House Co-ordinators"], None, "Immediate and ongoing", "green"),
         ]),
        (S1, "Area for improvement 2    Ref: Regulation 13 (1) (a) and (b)    Stated: First time    To be completed by: 22 June 2024",
         "The registered person shall ensure that care plans and risk assessments are reviewed and updated to reflect any change in residents' needs, including following a fall or a change to a modified diet recommended by SALT.",
         [
             ("2.1", "Audit of all residents' care records completed; 14 care plans updated to reflect current IDDSI diet levels.",
              "Registered Manager", "30/06/2024", "Complete", ["Registered Manager"], "2024-06", None, "blue"),
             ("2.2", "Monthly care record audit introduced, with findings reported to the Quality and Compliance Lead.",
              "Deputy Manager / Quality and Compliance Lead", "Monthly", "On track",
              ["Deputy Manager", "Quality and Compliance Lead"], None, "Monthly", "green"),
             ("2.3", "Post-falls protocol revised and training delivered to all co-workers and volunteers.",
              "Mrs C Doherty, Training Officer", "September 2024", "Behind schedule",
              ["Mrs C Doherty, Training Officer"], "2024-09", None, "amber"),
         ]),
        (S1, "Area for improvement 3    Ref: Regulation 20 (1) (c) (i)    Stated: First time    To be completed by: 22 August 2024",
         "The registered person shall ensure that all staff, including volunteer co-workers, complete mandatory training in adult safeguarding, moving and handling and dysphagia, and that records of training are maintained.",
         [
             ("3.1", "Training matrix rebuilt on the HR system to include volunteer co-workers; gaps identified and courses booked.",
              "HR Manager", "31/07/2024", "Complete", ["HR Manager"], "2024-07", None, "blue"),
             ("3.2", "Dysphagia awareness training (Level 2) commissioned from the South Eastern Trust SALT team for all staff.",
              "Training Officer", "October 2024", "On track", ["Training Officer"], "2024-10", None, "green"),
         ]),
        (S2, "Area for improvement 4    Ref: Standard 20.11    Stated: First time    To be completed by: 30 June 2024",
         "The registered person shall ensure that the monthly monitoring reports include an action plan with timescales and that actions are followed up at the next visit.",
         [
             ("4.1", "Template for the monthly monitoring (Regulation 29) report revised to include an action plan section carried forward each month.",
              "Responsible Individual", "July 2024", "Complete", ["Responsible Individual"], "2024-07", None, "blue"),
         ]),
        (S2, "Area for improvement 5    Ref: Standard 27.1    Stated: First time    To be completed by: 31 March 2025",
         "The registered person shall ensure that a refurbishment plan is in place for the bathrooms in the older houses, with timescales for completion.",
         [
             ("5.1", "Refurbishment plan agreed by the Board of Trustees for four bathrooms, phased over 2024/25.",
              "Estates Manager / Board of Trustees", "March 2025", "On track",
              ["Estates Manager", "Board of Trustees"], "2025-03", None, "green"),
             ("5.2", "Interim measures: non-slip flooring and replacement grab rails fitted in all bathrooms pending refurbishment.",
              "Estates Manager", "31/07/2024 (revised to 30/09/2024)", "Complete", ["Estates Manager"], "2024-09", None, "blue"),
         ]),
    ]

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Unannounced care inspection: 21 and 22 May 2024    Inspection ID: IN045118")
    d.add_paragraph("Registered provider: Camphill Community Glencraig    Service type: Residential Care Home (RC-LD)")

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Changes", "Author"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "28/06/2024", "QIP returned to RQIA", "Registered Manager"),
                ("1.1", "30/09/2024", "Progress update for the Board of Trustees", "Quality and Compliance Lead")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)

    d.add_paragraph("")
    d.add_paragraph(
        "This plan sets out the actions taken in response to the areas for improvement identified by RQIA. Each area for "
        "improvement is shown as stated in the inspection report, followed by the provider's actions.")
    d.add_paragraph("Status key: Complete = blue; On track = green; Behind schedule = amber; Not started = no colour.")

    actions = []
    current = None
    for sec, label, req, rows in afis:
        if sec != current:
            d.add_heading(sec, level=1)
            current = sec
        tbl = d.add_table(rows=3, cols=5)
        tbl.style = "Table Grid"
        m0 = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[4])
        cell_text(m0, label, bold=True)
        shade(m0, "E7E6E6")
        m1 = tbl.rows[1].cells[0].merge(tbl.rows[1].cells[4])
        cell_text(m1, req)
        for i, h in enumerate(["No.", "Action taken / planned", "Responsible person", "Target date", "Status"]):
            cell_text(tbl.rows[2].cells[i], h, bold=True)
        for (ref, text, lead, date, status_word, leads, end, et, status) in rows:
            c = tbl.add_row().cells
            for i, v in enumerate([ref, text, lead, date, status_word]):
                cell_text(c[i], v)
            shade(c[4], HEX[status])
            actions.append(act(ref, [sec, req], text, leads, end, status, et))
        d.add_paragraph("")

    d.add_paragraph("Sign-off", style="Heading 2")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Registered Manager", "Ms A Kerr", "Date: 30/09/2024"),
                                   ("Responsible Individual", "Mr P Nelson", "Date: 30/09/2024")]):
        cell_text(s.rows[i].cells[0], a, bold=True)
        cell_text(s.rows[i].cells[1], b)
        cell_text(s.rows[i].cells[2], c)
    d.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates the Quality Improvement Plan (QIP) attached to an RQIA care inspection report for a Northern Ireland "
            "residential care home, as kept and updated by the provider (RQIA QIPs list 'Area for improvement N / Ref: "
            "Regulation ... / Stated: First time / To be completed by: ...' under 'Action required to ensure compliance with' "
            "the Regulations and the Minimum Standards). No specific published plan. Copied features: title lines with "
            "inspection ID, a version table, a status key in text, section headings for Regulations and Standards, one table "
            "per area for improvement (merged label row, merged requirement row, then numbered actions), shaded status cells, "
            "an original-and-revised date in one cell, a job title with a name, and a sign-off table."
        ),
        "reads": (
            "A provider's QIP in Word: two sections (Regulations, Standards), five areas for improvement each in its own table "
            "with the RQIA requirement text above the provider's numbered actions, responsible person, target date and status. "
            "The version and sign-off tables are not the plan. Ten actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# =====================================================================
# 4. Orkney IJB - Performance and Audit Committee action log (csv)
# =====================================================================
def make_orkney():
    name = "ya-orkney-ijb-performance-and-audit-committee-action-log.csv"
    title = "Orkney Integration Joint Board – Performance and Audit Committee Action Log"
    rows = [
        ("PAC 2025/01", "26/03/2025", "5. Internal Audit Plan 2025/26",
         "Chief Internal Auditor to bring a revised three-year audit plan showing coverage of IJB directions.",
         "Chief Internal Auditor", "25/06/2025", "Complete", "Revised plan presented 25 June 2025.",
         ["Chief Internal Auditor"], "2025-06", None, "blue"),
        ("PAC 2025/02", "26/03/2025", "7. Strategic Risk Register",
         "Review the score of strategic risk 4 (workforce) in light of the nursing recruitment figures and report back.",
         "Chief Officer", "25/06/2025 – revised to 17/09/2025", "Red", "Deferred – workforce data not yet available from NHS Orkney.",
         ["Chief Officer"], "2025-09", None, "red"),
        ("PAC 2025/03", "25/06/2025", "4. Unaudited Annual Accounts 2024/25",
         "Circulate the draft unaudited annual accounts to members ahead of submission to the external auditor.",
         "Chief Finance Officer", "30/06/2025", "Complete", "Circulated by email 27 June 2025.",
         ["Chief Finance Officer"], "2025-06", None, "blue"),
        ("PAC 2025/04", "25/06/2025", "6. Performance Monitoring Report",
         "Include delayed discharge trend data for the Balfour and the isles care homes in future performance reports.",
         "Head of Strategic Planning and Performance", "Next meeting", "Green", "Data request made to NHS Orkney information team.",
         ["Head of Strategic Planning and Performance"], None, "Next meeting", "green"),
        ("PAC 2025/05", "25/06/2025", "8. Complaints and Compliments",
         "Arrange a development session for members on the complaints handling procedure and recent SPSO findings.",
         "Chief Officer / Head of Strategic Planning and Performance", "December 2025", "Amber",
         "Date to be confirmed with SPSO.\nProvisionally 10 December 2025.",
         ["Chief Officer", "Head of Strategic Planning and Performance"], "2025-12", None, "amber"),
        ("PAC 2025/06", "17/09/2025", "5. Annual Audit Report 2024/25",
         "Prepare an action plan responding to the external auditor's recommendations on financial sustainability and the medium-term financial plan.",
         "Chief Finance Officer", "Dec-25", "Green", "Draft in preparation.",
         ["Chief Finance Officer"], "2025-12", None, "green"),
        ("PAC 2025/07", "17/09/2025", "6. Strategic Risk Register",
         "Add a new strategic risk on the sustainability of commissioned care at home services in the isles.",
         "Chief Officer", "17/12/2025", "Green", "",
         ["Chief Officer"], "2025-12", None, "green"),
        ("PAC 2025/08", "17/09/2025", "7. Internal Audit – Workforce Planning (Limited assurance)",
         "Provide an update on implementation of the two high-priority recommendations from the workforce planning audit.",
         "Head of Health and Community Care; Head of Children, Families and Justice", "March 2026", "Green", "",
         ["Head of Health and Community Care", "Head of Children, Families and Justice"], "2026-03", None, "green"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Updated following the meeting of 17 September 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Action No.", "Date of Meeting", "Minute Ref / Item", "Action", "Lead Officer", "Due Date", "RAG", "Update"])
    actions = []
    for (ref, mdate, item, text, lead, due, rag, upd, leads, end, et, status) in rows:
        w.writerow([ref, mdate, item, text, lead, due, rag, upd])
        actions.append(act(ref, [], text, leads, end, status, et))
    w.writerow([""] * n)
    w.writerow(["Key: Green – on track; Amber – at risk of slipping; Red – overdue; Complete – action closed, to be removed after the next meeting"] + [""] * (n - 1))
    w.writerow(["Closed actions are removed from the log once noted by the Committee."] + [""] * (n - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    EXPECTED[name] = {
        "source": (
            "Imitates a Scottish integration joint board committee action log (the rolling action logs published with IJB "
            "Performance and Audit / Audit and Risk Committee papers), exported to CSV. No specific published log. Copied "
            "features: title and 'updated following' lines, action numbers by year, meeting date and agenda item columns, "
            "lead officers as posts (two posts in one cell with '/' and with ';' where a post name contains commas), an "
            "original-and-revised due date in one cell, 'Next meeting' as a due date, a RAG column with 'Complete' for closed "
            "actions, a two-line update in a quoted cell, and a key and a note line after the table."
        ),
        "reads": (
            "A committee action log: eight numbered actions from three meetings, each with its lead officer, due date, RAG "
            "and update; the lines above the header and the key and note below are not actions. The agenda item is a column, "
            "not a heading, so the actions have no headings."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# =====================================================================
# 5. Adferiad Recovery - CIW domiciliary support improvement plan (txt, tab-separated)
# =====================================================================
def make_adferiad():
    name = "ya-adferiad-recovery-ciw-domiciliary-support-improvement-plan.txt"
    title = "Adferiad Recovery – Ceredigion Supported Living Service: Improvement Plan following CIW Inspection"
    SEC1 = "Areas where priority action is required"
    SEC2 = "Areas for improvement"
    groups = [
        (SEC1, "PAN 1", "Regulation 35 (2)(d) – The provider has not ensured that full employment histories and two references are obtained before staff start work.",
         [
             ("1.1", "Audit all 38 staff personnel files against Schedule 1 requirements and record gaps on the audit tool.",
              "HR Business Partner", "31/01/2025", "B", "Audit completed 29/01/2025 – 6 files with gaps.",
              ["HR Business Partner"], "2025-01", None, "blue"),
             ("1.2", "Obtain missing references and explanations of employment gaps for the 6 staff identified; risk assess any staff working while checks are completed.",
              "Service Manager / HR Business Partner", "28/02/2025", "B", "All references received; risk assessments closed.",
              ["Service Manager", "HR Business Partner"], "2025-02", None, "blue"),
             ("1.3", "Introduce a pre-start checklist signed off by the Responsible Individual before any new starter is rostered.",
              "Responsible Individual", "Immediate", "G", "Checklist in use since February 2025; spot-checked monthly.",
              ["Responsible Individual"], None, "Immediate", "green"),
         ]),
        (SEC2, "AFI 1", "Regulation 36 (2)(c) – Staff do not receive one-to-one supervision at least every three months.",
         [
             ("2.1", "Set up a supervision schedule so every support worker receives one-to-one supervision at least every three months.",
              "Ms L Thomas", "March 2025", "B", "Schedule in place; 100% compliance for quarter 1.",
              ["Ms L Thomas"], "2025-03", None, "blue"),
             ("2.2", "Train two senior support workers to carry out supervision and appraisals.",
              "Ms L Thomas & Learning and Development Team", "Apr-25", "A", "One trained; second place booked for July.",
              ["Ms L Thomas", "Learning and Development Team"], "2025-04", None, "amber"),
             ("2.3", "Complete annual appraisals for all staff and record them on the training and supervision matrix.",
              "Senior Support Workers", "30/09/2025", "G", "12 of 38 completed.",
              ["Senior Support Workers"], "2025-09", None, "green"),
         ]),
        (SEC2, "AFI 2", "Regulation 80 (2) – The quality of care review has not been completed at least every six months.",
         [
             ("3.1", "Complete the six-monthly quality of care review, including feedback from people supported, families and commissioners.",
              "Responsible Individual", "Jul-25", "G", "Questionnaires sent out 2 June 2025.",
              ["Responsible Individual"], "2025-07", None, "green"),
             ("3.2", "Share the quality of care report with staff and people supported in an accessible (easy read) format.",
              "Service Manager", "August 2025", "", "Not yet started.",
              ["Service Manager"], "2025-08", None, "unrated"),
         ]),
    ]
    lines = [
        title,
        "Inspection dates: 14 and 15 January 2025\tResponsible Individual: Mr G Rees\tManager: Ms L Thomas",
        "Last updated: 03/06/2025",
        "",
        "\t".join(["Ref", "Regulation / area identified by CIW", "Action", "Lead", "Target date", "RAG", "Progress notes"]),
    ]
    actions = []
    current = None
    for sec, gref, area, rows in groups:
        if sec != current:
            lines.append(sec.upper())
            current = sec
        lines.append("\t".join([gref, area, "", "", "", "", ""]))
        for (ref, text, lead, date, rag, notes, leads, end, et, status) in rows:
            lines.append("\t".join([ref, "", text, lead, date, rag, notes]))
            actions.append(act(ref, [sec.upper(), area], text, leads, end, status, et))
    lines += [
        "",
        "RAG: R = overdue; A = at risk; G = on track; B = complete",
        "Notes: This plan is reviewed at the monthly service governance meeting and shared with CIW on request.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    EXPECTED[name] = {
        "source": (
            "Imitates a Welsh domiciliary support (supported living) provider's improvement plan after a Care Inspectorate "
            "Wales inspection under RISCA 2016 (CIW reports list 'areas where priority action is required' and 'areas for "
            "improvement' by regulation; see https://www.careinspectorate.wales/code-practice-inspection-regulated-services-html). "
            "No specific published plan. Copied features: a plain-text/tab-separated export of a tracker with title and "
            "inspection lines, upper-case section rows, group rows carrying the regulation and CIW's finding with a PAN/AFI "
            "ref, numbered actions beneath with lead, target date, RAG letter and notes, one blank RAG, and a key and a notes "
            "line at the end."
        ),
        "reads": (
            "A tab-separated improvement plan with two sections (priority action, areas for improvement); each CIW finding is a "
            "row with its regulation, and the numbered actions under it carry lead, target date and a RAG letter read through "
            "the key at the foot. Eight actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# =====================================================================
# 6. CCMS - corporate risk register 2025-26 (xlsx) - REFUSE (typo month)
# =====================================================================
def make_ccms():
    name = "ya-ccms-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    title = "Council for Catholic Maintained Schools – Corporate Risk Register 2025-26"
    risks = [
        ("CR1", "Risk that a sustainable schools estate is not achieved, due to falling enrolments and capital constraints, resulting in schools that are not educationally or financially viable.",
         "Chief Executive", "4 x 4 = 16", "Area planning framework; joint working with EA and sectoral partners; Trustee engagement.", "3 x 4 = 12", "Medium",
         [("Complete the review of the area planning methodology with the Education Authority and the Department of Education.", "Head of Planning and Estates", "31/12/2025", "Draft methodology shared with EA in August 2025."),
          ("Bring forward development proposals for the 12 schools identified in the 2025-26 area planning action plan.", "Head of Planning and Estates", "March 2026", "Five proposals at pre-publication stage.")]),
        ("CR2", "Risk that CCMS cannot recruit and retain sufficient principals and senior leaders, particularly in small rural schools, affecting leadership and pupil outcomes.",
         "Director of Education Support", "4 x 4 = 16", "Principal induction programme; leadership development partnership; exit interviews.", "3 x 4 = 12", "Medium",
         [("Launch the aspiring principals programme in partnership with St Mary's University College.", "Head of Leadership and Governance", "Sept 2025", "Programme launched 11 September 2025 – 24 participants."),
          ("Review the principal recruitment pack and advertising approach.", "HR Lead / Head of Leadership and Governance", "31/01/2026", "Benchmarking with other sectors under way.")]),
        ("CR3", "Risk of a cyber-attack or data breach resulting in loss of personal data, reputational damage and regulatory sanction by the ICO.",
         "Director of Corporate Services", "4 x 5 = 20", "Firewall and MFA; annual penetration test; IG training; incident response plan.", "3 x 5 = 15", "High",
         [("Complete Cyber Essentials Plus accreditation for the CCMS network.", "ICT Manager", "30/11/2025", "Assessment booked for November."),
          ("Deliver phishing simulation and refresher training to all staff.", "ICT Manager / Information Governance Officer", "Quarterly", "Q2 simulation: 6% click rate.")]),
        ("CR4", "Risk that the 2025-26 budget allocation is insufficient to deliver the Business Plan, leading to reduced support to schools.",
         "Director of Corporate Services", "5 x 4 = 20", "Monthly budget monitoring; vacancy control; DE liaison meetings.", "4 x 4 = 16", "High",
         [("Agree a savings plan with SMT and submit it to the Department of Education.", "Head of Finance", "Febuary 2026", "Options paper to SMT in October."),
          ("Monthly budget monitoring reports to SMT and quarterly to the Finance and General Purposes Committee.", "Head of Finance", "Monthly", "On schedule.")]),
        ("CR5", "Risk that Boards of Governors and principals do not receive timely safeguarding guidance and training, leading to failures in child protection arrangements.",
         "Director of Education Support", "3 x 5 = 15", "Designated Teacher training programme; safeguarding helpline; annual returns.", "2 x 5 = 10", "Medium",
         [("Roll out the updated safeguarding and child protection training for Designated Teachers and Boards of Governors.", "Senior Education Adviser (Safeguarding)", "June 2026", "Materials approved by the Safeguarding Board for NI.")]),
    ]
    rating_fill = {"High": FILL["red"], "Medium": FILL["amber"], "Low": FILL["green"]}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – presented to the Audit and Risk Assurance Committee, 14 October 2025"
    ws["A3"] = "Risk appetite: CCMS has a low appetite for risks to safeguarding and regulatory compliance and a moderate appetite for risks in service development."
    ws["A3"].font = Font(italic=True)
    head = ["Risk No.", "Risk description", "Risk owner", "Inherent score (L x I)", "Existing controls", "Residual score (L x I)",
            "Residual rating", "Further actions", "Action owner", "Target date", "Progress at Q2"]
    put_row(ws, 5, head, bold=True, fill=FILL["pale"])
    r = 6
    typo_row = None
    for (rid, desc, owner, inh, ctrl, res, rating, acts) in risks:
        start = r
        for (a_text, a_owner, a_date, prog) in acts:
            put_row(ws, r, [rid if r == start else None, desc if r == start else None, owner if r == start else None,
                            inh if r == start else None, ctrl if r == start else None, res if r == start else None,
                            rating if r == start else None, a_text, a_owner, a_date, prog])
            if "Febuary" in a_date:
                typo_row = r
            r += 1
        ws.cell(row=start, column=7).fill = rating_fill[rating]
        if r - 1 > start:
            for c in range(1, 8):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood x Impact (1–5). Residual rating: 15–25 High (red); 8–14 Medium (amber); 1–7 Low (green).").font = Font(italic=True)
    widths = [9, 48, 22, 12, 40, 12, 11, 50, 28, 14, 36]
    for i, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = BOLD
    put_row(mx, 3, ["Likelihood \\ Impact", 1, 2, 3, 4, 5], bold=True)
    for li in range(5, 0, -1):
        row = 3 + (6 - li)
        vals = [li] + [li * im for im in range(1, 6)]
        put_row(mx, row, vals)
        for im in range(1, 6):
            s = li * im
            mx.cell(row=row, column=1 + im).fill = FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a Northern Ireland arm's-length body's corporate risk register as presented quarterly to its Audit and "
            "Risk Assurance Committee (inherent and residual L x I scores, existing controls, further actions with owners and "
            "target dates). No specific published register. Copied features: title, quarter line and risk-appetite line, "
            "risks merged vertically over one or two further-action rows, a fill-coloured residual rating, a scoring note and "
            "a second sheet with the risk matrix."
        ),
        "reads": (
            "A risk register whose further actions each have an owner and target date; the target date of the savings-plan "
            "action under CR4 reads 'Febuary 2026', a mistyped month a careful reader would query before reading the register "
            "into a plan."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }


# =====================================================================
# 7. NIGALA - internal audit recommendations tracker (xlsx)
# =====================================================================
def make_nigala():
    name = "ya-nigala-internal-audit-recommendations-tracker.xlsx"
    title = "Northern Ireland Guardian Ad Litem Agency – Internal Audit Recommendations Tracker"
    audits = [
        ("Information Governance 2024-25 (Limited assurance)", [
            ("The Agency should complete and maintain an Information Asset Register identifying the owner, retention period and lawful basis for each information asset.", [
                ("IG-01", "1", "An Information Asset Register will be compiled with input from each team and approved by SMT.",
                 "Head of Corporate Services", "31/03/2025", "30/09/2025", "B", "Register approved by SMT on 16/09/2025.",
                 ["Head of Corporate Services"], "2025-09", None, "blue"),
            ]),
            ("Staff should complete data protection training annually, and completion should be monitored and reported to SMT.", [
                ("IG-02(a)", "2", "Data protection e-learning to be made mandatory for all staff and Guardians ad Litem through the HRPTS learning portal.",
                 "HR Manager", "30/06/2025", None, "B", "Module live from May 2025.",
                 ["HR Manager"], "2025-06", None, "blue"),
                ("IG-02(b)", "2", "Quarterly completion report to be provided to SMT, with follow-up of non-completers by line managers.",
                 "HR Manager / Line managers", "Quarterly", None, "G", "Q2 report: 91% completion.",
                 ["HR Manager", "Line managers"], None, "Quarterly", "green"),
            ]),
            ("The Agency should ensure that secure email is used for all external transfers of case papers.", [
                ("IG-03", "2", "Egress secure email licences to be rolled out to all Guardians, with guidance issued on use.",
                 "ICT Manager", "31/12/2024", "31/12/2025", "A", "Licences issued to 60% of Guardians; procurement of remainder under way.",
                 ["ICT Manager"], "2025-12", None, "amber"),
            ]),
        ]),
        ("Business Continuity Management 2024-25 (Satisfactory assurance)", [
            ("The Business Continuity Plan should be updated to reflect hybrid working arrangements and tested at least annually.", [
                ("BCM-01", "2", "BCP to be revised and a desktop test exercise held with SMT.",
                 "Business Support Manager", "30/09/2025", None, "R", "Revised BCP drafted; desktop test not yet held.",
                 ["Business Support Manager"], "2025-09", None, "red"),
            ]),
            ("Contact details for key suppliers should be held within the BCP and reviewed six-monthly.", [
                ("BCM-02", "3", "Supplier contact list to be appended to the BCP and reviewed every six months.",
                 "Finance Manager", "Sep-25", None, "B", "Appended August 2025.",
                 ["Finance Manager"], "2025-09", None, "blue"),
            ]),
        ]),
        ("Case Management System – Data Quality 2025-26 (Satisfactory assurance)", [
            ("Management should introduce regular data quality checks on the case management system, particularly for allocation and case closure dates.", [
                ("CMS-01", "1", "Monthly data quality report to be developed and reviewed by Team Managers, with exceptions corrected within 10 working days.",
                 "Head of Service Delivery; Information Officer", "31/01/2026", None, "G", "Report specification agreed.",
                 ["Head of Service Delivery", "Information Officer"], "2026-01", None, "green"),
            ]),
            ("User access rights should be reviewed when staff change role or leave the Agency.", [
                ("CMS-02", "2", "Joiners, movers and leavers procedure to be updated to include case management system access, with a six-monthly access review.",
                 "ICT Manager", "March 2026", None, None, "Not yet started – due March 2026.",
                 ["ICT Manager"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 18 November 2025"
    put_row(sm, 4, ["Audit assignment", "B", "G", "A", "R", "Not rated", "Total"], bold=True, fill=FILL["grey"])
    r = 5
    tot = [0] * 6
    for aud, recs in audits:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
        for _, acts in recs:
            for a in acts:
                cnt[a[6]] += 1
        vals = [cnt["B"], cnt["G"], cnt["A"], cnt["R"], cnt[None]]
        vals.append(sum(vals))
        tot = [x + y for x, y in zip(tot, vals)]
        put_row(sm, r, [aud] + vals)
        r += 1
    put_row(sm, r, ["Total"] + tot, bold=True)
    sm.column_dimensions["A"].width = 62

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Implementation status at 31 October 2025 – Audit and Risk Assurance Committee, 18 November 2025"
    head = ["Ref", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer",
            "Original target date", "Revised target date", "RAG", "Update (October 2025)"]
    put_row(ws, 4, head, bold=True, fill=FILL["pale"])
    r = 5
    actions = []
    for aud, recs in audits:
        ws.cell(row=r, column=1, value=aud).font = BOLD
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = FILL["grey"]
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            start = r
            for (ref, pr, text, lead, orig, rev, rag, upd, leads, end, et, status) in acts:
                put_row(ws, r, [ref, pr, rec if r == start else None, text, lead, orig, rev, rag, upd])
                if rag:
                    ws.cell(row=r, column=8).fill = rag_fill[rag]
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                actions.append(act(ref, [aud, rec], text, leads, end, status, et))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Priority 1 – significant weakness requiring urgent action; Priority 2 – important; Priority 3 – good practice.").font = Font(italic=True)
    widths = [10, 9, 50, 50, 28, 14, 14, 7, 40]
    for i, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = BOLD
    for i, (k, txt) in enumerate([("B", "Implemented"), ("G", "On target for implementation by the target date"),
                                  ("A", "Partially implemented / at risk of missing the target date"),
                                  ("R", "Not implemented by the target date")]):
        c = ky.cell(row=2 + i, column=1, value=k)
        c.fill = rag_fill[k]
        ky.cell(row=2 + i, column=2, value=txt)
    ky.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates the internal audit recommendations implementation report that Northern Ireland arm's-length bodies "
            "take to each Audit and Risk Assurance Committee (BSO-style Priority 1/2/3 findings, assurance level per "
            "assignment, original and revised target dates). No specific published tracker. Copied features: a summary "
            "sheet of RAG counts per audit, merged grey assignment rows with the assurance level, a recommendation cell "
            "merged down over two agreed actions, revised dates in their own column, RAG letters on coloured cells with one "
            "left blank, a priority note line and a separate key sheet."
        ),
        "reads": (
            "A tracker of eight agreed management actions under three internal audit assignments, each action beneath the "
            "auditor's recommendation, with responsible officer, original and revised target dates (the revised one is the "
            "end) and a RAG letter read through the key sheet (B = implemented). The summary sheet is a totals table, not "
            "actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------- main
def write_expected():
    import yaml

    class D(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        if "\n" in data:
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        if re.fullmatch(r"\d{4}-\d{2}", data):
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    D.add_representer(str, str_rep)
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    for fname, data in EXPECTED.items():
        out = {k: data[k] for k in order if k in data}
        with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(out, f, Dumper=D, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


if __name__ == "__main__":
    make_newtown()
    make_beeslack()
    make_glencraig()
    make_orkney()
    make_adferiad()
    make_ccms()
    make_nigala()
    if "--expected" in sys.argv:
        write_expected()
    print("built:", ", ".join(sorted(EXPECTED)))
