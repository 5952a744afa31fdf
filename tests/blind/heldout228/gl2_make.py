"""Build the seven gl2- test files of set heldout228.

Run:  python gl2_make.py              -> writes the seven data files beside this script
      python gl2_make.py --expected   -> also (re)writes the NAME.expected.yaml files

The data below is the single source for both the files and the expected readings; the
reading fields (under, lead, end, end_text, status) are written out by hand per action.
"""
import csv
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, "C": BLUE}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put_row(ws, r, values, bold=False, fill=None, border=True):
    for c, v in enumerate(values, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if fill:
            cell.fill = solid(fill)
        if border:
            cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


def banner(ws, r, text, ncols, fill="1F3864", white=True, italic=False):
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1)
    c.font = Font(bold=not italic, italic=italic, color="FFFFFF" if white else "000000")
    if fill:
        c.fill = solid(fill)
    c.alignment = Alignment(wrap_text=True, vertical="center")


# ---------------------------------------------------------------------------------------
# 1. NHS West Yorkshire ICB - Board meeting in public action log (xlsx)
# ---------------------------------------------------------------------------------------
WY_NAME = "gl2-nhs-west-yorkshire-icb-board-action-log.xlsx"
WY_TITLE = "NHS West Yorkshire Integrated Care Board – Board Meeting Held in Public: Action Log"
WY_MEETINGS = [
    ("Meeting held 10 September 2024", [
        dict(ref="A24/17",
             action="Provide a breakdown of the month 4 underlying deficit by place, separating non-recurrent measures, to the Finance, Investment and Performance Committee.",
             leadcell="Chief Finance Officer", due=D(2024, 10, 31), rev=None,
             update="Breakdown presented to the Finance, Investment and Performance Committee on 24 October 2024. Board asked to agree closure.",
             rag="G", lead=["Chief Finance Officer"], end="2024-10", status="blue"),
        dict(ref="A24/19",
             action="Circulate the refreshed Joint Forward Plan delivery dashboard to Board members ahead of the development session.",
             leadcell="Director of Strategy and Partnerships", due=D(2024, 11, 30), rev=D(2025, 1, 31),
             update="Dashboard circulated by email on 27 January 2025.",
             rag="G", lead=["Director of Strategy and Partnerships"], end="2025-01", status="blue"),
        dict(ref="A24/21",
             action="Bring a report on waiting times for autism and ADHD assessments for children and young people across the five places, including the position on right to choose.",
             leadcell="Director of Nursing and Quality / Place Lead – Calderdale", due=D(2024, 12, 31), rev=D(2025, 3, 31),
             update="Deferred to the March meeting so that the interim findings of the national ADHD taskforce can be included. Paper at agenda item 11.",
             rag="A", lead=["Director of Nursing and Quality", "Place Lead – Calderdale"], end="2025-03", status="amber"),
    ]),
    ("Meeting held 12 November 2024", [
        dict(ref="A24/28",
             action="Confirm the timetable for publishing the ICB's Green Plan annual report.",
             leadcell="Director of Strategy and Partnerships", due=D(2024, 12, 31), rev=None,
             update="Timetable not yet confirmed; will be reported verbally at the March meeting.",
             rag="R", lead=["Director of Strategy and Partnerships"], end="2024-12", status="red"),
        dict(ref="A24/30",
             action="Arrange a Board development session on population health management and the West Yorkshire inequalities data set.",
             leadcell="Director of Population Health Planning", due="April 2025", rev=None,
             update="Session pencilled in for the April Board development day.",
             rag="A", lead=["Director of Population Health Planning"], end="2025-04", status="amber"),
        dict(ref="A24/33",
             action="Write to the five Health and Wellbeing Board chairs setting out the outcome of the urgent and emergency care winter plan review.",
             leadcell="Chief Executive", due=D(2024, 12, 20), rev=None,
             update="Letters sent 19 December 2024.",
             rag="G", lead=["Chief Executive"], end="2024-12", status="blue"),
    ]),
    ("Meeting held 21 January 2025", [
        dict(ref="A25/02",
             action="Provide assurance on the mitigations for GP collective action in Wakefield and Kirklees, including the impact on NHS 111 and urgent treatment centres.",
             leadcell="Director of Primary Care / Medical Director", due=D(2025, 3, 18), rev=None,
             update="Included in the Quality Committee escalation report to this meeting.",
             rag="A", lead=["Director of Primary Care", "Medical Director"], end="2025-03", status="amber"),
        dict(ref="A25/04",
             action="Share the Q3 Board Assurance Framework heat map with the Audit Committee chair and update the wording of risk 5 (workforce).",
             leadcell="Director of Corporate Affairs; Head of Governance", due=D(2025, 2, 28), rev=None,
             update="Heat map shared 14 February 2025; risk 5 wording updated in the BAF.",
             rag="G", lead=["Director of Corporate Affairs", "Head of Governance"], end="2025-02", status="blue"),
        dict(ref="A25/06",
             action="Review the membership of the West Yorkshire Partnership Board to include VCSE sector representation from each place.",
             leadcell="Chair / Chief Executive", due="Ongoing", rev=None,
             update="Discussed with place leads; proposals to come to the May meeting.",
             rag="A", lead=["Chair", "Chief Executive"], end=None, end_text="Ongoing", status="amber"),
    ]),
]


def build_wy():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ncol = 7
    widths(ws, [11, 55, 30, 13, 13, 50, 8])
    ws["A1"] = WY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position as at 4 March 2025 (for the meeting on 18 March 2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (hexcol, text) in zip("BCD", [(RED, "Red – action overdue"),
                                           (AMBER, "Amber – in progress, not yet due"),
                                           (GREEN, "Green – action complete, propose closure")]):
        ws[f"{col}4"] = text
        ws[f"{col}4"].fill = solid(hexcol)
        ws[f"{col}4"].alignment = WRAP
        ws[f"{col}4"].border = BOX
    r = 6
    put_row(ws, r, ["Action No.", "Action agreed", "Lead(s)", "Due date", "Revised due date",
                    "Progress update", "RAG"], bold=True, fill=GREY)
    r += 1
    for meeting, acts in WY_MEETINGS:
        banner(ws, r, meeting, ncol, fill="DEEAF6", white=False)
        r += 1
        for a in acts:
            put_row(ws, r, [a["ref"], a["action"], a["leadcell"], a["due"], a["rev"], a["update"], None])
            ws.cell(row=r, column=7).fill = solid(FILL[a["rag"]])
            r += 1
    r += 1
    counts = {}
    for _, acts in WY_MEETINGS:
        for a in acts:
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for label, key in [("Complete – propose closure", "G"), ("In progress – not yet due", "A"),
                       ("Overdue", "R")]:
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts.get(key, 0))
        r += 1
    ws.cell(row=r, column=2, value="Total actions on log").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Notes")
    ws2.column_dimensions["A"].width = 110
    notes = [
        "Notes on the action log",
        "1. Actions are added by the Board Secretary from the approved minutes of each meeting held in public.",
        "2. Leads provide an update one week before each meeting; the RAG colour is set by the Board Secretary.",
        "3. Actions rated green are removed from the log once the Board has agreed closure, and are kept in the closed actions archive.",
        "4. Actions arising from meetings held in private are reported to the private session only.",
    ]
    for i, t in enumerate(notes, 1):
        ws2.cell(row=i, column=1, value=t).alignment = WRAP
    ws2["A1"].font = Font(bold=True)
    wb.save(os.path.join(HERE, WY_NAME))


def wy_expected():
    acts = []
    for meeting, items in WY_MEETINGS:
        for a in items:
            acts.append(action_entry(a, [meeting]))
    return dict(
        source=("NHS West Yorkshire Integrated Care Board, 2025, action log of the Board meeting held in public "
                "(as published in ICB board papers, e.g. westyorkshire.icb.nhs.uk board meetings). Copies the "
                "usual board action log: single title line, 'position as at' line, a RAG key whose green means "
                "complete/propose closure, section rows per meeting date, original and revised due dates, a "
                "fill-only RAG column, a summary count block and a separate Notes sheet."),
        reads=("A log of nine actions agreed at three Board meetings, grouped under a row naming each meeting. "
               "Each has an action number, the action, one or two posts as leads, a due date and sometimes a revised "
               "due date, and a coloured RAG cell; the key says green means complete, so green rows are complete."),
        outcome="read", accept_refusal=False, title=WY_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------
# 2. Guildford Borough Council - corporate risk register Q3 2025-26 (xlsx)
# ---------------------------------------------------------------------------------------
GU_NAME = "gl2-guildford-bc-corporate-risk-register-q3-2025-26.xlsx"
GU_TITLE = "Guildford Borough Council – Corporate Risk Register, Quarter 3 2025-26"
GU_RISKS = [
    dict(head="CR1 – Financial sustainability and the Medium Term Financial Plan",
         owner="Strategic Director of Finance (s151 Officer)", inh=20, q2=16, q3=16, tgt=9, dot="↔",
         detail="Risk owner: Strategic Director of Finance (s151 Officer)  |  Residual score 16 (L4 x I4)  |  Target score 9  |  Direction of travel: ↔ no change",
         actions=[
             dict(ref="CR1.1",
                  action="Deliver the 2026-27 budget savings programme of £3.2m, with monthly monitoring through the Joint Management Team.",
                  leadcell="Strategic Director of Finance (s151 Officer)", due=D(2026, 3, 31), rev=None,
                  update="£2.4m of savings identified and validated; remaining £0.8m depends on the fees and charges review.",
                  st="A", lead=["Strategic Director of Finance (s151 Officer)"], end="2026-03", status="amber"),
             dict(ref="CR1.2",
                  action="Complete the review of the capital programme and reprofile schemes not yet contractually committed.",
                  leadcell="Head of Finance / Capital Programme Manager", due=D(2025, 12, 31), rev=None,
                  update="Reprofiling of £18.6m agreed by the Executive on 9 December 2025.",
                  st="C", lead=["Head of Finance", "Capital Programme Manager"], end="2025-12", status="blue"),
             dict(ref="CR1.3",
                  action="Refresh the reserves strategy and the general fund balance risk assessment for the 2026-27 budget report.",
                  leadcell="Head of Finance", due=D(2026, 2, 28), rev=None,
                  update="Draft prepared; goes to the Executive on 5 February 2026.",
                  st="G", lead=["Head of Finance"], end="2026-02", status="green"),
         ]),
    dict(head="CR2 – Housing: compliance with the Regulator of Social Housing consumer standards",
         owner="Strategic Director of Place", inh=20, q2=15, q3=12, tgt=8, dot="↓",
         detail="Risk owner: Strategic Director of Place  |  Residual score 12 (L3 x I4)  |  Target score 8  |  Direction of travel: ↓ reducing",
         actions=[
             dict(ref="CR2.1",
                  action="Complete the outstanding high priority remedial actions from fire risk assessments across the housing stock.",
                  leadcell="Head of Housing Property Services", due=D(2025, 9, 30), rev=D(2026, 3, 31),
                  update="182 of 214 high priority actions complete; the contractor capacity issue was resolved in November.",
                  st="A", lead=["Head of Housing Property Services"], end="2026-03", status="amber"),
             dict(ref="CR2.2",
                  action="Achieve 100% stock condition survey coverage and load the data into the asset management system.",
                  leadcell="Asset Manager (Housing)", due="Q4 2025/26", rev=None,
                  update="71% of surveys complete; on profile.",
                  st="G", lead=["Asset Manager (Housing)"], end="2026-03", end_text="Q4 2025/26", status="green"),
             dict(ref="CR2.3",
                  action="Implement the damp and mould case management process to meet Awaab's Law timescales from 27 October 2025.",
                  leadcell="Head of Housing Property Services / Tenancy Services Manager", due=D(2025, 10, 27), rev=None,
                  update="Process live from 27 October 2025; compliance is reported monthly to the Housing Board.",
                  st="C", lead=["Head of Housing Property Services", "Tenancy Services Manager"], end="2025-10", status="blue"),
         ]),
    dict(head="CR3 – Cyber security and resilience of ICT systems",
         owner="Head of ICT", inh=25, q2=16, q3=16, tgt=10, dot="↔",
         detail="Risk owner: Head of ICT  |  Residual score 16 (L4 x I4)  |  Target score 10  |  Direction of travel: ↔ no change",
         actions=[
             dict(ref="CR3.1",
                  action="Achieve re-certification of Public Services Network (PSN) compliance.",
                  leadcell="Head of ICT", due=D(2026, 1, 31), rev=None,
                  update="IT health check completed; remediation of three high vulnerabilities under way.",
                  st="G", lead=["Head of ICT"], end="2026-01", status="green"),
             dict(ref="CR3.2",
                  action="Roll out phishing simulation and mandatory cyber awareness training to all staff and councillors.\nReport completion rates to the Joint Management Team monthly.",
                  leadcell="Head of ICT / Information Governance Manager", due=D(2025, 11, 30), rev=None,
                  update="Completion 78% against a 95% target; reminder issued by the Joint Chief Executive.",
                  st="R", lead=["Head of ICT", "Information Governance Manager"], end="2025-11", status="red"),
         ]),
    dict(head="CR4 – Local Plan: delivery of the Local Plan review",
         owner="Joint Executive Head of Planning Policy", inh=16, q2=12, q3=12, tgt=8, dot="↔",
         detail="Risk owner: Joint Executive Head of Planning Policy  |  Residual score 12 (L3 x I4)  |  Target score 8  |  Direction of travel: ↔ no change",
         actions=[
             dict(ref="CR4.1",
                  action="Publish the Regulation 18 consultation on the Local Plan review.",
                  leadcell="Joint Executive Head of Planning Policy", due="June 2026", rev=None,
                  update="Evidence base commissions (housing need, transport) are on programme.",
                  st="G", lead=["Joint Executive Head of Planning Policy"], end="2026-06", status="green"),
             dict(ref="CR4.2",
                  action="Agree a revised Local Development Scheme reflecting the December 2024 NPPF and the standard method housing figure.",
                  leadcell="Joint Executive Head of Planning Policy", due=D(2025, 12, 31), rev=None,
                  update="Revised Local Development Scheme approved by Full Council on 9 December 2025.",
                  st="C", lead=["Joint Executive Head of Planning Policy"], end="2025-12", status="blue"),
         ]),
]


def build_gu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    widths(ws, [8, 60, 40, 11, 11, 11, 11, 11])
    ws["A1"] = GU_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reporting period October – December 2025. Presented to the Corporate Governance and Standards Committee, 29 January 2026."
    ws.merge_cells("A2:H2")
    put_row(ws, 4, ["Ref", "Risk", "Risk owner", "Inherent score", "Residual Q2", "Residual Q3",
                    "Target score", "Direction of travel"], bold=True, fill=GREY)
    r = 5
    for k in GU_RISKS:
        ref, name = k["head"].split(" – ", 1)
        put_row(ws, r, [ref, name, k["owner"], k["inh"], k["q2"], k["q3"], k["tgt"], k["dot"]])
        sc = ws.cell(row=r, column=6)
        sc.fill = solid(RED if k["q3"] >= 15 else AMBER)
        r += 1
    ws.cell(row=r + 1, column=1, value="Scores are likelihood x impact on a 5 x 5 matrix: 15-25 red, 8-12 amber, 1-6 green. See the 'Scoring matrix' sheet.")

    ws = wb.create_sheet("Risk Register")
    ncol = 7
    widths(ws, [9, 60, 34, 13, 13, 48, 9])
    ws["A1"] = "Corporate Risk Register – Q3 2025-26: further mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Action status: G – on track  |  A – at risk of slipping  |  R – overdue  |  C – complete"
    ws.merge_cells("A2:G2")
    put_row(ws, 4, ["Ref", "Further mitigating action", "Action owner", "Target date", "Revised target date",
                    "Progress at Q3", "Status"], bold=True, fill=GREY)
    r = 5
    for k in GU_RISKS:
        banner(ws, r, k["head"], ncol)
        r += 1
        banner(ws, r, k["detail"], ncol, fill="F2F2F2", white=False, italic=True)
        r += 1
        for a in k["actions"]:
            put_row(ws, r, [a["ref"], a["action"], a["leadcell"], a["due"], a["rev"], a["update"], a["st"]])
            ws.cell(row=r, column=7).fill = solid(FILL[a["st"]])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        ws.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        ws.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            L = 6 - li
            s = L * im
            c = ws.cell(row=3 + li, column=1 + im, value=s)
            c.fill = solid(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    ws["A10"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain."
    ws["A11"] = "Impact: 1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Critical."
    wb.save(os.path.join(HERE, GU_NAME))


def gu_expected():
    acts = []
    for k in GU_RISKS:
        for a in k["actions"]:
            acts.append(action_entry(a, [k["head"]]))
    return dict(
        source=("Guildford Borough Council, corporate risk register Q3 2025-26 as reported to the Corporate "
                "Governance and Standards Committee (district council risk reports on democracy.guildford.gov.uk "
                "are of this kind). Copies a summary sheet of risks and scores, a register sheet with a dark banner "
                "row per corporate risk, an italic risk-owner/score line under it, numbered further mitigating "
                "actions with target and revised target dates, a G/A/R/C status key and a scoring-matrix sheet."),
        reads=("Four corporate risks, each with a banner row and a line giving its owner and scores, and under each "
               "two or three further mitigating actions (CR1.1 ...). The status column uses the key G/A/R/C where C "
               "is complete; a revised target date replaces the target date where given."),
        outcome="read", accept_refusal=False, title=GU_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------
# 3. Derby City Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------------------
DE_NAME = "gl2-derby-city-council-transformation-programme-highlight-report.xlsx"
DE_TITLE = "Derby City Council Transformation Programme – Highlight Report"
DE_WS = [
    ("Workstream 1: Customer and Digital", [
        ("1.1 Customer contact centre redesign", [
            dict(ref="1.1.1",
                 action="Launch the new customer portal for council tax and benefits self-service.",
                 leadcell="Director of Digital and Customer", due=D(2025, 11, 30), rev=D(2026, 2, 28),
                 prev="A", cur="A",
                 update="Go-live moved to February after user acceptance testing found defects in the benefits integration.",
                 lead=["Director of Digital and Customer"], end="2026-02", status="amber"),
            dict(ref="1.1.2",
                 action="Decommission the legacy telephony platform and move all lines to the cloud contact centre.",
                 leadcell="Head of Customer Services", due=D(2025, 12, 31), rev=D(2025, 12, 31),
                 prev="G", cur="B", update="Completed 16 December 2025.",
                 lead=["Head of Customer Services"], end="2025-12", status="blue"),
        ]),
        ("1.2 Digital workforce", [
            dict(ref="1.2.1",
                 action="Run a Microsoft 365 Copilot pilot with 150 staff and report the benefits to Transformation Board.",
                 leadcell="Head of ICT / Transformation Programme Manager", due=D(2026, 1, 31), rev=D(2026, 3, 31),
                 prev="G", cur="A",
                 update="Licences procured; the data protection impact assessment is still with the Data Protection Officer.",
                 lead=["Head of ICT", "Transformation Programme Manager"], end="2026-03", status="amber"),
        ]),
    ]),
    ("Workstream 2: Adults – Promoting Independence", [
        ("2.1 Reablement and intermediate care", [
            dict(ref="2.1.1",
                 action="Extend the reablement service to seven-day working across both city teams.",
                 leadcell="Head of Service – Reablement", due=D(2025, 10, 31), rev=D(2025, 11, 3),
                 prev="B", cur="B", update="Seven-day rota in place since 3 November 2025.",
                 lead=["Head of Service – Reablement"], end="2025-11", status="blue"),
            dict(ref="2.1.2",
                 action="Reduce the number of people discharged from hospital into long-term residential care by 15% against the 2024/25 baseline.",
                 leadcell="Strategic Director – Peoples Services", due="Q4 2025/26", rev="Q4 2025/26",
                 prev="A", cur="G", update="Reduction of 11% at Period 9; trajectory on track.",
                 lead=["Strategic Director – Peoples Services"], end="2026-03", end_text="Q4 2025/26", status="green"),
        ]),
        ("2.2 Technology enabled care", [
            dict(ref="2.2.1",
                 action="Procure a technology enabled care partner and award the contract.",
                 leadcell="Commissioning Manager (TEC)", due=D(2025, 9, 30), rev=D(2026, 1, 31),
                 prev="R", cur="R",
                 update="Tender evaluation delayed by clarification questions; award report to Cabinet on 21 January 2026.",
                 lead=["Commissioning Manager (TEC)"], end="2026-01", status="red"),
        ]),
    ]),
    ("Workstream 3: Children's Services – Sufficiency", [
        ("3.1 In-house children's homes", [
            dict(ref="3.1.1",
                 action="Register the second in-house children's home with Ofsted.",
                 leadcell="Head of Service – Sufficiency", due=D(2026, 4, 30), rev=D(2026, 6, 30),
                 prev="A", cur="A",
                 update="Planning consent granted; registration application submitted to Ofsted in December 2025.",
                 lead=["Head of Service – Sufficiency"], end="2026-06", status="amber"),
            dict(ref="3.1.2",
                 action="Recruit a registered manager and staff team for the second home.",
                 leadcell="Head of Service – Sufficiency; HR Business Partner", due=D(2026, 3, 31), rev=D(2026, 5, 31),
                 prev="G", cur="A",
                 update="Registered manager appointed; 6 of 11 residential care worker posts filled.",
                 lead=["Head of Service – Sufficiency", "HR Business Partner"], end="2026-05", status="amber"),
        ]),
    ]),
    ("Workstream 4: Property and Assets", [
        ("4.1 Office accommodation rationalisation", [
            dict(ref="4.1.1",
                 action="Vacate Riverside House and move the remaining teams into the Council House.",
                 leadcell="Director of Property Services", due=D(2025, 12, 31), rev=D(2026, 3, 31),
                 prev="A", cur="R",
                 update="Works to the second floor delayed by asbestos survey findings; revised plan to Transformation Board in February.",
                 lead=["Director of Property Services"], end="2026-03", status="red"),
        ]),
    ]),
]


def build_de():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    widths(ws, [28, 70])
    ws["A1"] = DE_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:B1")
    rows = [("Reporting period", "Period 9 (December 2025)"),
            ("Prepared for", "Transformation Board, 14 January 2026"),
            ("Programme SRO", "Chief Executive"),
            ("Prepared by", "Transformation Programme Office")]
    for i, (k, v) in enumerate(rows, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A8"] = "Overall programme RAG"
    ws["A8"].font = Font(bold=True)
    ws["B8"] = "Amber"
    ws["B8"].fill = solid(AMBER)
    ws["A10"] = "RAG definitions"
    ws["A10"].font = Font(bold=True)
    defs = [("B", "Complete – milestone delivered"),
            ("G", "On track – milestone will be delivered by the forecast date"),
            ("A", "At risk – slippage or issues, recovery plan in place"),
            ("R", "Off track – forecast date will be missed, escalation to Transformation Board required")]
    for i, (k, v) in enumerate(defs, 11):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = solid(FILL[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=2, value=v)

    ws = wb.create_sheet("Summary")
    widths(ws, [48, 10, 10, 10, 10, 10])
    ws["A1"] = "Milestone RAG summary by workstream – Period 9"
    ws["A1"].font = Font(bold=True, size=12)
    put_row(ws, 3, ["Workstream", "B", "G", "A", "R", "Total"], bold=True, fill=GREY)
    r = 4
    tot = [0, 0, 0, 0]
    for wsname, projs in DE_WS:
        cnt = [0, 0, 0, 0]
        for _, acts in projs:
            for a in acts:
                cnt["BGAR".index(a["cur"])] += 1
        tot = [x + y for x, y in zip(tot, cnt)]
        put_row(ws, r, [wsname] + cnt + [sum(cnt)])
        r += 1
    put_row(ws, r, ["Total"] + tot + [sum(tot)], bold=True)

    ws = wb.create_sheet("Milestones")
    ncol = 8
    widths(ws, [8, 58, 34, 13, 13, 11, 11, 52])
    ws["A1"] = "Transformation Programme – key milestones, Period 9 (December 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    put_row(ws, 3, ["Ref", "Milestone", "SRO / Lead", "Baseline date", "Forecast date",
                    "Previous RAG (P8)", "Current RAG (P9)", "Commentary"], bold=True, fill=GREY)
    r = 4
    for wsname, projs in DE_WS:
        banner(ws, r, wsname, ncol, fill="203864")
        r += 1
        for pname, acts in projs:
            banner(ws, r, pname, ncol, fill="B4C6E7", white=False)
            r += 1
            for a in acts:
                put_row(ws, r, [a["ref"], a["action"], a["leadcell"], a["due"], a["rev"], a["prev"], a["cur"], a["update"]])
                for c in (4, 5):
                    if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                        ws.cell(row=r, column=c).number_format = "mmm-yy"
                for c, k in ((6, a["prev"]), (7, a["cur"])):
                    ws.cell(row=r, column=c).fill = solid(FILL[k])
                    ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Savings")
    widths(ws, [48, 14, 14, 14, 14])
    ws["A1"] = "Transformation savings 2025/26 (£000)"
    ws["A1"].font = Font(bold=True, size=12)
    put_row(ws, 3, ["Workstream", "Target", "Delivered", "Forecast", "Variance"], bold=True, fill=GREY)
    sav = [(1200, 640, 1050), (2350, 1310, 2100), (1800, 420, 1150), (600, 150, 380)]
    r = 4
    for (wsname, _), (t, d_, f) in zip(DE_WS, sav):
        put_row(ws, r, [wsname, t, d_, f, f - t])
        r += 1
    put_row(ws, r, ["Total", f"=SUM(B4:B{r-1})", f"=SUM(C4:C{r-1})", f"=SUM(D4:D{r-1})", f"=SUM(E4:E{r-1})"], bold=True)
    wb.save(os.path.join(HERE, DE_NAME))


def de_expected():
    acts = []
    for wsname, projs in DE_WS:
        for pname, items in projs:
            for a in items:
                acts.append(action_entry(a, [wsname, pname]))
    return dict(
        source=("Derby City Council, 2025-26 transformation programme highlight report to the Transformation "
                "Board (unitary council programme highlight reports of this kind appear in Cabinet/scrutiny packs). "
                "Copies a cover sheet with reporting period, overall RAG and a B/G/A/R definitions table, a summary "
                "count sheet, a milestone sheet with workstream and project banner rows, baseline and forecast "
                "dates, previous and current RAG letters with fills, and a savings sheet with a totals row."),
        reads=("Nine programme milestones on the Milestones sheet, each under a workstream banner and a numbered "
               "project banner, with an SRO/lead, baseline and forecast dates and previous (P8) and current (P9) "
               "RAG. The forecast date is the end and the current RAG the status, B meaning complete."),
        outcome="read", accept_refusal=False, title=DE_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
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
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ---------------------------------------------------------------------------------------
# 4. Suffolk Safeguarding Partnership - SAR 'Mr J' action plan (docx)
# ---------------------------------------------------------------------------------------
SU_NAME = "gl2-suffolk-safeguarding-partnership-sar-mr-j-action-plan.docx"
SU_TITLE = "Suffolk Safeguarding Partnership: Safeguarding Adults Review ‘Mr J’ – Multi-Agency Action Plan"
SU_THEMES = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1: The SSP should seek assurance that the multi-agency self-neglect and hoarding procedure is understood and used by practitioners, including the escalation route where a person declines support.", [
            dict(ref="1.1",
                 action="Relaunch the self-neglect and hoarding procedure through a 7-minute briefing and a practitioner webinar.",
                 leadcell="SSP Business Manager", due="January 2025",
                 update="Briefing published 20 January 2025; webinar attended by 146 practitioners.", rag="B",
                 lead=["SSP Business Manager"], end="2025-01", status="blue"),
            dict(ref="1.2",
                 action="Audit a sample of 20 self-neglect cases to test use of the escalation route and of multi-agency risk management meetings.",
                 leadcell="Chair of the SSP Quality Assurance Subgroup", due="30/09/2025",
                 update="Audit tool agreed by the subgroup; cases selected.", rag="G",
                 lead=["Chair of the SSP Quality Assurance Subgroup"], end="2025-09", status="green"),
        ]),
        ("Recommendation 2: Suffolk County Council Adult Social Care should ensure that mental capacity assessments are undertaken and recorded where a person’s ability to make decisions about their care and living conditions is in doubt, including consideration of executive functioning.", [
            dict(ref="2.1",
                 action="Update the mental capacity practice guidance to cover executive capacity and repeated unwise decisions.",
                 leadcell="Principal Social Worker (Adults)", due="March 2025",
                 update="Guidance updated and published on the practice portal.", rag="B",
                 lead=["Principal Social Worker (Adults)"], end="2025-03", status="blue"),
            dict(ref="2.2",
                 action="Deliver MCA refresher training to all adult social care locality teams and report attendance to the SSP.",
                 leadcell="Head of Workforce Development (ASC)", due="June 2025 (revised to Sept 2025)",
                 update="6 of 9 locality teams trained; remaining sessions booked for August and September.", rag="A",
                 lead=["Head of Workforce Development (ASC)"], end="2025-09", status="amber"),
        ]),
    ]),
    ("Theme 2: Hospital discharge and information sharing", [
        ("Recommendation 3: The Integrated Care Board should seek assurance from acute and community providers that discharge planning for people with known self-neglect risks includes a multi-agency discharge meeting and a shared risk plan.", [
            dict(ref="3.1",
                 action="Add a self-neglect flag and a prompt for a multi-agency discharge meeting to the discharge checklist at Ipswich and West Suffolk hospitals.",
                 leadcell="Named Nurse Safeguarding Adults (ESNEFT) / Named Nurse Safeguarding Adults (WSFT)", due="31/07/2025",
                 update="Checklist amended at ESNEFT; the WSFT change is waiting for the digital team.", rag="A",
                 lead=["Named Nurse Safeguarding Adults (ESNEFT)", "Named Nurse Safeguarding Adults (WSFT)"], end="2025-07", status="amber"),
            dict(ref="3.2",
                 action="Report discharge audit findings to the ICB Safeguarding Assurance Group.",
                 leadcell="Designated Nurse for Safeguarding Adults (SNEE ICB)", due="Quarterly",
                 update="First report due October 2025.", rag="",
                 lead=["Designated Nurse for Safeguarding Adults (SNEE ICB)"], end=None, end_text="Quarterly", status="unrated"),
        ]),
        ("Recommendation 4: All partner agencies should ensure that the views of family members are sought and recorded when planning care for an adult who self-neglects.", [
            dict(ref="4.1",
                 action="Add a prompt on family involvement to the Making Safeguarding Personal section of the Section 42 enquiry template.",
                 leadcell="Head of Adult Safeguarding (SCC)", due="December 2024",
                 update="Template amended and live in the case management system.", rag="B",
                 lead=["Head of Adult Safeguarding (SCC)"], end="2024-12", status="blue"),
            dict(ref="4.2",
                 action="Hold a learning event with Mr J’s family to co-produce the practitioner learning briefing.",
                 leadcell="SSP Independent Chair; SSP Business Manager", due="Ongoing",
                 update="The family have asked to take part after the first anniversary; contact is kept by the Business Manager.", rag="G",
                 lead=["SSP Independent Chair", "SSP Business Manager"], end=None, end_text="Ongoing", status="green"),
        ]),
    ]),
]


def build_su():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(SU_TITLE, style="Title")
    doc.add_paragraph("Version 4 – updated following the SAR Subgroup meeting of 15 May 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "November 2024", "SSP Business Manager", "Action plan agreed by SSP Executive"),
                ("2.0", "January 2025", "SSP Business Manager", "Updates from partner agencies"),
                ("3.0", "March 2025", "SSP Business Manager", "Updates; revised date agreed for action 2.2"),
                ("4.0", "May 2025", "SSP Business Manager", "Updates following SAR Subgroup")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("BRAG key", style="Heading 2")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for row, (k, v) in zip(kt.rows, [("B", "Blue – complete and evidence of impact received"),
                                     ("G", "Green – on track"),
                                     ("A", "Amber – some slippage, revised date agreed"),
                                     ("R", "Red – off track or overdue")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], FILL[k])
        set_cell(row.cells[1], v)

    for theme, recs in SU_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress / evidence", "BRAG"]):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["leadcell"], a["due"], a["update"], a["rag"]]):
                    set_cell(c, v)
                if a["rag"]:
                    shade(cells[5], FILL[a["rag"]])
            for row in t.rows:
                for c, w in zip(row.cells, [1.2, 8.0, 4.5, 3.0, 7.0, 1.5]):
                    c.width = Cm(w)
            doc.add_paragraph()
    doc.add_paragraph("Monitoring: progress against this plan is reported to each SAR Subgroup meeting and by exception to the SSP Executive. "
                      "The plan will close when all actions are blue and the learning briefing has been published.")
    doc.save(os.path.join(HERE, SU_NAME))


def su_expected():
    acts = []
    for theme, recs in SU_THEMES:
        for rec, items in recs:
            for a in items:
                acts.append(action_entry(a, [theme, rec]))
    return dict(
        source=("Suffolk Safeguarding Partnership, Safeguarding Adults Review 'Mr J' action plan, 2024-25 "
                "(SAR action plans published by safeguarding adults boards/partnerships after a SAR report). "
                "Copies the title and version line, a document control table, a BRAG key table, a heading per "
                "theme, each recommendation in bold above its own action table, agency posts as leads, "
                "month or day-first target dates with one revised date in the cell, and shaded BRAG letters."),
        reads=("Eight actions answering four SAR recommendations grouped under two themes; each recommendation is "
               "a bold paragraph above a small table of numbered actions with lead, target date, progress and a "
               "BRAG letter (B = complete). One action has no rating yet and two have no month (Quarterly, Ongoing)."),
        outcome="read", accept_refusal=False, title=SU_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------
# 5. Bradford District CSP - DHR 'Ayesha' action plan (docx, Home Office template)
# ---------------------------------------------------------------------------------------
BR_NAME = "gl2-bradford-csp-dhr-ayesha-action-plan.docx"
BR_TITLE = "Bradford District Community Safety Partnership – Domestic Homicide Review ‘Ayesha’: Action Plan"
BR_SECTIONS = [
    ("Section A – Overview Report Recommendations", [
        ("1. Bradford District CSP to work with the Domestic Abuse and Sexual Violence Partnership Board to raise awareness of economic abuse and coercive control within South Asian communities, working with faith and community organisations.", "Local", [
            dict(action="Co-produce awareness campaign materials in Urdu, Punjabi and Bengali with community organisations.",
                 leadcell="Bradford Council (Community Safety Team)",
                 milestones="Campaign materials agreed with three community organisations.",
                 due="September 2024", outcome="Campaign launched 25 November 2024 (White Ribbon Day).", rag="Complete",
                 lead=["Bradford Council (Community Safety Team)"], end="2024-09", status="blue"),
            dict(action="Deliver awareness sessions to mosque and gurdwara committees and to women’s groups.",
                 leadcell="Bradford Council (Community Safety Team) / Staying Put",
                 milestones="12 sessions delivered to date; further sessions booked with two women’s groups.",
                 due="30/09/2025", outcome="", rag="Green",
                 lead=["Bradford Council (Community Safety Team)", "Staying Put"], end="2025-09", status="green"),
        ]),
        ("2. West Yorkshire Police to ensure that officers attending domestic abuse incidents consider and record indicators of honour-based abuse when completing the DARA risk assessment.", "Regional", [
            dict(action="Issue a force-wide briefing on honour-based abuse indicators and the DARA risk assessment.",
                 leadcell="West Yorkshire Police",
                 milestones="Briefing issued on the force intranet and at district briefings.",
                 due="June 2024", outcome="Completed June 2024.", rag="Complete",
                 lead=["West Yorkshire Police"], end="2024-06", status="blue"),
            dict(action="Dip sample 50 DARA assessments in Bradford District where honour-based abuse flags are present.",
                 leadcell="West Yorkshire Police (Bradford District Safeguarding Unit)",
                 milestones="Dip sample tool agreed; sample period set as October to December 2024.",
                 due="Q1 2025/26", outcome="", rag="Amber",
                 lead=["West Yorkshire Police (Bradford District Safeguarding Unit)"], end="2025-06", end_text="Q1 2025/26", status="amber"),
        ]),
        ("3. Bradford District and Craven Health and Care Partnership to seek assurance that GP practices ask about domestic abuse when a patient presents with low mood or anxiety, and that interpreters independent of the family are used.", "Local", [
            dict(action="Roll out IRIS domestic abuse training to the remaining 18 GP practices in Bradford District.",
                 leadcell="Bradford District and Craven Health and Care Partnership",
                 milestones="9 of the 18 practices trained by March 2025.",
                 due="31/03/2026", outcome="", rag="Green",
                 lead=["Bradford District and Craven Health and Care Partnership"], end="2026-03", status="green"),
            dict(action="Issue guidance to primary care on using professional interpreters rather than family members.",
                 leadcell="Designated Professional for Safeguarding Adults (ICB)",
                 milestones="Guidance drafted; awaiting sign-off by the Safeguarding Assurance Group.",
                 due="December 2024", outcome="", rag="Red",
                 lead=["Designated Professional for Safeguarding Adults (ICB)"], end="2024-12", status="red"),
        ]),
    ]),
    ("Section B – Single Agency Recommendations (from IMRs)", [
        ("Bradford Teaching Hospitals NHS Foundation Trust: routine enquiry about domestic abuse to be made at every antenatal contact where the woman is seen alone, and recorded in the maternity record.", "Local", [
            dict(action="Add a mandatory routine enquiry field to the BadgerNet antenatal contact template.",
                 leadcell="Bradford Teaching Hospitals NHS Foundation Trust",
                 milestones="Field live from 1 October 2024.",
                 due="October 2024", outcome="Complete – compliance 91% at the Q3 audit.", rag="Complete",
                 lead=["Bradford Teaching Hospitals NHS Foundation Trust"], end="2024-10", status="blue"),
        ]),
        ("Bradford Council Adult Social Care: carers’ assessments to consider the risk of domestic abuse where the carer is also a family member of the cared-for person.", "Local", [
            dict(action="Amend the carers’ assessment form to include a domestic abuse screening question.",
                 leadcell="Bradford Council Adult Social Care",
                 milestones="",
                 due="TBC – awaiting system update", outcome="", rag="Not started",
                 lead=["Bradford Council Adult Social Care"], end=None, end_text="TBC – awaiting system update", status="unrated"),
            dict(action="Brief the carers’ assessment team and Carers’ Resource on the amended form.",
                 leadcell="Bradford Council Adult Social Care / Carers’ Resource",
                 milestones="",
                 due="TBC", outcome="", rag="Not started",
                 lead=["Bradford Council Adult Social Care", "Carers’ Resource"], end=None, end_text="TBC", status="unrated"),
        ]),
    ]),
]
BR_RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}


def build_br():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(BR_TITLE, style="Title")
    doc.add_paragraph("Status: live – reviewed by the DHR Steering Group on 8 April 2025")
    doc.add_paragraph("This action plan follows the Home Office DHR action plan template. Agencies update the "
                      "‘Key milestones’ and ‘Date of completion and outcome’ columns; the Community Safety "
                      "Partnership Manager sets the RAG rating (Complete, Green, Amber, Red, Not started).")
    headers = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
               "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "RAG"]
    wcm = [5.0, 2.0, 4.6, 3.2, 4.2, 2.2, 3.2, 1.8]
    for sec, recs in BR_SECTIONS:
        doc.add_paragraph(sec, style="Heading 1")
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "E2D9F3")
        for rec, scope, acts in recs:
            first = len(t.rows)
            for i, a in enumerate(acts):
                cells = t.add_row().cells
                vals = [rec if i == 0 else "", scope if i == 0 else "", a["action"], a["leadcell"],
                        a["milestones"], a["due"], a["outcome"], a["rag"]]
                for c, v in zip(cells, vals):
                    set_cell(c, v)
                shade(cells[7], BR_RAGFILL[a["rag"]])
            last = len(t.rows) - 1
            if last > first:
                for col in (0, 1):
                    m = t.cell(first, col).merge(t.cell(last, col))
                    for p in m.paragraphs[1:]:
                        if not p.text:
                            p._p.getparent().remove(p._p)
        for row in t.rows:
            for c, w in zip(row.cells, wcm):
                c.width = Cm(w)
        doc.add_paragraph()
    doc.add_paragraph("Agreed by the Bradford District Community Safety Partnership Board on 22 April 2025. "
                      "The action plan is monitored by the DHR Steering Group until all actions are complete.")
    doc.save(os.path.join(HERE, BR_NAME))


def br_expected():
    acts = []
    for sec, recs in BR_SECTIONS:
        for rec, scope, items in recs:
            for a in items:
                a = dict(a, ref=None)
                acts.append(action_entry(a, [sec, rec]))
    return dict(
        source=("Bradford District Community Safety Partnership, Domestic Homicide Review 'Ayesha' action plan, "
                "2024-25, in the Home Office DHR action plan template (Recommendation | Scope | Action to take | "
                "Lead agency | Key milestones | Target date | Date of completion and outcome) with a RAG column "
                "added. Copies the landscape single table per section, the recommendation and scope cells merged "
                "down over their actions, an overview-report section and a single-agency (IMR) section, and "
                "RAG words with cell shading."),
        reads=("Nine unnumbered actions in two tables: overview report recommendations 1-3 and two single-agency "
               "IMR recommendations, each recommendation cell spanning its actions. Each action has a lead agency, "
               "a target date (month, date, quarter or TBC) and a RAG word; Complete is complete and Not started "
               "unrated."),
        outcome="read", accept_refusal=False, title=BR_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------
# 6. University Hospitals of North Midlands - maternity improvement plan (csv export)
# ---------------------------------------------------------------------------------------
UH_NAME = "gl2-university-hospitals-north-midlands-maternity-improvement-plan.csv"
UH_TITLE = "University Hospitals of North Midlands NHS Trust – Maternity and Neonatal Improvement Plan"
UH_HEAD = ["Ref", "Workstream", "Source", "Requirement", "Action", "Action owner", "Original due date",
           "Revised due date", "BRAG", "Progress update", "Evidence reference"]
REQ_STAFF = "The trust must ensure there are sufficient numbers of suitably qualified and experienced midwives to keep women and babies safe at all times."
REQ_MIS5 = "Demonstrate an effective system of midwifery workforce planning to the required standard."
REQ_IEA6 = "All maternity services must appoint a dedicated lead midwife and lead obstetrician, both with demonstrated expertise, to focus on and champion best practice in fetal monitoring."
REQ_CTGTRAIN = "The trust must ensure that midwifery and medical staff complete fetal monitoring training and competency assessment."
REQ_SBL4 = "Effective fetal monitoring during labour, including the use of computerised CTG where it is available."
REQ_IEA2 = "Maternity services must ensure that women and their families are listened to, with their voices heard."
REQ_MIS1 = "Use the National Perinatal Mortality Review Tool to review perinatal deaths to the required standard."
REQ_INC = "The trust should ensure that incidents are graded and reviewed in a timely way."
UH_ROWS = [
    dict(ref="MIP-01", ws="1. Safe staffing", src="CQC maternity inspection 2023 – Must do", req=REQ_STAFF,
         action="Complete the BirthRate Plus re-assessment and present the funded establishment uplift to Trust Board.",
         leadcell="Director of Midwifery", due="30/09/2024", rev="30/11/2024", brag="Blue",
         update="BirthRate Plus report presented to Trust Board on 6 November 2024; uplift of 14.6 WTE approved.", ev="EV-011",
         lead=["Director of Midwifery"], end="2024-11", status="blue"),
    dict(ref="MIP-02", ws="1. Safe staffing", src="CQC maternity inspection 2023 – Must do", req=REQ_STAFF,
         action="Reduce the midwifery vacancy rate to below 5% through international recruitment and the preceptorship retention offer.",
         leadcell="Head of Midwifery; Lead Midwife for Recruitment and Retention", due="31/03/2025", rev="30/06/2025", brag="Amber",
         update="Vacancy rate 7.2% in January 2025; 11 internationally educated midwives start in April.", ev="EV-014",
         lead=["Head of Midwifery", "Lead Midwife for Recruitment and Retention"], end="2025-06", status="amber"),
    dict(ref="MIP-03", ws="1. Safe staffing", src="Maternity Incentive Scheme Year 6 – Safety Action 5", req=REQ_MIS5,
         action="Ensure the labour ward coordinator is supernumerary on every shift and report compliance monthly.",
         leadcell="Labour Ward Matron", due="Monthly", rev="", brag="Green",
         update="Supernumerary status maintained on 98% of shifts in Q3; exceptions reviewed at the safety huddle.", ev="EV-019",
         lead=["Labour Ward Matron"], end=None, end_text="Monthly", status="green"),
    dict(ref="MIP-04", ws="2. Fetal monitoring and escalation", src="Ockenden IEA 6 – Monitoring fetal wellbeing", req=REQ_IEA6,
         action="Appoint a second fetal monitoring lead midwife to cover the Royal Stoke and County Hospital sites.",
         leadcell="Director of Midwifery / Clinical Director – Obstetrics", due="31/12/2024", rev="", brag="Blue",
         update="Appointed; in post from 2 December 2024.", ev="EV-022",
         lead=["Director of Midwifery", "Clinical Director – Obstetrics"], end="2024-12", status="blue"),
    dict(ref="MIP-05", ws="2. Fetal monitoring and escalation", src="CQC maternity inspection 2023 – Must do", req=REQ_CTGTRAIN,
         action="Achieve 90% compliance with annual fetal monitoring training and competency assessment for midwives and obstetricians.\nReport compliance by staff group to the Maternity and Neonatal Safety Champions.",
         leadcell="Practice Development Midwife", due="31/03/2025", rev="", brag="Green",
         update="Midwives 92%, consultant obstetricians 88%, registrars 79%; registrar sessions booked for February.", ev="EV-023",
         lead=["Practice Development Midwife"], end="2025-03", status="green"),
    dict(ref="MIP-06", ws="2. Fetal monitoring and escalation", src="Saving Babies’ Lives Care Bundle v3 – Element 4", req=REQ_SBL4,
         action="Implement computerised CTG analysis in the Maternity Assessment Unit at both sites.",
         leadcell="Consultant Midwife", due="31/01/2025", rev="31/05/2025", brag="Red",
         update="Waiting for IT integration with the maternity system; the supplier has not confirmed a date.", ev="",
         lead=["Consultant Midwife"], end="2025-05", status="red"),
    dict(ref="MIP-07", ws="3. Listening to women and families", src="Ockenden IEA 2 – Listening to women and families", req=REQ_IEA2,
         action="Work with the Maternity and Neonatal Voices Partnership to run 15 Steps walkarounds at both sites and publish a ‘You said, we did’ response.",
         leadcell="Patient Experience Midwife; MNVP Lead", due="Q1 2025/26", rev="", brag="Green",
         update="Royal Stoke walkaround held 14 January 2025; County Hospital date agreed for April.", ev="EV-031",
         lead=["Patient Experience Midwife", "MNVP Lead"], end="2025-06", end_text="Q1 2025/26", status="green"),
    dict(ref="MIP-08", ws="3. Listening to women and families", src="Ockenden IEA 2 – Listening to women and families", req=REQ_IEA2,
         action="Launch a birth reflections service at County Hospital.",
         leadcell="Consultant Midwife", due="30/04/2025", rev="", brag="Not started",
         update="", ev="",
         lead=["Consultant Midwife"], end="2025-04", status="unrated"),
    dict(ref="MIP-09", ws="4. Governance and learning", src="Maternity Incentive Scheme Year 6 – Safety Action 1", req=REQ_MIS1,
         action="Ensure 95% of PMRT reviews are started within two months of the death and that parents are told about the review.",
         leadcell="Bereavement Midwife", due="30/11/2024", rev="", brag="Blue",
         update="All 2024 cases compliant; declared to Trust Board as part of the MIS submission.", ev="EV-040",
         lead=["Bereavement Midwife"], end="2024-11", status="blue"),
    dict(ref="MIP-10", ws="4. Governance and learning", src="CQC maternity inspection 2023 – Should do", req=REQ_INC,
         action="Clear the backlog of open maternity incidents older than 60 days, in line with PSIRF.",
         leadcell="Maternity Governance Lead", due="31/12/2024", rev="31/03/2025", brag="Amber",
         update="Backlog reduced from 212 to 64; weekly incident review meeting in place.", ev="EV-044",
         lead=["Maternity Governance Lead"], end="2025-03", status="amber"),
]


def build_uh():
    n = len(UH_HEAD)
    pad = lambda xs: xs + [""] * (n - len(xs))
    with open(os.path.join(HERE, UH_NAME), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(pad([UH_TITLE]))
        w.writerow(pad(["Exported from the Maternity Assurance Tracker on 03/03/2025 – version for the Quality Governance Committee"]))
        w.writerow(pad([]))
        w.writerow(UH_HEAD)
        for a in UH_ROWS:
            w.writerow([a["ref"], a["ws"], a["src"], a["req"], a["action"], a["leadcell"], a["due"], a["rev"],
                        a["brag"], a["update"], a["ev"]])
        w.writerow(pad([]))
        w.writerow(pad(["BRAG: Blue = complete and evidenced; Green = on track; Amber = at risk of missing the due date; Red = overdue; Not started."]))


def uh_expected():
    acts = [action_entry(a, [a["ws"], a["req"]]) for a in UH_ROWS]
    return dict(
        source=("University Hospitals of North Midlands NHS Trust, maternity and neonatal improvement plan, "
                "2024-25, as exported from a trust maternity assurance tracker for the quality committee (trust "
                "maternity improvement plans combine CQC must/should dos, Ockenden IEAs and Maternity Incentive "
                "Scheme safety actions). Copies a title line, export line, workstream and source columns, the "
                "requirement repeated on each action row, original and revised due dates, BRAG words, evidence "
                "references, a multi-line action cell and a BRAG key line at the foot."),
        reads=("A flat export of ten actions (MIP-01 to MIP-10) in four numbered workstreams; each row repeats its "
               "workstream and the requirement it answers. A revised due date replaces the original; BRAG is "
               "Blue/Green/Amber/Red or Not started; one action cell runs over two lines."),
        outcome="read", accept_refusal=False, title=UH_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------
# 7. Wokingham CSP - community safety partnership plan 2025-26 delivery plan (txt, refuse)
# ---------------------------------------------------------------------------------------
WO_NAME = "gl2-wokingham-csp-community-safety-partnership-plan-2025-26-typo-month-refuse.txt"
WO_TITLE = "Wokingham Borough Community Safety Partnership – Community Safety Partnership Plan 2025-26: Delivery Plan (Q2 update)"
WO_LINES = [
    WO_TITLE,
    "Updated: 14 October 2025",
    "",
    "Ref\tAction\tLead partner\tTimescale\tQ2 progress\tRAG",
    "Priority 1: Reducing violence against women and girls and domestic abuse",
    "1.1\tRecommission the community domestic abuse outreach service from April 2026.\tWokingham Borough Council Community Safety Team\tDecember 2025\tMarket engagement event held 9 September; tender published 1 October.\tG",
    "1.2\tRoll out the Walk and Talk scheme with Thames Valley Police in Wokingham town centre and Woodley.\tThames Valley Police\tSept 2025\tFour walks held; feedback report to the VAWG subgroup.\tC",
    "1.3\tRefresh the domestic abuse awareness training offer for council and partner staff.\tWBC Community Safety Team / Berkshire Women's Aid\tMarch 2026\tTraining needs survey closed; 212 responses.\tG",
    "Priority 2: Tackling anti-social behaviour and neighbourhood crime",
    "2.1\tAgree a revised ASB case review (Community Trigger) procedure in line with the Anti-social Behaviour Action Plan.\tWBC Community Safety Manager\tNovember 2025\tDraft procedure with legal services.\tA",
    "2.2\tDeliver targeted patrols and problem-solving plans for the three ASB hotspot locations identified in the strategic assessment.\tThames Valley Police / WBC Community Wardens\tFebuary 2026\tProblem-solving plans in place for two of three locations.\tG",
    "2.3\tRun two Operation Sceptre knife amnesty and education weeks.\tThames Valley Police\tMay 2026\tFirst week held in May 2025; second planned for spring.\tG",
    "Priority 3: Preventing serious violence and exploitation",
    "3.1\tPublish the refreshed Serious Violence Duty strategic needs assessment and response strategy.\tWBC Public Health; Thames Valley VRU\tJanuary 2026\tData sharing agreement signed; analysis under way.\tA",
    "3.2\tEmbed the exploitation screening tool in early help and youth justice assessments.\tWokingham Youth Justice Service\tOngoing\tTool in use in youth justice; early help training in November.\tG",
    "",
    "RAG: G = on track; A = some slippage; R = not on track; C = complete",
]
WO_REFUSE_LINE = 1 + next(i for i, l in enumerate(WO_LINES) if "Febuary" in l)


def build_wo():
    with open(os.path.join(HERE, WO_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(WO_LINES) + "\n")


def wo_expected():
    return dict(
        source=("Wokingham Borough Community Safety Partnership, Community Safety Partnership Plan 2025-26 delivery "
                "plan, Q2 update (CSP plans published by district/unitary CSPs set priorities with numbered actions, "
                "lead partner, timescale and RAG). Copies a tab-separated export with a title line, updated line, "
                "header, priority heading lines, numbered actions and a RAG key line at the foot."),
        reads=("A delivery plan of eight numbered actions under three priorities. Action 2.2's timescale reads "
               "'Febuary 2026', a mistyped month, so a careful reader stops and asks at that line rather than "
               "guess the due month."),
        outcome="refuse", accept_refusal=False, refuse_at=WO_REFUSE_LINE, title=WO_TITLE)


# ---------------------------------------------------------------------------------------
def action_entry(a, under):
    e = dict(ref=a.get("ref"), under=under, action=a["action"], lead=a["lead"], end=a["end"])
    if a.get("end_text"):
        e["end_text"] = a["end_text"]
    e["status"] = a["status"]
    return e


CASES = [
    (WY_NAME, build_wy, wy_expected),
    (GU_NAME, build_gu, gu_expected),
    (DE_NAME, build_de, de_expected),
    (SU_NAME, build_su, su_expected),
    (BR_NAME, build_br, br_expected),
    (UH_NAME, build_uh, uh_expected),
    (WO_NAME, build_wo, wo_expected),
]


def write_expected(name, data):
    import json
    import textwrap

    def q(v):
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v)
        return json.dumps(v, ensure_ascii=False)

    out = []
    for k in ("source", "reads"):
        out.append(f"{k}: >-\n")
        for line in textwrap.wrap(data[k], 96, break_on_hyphens=False):
            out.append("  " + line + "\n")
    for k in ("outcome", "accept_refusal", "refuse_at", "title"):
        if k in data:
            out.append(f"{k}: {q(data[k])}\n")
    if "actions" in data:
        out.append("actions:\n")
        for a in data["actions"]:
            out.append(f"  - ref: {q(a['ref'])}\n")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]\n")
            out.append(f"    action: {q(a['action'])}\n")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]\n")
            out.append(f"    end: {q(a['end'])}\n")
            if "end_text" in a:
                out.append(f"    end_text: {q(a['end_text'])}\n")
            out.append(f"    status: {a['status']}\n")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    for name, build, exp in CASES:
        build()
        if "--expected" in sys.argv:
            write_expected(name, exp())
        print("wrote", name)
