"""Build the seven mo2- blind test files (set heldout387).

Run with: /work/main/.venv/bin/python mo2_make.py
Writes the data files beside this script (the .expected.yaml files are written separately).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, LIGHT = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def box_row(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Cheshire East Council - internal audit EQA improvement plan (xlsx)
# ---------------------------------------------------------------------------
EQA_TITLE = "Internal Audit External Quality Assessment – Improvement Plan"

# (domain, standard, recommendation, [(ref, action, owner, original, revised, rag, update)])
EQA = [
    ("Domain III: Governing the Internal Audit Function", [
        ("6.2 Internal Audit Charter",
         "R1: The Internal Audit Charter should be updated to reflect the Global Internal Audit Standards and the CIPFA Application Note, including the internal audit mandate and the role of the Audit and Governance Committee.",
         [("1.1", "Revise the Internal Audit Charter to incorporate the internal audit mandate, the Committee’s oversight responsibilities and the reporting lines of the Head of Audit and Risk Management.",
           "Head of Audit and Risk Management", d(2025, 9, 30), None, BLUE,
           "Revised Charter drafted and agreed by the Corporate Leadership Team on 16 September 2025."),
          ("1.2", "Present the revised Charter to the Audit and Governance Committee for approval and publish it on the Council’s website.",
           "Head of Audit and Risk Management", d(2025, 11, 30), d(2026, 1, 31), GREEN,
           "Deferred to the January 2026 Committee at the Chair’s request so that it can be considered with the Internal Audit Strategy.")]),
        ("8.1 Board Interaction",
         "R2: The Chair of the Audit and Governance Committee and the Head of Audit and Risk Management should meet privately at least annually, without senior management present.",
         [("2.1", "Schedule a private meeting between the Committee Chair and the Head of Audit and Risk Management ahead of each annual opinion report.",
           "Chair of Audit and Governance Committee / Head of Audit and Risk Management", d(2025, 7, 31), None, BLUE,
           "First private meeting held on 8 July 2025; added to the Committee’s annual work programme.")]),
    ]),
    ("Domain IV: Managing the Internal Audit Function", [
        ("9.2 Internal Audit Strategy",
         "R3: Develop an internal audit strategy that sets out the vision, strategic objectives and supporting initiatives for the service over a three to five year period.",
         [("3.1", "Draft a three-year Internal Audit Strategy 2026–2029, aligned to the Cheshire East Plan, for consultation with the Corporate Leadership Team.",
           "Head of Audit and Risk Management", d(2025, 12, 31), d(2026, 2, 28), AMBER,
           "First draft prepared. Consultation delayed by the budget-setting timetable."),
          ("3.2", "Agree a set of key performance indicators to measure delivery of the strategy and report them to the Committee twice a year.",
           "Principal Auditor (Quality)", d(2026, 3, 31), None, GREEN,
           "Benchmarking with other North West councils under way.")]),
        ("10.2 Human Resources Management",
         "R4: Complete a skills and competency assessment of the internal audit team and use it to inform a training and development plan.",
         [("4.1", "Carry out a skills assessment of all audit staff using the IIA competency framework.",
           "Audit Managers", d(2025, 10, 31), None, RED,
           "Not completed because of two long-term absences in the team. To be discussed with the Committee Chair."),
          ("4.2", "Produce an annual training and development plan, including data analytics training, from the results of the skills assessment.",
           "Audit Managers", d(2026, 3, 31), None, None,
           "Depends on action 4.1.")]),
    ]),
    ("Domain V: Performing Internal Audit Services", [
        ("15.2 Confirming the Implementation of Recommendations or Action Plans",
         "R5: Strengthen the follow-up process so that the implementation of agreed actions is evidenced before they are reported as complete.",
         [("5.1", "Update the follow-up procedure to require evidence of implementation for all high and medium priority actions before closure.",
           "Principal Auditor (Quality)", d(2025, 9, 30), None, BLUE,
           "Procedure updated and briefed to the team in September 2025."),
          ("5.2", "Report overdue high priority actions, with the responsible Executive Director, to each meeting of the Audit and Governance Committee.",
           "Head of Audit and Risk Management", "Each Committee meeting", None, GREEN,
           "Included in the progress report to the November 2025 Committee.")]),
    ]),
]


def make_eqa(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cheshire East Council"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = EQA_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    control = [
        ("Version", "1.3"),
        ("Date", "31 October 2025"),
        ("Owner", "Head of Audit and Risk Management"),
        ("External assessor", "CIPFA – assessment completed March 2025"),
        ("Overall opinion", "Generally conforms with the Global Internal Audit Standards in the UK Public Sector"),
        ("Reported to", "Audit and Governance Committee – 27 November 2025"),
    ]
    for i, (k, v) in enumerate(control, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        box_row(cov, i, 1, 2)
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    hist = [("Version", "Date", "Change"),
            ("1.0", "30/04/2025", "Plan agreed with the assessor"),
            ("1.2", "31/07/2025", "Progress update for July Committee"),
            ("1.3", "31/10/2025", "Progress update for November Committee")]
    for i, r in enumerate(hist, start=13):
        for j, v in enumerate(r, start=1):
            cov.cell(row=i, column=j, value=v)
        box_row(cov, i, 1, 3)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = EQA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Overall EQA opinion: Generally conforms"
    ws["A3"] = "Progress position at 31 October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "GIAS Standard", "EQA recommendation", "Agreed action", "Action owner",
             "Original target date", "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    box_row(ws, 5, 1, 9)
    r = 6
    counts = {}
    for domain, recs in EQA:
        ws.cell(row=r, column=1, value=domain).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for std, rec, acts in recs:
            first = r
            for ref, act, owner, orig, rev, rag, upd in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=owner)
                c = ws.cell(row=r, column=6, value=orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=7, value=rev)
                    c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(row=r, column=8).fill = fill(rag)
                counts[rag] = counts.get(rag, 0) + 1
                ws.cell(row=r, column=9, value=upd)
                box_row(ws, r, 1, 9)
                r += 1
            ws.cell(row=first, column=2, value=std)
            ws.cell(row=first, column=3, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=first, column=2).alignment = WRAP
            ws.cell(row=first, column=3).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary of progress").font = Font(bold=True)
    r += 1
    summary = [("Complete", counts.get(BLUE, 0)), ("On track", counts.get(GREEN, 0)),
               ("At risk", counts.get(AMBER, 0)), ("Overdue", counts.get(RED, 0)),
               ("Not started", counts.get(None, 0))]
    for label, n in summary:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
        box_row(ws, r, 1, 2)
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(n for _, n in summary))
    ws.cell(row=r, column=1).font = Font(bold=True)
    box_row(ws, r, 1, 2)
    r += 2
    ws.cell(row=r, column=1, value="Note: where the Committee has agreed a revised target date it is shown in column G; the original date is kept for transparency.")
    widths = [7, 22, 45, 55, 30, 14, 14, 8, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete"),
                                    (GREEN, "On track to meet the target date"),
                                    (AMBER, "At risk – target date may be missed"),
                                    (RED, "Overdue – target date missed"),
                                    (None, "Not started")], start=2):
        if col:
            key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
        box_row(key, i, 1, 2)
    key.column_dimensions["B"].width = 40
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Chelmsford City Council - AGS significant governance issues (xlsx)
# ---------------------------------------------------------------------------
AGS_TITLE = "Annual Governance Statement 2024/25 – Significant Governance Issues Action Plan"
RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}

AGS = [
    ("Part A – Issues identified in the 2024/25 Annual Governance Statement", [
        ("Financial resilience – the Medium Term Financial Strategy shows a budget gap of £4.1m by 2027/28 and general reserves are forecast to fall below the minimum level set by the Section 151 Officer.", [
            ("1a", "Deliver the 2025/26 savings and income programme and report progress monthly to Management Team.",
             "Accountancy Services Manager (S151 Officer)", "March 2026", "Green", "Amber",
             "£1.3m of the £1.9m target delivered or on track; car parking income below budget."),
            ("1b", "Refresh the Medium Term Financial Strategy, including a reserves strategy, for approval by Cabinet alongside the 2026/27 budget.",
             "Accountancy Services Manager (S151 Officer) / Director of Connected Chelmsford", "Feb 2026", "Green", "Green",
             "Draft MTFS considered by Cabinet in November 2025."),
        ]),
        ("Local government reorganisation – preparing for the transition to new unitary authorities in Greater Essex while maintaining service delivery and sound decision-making.", [
            ("2a", "Establish an officer LGR programme board with terms of reference, a risk log and regular reporting to Cabinet.",
             "Chief Executive", d(2025, 9, 30), "Amber", "Complete",
             "Programme board meeting fortnightly since August 2025."),
            ("2b", "Review the capacity of Legal and Democratic Services to support LGR decision-making and shadow authority arrangements.",
             "Legal & Democratic Services Manager", "Q4 2025/26", "New", "Green",
             "Review scoped; interim lawyer recruited."),
        ]),
        ("Cyber security – the annual penetration test identified weaknesses in privileged access management.", [
            ("3a", "Implement privileged access management software for all administrator accounts.",
             "Digital Services Manager", "December 2025", "Amber", "Red",
             "Procurement delayed by supplier capacity; escalated to Management Team."),
            ("3b", "Deliver mandatory cyber awareness training to all staff and members and report completion rates to the Audit and Risk Committee.",
             "Digital Services Manager; Learning & Development Lead", "31 March 2026", "Green", "Green",
             "78% of staff and 41% of members completed to date."),
        ]),
    ]),
    ("Part B – Issues carried forward from the 2023/24 Annual Governance Statement", [
        ("Procurement compliance – internal audit found that waivers of the Contract Procedure Rules were not consistently recorded.", [
            ("4a", "Introduce an electronic waiver register and quarterly reporting of waivers to the Audit and Risk Committee.",
             "Procurement Manager", "June 2025", "Amber", "Complete",
             "Register live from May 2025; first quarterly report presented in September 2025."),
            ("4b", "Refresh Contract Procedure Rules training for all budget managers.",
             "Procurement Manager", "Ongoing", "Green", "Green",
             "Two sessions held; e-learning module in development."),
        ]),
        ("Health and safety – the corporate health and safety audit gave limited assurance over fire risk assessments at operational sites.", [
            ("5a", "Complete outstanding fire risk assessments at all operational sites and record remedial actions on the corporate health and safety system.",
             "Facilities Manager", "Sept 2025", "Red", "Amber",
             "14 of 17 sites assessed; remaining three booked with the contractor."),
        ]),
    ]),
]


def make_ags(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Chelmsford City Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = AGS_TITLE
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Audit and Risk Committee – 10 December 2025. Progress as at 30 November 2025."
    counts = {}
    for _, issues in AGS:
        for _, acts in issues:
            for a in acts:
                counts[a[5]] = counts.get(a[5], 0) + 1
    sm["A5"] = "Current RAG"
    sm["B5"] = "Number of actions"
    sm["A5"].font = sm["B5"].font = Font(bold=True)
    box_row(sm, 5, 1, 2)
    r = 6
    for k in ["Complete", "Green", "Amber", "Red"]:
        sm.cell(row=r, column=1, value=k).fill = fill(RAGFILL[k])
        sm.cell(row=r, column=2, value=counts.get(k, 0))
        box_row(sm, r, 1, 2)
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=sum(counts.values()))
    box_row(sm, r, 1, 2)
    r += 2
    sm.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for txt in ["Complete – action has been completed",
                "Green – on track to be completed by the target date",
                "Amber – some slippage; expected to be completed within three months of the target date",
                "Red – significant slippage or the action is at risk"]:
        r += 1
        sm.cell(row=r, column=1, value=txt)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = AGS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress as at 30 November 2025"
    heads = ["No.", "Governance issue", "Action to be taken", "Lead officer(s)", "Target date",
             "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
    box_row(ws, 4, 1, 8)
    r = 5
    for part, issues in AGS:
        ws.cell(row=r, column=1, value=part).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for issue, acts in issues:
            for k, (ref, act, lead, tgt, prev, cur, upd) in enumerate(acts):
                ws.cell(row=r, column=1, value=ref)
                if k == 0:
                    ws.cell(row=r, column=2, value=issue)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=prev)
                if prev in RAGFILL:
                    c.fill = fill(RAGFILL[prev])
                c = ws.cell(row=r, column=7, value=cur)
                c.fill = fill(RAGFILL[cur])
                ws.cell(row=r, column=8, value=upd)
                box_row(ws, r, 1, 8)
                r += 1
    for j, w in enumerate([6, 45, 50, 32, 14, 11, 11, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Colchester City Council - RSH Safety and Quality Standard housing plan (xlsx)
# ---------------------------------------------------------------------------
HSG_TITLE = "Housing Improvement Plan – Safety and Quality Standard"
LETTERFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

HSG = [
    ("1. Fire safety", [
        ("FS1", "Complete fire risk assessments for all 212 blocks with communal areas, prioritising high-rise and sheltered schemes.",
         "Valid FRA in place for 100% of blocks", "Head of Housing Compliance", "Apr-25", d(2025, 12, 31), "G",
         "176 of 212 complete; remaining blocks scheduled."),
        ("FS2", "Clear all overdue high-risk remedial actions arising from fire risk assessments.",
         "No high-risk actions older than 28 days", "Head of Housing Compliance", "May-25", "Oct-25", "A",
         "31 high-risk actions still open, mainly compartmentation works."),
        ("FS3", "Introduce a fire door inspection regime: quarterly for communal doors and annually for flat entrance doors in blocks over 11 metres.",
         "Inspection programme in place and reported monthly", "Fire Safety Manager", "Apr-25", "Apr 2025 – Mar 2026", "G",
         "Q1 and Q2 inspections complete."),
    ]),
    ("2. Electrical safety", [
        ("ES1", "Complete electrical installation condition reports (EICRs) for all homes without a valid certificate less than five years old.",
         "100% of homes with a valid EICR", "Electrical Compliance Lead", "Jun-25", "March 2026", "R",
         "Contractor performance below plan; 1,120 homes still without a valid EICR."),
        ("ES2", "Fit smoke and carbon monoxide alarms in every home and record installations on the asset management system.",
         "Alarm records held for every home", "Electrical Compliance Lead", "Apr-25", d(2025, 9, 30), "B",
         "Completed September 2025."),
    ]),
    ("3. Damp and mould", [
        ("DM1", "Triage every damp and mould report within 48 hours.\nInspect within 10 working days and give the tenant a written repair plan.",
         "95% of cases inspected within 10 working days", "Repairs Manager (Colchester Borough Homes)", "Apr-25", d(2025, 6, 30), "B",
         "New process live since June 2025; 97% inspected on time in October."),
        ("DM2", "Review all open damp and mould cases older than three months and agree a remedy with each tenant.",
         "No open cases older than three months without an agreed remedy", "Repairs Manager (Colchester Borough Homes)", "Jul-25", "Q3 2025/26", "A",
         "64 cases reviewed, 22 outstanding."),
    ]),
    ("4. Stock condition and data", [
        ("SC1", "Commission a 100% stock condition survey, including an HHSRS assessment of each home.",
         "Survey data for every home loaded to the asset system", "Head of Asset Management", "Sep-25", "Sept 2027", "G",
         "Surveyor appointed; 9% of homes surveyed."),
        ("SC2", "Move all compliance certificates into a single compliance database and reconcile it against the asset register.",
         "One reconciled compliance database", "Head of Housing Compliance / Data & Systems Manager", "Jun-25", "Jan-26", "A",
         "Gas and electrical data migrated; fire and water data outstanding."),
    ]),
    ("5. Tenant engagement and governance", [
        ("TG1", "Report compliance performance monthly to the Housing Tenant Board and quarterly to Cabinet.",
         "Reports presented to every meeting", "Director of Housing", "Apr-25", "Monthly", "G",
         "Dashboard reported since May 2025."),
        ("TG2", "Recruit tenants to a new Safety Scrutiny Panel and agree its first review topic.",
         "Panel of at least eight tenants in place", "Tom Ellis and Priya Nair", "Nov-25", "Mar-26", None,
         "Not started – recruitment campaign planned for the new year."),
    ]),
]


def make_housing(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Colchester City Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HSG_TITLE
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Self-referral to the Regulator of Social Housing – regulatory judgement published May 2025"
    ws["A4"] = "Update to the Housing Tenant Board – 18 November 2025"
    ws["A5"] = "RAG:  B = Complete   G = On track   A = At risk   R = Off track"
    ws["A5"].font = Font(italic=True)
    heads = ["Workstream", "Ref", "Action", "Outcome / evidence of completion", "Responsible officer",
             "Start", "Due", "RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
    box_row(ws, 7, 1, 9)
    r = 8
    for stream, acts in HSG:
        first = r
        for ref, act, outcome, lead, start, due, rag, comm in acts:
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=outcome)
            ws.cell(row=r, column=5, value=lead)
            ws.cell(row=r, column=6, value=start)
            c = ws.cell(row=r, column=7, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rag:
                c = ws.cell(row=r, column=8, value=rag)
                c.fill = fill(LETTERFILL[rag])
                c.font = Font(bold=True)
            ws.cell(row=r, column=9, value=comm)
            box_row(ws, r, 1, 9)
            r += 1
        ws.cell(row=first, column=1, value=stream).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
    for j, w in enumerate([20, 6, 55, 35, 30, 9, 18, 6, 45], start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    db = wb.create_sheet("Compliance dashboard")
    db["A1"] = "Landlord compliance – position at 31 October 2025"
    db["A1"].font = Font(bold=True)
    rows = [("Area", "Homes / blocks in scope", "Compliant", "% compliant", "Target"),
            ("Gas safety (LGSR)", 5712, 5689, "99.6%", "100%"),
            ("Electrical (EICR)", 5870, 4750, "80.9%", "100%"),
            ("Fire risk assessments", 212, 176, "83.0%", "100%"),
            ("Water safety (legionella)", 96, 96, "100.0%", "100%"),
            ("Asbestos (communal surveys)", 212, 205, "96.7%", "100%"),
            ("Lifts (LOLER)", 34, 34, "100.0%", "100%")]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            db.cell(row=i, column=j, value=v)
        box_row(db, i, 1, 5)
    db.column_dimensions["A"].width = 30
    wb.save(path)


# ---------------------------------------------------------------------------
# Word helpers
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
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        run = cell.add_paragraph().add_run(ln)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Flintshire County Council - Audit Wales organisational response (docx)
# ---------------------------------------------------------------------------
AW_TITLE = "Audit Wales Financial Sustainability Review – Organisational Response"

AW = [
    ("R1", "The Council should strengthen its medium-term financial planning by developing a sustainable multi-year savings plan that identifies how the budget gap will be closed over the period of the Medium Term Financial Strategy.", [
        ("1.1", "Develop a three-year savings programme, with savings proposals identified by portfolio, for consideration alongside the 2026/27 budget.",
         "February 2026", "Corporate Finance Manager", "Green"),
        ("1.2", "Report progress against the savings programme to Cabinet and the Corporate Resources Overview and Scrutiny Committee each quarter.",
         "Quarterly", "Chief Executive; Corporate Finance Manager", "Not started"),
    ]),
    ("R2", "The Council should review its reserves strategy to ensure that the level of usable reserves is sufficient to manage its financial risks.", [
        ("2.1", "Review the Reserves Protocol, including the minimum level of the Council Fund balance, and present it to the Governance and Audit Committee.",
         "30 September 2025", "Corporate Finance Manager", "Complete"),
    ]),
    ("R3", "The Council should strengthen the links between its financial plans and its transformation programme so that the financial impact of each project is clear.", [
        ("3.1", "Produce a business case with costed benefits for each project in the Transformation Programme.",
         "By 31 March 2026", "Head of Transformation", "Amber"),
        ("3.2", "Align the reporting of the Transformation Programme and the Medium Term Financial Strategy through a single monthly report to Chief Officer Team.",
         "December 2025", "Head of Transformation / Corporate Finance Manager", "Green"),
    ]),
    ("R4", "The Council should improve the information that members receive on the Council’s financial position so that they can scrutinise the sustainability of its finances.", [
        ("4.1", "Introduce financial sustainability indicators, benchmarked against other Welsh councils, in the quarterly budget monitoring report.",
         "Q4 2025/26", "Strategic Finance Manager", "Green"),
        ("4.2", "Deliver a member development session on the Medium Term Financial Strategy and reserves.",
         "November 2025", "Corporate Finance Manager and Democratic Services Manager", "Complete"),
    ]),
]
STATUSFILL = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_audit_wales(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(AW_TITLE, style="Title")
    doc.add_paragraph("Flintshire County Council")
    doc.add_paragraph("Progress update for the Governance and Audit Committee – January 2026")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Report title", "Financial Sustainability Review – Flintshire County Council"),
                 ("Date issued", "September 2024"),
                 ("Document reference", "4296A2024"),
                 ("Report owner", "Corporate Finance Manager")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Recommendations and actions", style="Heading 2")
    heads = ["Ref", "Recommendation", "Action no.", "Organisational response / planned action",
             "Completion date", "Responsible officer", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    for ref, rec, acts in AW:
        first = len(t.rows)
        for no, act, when, who, status in acts:
            cells = t.add_row().cells
            set_cell(cells[2], no)
            set_cell(cells[3], act)
            set_cell(cells[4], when)
            set_cell(cells[5], who)
            set_cell(cells[6], status)
            if status in STATUSFILL:
                shade(cells[6], STATUSFILL[status])
        last = len(t.rows) - 1
        a = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
        set_cell(a, ref, bold=True)
        b = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
        set_cell(b, rec)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action delivered; Green – on track; Amber – at risk of delay; "
                      "Red – will not be delivered by the completion date; Not started – work has not yet begun.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. East Ayrshire Council - Education Scotland CLD progress visit plan (docx)
# ---------------------------------------------------------------------------
CLD_TITLE = "Community Learning and Development – Education Scotland Progress Visit: Improvement Plan"
CLDFILL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}

CLD = [
    ("Area for improvement 1: The CLD partnership should involve learners, young people and community groups more fully in planning and evaluating CLD provision.", [
        ("1.1", "Establish a learner and community reference group to review the CLD Plan 2024–27 priorities each year.",
         "CLD Partnership Coordinator / Vibrant Communities Manager", "December 2025",
         "Reference group meets twice a year; priorities reviewed by June 2026", "G"),
        ("1.2", "Train 20 young people as peer evaluators through the East Ayrshire Youth Forum.",
         "JMcK, LR", "August 2025 – June 2026",
         "20 trained peer evaluators; two youth work programmes peer-evaluated", "A"),
    ]),
    ("Area for improvement 2: Partners should make better use of data to show the impact of CLD on outcomes for learners.", [
        ("2.1", "Agree a shared set of outcome indicators for youth work, adult learning and community development across all CLD partners.",
         "CLD Manager", "By 31 October 2025", "Indicator set agreed by the CLD Strategic Partnership", "B"),
        ("2.2", "Introduce a single data-collection tool for all partners and publish an annual CLD impact report.",
         "Adult Learning Team Leader", "March 2026", "First annual impact report published", "G"),
        ("2.3", "Provide training for partners on using locality data to target provision.",
         "CLD Manager", "Ongoing", "All partner leads trained; locality data used in planning", "G"),
    ]),
    ("Area for improvement 3: The partnership should extend professional learning opportunities to staff and volunteers across the wider CLD sector.", [
        ("3.1", "Publish a joint professional learning calendar open to staff and volunteers from partner organisations.",
         "Senior Community Learning and Development Worker (Youth Work)", "September 2025",
         "Calendar published; partner attendance recorded", "B"),
        ("3.2", "Support five members of staff to complete CLD Standards Council registration.",
         "CLD Manager", "30/06/2026", "Five staff registered", None),
    ]),
]


def make_cld(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph(CLD_TITLE, style="Title")
    doc.add_paragraph("East Ayrshire Council – Vibrant Communities")
    doc.add_paragraph("Progress visit: 11–13 March 2025. Plan updated: 28 November 2025.")
    doc.add_paragraph("HM Inspectors identified three areas for improvement during the progress visit. "
                      "The actions below are monitored by the CLD Strategic Partnership, which receives this "
                      "plan at each meeting. RAG status is shown by the colour of the final column.")

    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [("5B9BD5", "Complete"), ("70AD47", "On track"), ("FFC000", "Some slippage"),
                     ("FF0000", "Significant slippage"), (None, "Not yet started")]:
        cells = key.add_row().cells
        if col:
            shade(cells[0], col)
        set_cell(cells[1], txt)
    doc.add_paragraph()

    heads = ["No.", "Action", "Lead", "Timescale", "Measure of success", "RAG"]
    for afi, acts in CLD:
        t = doc.add_table(rows=2, cols=len(heads))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(heads) - 1))
        set_cell(top, afi, bold=True)
        shade(top, "E7E6E6")
        for j, h in enumerate(heads):
            set_cell(t.cell(1, j), h, bold=True)
        for no, act, lead, when, measure, rag in acts:
            cells = t.add_row().cells
            set_cell(cells[0], no)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], when)
            set_cell(cells[4], measure)
            if rag:
                shade(cells[5], CLDFILL[rag])
        doc.add_paragraph()

    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Approved by", bold=True)
    set_cell(so.cell(0, 1), "CLD Strategic Partnership")
    set_cell(so.cell(1, 0), "Date", bold=True)
    set_cell(so.cell(1, 1), "28 November 2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Broads Authority - strategic risk register (csv) - typo month, refuse
# ---------------------------------------------------------------------------
RR_HEAD = ["Risk No", "Risk", "Risk owner", "Initial S", "Initial P", "Initial R",
           "Safeguards and precautions", "Further action required", "Action owner", "Target date",
           "Revised S", "Revised P", "Revised R", "Action status"]
RR_ROWS = [
    ["1", "Reduction in National Park Grant in real terms leading to a budget deficit", "Chief Executive", "3", "3", "9",
     "Medium term financial strategy; earmarked reserves; quarterly budget monitoring to the Authority",
     "Develop savings options for the 2026/27 budget", "Chief Financial Officer", "January 2026", "3", "2", "6", "Amber"],
    ["", "", "", "", "", "", "",
     "Submit a bid to Defra for Protected Landscapes targeted investment funding", "Director of Strategic Services", "March 2026", "", "", "", "Green"],
    ["2", "Failure of flood defences or a tidal surge affecting navigation and Authority assets", "Director of Operations", "3", "2", "6",
     "Broadland Futures Initiative partnership; emergency plan; Environment Agency liaison",
     "Review and test the emergency plan with the Norfolk Resilience Forum", "Head of Safety Management", "30/11/2025", "3", "1", "3", "Complete"],
    ["", "", "", "", "", "", "",
     "Update the register of moorings, quay headings and pontoons at risk of tidal flooding", "Asset Officer", "Decmber 2025", "", "", "", "Amber"],
    ["3", "Loss of key staff or inability to recruit to specialist posts", "Chief Executive", "2", "3", "6",
     "Workforce plan; market supplements; apprenticeships",
     "Complete the pay and grading review", "Head of HR", "April 2026", "2", "2", "4", "Green"],
    ["4", "Cyber attack resulting in loss of systems or data", "Director of Strategic Services", "3", "2", "6",
     "Firewall and multi-factor authentication; offline back-ups; annual penetration test",
     "Run a cyber incident exercise with Management Team", "ICT Manager", "Feb-26", "3", "1", "3", "Green"],
    ["", "", "", "", "", "", "",
     "Achieve Cyber Essentials Plus accreditation", "ICT Manager", "Q4 2025/26", "", "", "", "Green"],
    ["5", "Spread of invasive non-native species (e.g. floating pennywort) affecting navigation and habitats", "Director of Operations", "2", "3", "6",
     "Weed cutting programme; partnership with the Norfolk Non-Native Species Initiative",
     "Extend the floating pennywort control programme to the southern rivers", "Senior Ecologist", "Sept 2026", "2", "2", "4", "Green"],
    ["6", "Failure to comply with the Port Marine Safety Code", "Chief Executive", "3", "1", "3",
     "Designated Person audit; Safety Management System; Navigation Committee oversight",
     "Implement the recommendations of the 2025 Designated Person audit", "Head of Safety Management", "Ongoing", "3", "1", "3", "Green"],
]


def make_risk_csv(path):
    n = len(RR_HEAD)
    pad = lambda vals: vals + [""] * (n - len(vals))
    rows = [
        pad(["Broads Authority – Strategic Risk Register 2025/26"]),
        pad(["Reviewed by Management Team 2 December 2025; reported to Financial Scrutiny and Audit Committee 20 January 2026"]),
        pad(["Scoring: Severity (S) 0–3 x Probability (P) 0–3 = Risk (R) 1–9. Revised scores are after the further actions are complete."]),
        pad([]),
        RR_HEAD,
    ] + RR_ROWS + [
        pad([]),
        pad(["Action status key: Complete; Green = on track; Amber = some slippage; Red = off track"]),
        pad(["Risks removed since the last review: none"]),
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Wealden District Council - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
HL_TITLE = "Transformation Programme – Highlight Report"
HL = [
    ("Workstream 1: Customer Access and Digital", "Head of Customer Services", "G", [
        ("1.1", "Launch the new online customer account for council tax and benefits", "Head of Customer Services", "31/10/2025", "C",
         "Went live 27 October; 1,850 accounts created in the first month."),
        ("1.2", "Move garden waste renewals to the online account", "Digital Lead / Waste Services Manager", "Jan 2026", "G",
         "User testing under way."),
        ("1.3", "Close the Hailsham walk-in reception and introduce appointment-only visits", "Head of Customer Services", "Q4 2025/26", "A",
         "Equality impact assessment to be completed before a decision is taken."),
    ]),
    ("Workstream 2: Accommodation and Assets", "Head of Property and Facilities", "R", [
        ("2.1", "Complete the options appraisal for the future use of the Vicarage Lane offices", "Head of Property and Facilities", "Nov 2025", "R",
         "Valuation delayed by the external valuer; see decisions required."),
        ("2.2", "Relocate the Crowborough area office team to shared space at the Crowborough Community Centre", "S. Patel", "w/c 12/01/2026", "G",
         "Lease heads of terms agreed."),
    ]),
    ("Workstream 3: Waste and Environment Contract", "Waste Services Manager", "A", [
        ("3.1", "Agree the mobilisation plan for the new joint waste collection contract", "Waste Services Manager", "30/09/2025", "C",
         "Plan agreed by the Joint Waste Committee."),
        ("3.2", "Complete the depot lease and vehicle procurement for the new contract", "Waste Services Manager and Head of Property and Facilities", "March 2026", "A",
         "Vehicle lead times of 26 weeks; short-term hire being costed."),
        ("3.3", "Consult residents on the revised collection calendar", "Communications Manager", "TBC", "",
         "Not started – dependent on contract sign-off."),
    ]),
    ("Workstream 4: Finance and Savings", "Finance Business Partner", "G", [
        ("4.1", "Deliver £450k of transformation savings in 2025/26", "Finance Business Partner", "31 March 2026", "G",
         "£310k banked to date."),
        ("4.2", "Refresh the transformation benefits realisation register and report it to Cabinet", "H. Croft", "Dec-25", "G",
         "Draft register with workstream leads for checking."),
    ]),
]


def make_highlight_txt(path):
    L = [
        "Wealden District Council",
        HL_TITLE,
        "Reporting period: 1 October – 30 November 2025",
        "Prepared for: Transformation Board, 9 December 2025",
        "Programme sponsor: Director of Corporate Resources",
        "Programme manager: Hannah Croft",
        "",
        "Overall programme RAG: A (previous period: A)",
        "",
        "RAG key: G = on track; A = at risk, recovery in hand; R = off track, Board decision needed; C = complete",
        "",
        "Summary",
        "The programme remains at amber. Customer Access and Digital is on track, but the accommodation review has "
        "slipped because the valuation of the Vicarage Lane offices is late, and mobilisation of the waste contract is at risk "
        "from vehicle lead times.",
        "",
    ]
    for head, lead, rag, acts in HL:
        L.append(head)
        L.append(f"Workstream lead: {lead}    Status this period: {rag}")
        L.append("Key milestones")
        L.append("\t".join(["Ref", "Milestone / action", "Owner", "Due", "RAG", "Comment"]))
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L += [
        "Key risks and issues",
        "- Valuation of the Vicarage Lane offices delayed (R) – escalated to the Director of Corporate Resources.",
        "- Capacity in the digital team: two vacancies, agency cover in place until March 2026.",
        "",
        "Decisions required from the Board",
        "- Agree a revised completion date for milestone 2.1.",
        "",
        "Next report: Transformation Board, February 2026",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "mo2-cheshire-east-council-internal-audit-eqa-improvement-plan.xlsx": make_eqa,
    "mo2-chelmsford-city-council-ags-significant-governance-issues-action-plan.xlsx": make_ags,
    "mo2-colchester-city-council-rsh-safety-quality-standard-housing-improvement-plan.xlsx": make_housing,
    "mo2-flintshire-county-council-audit-wales-financial-sustainability-review-organisational-response.docx": make_audit_wales,
    "mo2-east-ayrshire-council-education-scotland-cld-progress-visit-improvement-plan.docx": make_cld,
    "mo2-broads-authority-strategic-risk-register-2025-26-typo-month-refuse.csv": make_risk_csv,
    "mo2-wealden-dc-transformation-programme-highlight-report.txt": make_highlight_txt,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
