#!/usr/bin/env python3
"""Build the seven ji2- test files (set heldout303).

Run with /work/main/.venv/bin/python ji2_make.py  (openpyxl + python-docx).
Files are written beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, LIGHT, HEAD = "D9D9D9", "DDEBF7", "1F4E78"


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Central Bedfordshire Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
CB_TITLE = "Central Bedfordshire Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
# (kind, ...) rows: ("theme", text) / ("afi", text, n_actions) / action tuple
# action: ref, text, lead, original, revised, previous RAG letter, current fill, update
CB_ROWS = [
    ("theme", "Theme 1: Working with people"),
    ("afi", "People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.", 2),
    ("act", "1.1", "Implement a single risk-rated waiting list for all Care Act assessments, with weekly oversight by team managers.",
     "Head of Operations (Adults) / Principal Social Worker", d(2025, 6, 30), d(2025, 9, 30), "A", BLUE,
     "Single waiting list live in Mosaic from 1 September 2025. Weekly review by team managers evidenced in supervision audits."),
    ("act", "1.2", "Reduce the number of people waiting over 28 days for an assessment to below 150 by recruiting to the 6 vacant social work posts in the Long Term Care teams.",
     "Nicola Draper and Sam Okafor", d(2025, 12, 31), None, "A", AMBER,
     "4 of 6 posts filled. 212 people waiting over 28 days at end of September (down from 318 in April)."),
    ("afi", "Unpaid carers told us they did not always know how to access a carer's assessment.", 1),
    ("act", "1.3", "Relaunch the carers' assessment offer with Carers in Bedfordshire, including an online self-assessment and a carers' information pack.",
     "Commissioning Manager – Carers", d(2025, 11, 30), None, "G", GREEN,
     "Online self-assessment in user testing; information pack co-produced with the Carers Partnership Board."),
    ("theme", "Theme 2: Providing support"),
    ("afi", "Choice of home care was limited in rural areas, particularly in the east of Central Bedfordshire.", 2),
    ("act", "2.1", "Commission a rural home care lot for Biggleswade, Sandy and Potton through the Care and Support framework re-procurement.",
     "Head of Commissioning (Adults)", d(2026, 1, 31), d(2026, 4, 30), "G", AMBER,
     "Procurement timetable moved back to allow provider engagement events; contract award now April 2026."),
    ("act", "2.2", "Update the Market Position Statement with providers, setting out demand for dementia nursing and extra care.\nPublish on the council website and share at the Provider Forum.",
     "KL; TR", d(2025, 10, 31), None, "G", GREEN,
     "Draft shared at Provider Forum on 18 September 2025."),
    ("theme", "Theme 3: Ensuring safety within the system"),
    ("afi", "Safeguarding enquiries were not always completed within the council's own timescales, and there was a backlog of Deprivation of Liberty Safeguards (DoLS) applications.", 2),
    ("act", "3.1", "Introduce an adult safeguarding triage rota in the Multi-Agency Safeguarding Hub (MASH), with police and health partners, so that concerns are screened within 24 hours.",
     "Head of Safeguarding and Quality Assurance", d(2025, 12, 31), None, "A", AMBER,
     "Police and ICB staff confirmed; health rota gaps on Fridays."),
    ("act", "3.2", "Clear the DoLS backlog of applications over 12 months old using a time-limited Best Interests Assessor contract.",
     "DoLS Service Manager", d(2025, 8, 31), d(2026, 1, 31), "R", AMBER,
     "Contract started July 2025. Backlog reduced from 640 to 410 applications."),
    ("afi", "Transitions for young people moving to adult services started too late.", 1),
    ("act", "3.3", "Agree a joint Preparing for Adulthood protocol with Children's Services so that transitions planning starts at age 14.",
     "Service Manager (Preparing for Adulthood)", d(2026, 3, 31), None, "G", GREEN,
     "Protocol drafted; for sign-off at the Joint Transitions Board in January 2026."),
    ("theme", "Theme 4: Leadership"),
    ("afi", "Performance information was not consistently used to drive improvement at team level.", 1),
    ("act", "4.1", "Roll out Power BI team dashboards for waiting times, reviews and safeguarding, with monthly performance clinics chaired by the Assistant Director.",
     "Performance and Intelligence Manager", d(2025, 9, 30), None, "G", BLUE,
     "Dashboards live for all operational teams; clinics running since July 2025."),
    ("afi", "People with lived experience were not routinely involved in shaping improvement work.", 1),
    ("act", "4.2", "Refresh the co-production strategy with the Making It Real Board and report progress to the ASC Improvement Board.",
     "Director of Adult Social Care", "Quarterly", None, "G", GREEN,
     "Making It Real Board workshop held 3 September 2025."),
]


def build_central_beds():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = CB_TITLE
    cover["A1"].font = Font(bold=True, size=14, color=HEAD)
    cover["A3"] = "Document owner:"
    cover["B3"] = "Director of Adult Social Care"
    cover["A4"] = "Governance:"
    cover["B4"] = "ASC Improvement Board (monthly); Social Care, Health and Housing Overview and Scrutiny Committee (quarterly)"
    cover["A5"] = "CQC overall rating:"
    cover["B5"] = "Requires Improvement (assessment report published 14 March 2025)"
    cover["A7"] = "Document control"
    cover["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cover.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.border = BOX
    vers = [
        ("0.1", "04/04/2025", "ASC Improvement Lead", "First draft following CQC report"),
        ("1.0", "22/04/2025", "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.3", "30/09/2025", "ASC Improvement Lead", "Q2 progress; revised dates for 1.1, 2.1 and 3.2"),
    ]
    for r, row in enumerate(vers, 9):
        for i, v in enumerate(row, 1):
            c = cover.cell(row=r, column=i, value=v)
            c.border = BOX
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 16
    cover.column_dimensions["C"].width = 24
    cover.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = CB_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 30 September 2025 · reported to ASC Improvement Board 14 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    headers = ["Ref", "CQC area for improvement", "Action", "Lead(s)", "Original target date",
               "Revised target date", "Previous RAG (June 2025)", "Current RAG", "Progress update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    afi_left = 0
    letter_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for row in CB_ROWS:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        if row[0] == "afi":
            text, n = row[1], row[2]
            c = ws.cell(row=r, column=2, value=text)
            c.alignment = WRAP
            if n > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
            continue
        _, ref, text, lead, orig, rev, prev, cur, upd = row
        vals = [ref, None, text, lead, orig, rev, prev, None, upd]
        for i, v in enumerate(vals, 1):
            if i == 2:
                ws.cell(row=r, column=i).border = BOX
                continue
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        ws.cell(row=r, column=7).fill = fill(letter_fill[prev])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8).fill = fill(cur)  # colour only, no text
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the ASC Improvement Board on 9 September 2025. Previous RAG is shown as recorded at the June 2025 Board.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    summary = [("Blue (complete)", 2), ("Green (on track)", 4), ("Amber (some slippage)", 4), ("Red (off track)", 0), ("Total actions", 10)]
    for i, (k, v) in enumerate(summary, 1):
        ws.cell(row=r + i, column=1, value=k)
        ws.cell(row=r + i, column=2, value=v)
    widths = [7, 38, 55, 28, 12, 12, 11, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Blue – action complete and evidenced"),
                                    (GREEN, "Green – on track to deliver by target date"),
                                    (AMBER, "Amber – some slippage; recovery in hand"),
                                    (RED, "Red – off track; escalate to ASC Improvement Board")], 2):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "ji2-central-bedfordshire-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Isle of Man Fire and Rescue Service - peer review action plan (xlsx)
# ---------------------------------------------------------------------------
IOM_TITLE = "Isle of Man Fire and Rescue Service – Fire Peer Review Action Plan"
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": "FFFFFF"}
IOM_ROWS = [
    ("rec", "Recommendation 1: Develop a Community Risk Management Plan (CRMP) that reflects and responds to the Island's foreseeable risks."),
    ("act", "1.1", "Complete a Strategic Assessment of Risk for the Island, using incident data from 2018 to 2023 and partner risk registers.",
     "Station Manager (Risk & Planning)", "September 2023", "Complete",
     "Strategic Assessment of Risk signed off by the Senior Leadership Team on 26 September 2023."),
    ("act", "1.2", "Consult publicly on the draft CRMP 2024–2028 and lay the final plan before Tynwald.",
     "Chief Fire Officer", "April 2024", "On track",
     "Public consultation closed 8 March 2024 (412 responses). Final plan scheduled for the April sitting of Tynwald."),
    ("rec", "Recommendation 2: Review officer workloads and the number of roles held by individuals, and reduce reliance on interim arrangements."),
    ("act", "2.1", "Carry out a workload and role mapping exercise for all flexi-duty officers.",
     "Deputy Chief Fire Officer / HR Business Partner (OHR)", "August 2023", "Complete",
     "Role map completed; 9 secondary roles reallocated."),
    ("act", "2.2", "Make substantive appointments to the Group Manager (Prevention & Protection) and Station Manager (Training) posts.",
     "Deputy Chief Fire Officer", "December 2023 (revised June 2024)", "At risk",
     "No appointable candidate for the Group Manager post in the first round; re-advertised with a relocation package."),
    ("rec", "Recommendation 3: Review critical incident command arrangements so that officers are not overstretched at protracted or simultaneous incidents."),
    ("act", "3.1", "Agree a mutual aid arrangement with Merseyside Fire and Rescue Service for National Inter-Agency Liaison Officer (NILO) and tactical adviser support.",
     "Chief Fire Officer", "March 2024", "On track",
     "Draft memorandum of understanding with Merseyside legal team."),
    ("act", "3.2", "Revise the officer rota so that a second Level 2 incident commander is always available on-Island.",
     "Group Manager (Operations)", "January 2024", "Complete",
     "New rota in place from 1 January 2024."),
    ("rec", "Recommendation 4: Work with Government to improve the IT, HR and fleet support provided to the Service."),
    ("act", "4.1", "Agree service level agreements with Government Technology Services, the Office of Human Resources and the Department of Infrastructure fleet team.",
     "Head of Business Support", "Q4 2023/24", "On track",
     "HR and fleet SLAs agreed; GTS SLA at final draft."),
    ("act", "4.2", "Replace the station-end mobilising equipment and the mobile data terminals on all front-line appliances.",
     "Head of Business Support; Station Manager (Control)", "March 2025", "Not started",
     "Capital bid submitted for 2024/25 programme."),
    ("rec", "Recommendation 5: Strengthen the prevention offer to vulnerable people through better data sharing with partners."),
    ("act", "5.1", "Sign an information sharing agreement with Manx Care for referrals of people at high risk of fire.",
     "Prevention Manager", "October 2023", "Off track",
     "Agreement still with Manx Care Information Governance; escalated to DHA Chief Executive."),
]


def build_iom():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = IOM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Department of Home Affairs · Peer review carried out January 2023 (report published May 2023) · Position at 31 March 2024"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Reported to: DHA Executive Board"
    headers = ["Ref", "Action", "Action owner", "Target date", "Status", "Update / evidence"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
    r = 6
    for row in IOM_ROWS:
        if row[0] == "rec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
            r += 1
            continue
        _, ref, text, owner, target, status, upd = row
        for i, v in enumerate([ref, text, owner, target, status, upd], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=5).fill = fill(STATUS_FILL[status])
        r += 1
    for col, w in zip("ABCDEF", [6, 60, 30, 18, 12, 55]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 31 March 2024"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Status"
    sm["B3"] = "Meaning"
    sm["C3"] = "Number of actions"
    for c in ("A3", "B3", "C3"):
        sm[c].font = Font(bold=True)
    rows = [("Complete", "Action delivered and evidence provided", 3),
            ("On track", "Progressing to target date", 3),
            ("At risk", "Target date may be missed – mitigation in place", 1),
            ("Off track", "Target date missed – escalated", 1),
            ("Not started", "Not yet due to start", 1)]
    for i, (s, m, n) in enumerate(rows, 4):
        sm.cell(row=i, column=1, value=s).fill = fill(STATUS_FILL[s])
        sm.cell(row=i, column=2, value=m)
        sm.cell(row=i, column=3, value=n)
    sm.cell(row=9, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=9, column=3, value=9).font = Font(bold=True)
    sm.cell(row=11, column=1, value="The peer review made 15 recommendations. This plan tracks the five priority recommendations agreed with the Department of Home Affairs; the remaining ten are tracked in the CRMP delivery plan.")
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, "ji2-isle-of-man-fire-rescue-service-peer-review-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. North West Leicestershire DC - corporate risk register Q2 2025/26 (xlsx)
# ---------------------------------------------------------------------------
NWL_TITLE = "North West Leicestershire District Council – Corporate Risk Register, Quarter 2 2025/26"
NWL_ROWS = [
    ("risk", "CR1 – Financial sustainability: the Council cannot set a balanced budget over the Medium Term Financial Strategy period",
     "Director of Resources", 16, 8),
    ("act", "CR1.1", "Deliver the 2026/27 savings programme of £1.2m, with monthly monitoring by the Corporate Leadership Team.",
     "Head of Finance", d(2026, 2, 28), "Amber",
     "£0.7m identified; remaining proposals to Cabinet in December."),
    ("act", "CR1.2", "Review the reserves strategy alongside the Medium Term Financial Strategy refresh.",
     "Director of Resources", d(2025, 12, 31), "Green", "Reserves review under way."),
    ("risk", "CR2 – Local government reorganisation: disruption to services and loss of key staff during the move to new unitary arrangements",
     "Chief Executive", 12, 8),
    ("act", "CR2.1", "Submit the Council's local government reorganisation proposal for Leicestershire and agree transition governance arrangements.",
     "Chief Executive", d(2025, 11, 28), "Green", "Proposal endorsed by Council on 23 September 2025."),
    ("act", "CR2.2", "Maintain a staff retention and communication plan during the reorganisation period.",
     "Head of Human Resources and Organisation Development", "Ongoing", "Green",
     "Monthly staff briefings; turnover 9.8% (rolling 12 months)."),
    ("risk", "CR3 – Housing compliance: failure to meet the Regulator of Social Housing consumer standards for landlord health and safety",
     "Strategic Director of Communities", 15, 6),
    ("act", "CR3.1", "Complete outstanding fire risk assessment actions for the Council's sheltered schemes and flatted blocks.",
     "Head of Housing; Compliance Manager", d(2026, 1, 31), "Amber",
     "142 of 198 high-priority actions closed."),
    ("act", "CR3.2", "Complete stock condition surveys on the remaining 18% of council homes.",
     "Asset Manager", d(2026, 3, 31), "Green", "Surveyor contract extended; on programme."),
    ("risk", "CR4 – Cyber security: a cyber attack causes loss of systems or data",
     "Director of Resources", 20, 12),
    ("act", "CR4.1", "Achieve Cyber Essentials Plus accreditation.",
     "ICT Manager", d(2025, 9, 30), "Complete", "Accreditation confirmed 12 September 2025."),
    ("act", "CR4.2", "Run a cyber incident exercise with the Corporate Leadership Team and test the ICT disaster recovery plan.",
     "ICT Manager / Emergency Planning Officer", d(2025, 6, 30), "Red",
     "Exercise postponed twice because of LGR workload; new date not yet set."),
    ("act", "CR4.3", "Deliver mandatory phishing awareness training to all staff and members.",
     "ICT Manager", d(2026, 3, 31), "Green", "81% of staff complete; member sessions booked."),
]
STATUS_COLOUR = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def score_fill(n):
    return RED if n >= 15 else (AMBER if n >= 8 else GREEN)


def build_nwl():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = NWL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position at 30 September 2025 · Audit and Governance Committee, 19 November 2025"
    ws.merge_cells("A2:H2")
    headers = ["Ref", "Risk / further action required", "Risk owner / action owner", "Current score (L x I)",
               "Target score", "Due date", "Action status", "Q2 update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for row in NWL_ROWS:
        if row[0] == "risk":
            _, text, owner, cur, tgt = row
            c = ws.cell(row=r, column=1, value=text)
            c.font = Font(bold=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(row=r, column=3, value=owner).font = Font(bold=True)
            cc = ws.cell(row=r, column=4, value=cur)
            cc.fill = fill(score_fill(cur))
            tc = ws.cell(row=r, column=5, value=tgt)
            tc.fill = fill(score_fill(tgt))
            for col in (1, 2, 3, 6, 7, 8):
                ws.cell(row=r, column=col).fill = fill(LIGHT)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        _, ref, text, owner, due, status, upd = row
        for i, v in enumerate([ref, text, owner, None, None, due, status, upd], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(STATUS_COLOUR[status])
        r += 1
    r += 1
    notes = [
        "Scoring: Likelihood (1–5) x Impact (1–5). 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green).",
        "Risks removed since Quarter 1: none. New risks added: CR2 (local government reorganisation).",
    ]
    for n in notes:
        ws.cell(row=r, column=1, value=n)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
    for col, w in zip("ABCDEFGH", [8, 62, 30, 11, 9, 12, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ji2-north-west-leicestershire-dc-corporate-risk-register-q2-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    return p


def add_para(cell, text, bold=False, italic=False):
    p = cell.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    return p


# ---------------------------------------------------------------------------
# 4. Ceredigion County Council - Panel Performance Assessment action plan (docx)
# ---------------------------------------------------------------------------
CER_TITLE = "Panel Performance Assessment Action Plan 2025–2027"
CER_SECTIONS = [
    ("Recommendation 1: Corporate strategy and priorities",
     "The Council should sharpen the focus of its Corporate Strategy, setting out fewer, clearly measurable priorities that reflect its financial position.",
     [("1.1", "Review the Corporate Strategy well-being objectives with Cabinet and reduce the number of priority actions.",
       "Chief Executive", "March 2026", "Green"),
      ("1.2", "Develop a corporate performance framework with measurable outcomes for each priority, reported quarterly to the Overview and Scrutiny Co-ordinating Committee.",
       "Corporate Lead Officer: Policy, Performance and Public Protection", "June 2026", "Green")]),
    ("Recommendation 2: Financial resilience",
     "Develop a medium-term approach to closing the budget gap that goes beyond annual savings, including service redesign and income generation.",
     [("2.1", "Establish a Transformation Programme Board chaired by the Chief Executive to oversee service redesign proposals.",
       "Chief Executive / Corporate Lead Officer: Finance and Procurement", "November 2025", "Complete"),
      ("2.2", "Prepare a three-year Medium Term Financial Plan with savings proposals identified for 2026/27 to 2028/29.",
       "Corporate Lead Officer: Finance and Procurement", "February 2026", "Amber")]),
    ("Recommendation 3: Workforce",
     "Address recruitment and retention challenges in hard-to-fill posts, including in social care and planning, and strengthen workforce planning.",
     [("3.1", "Refresh the Workforce Plan with service-level workforce plans for Porth Cymorth Cynnar and Planning Services.",
       "Corporate Lead Officer: People and Organisation", "April 2026", "Green"),
      ("3.2", "Introduce a ‘grow our own’ trainee scheme for planning officers and social workers, in partnership with Aberystwyth University.",
       "Corporate Lead Officer: People and Organisation", "September 2026", "Not started"),
      ("3.3", "Extend the Welsh language learning offer to all new starters as part of corporate induction.",
       "Corporate Lead Officer: People and Organisation", "Ongoing", "Green")]),
    ("Recommendation 4: Scrutiny and engagement",
     "Strengthen the role of scrutiny in shaping policy, and improve how the Council engages with residents on difficult decisions.",
     [("4.1", "Agree a scrutiny forward work programme that includes pre-decision scrutiny of budget proposals.",
       "Democratic Services Manager", "December 2025", "Complete"),
      ("4.2", "Carry out a residents’ budget engagement exercise through the Council’s online consultation platform and Ceredigion’s community hubs.",
       "Corporate Lead Officer: Customer Contact", "January 2026", "Amber")]),
]
DOCX_RAG = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0", "Not started": "FFFFFF"}


def build_ceredigion():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CER_TITLE, style="Title")
    p = doc.add_paragraph()
    p.add_run("Ceredigion County Council / Cyngor Sir Ceredigion").bold = True
    doc.add_paragraph("Response to the Panel Performance Assessment report (September 2025), prepared under section 93 of the Local Government and Elections (Wales) Act 2021.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for v in [("0.3", "06/10/2025", "Corporate Performance and Improvement Team", "Draft for Leadership Group"),
              ("1.0", "21/10/2025", "Corporate Performance and Improvement Team", "Approved by Cabinet"),
              ("1.1", "13/01/2026", "Corporate Performance and Improvement Team", "Progress update – Governance and Audit Committee")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            set_cell(cells[i], x)

    doc.add_paragraph("Action plan", style="Heading 1")
    doc.add_paragraph("The Panel made four recommendations. The actions the Council will take in response to each are set out below, with progress as at 31 December 2025.")

    for heading, rec, actions in CER_SECTIONS:
        doc.add_paragraph(heading, style="Heading 2")
        rp = doc.add_paragraph()
        rp.add_run(rec).italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead Officer", "Timescale", "Progress (RAG)"]):
            c = t.rows[0].cells[i]
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, text, lead, when, rag in actions:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], rag)
            shade(cells[4], DOCX_RAG[rag])
        doc.add_paragraph()

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for rag, meaning in [("Complete", "Action completed"), ("Green", "On track"),
                         ("Amber", "Some slippage – corrective action in place"), ("Red", "Significantly off track"),
                         ("Not started", "Action not yet due to start")]:
        cells = t.add_row().cells
        set_cell(cells[0], rag)
        shade(cells[0], DOCX_RAG[rag])
        set_cell(cells[1], meaning)
    doc.save(os.path.join(HERE, "ji2-ceredigion-county-council-panel-performance-assessment-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Clackmannanshire Council - 2023/24 Annual Audit Report action plan (docx)
# ---------------------------------------------------------------------------
CLK_TITLE = "2023/24 Annual Audit Report – Action Plan Progress Update"
# no, issue title, issue detail, recommendation, action, officer, agreed date, progress (list of paras), status
CLK_ROWS = [
    ("1", "Financial sustainability",
     "The Council has a cumulative funding gap of £22.5 million over the next three years. Savings have not yet been identified for the full gap.",
     "The Council should develop and approve a medium-term savings and transformation plan that sets out how the funding gap will be closed.",
     "The Be the Future transformation programme will be refreshed and a three-year savings plan presented to Council alongside the 2025/26 budget.",
     "Chief Finance Officer", "March 2025",
     ["Three-year savings plan approved by Council on 27 February 2025. £4.1 million of the 2026/27 gap remains to be identified."],
     "Complete"),
    ("2", "Use of reserves",
     "Uncommitted general fund reserves fell to £3.9 million at 31 March 2024, below the level set in the Council’s reserves policy.",
     "Members should be provided with a reserves strategy that sets out the minimum level of uncommitted general fund reserves and how it will be restored.",
     "A reserves strategy will be included in the budget report, with the minimum uncommitted reserve set at 3% of net expenditure.",
     "Chief Finance Officer", "February 2025",
     ["Reserves strategy included in the 2025/26 budget report."],
     "Complete"),
    ("3", "Capital programme slippage",
     "Only 58% of the 2023/24 general services capital programme was delivered in year.",
     "The Council should review its capital planning process to ensure the programme is realistic and deliverable.",
     "Capital project business cases will be reviewed by the Capital Programme Board before inclusion in the programme, and slippage will be reported quarterly to the Audit and Scrutiny Committee.",
     "Strategic Director (Place)", "June 2025",
     ["Capital Programme Board terms of reference agreed. First quarterly slippage report delayed to allow for the outturn position.",
      "Revised date: September 2025"],
     "Behind schedule"),
    ("4", "Workforce planning",
     "The Council does not have an up-to-date strategic workforce plan linked to its transformation programme.",
     "The Council should complete its strategic workforce plan and link it to the Be the Future programme.",
     "A Strategic Workforce Plan 2025–2028 will be developed with services and presented to the Partnership and Performance Committee.",
     "Senior Manager – HR and Workforce Development", "September 2025",
     ["Service workforce workshops complete; draft plan being prepared."],
     "On track"),
    ("5", "Public performance reporting",
     "Public performance reports do not include trend or benchmarking information.",
     "Public performance reporting should include trend and benchmarking information so that residents can assess the Council’s performance over time and against other councils.",
     "The annual Public Performance Report will include Local Government Benchmarking Framework trend and family group comparisons from 2024/25.",
     "Strategic Director (Partnership and Performance)", "December 2025",
     ["LGBF indicators mapped to the Corporate Plan priorities."],
     "On track"),
    ("6", "Payroll controls",
     "Changes to employee standing data were not always independently checked before the payroll run.",
     "Management should ensure that changes to employee standing data are independently checked and the check evidenced.",
     "A monthly independent check of payroll standing data changes will be introduced and signed off by the Payroll Team Leader.",
     "Payroll Manager", "January 2025",
     ["Monthly check in place since January 2025; confirmed by Internal Audit in April 2025."],
     "Complete"),
]
CLK_FILL = {"Complete": "9DC3E6", "On track": "A9D08E", "Behind schedule": "FFD966"}


def build_clackmannanshire():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Clackmannanshire Council").bold = True
    p.alignment = WRAP_CENTER
    doc.add_paragraph(CLK_TITLE, style="Title")
    doc.add_paragraph("Report to: Audit and Scrutiny Committee, 12 June 2025")
    doc.add_paragraph("Prepared by: Chief Finance Officer")
    doc.add_paragraph("1. Purpose", style="Heading 1")
    doc.add_paragraph("The external auditor’s 2023/24 Annual Audit Report, presented to Council in October 2024, included six recommendations for improvement in Appendix 1. This report sets out progress against the agreed management actions.")
    doc.add_paragraph("2. Summary of progress", style="Heading 1")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True)
    set_cell(t.rows[0].cells[1], "Number of actions", bold=True)
    for s, n in [("Complete", "3"), ("On track", "2"), ("Behind schedule", "1"), ("Total", "6")]:
        cells = t.add_row().cells
        set_cell(cells[0], s, bold=(s == "Total"))
        set_cell(cells[1], n, bold=(s == "Total"))
        if s in CLK_FILL:
            shade(cells[0], CLK_FILL[s])
    doc.add_paragraph()
    doc.add_paragraph("Appendix 1 – Action plan 2023/24", style="Heading 1")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Issue/risk", "Recommendation", "Agreed management action/timing",
                           "Progress update (May 2025)", "Status"]):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for no, issue, detail, rec, action, officer, date, progress, status in CLK_ROWS:
        cells = t.add_row().cells
        set_cell(cells[0], no)
        set_cell(cells[1], issue, bold=True)
        add_para(cells[1], detail)
        set_cell(cells[2], rec)
        set_cell(cells[3], action)
        add_para(cells[3], "Responsible officer: " + officer)
        add_para(cells[3], "Agreed date: " + date)
        set_cell(cells[4], progress[0])
        for extra in progress[1:]:
            add_para(cells[4], extra, bold=True)
        set_cell(cells[5], status)
        shade(cells[5], CLK_FILL[status])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) – action implemented; On track (green) – progressing within the agreed date; Behind schedule (amber) – agreed date missed, revised date shown.")
    doc.save(os.path.join(HERE, "ji2-clackmannanshire-council-annual-audit-report-2023-24-action-plan.docx"))


WRAP_CENTER = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
# 6. Warwickshire County Council - internal audit tracker (csv, refuse)
# ---------------------------------------------------------------------------
WCC_HEADER = ["Audit Ref", "Audit Title", "Assurance Opinion", "Rec No", "Priority", "Recommendation",
              "Agreed Action", "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Management Update"]
WCC_ROWS = [
    ["IA24-05", "Payroll - Leavers", "Moderate", "1", "High",
     "Leavers must be removed from payroll before their final pay date.",
     "HR Service Centre to introduce a weekly reconciliation of leavers notified by managers to leavers processed in Oracle Fusion.",
     "HR Service Centre Manager", "Dec-2024", "Mar-2025", "Implemented", "Weekly reconciliation in place since February 2025."],
    ["IA24-05", "Payroll - Leavers", "Moderate", "2", "Medium",
     "Overpayments to leavers should be pursued promptly and recorded on the debtors system.",
     "Overpayment recovery procedure to be updated and overpayments over £500 reported monthly to the Payroll Manager.",
     "Payroll Manager", "Mar-2025", "", "Implemented", "Procedure updated; monthly report produced."],
    ["IA24-11", "Home to School Transport Contracts", "Limited", "1", "High",
     "Contract variations must be approved in line with Contract Standing Orders.",
     "All variations above £25k to be approved by the Head of Service and recorded on the contracts register.",
     "Transport Operations Manager", "Jun-2025", "0ct-2025", "Partly implemented",
     "Register updated for 2025/26 contracts; retrospective approvals being obtained."],
    ["IA24-11", "Home to School Transport Contracts", "Limited", "2", "Medium",
     "Route reviews should be completed annually to confirm the routes remain efficient.",
     "Annual route optimisation review to be carried out using the QRoute system before each academic year.",
     "Transport Operations Manager", "Aug-2025", "", "Not implemented", "Review scheduled for summer 2025 not completed; resources diverted to SEND transport tender."],
    ["IA25-02", "Direct Payments", "Moderate", "1", "High",
     "Direct payment accounts should be audited within 12 weeks of the first payment.",
     "Direct Payments Finance Team to introduce a 12-week audit trigger in ContrOCC and monitor completion monthly.",
     "Direct Payments Finance Manager", "Sep-2025", "", "Partly implemented", "Trigger configured; backlog of 84 accounts being worked through."],
    ["IA25-02", "Direct Payments", "Moderate", "2", "Low",
     "Guidance for recipients should explain what records they must keep.",
     "Refresh the Direct Payments Agreement and guidance for recipients, including record-keeping requirements.",
     "Head of Adult Social Care Commissioning", "Nov-2025", "", "Not yet due", ""],
    ["IA25-07", "Cyber Security - Patch Management", "Limited", "1", "High",
     "Critical security patches should be applied within 14 days of release.",
     "ICT to implement automated patch deployment for servers and report compliance against the 14-day target monthly to the Information Governance Board.",
     "Head of ICT Operations", "Oct-2025", "", "Partly implemented", "Automated deployment live for Windows servers; Linux estate in progress."],
    ["IA25-09", "Pensions Administration - Transfers Out", "Substantial", "1", "Low",
     "Transfer out checklists should be signed by a second officer.",
     "Second officer sign-off to be added to the transfers out checklist in the pensions administration system.",
     "Pensions Administration Manager", "Jul-2025", "", "Implemented", "Checklist updated July 2025."],
]
WCC_REFUSE_LINE = None


def build_wcc():
    global WCC_REFUSE_LINE
    path = os.path.join(HERE, "ji2-warwickshire-county-council-internal-audit-recommendations-tracker-typo-month-refuse.csv")
    lines = [
        ["Warwickshire County Council - Internal Audit: Outstanding Recommendations Tracker"] + [""] * 11,
        ["Audit and Standards Committee - 25 September 2025. Position at 31 August 2025"] + [""] * 11,
        [""] * 12,
        WCC_HEADER,
    ] + WCC_ROWS + [
        [""] * 12,
        ["Total recommendations: 8 (Implemented 3; Partly implemented 3; Not implemented 1; Not yet due 1)"] + [""] * 11,
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for ln in lines:
            w.writerow(ln)
    for i, ln in enumerate(lines, 1):
        if "0ct-2025" in ln:
            WCC_REFUSE_LINE = i
    return WCC_REFUSE_LINE


# ---------------------------------------------------------------------------
# 7. South Lanarkshire Council - SHR Annual Assurance Statement improvement plan (txt)
# ---------------------------------------------------------------------------
SLC_TITLE = "Annual Assurance Statement 2025 – Housing Services Improvement Plan"
# ("sec", text) / ("act", ref, requirement-or-"", action, lead, target, rag, progress)
SLC_ROWS = [
    ("sec", "1. Tenant and resident safety"),
    ("act", "1.1", "Electrical Installation Condition Reports (EICRs) were not in place for all homes within the five-year cycle.",
     "Complete EICRs for the remaining 412 properties without a valid certificate, prioritising homes with vulnerable tenants.",
     "Property Services Manager (Compliance)", "31/03/2026", "A", "287 completed since October; access refusals increasing."),
    ("act", "1.2", "",
     "Introduce a forced access procedure for EICRs, consistent with the gas safety access policy.",
     "Housing Services Manager / Property Services Manager (Compliance)", "31/12/2025", "G", "Procedure drafted; legal review complete."),
    ("act", "1.3", "Reports of damp and mould were not consistently recorded or followed up.",
     "Implement a damp and mould case management module in the housing IT system, with a 10 working day inspection standard.",
     "Head of Property Services", "30/06/2026", "G", "Module specification agreed with IT Services."),
    ("sec", "2. Homelessness services"),
    ("act", "2.1", "The Council did not always meet its duty to provide suitable temporary accommodation, including breaches of the Unsuitable Accommodation Order.",
     "Increase the temporary accommodation portfolio by 60 furnished flats through the lettings programme.",
     "Homelessness and Housing Options Manager", "31/03/2026", "A", "34 flats added; furnishing contract delayed."),
    ("act", "2.2", "",
     "Report Unsuitable Accommodation Order breaches to the Housing Management Team.",
     "Homelessness and Housing Options Manager", "Monthly", "G", "Reported monthly since October 2025."),
    ("sec", "3. Tenant engagement and scrutiny"),
    ("act", "3.1", "Tenants were not sufficiently involved in scrutinising the evidence for the Annual Assurance Statement.",
     "Establish a Tenant Scrutiny Panel working group to review the evidence bank for the 2026 Annual Assurance Statement.",
     "Tenant Participation Co-ordinator", "30/09/2026", "", ""),
    ("act", "3.2", "",
     "Publish the Annual Assurance Statement and a tenant-friendly summary on the Council website and in Housing News.",
     "Tenant Participation Co-ordinator", "31/10/2025", "B", "Published 28 October 2025."),
    ("sec", "4. Data quality"),
    ("act", "4.1", "Errors were identified in the Annual Return on the Charter (ARC) data for repairs timescales.",
     "Carry out an internal audit of the ARC repairs indicators before the 2025/26 return is submitted.",
     "Audit and Compliance Manager", "31/05/2026", "G", "Included in the 2025/26 internal audit plan."),
]


def build_slc():
    path = os.path.join(HERE, "ji2-south-lanarkshire-council-shr-annual-assurance-statement-improvement-plan.txt")
    out = [
        "South Lanarkshire Council – Housing and Technical Resources",
        SLC_TITLE,
        "Progress at 31 January 2026 – Housing and Technical Resources Committee, 25 February 2026",
        "",
        "\t".join(["Ref", "Area for improvement", "Improvement action", "Lead officer", "Target date", "RAG", "Progress"]),
    ]
    for row in SLC_ROWS:
        if row[0] == "sec":
            out.append(row[1] + "\t" * 6)
        else:
            out.append("\t".join(row[1:]))
    out += [
        "",
        "RAG: B = complete; G = on track; A = some slippage; R = off track; blank = not started",
        "Total actions: 8\tComplete: 1\tOn track: 4\tSlippage: 2\tNot started: 1",
        "This plan supports the Annual Assurance Statement submitted to the Scottish Housing Regulator on 28 October 2025.",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build_central_beds()
    build_iom()
    build_nwl()
    build_ceredigion()
    build_clackmannanshire()
    line = build_wcc()
    build_slc()
    print("csv refuse line:", line)
    print("done")
