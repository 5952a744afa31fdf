#!/usr/bin/env python3
"""Build the seven zbp- blind test files (set heldout766) and their expected readings.

Run with /work/main/.venv/bin/python zbp_make.py from any directory; it writes beside itself.
Only files whose names start with "zbp-" are written.
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
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zbp-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


class Q(str):
    """A string written double-quoted in the expected YAML."""


class ZDumper(yaml.SafeDumper):
    pass


ZDumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def _quote(data):
    data = dict(data)
    if "title" in data:
        data["title"] = Q(data["title"])
    if "actions" in data:
        acts = []
        for a in data["actions"]:
            b = {}
            for k, v in a.items():
                if isinstance(v, str):
                    b[k] = Q(v)
                elif isinstance(v, list):
                    b[k] = [Q(x) for x in v]
                else:
                    b[k] = v
            acts.append(b)
        data["actions"] = acts
    return data


def write_expected(fname, data):
    path = out(fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(_quote(data), f, Dumper=ZDumper, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lightblue": PatternFill("solid", fgColor="DDEBF7"),
    "yellow": PatternFill("solid", fgColor="FFFF00"),
}


# ---------------------------------------------------------------------------
# 1. Risk Management Authority - strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def make_rma():
    fname = "zbp-risk-management-authority-strategic-risk-register-2025-26.xlsx"
    title = "Risk Management Authority – Strategic Risk Register 2025-26"
    risks = [
        {
            "risk": "SR1 – Quality and consistency of risk assessment practice",
            "desc": "Cause: variation in the skills and experience of accredited assessors and practitioners.\n"
                    "Event: risk assessments and Risk Management Plans for people subject to an Order for Lifelong Restriction (OLR) fall below RMA standards.\n"
                    "Consequence: public protection compromised; loss of confidence of the High Court and partners.",
            "owner": "Head of Operations",
            "inh": (4, 5), "controls": "Accreditation of risk assessors; Standards and Guidelines for Risk Assessment; quality assurance of every Risk Management Plan before approval; FRAME policy framework.",
            "res": (3, 4), "target": 8, "appetite": "Averse",
            "actions": [
                ("SR1.1", "Complete the review of the Standards and Guidelines for Risk Assessment and publish the revised edition.",
                 "Head of Operations", D(2026, 3, 31), "Consultation closed 12 September 2025; 41 responses analysed. Drafting on schedule.", "green",
                 ["Head of Operations"], "2026-03", None),
                ("SR1.2", "Introduce a refreshed accreditation renewal process for risk assessors, including peer review of a sample of reports.",
                 "Head of Operations / Practice Development Manager", D(2025, 12, 31), "Pilot with six assessors delayed by availability of peer reviewers; revised timetable agreed with SMT.", "amber",
                 ["Head of Operations", "Practice Development Manager"], "2025-12", None),
                ("SR1.3", "Deliver FRAME refresher training to local authority and NHS practitioners who prepare Risk Management Plans.",
                 "Practice Development Manager", "Ongoing", "Four sessions delivered April–October 2025 (86 practitioners). Programme for 2026 being scheduled.", "green",
                 ["Practice Development Manager"], None, "Ongoing"),
            ],
        },
        {
            "risk": "SR2 – Financial sustainability",
            "desc": "Cause: flat-cash grant-in-aid settlement and pay award pressures.\n"
                    "Event: RMA cannot fund its statutory functions within budget.\n"
                    "Consequence: reduction in services or failure to meet Scottish Public Finance Manual requirements.",
            "owner": "Chief Executive",
            "inh": (4, 4), "controls": "Monthly budget monitoring to SMT; quarterly finance report to the Board; framework document and sponsor team engagement.",
            "res": (3, 4), "target": 6, "appetite": "Cautious",
            "actions": [
                ("SR2.1", "Agree the 2026-27 budget and a three-year medium-term financial plan with the Scottish Government sponsor team.",
                 "Head of Corporate Services", D(2026, 3, 31), "Draft budget submitted to sponsor team 3 October 2025; awaiting confirmation of settlement.", "amber",
                 ["Head of Corporate Services"], "2026-03", None),
                ("SR2.2", "Review the shared services agreement for finance and payroll to secure savings from 2026-27.",
                 "Head of Corporate Services", D(2026, 2, 28), "Options paper to SMT in November 2025.", "green",
                 ["Head of Corporate Services"], "2026-02", None),
            ],
        },
        {
            "risk": "SR3 – Cyber security and information governance",
            "desc": "Cause: increasing cyber threat to public bodies and reliance on a third-party ICT provider.\n"
                    "Event: cyber attack or data breach affecting sensitive personal information.\n"
                    "Consequence: harm to individuals, regulatory action by the ICO, reputational damage.",
            "owner": "Head of Corporate Services",
            "inh": (4, 5), "controls": "Managed ICT service with 24/7 monitoring; Cyber Essentials Plus; mandatory staff training; Information Governance Group.",
            "res": (3, 5), "target": 10, "appetite": "Averse",
            "actions": [
                ("SR3.1", "Achieve Cyber Essentials Plus re-certification.",
                 "Head of Corporate Services", D(2025, 9, 30), "Re-certification awarded 26 September 2025.", "blue",
                 ["Head of Corporate Services"], "2025-09", None),
                ("SR3.2", "Run a cyber incident exercise with the Board and Senior Management Team using the Scottish Government Exercise in a Box scenario.",
                 "Chief Executive / Head of Corporate Services", D(2026, 1, 31), "Date agreed with the Board Chair: 22 January 2026.", "green",
                 ["Chief Executive", "Head of Corporate Services"], "2026-01", None),
                ("SR3.3", "Implement the agreed actions from the internal audit of information governance (limited assurance, May 2025).",
                 "Information Governance Officer", D(2025, 10, 31), "Four of seven actions complete. Records retention schedule not yet approved.", "red",
                 ["Information Governance Officer"], "2025-10", None),
            ],
        },
        {
            "risk": "SR4 – Workforce capacity and resilience",
            "desc": "Cause: small organisation with single points of failure in specialist roles.\n"
                    "Event: loss of key staff or prolonged absence.\n"
                    "Consequence: statutory functions, including approval of Risk Management Plans, are delayed.",
            "owner": "Chief Executive",
            "inh": (4, 4), "controls": "Workforce plan; documented procedures for key processes; flexible working and wellbeing support.",
            "res": (3, 3), "target": 6, "appetite": "Cautious",
            "actions": [
                ("SR4.1", "Complete succession and cross-cover plans for all specialist roles.",
                 "Head of Corporate Services", D(2025, 12, 31), "Plans in place for 5 of 7 roles.", "green",
                 ["Head of Corporate Services"], "2025-12", None),
                ("SR4.2", "Implement the staff wellbeing action plan arising from the 2025 staff survey.",
                 "HR Business Partner", D(2026, 6, 30), "Not started – action plan to be agreed at SMT in November 2025.", None,
                 ["HR Business Partner"], "2026-06", None),
            ],
        },
    ]

    wb = Workbook()
    # Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16, color="1F3864")
    cv["A2"] = "Version 4.0 – for the Audit and Risk Committee, 20 November 2025"
    cv["A4"] = "Risk owner (overall)"
    cv["B4"] = "Chief Executive"
    cv["A5"] = "Review"
    cv["B5"] = "Monthly by the Senior Management Team; twice yearly by the Audit and Risk Committee; annually by the Board"
    cv["A7"] = "Document control"
    cv["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cv.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.border = BORDER
    dc = [
        ("3.0", D(2025, 4, 15), "Head of Corporate Services", "Annual refresh for 2025-26 agreed by the Board"),
        ("3.1", D(2025, 6, 10), "Head of Corporate Services", "SR3 residual score increased following internal audit of information governance"),
        ("3.2", D(2025, 8, 26), "Governance Officer", "Progress updates – SMT review"),
        ("4.0", D(2025, 10, 31), "Head of Corporate Services", "Position at 31 October 2025; SR3.1 complete"),
    ]
    for r, row in enumerate(dc, 9):
        for i, v in enumerate(row, 1):
            c = cv.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 28
    cv.column_dimensions["D"].width = 70

    # Register sheet
    ws = wb.create_sheet("Strategic Risk Register")
    ncol = 18
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Position at 31 October 2025. Scores are Likelihood x Impact (1–5 each). "
                "Status of further actions is shown by fill colour – see the key on the 'Scoring and Key' sheet.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    top = {1: "Risk", 2: "Description (cause – event – consequence)", 3: "Risk owner", 4: "Inherent risk",
           7: "Key existing controls", 8: "Residual risk", 11: "Target score", 12: "Risk appetite",
           13: "Ref", 14: "Further action required", 15: "Action owner", 16: "Target date",
           17: "Progress update (October 2025)", 18: "Status"}
    for col, h in top.items():
        ws.cell(row=4, column=col, value=h)
    for col, h in {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score"}.items():
        ws.cell(row=5, column=col, value=h)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=6)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=10)
    for col in (1, 2, 3, 7, 11, 12, 13, 14, 15, 16, 17, 18):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    for r in (4, 5):
        for col in range(1, ncol + 1):
            c = ws.cell(row=r, column=col)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["navy"]
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BORDER

    def score_fill(s):
        if s >= 15:
            return FILL["red"]
        if s >= 8:
            return FILL["amber"]
        return FILL["green"]

    expected = []
    r = 6
    for rk in risks:
        n = len(rk["actions"])
        first = r
        vals = {1: rk["risk"], 2: rk["desc"], 3: rk["owner"], 4: rk["inh"][0], 5: rk["inh"][1],
                6: rk["inh"][0] * rk["inh"][1], 7: rk["controls"], 8: rk["res"][0], 9: rk["res"][1],
                10: rk["res"][0] * rk["res"][1], 11: rk["target"], 12: rk["appetite"]}
        for col, v in vals.items():
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=6).fill = score_fill(vals[6])
        ws.cell(row=first, column=10).fill = score_fill(vals[10])
        ws.cell(row=first, column=11).fill = score_fill(vals[11])
        for i, a in enumerate(rk["actions"]):
            ref, text, owner, date, prog, status, leads, end, end_text = a
            rr = first + i
            ws.cell(row=rr, column=13, value=ref)
            ws.cell(row=rr, column=14, value=text)
            ws.cell(row=rr, column=15, value=owner)
            c = ws.cell(row=rr, column=16, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=rr, column=17, value=prog)
            sc = ws.cell(row=rr, column=18)
            if status:
                sc.fill = FILL[status]
            for col in range(13, 18):
                ws.cell(row=rr, column=col).alignment = WRAP
            expected.append(act(ref, [rk["risk"]], text, leads, end, status or "unrated", end_text))
        if n > 1:
            for col in range(1, 13):
                ws.merge_cells(start_row=first, start_column=col, end_row=first + n - 1, end_column=col)
        for rr in range(first, first + n):
            for col in range(1, ncol + 1):
                ws.cell(row=rr, column=col).border = BORDER
        r = first + n
    r += 1
    ws.cell(row=r, column=13, value="Summary of further actions")
    ws.cell(row=r, column=13).font = Font(bold=True)
    summary = [("Complete", "blue", 1), ("On track", "green", 5), ("Some slippage", "amber", 2),
               ("Off track / overdue", "red", 1), ("Not started", None, 1), ("Total", None, 10)]
    for i, (lab, colr, cnt) in enumerate(summary, 1):
        ws.cell(row=r + i, column=13, value=lab)
        ws.cell(row=r + i, column=14, value=cnt)
        if colr:
            ws.cell(row=r + i, column=13).fill = FILL[colr]
    widths = {1: 26, 2: 44, 3: 16, 4: 4, 5: 4, 6: 7, 7: 38, 8: 4, 9: 4, 10: 7, 11: 8, 12: 10,
              13: 8, 14: 48, 15: 24, 16: 12, 17: 44, 18: 9}
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "A6"

    # Key sheet
    ks = wb.create_sheet("Scoring and Key")
    ks["A1"] = "Scoring matrix (Likelihood x Impact)"
    ks["A1"].font = Font(bold=True)
    ks["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        ks.cell(row=3, column=1 + i, value=i)
        ks.cell(row=3 + i, column=1, value=6 - i)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ks.cell(row=3 + i, column=1 + j, value=s)
            c.fill = score_fill(s)
            c.border = BORDER
    ks["A10"] = "1–7 Low (green); 8–14 Medium (amber); 15–25 High (red)"
    ks["A12"] = "Status of further actions (column R)"
    ks["A12"].font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – revised date agreed with SMT"),
           ("red", "Off track or overdue"), (None, "No fill – not started")]
    for i, (colr, lab) in enumerate(key, 13):
        c = ks.cell(row=i, column=1)
        if colr:
            c.fill = FILL[colr]
        c.border = BORDER
        ks.cell(row=i, column=2, value=lab)
    ks["A19"] = "Risk appetite levels: Averse – Minimal – Cautious – Open – Eager"
    ks.column_dimensions["A"].width = 20
    ks.column_dimensions["B"].width = 50
    wb.save(out(fname))

    write_expected(fname, {
        "source": "Imitates a Scottish NDPB strategic risk register as taken to an Audit and Risk Committee "
                  "(format of the Scottish Public Finance Manual proforma risk register, "
                  "http://www.scottishexecutive.gov.uk/Topics/Government/Finance/spfm/risk, and the registers "
                  "Revenue Scotland and similar bodies publish with their committee papers). Risk Management "
                  "Authority 2025-26 is invented content. Copied features: cover sheet with document-control "
                  "table; two-row header with merged 'Inherent risk' / 'Residual risk' groups (L, I, Score); each "
                  "risk's cells merged down over its further actions; action status shown only by fill colour with "
                  "the key on a third sheet; job titles as action owners, two posts split by '/'; 'Ongoing' target "
                  "date; summary block of action counts under the register.",
        "reads": "A three-sheet workbook: a cover with version history, the strategic risk register and a scoring "
                 "matrix with the status key. The register has four strategic risks (SR1–SR4), each with two or three "
                 "further actions (SR1.1–SR4.2) that have an owner, target date, progress note and a fill-coloured "
                 "status cell; ten actions in all.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 2. Derwent Living - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_derwent():
    fname = "zbp-derwent-living-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    audits = [
        ("Damp and Mould Case Management (2024/25) – Limited Assurance", [
            ("DM1", "Cases should be risk-rated on receipt and inspected within the timescales set in the Damp and Mould Policy.", "H",
             "Introduce a triage script and risk category for all damp and mould reports in the contact centre, with Category 1 cases inspected within 5 working days.",
             "Head of Repairs", "31 May 2025", "Sept 2025", "B", "Implemented September 2025; compliance reported monthly to the Executive Team."),
            ("DM2", "A single case record should be held for each damp and mould case.", "M",
             "Configure the case management module in the housing system so that each case has one record linking inspections, works orders and follow-up visits.",
             "Head of Repairs / IT Business Partner", "30 Jun 2025", "Dec 2025", "A", "Build complete; user acceptance testing in progress."),
            ("DM3", "Follow-up visits should confirm that remedial works have resolved the problem.", "M",
             "Schedule a follow-up visit six weeks after works completion and record the outcome on the case.",
             "Damp and Mould Lead", "30 Jun 2025", "", "B", "In place from July 2025."),
        ]),
        ("Gas and Electrical Safety Compliance (2024/25) – Moderate Assurance", [
            ("CS1", "EICRs with C2 observations should be tracked through to completion of remedial works.", "H",
             "Add C2 remedial tracking to the compliance dashboard and report overdue remedials to the Compliance Group each month.",
             "Head of Building Safety and Compliance", "31 Mar 2025", "", "B", "Complete – dashboard live since March 2025."),
            ("CS2", "The gas servicing no-access procedure should be applied consistently.", "M",
             "Refresh the no-access procedure and audit a sample of 20 no-access cases each quarter.",
             "Compliance Manager", "31 Dec 2025", "", "G", "Procedure refreshed; first quarterly sample audit due December."),
        ]),
        ("Procurement and Contract Management (2025/26) – Moderate Assurance", [
            ("PR1", "A contracts register should be maintained and published in line with the Procurement Act 2023.", "H",
             "Create a single contracts register and publish details of contracts above the Procurement Act thresholds.",
             "Head of Procurement", "31 Oct 2025", "Jan 2026", "A", "Register built; cleansing of 140 legacy contract records in progress."),
            ("PR2", "Contract management meetings should be held and minuted for all high-value contracts.", "M",
             "Introduce quarterly contract review meetings for all contracts over £500k, with a standard agenda and KPI report.",
             "Head of Procurement / Contract Owners", "30 Nov 2025", "Febuary 2026", "A", "Standard agenda agreed; meetings being scheduled with contractors."),
        ]),
        ("Tenant Satisfaction Measures Data Quality (2025/26) – Substantial Assurance", [
            ("TS1", "The TSM calculation workbook should be independently reviewed before submission.", "L",
             "Arrange a second-person review of TSM calculations before the annual return to the Regulator of Social Housing.",
             "Performance and Insight Manager", "30 Jun 2026", "", "G", "Not yet due."),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Derwent Living – Internal Audit Recommendations: Summary"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit & Risk Committee – 9 December 2025"
    hdr = ["Audit", "Assurance", "Recs", "Implemented", "Open", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.border = BORDER
    rows = [("Damp and Mould Case Management (2024/25)", "Limited", 3, 2, 1, 0),
            ("Gas and Electrical Safety Compliance (2024/25)", "Moderate", 2, 1, 1, 0),
            ("Procurement and Contract Management (2025/26)", "Moderate", 2, 0, 2, 0),
            ("Tenant Satisfaction Measures Data Quality (2025/26)", "Substantial", 1, 0, 1, 0),
            ("Total", "", 8, 3, 5, 0)]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row, 1):
            c = sm.cell(row=r, column=i, value=v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Derwent Living – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee – 9 December 2025 – position at 21 November 2025"
    ws["A3"] = ("Priority: H – High, M – Medium, L – Low.   RAG: B – implemented; G – on track; "
                "A – revised date agreed; R – overdue")
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Progress update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    ragfill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    r = 6
    typo_row = None
    for audit, recs in audits:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(row=r, column=1).fill = FILL["lightblue"]
        r += 1
        for rec in recs:
            for i, v in enumerate(rec, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=8).fill = ragfill[rec[7]]
            if rec[6] == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Open recommendations: 5 (G 2, A 3, R 0). Implemented since the last Committee: 3.")
    widths = [7, 44, 9, 52, 26, 14, 14, 6, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fname))
    assert typo_row == 15, typo_row

    write_expected(fname, {
        "source": "Imitates a housing association's internal audit recommendations tracker taken to its Audit & "
                  "Risk Committee (layout of council and housing 'implementation of audit recommendations' "
                  "trackers with target and revised target completion dates, e.g. "
                  "https://democracy.reading.gov.uk/mgAi.aspx?ID=12886 and "
                  "https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=6040&Opt=3&PlanId=0). "
                  "Derwent Living content is invented. Copied features: summary sheet of audits with counts; tracker "
                  "sheet with title, committee line and priority/RAG key; merged audit title rows carrying the "
                  "assurance opinion; recommendation beside the agreed management action; original and revised "
                  "target dates typed as text; fill-coloured RAG letters; totals line.",
        "reads": "A two-sheet tracker of eight internal audit recommendations across four audits, each with the "
                 "agreed action, officer, original and revised target dates and a RAG letter. On the "
                 "'Recommendations' sheet, row 15 (PR2) gives the revised target date as 'Febuary 2026', a mistyped "
                 "month, so a careful reader stops and asks before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Derwent Living – Internal Audit Recommendations Tracker",
    })
    return fname, 0


# ---------------------------------------------------------------------------
# 3. ShelterBox - governance review action plan, monday.com export (xlsx, read)
# ---------------------------------------------------------------------------
def make_shelterbox():
    fname = "zbp-shelterbox-trust-governance-review-action-plan-monday-export.xlsx"
    board = "ShelterBox Trust – Governance Review Action Plan 2025-26"
    groups = [
        ("Principle 2 – Leadership", [
            ("Agree a written statement of the respective roles of the Chair, Vice-Chair and CEO and publish it on the intranet", "2.1", "Helen Treloar", "Complete", D(2025, 9, 30), "R1", "Approved by the Board 11 September 2025."),
            ("Introduce an annual appraisal of the Chair led by the Vice-Chair, with input from all trustees and the CEO", "2.2", "Mark Polglase", "Green – on track", D(2026, 1, 31), "R2", "Questionnaire drafted; appraisal meeting booked for January."),
        ]),
        ("Principle 4 – Decision-making, risk and control", [
            ("Revise the scheme of delegation so that all decisions over £250k and all new country programmes come to the Board", "4.1", "Jenny Hocking, Paul Rowe", "Amber – at risk", D(2025, 12, 31), "R5", "Finance Committee asked for further thresholds for emergency deployments; back to the Board in February."),
            ("Adopt a Board risk appetite statement and map each strategic risk to it", "4.2", "Paul Rowe", "Green – on track", D(2026, 3, 31), "R6", "Workshop with trustees held 21 October 2025."),
            ("Report serious incidents to the Charity Commission within 10 working days and log every report in the Board's incident register", "4.3", "Sophie Angove", "Complete", D(2025, 8, 31), "R7", "Incident register in place; two reports made since June, both on time."),
        ]),
        ("Principle 5 – Board effectiveness", [
            ("Commission an externally facilitated board effectiveness review", "5.1", "Helen Treloar", "Red – off track", D(2025, 11, 30), "R9", "Tender returned no suitable bids; scope being revised."),
            ("Run a skills audit of trustees and use it to set the brief for the 2026 trustee recruitment round", "5.2", "Mark Polglase, Sophie Angove", "Green – on track", D(2026, 2, 28), "R10", "Skills audit returns received from 9 of 11 trustees."),
        ]),
        ("Principle 6 – Equality, diversity and inclusion", [
            ("Set Board diversity targets and report progress against them in the Trustees' Annual Report", "6.1", "Sophie Angove", "", D(2026, 6, 30), "R12", ""),
        ]),
        ("Principle 7 – Openness and accountability", [
            ("Publish a summary of the governance review and this action plan on the ShelterBox website", "7.1", "Jenny Hocking", "Complete", D(2025, 7, 31), "R14", "Published 24 July 2025."),
        ]),
    ]
    status_map = {"Complete": "blue", "Green – on track": "green", "Amber – at risk": "amber",
                  "Red – off track": "red", "": "unrated"}
    label_fill = {"Complete": "0070C0", "Green – on track": "00C875", "Amber – at risk": "FDAB3D",
                  "Red – off track": "E2445C"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Governance Review Action Plan"
    ws["A1"] = board
    ws["A1"].font = Font(bold=True, size=16)
    headers = ["Name", "Ref", "Person", "Status", "Due date", "Review rec", "Latest update"]
    r = 3
    expected = []
    for gname, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, size=13, color="579BFC")
        r += 1
        for i, h in enumerate(headers, 1):
            hc = ws.cell(row=r, column=i, value=h)
            hc.font = Font(bold=True)
            hc.alignment = Alignment(horizontal="center")
        r += 1
        for name, ref, person, status, due, rec, upd in items:
            ws.cell(row=r, column=1, value=name)
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=person or None)
            sc = ws.cell(row=r, column=4, value=status or None)
            if status:
                sc.fill = PatternFill("solid", fgColor=label_fill[status])
                sc.font = Font(color="FFFFFF")
            dc = ws.cell(row=r, column=5, value=due)
            dc.number_format = "yyyy-mm-dd"
            ws.cell(row=r, column=6, value=rec)
            ws.cell(row=r, column=7, value=upd or None)
            leads = [p.strip() for p in person.split(",")] if person else []
            expected.append(act(ref, [gname], name, leads, due.strftime("%Y-%m"), status_map[status]))
            r += 1
        r += 1
    widths = [70, 6, 28, 18, 12, 10, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(fname))

    write_expected(fname, {
        "source": "Imitates a charity's governance review action plan kept on a monday.com board and exported to "
                  "Excel for the trustees (board name in the first row, then each group's title row followed by "
                  "its own column-header row and items; monday.com's board/group/item hierarchy as described at "
                  "https://botsquad.co.nz/course/the-hierarchy-of-data-in-monday-com/). "
                  "Groups follow the principles of the Charity Governance Code; the review itself and the ShelterBox "
                  "Trust content are invented. Copied features: repeated header row per group, coloured status "
                  "labels with custom wording ('Green – on track', 'Complete'), Person column with two people "
                  "comma-separated, date column, blank status for an item not started, blank rows between groups.",
        "reads": "A monday.com export of nine governance actions grouped under five Charity Governance Code "
                 "principles. Each item has a ref, person(s), status label, due date, the review recommendation "
                 "number and a latest update; one item has no status yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": board,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    return run


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# 4. Northern Ireland Audit Office - Audit and Risk Committee action log (docx, read)
# ---------------------------------------------------------------------------
def make_niao():
    fname = "zbp-northern-ireland-audit-office-audit-and-risk-committee-action-log.docx"
    title = "Northern Ireland Audit Office – Audit and Risk Committee Action Log"
    meetings = [
        ("Meeting of 11 March 2025", [
            ("1", "5.2", "Circulate the final Internal Audit Annual Report 2024-25 to members once the Head of Internal Audit’s opinion has been issued.",
             "HIA", "May 2025", "Circulated to members 21 May 2025.", "B", ["HIA"], "2025-05", "blue"),
            ("2", "7.1", "Bring a paper on the replacement of the audit management system, including the data migration plan and timetable.",
             "DCS", "Dec 2025", "Business case approved by the Management Board in July 2025. Procurement under way; paper to the December meeting.", "G", ["DCS"], "2025-12", "green"),
        ]),
        ("Meeting of 17 June 2025", [
            ("3", "4.3", "Update the Fraud and Bribery Response Plan to reflect the ‘failure to prevent fraud’ offence in the Economic Crime and Corporate Transparency Act 2023.",
             "HoF", "Sept 2025", "Draft prepared; legal review delayed by resourcing. To come to the next meeting.", "A", ["HoF"], "2025-09", "amber"),
            ("4", "6.1", "Arrange a deep-dive session on the corporate risk ‘Capacity to deliver the audit programme’ with the risk owner.",
             "COO", "Sept 2025", "Deep dive held at the meeting on 23 September 2025.", "B", ["COO"], "2025-09", "blue"),
            ("5", "8.2", "Include benchmarking of NIAO sickness absence against other NI public bodies in the next People report.",
             "HoHR", "Dec 2025", "Comparative data requested from NISRA.", "G", ["HoHR"], "2025-12", "green"),
        ]),
        ("Meeting of 23 September 2025", [
            ("6", "3.4", "Provide members with a breakdown of the 2025-26 forecast underspend by directorate.",
             "HoF", "Oct 2025", "Issued to members by email 10 October 2025.", "B", ["HoF"], "2025-10", "blue"),
            ("7", "5.1", "Review the Gifts and Hospitality Policy and register, and report any changes to the Committee.",
             "DCS / GM", "Mar 2026", "Not yet started.", "", ["DCS", "GM"], "2026-03", "unrated"),
            ("8", "7.2", "Agree with the external auditor the timetable for the audit of the NIAO 2025-26 Annual Report and Accounts.",
             "C&AG", "Jan 2026", "Initial planning meeting held 15 October 2025.", "G", ["C&AG"], "2026-01", "green"),
            ("9", "9.1", "Ensure the refresh of the Risk Management Policy reflects the updated Orange Book guidance and the Board’s risk appetite statement.",
             "COO", "Dec 2025", "Drafting under way.", "G", ["COO"], "2025-12", "green"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Updated following the meeting of 23 September 2025 – for the meeting on 2 December 2025")
    doc.add_paragraph("Paper ARC 25/41")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("B – complete (to be removed after this meeting); G – on track; A – behind schedule; "
              "R – overdue; blank – not yet started.")
    cols = ["No.", "Minute", "Action", "Owner", "Due", "Update", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BFBFBF")
    rag_hex = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    expected = []
    for meeting, rows in meetings:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        bold_cell(merged, meeting)
        shade(merged, "D9E2F3")
        for no, minute, text, owner, due, upd, rag, leads, end, status in rows:
            cells = t.add_row().cells
            for i, v in enumerate([no, minute, text, owner, due, upd, rag]):
                cells[i].text = v
            if rag:
                shade(cells[6], rag_hex[rag])
            expected.append(act(no, [meeting], text, leads, end, status))
    doc.add_paragraph()
    doc.add_paragraph("Abbreviations", style="Heading 3")
    ab = doc.add_table(rows=0, cols=2)
    ab.style = "Table Grid"
    for k, v in [("C&AG", "Comptroller and Auditor General"), ("COO", "Chief Operating Officer"),
                 ("DCS", "Director of Corporate Services"), ("GM", "Governance Manager"),
                 ("HIA", "Head of Internal Audit (outsourced provider)"), ("HoF", "Head of Finance"),
                 ("HoHR", "Head of Human Resources")]:
        c = ab.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Secretary to the Audit and Risk Committee, November 2025")
    doc.save(out(fname))

    write_expected(fname, {
        "source": "Imitates the action log of a Northern Ireland public body's Audit and Risk (Assurance) Committee "
                  "(as tabled with committee papers; cf. NIAO's good-practice guide "
                  "https://www.niauditoffice.gov.uk/publications/html-document/effective-audit-and-risk-assurance-committees "
                  "and the NI Assembly Commission ACARC minutes with their matters-arising actions, "
                  "https://www.niassembly.gov.uk/about-the-assembly/corporate-information/secretariat/secretariat-audit-and-risk-committee/minutes/20-november-2024). "
                  "The NIAO log content is invented. Copied features: title, update line and paper number; RAG key "
                  "paragraph; one Word table with merged, shaded 'Meeting of …' rows over the numbered actions; "
                  "minute references; owners as post initials (including 'C&AG' and two posts 'DCS / GM'); "
                  "RAG letters in shaded cells, blank for not started; abbreviations table after the log.",
        "reads": "A one-table action log of nine actions grouped by the committee meeting that raised them "
                 "(March, June and September 2025). Each action has a number, minute reference, owner initials, "
                 "due month, update and a RAG letter; an abbreviations table explains the initials.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 5. City of London Corporation - Barbican Renewal programme highlight report (docx, read)
# ---------------------------------------------------------------------------
def make_barbican():
    fname = "zbp-city-of-london-corporation-barbican-renewal-programme-highlight-report.docx"
    title = "Barbican Renewal Programme – Highlight Report"
    sections = [
        ("2. Conservatory", [
            ("C1", "Complete RIBA Stage 3 design for the Conservatory, including the planting strategy and glazing survey.", "Head of Renewal Delivery", "Sep-25", "Nov-25", "A", "A",
             "Glazing survey found more extensive roof repairs than assumed; design team reworking structural options.", ["Head of Renewal Delivery"], "2025-11", "amber"),
            ("C2", "Submit the listed building consent and planning applications for the Conservatory works.", "Planning and Heritage Lead", "Jan-26", "Mar-26", "G", "A",
             "Dependent on C1. Pre-application meeting with City planning officers held 14 October 2025.", ["Planning and Heritage Lead"], "2026-03", "amber"),
            ("C3", "Agree the plant decant and horticultural care plan for the construction period.", "Conservatory Manager / Head of Renewal Delivery", "Oct-25", "Oct-25", "G", "C",
             "Plan signed off 29 October 2025.", ["Conservatory Manager", "Head of Renewal Delivery"], "2025-10", "blue"),
        ]),
        ("3. Lakeside Terrace", [
            ("L1", "Complete the intrusive survey of the podium waterproofing membrane beneath the Lakeside Terrace.", "City Surveyor’s Project Manager", "Aug-25", "Aug-25", "C", "C",
             "Survey report received.", ["City Surveyor’s Project Manager"], "2025-08", "blue"),
            ("L2", "Procure a specialist waterproofing contractor through the City Corporation’s construction framework.", "Category Manager (City Procurement)", "Dec-25", "Feb-26", "A", "R",
             "Mini-competition returned one compliant bid. Options paper to the Board – see section 7.", ["Category Manager (City Procurement)"], "2026-02", "red"),
        ]),
        ("4. Foyers and wayfinding", [
            ("F1", "Complete RIBA Stage 3 design for the foyers, including new accessible toilets and lift upgrades.", "Head of Renewal Delivery", "Nov-25", "Nov-25", "G", "G",
             "On track for Stage 3 sign-off at the December Board.", ["Head of Renewal Delivery"], "2025-11", "green"),
            ("F2", "Run the second stage of public consultation and publish the consultation report.", "Head of Communications and Engagement", "Jul-25", "Jul-25", "G", "C",
             "Consultation report published 30 July 2025.", ["Head of Communications and Engagement"], "2025-07", "blue"),
        ]),
        ("5. Programme management and funding", [
            ("P1", "Confirm the Phase 1 funding package, including the fundraising target, with Policy and Resources Committee.", "Chief Operating Officer", "Dec-25", "Jan-26", "G", "A",
             "Report deferred to the January committee cycle to include updated cost plan.", ["Chief Operating Officer"], "2026-01", "amber"),
            ("P2", "Recruit a Renewal fundraising campaign director.", "Director of Development", "Sep-25", "Dec-25", "A", "A",
             "First round did not appoint; second round closes 21 November 2025.", ["Director of Development"], "2025-12", "amber"),
            ("P3", "Update the programme risk register and present a quantified risk assessment to the Board.", "PMO Lead", "Nov-25", "Nov-25", "G", "G",
             "QRA workshop held 16 October 2025.", ["PMO Lead"], "2025-11", "green"),
        ]),
    ]
    rag_hex = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "5B9BD5"}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Report No. 9 | Reporting period: 1–31 October 2025 | Prepared for: Barbican Renewal Board, 18 November 2025")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Senior Responsible Owner", "Chief Executive Officer, Barbican Centre"),
                 ("Programme Director", "Director for Buildings and Renewal"),
                 ("Phase", "Phase 1 (2025–2030): Conservatory, Lakeside Terrace, Foyers"),
                 ("Overall RAG (previous / current)", "Amber / Amber")]:
        c = info.add_row().cells
        bold_cell(c[0], k)
        shade(c[0], "E7E6E6")
        c[1].text = v
    doc.add_paragraph()
    dim = doc.add_table(rows=1, cols=4)
    dim.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Previous", "Current", "Comment"]):
        bold_cell(dim.rows[0].cells[i], h)
        shade(dim.rows[0].cells[i], "E7E6E6")
    for d_, pr, cu, cm in [("Time", "A", "A", "Conservatory design and Lakeside procurement behind baseline."),
                           ("Cost", "A", "A", "Within approved budget; risk allowance drawn down by 4%."),
                           ("Scope", "G", "G", "No change."),
                           ("Risk", "A", "A", "See section 6.")]:
        c = dim.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = d_, pr, cu, cm
        shade(c[1], rag_hex[pr])
        shade(c[2], rag_hex[cu])
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. Foyer design is on track for Stage 3 sign-off in December. "
        "Conservatory design has slipped two months following the glazing survey, and the waterproofing "
        "procurement for the Lakeside Terrace has moved to Red: the Board is asked to agree a way forward (section 7).")
    key = doc.add_paragraph()
    key.add_run("RAG key: ").bold = True
    key.add_run("G – on track; A – at risk, recovery plan in place; R – off track, Board attention needed; C – complete.")
    expected = []
    cols = ["Ref", "Milestone / action", "Lead", "Baseline", "Forecast", "Prev RAG", "Current RAG", "Commentary"]
    for heading, rows in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "E7E6E6")
        for ref, text, lead, base, fc, prev, cur, comm, leads, end, status in rows:
            c = t.add_row().cells
            for i, v in enumerate([ref, text, lead, base, fc, prev, cur, comm]):
                c[i].text = v
            shade(c[5], rag_hex[prev])
            shade(c[6], rag_hex[cur])
            expected.append(act(ref, [heading], text, leads, end, status))
    doc.add_heading("6. Key risks", level=1)
    rk = doc.add_table(rows=1, cols=3)
    rk.style = "Table Grid"
    for i, h in enumerate(["Risk", "Current score", "Trend"]):
        bold_cell(rk.rows[0].cells[i], h)
        shade(rk.rows[0].cells[i], "E7E6E6")
    for a, b, c_ in [("Condition of Conservatory roof glazing worse than surveyed", "16", "Increasing"),
                     ("Limited market interest in specialist waterproofing works", "15", "New"),
                     ("Construction inflation above cost plan allowance", "12", "Stable")]:
        c = rk.add_row().cells
        c[0].text, c[1].text, c[2].text = a, b, c_
    doc.add_heading("7. Decisions required from the Board", level=1)
    doc.add_paragraph("Agree whether to award the Lakeside waterproofing contract to the single compliant bidder or to "
                      "re-run the procurement through an open procedure (see L2).", style="List Bullet")
    doc.add_paragraph("Note the two-month slippage to Conservatory design (C1) and the revised planning submission date (C2).",
                      style="List Bullet")
    doc.save(out(fname))

    write_expected(fname, {
        "source": "Imitates a monthly programme highlight report to a capital programme board in the City of London "
                  "Corporation (Barbican Renewal governance, https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=162073; "
                  "PRINCE2-style highlight report headings, e.g. https://docest.com/doc/630539/highlight-report-template). "
                  "Phase 1 scope (Conservatory, Lakeside, Foyers) follows public announcements; the milestones, "
                  "dates and RAGs are invented. Copied features: report details table, dimension table with "
                  "previous/current RAG, summary paragraph, RAG key where C = complete, one Word table per numbered "
                  "workstream section, baseline and forecast dates, previous and current RAG columns with shading, "
                  "key risks table and decisions bullets that are not actions.",
        "reads": "A Word highlight report for the Barbican Renewal Programme. Four workstream sections (2–5) each "
                 "carry a table of milestones with a lead, baseline and forecast month, previous and current RAG and "
                 "commentary; ten milestones in all. The forecast month is the revised end and the current RAG the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 6. Teignmouth Town Council - internal audit action plan, SharePoint list export (csv, read)
# ---------------------------------------------------------------------------
def make_teignmouth():
    fname = "zbp-teignmouth-town-council-internal-audit-action-plan-2024-25-sharepoint-export.csv"
    path = "sites/TeignmouthTownCouncil/Lists/Internal Audit Action Plan 2024-25"
    rows = [
        ("IA24-01", "Proper bookkeeping",
         "Bank reconciliations should be reviewed, signed and dated each quarter by a councillor who is not a bank signatory.",
         "Add the quarterly bank reconciliation to the Finance and Governance Committee agenda, with the reviewing councillor signing the reconciliation and bank statement.",
         "Responsible Financial Officer", "30/06/2025", "Complete", "Q1 reconciliation reviewed and signed at F&G Committee, 17 July 2025.",
         ["Responsible Financial Officer"], "2025-06", "blue", None),
        ("IA24-02", "Standing Orders and Financial Regulations",
         "Financial Regulations should be updated to the 2024 NALC model and readopted.",
         "Adopt the NALC 2024 model Financial Regulations, tailored to the council's payment limits.",
         "Town Clerk", "31/07/2025", "Complete", "Adopted by Full Council 8 July 2025 (minute 45/25).",
         ["Town Clerk"], "2025-07", "blue", None),
        ("IA24-03", "Standing Orders and Financial Regulations",
         "Standing Orders should be reviewed annually and the review recorded in the minutes.",
         "Add the annual review of Standing Orders to the agenda of the Annual Meeting of the Council from May 2026.",
         "Town Clerk", "31/05/2026", "Green", "",
         ["Town Clerk"], "2026-05", "green", None),
        ("IA24-04", "Risk management",
         "The risk register should be reviewed and approved by Full Council at least annually.",
         "Rewrite the risk register in the new format and present it to Full Council for approval.",
         "Deputy Town Clerk", "30/09/2025", "Amber",
         "Draft considered at F&G 18 September 2025.\nMembers asked for the insurance section to be expanded; to Full Council in November.",
         ["Deputy Town Clerk"], "2025-09", "amber", None),
        ("IA24-05", "Budgetary control and reserves",
         "Earmarked reserves should be reviewed and each reserve linked to a specific purpose.",
         "Review earmarked reserves as part of 2026/27 budget setting and return reserves with no identified purpose to general reserves.",
         "Responsible Financial Officer; Town Clerk", "31/01/2026", "Green", "Reserves schedule prepared for budget working group.",
         ["Responsible Financial Officer", "Town Clerk"], "2026-01", "green", None),
        ("IA24-06", "Payroll",
         "Evidence of authorisation of staff overtime claims should be retained.",
         "Introduce an overtime claim form authorised by the Town Clerk before payroll is processed.",
         "Town Clerk", "31/08/2025", "Red",
         "Form drafted but not yet in use.\nPayroll provider changed in September, which delayed implementation.",
         ["Town Clerk"], "2025-08", "red", None),
        ("IA24-07", "Asset register",
         "The fixed asset register should be reconciled to the insurance schedule.",
         "Carry out a physical check of street furniture, play equipment and the Den shelters, and reconcile the asset register to the insurance schedule.",
         "Facilities Manager", "31/03/2026", "Not started", "",
         ["Facilities Manager"], "2026-03", "unrated", None),
        ("IA24-08", "Transparency and publication",
         "All items of expenditure over £500 should be published as required by the Transparency Code.",
         "Publish a monthly schedule of payments over £500 on the council website.",
         "Administration Officer", "Ongoing", "Green", "Published monthly since April 2025.",
         ["Administration Officer"], None, "green", "Ongoing"),
    ]
    header = ["Ref", "Audit area", "Internal auditor's recommendation", "Agreed action", "Responsible officer",
              "Target date", "RAG", "Progress update", "Item Type", "Path"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    expected = []
    for ref, area, rec, action, officer, date, rag, prog, leads, end, status, end_text in rows:
        w.writerow([ref, area, rec, action, officer, date, rag, prog, "Item", path])
        expected.append(act(ref, [area, rec], action, leads, end, status, end_text))
    with open(out(fname), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(fname, {
        "source": "Imitates a town council's action plan answering its internal auditor's report on the AGAR year "
                  "(e.g. the interim internal audit letter to Ryde Town Council, "
                  "https://rydetowncouncil.gov.uk/download/491/27-november-2023/376407/paper-h-interim-internal-audit-letter-report_-2.html), "
                  "kept as a SharePoint list and exported with 'Export to CSV'. Teignmouth content is invented. "
                  "Copied features: UTF-8 BOM and CRLF line ends, one header row of list column names, Ref (the "
                  "renamed Title column), audit area and auditor's recommendation beside the agreed action, "
                  "UK day-first dates, 'Ongoing' in the target date column, multi-line progress notes inside quotes, "
                  "two officers separated by ';', and the 'Item Type' and 'Path' columns SharePoint appends.",
        "reads": "A flat CSV list of eight agreed actions answering the 2024-25 internal audit of the town council, "
                 "each with the audit area, the auditor's recommendation, responsible officer, target date, RAG "
                 "and progress update. There is no title line.",
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 7. Viridor Runcorn ERF - HSE improvement notices action tracker (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def make_viridor():
    fname = "zbp-viridor-runcorn-erf-hse-improvement-notices-action-tracker.txt"
    title = "Viridor Runcorn ERF – HSE Improvement Notices Remedial Action Tracker"
    notices = [
        ("Improvement Notice 1 – IN 319874512 – PUWER 1998 reg. 11: guarding of bottom ash conveyor transfer points", [
            ("1.1", "Install fixed interlocked guards at conveyor transfer points TP3 and TP4.", "Maintenance Manager", "29/08/2025", "", "C",
             "Guards installed 22/08/2025; photographs and interlock test certificate sent to HSE 26/08/2025.", ["Maintenance Manager"], "2025-08", "blue"),
            ("1.2", "Review the lock-out/tag-out procedure for clearing conveyor blockages and retrain all operators.", "Operations Manager / SHEQ Manager", "29/08/2025", "", "C",
             "Procedure reissued; 38 of 38 operators trained.", ["Operations Manager", "SHEQ Manager"], "2025-08", "blue"),
            ("1.3", "Add guard condition checks to the weekly planned preventive maintenance routine.", "Maintenance Manager", "29/08/2025", "", "R",
             "PPM routine drafted but not yet loaded into the CMMS; inspector chasing.", ["Maintenance Manager"], "2025-08", "red"),
        ]),
        ("Improvement Notice 2 – IN 319874529 – Work at Height Regulations 2005 reg. 4: planning of work inside the boiler during outages", [
            ("2.1", "Produce a written rescue plan for work at height inside the boiler during outages.", "Outage Manager", "30/09/2025", "", "C",
             "Rescue plan issued and tested in drill 18/09/2025.", ["Outage Manager"], "2025-09", "blue"),
            ("2.2", "Procure and commission a permanent access platform for the economiser inspection hatches.", "Engineering Manager", "30/09/2025", "28/11/2025", "A",
             "Extension agreed with HSE inspector 19/09/2025; platform fabrication lead time 8 weeks.", ["Engineering Manager"], "2025-11", "amber"),
        ]),
        ("Improvement Notice 3 – IN 319874536 – Management of Health and Safety at Work Regulations 1999 reg. 3: risk assessment of vehicle movements in the tipping hall", [
            ("3.1", "Complete a site-specific risk assessment of vehicle and pedestrian movements in the tipping hall.", "SHEQ Manager", "14/11/2025", "", "G",
             "Assessment drafted; consultation with safety reps 9/10/2025.", ["SHEQ Manager"], "2025-11", "green"),
            ("3.2", "Install physical segregation barriers and a marked pedestrian route to the weighbridge office.", "Plant Manager", "14/11/2025", "", "G",
             "Barriers ordered; installation booked w/c 27/10/2025.", ["Plant Manager"], "2025-11", "green"),
            ("3.3", "Issue site rules to all hauliers and contractors and include them in the gatehouse induction.", "Gatehouse Supervisor", "14/11/2025", "", "G",
             "Draft site rules with Plant Manager for approval.", ["Gatehouse Supervisor"], "2025-11", "green"),
        ]),
    ]
    lines = [
        title,
        "SHEQ Committee, 14 October 2025 – status at 7 October 2025",
        "",
        "RAG key: C = complete, evidence sent to HSE inspector; G = on track for compliance date; "
        "A = at risk, extension agreed or requested; R = compliance date missed",
        "",
        "\t".join(["Ref", "Action", "Owner", "Compliance date (notice)", "Revised date (extension agreed)",
                   "RAG", "Comments"]),
    ]
    expected = []
    for heading, acts in notices:
        lines.append(heading + "\t" * 6)
        for ref, text, owner, comp, rev, rag, comm, leads, end, status in acts:
            lines.append("\t".join([ref, text, owner, comp, rev, rag, comm]))
            expected.append(act(ref, [heading], text, leads, end, status))
    lines += ["", "Summary: 8 actions – C 3, G 3, A 1, R 1", "Prepared by the SHEQ Manager. Notices remain on the HSE public register for five years."]
    with open(out(fname), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": "Imitates a site tracker of remedial actions against HSE improvement notices, saved from Excel as "
                  "tab-delimited text for a SHEQ committee pack (improvement notices cite the regulation broken and a "
                  "compliance date that the inspector may extend, and are followed up after expiry: "
                  "http://www.hse.gov.uk/foi/internalops/og/ogprocedures/notices/followup.htm). The Runcorn ERF "
                  "notices and actions are invented. Copied features: title and committee lines, RAG key where "
                  "C = complete, header row, one notice line per improvement notice (notice number and regulation) "
                  "over its numbered actions, compliance date and revised (extended) date columns, job titles as "
                  "owners with two posts split by '/', summary and footer lines.",
        "reads": "A tab-separated tracker of eight remedial actions under three HSE improvement notices, each "
                 "notice introduced by its own line. Each action has an owner, the notice compliance date, a revised "
                 "date where HSE agreed an extension, a RAG letter and comments.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


def main():
    made = []
    for fn in (make_rma, make_derwent, make_shelterbox, make_niao, make_barbican, make_teignmouth, make_viridor):
        made.append(fn())
    for name, n in made:
        print(f"{name}: {n} actions")


if __name__ == "__main__":
    main()
