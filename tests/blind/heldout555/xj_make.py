"""Build the seven xj- blind test files (set heldout555).

Run with: /work/main/.venv/bin/python xj_make.py
Writes only files whose names start with "xj-" in this folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("xj-"), name
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")

RAG_FILL = {
    "B": "0070C0",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
}

D = dt.datetime


# ---------------------------------------------------------------------------
# 1. South Yorkshire Fire & Rescue - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def syfr():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "South Yorkshire Fire & Rescue"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Corporate Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 3 review – position at 31 December 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    dc = [
        ("Version", "Date", "Author", "Change"),
        ("1.0", "15/04/2025", "Corporate Risk and Assurance Manager",
         "Register approved by Senior Leadership Team"),
        ("1.1", "14/07/2025", "Corporate Risk and Assurance Manager",
         "Q1 review – CR04 added"),
        ("1.2", "13/10/2025", "Corporate Risk and Assurance Manager",
         "Q2 review – scores updated"),
        ("1.3", "12/01/2026", "Corporate Risk and Assurance Manager",
         "Q3 review for Audit and Governance Committee"),
    ]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
                c.fill = fill("D9D9D9")
    cov["A12"] = "Presented to: Audit and Governance Committee, 26 January 2026"
    cov["A13"] = "Classification: OFFICIAL"
    for col, w in zip("ABCD", (10, 14, 38, 48)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("Risk Scoring Key")
    key["A1"] = "Risk scoring and action status key"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"] = "Risk score = Likelihood (1–5) x Impact (1–5)"
    bands = [("15–25", "High", "FF0000"), ("8–12", "Medium", "FFC000"),
             ("1–6", "Low", "00B050")]
    key["A5"] = "Score"
    key["B5"] = "Rating"
    key["A5"].font = key["B5"].font = BOLD
    for i, (s, r, col) in enumerate(bands):
        key.cell(row=6 + i, column=1, value=s)
        c = key.cell(row=6 + i, column=2, value=r)
        c.fill = fill(col)
    key["A10"] = "Action status"
    key["B10"] = "Meaning"
    key["A10"].font = key["B10"].font = BOLD
    status_key = [
        ("Complete", "Action delivered and evidenced", "0070C0"),
        ("On track", "Progressing to the agreed date", "00B050"),
        ("At risk", "Slippage likely; date under review", "FFC000"),
        ("Off track", "Agreed date missed or will be missed", "FF0000"),
    ]
    for i, (s, m, col) in enumerate(status_key):
        c = key.cell(row=11 + i, column=1, value=s)
        c.fill = fill(col)
        key.cell(row=11 + i, column=2, value=m)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 44

    reg = wb.create_sheet("Register")
    reg["A1"] = "SYFR Corporate Risk Register 2025/26 – Quarter 3"
    reg["A1"].font = Font(bold=True, size=14)
    reg["A2"] = ("Scores shown as Likelihood x Impact. Action status as at "
                 "31/12/2025 – see Risk Scoring Key.")
    heads = ["Corporate risk", "Risk description", "Risk owner",
             "Inherent score", "Current score", "Target score", "Action ref",
             "Further mitigating action", "Action owner",
             "Original target date", "Revised target date", "Action status",
             "Q3 progress update"]
    for j, h in enumerate(heads):
        c = reg.cell(row=4, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        dict(
            risk="CR01 – On-call appliance availability",
            desc=("Insufficient on-call crewing leads to appliances being "
                  "unavailable, increasing response times in rural areas of "
                  "the county."),
            owner="Director of Service Delivery",
            inh="20 (4x5)", cur="16 (4x4)", cur_fill="FF0000",
            tgt="9 (3x3)",
            actions=[
                ("CR01.1",
                 "Implement the revised on-call contract (banded availability "
                 "hours) at all on-call stations following consultation with "
                 "the representative bodies.",
                 "Area Manager – Response", D(2025, 10, 31), D(2026, 3, 31),
                 "At risk",
                 "Consultation extended at the request of the FBU; outcome of "
                 "member ballot expected February 2026."),
                ("CR01.2",
                 "Deliver a targeted on-call recruitment campaign for "
                 "Stocksbridge, Penistone and Thorne stations, including open "
                 "evenings and employer engagement.",
                 "Group Manager Response / Head of HR", D(2025, 9, 30), None,
                 "Complete",
                 "14 recruits started the October 2025 on-call course."),
                ("CR01.3",
                 "Report on-call appliance availability by station to the "
                 "Performance and Scrutiny Board, with exceptions below 85%.",
                 "Area Manager – Response", "Quarterly", None, "On track",
                 "Q2 report considered 4 December 2025."),
            ]),
        dict(
            risk="CR02 – Medium-term financial sustainability",
            desc=("Funding settlement, pay awards and inflation exceed budget "
                  "assumptions, leaving a gap in the Medium Term Financial "
                  "Plan from 2026/27."),
            owner="Director of Finance and Corporate Services",
            inh="20 (5x4)", cur="15 (5x3)", cur_fill="FF0000",
            tgt="8 (2x4)",
            actions=[
                ("CR02.1",
                 "Refresh the Medium Term Financial Plan to reflect the "
                 "2026/27 provisional settlement, pay award and pension "
                 "contribution assumptions.",
                 "Treasurer / Head of Finance", D(2026, 2, 28), None,
                 "On track",
                 "Provisional settlement received 17 December 2025; modelling "
                 "under way for budget-setting meeting."),
                ("CR02.2",
                 "Complete the efficiency review of non-operational support "
                 "functions and present savings options to the Fire "
                 "Authority.",
                 "Assistant Chief Fire Officer", D(2025, 12, 31),
                 D(2026, 3, 31), "Off track",
                 "Review paused while interim Head of HR recruited; options "
                 "paper now expected March 2026."),
            ]),
        dict(
            risk="CR03 – Cyber security and ICT resilience",
            desc=("A cyber attack or system failure disrupts mobilising, "
                  "communications or corporate systems."),
            owner="Director of Finance and Corporate Services",
            inh="20 (4x5)", cur="12 (3x4)", cur_fill="FFC000",
            tgt="8 (2x4)",
            actions=[
                ("CR03.1",
                 "Achieve Cyber Essentials Plus re-certification, including "
                 "remediation of unsupported end-user devices.",
                 "Head of ICT", D(2025, 11, 30), None, "Complete",
                 "Certificate issued 21 November 2025."),
                ("CR03.2",
                 "Test failover of the mobilising system to the secondary "
                 "control room and report lessons learned to the Business "
                 "Continuity Group.",
                 "Head of Control", D(2026, 1, 31), None, "On track",
                 "Live test booked for 20 January 2026."),
            ]),
        dict(
            risk="CR04 – Protection capacity and competence",
            desc=("Insufficient competent fire safety staff to deliver the "
                  "risk-based inspection programme and respond to building "
                  "safety regulation."),
            owner="Director of Prevention and Protection",
            inh="16 (4x4)", cur="12 (4x3)", cur_fill="FFC000",
            tgt="6 (2x3)",
            actions=[
                ("CR04.1",
                 "Support six Fire Safety Inspectors to complete the Level 4 "
                 "Diploma in Fire Safety in line with the NFCC competency "
                 "framework.",
                 "Head of Protection", D(2026, 7, 31), None, "On track",
                 "Four of six inspectors have completed units 1–3."),
                ("CR04.2",
                 "Review the risk-based inspection programme against the "
                 "Grenfell Tower Inquiry Phase 2 recommendations and update "
                 "the high-rise audit schedule.",
                 "Head of Protection", D(2026, 3, 31), None, "At risk",
                 "Awaiting national NFCC guidance on Phase 2 response; "
                 "local gap analysis drafted."),
            ]),
    ]
    status_fill = {"Complete": "0070C0", "On track": "00B050",
                   "At risk": "FFC000", "Off track": "FF0000"}
    r = 5
    for risk in risks:
        n = len(risk["actions"])
        first = r
        for a in risk["actions"]:
            ref, text, owner, orig, rev, status, upd = a
            vals = [ref, text, owner, orig, rev, status, upd]
            for j, v in enumerate(vals):
                c = reg.cell(row=r, column=7 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            reg.cell(row=r, column=12).fill = fill(status_fill[status])
            r += 1
        last = r - 1
        for j, key_ in enumerate(("risk", "desc", "owner", "inh", "cur",
                                  "tgt")):
            c = reg.cell(row=first, column=1 + j, value=risk[key_])
            c.alignment = WRAP
            c.border = BOX
            if key_ == "risk":
                c.font = BOLD
            if key_ == "cur":
                c.fill = fill(risk["cur_fill"])
            if n > 1:
                reg.merge_cells(start_row=first, start_column=1 + j,
                                end_row=last, end_column=1 + j)
    r += 1
    reg.cell(row=r, column=8, value="Summary of further actions").font = BOLD
    summary = [("Complete", 2), ("On track", 4), ("At risk", 2),
               ("Off track", 1), ("Total", 9)]
    for i, (s, n) in enumerate(summary):
        reg.cell(row=r + 1 + i, column=8, value=s)
        reg.cell(row=r + 1 + i, column=9, value=n)
    widths = [26, 36, 22, 10, 10, 10, 9, 48, 24, 13, 13, 11, 42]
    for j, w in enumerate(widths):
        reg.column_dimensions[chr(65 + j)].width = w
    reg.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("xj-south-yorkshire-fire-rescue-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Livin (housing association) - RSH consumer standards plan (xlsx)
# ---------------------------------------------------------------------------
LIVIN_TITLE = "Livin – Consumer Standards Improvement Plan 2025/26"


def livin():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = LIVIN_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Position at December 2025 – reported to Customer and "
                "Communities Committee")
    sm["A4"] = "Background"
    sm["A4"].font = BOLD
    sm["A5"] = ("Following the Regulator of Social Housing inspection in May "
                "2025 (C2 grade), Livin agreed this plan to address the areas "
                "identified by the regulator and our own self-assessment "
                "against the consumer standards.")
    sm["A5"].alignment = WRAP
    sm.merge_cells("A5:G5")
    sm.row_dimensions[5].height = 45
    heads = ["Standard", "No. of actions", "Complete (B)", "On track (G)",
             "Some slippage (A)", "Off track (R)", "Not started"]
    for j, h in enumerate(heads):
        c = sm.cell(row=7, column=1 + j, value=h)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        c.border = BOX
    rows = [("Safety and Quality", 4, 2, 1, 1, 0, 0),
            ("Transparency, Influence and Accountability", 3, 1, 2, 0, 0, 0),
            ("Neighbourhood and Community", 2, 0, 1, 0, 0, 1),
            ("Total", 9, 3, 4, 1, 0, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = BOLD
    sm["A13"] = "RAG key"
    sm["A13"].font = BOLD
    keyrows = [("B", "Complete"), ("G", "On track"),
               ("A", "Some slippage, recoverable"), ("R", "Off track"),
               ("", "Blank – not yet started")]
    for i, (k, m) in enumerate(keyrows):
        c = sm.cell(row=14 + i, column=1, value=k or None)
        if k:
            c.fill = fill(RAG_FILL[k])
        sm.cell(row=14 + i, column=2, value=m)
    sm.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 15

    standards = [
        ("Safety & Quality", "Safety and Quality Standard", [
            ("Landlords must have an accurate, up to date and evidenced "
             "understanding of the condition of their homes that reliably "
             "informs their provision of good quality, well maintained and "
             "safe homes for tenants.", [
                 ("SQ1",
                  "Complete the stock condition survey programme so that 100% "
                  "of homes have a survey less than five years old.",
                  "Head of Asset Management", "Mar-26", "A", "G",
                  "87% complete; contractor on programme for remaining "
                  "1,200 homes."),
                 ("SQ2",
                  "Cleanse and migrate component data from legacy "
                  "spreadsheets into the asset management system.",
                  "Asset Data Manager", D(2026, 6, 30), "A", "A",
                  "Data cleanse slower than planned; migration window moved "
                  "to May 2026."),
             ]),
            ("Landlords must identify and meet all legal requirements that "
             "relate to the health and safety of tenants in their homes and "
             "communal areas.", [
                 ("SQ3",
                  "Close all overdue high-risk fire risk assessment actions "
                  "in communal blocks.",
                  "Head of Compliance & Building Safety Manager", "Dec-25",
                  "R", "B", "All 46 overdue high-risk actions closed and "
                  "verified."),
                 ("SQ4",
                  "Introduce monthly reporting of the big six compliance "
                  "areas to the Board, with an exceptions narrative.",
                  "Head of Compliance", "Oct-25", "G", "B",
                  "First report to Board October 2025."),
             ]),
        ]),
        ("Transparency Influence Acc", "Transparency, Influence and "
         "Accountability Standard", [
            ("Landlords must take tenants’ views into account in their "
             "decision-making about how landlord services are delivered and "
             "communicate how tenants’ views have been considered.", [
                 ("TIA1",
                  "Refresh the Customer Voice framework with the Livin "
                  "Customer Panel and publish a ‘You said, we did’ summary "
                  "each quarter.",
                  "Head of Customer Experience", "Q3 2025/26", "G", "G",
                  "Framework agreed by Customer Panel 18 November 2025."),
                 ("TIA2",
                  "Train all customer-facing staff on the revised complaints "
                  "policy and the Housing Ombudsman Complaint Handling Code.",
                  "Customer Experience Manager", D(2026, 1, 31), "A", "G",
                  "142 of 168 staff trained."),
             ]),
            ("Landlords must collect and provide accurate information on "
             "Tenant Satisfaction Measures.", [
                 ("TIA3",
                  "Commission independent validation of the 2024/25 TSM "
                  "perception survey methodology.",
                  "Head of Performance and Insight", "Sept 2025", "G", "B",
                  "Validation report received; no material issues."),
             ]),
        ]),
        ("Neighbourhood & Community", "Neighbourhood and Community Standard", [
            ("Landlords must work co-operatively with tenants, other "
             "landlords and relevant organisations to contribute to the "
             "social, environmental and economic wellbeing of the areas "
             "where the homes are located.", [
                 ("NC1",
                  "Agree a joint anti-social behaviour case-management "
                  "protocol with Durham Constabulary and the council’s "
                  "community safety team.",
                  "Neighbourhood Services Manager", "Apr-26", None, None,
                  "Not yet started – scheduled to begin in Q4."),
                 ("NC2",
                  "Complete estate inspections for all 42 estate areas with "
                  "tenant inspectors and publish estate scores.",
                  "Neighbourhood Services Manager / Tenant Inspector "
                  "Coordinator", "Jul-26", "G", "G",
                  "19 of 42 estates inspected."),
             ]),
        ]),
    ]
    heads = ["Ref", "Required outcome", "Action", "Lead", "Target date",
             "Previous RAG (Sept 25)", "Current RAG (Dec 25)",
             "Progress commentary"]
    for sheet_name, std_title, outcomes in standards:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = LIVIN_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = std_title
        ws["A2"].font = WHITE_BOLD
        for j in range(8):
            ws.cell(row=2, column=1 + j).fill = fill("00594F")
        for j, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = BOLD
            c.fill = fill("D9E1F2")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for outcome, acts in outcomes:
            first = r
            for ref, text, lead, date, prev, cur, comm in acts:
                vals = [ref, None, text, lead, date, prev, cur, comm]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=6).fill = fill(RAG_FILL[prev])
                if cur:
                    ws.cell(row=r, column=7).fill = fill(RAG_FILL[cur])
                r += 1
            c = ws.cell(row=first, column=2, value=outcome)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1,
                               end_column=2)
        for col, w in zip("ABCDEFGH", (7, 40, 48, 28, 12, 11, 11, 40)):
            ws.column_dimensions[col].width = w
    wb.save(out("xj-livin-housing-rsh-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Derbyshire Community Health Services NHS FT - CQC must/should do (xlsx)
# ---------------------------------------------------------------------------
def dchs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Derbyshire Community Health Services NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Inspection of community health inpatient services and end of "
                "life care, 10–12 September 2024 (report published 18 November "
                "2024). Position at 31 May 2025.")
    ws["A4"] = "BRAG:"
    ws["A4"].font = BOLD
    brag = [("Completed and evidenced", "0070C0"), ("On track", "00B050"),
            ("At risk of slippage", "FFC000"), ("Overdue / off track",
                                                 "FF0000")]
    for j, (t, col) in enumerate(brag):
        c = ws.cell(row=4, column=2 + j, value=t)
        c.fill = fill(col)
    heads = ["No.", "Action", "Lead(s)", "Original completion date",
             "Revised completion date", "Progress update",
             "Evidence reference", "BRAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("section", "Community health inpatient services"),
        ("req", "MD1 – The trust must ensure that patients’ risk of "
                "deterioration is assessed and escalated in line with the "
                "NEWS2 policy on all community hospital wards. (Regulation 12)"),
        ("act", "1.1", "Deliver NEWS2 and sepsis refresher training to all "
                "registered nurses and nursing associates on inpatient wards.",
         "Clinical Education Lead", D(2025, 1, 31), D(2025, 3, 31),
         "Training delivered to 96% of registered staff.", "EV-011", "B"),
        ("act", "1.2", "Introduce a weekly NEWS2 documentation audit on each "
                "ward, with results reported to the Quality Service Line "
                "meeting.",
         "Ward Matrons", D(2025, 2, 28), None,
         "Audit live on all wards since February; compliance 94%.", "EV-012",
         "B"),
        ("act", "1.3", "Embed the electronic observations module in SystmOne "
                "across all ten community hospital wards.",
         "Chief Nursing Information Officer / Head of Digital Clinical "
         "Systems", D(2025, 6, 30), D(2025, 9, 30),
         "Supplier configuration delayed; go-live at Ilkeston and Ripley "
         "completed,", None, "A"),
        ("cont", "remaining eight wards scheduled July to September 2025."),
        ("req", "MD2 – The trust must ensure that medicines are stored at the "
                "correct temperatures and that fridge temperature monitoring "
                "is acted upon. (Regulation 12)"),
        ("act", "2.1", "Replace ageing medicines fridges at Ilkeston, Ripley "
                "and Walton hospitals with data-logging fridges.",
         "Chief Pharmacist", D(2025, 3, 31), None,
         "Nine fridges replaced; remote alerts to pharmacy.", "EV-021", "B"),
        ("act", "2.2", "Revise the Safe and Secure Handling of Medicines "
                "Policy to include escalation of out-of-range fridge "
                "readings.",
         "Chief Pharmacist", D(2024, 12, 31), None,
         "Policy ratified by Medicines Management Group December 2024.",
         "EV-022", "B"),
        ("req", "SD1 – The trust should ensure that mandatory training "
                "compliance for basic life support meets the trust target of "
                "90%."),
        ("act", "3.1", "Increase basic life support training capacity by "
                "adding two extra sessions per month at each hub.",
         "Head of Learning and Development", D(2025, 3, 31), D(2025, 6, 30),
         "Compliance 86% (April 2025), up from 78%.", None, "G"),
        ("section", "Community end of life care"),
        ("req", "MD3 – The trust must ensure that DNACPR decisions are fully "
                "documented, including discussions with patients and those "
                "close to them. (Regulation 11)"),
        ("act", "4.1", "Complete a trust-wide audit of DNACPR forms against "
                "the ReSPECT documentation standards.",
         "Lead Nurse for End of Life Care", D(2025, 4, 30), D(2025, 7, 31),
         "Audit tool agreed; fieldwork under way in all localities.", None,
         "G"),
        ("act", "4.2", "Deliver Mental Capacity Act and best-interest "
                "documentation workshops to community nursing teams.",
         "Named Nurse Safeguarding Adults; MCA Lead", D(2025, 3, 31), None,
         "Four of nine workshops delivered; remaining sessions not yet "
         "booked.", None, "R"),
        ("section", "Well-led (trust-wide)"),
        ("req", "SD2 – The trust should ensure that risk registers at service "
                "line level are reviewed in line with the risk management "
                "policy."),
        ("act", "5.1", "Switch on Datix risk review reminders and produce a "
                "monthly compliance report for service line risk registers.",
         "Head of Risk Management", D(2024, 11, 30), None,
         "Reminders live; report to Quality Committee monthly.", "EV-051",
         "B"),
        ("act", "5.2", "Deliver risk management training to all service line "
                "governance leads.",
         "Head of Risk Management", "Q1 2025/26", None,
         "Sessions booked for May and June 2025.", None, "G"),
    ]
    r = 7
    for item in plan:
        kind = item[0]
        if kind in ("section", "req"):
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = WHITE_BOLD if kind == "section" else BOLD
            c.fill = fill("41B6E6") if kind == "section" else fill("E8EDEE")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r,
                           end_column=8)
            if kind == "req":
                ws.row_dimensions[r].height = 32
        elif kind == "act":
            _, no, text, lead, orig, rev, upd, ev, bragv = item
            vals = [no, text, lead, orig, rev, upd, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8)
            c.fill = fill(RAG_FILL[bragv])
            c.border = BOX
        elif kind == "cont":
            c = ws.cell(row=r, column=6, value=item[1])
            c.alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    summ = [("Total actions", 10), ("Completed and evidenced (Blue)", 5),
            ("On track (Green)", 3), ("At risk of slippage (Amber)", 1),
            ("Overdue / off track (Red)", 1)]
    for i, (t, n) in enumerate(summ):
        ws.cell(row=r + 1 + i, column=2, value=t)
        ws.cell(row=r + 1 + i, column=3, value=n)
    for col, w in zip("ABCDEFGH", (8, 52, 30, 14, 14, 44, 12, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    g = wb.create_sheet("Key and Governance")
    g["A1"] = "BRAG definitions"
    g["A1"].font = BOLD
    defs = [("Blue", "Action completed and evidence accepted by the CQC "
                     "Action Plan Oversight Group"),
            ("Green", "Action on track to complete by the agreed date"),
            ("Amber", "Action at risk of slippage; revised date agreed"),
            ("Red", "Action overdue or off track; escalated to Quality "
                    "Committee")]
    for i, (k, m) in enumerate(defs):
        c = g.cell(row=2 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k[0]])
        g.cell(row=2 + i, column=2, value=m)
    g["A8"] = "Governance"
    g["A8"].font = BOLD
    g["A9"] = ("Progress is reviewed monthly by the CQC Action Plan Oversight "
               "Group (chaired by the Chief Nurse) and reported bi-monthly to "
               "the Quality Committee and Trust Board.")
    g["A10"] = ("Actions are only closed (Blue) when evidence has been "
                "uploaded to the evidence library and verified.")
    g.column_dimensions["A"].width = 12
    g.column_dimensions["B"].width = 90
    wb.save(out("xj-derbyshire-community-health-services-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Fernville Surgery (GP practice) - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def fernville():
    doc = Document()
    landscape(doc)
    doc.add_heading("Fernville Surgery – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Provider: Fernville Surgery (GP partnership), "
                      "Midland Road, Hemel Hempstead")
    doc.add_paragraph("Inspection: 14 and 15 May 2025 | Report published: "
                      "2 July 2025 | Overall rating: Requires improvement")
    doc.add_paragraph("Requirement notices were issued for Regulation 12 and "
                      "Regulation 17 of the Health and Social Care Act 2008 "
                      "(Regulated Activities) Regulations 2014. This plan sets "
                      "out how the practice is meeting them.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author",
                                        "Comments")):
        set_text(c, h, bold=True)
    for row in [("1", "28/07/2025", "Practice Manager",
                 "Submitted to CQC"),
                ("2", "30/09/2025", "Practice Manager",
                 "Update for ICB primary care quality meeting"),
                ("3", "30/10/2025", "Practice Manager",
                 "Partners’ meeting review")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    status_fill = {"Complete": "9DC3E6", "On track": "C6EFCE",
                   "Not started": "FFFFFF"}

    def req_table(heading, requirement, rows):
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead",
                                            "Target date", "Status")):
            set_text(c, h, bold=True)
            shade(c, "D9D9D9")
        m = t.rows[1].cells[0].merge(t.rows[1].cells[4])
        set_text(m, requirement, bold=True)
        shade(m, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
            shade(cells[4], status_fill[row[4]])

    req_table("1. Regulation 12: Safe care and treatment",
              "Care and treatment must be provided in a safe way for service "
              "users.", [
                  ("1.1", "Complete a search of all patients prescribed DMARDs, "
                          "lithium and DOACs and recall any patient overdue "
                          "monitoring.",
                   "Dr A Khan", "June 2025", "Complete"),
                  ("1.2", "Set up monthly high-risk drug monitoring searches run "
                          "by the clinical pharmacist, with results reviewed at "
                          "the clinical meeting.",
                   "Clinical Pharmacist / Dr A Khan", "July 2025", "Complete"),
                  ("1.3", "Review all patients with asthma who have been "
                          "prescribed two or more courses of rescue steroids in "
                          "the last 12 months.",
                   "Practice Nurse Team", "December 2025", "On track"),
                  ("1.4", "Update the MHRA safety alert log so that the action "
                          "taken for each alert is recorded and audited.",
                   "Practice Manager", "31/07/2025", "Complete"),
              ])
    req_table("2. Regulation 17: Good governance",
              "Systems or processes must be established and operated "
              "effectively to ensure compliance with the requirements of the "
              "fundamental standards.", [
                  ("2.1", "Ensure all clinical staff have completed "
                          "safeguarding children level 3 training and record "
                          "it on the training matrix.",
                   "Practice Manager; Safeguarding Lead GP", "August 2025",
                   "Complete"),
                  ("2.2", "Introduce a documented buddy process for reviewing "
                          "pathology results and discharge letters when a GP is "
                          "absent.",
                   "Dr S Patel and Dr M Reid", "End of November 2025",
                   "On track"),
                  ("2.3", "Carry out a full infection prevention and control "
                          "audit and complete the outstanding actions for the "
                          "treatment room.",
                   "IPC Lead Nurse", "Jan 2026", "Not started"),
              ])

    doc.add_heading("3. Areas where the practice should improve", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("CQC said the practice should",
                                        "Action", "Lead", "Target date",
                                        "Status")):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("Continue to improve uptake of cervical screening.",
                 "Offer Saturday morning cervical screening clinics through "
                 "the Primary Care Network enhanced access service.",
                 "Nurse Manager", "March 2026", "On track"),
                ("Take action to improve patient satisfaction with telephone "
                 "access.",
                 "Install a cloud-based telephone system with call-back and "
                 "queue position messages.",
                 "Practice Manager", "Dec 2025", "On track")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
        shade(cells[4], status_fill[row[4]])

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidence "
                      "held; On track – in progress within the target date; "
                      "Not started.")
    doc.add_paragraph("This plan is reviewed at the monthly partners’ meeting "
                      "and shared with the Patient Participation Group.")
    doc.save(out("xj-fernville-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. South Staffordshire College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def south_staffs():
    doc = Document()
    landscape(doc)
    doc.add_heading("South Staffordshire College – Post-Inspection Action "
                    "Plan", level=1)
    doc.add_paragraph("Ofsted inspection: 8–11 October 2024 | Report "
                      "published: 20 November 2024 | Overall effectiveness: "
                      "Good")
    doc.add_paragraph("The actions below respond to “What does the provider "
                      "need to do to improve?” in the inspection report. "
                      "Progress is monitored by the Quality and Standards "
                      "Committee of the Corporation.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Document owner", "Vice Principal Quality"),
            ("Version", "2.1 – March 2025 update"),
            ("Approved by", "Corporation Board, 11 December 2024"),
            ("Next review", "Quality and Standards Committee, June 2025")]
    for row, (k, v) in zip(t.rows, info):
        set_text(row.cells[0], k, bold=True)
        row.cells[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    keyrows = [("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
               ("A", "Some concerns – close monitoring", "FFC000"),
               ("R", "Significant concerns – not on track", "FF0000")]
    for row, (l, m, col) in zip(k.rows, keyrows):
        set_text(row.cells[0], l, bold=True)
        shade(row.cells[0], col)
        row.cells[1].text = m

    doc.add_paragraph("")
    afis = [
        ("Leaders and managers should ensure that all apprentices receive "
         "their full entitlement to off-the-job training and that employers "
         "are involved in reviews of apprentices’ progress.", [
             ("1.1", "Introduce a monthly off-the-job hours report for every "
                     "apprenticeship programme and review it at curriculum "
                     "performance meetings.",
              "Head of Apprenticeships", "Spring term 2025", "G"),
             ("1.2", "Train all skills coaches to carry out tripartite "
                     "progress reviews with employers at least every 12 "
                     "weeks.",
              "Apprenticeship Quality Manager", "January 2025", "B"),
             ("1.3", "Audit a 20% sample of progress reviews each term for "
                     "employer contribution and the quality of targets.",
              "Quality Improvement Team", "Termly", "G"),
         ]),
        ("Leaders should ensure that students on study programmes attend "
         "their English and mathematics lessons and make swift progress in "
         "developing these skills.", [
             ("2.1", "Launch the attendance escalation process for English "
                     "and mathematics, with tutors contacting parents after "
                     "two missed lessons.",
              "Director of English and Maths", "Autumn term 2024", "B"),
             ("2.2", "Timetable English and mathematics lessons on the same "
                     "campus day as students’ vocational lessons.",
              "Vice Principal Curriculum / Head of MIS", "Summer term 2025",
              "A"),
         ]),
        ("Leaders should make sure that teachers use assessment well to check "
         "what learners know and remember, particularly on adult learning "
         "programmes.", [
             ("3.1", "Deliver a CPD programme on questioning and retrieval "
                     "practice for teachers of adult learners.",
              "Head of Teaching, Learning and Assessment", "Spring term 2025",
              "A"),
             ("3.2", "Use learning walks to check the use of assessment in "
                     "adult learning lessons and share findings with "
                     "curriculum teams.",
              "JB/KT", "Ongoing", "G"),
         ]),
    ]
    plan = doc.add_table(rows=1, cols=6)
    plan.style = "Table Grid"
    for c, h in zip(plan.rows[0].cells,
                    ("Area for improvement (Ofsted report)", "Ref", "Action",
                     "Lead", "By when", "RAG (March 2025)")):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")
    for afi, acts in afis:
        first = None
        for ref, text, lead, when, rag in acts:
            cells = plan.add_row().cells
            if first is None:
                first = cells[0]
                first.text = afi
            cells[1].text = ref
            cells[2].text = text
            cells[3].text = lead
            cells[4].text = when
            set_text(cells[5], rag, bold=True)
            shade(cells[5], RAG_FILL[rag])
            last = cells[0]
        if last is not first:
            first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Leads: JB – Jo Bennett, Assistant Principal Quality; "
                      "KT – Kieran Tait, Head of Adult Learning.")

    doc.add_paragraph("")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ("Sign-off", "Name", "Date")):
        set_text(c, h, bold=True)
    for c, v in zip(s.rows[1].cells, ("Chair of Corporation",
                                       "Signed copy held by Clerk",
                                       "11/12/2024")):
        c.text = v
    doc.save(out("xj-south-staffordshire-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Avon and Somerset Police - custody inspection plan (csv, refuse)
# ---------------------------------------------------------------------------
ASP_TYPO_LINE = None


def avon_somerset():
    global ASP_TYPO_LINE
    rows = [
        ["Avon and Somerset Police - Custody Inspection Action Plan"],
        ["Unannounced inspection of police custody suites by HMICFRS and HM "
         "Inspectorate of Prisons, 3-14 March 2025 (report published 8 July "
         "2025)"],
        ["Plan owner: Head of Criminal Justice and Custody; monitored at the "
         "Custody Strategic Board"],
        [],
        ["Category", "Ref", "Recommendation / area for improvement", "Action",
         "Action owner", "Target date", "Status", "Latest update"],
        ["Cause of concern 1", "1.1",
         "The force should ensure that detainees are not held in custody for "
         "longer than necessary and that reviews of detention are meaningful.",
         "Introduce a daily review of all detainees held over 24 hours by the "
         "custody inspector, with escalation to the duty superintendent.",
         "Custody Inspector (Keynsham)", "Jun-2025", "Complete",
         "Daily review in place since 2 June 2025."],
        ["Cause of concern 1", "1.2",
         "The force should ensure that detainees are not held in custody for "
         "longer than necessary and that reviews of detention are meaningful.",
         "Audit a monthly sample of PACE reviews for quality and detainee "
         "engagement and feed back to inspectors.",
         "Custody Standards Sergeant", "Sep-2025", "On track",
         "Audit template agreed; first two audits completed."],
        ["Recommendation", "2",
         "The force should ensure that children are not detained overnight in "
         "custody after charge unless there is no alternative.",
         "Agree a PACE transfer protocol with the four local authorities for "
         "secure and non-secure accommodation.",
         "Chief Inspector, Custody / Local authority leads", "Dec-2025",
         "On track", "Draft protocol with Bristol and Somerset councils."],
        ["Recommendation", "3",
         "The force should improve the use of force governance in custody, "
         "including review of body-worn video.",
         "Review all use of force incidents in custody monthly at the Use of "
         "Force Scrutiny Panel, including body-worn video.",
         "Superintendent, Criminal Justice", "0ct-2025", "On track",
         "Panel terms of reference updated."],
        ["Area for improvement", "AFI 1",
         "Detainees should be able to shower and have access to fresh air "
         "during longer stays.",
         "Refurbish the exercise yard at Patchway and publish a shower offer "
         "on the detainee information sheet.",
         "Estates Manager / Custody Inspector (Patchway)", "Mar-2026",
         "Behind schedule", "Refurbishment delayed by contractor."],
        ["Area for improvement", "AFI 2",
         "The force should ensure that detainees with mental health needs are "
         "assessed promptly by liaison and diversion staff.",
         "Extend liaison and diversion cover at Bridgwater to weekends with "
         "the NHS provider.",
         "Head of Criminal Justice and Custody", "Jan-2026", "On track",
         "Funding agreed with ICB."],
        ["Area for improvement", "AFI 3",
         "Custody records should accurately reflect the care provided to "
         "detainees.",
         "Deliver custody record-keeping refresher training to all detention "
         "officers and sergeants.",
         "Custody Training Lead", "Nov-2025", "Complete",
         "Training delivered to 212 staff."],
        ["Area for improvement", "AFI 4",
         "Detainees should receive appropriate food that meets their dietary "
         "needs.",
         "Review the custody food contract to include halal, vegan and "
         "allergen-free options.",
         "Estates Manager", "Feb-2026", "Behind schedule",
         "Awaiting procurement timetable."],
        [],
        ["Total actions: 8 (Complete 2, On track 4, Behind schedule 2)"],
    ]
    path = out("xj-avon-and-somerset-police-custody-inspection-action-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if "0ct-2025" in line:
                ASP_TYPO_LINE = n
    return ASP_TYPO_LINE


# ---------------------------------------------------------------------------
# 7. National Highways - ARAC internal audit tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def national_highways():
    lines = [
        "National Highways",
        "Audit and Risk Assurance Committee – Internal Audit Recommendations "
        "Tracker",
        "Report date: 31 October 2025 | Source: GIAA recommendations log "
        "(export)",
        "",
        "\t".join(["Ref", "Recommendation", "Priority",
                   "Agreed management action", "Action owner",
                   "Original due date", "Revised due date", "Status",
                   "Latest update"]),
        "GIAA 2024-25/06 Contract Management – Regional Delivery "
        "Partnerships (Limited assurance)",
    ]

    def row(*v):
        lines.append("\t".join(v))

    row("6.1", "Contract managers should hold a complete and current record "
        "of key performance indicator evidence for each partnership "
        "contract.", "High",
        "Introduce a standard KPI evidence folder in the contract management "
        "system for each RDP contract and audit completeness quarterly.",
        "Head of Commercial Assurance", "31/03/2025", "30/09/2025",
        "Complete", "GIAA verified closure 14 October 2025.")
    rec62 = ("Variations above delegated limits should be approved in line "
             "with the Scheme of Delegation before work is instructed.")
    row("6.2a", rec62, "Medium",
        "Update the contract variation procedure and issue guidance to all "
        "regional contract managers.",
        "Head of Commercial Assurance", "30/04/2025", "", "Complete",
        "Guidance issued 28 April 2025.")
    row("6.2b", rec62, "Medium",
        "Run a retrospective check of all variations above £250k issued in "
        "2024-25 and report exceptions to the Commercial Board.",
        "Head of Commercial Assurance / Regional Commercial Leads",
        "31/07/2025", "31/12/2025", "On track",
        "Four of six regions checked; two exceptions reported.")
    lines.append("GIAA 2024-25/11 Cyber Security – Operational Technology "
                 "(Moderate assurance)")
    row("11.1", "The organisation should maintain a complete asset inventory "
        "of operational technology connected to the roadside network.",
        "High",
        "Complete the discovery exercise for roadside OT assets across all "
        "regions and load the results into the configuration management "
        "database.",
        "Chief Information Security Officer", "30/06/2025", "31/03/2026",
        "At risk", "Discovery complete in four regions; tooling licence "
        "renewal pending.")
    row("11.2", "Privileged access to OT systems should be reviewed at least "
        "quarterly.", "Medium",
        "Implement quarterly privileged access reviews for OT systems with "
        "sign-off by system owners.",
        "Head of Cyber Security Operations", "30/09/2025", "", "Overdue",
        "First review cycle not completed; revised date to be agreed.")
    lines.append("GIAA 2025-26/02 Health, Safety and Wellbeing – Traffic "
                 "Officer Service (Substantial assurance)")
    row("2.1", "Lone working risk assessments should be reviewed annually for "
        "all outstations.", "Low",
        "Schedule annual reviews of lone working risk assessments in the "
        "safety management system with automated reminders.",
        "Head of Traffic Officer Service Safety", "31/12/2025", "",
        "On track", "Reminders configured; reviews under way.")
    lines.append("GIAA 2025-26/04 Financial Controls – Accounts Payable "
                 "(Moderate assurance)")
    row("4.1", "Supplier bank detail changes should be independently verified "
        "by call-back before they are processed.", "High",
        "Reissue the supplier bank detail change procedure requiring "
        "two-person call-back verification, with evidence recorded in the "
        "ERP.",
        "Head of Financial Operations", "31/10/2025", "", "Complete",
        "Procedure reissued; evidence provided to GIAA.")
    row("4.2", "Duplicate payment reports should be run and reviewed before "
        "each payment run.", "Medium",
        "Configure the weekly duplicate payment report and assign its review "
        "to the AP Team Leader.",
        "Head of Financial Operations; AP Team Leader", "30/11/2025", "",
        "On track", "Report built; testing in November.")
    lines += [
        "",
        "Summary",
        "Total actions tracked\t8",
        "Complete\t3",
        "On track\t3",
        "At risk\t1",
        "Overdue\t1",
        "",
        "Key: Complete = implemented and evidence accepted by GIAA (blue); "
        "On track = green; At risk = amber; Overdue = past due date (red).",
        "Priority ratings (High / Medium / Low) are as defined in GIAA "
        "reports.",
    ]
    path = out("xj-national-highways-arac-internal-audit-recommendations-tracker.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    syfr()
    livin()
    dchs()
    fernville()
    south_staffs()
    n = avon_somerset()
    national_highways()
    print("typo line in csv:", n)
