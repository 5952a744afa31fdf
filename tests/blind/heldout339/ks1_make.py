"""Build the seven ks1- blind test files (set heldout339).

Run with /work/main/.venv/bin/python ks1_make.py  (writes next to this script).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DEEAF6",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Slough Children First – Youth Justice Service HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
SLOUGH_TITLE = "Slough Youth Justice Service – HMI Probation Inspection Improvement Plan"
SLOUGH_SECTIONS = [
    ("Recommendations for the Youth Justice Management Board", [
        ("1. Make sure that all board members understand the profile and needs of children "
         "supervised by the YJS, and use this to challenge partner agencies to provide the "
         "services these children need", [
             ("1.1", "Deliver a board induction and development session on the YJS cohort profile, "
                     "including disproportionality and children's education, health and care needs.",
              "Chair of YJMB / Head of Youth Justice", d(2024, 12, 31), d(2025, 2, 28),
              "Session held 12/02/2025; 9 of 11 board members attended. Slides circulated to absent members.",
              "A", "B"),
             ("1.2", "Introduce a quarterly partnership performance report to the board, with each "
                     "statutory partner reporting against agreed measures.",
              "Head of Youth Justice; Performance and Insight Manager", d(2025, 3, 31), None,
              "Draft dataset agreed at December YJMB. First full report due at March 2025 board.",
              "A", "G"),
         ]),
        ("2. Make sure that there are enough staff, with the right skills, to meet the needs of "
         "children on the caseload", [
             ("2.1", "Agree funding for two additional case manager posts and a seconded probation officer.",
              "Director of Operations (SCF)", d(2025, 1, 31), d(2025, 4, 30),
              "Business case approved by SCF Executive. Probation secondment still being negotiated with "
              "the Probation Service (Thames Valley).",
              "R", "A"),
             ("2.2", "Recruit to the vacant education, training and employment (ETE) worker post.",
              "YJS Operations Manager", d(2024, 11, 30), None,
              "ETE worker started 4 November 2024.",
              "G", "B"),
         ]),
    ]),
    ("Recommendations for the Head of Youth Justice", [
        ("3. Improve the quality of assessment and planning for keeping other people safe, including "
         "identifying and addressing risks to specific victims", [
             ("3.1", "Deliver risk of harm training (AssetPlus 'keeping other people safe') to all case "
                     "managers and team managers.",
              "Practice Development Lead", d(2025, 1, 31), None,
              "Two sessions delivered (November 2024 and January 2025); 100% of case managers attended.",
              "G", "B"),
             ("3.2", "Introduce monthly thematic case audits focused on risk of harm and safety planning.\n"
                     "Findings to be reported to the YJS Quality Assurance Group and the YJMB performance sub-group.",
              "YJS Team Manager / Quality Assurance Manager", d(2024, 12, 31), None,
              "Audits running monthly since December 2024. 14 cases audited; 9 rated good or better.",
              "A", "G"),
         ]),
        ("4. Ensure that victims are offered restorative justice and that their safety is considered in "
         "all out-of-court disposal decisions", [
             ("4.1", "Review the victim contact process so that all identifiable victims are contacted within "
                     "10 working days of a disposal.",
              "Victim Liaison Officer", d(2024, 10, 31), None,
              "Process revised and signed off at YJMB October 2024.",
              "G", "B"),
             ("4.2", "Add a victim safety section to the out-of-court disposal decision-making panel template.",
              "Out of Court Disposal Panel Chair", d(2024, 11, 30), d(2025, 4, 30),
              "Template drafted; awaiting agreement from Thames Valley Police before use.",
              "A", "G"),
         ]),
        ("5. Make sure that children's health and speech, language and communication needs are assessed "
         "and met", [
             ("5.1", "Agree a service level agreement for a speech and language therapist to work in the YJS "
                     "two days a week.",
              "Head of Youth Justice / Designated Nurse for Looked After Children (Frimley ICB)",
              d(2025, 3, 31), d(2025, 6, 30),
              "Funding identified. SLA with Berkshire Healthcare NHS FT in draft.",
              "A", "A"),
         ]),
    ]),
]


def make_slough(path):
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SLOUGH_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    info = [
        ("Service", "Slough Youth Justice Service (Slough Children First)"),
        ("Inspection", "HM Inspectorate of Probation – inspection of youth justice services"),
        ("Fieldwork", "3 – 7 June 2024"),
        ("Report published", "10 September 2024"),
        ("Overall rating", "Requires improvement"),
        ("Plan owner", "Head of Youth Justice"),
        ("Governance", "Youth Justice Management Board (quarterly); Slough Children First Board"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A11"] = "Version control"
    cov["A11"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for j, h in enumerate(hdr, start=1):
        c = cov.cell(12, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
    vers = [
        ("0.1", "01/10/2024", "Head of Youth Justice", "First draft for YJMB"),
        ("1.0", "17/10/2024", "Head of Youth Justice", "Approved by YJMB and submitted to HMIP"),
        ("1.2", "12/12/2024", "YJS Business Support Officer", "December 2024 progress update; revised dates agreed"),
        ("1.3", "06/03/2025", "YJS Business Support Officer", "Progress update for March 2025 YJMB"),
    ]
    for i, row in enumerate(vers, start=13):
        for j, v in enumerate(row, start=1):
            cov.cell(i, j, v).border = BOX
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = SLOUGH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Progress update for Youth Justice Management Board – 20 March 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "HMIP recommendation", "Action", "Lead", "Original target date",
             "Revised target date", "Progress update", "Previous RAG (Dec 2024)", "Current RAG (Mar 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for sec, recs in SLOUGH_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, sec)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, act, lead, orig, rev, prog, prev, cur) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, lead)
                c = ws.cell(r, 5, orig)
                c.number_format = "mmm-yy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "mmm-yy"
                ws.cell(r, 7, prog)
                for col, val in ((8, prev), (9, cur)):
                    c = ws.cell(r, col, val)
                    c.fill = fill(FILL[val])
                    c.font = Font(bold=True, color="FFFFFF" if val in "RB" else "000000")
                    c.alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] += 1
                for col in range(1, ncol + 1):
                    ws.cell(r, col).border = BOX
                    if col not in (8, 9):
                        ws.cell(r, col).alignment = WRAP
                r += 1
            ws.cell(first, 2, rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary of current RAG ratings").font = Font(bold=True)
    r += 1
    for key, label in (("B", "Blue – complete"), ("G", "Green – on track"),
                       ("A", "Amber – some slippage"), ("R", "Red – off track")):
        ws.cell(r, 2, label).fill = fill(FILL[key])
        ws.cell(r, 3, counts[key])
        r += 1
    ws.cell(r, 2, "Total actions").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Note: revised target dates were agreed by the YJMB on 12 December 2024. "
                  "Original dates are kept for reference.").font = Font(italic=True)
    widths = [7, 45, 55, 30, 12, 12, 50, 11, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((
            ("B", "Complete – action delivered and evidence of impact held"),
            ("G", "On track to be delivered by the target date"),
            ("A", "Some slippage – mitigating action in hand"),
            ("R", "Off track – escalation to YJMB required")), start=2):
        c = key.cell(i, 1, k)
        c.fill = fill(FILL[k])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Reading local area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
READING_TITLE = "Reading Local Area Partnership – SEND Priority Action Plan"
READING_PLAN = [
    ("Workstream 1 – EHC needs assessments and plans", [
        ("Area for priority action 1: Leaders across education, health and care should improve the "
         "timeliness and quality of education, health and care (EHC) needs assessments and plans, so that "
         "children and young people's needs are identified and met without delay.", [
             ("1.1", "Recruit additional educational psychologists and SEND caseworkers to clear the backlog "
                     "of overdue EHC needs assessments.",
              "Head of SEND", "BFfC HR", "31/03/2025",
              "Backlog of overdue assessments reduced from 212 to under 40.", "B"),
             ("1.2", "Introduce a multi-agency quality assurance panel that audits a sample of 10 new EHC "
                     "plans each month.",
              "SEND Quality Assurance Lead; Designated Clinical Officer (BOB ICB)", "Reading Families' Forum",
              "Summer term 2025",
              "80% of audited plans rated good or better.", "G"),
             ("1.3", "Agree timescales for health advice with providers and report compliance monthly to the "
                     "SEND Partnership Board.",
              "Designated Clinical Officer (BOB ICB)", "Berkshire Healthcare NHS FT; Royal Berkshire NHS FT",
              "Sept 2025",
              "90% of health advice returned within 6 weeks.", "A"),
         ]),
    ]),
    ("Workstream 2 – Neurodevelopmental pathway", [
        ("Area for priority action 2: Leaders should work together to reduce waiting times for "
         "neurodevelopmental assessment and make sure that children and families receive support while "
         "they wait.", [
             ("2.1", "Commission additional autism and ADHD assessment capacity through the Berkshire West "
                     "neurodiversity pathway.",
              "Associate Director of Children's Commissioning (BOB ICB)", "Berkshire Healthcare NHS FT",
              "Mar-26",
              "Median wait for assessment reduced to under 52 weeks.", "R"),
             ("2.2", "Launch a 'support while you wait' offer, co-produced with Reading Families' Forum, "
                     "through the Local Offer and family hubs.",
              "Head of Early Help; Participation Lead", "Reading Families' Forum",
              "Autumn term 2025",
              "Families report feeling supported while waiting (annual survey).", "G"),
         ]),
    ]),
    ("Workstream 3 – Preparing for adulthood", [
        ("Area for improvement 1: Leaders should strengthen the arrangements for preparing young people with "
         "SEND for adulthood, including transition to adult health and social care services.", [
             ("3.1", "Establish a 14–25 transitions panel with adult social care and adult health services.",
              "Head of Service, Children with Disabilities; Head of Adult Social Care Operations",
              "Reading Borough Council Adult Social Care", "Jan 2026",
              "All young people with EHC plans discussed at panel by age 17.", None),
             ("3.2", "Publish a preparing for adulthood guide for families on the Local Offer.",
              "Local Offer Manager", "Reading Families' Forum", "July 2025",
              "Guide published; page views and feedback monitored.", "G"),
         ]),
    ]),
    ("Workstream 4 – Inclusion and attendance", [
        ("Area for improvement 2: Leaders should improve the attendance and inclusion of children and young "
         "people with SEND in mainstream schools, reducing the use of suspensions and part-time timetables.", [
             ("4.1", "Track every part-time timetable for a child with an EHC plan, with a fortnightly review "
                     "by the Inclusion team.",
              "Inclusion Manager", "Schools", "Ongoing",
              "Number of children with EHC plans on part-time timetables falls each term.", "G"),
             ("4.2", "Deliver the Ordinarily Available Provision training programme to SENCos in all Reading "
                     "mainstream schools.",
              "SEND Advisory Teacher Lead", "Schools; Educational Psychology Service", "Autumn term 2025",
              "100% of mainstream schools have attended; reduction in suspensions of pupils with SEND.", None),
         ]),
    ]),
]


def make_reading(path):
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = READING_TITLE
    ov["A1"].font = Font(bold=True, size=14, color="7030A0")
    ov["A2"] = ("Brighter Futures for Children, Reading Borough Council and NHS Buckinghamshire, "
                "Oxfordshire and Berkshire West Integrated Care Board")
    rows = [
        ("Inspection", "Area SEND inspection (Ofsted and CQC), 18 – 22 November 2024"),
        ("Outcome", "Widespread and/or systemic failings leading to significant concerns about the "
                    "experiences and outcomes of children and young people with SEND"),
        ("Plan approved", "SEND Partnership Board, 12 February 2025"),
        ("Last updated", "30 June 2025"),
        ("Monitoring", "DfE and NHS England review meetings every 6 months"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        ov.cell(i, 1, k).font = Font(bold=True)
        ov.cell(i, 2, v).alignment = WRAP
    ov["A10"] = "Status key (colour of the Status column)"
    ov["A10"].font = Font(bold=True)
    for i, (k, txt) in enumerate((
            ("B", "Complete"), ("G", "On track"), ("A", "At risk – action being taken"),
            ("R", "Off track – escalated to SEND Partnership Board"), (None, "Not yet started")), start=11):
        c = ov.cell(i, 1)
        if k:
            c.fill = fill(FILL[k])
        c.border = BOX
        ov.cell(i, 2, txt)
    ov.column_dimensions["A"].width = 16
    ov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Priority Action Plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = READING_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "2025 – 2026    |    Update for SEND Partnership Board: June 2025"
    heads = ["Inspection finding", "Ref", "What we will do", "Lead(s)", "Partner(s)", "By when",
             "How we will know", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 4
    for ws_name, finds in READING_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for finding, acts in finds:
            first = r
            for (ref, act, lead, partner, when, measure, st) in acts:
                vals = [None, ref, act, lead, partner, when, measure, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                if st:
                    ws.cell(r, 8).fill = fill(FILL[st])
                r += 1
            ws.cell(first, 1, finding).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    widths = [45, 6, 50, 32, 28, 16, 40, 9]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A4"

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate((
            ("Term", "Meaning"),
            ("BFfC", "Brighter Futures for Children"),
            ("BOB ICB", "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"),
            ("EHC", "Education, health and care"),
            ("SENCo", "Special educational needs co-ordinator"),
            ("PfA", "Preparing for adulthood")), start=1):
        gl.cell(i, 1, a).font = Font(bold=(i == 1))
        gl.cell(i, 2, b).font = Font(bold=(i == 1))
    gl.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Bedford Borough Council children's home Ofsted action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
BEDFORD_TITLE = "Ofsted Inspection Action Plan – Riverside View Children's Home (SC486213)"
BEDFORD_ROWS = [
    ("Requirements", [
        ("1", "Requirement",
         "The registered person must ensure that staff assess whether each child is at risk of harm, "
         "taking into account information in the child's relevant plans, and, if necessary, make "
         "arrangements to reduce the risk of harm.",
         "Regulation 12 (1)(2)(a)(i) – the protection of children standard",
         "Review and update every child's risk assessment and missing-from-home protocol following each "
         "incident, with the registered manager signing off each review.",
         "Registered Manager", "14 March 2025",
         "All four risk assessments reviewed and signed off 10/03/2025.", "Complete"),
        ("2", "Requirement",
         "The registered person must ensure that the registered person has the experience and skills to "
         "lead and manage the home, and that monitoring systems identify shortfalls.",
         "Regulation 13 (1)(a)(b)(2)(h) – the leadership and management standard",
         "Introduce a monthly management audit of records, incidents and restraint, with findings reviewed "
         "by the responsible individual.",
         "Registered Manager / Responsible Individual", "31 March 2025",
         "January and February audits completed. Template agreed.", "Complete"),
        ("3", "Requirement",
         "The registered person must ensure that full employment histories are obtained, and any gaps "
         "explained, before a person starts work at the home.",
         "Regulation 32 (3) – fitness of workers; Schedule 2",
         "Check all staff files against Schedule 2 and obtain missing employment histories.",
         "Business Support Officer", "28 Febuary 2025",
         "Three files found with gaps; two resolved.", "In progress"),
    ]),
    ("Recommendations", [
        ("4", "Recommendation",
         "The registered person should ensure that children's views are sought and recorded in the home's "
         "review of quality of care.",
         "Guide to the Children's Homes Regulations, paragraph 15.6",
         "Hold a monthly house meeting with children and include their views in the Regulation 45 report.",
         "Registered Manager", "30 April 2025",
         "House meetings started March 2025.", "In progress"),
        ("5", "Recommendation",
         "The registered person should ensure that staff receive training in de-escalation and that "
         "restraint records are reviewed promptly.",
         "Guide to the Children's Homes Regulations, paragraph 9.59",
         "Book all staff onto refresher de-escalation training and review restraint records within 48 hours.",
         "Deputy Manager", "31 May 2025",
         "", "Not started"),
        ("6", "Recommendation",
         "The registered person should ensure that children's education plans are shared with the home and "
         "that staff support children's attendance.",
         "Guide to the Children's Homes Regulations, paragraph 8.9",
         "Agree with the Virtual School that PEPs are shared with the home within 5 days of each meeting.",
         "Registered Manager; Virtual School Headteacher", "30 June 2025",
         "", "Not started"),
    ]),
]


def make_bedford(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 9
    ws["A1"] = "Bedford Borough Council – Children's Services"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = BEDFORD_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection date: 14 and 15 January 2025    |    Overall experiences and progress of children "
                "and young people: requires improvement to be good")
    ws["A4"] = "Registered Manager: Amanda Clarke    |    Responsible Individual: Head of Residential and Edge of Care Services"
    heads = ["No.", "Type", "What the inspector said", "Regulation / guide reference", "Action to be taken",
             "Responsible", "Due date", "Progress / evidence", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for sec, rows in BEDFORD_ROWS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(FILL["grey"])
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            r += 1
    r += 1
    ws.cell(r, 1, "Action plan to be returned to Ofsted and reviewed at each Regulation 44 visit.").font = Font(italic=True)
    widths = [5, 14, 50, 30, 50, 26, 16, 36, 12]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    log = wb.create_sheet("Reg 44 log")
    for j, h in enumerate(["Visit date", "Independent visitor", "Actions reviewed", "Comments"], start=1):
        log.cell(1, j, h).font = Font(bold=True)
    log.append(["19/02/2025", "Independent Visitor (Reg 44)", "1, 2, 3", "Good progress on risk assessments."])
    log.append(["20/03/2025", "Independent Visitor (Reg 44)", "1 – 6", "Staff files still outstanding."])
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


def set_text(cell, text, bold=False):
    """Put text in a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Darlington Safeguarding Partnership JTAI action plan (docx)
# ---------------------------------------------------------------------------
DARL_TITLE = "Joint Targeted Area Inspection – Multi-agency Action Plan"
DARL_PLAN = [
    ("Priority 1: Recognising and responding to child sexual abuse",
     "Area for improvement 1: The recognition by practitioners across agencies of the signs and indicators "
     "of child sexual abuse in the family environment, and the professional curiosity needed to explore them.",
     [
         ("1.1", "Deliver multi-agency training on recognising child sexual abuse in the family environment, "
                 "using the CSA Centre's signs and indicators template.\n"
                 "Training to be included in the DSP core training offer for 2025/26.",
          "DSP Learning and Development Officer", "June 2025",
          "Four sessions delivered to 164 practitioners from 11 agencies.", "Complete"),
         ("1.2", "Add a CSA screening prompt to the GP safeguarding template and the 0–19 service "
                 "contact record.",
          "Designated Nurse Safeguarding Children (NENC ICB) / Named GP", "September 2025",
          "GP template live in 8 of 11 practices; 0–19 record change requested.", "Green"),
         ("1.3", "Refresh the DSP practice guidance on responding to a child's disclosure of sexual abuse.",
          "DCI Safeguarding (Durham Constabulary)", "31 October 2025",
          "Draft out for consultation with partners.", "Green"),
     ]),
    ("Priority 2: Strategy discussions and joint investigation",
     "Area for improvement 2: The timeliness of strategy discussions and the attendance of health "
     "professionals at them, so that decisions about children at risk of sexual abuse are fully informed.",
     [
         ("2.1", "Hold all strategy discussions for suspected CSA within one working day, with a health "
                 "representative invited to every discussion.",
          "Head of First Response (DBC)", "July 2025",
          "Monthly audit shows 94% held within one working day (August 2025).", "Complete"),
         ("2.2", "Agree a health on-call rota so that a paediatrician or named nurse can join strategy "
                 "discussions out of hours.",
          "Named Doctor Safeguarding Children (CDDFT) & Designated Doctor", "Q3 2025/26",
          "Rota agreed in principle; job plans being amended.", "Amber"),
         ("2.3", "Audit a sample of strategy discussions each quarter and report findings to the DSP "
                 "Quality Assurance sub-group.",
          "Helen Marwood and Steve Rudd", "Quarterly",
          "Q1 audit of 15 cases reported July 2025.", "Green"),
     ]),
    ("Priority 3: Support for children after disclosure",
     "Area for improvement 3: The availability of specialist therapeutic support for children who have "
     "experienced sexual abuse within the family.",
     [
         ("3.1", "Commission a specialist CSA therapeutic service for children in Darlington, jointly funded "
                 "by the ICB and the Police and Crime Commissioner.",
          "NENC ICB Commissioning Lead (Children and Young People)", "March 2026",
          "Funding not yet confirmed; escalated to Executive Group.", "Red"),
         ("3.2", "Ensure every child who discloses CSA has a named worker and a support plan reviewed at "
                 "each child protection conference.",
          "Service Manager (Children's Safeguarding)", "December 2025",
          "Audit tool agreed; baseline audit scheduled for October 2025.", "Amber"),
     ]),
]
RAG_DOCX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_darlington(path):
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Darlington Safeguarding Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(DARL_TITLE, level=1)
    doc.add_paragraph("Multi-agency response to child sexual abuse in the family environment. "
                      "Inspection fieldwork 10 – 14 March 2025; letter of findings published 2 May 2025.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_text(c, h, bold=True)
    for row in (("1.0", "12/06/2025", "DSP Business Manager", "DSP Executive Group"),
                ("1.1", "18/09/2025", "DSP Business Manager", "DSP Executive Group")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Complete", "Action complete and evidenced"), ("Green", "On track"),
                 ("Amber", "Some delay – recovery plan in place"), ("Red", "Off track – escalated")):
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], RAG_DOCX[k])
        set_text(cells[1], v)

    for prio, afi, acts in DARL_PLAN:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_text(top, afi, bold=True)
        shade(top, "DEEAF6")
        for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead agency / officer", "Timescale",
                                          "Progress update (September 2025)", "RAG"]):
            set_text(c, h, bold=True)
        for ref, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, when, prog, rag)):
                set_text(c, v)
            shade(cells[5], RAG_DOCX[rag])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off by the safeguarding partners").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Partner", "Lead safeguarding partner", "Date agreed"]):
        set_text(c, h, bold=True)
    for row in (("Darlington Borough Council", "Chief Executive", "18/09/2025"),
                ("Durham Constabulary", "Chief Constable", "18/09/2025"),
                ("NHS North East and North Cumbria ICB", "Chief Executive", "18/09/2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Foster Wales Ceredigion – CIW fostering inspection improvement plan (docx)
# ---------------------------------------------------------------------------
CERED_TITLE = "Improvement Plan: Care Inspectorate Wales Inspection of Foster Wales Ceredigion"
CERED_PLAN = [
    ("Well-being", [
        ("AFI 1 – Children's views are not consistently sought and recorded in foster carers' annual reviews.",
         "Regulation 39", [
             ("1.1", "Revise the annual review template so that the views of each child in placement are sought "
                     "and recorded separately.",
              "Independent Reviewing Officer (Fostering)", "31/10/2024",
              "New template in use from 1 November 2024.", "Completed"),
             ("1.2", "Audit a sample of 20 annual reviews to check that children's views are recorded.",
              "Team Manager, Fostering", "March 2025 (revised from January 2025)",
              "12 of 20 reviews audited; all include the child's views.", "On track"),
         ]),
    ]),
    ("Care and Support", [
        ("AFI 2 – Placement plans and safe care agreements are not always in place at the start of a placement.",
         "Regulation 14", [
             ("2.1", "Introduce a placement start checklist so that the placement plan and safe care agreement "
                     "are completed within 5 working days.",
              "Senior Practitioner / Supervising Social Workers", "December 2024",
              "Checklist in use; compliance 92% in Q4.", "Completed"),
             ("2.2", "Report compliance with placement plan timescales to the Fostering Management Group.",
              "Team Manager, Fostering", "Monthly",
              "Reported monthly since January 2025.", "On track"),
         ]),
        ("AFI 3 – Not all foster carers complete mandatory training within the required timescales.",
         "Regulation 31", [
             ("3.1", "Develop a training compliance tracker and follow up overdue training in supervisory visits.",
              "Learning and Development Officer", "Jan 2025",
              "Tracker built; 9 carers still overdue on safeguarding refresher.", "Amber"),
         ]),
    ]),
    ("Leadership and Management", [
        ("AFI 4 – The quality of care review does not fully show how the views of children and foster carers "
         "have been gathered and used.",
         "Regulation 56", [
             ("4.1", "Hold consultation events with children in care and foster carers to inform the six-monthly "
                     "quality of care review.",
              "RI / Head of Children's Services", "April 2025",
              "", "Not started"),
             ("4.2", "Publish a summary of the quality of care report on the Foster Wales Ceredigion web page.",
              "Service Manager", "June 2025",
              "", "Not started"),
         ]),
    ]),
]


def make_ceredigion(path):
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Cyngor Sir Ceredigion County Council").bold = True
    doc.add_paragraph("Foster Wales Ceredigion – Porth Cynnal")
    doc.add_heading(CERED_TITLE, level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Service", "Foster Wales Ceredigion (local authority fostering service)"),
                 ("Inspection dates", "22 – 25 July 2024"),
                 ("Report published", "2 October 2024"),
                 ("Responsible Individual", "Corporate Lead Officer – Porth Cynnal"),
                 ("Plan last updated", "17 March 2025")):
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "E2EFD9")
        set_text(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Completed – action finished and evidence held; On track – progressing "
                      "within timescale; Amber – some delay, recovery action agreed; Not started – not yet due "
                      "to start.")

    heads = ["Ref", "Area for improvement (CIW)", "Regulation", "Action", "By whom", "By when",
             "Progress / evidence", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_text(c, h, bold=True)
        shade(c, "A8D08D")
    status_fill = {"Completed": "0070C0", "On track": "00B050", "Amber": "FFC000"}
    for theme, afis in CERED_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, theme, bold=True)
        shade(m, "E2EFD9")
        for afi, reg, acts in afis:
            start = len(t.rows)
            for ref, act, who, when, prog, st in acts:
                cells = t.add_row().cells
                for idx, v in ((0, ref), (3, act), (4, who), (5, when), (6, prog), (7, st)):
                    set_text(cells[idx], v)
                if st in status_fill:
                    shade(cells[7], status_fill[st])
            end = len(t.rows) - 1
            a = t.cell(start, 1)
            b = t.cell(start, 2)
            if end > start:
                a = a.merge(t.cell(end, 1))
                b = b.merge(t.cell(end, 2))
            set_text(a, afi)
            set_text(b, reg)

    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Healthier Communities Overview and "
                      "Scrutiny Committee and shared with CIW at the next engagement meeting.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Torbay corporate parenting board action plan (csv)
# ---------------------------------------------------------------------------
TORBAY_TITLE = "Torbay Council – Corporate Parenting Board Action Plan 2025/26"
TORBAY_PLAN = [
    ("Promise 1: We will listen to you and act on what you tell us", [
        ("1.1", "Children in Care Council (CiCC) members to co-chair one Corporate Parenting Board meeting "
                "each quarter.",
         "Participation Officer / Chair of Corporate Parenting Board", "Dec-25",
         "CiCC co-chaired the July and October Boards.", "G"),
        ("1.2", "Publish a 'You said, we did' update after every Board meeting on the Torbay children in care "
                "web page.",
         "Participation Officer", "Ongoing",
         "Updates published for April, July and October.", "G"),
    ]),
    ("Promise 2: We will make sure you have a safe, stable home", [
        ("2.1", "Open two new in-house children's homes under the residential sufficiency programme.",
         "Head of Service – Children in Care", "31/03/2026",
         "First home registered with Ofsted; second property purchase delayed.", "A"),
        ("2.2", "Increase the number of Torbay foster carers by 12 (net) through the fostering recruitment "
                "campaign.\nReport quarterly to the Board on enquiries, assessments and approvals.",
         "Fostering Service Manager", "Q4 2025/26",
         "Net gain of 2 carers at Q2; 4 resignations.", "R"),
    ]),
    ("Promise 3: We will help you do well in school, college and work", [
        ("3.1", "Every child in care to have their Personal Education Plan (PEP) reviewed each term.",
         "Virtual School Headteacher", "Termly",
         "96% of PEPs reviewed in summer term.", "G"),
        ("3.2", "Ring-fence ten council apprenticeship places for care leavers.",
         "Kate Ridley and Tom Vosper", "Sept 2025",
         "Ten places ring-fenced; six filled.", "Complete"),
    ]),
    ("Promise 4: We will support your health and wellbeing", [
        ("4.1", "Complete initial health assessments within 20 working days for at least 85% of children "
                "entering care.",
         "Designated Nurse for Children in Care (Devon ICB)", "Mar-26",
         "71% in Q2 (Q1: 64%).", "A"),
        ("4.2", "Launch free leisure passes for care leavers aged 18–25 at Torbay leisure centres.",
         "Leaving Care Team Manager; Sport and Leisure Lead", "Jan 2026",
         "", "Not started"),
    ]),
]


def make_torbay(path):
    rows = [
        [TORBAY_TITLE, "", "", "", "", "", ""],
        ["Delivering our Promise to children in our care and care leavers", "", "", "", "", "", ""],
        ["Version 3 – updated for Corporate Parenting Board, 9 October 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Promise", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"],
    ]
    for promise, acts in TORBAY_PLAN:
        for i, (ref, act, lead, when, prog, rag) in enumerate(acts):
            rows.append([promise if i == 0 else "", ref, act, lead, when, prog, rag])
    rows += [
        ["", "", "", "", "", "", ""],
        ["RAG key: R = off track; A = some risk to delivery; G = on track; Complete = achieved", "", "", "", "", "", ""],
        ["Notes: target dates agreed at the Board on 10 April 2025. Updates provided by action leads.", "", "", "", "", "", ""],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Rutland early help strategy action plan (tab-separated txt)
# ---------------------------------------------------------------------------
RUTLAND_TITLE = "Rutland Early Help Strategy 2024-2027 – Action Plan 2025/26"
RUTLAND_PLAN = [
    ("Priority 1: Right help, first time – families know where to go", [
        ("1a", "Launch the Rutland Family Hub online offer, with a single directory of early help services.",
         "Family Hub Manager", "April 2025",
         "Launched 3 April 2025; 1,240 page views in first quarter.", "Complete"),
        ("1b", "Set up a single Early Help front door phone line and email, staffed Monday to Friday.",
         "Head of Early Help and Prevention", "Sep-25",
         "Line live from 1 September; recruitment to second post under way.", "Green"),
    ]),
    ("Priority 2: Working together across the partnership", [
        ("2a", "Train 120 practitioners in the Early Help Assessment (EHA) and Team Around the Family approach.",
         "Early Help Coordinator / LRSCP Training Lead", "End of March 2026",
         "58 practitioners trained to date; school sessions to be booked.", "Amber"),
        ("2b", "Hold a multi-agency Early Help Panel for families stepping down from children's social care.",
         "Head of Early Help and Prevention", "Monthly",
         "Panel meeting monthly since May 2025.", "Green"),
    ]),
    ("Priority 3: Supporting families with the cost of living and good health", [
        ("3a", "Offer Healthy Start and family budgeting sessions at the Oakham and Uppingham family hub sites.",
         "Public Health / Rutland Adult Learning", "Summer term 2025",
         "12 sessions held; 87 families attended.", "Complete"),
        ("3b", "Extend the Holiday Activities and Food (HAF) programme to include the October half term.",
         "HAF Coordinator", "Oct-25",
         "", ""),
    ]),
]


def make_rutland(path):
    lines = [
        RUTLAND_TITLE,
        "Rutland County Council and the Rutland Early Help Partnership",
        "Progress at 30 September 2025 (reported to the Children and Young People's Partnership)",
        "",
    ]
    for prio, acts in RUTLAND_PLAN:
        lines.append(prio)
        lines.append("\t".join(["Ref", "What we will do", "Who", "When", "Progress", "RAG"]))
        for row in acts:
            lines.append("\t".join(row))
        lines.append("")
    lines.append("RAG: Complete = delivered; Green = on track; Amber = at risk; Red = off track; "
                 "blank = not yet started")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "ks1-slough-children-first-youth-justice-service-hmip-improvement-plan.xlsx": make_slough,
    "ks1-reading-local-area-send-priority-action-plan.xlsx": make_reading,
    "ks1-bedford-borough-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx": make_bedford,
    "ks1-darlington-safeguarding-partnership-jtai-action-plan.docx": make_darlington,
    "ks1-foster-wales-ceredigion-ciw-fostering-inspection-improvement-plan.docx": make_ceredigion,
    "ks1-torbay-council-corporate-parenting-board-action-plan.csv": make_torbay,
    "ks1-rutland-county-council-early-help-strategy-action-plan.txt": make_rutland,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
