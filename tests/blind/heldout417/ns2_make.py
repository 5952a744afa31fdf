#!/usr/bin/env python3
"""Build the seven ns2- blind test files (set heldout417).

Run with the project's python (openpyxl and python-docx needed):
    /work/main/.venv/bin/python ns2_make.py
Files are written next to this script.
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, bold=False, colour=None, fmt=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold:
        c.font = Font(bold=True, color="FFFFFF" if colour == HEAD else None)
    if colour:
        c.fill = fill(colour)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Wolverhampton – Reablement Service CQC inspection action plan (xlsx)
# ---------------------------------------------------------------------------
WOLV_TITLE = "Reablement Service (City of Wolverhampton Council) – CQC Inspection Action Plan"

WOLV_SECTIONS = [
    ("SAFE – Requires improvement", [
        ("Risks to people were not always assessed and recorded. Moving and handling and falls risk "
         "assessments were missing or incomplete for some people.",
         "Regulation 12 – Safe care and treatment",
         [
             ("1.1", "Audit all open reablement packages to confirm a current moving and handling and falls "
                     "risk assessment is in place; complete any that are missing.",
              "Registered Manager", d(2025, 7, 31), None,
              "Audit completed 25/07/2025 – 212 packages checked, 19 assessments completed.", BLUE),
             ("1.2", "Introduce a mandatory risk assessment section in the CareFirst reablement plan so a "
                     "plan cannot be authorised without it.",
              "Reablement Service Manager / Systems Lead (CareFirst)", d(2025, 9, 30), d(2025, 11, 30),
              "Form built and in user testing. Go-live moved to November to align with CareFirst upgrade.", AMBER),
         ]),
        ("Medicines were not always managed safely. Medicine administration records (MARs) contained gaps "
         "and staff competency checks were out of date.",
         "Regulation 12 – Safe care and treatment",
         [
             ("1.3", "Complete medicines competency observations for all reablement support workers and record "
                     "on the training matrix.",
              "Senior Reablement Officers", d(2025, 8, 31), None,
              "88% complete; remaining staff booked in September.", GREEN),
             ("1.4", "Carry out monthly MAR audits, with findings reported to the Quality Assurance meeting.",
              "Registered Manager; Quality Assurance Officer", "Monthly", None,
              "July and August audits completed – gaps reduced from 14 to 3.", GREEN),
         ]),
    ]),
    ("EFFECTIVE – Requires improvement", [
        ("The provider did not always work within the principles of the Mental Capacity Act 2005 (MCA). "
         "Capacity assessments were not decision-specific.",
         "Regulation 11 – Need for consent",
         [
             ("2.1", "Deliver MCA and best interests refresher training to all reablement staff, including "
                     "decision-specific assessment.",
              "Principal Social Worker (Adults)", "Sept 2025 – Dec 2025", None,
              "Four of nine sessions delivered. Attendance affected by annual leave.", AMBER),
         ]),
    ]),
    ("WELL-LED – Requires improvement", [
        ("Quality assurance systems were not effective in identifying the shortfalls found at this inspection.",
         "Regulation 17 – Good governance",
         [
             ("3.1", "Develop a reablement quality dashboard (missed and late calls, MAR audit results, risk "
                     "assessment compliance) reviewed monthly by the Head of Service.",
              "Head of Service – Adult Provider Services", d(2025, 10, 31), None,
              "Data sources not yet agreed with Business Intelligence; unlikely to meet October date.", RED),
             ("3.2", "Re-establish quarterly 'Your Voice' feedback sessions with people using the service and "
                     "their families.",
              "Registered Manager", "Q3 2025/26", None, "", None),
         ]),
        ("The service had not notified CQC of all incidents it is required to report.",
         "Regulation 18 (Registration) – Notification of other incidents",
         [
             ("3.3", "Submit statutory notifications to CQC within required timescales; add a notifications "
                     "log to the weekly management meeting agenda.",
              "Registered Manager", d(2025, 6, 30), None,
              "Log in place from 9 June 2025; checked weekly.", BLUE),
         ]),
    ]),
]


def make_wolverhampton():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "City of Wolverhampton Council"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Adult Services – Provider Services"
    cover["A4"] = WOLV_TITLE
    cover["A4"].font = Font(bold=True, size=16)
    info = [
        ("Service", "Reablement Service (home-based reablement, city-wide)"),
        ("Provider", "City of Wolverhampton Council"),
        ("Inspection dates", "14 May – 22 May 2025"),
        ("Report published", "2 July 2025"),
        ("Overall rating", "Requires improvement"),
        ("Plan owner", "Head of Service – Adult Provider Services"),
        ("Reported to", "Adult Services Quality Board (monthly)"),
        ("Version", "v4 – updated 30 September 2025"),
    ]
    for i, (k, v) in enumerate(info, start=6):
        put(cover, i, 1, k, bold=True, colour=GREY)
        put(cover, i, 2, v)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = WOLV_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Last updated: 30 September 2025. RAG shown by colour – see 'RAG key' sheet."
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "CQC finding", "Regulation", "Action", "Lead", "Target date", "Revised date",
               "Progress update (September 2025)", "RAG"]
    for c, h in enumerate(headers, start=1):
        put(ws, 4, c, h, bold=True, colour=HEAD)
    widths = [7, 45, 24, 55, 28, 14, 14, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    r = 5
    for section, findings in WOLV_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, section, bold=True, colour=GREY)
        r += 1
        for finding, reg, actions in findings:
            first = r
            for ref, action, lead, target, revised, progress, rag in actions:
                put(ws, r, 1, ref)
                put(ws, r, 2, finding if r == first else None)
                put(ws, r, 3, reg if r == first else None)
                put(ws, r, 4, action)
                put(ws, r, 5, lead)
                put(ws, r, 6, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
                put(ws, r, 7, revised, fmt="dd/mm/yyyy" if revised else None)
                put(ws, r, 8, progress or None)
                cell = put(ws, r, 9, None)
                if rag:
                    cell.fill = fill(rag)
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    put(ws, r, 1, "Summary of RAG status", bold=True, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    for label, n, colour in [("Complete", 2, BLUE), ("On track", 2, GREEN), ("At risk", 2, AMBER),
                             ("Off track", 1, RED), ("Not started", 1, None)]:
        c = put(ws, r, 1, None)
        if colour:
            c.fill = fill(colour)
        put(ws, r, 2, label)
        put(ws, r, 3, n)
        r += 1
    put(ws, r, 2, "Total actions", bold=True)
    put(ws, r, 3, 8, bold=True)

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (colour, meaning) in enumerate([
        (BLUE, "Complete – action delivered and evidence held"),
        (GREEN, "On track to meet the target date"),
        (AMBER, "Some slippage / risk to the target date"),
        (RED, "Off track – target date missed or will be missed"),
        (None, "No colour – not yet started"),
    ], start=3):
        c = put(key, i, 1, None)
        if colour:
            c.fill = fill(colour)
        put(key, i, 2, meaning)
    key.column_dimensions["B"].width = 55

    wb.active = 1
    wb.save(os.path.join(HERE, "ns2-wolverhampton-city-council-reablement-service-cqc-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Staffordshire Police – custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
STAFFS_TITLE = "Staffordshire Police – Custody Inspection Action Plan"
STAFFS_COC = ("Cause of concern 1: The force could not be assured that all use of force in custody was "
              "justified and proportionate.")
STAFFS_RECS = [
    ("Recommendation 1: The force should ensure that all use of force in custody is recorded fully and "
     "accurately.",
     [
         ("1.1", "Introduce a custody use of force form on Niche that must be completed before the detainee's "
                 "custody record can be closed.",
          "Custody Systems Lead", "31/08/2025", "Complete",
          "Live from 18 August 2025. Compliance 97% in September."),
         ("1.2", "Weekly dip sample of use of force records against custody records by custody inspectors, with "
                 "results reported to the Custody Strategic Board.",
          "Custody Inspectors", "Ongoing", "Green",
          "Dip sampling in place since July; results in Q2 board pack."),
     ]),
    ("Recommendation 2: Leaders should analyse use of force data to identify trends, including any "
     "disproportionality, and act on the findings.",
     [
         ("2.1", "Add use of force data, broken down by ethnicity, age and sex, to the quarterly custody "
                 "performance pack.",
          "Force Performance Analyst & Custody Superintendent", "Dec-25", "Amber",
          "Data extract built; ethnicity recording on Niche incomplete for 11% of records."),
     ]),
    ("Recommendation 3: Body-worn video footage of use of force incidents should be reviewed routinely as "
     "part of quality assurance.",
     [
         ("3.1", "Establish a monthly use of force scrutiny panel, including independent custody visitors, to "
                 "review a sample of body-worn video footage.",
          "Supt Criminal Justice; ICV Scheme Manager (Commissioner's Office)", "30/11/2025", "Green",
          "Terms of reference agreed. First panel 12 November 2025."),
     ]),
]
STAFFS_AFI = [
    ("Leadership, accountability and partnerships", [
        ("AFI 1", "Custody staffing levels should be sufficient to provide consistent, safe detainee care at all "
                  "times.",
         "Complete the custody demand and resourcing review and implement the revised shift pattern.",
         "Chief Inspector, Custody", "End of March 2026", "Green",
         "Review reported to Chief Officer Group in September; consultation with staff under way."),
    ]),
    ("In the custody suite: booking in, individual needs and legal rights", [
        ("AFI 2", "Detainees should be able to speak to the custody sergeant in private during booking in.",
         "Install privacy screens and a low-level booking-in desk at both custody suites.",
         "Head of Estates", "Mar-26", "Amber",
         "Design agreed; capital funding to be confirmed in 2026/27 programme."),
        ("AFI 3", "Appropriate adults should attend promptly for vulnerable adults and children.",
         "Review the appropriate adult contract with the local authority commissioners to include response time "
         "standards and monthly performance data.",
         "Supt Criminal Justice", "TBC", "Red",
         "Awaiting date for joint review meeting with Staffordshire County Council and Stoke-on-Trent City "
         "Council."),
    ]),
    ("In the custody cell: safeguarding and health care", [
        ("AFI 4", "Detainees should have consistent access to substance misuse support in all custody suites.",
         "Work with NHS England commissioners to extend liaison and diversion service hours to 8am–10pm, seven "
         "days a week.",
         "Custody Healthcare Contract Manager", "31/01/2026", "Green",
         "Extended hours agreed in principle from January 2026."),
    ]),
    ("Release and transfer from custody", [
        ("AFI 5", "Pre-release risk assessments should be meaningful, and all detainees should be offered "
                  "information about support services on release.",
         "Refresh the pre-release risk assessment guidance and give custody sergeants a release leaflet listing "
         "local support services.",
         "Custody Inspectors / Custody Training Lead", "30/09/2025", "Complete",
         "Guidance reissued and briefed; leaflets in both suites."),
    ]),
]
STATUS_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_staffordshire():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = STAFFS_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A2:D2")
    s["A2"] = ("Response to the HMICFRS and HM Inspectorate of Prisons report on an unannounced inspection of "
               "police custody suites in Staffordshire (fieldwork 3–14 March 2025, published 24 June 2025)")
    s["A2"].alignment = WRAP
    s.row_dimensions[2].height = 45
    rows = [
        ("Plan owner", "Chief Superintendent, Criminal Justice Department"),
        ("Governance", "Custody Strategic Board (quarterly); Force Assurance Board"),
        ("Version", "1.3"),
        ("Last updated", "06/10/2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        put(s, i, 1, k, bold=True, colour=GREY)
        put(s, i, 2, v)
    put(s, 9, 1, "Inspection outcomes", bold=True, colour=HEAD)
    put(s, 9, 2, "Number", bold=True, colour=HEAD)
    for i, (k, v) in enumerate([("Causes of concern", 1), ("Recommendations", 3),
                                ("Areas for improvement", 5)], start=10):
        put(s, i, 1, k)
        put(s, i, 2, v)
    put(s, 14, 1, "Status key", bold=True, colour=HEAD)
    put(s, 14, 2, "Meaning", bold=True, colour=HEAD)
    for i, (k, v) in enumerate([("Complete", "Action delivered"), ("Green", "On track"),
                                ("Amber", "Risk to delivery by due date"), ("Red", "Off track / overdue")],
                               start=15):
        put(s, i, 1, k, colour=STATUS_FILL[k])
        put(s, i, 2, v)
    s.column_dimensions["A"].width = 26
    s.column_dimensions["B"].width = 60

    c = wb.create_sheet("Causes of concern")
    c["A1"] = "Cause of concern and recommendations"
    c["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Recommendation", "Action", "Action owner", "Due date", "Status", "Update – September 2025"]
    for i, h in enumerate(hdr, start=1):
        put(c, 3, i, h, bold=True, colour=HEAD)
    for i, w in enumerate([7, 45, 55, 30, 13, 11, 45]):
        c.column_dimensions[chr(65 + i)].width = w
    c.merge_cells("A4:G4")
    put(c, 4, 1, STAFFS_COC, bold=True, colour=GREY)
    r = 5
    for rec, actions in STAFFS_RECS:
        first = r
        for ref, action, owner, due, status, upd in actions:
            put(c, r, 1, ref)
            put(c, r, 2, rec if r == first else None)
            put(c, r, 3, action)
            put(c, r, 4, owner)
            put(c, r, 5, due)
            put(c, r, 6, status, colour=STATUS_FILL[status])
            put(c, r, 7, upd)
            r += 1
        if r - first > 1:
            c.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    a = wb.create_sheet("Areas for improvement")
    a["A1"] = "Areas for improvement"
    a["A1"].font = Font(bold=True, size=13)
    hdr = ["AFI", "Area for improvement", "Action", "Action owner", "Due date", "Status", "Update – September 2025"]
    for i, h in enumerate(hdr, start=1):
        put(a, 3, i, h, bold=True, colour=HEAD)
    for i, w in enumerate([8, 45, 55, 30, 16, 11, 45]):
        a.column_dimensions[chr(65 + i)].width = w
    r = 4
    for section, afis in STAFFS_AFI:
        a.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(a, r, 1, section, bold=True, colour=GREY)
        r += 1
        for ref, afi, action, owner, due, status, upd in afis:
            for i, v in enumerate([ref, afi, action, owner, due], start=1):
                put(a, r, i, v)
            put(a, r, 6, status, colour=STATUS_FILL[status])
            put(a, r, 7, upd)
            r += 1
    wb.save(os.path.join(HERE, "ns2-staffordshire-police-custody-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Cambridgeshire and Peterborough CA – internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
CPCA_TITLE = "Cambridgeshire and Peterborough Combined Authority – Internal Audit Recommendations Tracker"
CPCA_AUDITS = [
    ("Procurement and Contract Management (Report 2.23/24) – Partial assurance", [
        ("PCM1", "High",
         "The Contracts Register will be reconciled to the ledger quarterly and all contracts over £25,000 will "
         "be recorded with a named contract manager.",
         "Head of Procurement", d(2024, 3, 31), d(2026, 3, 31), "Amber", "Red",
         "Reconciliation for Q1 and Q2 done; 23 contracts still without a named manager. Second extension."),
        ("PCM2", "Medium",
         "Contract management training will be delivered to all officers named as contract managers.",
         "Head of Procurement / HR Business Partner", d(2024, 6, 30), d(2026, 4, 30), "Red", "Amber",
         "E-learning module procured; classroom sessions booked for February and March 2026."),
    ]),
    ("Grant Funding Assurance – Adult Skills Fund (Report 5.24/25) – Reasonable assurance", [
        ("ASF1", "Medium",
         "Provider monitoring visits will follow a documented risk-based schedule, with outcomes recorded on the "
         "grants management system.",
         "Head of Skills Delivery", d(2026, 2, 28), None, "Green", "Green",
         "Risk model agreed; visit outcomes being loaded to the system."),
        ("ASF2", "Low",
         "The Adult Skills Fund funding rules guidance on the website will be updated to reflect the 2025/26 "
         "rules.",
         "Skills Contracts Manager", d(2025, 9, 30), None, "Green", "Complete",
         "Published 12 September 2025."),
    ]),
    ("Cyber Security (Report 7.24/25) – Partial assurance", [
        ("CYB1", "High",
         "Multi-factor authentication will be enforced for all remote access accounts, including third-party "
         "suppliers.",
         "ICT Manager", d(2025, 8, 31), d(2025, 12, 31), "Amber", "Complete",
         "MFA enforced for all accounts from 8 December 2025."),
        ("CYB2", "Medium",
         "An annual cyber incident response exercise will be carried out and lessons learnt reported to the "
         "Senior Leadership Team.",
         "ICT Manager; Head of Governance", "Q4 2025/26", None, "Green", "Green",
         "Exercise scheduled with the shared ICT service for March 2026."),
    ]),
    ("Risk Management (Report 1.25/26) – Reasonable assurance", [
        ("RM1", "Medium",
         "Directorate risk registers will be reviewed monthly by directorate management teams and escalations "
         "recorded.",
         "Head of Governance", "Ongoing – monthly", None, None, "Green",
         "New action from the 2025/26 audit. Monthly reviews started November 2025."),
    ]),
]


def make_cpca():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = CPCA_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Governance Committee – 30 January 2026"
    put(s, 4, 1, "Status", bold=True, colour=HEAD)
    put(s, 4, 2, "Number of actions", bold=True, colour=HEAD)
    r = 5
    for k, n in [("Complete", 2), ("Green", 3), ("Amber", 1), ("Red", 1)]:
        put(s, r, 1, k, colour=STATUS_FILL[k])
        put(s, r, 2, n)
        r += 1
    put(s, r, 1, "Total", bold=True)
    put(s, r, 2, 7, bold=True)
    put(s, 11, 1, "Priority", bold=True, colour=HEAD)
    put(s, 11, 2, "Number of actions", bold=True, colour=HEAD)
    for i, (k, n) in enumerate([("High", 2), ("Medium", 4), ("Low", 1)], start=12):
        put(s, i, 1, k)
        put(s, i, 2, n)
    s["A16"] = ("Green – on track; Amber – at risk of missing the due date; Red – due date missed or "
                "will be missed; Complete – implemented and evidence seen by Internal Audit.")
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 20

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:I1")
    t["A1"] = CPCA_TITLE
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A2:I2")
    t["A2"] = ("Agreed management actions from internal audit reports (RSM UK Risk Assurance Services LLP), "
               "position at 16 January 2026")
    hdr = ["Ref", "Priority", "Agreed management action", "Responsible officer", "Original due date",
           "Revised due date", "Previous status", "Current status", "Management update (January 2026)"]
    for i, h in enumerate(hdr, start=1):
        put(t, 4, i, h, bold=True, colour=HEAD)
    for i, w in enumerate([7, 9, 55, 28, 13, 13, 11, 11, 50]):
        t.column_dimensions[chr(65 + i)].width = w
    r = 5
    for audit, actions in CPCA_AUDITS:
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(t, r, 1, audit, bold=True, colour=GREY)
        r += 1
        for ref, prio, action, owner, orig, rev, prev, cur, upd in actions:
            put(t, r, 1, ref)
            put(t, r, 2, prio)
            put(t, r, 3, action)
            put(t, r, 4, owner)
            put(t, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
            put(t, r, 6, rev, fmt="dd/mm/yyyy" if rev else None)
            put(t, r, 7, prev, colour=STATUS_FILL.get(prev))
            put(t, r, 8, cur, colour=STATUS_FILL.get(cur))
            put(t, r, 9, upd)
            r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: revised due dates were agreed by the Audit and Governance Committee on "
                                  "29 September 2025. Previous status is as reported to that meeting.")
    wb.active = 1
    wb.save(os.path.join(HERE, "ns2-cambridgeshire-peterborough-ca-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def header_row(table, labels):
    for i, h in enumerate(labels):
        cell_text(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "D9E2F3")


# ---------------------------------------------------------------------------
# 4. Merthyr Tydfil CBC – Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
MERTHYR_TITLE = "Audit Wales Use of Performance Information Review – Organisational Response and Action Plan"
MERTHYR_RECS = [
    ("R1 Strengthen the performance information provided to senior leaders so that they understand the "
     "perspective of service users.",
     [
         ("1a", "Add a ‘what our residents told us’ section to each quarterly Corporate Performance Report, "
                "drawing on complaints, compliments and survey results.",
          "March 2024", "Head of Performance and Transformation",
          "First included in the Q3 2023/24 report to Cabinet.", "Complete"),
         ("1b", "Develop a corporate Engagement and Consultation Framework so that service user feedback is "
                "gathered consistently across directorates.",
          "September 2024\nRevised: January 2025", "Head of Performance and Transformation & Communications Manager",
          "Draft framework consulted on with the Citizens’ Panel; revised date to allow Scrutiny input.", "Amber"),
     ]),
    ("R2 Strengthen the information provided to senior leaders on the outcomes of the Council’s activities, so "
     "that they can judge whether services and policies are achieving what was intended.",
     [
         ("2a", "Review the Corporate Plan measures with each Chief Officer to replace output measures with "
                "outcome measures where possible.",
          "31 July 2024", "Chief Officers",
          "Delayed owing to vacancies; now being done alongside the 2025/26 business plans.", "Red"),
         ("2b", "Introduce outcome-focused narrative in service self-evaluations and Directorate Business Plans "
                "for 2025/26.",
          "April 2025", "Heads of Service",
          "Template revised and issued October 2024.", "Green"),
     ]),
    ("R3 Strengthen the arrangements for checking the accuracy of the service user perspective and outcome "
     "data reported to senior leaders.",
     [
         ("3a", "Introduce a data quality statement for each performance indicator, signed off by the responsible "
                "Head of Service.",
          "Q4 2024/25", "Performance Manager",
          "Statement template agreed by Corporate Management Team.", "Green"),
         ("3b", "Include a sample of performance indicators in the Internal Audit plan each year for data quality "
                "testing.",
          "Annually from 2024/25", "Head of Internal Audit (Shared Service)",
          "Four indicators included in the 2024/25 audit plan.", "Green"),
     ]),
]
DOC_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_merthyr():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(MERTHYR_TITLE, style="Title")
    doc.add_paragraph("Merthyr Tydfil County Borough Council", style="Subtitle")
    doc.add_paragraph("Progress update: November 2024")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Audit Wales report", "Use of Performance Information: Service User Perspective and Outcomes – "
                               "Merthyr Tydfil County Borough Council (issued December 2023)"),
        ("Document owner", "Head of Performance and Transformation"),
        ("Version", "1.2"),
        ("Reported to", "Governance and Audit Committee, 26 November 2024"),
        ("Next update", "May 2025"),
    ]):
        cell_text(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "D9E2F3")
        cell_text(dc.rows[i].cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Audit Wales reviewed the performance information provided to senior officers and members and whether "
        "it helps them understand the perspective of service users and the outcomes of the Council’s "
        "activities. The report made three recommendations. The Council’s response to each recommendation, and "
        "progress to date, are set out below.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Action", "Completion date", "Responsible officer", "Progress at November 2024",
                   "RAG"])
    for rec, actions in MERTHYR_RECS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, rec, bold=True)
        shade(merged, "F2F2F2")
        for ref, action, when, who, prog, rag in actions:
            cells = t.add_row().cells
            cell_text(cells[0], ref)
            cell_text(cells[1], action)
            cell_text(cells[2], when)
            cell_text(cells[3], who)
            cell_text(cells[4], prog)
            cell_text(cells[5], rag)
            shade(cells[5], DOC_FILL[rag])

    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, m) in enumerate([("Complete", "Action completed"), ("Green", "On track"),
                                ("Amber", "Slippage – revised date agreed"), ("Red", "Significantly delayed")]):
        cell_text(k.rows[i].cells[0], w)
        shade(k.rows[i].cells[0], DOC_FILL[w])
        cell_text(k.rows[i].cells[1], m)

    doc.add_paragraph("")
    doc.add_paragraph("Approved by Corporate Management Team on 12 November 2024.")
    doc.save(os.path.join(
        HERE, "ns2-merthyr-tydfil-cbc-audit-wales-use-of-performance-information-organisational-response.docx"))


# ---------------------------------------------------------------------------
# 5. Sefton Council – LGA corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
SEFTON_TITLE = "LGA Corporate Peer Challenge 2025 – Action Plan"
SEFTON_RECS = [
    ("Recommendation 1 – Set out a clear and shared long-term vision for Sefton that partners and communities "
     "can sign up to",
     [
         ("1.1", "Co-produce a Sefton 2040 vision with partners through the Sefton Partnership Board, including "
                 "engagement events in each locality.",
          "Chief Executive", "December 2025", "G",
          "Three of seven locality events held; draft vision to Partnership Board in December."),
         ("1.2", "Refresh the Council Plan so its priorities are explicitly aligned with the Sefton 2040 vision.",
          "Assistant Director – Strategic Support", "April 2026", "Not started",
          "Will begin once the vision is agreed."),
     ]),
    ("Recommendation 2 – Continue to strengthen the Medium Term Financial Plan and close the budget gap for "
     "2026/27 onwards",
     [
         ("2.1", "Agree a three-year savings and transformation programme with clear milestones, owners and "
                 "benefits tracking.",
          "Executive Director of Corporate Resources and Customer Services", "February 2026", "A",
          "Programme drafted; £4.2m of proposals still to be identified for 2027/28."),
         ("2.2", "Report budget monitoring and savings delivery quarterly to Cabinet and to the Overview and "
                 "Scrutiny Committee (Regulatory, Compliance and Corporate Services).",
          "Chief Finance Officer", "Quarterly", "G",
          "Q1 and Q2 reports presented."),
     ]),
    ("Recommendation 3 – Ensure the organisation has the capacity to deliver its priorities, including through a "
     "workforce strategy",
     [
         ("3.1", "Publish a Workforce Strategy 2025–2028.\nThe strategy will include succession planning for senior "
                 "roles and a ‘grow our own’ apprenticeship offer.",
          "Chief Personnel Officer", "September 2025", "B",
          "Strategy approved by Cabinet on 4 September 2025."),
         ("3.2", "Carry out a staff survey and share the results, and the actions taken in response, with all "
                 "staff.",
          "Chief Personnel Officer and Head of Communications", "Nov-25", "B",
          "Survey closed 17 October (58% response). Results shared at staff briefings in November."),
     ]),
    ("Recommendation 4 – Strengthen the role of scrutiny and member development",
     [
         ("4.1", "Agree a member development programme with the Member Development Steering Group, including "
                 "scrutiny chairing skills.",
          "Democratic Services Manager", "January 2026", "G",
          "Programme agreed by Steering Group; LGA scrutiny chairs session booked."),
     ]),
    ("Recommendation 5 – Make better use of data and insight to drive decision-making",
     [
         ("5.1", "Establish a corporate Business Intelligence function and publish a data and insight dashboard "
                 "for Cabinet members.",
          "Assistant Director – Strategic Support / Head of ICT", "31 March 2026", "A",
          "Business case agreed; recruitment to two analyst posts under way."),
     ]),
]
SEFTON_FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_sefton():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_paragraph(SEFTON_TITLE, style="Title")
    doc.add_paragraph("Sefton Council", style="Subtitle")
    doc.add_paragraph("Progress update to Cabinet – December 2025")
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Sefton Council from 4 to 7 "
        "March 2025. The peer team’s report made five recommendations. This action plan was agreed by Cabinet in "
        "July 2025 and sets out how the Council is responding to each recommendation. A progress review with the "
        "peer team is planned for January 2026.")

    doc.add_paragraph("Summary of progress", style="Heading 2")
    sm = doc.add_table(rows=6, cols=2)
    sm.style = "Table Grid"
    for i, (k, v) in enumerate([("RAG", "Number of actions"), ("B – Complete", "2"), ("G – On track", "3"),
                                ("A – Some slippage", "2"), ("R – Off track", "0"), ("Not started", "1")]):
        cell_text(sm.rows[i].cells[0], k, bold=(i == 0))
        cell_text(sm.rows[i].cells[1], v, bold=(i == 0))

    for rec, actions in SEFTON_RECS:
        doc.add_paragraph(rec, style="Heading 2")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress (December 2025)"])
        for ref, action, lead, when, rag, prog in actions:
            cells = t.add_row().cells
            cell_text(cells[0], ref)
            cell_text(cells[1], action)
            cell_text(cells[2], lead)
            cell_text(cells[3], when)
            cell_text(cells[4], rag)
            if rag in SEFTON_FILL:
                shade(cells[4], SEFTON_FILL[rag])
            cell_text(cells[5], prog)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (w, m) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage, recoverable"),
                                ("R", "Off track, needs intervention"), ("Not started", "Not yet due to start")]):
        cell_text(k.rows[i].cells[0], w)
        if w in SEFTON_FILL:
            shade(k.rows[i].cells[0], SEFTON_FILL[w])
        cell_text(k.rows[i].cells[1], m)
    doc.save(os.path.join(HERE, "ns2-sefton-council-lga-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Freebridge Community Housing – RSH consumer standards plan (csv, refuse)
# ---------------------------------------------------------------------------
FREEBRIDGE_ROWS = [
    ["Freebridge Community Housing – Consumer Standards Improvement Plan", "", "", "", "", "", "", ""],
    ["Progress report to Board – position at 31 October 2025", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Consumer standard", "Required outcome", "Action", "Owner", "Target date", "RAG", "Progress update"],
    ["SQ1", "Safety and Quality Standard",
     "Have an accurate, up to date and evidenced understanding of the condition of homes",
     "Complete stock condition surveys to 100% of homes on a five-year rolling programme (20% each year)",
     "Director of Property Services", "31/03/2026", "Amber",
     "1,046 surveys completed in 2025/26 against a target of 1,370."],
    ["SQ2", "Safety and Quality Standard",
     "Meet all legal requirements for the health and safety of tenants",
     "Complete high-priority fire risk assessment remedial actions within 28 days",
     "Head of Building Safety", "Monthly", "Green",
     "All high-priority actions for September completed in time."],
    ["SQ3", "Safety and Quality Standard",
     "Respond to damp and mould reports in line with Awaab's Law",
     "Introduce the revised Damp and Mould Policy and the Awaab's Law timescales for emergency hazards",
     "Head of Repairs", "Oct-2025", "Complete",
     "Policy approved by Board 25 September; in force from 27 October 2025."],
    ["TIA1", "Transparency, Influence and Accountability Standard",
     "Provide information to support effective scrutiny by tenants",
     "Publish Tenant Satisfaction Measures for 2024/25 with a 'you said, we did' summary",
     "Head of Customer Experience & Insight Manager", "30/09/2025", "Complete",
     "Published on website and in autumn tenant newsletter."],
    ["TIA2", "Transparency, Influence and Accountability Standard",
     "Address complaints fairly, effectively and promptly",
     "Review the complaints process against the Housing Ombudsman Complaint Handling Code and retrain "
     "complaint handlers",
     "Head of Customer Experience", "Febuary 2026", "Green",
     "Self-assessment complete; training specification drafted."],
    ["TEN1", "Tenancy Standard",
     "Support tenants to sustain their tenancies",
     "Carry out a tenancy audit visit to every new tenant within 12 months of their tenancy starting",
     "Head of Housing Services", "31/12/2025", "Red",
     "Backlog of 64 visits owing to two vacant Housing Officer posts."],
    ["NC1", "Neighbourhood and Community Standard",
     "Work with partners to tackle anti-social behaviour",
     "Agree an information-sharing protocol with the Borough Council of King's Lynn and West Norfolk and "
     "Norfolk Constabulary",
     "Community Safety Lead", "Jan-2026", "Green",
     "Draft protocol with partners for comment."],
    ["", "", "", "", "", "", "", ""],
    ["RAG key: Green = on track; Amber = risk of delay; Red = off track; Complete = delivered", "", "", "", "",
     "", "", ""],
]


def make_freebridge():
    path = os.path.join(HERE, "ns2-freebridge-community-housing-rsh-consumer-standards-improvement-plan-typo-"
                              "month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in FREEBRIDGE_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. South Yorkshire MCA – strategic risk register, tab-separated export (txt)
# ---------------------------------------------------------------------------
SYMCA_TITLE = "South Yorkshire Mayoral Combined Authority – Strategic Risk Register, Quarter 3 2025/26"
SYMCA_RISKS = [
    ("SR1 Bus franchising – failure to mobilise franchised bus services in line with the agreed programme",
     "Risk owner: Director of Transport. Current score 16 (I4 x L4); target score 8.",
     [
         ("SR1.1", "Complete procurement of the first franchise lots and award contracts",
          "Director of Transport", "30/06/2026", "A",
          "Tender evaluation under way; award report to MCA Board in April."),
         ("SR1.2", "Agree depot acquisition strategy with the MCA Board",
          "Director of Transport; Head of Property", "31/03/2026", "G",
          "Valuations received for two depots."),
     ]),
    ("SR2 Financial resilience – insufficient funding to deliver the MCA's priorities over the medium term",
     "Risk owner: Executive Director of Finance and Investment. Current score 12 (I4 x L3); target score 8.",
     [
         ("SR2.1", "Update the Medium Term Financial Strategy following the multi-year settlement",
          "Executive Director of Finance and Investment", "Feb-26", "G",
          "Draft MTFS to Board on 23 February."),
         ("SR2.2", "Monthly reporting of capital programme slippage to Management Board",
          "Head of Finance", "Monthly", "G", "Reported monthly since October."),
     ]),
    ("SR3 Cyber security – a successful cyber attack disrupts MCA systems and services",
     "Risk owner: Chief Operating Officer. Current score 15 (I5 x L3); target score 10.",
     [
         ("SR3.1", "Implement the recommendations from the 2025 internal audit of cyber security",
          "Head of ICT", "31/12/2025", "R",
          "Two of five recommendations outstanding; revised date to be agreed with ASRC."),
         ("SR3.2", "Annual cyber incident exercise with South Yorkshire local authority partners",
          "Head of ICT", "Q4 2025/26", "B", "Exercise held 8 January 2026; lessons log created."),
     ]),
    ("SR4 Tram network – condition of Supertram assets and availability of renewal funding",
     "Risk owner: Director of Transport. Current score 12 (I4 x L3); target score 9.",
     [
         ("SR4.1", "Deliver phase 2 of the Supertram rail replacement programme",
          "Head of Tram Operations", "Mar 2027", "A",
          "Phase 2 possession dates moved to avoid events season."),
         ("SR4.2", "Secure the CRSTS2 funding allocation for tram renewals",
          "Director of Transport & Executive Director of Finance and Investment", "30/04/2026", "G",
          "Programme business case submitted to DfT."),
     ]),
]


def make_symca():
    lines = [
        SYMCA_TITLE,
        "Audit, Standards and Risk Committee – 3 February 2026",
        "",
        "\t".join(["Risk", "Action ref", "Mitigating action", "Action owner", "Due date", "RAG", "Commentary"]),
    ]
    for risk, detail, actions in SYMCA_RISKS:
        lines.append("\t".join([risk, "", "", "", "", "", detail]))
        for ref, action, owner, due, rag, comm in actions:
            lines.append("\t".join(["", ref, action, owner, due, rag, comm]))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some slippage; R = significantly off track",
        "Report produced 14/01/2026 10:32 from the MCA risk management system",
    ]
    path = os.path.join(HERE, "ns2-south-yorkshire-mca-strategic-risk-register-q3-2025-26.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_wolverhampton()
    make_staffordshire()
    make_cpca()
    make_merthyr()
    make_sefton()
    make_freebridge()
    make_symca()


if __name__ == "__main__":
    main()
