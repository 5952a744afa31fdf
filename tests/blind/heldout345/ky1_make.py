#!/usr/bin/env python3
"""Build the seven ky1- blind test files (children's services plans) in this folder.

Run with: /work/main/.venv/bin/python ky1_make.py
The data below is also what the .expected.yaml readings were written from.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "head": "1F3864", "theme": "D9E1F2", "grey": "D9D9D9", "pale": "F2F2F2",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def cellw(ws, row, col, value, bold=False, fillc=None, white=False, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if fillc:
        c.fill = fill(fillc)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ============================================================ 1 Warwickshire ILACS (xlsx)
WARKS_FILE = "ky1-warwickshire-county-council-ilacs-improvement-plan.xlsx"
WARKS_TITLE = "Warwickshire County Council – ILACS Improvement Plan 2025–2027"
# theme, recommendation (vertically merged cell), then actions:
# (ref, action, lead cell, target, revised, prev RAG, current RAG ('fill:A' = colour only), progress, evidence)
WARKS_PLAN = [
    ("Theme 1: Leadership, management oversight and supervision", [
        ("The consistency and impact of management oversight and supervision in progressing children’s plans, including for children in need and children subject to child protection plans.", [
            ("1.1", "Refresh the supervision policy and practice standards so that every supervision record sets out clear actions, timescales and the rationale for decisions.",
             "Principal Social Worker", D(2026, 1, 31), None, "G", "B",
             "Policy relaunched 2 February 2026. Monthly audit shows 84% of supervision records with SMART actions (baseline 52%).",
             "Monthly supervision audit; practice week findings"),
            ("1.2", "Deliver a mandatory management oversight development programme for all team managers and practice supervisors in the new Family Help and MACPT teams.",
             "Head of Practice Improvement / Workforce Development Manager", D(2026, 3, 31), D(2026, 6, 30), "A", "B",
             "Cohorts 1–3 completed; 41 of 43 managers attended. Two new starters booked onto the autumn cohort.",
             "Attendance log; post-course evaluation"),
            ("1.3", "Introduce a monthly practice-week dip sample, led by heads of service, of children open for more than 12 months to test the impact of management oversight.",
             "Heads of Service (Family Help)", "Ongoing – monthly", None, "G", "G",
             "Dip sampling in place since March 2026; themes reported to Practice Improvement Group.",
             "Dip sample returns"),
        ]),
    ]),
    ("Theme 2: Help and protection", [
        ("The timeliness and quality of child protection enquiries, and the consistency of multi-agency attendance at strategy meetings.", [
            ("2.1", "Implement the revised strategy discussion pathway with Warwickshire Police and health partners, including a 24-hour escalation route when a partner cannot attend.",
             "Service Manager (MACPT); Detective Inspector, Public Protection Unit", D(2026, 2, 28), None, "G", "B",
             "Pathway live from 16 February 2026. Police attendance at strategy meetings 97% (Aug 2026).",
             "Strategy meeting attendance data"),
            ("2.2", "Embed the child protection enquiry quality standard and audit 20 section 47 enquiries each quarter, reporting findings to the Safeguarding Performance Group.",
             "Head of Quality Assurance", D(2026, 9, 30), D(2026, 12, 31), "G", "fill:A",
             "Q1 audit completed; Q2 audit delayed by auditor vacancies. Revised date agreed.",
             "Quarterly audit reports"),
            ("2.3", "Review the threshold and step-down arrangements between Family Help and the Multi-Agency Child Protection Teams so that children’s plans are not delayed at the point of transfer.",
             "Assistant Director – Children and Families", D(2026, 7, 31), None, "A", "R",
             "Review delayed by the restructure of Family Help localities; scoping restarted August 2026.",
             "Transfer timeliness report"),
        ]),
    ]),
    ("Theme 3: Children in care and permanence", [
        ("Timely permanence planning for children in care, including the tracking of children’s plans in pre-proceedings and the Public Law Outline.", [
            ("3.1", "Establish a fortnightly permanence tracking panel, chaired by the Head of Service – Children in Care, covering every child without a confirmed permanence plan at their second review.",
             "Head of Service – Children in Care", D(2026, 3, 31), None, "B", "B",
             "Panel meeting fortnightly since January 2026; 62 children tracked.",
             "Panel minutes; permanence tracker"),
            ("3.2", "Launch the PLO tracker on Mosaic so that legal gateway decisions, timescales and letters before proceedings are visible to managers.",
             "Legal Services Manager / Mosaic Systems Lead", "Q2 2026/27", None, "G", "G",
             "Build complete; user testing with team managers in September 2026.",
             "System go-live report"),
        ]),
        ("The effectiveness of independent reviewing officers in identifying and challenging drift and delay in children’s plans.", [
            ("3.3", "Revise the IRO escalation (dispute resolution) protocol and report escalations, and their outcomes, to the Corporate Parenting Panel each quarter.",
             "IRO Service Manager", D(2026, 4, 30), None, "B", "B",
             "Protocol revised March 2026; first quarterly report to Corporate Parenting Panel July 2026.",
             "Escalation log"),
            ("3.4", "Reduce IRO caseloads to no more than 70 children through the recruitment of two additional reviewing officers.",
             "Head of Safeguarding and Quality Assurance", D(2026, 5, 31), D(2026, 11, 30), "A", "A",
             "One IRO appointed (started July 2026); second post re-advertised. Average caseload 78.",
             "Caseload report"),
        ]),
    ]),
]


def build_warwickshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 12
    for col in "BCDE":
        cov.column_dimensions[col].width = 30
    cov["A1"] = WARKS_TITLE
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Children and Families Directorate"
    cov["A3"] = ("Ofsted inspection of local authority children’s services: 16–27 June 2025. "
                 "Report published 14 October 2025. Overall effectiveness: Requires improvement to be good.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Summary of changes", "Approved by"]
    for i, h in enumerate(hdr, 1):
        cellw(cov, 6, i, h, bold=True, fillc=FILLS["grey"])
    rows = [
        ("0.3", D(2025, 12, 1), "Children’s Services Improvement Lead", "Draft for Improvement Board", "—"),
        ("1.0", D(2026, 1, 19), "Children’s Services Improvement Lead", "Final plan submitted to Ofsted", "Children and Families Improvement Board"),
        ("1.3", D(2026, 10, 2), "Improvement Programme Officer", "September 2026 progress update; RAG refreshed", "Director of Children and Families"),
    ]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cellw(cov, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    cov["A11"] = "Governance: the plan is monitored monthly by the Children and Families Improvement Board, chaired by the Chief Executive."

    key = wb.create_sheet("RAG key")
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 70
    key["A1"] = "RAG key (Previous and Current RAG columns)"
    key["A1"].font = Font(bold=True, size=12)
    for r, (k, txt) in enumerate([
        ("B", "Blue – action complete and impact evidenced"),
        ("G", "Green – on track to deliver by the target date"),
        ("A", "Amber – some slippage; revised date agreed by the Improvement Board"),
        ("R", "Red – off track / significant risk to delivery"),
    ], 3):
        cellw(key, r, 1, k, bold=True, fillc=FILLS[k], white=True)
        cellw(key, r, 2, txt)

    ws = wb.create_sheet("Improvement Plan")
    widths = [7, 38, 55, 30, 13, 13, 11, 11, 50, 28]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ncol = len(widths)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = WARKS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Progress tracker – position as at 30 September 2026 "
                "(reported to the Children and Families Improvement Board, 14 October 2026)")
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Target date",
             "Revised date", "Previous RAG (Jun-26)", "Current RAG (Sep-26)", "Progress update", "Evidence / measures"]
    for i, h in enumerate(heads, 1):
        cellw(ws, 4, i, h, bold=True, fillc=FILLS["head"], white=True)
    ws.freeze_panes = "A5"
    r = 5
    for theme, recs in WARKS_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        cellw(ws, r, 1, theme, bold=True, fillc=FILLS["theme"])
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, action, lead, target, revised, prev, cur, prog, evid) in acts:
                cellw(ws, r, 1, ref)
                cellw(ws, r, 2, rec if r == first else None)
                cellw(ws, r, 3, action)
                cellw(ws, r, 4, lead)
                cellw(ws, r, 5, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
                cellw(ws, r, 6, revised, fmt="dd/mm/yyyy" if revised else None)
                cellw(ws, r, 7, prev, fillc=FILLS[prev], bold=True)
                if cur.startswith("fill:"):
                    cellw(ws, r, 8, None, fillc=FILLS[cur[5:]])
                else:
                    cellw(ws, r, 8, cur, fillc=FILLS[cur], bold=True)
                cellw(ws, r, 9, prog)
                cellw(ws, r, 10, evid)
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("Note: revised dates were agreed by the Improvement Board on 10 June 2026. "
                                    "Actions rated Blue move to the closed actions log after one further quarter of assurance."))
    ws.cell(row=r, column=1).font = Font(italic=True)

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 28
    sm.column_dimensions["B"].width = 12
    sm["A1"] = "Summary of current RAG ratings – September 2026"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in WARKS_PLAN:
        for _, acts in recs:
            for a in acts:
                counts[a[6].replace("fill:", "")] += 1
    cellw(sm, 3, 1, "Current RAG", bold=True, fillc=FILLS["grey"])
    cellw(sm, 3, 2, "Number of actions", bold=True, fillc=FILLS["grey"])
    names = {"B": "Blue (complete)", "G": "Green", "A": "Amber", "R": "Red"}
    rr = 4
    for k in "BGAR":
        cellw(sm, rr, 1, names[k], fillc=FILLS[k], white=True)
        cellw(sm, rr, 2, counts[k])
        rr += 1
    cellw(sm, rr, 1, "Total", bold=True)
    cellw(sm, rr, 2, sum(counts.values()), bold=True)
    wb.active = wb.index(ws)
    wb.save(os.path.join(HERE, WARKS_FILE))


# ============================================================ 2 Wolverhampton SEND WSOA tracker (xlsx)
WOLV_FILE = "ky1-wolverhampton-local-area-send-written-statement-of-action-progress-tracker.xlsx"
WOLV_TITLE = "City of Wolverhampton Local Area – SEND Written Statement of Action: Progress Tracker"
# sheet, area heading, SRO, workstream lead, actions:
# (ref, action, leads cell, by when, measure, progress, RAG word)
WOLV_AREAS = [
    ("ASW1", "Area of significant weakness 1: The long waits for neurodevelopmental assessment and speech and language therapy, and the lack of support for families while they wait",
     "ICB Director of Nursing", "Designated Clinical Officer", [
         ("1.1", "Commission additional neurodevelopmental assessment capacity from an independent provider to clear the list of children waiting more than 18 weeks.",
          "Dr Priya Sandhu (Designated Clinical Officer)", "March 2023",
          "No child waits more than 18 weeks for a first neurodevelopmental appointment.",
          "Additional provider in place from November 2022; 18-week breaches cleared March 2023.", "Blue"),
         ("1.2", "Launch a ‘waiting well’ offer for families on the neurodevelopmental pathway, including parent workshops co-delivered with the Parent Carer Forum.",
          "Helen Carter and Mark Boyd", "Sept 2023 – March 2024",
          "Parents report feeling supported while waiting (Parent Carer Forum survey).",
          "Four workshops delivered; online resource pack published on the Local Offer.", "Green"),
     ]),
    ("ASW2", "Area of significant weakness 2: The accuracy of EHC plans and the delays in the assessment, writing and review of those plans",
     "Deputy Director of Education", "Head of SEN Statutory Services", [
         ("2.1", "Introduce a multi-agency EHC plan quality assurance panel that audits 10% of new plans each month against the Wolverhampton quality standard.",
          "Head of SEN Statutory Services", D(2023, 4, 30),
          "80% of audited plans judged good or better.",
          "Panel meeting monthly since April 2023; 83% of audited plans good or better (Sept 2023).", "Blue"),
         ("2.2", "Clear the backlog of overdue annual reviews and put in place a tracking system so that amended plans are issued within statutory timescales.",
          "Head of SEN Statutory Services / SEN Business Support Manager", "Q4 2023/24",
          "No annual reviews more than 12 months overdue.",
          "Backlog reduced from 212 to 64; tracker built but amendment timeliness still below target.", "Amber"),
     ]),
    ("ASW3", "Area of significant weakness 3: Families’ awareness of the Local Offer and of where to go for help and support",
     "Director of Children’s Services", "Local Offer Officer", [
         ("3.1", "Relaunch the Local Offer website with co-produced content and an accessible search, and promote it through schools, GP surgeries and family hubs.",
          "Parent Carer Forum Chair; Local Offer Officer", "December 2023",
          "Local Offer visits increase by 50%; families report knowing where to find support.",
          "New site built with families; launch event booked for November 2023.", "Green"),
         ("3.2", "Run ‘You said, we did’ Local Offer events with families each term and publish the outcomes on the Local Offer.",
          "Local Offer Officer", "Termly",
          "Published ‘You said, we did’ updates each term.",
          "Summer term event held 11 July 2023.", "Green"),
     ]),
    ("ASW4", "Area of significant weakness 4: Information sharing between education, health and social care",
     "Deputy Director of Education", "Designated Clinical Officer", [
         ("4.1", "Agree and implement an information-sharing protocol between education, health and social care for children and young people with EHC plans.",
          "Deputy Director of Education & Designated Clinical Officer", D(2023, 7, 31),
          "Health and social care advice received within 6 weeks in 90% of assessments.",
          "Protocol signed by all partners June 2023; advice timeliness 92%.", "Blue"),
     ]),
    ("ASW5", "Area of significant weakness 5: Preparation for adulthood, including access to supported internships and employment",
     "Director of Adult Services", "Preparing for Adulthood Lead", [
         ("5.1", "Develop a supported internship and supported employment pathway with City of Wolverhampton College and local employers.",
          "Preparing for Adulthood Lead", "Summer term 2024",
          "At least 25 supported internship places each year.",
          "Pathway agreed with the college; 14 employers signed up.", "Green"),
         ("5.2", "Ensure every young person with an EHC plan has preparation-for-adulthood outcomes reviewed at each annual review from Year 9 onwards.",
          "Head of Inclusion / Principal Educational Psychologist", "Sep-24",
          "95% of Year 9+ annual reviews include PfA outcomes.",
          "Guidance issued to SENCOs; audit shows 61% compliance.", "Amber"),
     ]),
    ("ASW6", "Area of significant weakness 6: The effectiveness of joint commissioning between the council and health partners",
     "ICB Director of Commissioning", "ICB Head of Children’s Commissioning", [
         ("6.1", "Establish a joint commissioning group, reporting to the SEND and Inclusion Partnership Board, with an agreed joint commissioning plan for therapies and short breaks.",
          "ICB Head of Children’s Commissioning", D(2024, 3, 31),
          "Joint commissioning plan agreed and published.",
          "Group established but joint plan not yet agreed; escalated to the Partnership Board in October 2023.", "Red"),
     ]),
]


def build_wolverhampton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    for col, w in zip("ABCD", (10, 80, 30, 14)):
        sm.column_dimensions[col].width = w
    sm["A1"] = WOLV_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 31 October 2023 – for the SEND and Inclusion Partnership Board, 15 November 2023"
    for i, h in enumerate(["Area", "Area of significant weakness", "Senior Responsible Officer", "Overall RAG"], 1):
        cellw(sm, 4, i, h, bold=True, fillc=FILLS["head"], white=True)
    overall = {"ASW1": "Green", "ASW2": "Amber", "ASW3": "Green", "ASW4": "Blue", "ASW5": "Amber", "ASW6": "Red"}
    for r, (sheet, heading, sro, _, _) in enumerate(WOLV_AREAS, 5):
        cellw(sm, r, 1, sheet)
        cellw(sm, r, 2, heading.split(": ", 1)[1])
        cellw(sm, r, 3, sro)
        word = overall[sheet]
        cellw(sm, r, 4, word, fillc=FILLS[word[0]], white=word != "Amber")
    sm["A12"] = "RAG key"
    sm["A12"].font = Font(bold=True)
    for r, (w, t) in enumerate([("Blue", "Complete and embedded"), ("Green", "On track"),
                                ("Amber", "Minor slippage – recovery plan in place"), ("Red", "Off track – escalated to Partnership Board")], 13):
        cellw(sm, r, 1, w, fillc=FILLS[w[0]], white=w != "Amber")
        cellw(sm, r, 2, t)

    heads = ["Ref", "What we will do", "Lead(s)", "By when", "Measure of success / impact", "Progress update (October 2023)", "RAG"]
    for sheet, heading, sro, wlead, acts in WOLV_AREAS:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFG", (7, 55, 32, 16, 36, 45, 9)):
            ws.column_dimensions[col].width = w
        ws["A1"] = WOLV_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:G2")
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=12)
        ws["A2"].fill = fill(FILLS["theme"])
        ws["A2"].alignment = WRAP
        ws.row_dimensions[2].height = 32
        ws["A3"] = "SRO:"
        ws["B3"] = sro
        ws["C3"] = "Workstream lead:"
        ws["D3"] = wlead
        for c in ("A3", "C3"):
            ws[c].font = Font(bold=True)
        for i, h in enumerate(heads, 1):
            cellw(ws, 5, i, h, bold=True, fillc=FILLS["head"], white=True)
        r = 6
        for (ref, action, lead, when, measure, prog, rag) in acts:
            for c, v in enumerate([ref, action, lead, when, measure, prog], 1):
                cellw(ws, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
            cellw(ws, r, 7, rag, fillc=FILLS[rag[0]], white=rag != "Amber")
            r += 1
        ws.cell(row=r + 1, column=1, value=f"Evidence for this area is held in the WSOA evidence library (folder {sheet}).").font = Font(italic=True)
    wb.save(os.path.join(HERE, WOLV_FILE))


# ============================================================ 3 Wakefield JTAI (xlsx) – refuse
WAKE_FILE = "ky1-wakefield-safeguarding-children-partnership-jtai-action-plan-typo-month-refuse.xlsx"
WAKE_TITLE = ("Joint Targeted Area Inspection – multi-agency response to the identification of initial need and risk: "
              "Partnership Action Plan")
# (no., area for improvement (first row of group only), action, agency, owner, start, end, RAG fill)
WAKE_ROWS = [
    ("1a", "1. The timeliness and quality of health information shared with the MASH to inform decisions about children.",
     "Place a named safeguarding nurse in the MASH five days a week to provide health information within four hours of a request.",
     "ICB / MYTT", "Designated Nurse Safeguarding Children", "Apr-25", "Jul-25", "G"),
    ("1b", None,
     "Audit health contributions to 30 MASH contacts and report findings to the Quality and Performance subgroup.",
     "ICB", "Named Nurse, Mid Yorkshire Teaching NHS Trust", "Jun-25", "Sep-25", "A"),
    ("2a", "2. The consistency with which police domestic abuse notifications describe the impact on, and lived experience of, children.",
     "Deliver briefings to MASH police staff on recording the child’s lived experience in domestic abuse notifications.",
     "West Yorkshire Police", "DI, Safeguarding Central Governance Unit", "May-25", "Aug-25", "G"),
    ("2b", None,
     "Introduce a daily domestic abuse triage meeting with police, children’s social care, health and education representatives.",
     "WYP / CSC", "MASH Team Manager; DS, Wakefield Safeguarding Unit", "Jul-25", "0ct-25", "A"),
    ("3a", "3. Partnership oversight of the quality of early help step-down decisions from the MASH.",
     "Add step-down outcomes to the partnership performance dataset and review them quarterly at the Safeguarding Partnership Executive.",
     "WMDC", "Head of Early Help", "Sep-25", "Dec-25", "G"),
    ("3b", None,
     "Undertake a multi-agency audit of 20 children stepped down to early help and share the learning through a practitioner briefing.",
     "All partners", "Partnership Business Manager", "Jan-26", "Mar-26", None),
]
WAKE_FIRST_ROW = 6  # sheet row of the first action


def build_wakefield():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    for col, w in zip("ABCDEFGHI", (6, 40, 55, 16, 30, 9, 9, 7, 40)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Wakefield District Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = WAKE_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection: 3–7 February 2025.  Letter published: 20 March 2025.  "
                "Plan version 2 – updated 1 September 2025 for the Safeguarding Partnership Executive.")
    heads = ["No.", "Area for improvement (JTAI letter)", "Action", "Agency", "Action owner", "Start", "End", "RAG", "Update"]
    for i, h in enumerate(heads, 1):
        cellw(ws, 5, i, h, bold=True, fillc=FILLS["head"], white=True)
    updates = [
        "Nurse in post from 7 April 2025; 94% of requests answered within 4 hours.",
        "Audit started; report to subgroup moved to October meeting.",
        "Six briefings delivered to 38 officers and staff.",
        "Terms of reference agreed; education representation still to be confirmed.",
        "Dataset measures drafted.",
        "",
    ]
    r = WAKE_FIRST_ROW
    for (no, afi, action, agency, owner, start, end, rag), upd in zip(WAKE_ROWS, updates):
        for c, v in enumerate([no, afi, action, agency, owner, start, end], 1):
            cellw(ws, r, c, v)
        cellw(ws, r, 8, None, fillc=FILLS[rag] if rag else None)
        cellw(ws, r, 9, upd or None)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: green = on track; amber = delayed but recoverable; red = off track; no colour = not yet started.").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Agencies: ICB – West Yorkshire ICB (Wakefield place); MYTT – Mid Yorkshire Teaching NHS Trust; WYP – West Yorkshire Police; CSC – Children’s Social Care; WMDC – Wakefield Council.").font = Font(italic=True)
    wb.save(os.path.join(HERE, WAKE_FILE))


# ============================================================ 4 Newham YJS HMIP (docx)
NEWHAM_FILE = "ky1-newham-youth-justice-service-hmip-improvement-plan.docx"
NEWHAM_TITLE = "HM Inspectorate of Probation – Inspection of Youth Justice Services: Improvement Plan"
# domain, [(recommendation, [(ref, action, lead, timescale, progress, RAG)])]
NEWHAM_PLAN = [
    ("Domain 1: Organisational delivery", [
        ("Recommendation 1: The Youth Justice Management Board should make sure that the partnership understands disproportionality in the youth justice system in Newham and that the disproportionality action plan is monitored at every board meeting.", [
            ("1.1", "Present the refreshed disproportionality dashboard (ethnicity, SEND and care experience) to every Youth Justice Management Board meeting.",
             "Performance and Information Manager", "January 2025",
             "Dashboard presented in January and April 2025; now a standing agenda item.", "B"),
            ("1.2", "Commission an independent review of the experiences of Black boys subject to court orders, co-produced with young people, and agree the board’s response.",
             "Chair of the YJMB; Head of Youth Justice and Targeted Youth Support", "June 2025",
             "Reviewer appointed March 2025; young people’s reference group meeting monthly.", "G"),
        ]),
        ("Recommendation 2: The Head of Service should make sure that practitioners receive regular, reflective supervision that addresses the quality of assessment and planning.", [
            ("2.1", "Introduce a reflective supervision template and a six-weekly supervision frequency for all case-holding practitioners.",
             "Head of Youth Justice and Targeted Youth Support", "31/12/2024",
             "Template in use from December 2024; 91% of supervisions within six weeks (March 2025).", "B"),
            ("2.2", "Audit the quality of supervision records and feed the findings into the workforce development plan.",
             "Practice Development Manager", "Quarterly",
             "First quarterly audit completed March 2025.", "G"),
        ]),
    ]),
    ("Domain 2: Court disposals", [
        ("Recommendation 3: Improve the quality of assessment and planning to keep other people safe, including the consistent use of contingency planning.", [
            ("3.1", "Deliver risk of serious harm and contingency-planning training to all case managers, followed by practice clinics.",
             "Operational Manager (Court Team)", "Feb – Apr 2025",
             "Training delivered February 2025; two of three practice clinics held, final clinic rescheduled to May.", "A"),
            ("3.2", "Require management countersignature of all risk of serious harm assessments rated high or very high before plans are finalised.",
             "Operational Managers", "March 2025",
             "Countersignature step added to the case management system workflow 3 March 2025.", "B"),
        ]),
    ]),
    ("Domain 3: Out-of-court disposals", [
        ("Recommendation 4: Strengthen joint decision-making so that out-of-court disposal decisions are informed by a full assessment of the child’s needs and risks.", [
            ("4.1", "Revise the out-of-court disposal panel terms of reference so that a completed assessment is available for every child before a decision is made.",
             "Operational Manager (Prevention and Diversion) / Metropolitan Police Youth Justice Lead", "December 2024",
             "Revised terms of reference agreed by the board 11 December 2024.", "B"),
            ("4.2", "Add the speech, language and communication therapist and the CAMHS worker to the out-of-court disposal panel as standing members.",
             "Health Lead, Newham YJS", "January 2025",
             "Both attending since 8 January 2025.", "B"),
            ("4.3", "Track outcomes for children who receive an out-of-court disposal for 12 months and report reoffending and engagement rates to the board.",
             "Performance and Information Manager", "Ongoing – six-monthly report to YJMB",
             "Cohort tracking started January 2025; first report due July 2025.", "G"),
        ]),
    ]),
]


def build_newham():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Newham Youth Justice Service")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(NEWHAM_TITLE, style="Title")
    doc.add_paragraph("Inspection fieldwork: 8–12 July 2024  |  Report published: 15 October 2024  |  Overall rating: Requires improvement")
    doc.add_paragraph("Version 1.2 – progress update for the Youth Justice Management Board, 30 April 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("1.0", "20/11/2024", "Head of Youth Justice and Targeted Youth Support", "Plan submitted to HMI Probation"),
                ("1.1", "29/01/2025", "Youth Justice Business Manager", "January progress update"),
                ("1.2", "30/04/2025", "Youth Justice Business Manager", "April progress update; RAG ratings refreshed")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt, col in [("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                        ("A", "At risk – mitigating action in place", "FFC000"), ("R", "Off track", "FF0000")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], col)
        set_text(cells[1], txt)

    heads = ["Ref", "Action", "Lead", "Timescale", "Progress (April 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(5.0), Cm(3.2), Cm(7.0), Cm(1.3)]
    ragcol = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for domain, recs in NEWHAM_PLAN:
        doc.add_heading(domain, level=1)
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells
            m = top[0].merge(top[5])
            set_text(m, rec, bold=True, size=10)
            shade(m, "DEEAF6")
            for c, h in zip(t.rows[1].cells, heads):
                set_text(c, h, bold=True)
                shade(c, "1F3864")
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            for (ref, action, lead, when, prog, rag) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, lead, when, prog, rag]):
                    set_text(c, v)
                shade(cells[5], ragcol[rag])
            for row in t.rows:
                for c, w in zip(row.cells, widths):
                    c.width = w
            doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_text(c, h, bold=True)
    for c, v in zip(t.rows[1].cells, ["Chair, Youth Justice Management Board", "Corporate Director, Children and Young People", "06/05/2025"]):
        set_text(c, v)
    doc.save(os.path.join(HERE, NEWHAM_FILE))


# ============================================================ 5 Harrow corporate parenting (docx)
HARROW_FILE = "ky1-harrow-council-corporate-parenting-panel-action-plan.docx"
HARROW_TITLE = "Corporate Parenting Action Plan 2025/26"
# pledge heading, [(action, lead, by when, measure, update, status)]
HARROW_PLAN = [
    ("Pledge 1 – A safe home: we will provide you with a safe home where you feel happy and cared for", [
        ("Increase the number of Harrow foster carers through a targeted recruitment campaign, with Mockingbird hub carers as ambassadors.",
         "Head of Fostering and Permanence", "March 2026", "Net gain of 12 fostering households in 2025/26.",
         "Campaign launched May 2025; 19 enquiries and 4 assessments under way.", "Green"),
        ("Review every placement of a child living more than 20 miles from Harrow at the Placement Stability Panel.",
         "Service Manager, Children Looked After", "Dec 2025", "All distant placements reviewed and recorded.",
         "31 of 48 placements reviewed; panel capacity increased from November.", "Amber"),
    ]),
    ("Pledge 2 – Doing well in education: we will support you to do well at school, college and university", [
        ("Make sure every child in care has a good-quality Personal Education Plan, reviewed each term.",
         "Virtual School Headteacher", "Termly", "95% of PEPs rated good or better.",
         "Summer term: 93% of PEPs rated good or better.", "Green"),
        ("Launch a care leavers’ apprenticeship ring-fence across council services, with at least 10 placements offered in 2025/26.",
         "Virtual School Headteacher / HR Business Partner", "April 2026", "10 apprenticeships offered to care leavers.",
         "Business case to be considered by the Corporate Leadership Team in November.", "Not started"),
    ]),
    ("Pledge 3 – Being heard: we will listen to you about your life and the care you receive", [
        ("Hold quarterly ‘Takeover’ sessions where members of the Children in Care Council set the questions for the Corporate Parenting Panel.",
         "Participation Officer", "Quarterly", "Four Takeover sessions a year.",
         "Takeover held at the July Panel; next session planned for January.", "Green"),
        ("Co-produce a new Local Offer for care leavers with care leavers and publish it on the Harrow website.",
         "Team Manager, Leaving Care; Participation Officer", "30/09/2025", "Local Offer published and reviewed by care leavers.",
         "Published 26 September 2025 after three co-production workshops.", "Completed"),
    ]),
    ("Pledge 4 – Leaving care: we will help you prepare for adult life and support you after you leave care", [
        ("Allocate a personal adviser to every care leaver from age 17½, including every care leaver in custody.",
         "Head of Service, Leaving Care", "Jun-25", "100% of eligible young people allocated a personal adviser.",
         "All eligible young people allocated; confirmed at Ofsted monitoring visit, September 2025.", "Completed"),
        ("Extend the council tax exemption and introduce a rent deposit guarantee for care leavers up to age 25.",
         "Director of Finance / Head of Housing Needs", "April 2026", "Exemption and guarantee in place from 1 April 2026.",
         "Council tax exemption agreed by Cabinet; deposit guarantee scheme still being costed.", "Amber"),
    ]),
]


def build_harrow():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph("London Borough of Harrow – People Services")
    p.runs[0].bold = True
    h = doc.add_heading(HARROW_TITLE, level=0)
    doc.add_paragraph("Update for the Corporate Parenting Panel, 23 October 2025.  Lead officer: Head of Corporate Parenting.")
    doc.add_paragraph(
        "This action plan delivers the priorities of Harrow’s Corporate Parenting Strategy and our pledge to children in care "
        "and care leavers. It also takes forward the improvements needed for care leavers identified by Ofsted in January 2025.")
    heads = ["What we will do", "Who is responsible", "By when", "How we will know", "Progress update (October 2025)", "Status"]
    widths = [Cm(7.5), Cm(4.2), Cm(2.3), Cm(4.5), Cm(6.0), Cm(2.2)]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hh in zip(t.rows[0].cells, heads):
        set_text(c, hh, bold=True, white=True)
        shade(c, "5B2C6F")
    stcol = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Completed": "9DC3E6", "Not started": "FFFFFF"}
    for pledge, acts in HARROW_PLAN:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_text(m, pledge, bold=True, size=10)
        shade(m, "E8DAEF")
        for (action, lead, when, measure, upd, status) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [action, lead, when, measure, upd, status]):
                set_text(c, v)
            shade(cells[5], stcol[status])
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Status key: Green – on track; Amber – some delay, action in hand; Red – off track; "
                      "Completed – action delivered; Not started – due to start later in the year.")
    doc.add_paragraph("Next update: Corporate Parenting Panel, February 2026.")
    doc.save(os.path.join(HERE, HARROW_FILE))


# ============================================================ 6 Central Bedfordshire early help (csv)
CBEDS_FILE = "ky1-central-bedfordshire-council-early-help-strategy-action-plan.csv"
CBEDS_TITLE = "Central Bedfordshire Early Help Strategy 2024–2027 – Action Plan 2025/26"
# priority (first row only), ref, action, lead, partners, start, due, status, update
CBEDS_ROWS = [
    ("Priority 1: Right help, first time – a clear front door to early help", "EH1.1",
     "Publish a single early help request-for-support form and guidance for all partners, replacing the three existing referral routes.",
     "Head of Early Help", "Schools; health visiting; Bedfordshire Police", "01/04/2025", "30/06/2025", "Complete",
     "Form live from 2 June 2025; old routes closed."),
    ("", "EH1.2",
     "Pilot a Family Help navigator role in the Houghton Regis and Dunstable family hubs.",
     "Hart, Joanne", "Voluntary and community sector", "01/07/2025", "31/03/2026", "On track",
     "Two navigators recruited; pilot started September."),
    ("Priority 2: Family hubs at the heart of our communities", "EH2.1",
     "Open a Best Start Family Hub in Houghton Regis offering infant feeding, parenting and perinatal mental health support.",
     "Family Hubs Manager; Head of Early Years", "Health visiting; midwifery; ELFT", "01/09/2025", "Summer term 2026", "On track",
     "Site agreed; refurbishment tender issued."),
    ("", "EH2.2",
     "Extend the family hub timetable to include Saturday sessions at Biggleswade and Leighton Buzzard.",
     "Family Hubs Manager", "Libraries", "01/09/2025", "31/01/2026", "At risk",
     "Staffing for weekend sessions not yet agreed."),
    ("", "EH2.3",
     "Co-produce the family hub digital offer with the Parent Carer Forum and young people.",
     "Family Hubs Manager", "Parent Carer Forum; Youth Voice", "", "TBC", "Not started",
     ""),
    ("Priority 3: A skilled and confident early help workforce", "EH3.1",
     "Deliver Early Help Assessment and lead practitioner training to 200 practitioners across schools, health and the voluntary sector.",
     "Early Help Workforce Development Lead", "All partners", "01/04/2025", "31/03/2026", "On track",
     "126 practitioners trained to date."),
    ("", "EH3.2",
     "Hold multi-agency audits of early help assessments each quarter and share the learning through the Early Help Partnership newsletter.",
     "Quality Assurance Manager / Head of Early Help", "All partners", "01/04/2025", "Quarterly", "On track",
     "Q1 and Q2 audits completed."),
    ("Priority 4: Knowing the difference we make", "EH4.1",
     "Develop an early help outcomes dashboard using Supporting Families outcome framework data.",
     "Performance and Intelligence Lead", "", "01/06/2025", "31/12/2025", "At risk",
     "Data-sharing agreement with health still outstanding."),
    ("", "EH4.2",
     "Report step-up and step-down rates between early help and children's social care to the Early Help Partnership Board each quarter.",
     "Head of Early Help", "Children's social care", "01/04/2025", "30/09/2025", "Complete",
     "Standing item on Board agenda from September 2025."),
]


def build_cbeds():
    rows = [
        [CBEDS_TITLE],
        ["Exported from the Early Help Partnership Board tracker on 14/11/2025"],
        [],
        ["Priority", "Ref", "Action", "Lead officer", "Partners involved", "Start date", "Due date", "Status", "Update"],
    ]
    rows += [list(r) for r in CBEDS_ROWS]
    n = {}
    for r in CBEDS_ROWS:
        n[r[7]] = n.get(r[7], 0) + 1
    rows += [
        [],
        ["Status key: Complete = Blue; On track = Green; At risk = Amber; Off track = Red; Not started = not rated"],
        ["Totals", "", "", "", "", "", "",
         f"Complete: {n.get('Complete', 0)}; On track: {n.get('On track', 0)}; At risk: {n.get('At risk', 0)}; Not started: {n.get('Not started', 0)}", ""],
    ]
    with open(os.path.join(HERE, CBEDS_FILE), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ============================================================ 7 East Dunbartonshire fostering (tab-separated txt)
EDUN_FILE = "ky1-east-dunbartonshire-hscp-fostering-service-care-inspectorate-improvement-plan.txt"
EDUN_TITLE = "Fostering Service (Care Planning and Placement Team) – Care Inspectorate Improvement Plan"
EDUN_LINES = [
    "East Dunbartonshire Health and Social Care Partnership",
    EDUN_TITLE,
    "Inspection: 23 October – 10 November 2023. Report published: 2 February 2024.",
    "Evaluations: How well do we support children and young people's rights and wellbeing? 5 – Very Good. How well is our care and support planned? 4 – Good.",
    "Plan owner: Fostering Team Leader. Last reviewed: 30 September 2024.",
    "",
    "Ref\tAction\tResponsible officer\tTimescale\tProgress\tRAG",
    "Key question 1: How well do we support children and young people's rights and wellbeing?",
    "Area for improvement 1: To support children's stability, the provider should ensure that carers' annual reviews consider the impact of the care provided on children's outcomes and include the views of children and their social workers.",
    "1.1\tRevise the foster carer annual review template to include a section on children's outcomes and the views of the child and their social worker.\tTeam Leader, Care Planning and Placement Team\tJanuary 2024\tNew template in use from 8 January 2024.\tB",
    "1.2\tAudit all foster carer reviews completed between April and September 2024 against the revised template.\tFostering Reviewing Officer\tOctober 2024\tAudit of 14 reviews under way.\tG",
    "Area for improvement 2: To ensure carers are well equipped to meet children's needs, the provider should ensure that all carers complete core and post-approval training within agreed timescales.",
    "2.1\tPublish a carer learning and development framework setting out core and post-approval training for foster and kinship carers.\tTeam Leader, Care Planning and Placement Team / Learning and Development Officer\t31 March 2024\tFramework published March 2024 and shared at carers' forum.\tB",
    "2.2\tTrack completion of core training for every carer in supervision and report compliance to the Children's Services Management Team.\tSupervising Social Workers\tApril 2024 - September 2024\tCompliance 78% at end of September; reminder issued to carers with outstanding modules.\tA",
    "\tTrauma-informed practice refresher to be offered to all carers who completed core training before 2021.\t\t\t\t",
    "Key question 5: How well is our care and support planned?",
    "Area for improvement 3: To ensure children's plans reflect their current needs, the provider should ensure that placement agreements and safer caring plans are reviewed following any significant change in a child's circumstances.",
    "3.1\tAdd a prompt to the case recording system so that safer caring plans are reviewed within 10 working days of a significant change.\tSenior Practitioner (Fostering)\tJune 2024\tPrompt live from 3 June 2024.\tB",
    "3.2\tInclude placement agreements and safer caring plans in the fostering practice audit programme.\tService Manager (Children and Families)\tOngoing\tIncluded in the 2024/25 audit schedule.\tG",
    "3.3\tGive foster carers a copy of each updated safer caring plan and record their agreement to it.\tSupervising Social Workers\t30/11/2024\t\tG",
    "",
    "RAG: B = complete; G = on track; A = some slippage; R = not on track",
    "Next review: Children's Services Management Team, December 2024",
]


def build_edun():
    with open(os.path.join(HERE, EDUN_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(EDUN_LINES) + "\r\n")


def main():
    build_warwickshire()
    build_wolverhampton()
    build_wakefield()
    build_newham()
    build_harrow()
    build_cbeds()
    build_edun()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
