"""Build the seven od1- blind test files (set heldout424).

Run with /work/main/.venv/bin/python od1_make.py  (writes beside this script).
The data for each file is held in module-level structures so the plans can be
read back and checked.
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F3864", "band": "D9E1F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


# ---------------------------------------------------------------------------
# 1. Mid and West Wales FRS strategic risk register (xlsx)
# ---------------------------------------------------------------------------
MAWW_FILE = "od1-mid-and-west-wales-fire-rescue-service-strategic-risk-register.xlsx"
MAWW_TITLE = "Mid and West Wales Fire and Rescue Service – Strategic Risk Register 2025/26"
MAWW_RISKS = [
    {
        "risk": "SR01 – On-call firefighter availability",
        "desc": "Difficulty recruiting and retaining on-call firefighters in rural areas "
                "leads to appliances being unavailable, increasing attendance times and "
                "the risk to the public.",
        "owner": "Assistant Chief Fire Officer – Service Delivery",
        "inherent": "4 x 5 = 20",
        "controls": "On-call availability dashboard reviewed daily.\nCrewing Hub redeploys "
                    "staff to priority stations.\nWholetime detached duty cover.",
        "residual": ("4 x 4 = 16", "R"),
        "dot": "↔",
        "actions": [
            ("SR01/A1", "Complete the on-call recruitment campaign for the 12 priority "
                        "stations in Powys and Ceredigion.",
             "Head of Response", D(2026, 3, 31), "G"),
            ("SR01/A2", "Introduce banded availability contracts following consultation "
                        "with the representative bodies.",
             "Head of Response / Head of People Services", "Q4 2025/26", "A"),
            ("SR01/A3", "Evaluate the Crewing Hub pilot and report the findings to the "
                        "Executive Leadership Team.",
             "Group Manager, Crewing Hub", D(2025, 9, 30), "B"),
        ],
    },
    {
        "risk": "SR02 – Financial sustainability",
        "desc": "Pay awards and inflation above the levels assumed in the Medium Term "
                "Financial Plan create a budget gap that cannot be closed without "
                "reducing services.",
        "owner": "Treasurer",
        "inherent": "4 x 4 = 16",
        "controls": "Medium Term Financial Plan.\nQuarterly budget monitoring to the "
                    "Resources Committee.\nEarmarked reserves strategy.",
        "residual": ("3 x 4 = 12", "A"),
        "dot": "↓",
        "actions": [
            ("SR02/A1", "Refresh the Medium Term Financial Plan 2026/27 to 2030/31 with "
                        "revised pay and inflation assumptions.",
             "Head of Finance and Procurement", D(2025, 12, 31), "G"),
            ("SR02/A2", "Agree the 2026/27 contribution levels with the six constituent "
                        "authorities.",
             "Chief Fire Officer; Treasurer", "February 2026", "A"),
        ],
    },
    {
        "risk": "SR03 – Cyber security and ICT resilience",
        "desc": "A cyber attack or failure of critical ICT systems disrupts mobilising "
                "and communications with fire stations and partner agencies.",
        "owner": "Assistant Chief Officer – Corporate Services",
        "inherent": "4 x 5 = 20",
        "controls": "Cyber Essentials accreditation.\nFirewall and endpoint protection "
                    "managed by the ICT Department.\nMobilising fallback procedures.",
        "residual": ("3 x 5 = 15", "R"),
        "dot": "↑",
        "actions": [
            ("SR03/A1", "Complete Cyber Essentials Plus re-accreditation.",
             "Head of ICT", D(2025, 11, 30), "G"),
            ("SR03/A2", "Test the mobilising business continuity arrangements through a "
                        "live fallback exercise.",
             "Control Room Manager", D(2026, 1, 1), "R"),
            ("SR03/A3", "Deliver phishing awareness training to all staff and report "
                        "completion rates to the Executive Leadership Team each quarter.",
             "Head of ICT", "Ongoing", "G"),
        ],
    },
    {
        "risk": "SR04 – Climate change, wildfire and flooding",
        "desc": "More frequent wildfires and flooding events increase operational demand "
                "and place firefighters at greater risk of harm.",
        "owner": "Assistant Chief Fire Officer – Service Delivery",
        "inherent": "3 x 4 = 12",
        "controls": "Wildfire and flood response procedures.\nSpecialist water rescue "
                    "teams.\nMulti-agency plans through the Dyfed-Powys Local Resilience "
                    "Forum.",
        "residual": ("3 x 4 = 12", "A"),
        "dot": "↔",
        "actions": [
            ("SR04/A1", "Roll out wildfire personal protective equipment to the 18 "
                        "stations identified in the wildfire risk assessment.",
             "Head of Operational Support", D(2026, 5, 31), "A"),
            ("SR04/A2", "Review water rescue capability across the six county commands in "
                        "line with the Community Risk Management Plan 2040.",
             "Area Manager – Operational Assurance", "31/03/2026", None),
        ],
    },
]


def build_maww(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Document Control"
    ws["A1"] = MAWW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Document control"
    ws["A2"].font = Font(bold=True)
    rows = [
        ("Document owner", "Head of Corporate Planning and Performance"),
        ("Version", "2.2"),
        ("Date", "06/10/2025"),
        ("Review frequency", "Quarterly – Performance, Audit and Scrutiny Committee"),
        ("Classification", "OFFICIAL"),
    ]
    r = 4
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        for c in (1, 2):
            ws.cell(r, c).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Version history").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.border = BOX
    for row in [
        ("2.0", "14/04/2025", "Corporate Risk Officer", "Annual refresh of the register; SR04 added"),
        ("2.1", "08/07/2025", "Corporate Risk Officer", "Quarter 1 review"),
        ("2.2", "06/10/2025", "Corporate Risk Officer", "Quarter 2 review; SR02 residual score reduced"),
    ]:
        r += 1
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v).border = BOX
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 48

    ws = wb.create_sheet("Strategic Risk Register")
    ncol = 12
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = MAWW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 2 review – position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk", "Risk description (cause – event – consequence)", "Risk owner",
           "Inherent score (L x I)", "Key controls in place", "Action ref",
           "Further action required", "Action owner", "Target date", "Action status",
           "Residual score (L x I)", "Direction of travel"]
    widths = [26, 40, 24, 12, 36, 10, 46, 26, 13, 9, 12, 10]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    r = 5
    for risk in MAWW_RISKS:
        n = len(risk["actions"])
        first = r
        for ref, text, owner, target, st in risk["actions"]:
            ws.cell(r, 6, ref)
            ws.cell(r, 7, text)
            ws.cell(r, 8, owner)
            c = ws.cell(r, 9, target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy" if target.day == 1 else "dd/mm/yyyy"
            sc = ws.cell(r, 10, st)
            if st:
                sc.fill = fill(st)
                sc.font = Font(bold=True, color="FFFFFF" if st in ("R", "B", "G") else "000000")
            sc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        vals = {1: risk["risk"], 2: risk["desc"], 3: risk["owner"], 4: risk["inherent"],
                5: risk["controls"], 11: risk["residual"][0], 12: risk["dot"]}
        for col, v in vals.items():
            ws.cell(first, col, v)
            if n > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 11).fill = fill(risk["residual"][1])
        for rr in range(first, last + 1):
            for cc in range(1, ncol + 1):
                cell = ws.cell(rr, cc)
                cell.border = BOX
                if cc != 10:
                    cell.alignment = WRAP
    r += 1
    ws.cell(r, 1, "Action status key: B = Complete   G = On track   A = Some slippage – "
                  "remedial action identified   R = Off track / overdue   Blank = not yet started")
    r += 1
    ws.cell(r, 1, "Risk score = Likelihood (1–5) x Impact (1–5): 15–25 High (Red); "
                  "8–12 Medium (Amber); 1–6 Low (Green)")
    r += 1
    ws.cell(r, 1, "Direction of travel compares the residual score with the Quarter 1 review: "
                  "↑ increased  ↔ unchanged  ↓ reduced")
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Risk Matrix")
    ws["A1"] = "Risk scoring matrix"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        ws.cell(2, i + 1, i).font = Font(bold=True)
        ws.cell(i + 2, 1, 6 - i).font = Font(bold=True)
    for li in range(5, 0, -1):
        for im in range(1, 6):
            s = li * im
            c = ws.cell(8 - li, im + 1, s)
            c.fill = fill("R" if s >= 15 else "A" if s >= 8 else "G")
            c.border = BOX
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Education Authority (NI) NIAO / PAC SEN recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
EA_FILE = "od1-education-authority-ni-niao-pac-sen-recommendations-tracker-typo-month-refuse.xlsx"
EA_TITLE = ("Education Authority – NIAO and PAC Special Educational Needs "
            "Recommendations: Action Tracker")
EA_RECS = [
    ("1", "NIAO R1",
     "The EA should urgently address the deficiencies in its SEN management information "
     "so that it can monitor the timeliness of each stage of the statutory assessment "
     "process.",
     [("1.1", "Implement the new SEN case management system across all five regional SEN "
              "teams.",
       "Director of Children and Young People's Services", D(2024, 3, 31), "Sept 2025",
       "Amber",
       "System live in Belfast and South Eastern regions; remaining regions to go live "
       "by September 2025."),
      ("1.2", "Publish a monthly statutory assessment performance report to the EA Board.",
       "Head of SEN Performance and Information", D(2023, 6, 30), None, "Complete",
       "Monthly report presented since June 2023.")]),
    ("2", "PAC R5",
     "The EA should collate data on the number of children identified as needing SEN "
     "support who are still waiting to be referred to the Educational Psychology Service.",
     [("2.1", "Introduce a central record of children awaiting referral to the Educational "
              "Psychology Service, updated by schools each term.",
       "Principal Educational Psychologist", D(2024, 8, 31), "0ct-2025", "Amber",
       "Data collection template piloted in 60 schools; full roll-out delayed by the "
       "school census timetable."),
      ("2.2", "Report Educational Psychology Service waiting list numbers to the Children "
              "and Young People's Services Committee each quarter.",
       "Principal Educational Psychologist; Head of SEN Performance and Information",
       "Quarterly", None, "Green",
       "Q3 figures reported to the Committee on 13 February 2025.")]),
    ("3", "NIAO R4",
     "The EA should set out a clear timetable for reducing the number of statutory "
     "assessments that exceed the 26-week limit.",
     [("3.1", "Agree a recovery trajectory for statutory assessments with the Department "
              "of Education.",
       "Director of Children and Young People's Services", D(2024, 3, 31), None,
       "Complete", "Trajectory agreed with DE in March 2024."),
      ("3.2", "Recruit additional educational psychologists and SEN assessment officers.",
       "Director of Human Resources and Organisational Development", D(2025, 3, 31),
       "June 2026", "Red",
       "14 of 32 posts filled; recruitment of educational psychologists remains "
       "difficult.")]),
    ("4", "PAC R4",
     "The EA Board should satisfy itself as to the quality and relevance of the SEN "
     "information provided to it.",
     [("4.1", "Establish a Board SEN Assurance Group with an agreed annual work programme.",
       "Chief Executive / Board Secretary", D(2023, 9, 30), None, "Green",
       "Group meets quarterly; work programme for 2025/26 to be agreed in May 2025."),
      ("4.2", "Commission an independent review of the quality of SEN data reported to the "
              "Board.",
       "Head of Internal Audit", D(2025, 12, 31), None, "Green",
       "Terms of reference agreed by the Audit and Risk Assurance Committee.")]),
    ("5", "NIAO R6",
     "The EA should improve communication with parents throughout the statutory "
     "assessment process.",
     [("5.1", "Launch an online parent portal showing the current stage of each child's "
              "statutory assessment.",
       "Head of Digital Services", D(2025, 3, 31), "Mar-26", "Amber",
       "Procurement completed; supplier appointed in January 2025.")]),
]
EA_REFUSE_ROW = None  # filled in by build_ea


def build_ea(path):
    global EA_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = EA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Summary of progress – position at 31 March 2025"
    counts = {}
    for rec in EA_RECS:
        for a in rec[3]:
            counts[a[5]] = counts.get(a[5], 0) + 1
    ws["A4"] = "Status"
    ws["B4"] = "Number of actions"
    for c in ("A4", "B4"):
        ws[c].font = Font(bold=True)
        ws[c].border = BOX
    r = 5
    for st, col in [("Complete", "B"), ("Green", "G"), ("Amber", "A"), ("Red", "R")]:
        ws.cell(r, 1, st).fill = fill(col)
        ws.cell(r, 2, counts.get(st, 0))
        ws.cell(r, 1).border = ws.cell(r, 2).border = BOX
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for t in ["Complete – action fully implemented and evidenced",
              "Green – on track to meet the target date",
              "Amber – target date revised; action progressing",
              "Red – significant delay or risk to delivery"]:
        r += 1
        ws.cell(r, 1, t)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Tracker")
    ncol = 9
    ws["A1"] = EA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to Audit and Risk Assurance Committee – 24 April 2025"
    ws["A3"] = ("Sources: NIAO 'Impact Review of Special Educational Needs' (September 2020); "
                "PAC 'Report on the Impact Review of Special Educational Needs' (February 2021)")
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec No.", "Source", "Recommendation", "EA Action", "Lead Officer",
           "Original Target Date", "Revised Target Date", "RAG", "Progress Update (March 2025)"]
    widths = [8, 10, 46, 46, 30, 13, 13, 11, 46]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    r = 6
    rag_fill = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}
    for no, src, rec, actions in EA_RECS:
        first = r
        for ref, text, lead, orig, rev, rag, prog in actions:
            ws.cell(r, 4, f"{ref} {text}")
            ws.cell(r, 5, lead)
            c = ws.cell(r, 6, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                ws.cell(r, 7, rev)
            if rev == "0ct-2025":
                EA_REFUSE_ROW = r
            rc = ws.cell(r, 8, rag)
            rc.fill = fill(rag_fill[rag])
            ws.cell(r, 9, prog)
            r += 1
        last = r - 1
        for col, v in ((1, no), (2, src), (3, rec)):
            ws.cell(first, col, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for rr in range(first, last + 1):
            for cc in range(1, ncol + 1):
                ws.cell(rr, cc).border = BOX
                ws.cell(rr, cc).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Note: where a revised target date has been agreed by the Audit and Risk "
                  "Assurance Committee it is shown in column G.")
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. NHS Fife annual audit report 2024/25 action plan tracker (xlsx, fill-only status)
# ---------------------------------------------------------------------------
FIFE_FILE = "od1-nhs-fife-annual-audit-report-2024-25-action-plan-tracker.xlsx"
FIFE_TITLE = "External Audit – Annual Audit Report 2024/25: Action Plan Progress"
FIFE_PLAN = [
    ("Financial management", [
        ("1",
         "Accruals cut-off: our testing identified three invoices for 2024/25 goods and "
         "services totalling £412,000 that had not been accrued.",
         "Finance staff should be reminded of the year-end cut-off procedures and a sample "
         "review of post year-end payments should be carried out before the accounts are "
         "finalised.",
         [(None, "Year-end closedown guidance will be updated and a review of payments made "
                 "in April and May 2026 will be completed before the draft accounts are "
                 "submitted for audit.",
           "Head of Financial Services and Procurement", D(2026, 6, 30), None, "G",
           "Closedown timetable issued to budget holders; sample review scheduled for "
           "May 2026.")]),
        ("2",
         "Payroll overpayments: late notification of leavers resulted in overpayments of "
         "£86,000 in 2024/25, of which £31,000 remains outstanding.",
         "Management should strengthen controls over leaver notifications and pursue the "
         "recovery of outstanding overpayments.",
         [("2a", "Introduce a monthly reconciliation of leavers notified through eESS "
                 "against payroll terminations.",
           "Payroll Services Manager", D(2025, 10, 31), None, "B",
           "Reconciliation in place from the October 2025 payroll."),
          ("2b", "Report progress on the recovery of overpayments to the Audit and Risk "
                 "Committee every six months.",
           "Director of Finance and Strategy", "Six-monthly", None, "G",
           "First report to this meeting; £9,400 recovered to date.")]),
    ]),
    ("Financial sustainability", [
        ("3",
         "The Board delivered its 2024/25 savings target largely through non-recurring "
         "measures and faces a recurring gap of £24.6 million in 2025/26.",
         "The Board should develop a medium-term financial plan that identifies recurring "
         "savings schemes and sets out how financial balance will be achieved by 2027/28.",
         [(None, "The Medium-Term Financial Plan will be refreshed and presented to the "
                 "Board alongside the 2026/27 budget, with recurring savings schemes "
                 "identified through the Re-form, Transform, Perform programme.",
           "Director of Finance and Strategy", D(2025, 12, 31), D(2026, 3, 31), "A",
           "Draft plan discussed at the Finance, Performance and Resources Committee in "
           "November 2025.")]),
        ("4",
         "Spending on supplementary staffing rose by 11% in 2024/25, with continued use of "
         "off-framework nursing agencies.",
         "The Board should reduce its reliance on supplementary staffing and monitor agency "
         "spend against the national targets.",
         [(None, "Implement the nurse bank improvement plan and remove off-framework agency "
                 "use in all acute areas.",
           "Director of Nursing; Director of Workforce", D(2025, 9, 30), D(2026, 3, 31), "A",
           "Off-framework use ended in medical wards; theatres and the emergency department "
           "remain.")]),
    ]),
    ("Vision, leadership and governance", [
        ("5",
         "There is overlap between the assurance provided by the Public Health and "
         "Wellbeing Committee and the Clinical Governance Committee.",
         "The Board should review its committee terms of reference to remove duplication "
         "in the assurance provided.",
         [(None, "Terms of reference for all standing committees will be reviewed as part "
                 "of the annual update of the Code of Corporate Governance.",
           "Board Secretary", D(2025, 5, 31), None, "B",
           "Revised Code of Corporate Governance approved by the Board on 27 May 2025.")]),
        ("6",
         "Reports on internal audit recommendations show only the current target date.",
         "Progress on internal audit recommendations should be reported with the original "
         "and revised dates so that slippage is visible to members.",
         [(None, "The audit follow-up report will show the original and revised target "
                 "dates and the number of revisions for each recommendation.",
           "Chief Internal Auditor / Head of Corporate Governance", "Sept 2025",
           D(2025, 11, 30), "R",
           "New report format drafted; not yet presented to the Committee.")]),
    ]),
    ("Use of resources to improve outcomes", [
        ("7",
         "The Annual Delivery Plan does not include measurable targets for reducing "
         "delayed discharges.",
         "The Board should set out measurable targets for reducing delayed discharges and "
         "report performance against them.",
         [(None, "Delayed discharge trajectories agreed with Fife Health and Social Care "
                 "Partnership will be included in the Integrated Performance and Quality "
                 "Report from Q3 2025/26.",
           "Director of Acute Services; Director of Health and Social Care",
           "Q3 2025/26", None, "G",
           "Trajectories agreed; first reported in the December 2025 report.")]),
    ]),
]


def build_fife(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "NHS Fife"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = FIFE_TITLE
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Status"
    ws["B4"] = "Description"
    ws["C4"] = "Number of actions"
    for c in ("A4", "B4", "C4"):
        ws[c].font = Font(bold=True)
        ws[c].border = BOX
    counts = {}
    for _, recs in FIFE_PLAN:
        for rec in recs:
            for a in rec[3]:
                counts[a[5]] = counts.get(a[5], 0) + 1
    r = 5
    for key, desc in [("B", "Complete"), ("G", "On track against the agreed date"),
                      ("A", "Revised date agreed by the Audit and Risk Committee"),
                      ("R", "Overdue against the revised date")]:
        ws.cell(r, 1).fill = fill(key)
        ws.cell(r, 2, desc)
        ws.cell(r, 3, counts.get(key, 0))
        for c in (1, 2, 3):
            ws.cell(r, c).border = BOX
        r += 1
    ws.cell(r, 2, "Total").font = Font(bold=True)
    ws.cell(r, 3, sum(counts.values())).font = Font(bold=True)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws["A1"] = "NHS Fife"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = FIFE_TITLE
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Audit and Risk Committee, 11 December 2025"
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Agreed date", "Revised date", "Status",
           "Progress update"]
    widths = [6, 40, 40, 46, 28, 12, 12, 8, 40]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    r = 6
    for band, recs in FIFE_PLAN:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("band")
        r += 1
        for no, issue, rec, actions in recs:
            first = r
            for sub, text, ro, agreed, revised, st, prog in actions:
                ws.cell(r, 1, sub or no)
                ws.cell(r, 4, text)
                ws.cell(r, 5, ro)
                c = ws.cell(r, 6, agreed)
                if isinstance(agreed, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if revised is not None:
                    c = ws.cell(r, 7, revised)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(st)
                ws.cell(r, 9, prog)
                r += 1
            last = r - 1
            for col, v in ((2, issue), (3, rec)):
                ws.cell(first, col, v)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            for rr in range(first, last + 1):
                for cc in range(1, ncol + 1):
                    ws.cell(rr, cc).border = BOX
                    ws.cell(rr, cc).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Status colours are explained on the Summary sheet.")
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    """Write text into a cell, one paragraph per line."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(line)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Meddygfa Teifi HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
HIW_FILE = "od1-meddygfa-teifi-hiw-gp-inspection-improvement-plan.docx"
HIW_TITLE = "HIW General Practice Inspection (Announced): Improvement Plan"
HIW_PLAN = [
    ("Quality of Patient Experience", [
        ("The practice information leaflet and website did not explain how patients could "
         "receive services through the medium of Welsh.",
         "The practice must ensure that information about Welsh language services is "
         "available to patients, in line with the Active Offer.",
         "Health and Care Quality Standards 2023 – Person centred\nWelsh Language (Wales) "
         "Measure 2011",
         "Practice leaflet and website to be updated with a bilingual statement on Welsh "
         "language services.\nWelsh-speaking staff to wear the ‘Iaith Gwaith’ badge.",
         "Practice Manager", "30 April 2025"),
        ("Patients told us it was difficult to get through on the telephone at 8am.",
         "The practice should review its telephone and appointment systems to improve "
         "access for patients at peak times.",
         "Health and Care Quality Standards 2023 – Timely",
         "Cloud-based telephony with call-back and queue position to be installed.\n"
         "Appointment demand to be audited for four weeks after installation and reviewed "
         "at the partners’ meeting.",
         "Practice Manager / Lead GP Partner", "31 July 2025"),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("Cleaning schedules for clinical rooms had not been signed since December 2024.",
         "The practice must ensure that cleaning of clinical areas is recorded and "
         "monitored.",
         "Health and Care Quality Standards 2023 – Safe",
         "Daily cleaning checklists reinstated in all clinical rooms; weekly spot checks to "
         "be recorded by the infection prevention and control lead.",
         "Lead Practice Nurse", "Immediate"),
        ("Two of the five staff records we reviewed did not contain evidence of hepatitis B "
         "immunity.",
         "The practice must ensure that evidence of the immunisation status of all clinical "
         "staff is held on file.",
         "Health and Care Quality Standards 2023 – Safe",
         "Occupational health records requested for all clinical staff; any gaps to be "
         "followed up with the health board’s Occupational Health Service.",
         "Practice Manager", "31/05/2025"),
        ("Not all clinical staff had completed level 3 safeguarding children training.",
         "The practice must ensure that all clinical staff complete safeguarding training "
         "at the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe\nSafeguarding Children and Adults at "
         "Risk – Wales Safeguarding Procedures",
         "Training matrix updated; outstanding staff booked onto level 3 training through "
         "the health board.",
         "Dr S. Jenkins (Safeguarding Lead)", "June 2025"),
    ]),
    ("Quality of Management and Leadership", [
        ("Practice meetings were not minuted and actions were not tracked.",
         "The practice should ensure that practice meetings are minuted and that actions "
         "are shared with all staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Standard agenda and action log introduced for the monthly practice meeting; "
         "minutes saved to the shared drive.",
         "Practice Manager", "March 2025"),
        ("The practice did not review complaints to identify themes and learning.",
         "The practice should carry out an annual review of complaints to identify themes "
         "and share the learning with staff.",
         "Health and Care Quality Standards 2023 – Learning, improvement and research\n"
         "Putting Things Right Regulations 2011",
         "Annual complaints review to be presented at the practice meeting and summarised "
         "in the practice newsletter.",
         "Assistant Practice Manager", "31 October 2025"),
    ]),
]


def build_hiw(path):
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(HIW_TITLE, style="Title")
    doc.add_paragraph("Service: Meddygfa Teifi, Hywel Dda University Health Board")
    doc.add_paragraph("Date of inspection: 4 February 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated "
                      "during our inspection. These concerns were resolved during the "
                      "inspection.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified",
                           "Impact / potential impact on patient care and treatment",
                           "How the concern was resolved"]):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for i, v in enumerate([
            "The oxygen cylinder in the emergency trolley was past its expiry date.",
            "Patients could come to harm if oxygen was not available in an emergency.",
            "A replacement cylinder was obtained on the day of the inspection and a weekly "
            "check was added to the emergency equipment checklist."]):
        set_text(t.rows[1].cells[i], v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Meddygfa Teifi")
    doc.add_paragraph("Date of inspection: 4 February 2025")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Meddygfa Teifi")
    doc.add_paragraph("Date of inspection: 4 February 2025")
    doc.add_paragraph("The table below includes any other issues identified during the "
                      "inspection where we require the service to complete an improvement "
                      "plan telling us about the actions they are taking to address these "
                      "areas.")
    hdr = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
           "Service action", "Responsible officer", "Timescale"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for theme, rows in HIW_PLAN:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_text(m, theme, bold=True)
        shade(m, "DEEAF6")
        for vals in rows:
            row = t.add_row()
            for i, v in enumerate(vals):
                set_text(row.cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""),
                                ("Name (print):", "Rhian Morgan"),
                                ("Job role:", "Practice Manager"),
                                ("Date:", "14 April 2025")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        set_text(t.rows[i].cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Lisnagarvey Court Nursing Home RQIA QIP progress tracker (docx)
# ---------------------------------------------------------------------------
RQIA_FILE = "od1-lisnagarvey-court-nursing-home-rqia-qip-progress-tracker.docx"
RQIA_TITLE = "Lisnagarvey Court Nursing Home – RQIA Quality Improvement Plan: Progress Tracker"
RQIA_SECTIONS = [
    ("Section 1 – Areas for improvement under The Nursing Homes Regulations "
     "(Northern Ireland) 2005", [
        ("Area for improvement 1\nRef: Regulation 13 (1) (a) and (b)\nStated: First time",
         "The registered person shall ensure that repositioning charts are completed "
         "accurately and reflect the frequency of repositioning prescribed in each "
         "resident’s care plan.",
         [("1.1", "Supervision sessions on repositioning record keeping to be completed with "
                  "all care assistants.",
           "Deputy Manager", "30/09/2025", "Complete",
           "41 of 41 care assistants supervised; records held in staff files."),
          ("1.2", "Weekly audit of ten repositioning charts, with results discussed at the "
                  "daily flash meeting.",
           "Registered Manager / Unit Sisters", "Ongoing (weekly)", "Green",
           "Compliance 92% in November 2025 audits.")]),
        ("Area for improvement 2\nRef: Regulation 27 (4) (d)\nStated: First time",
         "The registered person shall ensure that fire doors are not wedged open and that "
         "the recommendations of the fire risk assessment are actioned.",
         [("2.1", "Remove all door wedges and fit hold-open devices linked to the fire alarm "
                  "on the doors to both lounges.",
           "Maintenance Lead", "Oct-25", "Complete",
           "Devices fitted 14 October 2025."),
          ("2.2", "Action the four outstanding recommendations from the fire risk assessment "
                  "of 3 June 2025.",
           "Registered Manager; Estates Manager (Lagan Valley Care)", "31/12/2025", "Amber",
           "Two of four completed; compartmentation works booked for December.")]),
    ]),
    ("Section 2 – Areas for improvement under the Care Standards for Nursing Homes "
     "(December 2022)", [
        ("Area for improvement 3\nRef: Standard 12\nStated: First time",
         "The registered person shall ensure that the daily menu is displayed in a suitable "
         "format and that residents on modified diets are offered a choice at each meal.",
         [("3.1", "Pictorial menus to be displayed in each dining room and updated daily.",
           "Catering Manager", "November 2025", "Complete",
           "Pictorial menus in place on both floors."),
          ("3.2", "IDDSI refresher training for kitchen and care staff.",
           "Clinical Lead", "31 January 2026", "Green",
           "Two sessions held; a further session is planned for January 2026.")]),
        ("Area for improvement 4\nRef: Standard 44\nStated: Second time",
         "The registered person shall ensure that the home is kept clean and in good "
         "repair, with particular reference to the bathrooms on the first floor.",
         [("4.1", "Refurbish the two first floor bathrooms, including replacement of the "
                  "flooring and bath hoists.",
           "Estates Manager (Lagan Valley Care)", "March 2026", "Not started",
           "Capital funding approved; contractor to be appointed."),
          ("4.2", "Review the housekeeping schedule and introduce a monthly environmental "
                  "audit.",
           "Head Housekeeper", "31/10/2025", "Red",
           "Audit tool agreed; first audit not yet completed because of staff absence.")]),
    ]),
]


def build_rqia(path):
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(RQIA_TITLE, style="Title")
    doc.add_paragraph("Unannounced care inspection: 12 and 13 August 2025    "
                      "Inspection ID: IN048213    RQIA ID: 1327")
    doc.add_paragraph("Registered Provider: Lagan Valley Care Ltd    "
                      "Registered Manager: Mrs Gillian Rea")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Prepared by", "Reviewed by"),
                             ("1.0", "02/10/2025", "Registered Manager", "Responsible Individual"),
                             ("1.1", "05/12/2025", "Registered Manager", "Responsible Individual")]):
        for j, v in enumerate(row):
            set_text(t.rows[i].cells[j], v, bold=(i == 0))

    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v, col) in enumerate([
            ("Complete", "Action completed and evidence available", "9DC3E6"),
            ("Green", "In progress and on track for the target date", "A9D08E"),
            ("Amber", "Some delay – action being taken to recover", "FFD966"),
            ("Red", "Target date missed", "FF7C80"),
            ("Not started", "Action not yet due to start", "FFFFFF")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_text(t.rows[i].cells[1], v)

    colours = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for sec, areas in RQIA_SECTIONS:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Person responsible", "Target date",
                               "Status", "Progress / evidence"]):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for label, req, actions in areas:
            row = t.add_row()
            a = row.cells[0].merge(row.cells[1])
            set_text(a, label, bold=True)
            b = row.cells[2].merge(row.cells[5])
            set_text(b, req)
            shade(a, "EDEDED")
            shade(b, "EDEDED")
            for ref, text, pr, target, st, prog in actions:
                row = t.add_row()
                for i, v in enumerate([ref, text, pr, target, st, prog]):
                    set_text(row.cells[i], v)
                if st in colours:
                    shade(row.cells[4], colours[st])
        doc.add_paragraph()
    doc.add_paragraph("This tracker is reviewed monthly by the Registered Manager and "
                      "shared with the Responsible Individual. Completed actions will be "
                      "verified by RQIA at the next inspection.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Carrickfergus Model Primary School ETI inspection action plan (csv)
# ---------------------------------------------------------------------------
ETI_FILE = "od1-carrickfergus-model-primary-school-eti-inspection-action-plan.csv"
ETI_TITLE = "Action Plan following ETI Inspection (May 2025)"
ETI_HDR = ["Ref", "Action", "Lead", "Resources", "Success criteria", "Timescale",
           "Monitoring", "RAG"]
ETI_PLAN = [
    ("Area for improvement 1: To improve the consistency of feedback so that all children "
     "know how to improve their written work.", [
        ("1.1", "Review and agree a whole-school feedback and marking policy with staff.",
         "Principal; Literacy Co-ordinator", "Staff development day (September)",
         "Policy agreed and shared with all staff and governors", "October 2025",
         "Principal reports to Board of Governors", "G"),
        ("1.2", "Introduce ‘next step’ comments and pupil response time in P4–P7 writing "
                "books.",
         "Literacy Co-ordinator", "Directed time (2 x 1 hour)",
         "Children in P4–P7 can explain their next step in writing", "Autumn term 2025",
         "Book scrutiny; pupil voice", "G"),
        ("1.3", "Carry out a book scrutiny each term and report the findings to the Senior "
                "Leadership Team.",
         "SLT", "SLT release time",
         "Consistent feedback seen in at least 90% of books sampled", "Termly",
         "SLT minutes", "A"),
    ]),
    ("Area for improvement 2: To develop further the use of assessment information to plan "
     "for children who need additional support in numeracy.", [
        ("2.1", "Analyse standardised test results to identify children working below "
                "expected levels in numeracy.",
         "Numeracy Co-ordinator / SENCo", "Assessment data; tracking spreadsheet",
         "Target group identified for each class from P3 to P7", "30/11/2025",
         "SLT data meeting", "B"),
        ("2.2", "Deliver targeted small-group numeracy support for identified children in "
                "P3–P5.\nReview progress at six-week intervals and adjust groupings.",
         "Mrs J. Boyd (SENCo)", "Classroom assistant time; concrete materials",
         "At least 75% of the target group make expected progress", "Jan 2026 – June 2026",
         "Six-weekly review notes", ""),
        ("2.3", "Provide training for classroom assistants on the use of concrete materials "
                "in numeracy.",
         "Numeracy Co-ordinator", "EA support officer; £600 substitute cover",
         "All classroom assistants trained", "By 31 March 2026",
         "Training log", "A"),
    ]),
    ("Area for improvement 3: To ensure that the safeguarding and child protection policy "
     "is reviewed annually and shared with parents.", [
        ("3.1", "Update the safeguarding and child protection policy in line with the "
                "Department of Education’s current guidance and circulate it to all "
                "parents.",
         "Designated Teacher for Child Protection", "Governors’ meeting",
         "Policy ratified by governors and issued to parents", "September 2025",
         "Board of Governors minutes", "B"),
        ("3.2", "Provide annual safeguarding training for all staff, governors and "
                "volunteers, and keep a record of attendance.",
         "Designated Teacher for Child Protection & Principal", "Staff development day",
         "100% attendance recorded", "August 2026",
         "Training register", "G"),
    ]),
]
ETI_LINES = {}  # ref -> line number, filled in by build_eti


def build_eti(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * len(ETI_HDR)
    w.writerow(["Carrickfergus Model Primary School"] + [""] * 7)
    w.writerow([ETI_TITLE] + [""] * 7)
    w.writerow(["Approved by the Board of Governors: 17 September 2025"] + [""] * 7)
    w.writerow(blank)
    w.writerow(ETI_HDR)
    for area, actions in ETI_PLAN:
        w.writerow([area] + [""] * 7)
        for a in actions:
            w.writerow(list(a))
    w.writerow(blank)
    w.writerow(["RAG key: R = not started or significant concern; A = in progress; "
                "G = on track; B = complete"] + [""] * 7)
    w.writerow(["Progress is reported to the Board of Governors each term."] + [""] * 7)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Dalbeattie Learning Campus Education Scotland action plan (tab-separated txt)
# ---------------------------------------------------------------------------
DLC_FILE = "od1-dalbeattie-learning-campus-education-scotland-inspection-action-plan.txt"
DLC_TITLE = "Post-inspection action plan – Education Scotland inspection, March 2025"
DLC_PLAN = [
    ("Improve attainment in writing across the broad general education, particularly for "
     "learners in S1 to S3.", [
        ("1a", "Introduce a shared writing framework from P5 to S3, with moderation of "
               "writing at each transition point.",
         "DHT (Literacy) and PT English", "Dec 2025",
         "Framework in use in all P5–S3 classes", "Framework launched at August in-service "
                                                  "day", "Green"),
        ("1b", "Hold two moderation sessions each session with the associated primary "
               "schools.",
         "PT English", "Ongoing", "Shared understanding of standards at second and third "
                                  "level", "First session held 30 September", "Green"),
        ("1c", "Track writing attainment each term and use the data to target support.",
         "DHT (Literacy); Pupil Support Leaders", "June 2026",
         "Increase in learners achieving third level writing by end of S3",
         "Tracking template agreed; first data due January", "Amber"),
    ]),
    ("Ensure that all learners in the senior phase experience consistently high-quality "
     "learning and teaching, with appropriate pace and challenge.", [
        ("2a", "Agree a whole-campus learning and teaching standard and share it with "
               "learners and parents.",
         "Head Teacher", "31/10/2025", "Standard published on the school app",
         "Shared with Parent Council on 28 October", "Complete"),
        ("2b", "Introduce peer observation trios for all secondary teaching staff, focused on "
               "pace and challenge.",
         "DHT (Learning and Teaching)", "March 2026", "All staff complete two observation "
                                                      "cycles", "Trios formed; cycle 1 "
                                                                "under way", "Amber"),
    ]),
    ("Improve arrangements for tracking and monitoring the progress of learners with "
     "additional support needs.", [
        ("3a", "Review all Child’s Plans and additional support plans to ensure that "
               "targets are specific and measurable.",
         "PT Pupil Support (ASN)", "Nov 2025", "All plans reviewed and quality assured",
         "62 of 140 plans reviewed", "Red"),
        ("3b", "Introduce a single tracking system for learners with additional support "
               "needs from nursery to S6, accessible to all staff.",
         "DHT (ASN) / Business Manager", "June 2026", "System in use by all staff",
         "Not started – awaiting council SEEMiS guidance", ""),
    ]),
]


def build_dlc(path):
    lines = [
        "Dalbeattie Learning Campus",
        DLC_TITLE,
        "Dumfries and Galloway Council – Education Services",
        "Plan agreed with the Education Officer on 2 June 2025. Progress update: December 2025",
        "",
        "\t".join(["Ref", "Action", "Who", "By when", "Measure of success", "Progress", "RAG"]),
    ]
    for i, (area, actions) in enumerate(DLC_PLAN, 1):
        lines.append("")
        lines.append(f"Area for improvement {i}\t{area}")
        for a in actions:
            lines.append("\t".join(a))
    lines += [
        "",
        "RAG: Green – on track; Amber – some slippage; Red – significant concern; "
        "Complete – action completed",
        "The plan is reviewed by the senior leadership team each month and progress is "
        "reported to the Parent Council.",
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_maww(os.path.join(HERE, MAWW_FILE))
    build_ea(os.path.join(HERE, EA_FILE))
    build_fife(os.path.join(HERE, FIFE_FILE))
    build_hiw(os.path.join(HERE, HIW_FILE))
    build_rqia(os.path.join(HERE, RQIA_FILE))
    build_eti(os.path.join(HERE, ETI_FILE))
    build_dlc(os.path.join(HERE, DLC_FILE))
    print("EA refuse row:", EA_REFUSE_ROW)


if __name__ == "__main__":
    main()
