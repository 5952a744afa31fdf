#!/usr/bin/env python
"""Build the seven zde- blind test files (set heldout787).

Run with /work/main/.venv/bin/python zde_make.py  (writes into this script's folder).
Only files whose names start with zde- are written.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zde-")
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# shared styling helpers (xlsx)
# --------------------------------------------------------------------------
FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DEEAF6"),
    "band2": PatternFill("solid", fgColor="E2EFDA"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WORD_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ==========================================================================
# 1. Ashfield District Council - Corporate Plan annual delivery tracker (xlsx)
# ==========================================================================
ASHFIELD_SHEETS = [
    {
        "sheet": "Health & Happiness",
        "title": "Health and Happiness",
        "portfolio": "Portfolio: Health and Leisure",
        "outcomes": [
            ("HH1 – Residents live healthier, more active lives", [
                ("HH1.1",
                 "Deliver the Hucknall Leisure Centre decarbonisation scheme, replacing gas boilers with air source heat pumps and installing roof-mounted solar PV",
                 "Leisure Contract Manager",
                 (datetime(2026, 3, 31), "dd/mm/yyyy"), None, "Green", "Green",
                 "Contractor appointed July 2025. Works programmed October 2025 – February 2026 to minimise disruption to swimming lessons."),
                ("HH1.2",
                 "Launch the ‘Ashfield Moves’ programme of free outdoor physical activity sessions in 10 parks and open spaces",
                 "Health and Wellbeing Lead / Parks and Green Spaces Manager",
                 (datetime(2025, 6, 30), "mmm-yy"), (datetime(2025, 9, 30), "mmm-yy"), "Amber", "Complete",
                 "Programme launched 1 September 2025 at 10 sites; 642 attendances in the first four weeks."),
            ]),
            ("HH2 – Reduce health inequalities in our most deprived communities", [
                ("HH2.1",
                 "Deliver the Healthy Ashfield action plan with Nottinghamshire County Council Public Health and the Mid Nottinghamshire Place-Based Partnership, targeting Sutton Central & New Cross and Kirkby Cross & Portland wards",
                 "Sarah Whitfield (Health and Wellbeing Lead)",
                 "Q4 2025/26", None, "Green", "Amber",
                 "Two of six workstreams delayed by a vacancy in the Community Health Development Officer post; recruitment completed, start date 3 November 2025."),
                ("HH2.2",
                 "Provide energy advice and small measures through the Warm Homes Ashfield service to at least 500 households",
                 "Private Sector Housing Manager",
                 "Ongoing", None, "Green", "Green",
                 "287 households supported April – September 2025."),
            ]),
        ],
    },
    {
        "sheet": "Homes & Housing",
        "title": "Homes and Housing",
        "portfolio": "Portfolio: Housing and Assets",
        "outcomes": [
            ("HO1 – Increase the supply of good quality, affordable homes", [
                ("HO1.1",
                 "Complete 20 new council homes at Beckett Court, Sutton-in-Ashfield, and let them to households on the housing register",
                 "Housing Development Manager",
                 (datetime(2025, 12, 31), "mmm-yy"), (datetime(2026, 3, 31), "mmm-yy"), "Amber", "Red",
                 "Main contractor entered administration in August 2025. Site secured and re-procurement under way; revised date likely to move again into Q1 2026/27."),
                ("HO1.2",
                 "Progress the Ashfield Local Plan 2023–2040 through Examination in Public to adoption",
                 "Forward Planning Team Leader",
                 "Sept 2025 – March 2026", None, "Green", "Amber",
                 "Inspector’s post-hearing letter received; main modifications consultation to run November – December 2025."),
            ]),
            ("HO2 – Improve the quality and safety of council homes", [
                ("HO2.1",
                 "Maintain 100% compliance with the five key landlord health and safety checks (gas, electrical, fire risk, asbestos and water hygiene)",
                 "Head of Housing; Compliance Manager",
                 "Monthly", None, "Amber", "Green",
                 "Electrical (EICR) compliance recovered from 97.8% to 100% in August 2025."),
                ("HO2.2",
                 "Implement the revised Damp and Mould Policy, meeting the Awaab’s Law timescales that apply from 27 October 2025",
                 "Repairs and Maintenance Manager",
                 (datetime(2025, 10, 27), "dd/mm/yyyy"), None, "Green", "Complete",
                 "Policy approved by Cabinet 15 September 2025; all damp and mould cases now logged on the new triage workflow."),
            ]),
        ],
    },
    {
        "sheet": "Cleaner & Greener",
        "title": "Cleaner and Greener",
        "portfolio": "Portfolio: Environment and Climate Change",
        "outcomes": [
            ("CG1 – Reduce the Council’s own carbon emissions", [
                ("CG1.1",
                 "Replace 12 diesel refuse collection vehicles with electric or HVO-fuelled vehicles as part of the fleet replacement programme",
                 "Waste and Environment Manager",
                 (datetime(2026, 3, 31), "mmm-yy"), None, "Green", ("fill", "green"),
                 "Eight vehicles delivered; remaining four due January 2026."),
                ("CG1.2",
                 "Publish the annual Carbon Reduction Plan progress report",
                 "Climate Change Officer",
                 "End of July 2025", None, "Green", "Complete",
                 "Report published 29 July 2025."),
            ]),
            ("CG2 – Cleaner streets and open spaces", [
                ("CG2.1",
                 "Introduce a new fly-tipping enforcement approach, including mobile CCTV at hotspot sites and publicising successful prosecutions",
                 "Community Protection Manager",
                 (datetime(2025, 11, 30), "mmm-yy"), None, "Not started", "Not started",
                 "Due to start in November 2025 once the CCTV units have been procured."),
            ]),
        ],
    },
]


def make_ashfield():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Ashfield District Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Corporate Plan 2023–2027: Annual Delivery Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 2 Performance Tracker (1 April – 30 September 2025)"
    cov["A3"].font = Font(italic=True, size=12)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [
        ("Owner", "Corporate Performance & Improvement Team"),
        ("Version", "v1.2"),
        ("Reported to", "Cabinet – 17 November 2025; Overview and Scrutiny Committee – 4 December 2025"),
        ("Last updated", "24/10/2025"),
    ]
    for i, (k, v) in enumerate(dc, 6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Complete", "blue", "Action delivered / milestone achieved"),
        ("Green", "green", "On track to deliver by the target date"),
        ("Amber", "amber", "Some slippage – recovery action in place"),
        ("Red", "red", "Off track – will not be delivered by the target date without intervention"),
        ("Not started", None, "Action not yet due to start"),
    ]
    for i, (word, col, meaning) in enumerate(key, 12):
        c = cov.cell(row=i, column=1, value=word)
        if col:
            c.fill = FILL[col]
        c.border = BOX
        cov.cell(row=i, column=2, value=meaning).border = BOX
    cov["A18"] = ("Note: the Q1 RAG is shown for comparison. Where a target date has been revised, "
                  "the original date is kept in the ‘Original target’ column.")
    widths(cov, [22, 90])

    # summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 status by priority"
    sm["A1"].font = Font(bold=True, size=13)
    header_row(sm, 3, ["Priority", "Complete", "Green", "Amber", "Red", "Not started", "Total"])
    totals = [0] * 6
    r = 4
    for sh in ASHFIELD_SHEETS:
        counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0, "Not started": 0}
        for _, acts in sh["outcomes"]:
            for a in acts:
                q2 = a[6]
                if isinstance(q2, tuple):
                    q2 = {"green": "Green"}[q2[1]]
                counts[q2] += 1
        vals = [counts["Complete"], counts["Green"], counts["Amber"], counts["Red"], counts["Not started"]]
        vals.append(sum(vals))
        sm.cell(row=r, column=1, value=sh["title"]).border = BOX
        for j, v in enumerate(vals):
            sm.cell(row=r, column=2 + j, value=v).border = BOX
            totals[j] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(totals):
        c = sm.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(sm, [28, 11, 11, 11, 11, 12, 10])

    heads = ["Ref", "Action / milestone", "Lead officer", "Original target", "Revised target",
             "Q1 RAG", "Q2 RAG", "Q2 progress commentary"]
    for sh in ASHFIELD_SHEETS:
        ws = wb.create_sheet(sh["sheet"])
        ws["A1"] = sh["title"]
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = FILL["head"]
        ws.merge_cells("A1:H1")
        ws["A2"] = sh["portfolio"]
        ws["A2"].font = Font(italic=True)
        header_row(ws, 4, heads)
        r = 5
        for outcome, acts in sh["outcomes"]:
            ws.cell(row=r, column=1, value=outcome).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["band"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, text, lead, orig, rev, q1, q2, comm in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=2, value=text)
                ws.cell(row=r, column=3, value=lead)
                for col, val in ((4, orig), (5, rev)):
                    if isinstance(val, tuple):
                        c = ws.cell(row=r, column=col, value=val[0])
                        c.number_format = val[1]
                    elif val is not None:
                        ws.cell(row=r, column=col, value=val)
                c = ws.cell(row=r, column=6, value=q1)
                if q1 in WORD_FILL:
                    c.fill = FILL[WORD_FILL[q1]]
                if isinstance(q2, tuple):
                    ws.cell(row=r, column=7).fill = FILL[q2[1]]
                else:
                    c = ws.cell(row=r, column=7, value=q2)
                    if q2 in WORD_FILL:
                        c.fill = FILL[WORD_FILL[q2]]
                ws.cell(row=r, column=8, value=comm)
                for col in range(1, 9):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
        r += 1
        ws.cell(row=r, column=1, value=("Commentary provided by service leads and checked by the "
                                        "Corporate Performance & Improvement Team, 20/10/2025."))
        ws.cell(row=r, column=1).font = Font(italic=True, size=9)
        widths(ws, [8, 60, 30, 14, 14, 11, 11, 60])
        ws.freeze_panes = "A5"
    wb.save(out("zde-ashfield-district-council-corporate-plan-delivery-tracker-2025-26.xlsx"))


# ==========================================================================
# 2. Worcestershire CC - scrutiny recommendations tracker (xlsx, REFUSE)
# ==========================================================================
WORCS_GROUPS = [
    ("Home to School Transport Scrutiny Task Group", "13/03/2025", [
        ("1", "That the Council reviews the eligibility assessment process so that families receive a decision at least 10 school days before the start of term.",
         "Accepted", "Head of Transport Operations", "31/08/2025",
         "New online application with auto-acknowledgement went live June 2025; 94% of September decisions issued on time.", "Complete"),
        ("2", "That routes for pupils with SEND are reviewed annually with parents and the school, with a named contact for each route.",
         "Accepted", "Assistant Director – SEND and Vulnerable Learners", "Mar-26",
         "Route review template agreed with parent carer forum; 40% of routes reviewed.", "On track"),
        ("3", "That the Cabinet Member lobbies Government for additional funding for post-16 SEND transport.",
         "Accepted", "Strategic Director for People", "Jul-25",
         "Letter sent to the Minister 2 July 2025 via the County Councils Network.", "Complete"),
        ("4", "That the independent travel training offer is expanded to every special school in the county.",
         "Partially accepted", "Head of Transport Operations / Inclusion Manager", "Jul-26",
         "Expansion to four further special schools agreed from September 2025; remaining schools subject to funding.", "On track"),
    ]),
    ("Developer Funded Highways Infrastructure Scrutiny Task Group", "23/01/2025", [
        ("1", "That a single register of Section 106 and Section 278 highway obligations is published and updated quarterly.",
         "Accepted", "Head of Highways and Transport Planning", "Sep-25",
         "Register published on the Council website; first quarterly update due October.", "Complete"),
        ("2", "That district councils are invited to a joint protocol on the timing of highway contributions.",
         "Accepted", "Development Control Manager (Highways)", "31/12/2025",
         "Draft protocol shared with all six districts; comments received from four.", "On track"),
        ("3", "That Members receive an annual briefing on developer-funded schemes in their division.",
         "Accepted", "Highways Liaison Manager", "Novmber 2025",
         "Briefing content being prepared with Democratic Services.", "Not yet due"),
    ]),
    ("Libraries Review – Corporate and Communities Overview and Scrutiny Panel", "10/07/2025", [
        ("1", "That the Library Service consults communities before any change to opening hours and publishes the results.",
         "Accepted", "Head of Libraries and Learning", "31/03/2026",
         "Consultation framework agreed; no changes to hours currently proposed.", "On track"),
        ("2", "That the Council explores co-locating libraries with other public services, starting with Redditch Library.",
         "Accepted", "Head of Libraries and Learning", "Dec-25",
         "Feasibility study delayed to allow joint work with Redditch Borough Council.", "Delayed"),
        ("3", "That the digital inclusion offer in libraries is promoted to older residents through GP surgeries.",
         "Accepted", "Digital Inclusion Officer", "Jan-26",
         "Leaflets agreed with Herefordshire and Worcestershire ICB; distribution from November.", "On track"),
    ]),
]
WORCS_STATUS_FILL = {"Complete": "blue", "On track": "green", "Delayed": "amber"}


def make_worcs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations Tracker"
    ws["A1"] = "Worcestershire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overview and Scrutiny Performance Board – Scrutiny Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 8 September 2025"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Scrutiny body / Task Group", "Date considered by Cabinet", "Rec No.",
                       "Scrutiny recommendation", "Cabinet response", "Responsible officer",
                       "Target date", "Progress update (September 2025)", "Status"])
    r = 6
    for name, cab, recs in WORCS_GROUPS:
        first = r
        for no, rec, resp, officer, target, upd, status in recs:
            vals = [None, None, no, rec, resp, officer, target, upd, status]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if status in WORCS_STATUS_FILL:
                ws.cell(row=r, column=9).fill = FILL[WORCS_STATUS_FILL[status]]
            r += 1
        ws.cell(row=first, column=1, value=name).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=2, value=cab).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete (blue) · On track (green) · Delayed (amber) · Not yet due (no colour)")
    ws.cell(row=r + 1, column=1, value=("Recommendations are removed from the tracker once the Board has agreed "
                                        "they are complete."))
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    widths(ws, [30, 13, 7, 55, 14, 30, 13, 50, 12])
    ws.freeze_panes = "A6"

    notes = wb.create_sheet("Notes")
    notes["A1"] = "About this tracker"
    notes["A1"].font = Font(bold=True)
    notes["A2"] = ("The Overview and Scrutiny Performance Board (OSPB) monitors progress on recommendations "
                   "accepted by Cabinet. Updates are provided by the responsible directorate.")
    notes["A3"] = "Contact: Overview and Scrutiny Team, County Hall, Worcester"
    widths(notes, [110])
    wb.save(out("zde-worcestershire-county-council-scrutiny-recommendations-tracker-typo-month-refuse.xlsx"))
    # sheet row of the typo month, for the expected file
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for c in row:
            if c.value == "Novmber 2025":
                return c.row


# ==========================================================================
# 3. Rotherham MBC - Fostering Service Development Plan (xlsx, fill-only RAG)
# ==========================================================================
ROTH_PRIORITIES = [
    ("Priority 1: Sufficiency – grow the number of Rotherham fostering households", [
        ("1.1", "Deliver a targeted recruitment campaign for carers for teenagers and sibling groups, aligned with the South Yorkshire fostering recruitment hub",
         None, "Fostering Team Manager (Recruitment & Assessment) / Marketing and Communications Officer",
         datetime(2025, 4, 1), datetime(2026, 3, 31), None, "green",
         "43 enquiries and 9 assessments started in Q1–Q2 (same period 2024/25: 31 enquiries)."),
        ("1.2", "Complete Form F assessments within 6 months of the initial visit in at least 80% of cases",
         None, "Fostering Team Manager (Recruitment & Assessment)",
         datetime(2025, 4, 1), datetime(2025, 9, 30), datetime(2025, 12, 31), "amber",
         "68% within timescale at end of September; two assessing social worker vacancies now filled."),
        ("1.3", "Review the fostering allowances and skills-based fee scheme and present options to Cabinet",
         None, "Head of Service – Children in Care and Fostering",
         datetime(2026, 1, 1), "March 2026", None, None,
         "Scheduled to begin January 2026 once the national minimum allowance uplift is confirmed."),
    ]),
    ("Priority 2: Support and retention of foster carers", [
        ("2.1", "Launch a second Mockingbird constellation in the Rother Valley area",
         None, "Mockingbird Liaison Worker and Fostering Team Manager (Support)",
         datetime(2025, 4, 1), datetime(2025, 6, 30), datetime(2025, 9, 30), "blue",
         "Second constellation launched 8 September 2025 with 9 satellite households."),
        ("2.2", "Refresh the foster carer learning and development offer, including therapeutic parenting and trauma-informed practice training",
         None, "Learning and Development Officer",
         datetime(2025, 5, 1), datetime(2026, 1, 31), None, "green",
         "New programme agreed with the Foster Carers’ Association; first cohort starts November."),
        ("2.3", "Hold quarterly foster carer forums with the Rotherham Foster Carers’ Association and publish a ‘You said, we did’ summary after each one",
         None, "Fostering Team Manager (Support)",
         datetime(2025, 4, 1), "Quarterly", None, "green",
         "Forums held June and September 2025; summaries on the carers’ portal."),
    ]),
    ("Priority 3: Quality of practice and compliance with the Fostering National Minimum Standards", [
        ("3.1", "Audit foster carer annual reviews completed in Q1–Q2 against NMS 21 and share learning with supervising social workers",
         "– audit sample to include connected persons (Regulation 24) arrangements",
         "Principal Social Worker",
         datetime(2025, 7, 1), datetime(2025, 10, 31), None, "blue",
         "38 reviews audited; findings reported to the Fostering Service Management Meeting on 14/10/2025."),
        ("3.2", "Introduce a fostering panel quality assurance feedback form for every panel and report themes to the Agency Decision Maker every six months",
         None, "Fostering Panel Adviser",
         datetime(2025, 4, 1), datetime(2025, 9, 30), datetime(2025, 11, 30), "amber",
         "Form in use since May; first six-monthly themes report delayed by panel adviser leave."),
        ("3.3", "Ensure every child in foster care has an up-to-date placement plan and a statutory visit within timescale",
         None, "Team Managers – Children in Care",
         datetime(2025, 4, 1), "Monthly", None, "red",
         "Statutory visits within timescale 86% in September (target 95%). Weekly tracking by team managers introduced."),
    ]),
    ("Priority 4: Kinship care and special guardianship", [
        ("4.1", "Implement the Kinship Local Offer, including a named kinship support worker for every special guardian who requests one",
         None, "Kinship Team Manager",
         datetime(2025, 4, 1), datetime(2026, 3, 31), None, "green",
         "Kinship Local Offer published July 2025; 27 special guardians now have a named worker."),
    ]),
]


def make_rotherham():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    ws["A1"] = "Rotherham Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Fostering Service Development Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Children and Young People’s Services – Children in Care and Fostering"
    ws["A4"] = "Plan owner: Head of Service – Children in Care and Fostering        Last reviewed: 14/10/2025"
    ws["A4"].font = Font(italic=True)
    header_row(ws, 6, ["No.", "Action", "Lead", "Start", "Original completion date",
                       "Revised completion date", "RAG", "Progress update"])
    r = 7
    for prio, acts in ROTH_PRIORITIES:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = FILL["band2"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, text, cont, lead, start, orig, rev, rag, upd in acts:
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=lead)
            c = ws.cell(row=r, column=4, value=start)
            c.number_format = "mmm-yy"
            for col, val in ((5, orig), (6, rev)):
                if val is None:
                    continue
                c = ws.cell(row=r, column=col, value=val)
                if isinstance(val, datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = FILL[rag]
            ws.cell(row=r, column=8, value=upd)
            for col in range(1, 9):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
            if cont:
                ws.cell(row=r, column=2, value=cont).alignment = WRAP
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour – see the Key tab.").font = Font(italic=True, size=9)
    widths(ws, [6, 62, 34, 9, 14, 14, 7, 55])
    ws.freeze_panes = "A7"

    kp = wb.create_sheet("KPIs")
    kp["A1"] = "Fostering service key measures"
    kp["A1"].font = Font(bold=True, size=13)
    header_row(kp, 3, ["Measure", "2024/25 outturn", "Q1 2025/26", "Q2 2025/26", "Target 2025/26"])
    kpis = [
        ("Mainstream fostering households (number)", 142, 144, 147, 155),
        ("New fostering households approved (cumulative)", 14, 3, 6, 16),
        ("Children in care living with in-house foster carers (%)", "38%", "38%", "39%", "42%"),
        ("Fostering households de-registered (cumulative)", 17, 3, 5, "<15"),
    ]
    for i, row in enumerate(kpis, 4):
        for j, v in enumerate(row, 1):
            kp.cell(row=i, column=j, value=v).border = BOX
    widths(kp, [55, 16, 12, 12, 15])

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([
        ("green", "On track"),
        ("amber", "Some delay – recovery plan in place"),
        ("red", "Off track – escalated to the Head of Service"),
        ("blue", "Complete"),
        (None, "No colour – not yet started"),
    ], 2):
        c = key.cell(row=i, column=1)
        if col:
            c.fill = FILL[col]
        c.border = BOX
        key.cell(row=i, column=2, value=meaning)
    widths(key, [10, 50])
    wb.save(out("zde-rotherham-mbc-fostering-service-development-plan-2025-26.xlsx"))


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def merged_row(table, text, fill=None, bold=True):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    if bold:
        bold_cell(cell, text)
    else:
        cell.text = text
    if fill:
        shade(cell, fill)
    return cell


HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
       "head": "D9E2F3", "band": "FBE4D5", "grey": "EDEDED"}


# ==========================================================================
# 4. Rhondda Cynon Taf CBC - CIW improvement check action plan (docx)
# ==========================================================================
RCT_PROGRESS_FILL = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red"}
RCT_SECTIONS = [
    ("1. People – voice and control", [
        ("Area for improvement 1: Children’s views, wishes and feelings must be consistently recorded, and it must be clear how they have shaped assessments and care and support plans.", [
            ("1.1", "Revise the assessment and care and support plan templates on WCCIS so that the child’s voice is a mandatory section, written to the child where appropriate",
             "Service Manager (Information, Advice and Assistance)", "June 2025", "Complete"),
            ("1.2", "Include a specific measure on the quality of recording of the child’s voice in quarterly practice audits, with findings reported to the Quality Assurance Panel",
             "Principal Officer – Quality Assurance", "Ongoing – reported quarterly", "On track"),
        ]),
        ("Area for improvement 2: Advocacy must be actively offered to all children subject to child protection processes and to children looked after, and the offer and the child’s response recorded.", [
            ("2.1", "Agree an ‘active offer’ script and recording field with the advocacy provider, and report take-up monthly to the Head of Safeguarding and Support",
             "Head of Safeguarding and Support", "September 2025", "Some slippage"),
        ]),
    ]),
    ("2. Prevention", [
        ("Area for improvement 3: Families stepped down from statutory services to the Resilient Families Service must receive timely support.", [
            ("3.1", "Introduce a joint step-down meeting between the allocated social worker and the Resilient Families practitioner within 10 working days of the decision to close",
             "Head of Children Looked After / Head of Early Intervention", "Q3 2025/26", "On track"),
            ("3.2", "Monitor waiting times for allocation to the Resilient Families Service and report them to the Children’s Services Improvement Board",
             "Performance Manager – Social Services", "31/03/2026", "Not yet started"),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("Area for improvement 4: Attendance and information sharing by partner agencies at initial child protection conferences must improve, particularly from health and education.", [
            ("4.1", "Agree a protocol for conference reports with Cwm Taf Morgannwg University Health Board and schools, and monitor attendance through the Cwm Taf Morgannwg Safeguarding Board",
             "Head of Safeguarding and Support; Head of Inclusion Services", "Autumn term 2025", "On track"),
        ]),
    ]),
    ("4. Well-being", [
        ("Area for improvement 5: Children looked after must receive timely health assessments and have access to emotional and mental health support.", [
            ("5.1", "Set up a monthly tracker of outstanding initial and review health assessments, shared with the Looked After Children health team",
             "Service Manager – Children Looked After", "July 2025", "Complete"),
            ("5.2", "Extend the Therapeutic Family Support Team offer to foster carers and kinship carers caring for children with complex emotional needs",
             "Head of Children Looked After", "By 31 March 2026", "Off track"),
        ]),
    ]),
]


def make_rct():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Rhondda Cynon Taf County Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Children’s Services – CIW Improvement Check Action Plan", level=0)
    doc.add_paragraph("Response to the Care Inspectorate Wales improvement check visit to Children’s Services, "
                      "3–6 March 2025 (letter published 22 April 2025)")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        bold_cell(c, h)
        shade(c, HEX["head"])
    for row in [("0.4", "12/06/2025", "Service Director – Children’s Services", "Draft for Community Services Scrutiny Committee"),
                ("1.0", "07/07/2025", "Service Director – Children’s Services", "Approved by Cabinet"),
                ("1.1", "14/10/2025", "Performance Manager – Social Services", "Q2 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph("CIW’s improvement check letter identified areas where the local authority must continue to "
                      "improve. This plan sets out the actions we will take against each area for improvement, grouped "
                      "under the principles of the Social Services and Well-being (Wales) Act 2014. Progress is reported "
                      "quarterly to the Children’s Services Improvement Board and to the Community Services Scrutiny "
                      "Committee.")

    doc.add_heading("Progress key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, col, meaning in [("Complete", "blue", "Action completed and evidenced"),
                               ("On track", "green", "Progressing to timescale"),
                               ("Some slippage", "amber", "Behind timescale – mitigation in place"),
                               ("Off track", "red", "Will not be achieved by the timescale – escalated"),
                               ("Not yet started", None, "Action not yet due to start")]:
        cells = t.add_row().cells
        cells[0].text = word
        if col:
            shade(cells[0], HEX[col])
        cells[1].text = meaning

    for heading, afis in RCT_SECTIONS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer", "Timescale", "Progress"]):
            bold_cell(c, h)
            shade(c, HEX["head"])
        for afi, acts in afis:
            merged_row(t, afi, fill=HEX["band"])
            for ref, text, lead, when, prog in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, prog]):
                    c.text = v
                if prog in RCT_PROGRESS_FILL:
                    shade(cells[4], HEX[RCT_PROGRESS_FILL[prog]])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["Director of Social Services", "(signed)", "07/07/2025"]):
        c.text = v
    doc.save(out("zde-rhondda-cynon-taf-cbc-ciw-childrens-services-improvement-check-action-plan.docx"))


# ==========================================================================
# 5. Bassetlaw DC - Council Plan annual delivery plan Q2 report (docx)
# ==========================================================================
BASS_PRIORITIES = [
    ("Priority 1: Our Place – clean, green and safe neighbourhoods", [
        ("1.1", "Introduce weekly food waste collections to all households", "Head of Neighbourhoods",
         "By 31 March 2026", "On track",
         "Q2 update: Caddies and kitchen bins ordered; crews recruited; phased roll-out from February 2026."),
        ("1.2", "Deliver the Retford town centre public realm improvements (Phase 2: Grove Street and Carolgate)",
         "R. Ashton & S. Crowther", "Mar 2026", "Behind schedule",
         "Q2 update: Utility diversions took longer than planned; contractor has re-programmed to finish in April 2026."),
        ("1.3", "Refresh the anti-social behaviour hotspot plan for Worksop town centre with the Bassetlaw Community Safety Partnership",
         "Community Safety Manager", "End of November 2025", "On track",
         "Q2 update: Hotspot analysis with Nottinghamshire Police complete; draft plan to CSP on 18 November."),
    ]),
    ("Priority 2: Our Economy – good jobs and thriving town centres", [
        ("2.1", "Support the STEP Fusion programme at West Burton, including the local skills and supply chain plan",
         "Director of Regeneration", "2025/26", "On track",
         "Q2 update: Skills partnership with North Notts College launched; 140 local businesses registered on the supplier portal."),
        ("2.2", "Open the extension to the Turbine Innovation Centre in Worksop",
         "Economic Development Manager", "Oct 2025", "Completed",
         "Q2 update: Extension opened 26 September 2025; 11 of 16 units let."),
    ]),
    ("Priority 3: Our People – healthy, secure homes and communities", [
        ("3.1", "Deliver 60 additional affordable homes through the Council’s new-build programme and registered provider partners",
         "Head of Housing", "31 March 2026", "Significantly off track",
         "Q2 update: 14 homes delivered. Two registered provider schemes have stalled; forecast year-end delivery is 32."),
        ("3.2", "Review the Council Tax Support scheme for 2026/27 and consult residents on any changes",
         "Revenues and Benefits Manager", "TBC", "Not yet due",
         "Q2 update: Timetable depends on the Government’s response to the local government finance consultation."),
    ]),
    ("Priority 4: Our Council – modern, efficient and listening", [
        ("4.1", "Implement the new customer relationship management (CRM) system and move the ten most common service requests online",
         "Head of Digital & ICT", "w/c 19/01/2026", "On track",
         "Q2 update: Supplier configuration complete; user testing with Customer Services in December."),
        ("4.2", "Publish the Council’s response to the LGA Corporate Peer Challenge progress review",
         "Chief Executive", "Dec 2025", "Completed",
         "Q2 update: Response agreed at Cabinet 30 September 2025 and published."),
    ]),
]


def make_bassetlaw():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Bassetlaw District Council")
    r.bold = True
    r.font.size = Pt(13)
    h = doc.add_heading("Council Plan 2023–2027 – Annual Delivery Plan 2025/26", level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Quarter 2 progress report (July – September 2025)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("This report sets out progress on the actions in the Annual Delivery Plan for the second "
                      "quarter of 2025/26. Each action is shown with its lead, due date and status, followed by "
                      "the update provided by the service.")
    doc.add_paragraph("Status key: Completed (blue) · On track (green) · Behind schedule (amber) · "
                      "Significantly off track (red) · Not yet due (no status)")

    doc.add_heading("Summary", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["Priority", "Actions", "Completed", "On track", "Behind schedule",
                                       "Significantly off track"]):
        bold_cell(c, hd)
        shade(c, HEX["grey"])
    tot = [0, 0, 0, 0, 0]
    for prio, acts in BASS_PRIORITIES:
        st_counts = [len(acts)] + [sum(1 for a in acts if a[4] == s) for s in
                                   ("Completed", "On track", "Behind schedule", "Significantly off track")]
        cells = t.add_row().cells
        cells[0].text = prio.split(" – ")[0]
        for j, v in enumerate(st_counts):
            cells[1 + j].text = str(v)
            tot[j] += v
    cells = t.add_row().cells
    bold_cell(cells[0], "Total")
    for j, v in enumerate(tot):
        bold_cell(cells[1 + j], str(v))

    status_fill = {"Completed": "blue", "On track": "green", "Behind schedule": "amber",
                   "Significantly off track": "red"}
    for prio, acts in BASS_PRIORITIES:
        doc.add_heading(prio, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Due", "Status"]):
            bold_cell(c, hd)
            shade(c, HEX["grey"])
        for ref, text, lead, due, status, upd in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, due, status]):
                c.text = v
            if status in status_fill:
                shade(cells[4], HEX[status_fill[status]])
            c = merged_row(t, upd, bold=False)
            c.paragraphs[0].runs[0].italic = True
        doc.add_paragraph()
    doc.add_paragraph("Updates are provided by Heads of Service. Figures are provisional until the year-end "
                      "outturn is reported.")
    doc.save(out("zde-bassetlaw-district-council-council-plan-delivery-plan-2025-26-q2.docx"))


# ==========================================================================
# 6. Swindon BC - scrutiny recommendations tracker (csv export)
# ==========================================================================
SWINDON_GROUPS = [
    ("Household Waste and Recycling Collections Task and Finish Group", "09/04/2025", [
        ("1", "That the Council publishes a clear timetable for the introduction of weekly food waste collections, including how residents in flats will be served.",
         "Accepted", "Director of Environment & Regulatory Services", "Jun-25",
         "Timetable published on the Council website 2 June 2025. Flats pilot in Old Town from January 2026.", "B"),
        ("2", "That missed bin reports can be made online and the resident is told when the collection will be made.",
         "Accepted", "Head of Waste Services", "30/09/2025",
         "Online form live. Automated confirmation email delayed until the CRM upgrade.", "A"),
        ("3", "That the Cabinet Member reviews the garden waste subscription charge for households receiving Council Tax Reduction.",
         "Partially accepted", "Head of Waste Services / Head of Revenues and Benefits", "Feb 2026",
         "To be considered as part of 2026/27 budget setting.", "G"),
    ]),
    ("Temporary Accommodation Task and Finish Group", "11/06/2025", [
        ("1", "That the Council sets a target to end the use of bed and breakfast accommodation for families beyond the six-week legal limit.",
         "Accepted", "Director of Housing", "31/03/2026",
         "12 families in B&B for more than six weeks at 30 September (27 in April).", "A"),
        ("2", "That the Council:\na) increases the number of self-contained temporary homes it owns or leases; and\nb) reports progress to this Committee every six months.",
         "Accepted", "Head of Housing Options and Homelessness", "Six-monthly",
         "Report on this agenda.\n18 additional units leased since June 2025.", "G"),
        ("3", "That every household placed outside the borough is contacted at least fortnightly by a named officer.",
         "Accepted", "Smith, Karen", "Sep-25",
         "Fortnightly contact in place for all 23 out-of-area placements.", "B"),
    ]),
    ("School Attendance and Persistent Absence Task and Finish Group", "10/09/2025", [
        ("1", "That the Council works with schools to introduce a shared early-warning attendance dashboard for pupils whose attendance falls below 90%.",
         "Accepted", "Head of Education Inclusion", "Summer term 2026",
         "Data sharing agreement sent to all schools; 41 of 62 signed.", "G"),
        ("2", "That the Council writes to the Department for Education about the impact of delays in EHC needs assessments on school attendance.",
         "Accepted", "Director of Children’s Services", "Oct-25",
         "Letter sent 6 October 2025; response awaited.", "B"),
        ("3", "That the Council reviews its use of fixed penalty notices for term-time holidays in the light of the new national framework.",
         "Accepted", "Education Welfare Service Manager", "Dec-25",
         "Not started – awaiting updated DfE guidance.", ""),
    ]),
]
SWINDON_COLS = ["Review", "Cabinet date", "Rec no.", "Recommendation", "Cabinet response", "Lead officer",
                "Agreed deadline", "Progress update", "RAG"]


def make_swindon():
    n = len(SWINDON_COLS)
    rows = [["Swindon Borough Council"] + [""] * (n - 1),
            ["Scrutiny recommendations tracker – Cabinet responses and progress"] + [""] * (n - 1),
            ["Report to Scrutiny Committee, 17 November 2025"] + [""] * (n - 1),
            [""] * n,
            SWINDON_COLS]
    for review, cab, recs in SWINDON_GROUPS:
        for i, (no, rec, resp, lead, dl, upd, rag) in enumerate(recs):
            rows.append([review if i == 0 else "", cab if i == 0 else "", no, rec, resp, lead, dl, upd, rag])
    rows.append([""] * n)
    rows.append(["RAG key: B = complete; G = on track; A = some slippage; R = off track; blank = not started"]
                + [""] * (n - 1))
    rows.append(["Exported from the scrutiny recommendations tracker (Excel) on 05/11/2025"] + [""] * (n - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("zde-swindon-borough-council-scrutiny-recommendations-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ==========================================================================
# 7. Stockton-on-Tees BC - Fostering Service Development Plan (tab-separated txt)
# ==========================================================================
STOCKTON_OBJECTIVES = [
    ("Objective 1: Increase the number of Stockton foster carers, particularly for teenagers and parent and child arrangements", [
        ("1a", "Deliver the ‘Foster for Stockton’ recruitment campaign with the North East regional fostering recruitment hub, including two information events each quarter",
         "KH/LM", "31/03/26", "G", "Six information events held April–September; 37 enquiries."),
        ("1b", "Approve at least 12 new mainstream fostering households",
         "Fostering Team Manager", "Mar-26", "A", "5 approved at mid-year, 7 assessments in progress."),
        ("1c", "Present the first parent and child foster carer assessment to fostering panel",
         "Hall, Jenny", "w/c 03/11/25", "G", "Assessment on track for the November panel."),
    ]),
    ("Objective 2: Support foster carers to provide stable, loving homes", [
        ("2a", "Introduce out-of-hours telephone support for foster carers through the Emergency Duty Team",
         "Service Manager – Children in Care", "Sept 2025", "C", "Live from 1 September 2025."),
        ("2b", "Hold support groups for foster carers in Stockton, Billingham and Thornaby",
         "Supervising Social Workers", "Quarterly", "G", "Groups held in May and August; good attendance."),
        ("2c", "Work with the Virtual School to deliver training for foster carers on supporting learning at home",
         "Virtual School Headteacher and Fostering Team Manager", "Summer term 2026", "NS", "Dates to be agreed."),
    ]),
    ("Objective 3: Strengthen the quality and oversight of the fostering service", [
        ("3a", "Update the Fostering Statement of Purpose and Children’s Guide and send them to Ofsted",
         "Registered Manager (Fostering)", "30/06/25", "C", "Approved by Cabinet and sent to Ofsted 24 June 2025."),
        ("3b", "Complete an unannounced visit to every foster home at least once a year and record it on Liquidlogic",
         "Fostering Team Manager", "Ongoing", "R", "Only 61% of households visited unannounced in the last 12 months; catch-up plan agreed."),
    ]),
]


def make_stockton():
    lines = [
        "Stockton-on-Tees Borough Council",
        "Children’s Services – Fostering Service",
        "Fostering Service Development Plan 2025/26 – mid-year review (October 2025)",
        "Status: C = complete; G = on track; A = some delay; R = significant delay / at risk; NS = not started",
        "",
        "\t".join(["Ref", "Action", "Responsible", "By when", "Status", "Comments"]),
    ]
    for obj, acts in STOCKTON_OBJECTIVES:
        lines.append(obj + "\t" * 5)
        for a in acts:
            lines.append("\t".join(a))
    lines += ["", "Prepared by the Fostering Service. Next review: April 2026."]
    with open(out("zde-stockton-on-tees-bc-fostering-service-development-plan-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_ashfield()
    row = make_worcs()
    print("worcestershire typo month on sheet row", row)
    make_rotherham()
    make_rct()
    make_bassetlaw()
    make_swindon()
    make_stockton()
    print("done")
