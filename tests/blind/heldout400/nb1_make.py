#!/usr/bin/env python3
"""Build the seven nb1- blind test files (heldout400).

Data files only: 3 x xlsx (openpyxl), 2 x docx (python-docx), 1 x csv, 1 x txt.
Run:  /work/main/.venv/bin/python nb1_make.py
"""
import csv
import datetime as dt
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "DDEBF7",
    "head": "1F4E78",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


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


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 1. Hele's School - post-Ofsted action plan (docx, one table per priority)
# ---------------------------------------------------------------------------
HELES_TITLE = "Hele\u2019s School \u2013 Post-Ofsted Action Plan 2024\u201325"
HELES = [
    {
        "priority": "Priority 1: Checking pupils\u2019 understanding",
        "afi": "Leaders should ensure that teachers routinely check what pupils know and remember, so that misconceptions are identified and addressed before new content is introduced.",
        "rows": [
            ("1.1", "Deliver a whole-staff CPD programme on responsive teaching, with fortnightly instructional coaching focused on questioning and hinge-point checks.",
             "KB", "Autumn term 2024", "All teaching staff coached at least six times; learning walks show checks for understanding in 85% of lessons.",
             "Coaching cycle complete for all staff. Learning walk sample (Nov) 81%.", "G"),
            ("1.2", "Revise the key stage 3 assessment calendar so that each subject completes a low-stakes knowledge check at the end of every unit, with results analysed at faculty meetings.",
             "KB / Heads of Faculty", "Spring term 2025", "Every KS3 unit has an end-of-unit check; faculty minutes record gaps and reteaching.",
             "Calendar published. Science and humanities fully in place; MFL and technology still to align.", "A"),
            ("1.3", "Quality assure the use of mini-whiteboards and retrieval starters through termly learning walks, and share the findings with the Standards Committee.",
             "RT", "Termly", "Termly QA report to governors.", "Spring report presented 11 March 2025.", "G"),
        ],
    },
    {
        "priority": "Priority 2: Reading across the curriculum",
        "afi": "Leaders should make sure that pupils who are behind with their reading receive precise support, so that they catch up quickly and can access the full curriculum.",
        "rows": [
            ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify those with a reading age more than two years below their chronological age.",
             "Literacy Lead", "Oct 2024", "All pupils screened; intervention list agreed.", "Completed 18 October 2024. 94 pupils identified.", "B"),
            ("2.2", "Introduce a phonics-based intervention (Fresh Start) for the weakest readers, delivered four times a week by trained teaching assistants.",
             "Literacy Lead / SENDCo", "Jan 2025", "Pupils in the programme gain at least 12 months in reading age in two terms.",
             "Started January; two TAs still to be trained.", "A"),
            ("2.3", "Embed disciplinary reading in tutor time with a whole-school reading spine for Years 7 to 9.\nReview impact through pupil voice and reading age retesting.",
             "RT", "Summer term 2025", "Reading spine in use in all Year 7 to 9 tutor groups.", "Texts purchased; launch after Easter.", "G"),
        ],
    },
    {
        "priority": "Priority 3: Attendance of disadvantaged pupils",
        "afi": "Leaders should continue to take effective action to reduce persistent absence, particularly for disadvantaged pupils and pupils with SEND.",
        "rows": [
            ("3.1", "Appoint an Attendance Officer and introduce weekly attendance panels with Heads of Year.",
             "Headteacher", "Sept 2024", "Post filled; panels minuted weekly.", "Attendance Officer in post from 2 September 2024.", "B"),
            ("3.2", "Implement a graduated response for pupils below 90% attendance, including home visits and early help referrals.",
             "JM, Attendance Officer", "Ongoing", "Persistent absence of disadvantaged pupils falls below 25%.",
             "PA for disadvantaged pupils 27.4% (was 31.9%).", "A"),
            ("3.3", "Agree fixed-penalty and legal intervention thresholds with the local authority, in line with the DfE guidance \u2018Working together to improve school attendance\u2019.",
             "JM", "31/03/2025", "Thresholds agreed and published in the attendance policy.",
             "Meeting with LA postponed twice; policy not yet updated.", "R"),
        ],
    },
]


def build_heles(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(HELES_TITLE, level=0)
    doc.add_paragraph(
        "Ofsted inspection: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
        "This plan sets out how the school is responding to the areas for improvement in the inspection report. "
        "It is monitored by the Local Governing Body at every meeting.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for r, vals in enumerate([
        ("1.0", "22/04/2024", "Headteacher", "First version following inspection"),
        ("1.2", "14/01/2025", "Deputy Headteacher", "Autumn term progress update"),
        ("1.3", "20/05/2025", "Deputy Headteacher", "Spring term progress update"),
    ], start=1):
        for c, v in enumerate(vals):
            set_cell(t.rows[r].cells[c], v)

    doc.add_paragraph(
        "Leads: KB \u2013 Deputy Headteacher (Quality of Education); RT \u2013 Assistant Headteacher (Curriculum); "
        "JM \u2013 Assistant Headteacher (Pastoral).")

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for r, (k, txt, col) in enumerate([
        ("B", "Completed and impact evidenced", "blue"),
        ("G", "On track", "green"),
        ("A", "Some slippage \u2013 action in progress", "amber"),
        ("R", "Not on track \u2013 escalate to LGB", "red"),
    ]):
        set_cell(key.rows[r].cells[0], k, bold=True)
        shade(key.rows[r].cells[0], FILL[col])
        set_cell(key.rows[r].cells[1], txt)

    heads = ["Ref", "Action", "Lead(s)", "By when", "Success criteria", "Progress (May 2025)", "RAG"]
    ragcol = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for sec in HELES:
        doc.add_paragraph()
        n = 3 + len(sec["rows"])
        t = doc.add_table(rows=n, cols=7)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[6])
        set_cell(top, sec["priority"], bold=True, size=10)
        shade(top, FILL["band"])
        set_cell(t.rows[1].cells[0], "Ofsted area for improvement", bold=True)
        afi = t.rows[1].cells[1].merge(t.rows[1].cells[6])
        set_cell(afi, sec["afi"])
        for i, h in enumerate(heads):
            set_cell(t.rows[2].cells[i], h, bold=True)
            shade(t.rows[2].cells[i], FILL["grey"])
        for r, row in enumerate(sec["rows"], start=3):
            for c, v in enumerate(row):
                set_cell(t.rows[r].cells[c], v)
            shade(t.rows[r].cells[6], FILL[ragcol[row[6]]])

    doc.add_paragraph()
    doc.add_heading("Approval", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(s.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Local Governing Body", "Chair of Governors", "23/05/2024"]):
        set_cell(s.rows[1].cells[i], v)
    doc.add_paragraph(
        "Note: the plan will be reviewed again at the Summer 2 LGB meeting and rolled into the 2025\u201326 School Development Plan.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. BCUHB - HIW mental health inspection, Ty Llywelyn MSU (docx, HIW template)
# ---------------------------------------------------------------------------
HIW_TITLE = "Ty Llywelyn Medium Secure Unit \u2013 HIW Inspection Improvement Plan"
HIW = [
    ("Quality of the patient experience", [
        ("The health board must ensure that patients are able to make private telephone calls in a suitable space on each ward.",
         "Dignified and respectful care",
         [("Cordless telephones have been purchased for each ward so that patients can make calls in their bedrooms or the quiet room.",
           "Ward Managers", "31/05/2024", "Complete")]),
        ("The health board should review the range of therapeutic and recreational activities available to patients at weekends and in the evenings.",
         "Person-centred care",
         [("Occupational therapy rota to be reviewed to provide weekend sessional cover across the unit.",
           "Head of Occupational Therapy", "September 2024", "On track"),
          ("Patient forum to co-produce an evening activity timetable.\nTimetable to be displayed on each ward and reviewed quarterly.",
           "Ward Managers / Patient Experience Lead", "October 2024", "At risk")]),
    ]),
    ("Delivery of safe and effective care", [
        ("The health board must ensure that the ligature risk assessment for each ward is reviewed annually and that identified actions are completed within agreed timescales.",
         "Safe care; Health and Safety at Work etc. Act 1974",
         [("Ligature risk assessments for all wards to be reviewed by the Ward Manager and Estates Officer and signed off by the Head of Nursing.",
           "Head of Nursing, Forensic Services", "30/06/2024", "Complete"),
          ("Outstanding estates works from the 2023 assessment (anti-ligature door hinges on Dinas ward) to be completed.",
           "Estates Manager", "31 December 2024", "Off track")]),
        ("The health board must ensure that section 17 leave forms clearly record the conditions of leave and that copies are given to patients.",
         "Mental Health Act 1983; Code of Practice for Wales",
         [("Section 17 leave form to be revised and audited monthly by the Mental Health Act Administrator.",
           "Mental Health Act Administrator", "August 2024", "On track")]),
    ]),
    ("Quality of management and leadership", [
        ("The health board must ensure that staff compliance with mandatory training, including Prevention and Management of Violence and Aggression (PMVA), meets the health board target of 85%.",
         "Workforce; Governance and leadership",
         [("Additional PMVA training dates to be scheduled and protected time allocated on the rota.",
           "Clinical Services Manager", "Immediate and ongoing", "On track"),
          ("Compliance to be reported monthly to the Forensic Services Quality and Safety Group.",
           "Head of Nursing, Forensic Services", "Monthly", "On track")]),
    ]),
]


def build_hiw(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(HIW_TITLE, level=0)
    doc.add_paragraph("Betsi Cadwaladr University Health Board \u2013 Mental Health and Learning Disabilities Division")
    doc.add_paragraph("Service: Ty Llywelyn Medium Secure Unit, Bryn y Neuadd Hospital, Llanfairfechan")
    doc.add_paragraph("Date of inspection: 15 \u2013 17 April 2024. Report published: 18 July 2024.")

    doc.add_heading("Appendix A \u2013 Summary of concerns resolved during the inspection", level=1)
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(a.rows[0].cells[i], h, bold=True)
        shade(a.rows[0].cells[i], FILL["grey"])
    for i, v in enumerate([
        "The emergency resuscitation bag on one ward had not been checked for five days.",
        "Emergency equipment may not be available or in date when needed.",
        "This was raised with the ward manager on the first day of the inspection.",
        "The bag was checked and restocked immediately and staff reminded of the daily check."]):
        set_cell(a.rows[1].cells[i], v)

    doc.add_heading("Appendix B \u2013 Immediate improvement plan", level=1)
    doc.add_paragraph("No immediate non-compliance concerns were identified on this inspection.")

    doc.add_heading("Appendix C \u2013 Improvement plan", level=1)
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require the "
        "service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red). Position at 30 September 2024.")

    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale", "Status"]
    n_rows = 1
    for _theme, items in HIW:
        n_rows += 1
        for _imp, _std, acts in items:
            n_rows += len(acts)
    t = doc.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], FILL["grey"])
    statcol = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    r = 1
    for theme, items in HIW:
        band = t.rows[r].cells[0].merge(t.rows[r].cells[5])
        set_cell(band, theme, bold=True, size=10)
        shade(band, FILL["band"])
        r += 1
        for imp, std, acts in items:
            first = r
            for act, ro, ts, st in acts:
                set_cell(t.rows[r].cells[2], act)
                set_cell(t.rows[r].cells[3], ro)
                set_cell(t.rows[r].cells[4], ts)
                set_cell(t.rows[r].cells[5], st)
                shade(t.rows[r].cells[5], FILL[statcol[st]])
                r += 1
            last = r - 1
            c0 = t.rows[first].cells[0] if first == last else t.rows[first].cells[0].merge(t.rows[last].cells[0])
            c1 = t.rows[first].cells[1] if first == last else t.rows[first].cells[1].merge(t.rows[last].cells[1])
            set_cell(c0, imp)
            set_cell(c1, std)

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhian Morgan"),
                                ("Job role:", "Director of Nursing, Mental Health and Learning Disabilities"),
                                ("Date:", "12/08/2024")]):
        set_cell(s.rows[i].cells[0], k, bold=True)
        set_cell(s.rows[i].cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# openpyxl helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(col):
    return PatternFill("solid", start_color=FILL.get(col, col), end_color=FILL.get(col, col))


def hdr(ws, row, heads, fill="head"):
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid(fill)
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 3. Lancaster and Morecambe College - Ofsted PIAP (xlsx; cover, key, plan)
#    merged AFI cells, provision-type band rows, fill-only RAG, revised dates
# ---------------------------------------------------------------------------
LMC_TITLE = "Lancaster and Morecambe College \u2013 Post-Inspection Action Plan 2024/25"
LMC = [
    ("Education programmes for young people", [
        ("1", "Leaders should ensure that teachers of English and mathematics plan learning that builds on what learners already know, so that more learners achieve their qualifications.", [
            ("1.1", "Introduce a diagnostic initial assessment for all GCSE resit learners in the first two weeks of term and use the results to set individual learning targets.",
             "Head of English and Maths", d(2024, 9, 30), None, "All resit learners have targets recorded on ProMonitor by week 3.",
             "Completed for all 412 resit learners; targets reviewed at first progress check.", "green"),
            ("1.2", "Provide fortnightly coaching for English and maths teachers from the Advanced Practitioner team, focused on sequencing and checking learning.",
             "Advanced Practitioner Lead", d(2024, 12, 20), d(2025, 2, 28), "Observation profile for English and maths improves to 80% secure.",
             "Coaching paused in December owing to staff absence; revised date agreed by SLT.", "amber"),
        ]),
        ("2", "Leaders should ensure that all learners on study programmes benefit from meaningful work experience related to their career aims.", [
            ("2.1", "Appoint an Industry Placement Coordinator and create a tracker showing each learner's placement hours.",
             "Director of Employer Engagement", d(2024, 10, 31), None, "Coordinator in post; tracker live.",
             "Coordinator started 7 October 2024. Tracker live on SharePoint.", "blue"),
            ("2.2", "Agree placement targets with each curriculum area and report progress to the Quality and Standards Committee each term.",
             "Heads of Department / Industry Placement Coordinator", d(2025, 6, 30), None, "90% of level 3 learners complete a placement by June 2025.",
             "71% complete at end of spring term; on trajectory.", "green"),
        ]),
    ]),
    ("Apprenticeships", [
        ("3", "Leaders should ensure that assessors use the information from progress reviews to plan off-the-job training that helps apprentices make swift progress.", [
            ("3.1", "Redesign the tripartite progress review template so that it records the next steps agreed with the employer and the off-the-job hours planned.",
             "Head of Apprenticeships", d(2024, 11, 30), None, "New template in use for all reviews from December 2024.",
             "Template launched 25 November 2024.", "blue"),
            ("3.2", "Audit a sample of 20% of progress reviews each half-term and feed back to assessors through one-to-one meetings.",
             "Quality Manager (Work-Based Learning)", "Half-termly", None, "Audit shows 90% of reviews set SMART next steps.",
             "Second audit: 74% of reviews met the standard.", "amber"),
            ("3.3", "Reduce the number of apprentices who are past their planned end date to below 10%.",
             "JW, LH", d(2025, 7, 31), None, "Past planned end date below 10% of the live caseload.",
             "Currently 17%; end-point assessment bookings delayed in engineering.", "red"),
        ]),
    ]),
    ("Leadership and management", [
        ("4", "Governors should receive more detailed information about the quality of apprenticeship provision so that they can hold leaders to account.", [
            ("4.1", "Add an apprenticeship quality dashboard to each Quality and Standards Committee report, including achievement, retention and breaks in learning.",
             "Vice Principal Quality", d(2024, 12, 31), None, "Dashboard received at every committee meeting.",
             "Dashboard presented December and March.", "green"),
            ("4.2", "Arrange a governor link visit to the apprenticeship team each term, with a written report to the Corporation.",
             "Clerk to the Corporation", d(2025, 3, 31), None, "Three link visits reported in 2024/25.",
             "Two visits completed; summer visit booked.", "green"),
        ]),
    ]),
]


def build_lmc(path):
    wb = Workbook()
    # Cover
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = LMC_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Ofsted inspection dates:"
    cv["B3"] = "23 \u2013 26 January 2024"
    cv["A4"] = "Report published:"
    cv["B4"] = "4 March 2024"
    cv["A6"] = "Judgement"
    cv["B6"] = "Grade"
    for c in ("A6", "B6"):
        cv[c].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Overall effectiveness", "Requires improvement"),
        ("The quality of education", "Requires improvement"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Good"),
        ("Leadership and management", "Requires improvement"),
        ("Education programmes for young people", "Requires improvement"),
        ("Adult learning programmes", "Good"),
        ("Apprenticeships", "Requires improvement"),
    ], start=7):
        cv.cell(row=i, column=1, value=k)
        cv.cell(row=i, column=2, value=v)
    cv["A17"] = "Version control"
    cv["A17"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Comment"], start=1):
        cv.cell(row=18, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([
        ("1.0", d(2024, 4, 15), "Vice Principal Quality", "Approved by Corporation 25/04/2024"),
        ("2.0", d(2024, 12, 9), "Vice Principal Quality", "Autumn update to Quality and Standards Committee"),
        ("3.0", d(2025, 5, 12), "Vice Principal Quality", "Spring update"),
    ], start=19):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    widths(cv, {"A": 38, "B": 24, "C": 24, "D": 50})

    # Key
    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG rating key"
    ky["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        ("blue", "Complete \u2013 action finished and impact evidenced"),
        ("green", "On track to meet the target date"),
        ("amber", "Some slippage \u2013 revised date or additional support needed"),
        ("red", "Off track \u2013 significant risk to completion, escalated to SLT"),
    ], start=3):
        ky.cell(row=i, column=1).fill = solid(col)
        ky.cell(row=i, column=2, value=txt)
    widths(ky, {"A": 8, "B": 64})

    # Plan
    ws = wb.create_sheet("PIAP")
    ws["A1"] = LMC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Inspection: 23 \u2013 26 January 2024    Overall effectiveness: Requires improvement"
    ws["A3"] = "Last updated: 12 May 2025    Plan owner: Vice Principal Quality"
    heads = ["AFI No.", "Area for improvement (Ofsted report)", "Ref", "Action", "Lead(s)", "Target date",
             "Revised date", "Impact measure", "Progress update (May 2025)", "RAG"]
    hdr(ws, 5, heads)
    r = 6
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for band, afis in LMC:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = solid("band")
        r += 1
        for no, afi, acts in afis:
            first = r
            for ref, act, lead, tgt, rev, imp, prog, rag in acts:
                vals = [None, None, ref, act, lead, tgt, rev, imp, prog, None]
                for j, v in enumerate(vals, start=1):
                    if v is None:
                        continue
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                rc = ws.cell(row=r, column=10)
                rc.fill = solid(rag)
                counts[rag] += 1
                for j in range(1, 11):
                    ws.cell(row=r, column=j).border = BOX
                r += 1
            ws.cell(row=first, column=1, value=no).alignment = WRAP
            ws.cell(row=first, column=2, value=afi).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=4, value="RAG summary").font = Font(bold=True)
    r += 1
    for col, label in (("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"), ("red", "Off track")):
        ws.cell(row=r, column=4, value=label).fill = solid(col)
        ws.cell(row=r, column=5, value=counts[col])
        r += 1
    ws.cell(row=r, column=4, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=5, value=sum(counts.values())).font = Font(bold=True)
    widths(ws, {"A": 8, "B": 42, "C": 6, "D": 52, "E": 26, "F": 11, "G": 11, "H": 36, "I": 40, "J": 7})
    ws.freeze_panes = "C6"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Spire Southampton Hospital - CQC must do / should do (xlsx)
#    summary sheet, Must Do and Should Do sheets, core-service band rows,
#    merged requirement cells, original/revised dates, previous/current RAG
# ---------------------------------------------------------------------------
SPIRE_TITLE = "Spire Southampton Hospital \u2013 CQC Inspection Action Plan"
SPIRE_MUST = [
    ("Surgery", [
        ("Regulation 12: Safe care and treatment",
         "The service must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient, including the sign-out stage.", [
             ("MD1a", "Relaunch the Five Steps to Safer Surgery with all theatre teams, with sign-out led by the operating surgeon.",
              "Theatre Manager", d(2024, 4, 30), None, "Relaunch completed at theatre audit day 17/04/2024.", "Amber", "Blue"),
             ("MD1b", "Monthly observational audit of 10 cases per theatre, reported to the Medical Advisory Committee.",
              "Theatre Manager / Clinical Governance Lead", d(2024, 5, 31), None, "Compliance 96% (Feb), 98% (Mar).", "Green", "Green"),
         ]),
        ("Regulation 18: Staffing",
         "The service must ensure that all staff complete mandatory training in sepsis recognition and management.", [
             ("MD2a", "Add sepsis e-learning to the mandatory training matrix and book face-to-face simulation sessions for ward nurses.",
              "Head of Clinical Services", d(2024, 6, 30), d(2024, 12, 31), "Compliance 68% against 90% target; simulation sessions cancelled twice.", "Amber", "Red"),
         ]),
    ]),
    ("Outpatients and diagnostic imaging", [
        ("Regulation 17: Good governance",
         "The service must ensure that patient records are stored securely in the outpatients department.", [
             ("MD3a", "Install lockable notes cabinets in consulting rooms and introduce a clear-desk check at the end of each clinic.",
              "Outpatients Manager", d(2024, 3, 31), None, "Cabinets fitted; spot checks show full compliance.", "Green", "Blue"),
         ]),
        ("Regulation 12: Safe care and treatment",
         "The service must ensure that medicines are stored at the correct temperature and that fridge temperatures are checked and recorded daily.", [
             ("MD4a", "Fit remote temperature monitoring to all medicines fridges in outpatients and imaging.",
              "Pharmacy Manager", d(2024, 9, 30), None, "Supplier installation slot moved to late September.", "Green", "Amber"),
             ("MD4b", "Include fridge temperature compliance in the monthly departmental audit.",
              "Pharmacy Manager", "Ongoing", None, "Included from April audit.", "Green", "Green"),
         ]),
    ]),
]
SPIRE_SHOULD = [
    ("Surgery", [
        ("SD1", "The service should ensure that patients' venous thromboembolism (VTE) risk is reassessed within 24 hours of admission.",
         "Add a 24-hour VTE reassessment prompt to the electronic patient record and audit compliance quarterly.",
         "RMO Lead, Ward Manager", d(2024, 7, 31), None, "Prompt live from 1 July 2024.", "Amber", "Green"),
        ("SD2", "The service should ensure that the pre-assessment process identifies patients with a learning disability or dementia and plans reasonable adjustments.",
         "Introduce a reasonable adjustments flag in pre-assessment with a link nurse in each department.",
         "Pre-assessment Lead", d(2024, 6, 30), d(2024, 10, 31), "Flag built; link nurses being recruited.", "Red", "Amber"),
    ]),
    ("Outpatients and diagnostic imaging", [
        ("SD3", "The service should improve the privacy of patients waiting in the imaging department.",
         "Refurbish the imaging waiting area to provide a separate area for patients in gowns.\nSeek approval for capital funding in the 2025 plan.",
         "Imaging Services Manager", d(2025, 3, 31), None, "Design agreed with Estates.", "Green", "Green"),
    ]),
]
RAGFILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def build_spire(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = SPIRE_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Inspection: 12 \u2013 13 December 2023 (Surgery; Outpatients and diagnostic imaging). Report published: 8 March 2024."
    sm["A3"] = "Position at 31 August 2024 \u2013 for the Clinical Governance Committee and Medical Advisory Committee"
    sm["A5"] = "Progress summary"
    sm["A5"].font = Font(bold=True)
    hdr(sm, 6, ["Core service", "Must do actions", "Should do actions", "Complete", "On track", "At risk", "Off track"])
    allrows = []
    for cs, reqs in SPIRE_MUST:
        for _reg, _req, acts in reqs:
            for a in acts:
                allrows.append((cs, "must", a[-1]))
    for cs, items in SPIRE_SHOULD:
        for it in items:
            allrows.append((cs, "should", it[-1]))
    r = 7
    for cs in ("Surgery", "Outpatients and diagnostic imaging"):
        rows = [x for x in allrows if x[0] == cs]
        vals = [cs, sum(1 for x in rows if x[1] == "must"), sum(1 for x in rows if x[1] == "should"),
                sum(1 for x in rows if x[2] == "Blue"), sum(1 for x in rows if x[2] == "Green"),
                sum(1 for x in rows if x[2] == "Amber"), sum(1 for x in rows if x[2] == "Red")]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=r, column=j, value=v).border = BOX
        r += 1
    tot = ["Total"] + [sum(sm.cell(row=rr, column=j).value for rr in (7, 8)) for j in range(2, 8)]
    for j, v in enumerate(tot, start=1):
        c = sm.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A12"] = "RAG key"
    sm["A12"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("Blue", "Complete \u2013 evidence validated by Head of Clinical Services"),
                                    ("Green", "On track"), ("Amber", "At risk of slippage"),
                                    ("Red", "Off track / overdue")], start=13):
        c = sm.cell(row=i, column=1, value=col)
        c.fill = solid(RAGFILL[col])
        sm.cell(row=i, column=2, value=txt)
    widths(sm, {"A": 36, "B": 16, "C": 16, "D": 11, "E": 11, "F": 11, "G": 11})

    heads = ["Ref", "Regulation", "CQC requirement", "Action", "Action owner", "Original target date",
             "Revised target date", "Progress update", "Previous RAG", "Current RAG"]

    md = wb.create_sheet("Must Do")
    md["A1"] = "MUST DO actions \u2013 regulatory breaches (Requirement Notices)"
    md["A1"].font = Font(bold=True, size=12)
    md["A2"] = "Updated by action owners monthly; reviewed at the Clinical Governance Committee."
    hdr(md, 4, heads)
    r = 5
    for cs, reqs in SPIRE_MUST:
        md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = md.cell(row=r, column=1, value=cs)
        c.font = Font(bold=True)
        c.fill = solid("band")
        r += 1
        for reg, req, acts in reqs:
            first = r
            for ref, act, own, orig, rev, prog, prev, cur in acts:
                for j, v in ((1, ref), (4, act), (5, own), (6, orig), (7, rev), (8, prog), (9, prev), (10, cur)):
                    if v is None:
                        continue
                    c = md.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                md.cell(row=r, column=9).fill = solid(RAGFILL[prev])
                md.cell(row=r, column=10).fill = solid(RAGFILL[cur])
                for j in range(1, 11):
                    md.cell(row=r, column=j).border = BOX
                r += 1
            md.cell(row=first, column=2, value=reg).alignment = WRAP
            md.cell(row=first, column=3, value=req).alignment = WRAP
            if r - 1 > first:
                md.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                md.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths(md, {"A": 7, "B": 20, "C": 44, "D": 50, "E": 26, "F": 12, "G": 12, "H": 40, "I": 10, "J": 10})

    sd = wb.create_sheet("Should Do")
    sd["A1"] = "SHOULD DO actions \u2013 improvements recommended by CQC"
    sd["A1"].font = Font(bold=True, size=12)
    sheads = ["Ref", "CQC recommendation", "Action", "Action owner", "Original target date",
              "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    hdr(sd, 3, sheads)
    r = 4
    for cs, items in SPIRE_SHOULD:
        sd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = sd.cell(row=r, column=1, value=cs)
        c.font = Font(bold=True)
        c.fill = solid("band")
        r += 1
        for ref, rec, act, own, orig, rev, prog, prev, cur in items:
            for j, v in enumerate([ref, rec, act, own, orig, rev, prog, prev, cur], start=1):
                if v is None:
                    continue
                c = sd.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sd.cell(row=r, column=8).fill = solid(RAGFILL[prev])
            sd.cell(row=r, column=9).fill = solid(RAGFILL[cur])
            for j in range(1, 10):
                sd.cell(row=r, column=j).border = BOX
            r += 1
    widths(sd, {"A": 7, "B": 44, "C": 50, "D": 26, "E": 12, "F": 12, "G": 40, "H": 10, "I": 10})
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. NHS Counter Fraud Authority - ARAC audit recommendations tracker (xlsx)
#    summary sheet, internal audit sheet with report group rows, NAO sheet
# ---------------------------------------------------------------------------
CFA_TITLE = "NHS Counter Fraud Authority \u2013 Audit Recommendations Tracker"
CFA_IA = [
    ("Cyber Security: Patching and Vulnerability Management (2024/25) \u2013 Limited assurance", [
        ("CS1", "High", "NHSCFA should define patching timescales by vulnerability severity in the Vulnerability Management Policy and monitor compliance monthly.",
         "Policy to be updated to include severity-based patching timescales (critical 14 days, high 30 days) and compliance to be reported to the Digital Board monthly.",
         "Chief Information Officer", d(2024, 12, 31), d(2025, 3, 31), "Complete",
         "Policy approved by ELT 18/03/2025; first compliance report to Digital Board April 2025."),
        ("CS2", "Medium", "End-of-life devices should be identified and a replacement plan agreed.",
         "Produce an extract of unsupported devices from the asset register and agree a funded replacement plan.",
         "Head of Digital Operations", d(2025, 3, 31), d(2025, 9, 30), "Revised date agreed",
         "47 devices identified; replacement dependent on 2025/26 capital allocation."),
    ]),
    ("Procurement and Contract Management (2024/25) \u2013 Moderate assurance", [
        ("PC1", "Medium", "Contract owners should hold documented contract management meetings for all contracts above \u00a3100k.",
         "Contract management framework to be issued, with a quarterly meeting log reviewed by the Commercial team.",
         "Head of Commercial", d(2025, 1, 31), None, "Complete", "Framework issued January 2025."),
        ("PC2", "Low", "The contracts register should be published in line with the transparency requirements of the Procurement Act 2023.",
         "Update the contracts register and publish it on the Central Digital Platform.",
         "Head of Commercial / Finance Business Partner", d(2025, 2, 28), None, "Overdue",
         "Delayed by Central Digital Platform registration; escalated to Director of Finance."),
    ]),
    ("Data Protection and Information Governance (2024/25) \u2013 Moderate assurance", [
        ("IG1", "Medium", "The record of processing activities (ROPA) should be reviewed annually by information asset owners.",
         "ROPA review cycle established, with sign-off by each information asset owner by 30 June each year.",
         "Head of Information Governance / Data Protection Officer", d(2025, 6, 30), None, "On track",
         "Review pack issued to IAOs 2 May 2025."),
    ]),
]
CFA_NAO = [
    ("1", "The useful economic lives of intangible assets had not been reviewed since 2021.",
     "Management should review the useful economic lives of intangible assets annually and document the review.",
     "Annual review of asset lives to be added to the year-end timetable and evidenced in the fixed asset register.",
     "Mensah, Grace", "Q2 2025/26", "On track"),
    ("2", "Two leavers remained on the payroll for one month after their leaving date.",
     "Leavers should be removed from the payroll and IT systems promptly, with a monthly reconciliation between HR and payroll records.",
     "Monthly HR\u2013payroll leavers reconciliation introduced from April 2025; IT account removal linked to the leavers form.",
     "Head of People", "April 2025", "Complete"),
]
CFA_STATUS = {"Complete": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red"}


def build_cfa(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = CFA_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee \u2013 24 June 2025 \u2013 Agenda item 7.2"
    sm["A3"] = "Presented by: Director of Finance and Corporate Governance"
    sm["A5"] = "Status key"
    sm["A5"].font = Font(bold=True)
    for i, (st, txt) in enumerate([("Complete", "Action implemented; evidence provided to auditors"),
                                   ("On track", "Action in progress and due date will be met"),
                                   ("Revised date agreed", "Original date missed; revised date agreed by ARAC"),
                                   ("Overdue", "Past due date with no agreed revision")], start=6):
        c = sm.cell(row=i, column=1, value=st)
        c.fill = solid(CFA_STATUS[st])
        sm.cell(row=i, column=2, value=txt)
    sm["A11"] = "Recommendations by source and status"
    sm["A11"].font = Font(bold=True)
    hdr(sm, 12, ["Source", "Complete", "On track", "Revised date agreed", "Overdue", "Total"])
    ia = [x for _g, rows in CFA_IA for x in rows]
    ia_stat = [x[7] for x in ia]
    nao_stat = [x[6] for x in CFA_NAO]
    for i, (src, sts) in enumerate([("Internal audit (GIAA)", ia_stat), ("External audit (NAO)", nao_stat)], start=13):
        vals = [src] + [sts.count(s) for s in ("Complete", "On track", "Revised date agreed", "Overdue")] + [len(sts)]
        for j, v in enumerate(vals, start=1):
            sm.cell(row=i, column=j, value=v).border = BOX
    allst = ia_stat + nao_stat
    vals = ["Total"] + [allst.count(s) for s in ("Complete", "On track", "Revised date agreed", "Overdue")] + [len(allst)]
    for j, v in enumerate(vals, start=1):
        c = sm.cell(row=15, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A17"] = "Completed recommendations are removed from the tracker after they have been reported to ARAC once."
    widths(sm, {"A": 30, "B": 44, "C": 12, "D": 20, "E": 12, "F": 10})

    ws = wb.create_sheet("Internal Audit")
    ws["A1"] = "Internal audit recommendations (Government Internal Audit Agency)"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Rec no.", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Status", "Update for ARAC (June 2025)"]
    hdr(ws, 3, heads)
    r = 4
    for grp, rows in CFA_IA:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=grp)
        c.font = Font(bold=True)
        c.fill = solid("band")
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                if v is None:
                    continue
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = solid(CFA_STATUS[row[7]])
            for j in range(1, 10):
                ws.cell(row=r, column=j).border = BOX
            r += 1
    widths(ws, {"A": 8, "B": 9, "C": 44, "D": 48, "E": 30, "F": 12, "G": 12, "H": 14, "I": 44})

    nao = wb.create_sheet("External Audit (NAO)")
    nao["A1"] = "External audit recommendations"
    nao["A1"].font = Font(bold=True, size=12)
    hdr(nao, 3, ["No.", "Finding", "Recommendation", "Management response", "Responsible officer", "Target date", "Status"])
    nao.merge_cells(start_row=4, start_column=1, end_row=4, end_column=7)
    c = nao.cell(row=4, column=1, value="NAO Audit Completion Report 2023-24")
    c.font = Font(bold=True)
    c.fill = solid("band")
    for i, row in enumerate(CFA_NAO, start=5):
        for j, v in enumerate(row, start=1):
            c = nao.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        nao.cell(row=i, column=7).fill = solid(CFA_STATUS[row[6]])
    widths(nao, {"A": 6, "B": 36, "C": 44, "D": 48, "E": 22, "F": 14, "G": 14})
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Skills Training UK - Ofsted apprenticeships PIAP (csv export; typo month)
# ---------------------------------------------------------------------------
STUK_ROWS = [
    ["Skills Training UK \u2013 Apprenticeships Post-Inspection Action Plan (PIAP)", "", "", "", "", "", "", ""],
    ["Ofsted inspection 19\u201322 March 2024 (further education and skills): Apprenticeships \u2013 Requires improvement. Areas for improvement from the report are listed below.", "", "", "", "", "", "", ""],
    ["Version 3 \u2013 updated for the Quality Improvement Board 10 December 2024", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Theme", "Area for improvement", "Ref", "Action", "Responsible", "Target date", "Progress to date", "RAG"],
    ["Quality of education",
     "Leaders should ensure that tutors plan off-the-job training that builds on what apprentices already know and can do.",
     "1.1", "Strengthen initial assessment so that each apprentice's starting point against the knowledge, skills and behaviours (KSBs) is recorded and used to adjust the training plan.",
     "Head of Quality", "Sept 2024", "New skills scan in use for all starts from September.", "Complete"],
    ["", "", "1.2", "Deliver CPD for all tutors on planning and sequencing learning from starting points.",
     "Head of Quality / Curriculum Managers", "Jan 2025", "Two of three sessions delivered.", "Green"],
    ["", "Leaders should ensure that apprentices receive timely and helpful feedback that helps them improve their work.",
     "1.3", "Introduce a 10 working day turnaround standard for marking and feedback, monitored through the e-portfolio.",
     "Curriculum Managers", "31/03/2025", "Standard agreed; e-portfolio report being built.", "Amber"],
    ["", "", "1.4", "Sample feedback quality in monthly standardisation meetings and share examples of effective practice.",
     "Quality Manager", "Febuary 2025", "First sample completed November.", "Amber"],
    ["Leadership and management",
     "Leaders should ensure that employers are fully involved in reviewing apprentices' progress.",
     "2.1", "Redesign the 12-weekly progress review so that line managers contribute comments and agree next steps.",
     "Operations Director", "Oct 2024", "New review form live.", "Complete"],
    ["", "", "2.2", "Monitor employer attendance at reviews and escalate non-attendance to account managers.",
     "Employer Engagement Manager", "July 2025", "Employer attendance 78% in autumn term.", "Green"],
    ["Personal development",
     "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and extremism relevant to their workplace and local area.",
     "3.1", "Add a Prevent topic to each progress review, using local risk information from the regional Prevent coordinator.",
     "Designated Safeguarding Lead", "Ongoing", "Topic added to review template.", "Green"],
    ["", "", "3.2", "Survey apprentices on their understanding of British values and Prevent, and act on the findings.",
     "DSL, Quality Manager", "June 2025", "", "Not started"],
    ["", "", "", "", "", "", "", ""],
    ["RAG: Complete = action closed; Green = on track; Amber = some delay; Red = at risk of not being met", "", "", "", "", "", "", ""],
]


def build_stuk(path):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        for row in STUK_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Heaton Moor Medical Group - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
HMMG_LINES = [
    "Heaton Moor Medical Group \u2013 CQC Inspection Action Plan",
    "Inspection: 7 November 2023 (announced comprehensive)\tReport published: 9 January 2024",
    "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
    "Plan owner: Practice Manager\tLast reviewed: 14/05/2024",
    "",
    "Ref\tCQC finding\tAction\tLead\tTarget date\tStatus\tComments",
    "Regulation 12 \u2013 Safe care and treatment",
    "1\tThe provider must ensure that patients prescribed high-risk medicines receive the required monitoring before repeat prescriptions are issued.\tRun weekly clinical system searches for patients on DMARDs, lithium and warfarin who are overdue monitoring; recall patients and add prescribing alerts.\tClinical Pharmacist / Dr A Khan\tDec-23\tComplete\tSearches running weekly since 20/11/23.",
    "2\t\tAudit 20 records each month to confirm monitoring was checked before a repeat prescription was issued.\tDr A Khan\tOngoing\tGreen\tApril audit 19/20 compliant.",
    "3\tThe provider must ensure that the emergency medicines held reflect a documented risk assessment.\tComplete a risk assessment for emergency medicines not held on site and order any missing stock.\tLead Nurse\t30/11/2023\tComplete\tRisk assessment signed off by partners.",
    "Regulation 17 \u2013 Good governance",
    "4\tThe provider must ensure that the system for acting on patient safety alerts is effective.\tSet up a shared alerts log with a named clinician for each alert and a monthly review at the clinical meeting.\tPractice Manager, Lead GP\tJan-24\tComplete\tLog in use from January.",
    "5\t\tRepeat the historic alert searches (valproate, SGLT2 inhibitors) to check patients remain safely managed.\tClinical Pharmacist\tQuarterly\tGreen\tLast run 02/04/2024.",
    "6\tThe provider must ensure that staff complete training relevant to their role, including safeguarding and infection prevention and control.\tUpdate the training matrix and give staff protected time to complete outstanding modules.\tAssistant Practice Manager\t29/02/2024\tAmber\tCompliance 88% at 14/05/24; three staff still outstanding.",
    "Areas where the provider should make improvements",
    "7\tThe provider should continue to improve patient satisfaction with telephone access.\tInstall cloud-based telephony with call-back and queue position messages.\tPractice Manager\tMar-24\tComplete\tNew system live 11/03/2024.",
    "8\tThe provider should take steps to identify more carers.\tCarers champion to review new registrations and add carer codes; display carers' information in reception.\tCarers Champion (Reception Team Leader)\tJun-24\tNot started\t",
    "",
    "Notes: plan reviewed monthly at the partners' meeting. Status: Complete = action closed; Green = on track; Amber = behind target date.",
]


def build_hmmg(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(HMMG_LINES) + "\r\n")


FILES = {
    "nb1-heles-school-post-ofsted-action-plan.docx": build_heles,
    "nb1-betsi-cadwaladr-uhb-hiw-ty-llywelyn-msu-improvement-plan.docx": build_hiw,
    "nb1-lancaster-and-morecambe-college-ofsted-post-inspection-action-plan.xlsx": build_lmc,
    "nb1-spire-southampton-hospital-cqc-must-should-do-action-plan.xlsx": build_spire,
    "nb1-nhs-counter-fraud-authority-arac-audit-recommendations-tracker.xlsx": build_cfa,
    "nb1-skills-training-uk-ofsted-apprenticeships-piap-typo-month-refuse.csv": build_stuk,
    "nb1-heaton-moor-medical-group-cqc-inspection-action-plan.txt": build_hmmg,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
