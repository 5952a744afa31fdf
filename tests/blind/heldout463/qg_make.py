"""Build the seven qg- blind test files (set heldout463).

Run with: /work/main/.venv/bin/python qg_make.py
Writes only files whose names start with "qg-" into this folder.
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = {
    "scilly": "qg-council-of-the-isles-of-scilly-internal-audit-recommendations-tracker.xlsx",
    "darlington": "qg-darlington-borough-council-corporate-risk-register-q3-2025-26.xlsx",
    "banes": "qg-bath-north-east-somerset-council-ofsted-focused-visit-action-plan.xlsx",
    "coventry": "qg-coventry-safeguarding-children-partnership-lcspr-child-t-action-plan.docx",
    "derbyshire": "qg-derbyshire-county-council-asc-cqc-improvement-programme-highlight-report.docx",
    "sutton": "qg-sutton-health-and-wellbeing-board-action-log.csv",
    "barnet": "qg-barnet-safer-communities-partnership-dhr-aisha-action-plan-typo-month-refuse.txt",
}

# RAG fills
FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def d(day, month, year):
    return datetime(year, month, day)


# ---------------------------------------------------------------------------
# 1. Council of the Isles of Scilly - internal audit recommendations tracker
# ---------------------------------------------------------------------------
SCILLY_TITLE = "Council of the Isles of Scilly – Internal Audit Recommendations Tracker"
SCILLY = [
    {
        "audit": "Payroll (2024/25) – Limited assurance",
        "recs": [
            {
                "ref": "PAY 1",
                "rec": "Starter and leaver forms should be authorised by the relevant budget holder before any change is input to the payroll system.",
                "priority": "High",
                "actions": [
                    dict(action="HR to introduce a mandatory electronic starter/leaver form with budget holder approval built in. Payroll will not process a change without an approved form.",
                         officer="HR Manager", orig=d(31, 7, 2025), rev=d(30, 11, 2025), rag="blue",
                         update="Electronic form went live on 3 November 2025. Implemented – evidence provided to Internal Audit.",
                         exp=dict(lead=["HR Manager"], end="2025-11", status="blue")),
                ],
            },
            {
                "ref": "PAY 2",
                "rec": "Monthly payroll exception reports should be reviewed and signed by an officer independent of payroll input.",
                "priority": "Medium",
                "actions": [
                    dict(action="Senior Finance Officer to review, sign and date the exception report each month before the BACS file is released.",
                         officer="Senior Finance Officer", orig=d(31, 3, 2026), rev=None, rag="green",
                         update="Reviews evidenced for October to December 2025. Will be tested at follow-up in March 2026.",
                         exp=dict(lead=["Senior Finance Officer"], end="2026-03", status="green")),
                ],
            },
        ],
    },
    {
        "audit": "Airport Fees and Charges (2024/25) – Reasonable assurance",
        "recs": [
            {
                "ref": "AIR 1",
                "rec": "Landing fee and passenger charge invoices should be reconciled each month to the air traffic movement log.",
                "priority": "Medium",
                "actions": [
                    dict(action="Agree a monthly reconciliation template between the airport and Finance, and retain signed copies for audit.",
                         officer="Airport Manager / Finance Manager", orig=d(31, 10, 2025), rev=d(31, 3, 2026), rag="amber",
                         update="Template agreed. October and November reconciled; December outstanding owing to winter staffing at the airport.",
                         exp=dict(lead=["Airport Manager", "Finance Manager"], end="2026-03", status="amber")),
                ],
            },
        ],
    },
    {
        "audit": "Cyber Security and ICT Resilience (2025/26) – Limited assurance",
        "recs": [
            {
                "ref": "ICT 1",
                "rec": "A tested ICT disaster recovery plan should be in place, including the scenario of losing connectivity to the mainland.",
                "priority": "High",
                "actions": [
                    dict(action="Update the ICT disaster recovery plan to include loss of the subsea cable and mainland network link.",
                         officer="Head of ICT", orig=d(31, 12, 2025), rev=None, rag="blue",
                         update="Revised plan approved by SMT on 9 December 2025.",
                         exp=dict(lead=["Head of ICT"], end="2025-12", status="blue")),
                    dict(action="Run a desktop exercise of the disaster recovery plan with the Senior Management Team and record lessons learned.",
                         officer="Head of ICT", orig=d(31, 3, 2026), rev=None, rag="green",
                         update="Exercise booked for 10 March 2026.",
                         exp=dict(lead=["Head of ICT"], end="2026-03", status="green")),
                ],
            },
            {
                "ref": "ICT 2",
                "rec": "Multi-factor authentication should be enforced on all accounts with remote access.",
                "priority": "High",
                "actions": [
                    dict(action="Enforce MFA on all remote and cloud accounts. Any exception to be approved by the Senior Information Risk Owner.",
                         officer="Head of ICT", orig=d(30, 9, 2025), rev=d(31, 1, 2026), rag="red",
                         update="14 accounts (airport and quay shift devices) still without MFA. Hardware tokens ordered.",
                         exp=dict(lead=["Head of ICT"], end="2026-01", status="red")),
                ],
            },
        ],
    },
    {
        "audit": "Council Tax and Business Rates (2025/26) – Reasonable assurance",
        "recs": [
            {
                "ref": "CTX 1",
                "rec": "Single person discount entitlement should be reviewed at least annually.",
                "priority": "Low",
                "actions": [
                    dict(action="Carry out a full single person discount review using the national data-matching service.",
                         officer="Revenues and Benefits Team Leader", orig="Q4 2025/26", rev=None, rag=None,
                         update="Not yet started – review scheduled after annual billing.",
                         exp=dict(lead=["Revenues and Benefits Team Leader"], end="2026-03", status="unrated")),
                ],
            },
            {
                "ref": "CTX 2",
                "rec": "Write-offs above £1,000 should be approved in line with Financial Regulations.",
                "priority": "Medium",
                "actions": [
                    dict(action="Remind all revenues staff of write-off approval limits and add an approval step to the revenues system workflow.",
                         officer="Section 151 Officer", orig=d(31, 1, 2026), rev=None, rag="blue",
                         update="Reminder issued 12 December 2025 and workflow step live from 5 January 2026.",
                         exp=dict(lead=["Section 151 Officer"], end="2026-01", status="blue")),
                ],
            },
        ],
    },
]


def build_scilly(path):
    wb = Workbook()
    # Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SCILLY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2026 (reported to Audit Committee, 24 February 2026)"
    ws["A4"] = "Summary of agreed actions by RAG status"
    ws["A4"].font = Font(bold=True)
    hdr = ["RAG status", "High", "Medium", "Low", "Total"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.border = BOX
    counts = {}
    for audit in SCILLY:
        for rec in audit["recs"]:
            for a in rec["actions"]:
                key = a["rag"] or "none"
                counts.setdefault(key, {"High": 0, "Medium": 0, "Low": 0})
                counts[key][rec["priority"]] += 1
    labels = [("blue", "Implemented"), ("green", "In progress – on track"),
              ("amber", "In progress – revised date agreed"), ("red", "Overdue"), ("none", "Not yet started")]
    r = 6
    tot = {"High": 0, "Medium": 0, "Low": 0}
    for key, lab in labels:
        row = counts.get(key, {"High": 0, "Medium": 0, "Low": 0})
        ws.cell(row=r, column=1, value=lab).border = BOX
        if key != "none":
            ws.cell(row=r, column=1).fill = fill(FILL[key])
        for j, p in enumerate(["High", "Medium", "Low"], 2):
            ws.cell(row=r, column=j, value=row[p]).border = BOX
            tot[p] += row[p]
        ws.cell(row=r, column=5, value=sum(row.values())).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, p in enumerate(["High", "Medium", "Low"], 2):
        ws.cell(row=r, column=j, value=tot[p]).font = Font(bold=True)
    ws.cell(row=r, column=5, value=sum(tot.values())).font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="Note: implemented actions are removed from the tracker once verified by Internal Audit at follow-up.")
    ws.column_dimensions["A"].width = 38
    for col in "BCDE":
        ws.column_dimensions[col].width = 10

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = SCILLY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2026"
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Progress update (January 2026)"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for audit in SCILLY:
        ws.cell(row=r, column=1, value=audit["audit"]).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in audit["recs"]:
            n = len(rec["actions"])
            for k, a in enumerate(rec["actions"]):
                rr = r + k
                if k == 0:
                    ws.cell(row=rr, column=1, value=rec["ref"])
                    ws.cell(row=rr, column=2, value=rec["rec"])
                    ws.cell(row=rr, column=3, value=rec["priority"])
                ws.cell(row=rr, column=4, value=a["action"])
                ws.cell(row=rr, column=5, value=a["officer"])
                c = ws.cell(row=rr, column=6, value=a["orig"])
                if isinstance(a["orig"], datetime):
                    c.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    c = ws.cell(row=rr, column=7, value=a["rev"])
                    c.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    ws.cell(row=rr, column=8).fill = fill(FILL[a["rag"]])
                ws.cell(row=rr, column=9, value=a["update"])
                for col in range(1, 10):
                    ws.cell(row=rr, column=col).alignment = WRAP
                    ws.cell(row=rr, column=col).border = BOX
            if n > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
            r += n
    r += 1
    ws.cell(row=r, column=1, value="RAG key: see the 'Key' sheet. The revised target date, where given, replaces the original date.")
    widths = [8, 40, 10, 46, 24, 13, 13, 7, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    # Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("blue", "Implemented – confirmed by the responsible officer"),
           ("green", "In progress – on track to meet the target date"),
           ("amber", "In progress – revised target date agreed"),
           ("red", "Overdue – past the revised target date"),
           (None, "No fill – not yet started")]
    for i, (col, txt) in enumerate(key, 3):
        if col:
            ws.cell(row=i, column=1).fill = fill(FILL[col])
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 55
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Darlington Borough Council - corporate risk register Q3 2025/26
# ---------------------------------------------------------------------------
DARL_TITLE = "Darlington Borough Council – Corporate Risk Register, Quarter 3 2025/26"
DARL = [
    {
        "risk": "CR1 – Medium Term Financial Plan",
        "desc": "Failure to set a balanced budget and deliver the savings in the MTFP, leading to unplanned use of reserves and reduced services.",
        "owner": "Chief Executive",
        "q2": 20, "q3": 20, "target": 12,
        "controls": "Monthly budget monitoring to Cabinet; savings tracker; reserves policy.",
        "actions": [
            dict(ref="1.1", action="Deliver the 2026/27 savings proposals agreed by Cabinet, with monthly tracking through the Chief Officers Board.",
                 owner="Assistant Director Resources", date=d(1, 3, 2026), rag="A",
                 exp=dict(lead=["Assistant Director Resources"], end="2026-03", status="amber")),
            dict(ref="1.2", action="Refresh the MTFP to 2029/30 to reflect the Local Government Finance Settlement and the Fair Funding outcome.",
                 owner="Assistant Director Resources", date=d(1, 2, 2026), rag="G",
                 exp=dict(lead=["Assistant Director Resources"], end="2026-02", status="green")),
            dict(ref="1.3", action="Review the reserves strategy and set a minimum level of general fund balance.",
                 owner="Chief Executive & Assistant Director Resources", date=d(1, 3, 2026), rag="G",
                 exp=dict(lead=["Chief Executive", "Assistant Director Resources"], end="2026-03", status="green")),
        ],
    },
    {
        "risk": "CR3 – High Needs Block (SEND) deficit",
        "desc": "Demand for EHCPs and specialist placements exceeds the High Needs Block of the Dedicated Schools Grant, creating a cumulative deficit the statutory override may not continue to cover.",
        "owner": "Group Director of People",
        "q2": 20, "q3": 20, "target": 12,
        "controls": "DSG management plan; Schools Forum oversight; SEND sufficiency strategy.",
        "actions": [
            dict(ref="3.1", action="Deliver the Delivering Better Value in SEND programme, including two new resourced provisions in mainstream secondary schools.",
                 owner="Assistant Director Education & Inclusion", date=d(1, 9, 2026), rag="G",
                 exp=dict(lead=["Assistant Director Education & Inclusion"], end="2026-09", status="green")),
            dict(ref="3.2", action="Report the forecast DSG deficit position to Schools Forum and Cabinet each quarter.",
                 owner="Assistant Director Resources", date="Ongoing", rag="G",
                 exp=dict(lead=["Assistant Director Resources"], end=None, end_text="Ongoing", status="green")),
        ],
    },
    {
        "risk": "CR6 – Cyber security",
        "desc": "A successful cyber attack (e.g. ransomware) causes loss of systems and data, disruption to services and regulatory action.",
        "owner": "Head of ICT (Xentrall)",
        "q2": 16, "q3": 15, "target": 10,
        "controls": "Firewalls and endpoint protection; PSN compliance; offline backups; mandatory e-learning.",
        "actions": [
            dict(ref="6.1", action="Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.",
                 owner="Head of ICT (Xentrall)", date=d(1, 12, 2025), rag="B",
                 exp=dict(lead=["Head of ICT (Xentrall)"], end="2025-12", status="blue")),
            dict(ref="6.2", action="Run a ransomware exercise with Chief Officers to test service business continuity plans.",
                 owner="Head of ICT (Xentrall) / Emergency Planning Manager", date="Q1 2026/27", rag="A",
                 exp=dict(lead=["Head of ICT (Xentrall)", "Emergency Planning Manager"], end="2026-06", status="amber")),
            dict(ref="6.3", action="Increase completion of mandatory cyber awareness training to 95% of staff with network access.",
                 owner="Head of HR", date=d(1, 3, 2026), rag="R",
                 exp=dict(lead=["Head of HR"], end="2026-03", status="red")),
        ],
    },
    {
        "risk": "CR8 – Children's placement sufficiency",
        "desc": "Insufficient local foster and residential placements lead to high-cost external placements and children living at a distance from Darlington.",
        "owner": "Group Director of People",
        "q2": 16, "q3": 16, "target": 9,
        "controls": "Sufficiency strategy; placement panel; regional commissioning framework.",
        "actions": [
            dict(ref="8.1", action="Open the second in-house children's home and register it with Ofsted.",
                 owner="Assistant Director Children's Services", date=d(1, 4, 2026), rag="A",
                 exp=dict(lead=["Assistant Director Children's Services"], end="2026-04", status="amber")),
            dict(ref="8.2", action="Deliver the foster carer recruitment campaign with the regional fostering hub.",
                 owner="Head of Corporate Parenting", date=d(1, 3, 2026), rag="G",
                 exp=dict(lead=["Head of Corporate Parenting"], end="2026-03", status="green")),
        ],
    },
]


def score_fill(s):
    if s >= 15:
        return fill("FF0000")
    if s >= 8:
        return fill("FFC000")
    return fill("92D050")


def build_darlington(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = DARL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee – 26 January 2026. Risks are scored Likelihood x Impact (see the 'Scoring' sheet)."
    headers = ["Risk", "Description (cause / effect)", "Risk owner", "Q2 score", "Q3 score", "Target score",
               "Key controls in place", "Action ref", "Further action required", "Action owner", "Target date",
               "Action RAG"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for risk in DARL:
        n = len(risk["actions"])
        ws.cell(row=r, column=1, value=risk["risk"]).font = Font(bold=True)
        ws.cell(row=r, column=2, value=risk["desc"])
        ws.cell(row=r, column=3, value=risk["owner"])
        for col, key in ((4, "q2"), (5, "q3"), (6, "target")):
            c = ws.cell(row=r, column=col, value=risk[key])
            c.fill = score_fill(risk[key])
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=7, value=risk["controls"])
        for k, a in enumerate(risk["actions"]):
            rr = r + k
            ws.cell(row=rr, column=8, value=a["ref"])
            ws.cell(row=rr, column=9, value=a["action"])
            ws.cell(row=rr, column=10, value=a["owner"])
            c = ws.cell(row=rr, column=11, value=a["date"])
            if isinstance(a["date"], datetime):
                c.number_format = "mmm-yy"
            c = ws.cell(row=rr, column=12, value=a["rag"])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.fill = fill({"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": FILL["blue"]}[a["rag"]])
            for col in range(1, 13):
                ws.cell(row=rr, column=col).border = BOX
                if col not in (4, 5, 6, 12):
                    ws.cell(row=rr, column=col).alignment = WRAP
        if n > 1:
            for col in range(1, 8):
                ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
        r += n
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: B = complete, G = on track, A = some slippage, R = off track / overdue.")
    ws.cell(row=r + 1, column=1, value="Scores: 15–25 red, 8–12 amber, 1–6 green.")
    widths = [24, 38, 20, 7, 7, 7, 32, 7, 44, 26, 10, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Scoring")
    ws["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood \\ Impact"
    for j in range(1, 6):
        ws.cell(row=3, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 4 + (5 - i)
        ws.cell(row=row, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            c = ws.cell(row=row, column=1 + j, value=i * j)
            c.fill = score_fill(i * j)
            c.border = BOX
    ws["A11"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    ws["A12"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Bath & North East Somerset - Ofsted focused visit action plan
# ---------------------------------------------------------------------------
BANES_TITLE = "Bath & North East Somerset Council: Ofsted Focused Visit Action Plan"
BANES = [
    {
        "afi": "Area for improvement 1: The quality and specificity of child in need and child protection plans, so that families know what needs to change and by when.",
        "actions": [
            dict(ref="1.1", action="Relaunch the plan template in Liquidlogic with SMART outcome prompts and guidance for practitioners.",
                 measure="90% of plans audited rated good or better for specificity.",
                 lead="Head of Service – Safeguarding & Quality Assurance", when="September 2024", prev="Amber", cur="Complete",
                 update="New template live from 9 September 2024; practice guidance on the Tri.x procedures site.",
                 exp=dict(lead=["Head of Service – Safeguarding & Quality Assurance"], end="2024-09", status="blue")),
            dict(ref="1.2", action="Deliver plan-writing workshops for all social workers and team managers in the Children in Need and Child Protection teams.",
                 measure="All staff attended; audit shows improved plans.",
                 lead="Principal Social Worker / Head of Workforce Development", when="Sept 2024 – Jan 2025", prev="Green", cur="Green",
                 update="Four of six workshops delivered; 71 staff attended to date.",
                 exp=dict(lead=["Principal Social Worker", "Head of Workforce Development"], end="2025-01", status="green")),
            dict(ref="1.3", action="Monthly thematic audit of 10 plans, with findings reported to the Children's Improvement Board.",
                 measure="Audit grades improve month on month.",
                 lead="Quality Assurance Manager", when="Ongoing (monthly)", prev="Green", cur="Green",
                 update="November audit: 7 of 10 plans good; up from 4 of 10 in July.",
                 exp=dict(lead=["Quality Assurance Manager"], end=None, end_text="Ongoing (monthly)", status="green")),
        ],
    },
    {
        "afi": "Area for improvement 2: Management oversight and supervision, so that it consistently drives plans forward and is clearly recorded.",
        "actions": [
            dict(ref="2.1", action="Introduce a revised supervision policy and recording template, including reflective discussion and clear actions with timescales.",
                 measure="Supervision records show actions and timescales in 85% of cases audited.",
                 lead="Head of Service – Children in Need and Child Protection", when="End of October 2024", prev="Amber", cur="Amber",
                 update="Policy agreed; template delayed by system change request, now with the Liquidlogic team.",
                 exp=dict(lead=["Head of Service – Children in Need and Child Protection"], end="2024-10", status="amber")),
            dict(ref="2.2", action="Report team managers' supervision compliance weekly through the performance dashboard.",
                 measure="Supervision in timescale above 90%.",
                 lead="Performance and Intelligence Manager", when="30/11/2024", prev="Red", cur="Green",
                 update="Dashboard page live; compliance 87% in week ending 6 December.",
                 exp=dict(lead=["Performance and Intelligence Manager"], end="2024-11", status="green")),
        ],
    },
    {
        "afi": "Area for improvement 3: The timeliness of initial child protection conferences.",
        "actions": [
            dict(ref="3.1", action="Review the conference booking process so that ICPCs are held within 15 working days of the strategy discussion.",
                 measure="ICPCs in timescale above 85%.",
                 lead="Independent Reviewing Service Manager", when="Aug-24", prev="Green", cur="Complete",
                 update="Booking now made at the strategy discussion. Timeliness 88% (Q2).",
                 exp=dict(lead=["Independent Reviewing Service Manager"], end="2024-08", status="blue")),
            dict(ref="3.2", action="Recruit an additional permanent child protection chair.",
                 measure="Chair caseloads at or below 60 children.",
                 lead="Head of Service – Safeguarding & Quality Assurance", when="Jan-25", prev="Amber", cur="Red",
                 update="Recruitment unsuccessful; agency chair in post while the role is re-advertised.",
                 exp=dict(lead=["Head of Service – Safeguarding & Quality Assurance"], end="2025-01", status="red")),
        ],
    },
]
RAGFILL = {"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"], "Complete": FILL["blue"]}


def build_banes(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = "Document control"
    ws["A1"].font = Font(bold=True, size=12)
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.1", "03/07/2024", "Service Development Manager", "First draft following publication of the letter"),
            ("1.0", "22/07/2024", "Director of Children's Services", "Approved by the Children's Improvement Board"),
            ("1.2", "30/09/2024", "Service Development Manager", "September progress update"),
            ("1.3", "16/12/2024", "Service Development Manager", "December progress update")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    for col, w in zip("ABCD", (9, 12, 32, 50)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = BANES_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit 14 and 15 May 2024 – arrangements for children in need and children subject to a "
                "child protection plan. Letter published 20 June 2024.")
    ws["A3"] = "Progress position at 16 December 2024"
    headers = ["Ref", "Action", "Success measure / impact", "Lead", "Timescale", "Previous RAG (Sept 24)",
               "Current RAG (Dec 24)", "Progress update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for area in BANES:
        c = ws.cell(row=r, column=1, value=area["afi"])
        c.font = Font(bold=True)
        c.fill = fill(FILL["pale"])
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in area["actions"]:
            vals = [a["ref"], a["action"], a["measure"], a["lead"], a["when"], a["prev"], a["cur"], a["update"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(RAGFILL[a["prev"]])
            ws.cell(row=r, column=7).fill = fill(RAGFILL[a["cur"]])
            r += 1
    widths = [6, 44, 30, 28, 16, 11, 11, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("Complete", "Action complete and evidenced"),
           ("Green", "On track"),
           ("Amber", "Some slippage – recovery in hand"),
           ("Red", "Off track – escalate to the Children's Improvement Board")]
    for i, (k, t) in enumerate(key, 3):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.border = BOX
        ws.cell(row=i, column=2, value=t)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 55
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


def bold_row(row, hexcol="D9D9D9"):
    for cell in row.cells:
        shade(cell, hexcol)
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def add_table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    return t


# ---------------------------------------------------------------------------
# 4. Coventry Safeguarding Children Partnership - LCSPR Child T action plan
# ---------------------------------------------------------------------------
COV_TITLE = "Local Child Safeguarding Practice Review – Child T: Multi-agency Action Plan"
COV = [
    {
        "rec": "The CSCP should seek assurance that practitioners in all agencies understand and use the Coventry neglect toolkit when working with families where there are concerns about home conditions and school attendance.",
        "actions": [
            dict(ref="1.1", action="Relaunch the neglect toolkit through multi-agency briefings and the CSCP newsletter.",
                 lead="CSCP Business Manager", date="31 January 2026",
                 evidence="Attendance at briefings; toolkit downloads.", rag="Green",
                 exp=dict(lead=["CSCP Business Manager"], end="2026-01", status="green")),
            dict(ref="1.2", action="Audit the use of the neglect toolkit in 20 multi-agency cases and report the findings to the Quality Assurance sub-group.",
                 lead="Quality Assurance Sub-group Chair", date="April 2026",
                 evidence="Audit report and agreed follow-up actions.", rag="Amber",
                 exp=dict(lead=["Quality Assurance Sub-group Chair"], end="2026-04", status="amber")),
        ],
    },
    {
        "rec": "Partners should strengthen the information shared between schools, health and children's social care when a child is electively home educated or missing education.",
        "actions": [
            dict(ref="2.1", action="Agree an information-sharing protocol for children who are electively home educated, covering schools, health and children's social care.",
                 lead="Head of Education Entitlement; Designated Nurse Safeguarding Children", date="30/11/2025",
                 evidence="Protocol signed off by the CSCP Executive on 12 November 2025.", rag="Blue",
                 exp=dict(lead=["Head of Education Entitlement", "Designated Nurse Safeguarding Children"], end="2025-11", status="blue")),
            dict(ref="2.2", action="Add an elective home education and children missing education flag to the health visiting and school nursing record.",
                 lead="Designated Nurse Safeguarding Children (Coventry and Warwickshire ICB)", date="Q4 2025/26",
                 evidence="Flag live in the clinical system; monthly report of flagged children.", rag="Amber",
                 exp=dict(lead=["Designated Nurse Safeguarding Children (Coventry and Warwickshire ICB)"], end="2026-03", status="amber")),
            dict(ref="2.3", action="Review the children missing education procedure and publish it on the CSCP website.",
                 lead="Children Missing Education Officer", date="December 2025",
                 evidence="Revised procedure published.", rag="Blue",
                 exp=dict(lead=["Children Missing Education Officer"], end="2025-12", status="blue")),
        ],
    },
    {
        "rec": "West Midlands Police and Coventry Children's Services should review how the voice and lived experience of the child is recorded in strategy discussions.",
        "actions": [
            dict(ref="3.1", action="Add a prompt to the strategy discussion template to record the child's views, their daily lived experience and who has seen the child.",
                 lead="Detective Chief Inspector, Public Protection (WMP) and Head of MASH", date="Oct 2025 – Feb 2026",
                 evidence="Dip sample of 15 strategy discussions in March 2026.", rag="Green",
                 exp=dict(lead=["Detective Chief Inspector, Public Protection (WMP)", "Head of MASH"], end="2026-02", status="green")),
        ],
    },
    {
        "rec": "The CSCP should share the learning from this review across the partnership and evaluate its impact.",
        "actions": [
            dict(ref="4.1", action="Produce a 7-minute briefing on the learning from Child T.\nPresent the learning at the CSCP multi-agency learning event.",
                 lead="CSCP Business Manager", date="March 2026",
                 evidence="Briefing published; event evaluation forms.", rag="Green",
                 exp=dict(lead=["CSCP Business Manager"], end="2026-03", status="green")),
            dict(ref="4.2", action="Each statutory partner to confirm that the learning has been cascaded to its frontline teams.",
                 lead="Safeguarding leads – all agencies", date="Ongoing – reported quarterly",
                 evidence="Quarterly assurance returns to the CSCP Executive.", rag="Green",
                 exp=dict(lead=["Safeguarding leads – all agencies"], end=None, end_text="Ongoing – reported quarterly", status="green")),
            dict(ref="4.3", action="Evaluate the impact of the learning through a practitioner survey six months after publication.",
                 lead="CSCP Business Manager", date="September 2026",
                 evidence="Survey results reported to the Learning and Improvement sub-group.", rag="",
                 exp=dict(lead=["CSCP Business Manager"], end="2026-09", status="unrated")),
        ],
    },
]
COV_RAG = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_coventry(path):
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Coventry Safeguarding Children Partnership")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_paragraph(COV_TITLE, style="Title")
    doc.add_paragraph("Review published: 8 July 2025. This plan is monitored by the CSCP Learning and Improvement "
                      "sub-group and reported to the CSCP Executive.")
    doc.add_heading("Document control", level=2)
    t = add_table(doc, [["Version", "Date", "Author", "Status"],
                        ["1.0", "15/07/2025", "CSCP Business Manager", "Agreed by the CSCP Executive"],
                        ["2.0", "10/09/2025", "CSCP Business Manager", "Progress update"],
                        ["3.0", "12/11/2025", "CSCP Business Manager", "Progress update"]])
    bold_row(t.rows[0])
    doc.add_heading("RAG rating key", level=2)
    t = add_table(doc, [["Blue", "Complete, with evidence of impact"],
                        ["Green", "On track"],
                        ["Amber", "Some slippage – action being taken"],
                        ["Red", "Off track – escalated to the CSCP Executive"]])
    for row in t.rows:
        shade(row.cells[0], COV_RAG[row.cells[0].text])
    for n, rec in enumerate(COV, 1):
        doc.add_heading(f"Recommendation {n}", level=2)
        doc.add_paragraph(rec["rec"])
        rows = [["Ref", "Action", "Lead", "Target date", "Evidence of impact", "RAG"]]
        for a in rec["actions"]:
            rows.append([a["ref"], a["action"], a["lead"], a["date"], a["evidence"], a["rag"]])
        t = add_table(doc, rows)
        bold_row(t.rows[0])
        for i, a in enumerate(rec["actions"], 1):
            if a["rag"]:
                shade(t.cell(i, 5), COV_RAG[a["rag"]])
        doc.add_paragraph()
    doc.add_paragraph("Signed off on behalf of the safeguarding partners: Director of Children's Services, "
                      "Coventry City Council; Chief Nursing Officer, Coventry and Warwickshire ICB; "
                      "Chief Superintendent, West Midlands Police.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Derbyshire County Council - ASC CQC improvement programme highlight report
# ---------------------------------------------------------------------------
DERBY_TITLE = "Adult Social Care CQC Improvement Programme – Highlight Report"
DERBY = [
    {
        "ws": "1. Waiting lists and timeliness of assessments",
        "actions": [
            dict(ref="M1.1", action="Implement the waiting list triage and risk review process in all locality teams.",
                 owner="Service Director – Adult Social Care Operations", base="Sep-25", fc="Nov-25", rag="blue",
                 exp=dict(lead=["Service Director – Adult Social Care Operations"], end="2025-11", status="blue")),
            dict(ref="M1.2", action="Reduce the number of people waiting over 28 days for a Care Act assessment to below 150.",
                 owner="Service Director – Adult Social Care Operations", base="Dec-25", fc="Mar-26", rag="amber",
                 exp=dict(lead=["Service Director – Adult Social Care Operations"], end="2026-03", status="amber")),
            dict(ref="M1.3", action="Launch the online self-assessment for equipment and minor adaptations.",
                 owner="Head of Digital Transformation (ASC)", base="Jan-26", fc="Jan-26", rag="green",
                 exp=dict(lead=["Head of Digital Transformation (ASC)"], end="2026-01", status="green")),
        ],
    },
    {
        "ws": "2. Support for unpaid carers",
        "actions": [
            dict(ref="M2.1", action="Co-produce the refreshed Derbyshire Carers Strategy with carers and the voluntary sector.",
                 owner="Head of Commissioning – Carers and Prevention", base="Oct-25", fc="Feb-26", rag="amber",
                 exp=dict(lead=["Head of Commissioning – Carers and Prevention"], end="2026-02", status="amber")),
            dict(ref="M2.2", action="Offer carers' assessments by telephone and online to reduce waiting times.",
                 owner="Head of Commissioning – Carers and Prevention", base="Dec-25", fc="Dec-25", rag="green",
                 exp=dict(lead=["Head of Commissioning – Carers and Prevention"], end="2025-12", status="green")),
        ],
    },
    {
        "ws": "3. Safeguarding",
        "actions": [
            dict(ref="M3.1", action="Clear the backlog of safeguarding concerns awaiting a Section 42 decision.",
                 owner="AD Safeguarding and Quality / DSAB Business Manager", base="Nov-25", fc="Jan-26", rag="red",
                 exp=dict(lead=["AD Safeguarding and Quality", "DSAB Business Manager"], end="2026-01", status="red")),
            dict(ref="M3.2", action="Embed Making Safeguarding Personal outcome recording in the case management system.",
                 owner="Principal Social Worker (Adults)", base="Mar-26", fc="Mar-26", rag="green",
                 exp=dict(lead=["Principal Social Worker (Adults)"], end="2026-03", status="green")),
        ],
    },
    {
        "ws": "4. Preparing for adulthood (transitions)",
        "actions": [
            dict(ref="M4.1", action="Agree a joint transitions protocol with Children's Services and the SEND team.",
                 owner="Head of Preparing for Adulthood", base="Nov-25", fc="Nov-25", rag="blue",
                 exp=dict(lead=["Head of Preparing for Adulthood"], end="2025-11", status="blue")),
            dict(ref="M4.2", action="Track all young people aged 14 and over with likely adult care needs on a single transitions register.",
                 owner="Head of Preparing for Adulthood", base="Jan-26", fc="Q4 2025/26", rag="green",
                 exp=dict(lead=["Head of Preparing for Adulthood"], end="2026-03", status="green")),
        ],
    },
]
DERBY_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def build_derbyshire(path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Derbyshire County Council – Adult Social Care and Health")
    r.bold = True
    doc.add_paragraph(DERBY_TITLE, style="Title")
    doc.add_paragraph("Reporting period: 1 October – 30 November 2025 | ASC Improvement Board, 9 December 2025")
    t = add_table(doc, [["Programme sponsor", "Executive Director – Adult Social Care and Health"],
                        ["Programme lead", "Assistant Director – Quality and Improvement"],
                        ["Overall status (previous period)", "Amber"],
                        ["Overall status (this period)", "Amber"]])
    for row in t.rows:
        shade(row.cells[0], "D9D9D9")
    shade(t.cell(2, 1), DERBY_FILL["amber"])
    shade(t.cell(3, 1), DERBY_FILL["amber"])
    doc.add_heading("Key achievements this period", level=2)
    for txt in ["Waiting list triage now in place in all eight locality teams.",
                "Joint transitions protocol signed by the Directors of Adult and Children's Services.",
                "Peer challenge on safeguarding practice completed with a neighbouring council (24 October)."]:
        doc.add_paragraph(txt, style="List Bullet")
    doc.add_heading("Milestone tracker", level=2)
    doc.add_paragraph("Status is shown by colour – see the key below the table. The forecast date replaces the "
                      "baseline date where they differ.")
    rows = [["Workstream", "Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Status"]]
    spans = []
    for wsd in DERBY:
        start = len(rows)
        for k, a in enumerate(wsd["actions"]):
            rows.append([wsd["ws"] if k == 0 else "", a["ref"], a["action"], a["owner"], a["base"], a["fc"], ""])
        spans.append((start, len(rows) - 1))
    t = add_table(doc, rows)
    bold_row(t.rows[0], "BDD7EE")
    i = 1
    for wsd in DERBY:
        for a in wsd["actions"]:
            shade(t.cell(i, 6), DERBY_FILL[a["rag"]])
            i += 1
    for s, e in spans:
        if e > s:
            merged = t.cell(s, 0).merge(t.cell(e, 0))
            # drop the empty paragraphs the merge carries over from the lower cells
            for para in merged.paragraphs[1:]:
                if not para.text:
                    para._p.getparent().remove(para._p)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    t = add_table(doc, [["", "Complete"], ["", "On track"], ["", "At risk – forecast date later than baseline"],
                        ["", "Off track – Board support needed"]])
    for row, col in zip(t.rows, ["blue", "green", "amber", "red"]):
        shade(row.cells[0], DERBY_FILL[col])
    doc.add_heading("Key risks and issues", level=2)
    for txt in ["Safeguarding concerns have risen 18% since September, slowing the Section 42 backlog work.",
                "Two vacant senior practitioner posts in the north locality; agency cover agreed to March 2026."]:
        doc.add_paragraph(txt, style="List Bullet")
    doc.add_heading("Decisions required from the Board", level=2)
    doc.add_paragraph("The Board is asked to agree the revised forecast for milestone M1.2 and to note the red "
                      "status of milestone M3.1.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Sutton Health and Wellbeing Board - action log (CSV)
# ---------------------------------------------------------------------------
SUTTON_TITLE = "Sutton Health and Wellbeing Board – Action Log"
SUTTON = [
    {
        "meeting": "Board meeting – 18 June 2025",
        "actions": [
            dict(ref="HWB/25/07", action="Circulate the draft Pharmaceutical Needs Assessment 2025 to Board members for comment before consultation.",
                 resp="Director of Public Health", due="11/07/2025", rag="B", update="Circulated 4 July 2025.",
                 exp=dict(lead=["Director of Public Health"], end="2025-07", status="blue")),
            dict(ref="HWB/25/08", action="Bring the Better Care Fund 2025/26 quarter 1 return to the September meeting.",
                 resp="Head of Integrated Commissioning", due="Sep-25", rag="B", update="Taken on 24 September 2025.",
                 exp=dict(lead=["Head of Integrated Commissioning"], end="2025-09", status="blue")),
            dict(ref="HWB/25/09", action="Set up a task and finish group on childhood immunisation uptake, with GP and school nursing representation.",
                 resp="Consultant in Public Health; Sutton Place Lead (SWL ICB)", due="Oct-25", rag="A",
                 update="First meeting held 30 October 2025; terms of reference still to be agreed.",
                 exp=dict(lead=["Consultant in Public Health", "Sutton Place Lead (SWL ICB)"], end="2025-10", status="amber")),
        ],
    },
    {
        "meeting": "Board meeting – 24 September 2025",
        "actions": [
            dict(ref="HWB/25/14", action="Provide a breakdown of NHS Health Check uptake by ward and deprivation quintile.",
                 resp="Public Health Intelligence Manager", due="03/12/2025", rag="R",
                 update="Data delayed by a change to the provider's system.",
                 exp=dict(lead=["Public Health Intelligence Manager"], end="2025-12", status="red")),
            dict(ref="HWB/25/15", action="Share the findings of the enter and view visits to care homes.\nItem to be scheduled for a Board development session.",
                 resp="Healthwatch Sutton Manager", due="TBC", rag="G", update="Report being finalised.",
                 exp=dict(lead=["Healthwatch Sutton Manager"], end=None, end_text="TBC", status="green")),
            dict(ref="HWB/25/16", action="Update the Joint Local Health and Wellbeing Strategy delivery plan to include the Best Start Family Hubs programme.",
                 resp="A. Okafor / M. Lindqvist", due="March 2026", rag="G", update="Draft to March Board.",
                 exp=dict(lead=["A. Okafor", "M. Lindqvist"], end="2026-03", status="green")),
        ],
    },
    {
        "meeting": "Board meeting – 3 December 2025",
        "actions": [
            dict(ref="HWB/25/21", action="Circulate the winter plan escalation contacts to all Board members.",
                 resp="Director of Adult Social Services", due="19/12/2025", rag="B", update="Sent 15 December 2025.",
                 exp=dict(lead=["Director of Adult Social Services"], end="2025-12", status="blue")),
            dict(ref="HWB/25/22", action="Report back on the refresh of the Sutton Suicide Prevention Action Plan.",
                 resp="Consultant in Public Health", due="Mar-26", rag="G", update="On the forward plan for 18 March 2026.",
                 exp=dict(lead=["Consultant in Public Health"], end="2026-03", status="green")),
        ],
    },
]


def build_sutton(path):
    rows = [[SUTTON_TITLE, "", "", "", "", ""],
            ["Last updated: 20 January 2026", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["Ref", "Action", "Responsible", "Due", "RAG", "Update"]]
    for m in SUTTON:
        rows.append([m["meeting"], "", "", "", "", ""])
        for a in m["actions"]:
            rows.append([a["ref"], a["action"], a["resp"], a["due"], a["rag"], a["update"]])
    rows.append(["", "", "", "", "", ""])
    rows.append(["RAG: B = complete (removed after the next meeting); G = on track; A = at risk; R = overdue", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Barnet Safer Communities Partnership - DHR "Aisha" action plan (TSV, refuse)
# ---------------------------------------------------------------------------
BARNET_TITLE = 'Domestic Homicide Review "Aisha" – Action Plan'
BARNET = [
    {
        "no": "1",
        "rec": "All agencies should make sure practitioners routinely ask about domestic abuse when a patient or client discloses a change in household or relationship.",
        "scope": "Local",
        "actions": [
            dict(action="Include routine enquiry about domestic abuse in GP practice safeguarding training for 2025/26.",
                 lead="NCL ICB Designated Professional for Safeguarding Adults", milestones="Training updated; 80% of practices attended",
                 date="31/12/2025", rag="Green", update="Sessions delivered to 41 of 52 practices."),
            dict(action="Add a domestic abuse prompt to the Barnet Homes tenancy change form.",
                 lead="Barnet Homes", milestones="Form amended; staff briefed", date="Oct-2025", rag="Complete",
                 update="New form in use from 1 October 2025."),
        ],
    },
    {
        "no": "2",
        "rec": "The Partnership should review the referral pathway to MARAC where there is repeat police attendance below the high-risk threshold.",
        "scope": "Local",
        "actions": [
            dict(action="Audit repeat-attendance cases over six months and report the findings to the VAWG Strategic Board.",
                 lead="Metropolitan Police – North West BCU", milestones="Audit complete; report to Board",
                 date="Febuary 2026", rag="Amber", update="Case list agreed; audit under way."),
            dict(action="Amend the Barnet MARAC operating protocol to include a repeat-incident referral route.",
                 lead="MARAC Coordinator", milestones="Protocol agreed by MARAC Steering Group",
                 date="March 2026", rag="Green", update="Draft circulated for comment."),
        ],
    },
    {
        "no": "3",
        "rec": "Barnet Council should make sure information about specialist support for older victims is available in community languages.",
        "scope": "Local",
        "actions": [
            dict(action="Translate the Barnet domestic abuse services leaflet into the five most spoken community languages.",
                 lead="VAWG Strategy Manager", milestones="Leaflets printed and online", date="30/11/2025", rag="Complete",
                 update="Published in Polish, Romanian, Farsi, Gujarati and Somali."),
            dict(action="Brief Age UK Barnet and faith groups on the routes into specialist support.",
                 lead="VAWG Strategy Manager", milestones="Briefings held", date="Ongoing", rag="Green",
                 update="Three briefings held."),
        ],
    },
]


def barnet_lines():
    lines = ["Barnet Safer Communities Partnership",
             BARNET_TITLE,
             "Overview report published 14 May 2025. Progress monitored by the DHR Oversight Group – update January 2026.",
             "",
             "\t".join(["Rec no.", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones",
                        "Target date", "RAG", "Update"])]
    for rec in BARNET:
        for k, a in enumerate(rec["actions"]):
            lines.append("\t".join([rec["no"] if k == 0 else "", rec["rec"] if k == 0 else "",
                                    rec["scope"] if k == 0 else "", a["action"], a["lead"], a["milestones"],
                                    a["date"], a["rag"], a["update"]]))
    lines.append("")
    lines.append("RAG: Complete / Green = on track / Amber = at risk / Red = overdue")
    return lines


def build_barnet(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(barnet_lines()) + "\r\n")


def main():
    build_scilly(os.path.join(HERE, FILES["scilly"]))
    build_darlington(os.path.join(HERE, FILES["darlington"]))
    build_banes(os.path.join(HERE, FILES["banes"]))
    build_coventry(os.path.join(HERE, FILES["coventry"]))
    build_derbyshire(os.path.join(HERE, FILES["derbyshire"]))
    build_sutton(os.path.join(HERE, FILES["sutton"]))
    build_barnet(os.path.join(HERE, FILES["barnet"]))
    for f in FILES.values():
        print("wrote", f)


if __name__ == "__main__":
    main()
