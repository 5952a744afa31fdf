#!/usr/bin/env python3
"""Build the seven ztz- blind cases (data files + NAME.expected.yaml) for set heldout680.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "ztz-" are written; nothing else in the folder is touched.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "band": "1F3864", "head": "D9E1F2", "grey": "F2F2F2", "key": "FFF2CC",
}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote month strings (YYYY-MM) and refs so that nobody's YAML reader turns them into numbers or dates
    import re
    if re.fullmatch(r"\d{4}-\d{2}", value) or re.fullmatch(r"[\d./]+", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(data, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def exp_action(a):
    """The expected reading of one action, from the hand-written fields of a record."""
    out = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
           "end": a["end"]}
    if a.get("end_text") is not None:
        out["end_text"] = a["end_text"]
    out["status"] = a["status"]
    return out


def style_row(ws, row, ncols, fill_hex=None, bold=False, font_color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if fill_hex:
            cell.fill = fill(fill_hex)
        if bold or font_color:
            cell.font = Font(bold=bold, color=font_color)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, color=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


# ====================================================================== 1
# Trident Group (housing association, Birmingham) - strategic risk register, xlsx, read

def make_trident():
    name = "ztz-trident-group-strategic-risk-register-2025-26.xlsx"
    title = "Trident Group – Strategic Risk Register 2025/26"
    wb = Workbook()

    # --- Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Quarter 2 review – position at 30 September 2025"
    cv["A2"].font = Font(italic=True, size=12)
    rows = [
        ("Report to:", "Audit & Risk Committee – 20 November 2025"),
        ("Register owner:", "Director of Governance & Assurance"),
        ("Version:", "v2.1 (Q2 2025/26)"),
        ("Next review:", "Executive Team – January 2026; Board – February 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv["A9"] = "Risk scoring (likelihood x impact, 1–5 each)"
    cv["A9"].font = Font(bold=True)
    for i, (band, txt) in enumerate([("R", "15–25  High – outside appetite, Board attention"),
                                     ("A", "8–12  Medium – tolerate with further action"),
                                     ("G", "1–6  Low – within appetite")], start=10):
        cv.cell(row=i, column=1).fill = fill(FILL[band])
        cv.cell(row=i, column=2, value=txt)
    cv["A14"] = "Action status key"
    cv["A14"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("G", "On track"), ("A", "At risk of slipping"),
                                  ("R", "Overdue / off track"), ("B", "Complete")], start=15):
        c = cv.cell(row=i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=i, column=2, value=txt)
    set_widths(cv, [22, 70])

    # --- Risk summary sheet (risks only, no actions)
    sm = wb.create_sheet("Risk summary")
    sm["A1"] = "Strategic risk profile – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Risk", "Risk owner", "Inherent", "Residual (Q1)", "Residual (Q2)",
           "Target", "Trend", "Within appetite?"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(row=3, column=c, value=h)
    style_row(sm, 3, len(hdr), FILL["head"], bold=True)
    summ = [
        ("SR01", "Landlord health and safety compliance", "Executive Director of Homes and Communities", 20, 12, 12, 8, "→", "No"),
        ("SR02", "Awaab’s Law readiness – damp and mould", "Executive Director of Homes and Communities", 20, 16, 12, 6, "↓", "No"),
        ("SR03", "Financial viability and covenant headroom", "Chief Financial Officer", 16, 9, 12, 8, "↑", "No"),
        ("SR04", "Data protection and cyber security", "Chief Operating Officer", 16, 8, 8, 6, "→", "Yes"),
    ]
    for r, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=r, column=c, value=v)
        style_row(sm, r, len(hdr))
        for col in (4, 5, 6, 7):
            v = sm.cell(row=r, column=col).value
            sm.cell(row=r, column=col).fill = fill(FILL["R"] if v >= 15 else FILL["A"] if v >= 8 else FILL["G"])
    sm["A9"] = "Trend compares the Q2 residual score with Q1."
    sm["A9"].font = Font(italic=True)
    set_widths(sm, [7, 42, 40, 10, 13, 13, 9, 8, 16])

    # --- Register sheet (the plan)
    ws = wb.create_sheet("Register")
    heads = ["Risk ref", "Risk", "Cause / consequence", "Risk owner", "Inherent score",
             "Key controls in place", "Residual score", "Trend", "Action ref",
             "Further action required", "Action owner", "Target date", "Status", "Q2 update"]
    n = len(heads)
    ws["A1"] = "Trident Group – Strategic Risk Register 2025/26 (Q2)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = ("Residual scores reflect controls in place at 30/09/2025. Further actions are tracked "
                "to completion and reported quarterly to the Audit & Risk Committee.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h)
    style_row(ws, 4, n, FILL["head"], bold=True)

    D = dt.datetime
    risks = [
        {"band": "HOMES & CUSTOMERS"},
        {"ref": "SR01", "risk": "Landlord health and safety compliance",
         "cause": ("Cause: incomplete or inaccurate compliance data across the big six areas.\n"
                   "Consequence: harm to customers, regulatory breach of the Safety and Quality Standard, "
                   "reputational damage."),
         "owner": "Executive Director of Homes and Communities", "inh": 20,
         "controls": "Compliance dashboard to Board monthly; external gas and electrical audits; FRA programme.",
         "res": 12, "trend": "→",
         "actions": [
             {"ref": "SR01.1",
              "action": ("Complete the rollout of the new compliance management system across all six "
                         "compliance areas and retire the legacy spreadsheets."),
              "owner": "Head of Building Safety & Compliance", "date": D(2025, 12, 31), "st": "G",
              "upd": "Gas, electrical and water data migrated; fire and asbestos in testing.",
              "lead": ["Head of Building Safety & Compliance"], "end": "2025-12", "status": "green"},
             {"ref": "SR01.2",
              "action": ("Commission an independent assurance review of outstanding fire risk assessment "
                         "remedial actions in high-rise and supported housing schemes."),
              "owner": "Director of Property Services", "date": D(2026, 3, 31), "st": "A",
              "upd": "Scope agreed; call-off via framework delayed by one month.",
              "lead": ["Director of Property Services"], "end": "2026-03", "status": "amber"},
         ]},
        {"ref": "SR02", "risk": "Awaab’s Law readiness – damp and mould",
         "cause": ("Cause: response times and hazard triage not yet aligned to statutory timescales.\n"
                   "Consequence: non-compliance from 27 October 2025, Ombudsman determinations, harm to residents."),
         "owner": "Executive Director of Homes and Communities", "inh": 20,
         "controls": "Damp and mould policy (2024); dedicated surveyor team; weekly case review.",
         "res": 12, "trend": "↓",
         "actions": [
             {"ref": "SR02.1",
              "action": ("Implement the revised hazard triage and 24-hour emergency response process ahead "
                         "of Awaab’s Law phase 1."),
              "owner": "Head of Repairs / Head of Customer Experience", "date": D(2025, 10, 27), "st": "B",
              "upd": "Live from 20/10/2025; first month of performance data to Q3 report.",
              "lead": ["Head of Repairs", "Head of Customer Experience"], "end": "2025-10", "status": "blue"},
             {"ref": "SR02.2",
              "action": ("Complete stock condition surveys of the remaining 1,900 homes to identify "
                         "properties at risk of damp and mould."),
              "owner": "Director of Property Services", "date": "Q4 2025/26", "st": "A",
              "upd": "1,140 of 1,900 surveyed; contractor resource reduced in September.",
              "lead": ["Director of Property Services"], "end": "2026-03", "status": "amber"},
         ]},
        {"band": "FINANCE, GOVERNANCE & PEOPLE"},
        {"ref": "SR03", "risk": "Financial viability and covenant headroom",
         "cause": ("Cause: cost inflation, rent settlement uncertainty and stock investment needs.\n"
                   "Consequence: reduced interest cover headroom, downgrade of viability grading."),
         "owner": "Chief Financial Officer", "inh": 16,
         "controls": "Golden rules monitored monthly; treasury management policy; quarterly forecasts.",
         "res": 12, "trend": "↑",
         "actions": [
             {"ref": "SR03.1",
              "action": ("Refresh the 30-year business plan with stress testing of combined downside "
                         "scenarios (inflation, rent policy, major repairs)."),
              "owner": "Director of Finance", "date": D(2026, 1, 31), "st": "G",
              "upd": "Scenarios agreed by Finance Committee 16/10/2025.",
              "lead": ["Director of Finance"], "end": "2026-01", "status": "green"},
             {"ref": "SR03.2",
              "action": "Agree revised interest cover covenant definitions with lenders.",
              "owner": "Director of Finance / Treasury Manager", "date": D(2025, 9, 30), "st": "R",
              "upd": "Overdue – lender discussions paused pending the rent settlement announcement.",
              "lead": ["Director of Finance", "Treasury Manager"], "end": "2025-09", "status": "red"},
         ]},
        {"ref": "SR04", "risk": "Data protection and cyber security",
         "cause": ("Cause: phishing, unpatched systems, third-party supplier compromise.\n"
                   "Consequence: loss of customer data, ICO enforcement, service outage."),
         "owner": "Chief Operating Officer", "inh": 16,
         "controls": "MFA for all users; managed SOC; annual penetration test; DPIA process.",
         "res": 8, "trend": "→",
         "actions": [
             {"ref": "SR04.1",
              "action": "Achieve Cyber Essentials Plus accreditation.",
              "owner": "Head of IT", "date": D(2025, 6, 30), "st": "B",
              "upd": "Certificate issued 12/06/2025.",
              "lead": ["Head of IT"], "end": "2025-06", "status": "blue"},
             {"ref": "SR04.2",
              "action": "Deliver mandatory data protection refresher training to all staff and board members.",
              "owner": "Data Protection Officer", "date": "Ongoing", "st": "G",
              "upd": "94% staff completion; board session booked for December.",
              "lead": ["Data Protection Officer"], "end": None, "end_text": "Ongoing", "status": "green"},
         ]},
    ]

    expected = []
    r = 5
    band = None
    for rk in risks:
        if "band" in rk:
            band = rk["band"]
            ws.cell(row=r, column=1, value=band)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            style_row(ws, r, n, FILL["band"], bold=True, font_color="FFFFFF")
            r += 1
            continue
        first = r
        for a in rk["actions"]:
            ws.cell(row=r, column=9, value=a["ref"])
            ws.cell(row=r, column=10, value=a["action"])
            ws.cell(row=r, column=11, value=a["owner"])
            c = ws.cell(row=r, column=12, value=a["date"])
            if isinstance(a["date"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=13, value=a["st"])
            ws.cell(row=r, column=14, value=a["upd"])
            style_row(ws, r, n)
            ws.cell(row=r, column=13).fill = fill(FILL[a["st"]])
            ws.cell(row=r, column=13).alignment = Alignment(horizontal="center", vertical="top")
            a2 = dict(a)
            a2["under"] = [band, rk["risk"]]
            expected.append(exp_action(a2))
            r += 1
        last = r - 1
        vals = {1: rk["ref"], 2: rk["risk"], 3: rk["cause"], 4: rk["owner"], 5: rk["inh"],
                6: rk["controls"], 7: rk["res"], 8: rk["trend"]}
        for col, v in vals.items():
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for col in (5, 7):
            v = vals[col]
            ws.cell(row=first, column=col).fill = fill(FILL["R"] if v >= 15 else FILL["A"] if v >= 8 else FILL["G"])
    r += 1
    ws.cell(row=r, column=1, value=("Notes: trend arrows compare the residual score with Q1 2025/26. "
                                    "Actions marked B will be removed from the register at the next review."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    set_widths(ws, [8, 24, 40, 24, 9, 36, 9, 6, 8, 48, 26, 12, 8, 40])
    ws.freeze_panes = "A5"
    wb.active = wb.index(ws)
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a housing association strategic risk register as taken quarterly to an Audit & Risk "
                   "Committee (Trident Group, Birmingham, a Regulator of Social Housing registered provider; "
                   "content invented for 2025/26, no published copy used). Layout copied from typical RP "
                   "registers: cover sheet with scoring and action-status key, a risk summary sheet, and a register "
                   "sheet with category band rows, risk columns merged vertically over their further actions, "
                   "fill-coloured scores, action ref/owner/target date/status letters, and a notes line."),
        "reads": ("Three sheets: a cover with keys, a summary of four strategic risks (no actions), and the register. "
                  "On the register each risk (SR01–SR04, under two category bands) has two further actions with "
                  "their own refs, owners (job titles, two with two posts), target dates (dates, one 'Q4 2025/26', "
                  "one 'Ongoing') and a G/A/R/B status letter on a matching fill."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ====================================================================== 2
# Labour Relations Agency (NI) - internal audit recommendations tracker, xlsx, REFUSE

def make_lra():
    name = "ztz-labour-relations-agency-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Labour Relations Agency – Internal Audit Recommendations Implementation Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    heads = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
             "Responsible officer", "Original target date", "Revised target date",
             "Previous status (Oct 25)", "Current status (Dec 25)", "Progress update"]
    n = len(heads)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025 – for Audit and Risk Assurance Committee, 12 February 2026"
    ws["A2"].font = Font(italic=True)
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h)
    style_row(ws, 4, n, FILL["head"], bold=True)
    D = dt.datetime
    rows = [
        ("band", "2024-25 Review of Procurement and Contract Management – Limited assurance"),
        ("24/01", 1, "Contract management responsibilities are not documented for contracts above £30,000.",
         "Introduce a contract management framework assigning a named contract manager and review schedule to every contract above £30,000.",
         "Head of Finance and Corporate Services", D(2025, 6, 30), "31/03/2026", "A", "A",
         "Framework drafted; contract managers nominated for 9 of 12 contracts."),
        ("24/02", 2, "Single tender actions were not reported to ARAC.",
         "Report all single tender actions and direct award contracts to each ARAC meeting.",
         "Procurement Officer", D(2025, 3, 31), None, "G", "B",
         "Standing ARAC item from June 2025. Recommend closure."),
        ("24/03", 2, "The contracts register is incomplete.",
         "Update the contracts register and reconcile it quarterly to the ledger.",
         "Procurement Officer / Finance Manager", D(2025, 9, 30), "Dec-25", "A", "G",
         "Register reconciled at Q2; Q3 reconciliation in progress."),
        ("band", "2024-25 Review of Information Governance and Records Management – Satisfactory"),
        ("24/04", 2, "The Information Asset Register has not been reviewed since 2022.",
         "Information Asset Owners to review and sign off their entries in the Information Asset Register.",
         "SIRO", D(2025, 9, 30), "31/01/2026", "R", "A",
         "5 of 7 IAOs have signed off; remaining two scheduled for January."),
        ("24/05", 3, "The retention and disposal schedule is not applied to the shared drive.",
         "Apply the retention and disposal schedule to legacy shared drive folders before migration to SharePoint.",
         "Records Manager", D(2025, 12, 31), "Febuary 2026", "G", "A",
         "Migration window moved by the Department’s IT shared service."),
        ("band", "2025-26 Review of Hybrid Working and Estates – Satisfactory"),
        ("25/01", 2, "Desk booking data is not used to plan office capacity.",
         "Produce a quarterly occupancy report from desk booking data for the Senior Management Team.",
         "Facilities Manager", D(2026, 3, 31), None, None, "G",
         "First report due to SMT in March."),
        ("25/02", 3, "Home working DSE assessments are incomplete.",
         "Issue DSE self-assessment to all hybrid workers and follow up outstanding returns.",
         "HR Manager", D(2026, 1, 31), None, None, "G",
         "82% returned."),
    ]
    r = 5
    refuse_row = None
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            style_row(ws, r, n, FILL["grey"], bold=True)
            r += 1
            continue
        ref, pr, rec, act, off, orig, rev, prev, cur, upd = row
        vals = [ref, pr, rec, act, off, orig, rev, prev, cur, upd]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
        style_row(ws, r, n)
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        for col in (8, 9):
            v = ws.cell(row=r, column=col).value
            if v:
                ws.cell(row=r, column=col).fill = fill(FILL[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        if rev == "Febuary 2026":
            refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Status key: R – not implemented / overdue; A – partially implemented, "
                                    "revised date agreed; G – on track to meet target date; "
                                    "B – implemented (to be removed after ARAC)."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    ws.cell(row=r + 1, column=1, value="Priority 1 – significant; Priority 2 – important; Priority 3 – housekeeping.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=n)
    set_widths(ws, [8, 8, 40, 48, 26, 13, 13, 11, 11, 40])
    ws.freeze_panes = "A5"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations by priority and status"
    s["A1"].font = Font(bold=True, size=12)
    tab = [("Priority", "B", "G", "A", "R", "Total"), ("1", 0, 0, 1, 0, 1), ("2", 1, 2, 1, 0, 4),
           ("3", 0, 1, 1, 0, 2), ("Total", 1, 3, 3, 0, 7)]
    for i, row in enumerate(tab, start=3):
        for j, v in enumerate(row, start=1):
            s.cell(row=i, column=j, value=v)
        style_row(s, i, 6, FILL["head"] if i in (3, 7) else None, bold=i in (3, 7))
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a Northern Ireland arm's-length body's internal audit recommendations tracker as "
                   "presented to its Audit and Risk Assurance Committee (Labour Relations Agency; content invented "
                   "for 2025/26). Copies the NI pattern of audit-report band rows with assurance level, Priority "
                   "1/2/3, management response, responsible officer, original and revised target dates, previous "
                   "and current status on fill colour, a status key and a summary sheet."),
        "reads": ("Seven recommendations under three audit reports, each with an agreed action, officer, original "
                  "date and (for four) a revised date. Ref 24/05 on sheet row " + str(refuse_row) + " has the revised "
                  "target date 'Febuary 2026', a mistyped month, so a careful reader stops and asks before "
                  "taking its date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return refuse_row


# ====================================================================== 3
# Scottish Land Commission - programme highlight report, xlsx, read

def make_slc():
    name = "ztz-scottish-land-commission-land-reform-act-implementation-programme-highlight-report.xlsx"
    title = "Land Reform (Scotland) Act 2025 Implementation Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scottish Land Commission | Coimisean Fearainn na h-Alba"
    ws["A2"].font = Font(italic=True)
    info = [("Reporting period:", "1 December 2025 – 31 January 2026"),
            ("Report to:", "Board – 26 February 2026"),
            ("Senior Responsible Owner:", "Chief Executive"),
            ("Programme manager:", "Programme and Performance Manager")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    ws.cell(row=8, column=1, value="Overall status:").font = Font(bold=True)
    c = ws.cell(row=8, column=2, value="Amber")
    c.fill = fill(FILL["A"])
    ws.cell(row=8, column=3, value="Previous:").font = Font(bold=True)
    c = ws.cell(row=8, column=4, value="Amber")
    c.fill = fill(FILL["A"])

    ws.cell(row=10, column=1, value="Status by dimension").font = Font(bold=True, size=12)
    dh = ["Dimension", "Last period", "This period", "Comment"]
    for j, h in enumerate(dh, start=1):
        ws.cell(row=11, column=j, value=h)
    style_row(ws, 11, 4, FILL["head"], bold=True)
    dims = [("Time", "A", "A", "Commencement regulations expected later than planned; milestones re-forecast."),
            ("Cost", "G", "G", "2025-26 implementation budget of £410k; forecast spend £372k."),
            ("Scope", "G", "G", "No change to scope."),
            ("Resources", "A", "R", "Two fixed-term posts unfilled after second recruitment round."),
            ("Benefits", "G", "G", "Benefits profile agreed by Board in October.")]
    for i, (d, a, b, cm) in enumerate(dims, start=12):
        for j, v in enumerate((d, a, b, cm), start=1):
            ws.cell(row=i, column=j, value=v)
        style_row(ws, i, 4)
        for j in (2, 3):
            ws.cell(row=i, column=j).fill = fill(FILL[ws.cell(row=i, column=j).value])
            ws.cell(row=i, column=j).alignment = Alignment(horizontal="center")

    ws.cell(row=18, column=1, value="Key achievements this period").font = Font(bold=True, size=12)
    ach = ["• Draft land management plan guidance published for consultation on 20 January 2026.",
           "• Joint working protocol with Registers of Scotland agreed at officer level.",
           "• Two stakeholder webinars held (186 attendees)."]
    for i, t in enumerate(ach, start=19):
        ws.cell(row=i, column=1, value=t)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)

    ws.cell(row=23, column=1, value="Milestones and deliverables").font = Font(bold=True, size=12)
    mh = ["Ref", "Workstream", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date", "RAG",
          "Commentary"]
    for j, h in enumerate(mh, start=1):
        ws.cell(row=24, column=j, value=h)
    style_row(ws, 24, 8, FILL["head"], bold=True)
    D = dt.datetime
    ms = [
        ("1. Land and Communities Commissioner", [
            {"ref": "M1.1", "action": ("Support the Scottish Government public appointments round for the Land and "
                                       "Communities Commissioner"),
             "owner": "Head of Corporate Services", "base": D(2026, 3, 1), "fc": D(2026, 6, 1), "st": "A",
             "com": "Ministerial timetable moved; interviews now expected in May.",
             "lead": ["Head of Corporate Services"], "end": "2026-06", "status": "amber"},
            {"ref": "M1.2", "action": ("Agree interim office base, staffing structure and delegated authorities for "
                                       "the Commissioner’s function"),
             "owner": "Chief Executive / Head of Corporate Services", "base": D(2026, 4, 1), "fc": D(2026, 4, 1),
             "st": "G", "com": "Options paper to March Board.",
             "lead": ["Chief Executive", "Head of Corporate Services"], "end": "2026-04", "status": "green"},
        ]),
        ("2. Large landholdings – management plans", [
            {"ref": "M2.1", "action": "Publish draft guidance on land management plans for consultation",
             "owner": "Head of Land Reform Policy", "base": D(2026, 1, 1), "fc": D(2026, 1, 1), "st": "Complete",
             "com": "Published 20 January 2026; consultation closes 17 April.",
             "lead": ["Head of Land Reform Policy"], "end": "2026-01", "status": "blue"},
            {"ref": "M2.2", "action": "Analyse consultation responses and publish final guidance",
             "owner": "Head of Land Reform Policy", "base": D(2026, 6, 1), "fc": D(2026, 8, 1), "st": "A",
             "com": "Re-forecast to allow for extended consultation period.",
             "lead": ["Head of Land Reform Policy"], "end": "2026-08", "status": "amber"},
            {"ref": "M2.3", "action": ("Build a register of landholdings over 1,000 hectares using Registers of "
                                       "Scotland and Scottish Government data"),
             "owner": "Data and Evidence Manager", "base": D(2026, 3, 1), "fc": D(2026, 9, 1), "st": "R",
             "com": "Data sharing agreement not yet signed; dependent on RoS legal review.",
             "lead": ["Data and Evidence Manager"], "end": "2026-09", "status": "red"},
        ]),
        ("3. Investigation and enforcement", [
            {"ref": "M3.1", "action": ("Draft investigation procedures and case handling standards for breaches of "
                                       "community engagement and management plan duties"),
             "owner": "Head of Investigations (interim)", "base": D(2026, 3, 1), "fc": D(2026, 3, 1), "st": "G",
             "com": "First draft with legal advisers.",
             "lead": ["Head of Investigations (interim)"], "end": "2026-03", "status": "green"},
            {"ref": "M3.2", "action": "Procure and configure a case management system",
             "owner": "Digital Lead", "base": D(2026, 5, 1), "fc": D(2026, 7, 1), "st": "A",
             "com": "Framework call-off delayed by budget approval.",
             "lead": ["Digital Lead"], "end": "2026-07", "status": "amber"},
        ]),
        ("4. Engagement and communications", [
            {"ref": "M4.1", "action": "Deliver six regional awareness sessions for landowners and communities",
             "owner": "Communications Manager", "base": D(2026, 6, 1), "fc": D(2026, 6, 1), "st": "G",
             "com": "Venues booked for Inverness, Oban, Stornoway, Perth, Dumfries and Kirkwall.",
             "lead": ["Communications Manager"], "end": "2026-06", "status": "green"},
            {"ref": "M4.2", "action": ("Update the Land Rights and Responsibilities Statement protocols to reflect "
                                       "the 2025 Act"),
             "owner": "Head of Land Reform Policy", "base": D(2025, 12, 1), "fc": "TBC", "st": "R",
             "com": "On hold pending the revised Statement from Scottish Ministers.",
             "lead": ["Head of Land Reform Policy"], "end": None, "end_text": "TBC", "status": "red"},
        ]),
    ]
    expected = []
    r = 25
    for ws_name, items in ms:
        first = r
        for a in items:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=3, value=a["action"])
            ws.cell(row=r, column=4, value=a["owner"])
            for col, key in ((5, "base"), (6, "fc")):
                cc = ws.cell(row=r, column=col, value=a[key])
                if isinstance(a[key], dt.datetime):
                    cc.number_format = "mmm-yy"
            ws.cell(row=r, column=7, value=a["st"])
            ws.cell(row=r, column=8, value=a["com"])
            style_row(ws, r, 8)
            ws.cell(row=r, column=7).fill = fill(FILL["B"] if a["st"] == "Complete" else FILL[a["st"]])
            a2 = dict(a)
            a2["under"] = [ws_name]
            expected.append(exp_action(a2))
            r += 1
        ws.cell(row=first, column=2, value=ws_name)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Decisions / support required from the Board").font = Font(bold=True, size=12)
    for i, t in enumerate(["• Note the re-forecast of milestones M1.1, M2.2 and M3.2.",
                           "• Agree that the Chair writes to Registers of Scotland to expedite the data sharing agreement."],
                          start=r + 1):
        ws.cell(row=i, column=1, value=t)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    set_widths(ws, [24, 26, 52, 30, 12, 12, 10, 46])

    rk = wb.create_sheet("Risks & Issues")
    rk["A1"] = "Top programme risks and issues"
    rk["A1"].font = Font(bold=True, size=12)
    rh = ["ID", "Risk / issue", "Type", "Score (previous)", "Score (current)", "Trend"]
    for j, h in enumerate(rh, start=1):
        rk.cell(row=3, column=j, value=h)
    style_row(rk, 3, 6, FILL["head"], bold=True)
    for i, row in enumerate([
        ("PR1", "Delay to commencement regulations compresses the time available to set up the Commissioner’s function.", "Risk", 12, 16, "↑"),
        ("PR2", "Insufficient specialist investigation capacity in the Inverness labour market.", "Risk", 12, 12, "→"),
        ("PI1", "Two fixed-term posts remain vacant after re-advertisement.", "Issue", "–", "–", "–"),
    ], start=4):
        for j, v in enumerate(row, start=1):
            rk.cell(row=i, column=j, value=v)
        style_row(rk, i, 6)
    set_widths(rk, [6, 70, 8, 14, 14, 7])

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG definitions (milestones)"
    ky["A1"].font = Font(bold=True)
    for i, (k, t, col) in enumerate([("Green", "On track against baseline date", "G"),
                                     ("Amber", "Forecast slippage of up to 3 months, or emerging issue", "A"),
                                     ("Red", "Forecast slippage over 3 months, or Board intervention needed", "R"),
                                     ("Complete", "Milestone delivered", "B")], start=2):
        ky.cell(row=i, column=1, value=k).fill = fill(FILL[col])
        ky.cell(row=i, column=2, value=t)
    set_widths(ky, [12, 64])
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a Scottish public body's programme highlight report to its Board (Scottish Land "
                   "Commission, implementation of the Land Reform (Scotland) Act 2025; content invented). Copies "
                   "the PRINCE2-style highlight report layout used by Scottish NDPBs: header block with reporting "
                   "period, SRO and overall status (previous/current), a status-by-dimension table, key achievements "
                   "bullets, a milestones table with workstream merged down the rows, baseline and forecast dates "
                   "(mmm-yy), RAG fill, decisions required, plus a risks sheet and a RAG key sheet."),
        "reads": ("The actions are the nine milestones in the milestones table, grouped under four numbered "
                  "workstreams. Each has a baseline and a forecast date (the forecast is the end; one forecast is "
                  "TBC), a lead post (one cell has two posts) and a RAG or 'Complete'. The dimension table, "
                  "achievements, decisions, risks sheet and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ====================================================================== 4
# Howletts Wild Animal Trust - Charity Commission inquiry trustees' action plan, docx, read

def make_howletts():
    name = "ztz-howletts-wild-animal-trust-charity-commission-inquiry-action-plan.docx"
    title = "Howletts Wild Animal Trust – Trustees’ Action Plan following the Charity Commission Statutory Inquiry"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    p = doc.add_paragraph("Progress report to the Board of Trustees – position at 30 September 2025")
    p.runs[0].italic = True

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("1.0", "14 November 2023", "Company Secretary", "Board of Trustees"),
                             ("2.0", "21 March 2025", "Company Secretary", "Audit & Risk Committee"),
                             ("3.0", "7 October 2025", "Company Secretary", "Audit & Risk Committee")]):
        for j, v in enumerate(row):
            cell_text(dc.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(dc.cell(i, j), "D9E1F2")

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "The Charity Commission opened a statutory inquiry into the charity in March 2021 to examine the "
        "management of conflicts of interest and related party transactions. Following the inquiry, the "
        "trustees agreed the action plan below with the Commission. This report sets out progress against "
        "each action; completed actions remain in the plan until the Commission confirms it is satisfied.")

    doc.add_heading("2. RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, t, col) in enumerate([("Blue", "Complete – evidence provided to the Commission", "0070C0"),
                                     ("Green", "On track to meet the deadline", "00B050"),
                                     ("Amber", "At risk of missing the deadline; revised date agreed", "FFC000"),
                                     ("Red", "Deadline missed", "FF0000")]):
        cell_text(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), col)
        cell_text(key.cell(i, 1), t)

    doc.add_heading("3. Action plan", level=2)
    areas = [
        ("Area A – Conflicts of interest and related party transactions",
         ("Commission requirement: the trustees must adopt and apply a conflicts of interest policy that meets "
          "the standards in CC29, and ensure that all related party transactions are identified, authorised "
          "and recorded."),
         [
             {"ref": "A1", "action": ("Adopt a revised Conflicts of Interest Policy and Register of Interests, "
                                      "approved by the full Board."),
              "lead_cell": "Company Secretary", "deadline": "31 March 2024", "rag": "Blue",
              "upd": "Policy approved 19 March 2024; register published to trustees.",
              "lead": ["Company Secretary"], "end": "2024-03", "status": "blue"},
             {"ref": "A2", "action": ("Review all related party transactions since 2019, including leases and "
                                      "recharges, and obtain independent valuation advice where required."),
              "lead_cell": "Finance Director / Chair of ARC", "deadline": "30 June 2024", "rag": "Blue",
              "upd": ("Review completed; independent valuation of the mansion lease obtained.\n"
                      "Report sent to the Commission 2 July 2024."),
              "lead": ["Finance Director", "Chair of ARC"], "end": "2024-06", "status": "blue"},
             {"ref": "A3", "action": ("Obtain annual declarations of interest from every trustee and senior "
                                      "manager and report exceptions to the Audit & Risk Committee."),
              "lead_cell": "Company Secretary", "deadline": "Ongoing – annual declarations each January",
              "rag": "Green", "upd": "2025 declarations complete; no exceptions.",
              "lead": ["Company Secretary"], "end": None,
              "end_text": "Ongoing – annual declarations each January", "status": "green"},
         ]),
        ("Area B – Trustee board composition and independence",
         ("Commission requirement: the trustees must review the size and composition of the board so that a "
          "majority of trustees are independent of the founding family and of connected organisations."),
         [
             {"ref": "B1", "action": ("Recruit three additional independent trustees through open advertisement, "
                                      "with a skills audit to guide recruitment."),
              "lead_cell": "Chair of Trustees; Nominations Committee",
              "deadline": "Revised: 31 December 2025 (originally 31 March 2025)", "rag": "Amber",
              "upd": "Two appointed in June 2025; third appointment at interview stage.",
              "lead": ["Chair of Trustees", "Nominations Committee"], "end": "2025-12", "status": "amber"},
             {"ref": "B2", "action": ("Amend the Articles of Association to introduce fixed terms of office and "
                                      "a limit on the number of connected trustees."),
              "lead_cell": "Chair of Trustees", "deadline": "June 2025", "rag": "Blue",
              "upd": "Special resolution passed at the AGM on 12 June 2025; filed at Companies House.",
              "lead": ["Chair of Trustees"], "end": "2025-06", "status": "blue"},
         ]),
        ("Area C – Financial controls and reporting",
         ("Commission requirement: the trustees must strengthen financial controls over payments to connected "
          "parties and improve the disclosure of related party transactions in the annual report and accounts."),
         [
             {"ref": "C1", "action": ("Introduce dual authorisation by two independent trustees for any payment "
                                      "to a connected party."),
              "lead_cell": "Finance Director", "deadline": "By 30 September 2025", "rag": "Green",
              "upd": "Approval workflow built in the finance system; go-live 1 October 2025.",
              "lead": ["Finance Director"], "end": "2025-09", "status": "green"},
             {"ref": "C2", "action": ("Commission an internal audit of the controls over connected party "
                                      "payments and report the findings to the Commission."),
              "lead_cell": "Chief Executive and Finance Director", "deadline": "December 2025", "rag": "Green",
              "upd": "Internal auditors appointed; fieldwork starts November.",
              "lead": ["Chief Executive", "Finance Director"], "end": "2025-12", "status": "green"},
             {"ref": "C3", "action": ("Expand the related party transactions note in the 2025 annual report and "
                                      "accounts in line with the Charities SORP."),
              "lead_cell": "Head of Finance", "deadline": "31/03/2026", "rag": "Amber",
              "upd": "Auditor has raised disclosure queries on the 2024 note; to be resolved before year end.",
              "lead": ["Head of Finance"], "end": "2026-03", "status": "amber"},
         ]),
    ]
    heads = ["Ref", "Action", "Lead", "Deadline", "Progress update (September 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
        t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    colour = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    expected = []
    for area, req, acts in areas:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, area, bold=True, size=10)
        shade(m, "D9E1F2")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, req, italic=True)
        for a in acts:
            row = t.add_row()
            vals = [a["ref"], a["action"], a["lead_cell"], a["deadline"], a["upd"], a["rag"]]
            for j, v in enumerate(vals):
                cell_text(row.cells[j], v, bold=(j == 5))
            shade(row.cells[5], colour[a["rag"]])
            a2 = dict(a)
            a2["under"] = [area, req]
            expected.append(exp_action(a2))
    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(("Role", "Name", "Date")):
        cell_text(so.cell(0, j), v, bold=True)
    for j, v in enumerate(("Chair of Trustees", "", "")):
        cell_text(so.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a charity's trustees' action plan agreed with the Charity Commission after a "
                   "statutory inquiry (Howletts Wild Animal Trust, Kent: inquiry into conflicts of interest and "
                   "related party transactions opened March 2021, per Charity Commission announcements; action "
                   "content and dates invented, 2023–2026). Copies a Word progress report layout: heading and "
                   "subtitle, document-control table, RAG key table, one action table with merged area rows and "
                   "merged 'Commission requirement' rows above their actions, a revised deadline, shaded RAG "
                   "cells with the colour word, and a sign-off table."),
        "reads": ("Eight numbered actions (A1–C3) in one table under three areas, each area followed by the "
                  "Commission's requirement that its actions answer. Leads are posts (three cells name two), "
                  "deadlines are dates or words (one 'Ongoing…', one revised with the original in brackets), and "
                  "RAG is Blue/Green/Amber with Blue meaning complete per the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ====================================================================== 5
# Cumbria Constabulary - ICO advice & recommendations after pay data breach, docx, read

def make_cumbria():
    name = "ztz-cumbria-constabulary-ico-pay-data-breach-recommendations-action-plan.docx"
    title = "Data Breach – Publication of Pay and Allowances Information: ICO Recommendations Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph("CUMBRIA CONSTABULARY")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=1)
    p = doc.add_paragraph("OFFICIAL – for the Joint Audit Committee, 27 September 2023")
    p.runs[0].italic = True

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Incident identified", "6 March 2023"),
                                ("Data affected", "Names, roles, pay and allowances of officers and staff as at 31 March 2022"),
                                ("ICO reference", "IC-228417-K7M2"),
                                ("Plan owner", "Head of Information Management"),
                                ("Version / date", "1.3 – 12 September 2023")]):
        cell_text(info.cell(i, 0), k, bold=True, size=10)
        shade(info.cell(i, 0), "F2F2F2")
        cell_text(info.cell(i, 1), v, size=10)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "A spreadsheet prepared for the annual publication of senior salary information was uploaded to the "
        "Constabulary website with a worksheet containing the pay and allowances of all officers and staff. "
        "The file was removed as soon as the error was identified and the incident was reported to the "
        "Information Commissioner’s Office (ICO). The ICO provided advice and made the recommendations below; "
        "it concluded that no further regulatory action was necessary. This plan records the actions agreed by "
        "the Chief Officer Group in response.")
    doc.add_paragraph("Status: Complete / On track / Amber (delayed) / Not started.")

    recs = [
        ("Recommendation 1 – Pre-publication checks",
         ("The Constabulary should ensure that every document is subject to a documented pre-publication check "
          "before it is uploaded to the website, including checks for hidden worksheets, embedded data and "
          "metadata."),
         [
             {"ref": "1.1", "action": ("Remove all spreadsheets from the public website pending review and publish "
                                       "transparency data as PDF or CSV only."),
              "owner": "Web Manager", "date": "31/03/2023", "stw": "Complete",
              "upd": "Completed 8 March 2023. 41 files reviewed.",
              "lead": ["Web Manager"], "end": "2023-03", "status": "blue"},
             {"ref": "1.2", "action": ("Introduce a two-person pre-publication checklist (content owner and Web "
                                       "Manager) covering hidden sheets, comments, tracked changes and metadata."),
              "owner": "Head of Information Management", "date": "30/04/2023", "stw": "Complete",
              "upd": "Checklist live from 24 April 2023 and embedded in the web publishing procedure.",
              "lead": ["Head of Information Management"], "end": "2023-04", "status": "blue"},
             {"ref": "1.3", "action": ("Configure the content management system to block the upload of .xls and "
                                       ".xlsx files without DPO approval."),
              "owner": "ISO & Web Manager", "date": "Q2 2023/24", "stw": "On track",
              "upd": "Change request approved; supplier release scheduled for September.",
              "lead": ["ISO", "Web Manager"], "end": "2023-09", "status": "green"},
         ]),
        ("Recommendation 2 – Staff awareness and training",
         ("Staff who prepare or publish information should receive training on redaction and the risks of "
          "hidden data, and learning from this incident should be shared across the organisation."),
         [
             {"ref": "2.1", "action": ("Deliver a briefing on the incident and the new checklist to all staff who "
                                       "publish or disclose information (FOI, Corporate Communications, Finance)."),
              "owner": "DPO", "date": "May 2023", "stw": "Complete",
              "upd": "Six sessions delivered to 58 staff.",
              "lead": ["DPO"], "end": "2023-05", "status": "blue"},
             {"ref": "2.2", "action": ("Add a module on hidden data and safe disclosure to the mandatory "
                                       "information security e-learning."),
              "owner": "Head of Learning and Development", "date": "31 December 2023", "stw": "Not started",
              "upd": "Awaiting national NCALT content update.",
              "lead": ["Head of Learning and Development"], "end": "2023-12", "status": "unrated"},
         ]),
        ("Recommendation 3 – Handling of workforce data",
         ("The Constabulary should minimise the personal data extracted from the HR and payroll systems for "
          "reporting, and review access to those extracts."),
         [
             {"ref": "3.1", "action": ("Replace full-workforce payroll extracts with pre-aggregated reports for "
                                       "transparency and FOI purposes."),
              "owner": "Head of HR / Payroll Manager", "date": "30/09/2023", "stw": "Amber",
              "upd": "Report design agreed.\nTesting delayed by the payroll system upgrade.",
              "lead": ["Head of HR", "Payroll Manager"], "end": "2023-09", "status": "amber"},
             {"ref": "3.2", "action": "Review and re-certify access to HR and payroll reporting folders.",
              "owner": "Information Asset Owner (HR)", "date": "Annually", "stw": "On track",
              "upd": "First review completed July 2023; next due July 2024.",
              "lead": ["Information Asset Owner (HR)"], "end": None, "end_text": "Annually", "status": "green"},
         ]),
    ]
    heads = ["No.", "Action", "Owner", "Target date", "Status", "Progress"]
    expected = []
    stcol = {"Complete": "BDD7EE", "On track": "C6EFCE", "Amber": "FFEB9C", "Not started": "FFFFFF"}
    for head, rec, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(rec)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            cell_text(t.cell(0, j), h, bold=True, size=10)
            shade(t.cell(0, j), "D9D9D9")
        for a in acts:
            row = t.add_row()
            for j, v in enumerate([a["ref"], a["action"], a["owner"], a["date"], a["stw"], a["upd"]]):
                cell_text(row.cells[j], v, size=10)
            shade(row.cells[4], stcol[a["stw"]])
            a2 = dict(a)
            a2["under"] = [head, rec]
            expected.append(exp_action(a2))
        doc.add_paragraph()
    doc.add_paragraph("Abbreviations: DPO – Data Protection Officer; ISO – Information Security Officer; "
                      "FOI – Freedom of Information.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a police force's action plan responding to the ICO after a personal data breach "
                   "(Cumbria Constabulary: names, pay and allowances of all officers and staff published on its "
                   "website, identified 6 March 2023; the ICO gave advice and recommendations and took no further "
                   "action, as reported in August 2023). Recommendation wording, actions and dates are invented. "
                   "Layout copied from force reports to a Joint Audit Committee: protective marking line, an "
                   "incident information table, background paragraph, then one section per ICO recommendation "
                   "(heading, the recommendation in italics, and its own action table)."),
        "reads": ("Seven numbered actions in three tables, one per ICO recommendation, each table headed by the "
                  "recommendation heading and text. Owners include abbreviations and two cells with two posts; "
                  "target dates are dates, 'May 2023', 'Q2 2023/24' and 'Annually'; status is a word (Complete, "
                  "On track, Amber, Not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ====================================================================== 6
# Penryn Town Council - governance action plan, SharePoint list export, csv, read

def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_penryn():
    name = "ztz-penryn-town-council-governance-action-plan-sharepoint-export.csv"
    heads = ["Ref", "Area", "Issue / recommendation", "Agreed action", "Lead", "Target date", "RAG",
             "Progress notes", "Source", "Modified", "Modified By", "Item Type", "Path"]
    path = "sites/PenrynTownCouncil/Lists/Governance Action Plan"
    iss_asset = "Asset register incomplete – play equipment and street furniture not recorded."
    rows = [
        {"ref": "GAP-01", "area": "Governance",
         "issue": "Standing Orders last reviewed May 2019; not updated for the 2024 NALC model.",
         "action": ("Adopt updated Standing Orders based on the NALC 2024 model, with local amendments agreed "
                    "by the Policy & Resources Committee."),
         "lead_cell": "Town Clerk", "date": "30/11/2025", "rag": "Complete",
         "notes": "Adopted at Full Council 21/10/2025 (minute 2025/112).", "src": "Internal audit 2024-25",
         "mod": "22/10/2025 10:14", "by": "Tamsin Hocking",
         "lead": ["Town Clerk"], "end": "2025-11", "status": "blue"},
        {"ref": "GAP-02", "area": "Governance",
         "issue": "Financial Regulations not reviewed annually as required.",
         "action": ("Review and re-adopt Financial Regulations (NALC 2024 model) and add an annual review to "
                    "the council’s governance calendar."),
         "lead_cell": "Town Clerk; RFO", "date": "31/12/2025", "rag": "Amber",
         "notes": ("Draft to P&R 13/11/2025.\nDeferred to January meeting – awaiting insurer comments on the "
                   "payments limits."),
         "src": "Internal audit 2024-25", "mod": "14/11/2025 09:42", "by": "Tamsin Hocking",
         "lead": ["Town Clerk", "RFO"], "end": "2025-12", "status": "amber"},
        {"ref": "GAP-03", "area": "Finance",
         "issue": "Bank reconciliations not reviewed and signed by a councillor at each meeting.",
         "action": ("Present the bank reconciliation at each Finance Committee meeting for review and signature "
                    "by a non-signatory councillor."),
         "lead_cell": "Responsible Financial Officer", "date": "", "rag": "Green",
         "notes": "Now a standing item on the Finance Committee agenda.", "src": "AGAR 2024-25 (internal auditor)",
         "mod": "05/09/2025 16:01", "by": "Mark Rowe",
         "lead": ["Responsible Financial Officer"], "end": None, "status": "green"},
        {"ref": "GAP-04", "area": "Finance",
         "issue": "VAT reclaims not submitted for 2023-24.",
         "action": "Submit the outstanding VAT126 claims for 2023-24 and 2024-25.",
         "lead_cell": "RFO", "date": "31/10/2025", "rag": "Red",
         "notes": "2023-24 claim submitted 02/10/2025; 2024-25 claim still outstanding.",
         "src": "AGAR 2024-25 (internal auditor)", "mod": "03/11/2025 11:27", "by": "Mark Rowe",
         "lead": ["RFO"], "end": "2025-10", "status": "red"},
        {"ref": "GAP-05", "area": "Assets", "issue": iss_asset,
         "action": ("Update the asset register with a full inventory including purchase or insurance value, "
                    "location and condition."),
         "lead_cell": "Deputy Town Clerk", "date": "31/03/2026", "rag": "Not started",
         "notes": "", "src": "Internal audit 2024-25", "mod": "22/10/2025 10:20", "by": "Tamsin Hocking",
         "lead": ["Deputy Town Clerk"], "end": "2026-03", "status": "unrated"},
        {"ref": "GAP-06", "area": "Assets", "issue": iss_asset,
         "action": "Reconcile the asset register to the insurance schedule before the policy renewal.",
         "lead_cell": "Deputy Town Clerk; Cllr Trewin", "date": "28/02/2026", "rag": "Amber",
         "notes": "Insurer has asked for the play area inspection reports first.",
         "src": "Internal audit 2024-25", "mod": "14/11/2025 09:55", "by": "Tamsin Hocking",
         "lead": ["Deputy Town Clerk", "Cllr Trewin"], "end": "2026-02", "status": "amber"},
        {"ref": "GAP-07", "area": "Transparency",
         "issue": "Website does not meet the Transparency Code for Smaller Authorities and accessibility regulations.",
         "action": ("Publish all items of expenditure over £500 quarterly and add an accessibility statement "
                    "to the council website."),
         "lead_cell": "Town Clerk", "date": "31/01/2026", "rag": "Green",
         "notes": "Q1 and Q2 payments published. Accessibility audit booked.", "src": "Internal audit 2024-25",
         "mod": "30/10/2025 14:38", "by": "Tamsin Hocking",
         "lead": ["Town Clerk"], "end": "2026-01", "status": "green"},
    ]
    lines = [",".join(heads)]
    expected = []
    for r in rows:
        vals = [r["ref"], r["area"], r["issue"], r["action"], r["lead_cell"], r["date"], r["rag"], r["notes"],
                r["src"], r["mod"], r["by"], "Item", path]
        lines.append(",".join(csv_field(v) for v in vals))
        r2 = dict(r)
        r2["under"] = [r["area"], r["issue"]]
        expected.append(exp_action(r2))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": ("Imitates a town council's governance action plan kept as a SharePoint list and exported with "
                   "'Export to CSV' (Penryn Town Council, Cornwall; issues of the kind raised by internal auditors "
                   "and in AGAR reports for small councils, content invented for 2025-26). Copies SharePoint "
                   "export features: no title row, header of the view's column names, a multi-choice Lead column "
                   "joined with '; ', dd/mm/yyyy UK dates, a multi-line notes field in quotes, Modified/Modified "
                   "By/Item Type/Path columns, UTF-8 with BOM and CRLF line ends."),
        "reads": ("A flat list of seven actions GAP-01 to GAP-07, each with an area, the audit issue it answers "
                  "(two actions share one issue), a lead (two cells name two), a target date (one blank) and a "
                  "RAG choice including 'Complete' and 'Not started'. 'Modified By' names the editor, not the lead."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })


# ====================================================================== 7
# Northern Ireland Public Services Ombudsman - ARAC action log, tab-separated txt, read

def make_nipso():
    name = "ztz-nipso-audit-and-risk-assurance-committee-action-log.txt"
    title = "Northern Ireland Public Services Ombudsman – Audit and Risk Assurance Committee Action Log"
    groups = [
        ("Meeting of 6 February 2025", [
            {"ref": "1", "min": "5.4",
             "action": ("Provide a paper on the effect of own-initiative investigation resourcing on complaint "
                        "handling times."),
             "owner": "Deputy Ombudsman", "due": "Feb-26 (was Oct-25)", "rag": "A",
             "upd": "Deferred at the Chair's request to allow Q3 data to be included.",
             "lead": ["Deputy Ombudsman"], "end": "2026-02", "status": "amber"},
            {"ref": "2", "min": "7.1",
             "action": "Review the Fraud Response Plan and Whistleblowing Policy against the DoF model documents.",
             "owner": "Head of Corporate Services / Finance Manager", "due": "31/12/2025", "rag": "G",
             "upd": "Drafts with the Department for comment.",
             "lead": ["Head of Corporate Services", "Finance Manager"], "end": "2025-12", "status": "green"},
        ]),
        ("Meeting of 12 June 2025", [
            {"ref": "3", "min": "6.2",
             "action": "Circulate the final Internal Audit Annual Report and Opinion 2024-25 to members.",
             "owner": "Head of Corporate Services", "due": "Jul-25", "rag": "B",
             "upd": "Circulated 27/06/2025.",
             "lead": ["Head of Corporate Services"], "end": "2025-07", "status": "blue"},
            {"ref": "4", "min": "8.3",
             "action": ("Add cyber incident response testing to the Corporate Risk Register as a control and "
                        "report the results to ARAC."),
             "owner": "Head of ICT", "due": "Oct-25", "rag": "B",
             "upd": "Exercise held 18/09/2025; results reported at October meeting.",
             "lead": ["Head of ICT"], "end": "2025-10", "status": "blue"},
            {"ref": "5", "min": "9.1",
             "action": "Arrange the ARAC effectiveness self-assessment using the NIAO checklist.",
             "owner": "Committee Secretary", "due": "Mar-26", "rag": "G",
             "upd": "Questionnaire to issue in January.",
             "lead": ["Committee Secretary"], "end": "2026-03", "status": "green"},
        ]),
        ("Meeting of 9 October 2025", [
            {"ref": "6", "min": "4.1",
             "action": ("Provide a breakdown of 2025-26 budget pressures and mitigations following the October "
                        "Monitoring Round."),
             "owner": "Ombudsman; Head of Corporate Services", "due": "Feb-26", "rag": "G",
             "upd": "",
             "lead": ["Ombudsman", "Head of Corporate Services"], "end": "2026-02", "status": "green"},
            {"ref": "7", "min": "5.3",
             "action": "Confirm the NIAO audit timetable for the 2025-26 accounts.",
             "owner": "Finance Manager", "due": "Next meeting", "rag": "G",
             "upd": "Awaiting NIAO audit strategy.",
             "lead": ["Finance Manager"], "end": None, "end_text": "Next meeting", "status": "green"},
            {"ref": "8", "min": "6.1",
             "action": ("Update the Information Asset Register and bring the annual SIRO report to the February "
                        "meeting."),
             "owner": "SIRO", "due": "Feb-26", "rag": "A",
             "upd": "IAR review meetings held with 4 of 6 directorates.",
             "lead": ["SIRO"], "end": "2026-02", "status": "amber"},
            {"ref": "9", "min": "7.2",
             "action": "Publish the updated Gifts and Hospitality Register on the website.",
             "owner": "Committee Secretary", "due": "Quarterly", "rag": "G",
             "upd": "Q2 register published 15/10/2025.",
             "lead": ["Committee Secretary"], "end": None, "end_text": "Quarterly", "status": "green"},
        ]),
    ]
    out = [title,
           "Updated following the meeting of 9 October 2025 – for the meeting of 12 February 2026",
           "",
           "RAG: B = complete (to be removed); G = on track; A = at risk; R = overdue",
           "",
           "\t".join(["No.", "Minute ref", "Action", "Owner", "Due", "RAG", "Update"])]
    expected = []
    for g, acts in groups:
        out.append(g)
        for a in acts:
            out.append("\t".join([a["ref"], a["min"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]]))
            a2 = dict(a)
            a2["under"] = [g]
            expected.append(exp_action(a2))
    out += ["", "Closed actions are removed after they have been reported to one meeting.",
            "Total open actions: 7 (2 at risk, 0 overdue)"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")

    write_yaml(name, {
        "source": ("Imitates a Northern Ireland public body's audit committee rolling action log saved as tab-"
                   "separated text (Northern Ireland Public Services Ombudsman, Audit and Risk Assurance "
                   "Committee; content invented for 2025-26, no published copy used). Copies the usual NI ARAC "
                   "action log: title and update line, a RAG key line, column header, actions grouped under the "
                   "meeting they arose at, action number and minute reference, owner posts, due month, RAG letter, "
                   "update, and closing notes and totals lines."),
        "reads": ("Nine numbered actions under three meeting lines. Due is a month ('Feb-26 (was Oct-25)' gives a "
                  "revised month), a date, 'Next meeting' or 'Quarterly'; RAG letters with B = complete per the key. "
                  "Two owner cells name two posts. The lines before the header and after the last action are not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    make_trident()
    rr = make_lra()
    make_slc()
    make_howletts()
    make_cumbria()
    make_penryn()
    make_nipso()
    print("built 7 ztz cases; LRA refuse row", rr)
