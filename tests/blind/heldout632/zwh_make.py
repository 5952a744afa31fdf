"""Build the seven zwh- blind test files for set heldout632.

Run with the project venv python:  python zwh_make.py
Writes only files whose names start with "zwh-" into this folder.
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
NAVY = "1F3864"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. NatWest Group - FCA s166 skilled person review remediation tracker (xlsx)
# ---------------------------------------------------------------------------
NATWEST_FILE = "zwh-natwest-group-fca-s166-complaints-handling-remediation-tracker.xlsx"
NATWEST_TITLE = ("FCA Section 166 Skilled Person Review: Complaints Handling \u2013 "
                 "Remediation Tracker")
NATWEST_ROWS = [
    ("theme", "Theme A \u2013 Complaints governance and oversight"),
    ("rec", "Recommendation A1: The firm should establish clear executive ownership of "
            "complaints outcomes, supported by management information that lets the Board "
            "see root causes, repeat complaints and Financial Ombudsman Service overturn rates."),
    ("act", "A1.1", "Appoint a single accountable Senior Manager for complaints outcomes in "
                    "Retail Banking and update the Statement of Responsibilities.",
     "Chief Operating Officer, Retail Banking", D(2025, 4, 30), None, "Blue", "Blue",
     "SoR updated and submitted to the FCA via Connect on 22/04/2025. Validated by 2LoD 09/06/2025."),
    ("act", "A1.2", "Introduce a monthly complaints MI pack for the Retail Executive Committee "
                    "and quarterly reporting to Board Risk Committee, covering root causes, "
                    "repeat complaints and FOS overturn rates.",
     "Head of Complaints MI / Head of Customer Outcomes", D(2025, 6, 30), D(2025, 9, 30),
     "Amber", "Green",
     "Monthly pack live from July ExCo. First quarterly report to BRC 17/09/2025. "
     "Awaiting 2LoD validation."),
    ("rec", "Recommendation A2: The firm should define a complaints risk appetite and measure "
            "performance against it."),
    ("act", "A2.1", "Set and approve complaints risk appetite metrics (uphold rate, FOS change "
                    "rate, eight-week breaches) and embed them in the Retail risk appetite "
                    "statement.",
     "Retail CRO", D(2025, 7, 31), D(2025, 12, 31), "Amber", "Amber",
     "Metrics drafted; thresholds for FOS change rate still being calibrated against 2024 data."),
    ("theme", "Theme B \u2013 Complaint handling and redress"),
    ("rec", "Recommendation B1: The firm should ensure complaint handlers identify, record and "
            "fairly investigate every point of complaint, in line with DISP 1.4."),
    ("act", "B1.1", "Redesign the complaint investigation template so that each point of "
                    "complaint is captured, investigated and answered separately in the final "
                    "response letter.",
     "Head of Complaints Operations", D(2025, 5, 31), None, "Green", "Blue",
     "New template live 19/05/2025. 2LoD validation completed 31/07/2025."),
    ("act", "B1.2", "Deliver refreshed DISP and Consumer Duty training to all 1,450 complaint "
                    "handlers, with a competency assessment before handlers return to live cases.",
     "Head of Complaints Operations & Head of Learning", D(2025, 8, 31), D(2025, 11, 30),
     "Amber", "Green",
     "1,312 of 1,450 handlers (90%) assessed as competent. Remaining handlers on long-term "
     "absence or in probation."),
    ("act", "B1.3", "Increase quality assurance sampling to 5% of closed complaints per handler "
                    "per month, with results reported to the Complaints Quality Forum.",
     "Head of Complaints QA", D(2025, 9, 30), D(2026, 1, 31), "Green", "Red",
     "QA team 14 FTE short of plan; sampling running at 2.5%. Recruitment approved 03/10/2025; "
     "revised date proposed to the FCA."),
    ("rec", "Recommendation B2: The firm should identify customers who received an unfair "
            "outcome to a complaint between January 2022 and December 2024 and put things right."),
    ("act", "B2.1", "Complete the lookback of 38,000 complaints closed between January 2022 and "
                    "December 2024 and pay redress, including 8% simple interest, to customers "
                    "identified as having had an unfair outcome.",
     "Redress Programme Director", D(2025, 12, 31), D(2026, 6, 30), "Amber", "Amber",
     "21,400 cases reviewed; 3,950 redress offers made (\u00a32.1m). Revised date agreed with "
     "FCA supervision team 12/09/2025."),
    ("theme", "Theme C \u2013 Root cause analysis and customer outcomes testing"),
    ("rec", "Recommendation C1: The firm should use complaints data and customer outcomes "
            "testing to identify and fix the root causes of recurring complaints."),
    ("act", "C1.1", "Establish a Root Cause Review Group to agree the top ten complaint root "
                    "causes each quarter and track fixes to closure.",
     "Director of Customer Outcomes", D(2025, 7, 31), None, "Green", "Blue",
     "Group met 08/07/2025 and 07/10/2025. Terms of reference approved by Retail ExCo."),
    ("act", "C1.2", "Extend customer outcomes testing to complaint journeys for customers in "
                    "vulnerable circumstances and report results to the Consumer Duty Board "
                    "Champion.",
     "Head of Customer Outcomes Testing", D(2026, 3, 31), None, "Green", "Green",
     "Test plan approved. First testing cycle starts November 2025."),
]
RAGFILL = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_natwest():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = NATWEST_TITLE
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "NatWest Group \u2013 Retail Banking"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Classification", "Confidential \u2013 prepared for the FCA and Board Risk Committee"),
          ("Reporting period", "Position as at 31 October 2025"),
          ("Document owner", "Complaints Remediation Programme Director"),
          ("Accountable SMF", "Chief Operating Officer, Retail Banking"),
          ("Skilled Person", "Appointed under s166 FSMA; final report issued 14 March 2025")]
    r = 5
    for k, v in dc:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Change", "Author"], 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    for vrow in [("0.9", "28/03/2025", "Plan agreed with FCA supervision team", "Programme PMO"),
                 ("1.4", "24/09/2025", "Revised dates for A1.2, A2.1, B1.2, B2.1", "Programme PMO"),
                 ("1.5", "05/11/2025", "October 2025 position", "Programme PMO")]:
        r += 1
        for i, v in enumerate(vrow, 1):
            cov.cell(r, i, v).border = BOX
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 44
    cov.column_dimensions["D"].width = 18

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of remediation actions by current RAG \u2013 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    summ = [("A \u2013 Governance and oversight", 3, 1, 1, 1, 0),
            ("B \u2013 Complaint handling and redress", 4, 1, 1, 1, 1),
            ("C \u2013 Root cause and outcomes testing", 2, 1, 1, 0, 0),
            ("Total", 9, 3, 3, 2, 1)]
    for j, row in enumerate(summ, 4):
        for i, v in enumerate(row, 1):
            c = sm.cell(j, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "NatWest Group \u2013 Retail Banking"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = NATWEST_TITLE
    ws["A2"].font = Font(bold=True, size=14, color=NAVY)
    ws["A3"] = ("Position as at 31 October 2025 | Prepared for Board Risk Committee, "
                "19 November 2025")
    ws["A4"] = ("RAG key: Blue = closed (validated by Second Line); Green = on track; "
                "Amber = at risk, recoverable within revised date; Red = off track")
    ws["A4"].font = Font(italic=True, size=9)
    headers = ["Ref", "Remediation action", "Action owner", "Original due date",
               "Revised due date", "Previous RAG (Sep-25)", "Current RAG (Oct-25)",
               "Progress commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 7
    for item in NATWEST_ROWS:
        if item[0] in ("theme", "rec"):
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1)
            if item[0] == "theme":
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("2F5496")
            else:
                c.font = Font(bold=True, italic=True)
                c.fill = fill("DDEBF7")
                ws.row_dimensions[r].height = 32
            c.alignment = WRAP
        else:
            _, ref, text, owner, orig, rev, prev, cur, note = item
            vals = [ref, text, owner, orig, rev, prev, cur, note]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if i in (4, 5) and v is not None:
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(RAGFILL[prev])
            ws.cell(r, 7).fill = fill(RAGFILL[cur])
            if cur in ("Blue", "Red"):
                ws.cell(r, 7).font = Font(color="FFFFFF", bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates were agreed with the FCA supervision team on "
                  "12 September 2025, except B1.3. An action is set to Blue only after Second "
                  "Line validation of closure evidence.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [8, 60, 30, 13, 13, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C7"
    wb.save(path(NATWEST_FILE))


# ---------------------------------------------------------------------------
# 2. Leonard Cheshire - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
LC_FILE = "zwh-leonard-cheshire-strategic-risk-register-2025-26.xlsx"
LC_TITLE = "Leonard Cheshire \u2013 Strategic Risk Register 2025/26"
LC_RISKS = [
    ("SR1 Safeguarding \u2013 failure to prevent, recognise or respond to abuse or neglect "
     "of people we support", "Director of Quality and Safeguarding", "20 (4\u00d75)",
     "15 (3\u00d75)", "10 (2\u00d75)",
     "Score unchanged. Two CQC safeguarding notifications in Q2, both closed by the local authority.",
     [("SR1.1", "Roll out the safeguarding case management module on the incident system to all "
                "registered services in England and Wales.",
       "Head of Safeguarding", D(2025, 12, 31), "On track", "41 of 68 services live."),
      ("SR1.2", "Complete the independent thematic review of safeguarding referrals in supported "
                "living services and report findings to the Quality and Safeguarding Committee.",
       "Director of Quality and Safeguarding", "Jan 2026", "At risk",
       "Reviewer start delayed to November; fieldwork compressed."),
      ("SR1.3", "Refresh Level 3 safeguarding training for all registered managers and deputies.",
       "Head of Learning and Development", D(2025, 9, 30), "Complete", "96% completion at 30/09/2025.")]),
    ("SR2 Workforce \u2013 inability to recruit and retain enough skilled support workers, "
     "including colleagues affected by changes to the Health and Care Worker visa",
     "Chief People Officer", "20 (5\u00d74)", "16 (4\u00d74)", "12 (3\u00d74)",
     "Vacancy rate 11.8% (Q1 12.6%). Agency spend above budget in the South West and Wales.",
     [("SR2.1", "Implement the 2026/27 pay award for frontline support workers at or above the "
                "Real Living Wage.",
       "Chief People Officer / Director of Finance", "Apr 2026", "On track",
       "Costed options to Board in January."),
      ("SR2.2", "Launch a sponsored worker welfare and retention programme for colleagues "
                "recruited from overseas, including pastoral support and English language "
                "coaching.",
       "Head of Resourcing", "Q3 2025/26", "Off track",
       "Programme lead post vacant since August; launch will miss Q3."),
      ("SR2.3", "Monitor agency usage and spend weekly in each region and escalate services above "
                "15% agency hours to the Chief Operating Officer.",
       "Regional Operations Directors", "Ongoing \u2013 weekly", "On track", "")]),
    ("SR3 Financial sustainability \u2013 fee uplifts from commissioners do not cover increases "
     "in employer National Insurance and the National Living Wage", "Chief Financial Officer",
     "20 (4\u00d75)", "16 (4\u00d74)", "9 (3\u00d73)",
     "Average 2025/26 uplift 6.1% against cost pressure of 8.4%.",
     [("SR3.1", "Negotiate 2026/27 fee uplifts with the 20 largest commissioning local "
                "authorities, supported by cost-of-care evidence for each service.",
       "Director of Commercial Development", D(2026, 3, 31), "On track",
       "Cost-of-care packs issued to 14 of 20 authorities."),
      ("SR3.2", "Agree a recovery plan for the 12 services operating at a deficit.\n"
                "Options to include remodelling, fee renegotiation or handback to commissioners.",
       "Chief Operating Officer", "Feb 2026", "At risk",
       "Plans agreed for 7 services; 5 awaiting commissioner meetings.")]),
    ("SR4 Cyber security and data protection \u2013 loss of systems or personal data following "
     "a cyber attack on the charity or a key supplier", "Chief Digital Officer",
     "20 (4\u00d75)", "12 (3\u00d74)", "8 (2\u00d74)",
     "Supplier incident at a payroll provider in September; no Leonard Cheshire data affected.",
     [("SR4.1", "Complete Cyber Essentials Plus recertification and close the remaining "
                "high-rated penetration test findings.",
       "Head of IT Security", D(2025, 11, 30), "Complete", "Certificate issued 21/10/2025."),
      ("SR4.2", "Run a ransomware scenario exercise with the Executive Leadership Team and update "
                "the business continuity plan for digital care records.",
       "Chief Digital Officer / Business Continuity Lead", "Jan 2026", "On track",
       "Exercise booked for 14 January.")]),
]
LC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}


def make_lc():
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    g["A1"] = "How to read this register"
    g["A1"].font = Font(bold=True, size=12)
    lines = [
        "Risks are scored Likelihood (1\u20135) \u00d7 Impact (1\u20135). Inherent = before "
        "controls; Current = with existing controls; Target = after further actions.",
        "Score bands: 1\u20136 Low; 8\u201312 Medium; 15\u201325 High.",
        "Each strategic risk is followed by the further actions needed to reach its target score.",
        "Action status key: Complete (blue); On track (green); At risk (amber); Off track (red).",
    ]
    for i, t in enumerate(lines, 3):
        g.cell(i, 1, t)
    g.column_dimensions["A"].width = 120

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk scores \u2013 Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    for i, h in enumerate(["Risk", "Current score", "Q1 score", "Trend"], 1):
        hm.cell(3, i, h).font = Font(bold=True)
    for j, row in enumerate([("SR1", 15, 15, "\u2194"), ("SR2", 16, 20, "\u2193"),
                             ("SR3", 16, 16, "\u2194"), ("SR4", 12, 12, "\u2194")], 4):
        for i, v in enumerate(row, 1):
            hm.cell(j, i, v)

    ws = wb.create_sheet("Register Q2")
    ws["A1"] = LC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws["A2"] = ("Quarter 2 review (position at 30 September 2025) \u2013 Executive Leadership "
                "Team 28 October 2025; Audit and Risk Committee 18 November 2025")
    ws["A3"] = ("Action status key: Complete (blue) | On track (green) | At risk (amber) | "
                "Off track (red)")
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Ref", "Risk / further action required", "Risk owner / action lead",
               "Inherent score", "Current score", "Target score", "Target date",
               "Action status", "Q2 commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for title, owner, inh, cur, tgt, comm, acts in LC_RISKS:
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for i, v in zip((3, 4, 5, 6, 9), (owner, inh, cur, tgt, comm)):
            ws.cell(r, i, v)
        for i in range(1, 10):
            c = ws.cell(r, i)
            c.fill = fill("E8DAEF")
            c.font = Font(bold=True)
            c.alignment = WRAP
            c.border = BOX
        ws.row_dimensions[r].height = 45
        r += 1
        for ref, text, lead, due, status, note in acts:
            vals = [ref, text, lead, None, None, None, due, status, note or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 7).number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(LC_STATUS_FILL[status])
            if status in ("Complete", "Off track"):
                ws.cell(r, 8).font = Font(color="FFFFFF")
            if "\n" in text:
                ws.row_dimensions[r].height = 45
            r += 1
    for col, w in zip("ABCDEFGHI", [8, 62, 30, 10, 10, 10, 13, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.active = 2
    wb.save(path(LC_FILE))


# ---------------------------------------------------------------------------
# 3. York and North Yorkshire CA - ICO data protection audit action plan (xlsx)
# ---------------------------------------------------------------------------
YNY_FILE = "zwh-york-and-north-yorkshire-ca-ico-data-protection-audit-action-plan.xlsx"
YNY_TITLE = ("York and North Yorkshire Combined Authority \u2013 ICO Data Protection Audit "
             "Action Plan")
# sheet name, heading, [ (ref, recommendation, priority, [ (action, owner, date, revised, rag, update) ]) ]
YNY_SHEETS = [
    ("A Governance", "A. Governance and Accountability", [
        ("a3", "YNYCA should appoint a Senior Information Risk Owner (SIRO) at executive level and "
               "set out the SIRO's responsibilities in the Information Governance Framework.",
         "High", [
             ("Designate the Director of Resources as SIRO and update the Information Governance "
              "Framework and the officer scheme of delegation.",
              "Monitoring Officer", "31 May 2025", None, BLUE,
              "Approved by Combined Authority 02/06/2025."),
             ("Arrange accredited SIRO training for the Director of Resources and record "
              "completion on the training log.",
              "Data Protection Officer", "30 September 2025", None, BLUE,
              "Training completed 16/07/2025."),
         ]),
        ("a7", "YNYCA should complete its Record of Processing Activities (RoPA), including the "
               "policing and fire functions transferred from the former Police, Fire and Crime "
               "Commissioner.",
         "Medium", [
             ("Hold RoPA workshops with each directorate and the Policing, Fire and Crime team, "
              "and publish the completed RoPA on the intranet.",
              "Information Governance Manager", "31 December 2025", None, GREEN,
              "Workshops complete for 5 of 7 areas."),
         ]),
        ("a11", "YNYCA should ensure that Data Protection Impact Assessments (DPIAs) are completed "
                "and approved before new processing starts, including for Mayoral grant schemes.",
         "Medium", [
             ("Add a DPIA screening question to the project initiation document and to the "
              "procurement gateway checklist.",
              "Programme Management Office Lead / Data Protection Officer", "March 2026", None,
              AMBER, "PID template updated; procurement checklist change waiting for "
                     "new Procurement Manager."),
         ]),
    ]),
    ("B Requests for Access", "B. Requests for Access", [
        ("b2", "YNYCA should keep a central log of all subject access requests (SARs) so it can "
               "monitor compliance with the one-month statutory deadline.",
         "High", [
             ("Move SAR logging from the shared mailbox spreadsheet to the case management system, "
              "recording extension and clock-stop dates.",
              "Information Governance Manager", "31 July 2025", None, BLUE,
              "Live from 01/07/2025."),
             ("Report SAR volumes and timeliness to the Audit and Governance Committee.",
              "Data Protection Officer", "October 2025", None, GREEN,
              "First report to October committee; quarterly thereafter."),
         ]),
        ("b5", "YNYCA should give staff written guidance on identifying and redacting third-party "
               "information when responding to requests.",
         "Medium", [
             ("Publish SAR redaction guidance and deliver two briefing sessions for officers who "
              "handle requests.",
              "Information Governance Officer", "30 September 2025", None, BLUE,
              "Guidance published 11/09/2025; sessions held 18 and 25 September."),
         ]),
    ]),
    ("C Information Security", "C. Information Security", [
        ("c4", "YNYCA should remove access to systems and shared drives promptly when staff leave "
               "or change roles.",
         "Urgent", [
             ("Implement an automated leavers process between HR and ICT so that accounts are "
              "disabled on the employee's last working day.",
              "ICT Client Manager & Head of People", "30 April 2025", "31 January 2026", RED,
              "Dependent on HR system upgrade by the shared service provider; interim manual "
              "checklist in place."),
             ("Carry out a quarterly access rights review of all shared drives, starting with the "
              "Finance and Transport folders.",
              "ICT Client Manager", "31 January 2026", None, GREEN,
              "Finance folders reviewed October 2025."),
         ]),
        ("c9", "YNYCA should include clear desk and screen lock reminders in its annual information "
               "governance training.",
         "Low", [
             ("Add clear desk and screen lock content to the mandatory information governance "
              "e-learning module for 2025/26.",
              "Learning and Development Adviser", "Q4 2025/26", None, None, ""),
         ]),
    ]),
]


def make_yny():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = YNY_TITLE
    sm["A1"].font = Font(bold=True, size=14, color="006666")
    sm["A2"] = ("Audit fieldwork 10\u201312 March 2025 | Final report issued 14 May 2025 | "
                "Progress at 31 October 2025")
    hdr = ["Scope area", "ICO assurance rating", "Urgent", "High", "Medium", "Low",
           "Agreed actions"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006666")
        c.border = BOX
    rows = [("Governance and Accountability", "Reasonable", 0, 1, 2, 0, 4),
            ("Requests for Access", "Reasonable", 0, 1, 1, 0, 3),
            ("Information Security", "Limited", 1, 0, 0, 1, 3),
            ("Total", "", 1, 2, 3, 1, 10)]
    for j, row in enumerate(rows, 5):
        for i, v in enumerate(row, 1):
            c = sm.cell(j, i, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A11"] = "RAG key (colour in the RAG column of each scope area sheet)"
    sm["A11"].font = Font(bold=True)
    for j, (col, txt) in enumerate([(BLUE, "Complete \u2013 evidence held"),
                                    (GREEN, "On track"),
                                    (AMBER, "At risk of missing the date"),
                                    (RED, "Overdue"),
                                    (None, "No colour \u2013 not started")], 12):
        if col:
            sm.cell(j, 1).fill = fill(col)
        sm.cell(j, 1).border = BOX
        sm.cell(j, 2, txt)
    sm.column_dimensions["A"].width = 34
    sm.column_dimensions["B"].width = 28

    headers = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Action owner",
               "Implementation date", "Revised date", "RAG", "Progress update (October 2025)"]
    for sname, heading, recs in YNY_SHEETS:
        ws = wb.create_sheet(sname)
        ws["A1"] = YNY_TITLE
        ws["A1"].font = Font(bold=True, size=12, color="006666")
        for i, h in enumerate(headers, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("006666")
            c.alignment = WRAP
            c.border = BOX
        ws.cell(4, 1, heading)
        ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=9)
        ws.cell(4, 1).font = Font(bold=True)
        ws.cell(4, 1).fill = fill("CCE5E5")
        r = 5
        for ref, rec, prio, acts in recs:
            start = r
            for text, owner, date, rev, rag, upd in acts:
                vals = [None, None, None, text, owner, date, rev, None, upd or None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag:
                    ws.cell(r, 8).fill = fill(rag)
                r += 1
            ws.cell(start, 1, ref)
            ws.cell(start, 2, rec)
            ws.cell(start, 3, prio)
            if r - 1 > start:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1,
                                   end_column=col)
            for col in (1, 2, 3):
                ws.cell(start, col).alignment = WRAP
        for col, w in zip("ABCDEFGHI", [6, 48, 9, 48, 28, 16, 14, 7, 40]):
            ws.column_dimensions[col].width = w
    wb.save(path(YNY_FILE))


# ---------------------------------------------------------------------------
# Word helpers
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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Compton Care - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
COMPTON_FILE = "zwh-compton-care-cqc-inspection-action-plan.docx"
COMPTON_TITLE = "Compton Care \u2013 CQC Inspection Action Plan"
COMPTON_SECTIONS = [
    ("1. Safe", [
        ("The provider must ensure that controlled drugs are stored, recorded and checked in line "
         "with legislation and the hospice's own medicines policy. (Regulation 12)", [
            ("1.1", "Introduce twice-daily controlled drug register checks on the Inpatient Unit, "
                    "signed by two registered nurses.",
             "Inpatient Unit Manager", "31/12/2024", "B",
             "Checks in place from 18/11/2024; audited weekly by the Ward Sister."),
            ("1.2", "Commission an external pharmacy audit of controlled drugs management and act "
                    "on its findings.",
             "Lead Pharmacist & Director of Patient Services", "March 2025", "G",
             "Audit booked with Royal Wolverhampton NHS Trust pharmacy for 26/02/2025."),
        ]),
        ("The provider must ensure that risk assessments for falls and pressure damage are "
         "completed on admission and reviewed when a patient's condition changes. (Regulation 12)", [
            ("1.3", "Add mandatory falls and Waterlow assessment fields to the SystmOne admission "
                    "template.",
             "Clinical Systems Lead", "31/01/2025", "B", "Template changed 09/01/2025."),
            ("1.4", "Audit 20 sets of inpatient records each month and feed back the results at the "
                    "daily safety huddle.",
             "Practice Educator", "Monthly \u2013 ongoing", "G",
             "December audit: 85% compliant (November 60%)."),
        ]),
    ]),
    ("2. Effective", [
        ("The provider should ensure that the Mental Capacity Act 2005 is applied consistently and "
         "that capacity assessments are recorded for specific decisions.", [
            ("2.1", "Deliver Mental Capacity Act and best-interests training to all registered "
                    "nurses and doctors.",
             "Head of Education", "Q4 2024/25", "A",
             "62% trained; two further sessions added in March."),
            ("2.2", "Update the capacity assessment template so that it records the specific "
                    "decision, the two-stage test and who was consulted.",
             "Safeguarding Lead", "28/02/2025", "",  # colour only: green
             "Draft template approved by the Clinical Governance Group."),
        ]),
    ]),
    ("3. Well-led", [
        ("The provider should ensure that governance systems give trustees clear oversight of "
         "incidents, audit results and the actions arising from them.", [
            ("3.1", "Introduce a quarterly integrated quality report to the Quality and Governance "
                    "Committee of the Board of Trustees.",
             "Director of Patient Services", "April 2025", "G",
             "Report format agreed; first report due April committee."),
            ("3.2", "Review the clinical audit programme for 2025/26 and link each audit to a risk "
                    "on the clinical risk register.",
             "Quality and Governance Manager", "30/04/2025", "",
             "Not yet started \u2013 will begin when the 2024/25 audit year closes."),
            ("3.3", "Carry out a well-led self-assessment with trustees using the CQC quality "
                    "statements.",
             "Chief Executive / Chair of Trustees", "June 2025", "G",
             "Trustee away day booked for 14 May 2025."),
        ]),
    ]),
]
COMPTON_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_compton():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(COMPTON_TITLE, style="Title")
    doc.add_paragraph("Inspection of Compton Care, Compton Road West, Wolverhampton \u2013 "
                      "8 to 10 October 2024. Report published 6 December 2024.")
    doc.add_paragraph("Overall rating: Requires improvement (Safe: Requires improvement; "
                      "Effective: Good; Caring: Outstanding; Responsive: Good; "
                      "Well-led: Requires improvement).")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(t.cell(0, i), h, bold=True)
    for j, row in enumerate([("1.0", "20/12/2024", "Director of Patient Services",
                              "Quality and Governance Committee"),
                             ("1.1", "17/01/2025", "Quality and Governance Manager",
                              "Executive Team"),
                             ("1.2", "14/02/2025", "Quality and Governance Manager",
                              "Executive Team")], 1):
        for i, v in enumerate(row):
            set_cell(t.cell(j, i), v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for j, (letter, txt) in enumerate([("B", "Complete and embedded"),
                                       ("G", "On track to meet target date"),
                                       ("A", "Some slippage \u2013 recoverable"),
                                       ("R", "Off track \u2013 escalate to Executive Team")]):
        set_cell(k.cell(j, 0), letter, bold=True)
        shade(k.cell(j, 0), COMPTON_RAG[letter])
        set_cell(k.cell(j, 1), txt)
    doc.add_paragraph("Where the RAG cell is shaded without a letter, the colour is the rating.")

    for heading, reqs in COMPTON_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        for req, acts in reqs:
            doc.add_paragraph(req, style="Heading 3")
            tb = doc.add_table(rows=1 + len(acts), cols=6)
            tb.style = "Table Grid"
            for i, h in enumerate(["Ref", "What we will do", "Lead", "By when", "RAG",
                                   "Progress / evidence"]):
                set_cell(tb.cell(0, i), h, bold=True, color="FFFFFF")
                shade(tb.cell(0, i), "7030A0")
            for j, (ref, text, lead, when, rag, prog) in enumerate(acts, 1):
                for i, v in enumerate([ref, text, lead, when, rag, prog]):
                    set_cell(tb.cell(j, i), v)
                if rag:
                    shade(tb.cell(j, 4), COMPTON_RAG[rag])
                elif ref == "2.2":
                    shade(tb.cell(j, 4), GREEN)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported monthly to the Executive Team and "
                      "quarterly to the Quality and Governance Committee. Evidence is held in the "
                      "CQC evidence folder on SharePoint.")
    doc.save(path(COMPTON_FILE))


# ---------------------------------------------------------------------------
# 5. Bewdley Town Council - flooding lessons learned action plan (docx)
# ---------------------------------------------------------------------------
BEWDLEY_FILE = "zwh-bewdley-town-council-storm-henk-flooding-lessons-learned-action-plan.docx"
BEWDLEY_TITLE = ("Bewdley Town Council \u2013 Flooding, January 2024 (Storm Henk): "
                 "Lessons Learned Action Plan")
BEWDLEY_THEMES = [
    ("A. Warning and informing", [
        ("Some residents in Wribbenhall and on Severnside South did not know the barriers were "
         "going up until the Kidderminster Road was closed.", [
            ("1", "Sign up all riverside properties to the Environment Agency's Floodline warnings, "
                  "door-knocking where needed.",
             "Flood Warden Co-ordinator", "April 2024", "Complete"),
            ("2", "Set up a town council WhatsApp broadcast list and Facebook flood page, with "
                  "agreed wording for each stage of barrier deployment.",
             "Town Clerk / Deputy Clerk", "May 2024", "Complete"),
        ]),
        ("Businesses were unclear about pedestrian access across the bridge and the route of the "
         "free shuttle bus.", [
            ("3", "Produce a one-page access map for businesses, agreed with Worcestershire County "
                  "Council Highways and the Environment Agency.",
             "Cllr A. Hughes and Cllr R. Patel", "30/09/2024", "On track"),
        ]),
    ]),
    ("B. Community response", [
        ("The community flood store ran short of sandbags and PPE on the second day.", [
            ("4", "Restock the flood store and check the inventory every quarter.",
             "Town Clerk", "Quarterly", "On track"),
            ("5", "Agree a mutual aid arrangement for sandbags with Wyre Forest District Council.",
             "Town Clerk", "June 2024", "Delayed"),
        ]),
        ("Volunteer flood wardens were not clearly covered by the council's insurance when helping "
         "away from the flood store.", [
            ("6", "Confirm insurance cover for registered volunteers with the council's insurer and "
                  "add all flood wardens to the volunteer register.",
             "Responsible Financial Officer", "31 March 2024", "Complete"),
        ]),
    ]),
    ("C. Recovery", [
        ("Clean-up of the Quay and Severn Side North took five days because the council's "
         "grounds contractor was not available.", [
            ("7", "Include emergency clean-up in the specification for the grounds maintenance "
                  "contract renewal.",
             "Town Clerk", "April 2025", "Not started"),
            ("8", "Hold a flood recovery drop-in with the National Flood Forum for affected "
                  "residents and businesses.",
             "Cllr S. Morgan", "February 2024", "Complete"),
        ]),
        ("The Community Emergency Plan had not been reviewed since 2021 and several contact "
         "details were out of date.", [
            ("9", "Review and re-adopt the Bewdley Community Emergency Plan, including key-holder "
                  "and rest centre contacts.",
             "Emergency Planning Working Group", "July 2024", "Delayed"),
        ]),
    ]),
]


def make_bewdley():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph(BEWDLEY_TITLE, style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Report to Full Council \u2013 11 March 2024. Progress updated for the "
                      "Council meeting of 9 September 2024.")
    doc.add_paragraph("Background", style="Heading 1")
    doc.add_paragraph(
        "The River Severn at Bewdley peaked at 5.03m on 5 January 2024. The Environment Agency "
        "deployed the temporary barriers at Beales Corner and Severnside North and the bridge was "
        "closed to traffic for four days. Members and volunteers met on 29 January 2024 to review "
        "the town's response. This plan records what we learned and what the Town Council will do.")
    doc.add_paragraph("What went well", style="Heading 1")
    for b in ["Flood wardens were in place at Beales Corner before the barriers were closed.",
              "The shuttle bus and pedestrian access over the bridge worked well once publicised.",
              "Local businesses and the Elim Church offered space and refreshments for volunteers."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Action plan", style="Heading 1")

    nrows = 1 + sum(1 + sum(len(a) for _, a in lessons) for _, lessons in BEWDLEY_THEMES)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Lesson identified", "Action", "Who", "When", "Status"]):
        set_cell(t.cell(0, i), h, bold=True, size=10)
        shade(t.cell(0, i), "BDD7EE")
    r = 1
    for theme, lessons in BEWDLEY_THEMES:
        merged = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "F2F2F2")
        r += 1
        for lesson, acts in lessons:
            start = r
            for no, text, who, when, status in acts:
                set_cell(t.cell(r, 0), no, size=10)
                set_cell(t.cell(r, 2), text, size=10)
                set_cell(t.cell(r, 3), who, size=10)
                set_cell(t.cell(r, 4), when, size=10)
                set_cell(t.cell(r, 5), status, size=10)
                r += 1
            if r - 1 > start:
                lc = t.cell(start, 1).merge(t.cell(r - 1, 1))
            else:
                lc = t.cell(start, 1)
            set_cell(lc, lesson, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete; On track; Delayed (behind the date set \u2013 amber); "
                      "Not started.")
    doc.add_paragraph("Requests made to partner agencies (Environment Agency, Wyre Forest District "
                      "Council and Worcestershire County Council) are reported separately under "
                      "Correspondence.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, (a, b) in enumerate([("Approved by", "Full Council"), ("Minute", "FC/24/117"),
                                ("Date", "11 March 2024")]):
        set_cell(s.cell(0, i), a, bold=True)
        set_cell(s.cell(1, i), b)
    doc.save(path(BEWDLEY_FILE))


# ---------------------------------------------------------------------------
# 6. Companies House - Board action log (csv) - refuse: mistyped month
# ---------------------------------------------------------------------------
CH_FILE = "zwh-companies-house-board-action-log-typo-month-refuse.csv"
CH_ROWS = [
    ["Companies House Board \u2013 Action Log"],
    ["Open actions and actions closed since the last meeting \u2013 Board meeting 27 January 2026"],
    [],
    ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due", "Status", "Update"],
    ["CHB/25/041", "23/09/2025", "Chief Executive's report",
     "Circulate the revised timetable for the ECCT Act implementation phases to Board members.",
     "CEO Office", "October 2025", "Complete", "Circulated 06/10/2025."],
    ["CHB/25/042", "23/09/2025", "Identity verification",
     "Provide a breakdown of identity verification failure rates by route (GOV.UK One Login, "
     "authorised corporate service providers and in person).",
     "Director of Registration Services", "November 2025", "Complete",
     "Included in the IDV dashboard at the November Board."],
    ["CHB/25/045", "23/09/2025", "Finance report",
     "Bring a paper on fee income forecasts for 2026/27 following the fees consultation.",
     "Chief Financial Officer", "January 2026", "On track", "On the agenda for this meeting (item 7)."],
    ["CHB/25/047", "23/09/2025", "People and culture",
     "Share the pulse survey results broken down by office (Cardiff/Edinburgh/Belfast/London).",
     "Chief People Officer", "December 2025", "Complete", "Circulated with Board papers."],
    ["CHB/25/051", "25/11/2025", "Strategic risk register",
     "Review the cyber security risk score in light of the Government Security Group assurance "
     "findings.",
     "SIRO / Chief Digital Officer", "Febuary 2026", "On track",
     "Deferred to the February ARAC meeting."],
    ["CHB/25/052", "25/11/2025", "Strategic risk register",
     "Add a risk on dependency on GOV.UK One Login availability to the strategic risk register.",
     "Head of Risk", "January 2026", "On track", ""],
    ["CHB/25/055", "25/11/2025", "Annual report",
     "Agree the timetable for the 2025/26 Annual Report and Accounts with the NAO.",
     "Chief Financial Officer", "March 2026", "On track", ""],
    ["CHB/25/056", "25/11/2025", "Register integrity",
     "Provide data on the number of companies struck off after false registered office addresses "
     "were removed.",
     "Director of Intelligence and Enforcement", "March 2026", "Not started", ""],
    ["CHB/25/058", "25/11/2025", "Any other business",
     "Arrange a Board visit to the Edinburgh office.",
     "Board Secretary", "April 2026", "Not started", ""],
]


def make_ch():
    with open(path(CH_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in CH_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Pembrokeshire Coast NPA - HSE inspection action plan (plain text export)
# ---------------------------------------------------------------------------
PC_FILE = "zwh-pembrokeshire-coast-npa-hse-inspection-action-plan.txt"
PC_TITLE = "Pembrokeshire Coast National Park Authority \u2013 HSE Inspection Action Plan"
PC_MATTERS = [
    ("MATTER 1 \u2013 HAND-ARM VIBRATION",
     "Control of Vibration at Work Regulations 2005, regulations 5, 6 and 7",
     "Vibration exposure from brushcutters, hedge trimmers and breakers used by the estate team "
     "had not been assessed, and there was no health surveillance for employees exposed above the "
     "exposure action value.",
     [("1.1", "Carry out HAV risk assessments for all powered hand tools used by ranger and estate "
              "teams, using manufacturer data and on-tool measurements.",
       "Health and Safety Adviser", "31/12/2024", "COMPLETE", None),
      ("1.2", "Introduce a daily exposure points record for each operator and replace the two "
              "highest-vibration brushcutters with low-vibration models.",
       "Estates Manager", "March 2025", "ON TRACK",
       "Two new brushcutters delivered 10/02/2025; points cards issued to all operators."),
      ("1.3", "Enrol exposed employees in health surveillance with the occupational health "
              "provider (Tier 1 questionnaire and annual review).",
       "Head of HR / Health and Safety Adviser", "31/01/2025", "OVERDUE",
       "New occupational health contract signed 20/02/2025; first screening clinics booked for "
       "April 2025.")]),
    ("MATTER 2 \u2013 CHAINSAW WORK AND LONE WORKING",
     "Provision and Use of Work Equipment Regulations 1998, regulation 9; Management of Health "
     "and Safety at Work Regulations 1999, regulation 3",
     "Two employees using chainsaws to clear windblown trees from the Coast Path did not hold "
     "current certificates of competence, and the risks of lone working on remote sections had "
     "not been assessed.",
     [("2.1", "Stop chainsaw use by any employee without a current Lantra or NPTC certificate "
              "until refresher training is complete.",
       "Area Ranger Manager (North)", "30/10/2024", "COMPLETE", None),
      ("2.2", "Complete a competence matrix for all tree and chainsaw work and book refresher "
              "courses for six staff.",
       "Estates Manager", "Feb 2025", "COMPLETE", "All six staff certificated by 07/02/2025."),
      ("2.3", "Write a lone working procedure for remote Coast Path work, including check-in times "
              "and satellite messengers where there is no mobile signal.",
       "Health and Safety Adviser", "April 2025", "ON TRACK",
       "Draft to Health and Safety Committee on 19 March.")]),
    ("MATTER 3 \u2013 WORKPLACE TRANSPORT AT DEPOTS",
     "Workplace (Health, Safety and Welfare) Regulations 1992, regulation 17",
     "There was no separation of pedestrians and vehicles in the yard at the Castlemartin depot, "
     "and reversing of tractors and trailers had not been risk assessed.",
     [("3.1", "Mark pedestrian walkways and install a barrier between the workshop door and the "
              "vehicle parking area at Castlemartin depot.",
       "Property Services Manager", "Q4 2024/25", "ON TRACK",
       "Contractor appointed; works start 3 March 2025."),
      ("3.2", "Complete a workplace transport risk assessment for every depot and brief all staff "
              "at team meetings.",
       "Health and Safety Adviser", "June 2025", "NOT STARTED", None)]),
]


def make_pc():
    L = []
    L.append(PC_TITLE)
    L.append("Awdurdod Parc Cenedlaethol Arfordir Penfro \u2013 Cynllun Gweithredu Arolygiad HSE")
    L.append("")
    L.append("HSE visit:            15 October 2024 (Countryside and Estate Services, "
             "Castlemartin and St Davids depots)")
    L.append("HSE letter:           Notification of Contravention dated 29 October 2024 "
             "(Fee for Intervention applies)")
    L.append("Reported to:          Audit and Corporate Services Review Committee, 12 March 2025")
    L.append("Exported from the Health and Safety action tracker on 27/02/2025")
    L.append("")
    L.append("Status key: COMPLETE = blue | ON TRACK = green | OVERDUE = red | NOT STARTED")
    L.append("")
    for head, law, finding, acts in PC_MATTERS:
        L.append("=" * 78)
        L.append(head)
        L.append(law)
        L.append("-" * 78)
        L.append("What HSE found:")
        L.append(finding)
        L.append("")
        for ref, text, lead, due, status, comment in acts:
            L.append(f"{ref}  Action:  {text}")
            L.append(f"     Lead:    {lead}")
            L.append(f"     Due:     {due}")
            L.append(f"     Status:  {status}")
            if comment:
                L.append(f"     Comment: {comment}")
            L.append("")
    L.append("=" * 78)
    L.append("SUMMARY: 8 actions \u2013 3 complete, 3 on track, 1 overdue, 1 not started")
    L.append("Next update to HSE inspector due 31 March 2025.")
    with open(path(PC_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_natwest()
    make_lc()
    make_yny()
    make_compton()
    make_bewdley()
    make_ch()
    make_pc()
    print("built 7 files in", HERE)
