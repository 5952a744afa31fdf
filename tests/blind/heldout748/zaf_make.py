#!/usr/bin/env python3
"""Build the seven zaf- blind test files (set heldout748).

Run with /work/main/.venv/bin/python zaf_make.py
Writes only files whose names start with "zaf-" in this folder.
Each case also gets its NAME.expected.yaml, written from hand-set readings
(leads, months, RAG, headings) held next to the data below.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zaf-"), name
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "group": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="F2F2F2"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Stockport Homes Group - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_stockport():
    name = "zaf-stockport-homes-group-internal-audit-recommendations-tracker.xlsx"
    A1 = "Damp, Mould and Condensation Case Management (Limited Assurance)"
    A2 = "Rent Arrears and Income Recovery (Reasonable Assurance)"
    A3 = "Cyber Security – Third Party Access (Limited Assurance)"
    R_DMC1 = ("Case records for damp and mould reports should evidence the initial inspection, "
              "the severity category assigned and the date works were completed.")
    R_DMC2 = ("Management should introduce a documented follow-up inspection process for cases "
              "closed as ‘treated’.")
    R_INC1 = ("Arrears escalation stages should be applied consistently, with reasons recorded "
              "where a stage is bypassed.")
    R_INC2 = ("Former tenant arrears write-offs should be approved in line with the Financial "
              "Regulations delegation limits.")
    R_INC3 = "Direct debit failure reports should be reviewed daily."
    R_CYB1 = ("A register of all third-party accounts with remote access should be maintained "
              "and reviewed quarterly.")
    R_CYB2 = "Supplier contracts should include data security and breach notification clauses."
    R_CYB3 = "Leavers’ accounts should be disabled on the last working day."

    # (group, ref, rec, priority, action, officer, orig, revised, update, prev, cur, expected lead, end)
    rows = [
        ("G", A1),
        ("A", "DMC-1", R_DMC1, "High",
         "Make severity category and inspection date mandatory fields in the Orchard case module "
         "and report compliance weekly to the Head of Asset Compliance.",
         "Head of Asset Compliance", d(2025, 3, 31), d(2025, 9, 30),
         "Mandatory fields live from 1 September 2025; first weekly compliance report issued "
         "8 September 2025. Evidence sent to TIAA for verification.",
         "A", "B", ["Head of Asset Compliance"], "2025-09", "blue"),
        ("A", "DMC-2a", R_DMC2, "High",
         "Draft and approve a follow-up inspection procedure (inspection within 6 weeks of closure).",
         "Damp and Mould Team Leader", d(2025, 6, 30), d(2025, 12, 31),
         "Procedure drafted; awaiting sign-off at Property Services SMT on 2 December 2025.",
         "A", "A", ["Damp and Mould Team Leader"], "2025-12", "amber"),
        ("A", "DMC-2b", None, "High",
         "Sample 10% of closed cases each month and report outcomes to the Repairs and Compliance Group.",
         "Damp and Mould Team Leader / Quality Assurance Officer", d(2026, 1, 31), None,
         "Sampling template agreed. First sample due January 2026.",
         "G", "G", ["Damp and Mould Team Leader", "Quality Assurance Officer"], "2026-01", "green"),
        ("G", A2),
        ("A", "INC-1", R_INC1, "Medium",
         "Refresh the arrears escalation guidance and deliver briefing sessions to all Income Officers.",
         "Head of Income & Tenancy Services", d(2025, 7, 31), None,
         "Guidance reissued July 2025; 4 briefing sessions held (31 staff).",
         "G", "B", ["Head of Income & Tenancy Services"], "2025-07", "blue"),
        ("A", "INC-2", R_INC2, "Medium",
         "Introduce a write-off approval log checked quarterly by the Financial Controller.",
         "Financial Controller", d(2025, 9, 30), None,
         "Log created but the Q2 check has not yet been evidenced.",
         "G", "R", ["Financial Controller"], "2025-09", "red"),
        ("A", "INC-3", R_INC3, "Low",
         "Add the daily DD failure report to the Income Team task list in Orchard.",
         "Income Manager", d(2025, 5, 31), None,
         "Report scheduled daily from 19 May 2025.",
         "G", "B", ["Income Manager"], "2025-05", "blue"),
        ("G", A3),
        ("A", "CYB-1", R_CYB1, "High",
         "Create the third-party access register and complete the first quarterly review.",
         "Head of ICT", d(2025, 8, 31), d(2025, 11, 30),
         "Register populated (46 accounts); first quarterly review scheduled w/c 17 November 2025.",
         "A", "G", ["Head of ICT"], "2025-11", "green"),
        ("A", "CYB-2", R_CYB2, "Medium",
         "Review the 12 ICT supplier contracts and issue contract variations where the clauses are missing.",
         "Procurement Manager; Data Protection Officer", d(2025, 10, 31), d(2026, 3, 31),
         "7 of 12 contracts reviewed. Two suppliers have not yet responded to variation requests.",
         "G", "A", ["Procurement Manager", "Data Protection Officer"], "2026-03", "amber"),
        ("A", "CYB-3", R_CYB3, "Low",
         "Automate account disablement from the HR leavers feed.",
         "Head of ICT", d(2025, 12, 31), None,
         "Integration built and in user testing.",
         "G", "G", ["Head of ICT"], "2025-12", "green"),
    ]

    wb = Workbook()
    # --- Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Stockport Homes Group"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 20 November 2025"
    ws["A3"] = "Internal Audit Recommendations Tracker: summary position at 31 October 2025"
    ws["A3"].font = Font(bold=True)
    hdr = ["Priority", "Total actions", "Complete (B)", "On track (G)", "Revised date / at risk (A)", "Overdue (R)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = WRAP
    acts = [r for r in rows if r[0] == "A"]
    r = 6
    tot = [0, 0, 0, 0, 0]
    for pr in ("High", "Medium", "Low"):
        sel = [a for a in acts if a[3] == pr]
        vals = [len(sel)] + [sum(1 for a in sel if a[10] == k) for k in ("B", "G", "A", "R")]
        tot = [x + y for x, y in zip(tot, vals)]
        ws.cell(row=r, column=1, value=pr).border = BOX
        for j, v in enumerate(vals, 2):
            ws.cell(row=r, column=j, value=v).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=r + 2, column=1,
            value="Note: actions reported as complete (B) are removed from the tracker once TIAA has "
                  "verified the evidence at its follow-up review.")
    ws.column_dimensions["A"].width = 18
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16

    # --- Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:J1")
    ws["A1"] = "Stockport Homes Group – Internal Audit Recommendations Tracker 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Internal auditor: TIAA Ltd. Updates provided by responsible officers, October 2025."
    heads = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
             "Original due date", "Revised due date", "Progress update", "Previous status", "Current status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    expected = []
    cur_group = None
    cur_rec = None
    rr = 5
    rec_start = None
    for row in rows:
        if row[0] == "G":
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=10)
            c = ws.cell(row=rr, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["group"]
            cur_group = row[1]
            rr += 1
            continue
        (_, ref, rec, pri, action, officer, orig, rev, upd, prev, cur, lead, end, status) = row
        if rec is None:
            # continuation of the previous recommendation: merge the recommendation/priority cells
            ws.merge_cells(start_row=rec_start, start_column=2, end_row=rr, end_column=2)
            ws.merge_cells(start_row=rec_start, start_column=3, end_row=rr, end_column=3)
        else:
            cur_rec = rec
            rec_start = rr
            ws.cell(row=rr, column=2, value=rec)
            ws.cell(row=rr, column=3, value=pri)
        ws.cell(row=rr, column=1, value=ref)
        ws.cell(row=rr, column=4, value=action)
        ws.cell(row=rr, column=5, value=officer)
        c = ws.cell(row=rr, column=6, value=orig)
        c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(row=rr, column=7, value=rev)
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=rr, column=8, value=upd)
        c = ws.cell(row=rr, column=9, value=prev)
        c.fill = rag_fill[prev]
        c = ws.cell(row=rr, column=10, value=cur)
        c.fill = rag_fill[cur]
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=rr, column=col).alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="center" if col in (3, 6, 7, 9, 10) else None)
            ws.cell(row=rr, column=col).border = BOX
        expected.append(act(ref, [cur_group, cur_rec], action, lead, end, status))
        rr += 1
    widths = [9, 40, 9, 42, 24, 12, 12, 40, 9, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    # --- Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True)
    key = [("B", "Complete – evidence provided (awaiting or verified by TIAA)", "blue"),
           ("G", "On track to meet the due date", "green"),
           ("A", "Revised due date agreed by Committee / at risk", "amber"),
           ("R", "Overdue – past the (revised) due date", "red")]
    for i, (k, txt, col) in enumerate(key, 2):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = FILL[col]
        ws.cell(row=i, column=2, value=txt)
    ws["A7"] = "Priority"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = "High"
    ws["B8"] = "Fundamental control weakness requiring immediate attention by management."
    ws["A9"] = "Medium"
    ws["B9"] = "Important control weakness; action within six months."
    ws["A10"] = "Low"
    ws["B10"] = "Minor weakness or good practice improvement."
    ws.column_dimensions["B"].width = 70
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the internal audit recommendations tracker a housing association presents to "
            "its Audit and Risk Committee (Stockport Homes Group, 2025/26, internal audit by TIAA), "
            "modelled on published committee trackers such as Reading BC's 'Implementation of Audit "
            "Recommendations Tracker' (democracy.reading.gov.uk) and North Devon's tracker with "
            "requested extensions. Copied features: summary sheet with totals by priority and status, "
            "merged audit-title group rows with assurance opinion, recommendation text beside its "
            "agreed action (one recommendation merged over two actions), original and revised due "
            "dates as date cells, previous and current status letters with fill colour, job titles "
            "as officers, separate key sheet."),
        "reads": (
            "A three-sheet workbook: a summary of totals, the tracker proper and a key. The tracker "
            "lists nine agreed management actions under three audits, each beside the auditor's "
            "recommendation, with original and revised due dates and a previous and current B/G/A/R "
            "status; the current status and the revised date (where given) are what count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Stockport Homes Group – Internal Audit Recommendations Tracker 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Scottish Legal Aid Board - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_slab():
    name = "zaf-scottish-legal-aid-board-corporate-risk-register-2025-26.xlsx"
    GA = "A. Strategic risks"
    GB = "B. Operational and corporate risks"
    risks = [
        ("G", GA),
        ("R", "CR01 – Sustainability of the legal aid supplier base",
         "Fee levels, workload and recruitment pressures lead solicitor firms to withdraw from legal aid "
         "work, resulting in gaps in access to justice in some areas and case types.",
         "Chief Executive", (5, 5), "Supplier base monitoring reports; engagement with Law Society of "
         "Scotland and local faculties; PDSO and CLAO direct provision in gap areas.", (4, 4), "Cautious", "↔",
         [("CR01.1", "Publish the 2025 supplier base monitoring report, including geographic and case-type "
                     "gap analysis.", "Director of Strategy and Policy", "Dec 2025", "green",
           ["Director of Strategy and Policy"], "2025-12", "green", None),
          ("CR01.2", "Provide evidence and modelling to Scottish Government to support the fee review for "
                     "summary criminal work.", "Director of Strategy and Policy / Head of Finance",
           "Q4 2025/26", "amber", ["Director of Strategy and Policy", "Head of Finance"], "2026-03", "amber", None),
          ("CR01.3", "Expand the Civil Legal Assistance Office trainee programme by four additional trainees.",
           "Head of CLAO", d(2025, 8, 31), "blue", ["Head of CLAO"], "2025-08", "blue", None)]),
        ("R", "CR02 – Management of the Legal Aid Fund",
         "Demand-led expenditure on legal assistance exceeds the budget available, or forecasting is not "
         "accurate enough to support decisions by Scottish Government.",
         "Director of Corporate Services and Accounts", (4, 4), "Monthly expenditure monitoring; "
         "forecasting model reviewed by Finance Committee; sponsor team meetings.", (3, 3), "Minimal", "↓",
         [("CR02.1", "Produce monthly expenditure forecasts for the Fund and agree reporting triggers with "
                     "the Scottish Government sponsor team.", "Head of Finance", "Monthly", "green",
           ["Head of Finance"], None, "green", "Monthly")]),
        ("G", GB),
        ("R", "CR03 – Legacy case management systems",
         "Ageing systems supporting applications and accounts processing become unsupported or fail, "
         "disrupting payments to solicitors and decisions on applications.",
         "Director of Corporate Services and Accounts", (4, 5), "Extended support contracts; "
         "system monitoring; documented manual workarounds.", (3, 4), "Cautious", "↑",
         [("CR03.1", "Complete migration of the accounts processing module to the new cloud platform.",
           "Head of Digital Services", d(2026, 3, 31), "red", ["Head of Digital Services"], "2026-03", "red", None),
          ("CR03.2", "Test the IT disaster recovery plan and report the results to the Audit and Risk "
                     "Committee.", "Head of Digital Services", "Feb 2026", "green",
           ["Head of Digital Services"], "2026-02", "green", None)]),
        ("R", "CR04 – Cyber security",
         "A successful cyber attack compromises the personal data of applicants or interrupts online "
         "services for solicitors.",
         "Director of Corporate Services and Accounts", (4, 5), "Firewall and endpoint protection; "
         "24/7 security monitoring service; mandatory staff training.", (3, 4), "Averse", "↔",
         [("CR04.1", "Achieve Cyber Essentials Plus recertification.", "Information Security Manager",
           "Oct 2025", "blue", ["Information Security Manager"], "2025-10", "blue", None),
          ("CR04.2", "Run phishing simulation exercises for all staff.", "Information Security Manager",
           "Quarterly", "green", ["Information Security Manager"], None, "green", "Quarterly")]),
        ("R", "CR05 – Business continuity: Thistle House",
         "Loss of access to the Edinburgh office prevents staff who cannot work remotely from processing "
         "applications.",
         "Director of Operations", (3, 4), "Hybrid working for all staff; tested business continuity "
         "plan; alternative site agreement.", (2, 3), "Cautious", "↔",
         [(None, "No further actions – risk is within appetite and at target score.", "—", None, None,
           None, None, None, None)]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Scottish Legal Aid Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Corporate Risk Register 2025-26"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "Version 3.2 – for the Audit and Risk Committee, 4 December 2025"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("3.0", "12/05/2025", "Corporate Risk Manager", "Annual refresh approved by the Board"),
          ("3.1", "25/08/2025", "Corporate Risk Manager", "Q1 review; CR03 residual score increased"),
          ("3.2", "17/11/2025", "Corporate Risk Manager", "Q2 review; CR02 residual score reduced")]
    for i, rowv in enumerate(dc, 7):
        for j, v in enumerate(rowv, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 7:
                c.font = WHITE_BOLD
                c.fill = FILL["head"]
    ws["A12"] = "Scoring: Likelihood (1–5) × Impact (1–5). Residual score is the score with key controls in place."
    ws["A14"] = "Action status (colour of the Status column on the Register sheet)"
    ws["A14"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("green", "On track"), ("amber", "Some slippage – revised date may be needed"),
                                    ("red", "Off track"), ("blue", "Complete")], 15):
        ws.cell(row=i, column=1).fill = FILL[col]
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Register")
    ws.merge_cells("A1:P1")
    ws["A1"] = "Corporate Risk Register 2025-26 – position at 17 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Risk", "Description (cause – event – effect)", "Risk owner", "Inherent L", "Inherent I",
             "Inherent score", "Key controls in place", "Residual L", "Residual I", "Residual score",
             "Appetite", "Trend", "Action ref", "Further actions required", "Action owner", "Target date",
             "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    expected = []
    rr = 4
    grp = None
    ncol = len(heads)
    for item in risks:
        if item[0] == "G":
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
            c = ws.cell(row=rr, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = FILL["group"]
            grp = item[1]
            rr += 1
            continue
        _, title, desc, owner, inh, ctrls, res, appetite, trend, actions = item
        first = rr
        vals = [title, desc, owner, inh[0], inh[1], inh[0] * inh[1], ctrls, res[0], res[1],
                res[0] * res[1], appetite, trend]
        for j, v in enumerate(vals, 1):
            ws.cell(row=rr, column=j, value=v)
        for (aref, text, aowner, target, fill, lead, end, status, end_text) in actions:
            ws.cell(row=rr, column=13, value=aref)
            ws.cell(row=rr, column=14, value=text)
            ws.cell(row=rr, column=15, value=aowner)
            if target is not None:
                c = ws.cell(row=rr, column=16, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(row=rr, column=17).fill = FILL[fill]
            for col in range(1, ncol + 1):
                ws.cell(row=rr, column=col).alignment = WRAP
                ws.cell(row=rr, column=col).border = BOX
            if aref is not None:
                expected.append(act(aref, [grp, title], text, lead, end, status, end_text))
            rr += 1
        if rr - 1 > first:
            for col in range(1, 13):
                ws.merge_cells(start_row=first, start_column=col, end_row=rr - 1, end_column=col)
    widths = [26, 42, 20, 8, 8, 8, 40, 8, 8, 8, 10, 7, 9, 44, 24, 12, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Likelihood × Impact"
    ws["A1"].font = Font(bold=True)
    for i in range(1, 6):
        ws.cell(row=2, column=i + 1, value=i)
        ws.cell(row=i + 2, column=1, value=i)
        for j in range(1, 6):
            ws.cell(row=i + 2, column=j + 1, value=i * j)
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a Scottish public body's corporate risk register as taken to its Audit and Risk "
            "Committee (Scottish Legal Aid Board, 2025-26), following the Scottish Public Finance Manual / "
            "Revenue Scotland style of register (cause–event–effect description, inherent and residual "
            "likelihood × impact scores, appetite, trend) and SLAB's real themes (supplier base, Legal Aid "
            "Fund, PDSO/CLAO, legacy systems). Copied features: cover sheet with document control table and "
            "a colour key, risk group rows, risk columns merged down over several further-action rows, "
            "action refs, action status shown by fill colour only, target dates as text month, quarter, "
            "'Monthly'/'Quarterly' and a date cell, a risk with 'No further actions'."),
        "reads": (
            "A risk register with a cover sheet, the register and a scoring matrix. Five risks in two groups; "
            "each risk carries numbered further actions with an owner, a target date and a coloured status "
            "cell (colours defined on the cover). Eight actions; CR05 has no further actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Risk Register 2025-26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Derry City & Strabane DC - City Deal programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_dcsdc():
    name = "zaf-derry-city-and-strabane-dc-city-deal-programme-highlight-report.xlsx"
    P1 = "Pillar 1: Innovation, Digital and Health"
    P2 = "Pillar 2: Regeneration – Derry City"
    P3 = "Pillar 3: Strabane Regeneration"
    UU = "Ulster University Project Director"
    # project blocks: (pillar, project, [(ref, text, lead, orig, rev, prev, cur, comment, explead, end, status)])
    blocks = [
        ("P", P1),
        ("J", "School of Medicine / CTRIC Expansion", [
            ("1.1", "Submit the Full Business Case for the CTRIC expansion to DfE and DoF for approval.", UU,
             "Sep-25", "Jan-26", "Amber", "Amber",
             "DoF Supply requested revisions to the economic appraisal; resubmission planned 16 January 2026.",
             [UU], "2026-01", "amber"),
            ("1.2", "Appoint the design team for the Magee School of Medicine phase 2 building.", UU,
             "Dec-25", "", "Green", "Complete", "Design team appointed 28 November 2025.",
             [UU], "2025-12", "blue")]),
        ("J", "Smart Cities & Digital Enabling Infrastructure Programme", [
            ("1.3", "Award the contract for the city-wide LoRaWAN sensor network (Lot 2).",
             "Head of Digital Services", "Nov-25", "Mar-26", "Amber", "Red",
             "Procurement paused after clarification requests; re-tender required. See decisions below.",
             ["Head of Digital Services"], "2026-03", "red")]),
        ("J", "CADRIC (Cognitive Analytics and Digital Robotics Innovation Centre)", [
            ("1.4", "Complete the fit-out of the CADRIC demonstrator space at Ulster University Magee.",
             "Ulster University Project Director / NWRC Head of Innovation", "Feb-26", "", "Green", "Green",
             "Contractor on site; fit-out 60% complete.",
             [UU, "NWRC Head of Innovation"], "2026-02", "green")]),
        ("P", P2),
        ("J", "Central Riverfront, Strand Road Active Travel & Regeneration Corridor", [
            ("2.1", "Complete public consultation on the Strand Road active travel scheme and publish the "
                    "consultation report.", "Head of Regeneration / DfI Project Sponsor", "Oct-25", "Dec-25",
             "Amber", "Complete", "Consultation closed 31 October; report published 12 December 2025.",
             ["Head of Regeneration", "DfI Project Sponsor"], "2025-12", "blue"),
            ("2.2", "Submit the planning application for Riverfront Phase 1 public realm.",
             "Head of Regeneration", "Mar-26", "", "Green", "Green", "Pre-application discussions held.",
             ["Head of Regeneration"], "2026-03", "green")]),
        ("J", "Derry~Londonderry on the North Atlantic (DNA) Museum", [
            ("2.3", "Agree the preferred site option with the Programme Board.", "Head of Culture",
             "Dec-25", "Apr-26", "Green", "Amber",
             "Additional site appraisal requested by the Programme Board in November.",
             ["Head of Culture"], "2026-04", "amber")]),
        ("P", P3),
        ("J", "Canal Basin Public Realm and Enabling Works", [
            ("3.1", "Commence the enabling works contract (site clearance and utilities diversion).",
             "Head of Capital Development", "Jan-26", "", "Green", "Green",
             "Contract awarded; start on site confirmed for 12 January 2026.",
             ["Head of Capital Development"], "2026-01", "green")]),
        ("J", "Pedestrian / Active Travel Bridge", [
            ("3.2", "Obtain Loughs Agency and DAERA consents for the bridge crossing.",
             "Head of Capital Development", "Nov-25", "May-26", "Amber", "Red",
             "Further environmental information requested; consent timeline extended.",
             ["Head of Capital Development"], "2026-05", "red")]),
        ("J", "Strabane Leisure Centre", [
            ("3.3", "Complete the Outline Business Case and present it to Council for approval.",
             "Head of Health & Community Wellbeing", "Mar-26", "", "n/a", "Green",
             "New milestone this quarter. Economic appraisal commissioned.",
             ["Head of Health & Community Wellbeing"], "2026-03", "green")]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Derry City & Strabane District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A2"] = "City Deal and Inclusive Future Fund – Programme Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: Quarter 3 2025/26 (1 October – 31 December 2025)"
    ws["A4"] = "Senior Responsible Owner"
    ws["C4"] = "Director of City Deal & Inclusive Future Fund"
    ws["A5"] = "Report to"
    ws["C5"] = "City Deal Programme Board, 22 January 2026"
    for c in ("A4", "A5"):
        ws[c].font = Font(bold=True)

    ws["A7"] = "Overall programme status"
    ws["A7"].font = Font(bold=True, size=12)
    sh = ["Dimension", "", "Previous RAG", "Current RAG", "Comment"]
    for j, h in enumerate(sh, 1):
        if h:
            c = ws.cell(row=8, column=j, value=h)
            c.font = WHITE_BOLD
            c.fill = FILL["head"]
    word_fill = {"Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"], "Complete": FILL["blue"]}
    status_rows = [("Overall", "Amber", "Amber", "Two projects reporting red on consents and procurement."),
                   ("Schedule", "Amber", "Red", "Three milestones rebaselined this quarter."),
                   ("Cost", "Green", "Amber", "Construction inflation pressure on Strabane projects."),
                   ("Benefits", "Green", "Green", "Benefits realisation plan agreed with NIO and TEO.")]
    for i, (dim, p, cu, com) in enumerate(status_rows, 9):
        ws.cell(row=i, column=1, value=dim)
        c = ws.cell(row=i, column=3, value=p)
        c.fill = word_fill[p]
        c = ws.cell(row=i, column=4, value=cu)
        c.fill = word_fill[cu]
        ws.merge_cells(start_row=i, start_column=5, end_row=i, end_column=9)
        ws.cell(row=i, column=5, value=com)

    ws["A14"] = "Key achievements this quarter"
    ws["A14"].font = Font(bold=True, size=12)
    ach = ["• Magee School of Medicine phase 2 design team appointed.",
           "• Strand Road active travel consultation report published (1,140 responses).",
           "• Canal Basin enabling works contract awarded."]
    for i, t in enumerate(ach, 15):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
        ws.cell(row=i, column=1, value=t)

    ws["A19"] = "Project milestones and actions for the next period"
    ws["A19"].font = Font(bold=True, size=12)
    heads = ["Ref", "Project", "Milestone / action", "Lead", "Original date", "Revised date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=20, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rr = 21
    expected = []
    pillar = None
    for b in blocks:
        if b[0] == "P":
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
            c = ws.cell(row=rr, column=1, value=b[1])
            c.font = Font(bold=True)
            c.fill = FILL["group"]
            pillar = b[1]
            rr += 1
            continue
        _, project, ms = b
        first = rr
        ws.cell(row=rr, column=2, value=project)
        for (ref, text, lead, orig, rev, prev, cur, com, explead, end, status) in ms:
            ws.cell(row=rr, column=1, value=ref)
            ws.cell(row=rr, column=3, value=text)
            ws.cell(row=rr, column=4, value=lead)
            ws.cell(row=rr, column=5, value=orig)
            if rev:
                ws.cell(row=rr, column=6, value=rev)
            c = ws.cell(row=rr, column=7, value=prev)
            if prev in word_fill:
                c.fill = word_fill[prev]
            c = ws.cell(row=rr, column=8, value=cur)
            c.fill = word_fill[cur]
            ws.cell(row=rr, column=9, value=com)
            for col in range(1, 10):
                ws.cell(row=rr, column=col).alignment = WRAP
                ws.cell(row=rr, column=col).border = BOX
            expected.append(act(ref, [pillar, project], text, explead, end, status))
            rr += 1
        if rr - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=rr - 1, end_column=2)
    rr += 1
    ws.cell(row=rr, column=1, value="Decisions requested of the Programme Board").font = Font(bold=True, size=12)
    for t in ["The Board is asked to note the revised date for the CTRIC Full Business Case resubmission.",
              "The Board is asked to approve the re-tender of LoRaWAN Lot 2 under the existing budget."]:
        rr += 1
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
        ws.cell(row=rr, column=1, value=t)
    widths = [7, 30, 46, 28, 10, 10, 10, 10, 42]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws = wb.create_sheet("Finance")
    ws["A1"] = "Programme finance (£m) – Q3 2025/26"
    ws["A1"].font = Font(bold=True)
    fin = [("Pillar", "Approved budget", "Spend to date", "Forecast outturn"),
           ("Innovation, Digital and Health", 118.4, 21.7, 118.4),
           ("Regeneration – Derry City", 72.0, 4.3, 73.1),
           ("Strabane Regeneration", 59.6, 2.9, 61.2)]
    for i, r in enumerate(fin, 2):
        for j, v in enumerate(r, 1):
            ws.cell(row=i, column=j, value=v)
    ws.column_dimensions["A"].width = 34

    ws = wb.create_sheet("RAG key")
    ws["A1"] = "RAG definitions"
    ws["A1"].font = Font(bold=True)
    for i, (w, t) in enumerate([("Green", "On track against the baseline date"),
                                ("Amber", "At risk; revised date within tolerance (3 months)"),
                                ("Red", "Off track; outside tolerance or requires Board decision"),
                                ("Complete", "Milestone achieved")], 2):
        c = ws.cell(row=i, column=1, value=w)
        c.fill = word_fill[w]
        ws.cell(row=i, column=2, value=t)
    ws.column_dimensions["B"].width = 60
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a quarterly programme highlight report to a city deal programme board (Derry City & "
            "Strabane District Council, City Deal and Inclusive Future Fund, Q3 2025/26). Project names follow "
            "the council's September 2024 Financial Deal document (School of Medicine/CTRIC expansion, Smart "
            "Cities & Digital Enabling Infrastructure, CADRIC, Central Riverfront/Strand Road, DNA Museum, "
            "Canal Basin, Pedestrian/Active Travel Bridge, Leisure Centre); layout follows PRINCE2-style "
            "highlight reports (status summary with last/this period RAG, achievements this period, next-period "
            "milestones, decisions). Copied features: title block with SRO, dimension RAG table, bullet "
            "achievements, pillar rows, project cell merged over its milestones, original and revised month "
            "text (Sep-25), previous and current RAG words with fill, decisions block, finance and key sheets."),
        "reads": (
            "A one-page highlight report sheet plus finance and RAG-key sheets. The milestone table lists ten "
            "milestones for the next period under three pillars, each against its project, with lead, original "
            "and revised month and previous/current RAG; the status table, achievements and decisions are not "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "City Deal and Inclusive Future Fund – Programme Highlight Report",
        "actions": expected,
    })
    return name, len(expected)


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
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Historic England - ICO data protection audit action plan (docx)
# ---------------------------------------------------------------------------
def make_historic_england():
    name = "zaf-historic-england-ico-data-protection-audit-action-plan.docx"
    SA = "A. Governance and accountability"
    SB = "B. Records management"
    SC = "C. Information security"
    SD = "D. Subject access requests"
    RA4 = ("Historic England should ensure its Record of Processing Activities (ROPA) is complete and "
           "reviewed at least annually by information asset owners.")
    RA9 = "The Information Governance Group should receive quarterly data protection KPIs."
    RB2 = ("Retention schedules should be applied to shared drives and the electronic records management "
           "system, with disposal documented.")
    RB5 = "Physical records held at regional offices should be inventoried."
    RC3 = "Privileged access to systems holding personal data should be reviewed on a regular basis."
    RC7 = "Staff should complete refresher data protection training annually, with completion monitored."
    RD1 = "The SAR procedure should include guidance on the redaction of third-party data."
    sections = [
        (SA, [
            ("A4", RA4, "High", [
                ("Complete the ROPA refresh across all directorates and obtain IAO sign-off for each entry.",
                 "Data Protection Officer", "31 January 2026", "On track",
                 ["Data Protection Officer"], "2026-01", "green", None)]),
            ("A9", RA9, "Medium", [
                ("Define a KPI set covering SARs, breaches, training completion and DPIAs.",
                 "Information Governance Manager", "October 2025", "Complete",
                 ["Information Governance Manager"], "2025-10", "blue", None),
                ("Report the KPIs to each quarterly Information Governance Group meeting and annually to ARAC.",
                 "Information Governance Manager; Data Protection Officer", "Quarterly", "On track",
                 ["Information Governance Manager", "Data Protection Officer"], None, "green", "Quarterly")]),
        ]),
        (SB, [
            ("B2", RB2, "Urgent", [
                ("Apply the approved retention schedule to the Archive and Research shared drives and record "
                 "all disposals in the disposal log.", "Head of Records and Archive Services",
                 "30/09/2025 (revised to 31/03/2026)", "At risk",
                 ["Head of Records and Archive Services"], "2026-03", "amber", None)]),
            ("B5", RB5, "Medium", [
                ("Complete an inventory of paper files at the regional offices and transfer closed files to "
                 "the Swindon records store.", "Head of Records and Archive Services / Regional Business Managers",
                 "March 2026", "Not started",
                 ["Head of Records and Archive Services", "Regional Business Managers"], "2026-03", "unrated", None)]),
        ]),
        (SC, [
            ("C3", RC3, "High", [
                ("Introduce six-monthly privileged access reviews for the HR, finance and grants systems.",
                 "Head of Digital and Technology", "October 2025", "Overdue",
                 ["Head of Digital and Technology"], "2025-10", "red", None)]),
            ("C7", RC7, "Medium", [
                ("Make annual refresher training mandatory in the learning system and report completion rates "
                 "to directors.", "Head of People Development", "31/07/2025", "Complete",
                 ["Head of People Development"], "2025-07", "blue", None)]),
        ]),
        (SD, [
            ("D1", RD1, "Low", [
                ("Update the SAR procedure with redaction guidance and a worked example.",
                 "Information Rights Officer", "Q4 2025/26", "On track",
                 ["Information Rights Officer"], "2026-03", "green", None)]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.sections[0].footer.paragraphs[0].text = "OFFICIAL – Historic England ICO audit management action plan v1.3"
    doc.add_paragraph("Historic England", style="Title")
    doc.add_heading("ICO Data Protection Audit – Management Action Plan", level=1)
    doc.add_paragraph("Audit fieldwork: 10–12 June 2025. Final audit report received: 29 August 2025. "
                      "Progress position at 14 November 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Data Protection Officer"),
                 ("Senior Information Risk Owner", "Director of Finance and Resources"),
                 ("Version", "1.3"),
                 ("Reviewed by", "Audit and Risk Assurance Committee, 25 November 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E1F2")
        set_cell(cells[1], v)

    doc.add_heading("Audit scope and assurance ratings", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Scope area", bold=True)
    set_cell(t.rows[0].cells[1], "ICO assurance rating", bold=True)
    for k, v in [("Governance and accountability", "Reasonable"), ("Records management", "Limited"),
                 ("Information security", "Reasonable"), ("Subject access requests", "High")]:
        cells = t.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)

    doc.add_heading("Recommendation priority and status key", level=2)
    doc.add_paragraph("ICO priority ratings: Urgent, High, Medium, Low (see Appendix 3 of the audit report).")
    doc.add_paragraph("Status: Complete = blue; On track = green; At risk = amber; Overdue = red; "
                      "Not started = no rating.")

    status_fill = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}
    expected = []
    heads = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Action owner", "Target date", "Status"]
    widths = [Cm(1.3), Cm(6.0), Cm(1.8), Cm(6.5), Cm(4.0), Cm(3.0), Cm(2.2)]
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        nrows = 1 + sum(len(r[3]) for r in recs)
        t = doc.add_table(rows=nrows, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E1F2")
        ri = 1
        for ref, rec, pri, acts in recs:
            first = ri
            set_cell(t.rows[ri].cells[0], ref)
            set_cell(t.rows[ri].cells[1], rec)
            set_cell(t.rows[ri].cells[2], pri)
            for (text, owner, target, status_word, lead, end, status, end_text) in acts:
                row = t.rows[ri]
                set_cell(row.cells[3], text)
                set_cell(row.cells[4], owner)
                set_cell(row.cells[5], target)
                set_cell(row.cells[6], status_word)
                if status_word in status_fill:
                    shade(row.cells[6], status_fill[status_word])
                expected.append(act(ref, [sec, rec], text, lead, end, status, end_text))
                ri += 1
            if ri - 1 > first:
                for col in (0, 1, 2):
                    t.cell(first, col).merge(t.cell(ri - 1, col))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Executive Board on 4 November 2025. The ICO follow-up review is "
                      "expected in spring 2026.")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the management action plan an organisation keeps after an ICO consensual data protection "
            "audit (Historic England, 2025), following the ICO audit report structure (scope areas with "
            "assurance ratings, recommendations rated Urgent/High/Medium/Low per Appendix 3, management "
            "response, owner and implementation date) and council/committee updates such as Leeds CC's "
            "'Mid-Year Update of the ICO Action Plan' and Barnsley's ICO action plan progress report. Copied "
            "features: document control table, scope/assurance table, priority and status key, one table "
            "per scope area under its own heading, recommendation cell merged over two agreed actions, "
            "status words with cell shading, original and revised date in one cell, footer."),
        "reads": (
            "A Word action plan: after the document control, assurance-rating table and key, four scope "
            "areas each have a table of ICO recommendations with the agreed action, owner, target date and "
            "status. Eight agreed actions in all; A9 has two."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "ICO Data Protection Audit – Management Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Refuge - Charity Commission regulatory compliance case action plan (docx)
# ---------------------------------------------------------------------------
def make_refuge():
    name = "zaf-refuge-charity-commission-regulatory-compliance-action-plan.docx"
    T1 = "Theme 1: Board oversight and effectiveness"
    T2 = "Theme 2: Organisational culture and people"
    T3 = "Theme 3: Financial controls"
    R1 = ("Recommendation 1: The Board should strengthen its oversight of the executive through clearer "
          "delegations and reporting.")
    R2 = "Recommendation 2: The Board should undertake regular, externally facilitated effectiveness reviews."
    R3 = ("Recommendation 3: Refuge should establish safe and trusted routes for staff to raise concerns, "
          "with trustee oversight.")
    R4 = "Recommendation 4: The Board should receive regular assurance on staff wellbeing, turnover and culture."
    R5 = ("Recommendation 5: Expenditure approval limits should be consistently applied and exceptions "
          "reported to the Finance and Audit Committee.")
    themes = [
        (T1, [
            (R1, [
                ("1.1", "Adopt a revised Scheme of Delegation and Matters Reserved for the Board.",
                 "Company Secretary", "March 2025", "B", "Approved by the Board on 20 March 2025.",
                 ["Company Secretary"], "2025-03", "blue", None),
                ("1.2", "Introduce a Board dashboard covering safeguarding, people, finance and service performance.",
                 "Chief Executive; Director of Finance", "June – September 2025", "B",
                 "First dashboard presented to the Board in September 2025.",
                 ["Chief Executive", "Director of Finance"], "2025-09", "blue", None)]),
            (R2, [
                ("2.1", "Commission an external board effectiveness review and agree an improvement plan from its "
                        "findings.", "Chair of the Board", "By 31 January 2026", "G",
                 "Reviewer appointed in September; trustee interviews under way.",
                 ["Chair of the Board"], "2026-01", "green", None),
                ("2.2", "Carry out an annual skills audit of trustees and use it to inform recruitment.",
                 "Chair of the Nominations Committee", "Annually", "G",
                 "2025 skills audit completed; two vacancies advertised for safeguarding and digital skills.",
                 ["Chair of the Nominations Committee"], None, "green", "Annually")]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Appoint a designated trustee for whistleblowing and publish the revised Speaking Up policy.",
                 "Chair of the People Committee", "July 2025", "B",
                 "Trustee appointed; policy published on the intranet 14 July 2025.",
                 ["Chair of the People Committee"], "2025-07", "blue", None),
                ("3.2", "Launch an independent speaking-up helpline for staff and volunteers.",
                 "Director of People", "Nov-25", "A",
                 "Contract award delayed while supplier clarifications are resolved.",
                 ["Director of People"], "2025-11", "amber", None)]),
            (R4, [
                ("4.1", "Run an all-staff culture survey and report the results and resulting actions to the Board.",
                 "Director of People", "Q4 2025/26", "G", "Survey opens 3 November 2025.",
                 ["Director of People"], "2026-03", "green", None)]),
        ]),
        (T3, [
            (R5, [
                ("5.1", "Reissue the financial delegations and train all budget holders.",
                 "Director of Finance", "30/11/2025", "R",
                 "Training for 40% of budget holders complete; remaining sessions rescheduled to January 2026.",
                 ["Director of Finance"], "2025-11", "red", None),
                ("5.2", "Report all approval-limit exceptions to each Finance and Audit Committee meeting.",
                 "Director of Finance", "Ongoing", "G", "Exceptions report standing item from July 2025.",
                 ["Director of Finance"], None, "green", "Ongoing")]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("Refuge", style="Title")
    doc.add_heading("Action Plan: Charity Commission Regulatory Compliance Case and Independent Governance "
                    "Review", level=1)
    doc.add_paragraph("Progress report to the Board of Trustees and the Charity Commission – October 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plan owner", "Chair of the Board of Trustees"), ("Prepared by", "Company Secretary"),
                 ("Date", "14 October 2025"), ("Version", "4")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "This plan sets out the actions the trustees agreed with the Charity Commission following its "
        "regulatory compliance case and the recommendations of the independent governance review. Progress "
        "is reported to every Board meeting and shared with the Commission each quarter.")
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some risk to timescale; R = off track / overdue.")

    rag_fill = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    expected = []
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action", "Lead", "Timescale", "RAG", "Progress update"]):
            set_cell(t.rows[0].cells[j], h, bold=True, size=10)
            shade(t.rows[0].cells[j], "7030A0")
            t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True, size=10)
            shade(m, "E4DFEC")
            for (no, text, lead, when, rag, upd, explead, end, status, end_text) in acts:
                cells = t.add_row().cells
                for j, v in enumerate([no, text, lead, when, rag, upd]):
                    set_cell(cells[j], v, size=10)
                shade(cells[4], rag_fill[rag])
                expected.append(act(no, [theme, rec], text, explead, end, status, end_text))
        widths = [Cm(1.2), Cm(8.0), Cm(4.2), Cm(3.4), Cm(1.3), Cm(7.0)]
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(t.rows[0].cells[j], h, bold=True, size=10)
    for j, v in enumerate(["Board of Trustees", "Chair of the Board of Trustees", "21 October 2025"]):
        set_cell(t.rows[1].cells[j], v, size=10)
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the action plan a charity's trustees keep and report to the Charity Commission during a "
            "regulatory compliance case (Refuge, 2025, after its independent governance and culture review), "
            "in the way such plans are described in CC46 and Commission case reports (trustee oversight, "
            "delegations, whistleblowing, financial controls). Copied features: title block and small cover "
            "table, introduction, RAG key line with B for complete, one table per theme under a heading, "
            "recommendation rows merged across the table above their numbered actions, timescales as month, "
            "period, 'By ...', quarter, date, 'Annually' and 'Ongoing', shaded RAG letters, semicolon-joined "
            "leads, sign-off table."),
        "reads": (
            "A Word plan with three theme tables; within each, a merged recommendation row is followed by its "
            "numbered actions with lead, timescale, RAG letter and progress. Nine actions; the cover and "
            "sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: Charity Commission Regulatory Compliance Case and Independent Governance Review",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Belfast City Council - HSENI improvement notices tracker, SharePoint export (csv)
# ---------------------------------------------------------------------------
def make_belfast():
    name = "zaf-belfast-city-council-hseni-improvement-notices-action-tracker-sharepoint-export.csv"
    N1 = "IN 2025/0187 – Manual handling: kerbside glass collection"
    N2 = "IN 2025/0188 – Workplace transport: Duncrue depot"
    N3 = "IN 2025/0201 – Noise at work: Bloomfield vehicle workshop"
    P = "sites/CleansingHS/Lists/HSENI Notice Actions"
    # ref, notice, action, assigned, due, revised, status, rag, update, modified, modby, explead, end, status
    rows = [
        ("IN1-01", N1, "Complete a manual handling risk assessment for kerbside glass box collection on every round.",
         "Ciaran Doherty", "15/08/2025", "", "Completed", "Blue",
         "All 34 rounds assessed; signed off by the Health and Safety Manager on 12/08/2025.",
         "14/08/2025 16:02", "Ciaran Doherty", ["Ciaran Doherty"], "2025-08", "blue"),
        ("IN1-02", N1, "Trial wheeled glass containers on two pilot rounds.\nEvaluate injury and near-miss "
                       "reports before any wider roll-out.",
         "Ciaran Doherty;Aoife Burns", "30/09/2025", "31/01/2026", "In Progress", "Amber",
         "Pilot extended to cover the winter period, agreed with the HSENI inspector on 22/09/2025.",
         "03/11/2025 09:14", "Aoife Burns", ["Ciaran Doherty", "Aoife Burns"], "2026-01", "amber"),
        ("IN1-03", N1, "Deliver refresher manual handling training to all cleansing operatives.",
         "Aoife Burns", "28/11/2025", "", "In Progress", "Green",
         "152 of 218 operatives trained.\nRemaining sessions booked for November.",
         "05/11/2025 11:47", "Aoife Burns", ["Aoife Burns"], "2025-11", "green"),
        ("IN2-01", N2, "Install physical segregation barriers between pedestrian routes and vehicle lanes in the "
                       "Duncrue depot yard.",
         "Martin Kerr", "30/11/2025", "", "In Progress", "Green",
         "Barriers delivered; installation scheduled w/c 17/11/2025.",
         "06/11/2025 08:31", "Martin Kerr", ["Martin Kerr"], "2025-11", "green"),
        ("IN2-02", N2, "Revise the depot traffic management plan and brief all drivers and yard staff.",
         "Martin Kerr", "31/10/2025", "", "Completed", "Blue",
         "Plan issued 27/10/2025.\nToolbox talks held with 96 staff.",
         "28/10/2025 15:20", "Martin Kerr", ["Martin Kerr"], "2025-10", "blue"),
        ("IN2-03", N2, "Provide a trained banksman on every shift for reversing manoeuvres in the yard.",
         "Martin Kerr;Sinead Gallagher", "31/08/2025", "", "Completed", "Blue",
         "Banksman rota in place from 18/08/2025.",
         "19/08/2025 10:05", "Sinead Gallagher", ["Martin Kerr", "Sinead Gallagher"], "2025-08", "blue"),
        ("IN3-01", N3, "Commission a noise assessment of the vehicle workshop and act on its findings.",
         "Gerard Quinn", "31/12/2025", "", "Not Started", "",
         "Assessment booked with the contractor for 9 December.",
         "04/11/2025 13:58", "Gerard Quinn", ["Gerard Quinn"], "2025-12", "unrated"),
        ("IN3-02", N3, "Issue suitable hearing protection and enrol workshop staff in health surveillance.",
         "Gerard Quinn", "15/10/2025", "12/12/2025", "In Progress", "Red",
         "Health surveillance provider contract not yet in place; revised date at risk.",
         "07/11/2025 09:40", "Gerard Quinn", ["Gerard Quinn"], "2025-12", "red"),
    ]
    header = ["Action Ref", "Improvement Notice", "Action", "Assigned To", "Due Date", "Revised Due Date",
              "Status", "RAG", "Latest Update", "Modified", "Modified By", "Item Type", "Path"]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(list(r[:11]) + ["Item", P])
    expected = [act(r[0], [r[1]], r[2], r[11], r[12], r[13]) for r in rows]
    write_expected(name, {
        "source": (
            "Imitates a SharePoint list 'Export to CSV' of the action tracker a council cleansing service keeps "
            "after HSENI improvement notices (Belfast City Council, 2025: manual handling, workplace transport "
            "and noise at depots and workshops). Copied features of SharePoint list exports: one header row and "
            "no title, an Improvement Notice choice column grouping the actions, multi-person 'Assigned To' "
            "joined with ';', UK day-first due and revised due dates, Status and RAG choice columns (blank RAG "
            "when not started), multi-line text quoted with inner line breaks, Modified/Modified By/Item "
            "Type/Path system columns, UTF-8 BOM and CRLF line ends."),
        "reads": (
            "A flat CSV list of eight actions against three HSENI improvement notices, each with a ref, the "
            "notice it answers, owners, due and revised due dates, a status and a RAG colour word. There is "
            "no title line."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Scottish Water - Board rolling action log, tab-separated text (refuse)
# ---------------------------------------------------------------------------
def make_scottish_water():
    name = "zaf-scottish-water-board-rolling-action-log-typo-month-refuse.txt"
    lines = [
        "Scottish Water",
        "Board – Rolling Action Log",
        "Position following the Board meeting held on 25 September 2025",
        "",
        "\t".join(["Ref", "Meeting", "Item", "Action", "Owner", "Due", "RAG", "Update"]),
        "\t".join(["SW/B/25/07", "27 March 2025", "6. Chief Executive’s report",
                   "Provide the Board with a briefing on the storm overflow monitoring roll-out and spill reporting.",
                   "Chief Operating Officer", "June 2025", "B", "Briefing circulated 11 June 2025. Propose closure."]),
        "\t".join(["SW/B/25/11", "29 May 2025", "8. Investment programme 2027-33",
                   "Bring the draft Strategic Projections submission to the Board for comment before it is sent to "
                   "the Commission.", "Director of Strategy and Regulation", "October 2025", "G",
                   "On the agenda for the October meeting."]),
        "\t".join(["SW/B/25/12", "29 May 2025", "9. Customer performance",
                   "Report on the outcome of the Water Industry Commission’s customer experience measure for 2024-25.",
                   "Customer Service Delivery Director", "November 2025", "G", ""]),
        "\t".join(["SW/B/25/15", "31 July 2025", "5. Health and safety report",
                   "Commission an independent review of contractor safety incidents on capital sites.",
                   "Chief Executive; General Counsel", "December 2025", "A",
                   "Scope agreed; procurement of the reviewer under way."]),
        "\t".join(["SW/B/25/18", "25 September 2025", "7. Finance report",
                   "Present the revised borrowing profile agreed with Scottish Government.",
                   "Chief Financial Officer", "Febuary 2026", "G", ""]),
        "\t".join(["SW/B/25/19", "25 September 2025", "10. Audit Committee report",
                   "Arrange a Board development session on climate adaptation risk.",
                   "Company Secretary", "January 2026", "G", "Date being agreed with members."]),
        "",
        "Key: B = complete, proposed for closure; G = on track; A = at risk; R = overdue.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    typo_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)
    write_expected(name, {
        "source": (
            "Imitates a public corporation's board rolling action log as it appears in published board papers "
            "(Scottish Water, Board meeting of 25 September 2025), saved as tab-separated text. Copied "
            "features: three title lines, column header, refs in the SW/B/yy/nn style, meeting date and minute "
            "item columns, job titles as owners (one pair joined with ';'), due month in words, B/G/A/R letter "
            "with a key line at the foot, blank update cells."),
        "reads": (
            "A short tab-separated action log of six board actions with owner, due month and RAG letter. The "
            "due month of SW/B/25/18 is written 'Febuary 2026', a mistyped month, so a careful reader stops "
            "and asks before reading the log."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Board – Rolling Action Log",
    })
    return name, 6


def main():
    made = [make_stockport(), make_slab(), make_dcsdc(), make_historic_england(), make_refuge(),
            make_belfast(), make_scottish_water()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
