#!/usr/bin/env python3
"""Build the seven zsy- blind test files (set heldout693).

Run with /work/main/.venv/bin/python zsy_make.py  (writes next to this script).
Only files whose names start with 'zsy-' are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zsy-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Hackney - Living in Hackney Scrutiny Commission recommendations tracker (CSV)
# ---------------------------------------------------------------------------
HACKNEY_FILE = "zsy-hackney-council-living-in-hackney-scrutiny-commission-recommendations-tracker.csv"
HACKNEY_CM = "Cabinet Member for Housing Needs and Homelessness"
HACKNEY_ROWS = [
    ["London Borough of Hackney - Living in Hackney Scrutiny Commission"],
    ["Scrutiny Review: Private Rented Sector Housing Standards (2023/24) - Executive Response and Recommendations Tracker"],
    ["Executive response agreed by Cabinet on 22 July 2024. Progress update prepared for the Commission meeting of 24 March 2025."],
    [],
    ["Ref", "Recommendation / agreed action", "Executive response", "Lead officer", "Cabinet Member",
     "Target date", "Progress update (March 2025)", "RAG"],
    ["Recommendation 1: That the Council develops the evidence base needed to consider a further selective licensing designation for privately rented homes in the borough."],
    ["1a", "Commission an independent review of stock condition, deprivation and anti-social behaviour data for the private rented sector in every ward",
     "Agreed", "Head of Private Sector Housing", HACKNEY_CM, "30/11/2024",
     "Review completed by external consultants; final report received 18 November 2024.", "Complete"],
    ["1b", "Report options for a further licensing designation to Cabinet, including the outcome of the statutory consultation",
     "Agreed", "Head of Private Sector Housing / Principal Lawyer (Housing)", HACKNEY_CM, "Q1 2025/26",
     "Ten-week statutory consultation opened 3 February 2025. Cabinet report scheduled for June 2025.", "Green"],
    ["Recommendation 2: That enforcement activity is targeted at the worst properties and landlords, using intelligence held across the Council."],
    ["2a", "Develop a risk-based inspection model drawing on complaints, licensing, council tax and environmental health data",
     "Agreed", "Private Sector Housing Enforcement Manager", HACKNEY_CM, "Mar-25",
     "Data-matching pilot live in three wards. Model will be finalised once the new case management system is in place.", "Amber"],
    ["2b", "Set up a quarterly rogue landlord tasking meeting with the Metropolitan Police, London Fire Brigade and Trading Standards",
     "Agreed", "Community Safety Manager; Private Sector Housing Enforcement Manager",
     "Cabinet Member for Community Safety and Regulatory Services", "Sep-24",
     "First meeting held 12 September 2024 and quarterly since; first joint operation carried out in December 2024.", "Complete"],
    ["Recommendation 3: That private renters are better informed of their rights and supported to report disrepair, damp and mould."],
    ["3a", "Refresh the private renters' web pages and publish a 'Renting in Hackney' guide in the borough's most spoken community languages",
     "Partially agreed - guide to be published in the four most requested languages within existing resources",
     "Housing Advice and Options Manager", HACKNEY_CM, "Jan-25",
     "Web pages refreshed in December 2024. Guide published in English and Turkish; Yiddish and Bengali versions are with translators.", "Amber"],
    ["3b", "Run a damp and mould awareness campaign with renters' groups and advice agencies each autumn",
     "Agreed", "Head of Private Sector Housing", HACKNEY_CM, "Annually (October)",
     "First campaign ran in October 2024 with 12 community drop-in sessions.", "Green"],
    ["3c", "Introduce a named caseworker for private renters who report a Category 1 hazard",
     "Agreed", "Private Sector Housing Enforcement Manager", HACKNEY_CM, "",
     "Dependent on the restructure of the Private Sector Housing team, which has been delayed.", "Red"],
    ["Recommendation 4: That the Council prepares to implement national reform of the private rented sector."],
    ["4a", "Respond to government consultations on the Renters' Rights Bill and a Decent Homes Standard for the private rented sector",
     "Agreed", "Head of Strategy and Policy (Housing)", HACKNEY_CM, "Ongoing",
     "Responses submitted to MHCLG consultations in November 2024 and January 2025.", "Green"],
    ["4b", "Prepare an implementation plan for the private rented sector database and landlord ombudsman once regulations are published",
     "Agreed", "Head of Private Sector Housing", HACKNEY_CM, "Within 6 months of regulations",
     "Awaiting regulations.", "Not started"],
    [],
    ["RAG key: Complete = action delivered; Green = on track to deliver by the target date; Amber = at risk of slipping or partly delivered; Red = off track"],
    ["Tracker maintained by the Scrutiny Officer (Governance Services). Executive response: Cabinet, 22 July 2024."],
]


def build_hackney():
    width = 8
    with open(out(HACKNEY_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for row in HACKNEY_ROWS:
            w.writerow(row + [""] * (width - len(row)))


# ---------------------------------------------------------------------------
# Shared xlsx helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    None: None,
}


def style_header(ws, row, ncols, fill="1F3864"):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def widths(ws, ws_widths):
    for i, wdt in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wdt


# ---------------------------------------------------------------------------
# 2. Blaenau Gwent CBC - Corporate Plan annual delivery tracker (XLSX, fill-only RAG)
# ---------------------------------------------------------------------------
BG_FILE = "zsy-blaenau-gwent-cbc-corporate-plan-annual-delivery-tracker-2025-26.xlsx"
BG_TITLE = "Corporate Plan 2022-2027: Annual Delivery Tracker 2025/26"
BG_PLAN = [
    ("Priority 1: Maximise learning and skills for all to create a prosperous, thriving, resilient Blaenau Gwent", [
        ("1.1", "Progress the Sustainable Communities for Learning programme in line with the approved Strategic Outline Programme, including the business case for the new Welsh-medium seedling provision",
         "A Prosperous Wales; A Wales of Vibrant Culture and Thriving Welsh Language", "Corporate Director of Education",
         dt.date(2025, 4, 1), "March 2026", "green", "green",
         "Outline business case approved by Executive in July 2025; full business case being prepared for Welsh Government."),
        ("1.2", "Increase the number of 16-18 year olds not in education, employment or training who move into a positive destination through the Youth Progression Framework",
         "A Prosperous Wales; A More Equal Wales", "Service Manager Young People and Partnerships / Employment and Skills Manager",
         dt.date(2025, 4, 1), dt.date(2026, 3, 31), "green", "amber",
         "Caseloads higher than planned following loss of grant-funded post; 41 young people supported into a positive destination at Q2 against a target of 55."),
        ("1.3", "Create the additional Year 1 Welsh-medium places set out in the Welsh in Education Strategic Plan (WESP) for September 2025 entry",
         "A Wales of Vibrant Culture and Thriving Welsh Language", "Education Transformation Manager",
         dt.date(2025, 4, 1), "September 2025", "amber", "blue",
         "Additional 30 places available from September 2025. Action complete."),
    ]),
    ("Priority 2: Respond to the nature and climate crisis and enable connected communities", [
        ("2.1", "Deliver the 2025/26 actions in the Council's Decarbonisation Plan, including LED replacement of the remaining 1,200 street lighting columns",
         "A Resilient Wales; A Globally Responsible Wales", "Climate Change and Sustainability Manager",
         dt.date(2025, 4, 1), "Q4 2025/26", "green", "green",
         "780 columns converted by the end of September 2025; programme on schedule."),
        ("2.2", "Achieve the statutory 70% recycling rate through the roll-out of weekly separate food and dry recycling collections to all households",
         "A Resilient Wales; A Globally Responsible Wales", "Head of Neighbourhood Services",
         dt.date(2025, 4, 1), dt.date(2026, 3, 31), "amber", "red",
         "Q2 recycling rate 63.8%. Fleet delivery delayed; Welsh Government intervention plan agreed 17 October 2025."),
        ("2.3", "Complete the Ebbw Fawr active travel route between Ebbw Vale town centre and Cwm",
         "A Healthier Wales; A Globally Responsible Wales", "Team Manager Transport and Highways Development",
         dt.date(2025, 5, 1), dt.date(2025, 12, 1), "green", "amber",
         "Works paused for six weeks during utility diversions; contractor programme revised."),
    ]),
    ("Priority 3: An ambitious and innovative council delivering the quality services we know matter to our communities", [
        ("3.1", "Implement year one of the Workforce Strategy 2025-2030, including the new leadership and management development programme",
         "A Prosperous Wales", "Head of Organisational Development",
         dt.date(2025, 4, 1), "March 2026", "green", "green",
         "First cohort of 24 managers started the programme in September 2025."),
        ("3.2", "Launch the new customer relationship management (CRM) system and move the ten most requested services online",
         "A Prosperous Wales; A Wales of Cohesive Communities", "Chief Officer Commercial and Customer / Head of Digital Services",
         dt.date(2025, 9, 1), "Sept 2025 – March 2026", None, "amber",
         "Supplier appointed. Go-live for the first four services moved from November 2025 to January 2026."),
    ]),
    ("Priority 4: Empowering and supporting communities to be safe, independent and resilient", [
        ("4.1", "Safely reduce the number of children looked after through the Supporting Change and Family Group Conferencing services",
         "A Healthier Wales; A More Equal Wales", "Head of Children's Services",
         dt.date(2025, 4, 1), "Ongoing", "green", "green",
         "Children looked after reduced from 212 to 204 over the first half of the year."),
        ("4.2", "Review the adult services Information, Advice and Assistance (IAA) front door and agree a new operating model",
         "A Healthier Wales", "Head of Adult Services",
         dt.date(2025, 11, 1), dt.date(2026, 1, 31), None, None,
         "Review scoped; due to start in November 2025."),
        ("4.3", "Deliver the local actions in the Gwent Violence Against Women, Domestic Abuse and Sexual Violence (VAWDASV) Strategy",
         "A Wales of Cohesive Communities; A More Equal Wales", "Community Safety Manager",
         dt.date(2025, 4, 1), "March 2026", "green", "green",
         "Ask and Act training delivered to 310 staff; White Ribbon accreditation renewed."),
    ]),
]


def build_blaenau_gwent():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Blaenau Gwent County Borough Council / Cyngor Bwrdeistref Sirol Blaenau Gwent"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A3"] = BG_TITLE
    cov["A3"].font = Font(bold=True, size=16, color="1F3864")
    cov["A4"] = "Quarter 2 (April – September 2025) progress report"
    cov["A4"].font = Font(italic=True, size=12)
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    control = [
        ("Version", "1.2"),
        ("Owner", "Corporate Performance Team, Policy and Partnerships"),
        ("Reported to", "Corporate and Performance Scrutiny Committee, 20 November 2025"),
        ("Last updated", dt.date(2025, 10, 31)),
    ]
    for i, (k, v) in enumerate(control, start=7):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A12"] = "RAG key (Q1 and Q2 columns are colour-coded only)"
    cov["A12"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage - recovery action in place"),
           ("red", "Off track / at risk of not being delivered"), (None, "No colour - not yet started")]
    for i, (colour, meaning) in enumerate(key, start=13):
        c = cov.cell(row=i, column=1, value="")
        if colour:
            c.fill = FILL[colour]
        c.border = BOX
        cov.cell(row=i, column=2, value=meaning).border = BOX
    cov["A19"] = ("Well-being goals refer to the seven national goals in the Well-being of Future Generations (Wales) Act 2015. "
                  "This document is available in Welsh / Mae'r ddogfen hon ar gael yn Gymraeg.")
    cov["A19"].alignment = WRAP
    cov.merge_cells("A19:F20")
    widths(cov, [26, 60, 12, 12, 12, 12])

    ws = wb.create_sheet("Delivery Plan")
    ncol = 9
    ws["A1"] = "Corporate Plan 2022-2027 – Annual Delivery Tracker 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Status is shown by colour only - see the RAG key on the Cover sheet."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "Action", "Well-being Goal(s)", "Lead Officer", "Start", "Target completion", "Q1", "Q2",
           "Q2 progress commentary"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=3, column=c, value=h)
    style_header(ws, 3, ncol)
    r = 4
    for priority, actions in BG_PLAN:
        ws.cell(row=r, column=1, value=priority)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="2E75B6")
        ws.row_dimensions[r].height = 20
        r += 1
        for ref, text, goals, lead, start, end, q1, q2, comment in actions:
            vals = [ref, text, goals, lead, start, end, "", "", comment]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if isinstance(end, dt.date):
                ws.cell(row=r, column=6).number_format = "mmm-yy" if end.day == 1 else "dd/mm/yyyy"
            if FILL[q1]:
                ws.cell(row=r, column=7).fill = FILL[q1]
            if FILL[q2]:
                ws.cell(row=r, column=8).fill = FILL[q2]
            r += 1
    widths(ws, [7, 60, 30, 32, 12, 18, 6, 6, 55])
    ws.freeze_panes = "C4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 2025/26 summary by priority (Q2 status)"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Priority", "Complete", "On track", "Some slippage", "Off track", "Not started", "Total"]
    for c, h in enumerate(heads, start=1):
        sm.cell(row=3, column=c, value=h)
    style_header(sm, 3, len(heads))
    counts = []
    for priority, actions in BG_PLAN:
        tally = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
        for a in actions:
            tally[a[7]] += 1
        counts.append((priority.split(":")[0], tally))
    r = 4
    tot = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for name, tally in counts:
        row = [name, tally["blue"], tally["green"], tally["amber"], tally["red"], tally[None], sum(tally.values())]
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v).border = BOX
        for k in tot:
            tot[k] += tally[k]
        r += 1
    row = ["Total", tot["blue"], tot["green"], tot["amber"], tot["red"], tot[None], sum(tot.values())]
    for c, v in enumerate(row, start=1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    widths(sm, [14, 11, 11, 14, 11, 12, 8])
    wb.save(out(BG_FILE))


# ---------------------------------------------------------------------------
# Shared docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    """Write text into a cell; '\n' starts a new paragraph in the same cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True, colour="FFFFFF")
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 3. Adopt London North - RAA Service Development Plan (DOCX, one table per priority)
# ---------------------------------------------------------------------------
ALN_FILE = "zsy-adopt-london-north-raa-service-development-plan-2025-26.docx"
ALN_TITLE = "Adopt London North Service Development Plan 2025/26"
ALN_RAG_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "00B0F0", "": None}
ALN_PLAN = [
    ("Priority 1: Recruit adopters who can meet the needs of the children waiting", [
        ("1.1", "Deliver a targeted recruitment campaign for adopters for Black and Black mixed heritage children, working with the Adopt London Black Adoption Project",
         "Marketing and Recruitment Lead", "March 2026",
         "Two information evenings held with community and faith groups; 19 enquiries from Black or Black mixed heritage households so far this year.", "G"),
        ("1.2", "Reduce the average time from registration of interest to approval to six months across Stage 1 and Stage 2",
         "Team Manager (Recruitment and Assessment)", "31/03/2026",
         "Average currently 7.4 months. Two assessing social worker vacancies are being covered by sessional workers.", "A"),
        ("1.3", "Recruit at least eight early permanence (Fostering for Adoption) carers and offer early permanence for every suitable child",
         "Team Manager (Recruitment and Assessment) / Early Permanence Practice Lead", "Dec 2025",
         "Five early permanence carers approved; three more in assessment.", "G"),
    ]),
    ("Priority 2: Find families quickly for children with a plan for adoption", [
        ("2.1", "Hold a monthly family-finding tracking meeting with the permanence leads of each partner borough",
         "Team Manager (Family Finding)", "July 2025",
         "Meetings in place since June 2025 and attended by all six boroughs.", "Complete"),
        ("2.2", "Agree a shared protocol with partner boroughs for the timely completion and sharing of Child Permanence Reports",
         "Head of Service", "Q3 2025/26",
         "Draft protocol discussed at the Partnership Board in September 2025; comments awaited from two boroughs.", "A"),
    ]),
    ("Priority 3: Provide the right adoption support at the right time", [
        ("3.1", "Clear the backlog of adoption support needs assessments so that no family waits more than 12 weeks",
         "Adoption Support Team Manager", "31/12/2025",
         "42 families waiting at the end of September 2025, 17 of them for more than 12 weeks. Escalated to the Partnership Board.", "R"),
        ("3.2", "Launch a peer mentoring scheme for newly approved adopters, run with experienced adopter volunteers",
         "Adoption Support Team Manager; Participation Officer", "November 2025",
         "Eleven volunteer mentors trained; launch event booked for 20 November 2025.", "G"),
        ("3.3", "Commission a therapeutic parenting programme for adoptive parents of children aged 8 to 12\nFunded through the Adoption and Special Guardianship Support Fund",
         "Adoption Support Team Manager", "March 2026",
         "Provider selected; first group starts January 2026.", "G"),
    ]),
    ("Priority 4: Hear from children and adults affected by adoption", [
        ("4.1", "Run two participation events a year for adopted young people and report what they tell us to the Partnership Board",
         "Participation Officer", "Ongoing",
         "Summer event held in August 2025 with 23 young people.", "G"),
        ("4.2", "Develop a birth relative support service, including support with letterbox and direct contact",
         "Birth Relative Support Worker", "March 2026",
         "To start in Q4 once the post is recruited.", ""),
    ]),
]


def build_aln():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(ALN_TITLE, level=0)
    p = doc.add_paragraph()
    p.add_run("Mid-year progress update – October 2025").italic = True
    doc.add_paragraph("Regional Adoption Agency hosted by the London Borough of Islington on behalf of the London Boroughs "
                      "of Barnet, Camden, Enfield, Hackney, Haringey and Islington")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Document owner", "Head of Service, Adopt London North"),
                                     ("Approved by", "Adopt London North Partnership Board"),
                                     ("Version", "2.1"),
                                     ("Date", "14 October 2025"),
                                     ("Next review", "April 2026")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "D9E2F3")
        set_cell(row.cells[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This plan sets out what Adopt London North (ALN) will do in 2025/26 to improve outcomes for children with a plan "
        "for adoption, adopted children and their families, and adults affected by adoption. It takes account of our "
        "2024/25 annual report, feedback from adopters and young people, and the priorities of Adopt London and the "
        "national Adoption England programme. Progress is reported to the Partnership Board every quarter.")

    doc.add_heading("How to read this plan", level=1)
    doc.add_paragraph("Each action has a RAG rating in the last column:")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    header_row(k, ["RAG", "Meaning"])
    for row, (code, meaning) in zip(k.rows[1:], [("Complete", "Action delivered and embedded"),
                                                 ("G", "On track"),
                                                 ("A", "Some delay - mitigation in place"),
                                                 ("R", "Off track - escalated to the Partnership Board")]):
        set_cell(row.cells[0], code, bold=True)
        shade(row.cells[0], ALN_RAG_FILL[code])
        set_cell(row.cells[1], meaning)

    for priority, actions in ALN_PLAN:
        doc.add_heading(priority, level=1)
        tb = doc.add_table(rows=1 + len(actions), cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["No.", "What we will do", "Lead", "By when", "Progress at October 2025", "RAG"], fill="5B2C6F")
        for row, (ref, text, lead, when, progress, rag) in zip(tb.rows[1:], actions):
            set_cell(row.cells[0], ref)
            set_cell(row.cells[1], text)
            set_cell(row.cells[2], lead)
            set_cell(row.cells[3], when)
            set_cell(row.cells[4], progress)
            set_cell(row.cells[5], rag, bold=True)
            if ALN_RAG_FILL[rag]:
                shade(row.cells[5], ALN_RAG_FILL[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    header_row(s, ["Role", "Name", "Date"])
    for row, vals in zip(s.rows[1:], [("Chair, ALN Partnership Board", "Director of Children's Services (host authority)", "14/10/2025"),
                                      ("Head of Service, Adopt London North", "Head of Service", "14/10/2025")]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)
    doc.save(out(ALN_FILE))


# ---------------------------------------------------------------------------
# 4. Surrey AND Partnership - Area SEND inspection improvement plan (XLSX,
#    AFI merged down, original/revised dates, previous/current RAG)
# ---------------------------------------------------------------------------
SURREY_FILE = "zsy-surrey-local-area-send-partnership-inspection-improvement-plan.xlsx"
SURREY_TITLE = "Surrey Area SEND Inspection Improvement Plan"
SURREY_AFIS = [
    ("AFI 1: Leaders across the partnership should improve the timeliness of education, health and care (EHC) needs assessments and make sure that EHC plans are of consistently good quality and are updated following annual reviews.", [
        ("1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed in the SEND recovery plan",
         "Assistant Director – Inclusion and Additional Needs", "SCC", dt.date(2024, 3, 1), dt.date(2024, 7, 1),
         "Amber", "Complete", "All 14 EHC coordinator and 6 educational psychologist posts filled by July 2024."),
        ("1.2", "Introduce a multi-agency quality assurance audit of 40 EHC plans each term, with findings reported to the SEND Improvement Board",
         "Head of SEND Quality Assurance / Designated Clinical Officer (SEND)", "Joint", "Summer term 2024", None,
         "Green", "Green", "Three audit cycles completed. Plans judged good or better rose from 52% to 68%."),
        ("1.3", "Reduce the backlog of overdue annual reviews so that at least 90% are completed within statutory timescales",
         "Assistant Director – Inclusion and Additional Needs", "SCC", dt.date(2024, 12, 1), dt.date(2025, 6, 1),
         "Red", "Amber", "Backlog reduced from 2,900 to 1,150. Target date revised by the Improvement Board in December 2024."),
    ]),
    ("AFI 2: Leaders should improve communication with children, young people and their families so that they know what support is available while they wait for an assessment.", [
        ("2.1", "Relaunch the Local Offer website with content co-produced with Family Voice Surrey and an independent accessibility review",
         "Head of Communications (Children, Families and Lifelong Learning)", "SCC", dt.date(2024, 9, 1), None,
         "Green", "Complete", "New Local Offer launched 16 September 2024."),
        ("2.2", "Set up a single 'waiting well' information offer for families waiting for a neurodevelopmental assessment",
         "Designated Clinical Officer (SEND); Associate Director of Children's Commissioning", "ICB", "Autumn term 2024",
         dt.date(2025, 3, 1), "Amber", "Amber", "Waiting well pages live; printed pack and webinars delayed to March 2025."),
    ]),
    ("AFI 3: The integrated care board and health providers should reduce waiting times for neurodevelopmental and speech and language therapy assessments.", [
        ("3.1", "Commission additional neurodevelopmental assessment capacity from the independent sector to reduce the longest waits",
         "Associate Director of Children's Commissioning", "ICB", dt.date(2025, 3, 1), None,
         "Amber", "Red", "Procurement paused pending ICB financial recovery plan; longest wait remains over 100 weeks."),
        ("3.2", "Deliver the 'ordinarily available' speech, language and communication training offer to all mainstream schools",
         "Head of Therapies Commissioning", "ICB", dt.date(2025, 7, 1), None,
         "", "Green", "212 schools have taken part so far."),
    ]),
    ("AFI 4: Leaders should strengthen planning for young people's transition to adulthood, including health transition and access to post-16 opportunities.", [
        ("4.1", "Introduce a Preparing for Adulthood tracker from Year 9 for every young person with an EHC plan",
         "Head of Preparing for Adulthood", "SCC", dt.date(2025, 4, 1), None,
         "", "Not started", "Tracker specification agreed; build due to start in February 2025."),
        ("4.2", "Agree a joint health transitions protocol with the acute and community health trusts",
         "Designated Medical Officer / Designated Clinical Officer (SEND)", "ICB", "Q2 2025/26", None,
         "", "Green", "Task and finish group established in January 2025."),
    ]),
]
SURREY_RAG_FILL = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                   "Not started": "D9D9D9", "": None}


def build_surrey():
    wb = Workbook()
    rd = wb.active
    rd.title = "Read me"
    rd["A1"] = SURREY_TITLE
    rd["A1"].font = Font(bold=True, size=16, color="1F3864")
    rd["A2"] = "Surrey Additional Needs and Disabilities (AND) Partnership – Surrey County Council and NHS Surrey Heartlands ICB"
    lines = [
        "Purpose: this plan responds to the areas for improvement in the Ofsted and CQC area SEND inspection report "
        "(inspection 11 to 29 September 2023, published 24 November 2023). The inspection outcome was that the local "
        "area partnership's arrangements lead to inconsistent experiences and outcomes for children and young people with SEND.",
        "Governance: progress is reported monthly to the SEND Improvement Board and quarterly to the AND Partnership Board.",
        "Dates: where the Improvement Board has agreed a revised target date this is shown in the Revised target column; "
        "the original target is kept for transparency.",
        "RAG: 'Previous RAG' is the position reported in October 2024; 'Current RAG' is the position at 31 January 2025.",
    ]
    for i, text in enumerate(lines, start=4):
        rd.cell(row=i, column=1, value=text).alignment = WRAP
        rd.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
        rd.row_dimensions[i].height = 45
    rd["A9"] = "RAG key"
    rd["A9"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([("Complete", "Action delivered - impact being monitored"),
                                         ("Green", "On track to deliver by the target date"),
                                         ("Amber", "Some risk to delivery - mitigation in place"),
                                         ("Red", "Off track - escalated to the Improvement Board"),
                                         ("Not started", "Action not yet due to start")], start=10):
        c = rd.cell(row=i, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=SURREY_RAG_FILL[word])
        c.border = BOX
        rd.cell(row=i, column=2, value=meaning).border = BOX
    rd["A16"] = "Version 6 – 3 February 2025"
    rd["A16"].font = Font(italic=True)
    widths(rd, [18, 50, 15, 15, 15, 15])

    ws = wb.create_sheet("Improvement Plan")
    ncol = 10
    ws["A1"] = "Surrey Additional Needs and Disabilities (AND) Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = SURREY_TITLE
    ws["A2"].font = Font(bold=True, size=14, color="1F3864")
    ws["A3"] = "Progress position at 31 January 2025 – reported to the SEND Improvement Board, 12 February 2025"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    hdr = ["Area for improvement (from inspection report)", "Ref", "Action", "Lead officer(s)", "Partner",
           "Original target", "Revised target", "Previous RAG", "Current RAG", "Progress and evidence of impact"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, ncol)
    r = 6
    for afi, actions in SURREY_AFIS:
        first = r
        for ref, text, lead, partner, orig, rev, prev, cur, update in actions:
            vals = [afi if r == first else None, ref, text, lead, partner, orig, rev, prev, cur, update]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c, v in ((6, orig), (7, rev)):
                if isinstance(v, dt.date):
                    ws.cell(row=r, column=c).number_format = "mmm-yy"
            for c, v in ((8, prev), (9, cur)):
                if SURREY_RAG_FILL.get(v):
                    ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=SURREY_RAG_FILL[v])
            ws.row_dimensions[r].height = 60
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.cell(row=first, column=1).font = Font(bold=True)
    widths(ws, [42, 6, 50, 32, 9, 13, 13, 11, 11, 50])
    ws.freeze_panes = "B6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings (31 January 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Area for improvement", "Complete", "Green", "Amber", "Red", "Not started", "Total actions"]
    for c, h in enumerate(heads, start=1):
        sm.cell(row=3, column=c, value=h)
    style_header(sm, 3, len(heads))
    r = 4
    totals = [0] * 6
    for afi, actions in SURREY_AFIS:
        cur = [a[7] for a in actions]
        nums = [cur.count(k) for k in ("Complete", "Green", "Amber", "Red", "Not started")]
        row = [afi.split(":")[0]] + nums + [len(actions)]
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v).border = BOX
        totals = [a + b for a, b in zip(totals, nums + [len(actions)])]
        r += 1
    for c, v in enumerate(["Total"] + totals, start=1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    widths(sm, [22, 10, 10, 10, 10, 12, 13])
    wb.save(out(SURREY_FILE))


# ---------------------------------------------------------------------------
# 5. Flintshire CC - CIW children's services PEI improvement plan (DOCX, one table,
#    principle rows and AFI rows merged across, status words defined by a key)
# ---------------------------------------------------------------------------
FLINT_FILE = "zsy-flintshire-cc-ciw-childrens-services-performance-evaluation-improvement-plan.docx"
FLINT_TITLE = "Children's Services Improvement Plan – Response to the CIW Performance Evaluation Inspection (November 2023)"
FLINT_PLAN = [
    ("1. People – voice and choice", [
        ("Area for improvement 1.1: The local authority should ensure children's views, wishes and feelings are consistently recorded and are clearly evident in their care and support plans.", [
            ("1.1.1", "Revise the assessment and care and support plan templates in WCCIS so that 'What matters to me' is a mandatory section\nDeliver practice workshops on recording the child's voice to all social work teams",
             "Service Manager (Safeguarding and Quality Assurance)", "March 2024",
             "New templates live from 4 March 2024. Eight workshops delivered to 96 practitioners.", "Complete"),
            ("1.1.2", "Roll out the Mind of My Own app to all children looked after aged 8 and over",
             "Principal Social Worker / Participation Officer", "December 2024",
             "App licences purchased; 61 children have used the app since June 2024.", "On track"),
        ]),
    ]),
    ("2. Prevention", [
        ("Area for improvement 2.1: The local authority should strengthen its early help offer so that families receive support before their difficulties escalate.", [
            ("2.1.1", "Establish a multi-agency Early Help Hub panel in each of the three localities, with a single referral route for partners",
             "Senior Manager – Early Help and Prevention", "31/10/2024",
             "Panels running in Deeside and Mold; Holywell panel to start in October 2024.", "On track"),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("Area for improvement 3.1: The local authority must adhere to the requirements of the Wales Safeguarding Procedures, maintain close oversight of performance and take all reasonable steps to minimise delays.", [
            ("3.1.1", "Introduce a weekly performance report on strategy meetings, Section 47 enquiries and initial child protection conferences held within timescales",
             "Performance and Systems Manager", "May 2024",
             "Weekly report in place since 13 May 2024 and reviewed at the Senior Management Team.", "Complete"),
            ("3.1.2", "Make sure health, education and police are invited to every strategy meeting and that attendance is recorded and reported",
             "Service Manager (Safeguarding and Quality Assurance); BCUHB Named Nurse for Safeguarding Children", "Ongoing",
             "Audit in August 2024 found education was not invited to 9 of 40 strategy meetings. Escalated to the Regional Safeguarding Board.", "Off track"),
        ]),
    ]),
    ("4. Well-being", [
        ("Area for improvement 4.1: The local authority must continue its efforts to ensure a consistent, sufficient, qualified and competent workforce is in place to meet its statutory duties.", [
            ("4.1.1", "Implement the children's services recruitment and retention plan, including the market supplement for experienced social workers",
             "Chief Officer Social Services", "September 2024 – March 2025",
             "Agency social workers reduced from 19 to 14. Market supplement approved by Cabinet in July 2024; two senior practitioner posts still vacant.", "Some slippage"),
            ("4.1.2", "Increase the 'grow your own' social work trainee scheme from four to eight places a year",
             "Workforce Development Manager", "Sept 2024",
             "Eight trainees started with the Open University in September 2024.", "Complete"),
        ]),
        ("Area for improvement 4.2: The local authority should improve the timeliness and quality of pathway plans for young people leaving care, including their access to suitable accommodation.", [
            ("4.2.1", "Audit all pathway plans for care leavers aged 16 to 18 and complete the actions arising from the audit",
             "Team Manager (Leaving Care)", "31/10/2024",
             "Audit complete; 22 of 31 actions closed.", "On track"),
            ("4.2.2", "Work with Housing Solutions to develop two additional supported lodgings placements for care leavers",
             "Senior Manager Children and Workforce / Housing Solutions Manager", "March 2025",
             "One host family approved; second host family assessment delayed.", "Some slippage"),
        ]),
    ]),
]


def build_flintshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Flintshire County Council – Social Services\nCyngor Sir y Fflint – Gwasanaethau Cymdeithasol")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(FLINT_TITLE, level=0)
    doc.add_paragraph("Progress update for the Social and Health Care Overview and Scrutiny Committee – 26 September 2024")
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of children's services in "
        "November 2023. The report identified strengths and areas for improvement under each of the four principles of "
        "the Social Services and Well-being (Wales) Act 2014. This plan sets out the actions we are taking in response "
        "and is monitored monthly by the Children's Services Senior Management Team.")

    doc.add_paragraph().add_run("Status key").bold = True
    key = doc.add_table(rows=5, cols=3)
    key.style = "Table Grid"
    header_row(key, ["Status", "Meaning", "RAG"])
    for row, (word, meaning, rag, fill) in zip(key.rows[1:], [
            ("Complete", "Action completed", "Blue", "00B0F0"),
            ("On track", "Progressing within timescale", "Green", "00B050"),
            ("Some slippage", "Behind timescale - recovery action in place", "Amber", "FFC000"),
            ("Off track", "Will not be achieved without intervention", "Red", "FF0000")]):
        set_cell(row.cells[0], word, bold=True)
        set_cell(row.cells[1], meaning)
        set_cell(row.cells[2], rag)
        shade(row.cells[2], fill)
    doc.add_paragraph()

    nrows = 1 + sum(1 + sum(1 + len(acts) for _, acts in afis) for _, afis in FLINT_PLAN)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Responsible officer", "Timescale", "Progress update (September 2024)", "Status"],
               fill="00573F")
    i = 1
    for principle, afis in FLINT_PLAN:
        row = t.rows[i]
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, principle, bold=True, size=11, colour="FFFFFF")
        shade(m, "00573F")
        i += 1
        for afi, actions in afis:
            row = t.rows[i]
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, afi, bold=True)
            shade(m, "E2EFDA")
            i += 1
            for ref, text, lead, when, progress, status in actions:
                cells = t.rows[i].cells
                for cell, v in zip(cells, [ref, text, lead, when, progress, status]):
                    set_cell(cell, v)
                i += 1
    doc.add_paragraph()
    doc.add_paragraph("Abbreviations: WCCIS – Welsh Community Care Information System; BCUHB – Betsi Cadwaladr University "
                      "Health Board.")
    doc.save(out(FLINT_FILE))


# ---------------------------------------------------------------------------
# 6. Hampshire CC - Fostering Service Development Plan (TXT, tab-separated export)
#    REFUSE case: mistyped month "0ct-25" (zero for O) in a target date cell.
# ---------------------------------------------------------------------------
HANTS_FILE = "zsy-hampshire-county-council-fostering-service-development-plan-2025-26-typo-month-refuse.txt"
HANTS_LINES = [
    "Hampshire County Council – Children's Services Department",
    "Hampshire Fostering Service",
    "Fostering Service Development Plan 2025-26",
    "Reviewed quarterly by the Fostering Service Quality Assurance Group (Fostering Services National Minimum Standard 25)",
    "Position at 30 September 2025 (Q2)",
    "",
    "Ref\tAction\tLead\tTarget date\tRAG\tUpdate",
    "Objective 1: Sufficiency – recruit and keep enough Hampshire foster carers to meet the needs of children in care",
    "1.1\tDeliver the 2025-26 foster carer recruitment campaign, aiming for 60 new fostering households approved\tHead of Fostering / Marketing and Communications Manager\tMar-26\tAmber\t31 households approved at Q2; conversion from enquiry to application is below target.",
    "1.2\tIntroduce the revised fees and allowances scheme approved by Cabinet in March 2025\tHead of Fostering\tJun-25\tComplete\tNew scheme paid from 1 June 2025.",
    "1.3\tExtend the Mockingbird family model to two further constellations in Basingstoke and Havant\tFostering Service Manager (Support and Development)\tDec-25\tGreen\tHub carers identified for both constellations.",
    "Objective 2: Quality of care – foster carers are well trained, supervised and supported",
    "2.1\tRefresh the foster carer learning and development framework, including mandatory trauma-informed practice training\tFostering Learning and Development Lead\tNov-25\tGreen\tFramework drafted with the Foster Carer Association.",
    "2.2\tLaunch a 24/7 out-of-hours support line for foster carers staffed by experienced carers\tFostering Service Manager (Support and Development)\t0ct-25\tAmber\tRota agreed; telephony contract still being finalised.",
    "2.3\tMake sure every foster carer has an annual review completed within timescale, with the child's views included\tFostering Team Managers\tOngoing\tGreen\t94% of annual reviews completed within timescale in Q2.",
    "Objective 3: Children's voice and outcomes",
    "3.1\tSet up a Children in Care Council sub-group for fostered children to feed back on the service\tParticipation Lead; Independent Reviewing Service Manager\tJan-26\tGreen\tFirst meeting planned for half term.",
    "3.2\tReduce unplanned endings of foster placements through earlier stability meetings\tFostering Service Manager (Placements)\tMar-26\tRed\tUnplanned endings rose in Q2 (14 against 9 in Q1); stability meeting process under review.",
    "",
    "RAG key: Green = on track; Amber = some risk to delivery; Red = off track; Complete = delivered",
    "Next review: Fostering Service Quality Assurance Group, January 2026",
]


def build_hampshire():
    with open(out(HANTS_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HANTS_LINES) + "\n")


# ---------------------------------------------------------------------------
# 7. Bath & North East Somerset - Corporate Strategy delivery plan (XLSX,
#    one sheet per priority, commitment shown once per group, status words + key)
# ---------------------------------------------------------------------------
BANES_FILE = "zsy-bath-and-north-east-somerset-council-corporate-strategy-delivery-plan-2025-26.xlsx"
BANES_TITLE = "Corporate Strategy 2023-2027 – Delivery Plan 2025/26"
BANES_SHEETS = [
    ("Preparing for the future", "Preparing for the future", "Corporate Strategy priority 1 of 3", [
        ("Decarbonising our homes, buildings and transport", [
            ("PF1", "Install solar PV and air source heat pumps at five more council-owned buildings",
             "Head of Climate and Sustainability", "Climate Emergency and Sustainable Travel", dt.date(2026, 3, 1),
             "On track", "Three sites complete; two in design."),
            ("PF2", "Launch the Retrofit Accelerator advice service for owner-occupiers",
             "Energy Services Manager", "Climate Emergency and Sustainable Travel", dt.date(2025, 7, 31),
             "Complete", "Service launched 14 July 2025; 210 households advised to date."),
        ]),
        ("Delivering homes and jobs that meet local need", [
            ("PF3", "Submit the new Local Plan to the Secretary of State for examination",
             "Director of Sustainable Communities / Head of Planning Policy", "Built Environment and Housing",
             dt.date(2025, 12, 1), "Some delay", "Regulation 19 consultation closed late; submission date under review with the Planning Inspectorate."),
            ("PF4", "Deliver 120 affordable homes in 2025/26 with registered provider partners",
             "Head of Housing", "Built Environment and Housing", "Q4 2025/26",
             "On track", "58 completions at Q2."),
        ]),
    ]),
    ("Delivering for residents", "Delivering for local residents", "Corporate Strategy priority 2 of 3", [
        ("Keeping our streets clean and safe", [
            ("DR1", "Introduce the new street cleansing schedule for Bath city centre and the market towns",
             "Head of Waste and Fleet Services", "Adult Services and Neighbourhoods", dt.date(2025, 9, 1),
             "Complete", "New schedule in place from 1 September 2025."),
            ("DR2", "Replace 50 litter bins in high-footfall areas with solar compacting bins",
             "Neighbourhoods Manager", "Adult Services and Neighbourhoods", dt.date(2026, 3, 1),
             "Not started", "Funding confirmed; procurement to start in Q3."),
        ]),
        ("Improving access to council services", [
            ("DR3", "Extend One Stop Shop opening hours in Keynsham and Midsomer Norton",
             "Customer Services Manager", "Resources", dt.date(2025, 11, 1),
             "Significant delay", "On hold pending the outcome of the customer access review and staffing budget."),
        ]),
    ]),
    ("Focusing on prevention", "Focusing on prevention", "Corporate Strategy priority 3 of 3", [
        ("Giving children and young people the best start", [
            ("FP1", "Open two further Family Hubs in the Somer Valley and south-west Bath",
             "Director of Children's Services and Education; Family Hubs Programme Lead", "Children's Services",
             dt.date(2026, 1, 1), "On track", "Somer Valley hub opened September 2025; Bath hub on schedule."),
            ("FP2", "Increase take-up of the Holiday Activities and Food programme by children eligible for free school meals",
             "Public Health Commissioning Manager", "Children's Services", "Ongoing",
             "On track", "Summer 2025 take-up 41% (2024: 35%)."),
        ]),
        ("Helping adults to live independently", [
            ("FP3", "Award the new Community Support Service contract for reablement and homecare",
             "Director of Adult Social Care", "Adult Services and Neighbourhoods", dt.date(2026, 4, 1),
             "Some delay", "Tender evaluation extended after clarification questions; award date to be confirmed."),
        ]),
    ]),
]


def build_banes():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Bath & North East Somerset Council"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = BANES_TITLE
    sm["A2"].font = Font(bold=True, size=16, color="005EB8")
    sm["A3"] = "Quarter 2 performance report (to 30 September 2025) – Corporate Policy Development and Scrutiny Panel"
    sm["A3"].font = Font(italic=True)
    sm["A5"] = "Status key"
    sm["A5"].font = Font(bold=True)
    key = [("Complete", "Delivered", "00B0F0"), ("On track", "Green - will be delivered on time", "00B050"),
           ("Some delay", "Amber - minor slippage, still deliverable this year", "FFC000"),
           ("Significant delay", "Red - will not be delivered as planned", "FF0000"),
           ("Not started", "Not yet due to start", "FFFFFF")]
    for i, (word, meaning, fill) in enumerate(key, start=6):
        c = sm.cell(row=i, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=fill)
        c.border = BOX
        sm.cell(row=i, column=2, value=meaning).border = BOX
    heads = ["Priority", "Complete", "On track", "Some delay", "Significant delay", "Not started", "Total"]
    for c, h in enumerate(heads, start=1):
        sm.cell(row=13, column=c, value=h)
    style_header(sm, 13, len(heads), fill="005EB8")
    r = 14
    tot = [0] * 6
    for _sheet, heading, _sub, groups in BANES_SHEETS:
        st = [a[5] for _, acts in groups for a in acts]
        nums = [st.count(k) for k in ("Complete", "On track", "Some delay", "Significant delay", "Not started")]
        row = [heading] + nums + [len(st)]
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v).border = BOX
        tot = [a + b for a, b in zip(tot, nums + [len(st)])]
        r += 1
    for c, v in enumerate(["Total"] + tot, start=1):
        cell = sm.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    sm.cell(row=r + 2, column=1,
            value="Core policies running through all priorities: tackling the climate and nature emergency; giving people a bigger say.")
    widths(sm, [30, 45, 11, 12, 17, 12, 8])

    for sheet, heading, sub, groups in BANES_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=16, color="005EB8")
        ws["A2"] = sub
        ws["A2"].font = Font(italic=True)
        hdr = ["Commitment", "Ref", "Delivery action", "Lead officer", "Cabinet portfolio", "Due", "Status", "Q2 update"]
        for c, h in enumerate(hdr, start=1):
            ws.cell(row=4, column=c, value=h)
        style_header(ws, 4, len(hdr), fill="005EB8")
        r = 5
        for commitment, actions in groups:
            for n, (ref, text, lead, portfolio, due, status, update) in enumerate(actions):
                vals = [commitment if n == 0 else None, ref, text, lead, portfolio, due, status, update]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                if n == 0:
                    ws.cell(row=r, column=1).font = Font(bold=True)
                if isinstance(due, dt.date):
                    ws.cell(row=r, column=6).number_format = "mmm-yy" if due.day == 1 else "dd/mm/yyyy"
                fill = {k[0]: k[2] for k in key}[status]
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fill)
                r += 1
        widths(ws, [30, 6, 50, 34, 24, 10, 16, 48])
        ws.freeze_panes = "C5"
    wb.save(out(BANES_FILE))


def main():
    build_hackney()
    build_blaenau_gwent()
    build_aln()
    build_surrey()
    build_flintshire()
    build_hampshire()
    build_banes()
    for name in (HACKNEY_FILE, BG_FILE, ALN_FILE, SURREY_FILE, FLINT_FILE, HANTS_FILE, BANES_FILE):
        print("wrote", name)


if __name__ == "__main__":
    main()
