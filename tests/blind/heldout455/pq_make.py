#!/usr/bin/env python3
"""Build the seven pq- blind cases (set heldout455).

Run with /work/main/.venv/bin/python pq_make.py  (writes next to this script).
Each action record also carries the reading a person makes of it (keys ending
in _x); the builders below ignore those keys.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
HEAD_FILL = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


def header_row(ws, row, headers, colour=HEAD_FILL):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, row, col, value, date_fmt="dd/mm/yyyy", bold=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if isinstance(value, dt.datetime):
        c.number_format = date_fmt
    if bold:
        c.font = Font(bold=True)
    return c


# ---------------------------------------------------------------------------
# 1. London Borough of Merton - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
MERTON_FILE = "pq-london-borough-of-merton-internal-audit-recommendations-tracker.xlsx"
MERTON_TITLE = "London Borough of Merton – Internal Audit Outstanding Recommendations Tracker"

MERTON_AUDITS = [
    {
        "audit": "Section 106 Planning Obligations",
        "year": "2023/24",
        "assurance": "Limited",
        "recs": [
            {
                "ref": "IA24-11.3",
                "rec": "A complete register of S106 obligations, trigger points and expiry dates should be maintained and reconciled to the general ledger.",
                "priority": "1",
                "actions": [
                    {
                        "action": "Migrate the S106 register to the Exacom monitoring system and reconcile unspent balances to the general ledger at each quarter end.",
                        "officer": "Head of Development Management",
                        "orig": d(2024, 3, 31), "rev": d(2025, 6, 30),
                        "status": "Not implemented", "rag": "red",
                        "update": "Exacom licence procured in May 2025. Data migration has not started because the Planning Obligations Officer post was vacant until September 2025. A further revised date of 31/03/2026 will be proposed to the Committee.",
                        "lead_x": ["Head of Development Management"], "end_x": "2025-06",
                    }
                ],
            }
        ],
    },
    {
        "audit": "Temporary Accommodation – Rent Collection",
        "year": "2024/25",
        "assurance": "Limited",
        "recs": [
            {
                "ref": "IA25-03.1",
                "rec": "Arrears on nightly-paid temporary accommodation accounts should be reviewed monthly and escalated in line with the Income Recovery Policy.",
                "priority": "1",
                "actions": [
                    {
                        "action": "Introduce a monthly arrears report for nightly-paid TA accounts, reviewed by the Income Recovery Team Leader, with balances over £1,000 escalated to the Head of Housing Needs and Strategy.",
                        "officer": "Head of Housing Needs and Strategy",
                        "orig": d(2025, 3, 31), "rev": d(2025, 12, 31),
                        "status": "Partly implemented", "rag": "amber",
                        "update": "Monthly report in place since July 2025. Escalation thresholds agreed but not yet applied consistently; sample testing planned for December.",
                        "lead_x": ["Head of Housing Needs and Strategy"], "end_x": "2025-12",
                    }
                ],
            },
            {
                "ref": "IA25-03.2",
                "rec": "Void periods between placements should be recorded and reconciled to supplier invoices before payment.",
                "priority": "2",
                "actions": [
                    {
                        "action": "Reconcile TA supplier invoices to the void and occupancy log each month before payment is authorised.",
                        "officer": "Temporary Accommodation Manager",
                        "orig": d(2025, 6, 30), "rev": None,
                        "status": "Not implemented", "rag": "red",
                        "update": "Resource gap in the TA team. Placements Officer appointed October 2025; first reconciliation due for the November payment run.",
                        "lead_x": ["Temporary Accommodation Manager"], "end_x": "2025-06",
                    }
                ],
            },
        ],
    },
    {
        "audit": "Purchase Cards",
        "year": "2024/25",
        "assurance": "Reasonable",
        "recs": [
            {
                "ref": "IA25-09.1",
                "rec": "Cardholder limits should be reviewed annually and reduced where the level of spend does not justify them.",
                "priority": "2",
                "actions": [
                    {
                        "action": "Complete an annual review of single-transaction and monthly limits for all cardholders and cancel cards not used for six months.",
                        "officer": "Head of Procurement; Payments Manager",
                        "orig": d(2025, 9, 30), "rev": d(2026, 1, 31),
                        "status": "Partly implemented", "rag": "amber",
                        "update": "41 unused cards cancelled. Limit review delayed by the change of card provider; revised date agreed with Internal Audit.",
                        "lead_x": ["Head of Procurement", "Payments Manager"], "end_x": "2026-01",
                    }
                ],
            }
        ],
    },
    {
        "audit": "Cyber Security – Privileged Access",
        "year": "2025/26",
        "assurance": "Limited",
        "recs": [
            {
                "ref": "IA26-02.1",
                "rec": "Privileged (administrator) accounts should be reviewed quarterly and dormant accounts disabled.",
                "priority": "1",
                "actions": [
                    {
                        "action": "Run a quarterly report of all domain and application administrator accounts and return it to system owners for confirmation.",
                        "officer": "Head of IT Service Delivery",
                        "orig": d(2025, 12, 31), "rev": None,
                        "status": "Not yet due", "rag": "green",
                        "update": "Report built; first review cycle starts in December 2025.",
                        "lead_x": ["Head of IT Service Delivery"], "end_x": "2025-12",
                    },
                    {
                        "action": "Automatically disable administrator accounts with no logon in the previous 90 days, with exceptions approved by the Information Security Manager.",
                        "officer": "Head of IT Service Delivery",
                        "orig": d(2026, 3, 31), "rev": None,
                        "status": "Not yet due", "rag": "green",
                        "update": "Change request raised with the infrastructure team.",
                        "lead_x": ["Head of IT Service Delivery"], "end_x": "2026-03",
                    },
                ],
            },
            {
                "ref": "IA26-02.2",
                "rec": "The leavers process should remove network and system access on the leaver's last working day.",
                "priority": "1",
                "actions": [
                    {
                        "action": "Link the HR leavers report to the IT service desk so that network and Microsoft 365 access is removed on the last working day.",
                        "officer": "Head of IT Service Delivery / Head of HR Operations",
                        "orig": d(2025, 11, 30), "rev": None,
                        "status": "Not yet due", "rag": "green",
                        "update": "Automated feed tested in October 2025; go-live planned for mid-November.",
                        "lead_x": ["Head of IT Service Delivery", "Head of HR Operations"], "end_x": "2025-11",
                    }
                ],
            },
        ],
    },
]

MERTON_IMPLEMENTED = [
    {
        "ref": "IA25-09.2",
        "audit": "Purchase Cards",
        "rec": "Monthly cardholder statements should be approved by the budget holder within ten working days.",
        "action": "Enable the mandatory approval workflow in the card provider portal so that statements cannot be closed without budget holder sign-off.",
        "officer": "Payments Manager",
        "target": d(2025, 6, 30), "done": d(2025, 8, 12),
        "tested": "Yes – sample of 25 statements, no exceptions",
        "lead_x": ["Payments Manager"], "end_x": "2025-06",
    },
    {
        "ref": "IA25-05.1",
        "audit": "Direct Payments (Adult Social Care)",
        "rec": "Direct payment accounts holding surplus balances above 12 weeks' care costs should be identified and recovered.",
        "action": "Run a quarterly surplus-balance report from the prepaid card platform and issue recovery letters where balances exceed 12 weeks' care costs.",
        "officer": "Head of Adult Social Care Finance",
        "target": d(2025, 9, 30), "done": d(2025, 9, 26),
        "tested": "Yes – Q2 report and recovery letters seen",
        "lead_x": ["Head of Adult Social Care Finance"], "end_x": "2025-09",
    },
]


def build_merton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = MERTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Standards and General Purposes Committee – position as at 31 October 2025"
    ws["A3"] = "Prepared by the South West London Audit Partnership (SWLAP)"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Priority", "Recommendations tracked", "Implemented since last report",
                       "Partly implemented", "Not implemented", "Not yet due"])
    rows = [("Priority 1 (High)", 4, 0, 1, 1, 2), ("Priority 2 (Medium)", 4, 2, 1, 1, 0),
            ("Priority 3 (Low)", 0, 0, 0, 0, 0)]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            put(ws, r, i, v)
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for col in range(2, 7):
        put(ws, r, col, f"=SUM({get_column_letter(col)}6:{get_column_letter(col)}8)", bold=True)
    ws.cell(row=r + 2, column=1,
            value="Note: Priority 3 recommendations are followed up by SWLAP but not reported to the Committee.").font = Font(italic=True)
    widths(ws, [24, 16, 18, 16, 16, 14])

    ws = wb.create_sheet("Outstanding recommendations")
    ws["A1"] = "Outstanding internal audit recommendations – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:M1")
    headers = ["Audit", "Year", "Assurance", "Ref", "Recommendation", "Priority",
               "Agreed management action", "Responsible officer", "Original target date",
               "Revised target date", "Status", "RAG", "Management update (October 2025)"]
    header_row(ws, 3, headers)
    r = 4
    for audit in MERTON_AUDITS:
        a_start = r
        for rec in audit["recs"]:
            r_start = r
            for act in rec["actions"]:
                put(ws, r, 7, act["action"])
                put(ws, r, 8, act["officer"])
                put(ws, r, 9, act["orig"])
                put(ws, r, 10, act["rev"])
                put(ws, r, 11, act["status"])
                c = put(ws, r, 12, None)
                c.fill = fill(FILL[act["rag"]])
                put(ws, r, 13, act["update"])
                r += 1
            put(ws, r_start, 4, rec["ref"])
            put(ws, r_start, 5, rec["rec"])
            put(ws, r_start, 6, rec["priority"])
            if r - r_start > 1:
                for col in (4, 5, 6):
                    ws.merge_cells(start_row=r_start, start_column=col, end_row=r - 1, end_column=col)
        put(ws, a_start, 1, audit["audit"], bold=True)
        put(ws, a_start, 2, audit["year"])
        put(ws, a_start, 3, audit["assurance"])
        if r - a_start > 1:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=a_start, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A4"
    widths(ws, [24, 9, 11, 11, 40, 8, 48, 26, 12, 12, 16, 6, 48])

    ws = wb.create_sheet("Implemented since last report")
    ws["A1"] = "Recommendations implemented since the last report (to be removed from the tracker once noted)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    header_row(ws, 3, ["Ref", "Audit", "Recommendation", "Agreed management action",
                       "Responsible officer", "Target date", "Date implemented", "Status",
                       "Verified by Internal Audit"], colour="2E75B6")
    r = 4
    for it in MERTON_IMPLEMENTED:
        put(ws, r, 1, it["ref"])
        put(ws, r, 2, it["audit"])
        put(ws, r, 3, it["rec"])
        put(ws, r, 4, it["action"])
        put(ws, r, 5, it["officer"])
        put(ws, r, 6, it["target"])
        put(ws, r, 7, it["done"])
        c = put(ws, r, 8, "Implemented")
        c.fill = fill(BLUE)
        put(ws, r, 9, it["tested"])
        r += 1
    widths(ws, [11, 24, 40, 48, 26, 12, 12, 14, 30])

    ws = wb.create_sheet("Key")
    ws["A1"] = "Priority and RAG definitions"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Priority", "Definition"])
    for i, (p, t) in enumerate([
        ("1 (High)", "Fundamental control weakness; action required within three months."),
        ("2 (Medium)", "Significant weakness; action required within six months."),
        ("3 (Low)", "Improvement to good practice; action at management discretion."),
    ], 4):
        put(ws, i, 1, p)
        put(ws, i, 2, t)
    header_row(ws, 8, ["RAG", "Meaning"])
    for i, (colour, t) in enumerate([
        (BLUE, "Implemented and verified by Internal Audit"),
        (GREEN, "Not yet due / on track for target date"),
        (AMBER, "Partly implemented or revised date agreed"),
        (RED, "Not implemented and past target date"),
    ], 9):
        c = put(ws, i, 1, None)
        c.fill = fill(colour)
        put(ws, i, 2, t)
    widths(ws, [14, 70])
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Royal Borough of Greenwich - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
GREENWICH_FILE = "pq-royal-borough-of-greenwich-strategic-risk-register-2025-26.xlsx"
GREENWICH_TITLE = "Royal Borough of Greenwich – Strategic Risk Register, Quarter 2 2025/26"
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}

GREENWICH_RISKS = [
    {
        "risk": "SR01 – Medium Term Financial Strategy",
        "desc": "Cause: rising demand in temporary accommodation, SEND transport and adult social care alongside uncertain government funding.\nEvent: the Council cannot set a balanced budget over the MTFS period.\nConsequence: a section 114 notice, loss of local control and cuts to services.",
        "owner": "Director of Finance",
        "score": "5 x 4 = 20", "score_fill": RED, "dot": "↔", "target": "3 x 4 = 12",
        "actions": [
            ("Deliver the 2025/26 savings programme of £18.6m, tracked monthly through the Budget Challenge Board.",
             "Director of Finance", d(2026, 3, 31),
             "£14.2m (76%) delivered or on track; £4.4m at risk, mainly in temporary accommodation and SEND transport.",
             "Some slippage", ["Director of Finance"], "2026-03", None),
            ("Refresh the MTFS to 2029/30 and present it to Cabinet alongside the draft 2026/27 budget.",
             "Director of Finance; Head of Strategic Finance", "Feb-26",
             "Draft assumptions agreed by Greenwich Management Team in September; settlement modelling under way.",
             "On track", ["Director of Finance", "Head of Strategic Finance"], "2026-02", None),
            ("Review earmarked reserves and report re-purposing options to the Audit and Risk Management Panel.",
             "Head of Strategic Finance", d(2025, 9, 30),
             "Reported to the Panel on 17 September 2025; £6.1m re-designated to the Financial Resilience Reserve.",
             "Complete", ["Head of Strategic Finance"], "2025-09", None),
        ],
    },
    {
        "risk": "SR04 – SEND School Places and High Needs Block",
        "desc": "Cause: growth in EHC plans (up 14% in 2024/25) and reliance on independent special school places.\nEvent: insufficient local specialist places and a growing High Needs Block deficit.\nConsequence: children placed out of borough, higher transport costs and a cumulative DSG deficit.",
        "owner": "Director of Children's Services",
        "score": "4 x 4 = 16", "score_fill": RED, "dot": "↑", "target": "3 x 3 = 9",
        "actions": [
            ("Open the new 120-place SEMH and autism provision (phase 1) on the former Eltham site.",
             "Assistant Director, Education", "Sept 2026",
             "Main contractor appointment slipped by six weeks; phase 1 opening date under review with the design team.",
             "Some slippage", ["Assistant Director, Education"], "2026-09", None),
            ("Deliver the Delivering Better Value in SEND workstream on early identification and inclusion in mainstream schools.",
             "Head of SEND", d(2026, 3, 31),
             "Inclusion toolkit launched with 38 primary schools; 12 resource base places commissioned.",
             "On track", ["Head of SEND"], "2026-03", None),
        ],
    },
    {
        "risk": "SR07 – Cyber Security & Data Breaches",
        "desc": "Cause: increasing ransomware activity against local government and legacy on-premise infrastructure.\nEvent: a successful attack affecting the security or availability of the Council's network or systems.\nConsequence: loss of services to residents, data breach, ICO enforcement and recovery costs.",
        "owner": "Chief Information Officer",
        "score": "3 x 5 = 15", "score_fill": AMBER, "dot": "↔", "target": "2 x 5 = 10",
        "actions": [
            ("Complete migration of the remaining on-premise servers to the Azure tenancy and decommission the legacy backup appliances.",
             "Head of ICT Infrastructure", d(2025, 12, 31),
             "Migration paused in August after a supplier resourcing issue; 14 of 38 servers remain on premise.",
             "Off track", ["Head of ICT Infrastructure"], "2025-12", None),
            ("Run a cyber incident exercise with Greenwich Management Team using an LGA Cyber 360 scenario.",
             "Chief Information Officer", "Jan-26",
             "Exercise booked for 20 January 2026.",
             "On track", ["Chief Information Officer"], "2026-01", None),
        ],
    },
    {
        "risk": "SR11 – Temporary Accommodation Demand and Cost",
        "desc": "Cause: rising homelessness presentations and a shortage of affordable private rented homes.\nEvent: reliance on nightly-paid accommodation outside the borough continues to grow.\nConsequence: General Fund overspend, poor outcomes for families and legal challenge on suitability.",
        "owner": "Director of Housing and Safer Communities",
        "score": "5 x 4 = 20", "score_fill": RED, "dot": "↔", "target": "4 x 3 = 12",
        "actions": [
            ("Acquire 150 additional homes for use as temporary accommodation through the Meridian Home Start programme.",
             "Director of Housing and Safer Communities", "Q4 2025/26",
             "97 completions to date; a further 41 properties under offer.",
             "On track", ["Director of Housing and Safer Communities"], "2026-03", None),
            ("Embed the prevention-first Housing Options triage model and report prevention outcomes monthly.",
             "Head of Housing Options", "Ongoing",
             "Prevention rate 38% in Q2 against a target of 45%.",
             "Some slippage", ["Head of Housing Options"], None, "Ongoing"),
        ],
    },
]


def build_greenwich(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = GREENWICH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Management Panel – 26 November 2025"
    header_row(ws, 4, ["Risk", "Risk owner", "Q1 score", "Q2 score", "Target score"])
    q1 = {"SR01": 20, "SR04": 12, "SR07": 15, "SR11": 20}
    r = 5
    for risk in GREENWICH_RISKS:
        put(ws, r, 1, risk["risk"])
        put(ws, r, 2, risk["owner"])
        put(ws, r, 3, q1[risk["risk"][:4]])
        c = put(ws, r, 4, int(risk["score"].split("=")[1]))
        c.fill = fill(risk["score_fill"])
        put(ws, r, 5, int(risk["target"].split("=")[1]))
        r += 1
    widths(ws, [48, 40, 10, 10, 12])

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = GREENWICH_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Only open further actions and actions completed in the quarter are shown. Action status key on the ‘Key’ sheet."
    ws["A2"].font = Font(italic=True)
    headers = ["Risk", "Description (cause / event / consequence)", "Risk owner",
               "Current score (L x I)", "Direction of travel", "Further mitigating actions",
               "Action owner", "Target date", "Progress at Q2", "Action status", "Target score"]
    header_row(ws, 4, headers)
    r = 5
    for risk in GREENWICH_RISKS:
        start = r
        for (text, owner, due, progress, status, *_x) in risk["actions"]:
            put(ws, r, 6, text)
            put(ws, r, 7, owner)
            put(ws, r, 8, due, date_fmt="mmm-yy")
            put(ws, r, 9, progress)
            c = put(ws, r, 10, status)
            c.fill = fill(STATUS_FILL[status])
            r += 1
        put(ws, start, 1, risk["risk"], bold=True)
        put(ws, start, 2, risk["desc"])
        put(ws, start, 3, risk["owner"])
        c = put(ws, start, 4, risk["score"])
        c.fill = fill(risk["score_fill"])
        put(ws, start, 5, risk["dot"])
        put(ws, start, 11, risk["target"])
        for col in (1, 2, 3, 4, 5, 11):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A5"
    widths(ws, [26, 48, 22, 12, 10, 48, 26, 11, 44, 14, 12])

    ws = wb.create_sheet("Key")
    ws["A1"] = "Risk scoring and action status key"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Risk score", "Rating"])
    for i, (s, t, colour) in enumerate([("15 – 25", "High", RED), ("8 – 12", "Medium", AMBER),
                                        ("1 – 6", "Low", GREEN)], 4):
        put(ws, i, 1, s)
        c = put(ws, i, 2, t)
        c.fill = fill(colour)
    header_row(ws, 8, ["Action status", "Meaning"])
    for i, (s, t) in enumerate([
        ("Complete", "Action delivered and evidenced"),
        ("On track", "Expected to be delivered by the target date"),
        ("Some slippage", "Delayed but expected to be delivered within the quarter after the target date"),
        ("Off track", "Will not be delivered without intervention"),
    ], 9):
        c = put(ws, i, 1, s)
        c.fill = fill(STATUS_FILL[s])
        put(ws, i, 2, t)
    widths(ws, [16, 80])
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. North Northamptonshire Council - corporate plan delivery plan Q2 (xlsx)
# ---------------------------------------------------------------------------
NNC_FILE = "pq-north-northamptonshire-council-corporate-plan-delivery-plan-q2-2025-26.xlsx"
NNC_TITLE = "North Northamptonshire Council – Corporate Plan Delivery Plan 2025/26: Quarter 2 Progress"
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
RAG_NAME = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

NNC_SHEETS = [
    {
        "sheet": "3 Safe and thriving places",
        "kc": "Key commitment 3: Safe and thriving places",
        "objectives": [
            ("3.1 Improve housing conditions and prevent homelessness", [
                ("3.1.1", "Complete the stock condition survey of all council-owned homes and publish a new five-year HRA investment programme.",
                 "Housing, Communities and Levelling Up", "Assistant Director – Housing", "March 2026", "G", "A",
                 "Survey 71% complete. Contractor capacity reduced over the summer; investment programme now expected to go to the Executive in April 2026.",
                 ["Assistant Director – Housing"], "2026-03", None),
                ("3.1.2", "Consult on a selective licensing scheme for private rented homes in Corby and Kettering town centres.",
                 "Housing, Communities and Levelling Up", "Head of Private Sector Housing", "Q3 2025/26", "G", "G",
                 "Evidence base complete; ten-week consultation opens 3 November 2025.",
                 ["Head of Private Sector Housing"], "2025-12", None),
            ]),
            ("3.2 Reduce crime and anti-social behaviour", [
                ("3.2.1", "Deliver the Serious Violence Duty strategy actions agreed with the Community Safety Partnership.",
                 "Safer and Stronger Communities", "Head of Community Safety / Community Safety Partnership Manager",
                 "Sept 2025 – March 2026", "A", "G",
                 "Hotspot patrol funding confirmed; youth diversion programme running in four secondary schools.",
                 ["Head of Community Safety", "Community Safety Partnership Manager"], "2026-03", None),
            ]),
        ],
    },
    {
        "sheet": "4 Green environment",
        "kc": "Key commitment 4: Green, sustainable environment",
        "objectives": [
            ("4.1 Reduce the council's own carbon emissions", [
                ("4.1.1", "Complete the heat pump and solar PV works at Corby East Midlands International Pool funded by the Public Sector Decarbonisation Scheme.",
                 "Climate and Green Environment", "Head of Climate Change and Environment", d(2025, 12, 31), "A", "R",
                 "Electricity network upgrade not yet scheduled by the distribution network operator; grant deadline extension requested.",
                 ["Head of Climate Change and Environment"], "2025-12", None),
                ("4.1.2", "Replace 2,400 street lights with LED units as part of the 2025/26 programme.",
                 "Highways, Travel and Assets", "Assistant Director – Highways and Waste", "March 2026", "G", "B",
                 "Programme completed in September 2025, ahead of schedule.",
                 ["Assistant Director – Highways and Waste"], "2026-03", None),
            ]),
            ("4.2 Increase recycling and reduce waste", [
                ("4.2.1", "Introduce weekly food waste collections for all households in line with Simpler Recycling.",
                 "Climate and Green Environment", "Head of Waste Services", "March 2026", "G", "A",
                 "Caddy delivery on track; vehicle delivery delayed by the manufacturer to February 2026.",
                 ["Head of Waste Services"], "2026-03", None),
            ]),
        ],
    },
    {
        "sheet": "6 Modern public services",
        "kc": "Key commitment 6: Modern public services",
        "objectives": [
            ("6.1 Improve the customer experience", [
                ("6.1.1", "Launch the customer portal and single customer account (phase 1: council tax, waste and housing repairs).",
                 "Finance and Transformation", "Chief Information Officer; Head of Customer Services", "November 2025", "G", "G",
                 "User testing complete; launch date confirmed for 17 November 2025.",
                 ["Chief Information Officer", "Head of Customer Services"], "2025-11", None),
                ("6.1.2", "Implement the Customer Experience Strategy action plan agreed by the Executive in July 2025.",
                 "Finance and Transformation", "Head of Customer Services", "Ongoing", "", "G",
                 "First quarterly customer insight report produced.",
                 ["Head of Customer Services"], None, "Ongoing"),
            ]),
            ("6.2 Be a financially sustainable council", [
                ("6.2.1", "Deliver the 2025/26 budget savings of £9.7m and report progress monthly to the Executive.",
                 "Finance and Transformation", "Executive Director of Finance and Performance (S151)", "Q4 2025/26", "A", "A",
                 "£7.9m forecast to be delivered; mitigations for the £1.8m gap reported to the Executive in October.",
                 ["Executive Director of Finance and Performance (S151)"], "2026-03", None),
            ]),
        ],
    },
]


def build_nnc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = NNC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Executive, 11 December 2025. Progress is reported against the key actions for 2025/26; the remaining key commitments are reported in the Q2 performance indicator report."
    ws["A2"].alignment = Alignment(wrap_text=False)
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk / some delay"),
                                ("R", "Off track – corrective action needed")], 5):
        c = put(ws, i, 1, k)
        c.fill = fill(RAG_FILL[k])
        put(ws, i, 2, t)
    header_row(ws, 10, ["Key commitment", "Key actions", "B", "G", "A", "R"])
    r = 11
    for sh in NNC_SHEETS:
        acts = [a for _, lst in sh["objectives"] for a in lst]
        put(ws, r, 1, sh["kc"])
        put(ws, r, 2, len(acts))
        for j, k in enumerate("BGAR", 3):
            put(ws, r, j, sum(1 for a in acts if a[6] == k))
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for col in range(2, 7):
        L = get_column_letter(col)
        put(ws, r, col, f"=SUM({L}11:{L}{r - 1})", bold=True)
    widths(ws, [48, 36, 6, 6, 6, 6])

    for sh in NNC_SHEETS:
        ws = wb.create_sheet(sh["sheet"])
        ws["A1"] = sh["kc"]
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A1:H1")
        header_row(ws, 2, ["Ref", "Key action", "Portfolio", "Lead officer", "Due",
                           "Q1 RAG", "Q2 RAG", "Q2 commentary"])
        r = 3
        for obj, acts in sh["objectives"]:
            c = ws.cell(row=r, column=1, value=obj)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for (ref, text, port, lead, due, q1, q2, comm, *_x) in acts:
                put(ws, r, 1, ref)
                put(ws, r, 2, text)
                put(ws, r, 3, port)
                put(ws, r, 4, lead)
                put(ws, r, 5, due)
                c = put(ws, r, 6, q1 or None)
                if q1:
                    c.fill = fill(RAG_FILL[q1])
                c = put(ws, r, 7, q2)
                c.fill = fill(RAG_FILL[q2])
                put(ws, r, 8, comm)
                r += 1
        widths(ws, [8, 52, 24, 30, 14, 8, 8, 52])
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 4. Safer Peterborough Partnership - DHR 'Lorraine' action plan (docx)
# ---------------------------------------------------------------------------
PBORO_FILE = "pq-safer-peterborough-partnership-dhr-lorraine-action-plan.docx"
PBORO_TITLE = "Domestic Homicide Review: ‘Lorraine’ – Action Plan"
PBORO_RAG = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

PBORO_SECTIONS = [
    ("Section 1 – Overview Report Recommendations", [
        ("Recommendation 1: The Safer Peterborough Partnership should seek assurance that partner agencies routinely ask about domestic abuse when an older adult is caring for, or being cared for by, an adult family member.",
         "Local", [
             ("1.1", "Include routine enquiry about domestic abuse in the Adult Social Care carers’ assessment and review templates.",
              "Peterborough City Council – Adult Social Care",
              "Template revised and tested with the Carers Partnership Board.", "March 2025",
              "Completed 28/04/2025 – new template live on the case management system.", "Blue",
              ["Peterborough City Council – Adult Social Care"], "2025-03", None),
             ("1.2", "Deliver briefing sessions on domestic abuse and older people to GP practices, community nursing and community pharmacy teams.",
              "NHS Cambridgeshire and Peterborough ICB",
              "Three of six sessions delivered; recording available on the ICB safeguarding hub.", "Sept 2025 – Jan 2026",
              "", "Green",
              ["NHS Cambridgeshire and Peterborough ICB"], "2026-01", None),
         ]),
        ("Recommendation 2: Agencies should ensure that risk assessments for victims are reviewed when the perpetrator’s mental health or substance use deteriorates.",
         "Local", [
             ("2.1", "Amend the DASH review guidance so that a change in the perpetrator’s presentation triggers a fresh risk assessment and, where indicated, a referral to MARAC.",
              "Cambridgeshire Constabulary / Peterborough Domestic Abuse and Sexual Violence Partnership",
              "Draft guidance circulated to the MARAC Steering Group in August 2025; awaiting Constabulary policy sign-off.",
              "31/12/2025", "", "Amber",
              ["Cambridgeshire Constabulary", "Peterborough Domestic Abuse and Sexual Violence Partnership"], "2025-12", None),
             ("2.2", "Include the learning from this review in the level 3 safeguarding adults training for mental health staff.",
              "Cambridgeshire and Peterborough NHS Foundation Trust",
              "Training materials updated May 2025.", "June 2025",
              "Completed – 412 staff trained by September 2025.", "Blue",
              ["Cambridgeshire and Peterborough NHS Foundation Trust"], "2025-06", None),
         ]),
        ("Recommendation 3: The Safer Peterborough Partnership should share the learning from this review across the partnership and with local faith and community groups.",
         "Local", [
             ("3.1", "Produce a seven-minute briefing and present it at partnership learning events and the faith leaders’ forum.",
              "Safer Peterborough Partnership – DHR Coordinator",
              "Briefing published July 2025; presented at two events.", "Ongoing", "", "Green",
              ["Safer Peterborough Partnership – DHR Coordinator"], None, "Ongoing"),
         ]),
    ]),
    ("Section 2 – Single Agency Recommendations", [
        ("Recommendation 4 (Peterborough City Council Housing Needs): Housing officers should be trained to recognise and respond to adult family violence when a household member is threatened with homelessness.",
         "Single agency", [
             ("4.1", "Deliver domestic abuse awareness training, including adult family violence, to all Housing Needs staff and record completion on the learning system.",
              "Peterborough City Council – Housing Needs",
              "Training provider withdrew in June 2025; re-procurement under way.", "March 2026", "", "Red",
              ["Peterborough City Council – Housing Needs"], "2026-03", None),
         ]),
        ("Recommendation 5 (Cambridgeshire Constabulary): Officers attending domestic incidents involving older victims should consider coercive and controlling behaviour by adult children.",
         "Single agency", [
             ("5.1", "Update the domestic abuse attendance checklist on Athena to prompt questions about adult children living in the household.",
              "Cambridgeshire Constabulary",
              "Change request approved by the Athena design authority in September 2025.", "Q3 2025/26", "", "Green",
              ["Cambridgeshire Constabulary"], "2025-12", None),
             ("5.2", "Deliver a case study from this review to response officers at continuous professional development days.",
              "Detective Superintendent, Public Protection",
              "Case study included in the CPD programme.", "January 2025",
              "Completed February 2025.", "Blue",
              ["Detective Superintendent, Public Protection"], "2025-01", None),
         ]),
    ]),
]


def build_peterborough(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Safer Peterborough Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(PBORO_TITLE, level=1)
    doc.add_paragraph("Overview report and individual management review recommendations")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "5.0"), ("Date", "14 October 2025"),
                 ("Owner", "DHR Coordinator, Safer Peterborough Partnership"),
                 ("Status", "Live – monitored by the DHR Steering Group"),
                 ("Protective marking", "OFFICIAL")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Blue = completed and evidenced; Green = on track; Amber = delayed but achievable; Red = not progressing / at risk.")

    headers = ["No.", "Recommendation", "Scope of recommendation (local or regional)", "Action to take",
               "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "RAG"]
    for sec, recs in PBORO_SECTIONS:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        repeat_header(t.rows[0])
        for rec, scope, acts in recs:
            first = None
            for (no, action, lead, miles, target, done, rag, *_x) in acts:
                row = t.add_row()
                c = row.cells
                set_cell(c[0], no)
                set_cell(c[3], action)
                set_cell(c[4], lead)
                set_cell(c[5], miles)
                set_cell(c[6], target)
                set_cell(c[7], done)
                set_cell(c[8], rag)
                shade(c[8], PBORO_RAG[rag])
                if first is None:
                    first = row
                    set_cell(c[1], rec)
                    set_cell(c[2], scope)
                else:
                    row.cells[1].text = ""
                    row.cells[2].text = ""
            last = t.rows[-1]
            if last is not first:
                first.cells[1].merge(last.cells[1])
                first.cells[2].merge(last.cells[2])
                # merging keeps an empty paragraph from the lower cells; drop it
                for col in (1, 2):
                    cell = first.cells[col]
                    paras = cell.paragraphs
                    for extra in paras[1:]:
                        if not extra.text:
                            extra._element.getparent().remove(extra._element)
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Safer Peterborough Partnership Board", "Chair", "21 October 2025"]):
        set_cell(t.rows[1].cells[i], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bexley Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
BEXLEY_FILE = "pq-bexley-health-and-wellbeing-board-action-log.docx"
BEXLEY_TITLE = "Bexley Health and Wellbeing Board – Action Log"
BEXLEY_STATUS_FILL = {"Complete": "9DC3E6", "On track": "C6E0B4", "Delayed": "FFE699", "Overdue": "F4B183"}

BEXLEY_MEETINGS = [
    ("Meeting held on 13 March 2025", [
        ("HWB25/07", "Joint Local Health and Wellbeing Strategy refresh",
         "Circulate the draft outcomes framework for the refreshed strategy to Board members for comment before publication.",
         "Director of Public Health", "30 April 2025",
         "Circulated 24 April 2025; comments incorporated in the published version.", "Complete",
         ["Director of Public Health"], "2025-04", None, "blue"),
        ("HWB25/09", "Childhood immunisations",
         "Provide a breakdown of MMR2 uptake by ward and GP practice, with the actions agreed with practices below 85%.",
         "Consultant in Public Health (Children and Young People); SEL ICB Immunisations Lead", "June 2025",
         "Ward data shared with members in July. Practice-level actions delayed until NHS England releases Q1 data.", "Delayed",
         ["Consultant in Public Health (Children and Young People)", "SEL ICB Immunisations Lead"], "2025-06", None, "amber"),
    ]),
    ("Meeting held on 12 June 2025", [
        ("HWB25/14", "Better Care Fund 2025-26",
         "Report the outcome of the review of BCF discharge funding, including the cost and impact of the step-down beds.",
         "Place Executive Director (Bexley) and Director of Adult Social Care", "September 2025",
         "Not reported in September; now scheduled for the November meeting at the request of the ICB.", "Overdue",
         ["Place Executive Director (Bexley)", "Director of Adult Social Care"], "2025-09", None, "red"),
        ("HWB25/15", "Healthwatch Bexley annual report",
         "Arrange a joint workshop with Healthwatch Bexley on access to GP appointments.",
         "Healthwatch Bexley Manager / Primary Care Lead", "TBC",
         "Draft agenda agreed; date to be confirmed with the GP Federation.", "On track",
         ["Healthwatch Bexley Manager", "Primary Care Lead"], None, "TBC", "green"),
    ]),
    ("Meeting held on 11 September 2025", [
        ("HWB25/21", "Pharmaceutical Needs Assessment 2025",
         "Publish the final Pharmaceutical Needs Assessment on the council website by the statutory deadline.",
         "Head of Public Health Intelligence", "1 October 2025",
         "Published 29 September 2025.", "Complete",
         ["Head of Public Health Intelligence"], "2025-10", None, "blue"),
        ("HWB25/22", "Bexley Care Plus memorandum of understanding",
         "Bring a progress report on integrated neighbourhood teams, including the two neighbourhood pilots, to a future meeting.",
         "Chair of the Bexley Care Plus Partnership Board", "March 2026 meeting",
         "Added to the Board forward plan.", "On track",
         ["Chair of the Bexley Care Plus Partnership Board"], "2026-03", None, "green"),
        ("HWB25/23", "Safeguarding Adults Board annual report",
         "Share the Safeguarding Adults Board annual report with the Bexley Safeguarding Partnership and the Community Safety Partnership.",
         "Independent Chair, Bexley Safeguarding Adults Board", "31/10/2025",
         "", "On track",
         ["Independent Chair, Bexley Safeguarding Adults Board"], "2025-10", None, "green"),
    ]),
]


def build_bexley(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(BEXLEY_TITLE, level=1)
    doc.add_paragraph("Updated 2 October 2025, following the meeting held on 11 September 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Clerk", "Democratic Services, London Borough of Bexley"),
                 ("Next meeting", "20 November 2025, Civic Offices, Watling Street"),
                 ("Removal of actions", "Completed actions are removed after they have been reported to one meeting.")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status: On track (green)  •  Delayed (amber)  •  Overdue (red)  •  Complete (blue)")

    headers = ["Ref", "Item", "Action", "Owner", "Due", "Update", "Status"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")
    repeat_header(t.rows[0])
    for meeting, acts in BEXLEY_MEETINGS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, meeting, bold=True)
        shade(merged, "DEEAF6")
        for (ref, item, action, owner, due, upd, status, *_x) in acts:
            row = t.add_row()
            c = row.cells
            for i, v in enumerate([ref, item, action, owner, due, upd, status]):
                set_cell(c[i], v)
            shade(c[6], BEXLEY_STATUS_FILL[status])
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Wokingham Borough Council - Ofsted focused visit action plan (csv, refuse)
# ---------------------------------------------------------------------------
WOK_FILE = "pq-wokingham-borough-council-ofsted-focused-visit-action-plan-typo-month-refuse.csv"
WOK_TYPO = "Janaury 2026"

WOK_AREAS = [
    ("The timeliness and quality of permanence planning for children in care, including the use of early permanence.", [
        ("1.1", "Introduce a monthly permanence tracking panel chaired by the Head of Service for Children in Care.",
         "Head of Service, Children in Care", "Sept 2025", "Complete",
         "Panel running since 4 September 2025; 46 children reviewed."),
        ("1.2", "Audit all children in care without a confirmed permanence plan at their second review and agree a plan within six weeks.",
         "Service Manager – Children in Care; IRO Service Manager", "31/12/2025", "Amber",
         "29 of 41 children audited; plans agreed for 22."),
        ("1.3", "Deliver early permanence and foster to adopt training with Adopt Thames Valley for all children in care social workers.",
         "Principal Social Worker", "November 2025", "Green",
         "Two sessions booked for November."),
    ]),
    ("The consistency of management oversight and supervision, so that actions are followed up and children's plans progress without drift.", [
        ("2.1", "Refresh the supervision policy and template to record actions, timescales and the child's voice.",
         "Principal Social Worker", "October 2025", "Complete",
         "New template live on Mosaic from 6 October 2025."),
        ("2.2", "Complete a thematic audit of supervision records and report the findings to the Children's Services Improvement Board.",
         "Head of Quality Assurance", WOK_TYPO, "Green",
         "Audit tool agreed; sample to be drawn in December."),
    ]),
    ("The sufficiency of local homes for children in care, so that fewer children live at a distance from Wokingham.", [
        ("3.1", "Recruit 15 additional in-house foster carers through the 2025/26 fostering recruitment campaign.",
         "Fostering Team Manager", "March 2026", "Amber",
         "6 households approved; 5 in assessment."),
        ("3.2", "Review the placement sufficiency strategy with the Regional Care Co-operative and present it to Corporate Parenting Board.",
         "Assistant Director, Commissioning", "Q4 2025/26", "Green",
         "Data pack being refreshed with the Berkshire sufficiency group."),
    ]),
]


def build_wokingham(path):
    rows = [
        ["Wokingham Borough Council – Children's Services", "", "", "", "", "", ""],
        ["Ofsted Focused Visit (8–9 July 2025): Children in Care – Improvement Action Plan", "", "", "", "", "", ""],
        ["Owner: Assistant Director, Social Care and Early Help. Last updated: 17/10/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for improvement", "Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (October 2025)"],
    ]
    typo_line = None
    for area, acts in WOK_AREAS:
        for i, (ref, action, lead, when, rag, upd) in enumerate(acts):
            rows.append([area if i == 0 else "", ref, action, lead, when, rag, upd])
            if when == WOK_TYPO:
                typo_line = len(rows)
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; Red = off track", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)
    return typo_line


# ---------------------------------------------------------------------------
# 7. Enfield Safeguarding Children Partnership - LCSPR Child F (txt)
# ---------------------------------------------------------------------------
ENFIELD_FILE = "pq-enfield-safeguarding-children-partnership-lcspr-child-f-action-plan.txt"
ENFIELD_TITLE = "Local Child Safeguarding Practice Review: Child F – Multi-agency Action Plan"

ENFIELD_THEMES = [
    ("LEARNING THEME 1 – Seeing each child in a family with complex needs", [
        ("Recommendation 1: All agencies should ensure that practitioners record and act on the lived experience of each child in the family, including the siblings of a disabled child.", [
            ("1.1", "Revise the single assessment guidance to require a separate analysis of the lived experience of each child in the household.",
             "Head of Service, Assessment and Safeguarding", "Dec 2025", "G",
             ["Head of Service, Assessment and Safeguarding"], "2025-12", None, "green"),
            ("1.2", "Add a prompt about siblings to the health visiting and school nursing record templates.",
             "Named Nurse, Enfield 0-19 Service / Designated Nurse for Safeguarding Children (NCL ICB)", "Jul-25", "C",
             ["Named Nurse, Enfield 0-19 Service", "Designated Nurse for Safeguarding Children (NCL ICB)"], "2025-07", None, "blue"),
        ]),
        ("Recommendation 2: The ESCP should seek assurance that the thresholds guidance is applied consistently when a referral concerns neglect of a disabled child.", [
            ("2.1", "Carry out a multi-agency audit of 20 neglect referrals about disabled children received by the MASH between April and September 2025.",
             "Chair, ESCP Quality Assurance Activity Group", "Jan 2026", "A",
             ["Chair, ESCP Quality Assurance Activity Group"], "2026-01", None, "amber"),
            ("2.2", "Add examples relating to disabled children to the Enfield Thresholds Guidance and re-launch it at the ESCP practitioner forum.",
             "ESCP Business Manager", "March 2026", "G",
             ["ESCP Business Manager"], "2026-03", None, "green"),
        ]),
    ]),
    ("LEARNING THEME 2 – Working with parents who do not engage", [
        ("Recommendation 3: Partner agencies should escalate promptly when parents repeatedly cancel or do not attend appointments for a child with health needs.", [
            ("3.1", "Implement the 'Was Not Brought' policy in all paediatric outpatient clinics at North Middlesex University Hospital and audit compliance.",
             "Named Doctor for Safeguarding Children, NMUH", "Oct 2025", "R",
             ["Named Doctor for Safeguarding Children, NMUH"], "2025-10", None, "red"),
            ("3.2", "Re-launch the ESCP escalation and resolution protocol with a seven-minute briefing for schools and early years settings.",
             "ESCP Business Manager; Education Safeguarding Lead", "Jun-25", "C",
             ["ESCP Business Manager", "Education Safeguarding Lead"], "2025-06", None, "blue"),
            ("3.3", "Report to the ESCP Executive on the number and outcome of escalations made under the protocol.",
             "ESCP Business Manager", "Quarterly", "G",
             ["ESCP Business Manager"], None, "Quarterly", "green"),
        ]),
    ]),
]


def build_enfield(path):
    rule = "-" * 78
    lines = [
        "ENFIELD SAFEGUARDING CHILDREN PARTNERSHIP (ESCP)",
        ENFIELD_TITLE,
        "Progress report to the Learning and Improvement Activity Group",
        "",
        "Position at:  30 September 2025",
        "Plan owner:   ESCP Business Manager",
        "Review published: 12 February 2025",
        "",
        "Key: C = Complete (evidence received)   G = On track   A = Some slippage   R = Off track",
        "",
        "Exported from the ESCP action tracker. Columns: Ref | Action | Lead | Due | RAG",
        "",
    ]
    for theme, recs in ENFIELD_THEMES:
        lines.append("=" * 78)
        lines.append(theme)
        lines.append("=" * 78)
        for rec, acts in recs:
            lines.append("")
            lines.append(rec)
            lines.append(rule)
            for (ref, action, lead, due, rag, *_x) in acts:
                lines.append(f"{ref} | {action} | {lead} | {due} | {rag}")
        lines.append("")
    lines.append("Actions rated C are removed from the plan once the Learning and Improvement Activity Group has seen the evidence.")
    lines.append("End of export")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_merton(os.path.join(HERE, MERTON_FILE))
    build_greenwich(os.path.join(HERE, GREENWICH_FILE))
    build_nnc(os.path.join(HERE, NNC_FILE))
    build_peterborough(os.path.join(HERE, PBORO_FILE))
    build_bexley(os.path.join(HERE, BEXLEY_FILE))
    typo = build_wokingham(os.path.join(HERE, WOK_FILE))
    build_enfield(os.path.join(HERE, ENFIELD_FILE))
    print("built 7 files; Wokingham typo on line", typo)
    return typo


if __name__ == "__main__":
    main()
