"""Build the seven jc2- blind test files (set heldout297).

Run with: /work/main/.venv/bin/python jc2_make.py
Writes into the directory this script lives in.
"""
import csv
import datetime as dt
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

# shared colours
BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Warrington Borough Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
WARRINGTON_TITLE = ("Warrington Borough Council – Adult Social Care: "
                    "CQC Local Authority Assessment Improvement Plan 2025–27")

# theme -> list of (area for improvement, [actions])
# action: (ref, text, lead, target, revised, prev_rag, current_rag, update)
WARRINGTON = [
    ("Theme 1: How the council works with people", [
        ("Assessing needs: people told us they waited too long for a Care Act "
         "assessment, and there was no consistent approach to checking on people "
         "while they waited.", [
            ("1.1", "Introduce a waiting well protocol so that everyone waiting for an "
             "assessment is contacted at least every 6 weeks and their risk is reviewed.",
             "Head of Adult Social Work", d(2025, 9, 30), None, "A", "B",
             "Protocol live from 1 September 2025. Contact log audited by the Principal "
             "Social Worker; 96% of people contacted within 6 weeks."),
            ("1.2", "Reduce the number of people waiting more than 28 days for a Care Act "
             "assessment by 50% from the May 2025 baseline (412 people).",
             "Head of Adult Social Work / Performance and Intelligence Manager",
             d(2026, 3, 31), None, "G", "G",
             "318 people waiting at end of September (down 23%). Additional agency "
             "social workers in post until March 2026."),
        ]),
        ("Equity in experiences and outcomes: the council did not have a clear "
         "understanding of the needs of people from ethnic minority communities or of "
         "how well they were served.", [
            ("1.3", "Complete an equality analysis of adult social care data (referrals, "
             "assessments and outcomes) by protected characteristic and publish the "
             "findings.",
             "Performance and Intelligence Manager", d(2025, 11, 30), d(2026, 1, 31),
             "G", "A",
             "Data extract complete. Analysis delayed by the case management system "
             "upgrade; revised date agreed by Improvement Board."),
            ("1.4", "Co-produce an engagement plan with local community and faith groups "
             "so that people from ethnic minority communities can shape how services "
             "are designed.",
             "Co-production Lead", d(2026, 3, 31), None, "G", "G",
             "Three listening events held. Draft plan to Making It Real Board in "
             "November."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Care provision, integration and continuity: there were gaps in the local "
         "market for people with complex needs, and too many people were placed out "
         "of area.", [
            ("2.1", "Refresh the Market Position Statement with providers, including a "
             "specific section on complex needs and dementia nursing capacity.",
             "Assistant Director – Commissioning", d(2025, 12, 31), None, "G", "G",
             "Provider workshops held in July and September. Draft on track for "
             "December."),
            ("2.2", "Develop a business case for an in-borough supported living scheme "
             "for younger adults with complex needs.",
             "Assistant Director – Commissioning; Head of Learning Disability Services",
             d(2026, 1, 31), d(2026, 4, 30), "A", "A",
             "Two sites under review with Housing. Revised date reflects the capital "
             "programme timetable."),
        ]),
    ]),
    ("Theme 3: How the council ensures safety within the system", [
        ("Safeguarding (score 1): safeguarding concerns submitted online were not "
         "always reviewed by a qualified practitioner, and there were delays in "
         "completing section 42 enquiries.", [
            ("3.1", "Ensure every safeguarding concern received through the online "
             "portal is reviewed by a trained practitioner within 24 hours.",
             "Head of Safeguarding and Quality Assurance", d(2025, 6, 30), None,
             "B", "B",
             "In place since June 2025. Weekly dip sample shows 100% reviewed within "
             "24 hours."),
            ("3.2", "Carry out a full review of the safeguarding pathway with the "
             "Warrington Safeguarding Adults Board and simplify how residents and "
             "partners report concerns.",
             "Head of Safeguarding and Quality Assurance; WSAB Business Manager",
             d(2025, 11, 30), None, "G", "G",
             "Pathway mapping complete. New web form and guidance out for partner "
             "comment."),
            ("3.3", "Revise practice guidance on section 42 enquiries and Making "
             "Safeguarding Personal, and deliver refresher training to all qualified "
             "staff.\nTraining to include partner agencies where places allow.",
             "Principal Social Worker", d(2025, 12, 31), d(2026, 2, 28), "A", "R",
             "Guidance drafted. Training dates slipped because the external trainer "
             "withdrew; new provider being procured."),
            ("3.4", "Audit 40 closed section 42 enquiries each quarter and report themes "
             "to the Improvement Board.",
             "Quality Assurance Manager", "Quarterly", None, "G", "G",
             "Q2 audit complete: 31 of 40 rated good or better."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Governance, management and sustainability: leaders did not have sufficient "
         "oversight of performance and risk, and improvement activity was not joined "
         "up.", [
            ("4.1", "Establish an Adult Social Care Improvement Board, chaired by the "
             "Chief Executive, to oversee delivery of this plan.",
             "Chief Executive; Director of Adult Social Services", d(2025, 7, 31), None,
             "B", "B",
             "Board met first on 15 July 2025 and meets monthly."),
            ("4.2", "Introduce a monthly adult social care performance scorecard, "
             "reported to the Improvement Board and quarterly to the Health and Adult "
             "Social Care Policy Committee.",
             "Director of Adult Social Services", d(2025, 10, 31), None, "G", "G",
             "Scorecard in use from September; first committee report due October."),
        ]),
    ]),
]


def build_warrington(path):
    wb = Workbook()
    # --- Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = WARRINGTON_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A3"] = "Purpose"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = ("Sets out the actions agreed in response to the CQC assessment of "
                "Warrington Borough Council's adult social care functions (report "
                "published 22 May 2025; overall rating: Requires improvement).")
    ws["B3"].alignment = WRAP
    ws.merge_cells("B3:E3")
    ws.row_dimensions[3].height = 48
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    rows = [
        ("1.0", "30/06/2025", "ASC Improvement Lead",
         "First version agreed by ASC Improvement Board"),
        ("1.1", "29/07/2025", "ASC Improvement Lead",
         "Safeguarding actions strengthened following the Minister's letter"),
        ("1.2", "26/08/2025", "ASC Improvement Lead",
         "Revised dates agreed for actions 1.3 and 2.2"),
        ("1.3", "07/10/2025", "ASC Improvement Lead", "September progress updates"),
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.border = BOX
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("Blue", BLUE, "Complete – action delivered and evidence of impact reviewed"),
           ("Green", GREEN, "On track to deliver by the target date"),
           ("Amber", AMBER, "Some slippage – may miss the target date; mitigation in place"),
           ("Red", RED, "Off track – target date missed or at serious risk")]
    for i, (name, col, meaning) in enumerate(key, 13):
        ws.cell(row=i, column=1, value=name).fill = fill(col)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=meaning).border = BOX
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=5)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 50
    ws.column_dimensions["E"].width = 20

    # --- Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – September 2025 (Current RAG)"
    ss["A1"].font = Font(bold=True, size=12, color=NAVY)
    sh = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(sh, 1):
        cell = ss.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = fill(GREY)
    r = 4
    totals = [0, 0, 0, 0, 0]
    for theme, areas in WARRINGTON:
        acts = [a for _, al in areas for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in "BGAR"]
        ss.cell(row=r, column=1, value=theme).border = BOX
        for c, v in enumerate(counts, 2):
            ss.cell(row=r, column=c, value=v).border = BOX
        totals = [t + v for t, v in zip(totals, counts)]
        r += 1
    ss.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ss.cell(row=r, column=1).border = BOX
    for c, v in enumerate(totals, 2):
        cell = ss.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    ss.column_dimensions["A"].width = 58

    # --- Improvement Plan
    wp = wb.create_sheet("Improvement Plan")
    ncol = 9
    wp["A1"] = WARRINGTON_TITLE
    wp["A1"].font = Font(bold=True, size=14, color=NAVY)
    wp.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    wp["A2"] = ("Position at 30 September 2025 · Owner: Director of Adult Social "
                "Services · Governance: ASC Improvement Board (monthly)")
    wp["A2"].font = Font(italic=True)
    wp.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead",
             "Target date", "Revised date", "Previous RAG (Aug 25)",
             "Current RAG (Sep 25)", "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = wp.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    for theme, areas in WARRINGTON:
        wp.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, ncol + 1):
            wp.cell(row=r, column=c).fill = fill(GREY)
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for afi, acts in areas:
            first = r
            wp.cell(row=r, column=2, value=afi)
            for (ref, text, lead, target, revised, prev, cur, upd) in acts:
                wp.cell(row=r, column=1, value=ref)
                wp.cell(row=r, column=3, value=text)
                wp.cell(row=r, column=4, value=lead)
                tc = wp.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "mmm-yy"
                if revised is not None:
                    rc = wp.cell(row=r, column=6, value=revised)
                    rc.number_format = "mmm-yy"
                pc = wp.cell(row=r, column=7, value=prev)
                pc.fill = fill(RAGFILL[prev])
                pc.alignment = Alignment(horizontal="center", vertical="top")
                wp.cell(row=r, column=8).fill = fill(RAGFILL[cur])  # colour only
                wp.cell(row=r, column=9, value=upd)
                for c in range(1, ncol + 1):
                    cell = wp.cell(row=r, column=c)
                    cell.border = BOX
                    if c not in (7,):
                        cell.alignment = WRAP
                r += 1
            if r - 1 > first:
                wp.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    widths = [7, 40, 48, 28, 11, 11, 11, 11, 44]
    for i, w in enumerate(widths, 1):
        wp.column_dimensions[get_column_letter(i)].width = w
    wp.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Winchester City Council - RSH consumer standards housing improvement plan
# ---------------------------------------------------------------------------
WINCHESTER_TITLE = ("Winchester City Council – Housing Improvement Plan: "
                    "Regulator of Social Housing Consumer Standards")
WSTATUS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

# section -> [(finding, [(ref, action, lead, original, revised, status, progress)])]
WINCHESTER = [
    ("1. Safety and Quality Standard", [
        ("The council could not provide assurance that fire risk assessments for all "
         "communal blocks were in date, and had a backlog of remedial actions.", [
            ("1.1", "Commission an independent fire risk assessor to complete fire risk "
             "assessments (FRAs) for all 148 communal blocks.",
             "Service Lead – Landlord Compliance", d(2025, 6, 30), None, "Complete",
             "All 148 FRAs completed and uploaded to the compliance system."),
            ("1.2", "Clear all high-risk remedial actions arising from the FRAs, and "
             "programme medium-risk actions in priority order.",
             "Service Lead – Landlord Compliance", d(2025, 9, 30), d(2025, 12, 31),
             "At risk",
             "212 of 265 high-risk actions closed. Fire door replacement contractor "
             "capacity is the main constraint."),
        ]),
        ("The council did not hold complete and accurate records of gas, electrical "
         "and water safety checks.", [
            ("1.3", "Data-cleanse the compliance database and reconcile asset records "
             "against the housing management system.",
             "Asset Data Manager", d(2025, 7, 31), d(2025, 10, 31), "On track",
             "Reconciliation 85% complete; 37 properties added to the gas servicing "
             "programme."),
            ("1.4", "Complete outstanding electrical installation condition reports "
             "(EICRs) so that every home has a test less than five years old.",
             "Service Lead – Landlord Compliance; Building Services Manager",
             d(2026, 3, 31), None, "On track",
             "EICR compliance 88.4% (up from 71.2% in April)."),
        ]),
        ("The last stock condition survey was more than 10 years old, so the council "
         "did not know whether its homes met the Decent Homes Standard.", [
            ("1.5", "Procure and start a 100% stock condition survey, prioritising older "
             "properties and homes with open damp and mould cases.",
             "Corporate Head of Asset Management", d(2025, 9, 30), d(2025, 11, 30),
             "Off track",
             "First tender returned no compliant bids. Re-tendered through a national "
             "framework; award expected November."),
            ("1.6", "Update the 30-year HRA business plan using the new stock condition "
             "data.",
             "Strategic Director; Chief Finance Officer", "Q1 2026/27", None,
             "On track", "Dependent on action 1.5. Modelling assumptions agreed."),
        ]),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("Tenants were not given accurate information about the council's performance "
         "as a landlord, and Tenant Satisfaction Measures had been reported "
         "incorrectly.", [
            ("2.1", "Commission independent validation of the 2024/25 TSM data and "
             "republish corrected results on the council's website.",
             "Service Lead – Performance", d(2025, 7, 31), None, "Complete",
             "Validated results published 24 July 2025."),
            ("2.2", "Publish a quarterly landlord performance report for tenants, with "
             "content agreed with TACT.",
             "Service Lead – Performance", d(2025, 10, 31), None, "On track",
             "First report drafted and reviewed by TACT Board on 9 September."),
        ]),
        ("Tenants did not have enough opportunity to scrutinise the council's "
         "performance as a landlord.", [
            ("2.3", "Set up a tenant scrutiny panel, with terms of reference agreed by "
             "Cabinet Committee: Housing, and train panel members.",
             "Tenant Engagement Manager", d(2025, 12, 31), None, "On track",
             "11 tenants recruited. Training booked for October."),
            ("2.4", "Hold a 'You said, we did' event with tenants to report back on "
             "progress against this plan.",
             "Tenant Engagement Manager", "March 2026", None, "Not started", ""),
        ]),
    ]),
]


def build_winchester(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    ws["A1"] = WINCHESTER_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Regulatory judgement published 30 April 2025 (consumer grade C3). "
                "Progress update for Cabinet Committee: Housing – position at "
                "31 August 2025.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for c, (name, col) in enumerate(WSTATUS.items(), 2):
        cell = ws.cell(row=3, column=c, value=name)
        cell.fill = fill(col)
        cell.alignment = Alignment(horizontal="center")
        cell.border = BOX
    heads = ["Ref", "Regulator finding", "Action", "Lead officer", "Original target",
             "Revised target", "Status", "Progress this period"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385623")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    for section, findings in WINCHESTER:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for finding, acts in findings:
            first = r
            ws.cell(row=r, column=2, value=finding)
            for (ref, text, lead, orig, rev, status, prog) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=lead)
                oc = ws.cell(row=r, column=5, value=orig)
                if isinstance(orig, dt.datetime):
                    oc.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(row=r, column=6, value=rev).number_format = "dd/mm/yyyy"
                sc = ws.cell(row=r, column=7, value=status)
                if status in WSTATUS:
                    sc.fill = fill(WSTATUS[status])
                ws.cell(row=r, column=8, value=prog or None)
                for c in range(1, ncol + 1):
                    ws.cell(row=r, column=c).border = BOX
                    ws.cell(row=r, column=c).alignment = WRAP
                r += 1
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for i, w in enumerate([6, 42, 46, 30, 13, 13, 11, 46], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    kp = wb.create_sheet("Compliance dashboard")
    kp["A1"] = "Landlord compliance – monthly position (% of homes / blocks compliant)"
    kp["A1"].font = Font(bold=True, size=12)
    kh = ["Measure", "Target", "Jun-25", "Jul-25", "Aug-25"]
    kr = [("Gas safety (LGSR in date)", "100%", "99.1%", "99.6%", "99.8%"),
          ("Electrical (EICR within 5 years)", "100%", "79.5%", "84.0%", "88.4%"),
          ("Fire risk assessments in date", "100%", "100%", "100%", "100%"),
          ("Water safety risk assessments in date", "100%", "91.3%", "94.2%", "96.0%"),
          ("Lift inspections (LOLER)", "100%", "100%", "100%", "100%")]
    for c, h in enumerate(kh, 1):
        kp.cell(row=3, column=c, value=h).font = Font(bold=True)
    for i, row in enumerate(kr, 4):
        for c, v in enumerate(row, 1):
            kp.cell(row=i, column=c, value=v)
    kp.column_dimensions["A"].width = 42
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Thames Valley Police - HMICFRS vetting, misconduct and misogyny tracker
#    (refuse: mistyped month in a target date cell)
# ---------------------------------------------------------------------------
TVP_TITLE = ("Thames Valley Police – HMICFRS: An inspection of vetting, misconduct, "
             "and misogyny in the police service (November 2022)")
TVP = [
    ("Vetting", [
        ("Rec 2", "By 30 April 2023, chief constables should make sure that their force "
         "vetting units have enough resources to meet demand, including for renewals.",
         "Complete a workforce review of the Vetting Unit and recruit to the approved "
         "establishment.", "Head of Professional Standards", d(2023, 4, 30), "Complete",
         "Six additional vetting officers in post from March 2023."),
        ("Rec 4", "By 31 October 2023, chief constables should make sure that vetting "
         "decisions where adverse information exists are recorded with a clear "
         "rationale.",
         "Introduce a mandatory rationale template for all decisions with adverse "
         "information and dip-sample 10% each month.", "Force Vetting Manager",
         "Oct-23", "Complete", "Template live; dip sampling reported to the Board."),
        ("Rec 6", "By 31 October 2023, chief constables should make sure that their "
         "force has a process to review vetting clearance when officers or staff are "
         "subject to misconduct proceedings.",
         "Agree a trigger process between the Appropriate Authority and the Vetting "
         "Unit, with quarterly reconciliation.",
         "Force Vetting Manager / Appropriate Authority", d(2023, 10, 31), "Complete",
         "Process signed off at Vetting and Integrity Board."),
    ]),
    ("Counter-corruption", [
        ("Rec 10", "By 30 September 2023, chief constables should make sure that their "
         "counter-corruption units have the capacity to proactively seek intelligence.",
         "Establish a proactive intelligence development team within the Counter "
         "Corruption Unit.", "Detective Superintendent, PSD", d(2023, 12, 31),
         "Complete", "Team established November 2023."),
        ("Rec 12", "By 31 October 2023, chief constables should make sure that their "
         "forces can monitor all force IT systems to identify data breaches.",
         "Procure and implement an IT monitoring solution covering all force systems, "
         "jointly with Hampshire Constabulary.", "Head of ICT Security",
         "Febuary 2024", "In progress",
         "Supplier selected; implementation delayed by the joint ICT programme."),
        ("Rec 14", "By 31 March 2024, chief constables should make sure that all "
         "corruption-related intelligence is assessed using the national categories.",
         "Re-categorise open intelligence records and train CCU staff on the national "
         "categories.", "Detective Superintendent, PSD", d(2024, 3, 31), "In progress",
         "Re-categorisation 70% complete."),
    ]),
    ("Misconduct and misogyny", [
        ("Rec 20", "By 30 June 2024, chief constables should make sure that they "
         "record and assess all allegations of sexual misconduct against officers and "
         "staff.",
         "Launch the internal reporting line and publish guidance on how allegations "
         "are recorded and assessed.", "Head of Professional Standards",
         d(2024, 6, 30), "In progress", "Reporting line launched December 2023."),
        ("Rec 26", "By 31 March 2024, chief constables should introduce a process to "
         "monitor the outcomes of misconduct cases involving misogynistic behaviour.",
         "Add a misogyny flag to the Centurion case management system and report "
         "outcomes quarterly.", "Appropriate Authority", d(2024, 3, 31), "On track",
         "Flag live; first report due April 2024."),
    ]),
]


def build_tvp(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "VMM Tracker"
    ncol = 7
    ws["A1"] = TVP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Force recommendation tracker – Professional Standards Department. "
                "Reported to the Force Vetting and Integrity Board, 16 January 2024.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Rec", "HMICFRS recommendation", "Force action", "Owner", "Target date",
             "Status", "Update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
    r = 5
    for section, rows in TVP:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (rec, text, action, owner, target, status, upd) in rows:
            vals = [rec, text, action, owner, target, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c == 5 and isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            r += 1
    for i, w in enumerate([8, 50, 46, 26, 13, 12, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def small(cell, size=9, bold=False):
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(size)
            run.bold = bold


def set_cell(cell, text, size=9, bold=False):
    cell.text = text
    small(cell, size, bold)


# ---------------------------------------------------------------------------
# 4. Cardiff and Vale UHB - Audit Wales Structured Assessment 2024
#    management response and progress tracker (docx)
# ---------------------------------------------------------------------------
CAV_TITLE = ("Cardiff and Vale University Health Board: Audit Wales Structured "
             "Assessment 2024 – Management Response and Progress Tracker")
CAV_STATUS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
# section -> [(recommendation, [(ref, action, lead, original, revised, status, update)])]
CAV = [
    ("Board transparency, effectiveness and cohesion", [
        ("R1 The Health Board should publish Board and committee papers at least seven "
         "days before meetings, and make recordings of public meetings available "
         "within five working days.", [
            ("R1", "Revise the Board and committee business cycle so that papers are "
             "issued seven days ahead, and publish meeting recordings on the Health "
             "Board website.", "Director of Corporate Governance", "March 2025", "",
             "Complete",
             "Papers issued seven days ahead for all meetings since April 2025. "
             "Recordings published within five days."),
        ]),
        ("R2 The Health Board should strengthen its induction and development "
         "programme for Independent Members, including on the Health Board’s "
         "financial position and quality governance.", [
            ("R2a", "Refresh the Independent Member induction pack and give each new "
             "Independent Member an executive buddy.",
             "Director of Corporate Governance", "June 2025", "", "Complete",
             "New pack used for two Independent Members appointed in May 2025."),
            ("R2b", "Deliver a Board development programme for 2025/26, with sessions "
             "on finance, quality and safety, and digital.",
             "Director of Corporate Governance / Director of People and Culture",
             "March 2026", "", "On track",
             "Three of six sessions held (finance, quality and safety, digital "
             "planned for November)."),
        ]),
    ]),
    ("Corporate systems of assurance", [
        ("R3 The Health Board should make sure that the Board Assurance Framework "
         "clearly links principal risks to its strategic objectives and sets out the "
         "assurances received for each.", [
            ("R3", "Redesign the Board Assurance Framework so that each principal risk "
             "is mapped to the strategic objectives in Shaping Our Future Wellbeing, "
             "with a quarterly deep dive at Board.",
             "Director of Corporate Governance; Head of Risk and Regulation",
             "September 2025", "December 2025", "At risk",
             "New format agreed by Audit and Assurance Committee. Population of "
             "assurance sources slower than planned."),
        ]),
    ]),
    ("Corporate approach to planning", [
        ("R4 The Health Board should improve how it monitors delivery of its "
         "Integrated Medium Term Plan, with clear milestones and regular reporting to "
         "the Strategy and Delivery Committee.", [
            ("R4a", "Develop an IMTP delivery dashboard with milestones and a RAG rating "
             "for each priority.", "Director of Strategy and Planning", "April 2025",
             "July 2025", "Complete", "Dashboard live from July 2025."),
            ("R4b", "Report IMTP delivery to the Strategy and Delivery Committee each "
             "quarter, with exception reports for off-track milestones.",
             "Director of Strategy and Planning", "Quarterly", "", "On track",
             "Q1 report received by the Committee on 9 September 2025."),
        ]),
    ]),
    ("Corporate approach to managing financial resources", [
        ("R5 The Health Board should set out how its savings programme will deliver "
         "recurrent savings, and report the split between recurrent and non-recurrent "
         "savings to the Finance and Performance Committee.", [
            ("R5", "Introduce recurrent and non-recurrent savings tracking in the "
             "monthly finance report, with a three-year savings plan agreed by Board.",
             "Executive Director of Finance", "December 2024", "June 2025", "Overdue",
             "Tracking included in the finance report from May 2025. Three-year plan "
             "deferred to the 2026/27 IMTP round."),
        ]),
    ]),
]


def build_cav(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(CAV_TITLE, style="Title")
    doc.add_paragraph("Audit and Assurance Committee – 7 October 2025 – Agenda item 4.3")
    doc.add_paragraph("Executive lead: Director of Corporate Governance")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "14/01/2025", "Corporate Governance Team",
                 "Management response agreed by Executive Management Team"),
                ("2.0", "22/04/2025", "Corporate Governance Team", "Quarter 4 progress"),
                ("3.0", "24/09/2025", "Corporate Governance Team",
                 "Progress at end of September 2025")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_heading("Status key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    meanings = {"Complete": "Action delivered and evidence shared with Audit Wales (blue)",
                "On track": "Action progressing and expected to meet the date (green)",
                "At risk": "Action may not meet the date; mitigation agreed (amber)",
                "Overdue": "Date passed and action not delivered (red)"}
    for name, col in CAV_STATUS.items():
        cells = k.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], col)
        set_cell(cells[1], meanings[name])

    doc.add_heading("Management response", level=1)
    doc.add_paragraph(
        "Audit Wales made five recommendations in the Structured Assessment 2024 "
        "report. The Health Board accepted all five. The table below sets out the "
        "agreed actions and progress at the end of September 2025.")
    heads = ["Ref", "Recommendation", "Agreed action", "Executive lead",
             "Original date", "Revised date", "Status", "Progress update (September 2025)"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], "BDD7EE")
    for section, recs in CAV:
        row = tb.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, section, size=10, bold=True)
        shade(merged, GREY)
        for rec, acts in recs:
            first_idx = len(tb.rows)
            for (ref, action, lead, orig, rev, status, upd) in acts:
                cells = tb.add_row().cells
                vals = [ref, rec if len(tb.rows) - 1 == first_idx else "", action, lead,
                        orig, rev, status, upd]
                for c, v in enumerate(vals):
                    set_cell(cells[c], v)
                shade(cells[6], CAV_STATUS[status])
            last_idx = len(tb.rows) - 1
            if last_idx > first_idx:
                a = tb.rows[first_idx].cells[1]
                b = tb.rows[last_idx].cells[1]
                m = a.merge(b)
                # merging keeps the text of both; restore the single recommendation
                set_cell(m, rec)
    widths = [Cm(1.3), Cm(5.2), Cm(5.2), Cm(3.6), Cm(2.2), Cm(2.2), Cm(1.9), Cm(5.0)]
    for row in tb.rows:
        for c, w in enumerate(widths):
            try:
                row.cells[c].width = w
            except IndexError:
                pass
    doc.add_paragraph("")
    doc.add_paragraph("Prepared by the Corporate Governance Team. Next update: "
                      "Audit and Assurance Committee, February 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Angus Council - Education Scotland CLD progress visit improvement plan
# ---------------------------------------------------------------------------
ANGUS_TITLE = ("Angus Council Community Learning and Development: Improvement Plan "
               "following HM Inspectors’ Progress Visit")
ANGUS = [
    ("Area for development 1: CLD partners should develop a shared approach to "
     "gathering and analysing data so that they can show the impact of the CLD Plan "
     "across Angus.", [
        ("1.1", "Agree a shared set of outcome measures for the CLD Plan 2024–27 with "
         "all partners.", "CLD Manager", "June 2024",
         "Agreed at the CLD Strategic Partnership on 12 June 2024.", "B"),
        ("1.2", "Introduce a single data return for partners, collected every six "
         "months and analysed by the Council’s Data and Intelligence Team.",
         "CLD Manager; Data and Intelligence Team Leader", "December 2024",
         "First return collected in October 2024 from 17 partners.", "B"),
        ("1.3", "Produce an annual CLD impact report for the Angus Community Planning "
         "Partnership.", "CLD Strategic Partnership Chair", "September 2025",
         "Report structure agreed; data from second return due April 2025.", "G"),
    ]),
    ("Area for development 2: Senior leaders should make sure that all partners and "
     "elected members understand the governance and reporting arrangements for CLD.", [
        ("2.1", "Map CLD governance and reporting lines and share the map with partners "
         "and the Children and Learning Committee.", "Service Leader – Communities",
         "October 2024", "Governance map shared with partners in October 2024.", "B"),
        ("2.2", "Deliver a briefing session on CLD for elected members.",
         "Service Leader – Communities", "March 2025",
         "Session held on 27 February 2025 with 14 elected members.", "B"),
        ("2.3", "Review the terms of reference and membership of the CLD Strategic "
         "Partnership.", "CLD Strategic Partnership Chair", "Annually",
         "Reviewed August 2024; next review August 2025.", "G"),
    ]),
    ("Area for development 3: Partners should increase opportunities for young people "
     "and adult learners to gain accreditation for their learning.", [
        ("3.1", "Extend delivery of Youth Achievement Awards and the Duke of "
         "Edinburgh’s Award to the Brechin and Montrose youth work teams.",
         "Youth Work Team Leader", "August 2024",
         "Both teams delivering awards since August 2024.", "B"),
        ("3.2", "Offer SQA-accredited adult literacies and ESOL units in each "
         "locality, with at least 60 adult learners achieving an award in 2024/25.",
         "Adult Learning Team Leader / ESOL Co-ordinator", "June 2025",
         "41 awards achieved so far; further units awaiting verification. Arbroath "
         "and Forfar groups are behind target.", "A"),
        ("3.3", "Record accredited achievements through the shared data return "
         "(see 1.2).", "CLD Manager", "December 2025",
         "Accreditation fields added to the return.", "G"),
    ]),
]


def build_angus(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph(ANGUS_TITLE, style="Title")
    doc.add_paragraph("Angus CLD Strategic Partnership | Progress visit: 19–21 February "
                      "2024 | Plan version 3, updated 3 March 2025")
    doc.add_heading("Version control", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, hh in enumerate(["Version", "Date", "Changes"]):
        set_cell(t.rows[0].cells[c], hh, bold=True)
    for row in [("1", "15 May 2024", "Plan agreed by the CLD Strategic Partnership"),
                ("2", "4 November 2024", "Progress update for Children and Learning Committee"),
                ("3", "3 March 2025", "Progress update; actions 2.1 and 2.2 completed")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "HM Inspectors visited Angus in February 2024 and identified three areas for "
        "development. This plan sets out how the Council and its CLD partners will "
        "respond to each.")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B = complete; G = on track; A = some delay, action being taken; "
              "R = not progressing, escalated to the CLD Strategic Partnership.")
    heads = ["Ref", "Action", "Lead(s)", "Timescale", "Progress to date", "RAG"]
    for area, acts in ANGUS:
        doc.add_heading(area, level=1)
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, hh in enumerate(heads):
            set_cell(tb.rows[0].cells[c], hh, bold=True)
            shade(tb.rows[0].cells[c], "DEEAF6")
        for (ref, action, lead, when, prog, rag) in acts:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(cells[c], v)
            shade(cells[5], RAGFILL[rag])
        widths = [Cm(1.1), Cm(5.0), Cm(3.0), Cm(2.3), Cm(4.5), Cm(1.1)]
        for row in tb.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Note: the next progress report will go to the Children and "
                      "Learning Committee in June 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Tees Valley Combined Authority - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
TVCA_TITLE = "Tees Valley Combined Authority - Internal Audit Recommendations Tracker"
TVCA_HEAD = ["Audit", "Ref", "Priority", "Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date",
             "RAG", "Progress Update"]
TVCA = [
    ("Procurement and Contract Management 2024/25 (Limited assurance)", "PCM-01", "High",
     "A contracts register should be maintained covering all contracts over £5,000, "
     "and published in line with the Local Government Transparency Code.",
     "Create a single contracts register from the finance system and publish it "
     "quarterly on the TVCA website.", "Head of Procurement", "31/03/2025",
     "30/06/2025", "Blue", "Register published June 2025; Q2 update published."),
    ("Procurement and Contract Management 2024/25 (Limited assurance)", "PCM-02", "High",
     "Waivers of Contract Procedure Rules should be approved in advance and reported "
     "to the Audit and Governance Committee.",
     "Introduce an electronic waiver form requiring Monitoring Officer and S73 Officer "
     "sign-off, with a six-monthly waiver report to this Committee.",
     "Head of Procurement / Monitoring Officer", "31/03/2025", "31/12/2025", "Green",
     "Form built; first waiver report to the January 2026 meeting."),
    ("Procurement and Contract Management 2024/25 (Limited assurance)", "PCM-03",
     "Medium",
     "Contract managers should hold documented performance meetings with key "
     "suppliers.",
     "Issue contract management guidance and a meeting template.\nGroup Directors to "
     "confirm compliance for their top 10 contracts.", "Head of Procurement",
     "30/09/2025", "", "Amber",
     "Guidance issued. Confirmations received from 2 of 4 Group Directors."),
    ("Grant Funding Arrangements - Adult Skills 2024/25 (Reasonable assurance)",
     "GFA-01", "Medium",
     "Grant agreements should set out clawback provisions where providers do not meet "
     "delivery targets.",
     "Add standard clawback clauses to the Adult Skills Fund grant agreement template "
     "for 2025/26.", "Head of Education, Employment and Skills", "31/07/2025", "",
     "Blue", "Clauses included in all 2025/26 agreements."),
    ("Grant Funding Arrangements - Adult Skills 2024/25 (Reasonable assurance)",
     "GFA-02", "Low",
     "Provider monitoring visits should be recorded on a central log.",
     "Set up a central monitoring visit log in SharePoint.", "Skills Contract Manager",
     "31/05/2025", "", "Blue", "Complete."),
    ("Governance and Decision Making 2025/26 (Limited assurance)", "GDM-01", "High",
     "Decisions taken under delegated powers should be recorded and published in line "
     "with the Constitution.",
     "Implement an officer decision record and publish decisions over £100,000 on the "
     "website within 10 working days.", "Monitoring Officer", "31/12/2025", "",
     "Green", "Template agreed; publication page in testing."),
    ("Governance and Decision Making 2025/26 (Limited assurance)", "GDM-02", "High",
     "The Constitution should be reviewed to reflect the recommendations of the Tees "
     "Valley Review and the CIPFA review of internal audit.",
     "Bring a revised Constitution to the Combined Authority Cabinet for approval.",
     "Monitoring Officer; Head of Governance", "31/01/2026", "", "Green",
     "Draft with constituent authority monitoring officers for comment."),
    ("Governance and Decision Making 2025/26 (Limited assurance)", "GDM-03", "Medium",
     "Register of interests declarations for Cabinet members and senior officers should "
     "be refreshed annually.",
     "Send annual declaration reminders and report completion rates to this Committee.",
     "Head of Governance", "Ongoing", "", "Green",
     "2025 declarations 100% complete."),
    ("Payroll and Expenses 2025/26 (Substantial assurance)", "PAY-01", "Low",
     "Expense claims should be approved by the claimant's line manager and not by a "
     "peer.",
     "Update the approval hierarchy in the expenses system.", "Payroll Manager",
     "31/10/2025", "", "Red",
     "Change request raised with the system supplier; awaiting a delivery date."),
]


def build_tvca(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([TVCA_TITLE] + [""] * (len(TVCA_HEAD) - 1))
        w.writerow(["Audit and Governance Committee, 27 November 2025. RAG: Blue = "
                    "implemented; Green = on track; Amber = at risk of missing the "
                    "target date; Red = overdue"] + [""] * (len(TVCA_HEAD) - 1))
        w.writerow([""] * len(TVCA_HEAD))
        w.writerow(TVCA_HEAD)
        for row in TVCA:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. North Hertfordshire Council - Council Delivery Plan Q2 update (txt, TSV)
# ---------------------------------------------------------------------------
NHERTS_TITLE = "North Hertfordshire Council – Council Delivery Plan 2025-26: Quarter 2 Update"
NHERTS_HEAD = ["Code", "Milestone", "Lead Officer", "Original Date", "Revised Date",
               "Status", "Q2 Comment"]
NHERTS = [
    ("CDP 02 – Waste and Street Cleansing Contract", [
        ("CDP02.3", "Mobilise the new contract and vehicle fleet", "Service Director – Place",
         "01/06/2025", "", "Complete", "New contract started 1 June 2025."),
        ("CDP02.4", "Post-implementation review reported to Overview and Scrutiny",
         "Service Director – Place", "Jan-26", "", "Green",
         "Missed bin data being collected for the review."),
    ]),
    ("CDP 05 – Churchgate Regeneration, Hitchin", [
        ("CDP05.2", "Appoint development partner", "Director – Enterprise", "Sep-25",
         "Dec-25", "Amber", "Two bidders shortlisted; clarification stage took longer "
         "than planned."),
        ("CDP05.3", "Consult on masterplan options with residents and market traders",
         "Director – Enterprise", "Mar-26", "", "Green", "Consultation plan drafted."),
    ]),
    ("CDP 08 – Leisure Centre Decarbonisation", [
        ("CDP08.1", "Submit Public Sector Decarbonisation Scheme grant bid",
         "Leisure and Active Communities Manager", "31/05/2025", "", "Complete",
         "Bid submitted; grant offer received July 2025."),
        ("CDP08.2", "Award contract for air source heat pumps at Royston Leisure Centre",
         "Leisure and Active Communities Manager", "Aug-25", "Nov-25", "Amber",
         "Tender returns over budget; value engineering under way."),
        ("CDP08.3", "Works complete and heat pumps commissioned",
         "Leisure and Active Communities Manager", "Mar-26", "Jun-26", "Red",
         "Grant conditions require completion by March 2026; extension requested "
         "from Salix."),
    ]),
    ("CDP 11 – Digital Transformation", [
        ("CDP11.1", "Launch new customer portal for council tax and benefits",
         "Digital Transformation Lead", "Oct-25", "", "Green",
         "User testing complete; launch planned for 20 October."),
        ("CDP11.2", "Migrate remaining services from the legacy CRM",
         "Digital Transformation Lead / Service Director – Customers", "Q4 2025/26", "",
         "Green", "Planning, licensing and waste forms migrated."),
        ("CDP11.3", "Digital skills training for all staff", "Digital Transformation Lead",
         "Ongoing", "", "Green", "62% of staff have completed the core module."),
    ]),
    ("CDP 14 – Local Plan Review", [
        ("CDP14.1", "Call for sites assessment complete", "Strategic Planning Manager",
         "30/06/2025", "", "Complete", "Assessment published on the website."),
        ("CDP14.2", "Publish Regulation 18 consultation document",
         "Strategic Planning Manager", "Nov-25", "Feb-26", "Amber",
         "Revised to allow for the new national planning policy framework changes."),
    ]),
]


def build_nherts(path):
    lines = [
        NHERTS_TITLE,
        "Appendix A – position at 30 September 2025. Exported from Ideagen Risk "
        "Management on 14/11/2025.",
        "Status: Green = on track; Amber = one or more milestones missed, no "
        "significant impact on delivery; Red = significant impact on delivery; "
        "Complete = milestone achieved.",
        "Changes to milestone dates for Cabinet approval are shown in the Revised Date "
        "column.",
        "",
        "\t".join(NHERTS_HEAD),
    ]
    n = 0
    counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for project, ms in NHERTS:
        lines.append(project + "\t" * (len(NHERTS_HEAD) - 1))
        for row in ms:
            lines.append("\t".join(row))
            n += 1
            counts[row[5]] += 1
    lines.append("")
    lines.append("Summary\tProjects: %d\tMilestones: %d\tComplete: %d\tGreen: %d\t"
                 "Amber: %d\tRed: %d" % (len(NHERTS), n, counts["Complete"],
                                          counts["Green"], counts["Amber"], counts["Red"]))
    lines.append("Note: projects completed in earlier quarters are not shown.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "jc2-warrington-borough-council-asc-cqc-assessment-improvement-plan.xlsx":
        build_warrington,
    "jc2-winchester-city-council-rsh-consumer-standards-housing-improvement-plan.xlsx":
        build_winchester,
    "jc2-thames-valley-police-hmicfrs-vetting-misconduct-misogyny-tracker-typo-month-refuse.xlsx":
        build_tvp,
    "jc2-cardiff-and-vale-uhb-audit-wales-structured-assessment-2024-management-response.docx":
        build_cav,
    "jc2-angus-council-education-scotland-cld-progress-visit-improvement-plan.docx":
        build_angus,
    "jc2-tees-valley-ca-internal-audit-recommendations-tracker.csv": build_tvca,
    "jc2-north-hertfordshire-council-delivery-plan-2025-26-q2-update.txt": build_nherts,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
