#!/usr/bin/env python3
"""Make the seven i2- case files for heldout43.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).

  i2-cheshire-east-asc-cqc-improvement-plan.xlsx
  i2-brighton-hove-sab-sar-jacob-action-plan.docx
  i2-calderdale-csp-dhr-sadia-action-plan.docx
  i2-haringey-housing-improvement-plan.txt
  i2-torbay-internal-audit-follow-up.csv
  i2-hereford-worcester-frs-hmicfrs-afi-tracker.xlsx
  i2-eeast-cqc-must-should-do-plan.xlsx
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


BLUE, GREEN, AMBER, RED = "5B9BD5", "92D050", "FFC000", "FF0000"


def xl_header(ws, row, headers, widths, colour="1F3864", font_colour="FFFFFF"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color=font_colour)
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BORDER
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def xl_band(ws, row, text, ncol, colour, font_colour="000000"):
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True, color=font_colour)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = fill(colour)
        ws.cell(row=row, column=i).border = BORDER
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def xl_row(ws, row, values, date_fmt=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER
        if isinstance(v, dt.datetime) and date_fmt:
            c.number_format = date_fmt


# docx helpers -------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def header_row(table, headers, colour="1F3864"):
    row = table.rows[0]
    for i, h in enumerate(headers):
        cell_text(row.cells[i], h, bold=True, colour="FFFFFF")
        shade(row.cells[i], colour)
    repeat_header(row)


# ==========================================================================
# 1. Cheshire East Council - ASC CQC assessment improvement plan (xlsx)
# ==========================================================================
def make_cheshire_east():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    headers = ["Ref", "Quality statement", "What CQC found", "Our action", "Lead officer",
               "Target date", "Status", "Progress update"]
    ncol = len(headers)
    ws["A1"] = "Cheshire East Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="004B87")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Position at 1 December 2025 – reported to the Adults and Health Committee"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    xl_header(ws, 4, headers, [6, 20, 38, 44, 22, 11, 13, 46], colour="004B87")
    ws.freeze_panes = "A5"

    st_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
               "Off track": RED, "Not started": None}

    F11 = ("Some people waited a long time for an assessment, particularly for occupational therapy "
           "and in the south of the borough.")
    rows = [
        ("band", "Theme 1: Working with people"),
        ("1.1", "Assessing needs", F11,
         "Introduce a triage and prioritisation tool for all new referrals so that people at highest "
         "risk are seen first.",
         "Karen Whitlow", D(2025, 9, 30), "Complete",
         "Tool in use in all three locality teams since September. Highest-risk referrals now "
         "contacted within 48 hours."),
        ("1.2", None, None,
         "Commission an additional 600 occupational therapy assessments from an external provider to "
         "reduce the waiting list.",
         "Karen Whitlow / Mark Ofori", D(2026, 3, 31), "On track",
         "Provider started in October; the OT waiting list has fallen from 412 to 265."),
        ("1.3", "Supporting people to lead healthier lives",
         "Information and advice about preventative services was not always easy to find, especially "
         "for people who do not use the internet.",
         "Refresh the Live Well Cheshire East directory and produce printed information packs for "
         "libraries and GP surgeries.",
         "Communications and Engagement Manager", "Q4 25/26", "Some slippage",
         "Directory refresh complete. Printed packs delayed by procurement and now expected in "
         "February."),
        ("band", "Theme 2: Providing support"),
        ("2.1", "Care provision, integration and continuity",
         "There was limited choice of home care in rural areas and some people waited for a package "
         "of care after leaving hospital.",
         "Re-tender the rural home care lots with an enhanced hourly rate for hard-to-reach areas.",
         "Head of Commissioning", D(2026, 4, 30), "On track",
         "Tender published in November; new contracts to start in April 2026."),
        ("2.2", "Partnerships and communities",
         "Carers told CQC they were not always aware of the support available to them.",
         "Co-produce a new Carers' Strategy with unpaid carers and the carers' hub.",
         "Lucy Brennan", D(2026, 6, 30), "Not started",
         "Scoping meeting with the carers' hub booked for January."),
        ("band", "Theme 3: Ensuring safety"),
        ("3.1", "Safe pathways, systems and transitions",
         "Young people moving from children's to adult services did not always have a transition "
         "plan in place by the age of 17½.",
         "Set up a joint Preparing for Adulthood panel with Children's Services to review every young "
         "person with likely care needs from the age of 14.",
         "Head of Service – Preparing for Adulthood", D(2025, 12, 31), "Off track",
         "Terms of reference agreed, but the first panel meeting has been postponed twice. Escalated "
         "to the Director of Adult Social Services."),
        ("3.2", "Safeguarding",
         "Some safeguarding enquiries took too long to complete and the person's desired outcomes "
         "were not always recorded.",
         "Audit 25 section 42 enquiries each quarter against the Making Safeguarding Personal "
         "standards and report the findings to the Safeguarding Adults Board.",
         "Principal Social Worker", "Quarterly", "On track",
         "Q2 audit completed: 84% of enquiries recorded the person's desired outcomes (Q1: 71%)."),
        ("band", "Theme 4: Leadership"),
        ("4.1", "Governance, management and sustainability",
         "Performance data was not yet used consistently by managers to understand outcomes for "
         "people.",
         "Launch a Power BI adult social care performance dashboard for team managers.",
         "Mark Ofori", D(2025, 11, 30), "Complete",
         "Dashboard launched 17 November; training given to all team managers."),
        ("4.2", "Learning, improvement and innovation",
         "Learning from complaints and feedback was not systematically shared with staff.",
         "Introduce a quarterly 'You said, we did' learning bulletin and practice forum.",
         "Principal Social Worker & Customer Relations Manager", D(2026, 1, 31), "On track",
         "First bulletin drafted; practice forum planned for January."),
    ]
    r = 5
    first_11 = None
    for item in rows:
        if item[0] == "band":
            xl_band(ws, r, item[1], ncol, "D9E2F3")
            r += 1
            continue
        ref, qs, finding, action, lead, target, status, update = item
        xl_row(ws, r, [ref, qs, finding, action, lead, target, status, update], "mmm-yy")
        if ref == "1.1":
            first_11 = r
        sf = st_fill[status]
        if sf:
            ws.cell(row=r, column=7).fill = fill(sf)
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    # the finding and quality statement for 1.1 and 1.2 are merged down
    ws.merge_cells(start_row=first_11, start_column=2, end_row=first_11 + 1, end_column=2)
    ws.merge_cells(start_row=first_11, start_column=3, end_row=first_11 + 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    keys = [("Complete", "Action delivered", BLUE), ("On track", "Progressing to plan", GREEN),
            ("Some slippage", "Behind plan but recoverable", AMBER),
            ("Off track", "Will miss the target date – escalated", RED),
            ("Not started", "Not yet due to start", None)]
    for k, (word, meaning, col) in enumerate(keys, start=r + 1):
        c = ws.cell(row=k, column=1, value=word)
        if col:
            c.fill = fill(col)
        ws.cell(row=k, column=2, value=meaning)
    wb.save(out("i2-cheshire-east-asc-cqc-improvement-plan.xlsx"))


# ==========================================================================
# 2. Brighton & Hove SAB - SAR 'Jacob' multi-agency action plan (docx)
# ==========================================================================
def make_brighton_sab():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Brighton & Hove Safeguarding Adults Board: SAR 'Jacob' Multi-agency Action Plan", 0)
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of the "
        "Safeguarding Adults Review (SAR) concerning 'Jacob', a 67-year-old man who died at home in "
        "2024 in circumstances of severe self-neglect. The plan is monitored by the SAR Subgroup, "
        "which reports progress to each meeting of the Board. Agencies are asked to update the "
        "progress column and RAG rating before each Subgroup meeting.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    dcrows = [("Version", "Date", "Author", "Status"),
              ("0.3", "02/06/2025", "SAB Business Manager", "Draft for SAR Subgroup"),
              ("1.0", "17/07/2025", "SAB Business Manager", "Approved by the Board"),
              ("1.4", "04/12/2025", "SAB Business Manager", "Progress update for December Board")]
    for i, rowv in enumerate(dcrows):
        for j, v in enumerate(rowv):
            cell_text(dc.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(dc.rows[i].cells[j], "D9D9D9")
    doc.add_paragraph()

    headers = ["No.", "Action", "Agency / Lead", "Timescale", "Progress / evidence", "RAG"]
    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies are using the "
         "Sussex self-neglect procedures, including escalation to a multi-agency risk management "
         "meeting where a person repeatedly declines support.", [
            ("1a", "Deliver briefing sessions on the self-neglect procedures and the multi-agency risk "
                   "management (MARM) process to adult social care, housing and primary care staff.",
             "SAB Learning & Development Subgroup", "March 2026",
             "Three of five sessions delivered (118 staff). Remaining sessions booked for January and "
             "February.", "Green", "92D050"),
            ("1b", "Audit a sample of self-neglect cases closed in the last 12 months to test whether "
                   "a MARM was considered.",
             "BHCC Adult Social Care – Head of Safeguarding", "31/01/2026",
             "Audit tool agreed; case sample of 20 identified. Audit started late because of staff "
             "absence.", "Amber", "FFC000"),
        ]),
        ("Recommendation 2: Agencies should ensure that mental capacity assessments are carried out "
         "and recorded where a person's decisions about their care place them at serious risk, "
         "including consideration of executive capacity.", [
            ("2a", "Include executive functioning and repeated unwise decisions in the Mental Capacity "
                   "Act training for all front-line staff.",
             "Sussex Partnership NHS FT / University Hospitals Sussex",
             "Jan 2026 – Apr 2026",
             "Both trusts have updated their MCA level 2 training packages and the new content is "
             "being delivered from January.", "Complete", "5B9BD5"),
            ("2b", "Develop a Mental Capacity Act practice guide on executive capacity, with worked "
                   "examples drawn from local SARs.",
             "MCA Lead, Brighton & Hove City Council", "By 30 June 2026",
             "First draft shared with the SAR Subgroup for comment.", "", "92D050"),
        ]),
        ("Recommendation 3: Partners should improve information sharing with registered housing "
         "providers when a tenant with care and support needs is at risk of eviction.", [
            ("3a", "Agree an information sharing protocol between adult social care and the main "
                   "registered housing providers in the city.",
             "Head of Housing Needs", "December 2025",
             "Draft protocol not yet agreed by two of the four providers; escalated to the Board "
             "Chair.", "Red", "FF0000"),
            ("3b", "Add registered housing providers to the distribution list for SAB learning "
                   "briefings and the 7-minute briefing on this review.",
             "SAB Business Manager", "October 2025",
             "Done – providers added and the 7-minute briefing circulated on 14 October.",
             "Complete", "5B9BD5"),
        ]),
        ("Recommendation 4: The Integrated Care Board should seek assurance that hospital discharge "
         "planning for people who are homeless or vulnerably housed includes a safe place to go and "
         "follow-up within 72 hours.", [
            ("4a", "Review the hospital discharge policy for people of no fixed abode with the "
                   "Homeless Health team and the housing service.",
             "Sussex ICB – Designated Professional for Safeguarding Adults", "Ongoing",
             "Policy review group meets monthly; revised policy expected in the spring.", "Amber",
             "FFC000"),
            ("4b", "Report discharge follow-up data for people of no fixed abode to the SAB Quality "
                   "Assurance Subgroup.",
             "University Hospitals Sussex – Named Nurse Safeguarding Adults", "Quarterly",
             "", "", None),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    header_row(t, headers, colour="2E5597")
    i = 1
    for rec, acts in recs:
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        cell_text(merged, rec, bold=True)
        shade(merged, "DEEAF6")
        i += 1
        for no, action, lead, when, prog, rag, col in acts:
            cells = t.rows[i].cells
            for j, v in enumerate([no, action, lead, when, prog, rag]):
                cell_text(cells[j], v)
            if col:
                shade(cells[5], col)
            i += 1
    set_col_widths(t, [1.2, 7.5, 4.5, 3.0, 7.5, 1.8])
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for k, (w, meaning, col) in enumerate([
            ("Complete", "Action completed and evidence provided to the SAR Subgroup", "5B9BD5"),
            ("Green", "On track to be completed within timescale", "92D050"),
            ("Amber", "Some delay – expected to be completed with a short extension", "FFC000"),
            ("Red", "Off track – needs the Board's attention", "FF0000")]):
        cell_text(key.rows[k].cells[0], w, bold=True)
        shade(key.rows[k].cells[0], col)
        cell_text(key.rows[k].cells[1], meaning)
    doc.save(out("i2-brighton-hove-sab-sar-jacob-action-plan.docx"))


# ==========================================================================
# 3. Calderdale CSP - DHR 'Sadia' action plan (docx, Home Office template)
# ==========================================================================
def make_calderdale_dhr():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Calderdale Community Safety Partnership – Domestic Homicide Review 'Sadia': "
                    "Action Plan", 0)
    doc.add_paragraph(
        "The Domestic Homicide Review into the death of 'Sadia' was commissioned by Calderdale "
        "Community Safety Partnership in 2024. The overview report makes four recommendations for "
        "the partnership, and the individual management reviews make a further three single agency "
        "recommendations. This action plan follows the Home Office template and is monitored by the "
        "Domestic Abuse Strategic Board.")
    p = doc.add_paragraph()
    p.add_run("Version 1.3 – updated 15 December 2025").italic = True

    RAGC = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "": None}

    doc.add_heading("Overview Report Recommendations", 2)
    h1 = ["No.", "Recommendation", "Scope of recommendation (local or regional)", "Action to take",
          "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
          "Date of completion and Outcome", "RAG"]
    ov = [
        ("1", "Calderdale CSP should make sure that practitioners across the partnership understand "
              "how coercive and controlling behaviour can present in families where there are "
              "cultural and language barriers, including the role of extended family members.",
         "Local",
         "Commission culturally informed training on coercive control and so-called honour-based "
         "abuse for front-line staff across partner agencies.\nInclude the learning from this review "
         "in the partnership's domestic abuse learning briefing.",
         "Calderdale CSP – Domestic Abuse Strategic Lead",
         "Training commissioned from a specialist provider; four sessions delivered October to "
         "November 2025 (96 staff). Learning briefing drafted.",
         "31st March 2026", "", "Green"),
        ("2", "Partner agencies should make sure that professional interpreters, not family members, "
              "are used when a victim of domestic abuse is asked about their safety.",
         "Local / Regional",
         "Issue a partnership practice standard on the use of interpreters in domestic abuse "
         "enquiries, and audit compliance in health and adult social care.",
         "West Yorkshire ICB (Calderdale) / Calderdale Council Adult Services",
         "Practice standard issued on 3 November 2025. Audit of 40 cases scheduled.",
         "Sept 2025 – Jan 2026", "", "Amber"),
        ("3", "Calderdale CSP should seek assurance that domestic abuse risk assessments (DASH) are "
              "completed when a victim discloses abuse to a health professional, and that high-risk "
              "cases are referred to MARAC.",
         "Local",
         "Deliver DASH and MARAC referral training to midwifery, emergency department and GP "
         "practice staff.",
         "Hospital Trust – Head of Safeguarding",
         "Training delivered across all three settings.",
         "Dec 25",
         "Completed 28/11/2025 – 212 staff trained; MARAC referrals from health rose from 9 to 17 "
         "in the quarter.", "Complete"),
        ("4", "The CSP should write to the Home Office setting out the barriers to support faced by "
              "victims with no recourse to public funds.",
         "National",
         "The Chair of the CSP to write to the Home Office and the Domestic Abuse Commissioner "
         "enclosing the overview report.",
         "CSP Chair",
         "", "On publication of the report", "", ""),
    ]
    t = doc.add_table(rows=1 + len(ov), cols=len(h1))
    t.style = "Table Grid"
    header_row(t, h1, colour="5B2C6F")
    for i, rowv in enumerate(ov, start=1):
        cells = t.rows[i].cells
        for j, v in enumerate(rowv):
            cell_text(cells[j], v)
        if RAGC[rowv[-1]]:
            shade(cells[-1], RAGC[rowv[-1]])
    set_col_widths(t, [1.0, 5.0, 2.2, 5.0, 3.2, 4.2, 2.3, 3.4, 1.6])

    doc.add_paragraph()
    doc.add_heading("Single Agency Recommendations", 2)
    h2 = ["No.", "Agency", "Recommendation", "Action to take", "Lead Officer",
          "Key milestones achieved in enacting recommendation", "Target Date",
          "Date of completion and Outcome", "RAG"]
    sa = [
        ("SA1", "West Yorkshire Police",
         "Officers attending domestic incidents should speak to the victim alone and record whether "
         "this was possible.",
         "Add a mandatory 'spoken to alone' field to the domestic abuse attendance checklist on "
         "officers' mobile devices.",
         "DCI, Safeguarding Governance Unit",
         "Field designed and tested with response officers.",
         "June 2025", "Completed June 2025 – field live on all devices; compliance 93% in October.",
         "Complete"),
        ("SA2", "Calderdale Council – Housing Options",
         "Housing Options should make routine enquiry about domestic abuse at every homelessness "
         "approach.",
         "Add routine enquiry questions to the homelessness assessment and train housing options "
         "officers to use them.",
         "Housing Options Manager",
         "Questions drafted. System change delayed by the upgrade of the case management system; a "
         "new date is to be agreed.",
         "Q2 2025/26", "", "Red"),
        ("SA3", "Primary Care",
         "GP practices should flag records where domestic abuse has been disclosed and take this into "
         "account when family members attend appointments together.",
         "Issue guidance to all Calderdale GP practices on coding and flagging domestic abuse "
         "disclosures, and discuss it at the GP safeguarding leads forum.",
         "Named GP for Safeguarding",
         "Guidance drafted; forum discussion booked for February.",
         "6 months from publication", "", "Amber"),
    ]
    t2 = doc.add_table(rows=1 + len(sa), cols=len(h2))
    t2.style = "Table Grid"
    header_row(t2, h2, colour="5B2C6F")
    for i, rowv in enumerate(sa, start=1):
        cells = t2.rows[i].cells
        for j, v in enumerate(rowv):
            cell_text(cells[j], v)
        if RAGC[rowv[-1]]:
            shade(cells[-1], RAGC[rowv[-1]])
    set_col_widths(t2, [1.0, 2.6, 4.6, 4.8, 3.0, 4.2, 2.3, 3.8, 1.6])
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; "
        "Red = significantly off track or overdue.")
    doc.save(out("i2-calderdale-csp-dhr-sadia-action-plan.docx"))


# ==========================================================================
# 4. Haringey Council - housing improvement plan, tab-separated export (txt)
# ==========================================================================
def make_haringey():
    N = 7
    lines = [
        ["Haringey Council – Housing Improvement Plan (Regulator of Social Housing regulatory "
         "notice, March 2023)"],
        ["Monitoring position as at 29 February 2024 – Housing Improvement Board"],
        [],
        ["ID", "Action", "Accountable Officer", "Original Due Date", "Revised Due Date", "RAG",
         "Commentary"],
        ["Workstream 1: Fire Safety (Home Standard 1.2)"],
        ["1.1", "Complete all overdue high-risk remedial actions arising from fire risk assessments.",
         "DM", "31-Dec-23", "31-Mar-24", "A",
         "3,712 of 4,020 high-risk actions closed. Remaining actions need access to individual flats; "
         "revised date agreed with the Regulator."],
        ["1.2", "Carry out a fire risk assessment of every block and hostel on a risk-based cycle.",
         "DM", "30-Sep-23", "", "B", "All 1,114 FRAs in date since September."],
        ["1.3", "Recruit a Fire Safety Manager and two Fire Safety Officers to the Building Safety "
                "team.", "DM/KA", "31-Oct-23", "", "B", "All three posts filled."],
        ["Workstream 2: Electrical Safety"],
        ["2.1", "Complete electrical installation condition reports (EICRs) for all homes without a "
                "valid report.", "PW", "31-Mar-24", "", "G",
         "EICR compliance up from 59% to 91%; contractor capacity increased in January."],
        ["2.2", "Set up a five-year EICR programme on the asset management system so that reports "
                "never go out of date.", "PW", "30-Jun-24", "", "G",
         "Programme loaded; data cleansing of 600 records under way."],
        ["Workstream 3: Decent Homes and Stock Condition"],
        ["3.1", "Complete a 100% stock condition survey of council homes.", "KA", "31-Mar-24",
         "30-Sep-24", "R",
         "71% of homes surveyed. No-access rates are high in some estates; the Board agreed a revised "
         "date in February."],
        ["3.2", "Remedy all identified Category 1 hazards within the timescales in the Damp, Mould "
                "and Hazards Policy.", "KA/PW", "Ongoing", "", "A",
         "82 of 107 Category 1 hazards removed; 25 awaiting major works."],
        ["Workstream 4: Tenant Engagement and Complaints"],
        ["4.1", "Publish building safety compliance data for tenants on the council website each "
                "month.", "JN", "30-Nov-23", "", "B", "Published monthly since November."],
        ["4.2", "Complete and publish a self-assessment against the Housing Ombudsman's Complaint "
                "Handling Code.", "JN", "31-Jan-24", "", "B", "Published 26 January."],
        ["4.3", "Set up a Tenant Scrutiny Panel to review progress on this plan.", "JN", "30-Apr-24",
         "", "", "Not yet started – recruitment of panel members planned for March."],
        [],
        ["Officer key: DM – Assistant Director, Building Safety; KA – Assistant Director, Asset "
         "Management; PW – Head of Compliance (Electrical, Gas and Water); JN – Head of Tenant "
         "Engagement and Resident Experience"],
        ["RAG: B = complete; G = on track; A = at risk of slipping; R = off track / revised date "
         "needed"],
    ]
    with open(out("i2-haringey-housing-improvement-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        for ln in lines:
            ln = ln + [""] * (N - len(ln))
            f.write("\t".join(ln) + "\r\n")


# ==========================================================================
# 5. Torbay Council - internal audit follow-up (csv) - REFUSE (year 2062)
# ==========================================================================
def make_torbay():
    N = 11
    rows = [
        ["Torbay Council – Internal Audit Follow-Up: Areas Requiring Improvement"],
        ["Devon Audit Partnership – Audit Committee 28 January 2026 (position at 31 December 2025)"],
        [],
        ["Audit", "Assurance Opinion", "Ref", "Recommendation", "Priority", "Agreed Action",
         "Responsible Officer", "Target Date", "Revised Target Date", "Status", "DAP Comment"],
        ["Payroll 2024/25", "Limited Assurance", "PAY/1",
         "Starters and leavers should be processed only on receipt of an authorised form, and "
         "leavers' final pay checked by a second officer.",
         "High",
         "Introduce an online starter and leaver form with manager authorisation, and a second check "
         "of all final pay calculations.",
         "Payroll Manager", "31/10/2025", "", "Implemented",
         "Online form live since October; sample of 10 leavers checked with no exceptions."],
        ["Payroll 2024/25", "Limited Assurance", "PAY/2",
         "Overtime and additional hours claims should be authorised before payment.",
         "Medium",
         "Remind budget holders of the authorisation rules and reject unauthorised claims.",
         "Payroll Manager", "30/11/2025", "31/01/2026", "Partly implemented",
         "Reminder issued; rejection of unauthorised claims not yet consistent."],
        ["Creditors 2024/25", "Reasonable Assurance", "CRD/1",
         "Changes to supplier bank details should be verified independently before they are made.",
         "High",
         "Call back every supplier on a known number before bank details are changed, and record the "
         "check on the supplier record.",
         "Head of Finance (Transactional Services)", "30/09/2025", "", "Implemented",
         "Call-back procedure in place and evidenced in all 12 changes sampled."],
        ["Creditors 2024/25", "Reasonable Assurance", "CRD/2",
         "Duplicate payment reports should be run before every payment run.",
         "Medium",
         "Run the duplicate payments report before each BACS run and keep the signed report.",
         "Head of Finance (Transactional Services)", "31/12/2025", "", "Not yet due",
         "To be tested at the next follow-up."],
        ["Harbour Authority – Income Collection 2024/25", "Limited Assurance", "HAR/1",
         "Berthing and mooring charges should be invoiced promptly and reconciled to the moorings "
         "register.",
         "High",
         "Reconcile the moorings register to invoices raised each month and invoice annual moorings "
         "by 30 April.",
         "Harbour Master", "31/03/2062", "", "Not implemented",
         "Reconciliation not yet started; resourcing being reviewed."],
        ["Harbour Authority – Income Collection 2024/25", "Limited Assurance", "HAR/2",
         "Cash takings at the harbour office should be banked at least weekly.",
         "Medium",
         "Weekly banking with a second officer witnessing the count.",
         "Harbour Master", "31/10/2025", "", "Implemented",
         "Banking records show weekly banking since August."],
        ["Disabled Facilities Grants 2024/25", "Limited Assurance", "DFG/1",
         "Grant approvals should be supported by two quotes and an occupational therapy "
         "recommendation on file.",
         "High",
         "Introduce a checklist for each grant approval, signed by the Private Sector Housing "
         "Manager.",
         "Private Sector Housing Manager", "30/11/2025", "", "Implemented",
         "Checklist in use; 8 of 8 approvals sampled were complete."],
        ["Disabled Facilities Grants 2024/25", "Limited Assurance", "DFG/2",
         "Waiting times from referral to approval should be monitored and reported.",
         "Low",
         "Add DFG waiting times to the quarterly housing performance report.",
         "Private Sector Housing Manager", "31/03/2026", "", "Not yet due", ""],
        [],
        ["Status: Implemented; Partly implemented; Not implemented; Not yet due (target date after "
         "the follow-up date)."],
    ]
    with open(out("i2-torbay-internal-audit-follow-up.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (N - len(r)))


# ==========================================================================
# 6. Hereford & Worcester FRS - HMICFRS AFI action tracker (xlsx)
# ==========================================================================
def make_hwfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    headers = ["AFI", "Area for improvement (HMICFRS)", "Action No.", "Action", "Action Owner",
               "Target Date", "Revised Date", "% Complete", "RAG", "Progress Update"]
    ncol = len(headers)
    ws["A1"] = "Hereford & Worcester Fire and Rescue Service – HMICFRS Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Effectiveness, efficiency and people inspection 2023–25 | Reported to the Audit and Standards Committee, January 2026"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)

    # summary block
    summ = [("Total actions", 10), ("Complete", 3), ("On track", 3), ("At risk", 2),
            ("Off track", 1), ("Not started", 1)]
    ws.cell(row=4, column=1, value="Summary").font = Font(bold=True)
    for j, (lab, n) in enumerate(summ, start=2):
        c = ws.cell(row=4, column=j, value=lab)
        c.font = Font(bold=True)
        c.border = BORDER
        c2 = ws.cell(row=5, column=j, value=n)
        c2.border = BORDER
        c2.alignment = Alignment(horizontal="center")

    xl_header(ws, 7, headers, [8, 40, 9, 44, 22, 12, 12, 10, 7, 46], colour="C00000")
    ws.freeze_panes = "A8"

    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}
    A1 = ("The service should make sure it has an effective system for staff to use learning and "
          "debriefs to improve operational response and incident command.")
    A2 = ("The service should make sure it targets its fire protection activity at the premises "
          "most at risk from fire.")
    A3 = "The service should make sure it effectively evaluates its prevention work."
    A4 = ("The service should make sure it has good business continuity arrangements in place, "
          "including for fire control.")
    A5 = "The service should assure itself it is making best use of its on-call workforce."
    A6 = ("The service should make sure its values and behaviours are understood and demonstrated "
          "at all levels of the organisation.")
    A7 = "The service should do more to improve the diversity of its workforce."
    rows = [
        ("band", "EFFECTIVENESS – How effective is the service at keeping people safe and secure?"),
        ("AFI 1", A1, "1.1",
         "Introduce a single operational learning database so that debrief findings are recorded, "
         "assigned and closed.", "AM Response", D(2025, 6, 30), None, 1.0, "B",
         "Database live since June; 46 learning points recorded and assigned."),
        (None, None, "1.2",
         "Publish a quarterly operational learning bulletin and test its use through station "
         "assurance visits.", "GM Operational Assurance", D(2025, 12, 31), D(2026, 3, 31), 0.6, "A",
         "Two bulletins published. Station assurance visits paused during the winter resilience "
         "period; revised date agreed at Strategic Leadership Board."),
        ("AFI 2", A2, "2.1",
         "Rebuild the risk-based inspection programme using the new national risk model and local "
         "incident data.", "GM Protection", D(2025, 9, 30), None, 1.0, "B",
         "New programme in place from 1 October."),
        (None, None, "2.2",
         "Recruit and train four additional fire safety inspectors.",
         "GM Protection / Head of HR & OD", D(2026, 3, 31), None, 0.5, "G",
         "Two inspectors appointed and in training; second recruitment round closes in January."),
        ("AFI 3", A3, "3.1",
         "Agree an evaluation framework for prevention activity, starting with home fire safety "
         "visits and the schools programme.", "AM Prevention", D(2026, 1, 31), None, 0.4, "R",
         "Academic partner has withdrawn; new partner being sought. Target date will be missed."),
        ("band", "EFFICIENCY – How efficient is the service at keeping people safe and secure?"),
        ("AFI 4", A4, "4.1",
         "Test the fire control business continuity plan with a live fallback exercise and update "
         "the plan.", "Head of Fire Control", D(2025, 11, 30), None, 1.0, "B",
         "Exercise held 12 November with the fallback control room; plan updated."),
        ("AFI 5", A5, "5.1",
         "Review on-call availability monthly at the Service Delivery performance meeting and act on "
         "stations below 75% availability.", "AM Service Delivery", "Ongoing – BAU", None, None, "G",
         "Monthly review embedded; average on-call availability 81% in December."),
        ("band", "PEOPLE – How well does the service look after its people?"),
        ("AFI 6", A6, "6.1",
         "Deliver values and behaviours workshops to all supervisory and middle managers.",
         "Deputy Chief Fire Officer", D(2026, 2, 28), None, 0.7, "G",
         "Workshops delivered to 140 of 200 managers."),
        (None, None, "6.2",
         "Introduce an independent confidential reporting line for staff to raise concerns about "
         "behaviour.", "Head of HR & OD", D(2025, 10, 31), D(2026, 4, 30), 0.3, "A",
         "Procurement took longer than planned; provider to be appointed in February."),
        ("AFI 7", A7, "7.1",
         "Run positive action taster days for under-represented groups before each wholetime "
         "recruitment campaign.", "Head of HR & OD / AM Prevention", D(2026, 3, 31), None, 0.0, "",
         "Not started – first taster days planned for the spring campaign."),
    ]
    r = 8
    pending_merge = []
    for item in rows:
        if item[0] == "band":
            xl_band(ws, r, item[1], ncol, "F2DCDB")
            r += 1
            continue
        afi, text, no, action, owner, target, revised, pct, rag, upd = item
        xl_row(ws, r, [afi, text, no, action, owner, target, revised, pct, "", upd], "dd/mm/yyyy")
        if pct is not None:
            ws.cell(row=r, column=8).number_format = "0%"
        else:
            ws.cell(row=r, column=8, value="n/a")
        if RAGF[rag]:
            ws.cell(row=r, column=9).fill = fill(RAGF[rag])
        if afi is None:
            pending_merge.append(r)
        r += 1
    for rr in pending_merge:
        ws.merge_cells(start_row=rr - 1, start_column=1, end_row=rr, end_column=1)
        ws.merge_cells(start_row=rr - 1, start_column=2, end_row=rr, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for k, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "At risk – some slippage"),
                                    (RED, "Off track – will miss target date"),
                                    (None, "No colour – not started")], start=r + 1):
        c = ws.cell(row=k, column=1)
        if col:
            c.fill = fill(col)
        c.border = BORDER
        ws.cell(row=k, column=2, value=txt)

    key = wb.create_sheet("Owners")
    key["A1"] = "Action owner abbreviations"
    key["A1"].font = Font(bold=True)
    for k, (a, b) in enumerate([("AM", "Area Manager"), ("GM", "Group Manager"),
                                ("HR & OD", "Human Resources and Organisational Development"),
                                ("BAU", "Business as usual")], start=2):
        key.cell(row=k, column=1, value=a)
        key.cell(row=k, column=2, value=b)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 50
    wb.save(out("i2-hereford-worcester-frs-hmicfrs-afi-tracker.xlsx"))


# ==========================================================================
# 7. East of England Ambulance Service NHS Trust - CQC must/should do (xlsx)
# ==========================================================================
def make_eeast():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "CQC Quality Improvement Plan – summary of progress at 30 November 2025"
    sm["A1"].font = Font(bold=True, size=12)
    summ = [("Status", "Must Do", "Should Do", "Total"),
            ("Complete & assured", 2, 0, 2),
            ("Complete", 1, 1, 2),
            ("On track", 2, 2, 4),
            ("Off track", 1, 0, 1),
            ("Total", 6, 3, 9)]
    for i, rowv in enumerate(summ, start=3):
        for j, v in enumerate(rowv, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 3 or i == 3 + len(summ) - 1:
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 24

    ws = wb.create_sheet("QIP Tracker")
    headers = ["Ref", "Core service", "CQC requirement", "Regulation", "Action", "Lead",
               "Due date", "Status", "Evidence of completion / update"]
    ncol = len(headers)
    ws["A1"] = ("East of England Ambulance Service NHS Trust – CQC Quality Improvement Plan: Must Do "
                "and Should Do Actions")
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Progress at 30 November 2025 | Reviewed by the Continuous Improvement and Regulatory "
                "Group and reported to the Quality Governance Committee")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    xl_header(ws, 4, headers, [8, 16, 40, 10, 44, 24, 12, 18, 46], colour="005EB8")
    ws.freeze_panes = "A5"

    SF = {"Complete & assured": BLUE, "Complete": GREEN, "On track": AMBER, "Off track": RED}
    R1 = ("The trust must ensure that all staff complete mandatory training, including "
          "safeguarding level 3, in line with trust targets.")
    R2 = ("The trust must ensure that emergency calls are answered and patients waiting for an "
          "ambulance are clinically assessed and monitored in a timely way.")
    R3 = ("The trust must ensure that its governance processes identify, assess and manage risks "
          "to the quality and safety of services.")
    rows = [
        ("band", "Action the trust MUST take to improve"),
        ("MD1.1", "Emergency and urgent care", R1, "Reg 18",
         "Provide protected training days for frontline staff on each rota cycle.",
         "Head of Education", "Mar 2025", "Complete & assured",
         "Protected days built into rotas from April 2025. Compliance 91% (target 85%); tested by "
         "peer review in June."),
        ("MD1.2", "Emergency and urgent care", R1, "Reg 18",
         "Report mandatory training compliance by sector to the Executive Leadership Team each "
         "month.", "Head of Education / Sector Heads of Operations", "Monthly", "Complete",
         "Monthly report in place since May; awaiting peer review."),
        ("MD2.1", "Emergency operations centre", R2, "Reg 12",
         "Increase clinical navigator cover in the emergency operations centres at peak times.",
         "Director of Operations", "31.03.2026", "On track",
         "Eight of twelve additional clinical navigators recruited; rota changes from January."),
        ("MD2.2", "Emergency operations centre", R2, "Reg 12",
         "Introduce a welfare call-back standard for patients waiting for an ambulance in the lower "
         "categories.", "Head of Clinical Safety", "Sep 2025", "Complete & assured",
         "Standard in place; audit shows 96% of welfare calls made within the time set."),
        ("MD3.1", "Trust-wide (well-led)", R3, "Reg 17",
         "Refresh the risk management framework and train every risk owner in its use.",
         "Director of Corporate Affairs", "Q1 2026/27", "On track",
         "Framework approved by the Board in October; risk owner training starts in January."),
        ("MD3.2", "Trust-wide (well-led)", R3, "Reg 17",
         "Bring the corporate risk register up to date, with every risk reviewed within its review "
         "date.", "Head of Compliance", "28.02.2026", "Off track",
         "41% of risks are past their review date. Extra support from the risk team agreed in "
         "November."),
        ("band", "Action the trust SHOULD take to improve"),
        ("SD1.1", "Emergency and urgent care",
         "The trust should ensure that vehicle and equipment checks are completed and recorded at "
         "the start of every shift.", "",
         "Roll out the electronic vehicle daily inspection app to all ambulance stations.",
         "Head of Fleet", "Jan 2026", "Complete",
         "App live at all 126 stations from 10 November."),
        ("SD2.1", "Emergency operations centre",
         "The trust should ensure that staff receive regular supervision and an annual appraisal.",
         "", "Introduce a supervision tracker for EOC team leaders and report appraisal rates "
             "monthly.", "Deputy Director of People", "Apr 2026", "On track",
         "Tracker live; appraisal rate 78% and rising."),
        ("SD3.1", "Trust-wide (well-led)",
         "The trust should continue to improve the culture in which staff feel able to speak up.",
         "", "Appoint Freedom to Speak Up champions at each station hub and publish themes from "
             "concerns raised each quarter.", "Freedom to Speak Up Guardian", "Dec 2025",
         "On track", "54 champions appointed; first themes report published in October."),
    ]
    r = 5
    for item in rows:
        if item[0] == "band":
            xl_band(ws, r, item[1], ncol, "E8EDF7")
            r += 1
            continue
        xl_row(ws, r, list(item))
        ws.cell(row=r, column=8).fill = fill(SF[item[7]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key (agreed by the CQC Oversight Group)").font = Font(bold=True)
    for k, (col, txt) in enumerate([
            (BLUE, "Blue – Complete & assured: action complete and evidence tested by peer review"),
            (GREEN, "Green – Complete: action delivered, awaiting peer review"),
            (AMBER, "Amber – On track: in progress and expected to meet the due date"),
            (RED, "Red – Off track: at risk of missing the due date")], start=r + 1):
        ws.cell(row=k, column=1).fill = fill(col)
        ws.cell(row=k, column=2, value=txt)
    wb.save(out("i2-eeast-cqc-must-should-do-plan.xlsx"))


if __name__ == "__main__":
    make_cheshire_east()
    make_brighton_sab()
    make_calderdale_dhr()
    make_haringey()
    make_torbay()
    make_hwfrs()
    make_eeast()
    print("done")
