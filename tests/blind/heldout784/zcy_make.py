#!/usr/bin/env python3
"""Build the seven zcy- blind test files (set heldout784).

Run with /work/main/.venv/bin/python zcy_make.py  (openpyxl + python-docx).
Writes only files whose names start with 'zcy-' into this script's folder.
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

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("zcy-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Hertfordshire FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker
# ---------------------------------------------------------------------------
HERTS_NAME = "zcy-hertfordshire-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.xlsx"
HERTS_TITLE = "Hertfordshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Recommendations Tracker"
# theme -> [(recommendation, [(ref, action, owner, original, revised, prev, curr, update)])]
HERTS = [
    ("Theme 1 – Protection and building safety", [
        ("GTI2-R1: Fire and rescue services should make sure that protection staff have the knowledge and "
         "competence to assess the fire safety of external walls and the evacuation strategies of "
         "high-rise residential buildings.", [
            ("1.1", "Complete a training needs analysis for all Fire Safety Inspecting Officers against the "
                    "NFCC Competency Framework for Fire Safety Regulators and close the gaps identified.",
             "Area Manager – Protection", d(2025, 3, 31), d(2025, 9, 30), "A", "B",
             "TNA complete. 14 of 14 inspecting officers now hold or are enrolled on the Level 4 Diploma."),
            ("1.2", "Deliver external wall systems awareness training (level 2) to all operational crew "
                    "managers and watch managers.",
             "Group Manager – Protection / Group Manager – Training", d(2025, 12, 31), None, "G", "G",
             "112 of 168 managers trained; remaining courses booked for November."),
        ]),
        ("GTI2-R2: Fire and rescue services should review their risk-based inspection programmes so that "
         "all high-rise residential buildings are prioritised.", [
            ("1.3", "Refresh the Risk Based Inspection Programme (RBIP) so that every high-rise residential "
                    "building of 18m or more is audited within a 12-month cycle.",
             "Head of Protection", d(2025, 6, 30), d(2026, 3, 31), "A", "A",
             "Data cleanse of premises records with Building Safety Regulator list delayed the refresh."),
        ]),
    ]),
    ("Theme 2 – Operational response and command", [
        ("GTI2-R3: Fire and rescue services should develop and test policies for the partial or total "
         "evacuation of high-rise residential buildings, including the change from 'stay put' to "
         "simultaneous evacuation.", [
            ("2.1", "Review the High-Rise Firefighting policy and evacuation procedure against National "
                    "Operational Guidance and the Phase 2 findings; publish the revised SOP.",
             "Area Manager – Operational Policy & Assurance", d(2025, 3, 31), None, "G", "B",
             "Revised SOP published 24 March 2025 and briefed to all watches."),
            ("2.2", "Run a multi-agency live exercise at a high-rise premises in Stevenage or Watford that "
                    "tests Fire Control evacuation advice.",
             "GM Resilience; SC Operational Assurance", "Nov-25", None, "G", "G",
             "Exercise Tall Oak planned for 12 November with police and East of England Ambulance Service."),
        ]),
        ("GTI2-R4: Fire control rooms should be able to record and share information about people trapped, "
         "and the evacuation advice given, with the incident ground in real time.", [
            ("2.3", "Implement the electronic fire survival guidance (FSG) form between Fire Control and the "
                    "command unit and test it at quarterly exercises.",
             "Head of Fire Control", d(2024, 12, 31), d(2025, 6, 30), "A", "R",
             "Supplier has not delivered the mobilising system update; new go-live date awaited."),
        ]),
    ]),
    ("Theme 3 – Organisational learning and culture", [
        ("GTI2-R5: Fire and rescue services should have effective arrangements to capture and act on "
         "learning from incidents, inquiries and National Operational Learning.", [
            ("3.1", "Map all Phase 2 recommendations to the HFRS Organisational Learning Register and report "
                    "progress quarterly to the Service Leadership Team.",
             "Head of Strategic Improvement", d(2024, 12, 31), None, "B", "B",
             "Register in place; quarterly reporting established."),
            ("3.2", "Embed the Core Code of Ethics in the operational debrief and learning process.",
             "Deputy Chief Fire Officer", "Ongoing", None, "G", "G",
             "Debrief template updated; ethics prompts included in hot and structured debriefs."),
        ]),
    ]),
]


def build_herts():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = HERTS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Report to: Community Safety and Waste Management Cabinet Panel – Quarter 2 2025/26"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", d(2024, 11, 18), "Strategic Improvement Team", "First issue following Phase 2 report (4 September 2024)"),
            ("1.2", d(2025, 4, 9), "Strategic Improvement Team", "Q4 2024/25 update"),
            ("1.4", d(2025, 10, 14), "Strategic Improvement Team", "Q2 2025/26 update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Blue", "Complete – evidence accepted by SLT"),
           ("G", "Green", "On track to meet target date"),
           ("A", "Amber", "At risk – some slippage, recovery in hand"),
           ("R", "Red", "Off track – target date missed or blocked")]
    for i, (k, word, meaning) in enumerate(key):
        cov.cell(row=12 + i, column=1).fill = fill(FILL[k])
        cov.cell(row=12 + i, column=2, value=word)
        cov.cell(row=12 + i, column=3, value=meaning)
    cov["A17"] = ("Where a target date has been revised, the revised date was agreed by the Service Leadership "
                  "Team; the original date is kept for transparency.")
    for col, w in zip("ABCD", (14, 14, 30, 60)):
        cov.column_dimensions[col].width = w

    # Summary sheet
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG status – 30 September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    total = 0
    for _, recs in HERTS:
        for _, acts in recs:
            for a in acts:
                counts[a[6]] += 1
                total += 1
    summ["A3"], summ["B3"] = "Status", "Actions"
    summ["A3"].font = summ["B3"].font = Font(bold=True)
    for i, (k, word) in enumerate((("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track"))):
        c = summ.cell(row=4 + i, column=1, value=word)
        c.fill = fill(FILL[k])
        summ.cell(row=4 + i, column=2, value=counts[k])
    summ.cell(row=8, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=8, column=2, value=total).font = Font(bold=True)
    summ.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "GTI Phase 2 Recommendations Tracker – position at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Recommendation wording is summarised from the Phase 2 report. Only recommendations that "
                "apply to fire and rescue services are tracked here.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation (summary)", "HFRS action", "Action owner", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in HERTS:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, action, owner, orig, rev, prev, curr, upd) in acts:
                vals = [ref, None, action, owner, orig, rev, prev, None, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(FILL[prev])
                ws.cell(row=r, column=8).fill = fill(FILL[curr])
                r += 1
            ws.cell(row=first, column=2, value=rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", (7, 45, 50, 26, 13, 13, 10, 10, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out(HERTS_NAME))


# ---------------------------------------------------------------------------
# 2. Leicestershire Police - crime data integrity improvement plan (REFUSE)
# ---------------------------------------------------------------------------
LEICS_NAME = "zcy-leicestershire-police-hmicfrs-crime-data-integrity-improvement-plan-typo-month-refuse.xlsx"
LEICS_TITLE = "Leicestershire Police – Crime Data Integrity Improvement Plan"
# rows: ("section", text) | ("afi", text) | ("act", ref, action, owner, due, status, update)
LEICS = [
    ("section", "1. Leadership and governance"),
    ("afi", "AFI 1: The force should make sure it records crimes reported by victims of violence against the "
            "person, including behavioural crimes such as stalking, harassment and controlling or coercive "
            "behaviour."),
    ("act", "1.1", "Monthly audit of 250 violence incidents by the Force Crime Registrar's team, with results "
                   "broken down by LPA and shift.", "Force Crime Registrar", "Dec 2025", "Green",
     "Audits running since June; compliance up from 83% to 91%."),
    ("act", "1.2", "Chief Officer chaired Crime Data Integrity Board to review audit results and agree remedial "
                   "actions.", "ACC Local Policing", "Ongoing", "Green", "Board meets monthly."),
    ("section", "2. Systems and processes"),
    ("afi", "AFI 2: The force should improve how it records crimes when incidents are first reported through "
            "its contact management centre and online."),
    ("act", "2.1", "Introduce a mandatory NCRS decision prompt in the command and control system for all "
                   "incidents closed with a crime-related qualifier.", "Head of Contact Management",
     "March 2026", "Amber", "Change request raised with the supplier; testing slot not yet confirmed."),
    ("act", "2.2", "Realign the Crime Management Bureau so that online reports are assessed for crime recording "
                   "within 24 hours.", "Head of Crime Management / Force Crime Registrar", "Febuary 2026",
     "Amber", "Restructure consultation closes in November."),
    ("afi", "AFI 3: The force should make sure that recorded crimes are cancelled only when there is additional "
            "verifiable information to support the decision."),
    ("act", "3.1", "Restrict the cancellation decision-maker role to the Force Crime Registrar's team and "
                   "dip-sample every cancellation for three months.", "Force Crime Registrar", "Jan 2026",
     "Green", "Restriction in place from 1 October."),
    ("section", "3. People and skills"),
    ("afi", "AFI 4: The force should make sure that officers and staff understand the National Crime Recording "
            "Standard and the Home Office Counting Rules."),
    ("act", "4.1", "Mandatory crime recording e-learning for all response, neighbourhood and contact management "
                   "staff.", "Head of Learning and Development", "Nov 2025", "Complete",
     "96% completion reported at October board."),
    ("act", "4.2", "Appoint crime recording champions on each LPA, briefed quarterly by the Force Crime "
                   "Registrar.", "LPA Commanders", "April 2026", "Green", "Champions identified on 2 of 3 LPAs."),
]
LEICS_HEADER_ROW = 5


def leics_typo_row():
    r = LEICS_HEADER_ROW + 1
    for item in LEICS:
        if item[0] == "act" and item[4] == "Febuary 2026":
            return r
        r += 1
    raise AssertionError


def build_leics():
    wb = Workbook()
    ws = wb.active
    ws.title = "CDI Improvement Plan"
    ws["A1"] = LEICS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the HMICFRS PEEL 2023–25 inspection: recording data about crime. "
                "Owner: ACC Local Policing.")
    ws["A3"] = ("Governance: Force Crime and Incident Recording Board (monthly); reported to the OPCC "
                "Strategic Assurance Board. Position at 31 October 2025.")
    hdr = ["Ref", "Action", "Action owner", "Target date", "Status", "Update (October 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=LEICS_HEADER_ROW, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
    r = LEICS_HEADER_ROW + 1
    status_fill = {"Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Complete": FILL["B"]}
    for item in LEICS:
        if item[0] == "section":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12)
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif item[0] == "afi":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, owner, due, status, upd = item
            for j, v in enumerate([ref, action, owner, due, status, upd]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).fill = fill(status_fill[status])
        r += 1
    ws.cell(row=r + 1, column=1, value="Status key: Complete / Green (on track) / Amber (at risk) / Red (off track)")
    for col, w in zip("ABCDEF", (7, 60, 30, 14, 11, 45)):
        ws.column_dimensions[col].width = w
    ver = wb.create_sheet("Version")
    ver.append(["Version", "Date", "Changes"])
    ver.append(["0.3", "05/09/2025", "Draft to Force Crime and Incident Recording Board"])
    ver.append(["1.0", "31/10/2025", "Updates from October board"])
    wb.save(out(LEICS_NAME))


# ---------------------------------------------------------------------------
# 3. University of Sussex ITE partnership - Ofsted ITE improvement plan
# ---------------------------------------------------------------------------
SUSSEX_NAME = "zcy-university-of-sussex-ofsted-ite-inspection-improvement-plan.xlsx"
SUSSEX_TITLE = "University of Sussex ITE Partnership – Ofsted Post-Inspection Improvement Plan 2025–26"
# section -> [(afi, [(ref, action, lead, by_when, success, autumn, spring)])]
SUSSEX = [
    ("Quality of education and training", [
        ("Leaders should ensure that the centre-based curriculum in a small number of subjects, including "
         "modern foreign languages and computing, sets out precisely the subject-specific knowledge that "
         "trainees should learn about adaptive teaching and assessment, and when they should learn it.", [
            ("1a", "Rewrite the MFL and computing curriculum maps to identify the sequence of subject-specific "
                   "content on adaptive teaching and assessment.",
             "Secondary PGCE Course Leader / Subject Leads (MFL, Computing)", "Autumn term 2025",
             "Revised maps in use for 2025–26 cohort; trainee voice shows clear understanding of sequence.",
             "G", "C"),
            ("1b", "Quality-assure the revised curriculum maps through a cross-subject peer review panel with "
                   "partnership headteachers.",
             "Director of ITE", "January 2026",
             "Panel report received by Partnership Strategy Group.", "A", "C"),
        ]),
        ("Leaders should ensure that mentors in all partner schools receive training that enables them to link "
         "trainees' weekly development targets to the centre-based curriculum.", [
            ("2a", "Redesign the mentor development programme into three subject-specific modules aligned to "
                   "the ITTECF.",
             "Partnership Manager", d(2025, 10, 31),
             "All new mentors complete module 1 before first placement.", "G", "C"),
            ("2b", "Introduce a weekly development summary template on the e-portfolio that requires mentors to "
                   "reference curriculum component codes.",
             "Partnership Manager; Digital Learning Lead", "Dec 2025",
             "90% of weekly summaries reference curriculum components.", "A", "A"),
            ("2c", "Sample 10% of weekly summaries each half term and feed back to mentors and professional "
                   "tutors.",
             "Link Tutors", "Half-termly",
             "Sampling log shows improving quality across two consecutive half terms.", "G", "G"),
        ]),
    ]),
    ("Leadership and management", [
        ("Leaders should strengthen the systems for monitoring the quality of training in partner schools so "
         "that they identify and act swiftly when trainees receive weaker mentoring.", [
            ("3a", "Introduce a partnership quality dashboard combining trainee voice, mentor attendance and "
                   "placement visit outcomes, reviewed at each Partnership Strategy Group.",
             "Director of ITE", "March 2026",
             "Dashboard used to trigger support visits within 10 working days.", "A", "G"),
            ("3b", "Agree an escalation protocol with partner headteachers for placements where mentoring falls "
                   "below expectations.",
             "Head of School of Education and Social Work", "Summer term 2026",
             "Protocol signed by all lead partner schools.", "R", "A"),
        ]),
    ]),
]


def build_sussex():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SUSSEX_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    info = [("Phase", "Secondary (PGCE with QTS)"),
            ("Inspection", "Ofsted initial teacher education inspection, 3 to 6 March 2025"),
            ("Plan owner", "Director of ITE"),
            ("Monitored by", "Partnership Strategy Group (termly) and School Education Committee"),
            ("Last updated", "27 March 2026")]
    for i, (k, v) in enumerate(info):
        cov.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=3 + i, column=2, value=v)
    cov["A10"] = ("Termly review RAG: R = not started / at risk; A = started, some slippage; G = on track; "
                  "C = complete")
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Areas for improvement from the Ofsted ITE inspection (March 2025) – actions 2025–26"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead(s)", "By when",
           "Success criteria / evidence of impact", "Autumn 2025 review", "Spring 2026 review",
           "Summer 2026 review"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"R": FILL["R"], "A": FILL["A"], "G": FILL["G"], "C": FILL["B"]}
    r = 4
    for section, afis in SUSSEX:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("375623")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            for k, (ref, action, lead, when, succ, aut, spr) in enumerate(acts):
                vals = [ref, afi if k == 0 else None, action, lead, when, succ, aut, spr, None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(rag_fill[aut])
                ws.cell(row=r, column=8).fill = fill(rag_fill[spr])
                r += 1
    for col, w in zip("ABCDEFGHI", (6, 45, 50, 28, 16, 40, 10, 10, 10)):
        ws.column_dimensions[col].width = w
    wb.save(out(SUSSEX_NAME))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. HMP Wormwood Scrubs - HMPPS action plan responding to HMIP inspection
# ---------------------------------------------------------------------------
WS_NAME = "zcy-hmp-wormwood-scrubs-hmip-inspection-action-plan.docx"
WS_TITLE = "Action Plan: HMP Wormwood Scrubs"
WS = [
    ("Priority concerns", [
        ("1. Too many prisoners were locked in their cells for most of the day, and around half were locked "
         "up during the working day.", [
            ("1.1", "Introduce a revised core day that unlocks all residential wings for a minimum of 4.5 hours "
                    "each weekday.", "Head of Residence", "31/03/2025"),
            ("1.2", "Increase activity places in education and workshops to at least 75% of the population, "
                    "with allocations managed through the Activities Hub.",
             "Head of Education, Skills and Work", "30/09/2025"),
        ]),
        ("2. Illicit drugs were too readily available, and the rate of positive random mandatory drug tests "
         "was high.", [
            ("2.1", "Complete the Security Investment Programme upgrades to the gate and visits hall, including "
                    "enhanced gate security and a body scanner for visitors.", "Head of Security", "June 2025"),
            ("2.2", "Refresh the local drug strategy, including the incentivised substance-free living unit, and "
                    "report progress monthly to the Drug Strategy Meeting.",
             "Head of Safety / Head of Healthcare", "Ongoing – reviewed monthly"),
        ]),
        ("3. Leaders were not doing enough to understand or reduce the high levels of self-harm.", [
            ("3.1", "Analyse self-harm data by location, time of day and protected characteristic at the monthly "
                    "Safer Custody meeting and agree targeted interventions.",
             "Safer Custody Custodial Manager", "28/02/2025"),
        ]),
    ]),
    ("Key concerns", [
        ("4. Many cells were overcrowded, dirty and poorly equipped, and some windows were broken.", [
            ("4.1", "Complete a cell-by-cell decency audit and prioritise window and furniture replacement "
                    "through the facilities management works programme.", "Head of Operations", "31/07/2025"),
        ]),
        ("5. Prisoners released with no fixed address were not routinely helped to find accommodation.", [
            ("5.1", "Work with the Probation Service and the commissioned accommodation provider to run "
                    "pre-release accommodation surgeries on every residential unit.",
             "Head of Reducing Reoffending", "Q1 2025/26"),
        ]),
    ]),
]


def build_ws():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(WS_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 24 January 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 2–13 September 2024")
    doc.add_paragraph("Report Published: 17 December 2024")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions "
        "for and treatment of those in prison. Since May 2022 HMIP has reported key concerns rather than "
        "recommendations, and identifies some of these as priority concerns. In response to the report, "
        "HMPPS is required to produce an action plan setting out how each concern will be addressed. "
        "All of the concerns in the report have been agreed.")
    doc.add_paragraph("The categories used in HMPPS action plans are:")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    cat = [("Term", "Definition"),
           ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
           ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
                             "addressed."),
           ("Not Agreed", "The concern is not agreed and will not be addressed.")]
    for i, (a, b) in enumerate(cat):
        set_cell(t.rows[i].cells[0], a, bold=(i == 0))
        set_cell(t.rows[i].cells[1], b, bold=(i == 0))
    doc.add_paragraph()
    doc.add_heading("ACTION PLAN", level=1)
    for section, concerns in WS:
        doc.add_heading(section, level=2)
        n = 1 + sum(1 + len(acts) for _, acts in concerns)
        t = doc.add_table(rows=n, cols=4)
        t.style = "Table Grid"
        for j, hd in enumerate(("No.", "Action", "Responsible owner", "Target date")):
            set_cell(t.rows[0].cells[j], hd, bold=True)
            shade(t.rows[0].cells[j], "BFBFBF")
        ri = 1
        for concern, acts in concerns:
            row = t.rows[ri]
            m = row.cells[0].merge(row.cells[3])
            set_cell(m, concern, bold=True)
            shade(m, "DEEAF6")
            ri += 1
            for ref, action, owner, target in acts:
                cells = t.rows[ri].cells
                set_cell(cells[0], ref)
                set_cell(cells[1], action)
                set_cell(cells[2], owner)
                set_cell(cells[3], target)
                ri += 1
        doc.add_paragraph()
    doc.add_paragraph("Governor, HMP Wormwood Scrubs – signed off by the Prison Group Director, London.")
    doc.save(out(WS_NAME))


# ---------------------------------------------------------------------------
# 5. Churcher's College - ISI inspection action plan
# ---------------------------------------------------------------------------
CC_NAME = "zcy-churchers-college-isi-inspection-action-plan.docx"
CC_TITLE = "Churcher's College – ISI Inspection Action Plan"
CC_STATUS_FILL = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
# (section heading, next step or None, [(ref, action, lead, timescale, status)])
CC = [
    ("1. Leadership and management, and governance",
     "Leaders should ensure that the analysis of attainment data for pupils who have special educational "
     "needs and/or disabilities (SEND) is used consistently by heads of department to plan support in lessons.",
     [("1.1", "Introduce a termly SEND data review meeting between the SENDCo and each head of department.",
       "SENDCo", "December 2025", "Green"),
      ("1.2", "Add a SEND profile summary to every class list in iSAMS and train staff in its use at the "
              "September INSET.", "Deputy Head (Academic) / Director of IT", "Sept 2025", "Blue")]),
    ("2. Quality of education, training and recreation",
     "Leaders should make sure that the guidance given to pupils in the Junior School about how to improve "
     "their written work is consistently precise across all subjects.",
     [("2.1", "Review the Junior School feedback policy and agree subject-specific success criteria for "
              "extended writing.", "Head of Junior School", "Autumn term 2025", "Amber"),
      ("2.2", "Carry out book looks each half term, with findings reported to the Education Committee.",
       "Deputy Head (Teaching and Learning), Junior School", "Half-termly", "Green")]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should ensure that pupils’ views on wellbeing provision, gathered through surveys, are analysed "
     "systematically and acted upon.",
     [("3.1", "Run the pupil wellbeing survey each term and publish a ‘You said, we did’ summary to pupils.",
       "Assistant Head (Pastoral)", "31/03/2026", "Green")]),
    ("4. Pupils’ social and economic education and contribution to society", None, []),
    ("5. Safeguarding",
     "Leaders should ensure that records of low-level concerns are consistently reviewed for patterns by the "
     "designated safeguarding lead.",
     [("5.1", "Move low-level concern records onto MyConcern and introduce a monthly pattern review by the DSL "
              "team.", "Designated Safeguarding Lead", "May 2025", "Blue"),
      ("5.2", "Report an anonymised annual summary of low-level concerns to the Safeguarding Governor.",
       "DSL / Safeguarding Governor", "July 2025", "Blue")]),
]


def build_cc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    run = p.add_run(CC_TITLE)
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    doc.add_paragraph("Routine inspection under the ISI Framework (September 2023): 4–6 February 2025")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate((("Plan owner", "Head"),
                                ("Approved by", "Board of Governors (Education Committee)"),
                                ("Version", "2.1"),
                                ("Last reviewed", "3 November 2025"),
                                ("Next review", "February 2026"))):
        set_cell(dc.rows[i].cells[0], a, bold=True)
        set_cell(dc.rows[i].cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards. The report sets out "
        "recommended next steps in four of the five framework sections; this plan records the actions the "
        "school is taking on each of them.")
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Status key", bold=True)
    set_cell(key.rows[0].cells[1], "")
    for i, (w, meaning) in enumerate((("Blue", "Complete"), ("Green", "On track"),
                                      ("Amber", "Started – some slippage"), ("Red", "Not started / at risk"))):
        set_cell(key.rows[i + 1].cells[0], w)
        shade(key.rows[i + 1].cells[0], CC_STATUS_FILL[w])
        set_cell(key.rows[i + 1].cells[1], meaning)

    for heading, step, acts in CC:
        doc.add_heading(heading, level=2)
        if step is None:
            doc.add_paragraph("No recommended next steps were identified in this section.")
            continue
        lab = doc.add_paragraph()
        lab.add_run("Recommended next step").bold = True
        doc.add_paragraph(step)
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for j, hd in enumerate(("No.", "Action", "Lead", "Timescale", "Status")):
            set_cell(t.rows[0].cells[j], hd, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for i, (ref, action, lead, when, status) in enumerate(acts):
            cells = t.rows[i + 1].cells
            for j, v in enumerate((ref, action, lead, when, status)):
                set_cell(cells[j], v)
            shade(cells[4], CC_STATUS_FILL[status])
    doc.add_paragraph()
    doc.add_paragraph("Progress on this plan is reported to each meeting of the Education Committee.")
    doc.save(out(CC_NAME))


# ---------------------------------------------------------------------------
# 6. CPS Cymru-Wales - HMCPSI area inspection improvement plan (CSV export)
# ---------------------------------------------------------------------------
CPS_NAME = "zcy-cps-cymru-wales-hmcpsi-area-inspection-action-plan.csv"
CPS_TITLE = "CPS Cymru-Wales – HMCPSI Area Inspection Programme Improvement Plan"
# (ref, casework area, issue, action, lead, target, revised, rag, update)
CPS = [
    ("MC1.1", "Magistrates' courts casework",
     "Improve the quality of initial reviews in magistrates' courts cases, including the identification of "
     "unused material and reasonable lines of enquiry.",
     "Deliver refresher training on the initial review template and Disclosure Management Documents to all "
     "magistrates' court prosecutors.",
     "District Crown Prosecutor (Magistrates' Courts)", "31/12/2024", "31/03/2025", "Complete",
     "Training delivered to 46 prosecutors; IQA scores for initial review up 12 points."),
    ("MC1.2", "Magistrates' courts casework",
     "Improve the quality of initial reviews in magistrates' courts cases, including the identification of "
     "unused material and reasonable lines of enquiry.",
     "Focus monthly Individual Quality Assessments (IQAs) on initial review quality and report results to the "
     "Area Management Board.",
     "DCP MC North / DCP MC South", "Monthly", "", "Green", "Standing item at AMB."),
    ("CC1.1", "Crown Court casework",
     "Ensure that Crown Court cases are reviewed and the indictment served in line with Better Case "
     "Management requirements, and that disclosure is handled proactively.",
     "Introduce case progression triage at the point of sending to identify cases that need early prosecutor "
     "review.",
     "Crown Court Unit Head", "30/06/2025", "", "Complete", "Triage live in Cardiff, Swansea and Mold."),
    ("CC1.2", "Crown Court casework",
     "Ensure that Crown Court cases are reviewed and the indictment served in line with Better Case "
     "Management requirements, and that disclosure is handled proactively.",
     "Embed a Disclosure Champion in each Crown Court team, with quarterly dip-sampling of disclosure "
     "decisions.",
     "Senior District Crown Prosecutor (Crown Court)", "Q3 2025/26", "", "Green",
     "Champions appointed; first dip-sample completed in September."),
    ("RS1.1", "Rape and serious sexual offences (RASSO) casework",
     "Improve the quality and timeliness of communication with victims, including Victim Communication and "
     "Liaison scheme letters.",
     "Quality check every VCL letter in RASSO cases by a paralegal manager before it is issued.",
     "RASSO Unit Head", "31/01/2025", "", "Complete", "In place since January 2025."),
    ("RS1.2", "Rape and serious sexual offences (RASSO) casework",
     "Improve the quality and timeliness of communication with victims, including Victim Communication and "
     "Liaison scheme letters.",
     "Roll out the new victim letter templates and the offer of victim engagement meetings across the RASSO "
     "teams in Cardiff and Swansea.",
     "Victim Liaison Unit Manager; RASSO Unit Head", "31/03/2025", "30/11/2025", "Amber",
     "Swansea live; Cardiff delayed by vacancies in the Victim Liaison Unit."),
    ("PC1.1", "Pre-charge decision-making (all casework)",
     "Improve the quality of pre-charge advice, particularly action plans to the police and the case "
     "analysis.",
     "Set up a joint CPS and police file quality panel with each of the four Welsh forces, meeting quarterly.",
     "Area Business Manager", "30/09/2025", "31/12/2025", "Amber",
     "Panels running with three forces; fourth to start in December."),
    ("PC1.2", "Pre-charge decision-making (all casework)",
     "Improve the quality of pre-charge advice, particularly action plans to the police and the case "
     "analysis.",
     "Publish an Area charging advice quality standard and share it with prosecutors and police supervisors.",
     "Deputy Chief Crown Prosecutor", "Mar-25", "", "Complete", "Published March 2025."),
]
CPS_HEADER = ["Ref", "Casework area", "HMCPSI issue to address", "Action", "Lead", "Target date",
              "Revised date", "RAG", "Update"]


def build_cps():
    rows = [[CPS_TITLE] + [""] * 8,
            ["Owner: Chief Crown Prosecutor. Reviewed monthly at the Area Management Board (AMB). "
             "Position at 30 September 2025."] + [""] * 8,
            [""] * 9,
            CPS_HEADER]
    for item in CPS:
        rows.append(list(item))
    counts = {}
    for item in CPS:
        counts[item[7]] = counts.get(item[7], 0) + 1
    rows.append([""] * 9)
    rows.append(["Total actions: %d" % len(CPS), "Complete: %d" % counts.get("Complete", 0),
                 "Green: %d" % counts.get("Green", 0), "Amber: %d" % counts.get("Amber", 0),
                 "Red: %d" % counts.get("Red", 0), "", "", "", ""])
    rows.append(["RAG: Complete = closed by AMB; Green = on track; Amber = at risk of missing target; "
                 "Red = target missed"] + [""] * 8)
    with open(out(CPS_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Writhlington School - school development plan (tab-separated text export)
# ---------------------------------------------------------------------------
WRI_NAME = "zcy-writhlington-school-school-development-plan-2025-26.txt"
WRI_TITLE = "Writhlington School – School Development Plan 2025–26"
# ("priority", text) | ("objective", text) | ("act", ref, action, lead, timescale, success, rag)
WRI = [
    ("priority", "PRIORITY 1: Quality of education – consistent adaptive teaching"),
    ("objective", "Objective 1.1: Ensure that teachers check pupils' understanding systematically and adapt "
                  "their teaching in lessons."),
    ("act", "1.1a", "Deliver a CPD cycle on checking for understanding (mini-whiteboards, hinge questions) "
                    "through fortnightly teaching and learning briefings.",
     "Deputy Headteacher (Quality of Education)", "Sept 2025 – Feb 2026",
     "Learning walks show checking for understanding in 80% of lessons.", "G"),
    ("act", "1.1b", "Run learning walks focused on checking for understanding, with feedback to heads of "
                    "faculty.", "SLT link / Heads of Faculty", "Termly",
     "Faculty action points completed by next walk.", "G"),
    ("objective", "Objective 1.2: Raise the attainment of disadvantaged pupils in English and mathematics at "
                  "Key Stage 4."),
    ("act", "1.2a", "Provide targeted small-group tuition for Year 11 disadvantaged pupils in English and maths, "
                    "tracked after each assessment point.", "Pupil Premium Lead", "Summer term 2026",
     "Gap in grade 4+ English and maths narrows by 5 percentage points.", "A"),
    ("priority", "PRIORITY 2: Behaviour and attendance"),
    ("objective", "Objective 2.1: Reduce persistent absence, particularly in Years 9 and 10."),
    ("act", "2.1a", "Hold weekly attendance panels with the Education Welfare Officer for pupils below 90% "
                    "attendance.", "Attendance Lead; Education Welfare Officer", "July 2026",
     "Persistent absence in Years 9 and 10 below 18%.", "G"),
    ("act", "2.1b", "Launch a rewards scheme for improved attendance, designed with the student council.",
     "Head of Year 9", "31/10/2025", "Scheme launched after October half term.", "B"),
    ("priority", "PRIORITY 3: Personal development and leadership"),
    ("objective", "Objective 3.1: Strengthen the personal development curriculum, including careers and "
                  "relationships education."),
    ("act", "3.1a", "Map the PSHE and RSE curriculum against statutory guidance and the Gatsby benchmarks, and "
                    "close the gaps identified.", "Careers Leader / PSHE Lead", "Dec-25",
     "Gap analysis completed; revised schemes of work in place.", "A"),
    ("act", "3.1b", "Survey pupils and parents on the personal development offer and report the findings to "
                    "governors.", "Assistant Headteacher (Personal Development)", "Mar 2026",
     "Survey response rate above 40%; report to Full Governing Board.", "R"),
]


def build_wri():
    lines = [WRI_TITLE,
             "Links to Ofsted inspection (May 2025) areas for improvement and the school self-evaluation",
             "Reviewed by SLT half-termly; progress reported to the Full Governing Board each term",
             "",
             "\t".join(["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"])]
    for item in WRI:
        if item[0] in ("priority", "objective"):
            lines.append(item[1])
        else:
            _, ref, action, lead, when, succ, rag = item
            for v in (ref, action, lead, when, succ, rag):
                assert "\t" not in v and "\n" not in v
            lines.append("\t".join([ref, action, lead, when, succ, rag]))
    lines.append("")
    lines.append("RAG key: B = complete, G = on track, A = some concerns, R = not started / significant concerns")
    with open(out(WRI_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_herts()
    build_leics()
    build_sussex()
    build_ws()
    build_cc()
    build_cps()
    build_wri()
    for n in (HERTS_NAME, LEICS_NAME, SUSSEX_NAME, WS_NAME, CC_NAME, CPS_NAME, WRI_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
