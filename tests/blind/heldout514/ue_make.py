"""Build the seven ue- data files of set heldout514.

Run with: /work/main/.venv/bin/python ue_make.py
Writes the data files (xlsx, docx, csv, txt) beside this script.
The data below is also imported by the author's check to write the expected readings.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Scottish Courts and Tribunals Service - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
SCTS_FILE = "ue-scottish-courts-and-tribunals-service-internal-audit-recommendations-tracker.xlsx"
SCTS_TITLE = "Internal Audit Recommendations Tracker – position as at 31 January 2026"

# each report band: (band text, [ (rec ref, priority, recommendation, [actions]) ])
# action: (ref, action text, owner, original due, revised due or None, status letter, update)
SCTS_OPEN = [
    ("IA 2024/25-03 Estates Maintenance Contract Management – Limited assurance (issued May 2025)", [
        ("R1", "High",
         "Contract performance should be monitored against the key performance indicators set out in the "
         "term maintenance contract, and performance reports should be scrutinised monthly.",
         [("03/R1a",
           "Agree a monthly KPI report template with the term maintenance contractor covering response times, "
           "planned maintenance completion and statutory compliance certificates.",
           "Head of Estates", d(2025, 10, 31), d(2026, 3, 31), "A",
           "Template drafted. Contractor has not yet provided compliance certificate data in the agreed format. "
           "Revised date agreed by Executive Team on 13/01/2026."),
          ("03/R1b",
           "Report contractor performance quarterly to the Estates Programme Board, with escalation of any KPI "
           "below target for two consecutive months.",
           "Head of Estates; Estates Programme Board Secretary", d(2026, 3, 31), None, "G",
           "First quarterly report scheduled for the March 2026 Board."),
          ]),
        ("R2", "Medium",
         "Variations to the contract should be approved in line with the Scheme of Delegation before work is "
         "instructed.",
         [("03/R2",
           "Issue a reminder to all court estates officers on the variation approval process and introduce a "
           "variation log checked monthly by the Estates Finance Business Partner.",
           "Estates Finance Business Partner", d(2025, 9, 30), None, "R",
           "Reminder issued in August 2025. Variation log not yet in place owing to a vacancy in Estates "
           "Finance; escalated to the Chief Finance Officer."),
          ]),
    ]),
    ("IA 2024/25-07 Cyber Security – Third Party Access – Reasonable assurance (issued July 2025)", [
        ("R1", "High",
         "Third party remote access accounts should be reviewed at least quarterly and disabled when no longer "
         "required.",
         [("07/R1",
           "Implement a quarterly recertification of all third party remote access accounts, with accounts "
           "inactive for 30 days disabled automatically.",
           "Head of Digital Security", d(2025, 12, 31), d(2026, 4, 30), "A",
           "First recertification completed in December 2025. Automated disabling depends on the identity "
           "management upgrade, now due April 2026."),
          ]),
        ("R2", "Medium",
         "Contracts with suppliers who access SCTS systems should include current cyber security clauses.",
         [("07/R2",
           "Review the 14 supplier contracts identified by Internal Audit and vary them to include the Scottish "
           "Government cyber security schedule at the next renewal or break point.",
           "Head of Procurement / Head of Digital Security", d(2026, 6, 30), None, "G",
           "6 of 14 contracts varied to date."),
          ]),
    ]),
    ("IA 2025/26-01 Tribunals Fee Income – Substantial assurance (issued October 2025)", [
        ("R1", "Low",
         "Manual fee refunds should be independently authorised before payment.",
         [("01/R1",
           "Update the fee refund procedure so that all manual refunds over £250 are authorised by a second "
           "officer in the Finance team, and record the approval in the finance system.",
           "Financial Controller", d(2026, 1, 31), None, "B",
           "Procedure updated and in use from 12/01/2026. Evidence sent to Internal Audit for verification."),
          ]),
    ]),
]

SCTS_CLOSED = [
    ("IA 2023/24-09 Business Continuity – Reasonable assurance (issued March 2024)", [
        ("R2", "Medium",
         "Business continuity plans for each court and tribunal venue should be tested at least annually.",
         [("09/R2",
           "Run a desk-top exercise of the business continuity plans in each sheriffdom and record lessons "
           "learned in the business continuity register.",
           "Business Continuity Manager", d(2025, 3, 31), d(2025, 10, 31), "B",
           "Exercises completed in all six sheriffdoms by 24/10/2025. Closed by Internal Audit on 18/12/2025."),
          ]),
    ]),
    ("IA 2024/25-03 Estates Maintenance Contract Management – Limited assurance (issued May 2025)", [
        ("R3", "Low",
         "The asset register for mechanical and electrical plant should be updated to reflect the latest "
         "condition survey.",
         [("03/R3",
           "Update the plant asset register with the 2024 condition survey results and assign a review owner "
           "for each building.",
           "Estates Compliance Manager", d(2025, 12, 31), None, "B",
           "Register updated November 2025. Closed by Internal Audit on 18/12/2025."),
          ]),
    ]),
]

SCTS_STATUS_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def _scts_sheet(ws, heading, bands, first_note):
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = first_note
    ws["A2"].font = Font(italic=True, size=9)
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original due date", "Revised due date", "Status", "Progress update (January 2026)"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for band, recs in bands:
        ws.cell(r, 1, band).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec_ref, prio, rec_text, actions in recs:
            top = r
            for ref, text, owner, orig, rev, status, update in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, text)
                ws.cell(r, 5, owner)
                ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                sc = ws.cell(r, 8, status)
                sc.fill = fill(SCTS_STATUS_FILL[status])
                sc.alignment = Alignment(horizontal="center", vertical="top")
                sc.font = Font(bold=True, color="FFFFFF" if status in "BR" else "000000")
                ws.cell(r, 9, update)
                for c in range(1, 10):
                    ws.cell(r, c).border = BOX
                    if c != 8:
                        ws.cell(r, c).alignment = WRAP
                r += 1
            ws.cell(top, 2, prio)
            ws.cell(top, 3, rec_text)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [10, 9, 42, 48, 26, 12, 12, 8, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    return r


def make_scts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Scottish Courts and Tribunals Service"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Audit and Risk Committee"
    ws["A2"].font = Font(size=12)
    ws["A3"] = SCTS_TITLE
    ws["A3"].font = Font(bold=True, size=13)
    rows = [("Paper reference:", "ARC 26/07"), ("Meeting date:", "24 February 2026"),
            ("Author:", "Corporate Governance Team"), ("Sponsor:", "Executive Director, Corporate Services"),
            ("Classification:", "OFFICIAL")]
    for i, (a, b) in enumerate(rows, 5):
        ws.cell(i, 1, a).font = Font(bold=True)
        ws.cell(i, 2, b)
    ws["A11"] = "Version control"
    ws["A11"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Changes"], 1):
        ws.cell(12, c, h).font = Font(bold=True)
        ws.cell(12, c).fill = fill(GREY)
        ws.cell(12, c).border = BOX
    for i, row in enumerate([("0.1", "19/01/2026", "Draft for Executive Team"),
                             ("1.0", "04/02/2026", "Final for ARC – updates from action owners added")], 13):
        for c, v in enumerate(row, 1):
            ws.cell(i, c, v).border = BOX
    ws["A16"] = "Status key"
    ws["A16"].font = Font(bold=True)
    key = [("B", "Complete – action implemented and evidence provided to Internal Audit"),
           ("G", "On track – expected to be implemented by the due date"),
           ("A", "At risk – revised due date agreed by the Executive Team"),
           ("R", "Overdue – past the due date with no agreed revision")]
    for i, (k, txt) in enumerate(key, 17):
        c = ws.cell(i, 1, k)
        c.fill = fill(SCTS_STATUS_FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, txt)
    ws["A22"] = ("Recommendations are closed only when Internal Audit has verified the evidence. "
                 "Closed recommendations are shown once, on the ‘Closed since last ARC’ sheet.")
    ws["A22"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 50

    # Summary sheet (totals only)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of recommendations by priority and status"
    ss["A1"].font = Font(bold=True, size=13)
    heads = ["Priority", "Complete (B)", "On track (G)", "At risk (A)", "Overdue (R)", "Total"]
    for c, h in enumerate(heads, 1):
        ss.cell(3, c, h).font = Font(bold=True)
        ss.cell(3, c).fill = fill(GREY)
        ss.cell(3, c).border = BOX
    counts = {}
    for bands in (SCTS_OPEN, SCTS_CLOSED):
        for _band, recs in bands:
            for _rr, prio, _rt, actions in recs:
                for a in actions:
                    counts.setdefault(prio, {"B": 0, "G": 0, "A": 0, "R": 0})[a[5]] += 1
    r = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for prio in ["High", "Medium", "Low"]:
        cts = counts.get(prio, {"B": 0, "G": 0, "A": 0, "R": 0})
        vals = [prio, cts["B"], cts["G"], cts["A"], cts["R"], sum(cts.values())]
        for c, v in enumerate(vals, 1):
            ss.cell(r, c, v).border = BOX
        for k in tot:
            tot[k] += cts[k]
        r += 1
    vals = ["Total", tot["B"], tot["G"], tot["A"], tot["R"], sum(tot.values())]
    for c, v in enumerate(vals, 1):
        ss.cell(r, c, v).font = Font(bold=True)
        ss.cell(r, c).border = BOX
    ss.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ss.column_dimensions[col].width = 14

    t = wb.create_sheet("Open recommendations")
    _scts_sheet(t, "Open recommendations – position as at 31 January 2026", SCTS_OPEN,
                "Priority as assigned by Internal Audit (Scottish Government Directorate for Internal Audit "
                "and Assurance). Status: see key on the Cover sheet.")
    c2 = wb.create_sheet("Closed since last ARC")
    _scts_sheet(c2, "Recommendations closed since the November 2025 ARC", SCTS_CLOSED,
                "Shown for information. These will be removed from the tracker for the May 2026 ARC.")
    wb.save(os.path.join(HERE, SCTS_FILE))


# ---------------------------------------------------------------------------
# 2. Alzheimer Scotland - Care Inspectorate improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
ALZ_FILE = "ue-alzheimer-scotland-inverness-support-service-care-inspectorate-improvement-plan.xlsx"
ALZ_TITLE = "Inverness Community Support Service – Improvement Plan following Care Inspectorate inspection"

# (key question, [ (requirement / AFI text, [ (ref, action, who, by when, fill colour, progress) ]) ])
ALZ = [
    ("Key question 1: How well do we support people’s wellbeing?", [
        ("Requirement 1: By 12 December 2025, the provider must ensure that people receive their medication "
         "safely and as prescribed. To do this, the provider must, at a minimum, ensure that medication "
         "administration records are accurate and complete, and that staff are assessed as competent before "
         "they administer medication.",
         [("1.1", "Audit all medication administration records (MAR) weekly and follow up any gaps with the "
                  "staff member within 48 hours.",
           "Team Leaders", "Weekly – ongoing", GREEN,
           "Weekly audits in place since 3 November 2025. Gaps reduced from 14 in October to 2 in December."),
          ("1.2", "Complete medication competency assessments for all support workers, with refresher training "
                  "for anyone not assessed in the last 12 months.",
           "Training Co-ordinator & Team Leaders", "12/12/2025", BLUE,
           "All 38 support workers assessed as competent. Certificates on file."),
          ("1.3", "Introduce electronic medication administration records within the care planning system for "
                  "everyone we support with medication.",
           "Service Manager / Digital Lead", "March 2026", AMBER,
           "System configured; roll-out delayed by tablet supply. Pilot with Ness team from February."),
          ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Area for improvement 1: To support continuous improvement, the provider should ensure that quality "
         "assurance processes are effective, with findings from audits recorded in an action plan that is "
         "reviewed regularly.",
         [("2.1", "Develop a quality assurance calendar covering personal plans, medication, accidents and "
                  "incidents, and complaints, with results reported to the monthly service management meeting.",
           "Service Manager", "31/01/2026", GREEN,
           "Calendar agreed. December results reported; first full cycle completes end of January."),
          ("2.2", "Ask people we support and their families for feedback twice a year and share a "
                  "“You said, we did” summary with them.",
           "Area Manager (Highland)", "End of April 2026", RED,
           "Survey not yet issued – awaiting the national Alzheimer Scotland survey template."),
          ]),
    ]),
    ("Key question 3: How good is our staff team?", [
        ("Area for improvement 2: The provider should ensure that staff receive regular supervision in line "
         "with the organisation’s policy, to support their practice and wellbeing.",
         [("3.1", "Set a six-weekly supervision schedule for every support worker and monitor completion on the "
                  "supervision tracker.",
           "Team Leaders", "30/11/2025", BLUE,
           "Supervision completion 97% for the period October–December 2025."),
          ]),
    ]),
    ("Key question 5: How well is our care and support planned?", [
        ("Area for improvement 3: The provider should ensure that personal plans reflect people’s current "
         "needs and outcomes, and are reviewed with the person and their representatives at least every six "
         "months.",
         [("5.1", "Review every personal plan with the person and their family, recording outcomes in the "
                  "person’s own words.",
           "Key Workers, Team Leaders", "February 2026", AMBER,
           "41 of 63 plans reviewed. Remaining reviews booked."),
          ("5.2", "Introduce a review tracker so that six-monthly review dates are flagged to the Team Leader "
                  "one month in advance.",
           "Service Administrator", "31/12/2025", BLUE,
           "Tracker live from 1 December 2025."),
          ]),
    ]),
]


def make_alz():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Alzheimer Scotland"
    ws["A1"].font = Font(bold=True, size=14, color="4B2C7F")
    ws["A2"] = ALZ_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Inspection dates: 9 and 10 September 2025   |   Report published: 14 October 2025   |   "
                "Grades: KQ1 – 3 Adequate; KQ2 – 3 Adequate; KQ3 – 4 Good; KQ5 – 3 Adequate")
    ws["A4"] = "Plan owner: Service Manager   |   Last reviewed: 20 January 2026"
    ws["A6"] = "RAG key:"
    ws["A6"].font = Font(bold=True)
    for col, (txt, colour) in zip("BCDE", [("Not on track", RED), ("Some delay", AMBER),
                                             ("On track", GREEN), ("Complete", BLUE)]):
        c = ws[f"{col}6"]
        c.value = txt
        c.fill = fill(colour)
        c.font = Font(bold=True, color="FFFFFF" if colour in (RED, BLUE) else "000000")
    headers = ["Ref", "Requirement / area for improvement", "What we will do", "Who", "By when", "RAG",
               "Progress / evidence"]
    r = 8
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("4B2C7F")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for kq, items in ALZ:
        ws.cell(r, 1, kq).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for req, actions in items:
            top = r
            for ref, act, who, when, colour, prog in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, who)
                ws.cell(r, 5, when)
                ws.cell(r, 6).fill = fill(colour)
                ws.cell(r, 7, prog)
                for c in range(1, 8):
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                r += 1
            ws.cell(top, 2, req)
            ws.cell(top, 2).alignment = WRAP
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes:").font = Font(bold=True)
    ws.cell(r + 1, 1, "RAG ratings are agreed at the monthly service management meeting. Evidence is held in "
                      "the service’s shared drive (Improvement Plan 2025 folder).")
    ws.cell(r + 2, 1, "This plan will be shared with the Care Inspectorate inspector at the follow-up visit.")
    for col, w in zip("ABCDEFG", [7, 48, 46, 22, 16, 7, 40]):
        ws.column_dimensions[col].width = w
    vh = wb.create_sheet("Version history")
    for c, h in enumerate(["Version", "Date", "Updated by", "Summary of changes"], 1):
        vh.cell(1, c, h).font = Font(bold=True)
    for i, row in enumerate([("1", "24/10/2025", "Service Manager", "Plan drafted from inspection report"),
                             ("2", "25/11/2025", "Service Manager", "November progress added"),
                             ("3", "20/01/2026", "Service Manager", "December/January progress; RAG reviewed")], 2):
        for c, v in enumerate(row, 1):
            vh.cell(i, c, v)
    vh.column_dimensions["D"].width = 45
    wb.save(os.path.join(HERE, ALZ_FILE))


# ---------------------------------------------------------------------------
# 3. Cygnet Ty Glyn Ebwy - HIW improvement plan tracker (xlsx, previous / current RAG)
# ---------------------------------------------------------------------------
CYG_FILE = "ue-cygnet-ty-glyn-ebwy-hiw-mental-health-inspection-improvement-plan.xlsx"
CYG_TITLE = "Cygnet Ty Glyn Ebwy – HIW Improvement Plan"

# (section, [ (improvement needed, standard/regulation, [ (ref, action, officer, timescale, prev, current, update) ]) ])
CYG = [
    ("Immediate assurance issues", [
        ("The service must ensure that ligature risk assessments are completed and reviewed for all areas of "
         "the hospital, and that identified risks are mitigated.",
         "Regulation 26 (2)(a)",
         [("IA1.1", "Complete a full environmental ligature risk assessment of both wards and the communal "
                    "areas, with an action plan for each ligature point identified.",
           "Hospital Director", "By 31/07/2025", "Complete", "Complete",
           "Assessment completed 18/07/2025 and shared with HIW."),
          ("IA1.2", "Replace the remaining non-anti-ligature door handles in the Onyx Ward en-suite bathrooms.",
           "Estates Manager", "30/09/2025", "Amber", "Complete",
           "All handles replaced 22/09/2025."),
          ]),
        ("The service must ensure that emergency equipment is checked daily and that checks are recorded.",
         "Regulation 15 (1)(b)",
         [("IA2.1", "Introduce a daily emergency grab bag and resuscitation equipment checklist on each ward, "
                    "audited weekly by the Ward Manager.",
           "Ward Managers", "Immediate and ongoing", "Green", "Green",
           "Daily checks 100% compliant in the last three weekly audits."),
          ]),
    ]),
    ("Quality of patient experience", [
        ("The service should ensure that patients have access to a range of therapeutic and recreational "
         "activities at weekends.",
         "Regulation 15 (1)(a)",
         [("1", "Recruit an additional activity co-ordinator to provide weekend cover and publish a weekly "
                "activities timetable on each ward.",
           "Head of Therapies", "End of January 2026", "Amber", "Amber",
           "Post advertised twice; interviews 12/12/2025. Weekend timetable covered by OT staff meanwhile."),
          ]),
    ]),
    ("Delivery of safe and effective care", [
        ("The service must ensure that care and treatment plans are written in a person-centred way and "
         "reflect patients’ views.",
         "Regulation 15 (1)(c); Mental Health (Wales) Measure 2010",
         [("2", "Deliver person-centred care and treatment planning training to all registered nurses.",
           "Clinical Manager", "31/10/2025", "Green", "Complete",
           "Training delivered to 21 of 21 registered nurses."),
          ("3", "Audit ten care and treatment plans per ward each month and feed back the findings at the "
                "ward governance meeting.",
           "Clinical Manager and Ward Managers", "Monthly", "Green", "Green",
           "Audits in place from September 2025; average score 86%."),
          ]),
        ("The service must ensure that Mental Health Act documentation, including section 17 leave forms, is "
         "completed and stored correctly.",
         "Mental Health Act 1983 Code of Practice for Wales",
         [("4", "Complete a full audit of section 17 leave forms and make sure superseded forms are removed "
                "from patient records.",
           "Mental Health Act Administrator", "Q3 2025/26", "Red", "Amber",
           "Audit complete on Topaz Ward; Onyx Ward in progress."),
          ]),
    ]),
    ("Quality of management and leadership", [
        ("The registered provider must ensure that mandatory training compliance reaches the organisational "
         "target of 90%.",
         "Regulation 20 (2)(a)",
         [("5", "Book all staff with overdue mandatory training onto sessions and report compliance to the "
                "monthly Clinical Governance meeting.",
           "Hospital Director", "30/11/2025 (revised to 28/02/2026)", "Amber", "Red",
           "Compliance 78% at 30/11/2025 (target 90%). Additional PMVA sessions booked for January and "
           "February."),
          ]),
    ]),
]

CYG_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_cyg():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = CYG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: Cygnet Ty Glyn Ebwy, Ebbw Vale (independent mental health hospital)"
    ws["A3"] = "Date of inspection: 14–16 July 2025 (unannounced)"
    ws["A4"] = "Progress position: 5 December 2025"
    headers = ["Ref", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
               "Timescale", "Previous RAG (Sept 2025)", "Current RAG (Dec 2025)", "Progress update"]
    r = 6
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("006272")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for section, items in CYG:
        ws.cell(r, 1, section).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for need, reg, actions in items:
            top = r
            for ref, act, officer, when, prev, cur, upd in actions:
                vals = [ref, None, None, act, officer, when, prev, cur, upd]
                for c, v in enumerate(vals, 1):
                    if v is not None:
                        ws.cell(r, c, v)
                    ws.cell(r, c).border = BOX
                    ws.cell(r, c).alignment = WRAP
                ws.cell(r, 7).fill = fill(CYG_RAG_FILL[prev])
                ws.cell(r, 8).fill = fill(CYG_RAG_FILL[cur])
                r += 1
            ws.cell(top, 2, need)
            ws.cell(top, 3, reg)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", [7, 44, 22, 46, 24, 18, 11, 11, 42]):
        ws.column_dimensions[col].width = w
    so = wb.create_sheet("Sign-off")
    so["A1"] = "Service representative"
    so["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Name (print):", "Gareth Rees"), ("Job role:", "Hospital Director"),
                                ("Date:", "05/12/2025")], 2):
        so.cell(i, 1, a)
        so.cell(i, 2, b)
    so["A6"] = "RAG: Complete = action completed and evidenced; Green = on track; Amber = risk to timescale; " \
               "Red = timescale missed."
    so.column_dimensions["A"].width = 18
    so.column_dimensions["B"].width = 30
    wb.save(os.path.join(HERE, CYG_FILE))


# ---------------------------------------------------------------------------
# 4. Millbrook Primary School, Newport - Estyn post-inspection action plan (docx, table per R)
# ---------------------------------------------------------------------------
MILL_FILE = "ue-millbrook-primary-school-newport-estyn-post-inspection-action-plan.docx"
MILL_TITLE = "Millbrook Primary School – Post-inspection Action Plan"

# (recommendation heading, [ (ref, action, success criteria, lead, timescale, monitoring, rag) ])
MILL = [
    ("R1: Improve the quality and consistency of feedback so that pupils know how to improve their work", [
        ("1.1", "Agree a whole-school feedback policy with staff and pupils, including the use of ‘purple pen’ "
                "responses to teachers’ comments.",
         "Policy agreed and in use in all classes; pupils can explain how feedback helps them.",
         "Deputy Headteacher", "Spring term 2025", "Book looks; pupil voice", "Complete"),
        ("1.2", "Provide professional learning for all teachers and teaching assistants on effective verbal and "
                "written feedback.",
         "All staff attended; observations show feedback used consistently in lessons.",
         "Deputy Headteacher / EAS Challenge Adviser", "Spring term 2025", "Lesson observations", "Complete"),
        ("1.3", "Carry out half-termly book looks and pupil voice sessions to check the impact of feedback on "
                "pupils’ work.",
         "Most pupils respond to feedback and improve their work.",
         "SLT", "Half-termly", "Reports to governors", "Green"),
    ]),
    ("R2: Develop pupils’ independent writing skills across the curriculum", [
        ("2.1", "Introduce a consistent approach to extended writing in every class, with at least one extended "
                "piece each fortnight in an area of learning other than Languages, Literacy and Communication.",
         "Pupils write at length across the curriculum; writing books show progress over time.",
         "Literacy lead", "Summer term 2025", "Book looks; planning scrutiny", "Green"),
        ("2.2", "Moderate writing across the school each term, including with cluster schools, and track "
                "progress on the school’s assessment system.",
         "Teachers’ judgements are accurate; tracking shows improved progress in writing.",
         "Literacy lead and Assessment co-ordinator", "Autumn term 2025", "Moderation records", "Amber"),
    ]),
    ("R3: Strengthen the role of the governing body in holding the school to account", [
        ("3.1", "Arrange governor training on school self-evaluation and the use of data through Newport City "
                "Council’s governor support service.",
         "Governors ask challenging questions, recorded in minutes.",
         "Chair of governors", "By 31 March 2025", "Governing body minutes", "Complete"),
        ("3.2", "Link each governor to an area of this plan, with termly learning walks and written reports to "
                "the full governing body.",
         "Link governor reports received each term.",
         "Chair of governors, Headteacher", "Summer term 2025", "Governing body minutes", "Green"),
    ]),
    ("R4: Address the site security issue raised during the inspection", [
        ("4.1", "Replace the side gate to the foundation learning yard with a locked, self-closing gate and "
                "update the site security risk assessment.",
         "Gate replaced; risk assessment updated and shared with staff.",
         "Headteacher / Site manager", "January 2025", "LA health and safety officer visit", "Complete"),
    ]),
]


def _shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def _landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


MILL_RAG = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_mill():
    doc = docx.Document()
    _landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(MILL_TITLE, level=1)
    doc.add_paragraph("Response to the Estyn inspection of November 2024")
    info = [("School", "Millbrook Primary School, Bettws, Newport"),
            ("Headteacher", "Mrs C. Morgan"),
            ("Chair of governors", "Mr D. Hughes"),
            ("Date of inspection", "18–21 November 2024"),
            ("Plan approved by governing body", "27 January 2025"),
            ("Progress review", "July 2025")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in info:
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b
        _shade(row[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – on track; Amber – some slippage, action being taken; Red – not on track; "
                      "Complete – action achieved and impact evident.")
    heads = ["Ref", "Action", "Success criteria", "Lead", "Timescale", "Monitoring", "Progress RAG (July 2025)"]
    for rec, actions in MILL:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            _shade(tb.rows[0].cells[i], "1F3864")
            tb.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(255, 255, 255)
        for a in actions:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            _shade(cells[6], MILL_RAG[a[6]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Headteacher", "C. Morgan", "27/01/2025"),
                             ("Chair of governors", "D. Hughes", "27/01/2025"),
                             ("Local authority", "Chief Education Officer, Newport City Council", "30/01/2025")]):
        for j, v in enumerate(row):
            so.rows[i].cells[j].text = v
    doc.save(os.path.join(HERE, MILL_FILE))


# ---------------------------------------------------------------------------
# 5. Killymoon Lodge Nursing Home, Cookstown - RQIA care inspection QIP (docx, AFI boxes)
# ---------------------------------------------------------------------------
KIL_FILE = "ue-killymoon-lodge-nursing-home-cookstown-rqia-care-inspection-quality-improvement-plan.docx"
KIL_TITLE = "Killymoon Lodge Nursing Home – Quality Improvement Plan"

# (section, [ (no, ref line, stated, to be completed by, area text, [response paragraphs]) ])
KIL = [
    ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
        ("1", "Regulation 13 (7)", "First time", "Immediate action required",
         "The registered person shall ensure that the infection prevention and control issues identified during "
         "this inspection are addressed, including the inappropriate storage of equipment in identified "
         "bathrooms.",
         ["All equipment has been removed from the bathrooms and a designated storage area identified on each "
          "floor. The Home Manager completes a weekly environmental walk-round and any issues are addressed "
          "immediately."]),
        ("2", "Regulation 27 (4) (b)", "Second time", "30 September 2025",
         "The registered person shall ensure that fire doors are not wedged open and that the recommendations "
         "of the fire risk assessment are actioned within the timescales specified by the fire risk assessor.",
         ["Magnetic hold-open devices linked to the fire alarm have been fitted to the lounge and dining room "
          "doors.",
          "The outstanding fire risk assessment recommendations were completed on 26 September 2025 and "
          "confirmation was sent to the fire risk assessor."]),
    ]),
    ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
        ("1", "Standard 4.9", "First time", "31 October 2025",
         "The registered person shall ensure that the care records of patients at risk of falls are reviewed "
         "after each fall and that the falls risk assessment and care plan are updated accordingly.",
         ["Post-falls documentation has been added to the nurses’ handover checklist. The Deputy Manager "
          "audits the records of all patients who have fallen each month."]),
        ("2", "Standard 12", "First time", "2 October 2025",
         "The registered person shall ensure that the menu on display reflects the meals being served and "
         "that patients on modified diets are offered a choice at each mealtime.",
         ["The Catering Manager now updates the menu board daily. A choice of two modified-diet options is "
          "offered at lunch and tea, in line with IDDSI guidance."]),
        ("3", "Standard 35", "First time", "From the date of inspection and ongoing",
         "The registered person shall ensure that the monthly quality monitoring visits are completed in "
         "accordance with Regulation 29 and that the reports include an action plan which is reviewed at the "
         "following visit.",
         ["The Responsible Individual has arranged for monthly monitoring visits to be completed by the "
          "Regional Operations Manager. Each report now includes an action plan which is reviewed at the next "
          "visit."]),
    ]),
]


def _set_cell_lines(cell, lines, bold_first=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        if bold_first and i == 0:
            run.bold = True


def make_kil():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(KIL_TITLE, level=1)
    doc.add_paragraph("Unannounced care inspection: 2 September 2025")
    doc.add_paragraph("Registered Provider: Killymoon Care Ltd   |   Responsible Individual: Mr Niall Devlin   |   "
                      "Registered Manager: Mrs Áine McKeown")
    doc.add_paragraph("Areas for improvement and details of the Quality Improvement Plan were discussed with "
                      "Mrs Áine McKeown, Registered Manager, as part of the inspection process. The timescales "
                      "for completion commence from the date of inspection.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["", "Regulations", "Standards"]):
        s.rows[0].cells[j].text = v
    for j, v in enumerate(["Total number of areas for improvement", "2", "3"]):
        s.rows[1].cells[j].text = v
    doc.add_paragraph()
    doc.add_heading("Quality Improvement Plan", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for section, afis in KIL:
        row = t.add_row().cells
        merged = row[0].merge(row[1])
        _set_cell_lines(merged, [section], bold_first=True)
        _shade(merged, "D9D9D9")
        for no, ref, stated, by, area, resp in afis:
            r1 = t.add_row().cells
            r2 = t.add_row().cells
            left = r1[0].merge(r2[0])
            _set_cell_lines(left, [f"Area for improvement {no}", "", f"Ref: {ref}", "", f"Stated: {stated}", "",
                                   "To be completed by:", by], bold_first=True)
            _set_cell_lines(r1[1], [area])
            _set_cell_lines(r2[1], ["Response by registered person detailing the actions taken:"] + resp,
                            bold_first=True)
    doc.add_paragraph()
    doc.add_paragraph("*Please ensure this document is completed in full and returned via the Web Portal*")
    doc.save(os.path.join(HERE, KIL_FILE))


# ---------------------------------------------------------------------------
# 6. Senedd Commission ARAC - summary of actions (csv) - REFUSE: mistyped month in a Due cell
# ---------------------------------------------------------------------------
SEN_FILE = "ue-senedd-commission-arac-action-log-typo-month-refuse.csv"
SEN_TITLE = "ARAC (25-05) Paper 2 – Summary of actions"
SEN_HEADER = ["Action ref", "Meeting", "Item", "Action", "Owner", "Due", "Status", "Comment"]
SEN_ROWS = [
    ["ARAC 24-05/3", "25 November 2024", "Internal Audit activity update",
     "Share the revised Audit Needs Assessment with Members before it is presented to the Executive Board.",
     "Head of Internal Audit", "February 2025", "Complete", "Circulated 3 February 2025."],
    ["ARAC 25-02/2", "10 March 2025", "Governance and Assurance update",
     "Provide a diagram showing the relationship between the Corporate Plan, service plans and the risk register.",
     "Head of Governance and Assurance", "June 2025", "Complete", "Included in the June pack."],
    ["ARAC 25-02/5", "10 March 2025", "Cyber security",
     "Report the results of the phishing simulation exercise, including the follow-up training completion rate.",
     "Head of ICT / Head of Information Governance", "September 2025", "Complete",
     "Reported at the September meeting."],
    ["ARAC 25-03/4", "9 June 2025", "Corporate risk register",
     "Review the risk appetite statement for the 2026 Senedd election risk and bring a revised statement to the Committee.",
     "Chief Executive and Clerk", "Decmber 2025", "Open – on track", "Draft discussed by the Executive Board on 28 October."],
    ["ARAC 25-03/6", "9 June 2025", "Annual Governance Statement",
     "Add a section on the implementation of the Remuneration Board effectiveness review to the draft Statement.",
     "Head of Governance and Assurance", "July 2025", "Complete", ""],
    ["ARAC 25-04/2", "22 September 2025", "Audit Wales – Audit of Accounts Report",
     "Circulate the management response to the Audit Wales recommendation on the valuation of the Tŷ Hywel lease.",
     "Director of Resources", "November 2025", "Open – on track", "Response agreed with Audit Wales; to be circulated with the minutes."],
    ["ARAC 25-04/5", "22 September 2025", "Internal Audit – Project and Programme Governance",
     "Confirm the timetable for implementing the three high priority recommendations in the Project and Programme Governance report.",
     "Director of Resources", "January 2026", "Open", ""],
]
SEN_PRE = [
    ["Senedd Commission – Audit and Risk Assurance Committee"],
    [SEN_TITLE],
    ["Position at 10 November 2025"],
    [],
]
SEN_POST = [
    [],
    ["Actions marked Complete will be removed from the summary after this meeting."],
]


def _csv_line(fields, width):
    out = []
    fields = list(fields) + [""] * (width - len(fields))
    for f in fields:
        if any(ch in f for ch in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


def sen_lines():
    w = len(SEN_HEADER)
    lines = [_csv_line(r, w) for r in SEN_PRE]
    lines.append(_csv_line(SEN_HEADER, w))
    lines += [_csv_line(r, w) for r in SEN_ROWS]
    lines += [_csv_line(r, w) for r in SEN_POST]
    return lines


def make_sen():
    with open(os.path.join(HERE, SEN_FILE), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(sen_lines()) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Forensic Science Northern Ireland - CJI inspection action plan (plain text export)
# ---------------------------------------------------------------------------
FSNI_FILE = "ue-forensic-science-ni-cjini-inspection-action-plan.txt"
FSNI_TITLE = ("ACTION PLAN: CJI INSPECTION OF FORENSIC SCIENCE NORTHERN IRELAND "
              "(REPORT PUBLISHED MAY 2025)")

# (section heading, [ (recommendation line, [ (ref, action, lead, target, status, update) ]) ])
FSNI = [
    ("STRATEGIC RECOMMENDATIONS", [
        ("Strategic recommendation 1: Within six months of the publication of this report, the Department of "
         "Justice and FSNI should agree a sustainable funding model for forensic science services which "
         "reflects demand from the PSNI and other customers.",
         [("SR1.1", "Complete a full costing of each forensic service line using 2024-25 activity data.",
           "Head of Finance and Business Support", "September 2025", "Complete",
           "Costing model completed and shared with the DoJ sponsor branch on 19 September 2025."),
          ("SR1.2", "Present options for a service level agreement with the PSNI, based on the costing model, "
                    "to the Criminal Justice Board.",
           "Chief Executive", "Q4 2025/26", "Green",
           "Options paper drafted; Criminal Justice Board meeting scheduled for February 2026."),
          ]),
        ("Strategic recommendation 2: Within 12 months of the publication of this report, FSNI should develop "
         "and implement a workforce plan that addresses single points of failure in specialist disciplines, "
         "including digital forensics and toxicology.",
         [("SR2.1", "Produce a three-year workforce plan, including a trainee scientist scheme for digital "
                    "forensics and toxicology.",
           "Head of HR / Chief Executive", "31/03/2026", "Amber",
           "Draft plan prepared. Funding for trainee posts not yet confirmed in the 2026-27 budget."),
          ]),
    ]),
    ("OPERATIONAL RECOMMENDATIONS", [
        ("Operational recommendation 1: FSNI should reduce the backlog of toxicology cases so that 90% of road "
         "traffic cases are reported within 30 working days.",
         [("OR1.1", "Validate and introduce the new LC-MS/MS screening method for drug-driving samples.",
           "Head of Toxicology", "December 2025", "Amber",
           "Validation 80% complete; UKAS extension to scope submitted."),
          ("OR1.2", "Agree a prioritisation protocol with PSNI Road Policing for drug-driving samples.",
           "Head of Toxicology and PSNI Road Policing Superintendent", "October 2025", "Complete",
           "Protocol signed 8 October 2025."),
          ]),
        ("Operational recommendation 2: FSNI should improve the information provided to customers on case "
         "progress, including anticipated completion dates.",
         [("OR2.1", "Launch a customer portal giving PSNI case officers live case status and anticipated "
                    "completion dates.",
           "Head of Digital Services", "June 2026", "Green",
           "Supplier appointed; user testing with PSNI planned for April 2026."),
          ]),
        ("Operational recommendation 3: FSNI should ensure that quality non-conformances are closed within the "
         "timescales set in its quality management system.",
         [("OR3.1", "Review all open non-conformances older than 90 days and report progress monthly to the "
                    "Senior Management Team.",
           "Quality Manager", "Monthly", "Red",
           "23 non-conformances older than 90 days at 31 October 2025 (target 0)."),
          ]),
    ]),
]


def fsni_lines():
    rule = "=" * 78
    out = [
        "FORENSIC SCIENCE NORTHERN IRELAND",
        FSNI_TITLE,
        "Progress report to the FSNI Board - 27 November 2025",
        "",
        "Prepared by:  Business Planning and Governance Manager",
        "Status key:   Green = on track | Amber = at risk of slippage | Red = not on track |",
        "              Complete = action achieved",
        "",
    ]
    for section, recs in FSNI:
        out += [rule, section, rule, ""]
        for rec, actions in recs:
            out.append(rec)
            out.append("")
            for ref, act, lead, target, status, update in actions:
                out.append(f"  Action {ref}".ljust(16) + act)
                out.append(" " * 16 + "Lead:    " + lead)
                out.append(" " * 16 + "Target:  " + target)
                out.append(" " * 16 + "Status:  " + status)
                out.append(" " * 16 + "Update:  " + update)
                out.append("")
    out += [
        rule,
        "Notes:",
        "1. Areas for improvement identified in the CJI report are monitored through the FSNI Business Plan",
        "   and are not included in this action plan.",
        "2. CJI will carry out a follow-up review in 2027.",
        "",
        "END OF REPORT",
    ]
    return out


def make_fsni():
    with open(os.path.join(HERE, FSNI_FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(fsni_lines()) + "\n")


if __name__ == "__main__":
    make_scts()
    make_alz()
    make_cyg()
    make_mill()
    make_kil()
    make_sen()
    make_fsni()
    print("built 7 files in", HERE)
