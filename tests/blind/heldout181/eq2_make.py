#!/usr/bin/env python
"""Build the seven eq2- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case lists its rows once; the data file is written from the cell texts and the
expected reading from the hand-written reading fields beside them (lead list, end
month, status), so the action text in the .expected.yaml is the file's text exactly.
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "BFBFBF",
    "band": "D9E1F2",
    "head": "1F3864",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hexcode):
    return PatternFill("solid", start_color=hexcode, end_color=hexcode)


def write_expected(name, meta, actions):
    out = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        out["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        out["title"] = meta["title"]
    if meta["outcome"] == "read":
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        out["actions"] = acts
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------------------
# 1. Havering – ASC CQC assessment improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
def havering():
    name = "eq2-havering-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care Improvement Plan 2024–2026"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety"
    T4 = "Theme 4: Leadership"
    A1 = ("People experienced long waits for Care Act assessments and reviews, with over 1,000 "
          "people waiting at the time of the assessment.")
    A2 = "Unpaid carers told CQC they were not always identified or offered a carer’s assessment."
    A3 = ("There was limited nursing care and specialist dementia provision in the borough, and some "
          "people were placed out of area.")
    A4 = ("Safeguarding enquiries were not always completed in a timely way and people’s desired "
          "outcomes were not consistently recorded.")
    A5 = ("Leaders recognised that performance information did not yet give a clear line of sight "
          "from frontline practice to outcomes for people.")
    # (theme, afi, ref, action, lead cell, lead list, original, revised, prev, curr, progress, end, status)
    rows = [
        (T1, A1, "1.1",
         "Introduce a single waiting list triage protocol so that every person waiting is risk-rated "
         "and contacted at least every six weeks.",
         "Head of Assessment and Care Management", ["Head of Assessment and Care Management"],
         d(2024, 12, 31), d(2025, 3, 31), "Amber", "Blue",
         "Protocol live in all locality teams from March 2025; 100% of people waiting risk-rated.",
         "2025-03", "blue"),
        (T1, A1, "1.2",
         "Commission additional capacity to clear reviews overdue by more than 12 months:\n"
         "• two agency review teams for six months\n"
         "• trusted assessor pilot with three homecare providers",
         "Head of Assessment and Care Management / Head of Commissioning",
         ["Head of Assessment and Care Management", "Head of Commissioning"],
         d(2025, 3, 31), d(2025, 9, 30), "Red", "Amber",
         "Overdue reviews reduced from 412 to 96. Second review team extended to end of September.",
         "2025-09", "amber"),
        (T1, A2, "1.3",
         "Co-produce a refreshed Carers Strategy and delivery plan with the Havering Carers "
         "Partnership Board.",
         "Carers Lead (Commissioning)", ["Carers Lead (Commissioning)"],
         d(2025, 3, 31), None, "Green", "Blue",
         "Strategy approved by Cabinet in March 2025 and launched in Carers Week.",
         "2025-03", "blue"),
        (T1, A2, "1.4",
         "Increase the number of carers’ assessments completed each month to at least 120.",
         "Head of Assessment and Care Management", ["Head of Assessment and Care Management"],
         "Q4 2025/26", None, "Green", "Green",
         "August 2025: 97 carers’ assessments completed (baseline 54).",
         "2026-03", "green"),
        (T2, A3, "2.1",
         "Agree a Market Position Statement addendum setting out the nursing and dementia capacity "
         "needed to 2030.",
         "Head of Commissioning", ["Head of Commissioning"],
         d(2025, 6, 30), d(2025, 10, 31), "Amber", "Amber",
         "Draft shared with providers at the August market forum; final version to October DMT.",
         "2025-10", "amber"),
        (T2, A3, "2.2",
         "Work with NHS North East London to jointly commission 40 additional dementia nursing beds "
         "in Havering.",
         "Head of Commissioning; NEL ICB Place Director",
         ["Head of Commissioning", "NEL ICB Place Director"],
         d(2026, 3, 31), None, "Green", "Red",
         "Capital bid unsuccessful. Options paper to Improvement Board in October 2025.",
         "2026-03", "red"),
        (T3, A4, "3.1",
         "Implement a monthly safeguarding front door quality assurance audit (10 cases a month).",
         "Head of Safeguarding Adults and Quality Assurance / Principal Social Worker",
         ["Head of Safeguarding Adults and Quality Assurance", "Principal Social Worker"],
         d(2025, 1, 31), None, "Blue", "Blue",
         "Audit programme embedded; findings reported to the Safeguarding Adults Board quarterly.",
         "2025-01", "blue"),
        (T3, A4, "3.2",
         "Introduce Making Safeguarding Personal outcome recording in Liquidlogic and report "
         "compliance monthly.",
         "Principal Social Worker", ["Principal Social Worker"],
         d(2025, 4, 30), d(2025, 11, 30), "Amber", "Green",
         "System change went live 1 September 2025; first monthly report due October.",
         "2025-11", "green"),
        (T4, A5, "4.1",
         "Launch an ASC performance dashboard (Power BI) reviewed monthly at ASC Leadership Team.",
         "Head of Business Intelligence", ["Head of Business Intelligence"],
         d(2025, 3, 31), None, "Green", "Blue",
         "Dashboard in use since April 2025.",
         "2025-03", "blue"),
        (T4, A5, "4.2",
         "Establish an annual ASC self-assessment cycle with peer challenge from London ADASS.",
         "Director of Adult Social Care and Health", ["Director of Adult Social Care and Health"],
         "Jun-26", None, "Not started", "Not started",
         "Scheduled to start after the 2025/26 year-end performance report.",
         "2026-06", "unrated"),
    ]
    rag_fill = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                "Red": FILL["red"], "Not started": FILL["grey"]}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Havering"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Our response to the CQC local authority assessment of adult social care (2024)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.3", d(2024, 9, 12), "ASC Improvement Lead", "First draft for Adults DMT"),
          ("1.0", d(2024, 10, 15), "ASC Improvement Lead", "Approved by Cabinet"),
          ("1.4", d(2025, 9, 30), "ASC Improvement Lead", "Q2 2025/26 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Blue", "Complete – evidence of impact agreed by the Improvement Board"),
           ("Green", "On track to deliver by the target date"),
           ("Amber", "Some slippage – recoverable within the quarter"),
           ("Red", "Off track – escalated to the Improvement Board"),
           ("Not started", "Action not yet due to start")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=k)
        c.fill = fill(rag_fill[k])
        c.border = BOX
        cov.cell(row=13 + i, column=2, value=v).border = BOX
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 62
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 32

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by theme – September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    cols = ["Theme", "Blue", "Green", "Amber", "Red", "Not started", "Total"]
    for j, v in enumerate(cols):
        c = summ.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
        if v in rag_fill:
            c.fill = fill(rag_fill[v])
    themes = [T1, T2, T3, T4]
    for i, t in enumerate(themes):
        counts = [sum(1 for r in rows if r[0] == t and r[9] == k) for k in cols[1:6]]
        vals = [t] + counts + [sum(counts)]
        for j, v in enumerate(vals):
            summ.cell(row=4 + i, column=1 + j, value=v).border = BOX
    tot = ["Total"] + [sum(1 for r in rows if r[9] == k) for k in cols[1:6]] + [len(rows)]
    for j, v in enumerate(tot):
        c = summ.cell(row=8, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 34

    ws = wb.create_sheet("Improvement Plan")
    heads = ["Ref", "Area for improvement (CQC assessment report)", "Action", "Lead(s)",
             "Original target date", "Revised target date", "Previous RAG (June 2025)",
             "Current RAG (Sept 2025)", "Progress update"]
    widths = [7, 42, 52, 32, 13, 13, 12, 12, 48]
    ncol = len(heads)
    ws.cell(row=1, column=1, value=title + " – progress at September 2025").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1,
            value="Senior responsible officer: Director of Adult Social Care and Health. "
                  "Monitored by the ASC Improvement Board (monthly).")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(1 + j)].width = widths[j]
    r = 5
    cur_theme = None
    afi_start = None
    cur_afi = None
    actions = []

    def close_afi(end_row):
        if afi_start is not None and end_row > afi_start:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=end_row, end_column=2)

    for row in rows:
        theme, afi, ref, act, leadcell, leads, orig, rev, prev, curr, prog, end, status = row
        if theme != cur_theme:
            close_afi(r - 1)
            afi_start = None
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = fill(FILL["band"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur_theme = theme
            cur_afi = None
            r += 1
        if afi != cur_afi:
            close_afi(r - 1)
            ws.cell(row=r, column=2, value=afi)
            afi_start = r
            cur_afi = afi
        vals = {1: ref, 3: act, 4: leadcell, 5: orig, 6: rev, 7: prev, 8: curr, 9: prog}
        for j in range(1, ncol + 1):
            c = ws.cell(row=r, column=j)
            if j in vals and vals[j] is not None:
                c.value = vals[j]
            c.alignment = WRAP
            c.border = BOX
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(rag_fill[prev])
        ws.cell(row=r, column=8).fill = fill(rag_fill[curr])
        actions.append(dict(ref=ref, under=[theme, afi], action=act, lead=leads, end=end,
                            status=status))
        r += 1
    close_afi(r - 1)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=(
            "Imitates the adult social care improvement plan a London borough (here the London "
            "Borough of Havering) takes to Cabinet after its CQC local authority assessment "
            "(2024), updated quarterly for the ASC Improvement Board. Copied features: a cover "
            "sheet with document-control table and a RAG key (Blue = complete, Not started = grey), "
            "a summary sheet of current RAG by theme with totals, and the plan sheet with the four "
            "CQC themes as merged band rows, the CQC area for improvement vertically merged over "
            "its actions, job titles as leads (two posts joined by / or ;), original and revised "
            "target dates (dates and text such as Q4 2025/26), previous and current RAG columns "
            "with fill colours, and progress comments."),
        reads=(
            "A three-sheet workbook: a cover with document control and RAG key, a RAG summary by "
            "theme, and the improvement plan proper. The plan has ten numbered actions under four "
            "CQC themes, each answering a CQC area for improvement; the end is the revised target "
            "where one is given and the status is the current RAG column."),
        outcome="read", title=title)
    write_expected(name, meta, actions)


# ---------------------------------------------------------------------------
# 2. Metropolitan Police Service – PEEL AFI tracker (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def met():
    name = "eq2-metropolitan-police-service-peel-afi-improvement-tracker.xlsx"
    title = "HMICFRS PEEL 2023–25: Areas for Improvement – Force Improvement Tracker"
    Q1 = "Responding to the public"
    Q2 = "Investigating crime"
    Q3 = "Protecting vulnerable people"
    Q4 = "Building, supporting and protecting the workforce"
    F1 = ("The force should make sure it answers emergency and non-emergency calls promptly, in "
          "line with national standards.")
    F2 = "The force should make sure it records equality data when it attends incidents."
    F3 = ("The force should improve the supervision of investigations so that they are effective "
          "and victims are kept updated.")
    F4 = ("The force should make sure officers complete risk assessments at domestic abuse "
          "incidents and that a supervisor reviews the risk.")
    F5 = ("The force should make sure it understands the wellbeing needs of its workforce and that "
          "supervisors have time to support their teams.")
    # (question, afi no, afi text, ref, action, owner cell, owner list, target, rag, update, end)
    rows = [
        (Q1, "AFI 1", F1, "1.1",
         "Complete the MetCC demand and capacity review and implement the revised shift pattern.",
         "Cmdr Met Operations", ["Cmdr Met Operations"], "Dec-25", "green",
         "Review complete; new shift pattern consulted on and starts 3 November 2025.", "2025-12"),
        (Q1, "AFI 1", F1, "1.2",
         "Extend the 101 online triage and call-back service to all Basic Command Units.",
         "Ch Supt MetCC / Head of Digital Public Contact",
         ["Ch Supt MetCC", "Head of Digital Public Contact"], d(2026, 3, 31), "amber",
         "Live in 8 of 12 BCUs. Supplier delay on telephony integration.", "2026-03"),
        (Q1, "AFI 2", F2, "2.1",
         "Make the victim equality data fields mandatory at CAD closure and monitor compliance at "
         "the Frontline Policing performance meeting.",
         "Cmdr Frontline Policing", ["Cmdr Frontline Policing"], "Jun-25", "blue",
         "Fields mandatory since May 2025; compliance 94%. Evidence submitted to HMICFRS.",
         "2025-06"),
        (Q2, "AFI 3", F3, "3.1",
         "Introduce a minimum supervisory review standard (at 7 and 28 days) in CRIS and audit "
         "compliance quarterly.",
         "Det Ch Supt Crime Standards", ["Det Ch Supt Crime Standards"], "Sep-25", "red",
         "CRIS change deployed July 2025; first audit shows 61% compliance against a 90% target.",
         "2025-09"),
        (Q2, "AFI 3", F3, "3.2",
         "Deliver the Detective Development Programme to 600 newly appointed investigators.",
         "Head of Learning and Development (Met Academy)",
         ["Head of Learning and Development (Met Academy)"], "Mar-26", "green",
         "412 investigators trained to date.", "2026-03"),
        (Q3, "AFI 4", F4, "4.1",
         "Refresh domestic abuse training for all response officers, including DASH and the "
         "Stalking Screening Tool.",
         "DCS Public Protection; Cmdr Frontline Policing",
         ["DCS Public Protection", "Cmdr Frontline Policing"], "Nov-25", "amber",
         "71% of response officers trained; abstraction pressures over the summer.", "2025-11"),
        (Q3, "AFI 4", F4, "4.2",
         "Introduce a daily domestic abuse risk review meeting on every BCU.",
         "BCU Commanders (x12)", ["BCU Commanders (x12)"], "Aug-25", "blue",
         "Daily meetings in place on all 12 BCUs.", "2025-08"),
        (Q4, "AFI 5", F5, "5.1",
         "Roll out the wellbeing conversation framework and record completion in the People Hub.",
         "Director of HR Operations / Head of Wellbeing",
         ["Director of HR Operations", "Head of Wellbeing"], "Q4 2025/26", None,
         "Not started – depends on the People Hub upgrade (February 2026).", "2026-03"),
    ]
    status_of = {"green": "green", "amber": "amber", "red": "red", "blue": "blue", None: "unrated"}

    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    heads = ["PEEL question", "AFI No.", "Area for improvement", "Action No.", "Action",
             "Action owner", "Target date", "RAG", "Update (Q2 2025/26)"]
    widths = [20, 8, 44, 9, 50, 28, 11, 7, 46]
    ncol = len(heads)
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = "Metropolitan Police Service"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = ("Position as at 30 September 2025 | Owner: Strategic Change Directorate "
                "(Inspection Liaison Team)")
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(1 + j)].width = widths[j]
    # key beside the table
    ws.cell(row=6, column=11, value="RAG key").font = Font(bold=True)
    keyrows = [("blue", "Complete – evidence submitted"), ("green", "On track"),
               ("amber", "At risk"), ("red", "Off track"), (None, "Not started (no colour)")]
    for i, (k, v) in enumerate(keyrows):
        c = ws.cell(row=7 + i, column=11)
        c.border = BOX
        if k:
            c.fill = fill(FILL[k])
        ws.cell(row=7 + i, column=12, value=v)
    ws.column_dimensions["K"].width = 6
    ws.column_dimensions["L"].width = 30

    r = 7
    actions = []
    spans_q, spans_f = {}, {}
    for row in rows:
        q, fno, ftxt, ref, act, ocell, olist, tgt, rag, upd, end = row
        spans_q.setdefault(q, [r, r])[1] = r
        spans_f.setdefault(fno, [r, r])[1] = r
        vals = [None, None, None, ref, act, ocell, tgt, None, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=8).fill = fill(FILL[rag])
        actions.append(dict(ref=ref, under=[q, ftxt], action=act, lead=olist, end=end,
                            status=status_of[rag]))
        r += 1
    for q, (a, b) in spans_q.items():
        ws.cell(row=a, column=1, value=q).font = Font(bold=True)
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    ftexts = {row[1]: row[2] for row in rows}
    for fno, (a, b) in spans_f.items():
        ws.cell(row=a, column=2, value=fno)
        ws.cell(row=a, column=3, value=ftexts[fno])
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
            ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws.freeze_panes = "A7"

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Notes"
    notes["A1"].font = Font(bold=True)
    notes["A2"] = ("1. AFIs are closed only when HMICFRS confirms closure through the monitoring "
                   "portal; actions marked blue remain on the tracker until then.")
    notes["A3"] = ("2. Target dates are the dates agreed at the Inspection Oversight Board. Changes "
                   "to target dates require Board approval.")
    notes["A4"] = "3. Causes of concern are tracked separately under the Engage action plan."
    notes.column_dimensions["A"].width = 110
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=(
            "Imitates the PEEL areas-for-improvement tracker a police force (here the Metropolitan "
            "Police Service) keeps after its HMICFRS PEEL 2023–25 inspection and reports to its "
            "inspection oversight board. Copied features: OFFICIAL marking and title block, PEEL "
            "question column and AFI number/text vertically merged over their actions, numbered "
            "actions, police ranks and posts as owners (two joined by / or ;), target dates as "
            "Mon-YY text, a real date and Q4 2025/26, a RAG column shown by fill colour only (one "
            "blank for not started), a RAG key beside the table, and a separate Notes sheet."),
        reads=(
            "One tracker sheet of eight numbered actions answering five PEEL areas for improvement "
            "grouped under four PEEL questions; the RAG is read from the cell colour using the key "
            "beside the table (blue complete, no colour not started). The Notes sheet holds no "
            "actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)


# ---------------------------------------------------------------------------
# 3. Carmarthenshire – Audit Wales recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def carmarthenshire():
    name = ("eq2-carmarthenshire-county-council-audit-wales-recommendations-tracker-"
            "typo-month-refuse.xlsx")
    title = "Audit Wales Recommendations Tracker"
    R1 = "Financial Sustainability Review (issued October 2023)"
    R2 = "Use of Performance Information: Service User Perspective and Outcomes (issued May 2023)"
    R3 = "Digital Strategy Review (issued February 2024)"
    R4 = "Setting of Well-being Objectives (issued January 2024)"
    rows = [
        (R1, "FS1",
         "The Council should strengthen its medium-term financial plan by identifying savings for "
         "the full planning period.",
         "Identify and approve savings proposals covering the full three-year MTFS period.",
         "Director of Corporate Services", "Mar-2025", "Complete",
         "Three-year savings proposals approved by Council in March 2025."),
        (R1, "FS2",
         "The Council should report the delivery of agreed savings to members at least quarterly.",
         "Include savings delivery tracking in the quarterly revenue budget monitoring report to "
         "Cabinet.",
         "Head of Financial Services", "Sep-2025", "Green",
         "First quarterly savings tracker reported to Cabinet in July 2025."),
        (R2, "PI1",
         "The Council should improve the information it uses to understand the perspective of "
         "service users.",
         "Develop a corporate customer feedback dataset drawing on complaints, surveys and "
         "consultation responses.",
         "Head of Performance and Governance", "Jun-2025", "Complete",
         "Dataset in place and reported through the quarterly performance report."),
        (R2, "PI2",
         "The Council should ensure performance reports to members show outcomes, not just "
         "activity.",
         "Revise the corporate performance framework so each well-being objective has outcome "
         "measures.",
         "Head of Performance and Governance", "Mar-2026", "Amber",
         "Outcome measures drafted for 4 of 6 objectives."),
        (R3, "DS1",
         "The Council should set out how it will resource the delivery of its Digital Strategy.",
         "Prepare a costed digital delivery plan and align it with the capital programme.",
         "Chief Digital Officer", "0ct-2025", "Amber",
         "Costed plan drafted; awaiting capital programme review."),
        (R3, "DS2",
         "The Council should agree measures to monitor the benefits of its digital projects.",
         "Introduce a benefits realisation template for all digital projects over £50,000.",
         "Chief Digital Officer", "Dec-2025", "Green",
         "Template agreed by the Transformation Board."),
        (R4, "WO1",
         "The Council should involve a wider range of people in setting its well-being objectives.",
         "Run a county-wide involvement exercise, including seldom-heard groups, ahead of the "
         "objectives review.",
         "Head of Policy and Partnerships", "Apr-2026", "Green",
         "Engagement plan agreed with the Public Services Board."),
        (R4, "WO2",
         "The Council should ensure its well-being objectives are supported by clear milestones.",
         "Publish milestones for each well-being objective in the Corporate Strategy delivery plan.",
         "Head of Policy and Partnerships", "Jul-2026", "Not started", ""),
    ]
    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                "Red": FILL["red"], "Not started": FILL["grey"]}
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Carmarthenshire County Council"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Audit Wales recommendations – summary by report"
    summ["A2"].font = Font(bold=True)
    hdr = ["Audit Wales report", "Recommendations", "Complete", "In progress", "Not started"]
    for j, v in enumerate(hdr):
        c = summ.cell(row=4, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    reports = [R1, R2, R3, R4]
    for i, rep in enumerate(reports):
        rr = [x for x in rows if x[0] == rep]
        vals = [rep, len(rr), sum(1 for x in rr if x[6] == "Complete"),
                sum(1 for x in rr if x[6] in ("Green", "Amber", "Red")),
                sum(1 for x in rr if x[6] == "Not started")]
        for j, v in enumerate(vals):
            summ.cell(row=5 + i, column=1 + j, value=v).border = BOX
    tot = ["Total", len(rows), sum(1 for x in rows if x[6] == "Complete"),
           sum(1 for x in rows if x[6] in ("Green", "Amber", "Red")),
           sum(1 for x in rows if x[6] == "Not started")]
    for j, v in enumerate(tot):
        c = summ.cell(row=9, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 80

    ws = wb.create_sheet("Tracker")
    heads = ["Ref", "Audit Wales recommendation", "Council response / agreed action",
             "Responsible officer", "Target date", "RAG", "Progress update"]
    widths = [7, 48, 48, 28, 12, 12, 44]
    ncol = len(heads)
    ws["A1"] = "Carmarthenshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title + " – position at 30 November 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Governance and Audit Committee, 12 December 2025"
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
        ws.column_dimensions[get_column_letter(1 + j)].width = widths[j]
    r = 6
    cur = None
    typo_row = None
    for row in rows:
        rep, ref, rec, act, off, tgt, rag, upd = row
        if rep != cur:
            c = ws.cell(row=r, column=1, value=rep)
            c.font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cur = rep
            r += 1
        for j, v in enumerate([ref, rec, act, off, tgt, rag, upd]):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=6).fill = fill(rag_fill[rag])
        if tgt == "0ct-2025":
            typo_row = r
        r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=(
            "Imitates the Audit Wales recommendations tracker a Welsh principal council (here "
            "Carmarthenshire County Council) takes to its Governance and Audit Committee, grouped by "
            "Audit Wales local report. Copied features: a summary sheet counting recommendations by "
            "report with a totals row, then the tracker sheet with a title block, a band row per "
            "Audit Wales report, the recommendation beside the council's agreed action, responsible "
            "officer, Mon-YYYY text target dates, RAG words with fill colours and a progress "
            "update."),
        reads=(
            "A tracker of eight Audit Wales recommendations from four local reports, each with one "
            "agreed action. The target date of DS1 on sheet Tracker row %d reads \"0ct-2025\" with a "
            "zero for the letter O, while every other target is a clean Mon-YYYY month; a careful "
            "reader would stop and ask rather than guess the month." % typo_row),
        outcome="refuse", refuse_at=typo_row, title=title)
    write_expected(name, meta, [])


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text; inner \n become separate paragraphs (as a person types them in Word)."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 4. Inverclyde – Best Value improvement action plan (docx, one table,
#    recommendation band rows)
# ---------------------------------------------------------------------------
def inverclyde():
    name = "eq2-inverclyde-council-best-value-improvement-action-plan.docx"
    title = "Best Value Improvement Action Plan 2024–2026"
    REC1 = ("Recommendation 1: The council should set out clearly how its transformation programme "
            "will close the forecast budget gap to 2027/28, with savings profiled by year.")
    REC2 = ("Recommendation 2: The council and its community planning partners should agree "
            "measurable outcomes for the Inverclyde Partnership Plan and report progress against "
            "them.")
    REC3 = ("Recommendation 3: The council should develop a workforce plan that addresses the risks "
            "from an ageing workforce and recruitment difficulties in key services.")
    REC4 = ("Recommendation 4: Elected members should take up training on scrutiny and on the "
            "council’s financial position.")
    HOD = "Head of Organisational Development, Policy and Communications"
    rows = [
        (REC1, "1.1",
         "Publish a refreshed Medium-Term Financial Strategy with savings profiled by year and "
         "linked to the Delivering Differently programme.",
         "Chief Financial Officer", ["Chief Financial Officer"], "February 2025", "Complete",
         "MTFS 2025–2028 approved by Council on 27 February 2025.", "2025-02", None, "blue"),
        (REC1, "1.2",
         "Report transformation savings delivery to every Policy and Resources Committee, "
         "including slippage and mitigations.",
         "Chief Financial Officer / " + HOD, ["Chief Financial Officer", HOD], "Ongoing", "Green",
         "Standing item since April 2025.", None, "Ongoing", "green"),
        (REC2, "2.1",
         "Agree a revised Partnership Plan outcomes framework with Inverclyde Alliance Board "
         "members.",
         HOD, [HOD], "31 March 2025", "Complete",
         "Outcomes framework agreed by the Alliance Board in March 2025.", "2025-03", None, "blue"),
        (REC2, "2.2",
         "Develop locality plans for the six localities, co-produced with community groups.",
         "Corporate Director Education, Communities and Organisational Development",
         ["Corporate Director Education, Communities and Organisational Development"],
         "December 2025", "Amber",
         "Four of six locality plans drafted; Port Glasgow and Kilmacolm engagement extended.",
         "2025-12", None, "amber"),
        (REC3, "3.1",
         "Approve a Strategic Workforce Plan 2025–2028 with service-level plans for hard-to-fill "
         "posts.",
         HOD, [HOD], "June 2025\nRevised: September 2025", "Green",
         "Plan considered by CMT in August; to Policy and Resources Committee in September.",
         "2025-09", None, "green"),
        (REC3, "3.2",
         "Introduce a ‘grow your own’ modern apprenticeship scheme in social care, roads and ICT.",
         HOD + "; Chief Officer, Inverclyde HSCP", [HOD, "Chief Officer, Inverclyde HSCP"],
         "August 2025", "Complete",
         "First cohort of 14 modern apprentices started in August 2025.", "2025-08", None, "blue"),
        (REC4, "4.1",
         "Deliver a member development programme including scrutiny skills and budget workshops, "
         "with attendance reported annually.",
         "Head of Legal, Democratic, Digital and Customer Services",
         ["Head of Legal, Democratic, Digital and Customer Services"], "March 2026", "Red",
         "Attendance at the two budget workshops held so far was below 50%; programme under "
         "review with group leaders.", "2026-03", None, "red"),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Inverclyde Council")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Response to the Controller of Audit’s report on Best Value in Inverclyde "
                      "Council (Accounts Commission, 2024)")

    doc.add_paragraph().add_run("Document control").bold = True
    dct = doc.add_table(rows=4, cols=4)
    dct.style = "Table Grid"
    for i, vals in enumerate([("Version", "Date", "Author", "Summary of change"),
                              ("1.0", "12/11/2024", "Corporate Policy Officer",
                               "Approved by Policy and Resources Committee"),
                              ("1.1", "20/05/2025", "Corporate Policy Officer",
                               "Six-month progress update"),
                              ("1.2", "28/10/2025", "Corporate Policy Officer",
                               "Progress update for Audit Committee")]):
        for j, v in enumerate(vals):
            set_cell(dct.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph(
        "The Controller of Audit’s report made four recommendations. The actions below were agreed "
        "by the Corporate Management Team and are monitored six-monthly by the Policy and Resources "
        "Committee and the Audit Committee.")
    doc.add_paragraph().add_run("Status key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, v, h) in enumerate([("Complete", "Action fully delivered", FILL["blue"]),
                                   ("Green", "On track to deliver by the target date", FILL["green"]),
                                   ("Amber", "Some slippage; recovery in hand", FILL["amber"]),
                                   ("Red", "Significant risk to delivery", FILL["red"])]):
        set_cell(kt.cell(i, 0), k, bold=True)
        shade(kt.cell(i, 0), h)
        set_cell(kt.cell(i, 1), v)
    doc.add_paragraph()

    heads = ["Ref", "Improvement action", "Lead officer", "Target date", "Status",
             "Progress at October 2025"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    repeat_header(t.rows[0])
    stat_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                 "Red": FILL["red"]}
    cur = None
    actions = []
    for rec, ref, act, leadcell, leads, tgt, stat, prog, end, end_text, status in rows:
        if rec != cur:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            cur = rec
        cells = t.add_row().cells
        for j, v in enumerate([ref, act, leadcell, tgt, stat, prog]):
            set_cell(cells[j], v)
        shade(cells[4], stat_fill[stat])
        a = dict(ref=ref, under=[rec], action=act, lead=leads, end=end, status=status)
        if end_text:
            a["end_text"] = end_text
        actions.append(a)
    widths = [Cm(1.3), Cm(7.5), Cm(5.0), Cm(3.0), Cm(2.0), Cm(6.5)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["Corporate Management Team", "Plan owner: Chief Executive",
                           "28 October 2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=(
            "Imitates the Best Value improvement action plan a Scottish council (here Inverclyde "
            "Council) agrees after the Controller of Audit’s Best Value report to the Accounts "
            "Commission, monitored six-monthly by committee. Copied features: council name and "
            "heading, a document-control table, a status key table with shading, one landscape "
            "plan table with the Controller of Audit's recommendations as full-width merged band "
            "rows above their numbered actions, job titles as lead officers (long titles with "
            "commas; two posts joined by / or ;), target dates in words including an original and "
            "revised date in one cell and Ongoing, shaded status words, and a sign-off table."),
        reads=(
            "A Word action plan answering four Best Value recommendations with seven numbered "
            "actions in one table; each recommendation is a band row over its actions. Document "
            "control, status key and sign-off tables hold no actions; the revised date is the end "
            "where two are given."),
        outcome="read", title=title)
    write_expected(name, meta, actions)


# ---------------------------------------------------------------------------
# 5. Rhondda Cynon Taf – CIW adult services performance evaluation (docx,
#    a heading and a table per principle)
# ---------------------------------------------------------------------------
def rct():
    name = "eq2-rhondda-cynon-taf-ciw-adult-services-performance-evaluation-action-plan.docx"
    title = "Adult Services: Care Inspectorate Wales Performance Evaluation Inspection – Action Plan"
    P1 = "1. People – voice and control"
    P2 = "2. Prevention"
    P3 = "3. Well-being"
    P4 = "4. Partnerships and integration"
    F1 = ("People’s voices are not consistently recorded in assessments and care and support plans, "
          "and ‘what matters’ conversations are not always evident.")
    F2 = "Waiting times for occupational therapy assessment remain too long for some people."
    F3 = "Carers’ assessments are not offered or recorded consistently."
    F4 = ("Unmet need for domiciliary care in some areas of the county borough is contributing to "
          "delayed hospital discharge.")
    F5 = ("Information sharing with Cwm Taf Morgannwg University Health Board is not always timely "
          "when people are discharged from hospital.")
    rows = [
        (P1, F1, "1.1",
         "Revise the assessment and care and support plan templates in WCCIS to include a "
         "mandatory ‘what matters’ section.",
         "Head of Assessment and Care Management", ["Head of Assessment and Care Management"],
         "Quarter 3 2024/25", "Complete", "2024-12", None, "blue"),
        (P1, F1, "1.2",
         "Quarterly audit of 40 case files against the revised templates, with findings reported "
         "to the Adult Services Quality Assurance Board.",
         "Principal Social Worker / Quality Assurance Manager",
         ["Principal Social Worker", "Quality Assurance Manager"],
         "Quarterly from January 2025", "Green", None, "Quarterly from January 2025", "green"),
        (P2, F2, "2.1",
         "Implement a trusted assessor model for minor adaptations with Care & Repair Cymru.\n"
         "Train 20 domiciliary care staff as trusted assessors.",
         "Head of Community Independence", ["Head of Community Independence"],
         "March 2025", "Amber", "2025-03", None, "amber"),
        (P2, F2, "2.2",
         "Recruit two additional occupational therapists and one occupational therapy assistant.",
         "Head of Community Independence", ["Head of Community Independence"],
         "April 2025 – September 2025", "Green", "2025-09", None, "green"),
        (P3, F3, "3.1",
         "Refresh the carers’ assessment offer and publish accessible information in Welsh and "
         "English.",
         "Carers Support Project Manager", ["Carers Support Project Manager"],
         "June 2025", "Green", "2025-06", None, "green"),
        (P3, F4, "3.2",
         "Commission a rapid response domiciliary care framework for the Rhondda and Cynon "
         "valleys.",
         "Head of Commissioning and Contracts", ["Head of Commissioning and Contracts"],
         "Q2 2025/26", "Red", "2025-09", None, "red"),
        (P4, F5, "4.1",
         "Agree a joint discharge information sharing protocol with Cwm Taf Morgannwg UHB.",
         "Director of Adult Services; CTMUHB Director of Operations",
         ["Director of Adult Services", "CTMUHB Director of Operations"],
         "31/10/2025", "Amber", "2025-10", None, "amber"),
        (P4, F5, "4.2",
         "Establish a weekly joint operational group with the Health Board to review people whose "
         "discharge is delayed.",
         "Service Manager – Hospital Social Work Team",
         ["Service Manager – Hospital Social Work Team"],
         "September 2024", "Complete", "2024-09", None, "blue"),
    ]
    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                "Red": FILL["red"]}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r_ = p.add_run("Rhondda Cynon Taf County Borough Council")
    r_.bold = True
    r_.font.size = Pt(13)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection: 13–17 May 2024  |  Inspection letter published: August 2024  |  "
                      "Progress update: September 2025")
    doc.add_paragraph(
        "CIW evaluated performance against the four principles of the Social Services and "
        "Well-being (Wales) Act 2014. This plan sets out our response to the areas for improvement "
        "in the inspection letter. Progress is reported to the Social Services Scrutiny Committee.")
    doc.add_paragraph().add_run("RAG status key").bold = True
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for j, (k, h) in enumerate([("Complete", FILL["blue"]), ("Green – on track", FILL["green"]),
                                ("Amber – some slippage", FILL["amber"]),
                                ("Red – off track", FILL["red"])]):
        set_cell(kt.cell(0, j), k, bold=True)
        shade(kt.cell(0, j), h)

    heads = ["No.", "Area for improvement", "Action", "Lead", "Timescale", "RAG"]
    widths = [Cm(1.2), Cm(6.5), Cm(7.5), Cm(4.8), Cm(3.2), Cm(2.0)]
    actions = []
    for prin in (P1, P2, P3, P4):
        doc.add_heading(prin, level=2)
        prow = [x for x in rows if x[0] == prin]
        t = doc.add_table(rows=1 + len(prow), cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        # merge area-for-improvement cells over consecutive rows with the same finding
        i = 0
        while i < len(prow):
            k = i
            while k + 1 < len(prow) and prow[k + 1][1] == prow[i][1]:
                k += 1
            c = t.cell(1 + i, 1)
            if k > i:
                c = c.merge(t.cell(1 + k, 1))
            set_cell(c, prow[i][1])
            i = k + 1
        for i, (_, afi, ref, act, leadcell, leads, tsc, rag, end, end_text, status) in enumerate(prow):
            set_cell(t.cell(1 + i, 0), ref)
            set_cell(t.cell(1 + i, 2), act)
            set_cell(t.cell(1 + i, 3), leadcell)
            set_cell(t.cell(1 + i, 4), tsc)
            set_cell(t.cell(1 + i, 5), rag)
            shade(t.cell(1 + i, 5), rag_fill[rag])
            a = dict(ref=ref, under=[prin, afi], action=act, lead=leads, end=end, status=status)
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Plan owner: Director of Adult Services. Next update to Scrutiny Committee: "
                      "January 2026.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=(
            "Imitates the action plan a Welsh council (here Rhondda Cynon Taf CBC) publishes in "
            "response to a Care Inspectorate Wales performance evaluation inspection of adult "
            "services, organised by the four principles of the Social Services and Well-being "
            "(Wales) Act 2014. Copied features: council name and heading, inspection dates line, "
            "RAG key table, a numbered heading per principle each followed by its own table, the "
            "area for improvement vertically merged over its actions, job titles as leads (two "
            "posts joined by / or ;), timescales as quarters of the financial year, a period, a "
            "day-first date and 'Quarterly from January 2025', a two-paragraph action cell, and "
            "shaded RAG words."),
        reads=(
            "Four principle sections, each a heading and a table, holding eight numbered actions "
            "that answer five CIW areas for improvement. The key table holds no actions; Quarter 3 "
            "2024/25 and Q2 2025/26 are financial-year quarters (December 2024, September 2025)."),
        outcome="read", title=title)
    write_expected(name, meta, actions)


# ---------------------------------------------------------------------------
# 6. Hart DC – internal audit management actions tracker (csv export)
# ---------------------------------------------------------------------------
def hart():
    name = "eq2-hart-dc-internal-audit-recommendations-tracker.csv"
    title = "Internal Audit – Management Actions Tracker"
    PCM = "Procurement and Contract Management"
    CTB = "Council Tax and Business Rates"
    CYB = "Cyber Security"
    GMC = "Grounds Maintenance Contract"
    HS = "Health and Safety (Corporate Buildings)"
    # (audit, year, opinion, ref, priority, rec, action, owner cell, owners, orig, revised,
    #  status word, rag letter, update, end, status)
    rows = [
        (PCM, "2024/25", "Limited", "IA2425-02.1", "High",
         "Contract Standing Orders should be updated to reflect the Procurement Act 2023 and "
         "re-issued to all budget holders.",
         "Update Contract Standing Orders for the Procurement Act 2023, take to Council for "
         "approval and circulate to budget holders with a briefing note.",
         "Head of Corporate Services", ["Head of Corporate Services"],
         "31/01/2025", "30/04/2025", "Implemented", "B", "Approved by Council 24/04/2025.",
         "2025-04", "blue"),
        (PCM, "2024/25", "Limited", "IA2425-02.2", "High",
         "A contracts register should be maintained for all contracts above £5,000 and published "
         "quarterly.",
         "Establish a single contracts register in the e-tendering portal and publish it "
         "quarterly on the council website.",
         "Procurement Officer", ["Procurement Officer"],
         "31/03/2025", "31/12/2025", "In progress", "A",
         "Register built; 68% of live contracts loaded.", "2025-12", "amber"),
        (PCM, "2024/25", "Limited", "IA2425-02.3", "Medium",
         "Waivers of Contract Standing Orders should be recorded centrally and reported to Audit "
         "Committee.",
         "Introduce a central waiver log and include waivers in the six-monthly procurement "
         "report to Audit Committee.",
         "Head of Corporate Services / Procurement Officer",
         ["Head of Corporate Services", "Procurement Officer"],
         "30/06/2025", "", "Implemented", "B", "Waiver log in use; first report July 2025.",
         "2025-06", "blue"),
        (CTB, "2024/25", "Reasonable", "IA2425-05.1", "Medium",
         "Reconciliations between the Council Tax system and the valuation list should be "
         "evidenced and independently reviewed.",
         "Monthly reconciliation to be signed by the preparer and reviewed by the Revenues "
         "Manager within 10 working days.",
         "Revenues Manager", ["Revenues Manager"],
         "31/05/2025", "31/12/2025", "In progress", "G",
         "Reconciliations for June to September signed; independent review step being added to "
         "the procedure note.", "2025-12", "green"),
        (CTB, "2024/25", "Reasonable", "IA2425-05.2", "Low",
         "Inhibits placed on accounts should be reviewed regularly to confirm they are still "
         "required.",
         "Run and clear a quarterly report of inhibited accounts.",
         "Revenues Team Leader", ["Revenues Team Leader"],
         "30/09/2025", "31/01/2026", "In progress", "A",
         "Report built; first review delayed by annual billing work.", "2026-01", "amber"),
        (CYB, "2024/25", "Limited", "IA2425-08.1", "High",
         "Multi-factor authentication should be enforced for all remote access and privileged "
         "accounts.",
         "Enforce multi-factor authentication for:\n- VPN and Microsoft 365 (all users)\n"
         "- domain administrator accounts",
         "ICT Manager", ["ICT Manager"],
         "31/03/2025", "", "Implemented", "B", "MFA enforced 17/03/2025.", "2025-03", "blue"),
        (CYB, "2024/25", "Limited", "IA2425-08.2", "High",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Carry out a full disaster recovery test of priority systems with the shared service "
         "partner and report the results to Corporate Management Team.",
         "ICT Manager; Shared Service Partnership Manager",
         ["ICT Manager", "Shared Service Partnership Manager"],
         "30/09/2025", "", "Overdue", "R",
         "Test postponed because of the network migration; new date to be agreed.",
         "2025-09", "red"),
        (CYB, "2024/25", "Limited", "IA2425-08.3", "Medium",
         "Leavers’ network accounts should be disabled on their last working day.",
         "Automate leaver notifications from the HR system to the ICT service desk.",
         "HR Manager and ICT Manager", ["HR Manager", "ICT Manager"],
         "31/12/2025", "", "Not yet due", "G", "", "2025-12", "green"),
        (GMC, "2023/24", "Reasonable", "IA2324-11.2", "Medium",
         "Contract performance meetings should be minuted and KPIs reported to the Portfolio "
         "Holder.",
         "Minute the monthly contract meetings and report KPIs quarterly to the Portfolio Holder "
         "for Place.",
         "Environmental Services Manager", ["Environmental Services Manager"],
         "30/09/2024", "31/03/2025", "Implemented", "B", "Quarterly KPI reports since Q4 2024/25.",
         "2025-03", "blue"),
        (HS, "2024/25", "Limited", "IA2425-09.4", "High",
         "Fire risk assessments for council-owned buildings should be reviewed by their due dates.",
         "Commission a review of all overdue fire risk assessments and set up a tracked schedule "
         "of review dates.",
         "Facilities Manager", ["Facilities Manager"],
         "31/07/2025", "31/10/2025", "In progress", "A",
         "9 of 14 overdue assessments completed.", "2025-10", "amber"),
    ]
    heads = ["Audit", "Year", "Assurance opinion", "Ref", "Priority", "Recommendation",
             "Agreed management action", "Action owner", "Original due date", "Revised due date",
             "Status", "RAG", "Latest update"]
    n = len(heads)

    def pad(vals):
        return list(vals) + [""] * (n - len(vals))

    counts = {}
    for x in rows:
        counts[x[11]] = counts.get(x[11], 0) + 1
    lines = [
        pad(["Hart District Council"]),
        pad([title]),
        pad(["Position at 31 October 2025 – reported to Audit Committee, 25 November 2025"]),
        pad(["RAG: B = implemented, G = on track, A = revised date agreed / at risk, R = overdue"]),
        pad([]),
        heads,
    ]
    actions = []
    for x in rows:
        (aud, yr, op, ref, pri, rec, act, ocell, olist, orig, rev, stw, rag, upd, end, status) = x
        lines.append([aud, yr, op, ref, pri, rec, act, ocell, orig, rev, stw, rag, upd])
        actions.append(dict(ref=ref, under=[aud, rec], action=act, lead=olist, end=end,
                            status=status))
    lines.append(pad([]))
    lines.append(pad(["Total actions: %d" % len(rows), "",
                      "Implemented: %d" % counts["Implemented"],
                      "In progress: %d" % counts["In progress"],
                      "Not yet due: %d" % counts["Not yet due"],
                      "Overdue: %d" % counts["Overdue"]]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    meta = dict(
        source=(
            "Imitates the internal audit management actions tracker a district council (here Hart "
            "District Council) exports from its tracking spreadsheet for the Audit Committee, in "
            "the style of a shared internal audit service report. Copied features: title lines "
            "padded with commas, a RAG legend line, one row per agreed management action with the "
            "audit name, year, assurance opinion, reference, priority, the auditor's "
            "recommendation, the agreed action, owner posts (two joined by /, ; or and), original "
            "and revised due dates day-first, status words with a RAG letter, a quoted multi-line "
            "action and a summary line at the end."),
        reads=(
            "A CSV of ten agreed management actions from five internal audits, each row carrying "
            "its audit and the recommendation it answers. The end is the revised due date where "
            "one is given; the status is the RAG letter (B = implemented). Title, legend, blank and "
            "summary lines are not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)


# ---------------------------------------------------------------------------
# 7. Enfield – RSH consumer standards housing improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
def enfield():
    name = "eq2-enfield-council-rsh-consumer-standards-housing-improvement-plan.txt"
    title = "Housing Improvement Plan: Regulator of Social Housing Consumer Standards"
    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Neighbourhood and Community Standard"
    S4 = "4. Tenancy Standard"
    G1 = ("The council does not hold up-to-date stock condition information for around 40% of its "
          "homes.")
    G2 = ("Around 2,100 fire risk assessment actions were overdue, including 310 high-risk "
          "actions.")
    G3 = "Tenants do not have meaningful opportunities to scrutinise the council’s performance."
    G4 = "The council does not hold accurate data on tenants’ diverse needs."
    G5 = "Communal areas on some estates are not kept safe and clean."
    G6 = "Average void re-let time (84 days) is well above the council’s 35-day target."
    # (standard, finding, ref, action, lead cell, lead list, target, rag, update, end, end_text, status)
    rows = [
        (S1, G1, "SQ1",
         "Complete a 100% stock condition survey, including HHSRS assessments, over two years.",
         "Head of Asset Management", ["Head of Asset Management"], "Mar-27", "G",
         "4,310 homes surveyed (41%).", "2027-03", None, "green"),
        (S1, G1, "SQ2",
         "Load survey results into the asset management system and reconcile them against the "
         "Decent Homes baseline.",
         "Head of Asset Management / Housing Data Manager",
         ["Head of Asset Management", "Housing Data Manager"], "Q4 2025/26", "A",
         "Data cleansing of legacy records taking longer than planned.", "2026-03", None, "amber"),
        (S1, G2, "SQ3",
         "Clear all overdue high-risk fire safety actions.",
         "Building Safety Manager", ["Building Safety Manager"], "31/12/2025", "A",
         "62 high-risk actions outstanding; contractor capacity increased from October.",
         "2025-12", None, "amber"),
        (S1, G2, "SQ4",
         "Introduce weekly compliance reporting on the Big Six (gas, electrical, fire, water, "
         "asbestos and lifts) to the Housing Leadership Team.",
         "Building Safety Manager", ["Building Safety Manager"], "Jul-25", "B",
         "Weekly dashboard in place since July 2025.", "2025-07", None, "blue"),
        (S2, G3, "TIA1",
         "Set up a Tenant Scrutiny Panel with terms of reference agreed with the Enfield Tenants’ "
         "and Leaseholders’ Forum.",
         "Head of Resident Engagement", ["Head of Resident Engagement"], "Sep-25", "B",
         "Panel met for the first time on 11 September 2025.", "2025-09", None, "blue"),
        (S2, G3, "TIA2",
         "Publish Tenant Satisfaction Measures and complaints performance quarterly on the "
         "council website.",
         "Head of Resident Engagement; Performance Manager",
         ["Head of Resident Engagement", "Performance Manager"], "Ongoing (quarterly)", "G",
         "Q1 2025/26 results published in August.", None, "Ongoing (quarterly)", "green"),
        (S2, G4, "TIA3",
         "Run a ‘Tell us about you’ tenancy profiling campaign to reach 70% of households.",
         "Tenancy Services Manager", ["Tenancy Services Manager"], "Mar-26", "R",
         "Response rate 31%; door-knocking resources being identified.", "2026-03", None, "red"),
        (S3, G5, "NC1",
         "Introduce published estate inspection schedules with quarterly tenant walkabouts.",
         "Estate Services Manager", ["Estate Services Manager"], "Dec-25", "G",
         "Schedules published for 22 of 30 estates.", "2025-12", None, "green"),
        (S4, G6, "TS1",
         "Redesign the voids process and agree a new minimum lettable standard with tenants.",
         "Head of Repairs and Voids", ["Head of Repairs and Voids"], "30/11/2025", "A",
         "New standard agreed; average re-let time now 61 days.", "2025-11", None, "amber"),
    ]
    heads = ["Ref", "Finding (RSH judgement / self-referral)", "Action", "Lead", "Target date",
             "RAG", "Progress update"]
    n = len(heads)

    def line(vals):
        vals = list(vals) + [""] * (n - len(vals))
        return "\t".join(vals)

    out = [
        line(["London Borough of Enfield"]),
        line([title]),
        line(["Version 2.3 – presented to the Housing Improvement Board, 14 October 2025"]),
        line([]),
        line(["RAG key:", "B = Complete", "G = On track", "A = At risk", "R = Off track"]),
        line([]),
        line(heads),
    ]
    actions = []
    cur_s, cur_g = None, None
    for s, g, ref, act, lcell, llist, tgt, rag, upd, end, end_text, status in rows:
        if s != cur_s:
            out.append(line([s]))
            cur_s, cur_g = s, None
        gcell = g if g != cur_g else ""
        cur_g = g
        out.append(line([ref, gcell, act, lcell, tgt, rag, upd]))
        a = dict(ref=ref, under=[s, g], action=act, lead=llist, end=end, status=status)
        if end_text:
            a["end_text"] = end_text
        actions.append(a)
    cnt = {k: sum(1 for x in rows if x[7] == k) for k in "BGAR"}
    out.append(line([]))
    out.append(line(["Summary", "B: %d" % cnt["B"], "G: %d" % cnt["G"], "A: %d" % cnt["A"],
                     "R: %d" % cnt["R"], "Total: %d" % len(rows)]))
    out.append(line(["Note: actions completed in 2024/25 are listed in Appendix B and are not "
                     "repeated here."]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")

    meta = dict(
        source=(
            "Imitates the housing improvement plan a stock-holding London borough (here the London "
            "Borough of Enfield) reports to its Housing Improvement Board against the Regulator of "
            "Social Housing consumer standards, saved from Excel as tab-delimited text. Copied "
            "features: title and version lines, a RAG key line, a numbered heading line per "
            "consumer standard, the finding written once on the first of its actions and left "
            "blank on the next (merged cell exported), standard-prefixed refs, job titles as leads "
            "(two joined by / or ;), Mon-YY, day-first, Q4 2025/26 and 'Ongoing (quarterly)' "
            "targets, RAG letters, and summary and note lines at the end."),
        reads=(
            "Nine actions under four consumer standards, each answering a finding from the "
            "regulator's judgement; a blank finding cell carries the finding above. The RAG letter "
            "is the status (B = complete) and the key, summary and note lines are not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)


if __name__ == "__main__":
    havering()
    met()
    carmarthenshire()
    inverclyde()
    rct()
    hart()
    enfield()
    print("built seven eq2 cases in", HERE)
