#!/usr/bin/env python3
"""Build the seven zbs- blind test files (set heldout768).

Run with /work/main/.venv/bin/python zbs_make.py  (needs openpyxl, python-docx).
The data for every file is held in the module-level structures below; the
expected readings (NAME.expected.yaml) were written from the same content.
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
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime  # Excel date cells

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Sussex Police - HMICFRS national thematic recommendations register (xlsx)
# ---------------------------------------------------------------------------
SUSSEX_FILE = "zbs-sussex-police-hmicfrs-thematic-inspections-recommendations-register.xlsx"
SUSSEX_TITLE = "Sussex Police – HMICFRS National Thematic Inspections: Recommendations Register"

VMM = "An inspection of vetting, misconduct, and misogyny in the police service (published 2 November 2022)"
AIP = "Activism and impartiality in policing (published 13 September 2024)"
PD1 = ("An inspection of the police response to the public disorder in July and August 2024 – "
       "Part 1 (published 13 December 2024)")
DF = ("An inspection of how well the police and other agencies use digital forensics in their "
      "investigations (published 1 December 2022)")

SUSSEX_OPEN = [
    # (report, rec no, recommendation, [actions]) ; action = ref, text, lead, orig, revised, prev, cur, update
    (VMM, [
        ("13", "By 31 October 2023, chief constables should make sure that the rationale for every vetting "
               "decision made despite adverse information is recorded in full and is subject to regular "
               "quality assurance.", [
            ("VMM-13.1", "Introduce a mandatory rationale template in the vetting case management system for all "
                         "clearances granted with adverse information.",
             "Head of Vetting", D(2023, 10, 31), D(2025, 12, 31), "A", "G",
             "Template live since June 2025; dip-sample of 60 files due November."),
            ("VMM-13.2", "Quarterly dip-sample of 10% of adverse-information clearances by the Professional "
                         "Standards Department, reported to the Vetting Board.",
             "Head of Vetting / Head of Professional Standards", D(2023, 10, 31), D(2026, 3, 31), "A", "A",
             "First dip-sample completed; reporting line to Vetting Board agreed but not yet in place."),
        ]),
        ("28", "By 30 April 2023, chief constables should make sure that their force has an effective process to "
               "identify and record misogynistic and predatory behaviour, and that such cases are assessed for "
               "gross misconduct.", [
            ("VMM-28.1", "Add misogyny and predatory-behaviour flags to Centurion and the counter-corruption "
                         "intelligence database, with guidance for assessors.",
             "Det Supt Anti-Corruption Unit", D(2023, 4, 30), D(2025, 7, 31), "R", "R",
             "System change delayed by Centurion upgrade; escalated to COG 16/09/2025."),
        ]),
    ]),
    (AIP, [
        ("1", "By 31 March 2025, chief constables should review the terms of reference of staff networks and "
              "support associations to make sure they are consistent with the duty of political impartiality.", [
            ("AIP-1.1", "Review all staff network terms of reference against the College of Policing impartiality "
                        "guidance and publish revised versions on the intranet.",
             "Head of Inclusion", D(2025, 3, 31), D(2025, 10, 31), "A", "G",
             "11 of 14 networks have agreed revised terms of reference."),
            ("AIP-1.2", "Deliver impartiality briefings to network chairs and chief officer sponsors.",
             "Head of Inclusion; Head of Corporate Communications", D(2025, 3, 31), None, "G", "B",
             "Briefings delivered March 2025; closure evidence accepted."),
        ]),
        ("4", "Chief constables should make sure that officers and staff understand the rules on expressing "
              "personal views on social media, and that breaches are dealt with consistently.", [
            ("AIP-4.1", "Refresh the social media policy and add a mandatory e-learning module for all officers "
                        "and staff.",
             "Head of Professional Standards", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
             "Policy approved; e-learning completion at 64%."),
        ]),
    ]),
    (PD1, [
        ("2", "Chief constables should make sure that their force has enough public order trained officers to "
              "meet its strategic policing requirement commitments and mutual aid requests.", [
            ("PD1-2.1", "Increase Level 2 public order trained officers from 264 to 312 through four additional "
                        "training courses in 2025/26.",
             "Supt Operations Command", "Q4 2025/26", None, "G", "G",
             "Two of four courses delivered; 287 officers now trained."),
        ]),
        ("5", "Chief constables should make sure that their force intelligence function can monitor and assess "
              "open-source and social media information during periods of heightened community tension.", [
            ("PD1-5.1", "Establish a 24/7 open-source intelligence (OSINT) capability in the Force Intelligence "
                        "Bureau for use during critical incidents.",
             "Det Supt Intelligence", D(2025, 9, 30), D(2026, 3, 31), "G", "A",
             "Business case approved; recruitment of four analysts under way."),
        ]),
    ]),
]

SUSSEX_CLOSED = [
    # report, [(rec no, rec, [(ref, action, lead, due, closed, status, evidence)])]
    (DF, [
        ("4", "Chief constables should make sure that their digital forensic units achieve and maintain "
              "accreditation to the relevant ISO standard for every method in use.", [
            ("DF-4.1", "Extend ISO/IEC 17025 accreditation to cover the mobile phone extraction kiosks.",
             "Head of Digital Forensics", D(2025, 3, 31), D(2025, 2, 14), "Complete",
             "UKAS schedule of accreditation updated 14/02/2025."),
        ]),
    ]),
    (VMM, [
        ("6", "By 30 April 2023, chief constables should make sure that vetting checks are carried out on all "
              "officers and staff when they are promoted or move into a designated post.", [
            ("VMM-6.1", "Introduce an automatic vetting re-check trigger in the HR system for promotions and "
                        "designated posts.",
             "Head of Vetting / HR Systems Manager", D(2023, 4, 30), D(2024, 12, 18), "Complete",
             "Trigger live; audit of 40 promotions found 100% re-checked."),
        ]),
    ]),
    (AIP, [
        ("7", "Chief constables should make sure that equality impact assessments are completed before, not "
              "after, policy decisions are made.", [
            ("AIP-7.1", "Build EIA sign-off into the policy approval workflow so that a policy cannot be submitted "
                        "without a completed EIA.",
             "Policy Unit Manager", D(2025, 3, 31), D(2025, 3, 27), "Complete",
             "Workflow change confirmed by Force Assurance Board 15/04/2025."),
        ]),
    ]),
]


def build_sussex():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SUSSEX_TITLE
    cov["A1"].font = Font(bold=True, size=14, color="1F3864")
    rows = [
        ("Purpose", "Tracks the force response to recommendations made to chief constables in HMICFRS national "
                    "thematic reports. PEEL areas for improvement are tracked separately in the PEEL "
                    "Improvement Plan."),
        ("Governance", "Force Assurance Board (monthly); Performance and Accountability Meeting with the PCC "
                       "(quarterly)"),
        ("Register owner", "Head of Organisational Assurance"),
        ("Version / date", "v3.2 – 30 September 2025"),
    ]
    r = 3
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v).alignment = WRAP
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Complete – closure evidence accepted by Force Assurance Board"),
                            ("G", "On track to meet due date"),
                            ("A", "At risk – slippage of up to three months"),
                            ("R", "Off track – overdue or escalated to Chief Officer Group")]:
        c = cov.cell(r, 1, letter)
        c.fill = fill(FILL[letter])
        c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(r, 2, meaning)
        r += 1
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 100

    # --- Open sheet
    ws = wb.create_sheet("Open")
    heads = ["Ref", "Rec no.", "HMICFRS recommendation", "Force action", "Lead", "Original due",
             "Revised due", "Previous RAG (Jun 25)", "Current RAG (Sep 25)", "Update"]
    widths = [11, 7, 48, 48, 28, 12, 12, 10, 10, 40]
    ncol = len(heads)
    ws.cell(1, 1, "HMICFRS thematic recommendations – open actions").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Position at 30 September 2025").font = Font(italic=True)
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 4
    for report, recs in SUSSEX_OPEN:
        c = ws.cell(r, 1, report)
        c.font = Font(bold=True)
        for col in range(1, ncol + 1):
            ws.cell(r, col).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for recno, rec, acts in recs:
            first = r
            ws.cell(r, 2, recno)
            ws.cell(r, 3, rec)
            for ref, text, lead, orig, rev, prev, cur, upd in acts:
                vals = [ref, None, None, text, lead, orig, rev, prev, cur, upd]
                for col, v in enumerate(vals, 1):
                    if v is None:
                        continue
                    c = ws.cell(r, col, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col in range(1, ncol + 1):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                for col, letter in ((8, prev), (9, cur)):
                    c = ws.cell(r, col)
                    c.fill = fill(FILL[letter])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Open actions: 8 | Complete 1 | Green 3 | Amber 3 | Red 1").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.freeze_panes = "A4"

    # --- Closed sheet
    cs = wb.create_sheet("Closed")
    heads = ["Ref", "Rec no.", "HMICFRS recommendation", "Force action", "Lead", "Due", "Date closed",
             "Status", "Closure evidence"]
    widths = [11, 7, 48, 48, 28, 12, 12, 11, 42]
    ncol = len(heads)
    cs.cell(1, 1, "Closed recommendations since last report (July–September 2025 quarter and carried forward)")
    cs.cell(1, 1).font = Font(bold=True, size=13)
    cs.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    for i, h in enumerate(heads, 1):
        c = cs.cell(2, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
    for i, w in enumerate(widths, 1):
        cs.column_dimensions[get_column_letter(i)].width = w
    r = 3
    for report, recs in SUSSEX_CLOSED:
        cs.cell(r, 1, report).font = Font(bold=True)
        for col in range(1, ncol + 1):
            cs.cell(r, col).fill = fill(FILL["grey"])
        cs.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for recno, rec, acts in recs:
            for ref, text, lead, due, closed, status, ev in acts:
                vals = [ref, recno, rec, text, lead, due, closed, status, ev]
                for col, v in enumerate(vals, 1):
                    c = cs.cell(r, col, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                cs.cell(r, 8).fill = fill(FILL["B"])
                cs.cell(r, 8).font = Font(color="FFFFFF", bold=True)
                r += 1
    wb.save(path(SUSSEX_FILE))


# ---------------------------------------------------------------------------
# 2. Norfolk Fire and Rescue Service - Fire Standards implementation tracker (xlsx)
# ---------------------------------------------------------------------------
NORFOLK_FILE = "zbs-norfolk-fire-rescue-service-fire-standards-implementation-tracker.xlsx"
NORFOLK_TITLE = ("Norfolk Fire and Rescue Service – Fire Standards Implementation: "
                 "Gap Analysis Action Tracker 2025/26")

# standard, [(ref, requirement or None for continuation, action, owner, target, rag-fill or None, comment)]
NORFOLK = [
    ("Code of Ethics", [
        ("CE1", "Ethical principles of the Core Code are embedded in recruitment, promotion and appraisal processes.",
         "Add Core Code behaviours to the promotion assessment centre scoring matrix.",
         "Head of People Services", D(2025, 12, 31), "G",
         "Matrix drafted; trial at November Watch Manager assessment centre."),
        ("CE2", None,
         "Include a Core Code conversation in every annual appraisal and report completion rates quarterly.",
         "Head of People Services / Area Manager Service Delivery", "Mar-26", "A",
         "Appraisal completion 58% at Q2; reminder issued to station managers."),
    ]),
    ("Emergency Response Driving (revised 2025)", [
        ("ERD1", "Driver training provision is periodically independently quality assured.",
         "Commission external quality assurance of the driver training school by a neighbouring service.",
         "Driver Training Manager", D(2026, 1, 31), "G",
         "Terms agreed with Suffolk FRS; visit booked for January."),
        ("ERD2", "Records of driver competency and revalidation are kept and maintained.",
         "Migrate driver revalidation records from local spreadsheets to the PDR Pro competency system.",
         "Driver Training Manager", D(2025, 9, 30), "B",
         "Completed 22/09/2025; records audited by Assurance team."),
    ]),
    ("Safeguarding", [
        ("SG1", "All staff receive safeguarding training appropriate to their role.",
         "Roll out Level 2 safeguarding training to all on-call crews through drill-night sessions.",
         "Safeguarding Lead", "Q4 2025/26", "A",
         "31 of 42 stations complete; remaining sessions depend on trainer availability."),
    ]),
    ("Protection", [
        ("PR1", "The risk-based inspection programme targets the premises that present the highest risk.",
         "Review the risk-based inspection programme methodology using the NFCC prioritisation toolkit.",
         "Group Manager Protection", D(2026, 3, 31), "G",
         "Data cleanse of premises list under way."),
        ("PR2", None,
         "Recruit and develop two additional Level 4 fire safety inspectors.",
         "Group Manager Protection", "Ongoing", "R",
         "First recruitment round unsuccessful; re-advertised October 2025."),
    ]),
    ("Operational Learning", [
        ("OL1", "Learning from incidents, exercises and national sources is captured, acted on and shared.",
         "Introduce a monthly Operational Learning Board with a published action log.",
         "Operational Assurance Manager", D(2025, 6, 30), "B",
         "Board established June 2025; action log on the intranet."),
    ]),
    ("Fire Control", [
        ("FC1", "Fire control can handle several fire survival guidance calls at the same time.",
         "Run a multi-agency exercise testing simultaneous fire survival guidance calls with Suffolk Fire Control.",
         "Group Manager Control", "January 2026", None,
         "Exercise scheduled; not yet started."),
    ]),
]


def build_norfolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    heads = ["Ref", "Fire Standard requirement (gap identified)", "Action", "Action owner", "Target date",
             "RAG", "Progress comment"]
    widths = [7, 46, 50, 30, 13, 7, 46]
    ncol = len(heads)
    ws["A1"] = NORFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Position as at 31 October 2025 | Reported to: NFRS Assurance Board | "
                "Tracker owner: Assurance and Performance Manager")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "RAG key (cell colour):"
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("A3:B3")
    for col, (k, label) in zip(range(3, 8), [("B", "Complete"), ("G", "On track"), ("A", "At risk"),
                                             ("R", "Off track"), (None, "No colour = not started")]):
        c = ws.cell(3, col, label)
        if k:
            c.fill = fill(FILL[k])
            c.font = Font(color="FFFFFF" if k in "BR" else "000000", bold=True)
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 6
    for std, acts in NORFOLK:
        c = ws.cell(r, 1, std)
        c.font = Font(bold=True)
        for col in range(1, ncol + 1):
            ws.cell(r, col).fill = fill(FILL["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for ref, req, act, owner, target, rag, comment in acts:
            vals = [ref, req, act, owner, target, None, comment]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 6).fill = fill(FILL[rag])
            r += 1
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by Fire Standard – 31 October 2025"
    sm["A1"].font = Font(bold=True, size=13)
    sh = ["Fire Standard", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for i, h in enumerate(sh, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = {"B": 2, "G": 3, "A": 4, "R": 5, None: 6}
    r = 4
    tot = [0] * 6
    for std, acts in NORFOLK:
        row = [0] * 6
        row[0] = len(acts)
        for a in acts:
            row[counts[a[5]] - 1] += 1
        sm.cell(r, 1, std).border = BOX
        for i, v in enumerate(row):
            sm.cell(r, i + 2, v).border = BOX
            tot[i] += v
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        c = sm.cell(r, i + 2, v)
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 40
    wb.save(path(NORFOLK_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 3. HMP & YOI Doncaster - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
DONC_FILE = "zbs-hmp-doncaster-hmip-inspection-action-plan.docx"
DONC_TITLE = "Action Plan: HMP & YOI Doncaster"

# section, [(no, concern, agreed, [(ref, action, owner, target)])]
DONCASTER = [
    ("Priority concerns", [
        ("1", "Prisoners spent too long locked in their cells. Most were unlocked for around two and a half hours "
              "a day, which limited their access to education, work and other activities.", "Agreed", [
            ("1.1", "Introduce a revised core day from 4 July 2022 giving all prisoners a minimum of five hours "
                    "unlocked on weekdays.", "Head of Residence", "July 2022"),
            ("1.2", "Monitor time unlocked weekly through the regime management system and report it at the monthly "
                    "Senior Management Team meeting.", "Head of Residence", "Ongoing – monthly"),
        ]),
        ("2", "The quality of education in English and mathematics was inconsistent, and staff shortages had "
              "reduced the number of English classes.", "Partly Agreed", [
            ("2.1", "Recruit two additional English tutors and one mathematics tutor. Partly agreed: the shortage of "
                    "qualified tutors in South Yorkshire is outside the prison's control.",
             "Head of Learning and Skills", "31 December 2022"),
            ("2.2", "Introduce a teaching, learning and assessment observation cycle in which every tutor is "
                    "observed at least once a term.", "Head of Learning and Skills / Quality Manager", "March 2023"),
        ]),
        ("3", "Attendance at education, skills and work activities was too low.", "Agreed", [
            ("3.1", "Allocate every prisoner to an activity within five working days of induction and challenge "
                    "non-attendance through the incentives scheme.", "Head of Reducing Reoffending", "30/11/2022"),
        ]),
    ]),
    ("Key concerns", [
        ("4", "Levels of self-harm remained high and ACCT case reviews were not consistently multidisciplinary.",
         "Agreed", [
            ("4.1", "The Safer Custody team to quality assure 20 ACCT documents each month and give written feedback "
                    "to case managers.", "Head of Safer Custody", "September 2022"),
        ]),
        ("5", "Not all recommendations made by the Prisons and Probation Ombudsman following deaths in custody had "
              "been embedded in practice.", "Agreed", [
            ("5.1", "Create a single PPO recommendations tracker, reviewed at the monthly Safety Meeting, with "
                    "evidence of embedding recorded for each action.", "Head of Safer Custody", "31 October 2022"),
        ]),
        ("6", "Too many prisoners were released without sustainable accommodation.", "Partly Agreed", [
            ("6.1", "Refer every prisoner without an address to the Community Accommodation Service 12 weeks before "
                    "release and review outcomes at the monthly Resettlement Board.",
             "Head of Reducing Reoffending; Doncaster PDU Head", "Q4 2022/23"),
        ]),
    ]),
]


def build_doncaster():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(DONC_TITLE, level=0)
    for line in ("Action Plan Submitted: 2 September 2022",
                 "A Response to the HMIP Inspection: 28 February – 11 March 2022",
                 "Report Published: 21 June 2022"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
        "treatment of those in prison, young offender institutions and other places of detention. In response to "
        "the report HMPPS is required to draft a robust and timely action plan to address the concerns raised. The "
        "action plan confirms whether each concern is agreed, partly agreed or not agreed (see categorisations "
        "below) and sets out the specific actions, owners and timescales.")
    doc.add_paragraph(
        "HMP & YOI Doncaster is operated by Serco under contract to HMPPS. The responses below have been agreed "
        "with the HMPPS Controller.")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for c, h in zip(key.rows[0].cells, ("Term", "Definition", "Additional comment")):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for term, defn, com in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
                          "addressed.", "The response must state clearly which part will be addressed and why "
                                        "the remainder cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly explain why the concern has not been agreed."),
    ]:
        cells = key.add_row().cells
        set_text(cells[0], term, bold=True)
        set_text(cells[1], defn)
        set_text(cells[2], com)

    heads = ("No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action ref", "Action",
             "Responsible owner", "Target date")
    widths = (Cm(1.0), Cm(6.5), Cm(2.4), Cm(1.5), Cm(7.5), Cm(3.5), Cm(2.6))
    for section, concerns in DONCASTER:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for no, concern, agreed, actions in concerns:
            first = len(t.rows)
            for i, (ref, action, owner, target) in enumerate(actions):
                cells = t.add_row().cells
                if i == 0:
                    set_text(cells[0], no)
                    set_text(cells[1], concern)
                    set_text(cells[2], agreed)
                set_text(cells[3], ref)
                set_text(cells[4], action)
                set_text(cells[5], owner)
                set_text(cells[6], target)
            last = len(t.rows) - 1
            if last > first:
                for col in (0, 1, 2):
                    top = t.cell(first, col)
                    keep = top.text
                    merged = top.merge(t.cell(last, col))
                    set_text(merged, keep)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this action plan will be reviewed by HMIP at the next inspection or "
                      "independent review of progress.")
    doc.save(path(DONC_FILE))


# ---------------------------------------------------------------------------
# 4. Probation Service Oxfordshire PDU - HMIP probation action plan (tab-separated txt)
# ---------------------------------------------------------------------------
OXON_FILE = "zbs-probation-service-oxfordshire-pdu-hmip-inspection-action-plan.txt"
OXON_TITLE = ("Probation Service – South Central Region: Oxfordshire PDU Action Plan – response to the HM "
              "Inspectorate of Probation inspection (report published 18 February 2025)")

# addressee heading, [(rec no, rec, agreed, [(ref, action, owner, target, revised, rag, update)])]
OXON = [
    ("The Oxfordshire PDU should:", [
        ("1", "improve the quality of assessment, planning and delivery of work to keep people safe, so that risk "
              "of harm is analysed using all available information", "Agreed", [
            ("1a", "Deliver risk of harm analysis workshops to all probation officers and PQiPs, using local case "
                   "examples", "SPO Quality and Development", "31/05/2025", "", "Complete",
             "Workshops delivered to 48 of 48 practitioners; evaluation positive."),
            ("1b", "Introduce monthly countersigning audits of ten RoSH assessments per team, with findings "
                   "reported to the PDU Quality Board", "Senior Probation Officers", "30/06/2025", "31/10/2025",
             "Amber", "Audit tool agreed; two teams yet to start because of SPO vacancies."),
        ]),
        ("2", "make sure that domestic abuse and child safeguarding enquiries are made at the start of every "
              "sentence and that the responses are used in assessment", "Agreed", [
            ("2a", "Agree a service level agreement with Thames Valley Police for domestic abuse call-out "
                   "information to be returned within 10 working days", "Head of PDU / TVP Head of Public Protection",
             "Mar-25", "Dec-25", "Green", "Draft SLA with TVP legal services."),
            ("2b", "Agree an information-sharing protocol with Oxfordshire County Council children's social care "
                   "for safeguarding checks on all new cases", "Deputy Head of PDU", "30/04/2025", "", "Complete",
             "Protocol signed 11 April 2025."),
        ]),
        ("3", "improve the quality and frequency of home visits where there are domestic abuse or child "
              "safeguarding concerns", "Partly Agreed", [
            ("3a", "Set a PDU standard that a home visit is completed within 10 weeks of sentence in all high-risk "
                   "cases with domestic abuse or child safeguarding concerns (partly agreed: staffing does not yet "
                   "allow visits in all medium-risk cases)", "Head of PDU", "Q3 2025/26", "", "Amber",
             "Standard issued; compliance 71% in Q2."),
        ]),
    ]),
    ("The South Central region should:", [
        ("4", "reduce the workloads of probation practitioners in Oxfordshire PDU, so that they can deliver a good "
              "quality service", "Agreed", [
            ("4a", "Prioritise Oxfordshire in the regional recruitment campaign and allocate six newly qualified "
                   "officers from the 2025 PQiP cohort", "Regional Probation Director", "Sep-25", "", "Complete",
             "Six PQiPs started 8 September 2025."),
            ("4b", "Apply the national workload measurement tool each month and redistribute cases where "
                   "practitioners exceed 110%", "Regional Head of Performance and Quality", "Ongoing", "", "Green",
             "Average WMT down from 131% to 114%."),
        ]),
        ("5", "improve the availability of accredited programmes for people on probation convicted of sexual "
              "offences", "Agreed", [
            ("5a", "Commission an additional Horizon programme in Oxford from January 2026",
             "Regional Head of Interventions", "31/01/2026", "", "Red",
             "Facilitator training delayed; new start date under review."),
        ]),
    ]),
]

OXON_HEAD = ["Rec", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action no.", "Action",
             "Responsible owner", "Target date", "Revised target date", "RAG", "Progress update"]


def build_oxon():
    n = len(OXON_HEAD)
    lines = [OXON_TITLE + "\t" * (n - 1),
             "Progress as at 30 September 2025\tPlan owner: Head of PDU, Oxfordshire" + "\t" * (n - 2),
             "\t" * (n - 1),
             "\t".join(OXON_HEAD)]
    for addressee, recs in OXON:
        lines.append(addressee + "\t" * (n - 1))
        for recno, rec, agreed, acts in recs:
            for i, (ref, act, owner, target, rev, rag, upd) in enumerate(acts):
                lead = [recno, rec, agreed] if i == 0 else ["", "", ""]
                lines.append("\t".join(lead + [ref, act, owner, target, rev, rag, upd]))
    lines.append("\t" * (n - 1))
    lines.append("Note: Recommendations 6 and 7 were made to HMPPS nationally and are tracked in the HMPPS "
                 "response; they are not repeated here." + "\t" * (n - 1))
    lines.append("RAG: Complete = closed and evidenced; Green = on track; Amber = at risk of missing target date; "
                 "Red = target date will be missed." + "\t" * (n - 1))
    with open(path(OXON_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Bristol Grammar School - ISI inspection action plan (csv)
# ---------------------------------------------------------------------------
BGS_FILE = "zbs-bristol-grammar-school-isi-inspection-action-plan.csv"
BGS_TITLE = "Bristol Grammar School – ISI Inspection Action Plan (inspection 12–14 November 2024)"

# (ref, section or "", next step or "", action, lead, success, timescale, status)
BGS = [
    ("1.1", "Leadership and management, and governance",
     "Leaders should strengthen the monitoring of the impact of new initiatives so that governors receive "
     "precise evaluations of what is working.",
     "Introduce an impact-evaluation template for all whole-school initiatives, reviewed by SLT each half term.",
     "Deputy Head (Academic)", "Template in use for all initiatives; governors' reports include impact data",
     "Summer term 2025", "Complete"),
    ("1.2", "", "",
     "Governors' Education and Pastoral Committee to receive a termly dashboard on academic and pastoral outcomes.",
     "Head; Clerk to the Governors", "Dashboard received at three consecutive committee meetings",
     "Termly", "On track"),
    ("2.1", "Quality of education, training and recreation",
     "Leaders should ensure that teaching consistently adapts tasks for pupils who need additional support, "
     "particularly in lower school mathematics and science.",
     "1) Whole-staff INSET on adaptive teaching (January 2025).\n"
     "2) Learning walks focused on adaptation in mathematics and science, with feedback to heads of department.",
     "Assistant Head (Teaching and Learning)", "Learning walks show adaptation in at least 90% of lessons seen",
     "Autumn term 2025", "On track"),
    ("2.2", "", "",
     "Update Individual Learning Plans for pupils on the Learning Support register and share them with all "
     "teaching staff through iSAMS.",
     "Head of Learning Support", "All ILPs updated and visible to staff; staff survey confirms use",
     "31/03/2025", "Complete"),
    ("3.1", "Pupils' physical and mental health and emotional wellbeing",
     "Leaders should develop pupils' understanding of how to manage their use of social media and mobile "
     "technology.",
     "Revise the Year 7–9 PSHE curriculum to include a six-lesson unit on digital wellbeing.",
     "Head of PSHE", "Unit taught to all Year 7–9 classes; pupil voice survey shows improved understanding",
     "July 2025", "Amber"),
    ("3.2", "", "",
     "Run parent information evenings on screen time and online safety.",
     "Deputy Head (Pastoral) / DSL", "Two evenings held with 150+ families attending",
     "Autumn term 2025", "Not started"),
    ("4.1", "Pupils' social and economic education and contribution to society",
     "Leaders should extend opportunities for pupils in the lower school to take on leadership roles.",
     "Create a Lower School Council with elected representatives from each form, meeting fortnightly.",
     "Head of Lower School", "Council established; minutes shared with pupils", "October 2025", "On track"),
]
BGS_HEAD = ["Ref", "ISI framework section", "Recommended next step (from report)", "Action", "Lead",
            "Success criteria", "Timescale", "Status (June 2025)"]


def build_bgs():
    n = len(BGS_HEAD)
    pad = lambda row: list(row) + [""] * (n - len(row))
    rows = [
        pad([BGS_TITLE]),
        pad(["Prepared by the Senior Leadership Team; approved by the Education and Pastoral Committee of "
             "Governors, 28 January 2025. Progress reviewed at each committee meeting."]),
        pad([]),
        BGS_HEAD,
    ]
    rows += [list(r) for r in BGS]
    rows.append(pad([]))
    rows.append(pad(["Summary", "", "Total actions: 7", "Complete: 2", "On track: 3", "Amber: 1",
                     "Not started: 1"]))
    with open(path(BGS_FILE), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 6. Esher Sixth Form College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
ESHER_FILE = "zbs-esher-sixth-form-college-ofsted-post-inspection-action-plan.docx"
ESHER_TITLE = "Esher Sixth Form College – Post-Inspection Action Plan 2024–25"

# area heading, [(ref, action, lead, success measure, target, rag jan, rag apr)]
ESHER = [
    ("Area for improvement 1: Leaders should ensure that teachers of A-level courses check learners’ "
     "understanding more precisely so that misconceptions are identified and corrected swiftly.", [
        ("1.1", "Deliver a CPD programme on questioning and retrieval practice through the college’s Teaching and "
                "Learning Communities.", "Head of Teaching and Learning",
         "All teachers complete three TLC sessions; observations show effective checking of understanding in 85% "
         "of sessions", "February 2025", "G", "C"),
        ("1.2", "Introduce low-stakes diagnostic quizzes at the start of each unit in all A-level subjects, with "
                "results reviewed at curriculum team meetings.", "Curriculum Leaders",
         "Quizzes in use in all subjects; curriculum team minutes show actions taken", "Half-termly", "A", "G"),
    ]),
    ("Area for improvement 2: Leaders should improve the attendance of learners on GCSE English and mathematics "
     "resit courses.", [
        ("2.1", "Introduce same-day contact with parents and carers for any learner absent from an English or "
                "mathematics resit lesson.", "Head of Learner Services",
         "Contact logged for 100% of absences", "January 2025", "G", "C"),
        ("2.2", "Provide weekly attendance reports for resit groups to personal tutors and set individual "
                "attendance targets.", "Head of English and Maths / Data Manager",
         "Resit attendance rises from 81% to 90%", "31/03/2025", "A", "A"),
        ("2.3", "Move resit lessons out of the last period of the day when timetabling for 2025–26.",
         "Assistant Principal (Curriculum Planning)", "2025–26 timetable published with no period 5 resits",
         "August 2025", "", "G"),
    ]),
    ("Area for improvement 3: Leaders should ensure that learners with high needs receive support plans that are "
     "updated promptly when their needs change.", [
        ("3.1", "Review every EHCP support plan within four weeks of an annual review or change in need, and record "
                "the review in ProMonitor.", "SENCo",
         "Termly audit shows 100% of plans reviewed within four weeks", "Ongoing", "G", "G"),
        ("3.2", "Train learning support assistants in writing and updating support plans.",
         "SENCo; Inclusion Manager", "All LSAs trained; sample of plans meets the college standard",
         "December 2024", "C", "C"),
    ]),
]


def build_esher():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(ESHER_TITLE, level=0)
    doc.add_paragraph("Following the Ofsted inspection of 5–8 November 2024 (overall effectiveness: Good)")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Vice Principal (Quality and Curriculum)"),
                 ("Approved by", "Quality and Standards Committee, 10 December 2024"),
                 ("Version", "3 (April 2025 review)"),
                 ("Next review", "Corporation, July 2025")]:
        cells = dc.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        shade(cells[0], "E7E6E6")
        set_text(cells[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG ratings: G = on track; A = some slippage; R = significant concern; C = complete. "
                      "Actions are reviewed at the fortnightly Quality Improvement Group and reported to each "
                      "Quality and Standards Committee.")
    doc.add_paragraph("The inspection report identified three areas for improvement. Each is set out below with the "
                      "college’s actions.")
    heads = ("Ref", "Action", "Lead", "Success measure", "Target date", "RAG Jan 25", "RAG Apr 25")
    ragfill = {"G": "92D050", "A": "FFC000", "R": "FF0000", "C": "00B0F0"}
    for area, acts in ESHER:
        t = doc.add_table(rows=2, cols=len(heads))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        set_text(top, area, bold=True, size=10)
        shade(top, "DEEAF6")
        for c, h in zip(t.rows[1].cells, heads):
            set_text(c, h, bold=True)
            shade(c, "BDD7EE")
        for ref, act, lead, sm, target, jan, apr in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, sm, target, jan, apr)):
                set_text(c, v)
            for c, v in ((cells[5], jan), (cells[6], apr)):
                if v:
                    shade(c, ragfill[v])
        doc.add_paragraph()
    doc.add_heading("Summary of progress (April 2025)", level=2)
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    set_text(s.rows[0].cells[0], "RAG", bold=True)
    set_text(s.rows[0].cells[1], "Number of actions", bold=True)
    for k, v in (("C", "3"), ("G", "3"), ("A", "1"), ("R", "0"), ("Total", "7")):
        cells = s.add_row().cells
        set_text(cells[0], k)
        set_text(cells[1], v)
    doc.save(path(ESHER_FILE))


# ---------------------------------------------------------------------------
# 7. Carnalridge Primary School - ETI inspection action plan (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
CARN_FILE = "zbs-carnalridge-primary-school-eti-inspection-action-plan-typo-month-refuse.xlsx"
CARN_TITLE = "Carnalridge Primary School, Portrush – Action Plan following ETI Inspection (January 2025)"

# area, [(ref, action, responsible, resources, success, timescale, monitoring, progress)]
CARNALRIDGE = [
    ("Area for improvement 1: To develop further the use of assessment information in literacy to plan for the "
     "progression of all children, particularly in key stage 2.", [
        ("1.1", "Introduce pupil progress meetings in key stage 2 using PTE, NGRT and teacher assessment data.",
         "Principal; Literacy Co-ordinator", "Substitute cover: 2 days per term",
         "Planning shows targeted groups for all KS2 classes", "June 2025",
         "Principal reviews meeting notes", "Two meetings held (April, June)."),
        ("1.2", "Literacy Co-ordinator to model planning for differentiated guided reading groups in P5–P7.",
         "Literacy Co-ordinator", "Guided reading sets (£800)",
         "Observed guided reading sessions show appropriate challenge", "November 2025",
         "Learning walks by SLT", "Modelling planned for September."),
    ]),
    ("Area for improvement 2: To ensure that outdoor learning in the foundation stage is planned to progress the "
     "children's learning across all areas of the curriculum.", [
        ("2.1", "Audit outdoor resources and produce a planned programme of outdoor learning for P1–P2.",
         "Foundation Stage Co-ordinator", "£1,500 from school budget",
         "Weekly outdoor plans in place for P1–P2", "Febuary 2026",
         "Principal and Board of Governors", "Audit completed May 2025."),
        ("2.2", "Staff training on planning for play-based outdoor learning through the EA Early Years team.",
         "Foundation Stage Co-ordinator", "EA support (no cost)",
         "All foundation stage staff trained", "October 2025",
         "Staff meeting minutes", "Training date requested."),
    ]),
    ("Area for improvement 3: To develop the role of the Board of Governors in monitoring and challenging the "
     "school's progress on its development plan priorities.", [
        ("3.1", "Governors to receive a termly report on school development plan progress, presented by curriculum "
                "co-ordinators.", "Principal / Chair of Board of Governors", "Governor meeting time",
         "Minutes show governors questioning progress", "December 2025",
         "Chair of Board of Governors", "First report presented June 2025."),
        ("3.2", "Governor training on school development planning through the EA Governor Support service.",
         "Chair of Board of Governors", "EA Governor Support (no cost)",
         "All governors complete the module", "October 2025",
         "Clerk records attendance", "Booked for autumn term."),
    ]),
]


def build_carnalridge():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    heads = ["AFI", "Action", "Person(s) responsible", "Resources / costings", "Success criteria", "Timescale",
             "Monitoring and evaluation", "Progress (June 2025)"]
    widths = [6, 48, 26, 22, 34, 14, 24, 30]
    n = len(heads)
    ws["A1"] = CARN_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="006100")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = "Board of Governors response submitted to the Department of Education: 14 March 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("C6EFCE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    for area, acts in CARNALRIDGE:
        c = ws.cell(r, 1, area)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for col in range(1, n + 1):
            ws.cell(r, col).fill = fill(FILL["pale"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.row_dimensions[r].height = 30
        r += 1
        for vals in acts:
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col, v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
    wb.save(path(CARN_FILE))


BUILDERS = [build_sussex, build_norfolk, build_doncaster, build_oxon, build_bgs, build_esher, build_carnalridge]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    print("built", len(BUILDERS), "files in", HERE)
