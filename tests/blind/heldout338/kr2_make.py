#!/usr/bin/env python3
"""Build the seven kr2- blind test files of set heldout338.

Run with the importer venv's python (openpyxl, python-docx):
    /work/main/.venv/bin/python kr2_make.py
Writes the data files next to this script.  The .expected.yaml files are
written by hand from the data below (ACTIONS tables carry the reading).
"""
import csv
import io
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
PALE = "F2F2F2"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def put(ws, ref, value, bold=False, italic=False, size=None, color=None,
        bg=None, fmt=None, border=True, wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(bold=bold, italic=italic, size=size or 10, color=color)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BORDER
    if wrap:
        c.alignment = WRAP
    return c


# ---------------------------------------------------------------------------
# 1. Oxford University Hospitals NHSFT - maternity & neonatal improvement plan
# ---------------------------------------------------------------------------
OUH_FILE = "kr2-oxford-university-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"

OUH_THEMES = [
    ("Theme 1: Listening to and working with women and families", [
        ("CQC Must Do 1: The service must ensure that women attending the Maternity "
         "Assessment Unit are triaged by a midwife within 15 minutes of arrival.", [
            # ref, action, lead, start, original, revised, prev, current fill, progress, evidence
            ("1.1", "Implement the Birmingham Symptom-Specific Obstetric Triage System "
                    "(BSOTS) in the Maternity Assessment Unit at the John Radcliffe Hospital",
             "Matron, Maternity Assessment Unit", dt(2024, 4, 1), dt(2024, 9, 30), dt(2025, 7, 31),
             "A", BLUE, "BSOTS live 24/7 from 7 July 2025. Triage within 15 minutes at 91% in "
             "August and 94% in September.", "MIB SharePoint > CQC > MD1"),
            ("1.2", "Audit time to triage every month and report compliance to the Maternity "
                    "and Neonatal Safety Champions meeting",
             "Maternity Governance Lead; Consultant Midwife", dt(2024, 5, 1), "Monthly", None,
             "G", GREEN, "Audit embedded in monthly safety champions report.",
             "Safety Champions minutes"),
        ]),
        ("MNVP feedback: Women and birthing people told us that the information they were "
         "given about induction of labour was inconsistent.", [
            ("1.3", "Co-produce a revised induction of labour information leaflet and short "
                    "film with the Oxfordshire Maternity and Neonatal Voices Partnership (MNVP)",
             "Lead Midwife for Patient Experience", dt(2024, 10, 1), dt(2025, 3, 31),
             dt(2025, 12, 31), "A", AMBER,
             "Leaflet drafted and reviewed by MNVP. Film delayed by procurement; revised "
             "date agreed at MIB 18/06/2025.", "MNVP workplan"),
        ]),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("CQC Must Do 2: The service must ensure all staff complete mandatory training, "
         "including PROMPT multidisciplinary emergency training, in line with trust targets.", [
            ("2.1", "Increase PROMPT training capacity to 24 sessions a year and protect "
                    "places for staff through the rostering system",
             "Practice Development Midwife & Maternity Rota Lead", dt(2024, 6, 1),
             dt(2025, 3, 31), None, "G", BLUE,
             "24 sessions scheduled for 2025/26. Compliance 93% midwives, 91% obstetricians, "
             "90% anaesthetists.", "Training dashboard"),
            ("2.2", "Report training compliance by staff group to the Maternity Quality "
                    "Governance Committee each month and escalate any group below 90%",
             "Head of Midwifery", dt(2024, 6, 1), dt(2026, 3, 31), None, "G", GREEN,
             "Reported monthly since July 2024.", "MQGC papers"),
        ]),
        ("Three Year Delivery Plan: Trusts to implement local evidence-based retention "
         "action plans.", [
            ("2.3", "Launch a preceptorship and legacy mentor scheme for newly qualified and "
                    "late-career midwives",
             "Retention Midwife", dt(2025, 4, 1), dt(2025, 9, 30), dt(2026, 3, 31), "G", AMBER,
             "Preceptorship refreshed. Legacy mentor scheme paused pending funding decision.",
             "Retention plan v2"),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety", [
        ("CQC Must Do 3: The service must ensure that incidents are reviewed and actions "
         "are implemented in a timely way.", [
            ("3.1", "Clear the backlog of maternity incidents awaiting review for more than "
                    "30 days",
             "Maternity Patient Safety Lead", dt(2024, 7, 1), dt(2024, 12, 31), dt(2025, 9, 30),
             "A", RED, "Backlog reduced from 212 to 64 but revised date missed; escalated to "
             "MIB with a recovery trajectory.", "Datix report"),
            ("3.2", "Embed PSIRF learning responses (after action reviews and thematic "
                    "reviews) in the maternity governance structure",
             "Associate Director of Midwifery / Maternity Quality Lead", dt(2025, 1, 1),
             dt(2025, 10, 31), None, "G", GREEN,
             "Learning response panel meeting weekly; first thematic review (PPH) completed.",
             "PSIRF plan"),
        ]),
    ]),
    ("Theme 4: Meeting and improving standards and structures", [
        ("Ockenden IEA / MIS Safety Action 6: Full implementation of the Saving Babies' "
         "Lives Care Bundle version 3.", [
            ("4.1", "Achieve at least 70% implementation of each element of the Saving "
                    "Babies' Lives Care Bundle v3, validated by the LMNS",
             "Consultant Obstetrician (SBLCB Lead)", dt(2025, 4, 1), dt(2026, 3, 31), None,
             "A", GREEN, "LMNS validation in September: 5 of 6 elements above 70%.",
             "LMNS assurance letter"),
            ("4.2", "Review neonatal medical staffing on the John Radcliffe NICU against BAPM "
                    "standards and present a business case",
             "Clinical Director, Neonatology", dt(2026, 1, 1), dt(2026, 3, 31), None,
             None, None, "Not yet started – scheduled to begin January 2026.", ""),
        ]),
    ]),
]


def build_ouh(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 60
    put(ws, "A1", "Oxford University Hospitals NHS Foundation Trust", bold=True, size=12,
        border=False, wrap=False)
    put(ws, "A3", "Maternity and Neonatal Improvement Plan 2024-26", bold=True, size=14,
        border=False, wrap=False)
    put(ws, "A5", "Executive Lead:", bold=True, border=False)
    put(ws, "B5", "Chief Nursing Officer", border=False, wrap=False)
    put(ws, "A6", "Plan Owner:", bold=True, border=False)
    put(ws, "B6", "Director of Midwifery", border=False, wrap=False)
    put(ws, "A7", "Oversight:", bold=True, border=False)
    put(ws, "B7", "Maternity Improvement Board (monthly); Trust Board (quarterly)",
        border=False, wrap=False)
    put(ws, "A9", "Document control", bold=True, border=False)
    for col, h in zip("ABCD", ["Version", "Date", "Author", "Summary of changes"]):
        put(ws, f"{col}10", h, bold=True, bg=GREY)
    rows = [
        ("1.0", dt(2024, 5, 15), "Maternity Governance Lead",
         "Plan agreed following publication of the CQC maternity inspection report"),
        ("1.4", dt(2025, 6, 18), "Maternity Governance Lead",
         "Revised due dates for 1.1, 1.3, 2.3 and 3.1 approved by MIB"),
        ("1.6", dt(2025, 10, 8), "Maternity Governance Lead", "Quarter 2 2025/26 position"),
    ]
    for i, (v, d, a, s) in enumerate(rows, start=11):
        put(ws, f"A{i}", v)
        put(ws, f"B{i}", d, fmt="dd/mm/yyyy")
        put(ws, f"C{i}", a)
        put(ws, f"D{i}", s)
    put(ws, "A16", "RAG key (the Current RAG column is shown by colour only)", bold=True,
        border=False, wrap=False)
    key = [(BLUE, "Completed and evidenced"),
           (GREEN, "On track to deliver by the due date"),
           (AMBER, "At risk – slippage or revised date agreed"),
           (RED, "Off track – escalated to the Maternity Improvement Board"),
           (None, "Not yet started")]
    for i, (colour, meaning) in enumerate(key, start=17):
        c = put(ws, f"A{i}", None)
        if colour:
            c.fill = fill(colour)
        put(ws, f"B{i}", meaning, wrap=False)

    ws = wb.create_sheet("Improvement Plan")
    widths = {"A": 6, "B": 48, "C": 26, "D": 12, "E": 13, "F": 13, "G": 10, "H": 10,
              "I": 44, "J": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    put(ws, "A1", "Oxford University Hospitals NHS Foundation Trust", bold=True, size=12,
        border=False, wrap=False)
    put(ws, "A2", "Maternity and Neonatal Improvement Plan 2024-26", bold=True, size=14,
        border=False, wrap=False)
    put(ws, "A3", "Position as at 30 September 2025 (Quarter 2 2025/26) – for Trust Board "
        "(Public), 12 November 2025", italic=True, border=False, wrap=False)
    heads = ["Ref", "Action", "Lead(s)", "Start date", "Original due date",
             "Revised due date", "Previous RAG (Q1)", "Current RAG (Q2)",
             "Progress update (this period)", "Evidence location"]
    for col, h in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}5", h, bold=True, color="FFFFFF", bg=NAVY)
    ws.freeze_panes = "A6"
    r = 6
    for theme, findings in OUH_THEMES:
        put(ws, f"A{r}", theme, bold=True, size=11, bg=GREY)
        ws.merge_cells(f"A{r}:J{r}")
        r += 1
        for finding, actions in findings:
            put(ws, f"A{r}", finding, italic=True, bg=PALE)
            ws.merge_cells(f"A{r}:J{r}")
            ws.row_dimensions[r].height = 28
            r += 1
            for (ref, act, lead, start, orig, rev, prev, cur, prog, evid) in actions:
                put(ws, f"A{r}", ref)
                put(ws, f"B{r}", act)
                put(ws, f"C{r}", lead)
                put(ws, f"D{r}", start, fmt="dd/mm/yyyy")
                put(ws, f"E{r}", orig, fmt="dd/mm/yyyy")
                put(ws, f"F{r}", rev, fmt="dd/mm/yyyy")
                put(ws, f"G{r}", prev)
                c = put(ws, f"H{r}", None)
                if cur:
                    c.fill = fill(cur)
                put(ws, f"I{r}", prog)
                put(ws, f"J{r}", evid or None)
                r += 1
    r += 1
    put(ws, f"A{r}", "Notes: 1. Revised due dates are shown only where agreed by the Maternity "
        "Improvement Board. 2. Actions rated blue are kept on the plan for one quarter after "
        "completion and then moved to the closed actions log.", italic=True, border=False,
        wrap=False)

    ws = wb.create_sheet("Summary")
    put(ws, "A1", "Summary of Current RAG – Quarter 2 2025/26", bold=True, size=12,
        border=False, wrap=False)
    ws.column_dimensions["A"].width = 58
    heads = ["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    for col, h in zip("ABCDEFG", heads):
        put(ws, f"{col}3", h, bold=True, bg=GREY)
    counts = [
        ("Theme 1: Listening to and working with women and families", 3, 1, 1, 1, 0, 0),
        ("Theme 2: Growing, retaining and supporting our workforce", 3, 1, 1, 1, 0, 0),
        ("Theme 3: Developing and sustaining a culture of safety", 2, 0, 1, 0, 1, 0),
        ("Theme 4: Meeting and improving standards and structures", 2, 0, 1, 0, 0, 1),
    ]
    for i, row in enumerate(counts, start=4):
        for col, v in zip("ABCDEFG", row):
            put(ws, f"{col}{i}", v)
    put(ws, "A8", "Total", bold=True)
    for col in "BCDEFG":
        put(ws, f"{col}8", f"=SUM({col}4:{col}7)", bold=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Winchester City Council - corporate risk register Q3 2025/26
# ---------------------------------------------------------------------------
WCC_FILE = "kr2-winchester-city-council-corporate-risk-register-q3-2025-26.xlsx"

WCC_RISKS = [
    ("CR01 Financial resilience and the Medium Term Financial Strategy",
     "There is a risk that the council cannot set a balanced budget over the MTFS period "
     "because of funding reform, inflation and demand for temporary accommodation, leading "
     "to use of reserves and cuts to services.",
     "Strategic Director (S151)", (4, 5), (3, 5), 10, [
         ("CR01.1", "Deliver the 2026/27 savings and income proposals agreed through the "
                    "Transformation Challenge programme",
          "Corporate Head of Finance", dt(2026, 2, 28), "dd/mm/yyyy", "G",
          "£1.1m of £1.4m identified; remaining proposals to Cabinet in January."),
         ("CR01.2", "Refresh the MTFS to reflect the Fair Funding Review 2.0 settlement and "
                    "the business rates reset",
          "Section 151 Officer", dt(2026, 1, 31), "mmm-yy", "A",
          "Provisional settlement later than expected; refresh now with the budget report."),
     ]),
    ("CR02 Local government reorganisation in Hampshire and the Solent",
     "There is a risk that reorganisation diverts capacity from services and that staff "
     "leave, leading to reduced performance and loss of knowledge before vesting day.",
     "Chief Executive", (4, 4), (4, 4), 12, [
         ("CR02.1", "Submit the final LGR proposal jointly with partner councils and set up "
                    "the Winchester implementation team",
          "Chief Executive", dt(2025, 11, 28), "dd/mm/yyyy", "C",
          "Proposal submitted 26 November 2025."),
         ("CR02.2", "Maintain the workforce retention plan and staff engagement programme "
                    "through the transition",
          "Corporate Head of HR & Organisational Development", "Ongoing", None, "G",
          "Pulse survey in November; turnover 11.2% (rolling 12 months)."),
     ]),
    ("CR03 Cyber security and resilience of ICT systems",
     "There is a risk of a successful cyber attack or prolonged ICT outage, leading to loss "
     "of data, inability to deliver services and financial and reputational damage.",
     "Strategic Director – Resources", (4, 5), (3, 5), 10, [
         ("CR03.1", "Complete the Cyber Assessment Framework self-assessment and remediate "
                    "high-priority findings",
          "Head of IMT", dt(2026, 3, 31), "dd/mm/yyyy", "G",
          "Self-assessment complete; 7 of 12 high-priority findings closed."),
         ("CR03.2", "Run a cyber incident exercise with the Executive Leadership Board and "
                    "test the ICT disaster recovery plan",
          "Head of IMT / Emergency Planning Manager", dt(2025, 12, 31), "dd/mm/yyyy", "R",
          "Exercise postponed owing to supplier availability; new date being sought."),
     ]),
    ("CR04 Council housing – compliance with the consumer standards",
     "There is a risk that the council as landlord does not meet the Regulator of Social "
     "Housing consumer standards, leading to regulatory intervention and harm to tenants.",
     "Strategic Director – Place", (5, 4), (3, 4), 8, [
         ("CR04.1", "Complete stock condition surveys for 100% of council homes and load the "
                    "results into the asset management system",
          "Corporate Head of Asset Management", dt(2026, 3, 31), "dd/mm/yyyy", "A",
          "78% surveyed; contractor resourcing increased for Q4."),
         ("CR04.2", "Implement the Awaab's Law hazard response procedure for damp and mould",
          "Service Lead – Landlord Services", dt(2025, 10, 27), "dd/mm/yyyy", "C",
          "Procedure live from 27 October 2025; staff briefed."),
     ]),
    ("CR05 Central Winchester Regeneration – delivery of the major project",
     "There is a risk that the scheme is delayed or becomes unviable because of market "
     "conditions, leading to loss of investment and of expected benefits to the city centre.",
     "Strategic Director – Place", (4, 4), (3, 4), 9, [
         ("CR05.1", "Select a development partner and agree the phasing and delivery "
                    "programme for Central Winchester Regeneration",
          "Strategic Director – Place", dt(2026, 6, 30), "mmm-yy", "G",
          "Preferred bidder report to Cabinet in March 2026."),
     ]),
]


def score_fill(s):
    return RED if s >= 15 else AMBER if s >= 8 else GREEN


def build_wcc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    put(ws, "A1", "Corporate Risk Register – Summary, Quarter 3 2025/26", bold=True, size=12,
        border=False, wrap=False)
    heads = ["Risk", "Risk owner", "Inherent score", "Current score", "Target score",
             "Direction of travel"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}3", h, bold=True, bg=GREY)
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 30
    dirs = ["↔ No change", "↔ No change", "↓ Reduced", "↓ Reduced", "↑ Increased"]
    for i, (risk, _, owner, inh, cur, tgt, _) in enumerate(WCC_RISKS):
        r = 4 + i
        put(ws, f"A{r}", risk)
        put(ws, f"B{r}", owner)
        put(ws, f"C{r}", inh[0] * inh[1], bg=score_fill(inh[0] * inh[1]))
        put(ws, f"D{r}", cur[0] * cur[1], bg=score_fill(cur[0] * cur[1]))
        put(ws, f"E{r}", tgt, bg=score_fill(tgt))
        put(ws, f"F{r}", dirs[i])

    ws = wb.create_sheet("CRR Q3 2025-26")
    widths = {"A": 26, "B": 40, "C": 18, "D": 4, "E": 4, "F": 6, "G": 4, "H": 4, "I": 6,
              "J": 8, "K": 8, "L": 46, "M": 26, "N": 11, "O": 8, "P": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    put(ws, "A1", "Winchester City Council", bold=True, size=12, border=False, wrap=False)
    put(ws, "A2", "Corporate Risk Register", bold=True, size=14, border=False, wrap=False)
    put(ws, "A3", "Quarter 3 2025/26 – reported to Audit and Governance Committee, "
        "5 February 2026", italic=True, border=False, wrap=False)
    single = {"A": "Risk", "B": "Risk description (cause – event – consequence)",
              "C": "Risk owner", "J": "Target score", "K": "Ref",
              "L": "Further actions to reduce the risk", "M": "Action owner",
              "N": "Target date", "O": "Status", "P": "Update (Q3)"}
    for col, h in single.items():
        put(ws, f"{col}5", h, bold=True, color="FFFFFF", bg=NAVY)
        put(ws, f"{col}6", None, bg=NAVY)
        ws.merge_cells(f"{col}5:{col}6")
    for first, last, label in (("D", "F", "Inherent risk"), ("G", "I", "Current risk")):
        put(ws, f"{first}5", label, bold=True, color="FFFFFF", bg=NAVY)
        for col in "DEFGHI":
            if first <= col <= last and col != first:
                put(ws, f"{col}5", None, bg=NAVY)
        ws.merge_cells(f"{first}5:{last}5")
    for col, h in zip("DEFGHI", ["L", "I", "Score", "L", "I", "Score"]):
        put(ws, f"{col}6", h, bold=True, color="FFFFFF", bg=NAVY)
    ws.freeze_panes = "A7"
    r = 7
    for risk, desc, owner, inh, cur, tgt, actions in WCC_RISKS:
        top, bottom = r, r + len(actions) - 1
        vals = {"A": risk, "B": desc, "C": owner, "D": inh[0], "E": inh[1],
                "F": inh[0] * inh[1], "G": cur[0], "H": cur[1], "I": cur[0] * cur[1],
                "J": tgt}
        for col, v in vals.items():
            bg = None
            if col == "F":
                bg = score_fill(inh[0] * inh[1])
            elif col == "I":
                bg = score_fill(cur[0] * cur[1])
            elif col == "J":
                bg = score_fill(tgt)
            put(ws, f"{col}{top}", v, bold=(col == "A"), bg=bg)
            for rr in range(top + 1, bottom + 1):
                put(ws, f"{col}{rr}", None)
            if bottom > top:
                ws.merge_cells(f"{col}{top}:{col}{bottom}")
        for (ref, act, aowner, tdate, fmt, status, update) in actions:
            put(ws, f"K{r}", ref)
            put(ws, f"L{r}", act)
            put(ws, f"M{r}", aowner)
            put(ws, f"N{r}", tdate, fmt=fmt)
            put(ws, f"O{r}", status)
            put(ws, f"P{r}", update)
            ws.row_dimensions[r].height = 45
            r += 1
    r += 1
    put(ws, f"A{r}", "Action status key: G – on track; A – some slippage, revised date to be "
        "agreed; R – significantly off track; C – complete (to be removed next quarter)",
        italic=True, border=False, wrap=False)
    put(ws, f"A{r + 1}", "Scores: Likelihood (L) x Impact (I). 15-25 red; 8-12 amber; 1-6 "
        "green.", italic=True, border=False, wrap=False)

    ws = wb.create_sheet("Risk matrix")
    put(ws, "A1", "Risk scoring matrix (Likelihood x Impact)", bold=True, border=False,
        wrap=False)
    put(ws, "A3", "Likelihood \\ Impact", bold=True, bg=GREY)
    for j in range(1, 6):
        put(ws, f"{'ABCDEF'[j]}3", j, bold=True, bg=GREY)
    for i in range(5, 0, -1):
        r = 4 + (5 - i)
        put(ws, f"A{r}", i, bold=True, bg=GREY)
        for j in range(1, 6):
            put(ws, f"{'ABCDEF'[j]}{r}", i * j, bg=score_fill(i * j))
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. New Forest DC - Future New Forest transformation highlight report (refuse)
# ---------------------------------------------------------------------------
NFDC_FILE = ("kr2-new-forest-dc-future-new-forest-transformation-programme-highlight-report"
             "-typo-month-refuse.xlsx")

RAGFILL = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}

NFDC_WS = [
    ("Workstream 1 – Customer and Digital", [
        ("CD01", "Launch the new customer portal (My New Forest) for council tax and waste "
                 "services", "Customer Services Manager", "September 2025", "November 2025",
         "A", "Testing with the revenues system overran by six weeks; go-live moved to "
              "November."),
        ("CD02", "Move 80% of telephone payments to automated and online channels",
         "Head of Customer and Digital", "March 2026", "March 2026", "G",
         "62% at end of October."),
        ("CD03", "Decommission the legacy CRM system", "ICT Programme Manager", "June 2026",
         "June 2026", "G", "Data migration plan agreed."),
    ]),
    ("Workstream 2 – Assets and Accommodation", [
        ("AA01", "Complete the options appraisal for Appletree Court office accommodation",
         "Service Manager – Estates and Valuation", "July 2025", "July 2025", "C",
         "Cabinet approved option 2 on 16 July 2025."),
        ("AA02", "Consolidate staff onto two floors at Appletree Court and market the "
                 "vacated space", "Estates Manager", "January 2026", "April 2026", "A",
         "Furniture procurement delayed; lettings agent appointed."),
    ]),
    ("Workstream 3 – People and Culture", [
        ("PC01", "Roll out the new leadership development programme to all managers",
         "HR Manager – Learning and Development", "December 2025", "Febuary 2026", "A",
         "Cohort 1 started in October; cohorts 2 and 3 rescheduled."),
        ("PC02", "Review the hybrid working policy and agree it with Unison",
         "Head of People and OD", "October 2025", "October 2025", "C",
         "Agreed at Employee Side Liaison Panel, 14 October 2025."),
    ]),
    ("Workstream 4 – Service Reviews and Financial Sustainability", [
        ("SR01", "Complete the business case for the waste and recycling service redesign",
         "Head of Waste and Transport", "March 2026", "March 2026", "G",
         "Modelling complete; member briefing in January."),
        ("SR02", "Deliver £1.2m of transformation savings in 2025/26",
         "Strategic Director – Corporate Resources", "March 2026", "March 2026", "A",
         "£0.9m delivered or on track; £0.3m at risk."),
        ("SR03", "Complete the review of leisure and cultural assets",
         "Service Manager – Leisure Contracts", "May 2026", "May 2026", "R",
         "Consultant not yet appointed; scope under review by the Programme Board."),
    ]),
]


def build_nfdc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["F"].width = 60
    put(ws, "A1", "Future New Forest – Transformation Programme Highlight Report", bold=True,
        size=14, border=False, wrap=False)
    put(ws, "A2", "Reporting period: October 2025 (Period 7)", border=False, wrap=False)
    put(ws, "A3", "Programme Sponsor: Chief Executive   |   Programme Board: 11 November 2025",
        border=False, wrap=False)
    heads = ["Workstream", "Senior Responsible Officer", "Overall", "Budget", "Benefits",
             "Key message"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}5", h, bold=True, color="FFFFFF", bg=NAVY)
    dash = [
        ("Workstream 1 – Customer and Digital", "Strategic Director – Corporate Resources",
         "A", "G", "A", "Portal go-live slipped to November."),
        ("Workstream 2 – Assets and Accommodation", "Strategic Director – Place, Operations "
         "and Sustainability", "A", "G", "G", "Space consolidation now April 2026."),
        ("Workstream 3 – People and Culture", "Chief Executive", "A", "G", "G",
         "Leadership programme cohorts rescheduled."),
        ("Workstream 4 – Service Reviews and Financial Sustainability",
         "Strategic Director – Corporate Resources", "A", "A", "A",
         "£0.3m of 2025/26 savings at risk."),
    ]
    for i, row in enumerate(dash, start=6):
        for col, v in zip("ABCDEF", row):
            put(ws, f"{col}{i}", v, bg=RAGFILL.get(v) if col in "CDE" else None)
    put(ws, "A11", "Overall programme status: AMBER", bold=True, border=False, wrap=False)

    ws = wb.create_sheet("Milestones")
    widths = {"A": 7, "B": 60, "C": 36, "D": 16, "E": 16, "F": 8, "G": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    put(ws, "A1", "Future New Forest Transformation Programme", bold=True, size=14,
        border=False, wrap=False)
    put(ws, "A2", "Milestone tracker – October 2025", italic=True, border=False, wrap=False)
    heads = ["ID", "Milestone / key activity", "Owner", "Baseline date", "Forecast date",
             "RAG", "Commentary"]
    for col, h in zip("ABCDEFG", heads):
        put(ws, f"{col}4", h, bold=True, color="FFFFFF", bg=NAVY)
    r = 5
    for ws_name, rows in NFDC_WS:
        put(ws, f"A{r}", ws_name, bold=True, bg=GREY)
        ws.merge_cells(f"A{r}:G{r}")
        r += 1
        for (ref, ms, owner, base, fc, rag, comm) in rows:
            for col, v in zip("ABCDEFG", (ref, ms, owner, base, fc, rag, comm)):
                put(ws, f"{col}{r}", v, bg=RAGFILL[rag] if col == "F" else None)
            r += 1
    r += 1
    put(ws, f"A{r}", "RAG: G = on track; A = at risk, within tolerance; R = outside "
        "tolerance, escalated to Programme Board; C = complete", italic=True, border=False,
        wrap=False)
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, bg=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if bg:
        shade(cell, bg)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Cumbria SAB - SAR 'Daniel' action plan (docx, one table per recommendation)
# ---------------------------------------------------------------------------
CSAB_FILE = "kr2-cumbria-sab-sar-daniel-action-plan.docx"

CSAB_THEMES = [
    ("Learning Theme 1 – Self-neglect and mental capacity", [
        ("Recommendation 1: CSAB partners should assure the Board that practitioners "
         "consider executive functioning when assessing the mental capacity of adults who "
         "self-neglect.", [
            ("1.1", "Commission and deliver multi-agency training on executive functioning "
                    "and the Mental Capacity Act, including a recorded 7-minute briefing",
             "Chair, Learning and Development Subgroup", "March 2025",
             "Four sessions delivered (112 attendees); briefing on CSAB website.", "Complete"),
            ("1.2", "Audit a sample of 20 mental capacity assessments completed for adults who "
                    "self-neglect and report the findings to the PQA Subgroup",
             "Principal Social Worker (Cumberland); Principal Social Worker (Westmorland and "
             "Furness)", "30/09/2025", "Audit tool agreed; sample drawn in June.", "Green"),
        ]),
        ("Recommendation 2: Both councils should review the use of the multi-agency "
         "Self-neglect and Hoarding Procedure so that high-risk cases are escalated.", [
            ("2.1", "Refresh the Cumbria Self-neglect and Hoarding Procedure and add an "
                    "escalation route to a senior manager multi-agency meeting",
             "Adult Safeguarding Service Managers", "December 2024",
             "Revised procedure published on the CSAB website on 9 January 2025.",
             "Complete"),
            ("2.2", "Add self-neglect escalation data to the CSAB performance dashboard",
             "CSAB Business Manager", "Q3 2025/26",
             "Data definitions agreed; awaiting system report from Westmorland and Furness.",
             "Amber"),
        ]),
    ]),
    ("Learning Theme 2 – Hospital discharge and transition", [
        ("Recommendation 3: The acute trusts should ensure that discharge planning for adults "
         "with known self-neglect includes a multi-agency discharge meeting.", [
            ("3.1", "Update discharge policies to require a multi-agency discharge meeting "
                    "where self-neglect is recorded on the patient record",
             "Named Nurse Safeguarding Adults (NCIC) & Named Professional Safeguarding Adults "
             "(UHMBT)", "31/07/2025",
             "NCIC policy ratified. UHMBT policy at Safeguarding Committee in October.",
             "Amber"),
            ("3.2", "Seek assurance through the ICB quality schedules that both trusts audit "
                    "compliance with the revised discharge policies",
             "ICB Designated Professionals for Safeguarding Adults",
             "Ongoing – reported quarterly", "Added to Q2 quality schedule returns.", "Green"),
        ]),
    ]),
    ("Learning Theme 3 – Multi-agency risk management", [
        ("Recommendation 4: CSAB should develop a Cumbria-wide multi-agency risk management "
         "(MARM) framework for adults who do not meet the threshold for a section 42 "
         "enquiry.", [
            ("4.1", "Agree the scope and terms of reference for a MARM framework task and "
                    "finish group",
             "CSAB Independent Chair", "Oct 2024",
             "Terms of reference agreed at Board, 24 October 2024.", "Complete"),
            ("4.2", "Draft the MARM framework and guidance, consult partners and present it to "
                    "the Board for approval",
             "MARM Task and Finish Group", "June 2025 (revised to November 2025)",
             "Consultation extended to include housing providers and the fire service.",
             "Amber"),
            ("4.3", "Launch the MARM framework with practitioner briefings across Cumberland "
                    "and Westmorland and Furness",
             "All partner agencies", "March 2026", "Not started – depends on 4.2.", ""),
        ]),
    ]),
]


def build_csab(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Cumbria Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Safeguarding Adults Review: Daniel – Multi-agency Action Plan",
                      style="Title")
    doc.add_paragraph("SAR published 14 November 2024. Progress position at 30 June 2025, "
                      "reported to the CSAB Performance and Quality Assurance (PQA) Subgroup "
                      "on 17 July 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_cell(c, h, bold=True, bg=GREY)
    for row in [("0.3", "02/12/2024", "CSAB Business Manager", "Draft for SAR Subgroup"),
                ("1.0", "23/01/2025", "CSAB Business Manager", "Approved by Board"),
                ("1.2", "10/07/2025", "CSAB Business Manager", "Q1 2025/26 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, colour, meaning in [
            ("Complete", BLUE, "Action completed and evidence seen by the PQA Subgroup"),
            ("Green", GREEN, "On track to be completed by the target date"),
            ("Amber", AMBER, "Some delay; target date at risk"),
            ("Red", RED, "Not progressing; escalated to the Board"),
            ("(blank)", None, "Not started")]:
        cells = t.add_row().cells
        set_cell(cells[0], label, bold=True, bg=colour)
        set_cell(cells[1], meaning)
    heads = ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for theme, recs in CSAB_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, actions in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(top, rec, bold=True, size=10, bg="DEEAF6")
            for c, h in zip(t.rows[1].cells, heads):
                set_cell(c, h, bold=True, bg=GREY)
            for (no, act, lead, date, prog, rag) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, (no, act, lead, date, prog, rag)):
                    set_cell(c, v)
            doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name / role", "Signature", "Date"]):
        set_cell(c, h, bold=True, bg=GREY)
    cells = t.add_row().cells
    for c, v in zip(cells, ("CSAB Independent Chair", "Signed electronically", "23/01/2025")):
        set_cell(c, v)
    doc.add_paragraph("Note: actions rated Complete will be reviewed for impact through the "
                      "CSAB multi-agency audit programme in 2026/27.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Wiltshire CSP - DHR 'Sian' action plan (Home Office template, merged rec cells)
# ---------------------------------------------------------------------------
WCSP_FILE = "kr2-wiltshire-csp-dhr-sian-action-plan.docx"

WCSP_PARTS = [
    ("Part A – Overview Report Recommendations", [
        ("1. Wiltshire Community Safety Partnership to seek assurance that all partner "
         "agencies ask older people routinely about domestic abuse.", "Local", [
            ("Publish a 7-minute briefing on domestic abuse and older people and circulate it "
             "to all partner agencies", "WCSP Domestic Abuse Coordinator",
             "Briefing drafted with the Wiltshire Safeguarding Adults Board.", "June 2025",
             "Completed 20/06/2025 – circulated to 38 agencies.", "Complete"),
            ("Each agency to audit routine enquiry in its own records and report the results "
             "to the DASV Delivery Group", "All WCSP partner agencies",
             "Audit template issued July 2025.", "December 2025", "", "Green"),
        ]),
        ("2. Great Western Hospitals NHS Foundation Trust and Salisbury NHS Foundation Trust to "
         "ensure that carers of patients with dementia are asked about their own safety when "
         "they attend the Emergency Department.", "Local", [
            ("Add a carer safety question to the Emergency Department nursing assessment in "
             "the electronic patient record",
             "Great Western Hospitals NHS FT and Salisbury NHS FT",
             "Question agreed by both safeguarding teams; EPR change request raised.",
             "31.10.2025", "", "Amber"),
        ]),
        ("3. Wiltshire Council Adult Social Care to review carers' assessments where the carer "
         "is also the partner of the person cared for, so that risk from the carer is "
         "considered.", "Local", [
            ("Revise the carers' assessment template to include a domestic abuse prompt",
             "Wiltshire Council – Adult Social Care", "Template revised and tested.",
             "March 2025", "Completed March 2025 – template live in the case management "
             "system.", "Complete"),
            ("Deliver training on the revised template to the carers' assessment team",
             "Principal Social Worker", "Two of four sessions delivered.",
             "Within 6 months of publication", "", "Green"),
        ]),
        ("4. The Home Office to consider including older victims who are also carers in the "
         "next revision of the DHR statutory guidance.", "National", [
            ("WCSP Chair to write to the Home Office highlighting this learning",
             "WCSP Chair", "Letter drafted and agreed by the panel.", "April 2025",
             "Letter sent 03/04/2025.", "Complete"),
        ]),
    ]),
    ("Part B – Single Agency Recommendations", [
        ("5. Wiltshire Police to ensure a DASH risk assessment is completed at every domestic "
         "incident involving an older couple, even where the victim declines.", "Local", [
            ("Refresh domestic abuse training for response officers with a module on older "
             "victims", "Wiltshire Police – Head of Public Protection",
             "Module written; included in the 2025/26 training plan.", "January 2026", "",
             "Green"),
        ]),
        ("6. BSW Integrated Care Board to share learning with GP practices on identifying "
         "domestic abuse in older patients with long-term conditions.", "Local", [
            ("Deliver a learning session at the BSW protected learning time event",
             "BSW ICB Designated Nurse Safeguarding Adults",
             "Session planned; date confirmed for November.", "Nov-25", "", "Amber"),
            ("Include the learning from this review in the GP safeguarding newsletter",
             "BSW ICB and GP practice safeguarding leads", "Article written.",
             "September 2025", "Completed – autumn newsletter issued 26/09/2025.",
             "Complete"),
        ]),
    ]),
]


def build_wcsp(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Wiltshire Community Safety Partnership")
    r.bold = True
    doc.add_paragraph("Domestic Homicide Review ‘Sian’ – Action Plan", style="Title")
    doc.add_paragraph("Overview report approved by the Home Office Quality Assurance Panel on "
                      "11 March 2025. Action plan owner: WCSP Domestic Abuse and Sexual Violence "
                      "(DASV) Delivery Group. Update as at 30 September 2025.")
    heads = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    for part, recs in WCSP_PARTS:
        doc.add_paragraph(part, style="Heading 1")
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True, bg=GREY)
        for rec, scope, actions in recs:
            first = len(t.rows)
            for (act, lead, miles, target, done, rag) in actions:
                cells = t.add_row().cells
                for c, v in zip(cells[2:], (act, lead, miles, target, done, rag)):
                    set_cell(c, v)
            last = len(t.rows) - 1
            for col, val in ((0, rec), (1, scope)):
                cell = t.cell(first, col)
                if last > first:
                    cell = cell.merge(t.cell(last, col))
                set_cell(cell, val)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action delivered; Green – on track; Amber – at risk of "
                      "missing the target date; Red – overdue.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. ESNEFT - Board of Directors action log (CSV export)
# ---------------------------------------------------------------------------
ESNEFT_FILE = "kr2-east-suffolk-and-north-essex-nhsft-board-of-directors-action-log.csv"

ESNEFT_OPEN = [
    ("BD25/061", "03/07/2025", "25/089", "Integrated Performance Report",
     "Provide a breakdown of 52-week waiters by specialty and site, with trajectories to "
     "March 2026", "COO", "Sep-25", "Nov-25", "A",
     "Deferred to November to align with the revised elective recovery plan."),
    ("BD25/074", "04/09/2025", "25/112", "Maternity and Neonatal Safety Report",
     "Bring the outcome of the midwifery establishment review, including the Birthrate Plus "
     "gap, to the Board", "CNO / Director of Midwifery", "Jan-26", "", "G",
     "Birthrate Plus assessment under way."),
    ("BD25/075", "04/09/2025", "25/114", "Freedom to Speak Up Guardian report",
     "Include themes by staff group and by site in the next Freedom to Speak Up report",
     "DCA", "05/03/2026", "", "G", "Scheduled for March Board."),
    ("BD25/081", "04/09/2025", "25/118", "Board Assurance Framework",
     "Review the risk appetite statement for financial risk (BAF 5) and bring it back to "
     "Board\n(Audit Committee to review first)", "CFO", "Oct-25", "", "R",
     "Audit Committee review moved to December; now expected at January Board."),
    ("BD25/090", "06/11/2025", "25/131", "Electronic Patient Record programme update",
     "Circulate the EPR benefits realisation plan to Board members before the go-live "
     "readiness review", "CIO", "TBC", "", "G",
     "Readiness review date to be confirmed by the programme board."),
    ("BD25/091", "06/11/2025", "25/133", "NHS Staff Survey",
     "Arrange a Board development session on the 2025 staff survey results, with a focus on "
     "Clacton and Harwich community hospitals", "CPO, CEO", "Mar-26", "", "G",
     "Results embargoed until February."),
]
ESNEFT_DONE = [
    ("BD25/048", "05/06/2025", "25/071", "Patient story",
     "Write to the patient and family to thank them and share the actions taken by the "
     "stroke service", "CNO", "Jul-25", "", "B", "Letter sent 14/07/2025. Propose close."),
    ("BD25/066", "03/07/2025", "25/095", "Green Plan annual report",
     "Add progress against the Green Plan to the quarterly estates and facilities report",
     "Director of Estates & Facilities", "Oct-25", "", "B",
     "Included in the Q2 report. Propose close."),
    ("BD25/079", "04/09/2025", "25/116", "Winter Plan 2025/26",
     "Confirm the number of escalation beds available at Colchester and Ipswich hospitals "
     "for December", "COO", "Nov-25", "", "B",
     "Confirmed in the November winter update. Propose close."),
]


def build_esneft(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 10
    blank = [""] * n
    w.writerow(["East Suffolk and North Essex NHS Foundation Trust"] + [""] * (n - 1))
    w.writerow(["Board of Directors (Meeting in Public) – Action Log"] + [""] * (n - 1))
    w.writerow(["Updated following the meeting held on 6 November 2025"] + [""] * (n - 1))
    w.writerow(blank)
    w.writerow(["Action No.", "Date of meeting", "Minute ref", "Agenda item", "Action",
                "Lead", "Due date", "Revised due date", "RAG", "Update / comment"])
    w.writerow(["OPEN ACTIONS"] + [""] * (n - 1))
    for row in ESNEFT_OPEN:
        w.writerow(list(row))
    w.writerow(["ACTIONS COMPLETED SINCE THE LAST MEETING (proposed for closure)"]
               + [""] * (n - 1))
    for row in ESNEFT_DONE:
        w.writerow(list(row))
    w.writerow(blank)
    w.writerow(["RAG key: R = overdue; A = revised date agreed or due at next meeting; "
                "G = not yet due; B = complete"] + [""] * (n - 1))
    w.writerow(["Lead key: CEO – Chief Executive; CNO – Chief Nursing Officer; CFO – Chief "
                "Finance Officer; COO – Chief Operating Officer; CPO – Chief People Officer; "
                "CIO – Chief Information Officer; DCA – Director of Corporate Affairs"]
               + [""] * (n - 1))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Braintree District CSP - partnership plan 2025-26 action plan (tab-separated text)
# ---------------------------------------------------------------------------
BDCSP_FILE = "kr2-braintree-district-csp-partnership-plan-2025-26-action-plan.txt"

BDCSP_PRIORITIES = [
    ("PRIORITY 1: Reducing anti-social behaviour and improving community confidence", [
        ("1.1", "Hold monthly ASB case review meetings through the Community Safety Hub for "
                "high-risk and repeat victims",
         "Braintree DC Community Safety Team / Essex Police", "Monthly",
         "Fewer repeat calls from the same victims", "Green"),
        ("1.2", "Run summer diversionary activities for young people in Braintree town centre "
                "and Witham", "Braintree DC Community Services", "June – September 2025",
         "Attendance; reduction in youth-related ASB reports", "Complete"),
        ("1.3", "Review and renew the Public Spaces Protection Order for Braintree and Witham "
                "town centres", "Braintree DC Community Safety Team", "March 2026",
         "PSPO renewed following consultation", "Amber"),
    ]),
    ("PRIORITY 2: Tackling domestic abuse and violence against women and girls", [
        ("2.1", "Deliver the Safer Streets projects in Halstead, including lighting "
                "improvements and a women's night safety campaign",
         "Braintree DC / Essex Police / Halstead Town Council", "Q3 2025/26",
         "Projects delivered; women's safety survey results", "Green"),
        ("2.2", "Promote domestic abuse awareness training to local employers\n"
                "(White Ribbon accreditation to be renewed)",
         "Community Safety Partnership Manager", "Sept 2025 – March 2026",
         "Number of employers trained; accreditation renewed", "Green"),
        ("2.3", "Make sure every CSP partner has a named domestic abuse champion",
         "All partners", "December 2025", "Champions list held by the CSP", "Amber"),
    ]),
    ("PRIORITY 3: Reducing serious violence and exploitation (Serious Violence Duty)", [
        ("3.1", "Refresh the local serious violence strategic needs assessment with the Essex "
                "Violence and Vulnerability Partnership",
         "Essex Violence and Vulnerability Partnership (VVP)", "November 2025",
         "Needs assessment published", "Green"),
        ("3.2", "Deliver knife crime awareness sessions in all secondary schools in the "
                "district", "Essex Police (Braintree DPA)", "July 2026",
         "All secondary schools reached", "Not started"),
        ("3.3", "Carry out joint visits to licensed premises and takeaways to raise awareness "
                "of exploitation", "Braintree DC Licensing & Essex Police", "Ongoing",
         "Number of premises visited", "Green"),
    ]),
    ("PRIORITY 4: Reducing drug and alcohol related harm", [
        ("4.1", "Run fire safety and hoarding home visits for residents referred by the drug "
                "and alcohol treatment service", "Essex County Fire & Rescue Service",
         "31/03/2026", "Number of safe and well visits completed", "Amber"),
    ]),
]


def tsv_field(v):
    if any(ch in v for ch in ('"', "\n", "\t")):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_bdcsp(path):
    lines = [
        "Braintree District Community Safety Partnership – Partnership Plan 2025-26: "
        "Action Plan",
        "Progress update: Quarter 2 (July – September 2025)",
        "",
        "Version control",
        "Version\tDate\tAuthor\tComment",
        "1.0\t10/04/2025\tCommunity Safety Manager\tAgreed by the CSP Board",
        "1.2\t16/10/2025\tCommunity Safety Manager\tQ2 progress update",
        "",
        "Status key: Complete = action delivered; Green = on track; Amber = some slippage; "
        "Red = not progressing; Not started",
        "",
    ]
    for prio, rows in BDCSP_PRIORITIES:
        lines.append(prio)
        lines.append("Ref\tAction\tLead partner(s)\tTimescale\tMeasure of success\tStatus")
        for row in rows:
            lines.append("\t".join(tsv_field(v) for v in row))
        lines.append("")
    lines.append("Notes: actions marked Complete will be removed at year end. Status agreed at "
                 "the Responsible Authorities Group, 16 October 2025.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_ouh(os.path.join(HERE, OUH_FILE))
    build_wcc(os.path.join(HERE, WCC_FILE))
    build_nfdc(os.path.join(HERE, NFDC_FILE))
    build_csab(os.path.join(HERE, CSAB_FILE))
    build_wcsp(os.path.join(HERE, WCSP_FILE))
    build_esneft(os.path.join(HERE, ESNEFT_FILE))
    build_bdcsp(os.path.join(HERE, BDCSP_FILE))
    for name in (OUH_FILE, WCC_FILE, NFDC_FILE, CSAB_FILE, WCSP_FILE, ESNEFT_FILE,
                 BDCSP_FILE):
        print(name)


if __name__ == "__main__":
    main()
