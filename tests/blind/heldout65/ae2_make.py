"""Generator for the ae2- cases of heldout65 (plans outside children's services).

Run with /work/main/.venv/bin/python ae2_make.py  (python-docx, openpyxl).
Writes seven document files beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. West Midlands Police - custody inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
WMP_NAME = "ae2-west-midlands-police-custody-inspection-action-plan.xlsx"

WMP_COC1 = ("Cause of concern 1: Oversight of the use of force in custody was weak. Not all "
            "incidents were recorded and records and CCTV were not routinely reviewed to identify "
            "learning. The force should make sure that all use of force in custody is recorded, "
            "justified and proportionate, and that it is effectively governed.")
WMP_COC2 = ("Cause of concern 2: Detainees, including children, spent too long in custody waiting "
            "for transfer to court or to suitable accommodation, and the force did not monitor these "
            "delays. The force should work with partners to reduce the time detainees spend in custody.")

# rows: ("section", text) or ("act", ref, finding (None = merged with row above), action, owner,
#        target, revised, update, rag)
WMP_ROWS = [
    ("section", "Causes of concern and recommendations"),
    ("act", "CoC1.1", WMP_COC1,
     "Introduce a monthly use of force review panel chaired by the custody Superintendent, "
     "dip-sampling at least 20 incidents a month against CCTV and the custody record.",
     "Supt Criminal Justice Services", D(2024, 9, 30), None,
     "Panel established August 2024 and has met five times. Dip sample increased to 25 incidents "
     "a month from November.", "Complete"),
    ("act", "CoC1.2", None,
     "Amend the custody record so that a use of force form must be completed before the record can "
     "be closed where force was used in the suite.",
     "Ch Insp Custody Operations", D(2024, 12, 31), D(2025, 3, 31),
     "Change requested from the custody system supplier; release has slipped to the March 2025 "
     "upgrade window.", "Amber"),
    ("act", "CoC2.1", WMP_COC2,
     "Produce a weekly report of all detentions over 24 hours and all children held overnight, "
     "reviewed at the daily custody management meeting.",
     "T/Insp Custody Quality & Standards", D(2024, 10, 31), None,
     "Weekly report in place since 7 October 2024. Overnight detention of children is now reviewed "
     "by the duty Superintendent the following morning.", "Complete"),
    ("act", "CoC2.2", None,
     "Agree a protocol with the seven West Midlands local authorities for the provision of PACE beds "
     "for children charged and refused bail.",
     "Supt Criminal Justice Services; Head of Partnerships", D(2025, 3, 31), None,
     "Draft protocol shared with children's services leads in December 2024. Two authorities have "
     "still to confirm sign-off.", "Green"),
    ("section", "Areas for improvement – Leadership, accountability and partnerships"),
    ("act", "AFI 1",
     "The force should make sure that custody staffing levels are sufficient to meet demand at all "
     "times, including at peak periods.",
     "Complete a custody demand and resourcing review and move detention officer shift patterns to "
     "match peak demand between 16:00 and 02:00.",
     "Ch Insp Custody Operations", D(2025, 1, 31), None,
     "Review completed. New shift pattern is out to consultation with staff associations, with "
     "implementation planned for April 2025.", "Amber"),
    ("act", "AFI 2",
     "The force should improve the quality of its custody performance data so that leaders can "
     "identify trends and drive improvement.",
     "Develop a custody performance dashboard covering detention times, use of force, strip "
     "searches and protected characteristics.",
     "Custody Performance Analyst / Ch Insp Custody Operations", D(2024, 11, 30), None,
     "Dashboard live from 18 November 2024 and reported to each Custody Strategic Board.",
     "Complete"),
    ("section", "Areas for improvement – In the custody suite: booking in, individual needs and "
                "legal rights"),
    ("act", "AFI 3",
     "The force should make sure that detainees' privacy is protected at the booking-in desks.",
     "Install privacy screens at the Perry Barr and Oldbury booking-in desks and brief staff on use "
     "of the private booking-in room.",
     "Head of Estates", D(2025, 2, 28), None,
     "Screens ordered and installation booked for w/c 10 February 2025.", "Green"),
    ("act", "AFI 4",
     "The force should make sure that appropriate adults are available promptly to support "
     "vulnerable adults, including out of hours.",
     "Re-commission the appropriate adult service for vulnerable adults jointly with the local "
     "authorities, with an out-of-hours response standard of two hours.",
     "Head of Partnerships", D(2025, 6, 30), None,
     "Procurement under way. The current contract has been extended so that the new service can "
     "start without a gap.", "Green"),
    ("section", "Areas for improvement – In the custody suite: care and welfare"),
    ("act", "AFI 5",
     "The force should make sure that detainees are offered showers, exercise and reading "
     "materials, and that this is recorded.",
     "Add welfare offers (shower, exercise, reading material) as mandatory fields on the custody "
     "record and audit compliance monthly.",
     "T/Insp Custody Quality & Standards", D(2024, 12, 31), None,
     "Custody record change held up behind the supplier release. Monthly audit template agreed "
     "but not yet in use.", "Red"),
    ("act", "AFI 6",
     "The force should make sure that the removal of clothing and strip searches are justified, "
     "authorised and recorded.",
     "Issue revised strip search guidance and deliver a training input to all custody sergeants "
     "and inspectors.",
     "Custody Training Lead", D(2024, 10, 31), None,
     "Guidance issued 2 October 2024. All custody sergeants and inspectors trained by 25 October.",
     "Complete"),
    ("section", "Areas for improvement – Release and transfer from custody"),
    ("act", "AFI 7",
     "The force should make sure that pre-release risk assessments are meaningful and that "
     "vulnerable detainees are given support on release.",
     "Introduce a pre-release checklist and signposting leaflet, including mental health and "
     "substance misuse services, for all detainees released from custody.",
     "Ch Insp Custody Operations", "Ongoing", None,
     "Checklist in use in all suites. Leaflet being translated into the five most requested "
     "languages.", "Green"),
]

RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_wmp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Custody Action Plan"
    widths = [10, 48, 48, 24, 13, 13, 44, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "West Midlands Police – Custody Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = ("Response to the HMICFRS / CQC joint unannounced inspection of police custody "
                "(fieldwork March 2024, report published July 2024)")
    ws["A3"] = "Plan owner: Supt Criminal Justice Services    Last updated: 14/01/2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Finding (cause of concern / area for improvement)", "Action", "Action owner",
           "Target date", "Revised target date", "Progress update", "RAG"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BORDER
    r += 1
    merge_start = None
    for row in WMP_ROWS:
        if row[0] == "section":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = fill(GREY)
                ws.cell(r, c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, ref, finding, action, owner, target, revised, update, rag = row
        vals = [ref, finding, action, owner, target, revised, update, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BORDER
        if isinstance(target, dt.datetime):
            ws.cell(r, 5).number_format = "mmm-yy"
        if isinstance(revised, dt.datetime):
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(RAG_FILL[rag])
        if finding is None:
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        else:
            merge_start = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    key = [("Complete", BLUE, "Action delivered and evidence provided to the Custody Strategic Board"),
           ("Green", GREEN, "On track to meet the target date"),
           ("Amber", AMBER, "At risk of missing the target date"),
           ("Red", RED, "Target date missed / action off track")]
    for name, col, text in key:
        r += 1
        ws.cell(r, 1, name).fill = fill(col)
        ws.cell(r, 2, text)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, WMP_NAME))


# ---------------------------------------------------------------------------
# 2. Hull City Council - in-house reablement service CQC action plan (xlsx)
# ---------------------------------------------------------------------------
HULL_NAME = "ae2-hull-reablement-service-cqc-improvement-action-plan.xlsx"

HULL_F1 = ("Regulation 12 Safe care and treatment: Risks to people's health and safety were not "
           "always assessed or mitigated. Moving and handling and falls risk assessments were "
           "missing or incomplete for some people.")
HULL_F2 = ("Regulation 12 Safe care and treatment: Medicines were not always managed safely. "
           "Medicine administration records had gaps and staff competency checks were out of date.")
HULL_F3 = ("Regulation 11 Need for consent: Where people may have lacked capacity to consent, "
           "mental capacity assessments and best interest decisions were not recorded.")
HULL_F4 = ("Regulation 17 Good governance: Systems to assess, monitor and improve the quality of "
           "the service were not effective and had not identified the concerns found at this "
           "inspection.")

# (key question or None, finding or None, no, action, lead, completion, update, fill or None)
HULL_ROWS = [
    ("Safe", HULL_F1, "1.1",
     "Audit all open reablement packages to confirm each person has a completed moving and "
     "handling and falls risk assessment.",
     "Reablement Team Leaders", D(2025, 1, 31),
     "Audit of 212 open packages completed 24/01/2025; 31 assessments updated.", BLUE),
    (None, None, "1.2",
     "Revise the initial assessment template so that risk assessments must be completed before "
     "the first visit can be scheduled on the rota system.",
     "Principal OT", D(2025, 2, 28),
     "New template live from 10/02/2025.", BLUE),
    (None, None, "1.3",
     "Introduce monthly case file audits (10% sample) with findings reported to the ASC Quality "
     "Assurance Board.",
     "Registered Manager", "Monthly",
     "January and February audits completed; themes fed back at team meetings.", GREEN),
    (None, HULL_F2, "2.1",
     "All reablement support workers who administer medicines to complete refreshed medicines "
     "training and an observed competency assessment.",
     "ASC Workforce Development Manager", D(2025, 3, 31),
     "78% of staff assessed to date. Further sessions running through March.", AMBER),
    (None, None, "2.2",
     "Introduce electronic MAR charts through the care monitoring system so that a missed dose "
     "alerts the duty coordinator.",
     "Karen Holt / Dan Mercer", "End of April 2025",
     "System configured and being tested with the east locality team.", GREEN),
    ("Effective", HULL_F3, "3.1",
     "Deliver Mental Capacity Act refresher training to all team leaders and assessors, including "
     "how to record capacity assessments and best interest decisions.",
     "Principal Social Worker", D(2025, 4, 30),
     "Two of four sessions delivered.", GREEN),
    (None, None, "3.2",
     "Add a consent and capacity prompt to the reablement assessment so that both are recorded at "
     "the first visit.",
     "Principal OT", D(2025, 2, 28),
     "Prompt added to assessment form from 10/02/2025.", BLUE),
    ("Well-led", HULL_F4, "4.1",
     "Refresh the service's quality assurance framework, including a quarterly quality report to "
     "the Head of Reablement & Intermediate Care.",
     "Registered Manager", D(2025, 3, 31),
     "Draft framework written; first quarterly report delayed by the medicines audit.", AMBER),
    (None, None, "4.2",
     "Seek feedback from people at the end of each reablement episode and publish a 'You said, we "
     "did' summary each quarter.",
     "Customer Feedback Officer", "Q1 2025/26",
     "Not yet started – survey questions being agreed with Healthwatch.", None),
    (None, None, "4.3",
     "Commission an independent mock inspection of the service against the CQC single assessment "
     "framework.",
     "Head of Reablement & Intermediate Care", D(2025, 6, 30),
     "Provider not identified; budget approval still awaited.", RED),
]


def make_hull():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [13, 44, 7, 50, 26, 15, 42, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Hull City Council – Adult Social Care"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Reablement Service: CQC Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection: 8–21 October 2024   Report published: 17 December 2024   "
                "Overall rating: Requires Improvement")
    ws["A4"] = "Plan owner: Registered Manager   Version 3 – updated 03/03/2025"
    ws["A4"].font = Font(italic=True)
    hdr = ["Key question", "Regulation / CQC finding", "No.", "Action", "Lead",
           "Completion date", "Progress update", "RAG"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    kq_start = fd_start = None
    rows = HULL_ROWS
    for i, (kq, finding, no, action, lead, when, update, rag) in enumerate(rows):
        vals = [kq, finding, no, action, lead, when, update, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(r, 1).font = Font(bold=True)
        if isinstance(when, dt.datetime):
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(r, 8).fill = fill(rag)
        if kq is not None:
            kq_start = r
        if finding is not None:
            fd_start = r
        nxt = rows[i + 1] if i + 1 < len(rows) else ("END", "END")
        if nxt[0] is not None and r > kq_start:
            ws.merge_cells(start_row=kq_start, start_column=1, end_row=r, end_column=1)
        if nxt[1] is not None and r > fd_start:
            ws.merge_cells(start_row=fd_start, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for col, text in [(BLUE, "Blue = completed and embedded"),
                      (GREEN, "Green = on track"),
                      (AMBER, "Amber = some slippage, recovery in place"),
                      (RED, "Red = not on track, escalated to Head of Service")]:
        r += 1
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 2, text)
    r += 1
    ws.cell(r, 2, "No colour = not yet started")
    wb.save(os.path.join(HERE, HULL_NAME))


# ---------------------------------------------------------------------------
# 3. Amber Valley BC - ICO data protection audit action plan (xlsx, mistyped month)
# ---------------------------------------------------------------------------
AV_NAME = "ae2-amber-valley-ico-data-protection-audit-action-plan.xlsx"

# ("area", text) or (ref, recommendation, priority, response, officer, date, progress, status)
AV_ROWS = [
    ("area", "Governance and Accountability"),
    ("a4", "The Council should review the Information Governance Group's terms of reference so "
           "that it receives regular assurance reporting on data protection compliance.",
     "High", "Terms of reference to be revised and a quarterly IG assurance report introduced.",
     "Data Protection Officer", D(2025, 6, 30),
     "Revised terms of reference approved by CMT 14 May 2025.", "Complete"),
    ("a9", "The Council should complete its Record of Processing Activities (ROPA) for all "
           "service areas and assign an owner to each entry.",
     "High", "Service areas to complete ROPA returns with IG team support; IAOs to sign off.",
     "Information Governance Officer", D(2025, 12, 31),
     "14 of 19 service areas returned. Chasers issued via Heads of Service.", "On track"),
    ("a13", "The Council should introduce a documented process for carrying out and approving "
            "Data Protection Impact Assessments (DPIAs).",
     "Medium", "DPIA procedure and screening template to be published on the intranet.",
     "Data Protection Officer", "30 Setpember 2025",
     "Draft procedure out for comment with ICT and Legal.", "At risk"),
    ("area", "Training and Awareness"),
    ("b2", "The Council should make data protection training mandatory for all staff and members "
           "and monitor completion rates.",
     "High", "Annual mandatory e-learning module; completion reported to CMT monthly.",
     "HR & OD Manager", D(2025, 9, 30),
     "Module live. Completion at 83% of staff; member sessions booked.", "On track"),
    ("b6", "The Council should provide specialist training for staff who handle subject access "
           "requests.",
     "Medium", "Two workshops for SAR coordinators delivered by external provider.",
     "Information Governance Officer", D(2025, 11, 30), "", "Not started"),
    ("area", "Records Management"),
    ("c3", "The Council should approve and publish a corporate retention schedule.",
     "High", "Retention schedule to be refreshed against the LGA model and approved by CMT.",
     "Records Manager", D(2025, 8, 31),
     "Retention schedule drafted but service sign-off outstanding for Planning and Housing.",
     "Overdue"),
    ("c7", "The Council should carry out a review of paper records held at Town Hall and the "
           "off-site store.",
     "Low", "Records survey of the basement store and off-site boxes to be completed.",
     "Records Manager / Facilities Manager", D(2026, 3, 31),
     "Survey of basement complete; off-site store scheduled for the new year.", "On track"),
    ("area", "Subject Access Requests"),
    ("d1", "The Council should log and track all subject access requests centrally so that "
           "statutory deadlines can be monitored.",
     "High", "SAR log moved to the case management system with automated deadline reminders.",
     "Information Governance Officer", D(2025, 7, 31),
     "Live from 1 July 2025. Performance reported in the quarterly IG report.", "Complete"),
    ("d4", "The Council should publish guidance for staff on the use of exemptions and "
           "redaction.",
     "Medium", "Guidance note and redaction checklist to be issued.",
     "Legal Services Manager", D(2025, 10, 31), "", "On track"),
]

STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED,
               "Not started": None}


def make_av():
    wb = Workbook()
    ws = wb.active
    ws.title = "ICO Action Plan"
    widths = [7, 48, 10, 44, 26, 18, 40, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Amber Valley Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "ICO Data Protection Audit – Agreed Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Consensual audit by the Information Commissioner's Office, January 2025. "
                "Progress position at 30 September 2025, reported to Audit Committee.")
    hdr = ["ICO Ref", "ICO Recommendation", "Priority", "Management response / agreed action",
           "Responsible officer", "Implementation date", "Progress update", "Status"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2E75B6")
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    for row in AV_ROWS:
        if row[0] == "area":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("DDEBF7")
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c)
            if v != "":
                cell.value = v
            cell.alignment = WRAP
            cell.border = BORDER
        if isinstance(row[5], dt.datetime):
            ws.cell(r, 6).number_format = "d mmmm yyyy"
        f = STATUS_FILL[row[7]]
        if f:
            ws.cell(r, 8).fill = fill(f)
        r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) – On track (green) – At risk (amber) – "
                  "Overdue (red) – Not started (no colour)")
    ws.cell(r, 1).font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, AV_NAME))


# ---------------------------------------------------------------------------
# 4. South Holland DC - scrutiny task group, cabinet response and action plan (docx)
# ---------------------------------------------------------------------------
SH_NAME = "ae2-south-holland-empty-homes-scrutiny-task-group-cabinet-response.docx"

# (no, recommendation, response, action paragraphs, lead, timescale, progress)
SH_ROWS = [
    ("1", "That the Council adopts an Empty Homes Strategy setting out how it will bring long-term "
          "empty properties back into use.",
     "Accepted",
     ["Draft an Empty Homes Strategy 2025–2028 for consultation with members and partners.",
      "Report the final strategy to Cabinet for adoption."],
     "Private Sector Housing Manager", "September 2025", "On track"),
    ("2", "That a dedicated Empty Homes Officer post is established for a two-year fixed term.",
     "Accepted",
     ["Recruit a fixed-term Empty Homes Officer funded from the New Homes Bonus reserve."],
     "Head of Housing and Wellbeing", "31 March 2025", "Completed"),
    ("3", "That the long-term empty homes council tax premium is applied from one year rather "
          "than two years, as now permitted.",
     "Accepted",
     ["Prepare a report to Council on the revised premium, including an equality impact "
      "assessment.",
      "Write to all affected owners at least one month before the change takes effect."],
     "Revenues and Benefits Manager", "April 2025", "Completed"),
    ("4", "That officers make greater use of enforcement powers, including Empty Dwelling "
          "Management Orders and enforced sale, where owners do not engage.",
     "Accepted in part",
     ["Agree an enforcement protocol setting out the escalation steps and the tests for an "
      "enforced sale. Empty Dwelling Management Orders will be considered case by case given "
      "their cost."],
     "Private Sector Housing Manager / Legal Services Manager", "Q3 2025/26", "On track"),
    ("5", "That an interest-free loan scheme is offered to owners to bring empty properties up "
          "to the Decent Homes Standard.",
     "Accepted in part",
     ["Explore a loan scheme with Lincolnshire Housing Partnership; any scheme to be limited "
      "to properties that will be let at an affordable rent."],
     "Head of Housing and Wellbeing", "TBC", "Not started"),
    ("6", "That ward members are given a quarterly list of long-term empty properties in their "
          "ward.",
     "Accepted",
     ["Circulate a quarterly ward list through the Members' Bulletin, subject to data "
      "protection advice."],
     "Empty Homes Officer", "Quarterly", "On track"),
    ("7", "That the Council promotes the empty homes service through its website, social media "
          "and In Touch magazine.",
     "Accepted",
     ["Refresh the empty homes web pages and run a campaign in the spring edition of In Touch."],
     "Communications Manager", "30/06/2025", "Red"),
]

SH_RAG_SHADE = {"Completed": "9BC2E6", "On track": "C6E0B4", "Not started": None, "Red": "FF7C80"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def make_sh():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("South Holland District Council").runs[0].bold = True
    doc.add_heading("Empty Homes Task Group – Cabinet Response and Action Plan", level=1)
    doc.add_paragraph(
        "The Performance Monitoring Panel established the Empty Homes Task Group in June 2024 to "
        "examine how the Council can reduce the number of long-term empty homes in the district. "
        "The Task Group's final report was considered by Cabinet on 11 February 2025. This "
        "appendix sets out Cabinet's response to each recommendation and the actions agreed, and "
        "will be used by the Panel to monitor implementation.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        dc.rows[0].cells[c].text = h
    bold_row(dc.rows[0])
    for v in [("0.1", "20/01/2025", "Scrutiny Officer", "Draft for officer comment"),
              ("1.0", "11/02/2025", "Scrutiny Officer", "As agreed by Cabinet"),
              ("1.1", "02/06/2025", "Scrutiny Officer", "Progress update for Performance "
                                                         "Monitoring Panel")]:
        cells = dc.add_row().cells
        for c, t in enumerate(v):
            cells[c].text = t
    doc.add_paragraph()
    doc.add_paragraph("Cabinet response and action plan").runs[0].bold = True
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = ["No.", "Task Group recommendation", "Cabinet response", "Action to be taken",
           "Lead officer", "Timescale", "Progress (June 2025)"]
    for c, h in enumerate(hdr):
        t.rows[0].cells[c].text = h
        shade(t.rows[0].cells[c], "D9E2F3")
    bold_row(t.rows[0])
    for no, rec, resp, acts, lead, when, prog in SH_ROWS:
        cells = t.add_row().cells
        cells[0].text = no
        cells[1].text = rec
        cells[2].text = resp
        first = True
        for a in acts:
            if first and len(acts) == 1:
                cells[3].text = a
            elif first:
                cells[3].paragraphs[0].text = a
                cells[3].paragraphs[0].style = doc.styles["List Bullet"]
            else:
                cells[3].add_paragraph(a, style="List Bullet")
            first = False
        cells[4].text = lead
        cells[5].text = when
        cells[6].text = prog
        if SH_RAG_SHADE.get(prog):
            shade(cells[6], SH_RAG_SHADE[prog])
    doc.add_paragraph()
    doc.add_paragraph("Progress is reported to the Performance Monitoring Panel every six months "
                      "until all actions are complete.").runs[0].italic = True
    doc.save(os.path.join(HERE, SH_NAME))


# ---------------------------------------------------------------------------
# 5. Newark & Sherwood CSP - serious violence local delivery plan (docx)
# ---------------------------------------------------------------------------
NS_NAME = "ae2-newark-sherwood-csp-serious-violence-delivery-plan.docx"

# (priority heading, [(ref, action, lead, partners, timescale, rag, update)])
NS_PRIORITIES = [
    ("Priority 1: Prevention and early intervention", [
        ("1.1", "Deliver knife crime awareness sessions in all secondary schools and the two "
                "further education colleges in the district.",
         "Nottinghamshire Police – Schools and Early Intervention Officer",
         "Secondary schools, Newark College, VRU", "March 2025", "G",
         "Sessions delivered in 7 of 9 schools. College sessions booked for February."),
        ("1.2", "Commission detached youth work in Ollerton and Newark town centre on Friday and "
                "Saturday evenings.",
         "NSDC Community Safety Manager", "Nottinghamshire County Council Youth Service",
         "Sept 2024 – March 2025", "B",
         "Detached sessions running since September; 318 contacts with young people to date."),
        ("1.3", "Develop a referral pathway from A&E at King's Mill Hospital to the VRU youth "
                "navigator service for 11–25 year olds attending with violence-related injuries.",
         "Nottinghamshire VRU", "Sherwood Forest Hospitals NHS FT", "Q4 2024/25", "A",
         "Data sharing agreement with the hospital trust still to be signed."),
    ]),
    ("Priority 2: Reducing violence in the night-time economy", [
        ("2.1", "Re-launch the Newark Pubwatch scheme and agree a common banning protocol across "
                "licensed premises.",
         "NSDC Licensing Manager / Police Licensing Officer", "Licensed premises, BID",
         "December 2024", "B", "Pubwatch relaunched 14 November 2024 with 23 premises signed up."),
        ("2.2", "Extend the town centre CCTV coverage to the Castle Gate and Lombard Street "
                "car parks.",
         "NSDC CCTV & Public Space Manager", "", "31/03/2025", "R",
         "Capital bid unsuccessful; alternative funding being sought through the PCC."),
        ("2.3", "Train door staff and bar staff in vulnerability awareness and the 'Ask for "
                "Angela' scheme.",
         "NSDC Community Safety Manager", "Nottinghamshire Police, SIA", "Ongoing", "G",
         "Four sessions held; 86 staff trained."),
    ]),
    ("Priority 3: Tackling domestic abuse and violence against women and girls", [
        ("3.1", "Complete a women's safety audit of Newark town centre and the riverside, with "
                "actions fed into the Town Centre Partnership.",
         "NSDC Community Safety Manager", "Newark Town Council, Notts Police", "Q2 2024/25",
         "B", "Audit completed August 2024; lighting improvements commissioned."),
        ("3.2", "Increase the number of Domestic Abuse Champions across partner organisations to "
                "60.",
         "Juno Women's Aid and NSDC Safeguarding Lead", "All CSP partners", "March 2025", "A",
         "42 champions trained. Further courses limited by trainer availability."),
        ("3.3", "Review the local response to high-risk repeat victims discussed at MARAC and "
                "report findings to the CSP Board.",
         "Nottinghamshire Police – Public Protection", "MARAC partners", "June 2025", "",
         "Not yet started – scheduled for Q1 2025/26."),
    ]),
]

NS_SHADE = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_ns():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Newark and Sherwood Community Safety Partnership").runs[0].bold = True
    doc.add_heading("Serious Violence Local Delivery Plan 2024–25", level=1)
    doc.add_paragraph(
        "This delivery plan sets out how the Newark and Sherwood Community Safety Partnership "
        "will contribute locally to the Nottinghamshire Serious Violence Response Strategy, "
        "prepared under the Serious Violence Duty (Police, Crime, Sentencing and Courts Act "
        "2022). It is based on the findings of the 2023 Strategic Needs Assessment and is "
        "monitored quarterly by the CSP Board. This version shows progress at the end of "
        "Quarter 3 (December 2024).")
    for heading, rows in NS_PRIORITIES:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        hdr = ["Ref", "Action", "Lead agency / officer", "Partners", "Timescale", "RAG",
               "Q3 update"]
        for c, h in enumerate(hdr):
            t.rows[0].cells[c].text = h
            shade(t.rows[0].cells[c], "E7E6E6")
        bold_row(t.rows[0])
        for ref, action, lead, partners, when, rag, update in rows:
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead, partners, when, rag, update]):
                cells[c].text = v
            if rag:
                shade(cells[5], NS_SHADE[rag])
        doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, text in [("B", "Complete"), ("G", "On track"),
                         ("A", "Some risk to delivery – mitigation in place"),
                         ("R", "Off track – escalated to CSP Board")]:
        cells = k.add_row().cells
        cells[0].text = letter
        shade(cells[0], NS_SHADE[letter])
        cells[1].text = text
    doc.save(os.path.join(HERE, NS_NAME))


# ---------------------------------------------------------------------------
# 6. Blaby DC - Prevent duty action plan (csv export, impossible year)
# ---------------------------------------------------------------------------
HB_NAME = "ae2-blaby-prevent-duty-action-plan.csv"

HB_HEADER = ["Toolkit section", "Ref", "Action", "Lead officer", "Partners", "Target date",
             "RAG", "Progress update"]
HB_ROWS = [
    ["Multi-agency partnership group", "1.1",
     "Confirm Prevent as a standing item on the Community Safety Partnership agenda, with a "
     "quarterly update from the Prevent lead.",
     "Community Safety Manager", "Leicestershire Police, LCC Prevent Coordinator", "30/06/2024",
     "Blue", "Standing item since the June 2024 CSP meeting."],
    ["Local risk assessment process", "2.1",
     "Use the Counter Terrorism Local Profile briefing to update the district's Prevent risk "
     "assessment and share it with CSP partners.",
     "Community Safety Manager", "Counter Terrorism Policing East Midlands", "30/09/2024",
     "Green", "CTLP briefing received November 2024. Risk assessment being redrafted."],
    ["Partnership plan", "3.1",
     "Produce a Blaby District Prevent partnership plan aligned to the Leicestershire "
     "Prevent delivery plan.",
     "Community Safety Manager", "LCC Prevent Coordinator", "31/12/2024", "Amber",
     "Waiting for the county delivery plan to be finalised."],
    ["Referral pathway", "4.1",
     "Update the council's safeguarding procedure so that the Prevent referral route and the "
     "national referral form are included.",
     "Safeguarding Lead Officer", "", "31/10/2024", "Blue",
     "Procedure updated and reissued to all staff."],
    ["Channel panel", "5.1",
     "Confirm the council's representative and deputy for the Leicestershire Channel panel.",
     "Head of Community Services", "LCC Channel Chair", "31/07/2024", "Blue",
     "Representative and deputy confirmed."],
    ["Training programme", "6.1",
     "All staff to complete the Home Office Prevent awareness e-learning, with completion "
     "monitored through the learning system.",
     "HR Manager", "", "31/03/2025", "Green",
     "Completion at 71%. Reminders issued via managers."],
    ["Training programme", "6.2",
     "Deliver face-to-face Prevent training to elected members and frontline staff in housing, "
     "licensing and customer services.",
     "Safeguarding Lead Officer", "LCC Prevent Coordinator", "31/03/2205", "Amber",
     "Member session held in January. Frontline sessions to be rescheduled."],
    ["Reducing permissive environments", "7.1",
     "Review the venue hire terms and conditions for council buildings so that bookings can be "
     "refused where there is a risk of extremist speakers.",
     "Facilities Manager", "Legal Services", "31/12/2024", "Red",
     "Not yet progressed due to capacity in Legal Services."],
    ["Reducing permissive environments", "7.2",
     "Check that the web filtering on council public-access computers at the Council Offices blocks "
     "terrorist and extremist material.",
     "ICT Manager", "", "30/09/2024", "Blue", "Filtering tested and confirmed."],
    ["Communications and engagement", "8.1",
     "Publish Prevent information and the referral route on the council website and in the "
     "Blaby Talking residents' magazine.",
     "Communications Officer", "", "31/01/2025", "Green",
     "Web page drafted; magazine article planned for the spring edition."],
]


def make_hb():
    with open(os.path.join(HERE, HB_NAME), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(HB_HEADER)
        for row in HB_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Dorset & Wiltshire FRS - Grenfell Tower Inquiry Phase 1 tracker (tab-separated txt)
# ---------------------------------------------------------------------------
DW_NAME = "ae2-dorset-wiltshire-frs-grenfell-phase1-recommendations-tracker.txt"

DW_HEADER = ["GTI Ref", "Theme", "Recommendation", "DWFRS Action", "Owner", "Target Date",
             "RAG", "Comments"]
# theme is given only on the first row of each theme, as in the merged source sheet
DW_ROWS = [
    ["33.10(a)", "Knowledge and understanding of materials",
     "That all fire and rescue services ensure that their personnel at all levels understand the "
     "risk of fire taking hold in the external walls of high-rise buildings and know how to "
     "recognise it when it occurs.",
     "Deliver the NFCC external wall fire spread training package to all operational staff and "
     "include it in the maintenance of competence programme.",
     "GM Training & Development", "31/03/2023", "Blue",
     "Package delivered to all watches and on-call units. Now part of the MOC cycle."],
    ["33.12(b)", "Plans",
     "That the owner and manager of every high-rise residential building be required by law to "
     "provide their local fire and rescue service with up-to-date plans in both paper and "
     "electronic form.",
     "Set up a process to receive, check and upload building plans provided under the Fire "
     "Safety (England) Regulations 2022 to the mobile data terminals.",
     "SM Protection (High Rise)", "Mar-24", "Green",
     "Process live. 61 of 64 high-rise residential buildings now have plans on the MDTs."],
    ["33.13(b)", "Lifts",
     "That the owner and manager of every high-rise residential building be required by law to "
     "carry out regular inspections of any lifts designed for use by firefighters and to report "
     "the results to the fire and rescue service monthly.",
     "Create a recording process for monthly lift fault reports from responsible persons and "
     "flag faults to crews through the risk information system.",
     "SM Protection (High Rise) / GM Ops Policy", "31/12/2023", "Blue",
     "Reports received through the protection inbox and flagged on the MDTs."],
    ["33.15(a)", "Communication between the control room and the incident commander",
     "That all fire and rescue services develop policies for handling a large number of fire "
     "survival guidance calls made simultaneously.",
     "Agree the FSG policy and shared call handling arrangements with the Networked Fire "
     "Services Partnership control rooms.",
     "GM Control", "Q1 2024/25", "Amber",
     "Policy drafted. Awaiting sign-off by the partner services."],
    ["33.15(c)", "",
     "That all fire and rescue services ensure that there is a dedicated means of communicating "
     "fire survival guidance information between the control room, the bridgehead and the "
     "incident commander.",
     "Trial the digital FSG information sharing solution between control and the command unit.",
     "GM Control; Head of ICT", "Sept 2024", "Green",
     "Trial equipment installed on the command unit. Exercise planned for the summer."],
    ["33.17(d)", "Emergency calls",
     "That control room operators receive training directed specifically to handling such a "
     "change of advice and communicating it to callers.",
     "Deliver scenario-based training on changing from 'stay put' to 'get out' advice to all "
     "control room staff.",
     "GM Control", "30/11/2023", "Blue",
     "All control staff trained. Refreshed annually."],
    ["33.22(b)", "Evacuation",
     "That all fire and rescue services be equipped with smoke hoods to assist in the evacuation "
     "of occupants through smoke-filled exit routes.",
     "Procure smoke hoods for all front-line appliances and train crews in their use.",
     "AM Response", "Awaiting national guidance", "Amber",
     "Procurement on hold pending the NFCC product specification."],
    ["33.22(e)", "",
     "That all fire and rescue services develop policies for partial and total evacuation of "
     "high-rise residential buildings and training to support them.",
     "Publish the high-rise evacuation policy and deliver the associated incident command "
     "training to all level 1 and 2 commanders.",
     "GM Ops Policy", "31/05/2024", "Green",
     "Policy published February 2024. Command training 70% complete."],
    ["33.31(a)", "Co-operation between emergency services",
     "That the Metropolitan Police Service, the London Fire Brigade and the London Ambulance "
     "Service investigate ways of improving the collection of information about survivors "
     "and making it available more rapidly to those wishing to make contact with them.",
     "Review the Dorset and Wiltshire LRF survivor reception arrangements with police and "
     "ambulance partners.",
     "AM Response", "Dec-24", "",
     "Not started. To be picked up through the LRF exercise programme."],
]


def make_dw():
    lines = []
    lines.append("Dorset & Wiltshire Fire and Rescue Service" + "\t" * 7)
    lines.append("Grenfell Tower Inquiry Phase 1 – Recommendations Tracker" + "\t" * 7)
    lines.append("Position at 31 January 2024" + "\t" * 7)
    lines.append("\t" * 7)
    lines.append("\t".join(DW_HEADER))
    for row in DW_ROWS:
        lines.append("\t".join(row))
    lines.append("\t" * 7)
    lines.append("RAG: Blue = complete and closed by the Service Leadership Team; Green = on "
                 "track; Amber = delayed or dependent on national work; Red = off track. Blank = "
                 "not started." + "\t" * 7)
    with open(os.path.join(HERE, DW_NAME), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_wmp()
    make_hull()
    make_av()
    make_sh()
    make_ns()
    make_hb()
    make_dw()


if __name__ == "__main__":
    main()
