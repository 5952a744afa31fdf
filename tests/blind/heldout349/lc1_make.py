"""Build the seven lc1- blind test files (set heldout349).

Run with: /work/main/.venv/bin/python lc1_make.py
Writes the data files next to this script. The module-level data (CASES)
also carries the reading a person makes of each action, so the expected
readings can be written from the same text.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "BFBFBF",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def act(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
        end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status_cell=status_cell, status=status,
             end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Bexley ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
BEX_AFI1 = ("Area for improvement 1: The consistency of management oversight and supervision "
            "of children in need plans, so that drift is identified and addressed promptly")
BEX_AFI2 = ("Area for improvement 2: The timeliness of initial health assessments for children "
            "when they first come into care")
BEX_AFI3 = ("Area for improvement 3: The quality and accessibility of pathway plans, so that "
            "care leavers understand their rights and entitlements")

BEXLEY = dict(
    file="lc1-london-borough-of-bexley-ilacs-improvement-plan.xlsx",
    title="Children's Social Care – ILACS Improvement Plan 2023–2025",
    groups=[
        (BEX_AFI1, [
            act("1.1", [BEX_AFI1],
                "Revise the children in need practice standards to set a minimum frequency of "
                "recorded management oversight (at least every 6 weeks) and relaunch them at the "
                "all-staff Practice Forum.",
                "Head of Service – Assessment and Intervention",
                ["Head of Service – Assessment and Intervention"],
                None, "2023-07", "B", "blue",
                start=D(2023, 5, 2), orig=D(2023, 7, 31), rev=None, prev="G",
                progress="Practice standards revised and relaunched at the Practice Forum on "
                         "18 July 2023.\nCompliance is tracked in the monthly performance pack.",
                evidence="% of CIN cases with management oversight in last 6 weeks (target 90%)"),
            act("1.2", [BEX_AFI1],
                "Introduce a monthly CIN plan tracker for team managers showing children whose "
                "plans have not been reviewed within timescale.",
                "Performance & Intelligence Manager / Head of Service – Assessment and Intervention",
                ["Performance & Intelligence Manager",
                 "Head of Service – Assessment and Intervention"],
                None, "2023-12", "B", "blue",
                start=D(2023, 6, 1), orig=D(2023, 9, 30), rev=D(2023, 12, 31), prev="A",
                progress="Tracker live in Power BI from December 2023 after a delay in the "
                         "Mosaic data extract.",
                evidence="Tracker in use by all CIN team managers"),
            act("1.3", [BEX_AFI1],
                "Undertake a thematic audit of 30 CIN cases open longer than 9 months and report "
                "the findings to the Quality Assurance Board.",
                "Head of Quality Assurance", ["Head of Quality Assurance"],
                None, "2024-04", "A", "amber",
                start=D(2023, 11, 1), orig=D(2024, 1, 31), rev=D(2024, 4, 30), prev="A",
                progress="22 of 30 audits completed. Moderation delayed by staff absence; "
                         "report now due to the April QA Board.",
                evidence="Audit report and learning briefing"),
            act("1.4", [BEX_AFI1],
                "Deliver reflective supervision training for all team managers and advanced "
                "practitioners.",
                "Principal Social Worker", ["Principal Social Worker"],
                None, "2024-06", "G", "green",
                start=D(2024, 1, 8), orig=D(2024, 6, 30), rev=None, prev="G",
                progress="Cohorts 1 and 2 complete (18 managers). Cohort 3 booked for May 2024.",
                evidence="Supervision audit scores"),
        ]),
        (BEX_AFI2, [
            act("2.1", [BEX_AFI2],
                "Agree a revised notification pathway with the Looked After Children Health Team "
                "so that IHA requests are sent within 2 working days of a child coming into care.",
                "Head of Service – Children in Care / Designated Doctor for Looked After Children",
                ["Head of Service – Children in Care",
                 "Designated Doctor for Looked After Children"],
                None, "2023-08", "B", "blue",
                start=D(2023, 5, 15), orig=D(2023, 8, 31), rev=None, prev="G",
                progress="Pathway signed off at the Health and Social Care Interface meeting, "
                         "August 2023.",
                evidence="IHA requests sent within 2 working days: 96% (Feb 2024)"),
            act("2.2", [BEX_AFI2],
                "Hold a weekly IHA tracking meeting between the Placements Team and health "
                "colleagues until timeliness is consistently above 90%.",
                "Service Manager – Children in Care", ["Service Manager – Children in Care"],
                "Weekly until sustained", None, "G", "green", end_text="Weekly until sustained",
                start=D(2023, 6, 5), orig="Weekly until sustained", rev=None, prev="G",
                progress="Meeting continues. IHAs completed within 20 working days: 84% in "
                         "Q4 (Q2: 61%).",
                evidence="IHA timeliness in the Corporate Parenting scorecard"),
            act("2.3", [BEX_AFI2],
                "Escalate IHA delays for children placed outside Bexley through SE London ICB and "
                "report monthly to the Corporate Parenting Panel.",
                "Designated Nurse for Looked After Children (SEL ICB)",
                ["Designated Nurse for Looked After Children (SEL ICB)"],
                None, "2024-03", "R", "red",
                start=D(2023, 9, 1), orig=D(2024, 3, 31), rev=None, prev="A",
                progress="Out-of-area IHAs remain the main cause of delay (9 of 14 late IHAs in "
                         "Q4).\nEscalated to the ICB Director of Nursing in March 2024.",
                evidence="Out-of-area IHA timeliness"),
        ]),
        (BEX_AFI3, [
            act("3.1", [BEX_AFI3],
                "Co-produce a new pathway plan template with the Children in Care Council and care "
                "leavers, including a plain-English summary of the Local Offer.",
                "Head of Service – Care Leavers", ["Head of Service – Care Leavers"],
                None, "2024-01", "B", "blue",
                start=D(2023, 6, 1), orig=D(2023, 10, 31), rev=D(2024, 1, 31), prev="A",
                progress="New template launched 15 January 2024 after two co-production "
                         "workshops with the CiCC.",
                evidence="Care leaver feedback survey"),
            act("3.2", [BEX_AFI3],
                "Give every care leaver a copy of their rights and entitlements at each pathway "
                "plan review and record that this has been done.",
                "Care Leavers Team Manager", ["Care Leavers Team Manager"],
                "Ongoing", None, "G", "green", end_text="Ongoing",
                start=D(2024, 1, 15), orig="Ongoing", rev=None, prev=None,
                progress="Recording field added to the pathway plan review form.",
                evidence="% of reviews with entitlements recorded"),
            act("3.3", [BEX_AFI3],
                "Publish the refreshed Care Leavers Local Offer on the Bexley website and in the "
                "care leavers' app.",
                "Head of Service – Care Leavers / Communications Lead",
                ["Head of Service – Care Leavers", "Communications Lead"],
                None, "2024-05", "A", "amber",
                start=D(2024, 2, 1), orig=D(2024, 5, 31), rev=None, prev=None,
                progress="Content agreed; app update waiting for the supplier's release slot.",
                evidence="Local Offer published"),
        ]),
    ],
)


def build_bexley(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "London Borough of Bexley"
    ws["A1"].font = Font(bold=True, size=12, color="1F4E79")
    ws["A2"] = BEXLEY["title"]
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Response to the Ofsted Inspection of Local Authority Children's Services "
                "(ILACS), 13–24 February 2023")
    ws["A4"] = "Overall effectiveness: Outstanding. Report published 28 March 2023."
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", D(2023, 5, 5), "Head of Quality Assurance", "Plan agreed by DCS"),
            ("1.2", D(2023, 12, 14), "Head of Quality Assurance",
             "Revised target dates agreed by Improvement Board"),
            ("1.4", D(2024, 3, 31), "Head of Quality Assurance", "Q4 2023/24 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    ws["A12"] = "Reporting to: Children's Services Improvement Board (bi-monthly)"
    ws["A13"] = "Accountable officer: Director of Children's Services"
    for col, w in zip("ABCD", (16, 14, 28, 48)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    krows = [("B", "Blue", "Action complete and evidence of impact seen"),
             ("G", "Green", "On track to be delivered by the target date"),
             ("A", "Amber", "Some slippage – revised date agreed or at risk"),
             ("R", "Red", "Off track – escalation to Improvement Board required")]
    for i, (l, name, desc) in enumerate(krows):
        c = key.cell(row=3 + i, column=1, value=l)
        c.fill = fill(FILL[l])
        c.font = Font(bold=True, color="FFFFFF" if l in "BR" else "000000")
        key.cell(row=3 + i, column=2, value=name)
        key.cell(row=3 + i, column=3, value=desc)
    key.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:J1")
    ws["A1"] = "ILACS Improvement Plan – progress as at 31 March 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Ofsted identified three areas for improvement. Each area is shown as a heading "
                "row with the actions that respond to it below.")
    heads = ["Ref", "Action", "Lead officer", "Start date", "Original target date",
             "Revised target date", "Previous RAG (Dec 2023)", "Current RAG (Mar 2024)",
             "Progress update", "Evidence / impact measure"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for afi, acts in BEXLEY["groups"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=afi)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["start"], a["orig"], a["rev"],
                    a["prev"], a["status_cell"], a["progress"], a["evidence"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((7, a["prev"]), (8, a["status_cell"])):
                if v:
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised target dates were agreed by the Children's Services Improvement "
                  "Board on 14 December 2023. Original dates are kept for audit trail.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (7, 50, 30, 12, 14, 14, 12, 12, 50, 32)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings (March 2024)"
    sm["A1"].font = Font(bold=True, size=12)
    allacts = [a for _, g in BEXLEY["groups"] for a in g]
    sm["A3"], sm["B3"], sm["C3"], sm["D3"], sm["E3"], sm["F3"] = (
        "Area for improvement", "Blue", "Green", "Amber", "Red", "Total")
    for j in range(6):
        sm.cell(row=3, column=1 + j).font = Font(bold=True)
    for i, (afi, g) in enumerate(BEXLEY["groups"]):
        sm.cell(row=4 + i, column=1, value=f"AFI {i + 1}")
        for j, l in enumerate("BGAR"):
            sm.cell(row=4 + i, column=2 + j, value=sum(1 for a in g if a["status_cell"] == l))
        sm.cell(row=4 + i, column=6, value=len(g))
    sm.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for j, l in enumerate("BGAR"):
        sm.cell(row=7, column=2 + j, value=sum(1 for a in allacts if a["status_cell"] == l))
    sm.cell(row=7, column=6, value=len(allacts))
    sm.column_dimensions["A"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Waltham Forest YJS HMIP improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
WF_A = "Section A – Management Board recommendations"
WF_B = "Section B – Head of Service recommendations"
WF_R1 = ("Secure consistent and senior representation from the Metropolitan Police at "
         "Management Board meetings, so that the Board has a full understanding of out-of-court "
         "disposal work.")
WF_R2 = ("Make sure that the YJS is resourced to deliver a full range of interventions, "
         "including by reducing sickness absence and reliance on short ‘bitesize’ training.")
WF_R3 = ("Improve the quality of assessment and planning for out-of-court disposals, so that "
         "they analyse how to keep the child and other people safe.")
WF_R4 = ("Ensure that home visits take place at the frequency expected and that children who do "
         "not feel safe coming to the YJS office are offered alternative meeting places.")
WF_R5 = ("Make sure interpreters are used for children and families whose first language is not "
         "English, rather than online translation tools.")

WALTHAM = dict(
    file="lc1-waltham-forest-youth-justice-service-hmip-improvement-plan.xlsx",
    title="Waltham Forest Youth Justice Service – HMI Probation Inspection Improvement Plan",
    sections=[
        (WF_A, [
            ("1", WF_R1, [
                act("1.1", [WF_A, WF_R1],
                    "Write to the Central North BCU Commander to agree a named senior "
                    "representative and a deputy for all Board meetings.",
                    "Chair of YJS Management Board", ["Chair of YJS Management Board"],
                    None, "2024-06", "blue", "blue", orig=D(2024, 6, 30), rev=None,
                    progress="Superintendent (Neighbourhoods) confirmed as police member with a "
                             "named deputy. Attended 4 of 4 Boards since July 2024."),
                act("1.2", [WF_A, WF_R1],
                    "Add a standing police performance item on out-of-court disposals to the Board "
                    "agenda, with quarterly data on outcomes and disproportionality.",
                    "Head of Youth Justice & Chair of YJS Management Board",
                    ["Head of Youth Justice", "Chair of YJS Management Board"],
                    None, "2025-03", "green", "green", orig=D(2024, 9, 30), rev=D(2025, 3, 31),
                    progress="Item on agenda since October 2024. Disproportionality data from the "
                             "Met delayed; first full report due March 2025 Board."),
            ]),
            ("2", WF_R2, [
                act("2.1", [WF_A, WF_R2],
                    "Review staff sickness absence with HR monthly and put individual "
                    "return-to-work plans in place for all long-term absence.",
                    "Head of Youth Justice / HR Business Partner",
                    ["Head of Youth Justice", "HR Business Partner"],
                    None, "2024-07", "blue", "blue", orig=D(2024, 7, 31), rev=None,
                    progress="Average days lost per FTE down from 14.2 to 6.8 (rolling 12 "
                             "months)."),
                act("2.2", [WF_A, WF_R2],
                    "Replace the ‘bitesize’ training programme with a 12-month learning and "
                    "development plan, including accredited AssetPlus and risk training for all "
                    "case managers.",
                    "YJS Practice Development Lead", ["YJS Practice Development Lead"],
                    None, "2025-06", "amber", "amber", orig=D(2024, 12, 31), rev=D(2025, 6, 30),
                    progress="Plan agreed. AssetPlus training delivered to 9 of 15 case managers; "
                             "remaining places booked with the YJB for May 2025."),
            ]),
        ]),
        (WF_B, [
            ("3", WF_R3, [
                act("3.1", [WF_B, WF_R3],
                    "Deliver joint workshops with the Youth Out of Court Disposal Panel on "
                    "analytical assessment and contingency planning.",
                    "Operational Manager – Prevention and Diversion",
                    ["Operational Manager – Prevention and Diversion"],
                    None, "2024-10", "blue", "blue", orig=D(2024, 10, 31), rev=None,
                    progress="Two workshops held (September and October 2024); 21 staff and "
                             "panel members attended."),
                act("3.2", [WF_B, WF_R3],
                    "Introduce a monthly audit of 10% of out-of-court disposal assessments, with "
                    "findings reported to the Quality Assurance and Performance Sub-group.",
                    "Operational Manager – Prevention and Diversion / Quality Assurance Officer",
                    ["Operational Manager – Prevention and Diversion",
                     "Quality Assurance Officer"],
                    "Monthly", None, "green", "green", end_text="Monthly",
                    orig="Monthly", rev=None,
                    progress="Audits running since September 2024. 68% of assessments graded "
                             "good or better in Q3 (baseline 41%)."),
            ]),
            ("4", WF_R4, [
                act("4.1", [WF_B, WF_R4],
                    "Set a minimum standard of monthly home visits for children assessed as high "
                    "risk and record visits as a distinct case note type.",
                    "Operational Manager – Court Orders", ["Operational Manager – Court Orders"],
                    None, "2024-08", "blue", "blue", orig=D(2024, 8, 31), rev=None,
                    progress="Standard in the practice handbook. Compliance 92% in February "
                             "2025."),
                act("4.2", [WF_B, WF_R4],
                    "Agree safe alternative venues with the Youth Service and community partners, "
                    "and record each child's preferred meeting place in their plan.",
                    "Operational Manager – Court Orders & Youth Service Manager",
                    ["Operational Manager – Court Orders", "Youth Service Manager"],
                    None, "2025-04", "red", "red", orig=D(2024, 11, 30), rev=D(2025, 4, 30),
                    progress="Only one venue agreed (Leyton youth hub). Field for preferred "
                             "meeting place not yet added to ChildView.\nEscalated to Board."),
            ]),
            ("5", WF_R5, [
                act("5.1", [WF_B, WF_R5],
                    "Issue a practice guidance note on the use of interpreters and stop the use of "
                    "online translation tools for direct work.",
                    "Head of Youth Justice", ["Head of Youth Justice"],
                    None, "2024-06", "blue", "blue", orig=D(2024, 6, 30), rev=None,
                    progress="Guidance issued June 2024; interpreter use checked in monthly "
                             "audits."),
            ]),
        ]),
    ],
)


def build_waltham(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = WALTHAM["title"]
    ov["A1"].font = Font(bold=True, size=14)
    info = [("Inspection", "HM Inspectorate of Probation inspection of youth justice services"),
            ("Fieldwork", "January 2024"),
            ("Report published", "9 May 2024"),
            ("Overall rating", "Requires improvement"),
            ("Plan owner", "Waltham Forest Youth Justice Management Board"),
            ("Version", "v4 – updated for Management Board, 17 March 2025")]
    for i, (k, v) in enumerate(info):
        ov.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        ov.cell(row=3 + i, column=2, value=v)
    ov["A10"] = "Position at March 2025"
    ov["A10"].font = Font(bold=True)
    allacts = [a for _, recs in WALTHAM["sections"] for _, _, g in recs for a in g]
    summary = [("Complete", "blue"), ("On track", "green"), ("Some slippage", "amber"),
               ("Off track", "red")]
    for i, (label, col) in enumerate(summary):
        c = ov.cell(row=11 + i, column=1, value=label)
        c.fill = fill(FILL[col])
        ov.cell(row=11 + i, column=2, value=sum(1 for a in allacts if a["status_cell"] == col))
    ov.cell(row=15, column=1, value="Total actions").font = Font(bold=True)
    ov.cell(row=15, column=2, value=len(allacts))
    ov.column_dimensions["A"].width = 22
    ov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Youth Justice Service Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("RAG column is shaded to show the current position: Blue = complete, "
                "Green = on track, Amber = some slippage, Red = off track.")
    ws["A2"].font = Font(italic=True)
    heads = ["Rec", "HMIP Recommendation", "Ref", "Action", "Lead", "Original target",
             "Revised target", "Progress / evidence (March 2025)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for sect, recs in WALTHAM["sections"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=sect)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        r += 1
        for num, rec, g in recs:
            first = r
            for a in g:
                vals = [None, None, a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"],
                        a["progress"], None]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=9).fill = fill(FILL[a["status_cell"]])
                r += 1
            ws.cell(row=first, column=1, value=num)
            ws.cell(row=first, column=2, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=1).alignment = WRAP
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Next review: Youth Justice Management Board, June 2025")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (5, 42, 6, 48, 30, 11, 11, 50, 7)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Hammersmith & Fulham focused visit action plan (xlsx) – refuse case
# ---------------------------------------------------------------------------
HF_AFI1 = ("The consistency of written child protection plans, so that they are specific about "
           "what needs to change and by when.")
HF_AFI2 = "Management oversight of children in need plans where progress has stalled."
HF_AFI3 = "The timeliness of strategy discussions held out of hours."

HAMMERSMITH = dict(
    file="lc1-hammersmith-fulham-council-focused-visit-action-plan-typo-month-refuse.xlsx",
    title="Children's Services – Ofsted Focused Visit Action Plan",
    rows=[
        ("1", HF_AFI1, "1a",
         "Relaunch the SMART child protection plan template with all social work teams.",
         "Head of Service – Family Support and Child Protection", "November 2024", "Complete",
         "Template relaunched at the service-wide briefing on 14 November 2024."),
        (None, None, "1b",
         "Child protection chairs to quality-assure every initial plan and escalate plans that "
         "are not specific.",
         "Head of Safeguarding and Quality Assurance", "January 2025", "On track",
         "Escalations logged on the CP chair tracker; 11 escalations in December."),
        ("2", HF_AFI2, "2a",
         "Introduce a 6-weekly CIN review checklist for team managers.",
         "Service Manager – Children in Need", "Febuary 2025", "On track",
         "Checklist drafted and tested with two teams."),
        (None, None, "2b",
         "Hold a monthly performance clinic on children in need plans open longer than 12 "
         "months.",
         "Head of Service – Family Support and Child Protection", "Monthly", "On track",
         "First clinic held 9 January 2025."),
        ("3", HF_AFI3, "3a",
         "Agree a protocol with the Emergency Duty Team and Metropolitan Police for "
         "out-of-hours strategy discussions.",
         "EDT Manager / Met Police CAIT Detective Inspector", "March 2025", "Not started", ""),
        (None, None, "3b",
         "Audit a sample of 20 out-of-hours strategy discussions and report to the Quality "
         "Assurance Board.",
         "Head of Safeguarding and Quality Assurance", "April 2025", "Not started", ""),
    ],
    first_row=7,
)


def build_hammersmith(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "London Borough of Hammersmith & Fulham"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = HAMMERSMITH["title"]
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Focused visit 8–9 October 2024: arrangements for children in need and children "
                "subject to a child protection plan")
    ws["A4"] = "Updated: 20 January 2025"
    heads = ["No.", "What needs to improve (Ofsted letter)", "Ref", "Action",
             "Responsible manager", "Timescale", "Status", "Update (January 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("F2F2F2")
        c.border = BOX
        c.alignment = WRAP
    r = HAMMERSMITH["first_row"]
    for row in HAMMERSMITH["rows"]:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        st = row[6]
        if st == "Complete":
            ws.cell(row=r, column=7).fill = fill("9BC2E6")
        elif st == "On track":
            ws.cell(row=r, column=7).fill = fill("C6EFCE")
        r += 1
    for col, w in zip("ABCDEFGH", (5, 40, 5, 50, 32, 14, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Hounslow local area SEND and AP strategic improvement plan (docx)
# ---------------------------------------------------------------------------
HO_AFI = [
    "Leaders should ensure that EHC plans are reviewed and updated in a timely way, so that they "
    "reflect children and young people's current needs and aspirations.",
    "Leaders across education, health and care should reduce waiting times for neurodevelopmental "
    "and learning disability assessments, and make sure that families receive support while they "
    "wait.",
    "The partnership should sharpen its evaluation of the impact of its work, including the local "
    "offer, so that leaders know how well it meets the needs, interests and aspirations of "
    "children and young people.",
    "Leaders should strengthen practitioners' understanding of SEND and of local advice, guidance "
    "and pathways, so that children's needs are identified and met consistently.",
    "Leaders should increase the proportion of young people with SEND aged 16 to 25 who move into "
    "education, employment or training.",
]

HOUNSLOW = dict(
    file="lc1-hounslow-local-area-send-ap-strategic-improvement-plan.docx",
    title="SEND and Alternative Provision Strategic Improvement Plan 2025–2027",
    groups=[
        (HO_AFI[0], [
            act("1.1", [HO_AFI[0]],
                "Recruit four additional EHC coordinators to clear the backlog of annual reviews "
                "that are more than 12 months overdue.",
                "Head of SEND", ["Head of SEND"],
                "Summer term 2025", "2025-07", "Green", "green", end_text="Summer term 2025",
                progress="Three coordinators in post; fourth starts June 2025. Overdue reviews "
                         "down from 412 to 236."),
            act("1.2", [HO_AFI[0]],
                "Introduce a phase-transfer review timetable so that all plans for children moving "
                "to secondary school are amended by 15 February each year.",
                "Head of SEND / SEND Casework Manager", ["Head of SEND", "SEND Casework Manager"],
                "15/02/2026", "2026-02", "Amber", "amber",
                progress="Timetable agreed with schools. 2025 deadline met for 71% of "
                         "transfers."),
            act("1.3", [HO_AFI[0]],
                "Audit 10 reviewed EHC plans each month with health and care colleagues and "
                "publish a quarterly quality report.",
                "SEND Quality Assurance Lead", ["SEND Quality Assurance Lead"],
                "Ongoing", None, "Green", "green", end_text="Ongoing",
                progress="Multi-agency audit panel meeting monthly since February 2025."),
        ]),
        (HO_AFI[1], [
            act("2.1", [HO_AFI[1]],
                "Commission additional autism and ADHD assessment capacity from HRCH to reduce "
                "the longest waits to under 52 weeks.",
                "Designated Clinical Officer (NWL ICB)", ["Designated Clinical Officer (NWL ICB)"],
                "March 2026", "2026-03", "Red", "red",
                progress="Funding agreed in principle; provider recruitment delayed. Longest "
                         "wait currently 98 weeks."),
            act("2.2", [HO_AFI[1]],
                "Launch a 'waiting well' offer for families, including parent workshops and a "
                "named contact while they wait for an assessment.",
                "Priya Sandhu and Mark Ellison", ["Priya Sandhu", "Mark Ellison"],
                "Autumn term 2025", "2025-12", "Amber", "amber", end_text="Autumn term 2025",
                progress="Workshops co-designed with Hounslow Parent Carer Forum; first sessions "
                         "planned for September."),
        ]),
        (HO_AFI[2], [
            act("3.1", [HO_AFI[2]],
                "Develop a SEND and AP outcomes framework with measures agreed with children, "
                "young people and parent carers.",
                "SEND Improvement Programme Manager", ["SEND Improvement Programme Manager"],
                "31/07/2025", "2025-07", "Green", "green",
                progress="Draft framework tested at two co-production events."),
            act("3.2", [HO_AFI[2]],
                "Run an annual survey of families on the local offer and report the findings and "
                "changes made to the SEND & AP Partnership Board.",
                "Local Offer Officer", ["Local Offer Officer"],
                "Sept 2025 – March 2026", "2026-03", "Not yet started", "unrated",
                end_text="Sept 2025 – March 2026",
                progress="Survey questions to be agreed with the Parent Carer Forum."),
        ]),
        (HO_AFI[3], [
            act("4.1", [HO_AFI[3]],
                "Deliver a SEND core training programme for SENCOs, early years practitioners, "
                "social workers and health staff.",
                "Head of Inclusion / Principal Educational Psychologist",
                ["Head of Inclusion", "Principal Educational Psychologist"],
                "Summer term 2026", "2026-07", "Green", "green", end_text="Summer term 2026",
                progress="Modules 1–3 delivered to 240 practitioners."),
            act("4.2", [HO_AFI[3]],
                "Publish a single directory of SEND pathways and referral routes for "
                "practitioners on the local offer website.",
                "Local Offer Officer", ["Local Offer Officer"],
                "June 2025", "2025-06", "Complete", "blue",
                progress="Published 2 June 2025."),
        ]),
        (HO_AFI[4], [
            act("5.1", [HO_AFI[4]],
                "Expand supported internships with the council, West Middlesex Hospital and local "
                "employers to 30 places a year.",
                "Post-16 SEND Manager", ["Post-16 SEND Manager"],
                "September 2025", "2025-09", "Amber", "amber",
                progress="22 places confirmed for September 2025."),
            act("5.2", [HO_AFI[4]],
                "Add preparing-for-adulthood outcomes to every EHC plan review from Year 9.",
                "Head of SEND", ["Head of SEND"],
                "Ongoing", None, "Green", "green", end_text="Ongoing",
                progress="Review paperwork updated April 2025."),
        ]),
    ],
)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


RAG_WORD_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5",
                 "Blue": "5B9BD5", "Not yet started": "D9D9D9", "Not started": "D9D9D9"}


def build_hounslow(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Hounslow Local Area Partnership")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
    doc.add_heading(HOUNSLOW["title"], level=0)
    doc.add_paragraph("Our response to the Ofsted and CQC area SEND inspection, October 2024 "
                      "(report published 18 December 2024)")
    doc.add_paragraph("London Borough of Hounslow and NHS North West London Integrated Care Board")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Owner", "Approved by"),
          ("v1.0", "11/03/2025", "SEND Improvement Programme Manager",
           "SEND & AP Partnership Board"),
          ("v2.1", "14/06/2025", "SEND Improvement Programme Manager",
           "SEND & AP Partnership Board")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Inspectors found that the local area partnership's SEND arrangements lead to "
        "inconsistent experiences and outcomes for children and young people with SEND. This plan "
        "sets out what the partnership will do about each of the five areas for improvement in "
        "the inspection report. Progress is reported to the SEND & AP Partnership Board every "
        "half term.")

    doc.add_heading("How we rate progress", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (w, d) in enumerate([("Complete", "Action delivered"),
                                ("Green", "On track"),
                                ("Amber", "At risk of delay – mitigation in place"),
                                ("Red", "Off track – escalated to the Partnership Board"),
                                ("Not yet started", "Start date not yet reached")]):
        set_cell(key.cell(i, 0), w, bold=True)
        shade(key.cell(i, 0), RAG_WORD_FILL[w])
        set_cell(key.cell(i, 1), d)

    for n, (afi, acts) in enumerate(HOUNSLOW["groups"], start=1):
        doc.add_heading(f"Area for improvement {n}", level=1)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        tbl = doc.add_table(rows=1 + len(acts), cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(["Ref", "What we will do", "Lead(s)", "By when", "RAG",
                               "Progress (June 2025)"]):
            set_cell(tbl.cell(0, j), h, bold=True)
            shade(tbl.cell(0, j), "DEEAF6")
        for i, a in enumerate(acts, start=1):
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"],
                    a["progress"]]
            for j, v in enumerate(vals):
                set_cell(tbl.cell(i, j), v)
            shade(tbl.cell(i, 4), RAG_WORD_FILL[a["status_cell"]])
        doc.add_paragraph()
    doc.add_paragraph("Abbreviations: EHC – education, health and care; HRCH – Hounslow and "
                      "Richmond Community Healthcare NHS Trust; NWL ICB – NHS North West London "
                      "Integrated Care Board; AP – alternative provision.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Kingston & Richmond SCP JTAI action plan (docx, one big table)
# ---------------------------------------------------------------------------
KR_T1 = "Theme 1: Early help assessment and planning"
KR_T2 = "Theme 2: Thresholds and the front door"
KR_T3 = "Theme 3: Partnership oversight and impact"
KR_A1 = ("The quality of early help assessments and plans, so that they are consistently informed "
         "by the child's lived experience and have clear, measurable outcomes.")
KR_A2 = ("The understanding and application of the Continuum of Need by partner agencies, "
         "particularly schools and GPs, when making requests for support.")
KR_A3 = ("The use of multi-agency data and quality assurance by the partnership to understand the "
         "impact of early help on children and families.")

KINGSTON = dict(
    file="lc1-kingston-richmond-safeguarding-children-partnership-jtai-action-plan.docx",
    title="Joint Targeted Area Inspection – Multi-agency Action Plan",
    themes=[
        (KR_T1, KR_A1, [
            act("EH1", [KR_T1, KR_A1],
                "Launch a single multi-agency early help assessment and plan template on the AfC "
                "early help portal, with mandatory outcome measures.",
                "AfC – Head of Early Help", ["AfC – Head of Early Help"],
                "31/01/2025", "2025-01", "Blue", "blue",
                progress="Template live from 27 January 2025. 64 plans started on the new "
                         "template by the end of March."),
            act("EH2", [KR_T1, KR_A1],
                "Deliver ‘lived experience of the child’ training to lead professionals in "
                "schools, health and the voluntary sector (minimum 150 practitioners).",
                "KRSCP Learning and Development Coordinator",
                ["KRSCP Learning and Development Coordinator"],
                "30/06/2025", "2025-06", "Green", "green",
                progress="97 practitioners trained across six sessions."),
            act("EH3", [KR_T1, KR_A1],
                "Introduce quarterly multi-agency audits of early help plans, reporting findings "
                "to the Quality Assurance Subgroup.",
                "AfC – Head of Quality Assurance\nSWL ICB – Designated Nurse Safeguarding "
                "Children",
                ["AfC – Head of Quality Assurance",
                 "SWL ICB – Designated Nurse Safeguarding Children"],
                "Quarterly", None, "Green", "green", end_text="Quarterly",
                progress="First audit (12 plans) completed February 2025; 7 rated good."),
        ]),
        (KR_T2, KR_A2, [
            act("FD1", [KR_T2, KR_A2],
                "Refresh the Continuum of Need guidance with partners and relaunch it through "
                "briefings for Designated Safeguarding Leads and GP practices.",
                "KRSCP Business Manager", ["KRSCP Business Manager"],
                "Q4 2024/25", "2025-03", "Amber", "amber", end_text="Q4 2024/25",
                progress="Guidance refreshed; DSL briefings done. GP practice briefings moved to "
                         "the May protected learning time session."),
            act("FD2", [KR_T2, KR_A2],
                "Provide a consultation line in the Single Point of Access for professionals "
                "unsure whether a request for support meets the threshold.",
                "AfC – SPA Service Manager", ["AfC – SPA Service Manager"],
                "28/02/2025", "2025-02", "Blue", "blue",
                progress="Consultation line open weekdays 9am–5pm since 3 February 2025; 141 "
                         "calls in the first two months."),
            act("FD3", [KR_T2, KR_A2],
                "Review Metropolitan Police MERLIN referrals to SPA to reduce the number shared "
                "without a clear reason for concern.",
                "Met Police SW BCU Detective Inspector (Public Protection)",
                ["Met Police SW BCU Detective Inspector (Public Protection)"],
                "December 2024\nRevised: June 2025", "2025-06", "Red", "red",
                progress="Dip sample delayed by the MASH restructure. New date agreed by the "
                         "Safeguarding Partners in February 2025."),
        ]),
        (KR_T3, KR_A3, [
            act("PO1", [KR_T3, KR_A3],
                "Develop an early help outcomes dashboard combining AfC, health and police data, "
                "and report it to every Strategic Leadership Group meeting.",
                "AfC – Head of Performance and Business Intelligence",
                ["AfC – Head of Performance and Business Intelligence"],
                "September 2025", "2025-09", "Amber", "amber",
                progress="Data-sharing agreement with SWL ICB signed; police data still to "
                         "be agreed."),
            act("PO2", [KR_T3, KR_A3],
                "Commission an independent scrutineer review of the impact of this action plan, "
                "including feedback from children and families.",
                "Independent Scrutineer / KRSCP Business Manager",
                ["Independent Scrutineer", "KRSCP Business Manager"],
                "March 2026", "2026-03", "Not started", "unrated",
                progress=""),
        ]),
    ],
)


def build_kingston(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Kingston and Richmond Safeguarding Children Partnership (KRSCP)")
    r.bold = True
    r.font.size = Pt(11)
    h = doc.add_paragraph()
    hr = h.add_run(KINGSTON["title"])
    hr.bold = True
    hr.font.size = Pt(18)
    doc.add_paragraph(
        "Joint targeted area inspection of the multi-agency response to children and families "
        "who need help – Royal Borough of Kingston upon Thames. Fieldwork 9–13 September 2024; "
        "letter of findings published 22 October 2024.")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    rows = [("Safeguarding partners", "Royal Borough of Kingston upon Thames / Achieving for "
                                      "Children; NHS South West London ICB; Metropolitan Police "
                                      "South West BCU"),
            ("Plan agreed", "14 January 2025 – KRSCP Strategic Leadership Group"),
            ("Progress update", "April 2025"),
            ("RAG", "Blue – complete; Green – on track; Amber – at risk; Red – off track; "
                    "Not started")]
    for i, (k, v) in enumerate(rows):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()

    n_rows = 1 + sum(1 + len(a) for _, _, a in KINGSTON["themes"])
    tbl = doc.add_table(rows=n_rows, cols=7)
    tbl.style = "Table Grid"
    heads = ["Area for improvement (JTAI letter)", "Ref", "Action", "Lead agency and officer",
             "Target date", "RAG", "Progress update"]
    for j, hd in enumerate(heads):
        set_cell(tbl.cell(0, j), hd, bold=True)
        shade(tbl.cell(0, j), "1F3864")
        for run in tbl.cell(0, j).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 1
    for theme, afi, acts in KINGSTON["themes"]:
        merged = tbl.cell(r, 0).merge(tbl.cell(r, 6))
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "D9E2F3")
        r += 1
        first = r
        for a in acts:
            vals = [None, a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"],
                    a["progress"]]
            for j, v in enumerate(vals):
                if v is not None:
                    set_cell(tbl.cell(r, j), v)
            shade(tbl.cell(r, 5), RAG_WORD_FILL[a["status_cell"]])
            r += 1
        m = tbl.cell(first, 0).merge(tbl.cell(r - 1, 0))
        set_cell(m, afi, italic=True)
    doc.add_paragraph()
    doc.add_paragraph("This plan is monitored by the KRSCP Quality Assurance Subgroup and "
                      "reported to the Strategic Leadership Group each quarter.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Enfield Corporate Parenting Board action plan (csv)
# ---------------------------------------------------------------------------
EN_P1 = "Priority 1: Listen to our children in care and care leavers and act on what they tell us"
EN_P2 = "Priority 2: Improve placement stability and sufficiency"
EN_P3 = "Priority 3: Health, wellbeing and education"
EN_P4 = "Priority 4: Homes and independence for care leavers"

ENFIELD = dict(
    file="lc1-enfield-council-corporate-parenting-board-action-plan.csv",
    title="Enfield Council – Corporate Parenting Board Action Plan 2024/25",
    groups=[
        (EN_P1, [
            act("1.1", [EN_P1],
                "Hold a joint session between Corporate Parenting Board members and KRATOS "
                "Children in Care Council each term, with a 'You said, we did' report back.",
                "Participation Officer", ["Participation Officer"],
                "Termly", None, "G", "green", end_text="Termly",
                update="Autumn session held 14 November 2024; spring session booked."),
            act("1.2", [EN_P1],
                "Co-produce the refreshed Care Leavers Pledge at the annual Care Leavers "
                "Celebration Event in National Care Leavers Week.",
                "Head of Service - Leaving Care", ["Head of Service - Leaving Care"],
                "Oct-24", "2024-10", "B", "blue",
                update="Pledge refreshed with 38 care leavers at the October 2024 event."),
        ]),
        (EN_P2, [
            act("2.1", [EN_P2],
                "Recruit 20 additional Enfield foster carers through the fostering recruitment "
                "campaign, including carers for teenagers and sibling groups.",
                "Fostering Service Manager", ["Fostering Service Manager"],
                "Mar-25", "2025-03", "A", "amber",
                update="12 households approved to date; 6 assessments at panel stage."),
            act("2.2", [EN_P2],
                "Open a second in-borough children's home for up to four young people aged 12 "
                "to 17.",
                "Director of Children's Services / Head of Commissioning",
                ["Director of Children's Services", "Head of Commissioning"],
                "Sep-25", "2025-09", "G", "green",
                update="Property purchased. Ofsted registration application submitted "
                       "February 2025."),
        ]),
        (EN_P3, [
            act("3.1", [EN_P3],
                "Ensure every child in care has an up-to-date Personal Education Plan reviewed "
                "each term.",
                "Virtual School Headteacher", ["Virtual School Headteacher"],
                "Jul-25", "2025-07", "G", "green",
                update="PEP completion 94% in the autumn term."),
            act("3.2", [EN_P3],
                "Increase the proportion of review health assessments completed on time to 90%.",
                "Designated Nurse for Children Looked After (NCL ICB)",
                ["Designated Nurse for Children Looked After (NCL ICB)"],
                "Mar-25", "2025-03", "R", "red",
                update="71% on time in Q3.\nDelays for children placed more than 20 miles away; "
                       "raised with NCL ICB."),
        ]),
        (EN_P4, [
            act("4.1", [EN_P4],
                "Extend council tax exemption for Enfield care leavers living in the borough up "
                "to age 25.",
                "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
                "Apr-25", "2025-04", "B", "blue",
                update="Agreed by Cabinet in January 2025; in place from 1 April 2025."),
            act("4.2", [EN_P4],
                "Agree a care leavers housing protocol with Housing Options, including a quota of "
                "social lets each year.",
                "Sarah Okafor & Dean Mitchell", ["Sarah Okafor", "Dean Mitchell"],
                "Jun-25", "2025-06", "A", "amber",
                update="Draft protocol with Housing; quota still under discussion."),
            act("4.3", [EN_P4],
                "Run weekly Care Leavers Hub drop-in sessions with Jobcentre Plus work coaches.",
                "Care Leavers Team Manager", ["Care Leavers Team Manager"],
                "Ongoing", None, "G", "green", end_text="Ongoing",
                update="Running every Wednesday since September 2024."),
        ]),
    ],
)


def build_enfield(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([ENFIELD["title"], "", "", "", "", ""])
        w.writerow(["Children in care and care leavers - progress report to Corporate Parenting "
                    "Board, 5 March 2025", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", ""])
        w.writerow(["Ref", "Action", "Lead officer(s)", "Due", "RAG", "Update"])
        allacts = []
        for prio, acts in ENFIELD["groups"]:
            w.writerow([prio, "", "", "", "", ""])
            for a in acts:
                allacts.append(a)
                w.writerow([a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                            a["status_cell"], a["update"]])
        w.writerow(["", "", "", "", "", ""])
        w.writerow(["Key: B = complete; G = on track; A = some risk to delivery; R = off track",
                    "", "", "", "", ""])
        counts = {l: sum(1 for a in allacts if a["status_cell"] == l) for l in "BGAR"}
        w.writerow([f"Summary: B {counts['B']}, G {counts['G']}, A {counts['A']}, "
                    f"R {counts['R']} ({len(allacts)} actions)", "", "", "", "", ""])


# ---------------------------------------------------------------------------
# 7. Foster Wales Flintshire CIW inspection improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
FL_WB = "Well-being"
FL_CS = "Care and Support"
FL_LM = "Leadership and Management"
FL_A1 = ("Children and young people do not consistently receive information about their "
         "placement in a format that is accessible to them.")
FL_A2 = "Foster carers' annual reviews are not always completed within the required timescales."
FL_A3 = ("Supervising social workers do not always record the outcome of unannounced visits to "
         "foster homes.")
FL_A4 = ("The Responsible Individual's quality of care review does not include enough feedback "
         "from children and foster carers.")

FLINTSHIRE = dict(
    file="lc1-foster-wales-flintshire-ciw-fostering-inspection-improvement-plan.txt",
    title="Care Inspectorate Wales (CIW) Inspection - Improvement Plan",
    themes=[
        (FL_WB, [
            (FL_A1, [
                act("1", [FL_WB, FL_A1],
                    "Produce a child-friendly 'Welcome to your foster home' booklet, in English "
                    "and Welsh, co-produced with children who are fostered.",
                    "Team Manager - Fostering", ["Team Manager - Fostering"],
                    "30/06/2025", "2025-06", "Completed", "blue",
                    progress="Booklet launched at the Foster Wales Flintshire summer event."),
                act("2", [FL_WB, FL_A1],
                    "Check at the first statutory visit that the child has received the booklet "
                    "and a profile of their foster carers.",
                    "Supervising Social Workers", ["Supervising Social Workers"],
                    "Ongoing", None, "Green", "green", end_text="Ongoing",
                    progress="Added to the statutory visit checklist."),
            ]),
        ]),
        (FL_CS, [
            (FL_A2, [
                act("3", [FL_CS, FL_A2],
                    "Set up a tracker of annual review due dates, reviewed at the monthly "
                    "fostering team meeting.",
                    "Team Manager - Fostering", ["Team Manager - Fostering"],
                    "May 2025", "2025-05", "Completed", "blue",
                    progress="Tracker in use since May 2025."),
                act("4", [FL_CS, FL_A2],
                    "Appoint an additional independent reviewing officer for foster carer reviews "
                    "for 12 months to clear the backlog.",
                    "Service Manager - Children's Resources",
                    ["Service Manager - Children's Resources"],
                    "End of September 2025", "2025-09", "Amber", "amber",
                    progress="Post advertised twice; interim cover from the IRO team."),
            ]),
            (FL_A3, [
                act("5", [FL_CS, FL_A3],
                    "Add an unannounced visit template to WCCIS and brief all supervising social "
                    "workers on its use.",
                    "Senior Practitioner / Systems Support Officer",
                    ["Senior Practitioner", "Systems Support Officer"],
                    "31/07/2025", "2025-07", "Green", "green",
                    progress="Template built and in testing."),
            ]),
        ]),
        (FL_LM, [
            (FL_A4, [
                act("6", [FL_LM, FL_A4],
                    "Revise the quality of care review to include a survey of children, foster "
                    "carers and placing social workers.",
                    "Responsible Individual", ["Responsible Individual"],
                    "October 2025", "2025-10", "Green", "green",
                    progress="Survey drafted with the Children's Participation Officer."),
                act("7", [FL_LM, FL_A4],
                    "Report the quality of care review to the Social & Health Care Overview and "
                    "Scrutiny Committee.",
                    "Chief Officer - Social Services", ["Chief Officer - Social Services"],
                    "Six-monthly", None, "Not started", "unrated", end_text="Six-monthly",
                    progress=""),
            ]),
        ]),
    ],
)


def build_flintshire(path):
    lines = [
        "Foster Wales Flintshire",
        FLINTSHIRE["title"],
        "Flintshire County Council Fostering Service",
        "Inspection dates: 3-5 February 2025\tReport published: 2 April 2025",
        "Plan updated: 1 July 2025",
        "",
        "\t".join(["Theme", "Area for improvement", "No.", "Action", "Responsible officer",
                   "Timescale", "Status", "Progress update"]),
    ]
    for theme, afis in FLINTSHIRE["themes"]:
        lines.append(theme)
        for afi, acts in afis:
            for i, a in enumerate(acts):
                lines.append("\t".join(["", afi if i == 0 else "", a["ref"], a["action"],
                                        a["lead_cell"], a["end_cell"], a["status_cell"],
                                        a["progress"]]))
    lines += ["",
              "Status key: Completed / Green - on track / Amber - some delay / Red - not on track "
              "/ Not started",
              "Prepared by: Team Manager - Fostering. Approved by: Responsible Individual."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


CASES = [BEXLEY, WALTHAM, HAMMERSMITH, HOUNSLOW, KINGSTON, ENFIELD, FLINTSHIRE]
BUILDERS = [build_bexley, build_waltham, build_hammersmith, build_hounslow, build_kingston,
            build_enfield, build_flintshire]


def main():
    for case, build in zip(CASES, BUILDERS):
        path = os.path.join(HERE, case["file"])
        build(path)
        print("wrote", path)


if __name__ == "__main__":
    main()
