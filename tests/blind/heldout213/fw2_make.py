"""Build the seven fw2- blind test files (set heldout213).

Run with: /work/main/.venv/bin/python fw2_make.py
Writes next to this script:
  fw2-halton-bc-asc-cqc-assessment-improvement-plan.xlsx
  fw2-east-sussex-frs-hmicfrs-values-culture-recommendations-tracker.xlsx
  fw2-north-east-lincolnshire-council-strategic-risk-register-q3-2025-26.xlsx
  fw2-west-lothian-council-accounts-commission-best-value-improvement-action-plan.docx
  fw2-ceredigion-county-council-estyn-lges-post-inspection-action-plan.docx
  fw2-bolton-council-internal-audit-recommendations-tracker-typo-month-refuse.csv
  fw2-dundee-city-council-shr-annual-assurance-statement-improvement-plan.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
LIGHT = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Halton BC - ASC CQC assessment improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def halton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [16, 14, 36, 44])
    cov["A1"] = "Halton Borough Council"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "Adult Social Care CQC Local Authority Assessment Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Status / comments"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    rows = [
        ("0.3", d(2025, 8, 18), "ASC Performance and Improvement Team", "Draft for Adults DMT"),
        ("1.0", d(2025, 9, 2), "ASC Performance and Improvement Team", "Approved by ASC Improvement Board"),
        ("1.1", d(2025, 9, 30), "ASC Performance and Improvement Team", "September 2025 progress update"),
    ]
    for r, row in enumerate(rows, 6):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "DD/MM/YYYY"
        boxed(cov, r, 4)
    boxed(cov, 5, 4)
    cov["A10"] = ("CQC assessment outcome: Good (report published 4 July 2025). This plan addresses "
                  "the four quality statements scored 2 and the areas for improvement in the report.")
    cov.merge_cells("A10:D10")
    cov["A10"].alignment = WRAP
    cov.row_dimensions[10].height = 32
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        (RED, "Off track – will not be delivered by the target date without intervention"),
        (AMBER, "Some slippage – recovery action in place"),
        (GREEN, "On track"),
        (BLUE, "Complete"),
        (None, "No colour – not yet started"),
    ]
    for r, (col, text) in enumerate(key, 13):
        a = cov.cell(row=r, column=1)
        if col:
            a.fill = fill(col)
        a.border = BOX
        cov.cell(row=r, column=2, value=text)

    # Summary sheet
    sm = wb.create_sheet("Summary")
    widths(sm, [52, 10, 11, 11, 14, 11, 12])
    sm["A1"] = "Summary of progress – September 2025"
    sm["A1"].font = Font(bold=True, size=13)
    shdr = ["Quality statement", "Actions", "Complete", "On track", "Some slippage", "Off track", "Not started"]
    for i, h in enumerate(shdr, 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    srows = [
        ("QS1 Assessing needs", 3, 1, 0, 2, 0, 0),
        ("QS4 Care provision, integration and continuity", 2, 0, 1, 0, 1, 0),
        ("QS5 Partnerships and communities", 2, 0, 2, 0, 0, 0),
        ("QS8 Governance, management and sustainability", 3, 0, 1, 1, 0, 1),
        ("Total", 10, 1, 4, 3, 1, 1),
    ]
    for r, row in enumerate(srows, 4):
        for i, v in enumerate(row, 1):
            sm.cell(row=r, column=i, value=v)
        boxed(sm, r, 7)
    for i in range(1, 8):
        sm.cell(row=8, column=i).font = Font(bold=True)
    boxed(sm, 3, 7)

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [6, 38, 48, 30, 11, 12, 12, 11, 11, 44, 34])
    ws["A1"] = "Adult Social Care CQC Local Authority Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (from CQC report)", "Action", "Lead officer", "Start date",
           "Target date", "Revised target date", "Previous RAG (Aug 25)", "Current RAG (Sep 25)",
           "Progress update", "Evidence of impact"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.row_dimensions[4].height = 32

    groups = [
        ("Theme 1: Working with people – Assessing needs (QS score 2)",
         "People waited too long for Care Act assessments and reviews, and waiting lists were not "
         "risk-rated in the same way across teams.",
         [
             ("1.1", "Introduce a single risk-rating tool for everyone waiting for a Care Act assessment, "
                     "with weekly oversight of the waiting list by team managers.",
              "Principal Manager, Care Management", d(2025, 8, 1), d(2025, 10, 31), None, GREEN, BLUE,
              "Tool live in all three locality teams from 6 October; weekly waiting list huddles in place.",
              "All 412 people waiting were risk-rated by 10 October."),
             ("1.2", "Run a targeted waiting list initiative to bring the number of people waiting more "
                     "than 28 days for an assessment below 50.",
              "Principal Manager, Care Management / Locality Team Managers", d(2025, 9, 1), d(2026, 3, 31),
              None, AMBER, AMBER,
              "Agency social workers started 15 September. 131 people waiting over 28 days (down from 168).",
              "Monthly waiting list report."),
             ("1.3", "Review the carers' assessment pathway with Halton Carers Centre so that carers are "
                     "offered an assessment in their own right at first contact.",
              "Commissioning Manager (Carers)", d(2025, 9, 1), d(2025, 12, 31), d(2026, 2, 28), GREEN, AMBER,
              "Workshop with carers held 24 September. Revised date agreed by Improvement Board because "
              "the new front door script needs system changes.",
              ""),
         ]),
        ("Theme 2: Providing support – Care provision, integration and continuity (QS score 2)",
         "Choice of home care was limited in some parts of Widnes and Runcorn, and there were not enough "
         "nursing dementia placements for people with complex needs.",
         [
             ("4.1", "Refresh the Market Position Statement with providers, setting out expected demand for "
                     "home care and nursing dementia care to 2030.",
              "Head of Commissioning (Adults)", d(2025, 7, 1), "November 2025", None, GREEN, GREEN,
              "Provider forum held 17 September; draft statement being written.", ""),
             ("4.2", "Commission additional nursing dementia beds jointly with NHS Cheshire and Merseyside "
                     "ICB (Halton Place).",
              "Director of Adult Social Services; Place Director, Halton", d(2025, 7, 1), "Q4 2025/26", None,
              AMBER, RED,
              "Tender returned no compliant bids. Options paper to Halton Place Board in October.", ""),
         ]),
        ("Theme 2: Providing support – Partnerships and communities (QS score 2)",
         "Work with voluntary and community sector partners was inconsistent and co-production was at an "
         "early stage.",
         [
             ("5.1", "Set up a Co-production Board with people who draw on care and support and unpaid "
                     "carers, with agreed terms of reference.",
              "Divisional Manager, Prevention and Wellbeing", d(2025, 8, 1), d(2025, 12, 31), None, GREEN,
              GREEN, "Recruitment of members under way with Healthwatch Halton.", ""),
             ("5.2", "Agree a partnership compact with voluntary, community, faith and social enterprise "
                     "(VCFSE) organisations and review it each year.",
              "Divisional Manager, Prevention and Wellbeing / Halton VCFSE Alliance Chair", d(2025, 9, 1),
              "Ongoing (annual review)", None, GREEN, GREEN,
              "First draft of compact shared with the Alliance.", ""),
         ]),
        ("Theme 4: Leadership – Governance, management and sustainability (QS score 2)",
         "Performance information was not used consistently to drive improvement, and the quality "
         "assurance framework was not fully embedded.",
         [
             ("8.1", "Publish a monthly adult social care performance dashboard for Adults DMT and report it "
                     "quarterly to the Health Policy and Performance Board.",
              "Performance and Intelligence Manager", d(2025, 8, 1), d(2025, 12, 31), None, GREEN, GREEN,
              "Dashboard prototype reviewed by DMT 23 September.", ""),
             ("8.2", "Embed the practice quality assurance framework, including monthly case file audits and "
                     "a six-monthly practice week.",
              "Principal Social Worker", d(2025, 9, 1), "Sept 2025 – June 2026", None, AMBER, AMBER,
              "First audit cycle completed; moderation of audits still to be set up.", ""),
             ("8.3", "Refresh the adult social care risk register and align it with the corporate risk "
                     "management framework.",
              "Divisional Manager, Business Support", d(2026, 1, 5), d(2026, 3, 31), None, None, None,
              "Not due to start until January 2026.", ""),
         ]),
    ]
    r = 5
    for band, afi, acts in groups:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        first = r
        for (ref, action, lead, start, target, revised, prev, cur, prog, evid) in acts:
            vals = [ref, None, action, lead, start, target, revised, None, None, prog, evid or None]
            for i, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=i, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD/MM/YYYY"
            if prev:
                ws.cell(row=r, column=8).fill = fill(prev)
            if cur:
                ws.cell(row=r, column=9).fill = fill(cur)
            boxed(ws, r, 11)
            ws.row_dimensions[r].height = 62
            r += 1
        ws.cell(row=first, column=2, value=afi)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: RAG ratings are agreed each month at the ASC Improvement Board. Actions rated blue stay on "
        "the plan until impact has been evidenced. See the Cover sheet for the RAG key."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "fw2-halton-bc-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. East Sussex FRS - HMICFRS values and culture recommendations tracker
# ---------------------------------------------------------------------------
def esfrs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [46, 12])
    sm["A1"] = "Summary at 14 November 2024"
    sm["A1"].font = Font(bold=True, size=13)
    lines = [
        ("Recommendations in the report addressed to chief fire officers", 20),
        ("Recommendations closed at the November 2023 panel (not shown)", 14),
        ("Recommendations tracked in this workbook", 6),
        (None, None),
        ("Actions by status", None),
        ("Complete", 6),
        ("On track", 2),
        ("At risk", 1),
        ("Off track", 1),
        ("Total actions", 10),
    ]
    for r, (a, b) in enumerate(lines, 3):
        if a is not None:
            sm.cell(row=r, column=1, value=a)
        if b is not None:
            sm.cell(row=r, column=2, value=b)
    sm["A7"].font = Font(bold=True)
    sm["A12"].font = Font(bold=True)
    sm["B12"].font = Font(bold=True)

    ws = wb.create_sheet("Action tracker")
    widths(ws, [7, 54, 32, 11, 11, 12, 46, 30])
    ws["A1"] = "East Sussex Fire & Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Values and culture in fire and rescue services (HMICFRS spotlight report, 30 March 2023)"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Update for the Scrutiny & Audit Panel – 14 November 2024"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    ws["A4"] = ("Status key:  Complete = completed and evidenced  |  On track = Green  |  "
                "At risk = Amber  |  Off track = Red")
    ws.merge_cells("A4:H4")
    hdr = ["Ref", "ESFRS action", "Action owner", "Original due date", "Revised due date", "Status",
           "Progress update", "Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    data = [
        ("Raising concerns", [
            ("Recommendation 1: By 1 October 2023, chief fire officers should make sure their services "
             "provide a confidential way for staff to raise concerns and that staff are aware of "
             "whistleblowing processes.", [
                ("1a", "Procure an independent confidential reporting line for all staff, available 24/7 "
                       "and separate from line management.",
                 "Assistant Director People Services", "Oct-23", "", "Complete",
                 "Safecall line live since September 2023.", "Contract; intranet page"),
                ("1b", "Relaunch the Whistleblowing Policy and promote the reporting routes through station "
                       "visits and the intranet.",
                 "Head of HR and Organisational Development", "Oct-23", "Mar-24", "Complete",
                 "Policy relaunched February 2024; 41 station visits completed.", "Policy v4"),
            ]),
            ("Recommendation 3: By 1 June 2023, chief fire officers should review the support available "
             "for those who have raised concerns and take any action needed to make sure these provisions "
             "are suitable.", [
                ("3a", "Review the welfare support offered to staff who raise concerns, including access to "
                       "the Employee Assistance Programme and a named welfare contact.",
                 "Occupational Health and Wellbeing Manager", "Jun-23", "Dec-23", "Complete",
                 "Named welfare contact now offered in every case.", "Welfare procedure"),
            ]),
        ]),
        ("Background checks", [
            ("Recommendation 9: By 1 October 2023, chief fire officers should make sure that appropriate "
             "background checks are carried out for all staff, including Disclosure and Barring Service "
             "checks for roles that need them, and that these are repeated at least every three years.", [
                ("9a", "Complete a role-by-role risk assessment to confirm the level of DBS check needed "
                       "for every post.",
                 "Head of HR and Organisational Development", "Oct-23", "Jun-24", "Complete",
                 "All posts assessed; results approved by SLT June 2024.", "Role matrix"),
                ("9b", "Carry out standard or enhanced DBS checks for all existing staff in eligible roles "
                       "and set up a three-yearly renewal cycle.",
                 "HR Business Partner / Area Manager Operational Support", "Dec-23", "Mar-25", "At risk",
                 "78% of eligible staff checked. On-call staff checks are slower than planned.", ""),
            ]),
        ]),
        ("Misconduct handling", [
            ("Recommendation 14: By 1 December 2023, chief fire officers should make sure their services "
             "have the capacity and capability to carry out misconduct investigations in a fair and timely "
             "way.", [
                ("14a", "Train a pool of accredited workplace investigators drawn from across the Service.",
                 "Head of Professional Standards", "Dec-23", "Sep-24", "Complete",
                 "12 investigators accredited.", "Training records"),
                ("14b", "Introduce quarterly reporting of misconduct case numbers, outcomes and timeliness to "
                        "the Senior Leadership Team and the Fire Authority.",
                 "Head of Professional Standards", "Mar-24", "Jan-25", "On track",
                 "First report to SLT in October; Fire Authority report due January.", ""),
            ]),
        ]),
        ("Diversity data", [
            ("Recommendation 20: By 1 March 2024, chief fire officers should make sure their services "
             "improve the quality and completeness of the equality data they hold about their staff.", [
                ("20a", "Run a self-declaration campaign to raise completion of the equality monitoring "
                        "fields in the HR system above 90%.",
                 "Equality, Diversity and Inclusion Manager", "Mar-24", "Mar-25", "Off track",
                 "Completion 64%. HR system upgrade delayed the self-service form.", ""),
            ]),
        ]),
        ("Core Code of Ethics", [
            ("Recommendation 28: By 1 June 2023, chief fire officers should review how they have "
             "implemented the Core Code of Ethics and make sure it is being applied across their "
             "services.", [
                ("28a", "Embed the Core Code of Ethics in appraisal conversations, promotion processes and "
                        "the leadership development programme.",
                 "Assistant Chief Fire Officer", "Jun-23", "Apr-24", "Complete",
                 "Appraisal form and promotion assessments updated.", "Appraisal form"),
                ("28b", "Survey staff every year on their understanding of the Core Code of Ethics and report "
                        "the results to the Fire Authority.",
                 "Head of Organisational Development", "Annually", "", "On track",
                 "2024 survey closes 29 November.", ""),
            ]),
        ]),
    ]
    r = 7
    for theme, recs in data:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("595959")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.fill = fill("F2F2F2")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 34
            r += 1
            for (ref, act, owner, orig, rev, status, prog, evid) in acts:
                vals = [ref, act, owner, orig, rev or None, status, prog, evid or None]
                for i, v in enumerate(vals, 1):
                    ws.cell(row=r, column=i, value=v)
                ws.cell(row=r, column=6).fill = fill(status_fill[status])
                boxed(ws, r, 8)
                ws.row_dimensions[r].height = 48
                r += 1
    ws.freeze_panes = "A7"

    vl = wb.create_sheet("Version log")
    widths(vl, [10, 14, 60])
    for i, h in enumerate(["Version", "Date", "Changes"], 1):
        vl.cell(row=1, column=i, value=h).font = Font(bold=True)
    for r, row in enumerate([
        ("1.0", "12/06/2023", "Tracker created following publication of the report"),
        ("2.0", "21/11/2023", "Update for Scrutiny & Audit Panel; 14 recommendations closed"),
        ("3.0", "14/11/2024", "Annual update; revised due dates agreed by SLT"),
    ], 2):
        for i, v in enumerate(row, 1):
            vl.cell(row=r, column=i, value=v)
    wb.save(os.path.join(HERE, "fw2-east-sussex-frs-hmicfrs-values-culture-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. North East Lincolnshire Council - strategic risk register Q3 2025/26
# ---------------------------------------------------------------------------
def nelc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    widths(ws, [34, 26, 11, 36, 11, 10, 9, 46, 30, 12, 10, 38])
    ws["A1"] = "North East Lincolnshire Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Quarter 3 2025/26 – reviewed by the Leadership Team on 13 January 2026 and reported to Audit "
                "and Governance Committee on 29 January 2026")
    ws.merge_cells("A2:L2")
    hdr = ["Risk", "Risk owner", "Inherent score (L x I)", "Existing controls", "Residual score (L x I)",
           "Direction of travel", "Ref", "Further actions to reduce the risk", "Action owner", "Target date",
           "Action RAG", "Q3 commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.row_dimensions[4].height = 44
    score_fill = lambda s: fill(RED) if s >= 15 else fill(AMBER) if s >= 8 else fill(GREEN)
    risks = [
        ("SR01 Failure to maintain a balanced budget and financial sustainability over the medium term",
         "Director of Resources and Governance (S151 Officer)", "20 (4x5)",
         "Medium Term Financial Plan approved February 2025; monthly budget monitoring to Cabinet; "
         "reserves strategy; Savings Delivery Board.", "16 (4x4)", 16, "↔",
         [
             ("SR01.1", "Deliver the 2026/27 budget-setting process, including savings proposals for "
                        "consultation, to Full Council in February 2026.",
              "Director of Resources and Governance (S151 Officer)", "Feb-26", "Green",
              "Draft budget to Cabinet 14 January; consultation closes 4 February."),
             ("SR01.2", "Track delivery of approved savings through the monthly Savings Delivery Board and "
                        "agree mitigations for any savings at risk.",
              "Head of Finance; Assistant Directors", "Monthly", "Amber",
              "£1.9m of 2025/26 savings rated at risk; mitigations agreed for £1.2m."),
         ]),
        ("SR02 Cyber attack leads to loss of systems or data",
         "Assistant Director Digital and ICT", "25 (5x5)",
         "Firewalls and endpoint protection; multi-factor authentication; PSN compliance; offline backups.",
         "15 (3x5)", 15, "▼",
         [
             ("SR02.1", "Reach the Cyber Assessment Framework (CAF) baseline and submit the return to MHCLG.",
              "ICT Security Manager", d(2026, 3, 31), "Green", "Self-assessment 80% complete."),
             ("SR02.2", "Run a cyber incident exercise with the Leadership Team and test the ICT disaster "
                        "recovery plan.",
              "ICT Security Manager & Emergency Planning Manager", "Q4 2025/26", "Amber",
              "Exercise moved from December to March because of winter pressures."),
             ("SR02.3", "Complete mandatory cyber security e-learning for all staff with network access.",
              "Head of People and Culture", d(2025, 9, 30), "Complete",
              "96% completion; remaining staff on long-term absence."),
         ]),
        ("SR03 Rising demand for adult social care exceeds the budget and the capacity of the care market",
         "Director of Adult Social Services", "20 (4x5)",
         "Better Care Fund plan; brokerage team; quarterly market sustainability review with providers.",
         "16 (4x4)", 16, "▲",
         [
             ("SR03.1", "Implement the Home First reablement model with Northern Lincolnshire and Goole NHS "
                        "Foundation Trust to reduce long-term placements.",
              "Director of Adult Social Services", "June 2026", "Green",
              "Phase 1 (Grimsby hospital discharges) live from November."),
             ("SR03.2", "Complete the cost of care exercise for residential and nursing homes and agree the "
                        "2026/27 fee uplift.",
              "Head of Commissioning (Adults)", d(2026, 3, 31), "Red",
              "Provider return rate only 38%; independent review commissioned."),
         ]),
        ("SR04 Failure to deliver the Town Deal and Levelling Up capital programme within funding deadlines",
         "Director of Economy, Environment and Infrastructure", "16 (4x4)",
         "Town Deal Board; programme management office; monthly capital monitoring.",
         "12 (3x4)", 12, "↔",
         [
             ("SR04.1", "Re-profile the Grimsby Town Deal programme and agree project adjustment requests "
                        "with MHCLG.",
              "Regeneration Programme Manager", "Jan-26", "Amber",
              "Two project adjustment requests submitted; decision awaited."),
             ("SR04.2", "Report capital programme risks quarterly to the Town Deal Board.",
              "Regeneration Programme Manager", "Ongoing", "Green", "Reported 2 December."),
         ]),
    ]
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 5
    for (risk, owner, inh, controls, res, res_n, dot, acts) in risks:
        first = r
        for (ref, act, aowner, target, rag, comm) in acts:
            vals = [None, None, None, None, None, None, ref, act, aowner, target, rag, comm]
            for i, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=i, value=v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "DD/MM/YYYY"
            ws.cell(row=r, column=11).fill = fill(rag_fill[rag])
            boxed(ws, r, 12)
            ws.row_dimensions[r].height = 50
            r += 1
        last = r - 1
        for col, v in [(1, risk), (2, owner), (3, inh), (4, controls), (5, res), (6, dot)]:
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=5).fill = score_fill(res_n)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Scores are Likelihood (L) x Impact (I), each on a scale of 1 to 5. Red 15–25, Amber 8–12, "
        "Green 1–6. Direction of travel compares the residual score with Quarter 2. See the Scoring matrix tab."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Quarter 3 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        hm.cell(row=3, column=i + 1, value=i)
        hm.cell(row=3 + i, column=1, value=6 - i)
    placed = {(4, 4): "SR01, SR03", (3, 5): "SR02", (3, 4): "SR04"}
    for li in range(1, 6):
        for im in range(1, 6):
            L = 6 - li
            c = hm.cell(row=3 + li, column=1 + im, value=placed.get((L, im)))
            s = L * im
            c.fill = fill(RED) if s >= 15 else fill(AMBER) if s >= 8 else fill(GREEN)
            c.border = BOX
    sc = wb.create_sheet("Scoring matrix")
    widths(sc, [10, 60])
    sc["A1"] = "Likelihood"
    sc["A1"].font = Font(bold=True)
    for r, (n, t) in enumerate([(1, "Rare – less than 5% chance in the next 12 months"),
                                (2, "Unlikely – 5–25%"), (3, "Possible – 26–50%"),
                                (4, "Likely – 51–80%"), (5, "Almost certain – over 80%")], 2):
        sc.cell(row=r, column=1, value=n)
        sc.cell(row=r, column=2, value=t)
    sc["A8"] = "Impact"
    sc["A8"].font = Font(bold=True)
    for r, (n, t) in enumerate([(1, "Negligible"), (2, "Minor"), (3, "Moderate"), (4, "Major"),
                                (5, "Critical")], 9):
        sc.cell(row=r, column=1, value=n)
        sc.cell(row=r, column=2, value=t)
    wb.save(os.path.join(HERE, "fw2-north-east-lincolnshire-council-strategic-risk-register-q3-2025-26.xlsx"))


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


def bold_cell(cell, text, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. West Lothian Council - Accounts Commission Best Value improvement plan
# ---------------------------------------------------------------------------
def west_lothian():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("West Lothian Council: Best Value Improvement Action Plan", level=0)
    doc.add_paragraph(
        "Response to the Controller of Audit's report on Best Value in West Lothian Council and the "
        "Accounts Commission's findings (June 2024)")
    doc.add_paragraph("Progress report to the Governance and Risk Committee, 24 February 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [
        ("1.0", "20 August 2024", "Corporate Policy and Performance Unit", "Approved by Council Executive"),
        ("1.1", "31 January 2025", "Corporate Policy and Performance Unit", "Progress update"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, word, text in [(BLUE, "Blue", "Complete"), (GREEN, "Green", "On track"),
                            (AMBER, "Amber", "Some risk to delivery by the target date"),
                            (RED, "Red", "Off track – will not be delivered by the target date")]:
        cells = k.add_row().cells
        cells[0].text = word
        shade(cells[0], col)
        cells[1].text = text

    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    hdr = ["Ref", "Agreed action", "Responsible officer", "Target date", "Progress at 31 January 2025", "RAG"]
    parts = [
        ("Part 1: Controller of Audit recommendations", [
            ("Recommendation 1: The council should set out clearly how its transformation programme will "
             "close the projected budget gap over the next five years, with milestones and savings targets "
             "for each project.", [
                ("1.1", "Develop a five-year Transformation Programme (2025/26 to 2029/30) with a savings "
                        "target, milestones and a named sponsor for each project, for approval by Council.",
                 "Head of Finance and Property Services", "February 2025",
                 "Programme drafted; to Council with the budget on 18 February 2025.", "Green"),
                ("1.2", "Report progress on the Transformation Programme and savings delivery to the Council "
                        "Executive every six months.",
                 "Head of Finance and Property Services", "Six-monthly",
                 "First report scheduled for September 2025.", "Green"),
            ]),
            ("Recommendation 2: The council should update its workforce planning so that it reflects the "
             "scale of service change needed to deliver the transformation programme.", [
                ("2.1", "Refresh the Corporate Workforce Plan to 2028, including the workforce implications of "
                        "the Transformation Programme.",
                 "Head of Corporate Services", "30/06/2025",
                 "Workforce data analysis complete; trade union engagement to start in March.", "Amber"),
                ("2.2", "Introduce service-level workforce plans for all services, reviewed each year through "
                        "the management plan process.",
                 "Head of Corporate Services / Heads of Service", "Q2 2025/26",
                 "Template agreed by Corporate Management Team.", "Green"),
            ]),
            ("Recommendation 3: The council should improve its public performance reporting so that "
             "residents can see how it is performing against its priorities and compared with other "
             "councils.", [
                ("3.1", "Publish an annual public performance report aligned to the Corporate Plan outcomes, "
                        "with benchmarking from the Local Government Benchmarking Framework.",
                 "Corporate Policy and Performance Manager", "December 2024",
                 "Published on the council website on 12 December 2024.", "Blue"),
            ]),
        ]),
        ("Part 2: Accounts Commission findings", [
            ("Finding 1: Elected members need to take a more active role in scrutinising performance and "
             "the delivery of savings.", [
                ("F1.1", "Deliver a programme of scrutiny training for all elected members, including "
                         "financial scrutiny, with the Improvement Service.",
                 "Governance Manager", "March 2025",
                 "Two of three sessions held; 27 of 33 members attended.", "Green"),
                ("F1.2", "Review the remit of the Policy Development and Scrutiny Panels so that savings "
                         "proposals are scrutinised before decisions are made.",
                 "Chief Solicitor and Monitoring Officer", "31 October 2024\nRevised: 30 April 2025",
                 "Review delayed by the budget timetable; report to Council in April.", "Amber"),
            ]),
            ("Finding 2: The council should make faster progress in giving communities a say in how money "
             "is spent in their area.", [
                ("F2.1", "Extend participatory budgeting to allocate at least 1% of the council's budget by "
                         "community choice, in line with the national framework.",
                 "Head of Planning, Economic Development and Regeneration", "March 2026",
                 "Funding for 2025/26 not yet identified within the budget.", "Red"),
            ]),
        ]),
    ]
    for part, recs in parts:
        doc.add_heading(part, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            bold_cell(t.rows[0].cells[i], h, "FFFFFF")
            shade(t.rows[0].cells[i], "00467F")
        for rec, acts in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            bold_cell(merged, rec)
            shade(merged, LIGHT)
            for (ref, act, lead, target, prog, rag) in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[1].text = act
                cells[2].text = lead
                cells[3].text = target
                cells[4].text = prog
                cells[5].text = rag
                shade(cells[5], rag_col[rag])
        doc.add_paragraph()
    doc.add_paragraph(
        "The next progress report will be presented to the Governance and Risk Committee in August 2025.")
    doc.save(os.path.join(
        HERE, "fw2-west-lothian-council-accounts-commission-best-value-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Ceredigion County Council - Estyn LGES post-inspection action plan
# ---------------------------------------------------------------------------
def ceredigion():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Sir Ceredigion / Ceredigion County Council")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_heading("Post-Inspection Action Plan (PIAP)", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Estyn inspection of Local Government Education Services, June 2024 "
                          "(report published September 2024)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Version 2 – progress update for the Learning Communities Overview and Scrutiny "
                      "Committee, June 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Plan owner", "Corporate Lead Officer – Schools"),
                 ("Approved", "Cabinet, 3 December 2024"),
                 ("Monitoring", "Education Leadership Team (monthly); Overview and Scrutiny (termly)"),
                 ("Version", "2.0 – June 2025")]:
        cells = t.add_row().cells
        bold_cell(cells[0], a)
        cells[1].text = b

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (col, text) in enumerate([(BLUE, "Blue – complete"), (GREEN, "Green – on track"),
                                     (AMBER, "Amber – some slippage"), (RED, "Red – significant concern")]):
        k.rows[0].cells[i].text = text
        shade(k.rows[0].cells[i], col)

    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    hdr = ["Ref", "Action", "Lead officer(s)", "Timescale", "Success criteria", "RAG"]
    recs = [
        ("Recommendation 1: Strengthen the use of first-hand evidence by school improvement officers to "
         "evaluate the quality of teaching and its impact on pupils' progress", [
            ("1.1", "Revise the school improvement partner visit framework so that every core visit includes "
                    "lesson observation and scrutiny of pupils' work.",
             "Schools Improvement Manager", "Spring term 2025",
             "Revised framework in use in all schools; visit notes refer to first-hand evidence.", "Blue"),
            ("1.2", "Provide joint training with Partneriaeth for all school improvement officers on "
                    "evaluating teaching and learning.",
             "Schools Improvement Manager / Partneriaeth Lead", "Summer term 2025",
             "All officers trained; moderation shows consistent judgements.", "Green"),
            ("1.3", "Quality assure a sample of school visit notes each term and report findings to the "
                    "Education Leadership Team.",
             "Corporate Lead Officer – Schools", "Termly",
             "Sample of 20% of notes reviewed each term.", "Green"),
        ]),
        ("Recommendation 2: Improve the attendance of pupils, particularly those eligible for free school "
         "meals", [
            ("2.1", "Launch a county-wide attendance strategy with schools, including a graduated response to "
                    "persistent absence.",
             "Inclusion Service Manager", "Autumn term 2024",
             "Strategy adopted by all schools.", "Blue"),
            ("2.2", "Extend the Education Welfare Service's early intervention work to all primary schools "
                    "with attendance below the local authority average.",
             "Education Welfare Officer Team Leader", "Spring term 2025",
             "Attendance in targeted schools improves by 1 percentage point.", "Amber"),
            ("2.3", "Analyse attendance data for pupils eligible for free school meals each half term and "
                    "target support at the schools with the widest gap.",
             "Data and Performance Officer and Inclusion Service Manager", "Half-termly from January 2025",
             "Gap in attendance narrows across the county.", "Green"),
        ]),
        ("Recommendation 3: Ensure that self-evaluation and improvement planning across education services "
         "are robust and focus on the impact of the authority's work", [
            ("3.1", "Introduce a common self-evaluation template for all teams within the Schools Service, "
                    "linked to the Corporate Strategy.",
             "Corporate Lead Officer – Schools", "31 March 2025",
             "All teams complete self-evaluation using the template.", "Blue"),
            ("3.2", "Report progress against the PIAP to the Learning Communities Overview and Scrutiny "
                    "Committee.",
             "Corporate Lead Officer – Schools", "December 2025",
             "Committee receives reports in June and December 2025.", "Green"),
        ]),
    ]
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, hname in enumerate(hdr):
            bold_cell(t.rows[0].cells[i], hname)
            shade(t.rows[0].cells[i], GREY)
        for (ref, act, lead, when, sc, rag) in acts:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = act
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = sc
            cells[5].text = rag
            shade(cells[5], rag_col[rag])
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported termly to the Learning Communities Overview and "
                      "Scrutiny Committee and to Estyn through the local authority link inspector.")
    doc.save(os.path.join(HERE, "fw2-ceredigion-county-council-estyn-lges-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bolton Council - internal audit recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
def bolton():
    n = 11
    rows = [
        ["Bolton Council - Internal Audit Recommendations Tracker"],
        ["Outstanding High and Medium priority recommendations - Audit Committee 24 March 2025"],
        [],
        ["Audit Ref", "Audit", "Assurance", "Rec No", "Priority", "Agreed Management Action",
         "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Latest Update"],
        ["IA/24/05", "Payroll", "Limited", "1", "High",
         "Introduce a monthly reconciliation of payroll starters and leavers to the HR establishment list, "
         "signed off by the Payroll Manager.", "Payroll Manager", "30/09/2024", "Jan-25", "Implemented",
         "Reconciliations in place from December 2024; evidence seen by Internal Audit."],
        ["IA/24/05", "Payroll", "Limited", "3", "Medium",
         "Remove system access for leavers within five working days of their leaving date.",
         "Payroll Manager / ICT Service Desk Manager", "31/10/2024", "", "Implemented",
         "Automated leaver workflow live."],
        ["IA/24/11", "Creditors and Purchase Cards", "Reasonable", "2", "Medium",
         "Issue updated purchase card guidance to all cardholders and require annual re-acceptance of the "
         "cardholder agreement.", "Head of Procurement", "31/12/2024", "Apr-25", "In progress",
         "Guidance drafted; re-acceptance to be built into the card system."],
        ["IA/24/14", "Information Governance", "Limited", "1", "High",
         "Complete the information asset register for all departments and assign an Information Asset Owner "
         "to each asset.", "Information Governance Manager", "31/12/2024", "Jun-25", "In progress",
         "Four of six departments complete."],
        ["IA/24/14", "Information Governance", "Limited", "2", "Medium",
         "Deliver data protection refresher training to all staff, with completion reported to the Corporate "
         "Information Governance Group.", "Information Governance Manager", "31/03/2025", "", "In progress",
         "Completion 71% at 28 February."],
        ["IA/24/19", "Disabled Facilities Grants", "Limited", "1", "High",
         "Introduce a case checklist so that every Disabled Facilities Grant approval is checked by a second "
         "officer before payment.", "Adaptations Team Leader", "28/02/2025", "0ct-25", "In progress",
         "Checklist drafted; delayed by staff vacancies in the adaptations team."],
        ["IA/24/19", "Disabled Facilities Grants", "Limited", "2", "Medium",
         "Reconcile DFG payments to the capital programme each month.",
         "Adaptations Team Leader; Capital Accountant", "31/03/2025", "", "Not started",
         "To start once the checklist is in place."],
        ["IA/25/02", "Council Tax Reduction Scheme", "Reasonable", "1", "Medium",
         "Carry out a sample check of 5% of new Council Tax Reduction awards each quarter.",
         "Revenues and Benefits Manager", "30/06/2025", "", "Not yet due", ""],
        [],
        ["Status key: Implemented - action confirmed complete; In progress - action under way; "
         "Not started; Not yet due - target date not reached"],
        ["Only High and Medium priority recommendations are reported to Committee. Low priority actions are "
         "followed up by Internal Audit."],
    ]
    path = os.path.join(HERE, "fw2-bolton-council-internal-audit-recommendations-tracker-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (n - len(row)))


# ---------------------------------------------------------------------------
# 7. Dundee City Council - SHR annual assurance statement improvement plan (txt)
# ---------------------------------------------------------------------------
def dundee():
    rule = "=" * 72
    areas = [
        ("AREA 1: ELECTRICAL SAFETY – ELECTRICAL INSTALLATION CONDITION REPORTS (EICR)", [
            ("1.1", "Complete EICRs in the 1,120 council homes without a valid certificate at 31 March 2024, "
                    "prioritising homes with vulnerable tenants.",
             "Housing Investment Manager", "31 December 2024", "30 April 2025", "Some slippage",
             "946 of 1,120 completed at 28 February 2025. Forced access procedure agreed with Legal Services "
             "for the remainder."),
            ("1.2", "Set up a five-yearly EICR cycle in the asset management system with automatic reminders "
                    "at four and a half years.",
             "Asset Management Team Leader", "June 2025", None, "On track",
             "System configuration under test."),
            ("1.3", "Report EICR compliance monthly to the Neighbourhood Services Management Team and "
                    "quarterly to committee.",
             "Housing Investment Manager / Performance Officer", "January 2025", None, "Complete",
             "Monthly report in place from January 2025."),
        ]),
        ("AREA 2: DAMP AND MOULD", [
            ("2.1", "Implement a damp and mould case management procedure with a 10 working day inspection "
                    "standard for all new reports.",
             "Repairs Manager", "30 November 2024", None, "Complete",
             "Procedure live; 87% of inspections within 10 working days in February."),
            ("2.2", "Train all housing officers and repairs operatives to identify and report damp and mould.",
             "Repairs Manager and Housing Services Manager", "31 March 2025", None, "On track",
             "212 of 260 staff trained."),
            ("2.3", "Survey a sample of 10% of multi-storey flats to identify homes at risk of condensation "
                    "damp.",
             "Asset Management Team Leader", "September 2025", None, "Not started",
             "Survey brief being prepared."),
        ]),
        ("AREA 3: UNSUITABLE ACCOMMODATION ORDER", [
            ("3.1", "Increase the number of furnished temporary flats by converting 40 council tenancies to "
                    "temporary accommodation.",
             "Service Manager (Homelessness)", "By 31 March 2025", "30 September 2025", "Significant delay",
             "18 flats converted. Void repair backlog is slowing progress."),
            ("3.2", "Stop the use of bed and breakfast for families with children and pregnant women except "
                    "in emergencies of no more than 7 days.",
             "Service Manager (Homelessness)", "Ongoing", None, "On track",
             "No breaches since December 2024."),
            ("3.3", "Report Unsuitable Accommodation Order breaches to the Scottish Housing Regulator every "
                    "quarter.",
             "Head of Housing and Communities", "Quarterly", None, "On track",
             "Q3 return submitted 14 January 2025."),
        ]),
    ]
    out = [
        "DUNDEE CITY COUNCIL",
        "Neighbourhood Services",
        "",
        "Annual Assurance Statement 2024 – Improvement Action Plan",
        "Progress update, March 2025",
        "",
        "Report to: Neighbourhood Services Committee, 17 March 2025 (Appendix 1)",
        "Report by: Executive Director of Neighbourhood Services",
        "",
        "The Council's Annual Assurance Statement, submitted to the Scottish Housing Regulator on 31 October "
        "2024, reported material non-compliance in three areas: electrical safety (EICR), damp and mould case "
        "management, and the Unsuitable Accommodation Order. This plan sets out the actions agreed to return "
        "to compliance.",
        "",
        "Status key: Complete = blue | On track = green | Some slippage = amber | Significant delay = red | "
        "Not started",
        "",
    ]
    for title, acts in areas:
        out += [rule, title, rule, ""]
        for (ref, act, lead, target, revised, status, update) in acts:
            out.append(f"{ref}  {act}")
            out.append(f"     Lead officer:  {lead}")
            out.append(f"     Target date:   {target}")
            if revised:
                out.append(f"     Revised date:  {revised}")
            out.append(f"     Status:        {status}")
            out.append(f"     Update:        {update}")
            out.append("")
    out += [rule, "Next update: Neighbourhood Services Committee, June 2025", "End of document", ""]
    path = os.path.join(HERE, "fw2-dundee-city-council-shr-annual-assurance-statement-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    halton()
    esfrs()
    nelc()
    west_lothian()
    ceredigion()
    bolton()
    dundee()
    print("done")
