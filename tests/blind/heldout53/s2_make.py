"""Make the s2- blind-corpus documents (heldout53).

Run with /work/main/.venv/bin/python s2_make.py ; writes the seven document
files beside this script. The expected readings (*.expected.yaml) are written
by hand from the same content and are not produced here.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# colours as councils use them
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
LBLUE = "9BC2E6"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Kent County Council - ASC CQC local authority assessment improvement plan
# ---------------------------------------------------------------------------
KENT_ROWS = [
    ("theme", "Theme 1: Working with people"),
    ("afi", "Waiting times for Care Act assessments and reviews are too long, and people are not always kept informed while they wait.", [
        ("1.1", "Introduce a single countywide triage of the assessment waiting list, with risk-rated contact for everyone who has waited more than 28 days.",
         "Assistant Director Adult Social Care (East Kent)", D(2025, 9, 30), None,
         "Triage tool live in all four areas since September. 96% of people waiting over 28 days have had a keeping-in-touch call.", "Green"),
        ("1.2", "Reduce the number of overdue annual reviews by targeting people with no review in the last 24 months first.",
         "Head of Service Improvement", D(2026, 3, 31), None,
         "Overdue reviews down from 6,870 to 5,410. Additional review team recruited but two posts still vacant.", "Amber"),
    ]),
    ("afi", "Unpaid carers do not consistently receive a carer's assessment or timely support.", [
        ("1.3", "Recommission the carers' support service jointly with the ICB, with a single front door for carers' assessments.",
         "Head of Commissioning / Carers Lead", "Apr-26", None,
         "Market engagement complete. Procurement timetable agreed with Kent and Medway ICB.", "Green"),
        ("1.4", "Make sure a carer's assessment is offered at every Care Act assessment where there is a carer, and audit this monthly.",
         "Principal Social Worker", D(2025, 7, 31), D(2025, 10, 31),
         "Mosaic form changed in August. First two monthly audits show 71% and 78% offered; target is 90%.", "Amber"),
    ]),
    ("blank",),
    ("theme", "Theme 2: Providing support"),
    ("afi", "Young people moving from children's services do not always have a planned transition to adult social care.", [
        ("2.1", "Set up a joint Preparing for Adulthood panel that tracks every young person with likely adult care needs from age 14.",
         "DASS and DCS", "Q3 2025/26", None,
         "Terms of reference agreed. First panel meeting booked for November.", "Green"),
        ("2.2", "Publish a joint transitions protocol for young people, families and practitioners.",
         "Head of Preparing for Adulthood", D(2025, 6, 30), None,
         "Protocol published on KCC website and Kent Local Offer in June 2025.", "Complete"),
    ]),
    ("afi", "Waits for occupational therapy assessments and equipment vary across the county.", [
        ("2.3", "Use trusted assessors in the community equipment service so that simple equipment is provided without an OT assessment.",
         "Head of OT and Sensory Services", "Ongoing", None,
         "62 trusted assessors trained so far. Median wait in West Kent has fallen from 14 to 9 weeks.", "Green"),
    ]),
    ("blank",),
    ("theme", "Theme 3: Ensuring safety"),
    ("afi", "Safeguarding concerns are not always screened within timescales, and thresholds are applied differently between areas.", [
        ("3.1", "Centralise screening of all safeguarding concerns in the Adult Safeguarding Hub, with a 2 working day screening standard.",
         "Head of Adult Safeguarding", D(2025, 9, 30), D(2025, 12, 31),
         "Recruitment to the Hub has been slower than planned. Area teams are still screening concerns in North and West Kent.", "Red"),
        ("3.2", "Refresh the multi-agency safeguarding thresholds guidance with Kent and Medway Safeguarding Adults Board partners.",
         "KMSAB Business Manager / Head of Adult Safeguarding", "Nov-25", None,
         "Partner comments received. Final version to go to the KMSAB in November.", "Amber"),
    ]),
    ("blank",),
    ("theme", "Theme 4: Leadership"),
    ("afi", "Practice is not yet consistent across the county, and quality assurance does not always show the difference support has made to people.", [
        ("4.1", "Introduce a single practice quality assurance framework, with monthly case audits that include feedback from the person and their carer.",
         "Principal Social Worker", D(2025, 10, 31), None,
         "Framework signed off at ASC DMT. First monthly audits completed in October; results to December DMT.", "Green"),
        ("4.2", "Set up a Partnership Communication Board with health, district council and voluntary sector partners.",
         "Director of Adult Social Care", D(2025, 9, 30), None,
         "Board met for the first time on 18 September 2025.", "Complete"),
    ]),
]

KENT_RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}


def make_kent(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    ws["A1"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Kent County Council  |  Position at 31 October 2025  |  Reported to Adult Social Care Cabinet Committee"
    ws["A2"].font = Font(italic=True, size=10)
    hdr = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead Officer",
           "Target Date", "Revised Date", "Progress Update", "RAG"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r += 1
    for item in KENT_ROWS:
        if item[0] == "blank":
            r += 1
            continue
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = fill(LBLUE)
                ws.cell(r, c).border = BORDER
            r += 1
            continue
        _, afi, acts = item
        first = r
        for ref, action, lead, tgt, rev, prog, rag in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            t = ws.cell(r, 5, tgt)
            if isinstance(tgt, dt.datetime):
                t.number_format = "mmm-yy" if ref != "1.2" else "dd/mm/yyyy"
            if rev is not None:
                rc = ws.cell(r, 6, rev)
                rc.number_format = "mmm-yy"
            ws.cell(r, 7, prog)
            g = ws.cell(r, 8, rag)
            g.fill = fill(KENT_RAG_FILL[rag])
            g.font = Font(bold=True, color="FFFFFF" if rag in ("Red", "Complete") else "000000")
            g.alignment = Alignment(horizontal="center", vertical="top")
            for c in range(1, ncol + 1):
                ws.cell(r, c).border = BORDER
                if c != 8:
                    ws.cell(r, c).alignment = WRAP
            r += 1
        ws.cell(first, 2, afi).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    keys = [("Complete", BLUE, "Action complete and evidenced"),
            ("Green", GREEN, "On track to deliver by the target date"),
            ("Amber", AMBER, "Some slippage – recovery action in hand"),
            ("Red", RED, "Off track – escalated to ASC DMT")]
    for k, col, txt in keys:
        r += 1
        kc = ws.cell(r, 1, k)
        kc.fill = fill(col)
        ws.cell(r, 2, txt)
    widths = [7, 38, 52, 26, 12, 12, 52, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. West Midlands Fire Service - HMICFRS 2023-25 AFI action plan (fill-only RAG)
# ---------------------------------------------------------------------------
WMFS_ROWS = [
    ("area", "Understanding the risk of fire and other emergencies"),
    ("1.1", "The service should make sure it gathers and records relevant risk information to help protect firefighters, the public and property during an emergency.",
     "Complete a review of all site-specific risk information (SSRI) records more than three years old, starting with very high and high risk premises.",
     "AC Prevention and Protection", D(2025, 12, 31), "dd/mm/yyyy",
     "1,104 of 1,690 records reviewed. On course to finish the high risk premises by December.", GREEN),
    ("1.2", None,
     "Introduce quarterly quality assurance sampling of SSRI by station commanders, reported to the Service Assurance Board.",
     "GC Operational Assurance", D(2026, 3, 1), "mmm-yy",
     "Sampling template agreed. First quarter's sample delayed by the move to the new mobile data terminals.", AMBER),
    ("area", "Making best use of resources"),
    ("2.1", "The service must make sure its scenario plans and assumptions are subject to rigorous analysis and challenge, including the impact on the service it provides to the public.",
     "Test the medium-term financial plan scenarios at a member-led challenge session and record the outcomes.",
     "Treasurer", D(2025, 11, 1), "mmm-yy",
     "Challenge session held on 8 October 2025. Outcomes reported to Policy and Planning Committee.", BLUE),
    ("2.2", "The service should assure itself that its IT systems are resilient, reliable, accurate and accessible.",
     "Commission an independent review of ICT resilience and agree a remediation plan with the Digital and Data Board.",
     "Head of ICT", "Sept 2025 (revised Jan 2026)", None,
     "Review report received late. Remediation plan to go to the Digital and Data Board in January.", AMBER),
    ("area", "Promoting the right values and culture"),
    ("3.1", "The service should make sure staff at all levels of the organisation demonstrate its values and behaviours.",
     "Build the Core Code of Ethics into all leadership development programmes and into the appraisal process.",
     "Head of People", D(2026, 4, 1), "mmm-yy",
     "Code of Ethics module added to the supervisory and middle manager programmes. Appraisal form being updated.", GREEN),
    ("3.2", None,
     "Run 'Behaviours in Practice' sessions for all supervisory managers.",
     "Head of People / Head of Organisational Development", "Q4 2025/26", None,
     "Seven of 18 sessions delivered; 143 managers attended so far.", GREEN),
    ("3.3", "The service should improve the way it manages absence and give line managers better support in this area",
     "Revise the attendance management policy and train line managers in its use.",
     "HR Business Partner (Operations)", D(2025, 12, 31), "dd/mm/yyyy",
     "Consultation with representative bodies has been extended. Training cannot start until the policy is agreed.", RED),
    ("area", "Getting the right people with the right skills"),
    ("4.1", "The service should make sure it has a consistent approach to all training and assessments, including those on all risk-critical skills.",
     "Introduce a single competence recording system for risk-critical skills across all stations.",
     "AC Training and Development", D(2026, 6, 30), "dd/mm/yyyy",
     "System configured and in pilot at three stations.", GREEN),
    ("4.2", None,
     "Audit 10% of risk-critical skills assessments each quarter.",
     "GC Training Assurance", "Quarterly", None,
     "Q2 audit completed; findings shared with station commanders.", GREEN),
    ("4.3", "The service should put in place a succession-planning process to make sure it has effective arrangements in place to manage staff turnover.",
     "Develop a succession plan for all critical roles at Station Commander and above.",
     "Head of People", D(2026, 3, 31), "dd/mm/yyyy",
     "Not started – scheduled once the workforce plan is approved.", None),
    ("area", "Managing performance and developing leaders"),
    ("5.1", "The service needs to improve access to learning and development",
     "Launch the new learning management platform for all staff, including on-call staff, with mobile access.",
     "AC Training and Development", D(2026, 1, 1), "mmm-yy",
     "Supplier confirmed. Data migration has taken longer than planned.", AMBER),
]


def make_wmfs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ncol = 7
    ws["A1"] = "HMICFRS Effectiveness, efficiency and people 2023–25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "West Midlands Fire Service  |  Owner: Strategic Enabler Organisational Assurance  |  Updated November 2025"
    ws["A2"].font = Font(size=10, italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Action owner", "Due date",
           "Update (November 2025)", "RAG"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    for row in WMFS_ROWS:
        if row[0] == "area":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = fill(GREY)
                ws.cell(r, c).border = BORDER
            r += 1
            continue
        ref, afi, action, owner, due, fmt, upd, rag = row
        ws.cell(r, 1, ref)
        if afi:
            ws.cell(r, 2, afi)
        ws.cell(r, 3, action)
        ws.cell(r, 4, owner)
        dc = ws.cell(r, 5, due)
        if fmt:
            dc.number_format = fmt
        ws.cell(r, 6, upd)
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = WRAP
        if rag:
            ws.cell(r, 7).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for col, txt in [(GREEN, "On track"), (AMBER, "At risk – some slippage"),
                     (RED, "Off track – needs intervention"), (BLUE, "Complete"),
                     (None, "Not started (no colour)")]:
        r += 1
        if col:
            ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 1).border = BORDER
        ws.cell(r, 2, txt)
    for i, w in enumerate([7, 46, 50, 24, 14, 48, 8], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. North Kesteven DC - housing improvement plan after RSH C3 judgement
# ---------------------------------------------------------------------------
NK_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER,
                  "Off track": RED, "Not started": None}

NK_ROWS = [
    ("section", "Safety and Quality Standard"),
    ("1", "Only around a third of homes have an up-to-date HHSRS assessment.",
     "Procure a 100% stock condition survey that includes an HHSRS assessment of every home.",
     "Head of Housing Assets", D(2025, 12, 31),
     "On track", "Contract awarded in September. Surveyors started on 6 October; 1,020 homes surveyed to date."),
    ("2", "Only around a third of homes have an up-to-date HHSRS assessment.",
     "Load the survey data into the asset management system and validate a 10% sample.",
     "Asset Data Manager", "Mar 2026",
     "Not started", "Will start once the first 50% of surveys are returned."),
    ("3", "Routine repairs are not completed within target timescales.",
     "Clear the backlog of routine repairs older than 60 days.",
     "Repairs and Maintenance Manager", D(2025, 11, 30),
     "Off track", "Backlog reduced from 812 to 604 jobs but the contractor is short of trades staff. Second contractor being procured."),
    ("4", "Routine repairs are not completed within target timescales.",
     "Hold a weekly performance clinic with the repairs contractor.",
     "Repairs and Maintenance Manager", D(2025, 8, 31),
     "Complete", "Weekly clinics in place since August."),
    ("5", "Empty homes (voids) are not re-let within target timescales.",
     "Review the void standard and lettable standard with tenants and agree a 28-day key-to-key target.",
     "Head of Housing Management / Tenant Engagement Officer", "Dec 2025",
     "On track", "Tenant workshop held on 14 October. Draft standard to Housing Committee in December."),
    ("blank",),
    ("section", "Transparency, Influence and Accountability Standard"),
    ("6", "Tenants have had limited opportunity to scrutinise the council's performance as a landlord.",
     "Publish Tenant Satisfaction Measures and a quarterly performance dashboard on the website and in the tenants' newsletter.",
     "Performance and Insight Lead", D(2025, 10, 31),
     "Complete", "Dashboard published in October and included in the autumn newsletter."),
    ("7", "Tenants have had limited opportunity to scrutinise the council's performance as a landlord.",
     "Set up a Tenant Scrutiny Panel with terms of reference agreed by Housing Committee.",
     "Tenant Engagement Officer", "Q1 2026/27",
     "On track", "Nine tenants have expressed interest. Training for panel members being arranged."),
    ("8", "Complaint handling does not consistently meet the Housing Ombudsman Complaint Handling Code.",
     "Self-assess against the Complaint Handling Code and report the outcome to Executive Board.",
     "Customer Services Manager", D(2026, 3, 31),
     "At risk", "Self-assessment delayed by vacancy in the complaints team."),
    ("blank",),
    ("section", "Governance and oversight"),
    ("9", "Councillors have not received enough assurance on compliance with the consumer standards.",
     "Report compliance with the six key safety measures (gas, electrical, fire, asbestos, water and lifts) to every Housing Committee.",
     "Head of Housing Assets", "Ongoing",
     "On track", "Compliance report now a standing item on the Housing Committee agenda."),
    ("10", "Councillors have not received enough assurance on compliance with the consumer standards.",
     "Deliver consumer standards training for all members of Housing Committee.",
     "Monitoring Officer", D(2025, 9, 30),
     "Complete", "Training delivered on 22 September 2025 by an external trainer."),
]


def make_nk(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Housing Improvement Plan 2025–2027"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "North Kesteven District Council – response to the Regulator of Social Housing regulatory judgement (July 2025)"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    ctl = [("Owner", "Director of Housing and Property"),
           ("Approved by", "Executive Board, 16 October 2025"),
           ("Review", "Monthly by Housing Improvement Board; quarterly to Housing Committee")]
    r = 5
    for k, v in ctl:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        cov.cell(r, c, h).font = Font(bold=True)
        cov.cell(r, c).fill = fill(GREY)
    for v, d, a, ch in [("0.1", D(2025, 8, 20), "Housing Improvement Lead", "First draft for Housing Improvement Board"),
                        ("1.0", D(2025, 10, 16), "Housing Improvement Lead", "Approved by Executive Board"),
                        ("1.1", D(2025, 11, 10), "Housing Improvement Lead", "November progress update")]:
        r += 1
        cov.cell(r, 1, v)
        dc = cov.cell(r, 2, d)
        dc.number_format = "dd/mm/yyyy"
        cov.cell(r, 3, a)
        cov.cell(r, 4, ch)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ncol = 7
    ws["A1"] = "Housing Improvement Plan 2025–2027"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress at 10 November 2025"
    hdr = ["No.", "Issue identified", "Action", "Responsible Officer",
           "Target completion", "Status", "Comments / progress"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    for row in NK_ROWS:
        if row[0] == "blank":
            r += 1
            continue
        if row[0] == "section":
            ws.cell(r, 1, row[1]).font = Font(bold=True, color="00594F", size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        no, issue, action, ro, tgt, status, comm = row
        ws.cell(r, 1, int(no))
        ws.cell(r, 2, issue)
        ws.cell(r, 3, action)
        ws.cell(r, 4, ro)
        tc = ws.cell(r, 5, tgt)
        if isinstance(tgt, dt.datetime):
            tc.number_format = "dd/mm/yyyy"
        sc = ws.cell(r, 6, status)
        if NK_STATUS_FILL[status]:
            sc.fill = fill(NK_STATUS_FILL[status])
        ws.cell(r, 7, comm)
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Status key:").font = Font(bold=True)
    c = 2
    for k in ["Complete", "On track", "At risk", "Off track", "Not started"]:
        kc = ws.cell(r, c, k)
        if NK_STATUS_FILL[k]:
            kc.fill = fill(NK_STATUS_FILL[k])
        kc.border = BORDER
        c += 1
    for i, w in enumerate([6, 40, 50, 28, 14, 12, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
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


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. New Forest DC - Corporate Peer Challenge 2024 action plan (docx)
# ---------------------------------------------------------------------------
NF_DELIVERED, NF_ONTRACK, NF_ATRISK = "5B9BD5", "70AD47", "FFC000"

NF_RECS = [
    ("Recommendation 1: Clarify priorities and timelines for delivery", [
        ("1.1", "Revisit corporate plan priorities and categorise them in the light of LGR (continue, review or pause).",
         "Jan 2025", "Delivered. EMT workshop held and the key deliverables review approved by Cabinet in April 2025.",
         NF_DELIVERED, "Chief Executive"),
        ("1.2", "Publish a delivery timeline for each continuing priority and report progress through the quarterly performance report.",
         "By June 2025", "Timelines published with the Q1 performance report.", NF_DELIVERED, "Strategic Director Corporate Resources and Transformation"),
    ]),
    ("Recommendation 2: Develop a medium term financial strategy that closes the forecast budget gap", [
        ("2.1", "Agree a savings and income programme for 2026/27 to 2028/29 with cross-party member input.",
         "Q3 2025/26", "Member working group has met three times. Proposals to go to Cabinet with the draft budget.", NF_ONTRACK,
         "Strategic Director Corporate Resources and Transformation"),
        ("2.2", "Review the capital programme against the revised priorities and LGR.",
         "Dec 2025", "Review started but has been held back while officers support the LGR submission.", NF_ATRISK, "Assistant Director Finance (S151)"),
    ]),
    ("Recommendation 3: Strengthen the role and impact of overview and scrutiny", [
        ("3.1", "Commission a review of overview and scrutiny from the Centre for Governance and Scrutiny.",
         "April 2025", "CfGS review completed in July. Recommendations accepted by the Resources and Transformation O&S Panel.",
         NF_DELIVERED, "Monitoring Officer"),
        ("3.2", "Introduce a joint work programme for the O&S panels, with pre-decision scrutiny of key decisions.",
         "May 2025 – March 2026", "Joint work programme agreed for 2025/26.", NF_ONTRACK, "Head of Democratic Services"),
    ]),
    ("Recommendation 4: Build capacity for transformation and local government reorganisation", [
        ("4.1", "Set up an LGR programme board with dedicated programme management support.",
         "Ongoing", "Programme board meets fortnightly. Programme manager appointed on a fixed-term contract.", NF_ONTRACK,
         "Leader / Chief Executive"),
        ("4.2", "Refresh the workforce strategy to cover recruitment, retention and staff wellbeing through reorganisation.",
         "By 31 March 2026", "Not yet started; planned for the new year.", None, "Head of People and OD"),
    ]),
]

NF_OBS = [
    ("O1", "Improve how the council tells residents what it has achieved, using plain English and more visual material.",
     "Sept 2025", "Communications peer review held 7–9 October; action plan to follow.", NF_ATRISK, "Head of Communications"),
    ("O2", "Hold regular all-member briefings on the budget position and LGR.",
     "Monthly", "Briefings held monthly since February 2025.", NF_ONTRACK, "Chief Executive"),
]


def make_nf(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading("Corporate Peer Challenge 2024: Action Plan", level=0)
    doc.add_paragraph("New Forest District Council – progress update, September 2025")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Version", "Date", "Comment"]):
        set_text(c, txt, bold=True)
    for row in [("1.0", "2 April 2025", "Approved by Cabinet"),
                ("1.1", "September 2025", "Progress update for Cabinet, 1 October 2025")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            set_text(c, txt)

    doc.add_paragraph(
        "Following the Corporate Peer Challenge (CPC) in December 2024 the LGA published a feedback report "
        "with recommendations for our consideration, together with observations from the peer team. This "
        "action plan sets out the actions, timescales and owners for each recommendation and tracks "
        "progress towards implementation. Additional actions arising from the peer team's observations are "
        "shown separately at the end.")
    doc.add_paragraph(
        "It is acknowledged that the peer challenge took place before the Government's announcements on "
        "devolution and local government reorganisation (LGR), which may affect the capacity available to "
        "deliver some actions.")
    doc.add_paragraph("A coloured status indicator is shown against each action and should be read as follows:")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(NF_DELIVERED, "Delivered"), (NF_ONTRACK, "In progress/on track"),
                     (NF_ATRISK, "In progress/at risk"), (None, "Not yet started")]:
        cells = k.add_row().cells
        if col:
            shade(cells[0], col)
        set_text(cells[1], txt)
        cells[0].width = Cm(1.5)
        cells[1].width = Cm(6)

    doc.add_heading("Formal recommendations", level=1)
    cols = ["No.", "Associated actions", "Timescales", "Summary update", "Status", "Owner"]
    widths = [Cm(1.4), Cm(8), Cm(3), Cm(8), Cm(1.6), Cm(4.5)]

    def plan_table():
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, txt in zip(tb.rows[0].cells, cols):
            set_text(c, txt, bold=True)
            shade(c, "D9E2F3")
        return tb

    tb = plan_table()
    for rec, acts in NF_RECS:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        set_text(m, rec, bold=True, size=10)
        shade(m, "F2F2F2")
        for ref, act, when, upd, col, owner in acts:
            cells = tb.add_row().cells
            for c, txt in zip(cells, [ref, act, when, upd, "", owner]):
                set_text(c, txt)
            if col:
                shade(cells[4], col)
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_heading("Additional actions arising from the peer team's observations", level=1)
    tb2 = plan_table()
    for ref, act, when, upd, col, owner in NF_OBS:
        cells = tb2.add_row().cells
        for c, txt in zip(cells, [ref, act, when, upd, "", owner]):
            set_text(c, txt)
        if col:
            shade(cells[4], col)
    for row in tb2.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("A follow-up progress review by the LGA is scheduled for November 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Oxleas NHS FT - CQC 2016 must do / should do action plan (docx)
# ---------------------------------------------------------------------------
OX_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

OX_SERVICES = [
    ("Acute wards for adults of working age and psychiatric intensive care units", [
        ("Must do", [
            ("MD1", "The trust must ensure that patients do not sleep on sofas in lounges or other communal areas while waiting for an inpatient bed.",
             "Daily bed management call chaired by the Head of Patient Flow.\nEscalation to on-call director when no bed is available by 8pm.\nOut of area placement budget agreed as a last resort.",
             "Director of Operations (Adult MH)", "31/07/2016",
             "No patient has slept in a lounge since 4 July 2016. Checked at weekly bed audit.", "B"),
            ("MD2", "The trust must ensure that there are no breaches of same sex accommodation guidance on the acute wards.",
             "Reconfigure Millbrook ward corridors to provide a female-only area with its own lounge.\nReport any breach as a serious incident.",
             "Director of Nursing / Head of Estates", "30.09.16",
             "Building works finished 12 September. No breaches reported since.", "B"),
            ("MD3", "The trust must ensure that ligature risk assessments are completed for all wards and that actions arising are carried out.",
             "Complete ligature risk assessments on all acute wards and the PICU, using the revised trust tool.\nTrack remedial works through the Environmental Risk Group.",
             "Director of Nursing", "Sept 2016 (revised Dec 2016)",
             "All assessments complete. Three remedial works outstanding at Oxleas House, waiting for contractor.", "A"),
        ]),
        ("Should do", [
            ("SD1", "The trust should ensure that patients on the acute wards have access to activities in the evenings and at weekends.",
             "Extend the occupational therapy rota to cover weekends on a rolling basis.",
             "Head of Occupational Therapy", "End of Dec 2016",
             "Weekend OT now on two of five wards; recruitment to remaining posts under way.", "G"),
        ]),
    ]),
    ("Forensic inpatient/secure wards", [
        ("Must do", [
            ("MD4", "The trust must ensure that the results of environmental audits are acted upon.",
             "Add all audit actions to the ward risk register with a named owner and review them at the monthly forensic governance meeting.",
             "Service Director (Forensic and Prison Services)", "31/08/2016",
             "Audit actions on the ward risk registers and reviewed monthly.", "B"),
            ("MD5", "The trust must ensure that there are enough suitably qualified staff on every shift on Brook ward.",
             "Increase Brook ward establishment by one registered nurse per shift.\nUse e-rostering to check safe staffing daily.",
             "Director of Nursing", "Oct-16",
             "Two registered nurse posts still vacant; covered by regular bank staff.", "A"),
        ]),
    ]),
    ("Community-based mental health services for adults of working age", [
        ("Should do", [
            ("SD2", "The trust should ensure that crisis plans are in place for all patients on the caseload.",
             "Audit crisis plans in every community team each month and feed back results at team meetings.",
             "Associate Director of Clinical Effectiveness", "Monthly",
             "September audit: 81% of records had a crisis plan (June: 64%).", "G"),
            ("SD3", "The trust should ensure that waiting times for psychological therapies are reduced.",
             "Agree a recovery trajectory for psychological therapies with commissioners.",
             "Service Director (Adult Community MH)", "31/03/2017",
             "Trajectory not yet agreed; waits have increased to 34 weeks.", "R"),
        ]),
    ]),
]


def make_oxleas(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("CQC Comprehensive Inspection April 2016 – Trust Action Plan", level=0)
    doc.add_paragraph("Oxleas NHS Foundation Trust  |  Must do and should do actions  |  Position at 31 October 2016")
    doc.add_paragraph(
        "This plan responds to the requirement notices and recommendations in the CQC reports published in "
        "August 2016. It is monitored monthly by the Quality and Safety Committee and reported to the Board "
        "of Directors. Evidence for completed actions is held by the Clinical Governance team.")
    cols = ["Ref", "Must do / should do", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"]
    widths = [Cm(1.3), Cm(6), Cm(6.5), Cm(3.6), Cm(2.4), Cm(5.5), Cm(1.2)]
    for service, groups in OX_SERVICES:
        doc.add_heading(service, level=1)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, txt in zip(tb.rows[0].cells, cols):
            set_text(c, txt, bold=True)
            shade(c, "005EB8")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for kind, items in groups:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[6])
            set_text(m, kind.upper() + " ACTIONS", bold=True)
            shade(m, "E7E6E6")
            for ref, req, act, lead, when, prog, rag in items:
                cells = tb.add_row().cells
                for c, txt in zip(cells, [ref, req, act, lead, when, prog, rag]):
                    set_text(c, txt)
                shade(cells[6], OX_RAG[rag])
                cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG key:  B – complete and evidenced;  G – on track;  A – at risk of slipping;  R – off track, escalated to Executive Team.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. King's Lynn & West Norfolk - internal audit recommendations status (csv)
# ---------------------------------------------------------------------------
WN_HDR = ["Audit Year", "Audit", "Rec Ref", "Priority", "Recommendation",
          "Agreed Management Action", "Responsible Officer", "Agreed Deadline",
          "Revised Deadline", "Days Overdue", "Latest Update", "RAG"]
WN_ROWS = [
    ["2021/22", "Car Parking", "CP/01", "High",
     "A car parking strategy should be produced to support decisions on tariffs, investment and enforcement.",
     "Car Parking Strategy to be developed alongside the Transport Strategy.",
     "Assistant Director, Resources", "31/03/2023", "30/06/2024", "", "Draft strategy has been reviewed; consultation to finish in June.", "Amber"],
    ["2021/22", "Car Parking", "CP/03", "Medium",
     "Cash collected from pay and display machines should be reconciled to machine records weekly.",
     "Weekly reconciliation to be introduced and signed by the Car Parks Manager.",
     "Car Parks Manager", "30/09/2022", "", "", "Reconciliation in place since October 2023. Evidence seen by Internal Audit.", "Complete"],
    ["2022/23", "Procurement", "PR/02", "High",
     "Waivers of Contract Standing Orders should be approved in advance and recorded on a central register.",
     "Waiver register to be held by the Procurement team and reported to Audit Committee annually.",
     "Procurement Manager", "31/12/2023", "", "123", "Register set up but three waivers in 2023/24 were approved after the contract started.", "Red"],
    ["2022/23", "Procurement", "PR/05", "Medium",
     "Contract managers should hold a record of contract monitoring meetings for contracts over £100k.",
     "Template issued; contract managers to keep notes on the contracts database.",
     "Procurement Manager", "31/03/2024", "30/09/2042", "", "Database module not yet available; revised date agreed with Internal Audit.", "Amber"],
    ["2022/23", "Housing Benefit Overpayments", "HB/01", "Medium",
     "Recovery action on overpayments should start within 30 days of the overpayment being identified.",
     "Monthly report of new overpayments to be reviewed by the Revenues Team Leader.",
     "Revenues and Benefits Manager", "31/08/2023", "", "", "Monthly report in place. Sample testing confirms recovery starting within 30 days.", "Complete"],
    ["2023/24", "Payroll", "PY/02", "High",
     "Changes to employee bank details should be independently verified before payroll is run.",
     "Call-back check to be introduced for every bank detail change.",
     "HR and Payroll Manager", "29/02/2024", "", "63", "Call-back procedure drafted; waiting for sign-off by the Assistant Director.", "Red"],
    ["2023/24", "Payroll", "PY/04", "Low",
     "Leavers should be removed from the payroll system by the next pay date.",
     "Leaver checklist to be updated to include payroll notification.",
     "HR and Payroll Manager", "30/04/2024", "", "2", "Checklist updated; to be issued to managers.", "Green"],
    ["2023/24", "Corporate Health and Safety", "HS/01", "Medium",
     "A single record of health and safety inspections across council buildings should be kept.",
     "Inspection log to be created on SharePoint and updated by building managers.",
     "Health and Safety Advisor", "30/06/2024", "", "", "Log being built; on course for the June deadline.", "Green"],
]


def make_wn(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(WN_HDR)
    w.writerow(["Borough Council of King's Lynn & West Norfolk – Status of Agreed Internal Audit Recommendations (Appendix 1) as at 2 May 2024"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(WN_HDR)
    for row in WN_ROWS:
        w.writerow(row)
    w.writerow([""] * n)
    w.writerow(["RAG: Complete = implemented and verified; Green = not yet due, on track; Amber = revised deadline agreed; Red = overdue"] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Preston CSP - DHR action plan, tab-separated text export
# ---------------------------------------------------------------------------
PR_HDR = ["Recommendation", "Scope (local / regional / national)", "Action No.",
          "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
          "Target Date", "Date of completion and outcome", "RAG"]
PR_ROWS = [
    ["1. Agencies should ask about domestic abuse routinely when an adult discloses that they are caring for a partner with drug or alcohol dependency.",
     "Local", "1.1",
     "Add a routine enquiry question on domestic abuse to the carers' assessment and the drug and alcohol service triage form.",
     "Lancashire County Council / Inspire (drug and alcohol service)",
     "Question added to both forms in October 2023.", "Dec-23",
     "Completed Oct 2023 – audit in Feb 2024 found the question asked in 88% of cases.", "Complete"],
    ["", "", "1.2",
     "Deliver briefings on coercive control in caring relationships to carers' services staff.",
     "Preston CSP",
     "Two briefings delivered; 41 staff attended.", "31/03/2024",
     "", "Green"],
    ["2. Lancashire Constabulary should make sure that repeat callers are identified and that DASH risk assessments are reviewed by a supervisor.",
     "Lancashire-wide", "2.1",
     "Introduce a repeat-victim flag on the command and control system that prompts supervisor review of the DASH.",
     "Lancashire Constabulary",
     "System change approved by the Force Change Board.", "June 2024",
     "", "Amber"],
    ["3. Preston City Council Housing Options should make sure that domestic abuse is considered when a homeless application is made by a couple.",
     "Local", "3.1",
     "Update the Housing Options interview script so that each applicant is seen on their own for part of the interview.",
     "Preston City Council (Housing Options)",
     "Script updated; staff trained at team meeting on 9 January 2024.", "January 2024",
     "Completed January 2024.", "Complete"],
    ["", "", "3.2",
     "Audit a sample of joint homeless applications to check that separate interviews are taking place.",
     "Preston City Council (Housing Options)",
     "", "Q2 2024/25",
     "", ""],
    ["4. Primary care should be supported to recognise and respond to domestic abuse in older patients.",
     "Lancashire-wide", "4.1",
     "Roll out IRIS domestic abuse training to GP practices in Preston.",
     "L&SC ICB",
     "11 of 27 practices trained. Funding for the remaining practices not yet confirmed.", "March 2024",
     "", "Red"],
    ["5. The CSP should gain assurance that the learning from this review has been shared across the partnership.",
     "Local", "5.1",
     "Publish a 7-minute briefing and hold a learning event for partner agencies.",
     "Preston CSP",
     "Briefing drafted; learning event booked for 23 April 2024.", "Ongoing",
     "", "Green"],
]


def make_preston(path):
    lines = [
        "Preston Community Safety Partnership – Domestic Homicide Review 'Adult A' (DHR 05): Action Plan",
        "Updated following the DHR Steering Group on 14 March 2024",
        "",
        "\t".join(PR_HDR),
    ]
    for row in PR_ROWS:
        lines.append("\t".join(row))
    lines.append("")
    lines.append("RAG: Complete / Green = on track / Amber = some delay / Red = not on track. Blank = not yet started.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    out = lambda n: os.path.join(HERE, n)
    make_kent(out("s2-kent-asc-cqc-improvement-plan.xlsx"))
    make_wmfs(out("s2-wmfs-hmicfrs-afi-action-plan.xlsx"))
    make_nk(out("s2-north-kesteven-housing-improvement-plan.xlsx"))
    make_nf(out("s2-new-forest-cpc-action-plan.docx"))
    make_oxleas(out("s2-oxleas-cqc-must-should-do-action-plan.docx"))
    make_wn(out("s2-west-norfolk-internal-audit-recommendations.csv"))
    make_preston(out("s2-preston-csp-dhr-action-plan.txt"))


if __name__ == "__main__":
    main()
