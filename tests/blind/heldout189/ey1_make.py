"""Build the seven ey1- blind test files (set heldout189).

Run with: /work/main/.venv/bin/python ey1_make.py
Writes the data files beside this script. The expected readings
(NAME.expected.yaml) are written separately, not by this script.
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
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000",
    "Grey": "BFBFBF", "Navy": "1F3864", "Light": "D9E2F3", "Pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL.get(name, name), end_color=FILL.get(name, name))


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Bristol City Council - ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
BRISTOL_TITLE = "ILACS Improvement Plan 2024–2026"
BRISTOL = [
    ("theme", "Theme 1: Help and protection"),
    ("rec", "Recommendation 1 – The quality and impact of management oversight and supervision of social work practice."),
    ("act", "1.1",
     "Refresh the supervision policy and templates so that every supervision record sets out reflective discussion, the child's plan and clear actions with timescales.",
     "Principal Social Worker", d(2024, 5, 31), None, "Green", "Blue",
     "Policy and templates launched 3 June 2024. Dip sample in August: 82% of records met the new standard.",
     "Audit grades for management oversight improved from 41% good to 63% good (Q1 to Q2)."),
    ("act", "1.2",
     "Deliver a mandatory management oversight training programme for all team managers and advanced practitioners, including audit of their own oversight.",
     "Head of Service (Safeguarding) / Workforce Development Manager", d(2024, 9, 30), d(2024, 12, 31), "Green", "Amber",
     "Provider change delayed cohort 2. Cohort 1 (18 managers) complete; cohort 2 booked for November.",
     ""),
    ("rec", "Recommendation 2 – The timeliness of initial child protection conferences and the quality of child protection plans."),
    ("act", "2.1",
     "Introduce a weekly performance clinic chaired by the Service Manager (Child Protection) to track every strategy discussion that leads to a section 47 enquiry until the initial conference is held.",
     "Service Manager (Child Protection)", d(2024, 7, 31), None, "Amber", "Green",
     "Clinic running weekly since 1 July. ICPCs within 15 working days: 71% (Q2) from 54% (Q4 23/24).",
     "Timeliness improving month on month."),
    ("act", "2.2",
     "Redesign the child protection plan template with children, parents and partners so that plans:\n- are written to the child;\n- set out what needs to change and by when.",
     "Head of Service (Safeguarding)", d(2025, 3, 31), None, "Green", "Green",
     "Two co-design workshops held with parents (Bristol Parent Carer Forum) and partners. Draft template in testing with two teams.",
     ""),
    ("theme", "Theme 2: Children in care and care leavers"),
    ("rec", "Recommendation 3 – The sufficiency of local homes for children in care, including foster carers and children's homes."),
    ("act", "3.1",
     "Launch the Bristol foster carer recruitment campaign and increase the number of approved mainstream fostering households by 25 by March 2026.",
     "Head of Service (Placements and Commissioning)", d(2026, 3, 31), None, "Green", "Green",
     "Campaign launched 12 August. 46 enquiries and 9 assessments started.",
     ""),
    ("act", "3.2",
     "Open two new council-run children's homes (four beds each) in partnership with the Department for Education capital programme.",
     "Director of Children's Social Care", d(2025, 12, 31), d(2026, 6, 30), "Amber", "Red",
     "Planning permission refused for the first site; alternative property being sought. Escalated to Improvement Board on 17 September.",
     ""),
    ("rec", "Recommendation 4 – The quality of pathway plans and the timeliness of care leavers' access to suitable accommodation."),
    ("act", "4.1",
     "Audit all pathway plans for care leavers aged 18 to 21 and update any plan that has not been reviewed in the last six months.",
     "Team Manager – Leaving Care", d(2024, 10, 31), None, "Green", "Blue",
     "All 312 pathway plans audited; 47 out-of-date plans reviewed and updated by 30 September.",
     "100% of pathway plans now in date."),
    ("act", "4.2",
     "Agree a joint housing protocol for care leavers with Bristol Housing Options, including a ring-fenced allocation of move-on tenancies.",
     "Head of Service (Children in Care and Care Leavers); Housing Options Manager", d(2024, 12, 31), None, "Amber", "Amber",
     "Draft protocol with Housing legal team. Number of ring-fenced tenancies still to be agreed with Cabinet Member.",
     ""),
]


def make_bristol(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bristol City Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children and Families Services"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = BRISTOL_TITLE
    cov["A3"].font = Font(bold=True, size=14, color=FILL["Navy"])
    cov["A4"] = ("Our response to the Ofsted inspection of local authority children's services (ILACS), "
                 "15–26 January 2024 (report published 12 March 2024)")
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("v1.0", "22/04/2024", "Head of Quality Assurance", "Plan submitted to Ofsted"),
            ("v1.2", "08/07/2024", "Head of Quality Assurance", "Q1 progress update"),
            ("v1.3", "09/10/2024", "Improvement Programme Manager", "Q2 progress update; revised dates for 1.2 and 3.2 agreed by Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("Light")
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Blue", "Complete – action delivered and impact evidenced"),
           ("Green", "On track to deliver by the target date"),
           ("Amber", "Some slippage – revised date agreed by Improvement Board"),
           ("Red", "Off track or at risk – escalated to Improvement Board")]
    for i, (k, v) in enumerate(key):
        a = cov.cell(row=13 + i, column=1, value=k)
        a.fill = fill(k)
        a.border = BOX
        b = cov.cell(row=13 + i, column=2, value=v)
        b.border = BOX
        cov.merge_cells(start_row=13 + i, start_column=2, end_row=13 + i, end_column=4)
    cov["A18"] = "Governance: Children's Services Improvement Board (independent chair), monthly. Owner: Executive Director, Children and Education."
    for col, w in zip("ABCD", (16, 14, 30, 60)):
        cov.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – Quarter 2 2024/25"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ("Theme", "Actions", "Blue", "Green", "Amber", "Red")
    data = [("Theme 1: Help and protection", 4, 1, 2, 1, 0),
            ("Theme 2: Children in care and care leavers", 4, 1, 1, 1, 1),
            ("Total", 8, 2, 3, 2, 1)]
    for j, v in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
        if v in FILL:
            c.fill = fill(v)
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = summ.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    summ["A8"] = "Actions with a revised target date: 2 (1.2, 3.2)"
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = BRISTOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position: Quarter 2 2024/25 (to 30 September 2024)"
    ws["A2"].font = Font(italic=True)
    headers = ("Ref", "Action", "Lead", "Original target date", "Revised target date",
               "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update (Q2)", "Evidence of impact")
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("Navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for item in BRISTOL:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True, size=12)
            ws.cell(row=r, column=1).fill = fill("Light")
        elif item[0] == "rec":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("Pale")
            ws.cell(row=r, column=1).alignment = WRAP
        else:
            _, ref, action, lead, orig, rev, prev, cur, prog, ev = item
            vals = (ref, action, lead, orig, rev, prev, cur, prog, ev)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=(v if v != "" else None))
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(prev)
            ws.cell(row=r, column=7).fill = fill(cur)
        r += 1
    ws.cell(row=r + 1, column=1, value="Note: where a revised target date is shown it has been agreed by the Improvement Board; the original date is kept for reference.")
    for col, w in zip("ABCDEFGHI", (7, 60, 30, 13, 13, 11, 11, 55, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Dorset Council - focused visit action plan (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
DORSET_TITLE = "Focused Visit Action Plan (Ofsted visit 8–9 October 2024)"
DORSET = [
    ("The consistency of management oversight of children in need plans, so that drift is identified and addressed.", [
        ("1", "Introduce a monthly child in need plan tracker for each locality, reviewed by team managers in supervision.",
         "Service Manager – Children in Need", "December 2024", "Blue",
         "Tracker live in all three localities from 2 December."),
        ("2", "Team managers to record a management oversight entry at every child in need review, including the next review date.",
         "Locality Team Managers", "January 2025", "Green",
         "Audit in January: oversight recorded in 78% of reviews."),
        ("3", "Quality Assurance Unit to complete a thematic audit of children in need plans open longer than 12 months.",
         "Head of Quality Assurance and Safeguarding", "March 2025", "Green",
         "Audit scoped; 40 cases selected."),
    ]),
    ("The quality of assessments for disabled children, including how well children's views and experiences are captured.", [
        ("4", "Deliver practice workshops for the Children with Disabilities team on direct work and non-verbal communication tools.",
         "Principal Social Worker", "January 2025", "Blue",
         "Three workshops held; 22 staff attended."),
        ("5", "Revise the assessment template so that a 'child's voice' section must be completed before the assessment can be authorised.",
         "Systems Development Manager / Principal Social Worker", "Febuary 2025", "Amber",
         "Change request with Mosaic team; testing delayed by system upgrade."),
        ("6", "Peer review of disabled children's assessments with a neighbouring authority.",
         "Head of Service – Children with Disabilities", "April 2025", "Green",
         "Agreed with BCP Council; dates being set."),
    ]),
    ("Partner agencies' attendance at, and contribution to, child in need meetings.", [
        ("7", "Report partner attendance at child in need meetings to the Dorset Safeguarding Children Partnership each quarter.",
         "Dorset Safeguarding Children Partnership Business Manager", "Ongoing", "Green",
         "First report to Partnership on 15 January."),
        ("8", "Agree attendance expectations for health and schools and publish them in the partnership thresholds guidance.",
         "Head of Service – Early Help and Children in Need", "March 2025", "Red",
         "Not yet agreed with schools forum; escalated to Director."),
    ]),
]


def make_dorset(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Dorset Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = DORSET_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated for Children's Services Improvement Board – 20 February 2025"
    ws["A3"].font = Font(italic=True)
    headers = ("Area for improvement", "No.", "Action", "Responsible officer", "Timescale", "RAG", "Progress / evidence")
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("Navy")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for area, acts in DORSET:
        top = r
        ws.cell(row=r, column=1, value=area)
        for no, action, lead, when, rag, prog in acts:
            for j, v in enumerate((no, action, lead, when, None, prog)):
                c = ws.cell(row=r, column=2 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(rag)
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=top, column=1).alignment = WRAP
        ws.cell(row=top, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="RAG key: green fill = on track; amber fill = some slippage; red fill = off track; blue fill = complete")
    for col, w in zip("ABCDEFG", (40, 6, 60, 30, 16, 8, 45)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Durham County Council - corporate parenting action plan (xlsx, sheet per priority)
# ---------------------------------------------------------------------------
DURHAM_TITLE = "Corporate Parenting Action Plan 2025–2027"
DURHAM = [
    ("1 Home", "Priority 1 – Having a safe and stable home",
     "What you told us: “I want to stay in the same place and not keep moving.”", [
         ("P1.1", "Increase the number of children in care living with Durham foster carers through the Fostering Recruitment and Retention Strategy.",
          "Strategic Manager – Fostering", "Durham Foster Carers Association", "March 2026", "On track",
          "11 new fostering households approved April–September."),
         ("P1.2", "Hold a stability meeting for every child who has had two or more moves in the last 12 months.",
          "Head of Children in Care / IRO Service Manager", "", "Ongoing", "Amber",
          "Stability meetings held for 31 of 44 children; IRO capacity is the issue."),
         ("P1.3", "Make sure every care leaver has a ‘staying close’ or ‘staying put’ offer discussed at their 17½ review.",
          "Care Leavers Service Manager", "Personal advisers", "Q3 2025/26", "Complete",
          "Review template updated; offer discussed in 100% of 17½ reviews since August."),
     ]),
    ("2 Education", "Priority 2 – Doing well at school and beyond",
     "What you told us: “Teachers should know what I need without me having to explain it again.”", [
         ("P2.1", "Make sure every child in care has a Personal Education Plan (PEP) reviewed each term, with the child's views recorded.",
          "Virtual School Headteacher", "Designated teachers", "Termly", "On track",
          "Summer term PEP completion 96%; child's views recorded in 88%."),
         ("P2.2", "Work with Employability Durham to offer every care leaver aged 16–21 a work experience or apprenticeship opportunity.",
          "Virtual School Headteacher and Employability Durham Manager", "Durham Works; Human Resources", "September 2026", "Not started",
          "Due to start January 2026 once the apprenticeship levy transfer is agreed."),
         ("P2.3", "Reduce suspensions of children in care through training for designated teachers on trauma-informed practice.",
          "Virtual School Headteacher", "Educational Psychology Service", "July 2026", "Amber",
          "Training delivered to 38 schools; suspensions up 6% on the same term last year."),
     ]),
    ("3 Health", "Priority 3 – Being healthy and happy",
     "What you told us: “I want to talk to someone when I need to, not wait months.”", [
         ("P3.1", "Complete every initial health assessment within 20 working days of a child coming into care.",
          "Designated Nurse for Children in Care (ICB)", "CDDFT Looked After Children Health Team", "December 2025", "Red",
          "Q2 timeliness 58%. Late notifications from social care remain the main cause; joint action agreed."),
         ("P3.2", "Commission a dedicated emotional wellbeing service for children in care and care leavers up to age 25.",
          "Head of Commissioning; Strategic Manager – Children in Care", "North East and North Cumbria ICB", "31/03/2026", "On track",
          "Service specification co-produced with the Children in Care Council; tender opens November."),
         ("P3.3", "Offer every care leaver free leisure centre membership and a health passport when they turn 18.",
          "Care Leavers Service Manager", "Culture, Sport and Tourism", "June 2025", "Complete",
          "Leisure passes issued to 214 care leavers; health passport in use since May."),
     ]),
]
STATUS_FILL = {"On track": "Green", "Amber": "Amber", "Red": "Red", "Complete": "Blue", "Not started": "Grey"}


def make_durham(path):
    wb = Workbook()
    key = wb.active
    key.title = "Key & Summary"
    key["A1"] = "Durham County Council – Corporate Parenting Panel"
    key["A1"].font = Font(bold=True, size=14)
    key["A2"] = DURHAM_TITLE
    key["A2"].font = Font(bold=True, size=12)
    key["A3"] = "Quarter 2 2025/26 update – for Corporate Parenting Panel, 14 November 2025"
    key["A5"] = "Status key"
    key["A5"].font = Font(bold=True)
    k = [("Complete", "Action finished and checked with the Children in Care Council"),
         ("On track", "Progressing as planned"),
         ("Amber", "At risk of slipping – mitigation in place"),
         ("Red", "Off track – needs Panel support"),
         ("Not started", "Start date not yet reached")]
    for i, (a, b) in enumerate(k):
        c = key.cell(row=6 + i, column=1, value=a)
        c.fill = fill(STATUS_FILL[a])
        c.border = BOX
        key.cell(row=6 + i, column=2, value=b).border = BOX
    key["A12"] = "Summary"
    key["A12"].font = Font(bold=True)
    summ = [("Priority", "Actions", "Complete", "On track", "Amber", "Red", "Not started"),
            ("1 – Home", 3, 1, 1, 1, 0, 0),
            ("2 – Education", 3, 0, 1, 1, 0, 1),
            ("3 – Health", 3, 1, 1, 0, 1, 0),
            ("Total", 9, 2, 3, 2, 1, 1)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = key.cell(row=13 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or row[0] == "Total":
                c.font = Font(bold=True)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 60

    for sheet, prio, voice, acts in DURHAM:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Durham Corporate Parenting Panel – " + DURHAM_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Quarter 2 2025/26 update"
        ws["A2"].font = Font(italic=True)
        ws["A4"] = prio
        ws.merge_cells("A4:G4")
        ws["A4"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A4"].fill = fill("7030A0")
        ws["A5"] = voice
        ws.merge_cells("A5:G5")
        ws["A5"].font = Font(italic=True, color="7030A0")
        hdr = ("Ref", "What we will do", "Lead", "Partners", "By when", "Status", "Q2 update")
        for j, h in enumerate(hdr):
            c = ws.cell(row=7, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
        for i, (ref, what, lead, partners, when, status, upd) in enumerate(acts):
            r = 8 + i
            for j, v in enumerate((ref, what, lead, partners or None, when, status, upd)):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(STATUS_FILL[status])
        for col, w in zip("ABCDEFG", (7, 60, 32, 28, 14, 12, 50)):
            ws.column_dimensions[col].width = w
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
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. South Gloucestershire - SEND priority action plan (docx, table per area)
# ---------------------------------------------------------------------------
SGLOS_TITLE = "South Gloucestershire SEND Priority Action Plan"
SGLOS = [
    ("Area for priority action 1",
     "Leaders across education, health and care should urgently improve the timeliness and quality of education, health and care (EHC) plans, including the contribution of health and social care professionals to assessments.",
     [("1.1", "Clear the backlog of EHC needs assessments over 20 weeks through additional casework capacity and weekly tracking by the SEND Service Manager.",
       "Head of SEND", "By 31 August 2025", "Backlog of assessments over 20 weeks reduced to zero; 60% of new plans issued within 20 weeks.", "Green"),
      ("1.2", "Introduce a multi-agency EHC plan quality assurance panel that audits 10% of new plans each month and feeds back to plan writers.",
       "Designated Clinical Officer (ICB) / SEND Quality Assurance Lead", "Autumn term 2025", "80% of audited plans graded good or better.", "Amber"),
      ("1.3", "Agree health and social care advice templates and a six-week return standard for all advice to EHC needs assessments.",
       "Designated Clinical Officer (ICB)", "June 2025", "90% of advice returned within six weeks.", "Complete")]),
    ("Area for priority action 2",
     "Leaders should improve communication with, and the involvement of, children and young people with SEND and their families, so that they feel listened to and understand what support is available.",
     [("2.1", "Co-produce a communication charter with South Gloucestershire Parents and Carers (SGPC) setting out response times for emails and calls.",
       "Assistant Director Education, Learning and Skills", "September 2025", "Charter published; 85% of contacts answered within the charter times.", "Green"),
      ("2.2", "Relaunch the Local Offer website with a search tool tested by young people from the SEND Youth Forum.",
       "Local Offer Officer and Participation Lead", "Summer term 2026", "Local Offer satisfaction in the annual survey up from 31% to 60%.", "Not started"),
      ("2.3", "Hold ‘you said, we did’ events with families in each locality.",
       "Head of SEND; SGPC Co-Chair", "Termly", "Feedback from each event published on the Local Offer within four weeks.", "Green")]),
    ("Areas for improvement",
     "Leaders should improve the identification of, and support for, children and young people with SEND who are not in school full-time, including those on part-time timetables.",
     [("3.1", "Establish a weekly register of all pupils with SEND on part-time timetables and review each case at the Inclusion Panel.",
       "Head of Inclusion", "October 2025", "Every part-time timetable reviewed within six weeks of starting.", "Green"),
      ("3.2", "Publish guidance for schools on the use of part-time timetables and alternative provision.",
       "Head of Inclusion", "December 2025", "Guidance issued to all schools; part-time timetables reduced by 25%.", "Amber")]),
]
SG_RAG_FILL = {"Green": "70AD47", "Amber": "FFC000", "Complete": "5B9BD5", "Not started": "BFBFBF", "Red": "FF0000"}


def make_sglos(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SGLOS_TITLE, style="Title")
    doc.add_paragraph("Local area partnership response to the Ofsted and CQC area SEND inspection (fieldwork 13–31 January 2025; report published 11 March 2025)")
    doc.add_paragraph("South Gloucestershire Council and NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Status", "Approved by")):
        set_cell(c, h, bold=True)
    for row in (("1.0", "23/05/2025", "Submitted to DfE and NHS England", "SEND Partnership Board"),
                ("1.1", "15/07/2025", "First progress update", "SEND Improvement Board"),
                ("1.2", "14/10/2025", "Second progress update", "SEND Improvement Board")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in (("Complete", "Action delivered"), ("Green", "On track"),
                          ("Amber", "At risk – mitigating action in place"), ("Red", "Off track"),
                          ("Not started", "Not yet due to start")):
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], SG_RAG_FILL[word])
        set_cell(cells[1], meaning)

    for head, text, acts in SGLOS:
        doc.add_heading(head, level=1)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead(s)", "Timescale", "Measure of success", "RAG")):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, action, lead, when, measure, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, action, lead, when, measure, rag)):
                set_cell(c, v)
            shade(cells[5], SG_RAG_FILL[rag])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ("Name", "Role", "Date")):
        set_cell(c, h, bold=True)
    for r, row in zip(s.rows[1:], (("Alex Morgan", "Director of Children, Adults and Health, South Gloucestershire Council", "20/05/2025"),
                                   ("Priya Nair", "Chief Nursing Officer, BNSSG ICB", "20/05/2025"))):
        for c, v in zip(r.cells, row):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Foster Wales Swansea - CIW inspection improvement plan (docx, one table,
#    theme rows merged across, area for improvement merged down)
# ---------------------------------------------------------------------------
SWANSEA_TITLE = "Foster Wales Swansea: Improvement Plan following CIW Inspection (June 2024)"
SWANSEA = [
    ("Well-being", [
        ("Regulation 33: The service provider must ensure that foster parents’ annual reviews are completed within the required timescales and consider the views of children placed.", [
            ("1a", "Create a review tracker so that every annual foster carer review is booked two months before it is due.",
             "Fostering Team Manager", "30/09/2024", "Tracker in place; 94% of reviews now on time (December).", "Completed"),
            ("1b", "Revise the annual review paperwork to include a consultation form for children placed, available in Welsh and English.\nChildren in Care Council (Swansea Voices) to test the form before use.",
             "RE / HT", "Dec 2024", "Form tested with Swansea Voices in November and in use from 2 December.", "Completed"),
        ]),
    ]),
    ("Care and Support", [
        ("Regulation 27: The service provider must ensure that foster parents receive the training and development identified in their personal development plans.", [
            ("2a", "Publish a two-year learning and development programme for foster carers, including mandatory safeguarding and trauma-informed care modules.",
             "Principal Officer – Placements", "March 2025", "Programme drafted with Foster Wales regional training group.", "On track"),
            ("2b", "Record every foster carer's training in their personal development plan and check it at supervision.",
             "Supervising Social Workers", "Ongoing – reviewed quarterly", "Dip sample in January: 70% of plans up to date.", "On track"),
            ("2c", "Offer evening and weekend sessions for foster carers who work.",
             "Learning and Development Officer", "Q1 2025-26", "", "Not started"),
        ]),
    ]),
    ("Leadership and Management", [
        ("Regulation 80: The responsible individual must ensure the quality of care review is completed at least every six months and shared with foster parents.", [
            ("3a", "Complete the six-monthly quality of care review, including feedback from children, foster carers and staff.",
             "Responsible Individual", "31/10/2024", "Review completed and presented to Corporate Parenting Board on 28 October.", "Completed"),
            ("3b", "Share a summary of each quality of care review with foster parents through the Foster Wales Swansea newsletter.",
             "GW & HT", "April 2025", "", "On track"),
        ]),
    ]),
]


def make_swansea(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("City and County of Swansea – Child and Family Services")
    p.runs[0].bold = True
    doc.add_heading(SWANSEA_TITLE, level=1)
    doc.add_paragraph("Service: Foster Wales Swansea (local authority fostering service)")
    doc.add_paragraph("Inspection dates: 10–13 June 2024    Report published: 2 September 2024")
    doc.add_paragraph("Progress update prepared for the Corporate Parenting Board, January 2025.")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ("No.", "Area for improvement", "Action", "Responsible", "Target date", "Progress update (January 2025)", "Status")
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True)
        shade(c, "C00000")
    status_fill = {"Completed": "5B9BD5", "On track": "92D050", "Not started": "FFFFFF"}
    for theme, areas in SWANSEA:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, theme, bold=True)
        shade(merged, "F4B084")
        for afi, acts in areas:
            first = None
            for k, (no, action, lead, when, upd, status) in enumerate(acts):
                cells = t.add_row().cells
                set_cell(cells[0], no)
                if k == 0:
                    set_cell(cells[1], afi)
                    first = cells[1]
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], upd)
                set_cell(cells[6], status)
                if status_fill[status] != "FFFFFF":
                    shade(cells[6], status_fill[status])
                last = cells[1]
            if len(acts) > 1:
                first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Responsible officers: RE – Rhian Evans, Fostering Team Manager; HT – Huw Thomas, Senior Practitioner (Assessments); GW – Gareth Williams, Principal Officer – Placements.")
    doc.add_paragraph("Status: Completed – action delivered; On track – progressing within target date; Not started – not yet due.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. South Tyneside YJS - HMIP improvement plan (csv export)
# ---------------------------------------------------------------------------
STYNE_TITLE = "South Tyneside Youth Justice Service – HMI Probation Inspection Improvement Plan"
STYNE = [
    ("band", "The South Tyneside Youth Justice Management Board should:"),
    ("rec", "Recommendation 1: ensure that the board has a clear understanding of the quality of work delivered to children, including through the use of audit findings."),
    ("act", "1.1", "Add a standing quality assurance item to every board meeting, with the YJS audit summary presented by the Service Manager.",
     "YJS Service Manager", "01/06/2025", "30/09/2025", "", "G", "Standing item from the July board."),
    ("act", "1.2", "Board members to complete a practice observation or case walk-through at least once a year.",
     "Chair of YJ Management Board", "01/06/2025", "31/03/2026", "", "A", "4 of 11 members completed to date."),
    ("rec", "Recommendation 2: ensure that the partnership addresses the over-representation of children with care experience in the youth justice system."),
    ("act", "2.1", "Develop a joint protocol with children's social care and Northumbria Police to reduce the criminalisation of children in care.",
     "Head of Early Help & Youth Justice", "01/07/2025", "31/10/2025", "31/01/2026", "A", "Draft protocol shared with police; sign-off moved to January board."),
    ("act", "2.2", "Report disproportionality data by ethnicity, care status and SEND to every board meeting.",
     "YJS Performance Officer", "01/06/2025", "30/09/2025", "", "B", "First report to the September board."),
    ("band", "The South Tyneside Youth Justice Service Manager should:"),
    ("rec", "Recommendation 3: ensure that assessments and plans consider the safety and wellbeing of the child and the risk of harm to others, and are reviewed when circumstances change."),
    ("act", "3.1", "Deliver refresher training on AssetPlus risk of serious harm and safety and wellbeing assessments to all case managers.",
     "YJS Practice Manager / Learning and Development Officer", "01/05/2025", "31/07/2025", "", "B", "All 14 case managers trained by 18 July."),
    ("act", "3.2", "Introduce monthly case audits by team managers using the HMIP-style audit tool.",
     "YJS Team Managers", "01/07/2025", "Monthly", "", "G", "Audits completed July, August and September."),
    ("rec", "Recommendation 4: ensure that work with victims is prioritised, and that victims' views inform planning for children."),
    ("act", "4.1", "Recruit a second Restorative Justice and Victim Worker.",
     "YJS Service Manager", "01/06/2025", "30/09/2025", "30/11/2025", "R", "No suitable applicants in first round; readvertised."),
    ("act", "4.2", "Add a mandatory victim safety section to all intervention plans.",
     "YJS Practice Manager", "01/06/2025", "31/08/2025", "", "G", "Template changed; checking use through monthly audits."),
]


def make_styne(path):
    hdr = ["Ref", "Recommendation / action", "Owner", "Start", "Target date", "Revised target", "RAG", "Progress update"]
    n = len(hdr)
    rows = [[STYNE_TITLE] + [""] * (n - 1),
            ["Inspection fieldwork: 3–7 February 2025. Report published: 29 April 2025. Overall rating: Requires improvement."] + [""] * (n - 1),
            ["Position at: 30/09/2025"] + [""] * (n - 1),
            [""] * n,
            hdr]
    for item in STYNE:
        if item[0] in ("band", "rec"):
            rows.append(["", item[1]] + [""] * (n - 2))
        else:
            rows.append(list(item[1:]))
    rows += [[""] * n,
             ["Notes:"] + [""] * (n - 1),
             ["RAG key: B = complete; G = on track; A = at risk of slipping; R = off track / overdue"] + [""] * (n - 1),
             ["Where a revised target is shown it was agreed by the Management Board."] + [""] * (n - 1)]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Sunderland Safeguarding Children Partnership - JTAI action plan (tab-separated txt)
# ---------------------------------------------------------------------------
SUND_TITLE = "Joint Targeted Area Inspection (JTAI) – Multi-agency response to identification of initial need and risk – Action Plan"
SUND = [
    ("1. The quality and consistency of health partners' contribution to strategy discussions", [
        ("1.1", "Named GPs and the ICB safeguarding team to agree a standard for GP information-sharing within 24 hours of a strategy discussion request.",
         "Designated Nurse Safeguarding Children (ICB)", "Jan-25", "B", "Standard agreed at GP safeguarding leads forum 16/01/25."),
        ("1.2", "Health representation at every strategy discussion held in the Integrated Front Door, with attendance reported monthly.",
         "Designated Nurse Safeguarding Children (ICB)", "Ongoing", "G", "Attendance 91% in January."),
    ]),
    ("2. The recording of the child's lived experience and the rationale for decisions in the Integrated Front Door", [
        ("2.1", "Revise the contact and referral recording template so that the child's lived experience and the rationale for the decision are mandatory fields.",
         "IFD Service Manager", "Mar-25", "G", "Template in testing."),
        ("2.2", "Multi-agency audit of 30 front door decisions to test the quality of recording.",
         "Chair of SSCP Learning and Improvement Subgroup", "Q4 2024/25", "A", "Audit delayed by police staffing changes; now booked for March."),
        ("2.3", "Deliver joint briefings for IFD social workers and police MASH officers on recording decisions and rationale.",
         "IFD Service Manager / DI Public Protection MASH", "30/06/2025", "G", ""),
    ]),
    ("3. Partners' understanding and application of the threshold for children in need of help and protection", [
        ("3.1", "Relaunch the Sunderland threshold guidance with a briefing for each partner agency.",
         "SSCP Business Manager", "Feb-25", "B", "Relaunched 04/02/25; 11 briefings delivered."),
        ("3.2", "Track inappropriate referrals by agency and feed back to agency safeguarding leads each quarter.",
         "IFD Service Manager", "Apr-25", "A", "Data report being built by Together for Children performance team."),
    ]),
]


def make_sund(path):
    lines = ["Sunderland Safeguarding Children Partnership",
             SUND_TITLE,
             "Inspection: 9–13 September 2024. Letter published: 5 November 2024. Plan owner: SSCP Executive Group. Updated: February 2025.",
             "",
             "\t".join(("Area for improvement", "Ref", "Action", "Lead", "Completion date", "RAG", "Update (Feb 2025)"))]
    for area, acts in SUND:
        for k, (ref, action, lead, when, rag, upd) in enumerate(acts):
            lines.append("\t".join((area if k == 0 else "", ref, action, lead, when, rag, upd)))
    lines += ["",
              "RAG: R = not on track, A = some delays, G = on track, B = completed",
              "Summary: 7 actions – 2 completed (B), 3 on track (G), 2 some delays (A), 0 not on track (R)"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "ey1-bristol-city-council-ilacs-improvement-plan.xlsx": make_bristol,
    "ey1-dorset-council-focused-visit-action-plan-typo-month-refuse.xlsx": make_dorset,
    "ey1-durham-county-council-corporate-parenting-action-plan.xlsx": make_durham,
    "ey1-south-gloucestershire-send-priority-action-plan.docx": make_sglos,
    "ey1-foster-wales-swansea-ciw-fostering-inspection-improvement-plan.docx": make_swansea,
    "ey1-south-tyneside-yjs-hmip-improvement-plan.csv": make_styne,
    "ey1-sunderland-safeguarding-children-partnership-jtai-action-plan.txt": make_sund,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
