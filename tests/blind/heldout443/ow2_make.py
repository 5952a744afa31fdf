"""Build the seven ow2- blind cases (data files and their .expected.yaml).

Run with:  /work/main/.venv/bin/python ow2_make.py
Writes only files whose names start with "ow2-" into this script's folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("ow2-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_yaml(name, data):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "Blue": "0070C0",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "Grey": "BFBFBF",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def boxed(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# =====================================================================
# 1. Tyne and Wear FRS internal audit recommendations tracker (xlsx)
# =====================================================================
def make_twfrs():
    name = "ow2-tyne-and-wear-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Tyne and Wear Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=16, color="C00000")
    cov["A2"] = "Internal Audit Recommendations Tracker"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Report to the Governance Committee – 17 November 2025"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Prepared by", "Changes"]
    rows = [
        ["1.0", D(2025, 2, 10), "Corporate Assurance", "Tracker created from 2024/25 audit reports"],
        ["1.4", D(2025, 7, 14), "Corporate Assurance", "Q1 2025/26 progress added"],
        ["1.6", D(2025, 11, 3), "Corporate Assurance", "Q2 2025/26 progress added; Information Governance audit recommendations added"],
    ]
    for j, h in enumerate(hdr):
        c = cov.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        boxed(cov, 7 + i, 1, 4)
    boxed(cov, 6, 1, 4)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Implemented – evidence seen by Internal Audit"),
        ("Green", "On track to be implemented by the agreed date"),
        ("Amber", "Revised date agreed by the Strategic Leadership Team"),
        ("Red", "Overdue – past the revised date"),
    ]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(FILLS[k])
        c.font = Font(bold=True, color="FFFFFF" if k in ("Blue", "Red") else "000000")
        cov.cell(row=12 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 70

    audits = [
        {
            "title": "Fleet and Equipment Management 2024/25 – Reasonable assurance",
            "recs": [
                {
                    "no": "FM1", "prio": "High",
                    "text": "Vehicle defect reports should be recorded on the fleet management system and tracked through to closure.",
                    "acts": [
                        dict(action="Require all vehicle defects to be raised through the Tranman fleet system and withdraw the paper defect book.",
                             lead_cell="Fleet and Engineering Manager", lead=["Fleet and Engineering Manager"],
                             orig=D(2025, 3, 31), rev=None,
                             prog="Paper defect books withdrawn from all stations 24 March 2025. Tranman reporting live.",
                             prev="Blue", cur="Blue", end="2025-03", status="blue"),
                        dict(action="Produce a monthly report of defects open for more than 14 days for the Head of Technical Services.",
                             lead_cell="Fleet and Engineering Manager", lead=["Fleet and Engineering Manager"],
                             orig=D(2025, 4, 30), rev=D(2025, 9, 30),
                             prog="Report delayed by Tranman upgrade; first report issued September 2025 and now monthly.",
                             prev="Amber", cur="Blue", end="2025-09", status="blue"),
                    ],
                },
                {
                    "no": "FM2", "prio": "Medium",
                    "text": "Operational equipment should be tested in line with manufacturers’ schedules and a record kept of each test.",
                    "acts": [
                        dict(action="Load all equipment test schedules into the asset register with automatic reminders to stations.",
                             lead_cell="Head of Technical Services / Station Managers",
                             lead=["Head of Technical Services", "Station Managers"],
                             orig=D(2025, 6, 30), rev=D(2026, 1, 31),
                             prog="Schedules for breathing apparatus and ladders loaded. Hydraulic rescue equipment outstanding.",
                             prev="Amber", cur="Amber", end="2026-01", status="amber"),
                    ],
                },
            ],
        },
        {
            "title": "Recruitment and Pre-employment Checks 2024/25 – Limited assurance",
            "recs": [
                {
                    "no": "RP1", "prio": "High",
                    "text": "Pre-employment checks, including DBS and references, should be completed and evidenced before any new starter begins work.",
                    "acts": [
                        dict(action="Introduce a pre-employment checklist that HR must sign off before a start date is confirmed.",
                             lead_cell="HR Manager (Resourcing)", lead=["HR Manager (Resourcing)"],
                             orig=D(2025, 2, 28), rev=None,
                             prog="Checklist in use from 1 February 2025. Internal Audit follow-up confirmed.",
                             prev="Blue", cur="Blue", end="2025-02", status="blue"),
                        dict(action="Carry out a retrospective check of all starters since April 2023 and complete any missing DBS checks.",
                             lead_cell="HR Manager (Resourcing)", lead=["HR Manager (Resourcing)"],
                             orig=D(2025, 5, 31), rev=D(2025, 10, 31),
                             prog="412 of 437 files checked. 25 DBS renewals still awaited; escalated to SLT on 4 November 2025.",
                             prev="Amber", cur="Red", end="2025-10", status="red"),
                    ],
                },
                {
                    "no": "RP2", "prio": "Medium",
                    "text": "Recruitment panels should include at least one member who has completed recruitment and selection training.",
                    "acts": [
                        dict(action="Deliver recruitment and selection training to all Watch Managers and above who sit on panels.",
                             lead_cell="Learning and Development Manager", lead=["Learning and Development Manager"],
                             orig=D(2025, 12, 31), rev=None,
                             prog="Four of six sessions delivered; 58 managers trained.",
                             prev="Green", cur="Green", end="2025-12", status="green"),
                    ],
                },
            ],
        },
        {
            "title": "Information Governance and Data Protection 2025/26 – Reasonable assurance",
            "recs": [
                {
                    "no": "IG1", "prio": "Medium",
                    "text": "The Record of Processing Activities should be reviewed and updated, with a named information asset owner for each system.",
                    "acts": [
                        dict(action="Refresh the Record of Processing Activities with every department and confirm information asset owners.",
                             lead_cell="Data Protection Officer", lead=["Data Protection Officer"],
                             orig=D(2025, 12, 31), rev=None,
                             prog="Workshops held with 9 of 12 departments.",
                             prev="New", cur="Green", end="2025-12", status="green"),
                    ],
                },
                {
                    "no": "IG2", "prio": "Low",
                    "text": "Completion of the mandatory data protection e-learning should be monitored and reported.",
                    "acts": [
                        dict(action="Add data protection e-learning completion rates to the quarterly performance report to the Strategic Leadership Team.",
                             lead_cell="Information Governance Officer; Head of Corporate Assurance",
                             lead=["Information Governance Officer", "Head of Corporate Assurance"],
                             orig=D(2026, 3, 31), rev=None,
                             prog="Measure agreed; first report due with Q4 performance report.",
                             prev="New", cur="Green", end="2026-03", status="green"),
                    ],
                },
            ],
        },
    ]

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by audit – position at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Audit", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(heads):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
    r = 4
    tot = {k: 0 for k in ["Blue", "Green", "Amber", "Red"]}
    for a in audits:
        cnt = {k: 0 for k in tot}
        n = 0
        for rec in a["recs"]:
            for x in rec["acts"]:
                cnt[x["cur"]] += 1
                n += 1
        sm.cell(row=r, column=1, value=a["title"].split(" – ")[0])
        sm.cell(row=r, column=2, value=n)
        for j, k in enumerate(["Blue", "Green", "Amber", "Red"]):
            sm.cell(row=r, column=3 + j, value=cnt[k])
            tot[k] += cnt[k]
        boxed(sm, r, 1, 6)
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=sum(tot.values())).font = Font(bold=True)
    for j, k in enumerate(["Blue", "Green", "Amber", "Red"]):
        sm.cell(row=r, column=3 + j, value=tot[k]).font = Font(bold=True)
    boxed(sm, r, 1, 6)
    sm.column_dimensions["A"].width = 48

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:K1")
    ws["A1"] = "Internal Audit Recommendations – Agreed Management Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:K2")
    ws["A2"] = "Progress as at 31 October 2025. Recommendations are closed once Internal Audit has seen evidence of implementation."
    ws["A2"].font = Font(italic=True)
    cols = ["Rec No.", "Recommendation", "Priority", "Action No.", "Agreed management action", "Responsible officer",
            "Original due date", "Revised due date", "Progress (Q2 2025/26)", "Previous RAG", "Current RAG"]
    for j, h in enumerate(cols):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    widths = [9, 45, 9, 9, 50, 28, 13, 13, 45, 11, 11]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    expected = []
    r = 5
    for a in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        c = ws.cell(row=r, column=1, value=a["title"])
        c.font = Font(bold=True)
        c.fill = fill("F2DCDB")
        r += 1
        for rec in a["recs"]:
            n = len(rec["acts"])
            first = r
            for k, x in enumerate(rec["acts"], 1):
                aref = "{}.{}".format(rec["no"], k)
                ws.cell(row=r, column=4, value=aref)
                ws.cell(row=r, column=5, value=x["action"])
                ws.cell(row=r, column=6, value=x["lead_cell"])
                c = ws.cell(row=r, column=7, value=x["orig"])
                c.number_format = "dd/mm/yyyy"
                if x["rev"] is not None:
                    c = ws.cell(row=r, column=8, value=x["rev"])
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9, value=x["prog"])
                for col, key in ((10, "prev"), (11, "cur")):
                    c = ws.cell(row=r, column=col, value=x[key])
                    if x[key] in FILLS:
                        c.fill = fill(FILLS[x[key]])
                        c.font = Font(color="FFFFFF" if x[key] in ("Blue", "Red") else "000000")
                boxed(ws, r, 1, 11)
                expected.append(act(aref, [a["title"], rec["text"]], x["action"], x["lead"], x["end"], x["status"]))
                r += 1
            ws.cell(row=first, column=1, value=rec["no"])
            ws.cell(row=first, column=2, value=rec["text"])
            ws.cell(row=first, column=3, value=rec["prio"])
            if n > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            for col in (1, 2, 3):
                ws.cell(row=first, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised due dates were agreed by the Strategic Leadership Team on 4 November 2025. "
                                   "Priority ratings are those given in the Internal Audit report.")
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a fire and rescue authority's internal audit recommendations tracker as taken to its "
                  "Governance/Audit Committee (Tyne and Wear Fire and Rescue Service style, 2025/26). Copied features: "
                  "cover sheet with document-control table and RAG key, a Summary sheet with counts by audit and a "
                  "totals row, one tracker sheet with audit-report heading rows (title and assurance level, merged and "
                  "shaded), recommendation number/text/priority merged down over their numbered agreed management actions (FM1.1), "
                  "responsible officer as job titles (two posts split by '/' or ';'), original and revised due dates, "
                  "progress comments, previous and current RAG as words with fill colour, and a notes line.",
        "reads": "Three internal audits (fleet, recruitment, information governance), each heading its recommendations; "
                 "under each recommendation one or two agreed management actions with a responsible officer, original "
                 "and sometimes revised due date and previous/current RAG. Eight actions; the revised date and the "
                 "current RAG govern. The cover and summary sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker",
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Mosscare St Vincent's consumer standards improvement plan (xlsx)
# =====================================================================
def make_mosscare():
    name = "ow2-mosscare-st-vincents-rsh-consumer-standards-improvement-plan.xlsx"
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Mosscare St Vincent’s"
    intro["A1"].font = Font(bold=True, size=16, color="7030A0")
    intro["A2"] = "Consumer Standards Improvement Plan 2025-26"
    intro["A2"].font = Font(bold=True, size=14)
    intro["A3"] = "Our response to the Regulator of Social Housing inspection – progress report to Board, October 2025"
    intro["A5"] = "Status key (colour of the Status cell)"
    intro["A5"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Minor slippage – within tolerance"),
           ("Red", "Significant slippage – Board attention needed"), ("Grey", "Not yet started")]
    for i, (k, v) in enumerate(key):
        intro.cell(row=6 + i, column=1).fill = fill(FILLS[k])
        intro.cell(row=6 + i, column=1).border = BOX
        intro.cell(row=6 + i, column=2, value=v)
    intro["A12"] = "Notes"
    intro["A12"].font = Font(bold=True)
    intro["A13"] = "1. Owners are members of the Executive Team or Heads of Service."
    intro["A14"] = "2. Target dates are the end of the quarter or month shown unless a date is given."
    intro["A15"] = "3. One tab per consumer standard. The Tenancy Standard actions are on the Neighbourhood tab."
    intro.column_dimensions["A"].width = 14
    intro.column_dimensions["B"].width = 60

    sheets = [
        ("Safety & Quality", "Safety and Quality Standard", [
            ("Required outcome 1: Stock quality and decency", [
                dict(ref="SQ1", action="Complete stock condition surveys on the 1,850 homes not surveyed in the last five years.",
                     owner="Director of Property", owner_l=["Director of Property"], target="Q4 2025/26",
                     end="2026-03", end_text="Q4 2025/26", status="Green",
                     upd="1,120 surveys complete. Contractor on programme."),
                dict(ref="SQ2", action="Load all stock condition data into the asset management system and reconcile it with the housing management system property list.",
                     owner="Head of Asset Management", owner_l=["Head of Asset Management"], target=D(2025, 12, 1),
                     end="2025-12", status="Amber",
                     upd="Data loaded; 214 address mismatches being cleansed."),
            ]),
            ("Required outcome 2: Health and safety", [
                dict(ref="SQ3", action="Clear the backlog of overdue high-priority fire risk assessment actions.",
                     owner="Head of Building Safety & Compliance", owner_l=["Head of Building Safety & Compliance"],
                     target=D(2025, 10, 31), end="2025-10", status="Blue",
                     upd="All 63 overdue high-priority actions closed and verified."),
                dict(ref="SQ4", action="Introduce a damp and mould case management process, with an inspection within 10 working days of a report, in line with Awaab’s Law.",
                     owner="Head of Repairs / Head of Building Safety & Compliance",
                     owner_l=["Head of Repairs", "Head of Building Safety & Compliance"], target=D(2025, 10, 1),
                     end="2025-10", status="Blue",
                     upd="Process live from 27 October 2025."),
                dict(ref="SQ5", action="Report compliance across the six areas of landlord health and safety to every Board meeting, with exceptions explained.",
                     owner="Director of Property", owner_l=["Director of Property"], target="Ongoing",
                     end=None, end_text="Ongoing", status="Green",
                     upd="Compliance dashboard reported to Board in July and September."),
            ]),
        ]),
        ("TIA", "Transparency, Influence and Accountability Standard", [
            ("Required outcome 1: Performance information", [
                dict(ref="TIA1", action="Publish our Tenant Satisfaction Measures with a plain-English summary of what we are doing about the lowest-scoring measures.",
                     owner="Head of Insight and Performance", owner_l=["Head of Insight and Performance"],
                     target=D(2025, 7, 1), end="2025-07", status="Blue",
                     upd="Published on website and in the summer tenant newsletter."),
            ]),
            ("Required outcome 2: Complaints and learning", [
                dict(ref="TIA2", action="Review the complaints policy against the Housing Ombudsman Complaint Handling Code and report the self-assessment to Board.",
                     owner="Customer Experience Manager", owner_l=["Customer Experience Manager"],
                     target=D(2025, 9, 1), end="2025-09", status="Blue",
                     upd="Self-assessment approved by Board 25 September 2025."),
                dict(ref="TIA3", action="Ask the tenant scrutiny panel to review how we handle complaints about repairs, and agree our response to its recommendations.",
                     owner="Director of Customer Services", owner_l=["Director of Customer Services"],
                     target="March 2026", end="2026-03", status="Grey",
                     upd="Panel to start the review in January 2026."),
            ]),
        ]),
        ("Neighbourhood & Tenancy", "Neighbourhood and Community Standard", [
            ("Required outcome 1: Anti-social behaviour", [
                dict(ref="NC1", action="Refresh the anti-social behaviour policy, including a support pathway for victims agreed with partners in Manchester and Trafford.",
                     owner="Head of Neighbourhoods", owner_l=["Head of Neighbourhoods"], target="Q3 2025/26",
                     end="2025-12", end_text="Q3 2025/26", status="Red",
                     upd="Delayed by vacancies in the ASB team. Revised plan to Board in January 2026."),
            ]),
        ]),
    ]
    tenancy = ("Tenancy Standard", [
        dict(ref="TS1", action="Carry out tenancy audits on all general needs homes over a three-year cycle, starting with homes where we have had no contact for two years.",
             owner="Head of Neighbourhoods", owner_l=["Head of Neighbourhoods"], target=D(2026, 3, 31),
             end="2026-03", status="Amber",
             upd="Year 1 programme 38% complete against 50% profile."),
    ])
    status_map = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Grey": "unrated"}
    expected = []
    cols = ["Ref", "What we will do", "Owner", "Target", "Status", "Update – October 2025"]
    widths = [7, 60, 30, 13, 9, 48]

    def write_action(ws, r, x, std, outcome):
        ws.cell(row=r, column=1, value=x["ref"])
        ws.cell(row=r, column=2, value=x["action"])
        ws.cell(row=r, column=3, value=x["owner"])
        c = ws.cell(row=r, column=4, value=x["target"])
        if isinstance(x["target"], dt.datetime):
            c.number_format = "dd/mm/yyyy" if x["target"].day != 1 else "mmm-yy"
        ws.cell(row=r, column=5).fill = fill(FILLS[x["status"]])
        ws.cell(row=r, column=6, value=x["upd"])
        boxed(ws, r, 1, 6)
        under = [std] + ([outcome] if outcome else [])
        expected.append(act(x["ref"], under, x["action"], x["owner_l"], x["end"], status_map[x["status"]],
                            x.get("end_text")))

    for sheet_name, std, outcomes in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = std
        ws["A1"].font = Font(bold=True, size=14, color="7030A0")
        for j, h in enumerate(cols):
            c = ws.cell(row=2, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
        r = 3
        for outcome, acts in outcomes:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=outcome)
            c.font = Font(bold=True, italic=True)
            c.fill = fill("E4DFEC")
            r += 1
            for x in acts:
                write_action(ws, r, x, std, outcome)
                r += 1
        if sheet_name == "Neighbourhood & Tenancy":
            r += 1
            ws.cell(row=r, column=1, value=tenancy[0]).font = Font(bold=True, size=14, color="7030A0")
            r += 1
            for x in tenancy[1]:
                write_action(ws, r, x, tenancy[0], None)
                r += 1
        ws.freeze_panes = "A3"
    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates a housing association's Board-approved consumer standards improvement plan following a "
                  "Regulator of Social Housing inspection (Mosscare St Vincent's style, 2025-26). Copied features: an "
                  "Introduction sheet with title, a colour status key and numbered notes; one sheet per consumer "
                  "standard with the standard as sheet heading, merged 'Required outcome' rows over the actions, "
                  "refs such as SQ1/TIA2, job-title owners (one with '&' inside the title, one cell with two posts "
                  "split by '/'), targets as quarters (Q4 2025/26), month cells, dates and 'Ongoing', status shown "
                  "only by the fill colour of an empty cell, and a second standard (Tenancy) placed lower on the "
                  "Neighbourhood tab.",
        "reads": "Ten improvement actions across the Safety and Quality, Transparency Influence and Accountability, "
                 "Neighbourhood and Community and Tenancy standards, each with owner, target and a coloured status "
                 "cell read through the key on the Introduction sheet (grey = not yet started). The Tenancy Standard "
                 "action sits under its own heading, not under the Neighbourhood outcome above it.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Consumer Standards Improvement Plan 2025-26",
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 3. Sandwell and West Birmingham NHS Trust CQC UEC must/should-do (xlsx)
# =====================================================================
def make_swbh():
    name = "ow2-sandwell-and-west-birmingham-nhs-trust-cqc-uec-must-should-do-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC UEC Action Plan"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Sandwell and West Birmingham NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws.merge_cells("A2:F2")
    ws["A2"] = "CQC Inspection of Urgent and Emergency Care, Midland Metropolitan University Hospital – Must Do and Should Do Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A3:F3")
    ws["A3"] = "Executive sponsor: Chief Nursing Officer | Reported to: Quality and Safety Committee, 21 November 2025"
    cols = ["Ref", "CQC requirement / Action", "Lead(s)", "Due date", "Evidence / assurance", "BRAG"]
    for j, h in enumerate(cols):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    for j, w in enumerate([8, 70, 34, 12, 45, 8]):
        ws.column_dimensions[chr(65 + j)].width = w
    bragfill = {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}
    bragstat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    plan = [
        ("MUST DO – Regulation 12: Safe care and treatment", [
            ("MD1", "The trust must ensure that patients arriving in the emergency department receive a timely initial assessment, with streaming and triage within 15 minutes of arrival.", [
                ("MD1.1", "Introduce a streaming nurse at the ED front door 24/7, with time to triage reported daily at the 08:00 site huddle.",
                 "Head of Nursing, Emergency Department", ["Head of Nursing, Emergency Department"], D(2025, 6, 1), "2025-06", None,
                 "Rota in place from 2 June 2025; daily huddle report.", "B"),
                ("MD1.2", "Audit time to triage weekly and report any wait over 15 minutes as an incident on Datix.",
                 "ED Matron / Clinical Lead for ED", ["ED Matron", "Clinical Lead for ED"], D(2025, 9, 1), "2025-09", None,
                 "Weekly audit results; median 11 minutes in October.", "G"),
            ]),
            ("MD2", "The trust must ensure that patients at risk of deterioration have their observations recorded and escalated in line with the NEWS2 policy.", [
                ("MD2.1", "Roll out electronic observations on Unity to the ED majors and resus areas, with automatic escalation alerts.",
                 "Chief Clinical Information Officer", ["Chief Clinical Information Officer"], D(2025, 12, 1), "2025-12", None,
                 "Majors live; resus go-live moved to December.", "A"),
                ("MD2.2", "Deliver NEWS2 and sepsis refresher training to all ED registered nurses and healthcare support workers, reaching 90% compliance.",
                 "ED Practice Educator", ["ED Practice Educator"], D(2025, 10, 1), "2025-10", None,
                 "87% compliance at 31 October.", "G"),
            ]),
        ]),
        ("MUST DO – Regulation 18: Staffing", [
            ("MD3", "The trust must ensure there are enough suitably qualified children’s nurses in the paediatric emergency department at all times.", [
                ("MD3.1", "Recruit to the funded establishment of registered children’s nurses in paediatric ED and complete the safer staffing tool every shift.",
                 "Deputy Chief Nurse; Head of Nursing – Children’s Services",
                 ["Deputy Chief Nurse", "Head of Nursing – Children’s Services"], D(2026, 3, 1), "2026-03", None,
                 "4.6 WTE vacancies remain; international recruits start January.", "A"),
            ]),
        ]),
        ("SHOULD DO", [
            ("SD1", "The trust should ensure that patients’ privacy and dignity are maintained when they are cared for in temporary escalation spaces.", [
                ("SD1.1", "Agree a standard operating procedure for temporary escalation spaces, covering screens, call bells and access to toilets.",
                 "Deputy Chief Operating Officer", ["Deputy Chief Operating Officer"], D(2025, 8, 1), "2025-08", None,
                 "SOP ratified at Patient Safety Group, August 2025.", "B"),
            ]),
            ("SD2", "The trust should ensure that mandatory training compliance for medical staff in the emergency department meets the trust target.", [
                ("SD2.1", "Build protected time for mandatory training into the ED medical rota and review compliance at the monthly divisional performance review.",
                 "Clinical Director, Emergency Medicine", ["Clinical Director, Emergency Medicine"], "Q4 2025/26", "2026-03", "Q4 2025/26",
                 "Rota change not yet agreed; compliance 71% against 90% target.", "R"),
                ("SD2.2", "Follow up individual doctors below 85% compliance through job planning and appraisal.",
                 "Clinical Director, Emergency Medicine", ["Clinical Director, Emergency Medicine"], "Monthly", None, "Monthly",
                 "Letters sent to 14 doctors in October.", "G"),
            ]),
        ]),
    ]
    expected = []
    r = 6
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for section, reqs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("41B6E6")
        r += 1
        for rref, rtext, acts in reqs:
            ws.cell(row=r, column=1, value=rref).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=rtext)
            c.font = Font(bold=True)
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = fill("DDEBF7")
            boxed(ws, r, 1, 6)
            r += 1
            for aref, atext, lead_cell, lead, due, end, end_text, ev, brag in acts:
                ws.cell(row=r, column=1, value=aref)
                ws.cell(row=r, column=2, value=atext)
                ws.cell(row=r, column=3, value=lead_cell)
                c = ws.cell(row=r, column=4, value=due)
                if isinstance(due, dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(row=r, column=5, value=ev)
                c = ws.cell(row=r, column=6, value=brag)
                c.fill = fill(FILLS[bragfill[brag]])
                c.alignment = Alignment(horizontal="center")
                boxed(ws, r, 1, 6)
                counts[brag] += 1
                expected.append(act(aref, [section, rtext], atext, lead, end, bragstat[brag], end_text))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Total actions")
    ws.cell(row=r, column=3, value=sum(counts.values()))
    for k in ["B", "G", "A", "R"]:
        r += 1
        ws.cell(row=r, column=2, value=k)
        ws.cell(row=r, column=2).fill = fill(FILLS[bragfill[k]])
        ws.cell(row=r, column=3, value=counts[k])
    r += 2
    ws.cell(row=r, column=1, value="BRAG key: B = complete and evidence accepted by the Quality and Safety Committee; "
                                   "G = on track; A = at risk of missing the due date; R = off track")
    ws.freeze_panes = "A6"
    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates an acute NHS trust's CQC must-do/should-do action plan for an urgent and emergency care "
                  "inspection as reported to a Quality and Safety Committee (Sandwell and West Birmingham NHS Trust "
                  "style, 2025; cf. published trust-board 'CQC quality improvement plan' reports). Copied features: "
                  "title block with executive sponsor line, merged coloured section rows per regulation breach "
                  "(MUST DO – Regulation 12 / 18) and a SHOULD DO section, shaded bold requirement rows (MD1, SD2) "
                  "carrying the CQC wording above numbered actions (MD1.1), leads as posts (one with a comma inside "
                  "the title, others with two posts split by '/' or ';'), month-formatted dates plus 'Q4 2025/26' and "
                  "'Monthly', BRAG letters with fill, a summary count block and a BRAG key line.",
        "reads": "Three CQC requirement groups (two must-do regulations and should-dos); under each shaded requirement "
                 "row the trust lists one or two numbered actions with lead(s), due month, evidence and a BRAG letter. "
                 "Eight actions; the summary block and key at the foot are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "CQC Inspection of Urgent and Emergency Care, Midland Metropolitan University Hospital – Must Do and Should Do Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    """Put text (with \n as separate paragraphs) into an empty cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.italic = italic
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold
        rr.italic = italic


# =====================================================================
# 4. EKC Group Ofsted post-inspection action plan (docx)
# =====================================================================
def make_ekc():
    name = "ow2-ekc-group-ofsted-post-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("EKC Group")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x3B, 0x71)
    doc.add_heading("Ofsted Post-Inspection Action Plan 2024–25", level=0)
    doc.add_paragraph("Inspection: 5–8 March 2024 (full inspection under the education inspection framework). "
                      "Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan responds to the section ‘What does the provider need to do to improve?’ of the "
                      "inspection report. It is monitored monthly by the Executive Leadership Team and each term by the "
                      "Quality and Standards Committee of the Corporation.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Deputy CEO – Curriculum and Quality"), ("Version", "2.1"),
                 ("Approved by", "Quality and Standards Committee, 18 June 2024"),
                 ("Last updated", "4 November 2024")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v)
    doc.add_paragraph()

    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    rag_stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    plan = [
        ("Quality of education", [
            ("Area for improvement 1",
             "Leaders and managers should ensure that teachers on study programmes use assessment well to check what learners know and can remember, and adapt their teaching accordingly.",
             [
                 ("1.1", "Deliver a CPD programme on questioning and retrieval practice for all study programme teachers through the Teaching and Learning Academy.",
                  "Head of Teaching, Learning and Assessment", ["Head of Teaching, Learning and Assessment"],
                  "Autumn term 2024", "2024-12", "Autumn term 2024",
                  "90% of teachers complete the programme; learning walks show effective checks of learning in 80% of sessions.", "Complete"),
                 ("1.2", "Introduce curriculum assessment maps that show where knowledge is checked in each unit.\nHeads of Faculty to review the maps with their teams at the start of each term.",
                  "Heads of Faculty", ["Heads of Faculty"], "January 2025", "2025-01", None,
                  "Maps in place for all study programmes; used in curriculum reviews.", "Green"),
                 ("1.3", "Carry out themed learning walks on assessment each half term and share findings at faculty meetings.",
                  "Quality Managers", ["Quality Managers"], "Half-termly", None, "Half-termly",
                  "Themes from walks show improvement over the year.", "Green"),
             ]),
            ("Area for improvement 2",
             "Leaders should ensure that apprentices receive timely off-the-job training and that employers are fully involved in planning and reviewing apprentices’ progress.",
             [
                 ("2.1", "Hold tripartite progress reviews every 10 weeks for all apprentices, with employers signing the review record.",
                  "Director of Apprenticeships", ["Director of Apprenticeships"], "December 2024", "2024-12", None,
                  "95% of reviews on time with employer sign-off.", "Amber"),
                 ("2.2", "Appoint two additional apprenticeship skills coaches for construction and engineering.",
                  "Director of Apprenticeships / HR Business Partner", ["Director of Apprenticeships", "HR Business Partner"],
                  "Summer term 2025", "2025-07", "Summer term 2025",
                  "Caseloads reduced to no more than 40 apprentices per coach.", "Green"),
             ]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 3",
             "Governors should gain clearer oversight of the quality of apprenticeship provision so that they can hold leaders to account effectively.",
             [
                 ("3.1", "Add an apprenticeship quality dashboard to every Quality and Standards Committee agenda.",
                  "Clerk to the Corporation", ["Clerk to the Corporation"], "June 2024", "2024-06", None,
                  "Minutes show challenge on apprenticeship data at each meeting.", "Complete"),
                 ("3.2", "Arrange a governor link visit to the apprenticeship team each term and report it to the Committee.",
                  "Chair of the Quality and Standards Committee", ["Chair of the Quality and Standards Committee"],
                  "Termly", None, "Termly",
                  "Link visit reports received each term.", "Green"),
             ]),
            ("Area for improvement 4",
             "Leaders should ensure that learners with high needs receive the support set out in their education, health and care plans from the start of their programmes.",
             [
                 ("4.1", "Complete transition meetings and support plans for all learners with EHC plans before they start in September.",
                  "Head of Inclusion", ["Head of Inclusion"], "September 2024", "2024-09", None,
                  "All learners with EHC plans have support in place in week 1.", "Red"),
             ]),
        ]),
    ]
    expected = []
    cols = ["Ref", "Action", "Lead", "Timescale", "Impact measure", "RAG"]
    for theme, afis in plan:
        doc.add_heading(theme, level=1)
        for afi_head, afi_text, acts in afis:
            doc.add_heading(afi_head, level=2)
            q = doc.add_paragraph()
            q.add_run(afi_text).italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(cols):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "003B71")
                t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            for ref, text, lead_cell, lead, tscale, end, end_text, impact, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], text)
                set_cell(cells[2], lead_cell)
                set_cell(cells[3], tscale)
                set_cell(cells[4], impact)
                set_cell(cells[5], rag)
                shade(cells[5], rag_fill[rag])
                expected.append(act(ref, [theme, afi_text], text, lead, end, rag_stat[rag], end_text))
            doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – action finished and impact evidenced; Green – on track; "
                      "Amber – some delay, recovery agreed; Red – not on track.")
    doc.add_paragraph("Next review: Executive Leadership Team, December 2024.")
    doc.save(out(name))
    write_yaml(name, {
        "source": "Imitates a general FE college group's Ofsted post-inspection action plan (EKC Group style, "
                  "2024-25) built from the report's 'What does the provider need to do to improve?' points. Copied "
                  "features: college name and title, inspection line and purpose paragraph, a two-column "
                  "document-control table, Heading 1 per Ofsted key judgement, Heading 2 'Area for improvement N' "
                  "with the inspectors' wording in italics beneath it and one table per area for improvement (Ref, "
                  "Action, Lead, Timescale, Impact measure, RAG with shaded cell), terms and 'Half-termly'/'Termly' as "
                  "timescales, a two-paragraph action cell, job titles with commas or 'and' inside, and a closing RAG "
                  "key and review line.",
        "reads": "Four areas for improvement grouped under Quality of education and Leadership and management; each "
                 "has its own table of numbered actions with lead, timescale, impact measure and RAG (Complete read as "
                 "blue). Eight actions; the document-control table and the key paragraph are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Ofsted Post-Inspection Action Plan 2024–25",
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 5. Jubilee Street Practice CQC inspection action plan (docx)
# =====================================================================
def make_jubilee():
    name = "ow2-jubilee-street-practice-cqc-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Jubilee Street Practice")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Inspection date: 9 October 2024 | Report published: 18 December 2024 | Overall rating: Requires improvement")
    doc.add_paragraph("Registered manager: Ms R Khatun, Practice Manager | Last updated: 14 March 2025")

    status_map = {"Completed": "blue", "On track": "green", "Not started": "unrated"}
    expected = []
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "Issue identified", "Action to be taken", "Person responsible", "Completion date", "Status"]):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    regs = [
        ("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment", [
            ("Patients prescribed high-risk medicines were not always monitored in line with national guidance.", [
                ("1a", "Run monthly searches for patients on DMARDs, lithium and warfarin and recall anyone overdue for blood monitoring.",
                 "Dr N Chowdhury (Prescribing Lead)", ["Dr N Chowdhury (Prescribing Lead)"], "w/c 13/01/2025", "2025-01", None, "Completed"),
                ("1b", "Clinical pharmacist to review every patient overdue monitoring and record the outcome in the patient record.",
                 "Clinical Pharmacist", ["Clinical Pharmacist"], "28/02/2025", "2025-02", None, "Completed"),
                ("1c", "Repeat the high-risk drug monitoring audit and present the results at the clinical meeting.",
                 "Dr N Chowdhury and Dr P Adeyemi", ["Dr N Chowdhury", "Dr P Adeyemi"], "May 2025", "2025-05", None, "On track"),
            ]),
            ("Safety alerts from the MHRA had not always been acted on for all affected patients.", [
                ("2a", "Set up a safety alerts log with a named clinician to action each alert and a record of the searches run.",
                 "Practice Manager / Clinical Pharmacist", ["Practice Manager", "Clinical Pharmacist"], "31/01/2025", "2025-01", None, "Completed"),
            ]),
        ]),
        ("Regulation 17 HSCA (RA) Regulations 2014: Good governance", [
            ("There was no effective system to monitor staff training and recruitment checks.", [
                ("3a", "Introduce a training matrix covering safeguarding, basic life support, infection control and fire safety for all staff.",
                 "Assistant Practice Manager", ["Assistant Practice Manager"], "March 2025", "2025-03", None, "Completed"),
                ("3b", "Complete DBS checks and immunisation status records for all clinical staff and keep them on the staff file.",
                 "Practice Manager", ["Practice Manager"], "30/04/2025", "2025-04", None, "On track"),
            ]),
            ("Complaints were not analysed for themes and learning.", [
                ("4a", "Review complaints every quarter at the partners’ meeting and record the learning in the minutes.",
                 "Practice Manager", ["Practice Manager"], "Quarterly", None, "Quarterly", "On track"),
            ]),
        ]),
    ]
    for reg, issues in regs:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, reg, bold=True)
        shade(m, "DEEAF6")
        for issue, acts in issues:
            first_idx = len(t.rows)
            for ref, text, lead_cell, lead, date, end, end_text, status in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead_cell)
                set_cell(cells[4], date)
                set_cell(cells[5], status)
                expected.append(act(ref, [reg, issue], text, lead, end, status_map[status], end_text))
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 1)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 1))
            set_cell(top, issue)

    doc.add_paragraph()
    should_head = "Areas where the practice should improve"
    doc.add_heading(should_head, level=2)
    t2 = doc.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for j, h in enumerate(["No.", "Should do", "Action to be taken", "Person responsible", "Completion date", "Status"]):
        set_cell(t2.rows[0].cells[j], h, bold=True)
        shade(t2.rows[0].cells[j], "BDD7EE")
    for ref, issue, text, lead_cell, lead, date, end, end_text, status in [
        ("5", "Continue to take steps to improve the uptake of cervical screening.",
         "Offer Saturday morning screening clinics and send text reminders in Bengali and Somali.",
         "Lead Practice Nurse", ["Lead Practice Nurse"], "September 2025", "2025-09", None, "Not started"),
        ("6", "Improve telephone access for patients.",
         "Move to the cloud-based telephony system with call-back and queue position messages.",
         "Practice Manager", ["Practice Manager"], "June 2025", "2025-06", None, "On track"),
    ]:
        cells = t2.add_row().cells
        for c, v in zip(cells, [ref, issue, text, lead_cell, date, status]):
            set_cell(c, v)
        expected.append(act(ref, [should_head, issue], text, lead, end, status_map[status], end_text))

    doc.add_paragraph()
    t3 = doc.add_table(rows=2, cols=2)
    t3.style = "Table Grid"
    set_cell(t3.cell(0, 0), "Signed on behalf of the provider", bold=True)
    set_cell(t3.cell(0, 1), "Dr P Adeyemi, Senior Partner")
    set_cell(t3.cell(1, 0), "Date submitted to CQC", bold=True)
    set_cell(t3.cell(1, 1), "20/01/2025")
    doc.save(out(name))
    write_yaml(name, {
        "source": "Imitates a GP practice's action plan in response to a CQC 'requires improvement' inspection with "
                  "requirement notices (Jubilee Street Practice style, Tower Hamlets, 2024-25). Copied features: "
                  "centred practice name and title, inspection/rating line, registered-manager line, one main table "
                  "with full-width merged regulation rows (Regulation 12 and 17 HSCA (RA) Regulations 2014), the CQC "
                  "issue merged down beside its actions (1a, 1b, 1c), named GPs and job titles as responsible persons, "
                  "completion dates as 'w/c dd/mm/yyyy', dd/mm/yyyy, month-year and 'Quarterly', status words "
                  "(Completed / On track / Not started), a separate should-improve table under its own heading, and a "
                  "provider sign-off table.",
        "reads": "Two breached regulations, each with CQC findings and the practice's actions beneath, then a short "
                 "table of areas where the practice should improve with one action each. Nine actions; the sign-off "
                 "table at the end is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "CQC Inspection Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 6. OPCC for Surrey / Surrey Police Joint Audit Committee action log (csv) – refuse
# =====================================================================
def make_surrey():
    name = "ow2-surrey-opcc-joint-audit-committee-action-log-typo-month-refuse.csv"
    rows = [
        ["Office of the Police and Crime Commissioner for Surrey and Surrey Police", "", "", "", "", "", "", ""],
        ["Joint Audit Committee – Rolling Action Log", "", "", "", "", "", "", ""],
        ["Position at 24 November 2025 (actions from meetings March 2024 to September 2025)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"],
        ["JAC/24/05", "27/03/2024", "12/24", "Circulate the revised Scheme of Governance to members once approved by the PCC and Chief Constable.",
         "OPCC Chief Executive", "June 2024", "Complete", "Circulated 14 June 2024."],
        ["JAC/24/11", "25/09/2024", "31/24", "Provide a breakdown of the capital programme slippage by project for the next meeting.",
         "Force CFO / OPCC CFO", "December 2024", "Complete", "Included in the Q3 finance report."],
        ["JAC/24/14", "11/12/2024", "44/24", "Bring the updated strategic risk register, including the new risk on the police pension remedy, to the Committee.",
         "Head of Risk and Business Continuity", "March 2025", "Complete", "Presented 26 March 2025."],
        ["JAC/24/16", "11/12/2024", "46/24", "Report the outcome of the management follow-up on the limited assurance audit of seized property.",
         "Head of Internal Audit (SIAP)", "Febuary 2025", "Complete", "Follow-up confirmed 6 of 8 actions implemented."],
        ["JAC/25/03", "26/03/2025", "09/25", "Arrange a briefing for members on the Home Office police funding formula review.",
         "OPCC CFO", "July 2025", "Complete", "Briefing held 16 July 2025."],
        ["JAC/25/07", "25/06/2025", "21/25", "Confirm the timetable for the external audit of the 2024/25 statements of accounts with the external auditor.",
         "KW / RT", "September 2025", "Open", "Audit started; opinion expected November."],
        ["JAC/25/09", "24/09/2025", "33/25", "Provide the Committee with the force's cyber security assurance report in the private session.",
         "Chief Information Officer", "December 2025", "Open", "Scheduled for 10 December meeting."],
        ["JAC/25/10", "24/09/2025", "35/25", "Review the Committee's terms of reference against the CIPFA position statement and bring any changes for approval.",
         "OPCC Chief Executive; Chair of the Committee", "December 2025", "Open", ""],
        ["", "", "", "", "", "", "", ""],
        ["Closed actions are removed after they have been reported to one meeting as complete.", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(data)
    lines = data.split("\r\n")
    typo_line = next(i + 1 for i, l in enumerate(lines) if "Febuary" in l)
    write_yaml(name, {
        "source": "Imitates a police joint audit committee rolling action log as exported from the committee "
                  "secretariat's spreadsheet (Office of the Police and Crime Commissioner for Surrey and Surrey Police "
                  "Joint Audit Committee style, 2024-25). Copied features: three title lines, a blank line, columns "
                  "Action No./Meeting/Minute/Action/Owner/Due/Status/Update, JAC/yy/nn numbering, owners as posts "
                  "(two posts split by '/' or ';'), initials, due months written out in full, and a closing note line.",
        "reads": "A rolling log of eight committee actions with owner, due month and status. The due cell of "
                 "JAC/24/16 reads 'Febuary 2025', a mistyped month; a careful reader would stop and ask before "
                 "taking the log in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Joint Audit Committee – Rolling Action Log",
    })
    return name, 0


# =====================================================================
# 7. The Kemnal Academies Trust strategic risk register further actions (txt)
# =====================================================================
def make_tkat():
    name = "ow2-the-kemnal-academies-trust-strategic-risk-register-further-actions.txt"
    L = []
    L.append("The Kemnal Academies Trust")
    L.append("Strategic Risk Register 2025-26: Further Actions")
    L.append("Audit and Risk Committee – 9 October 2025")
    L.append("Reviewed by the Executive Leadership Team on 23 September 2025. Residual scores are likelihood x impact (1-25).")
    L.append("Action status: B = complete; G = on track; A = some slippage; R = off track")
    L.append("")
    L.append("\t".join(["Risk", "Residual score", "Ref", "Further action required", "Action owner", "Target date", "Status"]))
    status_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    risks = [
        ("SR1 Educational standards", "12 Amber", [
            ("SR1.1", "Deploy the trust school improvement team to the six secondary academies with the weakest 2025 key stage 4 results, with review visits every half term.",
             "Director of Education (Secondary)", ["Director of Education (Secondary)"], "Summer term 2026", "2026-07", "Summer term 2026", "G", None),
            ("SR1.2", "Introduce common assessment points in English and maths across all primary academies and report the results to the Standards Committee.",
             "Director of Education (Primary)", ["Director of Education (Primary)"], "31/12/2025", "2025-12", None, "G", None),
        ]),
        ("SR2 Financial sustainability", "16 Red", [
            ("SR2.1", "Complete an integrated curriculum and financial planning review for every academy forecasting an in-year deficit.",
             "Chief Financial Officer", ["Chief Financial Officer"], "30/11/2025", "2025-11", None, "A", None),
            ("SR2.2", "Re-tender the trust-wide energy contract through a DfE-approved framework before the current fixed price ends.",
             "Chief Operating Officer", ["Chief Operating Officer"], "31/03/2026", "2026-03", None, "G", None),
        ]),
        ("SR3 Safeguarding", "10 Amber", [
            ("SR3.1", "Move all academies onto a single safeguarding recording system and train designated safeguarding leads",
             "Trust Safeguarding Lead", ["Trust Safeguarding Lead"], "31/01/2026", "2026-01", None, "G",
             "in its use, with a central audit of records each term."),
            ("SR3.2", "Commission an external safeguarding review of two academies each year.",
             "Trust Safeguarding Lead / CEO", ["Trust Safeguarding Lead", "CEO"], "Annual", None, "Annual", "G", None),
        ]),
        ("SR4 Estates and condition of buildings", "15 Red", [
            ("SR4.1", "Complete RAAC and asbestos surveys across the estate and record the results in the estates compliance system.",
             "Head of Estates", ["Head of Estates"], "Sept 2025", "2025-09", None, "B", None),
            ("SR4.2", "Submit Condition Improvement Fund bids for roof and heating replacement at the three highest-priority sites.",
             "Head of Estates; Chief Operating Officer", ["Head of Estates", "Chief Operating Officer"], "December 2025", "2025-12", None, "A", None),
        ]),
        ("SR5 Recruitment and retention of staff", "12 Amber", [
            ("SR5.1", "Launch the TKAT teacher development pathway and flexible working offer to reduce turnover in hard-to-recruit subjects.",
             "Director of People", ["Director of People"], "Jan-26", "2026-01", None, "R", None),
        ]),
    ]
    expected = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for risk, score, acts in risks:
        L.append("")
        for i, (ref, text, lead_cell, lead, date, end, end_text, st, cont) in enumerate(acts):
            L.append("\t".join([risk if i == 0 else "", score if i == 0 else "", ref, text, lead_cell, date, st]))
            full = text
            if cont:
                L.append("\t".join(["", "", "", cont]))
                full = text + "\n" + cont
            counts[st] += 1
            expected.append(act(ref, [risk], full, lead, end, status_map[st], end_text))
    L.append("")
    L.append("Summary of further actions: {} in total – B {}, G {}, A {}, R {}".format(
        sum(counts.values()), counts["B"], counts["G"], counts["A"], counts["R"]))
    L.append("Next review: Audit and Risk Committee, 4 February 2026")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_yaml(name, {
        "source": "Imitates a multi-academy trust's strategic risk register 'further actions' report to its Audit and "
                  "Risk Committee, saved as tab-separated text (The Kemnal Academies Trust style, 2025-26; DfE academy "
                  "trust risk management guidance). Copied features: trust name, title and committee lines, a scoring "
                  "note and status key line, a header row, each risk named once on its first action row with the "
                  "residual score (carrying a RAG word that describes the risk, not the action) and blank on later "
                  "rows, numbered further actions (SR1.1), job-title owners (two posts split by '/' or ';'), target "
                  "dates as dd/mm/yyyy, 'Sept 2025', 'Jan-26', a school term and 'Annual', B/G/A/R action status, one "
                  "action continued on the next line, and a summary line.",
        "reads": "Five strategic risks, each followed by its further actions with owner, target date and B/G/A/R "
                 "status; the residual score column describes the risk, not the action. Nine actions (SR3.1 runs onto "
                 "a second line); the key, summary and review lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Strategic Risk Register 2025-26: Further Actions",
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_twfrs, make_mosscare, make_swbh, make_ekc, make_jubilee, make_surrey, make_tkat):
        n, k = fn()
        print(f"{n}: {k} actions")
