"""Build the seven qd- blind test files (set heldout461).

Run with: /work/main/.venv/bin/python qd_make.py
Writes into the folder this script sits in. Only files starting with qd- are written.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0",
    "Complete": "0070C0",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("qd-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. NHS Hampshire and Isle of Wight ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
ICB_TITLE = "NHS Hampshire and Isle of Wight – Board Assurance Framework 2025/26"
ICB_BLOCKS = [
    ("Strategic Priority 1: Improve population health outcomes and reduce inequalities", [
        ("BAF 1A: There is a risk that unwarranted variation in access to elective care is not reduced, "
         "resulting in longer waits and poorer outcomes for patients",
         "Executive lead: Chief Delivery Officer  |  Lead committee: Quality and Performance Committee  |  "
         "Current score 16 (L4 x C4)  |  Target score 8",
         [
             ("1A.1", "Implement the system elective recovery plan, including validation of all waiting lists "
                      "over 52 weeks at provider level",
              "Chief Delivery Officer", D(2025, 9, 30), D(2025, 12, 31),
              "Validation complete at three of four acute providers; remaining provider delayed by PAS "
              "migration. Revised date agreed by EMT.", "G", "A"),
             ("1A.2", "Agree a single system approach to advice and guidance and referral optimisation with "
                      "all four acute providers",
              "Chief Medical Officer / Chief Delivery Officer", D(2026, 3, 31), None,
              "Clinical reference group established; specialty pathways for dermatology and "
              "gynaecology agreed.", "G", "G"),
         ]),
        ("BAF 1B: There is a risk that the ICB cannot secure sufficient access to primary care, including "
         "dental services, particularly on the Isle of Wight",
         "Executive lead: Director of Primary Care  |  Lead committee: Primary Care Commissioning Committee  |  "
         "Current score 12 (L3 x C4)  |  Target score 8",
         [
             ("1B.1", "Roll out the Modern General Practice access programme to the remaining 38 practices",
              "Director of Primary Care", D(2025, 6, 30), None,
              "All 38 practices live with digital telephony and online consultation. Action closed.",
              "G", "B"),
             ("1B.2", "Complete the dental access recovery plan for the Isle of Wight, including commissioning "
                      "of urgent dental care sessions",
              "Director of Primary Care", D(2025, 12, 31), None,
              "1,200 additional urgent sessions commissioned from July 2025; flexible commissioning "
              "scheme live in 9 practices.", "A", "G"),
         ]),
    ]),
    ("Strategic Priority 3: Use our resources well and deliver financial balance", [
        ("BAF 3A: There is a risk that the system does not deliver the 2025/26 financial plan, leading to "
         "regulatory intervention and reduced investment in services",
         "Executive lead: Chief Finance Officer  |  Lead committee: Finance and Investment Committee  |  "
         "Current score 20 (L5 x C4)  |  Target score 12",
         [
             ("3A.1", "Deliver the system efficiency programme of £211m, with monthly confirm and challenge "
                      "through the System Recovery Board",
              "Chief Finance Officer", D(2026, 3, 31), None,
              "£84m delivered at month 5 against a plan of £91m; recovery actions agreed with two "
              "providers.", "A", "A"),
             ("3A.2", "Reduce agency spend across providers to 3.2% of the total pay bill",
              "Chief People Officer; Chief Finance Officer", D(2025, 9, 30), "Q4 2025/26",
              "Agency spend at 4.1% in August. Mental health bank rates not yet aligned; escalated "
              "to System Recovery Board.", "A", "R"),
         ]),
        ("BAF 3B: There is a risk that the changes to the ICB operating model required by the Model ICB "
         "Blueprint cannot be delivered safely, affecting statutory functions",
         "Executive lead: Chief People Officer  |  Lead committee: Audit and Risk Committee  |  "
         "Current score 16 (L4 x C4)  |  Target score 9",
         [
             ("3B.1", "Agree the ICB clustering arrangements and new operating model with NHS England, and "
                      "complete formal staff consultation",
              "Chief People Officer", D(2025, 10, 31), None,
              "Operating model submitted 12 September; consultation opens 1 October for 45 days.",
              "G", "G"),
             ("3B.2", "Establish a transition assurance group reporting to the Audit and Risk Committee, with "
                      "a transfer of functions log",
              "Director of Corporate Affairs", D(2025, 8, 31), None,
              "Group met on 14 August and 11 September; functions log presented to ARC.", "G", "B"),
         ]),
    ]),
]


def make_icb():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = ICB_TITLE
    cv["A1"].font = Font(bold=True, size=14, color="005EB8")
    cv["A2"] = "ICB Board – meeting in public, 2 October 2025 – Agenda item 11"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("v1.0", "03/04/2025", "Head of Risk and Assurance", "BAF 2025/26 approved by the Board"),
            ("v1.3", "17/07/2025", "Head of Risk and Assurance", "Q1 review; BAF 3B added"),
            ("v1.5", "24/09/2025", "Head of Risk and Assurance",
             "Q2 review; revised dates agreed by Executive Management Team")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cv["A10"] = "Action status key"
    cv["A10"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track to deliver by the due date"),
           ("A", "At risk of slippage – mitigation in place"),
           ("R", "Overdue or off track – escalated to the Board")]
    for i, (k, t) in enumerate(key):
        c = cv.cell(row=11 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        cv.cell(row=11 + i, column=2, value=t)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 28
    cv.column_dimensions["D"].width = 60

    sm = wb.create_sheet("Risk summary")
    sm["A1"] = "Principal risks – summary of scores"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ("BAF ref", "Principal risk", "Executive lead", "Lead committee", "Q1 score", "Q2 score",
           "Target score", "Trend")
    summ = [("BAF 1A", "Elective access variation", "Chief Delivery Officer",
             "Quality and Performance Committee", 16, 16, 8, "↔"),
            ("BAF 1B", "Primary care and dental access", "Director of Primary Care",
             "Primary Care Commissioning Committee", 16, 12, 8, "↓"),
            ("BAF 3A", "2025/26 financial plan", "Chief Finance Officer",
             "Finance and Investment Committee", 16, 20, 12, "↑"),
            ("BAF 3B", "ICB operating model change", "Chief People Officer",
             "Audit and Risk Committee", 12, 16, 9, "↑")]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            sm.cell(row=4 + i, column=1 + j, value=v).border = BOX
    sm.column_dimensions["B"].width = 34
    sm.column_dimensions["C"].width = 26
    sm.column_dimensions["D"].width = 36

    ws = wb.create_sheet("BAF actions")
    ws["A1"] = "BAF 2025/26 – actions to address gaps in control and assurance (Q2 update)"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ("Ref", "Action", "Action owner", "Original due date", "Revised due date",
           "Progress update (September 2025)", "Q1 status", "Q2 status")
    for j, v in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for prio, risks in ICB_BLOCKS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        r += 1
        for risk, meta, acts in risks:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=risk)
            c.font = Font(bold=True)
            c.fill = fill("D9E2F3")
            c.alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 30
            r += 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=meta)
            c.font = Font(italic=True)
            r += 1
            for ref, act, lead, orig, rev, upd, q1, q2 in acts:
                vals = (ref, act, lead, orig, rev, upd, q1, q2)
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, v in ((7, q1), (8, q2)):
                    c = ws.cell(row=r, column=col)
                    c.fill = fill(FILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(bold=True, color="FFFFFF")
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised due dates were agreed by the Executive Management Team on "
                                   "9 September 2025. Status key on the Cover sheet.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (8, 50, 26, 13, 13, 50, 9, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("qd-nhs-hampshire-and-isle-of-wight-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. University of Leeds - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
UOL_TITLE = "University of Leeds – Internal Audit Recommendations Tracker"
# report heading, then recs: (priority, rec text, [actions])
# action: (ref, action, officer, target, revised, update, status, rag)
UOL_REPORTS = [
    ("IA 25/03 Cyber Security: Vulnerability and Patch Management (2024/25) – Limited assurance", [
        ("High", "The University should define and enforce patching timescales for critical and high-rated "
                 "vulnerabilities across all managed and unmanaged devices.", [
            ("25/03-1.1", "Publish a Vulnerability Management Standard setting 14-day patching for critical "
                          "vulnerabilities and 30 days for high.",
             "Director of IT Security", D(2025, 3, 31), D(2025, 6, 30),
             "Standard approved by the Information Security Risk Group on 18 June 2025.",
             "Implemented", "Blue"),
            ("25/03-1.2", "Extend the endpoint management tool to research-owned devices in faculties, "
                          "starting with Engineering and Physical Sciences.",
             "Director of IT Security; Faculty IT Managers", D(2025, 7, 31), D(2026, 1, 31),
             "1,450 of 2,300 devices enrolled. Remaining devices need local agreement with research "
             "groups.", "In progress", "Amber"),
        ]),
        ("Medium", "Exceptions to patching should be risk-assessed, approved and recorded centrally.", [
            ("25/03-2.1", "Introduce an exceptions register in ServiceNow with approval by the Information "
                          "Security Risk Group.",
             "Hughes, Rachel", D(2025, 9, 30), None,
             "Register live from 1 September 2025; 27 exceptions recorded and approved.",
             "Implemented", "Blue"),
        ]),
    ]),
    ("IA 25/07 Student Visa Compliance – UKVI Sponsor Duties (2024/25) – Reasonable assurance", [
        ("High", "Engagement monitoring points for sponsored students should be recorded consistently across "
                 "all schools.", [
            ("25/07-1.1", "Configure the student record system so that missed contact points trigger an "
                          "automatic alert to the Visa Compliance Team.",
             "Academic Registrar", D(2025, 12, 31), None,
             "Specification agreed; build scheduled for the November release.", "In progress", "Green"),
            ("25/07-1.2", "Deliver refresher training on sponsor duties to School Education Service Managers.",
             "Head of Visa Compliance", D(2025, 11, 30), None,
             "Four of six sessions delivered.", "In progress", "Green"),
        ]),
        ("Low", "The sponsor management system user list should be reviewed quarterly.", [
            ("25/07-2.1", "Quarterly review of Level 1 and Level 2 users, signed off by the Authorising Officer.",
             "Head of Visa Compliance", "Quarterly", None,
             "Q1 review completed July 2025; Q2 review due.", "In progress", "Green"),
        ]),
    ]),
    ("IA 24/11 Research Grant Expenditure (2023/24) – Limited assurance", [
        ("Medium", "Ineligible expenditure identified at grant close-out should be reviewed and reported to "
                   "the Research and Innovation Committee.", [
            ("24/11-3.1", "Produce a six-monthly report of ineligible costs written off, by faculty.",
             "Director of Research Finance", D(2024, 12, 31), D(2025, 6, 30),
             "First report delayed by finance system upgrade; not yet presented. Revised date passed.",
             "In progress", "Red"),
        ]),
        ("High", "Pre-award costings should be checked against funder terms before submission.", [
            ("24/11-4.1", "Implement pre-award costing checks in Worktribe for all bids over £250k.",
             "Head of Research Finance / Head of Research Operations", D(2026, 2, 28), None,
             "Dependent on Worktribe upgrade planned for January 2026.", "Not started", None),
        ]),
    ]),
]


def make_uol():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = UOL_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 19 November 2025 – position at 31 October 2025"
    sm["A4"] = "Agreed actions by priority and status"
    sm["A4"].font = Font(bold=True)
    tab = [("Priority", "Implemented", "In progress", "Not started", "Total"),
           ("High", 1, 3, 1, 5), ("Medium", 1, 1, 0, 2), ("Low", 0, 1, 0, 1), ("Total", 2, 5, 1, 8)]
    for i, rr in enumerate(tab):
        for j, v in enumerate(rr):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(tab) - 1:
                c.font = Font(bold=True)
    sm["A11"] = "RAG key"
    sm["A11"].font = Font(bold=True)
    key = [("Blue", "Implemented – evidence verified by Internal Audit"),
           ("Green", "On track to meet the target date"),
           ("Amber", "At risk of missing the target date, or revised date agreed"),
           ("Red", "Overdue – past the revised target date")]
    for i, (k, t) in enumerate(key):
        sm.cell(row=12 + i, column=1).fill = fill(FILL[k])
        sm.cell(row=12 + i, column=2, value=t)
    sm["A17"] = "Counts exclude recommendations closed at previous Committee meetings."
    sm["A17"].font = Font(italic=True, size=9)
    sm.column_dimensions["A"].width = 12
    sm.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = UOL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Open and recently implemented recommendations – position at 31 October 2025"
    hdr = ("Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Target date", "Revised target date", "Management update (October 2025)", "Status", "RAG")
    for j, v in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F1F1F")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for report, recs in UOL_REPORTS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=report)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        r += 1
        for prio, rec, acts in recs:
            first = r
            for ref, act, off, tgt, rev, upd, st, rag in acts:
                vals = (ref, None, None, act, off, tgt, rev, upd, st, None)
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=10).fill = fill(FILL[rag])
                r += 1
            ws.cell(row=first, column=2, value=prio).alignment = WRAP
            ws.cell(row=first, column=3, value=rec).alignment = WRAP
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", (11, 9, 40, 44, 24, 12, 12, 40, 12, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ak = wb.create_sheet("Assurance levels")
    ak["A1"] = "Internal audit assurance levels"
    ak["A1"].font = Font(bold=True)
    lv = [("Substantial", "A sound system of governance, risk management and control exists."),
          ("Reasonable", "Generally sound, with some improvement required."),
          ("Limited", "Significant gaps, weaknesses or non-compliance were identified."),
          ("No assurance", "Immediate action is required to address fundamental gaps.")]
    for i, (a, b) in enumerate(lv):
        ak.cell(row=3 + i, column=1, value=a)
        ak.cell(row=3 + i, column=2, value=b)
    ak.column_dimensions["A"].width = 16
    ak.column_dimensions["B"].width = 70
    wb.save(out("qd-university-of-leeds-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Orbit Group - building safety remediation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
ORB_TITLE = "Building Safety Remediation Programme – Highlight Report"
# (workstream, [(ref, milestone, owner, baseline, forecast, rag_last, rag_now, commentary)])
ORB_WS = [
    ("1. Cladding remediation – buildings over 11m", [
        ("1.1", "Complete remediation works at Kingfisher Court and submit the completion certificate to "
                "the Building Safety Regulator",
         "Head of Building Safety", D(2025, 9, 30), D(2025, 12, 31), "Green", "Amber",
         "Scaffold strike delayed by 6 weeks after additional cavity barrier defects found."),
        ("1.2", "Submit Cladding Safety Scheme applications for the remaining 6 buildings between 11m and 18m",
         "Remediation Programme Manager", D(2025, 10, 31), D(2025, 10, 31), "Green", "Complete",
         "All six applications submitted to Homes England on 24 October."),
        ("1.3", "Procure the principal contractor framework for the 2026/27 remediation pipeline",
         "Head of Procurement & Head of Building Safety", D(2026, 1, 31), D(2026, 3, 31), "Amber", "Red",
         "Only two compliant bids in lot 2; re-tender required. See risk BS-R07."),
    ]),
    ("2. Fire risk assessment (FRA) remedial actions", [
        ("2.1", "Clear all overdue high-risk FRA actions (fire doors and compartmentation) across the 212 blocks",
         "Building Safety Manager (North) & Building Safety Manager (South)", D(2025, 8, 31), D(2025, 11, 30),
         "Red", "Amber", "Overdue high-risk actions down from 318 to 74."),
        ("2.2", "Introduce quarterly fire door inspections for all buildings over 11m, recorded in the "
                "compliance system",
         "Compliance Manager", D(2025, 12, 31), None, "Green", "Green",
         "Inspection templates built; surveyor training booked for November."),
        ("2.3", "Report FRA action completion to the Group Audit and Risk Committee",
         "Director of Building Safety", "Monthly", "Monthly", "Green", "Green",
         "October dashboard issued."),
    ]),
    ("3. Resident engagement and communications", [
        ("3.1", "Write to all residents in affected buildings with a remediation timetable and named contact",
         "KM / TD", D(2025, 7, 31), D(2025, 7, 31), "Complete", "Complete",
         "Letters issued to 1,946 households."),
        ("3.2", "Hold drop-in sessions at each building before works start, with the resident building "
                "safety panel",
         "Resident Engagement Lead", D(2025, 11, 30), D(2026, 1, 31), "Green", "Amber",
         "Sessions held at 4 of 9 buildings; remaining dates moved to follow contractor programme."),
        ("3.3", "Publish a building safety page for each higher-risk building on the Orbit website",
         "Digital Communications Manager", D(2025, 10, 31), D(2025, 10, 31), "Amber", "Green",
         "Pages drafted for all 14 buildings; resident panel review on 5 November."),
    ]),
]


def make_orbit():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = ORB_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("6A1B9A")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Orbit Group | Period 7: October 2025 | For: Group Executive Committee, 12 November 2025"
    ws.merge_cells("A2:I2")
    ws["A4"] = "Programme SRO"
    ws["B4"] = "Group Director of Property Services"
    ws["D4"] = "Overall RAG (last period)"
    ws["E4"] = "Amber"
    ws["E4"].fill = fill(FILL["Amber"])
    ws["F4"] = "Overall RAG (this period)"
    ws["G4"] = "Amber"
    ws["G4"].fill = fill(FILL["Amber"])
    ws["A5"] = "Programme Manager"
    ws["B5"] = "Remediation Programme Manager"
    for a in ("A4", "A5", "D4", "F4"):
        ws[a].font = Font(bold=True)
    ws["A7"] = "Summary of progress"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("The programme remains Amber. Kingfisher Court has slipped to December following further "
                "defects, and the contractor framework will need to be re-tendered. Overdue high-risk FRA "
                "actions have reduced by 77% since August and are forecast to be cleared by the end of "
                "November.")
    ws.merge_cells("A8:I8")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 48
    ws["A10"] = "Key milestones and activities"
    ws["A10"].font = Font(bold=True)
    hdr = ("Workstream", "Ref", "Milestone / activity", "Owner", "Baseline date", "Forecast date",
           "RAG last period", "RAG this period", "Commentary")
    for j, v in enumerate(hdr):
        c = ws.cell(row=11, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.alignment = WRAP
        c.border = BOX
    r = 12
    for wsname, acts in ORB_WS:
        first = r
        for ref, ms, owner, base, fc, last, now, com in acts:
            vals = (None, ref, ms, owner, base, fc, last, now, com)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(FILL[last])
            ws.cell(row=r, column=8).fill = fill(FILL[now])
            r += 1
        c = ws.cell(row=first, column=1, value=wsname)
        c.font = Font(bold=True)
        c.alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Top programme risks (full detail in the RAID log)").font = Font(bold=True)
    r += 1
    # risk table layout: A=Risk ID, C=Risk, E=Score, F=Trend
    ws.cell(row=r, column=1, value="Risk ID")
    ws.cell(row=r, column=3, value="Risk")
    ws.cell(row=r, column=5, value="Score (L x I)")
    ws.cell(row=r, column=6, value="Trend")
    for col in (1, 3, 5, 6):
        ws.cell(row=r, column=col).font = Font(bold=True)
    risks = [("BS-R03", "Further defects found once cladding is removed increase cost and extend programme",
              "4 x 4 = 16", "↑"),
             ("BS-R07", "Limited contractor capacity in the West Midlands delays start on site for 2026/27 "
                        "buildings", "4 x 3 = 12", "↑"),
             ("BS-R09", "Cladding Safety Scheme funding decisions take longer than 12 weeks", "3 x 3 = 9", "↔")]
    for rid, txt, sc, tr in risks:
        r += 1
        ws.cell(row=r, column=1, value=rid)
        ws.cell(row=r, column=3, value=txt).alignment = WRAP
        ws.cell(row=r, column=5, value=sc)
        ws.cell(row=r, column=6, value=tr)
    r += 2
    ws.cell(row=r, column=1, value="Decisions / support required from Group Executive Committee").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="GEC is asked to note the Amber status and approve the re-tender of lot 2 "
                                   "of the principal contractor framework.")
    r += 2
    ws.cell(row=r, column=1, value="RAG key: Green – on track; Amber – at risk, recoverable within programme "
                                   "tolerance; Red – outside tolerance, escalation required; Complete – "
                                   "delivered and signed off.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (22, 6, 48, 26, 11, 11, 10, 10, 44)):
        ws.column_dimensions[col].width = w

    fn = wb.create_sheet("Finance")
    fn["A1"] = "Programme finance – October 2025 (£000)"
    fn["A1"].font = Font(bold=True)
    rows = [("Workstream", "Budget 2025/26", "Spend to date", "Forecast outturn", "Variance"),
            ("Cladding remediation", 18400, 9120, 19650, -1250),
            ("FRA remedial actions", 3600, 2210, 3480, 120),
            ("Resident engagement", 150, 64, 140, 10),
            ("Total", 22150, 11394, 23270, -1120)]
    for i, rr in enumerate(rows):
        for j, v in enumerate(rr):
            c = fn.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 4):
                c.font = Font(bold=True)
    fn["A9"] = "Cladding Safety Scheme grant claims are shown net in the forecast outturn."
    fn.column_dimensions["A"].width = 24
    wb.save(out("qd-orbit-group-building-safety-remediation-programme-highlight-report.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. British Transport Police Authority - ARAC action log (docx)
# ---------------------------------------------------------------------------
BTPA_TITLE = "British Transport Police Authority – Audit and Risk Assurance Committee Action Log"
# (meeting heading, [(no, minute, action, owner, due, update, status)])
BTPA_MEETINGS = [
    ("Actions from the meeting of 11 March 2025", [
        ("ARAC 25/04", "5.3 Annual accounts timetable",
         "Reconcile the fixed asset register to the general ledger and report any unreconciled items to the "
         "Committee.",
         "Chief Financial Officer (BTP)", "30/06/2025 (revised 09/12/2025)",
         "Reconciliation complete for vehicles and IT equipment; estates assets outstanding.", "Amber"),
    ]),
    ("Actions from the meeting of 17 June 2025", [
        ("ARAC 25/09", "4.1 Finance report",
         "Provide the Committee with a breakdown of the overtime overspend by division and business area.",
         "Chief Financial Officer (BTP)", "16/09/2025",
         "Breakdown circulated with the September papers.", "Complete"),
        ("ARAC 25/10", "6.2 Strategic risk register",
         "Circulate the revised Strategic Risk Register to members, showing movement in risk scores since "
         "March 2025.",
         "Head of Strategic Risk", "31/07/2025", "Circulated 24 July 2025.", "Complete"),
        ("ARAC 25/11", "7.1 Internal audit progress",
         "Bring forward the fleet management audit to Q2 and report the findings to the December meeting.",
         "Head of Internal Audit (GIAA)", "09/12/2025",
         "Fieldwork complete; draft report with management.", "Green"),
        ("ARAC 25/12", "8 Any other business",
         "Confirm arrangements for the transfer of pension scheme administration and report the risk to the "
         "Authority.",
         "Chief Executive / Director of Finance (BTPA)", "Ongoing",
         "Procurement of new administrator under way; risk added to the Authority register.", "Amber"),
    ]),
    ("Actions from the meeting of 16 September 2025", [
        ("ARAC 25/15", "5.2 Gifts and hospitality",
         "Review the gifts and hospitality register for chief officers and report any late declarations to "
         "the next meeting.",
         "Head of Professional Standards", "09/12/2025", "Review started.", "Green"),
        ("ARAC 25/16", "6.1 Strategic risk SR04 (cyber security)",
         "Present a deep dive on the cyber security strategic risk, including the results of the 2025 "
         "penetration test.",
         "Chief Information Officer", "10/03/2026", "Scheduled for the March 2026 meeting.", "Green"),
        ("ARAC 25/17", "7.3 Counter fraud",
         "Update the Counter Fraud Policy to reflect the failure to prevent fraud offence and submit it for "
         "approval.",
         "Head of Counter Fraud; General Counsel", "09/12/2025",
         "Draft with General Counsel; may need to move to March.", "Amber"),
        ("ARAC 25/18", "9.1 External audit",
         "Agree the National Audit Office audit timetable for the 2025/26 accounts.",
         "AM / KP", "31/10/2025", "NAO planning meeting postponed twice; now set for 3 December.", "Red"),
    ]),
]
BTPA_STATUS_FILL = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_btpa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(BTPA_TITLE, style="Title")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate((("Meeting", "9 December 2025"), ("Agenda item", "4"),
                                ("Report of", "Board Secretary"), ("Classification", "OFFICIAL"))):
        set_cell(info.cell(i, 0), a, bold=True, size=10)
        set_cell(info.cell(i, 1), b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("This log lists all open actions and those completed since the last meeting. Completed "
                      "actions will be removed once the Committee agrees closure.")
    doc.add_paragraph("Status key: Complete – action completed and proposed for closure; Green – on track; "
                      "Amber – at risk of missing the due date; Red – overdue.")
    hdr = ("Action no.", "Minute", "Action", "Owner", "Due date", "Update", "Status")
    for heading, acts in BTPA_MEETINGS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "1F3864")
            t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
            shade(cells[6], BTPA_STATUS_FILL[a[6]])
        doc.add_paragraph()
    doc.add_paragraph("Board Secretary, BTPA – 25 November 2025")
    doc.save(out("qd-british-transport-police-authority-audit-and-risk-assurance-committee-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Kingsbridge Community College - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
KCC_TITLE = "Kingsbridge Community College – Post-Ofsted Action Plan 2025–26"
# (priority heading, AFI text, [(no, action, lead, timescale, success, rag)])
KCC_PRIORITIES = [
    ("Priority 1: Curriculum and assessment in key stage 3",
     "In some subjects in key stage 3, the school’s curriculum does not identify the important knowledge that "
     "pupils should learn and when. Leaders should ensure that curriculum thinking in these subjects is precise "
     "and well sequenced, so that pupils build their knowledge securely over time.",
     [
         ("1.1", "Review and rewrite curriculum plans in geography, history and MFL for Years 7–9, setting out "
                 "the core knowledge for each unit.",
          "Deputy Headteacher (Curriculum)", "Autumn term 2025",
          "Revised plans in place and quality assured by SLT links.", "Blue"),
         ("1.2", "Train heads of department in curriculum sequencing through three after-school CPD sessions.",
          "Deputy Headteacher (Curriculum) / Heads of Department", "By February half-term 2026",
          "All HoDs can explain the sequence of their KS3 curriculum in subject reviews.", "Green"),
         ("1.3", "Introduce low-stakes knowledge quizzes at the start of every KS3 lesson and check their use "
                 "through learning walks.",
          "Assistant Headteacher (Teaching and Learning)", "Termly",
          "Learning walks show retrieval practice in 90% of KS3 lessons.", "Amber"),
     ]),
    ("Priority 2: Provision for pupils with SEND in lessons",
     "Teachers do not consistently adapt learning for pupils with special educational needs and/or disabilities "
     "(SEND). As a result, some of these pupils do not achieve as well as they should. The school should ensure "
     "that staff have the information and training they need to meet the needs of pupils with SEND in lessons.",
     [
         ("2.1", "Rewrite support plans for all pupils on the SEND register using the one-page ‘Pupil Passport’ "
                 "format.",
          "SENCo", "31/10/2025", "Every pupil on the register has a passport shared with all teachers.", "Blue"),
         ("2.2", "Deliver whole-staff training on adaptive teaching, followed by coaching for staff identified "
                 "through lesson visits.",
          "SENCo; Assistant Headteacher (Teaching and Learning)", "Autumn term 2025 – Summer term 2026",
          "Lesson visits show adaptations for pupils with SEND in most lessons.", "Green"),
         ("2.3", "SEND link governor to complete a focused visit and report to the Standards Committee.",
          "Chair of Standards Committee", "Summer term 2026",
          "Governor report received and minuted.", ""),
     ]),
    ("Priority 3: Attendance and persistent absence",
     "Too many pupils, including disadvantaged pupils, are persistently absent from school. This means that "
     "they miss out on important learning. Leaders should continue to take effective action to improve the "
     "attendance of these pupils.",
     [
         ("3.1", "Appoint an Attendance Officer and set up weekly attendance panel meetings with Heads of Year.",
          "Deputy Headteacher (Pastoral)", "September 2025", "Officer in post; panel minutes kept.", "Blue"),
         ("3.2", "Introduce first-day phone calls and home visits on day three of absence for persistently "
                 "absent pupils.",
          "Attendance Officer", "Ongoing", "All day-three visits logged on CPOMS.", "Green"),
         ("3.3", "Reduce persistent absence for disadvantaged pupils from 34% to below 25%.",
          "Headteacher", "July 2026", "PA for disadvantaged pupils below 25% by the end of the summer term.",
          "Red"),
     ]),
]
KCC_FILL = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def make_kcc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(KCC_TITLE, style="Title")
    doc.add_paragraph("Inspection: 11–12 March 2025 (section 5). Overall effectiveness: Requires improvement. "
                      "Report published 17 April 2025.")
    doc.add_paragraph("Plan owner: Headteacher. Monitored by the Local Governing Body (Standards Committee) "
                      "each half-term.")
    doc.add_paragraph("RAG key: Blue = completed; Green = on track; Amber = some slippage; Red = not on track. "
                      "RAG position at 1 December 2025.")
    hdr = ("No.", "Action", "Lead", "Timescale", "Success criteria", "RAG")
    for heading, afi, acts in KCC_PRIORITIES:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve (Ofsted):").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                set_cell(cells[j], v)
            if a[5]:
                shade(cells[5], KCC_FILL[a[5]])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(("Approved by", "Role", "Date")):
        set_cell(so.cell(0, j), h, bold=True)
    for j, h in enumerate(("Local Governing Body", "Chair of Governors", "14/05/2025")):
        set_cell(so.cell(1, j), h)
    doc.save(out("qd-kingsbridge-community-college-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bedfordshire Fire and Rescue Service - HMICFRS AFI action plan (csv, refuse)
# ---------------------------------------------------------------------------
BFRS_ROWS = [
    ["Bedfordshire Fire and Rescue Service – HMICFRS 2023–25 Inspection: Areas for Improvement Action Plan",
     "", "", "", "", "", "", "", ""],
    ["Progress at 30 September 2025 – reported to the Fire Authority Audit and Standards Committee",
     "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["AFI Ref", "Pillar", "Area for improvement", "Action No", "Action", "Action Owner", "Target Date",
     "Progress Update", "Status"],
    ["AFI 1", "Effectiveness",
     "The service should make sure it has an effective system for staff to use learning and debriefs to "
     "improve operational response and incident command.",
     "1.1", "Implement the revised debrief policy with hot and structured debrief templates aligned to JESIP",
     "Head of Response", "Dec-24", "Policy approved by SLT, templates live on the intranet.", "Complete"],
    ["AFI 1", "Effectiveness",
     "The service should make sure it has an effective system for staff to use learning and debriefs to "
     "improve operational response and incident command.",
     "1.2", "Publish a quarterly operational learning bulletin for all operational staff",
     "Operational Assurance Manager", "Mar-25", "Issues 1 to 3 published.", "Complete"],
    ["AFI 2", "Effectiveness",
     "The service should ensure it allocates enough resources to a prioritised and risk-based inspection "
     "programme.",
     "2.1", "Recruit and train four additional fire safety inspectors", "Head of Protection", "Sep-25",
     "Two inspectors in post, two on the Level 4 diploma.", "On track"],
    ["AFI 2", "Effectiveness",
     "The service should ensure it allocates enough resources to a prioritised and risk-based inspection "
     "programme.",
     "2.2", "Review the risk-based inspection programme methodology against the NFCC Prioritisation Framework",
     "Head of Protection", "0ct-25", "Draft methodology to Protection Board in October.", "On track"],
    ["AFI 3", "Efficiency",
     "The service should make sure it uses its wholetime and on-call workforce productively.",
     "3.1", "Introduce an on-call availability dashboard for station managers", "Head of Service Delivery",
     "Jan-26", "Dashboard in testing, linked to Gartan.", "On track"],
    ["AFI 4", "People",
     "The service should make sure it has effective succession planning, including for senior roles.",
     "4.1", "Develop a talent management and succession framework for middle and strategic managers",
     "Head of People and Organisational Development", "Mar-26", "Framework scoped; consultation with "
     "representative bodies planned for November.", "Not started"],
    ["AFI 4", "People",
     "The service should make sure it has effective succession planning, including for senior roles.",
     "4.2", "Run a supervisory and middle manager development centre", "Head of Training", "Jun-26",
     "", "Not started"],
]
BFRS_REFUSE_LINE = 8  # line of the "0ct-25" target date (1-based line in the file)


def make_bfrs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in BFRS_ROWS:
        w.writerow(row)
    text = buf.getvalue()
    lines = text.split("\r\n")
    assert "0ct-25" in lines[BFRS_REFUSE_LINE - 1], lines[BFRS_REFUSE_LINE - 1]
    with open(out("qd-bedfordshire-fire-and-rescue-service-hmicfrs-afi-action-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. Rosewood Court Care Home - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
RCC_LINES = [
    "Rosewood Court Care Home – CQC Inspection Action Plan",
    "Provider: Rosewood Court Care Ltd\tInspected: 14 and 15 May 2025\tReport published: 2 July 2025",
    "Overall rating: Requires improvement (Safe: Requires improvement; Effective: Requires improvement; "
    "Caring: Good; Responsive: Good; Well-led: Requires improvement)",
    "Status key: Completed | On track (green) | At risk (amber) | Overdue (red)",
    "",
    "Ref\tAction\tResponsible person\tTarget date\tProgress update (October 2025)\tStatus",
    "Is the service safe?",
    "Regulation 12 – Safe care and treatment: Risks relating to choking, falls and pressure care were not "
    "always assessed, recorded or managed safely.",
    "S1\tReview every resident's choking risk assessment and update care plans with SALT guidance, including "
    "food texture and fluid levels.\tClinical Lead\t31/07/2025\tAll 38 reviewed; SALT advice now in each "
    "plan.\tCompleted",
    "S2\tIntroduce a falls huddle after every fall, with a post-falls check recorded on the electronic care "
    "system within 24 hours.\tDeputy Manager / Clinical Lead\tw/c 04/08/2025\tHuddles in place; audit shows "
    "92% recorded within 24 hours.\tCompleted",
    "S3\tComplete pressure care competency training for all care staff.\tRegistered Manager\t30/09/2025\t31 "
    "of 40 staff completed; remaining staff booked for November.\tAt risk",
    "\tIncludes night staff and regular agency staff.\t\t\t\t",
    "Regulation 18 – Staffing: There were not always enough suitably trained staff deployed at night to meet "
    "people's needs.",
    "S4\tIncrease night staffing on the first floor from 3 to 4 care staff, using the dependency tool to "
    "review levels monthly.\tRegistered Manager\tMonthly\tFourth night carer in post from 1 August 2025."
    "\tOn track",
    "Is the service effective?",
    "Regulation 11 – Need for consent: The provider did not always act in line with the Mental Capacity Act "
    "2005 when people lacked capacity to consent to specific decisions.",
    "E1\tCarry out decision-specific mental capacity assessments and best interest decisions for bed rails "
    "and sensor mats.\tEwa Kowalska\t31/08/2025\tCompleted for 12 residents.\tCompleted",
    "E2\tDeliver MCA and DoLS training to all senior carers and nurses, with a knowledge check.\tClinical "
    "Lead\tEnd of October 2025\tTraining delivered 9 October; knowledge checks in progress.\tOn track",
    "Is the service well-led?",
    "Regulation 17 – Good governance: Quality assurance systems did not identify the shortfalls found at "
    "this inspection.",
    "W1\tIntroduce a monthly audit schedule covering care plans, medicines, falls and infection control, "
    "with actions tracked on one log.\tRegistered Manager\t31/07/2025\tSchedule in place from July."
    "\tCompleted",
    "W2\tNominated Individual to complete a monthly provider quality visit and written report.\tNominated "
    "Individual\tMonthly\tVisits completed July, August and September.\tOn track",
    "W3\tSeek feedback from residents and relatives through a survey and a relatives' meeting, and publish "
    "a 'You said, we did' summary.\tActivities Coordinator and Registered Manager\t30/11/2025\tSurvey sent; "
    "relatives' meeting booked for 20 November.\tOn track",
    "W4\tSubmit outstanding statutory notifications to CQC for the two safeguarding incidents identified at "
    "inspection.\tRegistered Manager\t31/05/2025\tSubmitted 28 May 2025.\tCompleted",
    "",
    "Completed actions will be checked at the next provider quality visit before being closed.",
    "Signed: Nominated Individual\tDate: 20/10/2025",
]


def make_rcc():
    with open(out("qd-rosewood-court-care-home-cqc-inspection-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\n".join(RCC_LINES) + "\n")


if __name__ == "__main__":
    make_icb()
    make_uol()
    make_orbit()
    make_btpa()
    make_kcc()
    make_bfrs()
    make_rcc()
    print("built 7 files")
