# Builds the seven nq2- cases of heldout415 (data files and their expected readings).
# Run with /work/main/.venv/bin/python nq2_make.py
import os
import json
import datetime as dt

import yaml
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def q(v):
    """A YAML scalar: null, or a double-quoted string (JSON quoting is valid YAML)."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def write_expected(name, meta, actions=None):
    L = []
    L.append("source: >-")
    L.append("  " + meta["source"])
    L.append("reads: >-")
    L.append("  " + meta["reads"])
    L.append("outcome: " + meta["outcome"])
    L.append("accept_refusal: " + q(meta.get("accept_refusal", False)))
    if "refuse_at" in meta:
        L.append("refuse_at: " + q(meta["refuse_at"]))
    if "title" in meta:
        L.append("title: " + q(meta["title"]))
    if actions is not None:
        L.append("actions:")
        for a in actions:
            L.append("  - ref: " + q(a["ref"]))
            L.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            L.append("    action: " + q(a["action"]))
            L.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            L.append("    end: " + q(a["end"]))
            if a.get("end_text"):
                L.append("    end_text: " + q(a["end_text"]))
            L.append("    status: " + a["status"])
    text = "\n".join(L) + "\n"
    # the reading must load back exactly as written
    back = yaml.safe_load(text)
    assert back["title"] == meta.get("title", back.get("title"))
    if actions is not None:
        for a, b in zip(actions, back["actions"]):
            assert a["action"] == b["action"] and a["under"] == b["under"] and a["lead"] == b["lead"]
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 1. Cheshire East Council - Care4CE reablement service, CQC inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_care4ce():
    name = "nq2-cheshire-east-council-care4ce-reablement-cqc-inspection-action-plan.xlsx"
    title = "Care4CE Reablement Service – CQC Inspection Action Plan"
    S1 = "SAFE – Regulation 12: Safe care and treatment"
    S2 = "WELL-LED – Regulation 17: Good governance"
    S3 = "EFFECTIVE – Regulation 18: Staffing"
    F1 = ("Risks relating to people's medicines were not always assessed or recorded, "
          "including time-specific and 'as required' (PRN) medicines.")
    F2 = ("Staff did not always have enough information to manage risks linked to people's "
          "health conditions, such as diabetes and epilepsy.")
    F3 = "Quality assurance systems had not identified the shortfalls found at this inspection."
    F4 = "Feedback from people using the service was not consistently sought or analysed."
    F5 = ("Not all staff had received supervision and spot checks in line with the provider's "
          "own policy.")
    # (section, finding, ref, action, lead cell, target, revised, progress, fill, expected)
    rows = [
        (S1, F1, "1.1",
         "Review all current medication risk assessments and update the template to include "
         "time-critical and PRN medicines.",
         "Registered Manager", dt.datetime(2025, 7, 31), None,
         "All 142 current records reviewed. New template live on CareFirst from 21/07/2025.",
         BLUE, dict(lead=["Registered Manager"], end="2025-07", status="blue")),
        (S1, F1, "1.2",
         "Deliver refresher medicines competency assessments for all reablement support "
         "workers, with monthly spot checks of MAR charts.",
         "Care4CE Training Lead / Deputy Manager", dt.datetime(2025, 9, 30), None,
         "81 of 96 staff assessed. MAR spot checks started in August.",
         GREEN, dict(lead=["Care4CE Training Lead", "Deputy Manager"], end="2025-09",
                     status="green")),
        (S1, F2, "1.3",
         "Introduce condition-specific risk plans (diabetes, epilepsy, catheter care) and add "
         "them to the initial assessment checklist.",
         "Senior Reablement Officer", "Aug-25", "Oct-25",
         "Diabetes and epilepsy plans agreed with community nursing. Catheter care plan awaiting "
         "sign-off by the continence service.",
         AMBER, dict(lead=["Senior Reablement Officer"], end="2025-10", status="amber")),
        (S2, F3, "2.1",
         "Redesign the monthly quality audit tool to cover medicines, risk assessments and care "
         "records, with results reported to the Care4CE Quality Board.",
         "Head of Care4CE", dt.datetime(2025, 9, 30), None,
         "New tool piloted in Central locality in September; roll-out to South in October.",
         GREEN, dict(lead=["Head of Care4CE"], end="2025-09", status="green")),
        (S2, F3, "2.2",
         "Set up a service improvement log so that actions from audits, complaints and "
         "incidents are tracked to completion.",
         "Quality Assurance Officer", "Nov-25", None,
         "Not yet started – follows the audit tool redesign (2.1).",
         None, dict(lead=["Quality Assurance Officer"], end="2025-11", status="unrated")),
        (S2, F4, "2.3",
         "Relaunch the six-week exit questionnaire and telephone survey, and publish a "
         "\"You said, we did\" summary for people using the service.",
         "Registered Manager; Customer Engagement Officer", "Quarterly", None,
         "Questionnaire relaunched 1 August. First summary due October.",
         GREEN, dict(lead=["Registered Manager", "Customer Engagement Officer"], end=None,
                     end_text="Quarterly", status="green")),
        (S3, F5, "3.1",
         "Set up a supervision tracker for all staff and make sure every worker has had a "
         "supervision and a spot check within the last three months.",
         "Deputy Managers (x3)", dt.datetime(2025, 8, 31), dt.datetime(2025, 11, 30),
         "78% compliance at end of September; two vacancies in the deputy team.\n"
         "Revised date agreed at Quality Board 24/09/2025.",
         RED, dict(lead=["Deputy Managers (x3)"], end="2025-11", status="red")),
        (S3, F5, "3.2",
         "Complete mandatory training (safeguarding, moving and handling, Mental Capacity Act) "
         "for all staff whose certificates have expired.",
         "Care4CE Training Lead", "Sept 2025", None,
         "All expired certificates renewed by 19/09/2025.",
         BLUE, dict(lead=["Care4CE Training Lead"], end="2025-09", status="blue")),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [7, 38, 52, 26, 13, 13, 48, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws["A2"] = ("Provider: Cheshire East Council (Care4CE)  |  Location: Care4CE Reablement – "
                "Central & South  |  Inspected 14–22 May 2025  |  Report published 9 July 2025  |  "
                "Overall rating: Requires improvement")
    ws["A3"] = "Version 4 – updated 30/09/2025 for the Care4CE Quality Board"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, c) in zip("BCDEF", [("Complete", BLUE), ("On track", GREEN),
                                        ("At risk / slipping", AMBER), ("Off track", RED),
                                        ("Not started", None)]):
        ws[col + "5"] = txt
        ws[col + "5"].border = BOX
        if c:
            ws[col + "5"].fill = fill(c)
    hdr = ["Ref", "What CQC found", "Action", "Lead", "Target date", "Revised date",
           "Progress update (September 2025)", "RAG"]
    r = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r += 1
    cur_sec = None
    cur_find = None
    find_start = None
    expected = []
    merges = []
    for sec, find, ref, act, lead, tgt, rev, prog, rag, exp in rows:
        if sec != cur_sec:
            if cur_find is not None and r - 1 > find_start:
                merges.append((find_start, r - 1))
            cur_find = None
            ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
            for ci in range(1, 9):
                ws.cell(row=r, column=ci).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            cur_sec = sec
        if find != cur_find:
            if cur_find is not None and r - 1 > find_start:
                merges.append((find_start, r - 1))
            ws.cell(row=r, column=2, value=find)
            find_start = r
            cur_find = find
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=act)
        ws.cell(row=r, column=4, value=lead)
        c = ws.cell(row=r, column=5, value=tgt)
        if isinstance(tgt, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c = ws.cell(row=r, column=6, value=rev)
        if isinstance(rev, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=prog)
        if rag:
            ws.cell(row=r, column=8).fill = fill(rag)
        for ci in range(1, 9):
            ws.cell(row=r, column=ci).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=ci).border = BOX
        e = dict(ref=ref, under=[sec, find], action=act)
        e.update(exp)
        expected.append(e)
        r += 1
    if cur_find is not None and r - 1 > find_start:
        merges.append((find_start, r - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="1. RAG is reviewed monthly at the Care4CE Quality Board and reported to the "
                  "Adults and Health Committee each quarter.")
    ws.cell(row=r + 2, column=1,
            value="2. Where a revised date is shown it has been agreed by the Head of Care4CE.")
    ws.freeze_panes = "A8"

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of progress – September 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    summ = [("Regulation", "Actions", "Complete", "On track", "At risk", "Off track",
             "Not started"),
            ("Regulation 12", 3, 1, 1, 1, 0, 0),
            ("Regulation 17", 3, 0, 2, 0, 0, 1),
            ("Regulation 18", 2, 1, 0, 0, 1, 0),
            ("Total", 8, 2, 3, 1, 1, 1)]
    for i, row in enumerate(summ, 3):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (3, 7):
                c.font = Font(bold=True)
    ws2.column_dimensions["A"].width = 18
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a council in-house adult social care provider's action plan after a CQC "
                "inspection rated it Requires improvement (Cheshire East Council's Care4CE "
                "reablement service, 2025; kind of plan councils take to their adults committee). "
                "Copied features: title block with inspection details, RAG key row of filled cells, "
                "key question/regulation section rows merged across, 'What CQC found' cell merged "
                "down over its actions, target and revised date columns (real dates and text), "
                "progress comments, RAG column by fill colour only, notes lines and a summary sheet."),
        reads=("An eight-action plan grouped under three regulation breaches (Safe/Reg 12, "
               "Well-led/Reg 17, Effective/Reg 18); each finding is merged over the actions "
               "answering it. Status is only the fill colour of the RAG cell, explained by the key "
               "in row 5; one action has no fill (not started)."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. GMFRS - Manchester Arena Inquiry Volume 2 recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_gmfrs():
    name = ("nq2-greater-manchester-fire-rescue-service-manchester-arena-inquiry-volume-2-"
            "recommendations-tracker.xlsx")
    title = "Manchester Arena Inquiry Volume 2 – GMFRS Recommendations Implementation Tracker"
    T1 = "Theme 1: JESIP and interoperability"
    T2 = "Theme 2: Command and control"
    T3 = "Theme 3: Training, exercising and learning"
    R79 = ("R79 – GMFRS should ensure that all officers who may attend a major incident are "
           "trained in, and regularly exercise, the JESIP principles alongside the other "
           "emergency services.")
    R81 = ("R81 – GMFRS, GMP and NWAS should agree arrangements for an immediate tri-service "
           "conference call when a major incident is declared.")
    R86 = ("R86 – GMFRS should review its procedures so that an Incident Commander is appointed "
           "and deploys without delay when a terrorist attack is declared.")
    R88 = ("R88 – GMFRS should make sure the duty National Inter-agency Liaison Officer (NILO) "
           "can gain situational awareness independently of the other services.")
    R92 = ("R92 – GMFRS should ensure that learning identified from exercises is acted on and "
           "tracked to completion.")
    structure = [
        (T1, [
            (R79, [
                ("R79.1",
                 "Deliver JESIP awareness and command training to all flexi-duty officers, with a "
                 "refresher every three years recorded on the training system.",
                 "Area Manager, Training & Development", dt.datetime(2024, 3, 31), None,
                 "G", "B",
                 "All 112 flexi-duty officers trained. Refresher cycle set in the training "
                 "system. Closure evidence accepted by the Board 12/06/2024.",
                 dict(lead=["Area Manager, Training & Development"], end="2024-03",
                      status="blue")),
                ("R79.2",
                 "Include a multi-agency JESIP objective in every Level 2 and Level 3 exercise "
                 "and capture the learning on the Joint Organisational Learning (JOL) system.",
                 "Head of Resilience / Area Manager, Training & Development", "Sep-24", "Mar-25",
                 "A", "G",
                 "Objective included in all exercises since October 2024. JOL entries now "
                 "reviewed at the Operational Assurance Group.",
                 dict(lead=["Head of Resilience", "Area Manager, Training & Development"],
                      end="2025-03", status="green")),
            ]),
            (R81, [
                ("R81.1",
                 "Agree a tri-service conference call protocol with GMP and NWAS and embed it in "
                 "the Fire Control action cards.",
                 "Head of Fire Control", "Jun-24", None, "G", "B",
                 "Protocol signed by all three services 30/05/2024 and live in action cards.",
                 dict(lead=["Head of Fire Control"], end="2024-06", status="blue")),
                ("R81.2",
                 "Test the protocol through quarterly no-notice exercises and report the results "
                 "to the Arena Recommendations Board.",
                 "Head of Fire Control; Head of Resilience", "Ongoing", None, "G", "G",
                 "Q1 and Q2 2025/26 tests completed; call established within 9 and 7 minutes.",
                 dict(lead=["Head of Fire Control", "Head of Resilience"], end=None,
                      end_text="Ongoing", status="green")),
            ]),
        ]),
        (T2, [
            (R86, [
                ("R86.1",
                 "Revise the operational guidance for Marauding Terrorist Attack (MTA) incidents "
                 "so that an Incident Commander is mobilised at the point of declaration.",
                 "Assistant Chief Fire Officer (Operations)", dt.datetime(2023, 9, 30), None,
                 "B", "B",
                 "Guidance revised and issued September 2023.",
                 dict(lead=["Assistant Chief Fire Officer (Operations)"], end="2023-09",
                      status="blue")),
                ("R86.2",
                 "Audit ten MTA exercise and incident logs to confirm the revised guidance is "
                 "being followed.",
                 "Head of Operational Assurance", "Dec-24", "Jun-25", "A", "A",
                 "Six of ten audits complete. Delay due to availability of exercise logs "
                 "from partner agencies.",
                 dict(lead=["Head of Operational Assurance"], end="2025-06", status="amber")),
            ]),
            (R88, [
                ("R88.1",
                 "Give duty NILOs access to the multi-agency talk group and the ResilienceDirect "
                 "incident page from their response vehicles.",
                 "NILO Coordinator", dt.datetime(2024, 1, 31), None, "G", "B",
                 "Airwave talk group and tablets issued to all duty NILOs.",
                 dict(lead=["NILO Coordinator"], end="2024-01", status="blue")),
            ]),
        ]),
        (T3, [
            (R92, [
                ("R92.1",
                 "Set up an exercise learning log, reviewed monthly by the Operational Assurance "
                 "Group, with an owner and due date for every learning point.",
                 "Head of Operational Assurance", "Jul-24", None, "G", "R",
                 "Log in place but 14 learning points are overdue; escalated to the Deputy "
                 "Chief Fire Officer.",
                 dict(lead=["Head of Operational Assurance"], end="2024-07", status="red")),
                ("R92.2",
                 "Publish an annual assurance statement to the Fire Committee on how exercise "
                 "learning has been implemented.",
                 "Deputy Chief Fire Officer", "Mar-26", None, None, None,
                 "Not started – first statement due at the March 2026 Fire Committee.",
                 dict(lead=["Deputy Chief Fire Officer"], end="2026-03", status="unrated")),
            ]),
        ]),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 70
    ctrl = [("Document control", ""),
            ("Owner", "Deputy Chief Fire Officer"),
            ("Prepared by", "Organisational Learning and Assurance Team"),
            ("Reporting to", "Arena Recommendations Board; GMCA Fire Committee"),
            ("Version", "v7.2"),
            ("Date", "06/10/2025"),
            ("Classification", "OFFICIAL")]
    for i, (a, b) in enumerate(ctrl, 3):
        cov.cell(row=i, column=1, value=a).border = BOX
        cov.cell(row=i, column=2, value=b).border = BOX
    cov["A3"].font = Font(bold=True)
    cov["A11"] = ("This tracker lists the Volume 2 recommendations directed at GMFRS and the "
                  "actions taken in response. Actions are closed only when the Board accepts the "
                  "evidence of completion.")

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary by theme – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    srows = [("Theme", "Actions", "Complete (B)", "On track (G)", "At risk (A)",
              "Off track (R)", "Not started"),
             (T1, 4, 2, 2, 0, 0, 0),
             (T2, 3, 2, 0, 1, 0, 0),
             (T3, 2, 0, 0, 0, 1, 1),
             ("Total", 9, 4, 2, 1, 1, 1)]
    for i, row in enumerate(srows, 3):
        for j, v in enumerate(row, 1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (3, 7):
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 42

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("RAG: B = Complete (evidence accepted)   G = On track   A = At risk   "
                "R = Off track   blank = Not started")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation / action", "Action owner", "Original date", "Revised date",
           "Previous RAG (Jun-25)", "Current RAG (Oct-25)", "Progress commentary"]
    widths = [9, 70, 34, 13, 13, 12, 12, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    r += 1
    expected = []
    for theme, recs in structure:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, size=12)
        for ci in range(1, 9):
            ws.cell(row=r, column=ci).fill = fill("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, own, orig, rev, prev, curr, prog, exp in acts:
                vals = [ref, act, own, orig, rev, prev, curr, prog]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for ci, v in ((6, prev), (7, curr)):
                    if v:
                        ws.cell(row=r, column=ci).fill = fill(ragfill[v])
                        ws.cell(row=r, column=ci).alignment = Alignment(horizontal="center",
                                                                         vertical="top")
                e = dict(ref=ref, under=[theme, rec], action=act)
                e.update(exp)
                expected.append(e)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Source: Manchester Arena Inquiry Volume 2 (November 2022). "
                                   "Recommendation wording summarised for tracking purposes.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "C5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a fire and rescue service's tracker for public inquiry recommendations "
                "as reported to its recommendations board and the GMCA Fire Committee (GMFRS, "
                "Manchester Arena Inquiry Volume 2, published November 2022; tracker as at "
                "October 2025). Copied features: cover sheet with document control table, summary "
                "sheet with totals by theme, tracker sheet with theme rows and bold merged "
                "recommendation rows above their numbered actions, original and revised dates, "
                "previous and current RAG letters with fill colour, progress commentary, key line "
                "and source note."),
        reads=("Nine actions on the Tracker sheet under three themes, each answering a numbered "
               "inquiry recommendation written in a merged row above it. The status is the "
               "Current RAG letter (B/G/A/R, blank = not started); where a revised date is given "
               "it is the end."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Worcestershire County Council - AGS 2024/25 significant issues action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_worcs_ags():
    name = ("nq2-worcestershire-county-council-annual-governance-statement-2024-25-action-plan-"
            "typo-month-refuse.xlsx")
    title = ("Worcestershire County Council – Annual Governance Statement 2024/25: Significant "
             "Governance Issues Action Plan")
    issues = [
        ("1", "Financial resilience – continued reliance on Exceptional Financial Support and a "
              "low level of general reserves.", [
            ("1.1", "Deliver the 2025/26 savings programme and report progress monthly to Cabinet "
                    "and the Strategic Leadership Team.",
             "Chief Finance Officer (s151)", "March 2026", "On track",
             "£18.4m of £24.1m savings delivered or on track at Month 6."),
            ("1.2", "Refresh the Medium Term Financial Plan to 2028/29, including a reserves "
                    "strategy to rebuild general balances.",
             "Chief Finance Officer (s151)", "February 2026", "On track",
             "Draft MTFP considered by Cabinet 6 November 2025."),
            ("1.3", "Agree the 2026/27 capitalisation direction and its conditions with MHCLG.",
             "Chief Finance Officer (s151); Assistant Director – Finance", "January 2026",
             "On track", "Minded-to letter received; conditions under discussion."),
        ]),
        ("2", "Contract management – Internal Audit gave limited assurance on the management of "
              "high-value contracts.", [
            ("2.1", "Implement a contract management framework with tiered contracts and a named "
                    "contract manager for every Tier 1 contract.",
             "Head of Commercial", "September 2025", "Complete",
             "Framework approved by SLT 9 September 2025; 41 Tier 1 contracts assigned."),
            ("2.2", "Deliver contract management training to all Tier 1 and Tier 2 contract "
                    "managers.",
             "Head of Commercial", "Decmber 2025", "On track",
             "Two of three cohorts trained."),
        ]),
        ("3", "Information governance – completion of mandatory data protection training below "
              "the 95% target and delays in responding to subject access requests.", [
            ("3.1", "Escalate non-completion of data protection training to directorate "
                    "leadership teams monthly until the 95% target is met.",
             "Data Protection Officer", "October 2025", "Complete",
             "Completion 96.2% at 30 September 2025."),
            ("3.2", "Recruit two additional information rights officers and clear the backlog of "
                    "overdue subject access requests.",
             "Head of Information Governance", "March 2026", "Delayed",
             "One post filled; second post re-advertised. Backlog reduced from 87 to 52."),
        ]),
        ("4", "Workforce capacity – high vacancy rates in Legal Services and Planning affecting "
              "statutory deadlines.", [
            ("4.1", "Introduce a market supplement for hard-to-fill legal and planning posts.",
             "Director of People and Transformation", "December 2025", "Not started",
             "Business case to be considered by the Appointments Panel in December."),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "AGS Action Plan 2024-25"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update to Audit and Governance Committee – 28 November 2025"
    ws["A3"] = "Status: Complete | On track | Delayed | Not started"
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Significant governance issue", "Ref", "Action", "Responsible officer",
           "Target date", "Status", "Progress at November 2025"]
    widths = [5, 40, 6, 55, 32, 15, 12, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    r += 1
    typo_row = None
    for no, issue, acts in issues:
        start = r
        ws.cell(row=r, column=1, value=int(no))
        ws.cell(row=r, column=2, value=issue)
        for ref, act, off, tgt, st, prog in acts:
            for ci, v in enumerate([None, None, ref, act, off, tgt, st, prog], 1):
                c = ws.cell(row=r, column=ci)
                if v is not None:
                    c.value = v
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            if tgt.startswith("Decmber"):
                typo_row = r
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Approved by the Chief Executive and the Leader of the Council "
                                   "as part of the Annual Governance Statement 2024/25.")
    wb.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a county council's Annual Governance Statement significant governance "
                "issues action plan as brought back to its Audit and Governance Committee for a "
                "progress update (Worcestershire County Council, AGS 2024/25, November 2025 "
                "update). Copied features: one-line title, meeting line, status key line, issue "
                "number and issue text merged down over their actions, responsible officer, "
                "target month in words, status word column and progress column, approval note."),
        reads=("Nine actions under four numbered governance issues. Action 2.2's target date "
               "reads 'Decmber 2025', a mistyped month; a careful reader stops there and asks "
               "before reading the plan in."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title=title,
    )
    write_expected(name, meta, None)
    return name, 9


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


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


def header_row(table, labels, fillcol="1F3864"):
    for i, h in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fillcol)


# ---------------------------------------------------------------------------
# 4. Renfrewshire Council - Annual Audit Report 2024/25 action plan progress (docx)
# ---------------------------------------------------------------------------
def make_renfrewshire():
    name = "nq2-renfrewshire-council-annual-audit-report-2024-25-action-plan.docx"
    title = "Annual Audit Report 2024/25 – Action Plan Progress Update"
    P1 = "Part 1: 2024/25 recommendations"
    P2 = "Part 2: Follow-up of prior year recommendations"
    stfill = {"Complete": "5B9BD5", "On track": "00B050", "Some slippage": "FFC000",
              "Significant delay": "FF0000"}
    stmap = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
             "Significant delay": "red"}
    part1 = [
        ("1", "Medium-term financial planning\nThe council has identified a cumulative budget gap "
              "of £46.2 million over 2026/27 to 2028/29. Savings options to close the gap have "
              "not yet been fully identified.",
         "The council should set out, in its medium-term financial plan, the specific savings "
         "and service redesign options it will use to close the budget gap.",
         "The Financial Outlook 2026-2029 will be updated with a programme of savings and "
         "redesign options for consideration by Council alongside the 2026/27 budget.",
         "Director of Finance and Resources", "28 February 2026", "On track",
         dict(lead=["Director of Finance and Resources"], end="2026-02")),
        ("2", "Transformation programme\nBenefits from the transformation programme are not "
              "tracked consistently, and reporting to elected members is limited to "
              "narrative updates.",
         "The council should introduce a benefits realisation framework for the transformation "
         "programme and report financial and non-financial benefits to elected members.",
         "A benefits realisation framework will be developed and reported to the Leadership "
         "Board.\nThe first benefits report will be presented alongside the Quarter 3 "
         "transformation update.",
         "Chief Executive; Head of Transformation", "March 2026", "Some slippage",
         dict(lead=["Chief Executive", "Head of Transformation"], end="2026-03")),
        ("3", "Workforce planning\nService workforce plans have not been refreshed since 2022 and "
              "do not reflect the council's transformation plans.",
         "Service workforce plans should be refreshed and aligned to the transformation "
         "programme and the medium-term financial plan.",
         "All service workforce plans will be refreshed using the new corporate template and "
         "reviewed by the Corporate Management Team.",
         "Head of People and Organisational Development", "30 September 2026", "On track",
         dict(lead=["Head of People and Organisational Development"], end="2026-09")),
        ("4", "Cyber resilience\nThe council's cyber incident response plan has not been tested "
              "through a live exercise.",
         "The council should test its cyber incident response plan and act on the lessons "
         "learned.",
         "A cyber exercise facilitated by the Scottish Cyber Coordination Centre was held in "
         "October 2025 and the plan updated.",
         "Head of ICT and Digital", "December 2025", "Complete",
         dict(lead=["Head of ICT and Digital"], end="2025-12")),
        ("5", "Performance reporting\nPublic performance reports do not always show trend data "
              "or compare the council with other councils.",
         "The council should improve its public performance reporting so that trends and "
         "benchmarking against other councils are clear.",
         "The annual public performance report will include three-year trends and Local "
         "Government Benchmarking Framework comparisons.",
         "Head of Policy and Partnerships", "Q2 2026/27", "On track",
         dict(lead=["Head of Policy and Partnerships"], end="2026-09")),
    ]
    part2 = [
        ("b/f 1",
         "The council should review its scheme of delegation and financial regulations to "
         "reflect the new senior management structure.",
         "Scheme of delegation and financial regulations to be revised and approved by Council.",
         "Head of Corporate Governance", "31 March 2025", "31 December 2025", "Significant delay",
         dict(lead=["Head of Corporate Governance"], end="2025-12")),
        ("b/f 2",
         "The council should complete its review of the capital programme to reflect "
         "affordability and deliverability.",
         "Capital programme review to be reported to the Finance, Resources and Customer "
         "Services Policy Board.",
         "Director of Finance and Resources", "30 June 2025", "", "Complete",
         dict(lead=["Director of Finance and Resources"], end="2025-06")),
        ("b/f 3",
         "Asset management plans should be updated for property and roads to support "
         "investment decisions.",
         "Property and roads asset management plans to be updated and presented to the "
         "Infrastructure, Land and Environment Policy Board.",
         "Head of Property Services / Head of Operations and Infrastructure", "September 2025",
         "June 2026", "On track",
         dict(lead=["Head of Property Services", "Head of Operations and Infrastructure"],
              end="2026-06")),
    ]
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Renfrewshire Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Appendix 1 to the report of the Director of Finance and Resources")
    d.add_paragraph("Audit, Risk and Scrutiny Board – 26 January 2026")

    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.0"), ("Date", "9 January 2026"),
                                ("Author", "Chief Auditor and Finance Manager (Accounting)"),
                                ("Source", "Audit Scotland – Renfrewshire Council 2024/25 Annual "
                                           "Audit Report, Appendix 1")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_paragraph("Status key", style="Heading 3")
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "Action fully implemented"),
                                ("On track", "Action expected to be delivered by the agreed date"),
                                ("Some slippage", "Action may not be delivered by the agreed date"),
                                ("Significant delay",
                                 "Action will not be delivered by the agreed date")]):
        set_cell(k.rows[i].cells[0], a, bold=True)
        shade(k.rows[i].cells[0], stfill[a])
        set_cell(k.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_paragraph(P1, style="Heading 1")
    d.add_paragraph("The external auditor made five recommendations in the 2024/25 Annual Audit "
                    "Report. Management responses were agreed in September 2025.")
    t1 = d.add_table(rows=1, cols=7)
    t1.style = "Table Grid"
    header_row(t1, ["No.", "Issue/risk", "Recommendation", "Agreed management action",
                    "Responsible officer", "Agreed date", "Status"])
    expected = []
    for no, issue, rec, act, off, date, st, exp in part1:
        row = t1.add_row()
        c = row.cells
        set_cell(c[0], no)
        set_cell(c[1], issue)
        c[1].paragraphs[0].runs[0].bold = True
        set_cell(c[2], rec)
        set_cell(c[3], act)
        set_cell(c[4], off)
        set_cell(c[5], date)
        set_cell(c[6], st)
        shade(c[6], stfill[st])
        e = dict(ref=no, under=[P1, rec], action=act)
        e.update(exp)
        e["status"] = stmap[st]
        expected.append(e)
    d.add_paragraph()
    d.add_paragraph(P2, style="Heading 1")
    d.add_paragraph("Recommendations from the 2023/24 Annual Audit Report that were not complete "
                    "at the time of the 2024/25 audit are brought forward (b/f) below.")
    t2 = d.add_table(rows=1, cols=7)
    t2.style = "Table Grid"
    header_row(t2, ["Ref", "Recommendation (2023/24)", "Agreed management action",
                    "Responsible officer", "Original date", "Revised date", "Status"])
    for ref, rec, act, off, orig, rev, st, exp in part2:
        row = t2.add_row()
        c = row.cells
        for ci, v in enumerate([ref, rec, act, off, orig, rev, st]):
            set_cell(c[ci], v)
        shade(c[6], stfill[st])
        e = dict(ref=ref, under=[P2, rec], action=act)
        e.update(exp)
        e["status"] = stmap[st]
        expected.append(e)
    d.add_paragraph()
    d.add_paragraph("Progress on these actions will next be reported to the Board in June 2026.")
    d.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Scottish council's progress report to its audit committee on the "
                "action plan in the external auditor's (Audit Scotland / Accounts Commission) "
                "Annual Audit Report (Renfrewshire Council, 2024/25 AAR, January 2026). Copied "
                "features: Audit Scotland's Issue/risk – Recommendation – Agreed management action "
                "columns with a bold numbered issue title, responsible officer and agreed date "
                "columns, a follow-up table of prior year recommendations with 'b/f' refs and "
                "original/revised dates, document control and status key tables, status words "
                "with cell shading, council name in the page header."),
        reads=("Eight agreed management actions: five for the 2024/25 recommendations (Part 1) and "
               "three brought forward from 2023/24 (Part 2), one action per recommendation. The "
               "status word in each row is read through the status key (Complete = blue, On track "
               "= green, Some slippage = amber, Significant delay = red); the revised date is the "
               "end where one is given."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Merthyr Tydfil CBC - supported living service, CIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_merthyr():
    name = "nq2-merthyr-tydfil-cbc-supported-living-service-ciw-inspection-improvement-plan.docx"
    title = "Supported Living Service – CIW Inspection Improvement Plan"
    themes = [
        ("Well-being", [
            ("Regulation 26 – Safeguarding: not all staff could describe how to report a concern "
             "out of hours.", [
                ("WB1", "Refresh safeguarding training for all support staff, including the "
                        "out-of-hours reporting route through the Emergency Duty Team.",
                 "Safeguarding Lead, Adult Services", "31/10/2025", "Amber",
                 "Sessions booked; 64% of staff trained to date.",
                 dict(lead=["Safeguarding Lead, Adult Services"], end="2025-10",
                      status="amber")),
                ("WB2", "Display the safeguarding flowchart in every shared house and include it "
                        "in the staff handbook.",
                 "Team Manager – Supported Living", "June 2025", "Complete",
                 "Flowchart displayed in all 11 properties.",
                 dict(lead=["Team Manager – Supported Living"], end="2025-06", status="blue")),
            ]),
        ]),
        ("Care and Support", [
            ("Regulation 15 – Personal plans: personal plans did not always reflect people's "
             "current needs or the outcomes they want to achieve.", [
                ("CS1", "Review every personal plan with the individual and their "
                        "representatives, recording the outcomes each person wants to achieve.",
                 "Team Manager – Supported Living", "30/06/2025", "Complete",
                 "All 38 personal plans reviewed.",
                 dict(lead=["Team Manager – Supported Living"], end="2025-06", status="blue")),
                ("CS2", "Set up a three-monthly review schedule in WCCIS with reminders to "
                        "keyworkers.",
                 "Team Manager – Supported Living / WCCIS Systems Officer", "September 2025",
                 "Green", "Schedule built; reminders to go live with the WCCIS update.",
                 dict(lead=["Team Manager – Supported Living", "WCCIS Systems Officer"],
                      end="2025-09", status="green")),
            ]),
        ]),
        ("Leadership and Management", [
            ("Regulation 36 – Supervision and appraisal: not all staff received supervision at "
             "least every three months.", [
                ("LM1", "Agree a supervision matrix for all staff and monitor completion at the "
                        "monthly service meeting.",
                 "Registered Manager", "31/08/2025", "Red",
                 "Matrix in place; completion 71% due to senior support worker vacancies.",
                 dict(lead=["Registered Manager"], end="2025-08", status="red")),
                ("LM2", "Deliver supervision skills training for senior support workers.",
                 "Workforce Development Officer", "Q3 2025/26", "Green",
                 "Course commissioned from Social Care Wales approved provider.",
                 dict(lead=["Workforce Development Officer"], end="2025-12", status="green")),
            ]),
            ("Regulation 80 – Quality of care review: the six-monthly quality of care report had "
             "not been completed.", [
                ("LM3", "Complete the quality of care review for October 2024 – March 2025 and "
                        "share it with people using the service and their families.",
                 "Responsible Individual", "July 2025", "Complete",
                 "Report completed and shared in an easy-read version.",
                 dict(lead=["Responsible Individual"], end="2025-07", status="blue")),
                ("LM4", "Build the six-monthly quality of care review into the service calendar.",
                 "Responsible Individual", "Six-monthly", "Green",
                 "Next review due April 2026.",
                 dict(lead=["Responsible Individual"], end=None, end_text="Six-monthly",
                      status="green")),
            ]),
        ]),
    ]
    ragfill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "5B9BD5"}
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("Merthyr Tydfil County Borough Council | Cyngor Bwrdeistref Sirol Merthyr "
                    "Tudful").runs[0].font.size = Pt(9)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Gwasanaeth Byw â Chymorth – Cynllun Gwella yn dilyn Arolygiad AGC").runs[
        0].italic = True
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Service", "Supported Living Service (domiciliary support service)"),
            ("Responsible Individual", "Head of Adult Social Care"),
            ("Inspection", "11 and 12 March 2025 (full inspection)"),
            ("Report published", "6 May 2025"),
            ("Plan version", "Version 2 – updated 15 August 2025")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    d.add_paragraph()
    d.add_paragraph("Care Inspectorate Wales (CIW) identified areas for improvement under the "
                    "Regulated Services (Service Providers and Responsible Individuals) (Wales) "
                    "Regulations 2017. No priority action notices were issued. This plan sets out "
                    "how the service will address each area. RAG: Red = not on track; Amber = "
                    "some risk to timescale; Green = on track; Complete = action closed.")
    expected = []
    for theme, afis in themes:
        d.add_paragraph(theme, style="Heading 1")
        tb = d.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        header_row(tb, ["Ref", "Area for improvement", "Action", "Lead officer", "Timescale",
                        "RAG", "Progress"], fillcol="2E5496")
        for afi, acts in afis:
            first = None
            for ref, act, lead, when, rag, prog, exp in acts:
                row = tb.add_row()
                c = row.cells
                set_cell(c[0], ref)
                if first is None:
                    set_cell(c[1], afi)
                    first = c[1]
                set_cell(c[2], act)
                set_cell(c[3], lead)
                set_cell(c[4], when)
                set_cell(c[5], rag)
                shade(c[5], ragfill[rag])
                set_cell(c[6], prog)
                last = c[1]
                e = dict(ref=ref, under=[theme, afi], action=act)
                e.update(exp)
                expected.append(e)
            if last is not first:
                first.merge(last)
                # merge keeps the text of both cells; reset to the AFI text only
                set_cell(first, afi)
        d.add_paragraph()
    d.add_paragraph("Sign-off", style="Heading 2")
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([("Role", "Name", "Date"),
                             ("Responsible Individual", "Head of Adult Social Care", "15/08/2025"),
                             ("Registered Manager", "Supported Living Registered Manager",
                              "15/08/2025")]):
        for j, v in enumerate(row):
            set_cell(s.rows[i].cells[j], v, bold=(i == 0))
    d.save(os.path.join(HERE, name))
    meta = dict(
        source=("Imitates a Welsh council's improvement plan after a Care Inspectorate Wales "
                "inspection of its own domiciliary support (supported living) service (Merthyr "
                "Tydfil CBC, inspected March 2025). Copied features: bilingual council line and "
                "Welsh subtitle, service details table, intro paragraph with the RAG key, one "
                "table per CIW theme (Well-being, Care and Support, Leadership and Management) "
                "under its own heading, area for improvement citing the regulation merged down "
                "over its actions, lead officer posts, timescales as dates, months, a financial "
                "quarter and 'Six-monthly', RAG words with shading, sign-off table."),
        reads=("Eight actions in three theme tables; each answers a CIW area for improvement "
               "(regulation and finding) merged over its actions. The RAG column gives Red/Amber/"
               "Green or Complete; the sign-off and details tables are not the plan."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Wandle Housing - RSH consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_wandle():
    name = "nq2-wandle-housing-rsh-consumer-standards-improvement-plan.csv"
    title = "Wandle Housing Association – Consumer Standards Improvement Plan"
    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    NC = "Neighbourhood and Community Standard"
    rows = [
        (SQ, "SQ1", "Stock condition data – 38% of homes without a survey in the last five years",
         "Complete stock condition surveys for all homes not surveyed since April 2020.",
         "Director of Property Services", "31/03/2026", "", "On track",
         "2,140 of 3,460 surveys complete. Second contractor mobilised September.",
         dict(lead=["Director of Property Services"], end="2026-03", status="green")),
        (SQ, "SQ2", "",
         "Load all survey data into the asset management system and set a 30-year investment "
         "plan.",
         "Head of Asset Management", "Jun-26", "", "Not started",
         "Dependent on SQ1.",
         dict(lead=["Head of Asset Management"], end="2026-06", status="unrated")),
        (SQ, "SQ3", "Fire risk assessment remedial actions overdue",
         "Clear all overdue high-risk fire risk assessment actions and report weekly to the "
         "Executive Team.",
         "Head of Compliance & Building Safety", "30/09/2025", "31/12/2025", "At risk",
         "112 overdue at start; 19 remain, all requiring leaseholder access.\n"
         "Revised date agreed by Board 17/09/2025.",
         dict(lead=["Head of Compliance & Building Safety"], end="2025-12", status="amber")),
        (SQ, "SQ4", "Damp and mould cases not resolved within target",
         "Introduce a damp and mould triage team and a 10-working-day target for inspection.",
         "Head of Repairs", "Aug-25", "", "Complete",
         "Team in place from 4 August 2025.",
         dict(lead=["Head of Repairs"], end="2025-08", status="blue")),
        (TIA, "TIA1", "Tenant Satisfaction Measures not published on time",
         "Publish the 2024/25 Tenant Satisfaction Measures with a \"You said, we did\" summary for "
         "residents.",
         "Head of Customer Experience; Head of Data & Insight", "Q3 2025/26", "", "On track",
         "Draft summary reviewed by the Resident Scrutiny Panel.",
         dict(lead=["Head of Customer Experience", "Head of Data & Insight"], end="2025-12",
              status="green")),
        (TIA, "TIA2", "Residents not involved in shaping services",
         "Recruit residents to a new Resident Scrutiny Panel and agree its first two scrutiny "
         "reviews.",
         "Resident Involvement Manager", "Ongoing", "", "On track",
         "Nine residents recruited; first review (complaints) under way.",
         dict(lead=["Resident Involvement Manager"], end=None, end_text="Ongoing",
              status="green")),
        (TIA, "TIA3", "Complaint Handling Code self-assessment not published",
         "Review the complaints policy against the Housing Ombudsman Complaint Handling Code and "
         "publish the annual self-assessment.",
         "Complaints Manager", "30/06/2025", "", "Overdue",
         "Self-assessment drafted; awaiting Board approval.",
         dict(lead=["Complaints Manager"], end="2025-06", status="red")),
        (NC, "NC1", "Anti-social behaviour case management inconsistent",
         "Adopt a single ASB case management procedure with risk assessment of every new case "
         "and monthly case reviews.",
         "Director of Housing", "Jan-26", "", "On track",
         "Procedure approved; training for neighbourhood officers in December.",
         dict(lead=["Director of Housing"], end="2026-01", status="green")),
    ]
    lines = []
    ncol = 9
    def emit(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csvq(v) for v in vals))
    emit([title])
    emit(["Regulatory judgement: C3 (consumer grading) – plan agreed with the Regulator of Social "
          "Housing"])
    emit(["Export date: 03/10/2025", "Owner: Executive Director of Operations"])
    emit([])
    emit(["Standard", "Ref", "Issue", "Action", "Action owner", "Due date", "Revised due date",
          "Status", "Latest update"])
    expected = []
    last_std = None
    last_issue = None
    for std, ref, issue, act, own, due, rev, st, upd, exp in rows:
        emit([std if std != last_std else "", ref, issue, act, own, due, rev, st, upd])
        if std != last_std:
            last_issue = None
        last_std = std
        if issue:
            last_issue = issue
        e = dict(ref=ref, under=[std, last_issue], action=act)
        e.update(exp)
        expected.append(e)
    emit([])
    emit(["Summary"])
    emit(["Complete", "1"])
    emit(["On track", "4"])
    emit(["At risk", "1"])
    emit(["Overdue", "1"])
    emit(["Not started", "1"])
    emit(["Total", "8"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    meta = dict(
        source=("Imitates a housing association's improvement plan agreed with the Regulator of "
                "Social Housing after a C3 consumer grading, exported from its tracker to CSV for "
                "Board (Wandle Housing Association, 2025). Copied features: title and regulatory "
                "judgement lines, export/owner line, consumer standard given only on the first "
                "row of its group, issue stated once above the actions that share it, due and "
                "revised due dates (dates, month-year and a financial quarter, 'Ongoing'), "
                "status words, multi-line quoted update, summary totals block."),
        reads=("Eight actions under three consumer standards. The standard and the issue are "
               "written only on the first row of their group and carry down to the blank rows "
               "below. Status words: Complete, On track, At risk, Overdue, Not started; a "
               "revised due date replaces the original."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Cumbria Constabulary - strategic risk register Q3 2025/26 (txt, plain text export)
# ---------------------------------------------------------------------------
def make_cumbria():
    name = "nq2-cumbria-constabulary-strategic-risk-register-q3-2025-26.txt"
    title = "Cumbria Constabulary – Strategic Risk Register, Quarter 3 2025/26"
    risks = [
        ("SR01 – Financial sustainability and the Medium Term Financial Plan",
         "Chief Finance Officer (Constabulary)", "20 (L4 x I5)", "16 (L4 x I4)", "9",
         "Unchanged",
         ["MTFP approved by the Commissioner February 2025",
          "Monthly budget monitoring to Chief Officer Group"],
         [("SR01.1", "Deliver the 2026/27 savings plan of £3.1m through the Change Board.",
           "Chief Finance Officer (Constabulary)", "31/03/2026", "Amber",
           dict(lead=["Chief Finance Officer (Constabulary)"], end="2026-03", status="amber")),
          ("SR01.2", "Complete the estates rationalisation business case for the West Cumbria "
                     "sites.",
           "Head of Estates", "Q4 2025/26", "Green",
           dict(lead=["Head of Estates"], end="2026-03", status="green"))]),
        ("SR02 – Legacy ICT systems and cyber security",
         "Deputy Chief Constable", "20 (L4 x I5)", "15 (L3 x I5)", "10", "Improving",
         ["Cyber Essentials Plus accreditation held",
          "Regional cyber crime unit support agreement"],
         [("SR02.1", "Migrate the remaining on-premises servers to the national cloud platform.",
           "Head of ICT", "Jun 2026", "Green",
           dict(lead=["Head of ICT"], end="2026-06", status="green")),
          ("SR02.2", "Run a cyber incident exercise with the Local Resilience Forum and update the "
                     "business continuity plans.",
           "Head of ICT / Head of Information Management", "Nov 2025", "Complete",
           dict(lead=["Head of ICT", "Head of Information Management"], end="2025-11",
                status="blue"))]),
        ("SR03 – Workforce: student officer attrition and detective capacity",
         "Director of People", "16 (L4 x I4)", "12 (L3 x I4)", "8", "Unchanged",
         ["Tutor constable scheme", "Detective Development Programme"],
         [("SR03.1", "Introduce exit interviews for all leaving student officers and report "
                     "themes to the People Board.",
           "Director of People", "Ongoing", "Green",
           dict(lead=["Director of People"], end=None, end_text="Ongoing", status="green")),
          ("SR03.2", "Recruit 24 direct-entry detectives in the 2026 intake.",
           "Detective Chief Superintendent, Crime Command", "End of September 2026",
           "Not started",
           dict(lead=["Detective Chief Superintendent, Crime Command"], end="2026-09",
                status="unrated"))]),
        ("SR04 – Public protection: management of registered sex offenders",
         "Assistant Chief Constable", "20 (L4 x I5)", "16 (L4 x I4)", "8", "Worsening",
         ["ViSOR supervision by Detective Inspector", "Monthly MOSOVO performance meeting"],
         [("SR04.1", "Clear the backlog of overdue ARMS risk assessments.",
           "Detective Superintendent, Public Protection", "28/02/2026", "Red",
           dict(lead=["Detective Superintendent, Public Protection"], end="2026-02",
                status="red"))]),
    ]
    L = []
    L.append(title)
    L.append("Report run: 08/01/2026 09:14    For: Joint Audit Committee, 21 January 2026")
    L.append("Filter: Register = Strategic; Risk status = Open")
    L.append("Scoring: Likelihood (1-5) x Impact (1-5).  Red 15-25 | Amber 8-14 | Green 1-7")
    L.append("Action status: Complete | Green (on track) | Amber (at risk) | Red (off track) | "
             "Not started")
    L.append("")
    expected = []
    for head, owner, inh, cur, tgt, dot, controls, acts in risks:
        L.append("=" * 78)
        L.append(head)
        L.append("Risk owner:          " + owner)
        L.append("Inherent score:      " + inh + "    Current score: " + cur + "    Target: " + tgt)
        L.append("Direction of travel: " + dot)
        L.append("Controls in place:")
        for c in controls:
            L.append("    - " + c)
        L.append("Further actions:")
        for ref, act, own, due, st, exp in acts:
            L.append("    " + ref + "  " + act)
            L.append("            Owner: " + own + "    Due: " + due + "    Status: " + st)
            e = dict(ref=ref, under=[head], action=act)
            e.update(exp)
            expected.append(e)
        L.append("")
    L.append("=" * 78)
    L.append("4 open strategic risks | 7 further actions | End of report")
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    meta = dict(
        source=("Imitates a police force's strategic risk register as exported in plain text from "
                "its risk management system for the Joint Audit Committee (Cumbria Constabulary, "
                "Quarter 3 2025/26). Copied features: report header with run date and filter, "
                "scoring and action-status keys, one block per risk with owner, inherent/current/"
                "target scores, direction of travel and controls in place, then numbered further "
                "actions each followed by an indented Owner/Due/Status line, closing count line."),
        reads=("Four strategic risks, each with its further actions (seven in all). The actions "
               "are the numbered lines under 'Further actions:', read under their risk heading; "
               "controls in place are existing measures, not actions. Owner, due date and status "
               "sit on the line below each action."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_care4ce, make_gmfrs, make_worcs_ags, make_renfrewshire, make_merthyr,
               make_wandle, make_cumbria):
        n, k = fn()
        print(k, n)
