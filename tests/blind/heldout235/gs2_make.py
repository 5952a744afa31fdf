"""Build the seven gs2- blind test files (set heldout235).

Run with /work/main/.venv/bin/python gs2_make.py
Writes the data files next to this script. The data tables below are also
used (by import) to cross-check the .expected.yaml files.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "B": "0070C0", "Blue": "0070C0", "Complete": "0070C0",
    "G": "00B050", "Green": "00B050",
    "A": "FFC000", "Amber": "FFC000",
    "R": "FF0000", "Red": "FF0000",
}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Surrey Fire and Rescue Service - HMICFRS values and culture tracker (xlsx)
# ---------------------------------------------------------------------------
SURREY_TITLE = "Surrey Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
# (theme, recommendation, [(ref, action, owner, original, revised, prev, curr, progress)])
SURREY = [
    ("Theme 1: Background checks",
     "Recommendation 1: By 1 October 2023, chief fire officers should make sure that all staff have a background check appropriate to their role, and that checks are repeated at suitable intervals.",
     [("1.1", "Complete a gap analysis of DBS checks held for all operational and support staff against role requirements.",
       "Head of People Services", D(2023, 9, 30), None, "G", "B",
       "Gap analysis completed and reported to SLT in September 2023."),
      ("1.2", "Introduce a rolling programme of DBS re-checks every three years, including for existing staff.",
       "Head of People Services / HR Business Partner", D(2024, 3, 31), D(2025, 6, 30), "A", "A",
       "Re-check programme running; 71% of staff re-checked. On-call staff backlog being prioritised."),
      ]),
    ("Theme 1: Background checks",
     "Recommendation 2: By 1 October 2023, chief fire officers should make sure that the right level of check is carried out when staff move into a role that needs a higher level of check.",
     [("2.1", "Amend the internal promotion and transfer procedure so that the DBS level is confirmed before any move is agreed.",
       "HR Business Partner", D(2023, 12, 31), None, "G", "B",
       "Procedure amended and published December 2023."),
      ]),
    ("Theme 2: Raising concerns",
     "Recommendation 8: By 1 June 2024, chief fire officers should make sure their service has an independent and confidential route for staff to raise concerns.",
     [("8.1", "Procure an independent confidential reporting line available to all staff 24 hours a day.",
       "Assistant Chief Fire Officer", D(2024, 4, 30), D(2024, 9, 30), "A", "B",
       "Independent reporting line went live on 2 September 2024."),
      ("8.2", "Publicise the reporting line through station visits, the intranet and induction, and report usage figures to the People Board each quarter.",
       "Head of Communications and Engagement", D(2024, 12, 31), D(2025, 3, 31), "G", "G",
       "Station visits completed at 20 of 24 stations; first usage report to People Board in December 2024."),
      ]),
    ("Theme 3: Misconduct and leadership",
     "Recommendation 15: By 1 March 2024, chief fire officers should make sure that staff carrying out misconduct investigations are trained, and that cases are concluded without unnecessary delay.",
     [("15.1", "Train a pool of at least 12 accredited misconduct investigators drawn from across the Service.",
       "Area Manager – Professional Standards", D(2024, 3, 31), D(2025, 3, 31), "R", "A",
       "Nine investigators accredited; three places booked on the March 2025 course."),
      ("15.2", "Set and monitor a 90 working day target for concluding misconduct cases, with monthly reporting to SLT.",
       "Area Manager – Professional Standards; Head of People Services", D(2024, 6, 30), D(2025, 4, 30), "A", "G",
       "Target agreed; monthly reporting started November 2024. Case management system changes due April 2025."),
      ]),
    ("Theme 3: Misconduct and leadership",
     "Recommendation 22: By 1 December 2023, chief fire officers should make sure that all leaders take part in a 360-degree feedback process.",
     [("22.1", "Roll out 360-degree feedback to all station and group managers, followed by individual development plans.",
       "Head of Learning and Development", D(2023, 11, 30), D(2024, 12, 31), "A", "R",
       "Supplier contract delayed; 38% of managers completed. New date to be agreed at the February Board."),
      ("22.2", "Extend 360-degree feedback to all members of the Strategic and Extended Leadership Teams.",
       "Chief Fire Officer", D(2023, 11, 30), None, "B", "B",
       "Completed November 2023."),
      ]),
]


def build_surrey(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SURREY_TITLE
    cov["A1"].font = Font(bold=True, size=14, color="A50021")
    cov["A2"] = "Position as at 31 January 2025 – for the Fire and Rescue Service Improvement Board, 18 February 2025"
    cov["A3"] = ("Source: HMICFRS, Values and culture in fire and rescue services (spotlight report, March 2023). "
                 "Only the recommendations addressed to chief fire officers are tracked here.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", D(2023, 6, 14), "Service Improvement Team", "First draft following publication of the spotlight report"),
            ("2.2", D(2024, 10, 31), "Service Improvement Team", "Q2 2024/25 update"),
            ("2.3", D(2025, 1, 31), "Service Improvement Team", "Q3 2024/25 update; revised dates for 1.2, 8.2, 15.1, 15.2 and 22.1")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("D9D9D9")
    cov["A11"] = "BRAG key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence accepted by the Board"),
           ("G", "On track to deliver by the target date"),
           ("A", "Risk to delivery by the target date; mitigation in place"),
           ("R", "Target date missed or will be missed; Board decision needed")]
    for i, (k, txt) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = solid(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=12 + i, column=2, value=txt)
    cov["A17"] = "Summary of current BRAG"
    cov["A17"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, _, acts in SURREY:
        for a in acts:
            counts[a[6]] += 1
    summ = [("Blue", counts["B"]), ("Green", counts["G"]), ("Amber", counts["A"]),
            ("Red", counts["R"]), ("Total actions", sum(counts.values()))]
    for i, (k, n) in enumerate(summ):
        cov.cell(row=18 + i, column=1, value=k).border = BOX
        cov.cell(row=18 + i, column=2, value=n).border = BOX
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = SURREY_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated for the Fire and Rescue Service Improvement Board, February 2025"
    hdr = ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
           "Previous BRAG", "Current BRAG", "Progress update (January 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("A50021")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    last_theme = None
    for theme, rec, acts in SURREY:
        if theme != last_theme:
            ws.cell(row=r, column=1, value=theme)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = solid("595959")
            r += 1
            last_theme = theme
        ws.cell(row=r, column=1, value=rec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = solid("F2DCDB")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, own, orig, rev, prev, cur, prog in acts:
            vals = [ref, act, own, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.fill = solid(FILL[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: recommendations addressed to the Home Office, the National Fire Chiefs Council, "
                                   "the Fire Standards Board and the Local Government Association are not tracked here."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [8, 55, 28, 14, 14, 10, 10, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Bolsover DC internal audit tracker - typo month, refuse (xlsx)
# ---------------------------------------------------------------------------
BOLSOVER_TITLE = "Bolsover District Council – Internal Audit Recommendations Tracker"
# (audit, issued, assurance, [(rec no, recommendation, priority, agreed action, officer, original, revised, status)])
BOLSOVER = [
    ("Council Tax and NNDR 2023/24", "12/02/2024", "Reasonable", [
        ("1", "Reconciliations between the Council Tax system and the Valuation Office list should be completed monthly and independently reviewed.",
         "Medium", "Monthly reconciliation to be completed by the Revenues Officer and signed off by the Revenues Team Leader.",
         "Revenues Team Leader", "31 March 2024", "30 September 2024", "Implemented"),
        ("3", "Small business rate relief awards should be reviewed annually to confirm continued eligibility.",
         "Low", "Annual review letter to be issued to all recipients of small business rate relief with the annual bill.",
         "Revenues Team Leader", "31 March 2024", "31 March 2025", "Revised date – in progress"),
    ]),
    ("Procurement Cards", "05/04/2024", "Limited", [
        ("1", "Card transaction limits should be reviewed and set according to each cardholder's business need.",
         "High", "All card limits to be reviewed by budget managers and reset in the card portal.",
         "Procurement Manager", "30 June 2024", "31 October 2024", "Implemented"),
        ("2", "Monthly statements should be reconciled and approved by the cardholder's line manager within ten working days.",
         "High", "Approval workflow to be enabled in the card portal, with overdue approvals reported to Heads of Service monthly.",
         "Procurement Manager", "30 June 2024", "28 Febuary 2025", "Revised date – in progress"),
        ("4", "Cards should be cancelled promptly when staff leave the Council.",
         "Medium", "Leavers' checklist to include card cancellation; HR to notify Procurement of all leavers.",
         "HR Manager", "31 July 2024", "", "Implemented"),
    ]),
    ("Cyber Security", "19/06/2024", "Reasonable", [
        ("2", "Multi-factor authentication should be enforced for all remote access accounts, including third-party suppliers.",
         "High", "Conditional access policy to be extended to supplier accounts.",
         "ICT Infrastructure Manager", "30 September 2024", "31 January 2025", "Revised date – in progress"),
        ("5", "The ICT disaster recovery plan should be tested at least annually.",
         "Medium", "Full DR test to be scheduled and results reported to the Corporate Governance Group.",
         "ICT Infrastructure Manager", "31 March 2025", "", "Not yet due"),
    ]),
    ("Housing Repairs – Responsive", "02/09/2024", "Limited", [
        ("1", "Post-inspection of completed repairs should be carried out on a sample basis and recorded.",
         "High", "A 10% post-inspection sample to be introduced, recorded on the housing management system.",
         "Repairs and Maintenance Manager", "31 December 2024", "30 April 2025", "Revised date – in progress"),
    ]),
]


def build_bolsover(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    ws["A1"] = BOLSOVER_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Corporate Governance Scrutiny Committee – 29 January 2025"
    ws["A3"] = "Recommendations implemented since the last report are shown for information and will be removed from the next report."
    hdr = ["Audit", "Report issued", "Assurance", "Rec No.", "Recommendation", "Priority",
           "Agreed action", "Responsible officer", "Original implementation date",
           "Revised implementation date", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for audit, issued, assurance, recs in BOLSOVER:
        first = r
        for k, rec in enumerate(recs):
            vals = [audit if k == 0 else None, issued if k == 0 else None, assurance if k == 0 else None] + list(rec)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if "Febuary" in rec[6]:
                typo_row = r
            if rec[7] == "Implemented":
                for j in range(len(hdr)):
                    if j >= 3:
                        ws.cell(row=r, column=1 + j).fill = solid("E2EFDA")
            r += 1
        if len(recs) > 1:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths = [22, 12, 12, 7, 45, 9, 45, 24, 14, 14, 18]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by audit"
    s["A1"].font = Font(bold=True)
    srows = [("Audit", "Recs reported", "Implemented", "Outstanding")]
    for audit, _, _, recs in BOLSOVER:
        imp = sum(1 for x in recs if x[7] == "Implemented")
        srows.append((audit, len(recs), imp, len(recs) - imp))
    tot = [sum(x[i] for x in srows[1:]) for i in (1, 2, 3)]
    srows.append(("Total", *tot))
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = s.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(srows) - 1:
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 32
    wb.save(path)
    return typo_row


# ---------------------------------------------------------------------------
# 3. Wirral Council ASC CQC assessment improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
WIRRAL_TITLE = "Wirral Council Adult Social Care and Health – CQC Assessment Improvement Plan 2025–26"
# (theme, [(qs, afi, [(ref, action, lead, due, rag)])]); rag None = not started (no fill)
WIRRAL = [
    ("Theme 1: Working with people", [
        ("QS1 Assessing needs",
         "People waited too long for Care Act assessments and reviews, and waiting lists were not consistently risk-rated.",
         [("1.1", "Implement a single risk-rating tool for everyone waiting for an assessment or review, with weekly oversight by team managers.",
           "Head of Adult Social Care Operations", D(2025, 9, 30), "Blue"),
          ("1.2", "Reduce the number of people waiting more than 28 days for a Care Act assessment by 50% against the March 2025 baseline.",
           "Head of Adult Social Care Operations; Assistant Director – Integrated Care", "Q4 2025/26", "Amber")]),
        ("QS3 Equity in experience and outcomes",
         "The local authority did not have a clear understanding of the needs of its diverse communities, or of people who were less likely to ask for support.",
         [("1.3", "Publish an adult social care equality dashboard, broken down by protected characteristic and ward.",
           "Head of Performance and Intelligence", D(2025, 12, 1), "Green"),
          ("1.4", "Co-produce an outreach plan with community, faith and voluntary sector partners in Birkenhead and Wallasey.",
           "Community Engagement Lead / Principal Social Worker", D(2026, 3, 31), None)]),
    ]),
    ("Theme 2: Providing support", [
        ("QS4 Care provision, integration and continuity",
         "There was limited choice of home care in parts of the borough, and people using direct payments found it hard to recruit personal assistants.",
         [("2.1", "Recommission home care on a zonal basis to increase capacity in West Wirral.",
           "Head of Commissioning for Adults", D(2026, 4, 30), "Green"),
          ("2.2", "Launch a personal assistant register and support service for people using direct payments.",
           "Direct Payments Manager", D(2025, 12, 31), "Red")]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("QS7 Safeguarding",
         "Safeguarding enquiries were not always completed in a timely way, and feedback to people who raised concerns was inconsistent.",
         [("3.1", "Introduce a safeguarding triage hub with fixed timescales for decisions on section 42 enquiries.",
           "Safeguarding Adults Manager", D(2025, 10, 31), "Blue"),
          ("3.2", "Audit 40 safeguarding cases each quarter, including feedback given to the referrer and the person, and report findings to the Safeguarding Adults Partnership Board.",
           "Principal Social Worker", "Quarterly", "Green")]),
    ]),
    ("Theme 4: Leadership", [
        ("QS8 Governance, management and sustainability",
         "Performance information was not used consistently to drive improvement, and frontline staff did not always understand the direction of travel.",
         [("4.1", "Establish a monthly Adult Social Care Performance Board chaired by the Director of Care and Health.",
           "Director of Care and Health", D(2025, 7, 31), "Blue"),
          ("4.2", "Hold quarterly all-staff briefings on the improvement plan and publish a staff newsletter after each Improvement Board.",
           "Director of Care and Health, Assistant Director – Integrated Care", "Ongoing", "Green")]),
    ]),
]

WIRRAL_PROGRESS = {
    "1.1": "Tool live in all locality teams since August 2025; weekly reports to Head of Service.",
    "1.2": "Down 31% at end of September; agency assessors extended to January.",
    "1.3": "Draft dashboard shared with Equality Steering Group.",
    "1.4": "Start planned January 2026.",
    "2.1": "Tender evaluation complete; contracts to start April 2026.",
    "2.2": "Provider procurement failed to attract bids; options paper to December Improvement Board.",
    "3.1": "Hub live 1 October 2025.",
    "3.2": "Q2 audit completed; report to SAPB November 2025.",
    "4.1": "Board meeting monthly since July 2025.",
    "4.2": "Briefings held June and September 2025.",
}


def build_wirral(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = WIRRAL_TITLE
    ov["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ov["A2"] = "Our response to the CQC local authority assessment of adult social care (report published July 2025)"
    ctrl = [("Document owner", "Director of Care and Health"),
            ("Version", "1.4"),
            ("Date", "10 November 2025"),
            ("Governance", "Adult Social Care Improvement Board (monthly); Adult Social Care and Public Health Committee (quarterly)"),
            ("Next review", "January 2026")]
    ov["A4"] = "Document control"
    ov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate(ctrl):
        a = ov.cell(row=5 + i, column=1, value=k)
        a.font = Font(bold=True)
        a.border = BOX
        ov.cell(row=5 + i, column=2, value=v).border = BOX
    ov["A11"] = "RAG key (the RAG column in the plan is shown by colour only)"
    ov["A11"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk – mitigation in place"),
           ("Red", "Off track – escalated to Improvement Board"), (None, "No colour – not yet started")]
    for i, (k, txt) in enumerate(key):
        c = ov.cell(row=12 + i, column=1)
        c.border = BOX
        if k:
            c.fill = solid(FILL[k])
        ov.cell(row=12 + i, column=2, value=txt)
    ov.column_dimensions["A"].width = 18
    ov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = WIRRAL_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Progress position: end of October 2025"
    hdr = ["Ref", "Quality statement", "What CQC told us (area for improvement)", "Action",
           "Lead(s)", "Target date", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, groups in WIRRAL:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = solid("DDEBF7")
        r += 1
        for qs, afi, acts in groups:
            first = r
            for k, (ref, act, lead, due, rag) in enumerate(acts):
                vals = [ref, qs if k == 0 else None, afi if k == 0 else None, act, lead, due, None,
                        WIRRAL_PROGRESS[ref]]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if rag:
                    ws.cell(row=r, column=7).fill = solid(FILL[rag])
                r += 1
            if len(acts) > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    widths = [6, 20, 45, 50, 30, 12, 7, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary by theme"
    sm["A1"].font = Font(bold=True)
    cols = ["Theme", "Blue", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(cols):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rr = 4
    totals = [0] * 6
    for theme, groups in WIRRAL:
        cnt = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0, None: 0}
        for _, _, acts in groups:
            for a in acts:
                cnt[a[4]] += 1
        row = [cnt["Blue"], cnt["Green"], cnt["Amber"], cnt["Red"], cnt[None]]
        row.append(sum(row))
        sm.cell(row=rr, column=1, value=theme).border = BOX
        for j, v in enumerate(row):
            sm.cell(row=rr, column=2 + j, value=v).border = BOX
            totals[j] += v
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        sm.cell(row=rr, column=2 + j, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 42
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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Merthyr Tydfil CBC - CIW PEI adult services action plan (docx, one table,
#    principle band rows and area-for-improvement rows)
# ---------------------------------------------------------------------------
MERTHYR_TITLE = "Merthyr Tydfil County Borough Council – CIW Performance Evaluation Inspection of Adult Services: Action Plan"
# (principle, [(afi, [(ref, action, lead, timescale, rag, progress)])])
MERTHYR = [
    ("1. People – Voice and Choice", [
        ("Area for improvement 1: The local authority must ensure that people’s views, wishes and personal outcomes are consistently recorded in assessments and care and support plans.",
         [("1.1", "Refresh the ‘What Matters’ conversation template so that the person’s own words and outcomes are recorded in every assessment.",
           "Principal Social Worker", "July 2025", "Complete",
           "New template live in WCCIS from 7 July 2025; briefings delivered to all teams."),
          ("1.2", "Carry out a quarterly practice audit of 30 care and support plans, with findings reported to the Practice Quality Group.",
           "Principal Social Worker / Team Manager – Quality Assurance", "Quarterly from September 2025", "Green",
           "First audit completed September 2025: 63% of plans recorded personal outcomes well.")]),
        ("Area for improvement 2: The local authority should improve the timeliness of carers’ assessments and make sure carers are offered an assessment in their own right.",
         [("1.3", "Commission the local carers’ centre to complete carers’ assessments on the local authority’s behalf under a trusted assessor arrangement.",
           "Commissioning Manager", "31 December 2025", "Amber",
           "Service specification agreed; contract variation delayed by legal review.")]),
    ]),
    ("2. Prevention", [
        ("Area for improvement 3: The local authority should strengthen its information, advice and assistance (IAA) offer so that people get the right help at the first point of contact.",
         [("2.1", "Review the IAA front door, including call handling scripts and the Dewis Cymru directory entries for Merthyr Tydfil.",
           "Information, Advice and Assistance Manager", "September 2025", "Complete",
           "Review completed; new scripts in use and 112 Dewis entries updated."),
          ("2.2", "Extend the reablement service to seven days a week and increase its capacity by 20%.",
           "Reablement Service Manager", "April 2026", "Green",
           "Recruitment of six reablement support workers under way.")]),
    ]),
    ("3. Partnerships and Integration", [
        ("Area for improvement 4: The local authority and its health partners should work together to reduce delays in hospital discharge for people waiting for care at home.",
         [("3.1", "Agree a joint discharge to assess pathway with Cwm Taf Morgannwg University Health Board.",
           "Head of Adult Social Care / CTMUHB Locality Director", "Q3 2025/26", "Amber",
           "Draft pathway considered by the Regional Partnership Board in October 2025."),
          ("3.2", "Establish a weekly multi-agency review of everyone whose discharge has been delayed for more than 14 days.",
           "Hospital Social Work Team Manager", "November 2025", "Red",
           "Not started – dependent on 3.1; escalated to the Social Services Improvement Board.")]),
    ]),
    ("4. Well-being", [
        ("Area for improvement 5: The local authority must make sure that practitioners have manageable caseloads and receive regular, recorded supervision.",
         [("4.1", "Introduce caseload weighting across the community adult teams and report caseloads monthly to the Head of Adult Social Care.",
           "Team Managers (Community Adults)", "October 2025", "Green",
           "Weighting tool agreed; first monthly report due end of October."),
          ("4.2", "Make sure all social workers receive supervision at least every four weeks, monitored through the supervision dashboard.",
           "Principal Social Worker", "Ongoing", "Green",
           "Compliance 88% in September 2025.")]),
    ]),
]

RAG_DOCX = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0"}


def build_merthyr(path):
    d = docx.Document()
    landscape(d)
    d.add_heading(MERTHYR_TITLE, level=1)
    d.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of adult services in "
        "Merthyr Tydfil in February 2025 and published its report in May 2025. This action plan sets out how "
        "the Council and its partners will respond to the areas for improvement CIW identified. Progress is "
        "reported quarterly to the Social Services Improvement Board and to the Social Services Scrutiny Committee.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Adult Social Care"),
                 ("Version", "2.0 – October 2025 progress update"),
                 ("Approved by", "Social Services Improvement Board, 14 October 2025"),
                 ("Next review", "January 2026")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph()
    d.add_paragraph("RAG status key", style="Heading 3")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, txt in [("Complete", "Action completed and evidence held"),
                      ("Green", "On track to be delivered by the timescale"),
                      ("Amber", "Some slippage – recoverable within the quarter"),
                      ("Red", "Not on track – escalated")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True, color="FFFFFF" if word in ("Complete", "Red") else None)
        shade(row[0], RAG_DOCX[word])
        set_cell(row[1], txt)
    d.add_paragraph()
    d.add_paragraph("Action plan", style="Heading 2")
    hdr = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (October 2025)"]
    tbl = d.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(tbl.rows[0].cells[j], h, bold=True, color="FFFFFF")
        shade(tbl.rows[0].cells[j], "7030A0")
    for principle, afis in MERTHYR:
        row = tbl.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, principle, bold=True, size=11)
        shade(m, "D9D2E9")
        for afi, acts in afis:
            row = tbl.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, afi, bold=True)
            shade(m, "F2F2F2")
            for ref, act, lead, ts, rag, prog in acts:
                cells = tbl.add_row().cells
                for j, v in enumerate([ref, act, lead, ts, rag, prog]):
                    set_cell(cells[j], v)
                shade(cells[4], RAG_DOCX[rag])
    widths = [Cm(1.3), Cm(8.5), Cm(4.5), Cm(3.2), Cm(2.0), Cm(6.5)]
    for row in tbl.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    d.add_paragraph()
    d.add_paragraph("Sign-off", style="Heading 3")
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[j], h, bold=True)
    for j, v in enumerate(["Statutory Director of Social Services", "(signed)", "20 October 2025"]):
        set_cell(so.rows[1].cells[j], v)
    d.save(path)


# ---------------------------------------------------------------------------
# 5. Scottish Borders Council - 2023/24 annual audit report action plan (docx,
#    one table per audit area, merged recommendation cells)
# ---------------------------------------------------------------------------
SBC_TITLE = "Scottish Borders Council: 2023/24 Annual Audit Report – Action Plan Progress Update"
# (area heading, [(recommendation, [(ref, action, officer, date, status, update)])])
SBC = [
    ("1. Audit of the 2023/24 annual accounts", [
        ("The Council should review its approach to valuing land and buildings so that assets not revalued in the year are not materially misstated.",
         [("1", "A desktop indexation review of all land and buildings not formally revalued in the year will be completed as part of the 2024/25 closedown.",
           "Chief Financial Officer", "31 May 2025", "Blue",
           "Indexation review completed and shared with auditors in May 2025.")]),
        ("The Council should strengthen its quality review of working papers before the unaudited accounts are submitted for audit.",
         [("2a", "Introduce a closedown checklist naming a preparer and a reviewer for each working paper.",
           "Financial Services Manager", "31 March 2025", "Blue",
           "Checklist used for the 2024/25 closedown."),
          ("2b", "Hold a lessons-learned session with the external audit team after the 2023/24 audit.",
           "Financial Services Manager", "December 2024", "Blue",
           "Held 11 December 2024.")]),
    ]),
    ("2. Financial sustainability", [
        ("The Council should set out in its medium-term financial plan how it will close the cumulative funding gap of £22.4 million forecast to 2028/29, with savings identified for each year.",
         [("3a", "Update the medium-term financial strategy with identified savings proposals for 2025/26 to 2027/28, for approval alongside the 2025/26 budget.",
           "Director of Finance and Procurement", "February 2025", "Blue",
           "Approved by Council on 27 February 2025."),
          ("3b", "Develop transformation business cases to close the remaining gap, reporting progress to the Executive Committee each quarter.",
           "Director of Finance and Procurement; Director of Strategic Commissioning and Partnerships", "31 March 2026", "Green",
           "Eleven business cases in development; first quarterly report to Executive in May 2025.")]),
        ("The Council should set a clear policy on the minimum level of unallocated general fund reserve it will hold.",
         [("4", "Present a revised reserves policy to Council, setting a minimum unallocated general fund reserve.",
           "Chief Financial Officer", "June 2025", "Amber",
           "Policy drafted; on the agenda for Council on 26 June 2025 after planned review by this Committee slipped.")]),
    ]),
    ("3. Vision, leadership and governance", [
        ("The Council should complete its Best Value self-assessment and make sure that the improvement actions arising from it are monitored by elected members.",
         [("5", "Complete the Best Value self-assessment and report the resulting improvement plan to Audit Committee.",
           "Director of Corporate Governance", "September 2025", "Green",
           "Self-assessment workshops held with the Corporate Management Team in April and May 2025.")]),
        ("Registers of interests for senior officers should be reviewed and updated every year.",
         [("6", "Run an annual declaration of interests exercise for all officers at Grade 13 and above, with returns held centrally.",
           "Chief Legal Officer (Monitoring Officer)", "31 December 2024", "Blue",
           "2024 exercise completed; 100% of returns received.")]),
    ]),
]


def build_sbc(path):
    d = docx.Document()
    landscape(d)
    d.add_heading(SBC_TITLE, level=1)
    d.add_paragraph("Audit Committee – 9 June 2025")
    d.add_paragraph(
        "The external auditor (Audit Scotland) made the recommendations below in the 2023/24 Annual Audit Report, "
        "presented to this Committee in October 2024. The agreed management actions were included in Appendix 1 of "
        "that report. This update shows progress at the end of May 2025. All 2022/23 recommendations were reported "
        "as complete in November 2024 and are not repeated here.")
    d.add_paragraph("Status key", style="Heading 3")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, txt in [("Blue", "Complete"), ("Green", "On track"),
                      ("Amber", "Some slippage against the agreed date"),
                      ("Red", "Significant delay or not started")]:
        row = k.add_row().cells
        set_cell(row[0], word, bold=True, color="FFFFFF" if word in ("Blue", "Red") else None)
        shade(row[0], RAG_DOCX[word])
        set_cell(row[1], txt)
    hdr = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date",
           "Status", "Update (May 2025)"]
    widths = [Cm(1.1), Cm(6.0), Cm(6.5), Cm(3.8), Cm(2.4), Cm(1.8), Cm(5.0)]
    for area, recs in SBC:
        d.add_paragraph(area, style="Heading 2")
        tbl = d.add_table(rows=1, cols=len(hdr))
        tbl.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tbl.rows[0].cells[j], h, bold=True, color="FFFFFF")
            shade(tbl.rows[0].cells[j], "004785")
        for rec, acts in recs:
            first = len(tbl.rows)
            for ref, act, off, date, status, upd in acts:
                cells = tbl.add_row().cells
                for j, v in enumerate([ref, None, act, off, date, status, upd]):
                    if v is not None:
                        set_cell(cells[j], v)
                shade(cells[5], RAG_DOCX[status])
            top = tbl.cell(first, 1)
            if len(acts) > 1:
                top = top.merge(tbl.cell(len(tbl.rows) - 1, 1))
            set_cell(top, rec)
        for row in tbl.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        d.add_paragraph()
    d.add_paragraph("Report author: Chief Financial Officer. Contact: Financial Services, Council Headquarters, Newtown St Boswells.")
    d.save(path)


# ---------------------------------------------------------------------------
# 6. Melton BC housing improvement plan - consumer standards (csv export)
# ---------------------------------------------------------------------------
MELTON_TITLE = "Melton Borough Council – Housing Improvement Plan: Consumer Standards (Regulator of Social Housing)"
# (standard, [(issue, [(ref, action, lead, target, status, comments)])])
MELTON = [
    ("Safety and Quality Standard", [
        ("Stock condition data is incomplete: 38% of homes have not had a survey in the last five years.",
         [("SQ1", "Complete stock condition surveys on all homes not surveyed since 2020, using the new surveying contract.",
           "Asset Manager", "31/03/2026", "Green", "1,012 of 1,640 surveys complete."),
          ("SQ2", "Load the survey data into the asset management system and produce a 30-year investment plan.",
           "Asset Manager; Housing Systems Officer", "Jun-26", "Not started", "Dependent on SQ1.")]),
        ("Overdue fire risk assessment actions and electrical safety (EICR) certificates.",
         [("SQ3", "Clear all high-risk fire risk assessment actions at the Council’s sheltered housing schemes.",
           "Housing Compliance Manager", "30/09/2025", "Complete", "All 27 high-risk actions closed 24/09/2025."),
          ("SQ4", "Bring EICR compliance to 100% for homes whose certificate is more than five years old.\nAgree a no-access process, including legal action where needed.",
           "Housing Compliance Manager", "31/12/2025", "Amber", "Compliance at 91%; 43 no-access cases with Legal.")]),
    ]),
    ("Transparency, Influence and Accountability Standard", [
        ("Tenant Satisfaction Measures were not published for 2023/24, and tenants had little influence over services.",
         [("TIA1", "Publish the 2024/25 Tenant Satisfaction Measures on the Council’s website with a summary written with tenants.",
           "Housing Performance Officer", "End of July 2025", "Complete", "Published 28/07/2025."),
          ("TIA2", "Set up a Tenant Scrutiny Panel with terms of reference agreed by tenants and a training budget.",
           "Tenant Engagement Officer", "Dec-25", "Green", "Eight tenants recruited; first meeting 4 November."),
          ("TIA3", "Report progress against this plan to every meeting of the Housing Improvement Board and the Tenant Scrutiny Panel.",
           "Assistant Director for Housing and Communities", "Ongoing", "Green", "")]),
    ]),
    ("Tenancy Standard", [
        ("Empty homes took an average of 62 days to re-let in 2024/25.",
         [("T1", "Introduce a lettable standard for empty homes and a weekly voids meeting with the repairs contractor.",
           "KB/LW", "Q3 2025/26", "Amber", "Lettable standard agreed; average re-let time now 48 days.")]),
    ]),
    ("Neighbourhood and Community Standard", [
        ("Anti-social behaviour cases were not always risk assessed, and victims were not kept informed.",
         [("NC1", "Adopt an ASB risk assessment matrix and a contact standard for victims, and train all housing officers in their use.",
           "Housing Services Manager", "31/01/2026", "Green", "Matrix adopted; training booked for December.")]),
    ]),
]


def build_melton(path):
    ncol = 8
    rows = []
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    rows.append(pad([MELTON_TITLE]))
    rows.append(pad(["Position at 31 October 2025. Plan owner: Assistant Director for Housing and Communities. "
                     "Reported to the Housing Improvement Board and the Tenant Scrutiny Panel."]))
    rows.append(pad([]))
    rows.append(["Consumer standard", "Ref", "Issue identified", "Action", "Lead officer", "Target date", "Status", "Comments"])
    counts = {}
    for std, issues in MELTON:
        firststd = True
        for issue, acts in issues:
            firstiss = True
            for ref, act, lead, tgt, status, com in acts:
                rows.append([std if firststd else "", ref, issue if firstiss else "", act, lead, tgt, status, com])
                firststd = firstiss = False
                counts[status] = counts.get(status, 0) + 1
    rows.append(pad([]))
    total = sum(counts.values())
    rows.append(pad([f"Totals: {total} actions – Complete {counts.get('Complete', 0)}, Green {counts.get('Green', 0)}, "
                     f"Amber {counts.get('Amber', 0)}, Red {counts.get('Red', 0)}, Not started {counts.get('Not started', 0)}"]))
    rows.append(pad(["Key to initials: KB – Housing Services Manager; LW – Repairs and Voids Manager"]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. East Staffordshire BC transformation programme highlight report (txt, tab-separated)
# ---------------------------------------------------------------------------
ESBC_TITLE = "East Staffordshire Borough Council – Transformation Programme Highlight Report"
# (workstream, [(ref, deliverable, lead, baseline, forecast, prev, curr, update)])
ESBC = [
    ("Workstream 1: Digital and Customer Access", [
        ("D1.1", "Launch the new customer portal with online accounts for council tax, waste and benefits requests.",
         "Head of Customer and Digital Services", "Jun-25", "Sep-25", "Amber", "Complete",
         "Portal live 15 September 2025; 4,210 accounts created to date."),
        ("D1.2", "Move 80% of telephone payments to automated or online channels.",
         "Head of Customer and Digital Services / Revenues Manager", "Mar-26", "Mar-26", "Green", "Green",
         "Automated payment line live; 64% of payments now self-serve."),
        ("D1.3", "Replace the planning and building control back-office system.",
         "ICT Manager", "Dec-25", "Apr-26", "Amber", "Red",
         "Data migration failed user acceptance testing; revised go-live needs Board approval (decision 1)."),
    ]),
    ("Workstream 2: Assets and Accommodation", [
        ("D2.1", "Complete the office accommodation review and consolidate staff into the Town Hall and Midway.",
         "Property Services Manager", "Oct-25", "Jan-26", "Green", "Amber",
         "Midway works delayed by asbestos survey findings; moves re-planned for January."),
        ("D2.2", "Dispose of the surplus sites identified in Phase 1 of the asset review (five sites).",
         "Property Services Manager; Legal Services Manager", "Mar-26", "Mar-26", "Green", "Green",
         "Two sites sold, two under offer, one at auction in February."),
    ]),
    ("Workstream 3: Workforce and Ways of Working", [
        ("D3.1", "Implement the hybrid working policy and deliver training for all managers.",
         "Head of HR", "Jul-25", "Jul-25", "Green", "Complete",
         "Closed at September Board."),
        ("D3.2", "Carry out a service design review of Environmental Health and Licensing.",
         "Transformation Lead / Head of Environment", "Nov-25", "Feb-26", "Green", "Amber",
         "Staff engagement extended at the request of UNISON."),
        ("D3.3", "Deliver the leadership development programme for all service managers (cohorts 1–3).",
         "Head of HR", "Mar-26", "Mar-26", "Green", "Green",
         "Cohort 2 started 7 October."),
    ]),
    ("Workstream 4: Financial Sustainability", [
        ("D4.1", "Deliver the £1.2m of transformation savings included in the 2025/26 budget.",
         "Chief Finance Officer", "Mar-26", "Mar-26", "Amber", "Amber",
         "£0.86m delivered or on track; £0.34m at risk (fees and charges income)."),
        ("D4.2", "Agree the 2026/27 transformation savings pipeline with the Leadership Team.",
         "Chief Finance Officer", "Dec-25", "Dec-25", "Green", "Green",
         "Pipeline workshops held 21 and 28 October."),
    ]),
]


def build_esbc(path):
    L = []
    L.append(ESBC_TITLE)
    L.append("Reporting period: 1–31 October 2025")
    L.append("Transformation Programme Board: 11 November 2025")
    L.append("Senior Responsible Owner: Deputy Chief Executive")
    L.append("")
    L.append("Overall programme RAG: Amber (previous period: Amber)")
    L.append("RAG key: Green = on track; Amber = at risk, recovery plan in place; Red = off track, Board decision needed; Complete = delivered and closed")
    L.append("")
    L.append("DELIVERABLES")
    L.append("\t".join(["Ref", "Deliverable", "Lead", "Baseline date", "Forecast date", "Previous RAG",
                        "Current RAG", "Update this period"]))
    counts = {}
    for ws, items in ESBC:
        L.append(ws)
        for it in items:
            L.append("\t".join(it))
            counts[it[6]] = counts.get(it[6], 0) + 1
    L.append("")
    total = sum(counts.values())
    L.append(f"Deliverables reported: {total} (Complete {counts.get('Complete', 0)}, Green {counts.get('Green', 0)}, "
             f"Amber {counts.get('Amber', 0)}, Red {counts.get('Red', 0)})")
    L.append("")
    L.append("TOP PROGRAMME RISKS (full detail in the programme risk register)")
    L.append("\t".join(["Risk ref", "Risk", "Owner", "Rating", "Mitigation"]))
    L.append("\t".join(["PR03", "Loss of key ICT staff during the system migration", "ICT Manager", "Amber",
                        "Interim contractor budget approved by Leadership Team"]))
    L.append("\t".join(["PR07", "Savings from fees and charges not achieved", "Chief Finance Officer", "Red",
                        "Mid-year review of charges reported to Cabinet in December"]))
    L.append("")
    L.append("DECISIONS REQUIRED FROM THE BOARD")
    L.append("1. Approve the revised go-live date of April 2026 for D1.3.")
    L.append("2. Note the re-planned accommodation moves under D2.1.")
    L.append("")
    L.append("Prepared by the Transformation Programme Office, 4 November 2025")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "surrey": "gs2-surrey-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx",
    "bolsover": "gs2-bolsover-dc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx",
    "wirral": "gs2-wirral-council-asc-cqc-assessment-improvement-plan.xlsx",
    "merthyr": "gs2-merthyr-tydfil-cbc-ciw-adult-services-performance-evaluation-action-plan.docx",
    "sbc": "gs2-scottish-borders-council-annual-audit-report-action-plan.docx",
    "melton": "gs2-melton-bc-rsh-consumer-standards-housing-improvement-plan.csv",
    "esbc": "gs2-east-staffordshire-bc-transformation-programme-highlight-report.txt",
}


def main():
    build_surrey(os.path.join(HERE, FILES["surrey"]))
    typo_row = build_bolsover(os.path.join(HERE, FILES["bolsover"]))
    build_wirral(os.path.join(HERE, FILES["wirral"]))
    build_merthyr(os.path.join(HERE, FILES["merthyr"]))
    build_sbc(os.path.join(HERE, FILES["sbc"]))
    build_melton(os.path.join(HERE, FILES["melton"]))
    build_esbc(os.path.join(HERE, FILES["esbc"]))
    print("Bolsover typo on sheet row", typo_row)


if __name__ == "__main__":
    main()
