"""Build the seven hm1- blind test files (children's services plans).

Run with: /work/main/.venv/bin/python hm1_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand
(from the content defined here) and are not touched by this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "head": "1F3864",
    "theme": "D9E1F2",
    "grey": "E7E6E6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Northumberland County Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
NCC_TITLE = "Northumberland County Council Children's Services: ILACS Improvement Plan 2024–25"
NCC_RECS = [
    (
        "Recommendation 1: The consistency of written plans for children in need and children subject to child protection plans, so that they are specific, measurable and understood by families.",
        [
            ("1.1", "Refresh the child in need and child protection plan templates with practitioners and parents, and relaunch them through Practice Week.",
             "Principal Social Worker", d(2024, 10, 31), None, "Green", "Blue",
             "New templates live on LCS from 4 November 2024; Practice Week sessions attended by 212 staff."),
            ("1.2", "Deliver 'Writing plans that make sense' workshops to all social workers and team managers in the Locality and Safeguarding teams.",
             "Head of Service – Workforce Development / Principal Social Worker", d(2024, 12, 31), d(2025, 6, 30), "Green", "Amber",
             "Five of eight cohorts delivered. Remaining cohorts rescheduled after winter pressures; revised date agreed at Improvement Board 18/02/2025."),
            ("1.3", "Add a plan quality measure to the monthly practice audit programme and report findings to the Quality Assurance Board.\nRe-audit plans graded 'requires improvement' within six weeks.",
             "Head of Safeguarding and Quality Assurance", d(2025, 1, 31), None, "Amber", "Green",
             "Measure included from January audits; 71% of plans graded good or better (baseline 58%)."),
        ],
    ),
    (
        "Recommendation 2: The timeliness of initial health assessments for children coming into care.",
        [
            ("2.1", "Agree a joint escalation protocol with the ICB and Northumbria Healthcare NHS Foundation Trust for initial health assessments not completed within 20 working days.",
             "Service Manager (Children in Care) & Designated Nurse for Children in Care", d(2024, 9, 30), d(2024, 12, 31), "Amber", "Blue",
             "Protocol signed off by the Corporate Parenting Panel in December 2024."),
            ("2.2", "Notify the Children in Care health team of every child coming into care within two working days, with consent forms attached.",
             "Service Manager (Children in Care)", d(2025, 3, 31), None, "Green", "Green",
             "Notification within 2 days in 88% of cases in Q3; daily report now sent automatically."),
        ],
    ),
    (
        "Recommendation 3: The sufficiency of local homes for children in care with the most complex needs.",
        [
            ("3.1", "Open two additional council-run children's homes under the Sufficiency Strategy 2024–27 capital programme.",
             "Head of Service – Residential and Fostering", d(2025, 9, 30), None, "Amber", "Red",
             "Planning permission for the second property refused in February 2025; alternative site being identified."),
            ("3.2", "Run a targeted foster carer recruitment campaign for teenagers and brothers and sisters, aiming for 15 new fostering households.",
             "Fostering Service Manager / Communications Lead", d(2025, 3, 31), None, "Green", "Green",
             "11 households approved and 6 in assessment."),
            ("3.3", "Develop a joint commissioning framework with the ICB for children with complex health and emotional needs.",
             "Head of Commissioning (Children)", d(2025, 6, 30), None, "Green", "Amber",
             "Draft framework at ICB Children's Board in April; dependent on the ICB's 2025/26 budget."),
        ],
    ),
]


def build_ncc(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = NCC_TITLE
    cov["A1"].font = Font(bold=True, size=16, color=FILL["head"])
    cov["A3"] = "Response to the Ofsted inspection of local authority children's services (ILACS), 20–24 May 2024"
    cov["A4"] = "Overall effectiveness: Outstanding. The report set out three areas for improvement."
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    dc = [
        ("Version", "Date", "Author", "Status / changes"),
        ("1.0", d(2024, 8, 14), "Service Director, Children's Social Care", "Agreed by Children's Services Improvement Board"),
        ("1.1", d(2024, 12, 20), "Head of Safeguarding and Quality Assurance", "Q3 progress update"),
        ("1.2", d(2025, 3, 31), "Head of Safeguarding and Quality Assurance", "Q4 progress update; revised dates agreed"),
    ]
    for i, row in enumerate(dc, start=7):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 7:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(FILL["head"])
    cov["A12"] = "Governance: progress is reported quarterly to the Children's Services Improvement Board and to the Family and Children's Services Overview and Scrutiny Committee."
    for col, w in zip("ABCD", (12, 14, 44, 48)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=13)
    keyrows = [
        ("Blue", "Complete – action delivered and evidence of impact seen", "blue"),
        ("Green", "On track to be delivered by the target date", "green"),
        ("Amber", "Some slippage or risk; revised date may be needed", "amber"),
        ("Red", "Off track – will not be delivered without intervention", "red"),
    ]
    for i, (k, txt, col) in enumerate(keyrows, start=3):
        key.cell(row=i, column=1, value=k).fill = fill(FILL[col])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = NCC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress as at 31 March 2025 (Q4) – for the Children's Services Improvement Board, 15 April 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
               "Previous RAG (Dec 2024)", "Current RAG (Mar 2025)", "Progress update", "Evidence / impact measure"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    evidence = {
        "1.1": "Template on LCS; attendance log",
        "1.2": "Workshop registers; audit grades",
        "1.3": "Monthly audit report",
        "2.1": "Signed protocol",
        "2.2": "IHA timeliness (target 90% in 20 days)",
        "3.1": "Registration with Ofsted",
        "3.2": "Fostering panel approvals",
        "3.3": "Framework approved by ICB",
    }
    r = 5
    for rec, actions in NCC_RECS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill(FILL["theme"])
        c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead, orig, rev, prev, cur, upd in actions:
            vals = [ref, text, lead, orig, rev, prev, cur, upd, evidence[ref]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(FILL[prev.lower()])
            ws.cell(row=r, column=7).fill = fill(FILL[cur.lower()])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    counts = {}
    for _, actions in NCC_RECS:
        for a in actions:
            counts[a[6]] = counts.get(a[6], 0) + 1
    for k in ("Blue", "Green", "Amber", "Red"):
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k.lower()])
        ws.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (6, 58, 30, 13, 13, 12, 12, 48, 28)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Derbyshire County Council - Corporate Parenting Board action plan (xlsx)
# ---------------------------------------------------------------------------
DCC_TITLE = "Derbyshire Corporate Parenting Board – Action Plan 2025–2027"
# (what we will do, who, by when, how we will know, fill colour or None, update)
DCC_SHEETS = [
    ("1 Healthy", "Priority 1: Being healthy and feeling good about ourselves", "Board champion: Councillor Julie Patten", [
        ("Every child in care to have an up-to-date health assessment and health action plan, reviewed at each Child in Care Review.",
         "Designated Nurse for Children in Care", "Ongoing", "95% of health assessments in date", "green",
         "93% in date at end of September (national 90%)."),
        ("Offer every care leaver a health passport and a face-to-face health conversation before their 18th birthday.",
         "Leaving Care Service Manager & Designated Nurse for Children in Care", "March 2026", "Care leavers tell us they know their health history", "amber",
         "Passport redesigned with young people; printing delayed until November."),
        ("Extend the emotional wellbeing and mental health offer to children in care placed within 20 miles of the county border.",
         "CAMHS Commissioning Lead (Derby and Derbyshire ICB)", "Q4 2025/26", "Fewer children waiting over 18 weeks", None,
         "Not yet started – awaiting ICB funding decision."),
    ]),
    ("2 Learning", "Priority 2: Learning, achieving and having fun", "Board champion: Councillor Amrit Sandhu", [
        ("The Virtual School to track the attendance of every child in care daily and challenge schools where attendance falls below 90%.",
         "Head of the Virtual School", "Termly", "Persistent absence below 15%", "green",
         "Autumn term attendance 91.8%."),
        ("Secure 12 ringfenced apprenticeships across Derbyshire County Council for care leavers.",
         "Assistant Director – Organisation Development / Leaving Care Service Manager", "September 2025", "12 care leavers start apprenticeships", "blue",
         "12 posts ringfenced; 9 filled and 3 re-advertised through Derbyshire Adult Community Education."),
        ("Hold an annual celebration of achievement for children in care and care leavers, planned with the Children in Care Council.",
         "Participation Officer", "July 2026", "Young people's feedback on the event", "green",
         "Venue booked for 2 July 2026."),
    ]),
    ("3 Home & Leaving Care", "Priority 3: A safe home and a good start to adult life", "Board champion: Councillor Julie Patten", [
        ("Increase the proportion of care leavers in suitable accommodation to 95% through the Staying Close and Staying Put offers.",
         "Leaving Care Service Manager", d(2026, 3, 31), "95% in suitable accommodation (currently 89%)", "amber",
         "Staying Close grant confirmed; two providers shortlisted."),
        ("Exempt care leavers from council tax up to the age of 25 and publicise the exemption in the Local Offer.",
         "Director of Finance & ICT", "April 2025", "All eligible care leavers receive the exemption", "blue",
         "Exemption in place from 1 April 2025."),
        ("Review the Local Offer for care leavers with the Care Leavers' Forum and publish the refreshed offer online.",
         "Leaving Care Service Manager", "Dec 2025", "Refreshed Local Offer published", "red",
         "Delayed – consultation extended to November after feedback from young people."),
    ]),
]


def build_dcc(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = DCC_TITLE
    s["A1"].font = Font(bold=True, size=15)
    s["A2"] = "Our promise to children in care and care leavers – progress report to the Corporate Parenting Board, 16 October 2025"
    s["A2"].font = Font(italic=True)
    s["A4"] = "RAG key"
    s["A4"].font = Font(bold=True)
    keyrows = [("blue", "Complete"), ("green", "On track"), ("amber", "Some concerns"),
               ("red", "Off track"), (None, "Not yet started (no colour)")]
    for i, (col, txt) in enumerate(keyrows, start=5):
        c = s.cell(row=i, column=1)
        if col:
            c.fill = fill(FILL[col])
        c.border = BOX
        s.cell(row=i, column=2, value=txt)
    s["A11"] = "Summary by priority"
    s["A11"].font = Font(bold=True)
    hdr = ["Priority", "Actions", "Complete", "On track", "Some concerns", "Off track", "Not started"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=12, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    order = ["blue", "green", "amber", "red", None]
    tot = [0] * 6
    for i, (_, heading, _, acts) in enumerate(DCC_SHEETS, start=13):
        cnt = [sum(1 for a in acts if a[4] == k) for k in order]
        row = [heading.split(":")[0], len(acts)] + cnt
        for j, v in enumerate(row, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
        tot = [a + b for a, b in zip(tot, row[1:])]
    i = 13 + len(DCC_SHEETS)
    for j, v in enumerate(["Total"] + tot, start=1):
        c = s.cell(row=i, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 28
    for col in "CDEFG":
        s.column_dimensions[col].width = 14

    for sheetname, heading, champion, acts in DCC_SHEETS:
        ws = wb.create_sheet(sheetname)
        ws.merge_cells("A1:F1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws["A2"] = champion
        ws["A2"].font = Font(italic=True)
        hdr = ["What we will do", "Who is responsible", "By when", "How we will know it has made a difference", "RAG", "Update for Board (October 2025)"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(FILL["grey"])
            c.border = BOX
            c.alignment = WRAP
        for i, (what, who, when, measure, rag, upd) in enumerate(acts, start=5):
            for j, v in enumerate([what, who, when, measure, None, upd], start=1):
                c = ws.cell(row=i, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=i, column=5).fill = fill(FILL[rag])
        for col, w in zip("ABCDEF", (60, 34, 14, 34, 8, 50)):
            ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. East Sussex County Council - children's homes Ofsted action tracker (xlsx), refuse
# ---------------------------------------------------------------------------
ESCC_TITLE = "East Sussex County Council – Children's Homes: Ofsted Inspection Action Tracker 2025/26"
ESCC_HOMES = [
    ("Lansdowne Secure Children's Home (SC040112) – full inspection 13/05/2025 – Good", [
        ("LSCH-01", "Requirement", "Reg 12 – protection of children standard",
         "The registered person must ensure that each use of single separation is recorded on the day it occurs, including the reason and the child's views.",
         "Introduce a single separation recording template on Mosaic; duty manager to check every record within 24 hours.",
         "Registered Manager", "Jul-2025", "Complete", "Template live 30/06/2025. Monthly dip sample: 100% compliant."),
        ("LSCH-02", "Recommendation", "Guide para 8.17",
         "The registered person should ensure that children's education plans reflect their current attainment and are reviewed with the child.",
         "Head of Education to review every child's education plan with them within 10 days of admission and at each LAC review.",
         "Head of Education (Lansdowne)", "Sep-2025", "Complete", "All 11 plans reviewed."),
    ]),
    ("Acorn House (SC470233) – interim inspection 02/07/2025 – Improved effectiveness", [
        ("AH-01", "Requirement", "Reg 13 – leadership and management standard",
         "The registered person must ensure that the home's monitoring systems identify shortfalls in the recording of medication.",
         "Weekly medication audit by the deputy manager, signed off by the Registered Manager; findings in the Reg 45 report.",
         "Registered Manager / Responsible Individual", "Aug-2025", "Complete", "Audits in place from 04/08/2025."),
        ("AH-02", "Requirement", "Reg 31 – staffing",
         "The registered person must ensure that there are sufficient permanent staff so that children are cared for by adults they know.",
         "Complete recruitment to 3 vacant residential worker posts and reduce agency use to below 20% of shifts.",
         "Registered Manager", "Dec-2025", "In progress", "2 of 3 posts filled; agency use 26% in October."),
        ("AH-03", "Recommendation", "Guide para 7.5",
         "The registered person should ensure that children's views are included in their placement plans.",
         "Key workers to complete 'My plan, my words' with each child before their next placement plan review.",
         "Deputy Manager", "Nov-2025", "In progress", "3 of 4 children completed."),
    ]),
    ("The Beeches (SC049871) – full inspection 16/09/2025 – Requires improvement to be good", [
        ("TB-01", "Requirement", "Reg 6 – quality and purpose of care standard",
         "The registered person must ensure that each child's risk assessment is updated after every incident of going missing.",
         "Update all risk assessments after missing episodes within 24 hours; manager to sign off and share with the child's social worker.",
         "Registered Manager", "0ct-2025", "In progress", "Process agreed at team meeting 24/09/2025."),
        ("TB-02", "Requirement", "Reg 44 – independent person",
         "The registered person must ensure that the independent person's reports are received and acted on each month.",
         "Re-commission the Reg 44 visitor contract and track actions from each report in the home's development plan.",
         "Responsible Individual", "Jan-2026", "Not started", ""),
        ("TB-03", "Recommendation", "Guide para 10.21",
         "The registered person should ensure that staff receive training in child criminal exploitation.",
         "All staff to complete Pan-Sussex child exploitation training (level 2).",
         "Registered Manager", "Feb-2026", "Not started", "Places booked for January cohort."),
    ]),
]


def build_escc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    ws.merge_cells("A1:I1")
    ws["A1"] = ESCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Owner: Head of Residential Services · Last updated 03/11/2025 · Reviewed monthly at the Residential Services Leadership Meeting"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Ref", "Type", "Regulation / standard", "Requirement / recommendation (Ofsted wording)", "Action", "Responsible", "Due", "Status", "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.border = BOX
    r = 5
    status_fill = {"Complete": "blue", "In progress": "amber", "Not started": None}
    for home, rows in ESCC_HOMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=home)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            sf = status_fill[row[7]]
            if sf:
                ws.cell(row=r, column=8).fill = fill(FILL[sf])
            r += 1
    for col, w in zip("ABCDEFGHI", (9, 14, 24, 48, 48, 22, 10, 12, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Lancashire local area SEND priority action plan (docx)
# ---------------------------------------------------------------------------
LAN_TITLE = "Lancashire SEND Partnership – Priority Action Plan"
LAN_RAG = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
LAN_SECTIONS = [
    ("Area for priority action 1",
     "Leaders from the local authority and the ICB should urgently work together to improve their shared strategic governance, oversight and planning of services for children and young people with SEND, and check that their strategies are improving children's experiences.",
     [
         ("1.1", "Replace the SEND Partnership Board with a SEND Improvement Board under an independent chair, with agreed terms of reference and a single performance dashboard.",
          "Executive Director of Education and Children's Services; ICB Chief Nurse", "Apr 2025", "30/06/2025", "Blue",
          "Board met monthly since May 2025; dashboard in use from July."),
         ("1.2", "Agree a joint commissioning plan for speech and language therapy, occupational therapy and specialist nursing across the three Lancashire places.",
          "Head of Children's Commissioning (LSC ICB) / Head of SEND Commissioning", "May 2025", "Autumn term 2025", "Amber",
          "Needs analysis complete. Plan delayed by ICB restructure; now due to the Improvement Board in December."),
     ]),
    ("Area for priority action 2",
     "Leaders should significantly improve the timeliness and quality of education, health and care (EHC) plans and annual reviews, so that children's needs are accurately identified and met.",
     [
         ("2.1", "Recruit to the expanded SEND Statutory Assessment Service, including 8 additional EHC co-ordinators, and reduce caseloads to no more than 120 per co-ordinator.",
          "Head of SEND Statutory Services", "Apr 2025", "31/12/2025", "Green",
          "7 of 8 co-ordinators in post. Average caseload 131 (was 178)."),
         ("2.2", "Introduce multi-agency quality assurance of new and amended EHC plans, with monthly moderation involving health, social care and parent carers.",
          "Head of SEND Statutory Services; Designated Clinical Officer (LSC ICB)", "Jun 2025", "Autumn term 2025", "Green",
          "Moderation panels held in July and September; 42% of audited plans good or better."),
         ("2.3", "Clear the backlog of overdue annual reviews, prioritising children moving to secondary school or post-16.",
          "SEND Annual Review Team Manager", "Apr 2025", "Summer term 2026", "Amber",
          "Backlog down from 3,410 to 2,260."),
     ]),
    ("Area for priority action 3",
     "Leaders should make sure that children and young people waiting for neurodevelopmental assessment, and their families, get timely help while they wait.",
     [
         ("3.1", "Commission a 'support while waiting' offer in every place, co-designed with Lancashire Parent Carer Forum.",
          "Head of Children's Commissioning (LSC ICB) / Lancashire Parent Carer Forum", "Apr 2025", "30/09/2025", "Blue",
          "Offer launched 15 September 2025."),
         ("3.2", "Publish neurodevelopmental waiting-list data every month, by place and including the longest waits, on the Local Offer.",
          "ICB Children's Commissioning Lead", "Jul 2025", "31/10/2025", "Red",
          "Data sharing agreement with two providers not yet signed; escalated to the Improvement Board."),
     ]),
    ("Area for improvement 1",
     "Leaders should improve the information about the local offer so that families know what support is available and how to get it.",
     [
         ("4.1", "Relaunch the Local Offer website after user testing with parent carers and young people.",
          "Local Offer Manager", "Sep 2025", "January 2026", "Not started",
          "Supplier procurement under way."),
     ]),
]


def build_lancs(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(LAN_TITLE, style="Title")
    p = doc.add_paragraph("NHS Lancashire and South Cumbria Integrated Care Board and Lancashire County Council")
    p.runs[0].bold = True
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection of the Lancashire local area partnership (December 2024; report published 12 February 2025). "
                      "Approved by Cabinet and the ICB Board on 25 March 2025. This version includes progress to 30 September 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "25/03/2025", "SEND Improvement Lead", "Cabinet / ICB Board"),
                ("1.4", "10/10/2025", "SEND Improvement Lead", "SEND Improvement Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some risk to delivery"),
                          ("Red", "Off track / significant risk"), ("Not started", "Action not yet due to start")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        if word in LAN_RAG:
            shade(cells[0], LAN_RAG[word])
        set_cell(cells[1], meaning)

    hdr = ["Ref", "Action", "Lead(s)", "Start", "End", "RAG", "Progress update (September 2025)"]
    widths = [Cm(1.3), Cm(8.5), Cm(4.6), Cm(1.8), Cm(2.6), Cm(1.9), Cm(5.8)]
    for heading, text, actions in LAN_SECTIONS:
        doc.add_heading(heading, level=1)
        para = doc.add_paragraph(text)
        para.runs[0].italic = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True, size=9)
            shade(c, "D9E2F3")
        for a in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v, size=9)
            if a[5] in LAN_RAG:
                shade(cells[5], LAN_RAG[a[5]])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress against this plan is reported monthly to the SEND Improvement Board and quarterly to the Department for Education and NHS England.")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for a, b in [("Lancashire County Council", "Executive Director of Education and Children's Services"),
                 ("NHS Lancashire and South Cumbria ICB", "Chief Nurse"),
                 ("Lancashire Parent Carer Forum", "Chair")]:
        cells = s.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bromley Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
BRO_TITLE = "Bromley Safeguarding Children Partnership – JTAI Multi-agency Action Plan"
BRO_THEMES = [
    ("1. Strategic leadership and oversight", [
        ("The safeguarding partners' oversight of the quality of multi-agency practice at the front door, including the impact of the partnership's audit programme.", [
            ("1.1", "Add a front door dataset (contacts, conversion rates and repeat referrals by agency) to the BSCP performance scorecard.",
             "BSCP Business Manager", "Sept 2025", "Dataset in the Q2 scorecard presented to the Executive on 14/10/2025.", "B"),
            ("1.2", "Commission a multi-agency audit of 30 contacts that led to no further action, with findings reported to the Executive.",
             "Chair, Quality Assurance and Performance Subgroup", "Q3 2025/26", "Audit tool agreed; 18 of 30 cases audited.", "G"),
        ]),
    ]),
    ("2. The multi-agency front door", [
        ("The quality of referrals from partner agencies, which do not always set out what the concern is and what the referrer wants to happen.", [
            ("2.1", "Relaunch the multi-agency referral form with mandatory fields for the concern, the child's voice and what the referrer is asking for.",
             "Head of MASH and Referral Services", "31/10/2025", "New form live from 1 October 2025.", "G"),
            ("2.2", "Deliver front door briefings to GP practices, school designated safeguarding leads and police response teams.",
             "BSCP Training Lead / Named GP for Safeguarding Children", "Ongoing", "9 briefings delivered to 310 practitioners.", "G"),
        ]),
        ("Strategy discussions do not always include health and education, and their outcomes are not always recorded.", [
            ("2.3", "Agree a standard for health attendance at strategy discussions, supported by a rota of named nurses.",
             "Designated Nurse Safeguarding Children (SEL ICB)", "November 2025", "Rota in place for weekdays; out-of-hours cover still to be agreed.", "A"),
            ("2.4", "Record strategy discussion outcomes on the child's record within 24 hours and share them with everyone who attended.",
             "Head of MASH and Referral Services / DCI Public Protection (SN BCU)", "30/09/2025", "68% compliance in the November dip sample. Escalated to the Executive.", "R"),
        ]),
    ]),
    ("3. Information sharing and consent", [
        ("Practitioners' understanding of consent and of when information can be shared without it.", [
            ("3.1", "Publish a one-page guide to information sharing and consent, in line with the London Child Protection Procedures.",
             "BSCP Business Manager", "Aug 2025", "Published on the BSCP website and included in all training.", "B"),
        ]),
    ]),
]


def build_bromley(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run(BRO_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to children and families who need help (front door): 12–16 May 2025. Letter published 8 July 2025.")
    doc.add_paragraph("Safeguarding partners: London Borough of Bromley, NHS South East London ICB and the Metropolitan Police Service (South BCU).")

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in [("Version", "Date", "Prepared by", "Agreed by"),
                ("1.0", "19/08/2025", "BSCP Business Manager", "BSCP Executive"),
                ("1.2", "05/12/2025", "BSCP Business Manager", "BSCP Executive")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, bold=(row[0] == "Version"))

    doc.add_paragraph("RAG: B = complete, G = on track, A = at risk, R = off track.")

    hdr = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead", "Timescale", "Progress (December 2025)", "RAG"]
    ncol = len(hdr)
    t = doc.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True, size=9)
        shade(c, "BDD7EE")
    rag_col = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for theme, afis in BRO_THEMES:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[ncol - 1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "FCE4D6")
        for afi, actions in afis:
            first = None
            for ref, action, lead, when, prog, rag in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref, size=9)
                set_cell(cells[2], action, size=9)
                set_cell(cells[3], lead, size=9)
                set_cell(cells[4], when, size=9)
                set_cell(cells[5], prog, size=9)
                set_cell(cells[6], rag, bold=True, size=9)
                shade(cells[6], rag_col[rag])
                if first is None:
                    first = cells[1]
                    last = cells[1]
                else:
                    last = cells[1]
            m = first.merge(last) if first is not last else first
            set_cell(m, afi, size=9)
    widths = [Cm(1.1), Cm(5.5), Cm(6.5), Cm(4.2), Cm(2.2), Cm(5.2), Cm(1.2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph("")
    doc.add_paragraph("Glossary")
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("BSCP", "Bromley Safeguarding Children Partnership"), ("MASH", "Multi-Agency Safeguarding Hub"),
                 ("SEL ICB", "NHS South East London Integrated Care Board"), ("SN BCU", "South Basic Command Unit (Metropolitan Police)")]:
        cells = g.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Hertfordshire Youth Justice Service - HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
HYJ_TITLE = "Hertfordshire Youth Justice Service – HMI Probation Inspection Improvement Plan"
HYJ_GROUPS = [
    ("The Head of Hertfordshire Youth Justice Service should:", [
        ("ensure that assessment and planning consistently address the risk of harm to others, including clear contingency arrangements", [
            ("1.1", "Deliver mandatory risk of harm refresher training for all case managers.", "YJS Practice Development Manager", "31/10/2025", "Complete",
             "Delivered to 38 of 38 case managers."),
            ("1.2", "Add a contingency planning prompt to the case management system and the management oversight checklist.\nTeam managers to sign off every plan within 15 working days.",
             "Operational Manager (North) / Operational Manager (South)", "December 2025", "On track", "Prompt built; go-live 1 December."),
        ]),
        ("ensure that work to understand and respond to disproportionality, particularly for Black and mixed-heritage children, is embedded in practice", [
            ("2.1", "Analyse outcomes at each stage of the youth justice system by ethnicity and report them to the Management Board every quarter.",
             "Performance and Information Manager", "Quarterly", "On track", "First report to Board in October."),
            ("2.2", "Commission culturally competent practice training from an external provider for all staff and volunteers.",
             "YJS Head of Service", "March 2026", "Not started", ""),
        ]),
        ("ensure that victims' views are sought and that victim safety is considered in every out-of-court disposal decision", [
            ("3.1", "Restorative Justice Co-ordinator to attend every Joint Decision Making Panel.", "Restorative Justice Co-ordinator", "30/09/2025", "Complete",
             "Attending since August."),
        ]),
    ]),
    ("The Hertfordshire Youth Justice Management Board should:", [
        ("ensure that partner agencies, particularly health and education, provide enough resources to meet the needs of children known to the service", [
            ("4.1", "Secure a second seconded speech and language therapist through the ICB.",
             "Chair of the YJ Management Board / ICB Deputy Director of Children's Commissioning", "April 2026", "Amber",
             "Funding bid submitted; decision expected February."),
            ("4.2", "Agree a protocol with Hertfordshire schools for the reintegration of children who are on reduced timetables or excluded.",
             "Head of Inclusion (Education); YJS Head of Service", "Summer term 2026", "On track", "Draft shared with headteacher reference group."),
        ]),
        ("assure itself that performance reports to the board cover the quality of work, not only volumes", [
            ("5.1", "Add quarterly audit findings and children's feedback to the Management Board performance report.",
             "YJS Head of Service", "January 2026", "Red", "Audit capacity reduced by vacancy; not yet started."),
        ]),
    ]),
]


def build_hyj(path):
    ncol = 7
    rows = [
        [HYJ_TITLE] + [""] * (ncol - 1),
        ["Inspection fieldwork 9–13 June 2025; report published 19 August 2025; overall rating: Requires improvement"] + [""] * (ncol - 1),
        ["Version 3 – updated for the YJ Management Board, 27 November 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Recommendation", "Action ref", "Action", "Lead", "Target date", "Status", "Progress update"],
    ]
    for group, recs in HYJ_GROUPS:
        rows.append([group] + [""] * (ncol - 1))
        for rec, actions in recs:
            for k, (ref, action, lead, target, status, upd) in enumerate(actions):
                rows.append([rec if k == 0 else "", ref, action, lead, target, status, upd])
    rows.append([""] * ncol)
    rows.append(["Status key: Complete = delivered; On track = green; Amber = at risk; Red = off track; Not started = not yet due"] + [""] * (ncol - 1))
    n = sum(len(a) for _, recs in HYJ_GROUPS for _, a in recs)
    rows.append([f"Summary: {n} actions – 2 complete, 3 on track, 1 amber, 1 red, 1 not started"] + [""] * (ncol - 1))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Renfrewshire Council Adoption Service - Care Inspectorate improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------
REN_TITLE = "Renfrewshire Council Adoption Service – Care Inspectorate Improvement Plan"
REN_SECTIONS = [
    ("How good is our leadership?", [
        ("Requirement 1: By 31 December 2025, the provider must ensure that quality assurance processes are effective in identifying and addressing gaps in adoption practice and recording.", [
            ("R1.1", "Develop an adoption service quality assurance framework with a quarterly audit schedule.", "Service Manager, Permanence", "September 2025",
             "Framework approved by Children's Services Management Team 17/09/2025.", "B"),
            ("R1.2", "Audit 25% of adoption case files each quarter and report the findings to the Chief Social Work Officer.", "Team Leader, Adoption & Permanence", "Quarterly",
             "First audit completed October 2025 (14 files).", "G"),
        ]),
        ("Area for improvement 1: To support continuous improvement, the provider should ensure that the views of adopters and children are gathered and used to develop the service.", [
            ("A1.1", "Introduce an annual adopter feedback survey and a post-approval questionnaire.", "Adoption Team Leader", "31/01/2026",
             "Survey drafted with Adoption UK Scotland.", "G"),
            ("A1.2", "Set up a consultation group of care-experienced children and young people with Who Cares? Scotland.", "Participation Lead / Adoption Team Leader", "March 2026",
             "Initial meeting postponed; new date to be set.", "A"),
        ]),
    ]),
    ("How well do we support people's wellbeing?", [
        ("Requirement 2: By 31 October 2025, the provider must ensure that every adoptive family has a written adoption support plan, reviewed at least annually.", [
            ("R2.1", "Review every family granted an adoption order since April 2023 and complete an adoption support plan for each.", "Senior Practitioner, Adoption Support", "31/10/2025",
             "41 of 53 plans completed.", "A"),
            ("R2.2", "Update the adoption support policy to include the annual review of support plans.", "Service Manager, Permanence", "October 2025",
             "Policy updated and issued to staff.", "B"),
        ]),
        ("Area for improvement 2: The provider should ensure that adoption panel minutes clearly record the panel's reasons for its recommendations.", [
            ("A2.1", "Panel adviser to issue minute-taking guidance and check minutes before they are circulated.", "Adoption Panel Adviser", "Sept 2025",
             "Guidance issued; all minutes checked since August.", "B"),
        ]),
    ]),
]


def build_ren(path):
    lines = [
        REN_TITLE,
        "Care service number: CS2004081163\tInspection completed: 22 May 2025\tReport published: 1 July 2025",
        "Evaluations: How well do we support people's wellbeing? 3 – Adequate\tHow good is our leadership? 3 – Adequate\tHow good is our staff team? 4 – Good",
        "",
        "Prepared by: Service Manager, Permanence\tDate: 15/08/2025\tProgress reviewed: 28/11/2025",
        "",
        "No.\tAction\tResponsible officer\tTimescale\tProgress at 28/11/2025\tRAG",
    ]
    for question, items in REN_SECTIONS:
        lines.append(question)
        for heading, actions in items:
            lines.append(heading)
            for a in actions:
                lines.append("\t".join(a))
        lines.append("")
    counts = {}
    for _, items in REN_SECTIONS:
        for _, actions in items:
            for a in actions:
                counts[a[5]] = counts.get(a[5], 0) + 1
    lines.append("RAG: B = complete; G = on track; A = some delay; R = significant delay")
    lines.append("Totals: B {} / G {} / A {} / R {}".format(counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0)))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


FILES = {
    "hm1-northumberland-county-council-ilacs-improvement-plan.xlsx": build_ncc,
    "hm1-derbyshire-county-council-corporate-parenting-board-action-plan.xlsx": build_dcc,
    "hm1-east-sussex-county-council-childrens-homes-ofsted-action-tracker-typo-month-refuse.xlsx": build_escc,
    "hm1-lancashire-send-partnership-priority-action-plan.docx": build_lancs,
    "hm1-bromley-safeguarding-children-partnership-jtai-action-plan.docx": build_bromley,
    "hm1-hertfordshire-youth-justice-service-hmip-improvement-plan.csv": build_hyj,
    "hm1-renfrewshire-council-adoption-service-care-inspectorate-improvement-plan.txt": build_ren,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
