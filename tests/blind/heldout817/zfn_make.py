#!/usr/bin/env python3
"""Build the seven zfn- blind test files (set heldout817) and their expected readings.

Run with /work/main/.venv/bin/python zfn_make.py  (from any directory).
Writes only files whose names start with "zfn-" into this script's folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


def path(name):
    assert name.startswith("zfn-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    out = path(name + ".expected.yaml")
    with open(out, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Royal Cornwall Hospitals NHS Trust - MIS (CNST) Year 6 action plan (xlsx)
# ---------------------------------------------------------------------------
def make_rcht():
    name = "zfn-royal-cornwall-hospitals-nhs-trust-cnst-mis-year-6-action-plan.xlsx"
    title = "Maternity Incentive Scheme (MIS) Year 6 – Safety Actions Action Plan"
    wb = Workbook()

    # Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14, color="005EB8")
    cv["A2"] = "Royal Cornwall Hospitals NHS Trust"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Women, Children and Sexual Health Services Care Group"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [
        ("Version", "0.7"),
        ("Date", "14/11/2024"),
        ("Author", "MIS Project Midwife"),
        ("Executive sponsor", "Chief Nursing Officer"),
        ("Reporting to", "Maternity and Neonatal Safety Champions; Quality Assurance Committee"),
        ("Board declaration deadline", "3 March 2025 (12 noon)"),
    ]
    for i, (k, v) in enumerate(dc, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        cv.cell(i, 1).border = BOX
        cv.cell(i, 2).border = BOX
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [
        ("B", "blue", "Complete – evidence approved by MIS Steering Group"),
        ("G", "green", "On track to deliver by the due date"),
        ("A", "amber", "At risk – mitigation in place"),
        ("R", "red", "Off track – will not be met without escalation"),
    ]
    for i, (k, col, txt) in enumerate(key, start=14):
        c = cv.cell(i, 1, k)
        c.fill = fill(FILL[col])
        c.alignment = Alignment(horizontal="center")
        cv.cell(i, 2, txt)
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 70

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "MIS Year 6 – position by safety action (as at 14/11/2024)"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Safety action", "Title", "Year 6 position", "Open actions"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
    summ = [
        ("SA1", "Perinatal Mortality Review Tool", "On track", 1),
        ("SA2", "Maternity Services Data Set", "Compliant", 0),
        ("SA3", "Transitional care", "Compliant", 0),
        ("SA4", "Clinical workforce planning", "At risk", 3),
        ("SA5", "Midwifery workforce planning", "Compliant", 0),
        ("SA6", "Saving Babies' Lives Care Bundle v3", "At risk", 2),
        ("SA7", "Listening to women and families", "Compliant", 0),
        ("SA8", "Training", "At risk", 1),
        ("SA9", "Board assurance", "On track", 1),
        ("SA10", "MNSI and Early Notification", "Compliant", 0),
    ]
    for i, row in enumerate(summ, start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BOX
    sm.cell(14, 1, "Total open actions").font = Font(bold=True)
    sm.cell(14, 4, 8).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 40
    sm.column_dimensions["C"].width = 16
    sm.column_dimensions["D"].width = 14

    # Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Royal Cornwall Hospitals NHS Trust  |  Updated: 14/11/2024  |  Owner: Director of Midwifery"
    ws.merge_cells("A2:I2")
    headers = ["Ref", "MIS Year 6 requirement", "Action", "Lead", "Original due date",
               "Revised due date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    SA1 = "Safety Action 1: Are you using the National Perinatal Mortality Review Tool to review and report perinatal deaths to the required standard?"
    SA4 = "Safety Action 4: Can you demonstrate an effective system of clinical workforce planning to the required standard?"
    SA6 = "Safety Action 6: Can you demonstrate that you are on track to compliance with all elements of the Saving Babies' Lives Care Bundle Version Three?"
    SA8 = "Safety Action 8: Can you evidence the following 3 elements of local training plans and 'in-house', one day multi professional training?"
    SA9 = "Safety Action 9: Can you demonstrate that there are robust processes in place to provide assurance to the Board on maternity and neonatal safety and quality issues?"
    SA10 = "Safety Action 10: Have you reported 100% of qualifying cases to Maternity and Newborn Safety Investigations (MNSI) programme and to NHS Resolution's Early Notification (EN) Scheme from 8 December 2023 to 30 November 2024?"

    R1A = "All eligible perinatal deaths from 8 December 2023 must be notified to MBRRACE-UK within 7 working days and the surveillance information completed within 1 month."
    R1B = "A quarterly report covering all deaths reviewed using the PMRT is submitted to the Trust Board, including details of the deaths reviewed and the consequent action plans."
    R4A = "Obstetric medical workforce: the Trust has implemented the RCOG guidance on compensatory rest and monitors compliance with the RCOG roles and responsibilities of the consultant providing acute care in obstetrics."
    R4B = "Neonatal medical workforce: the neonatal unit meets the BAPM national standards of medical staffing, or an action plan to address deficiencies has been agreed at Board level."
    R6A = "Element 1 – reducing smoking in pregnancy: carbon monoxide testing is offered at booking and at 36 weeks, with results recorded."
    R6B = "The Trust has held quarterly quality improvement discussions with the ICB (LMNS) and can demonstrate implementation of 70% of interventions across all six elements overall, and 50% in each element."
    R8 = "90% of each relevant maternity unit staff group has attended fetal monitoring, PROMPT (maternity emergencies) and neonatal life support training within the training year."
    R9A = "Board level safety champions meet with the perinatal leadership team at least bi-monthly and issues escalated are tracked to resolution."
    R9B = "The Perinatal Quality Surveillance Model (PQSM) dashboard is reviewed at every public Trust Board meeting."

    D = dt.datetime
    # (ref, req, action, lead_text, orig, revised, prev, cur, progress, expected)
    rows = [
        ("section", SA1),
        ("1.1", R1A, "Add a PMRT notification check to the daily maternity safety huddle so that every eligible death is reported to MBRRACE-UK within 7 working days.",
         "Bereavement Midwife / Patient Safety Midwife", D(2024, 5, 31), None, "G", "B",
         "Huddle checklist updated 20/05/2024. 100% of eligible deaths notified within 7 working days (Q1 and Q2).",
         (["Bereavement Midwife", "Patient Safety Midwife"], "2024-05", None, "blue")),
        ("1.2", R1B, "Present the quarterly PMRT report to Trust Board via the Maternity Safety Champions, including the deaths reviewed and actions arising.",
         "Head of Midwifery", D(2024, 9, 30), D(2024, 10, 31), "A", "G",
         "Q1 report received at Board 03/10/2024; Q2 report scheduled for the December Board.",
         (["Head of Midwifery"], "2024-10", None, "green")),
        ("section", SA4),
        ("4.1", R4A, "Complete the six-monthly audit of consultant attendance for the clinical situations listed in the RCOG roles and responsibilities guidance and share findings with the Maternity Safety Champions.",
         "Clinical Director for Obstetrics", D(2024, 10, 31), None, "A", "G",
         "Audit data collected for February – July 2024; report being written.",
         (["Clinical Director for Obstetrics"], "2024-10", None, "green")),
        ("4.2", None, "Audit compliance with the RCOG compensatory rest guidance on the resident doctors' rota and agree actions where rest is not taken.",
         "Clinical Director for Obstetrics / Rota Coordinator", D(2024, 11, 30), None, "G", "G",
         "Rota template amended; first audit month October 2024.",
         (["Clinical Director for Obstetrics", "Rota Coordinator"], "2024-11", None, "green")),
        ("4.3", R4B, "Submit the neonatal medical workforce gap analysis against BAPM standards to Trust Board, with an action plan agreed with the South West Neonatal Operational Delivery Network.",
         "Neonatal Clinical Lead", D(2024, 12, 31), D(2025, 2, 28), "R", "A",
         "Gap of 1.6 WTE tier 2 identified. Business case to Investment Committee in January; Board paper moved to February.",
         (["Neonatal Clinical Lead"], "2025-02", None, "amber")),
        ("section", SA6),
        ("6.1", R6A, "Roll out carbon monoxide testing at the 36-week appointment and record results on BadgerNet; report monthly compliance to the LMNS.",
         "Public Health Midwife", D(2024, 9, 30), D(2024, 12, 31), "A", "G",
         "CO monitors issued to all community teams. October compliance 84%.",
         (["Public Health Midwife"], "2024-12", None, "green")),
        ("6.2", R6B, "Agree improvement trajectories for element 2 (fetal growth restriction) and element 5 (preterm birth) at the quarterly LMNS assurance meeting.",
         "Maternity Governance Lead", D(2025, 1, 31), None, "A", "A",
         "Element 2 at 58% and element 5 at 47% of interventions. LMNS meeting booked 16/01/2025.",
         (["Maternity Governance Lead"], "2025-01", None, "amber")),
        ("section", SA8),
        ("8.1", R8, "Increase PROMPT sessions from two to three per month until 90% compliance is reached for obstetric consultants and anaesthetists.",
         "Practice Development Midwife", D(2024, 8, 31), D(2024, 11, 30), "R", "A",
         "Consultant obstetricians 92%; anaesthetists 81% – extra sessions booked for November.",
         (["Practice Development Midwife"], "2024-11", None, "amber")),
        ("8.2", None, "Agree protected time with the anaesthetic department so that anaesthetists can attend PROMPT and fetal surveillance training.",
         "Clinical Director for Anaesthetics", D(2024, 9, 30), None, "A", "B",
         "Protected sessions built into the anaesthetic job plans from September 2024.",
         (["Clinical Director for Anaesthetics"], "2024-09", None, "blue")),
        ("section", SA9),
        ("9.1", R9A, "Hold bi-monthly meetings between the Board Safety Champions and the Perinatal Quadrumvirate, with escalated issues tracked on the Safety Champions' log.",
         "Director of Midwifery", D(2024, 6, 30), None, "G", "B",
         "Meetings held April, June, August and October 2024; log reviewed at each meeting.",
         (["Director of Midwifery"], "2024-06", None, "blue")),
        ("9.2", R9B, "Include the PQSM dashboard and a maternity safety narrative in every public Board paper.",
         "Chief Nursing Officer", "Monthly", None, "G", "G",
         "Included in every public Board pack since April 2024.",
         (["Chief Nursing Officer"], None, "Monthly", "green")),
        ("section", SA10),
        ("note", "No actions required – all qualifying cases reported to MNSI and the EN Scheme (verified 31/10/2024)."),
    ]

    expected = []
    r = 5
    merge_runs = []  # (col, start_row, end_row)
    cur_req_start = None
    cur_section = None
    cur_req = None
    for row in rows:
        if row[0] == "section":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("E4D7F5")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30
            cur_section = row[1]
            r += 1
            continue
        if row[0] == "note":
            ws.cell(r, 2, row[1]).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            r += 1
            continue
        ref, req, action, lead, orig, rev, prev, cur, prog, exp = row
        if req is None:
            # continue merged requirement cell from the row above
            merge_runs.append((2, r - 1, r))
        else:
            cur_req = req
            ws.cell(r, 2, req)
        ws.cell(r, 1, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        c = ws.cell(r, 5, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 6, rev)
            c.number_format = "dd/mm/yyyy"
        colmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
        for col, val in ((7, prev), (8, cur)):
            c = ws.cell(r, col, val)
            c.fill = fill(FILL[colmap[val]])
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 9, prog)
        for j in range(1, 10):
            ws.cell(r, j).border = BOX
            if j not in (7, 8):
                ws.cell(r, j).alignment = WRAP
        leads, end, end_text, status = exp
        expected.append(act(ref, [cur_section, cur_req], action, leads, end, status, end_text))
        r += 1
    for col, a, b in merge_runs:
        ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates agreed at Maternity Governance Group on 09/10/2024. "
                  "Safety Actions 2, 3, 5 and 7 are compliant and have no open actions. "
                  "Evidence is held on the MIS evidence log.").font = Font(italic=True, size=9)
    widths = [7, 45, 50, 26, 13, 13, 10, 10, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a Royal Cornwall Hospitals NHS Trust maternity board paper appendix tracking the NHS Resolution "
                   "Maternity Incentive Scheme (CNST) Year 6 ten safety actions (MIS Year 6 guidance, April 2024; trusts' "
                   "Board MIS progress reports such as SASH's 'progress against the CNST incentive scheme maternity safety "
                   "actions'). Copied features: cover sheet with document control and a B/G/A/R key, a summary sheet "
                   "by safety action with a totals row, the action plan on a third sheet with merged safety-action "
                   "section rows, a requirement column merged over two actions, original and revised due dates, "
                   "previous and current RAG letters on coloured fills, a 'no actions required' note row and a notes line."),
        "reads": ("A three-sheet workbook: cover, a summary of the ten safety actions, and the action plan. The plan "
                  "lists eleven numbered actions under five safety actions, each answering the MIS requirement beside it, "
                  "with leads, original and revised dates and previous/current RAG; Safety Action 10 has only a note "
                  "that no actions are needed."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Derbyshire Healthcare NHS FT - well-led developmental review (xlsx)
# ---------------------------------------------------------------------------
def make_dhcft():
    name = "zfn-derbyshire-healthcare-nhsft-well-led-developmental-review-action-plan.xlsx"
    title = "Well-led Developmental Review 2024 – Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Derbyshire Healthcare NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Progress position as at 31 January 2025 – presented to Audit and Risk Committee, 11 February 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    keys = [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – revised date agreed"),
            ("red", "Off track – escalated to Executive Leadership Team"), (None, "Not yet started")]
    for j, (col, txt) in enumerate(keys, start=2):
        c = ws.cell(5, j, txt)
        c.alignment = WRAP
        c.border = BOX
        if col:
            c.fill = fill(FILL[col])
    headers = ["Rec no.", "Well-led KLOE", "Recommendation", "Priority", "Agreed action", "Lead",
               "Target date", "RAG", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(7, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    K1 = "KLOE 1 – Leadership capacity and capability"
    K2 = "KLOE 2 – Vision and strategy"
    K3 = "KLOE 3 – Culture"
    K4 = "KLOE 4 – Roles, responsibilities and accountability"
    K5 = "KLOE 5 – Risks, issues and performance"
    K6 = "KLOE 6 – Information"
    K7 = "KLOE 7 – Engagement"
    K8 = "KLOE 8 – Learning, continuous improvement and innovation"
    D = dt.datetime
    # ref, kloe, rec, priority, action, lead_text, target, rag, update, leads, end, end_text
    recs = [
        (1, K1, "The Board should complete its planned succession plan for executive and non-executive roles, linked to the Board skills matrix.", "High",
         "Refresh the Board skills matrix and present a Board succession plan to the Nominations and Remuneration Committee.",
         "Chair / Director of People and Inclusion", "March 2025", "green",
         "Skills matrix refreshed December 2024; succession plan on the March committee agenda.",
         ["Chair", "Director of People and Inclusion"], "2025-03", None),
        (2, K2, "The Trust should set out how delivery of the strategy will be measured, with a small number of outcome measures reported to the Board.", "Medium",
         "Develop a strategy outcomes dashboard with no more than 12 measures and report it to the Board twice a year.",
         "Director of Strategy, Partnerships and Transformation", "Sept 2025", None,
         "To start after the 2025/26 operational plan is agreed.",
         ["Director of Strategy, Partnerships and Transformation"], "2025-09", None),
        ("3a", K3, "The Board should strengthen how it hears the voices of staff from minority ethnic backgrounds and acts on Freedom to Speak Up themes.", "High",
         "Introduce a six-monthly Board development session with the staff networks, led by the network chairs.",
         "Director of People and Inclusion", "June 2025", "green",
         "First session with the REACH and Disability networks held 9 January 2025.",
         ["Director of People and Inclusion"], "2025-06", None),
        ("3b", None, None, None,
         "Report Freedom to Speak Up themes by staff group and ethnicity to the People and Culture Committee each quarter.",
         "Freedom to Speak Up Guardian", "Quarterly", "blue",
         "New report format used from Q2 2024/25 onwards.",
         ["Freedom to Speak Up Guardian"], None, "Quarterly"),
        (4, K4, "Committee terms of reference should be aligned so that each Board Assurance Framework risk has a single assuring committee.", "Medium",
         "Review all committee terms of reference and map each BAF risk to one lead committee; approve at Board.",
         "Director of Corporate Affairs and Trust Secretary", D(2024, 12, 31), "blue",
         "Approved at Board 3 December 2024.",
         ["Director of Corporate Affairs and Trust Secretary"], "2024-12", None),
        (5, K5, "Risk appetite should be applied in Board decision-making, with cover papers stating how proposals align with the agreed appetite.", "Medium",
         "Add a risk appetite statement to the Board cover paper template and train report authors.",
         "Director of Corporate Affairs and Trust Secretary", D(2025, 3, 31), "amber",
         "Template updated; training for report authors delayed to March because of operational pressures.",
         ["Director of Corporate Affairs and Trust Secretary"], "2025-03", None),
        (6, K6, "Integrated performance reporting should make greater use of statistical process control charts and exception narratives.", "Medium",
         "Move the Integrated Performance Report to SPC charts with exception narratives for metrics showing special cause variation.",
         "Director of Finance / Head of Performance", "April 2025", "amber",
         "Workforce and finance sections converted; quality section outstanding.",
         ["Director of Finance", "Head of Performance"], "2025-04", None),
        (7, K7, "The Trust should agree with people who use services and carers how their feedback will shape Board priorities.", "Low",
         "Co-produce a patient and carer engagement framework with the Experts by Experience group.",
         "Director of Nursing and Patient Experience", "July 2025", "red",
         "Experts by Experience lead post vacant since November 2024; recruitment under way.",
         ["Director of Nursing and Patient Experience"], "2025-07", None),
        (8, K8, "Learning from incidents and reviews should be shared more systematically across divisions.", "Medium",
         "Launch a monthly 'Learning Matters' bulletin and a quarterly cross-divisional learning forum.",
         "Medical Director; Head of Patient Safety", "Jan 2025", "blue",
         "Bulletin launched October 2024; first learning forum held 21 January 2025.",
         ["Medical Director", "Head of Patient Safety"], "2025-01", None),
    ]
    expected = []
    r = 8
    last_kloe = last_rec = None
    for (ref, kloe, rec, prio, action, lead, target, rag, upd, leads, end, end_text) in recs:
        ws.cell(r, 1, ref)
        if kloe is not None:
            ws.cell(r, 2, kloe)
            ws.cell(r, 3, rec)
            ws.cell(r, 4, prio)
            last_kloe, last_rec = kloe, rec
        else:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=r - 1, start_column=col, end_row=r, end_column=col)
        ws.cell(r, 5, action)
        ws.cell(r, 6, lead)
        c = ws.cell(r, 7, target)
        if isinstance(target, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c = ws.cell(r, 8)
        if rag:
            c.fill = fill(FILL[rag])
        ws.cell(r, 9, upd)
        for j in range(1, 10):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
        status = {"blue": "blue", "green": "green", "amber": "amber", "red": "red", None: "unrated"}[rag]
        expected.append(act(str(ref), [last_kloe, last_rec], action, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Totals: 8 recommendations, 9 actions – Complete 3; On track 2; Some slippage 2; Off track 1; Not yet started 1").font = Font(bold=True)
    widths = [8, 28, 48, 9, 48, 30, 12, 7, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    s2 = wb.create_sheet("Summary by KLOE")
    hdr = ["KLOE", "Actions", "Complete", "On track", "Some slippage", "Off track", "Not yet started"]
    for j, h in enumerate(hdr, start=1):
        s2.cell(1, j, h).font = Font(bold=True)
    data = [
        (K1, 1, 0, 1, 0, 0, 0), (K2, 1, 0, 0, 0, 0, 1), (K3, 2, 1, 1, 0, 0, 0), (K4, 1, 1, 0, 0, 0, 0),
        (K5, 1, 0, 0, 1, 0, 0), (K6, 1, 0, 0, 1, 0, 0), (K7, 1, 0, 0, 0, 1, 0), (K8, 1, 1, 0, 0, 0, 0),
        ("Total", 9, 3, 2, 2, 1, 1),
    ]
    for i, row in enumerate(data, start=2):
        for j, v in enumerate(row, start=1):
            s2.cell(i, j, v)
    s2.cell(10, 1).font = Font(bold=True)
    s2.column_dimensions["A"].width = 52
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the action plan an NHS mental health foundation trust (Derbyshire Healthcare NHS Foundation Trust) "
                   "would take to its Audit and Risk Committee after an independent well-led developmental review under "
                   "the NHS England/CQC well-led framework (eight KLOEs), as published in board packs such as Oxleas' and "
                   "the Christie's well-led review action plans. Copied features: title block with committee date, a "
                   "colour RAG key row, one recommendation per KLOE with priority, a recommendation and KLOE merged over "
                   "two lettered actions (3a/3b), a RAG column shown only by fill colour, job titles as leads (some "
                   "with commas or 'and' inside one post, some two posts), a totals line and a second summary sheet."),
        "reads": ("One action-plan sheet with eight well-led review recommendations, each under its KLOE, and nine "
                  "agreed actions with leads, target dates and a colour-only RAG per the key at the top; a second "
                  "sheet only counts actions by KLOE and RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. North East Ambulance Service NHS FT - IPC annual programme 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_neas():
    name = "zfn-north-east-ambulance-service-nhsft-ipc-annual-programme-2025-26.xlsx"
    title = "Infection Prevention and Control Annual Programme 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Programme 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "North East Ambulance Service NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Q2 review – reported to Quality and Safety Committee, October 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "Objective", "Key actions", "Responsible", "Timescale",
               "Q1 position", "Q2 position", "Q3 position", "Q4 position", "Comments"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX

    C1 = "Criterion 1 – Systems to manage and monitor the prevention and control of infection"
    C2 = "Criterion 2 – Provide and maintain a clean and appropriate environment in managed premises and vehicles"
    C3 = "Criterion 3 – Ensure appropriate antimicrobial use and stewardship"
    C6 = "Criterion 6 – Systems to ensure that all care workers are aware of and discharge their responsibilities in the process of preventing and controlling infection"
    C10 = "Criterion 10 – Have a system in place to manage the occupational health needs and obligations of staff in relation to infection"
    O1 = "Provide assurance to the Board on IPC compliance"
    O2 = "Vehicle and station cleanliness meets the national standards of healthcare cleanliness"
    O3 = "Support antimicrobial stewardship in paramedic practice"
    O6 = "Staff training and hand hygiene compliance"
    O10 = "Reduce the risk of vaccine-preventable infection in staff"
    posfill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    # ("section", text) | (no, objective or None (merge), action, resp, timescale, q1, q2, comment, leads, end, end_text, status)
    rows = [
        ("section", C1),
        ("1.1", O1, "Complete the National IPC Board Assurance Framework self-assessment and present gaps to the Quality and Safety Committee.",
         "DIPC / Deputy DIPC", "Jun-25", "Complete", None,
         "BAF presented June 2025; three gaps carried into this programme.",
         ["DIPC", "Deputy DIPC"], "2025-06", None, "blue"),
        ("1.2", None, "Publish the DIPC annual report 2024/25 on the Trust website.",
         "Director of Quality and Safety (DIPC)", "Sep-25", "Green", "Complete",
         "Approved by Board 30/07/2025 and published.",
         ["Director of Quality and Safety (DIPC)"], "2025-09", None, "blue"),
        ("section", C2),
        ("2.1", O2, "Roll out the make ready deep-clean schedule to all 61 stations with a 12-week vehicle deep-clean cycle.",
         "Head of Fleet & Estates", "Dec-25", "Amber", "Amber",
         "Make ready in place at 44 of 61 stations; recruitment for the remaining hubs in progress.",
         ["Head of Fleet & Estates"], "2025-12", None, "amber"),
        ("2.2", None, "Introduce monthly cleanliness star ratings for stations and vehicles in line with the National Standards of Healthcare Cleanliness 2021.",
         "Make Ready Manager", "Sep-25", "Green", "Green",
         "Star ratings displayed at all stations from August 2025.",
         ["Make Ready Manager"], "2025-09", None, "green"),
        ("section", C3),
        ("3.1", O3, "Review the use of antibiotics by advanced practitioners against the Patient Group Directions and report findings to the Medicines Optimisation Group.",
         "Lead Pharmacist", "Nov-25", "Green", "Green",
         "Sample of 120 records being audited.",
         ["Lead Pharmacist"], "2025-11", None, "green"),
        ("section", C6),
        ("6.1", O6, "Achieve 95% compliance with level 2 IPC statutory and mandatory training for patient-facing staff.",
         "Area Operations Managers", "Mar-26", "Amber", "Red",
         "Compliance 81% at end of Q2 (Q1 86%); abstraction for training limited by REAP level 3.",
         ["Area Operations Managers"], "2026-03", None, "red"),
        ("6.2", None, "Recruit and train an IPC champion on every station and in each Emergency Operations Centre.",
         "IPC Lead Nurse", "Dec-25", "Green", "Amber",
         "38 champions trained; gaps in the south area.",
         ["IPC Lead Nurse"], "2025-12", None, "amber"),
        ("6.3", None, "Carry out monthly hand hygiene and bare below the elbows observational audits at each station.",
         "Station Managers", "Monthly", "Green", "Green",
         "Q2 compliance 94% (target 95%).",
         ["Station Managers"], None, "Monthly", "green"),
        ("section", C10),
        ("10.1", O10, "Deliver the 2025/26 staff flu and COVID-19 vaccination campaign, aiming for at least 75% uptake of flu vaccine among front-line staff.",
         "Head of Occupational Health and Wellbeing", "Feb-26", None, "Not started",
         "Campaign launches 1 October 2025.",
         ["Head of Occupational Health and Wellbeing"], "2026-02", None, "unrated"),
        ("10.2", None, "Review the sharps and splash injury reporting process with Occupational Health and publish learning quarterly.",
         "IPC Lead Nurse & Health and Safety Manager", "Quarterly", "Green", "Green",
         "Q1 learning summary published in the July clinical bulletin.",
         ["IPC Lead Nurse", "Health and Safety Manager"], None, "Quarterly", "green"),
    ]
    expected = []
    r = 6
    cur_sec = cur_obj = None
    for row in rows:
        if row[0] == "section":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.row_dimensions[r].height = 30
            cur_sec = row[1]
            r += 1
            continue
        (no, obj, action, resp, ts, q1, q2, comment, leads, end, end_text, status) = row
        ws.cell(r, 1, no)
        if obj is not None:
            ws.cell(r, 2, obj)
            cur_obj = obj
            obj_start = r
        else:
            # extend the objective merge down to this row
            for rng in list(ws.merged_cells.ranges):
                if rng.min_col == 2 and rng.max_col == 2 and rng.min_row == obj_start:
                    ws.unmerge_cells(str(rng))
            ws.merge_cells(start_row=obj_start, start_column=2, end_row=r, end_column=2)
        ws.cell(r, 3, action)
        ws.cell(r, 4, resp)
        ws.cell(r, 5, ts)
        for col, val in ((6, q1), (7, q2)):
            if val is not None:
                c = ws.cell(r, col, val)
                if val in posfill:
                    c.fill = fill(FILL[posfill[val]])
        ws.cell(r, 10, comment)
        for j in range(1, 11):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
        expected.append(act(no, [cur_sec, cur_obj], action, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of Q2 position").font = Font(bold=True)
    summary = [("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 1), ("Not started", 1), ("Total", 10)]
    for i, (k, v) in enumerate(summary, start=r + 1):
        c = ws.cell(i, 2, k)
        if k in posfill:
            c.fill = fill(FILL[posfill[k]])
        ws.cell(i, 3, v)
    widths = [7, 30, 55, 28, 11, 11, 11, 11, 11, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"

    au = wb.create_sheet("Audit schedule")
    hdr = ["Audit", "Frequency", "Target", "Q1 result", "Q2 result"]
    for j, h in enumerate(hdr, start=1):
        au.cell(1, j, h).font = Font(bold=True)
    audits = [
        ("Hand hygiene (observational)", "Monthly", "95%", "95%", "94%"),
        ("Bare below the elbows", "Monthly", "95%", "97%", "96%"),
        ("Vehicle cleanliness", "Monthly", "90%", "88%", "91%"),
        ("Station premises", "Quarterly", "90%", "86%", "89%"),
        ("Sharps bins", "Quarterly", "100%", "98%", "100%"),
    ]
    for i, row in enumerate(audits, start=2):
        for j, v in enumerate(row, start=1):
            au.cell(i, j, v)
    au.column_dimensions["A"].width = 32

    k = wb.create_sheet("Key")
    k["A1"] = "Position key"
    k["A1"].font = Font(bold=True)
    for i, (txt, desc) in enumerate([
        ("Complete", "Action delivered and evidence held by the IPC team"),
        ("Green", "On track to deliver within timescale"),
        ("Amber", "Some risk to delivery – mitigation in place"),
        ("Red", "Will not be delivered within timescale – escalated to DIPC"),
        ("Not started", "Not due to start yet"),
    ], start=2):
        c = k.cell(i, 1, txt)
        if txt in posfill:
            c.fill = fill(FILL[posfill[txt]])
        k.cell(i, 2, desc)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 60
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates an ambulance trust's annual infection prevention and control work programme reviewed each "
                   "quarter at committee, in the style of North East Ambulance Service's published 'Infection Prevention "
                   "and Control Annual Work Plan' (October review) and ambulance DIPC annual reports, structured by the "
                   "criteria of the Health and Social Care Act 2008 Code of Practice on the prevention and control of "
                   "infections. Copied features: title block with review point, criterion section rows, objective cells "
                   "merged over several key actions, Q1–Q4 position columns with coloured words (Q3/Q4 still empty), "
                   "comments, a summary-of-position block, an audit schedule sheet and a key sheet."),
        "reads": ("A quarterly-reviewed IPC programme: ten numbered actions under five Code of Practice criteria, each "
                  "serving an objective, with responsible posts and timescales. The Q2 position is the current one; "
                  "where Q2 is blank (action 1.1, completed in Q1) the Q1 position stands."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


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
    """Write text; '\n' becomes separate paragraphs inside the cell."""
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
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Betsi Cadwaladr UHB - HIW improvement plan, Ysbyty Penrhos Stanley (docx)
# ---------------------------------------------------------------------------
def make_bcuhb():
    name = "zfn-betsi-cadwaladr-uhb-hiw-ysbyty-penrhos-stanley-improvement-plan.docx"
    title = "HIW Improvement Plan – Ysbyty Penrhos Stanley, Holyhead"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Betsi Cadwaladr University Health Board – Community Hospitals (West)")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Report title", "Ysbyty Penrhos Stanley – HIW unannounced hospital inspection"),
        ("Lead executive", "Executive Director of Nursing and Midwifery"),
        ("Committee", "Quality, Safety and Experience Committee"),
        ("Version", "2.0 (progress update, 30 June 2025)"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    ta = doc.add_table(rows=1, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                                       "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    cells = ta.add_row().cells
    for c, v in zip(cells, ["Temperature records for the ward medicines fridge had gaps on nine days in January 2025.",
                            "Medicines may not have been stored at safe temperatures.",
                            "Raised with the nurse in charge on the first day of the inspection.",
                            "A new daily check sheet was introduced immediately and the pharmacy team checked the fridge stock."]):
        set_cell(c, v)

    def hiw_table(with_status, groups):
        heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
        if with_status:
            heads.append("Status")
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        exp = []
        for theme, items in groups:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, theme, bold=True)
            shade(merged, "F2F2F2")
            for it in items:
                cells = tb.add_row().cells
                vals = [it["imp"], it["std"], it["action"], it["officer"], it["when"]]
                if with_status:
                    vals.append(it["status_text"])
                for c, v in zip(cells, vals):
                    set_cell(c, v)
                exp.append(act(None, [theme, it["imp"]], it["action"], it["leads"], it["end"], it["status"], it.get("end_text")))
        return exp

    def service_rep(name_, role, date):
        doc.add_paragraph("Service representative")
        doc.add_paragraph("Name (print): " + name_)
        doc.add_paragraph("Job role: " + role)
        doc.add_paragraph("Date: " + date)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Ysbyty Penrhos Stanley")
    doc.add_paragraph("Ward/department: Cemlyn Ward")
    doc.add_paragraph("Date of inspection: 4 – 6 February 2025")
    expected = hiw_table(False, [
        ("Delivery of safe and effective care", [
            dict(imp="The health board must ensure that the resuscitation trolley on Cemlyn Ward is checked daily and that all equipment is present and in date.",
                 std="Safe",
                 action="Daily resuscitation trolley checks added to the ward safety huddle checklist and signed off by the nurse in charge.\nWeekly spot checks by the Senior Nurse for four weeks, then monthly.",
                 officer="Ward Manager / Senior Nurse", when="Immediate",
                 leads=["Ward Manager", "Senior Nurse"], end=None, end_text="Immediate", status="unrated"),
            dict(imp="The health board must ensure that patients at risk of falls have a completed multifactorial falls risk assessment within 24 hours of admission.",
                 std="Safe",
                 action="All current patients reassessed using the Multifactorial Falls Risk Assessment on 7 February 2025.\nCompliance audited weekly by the Ward Manager and reported to the Community Hospitals Quality and Safety Group.",
                 officer="Ward Manager", when="28 February 2025",
                 leads=["Ward Manager"], end="2025-02", status="unrated"),
        ]),
    ])
    service_rep("Carys Hughes", "Head of Nursing, Community Services (West)", "13 February 2025")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Ysbyty Penrhos Stanley")
    doc.add_paragraph("Ward/department: Cemlyn Ward")
    doc.add_paragraph("Date of inspection: 4 – 6 February 2025")
    doc.add_paragraph("Status key: Complete = action delivered and evidence held; On track = progressing within timescale; "
                      "At risk = timescale may not be met.")
    expected += hiw_table(True, [
        ("Quality of the patient experience", [
            dict(imp="The health board should ensure that information about how to raise a concern (Putting Things Right) is displayed in Welsh and English on the ward.",
                 std="Person-centred",
                 action="Bilingual Putting Things Right posters and leaflets placed at the ward entrance and in the day room.",
                 officer="Ward Manager", when="31 March 2025", status_text="Complete",
                 leads=["Ward Manager"], end="2025-03", status="blue"),
            dict(imp="The health board must ensure that patients are offered the opportunity to wash their hands before mealtimes.",
                 std="Person-centred",
                 action="Hand wipes offered to all patients before each meal; included in the protected mealtimes checklist and the monthly ward audit.",
                 officer="Ward Manager / Housekeeping Supervisor", when="April 2025", status_text="Complete",
                 leads=["Ward Manager", "Housekeeping Supervisor"], end="2025-04", status="blue"),
        ]),
        ("Delivery of safe and effective care", [
            dict(imp="The health board must ensure that medication charts are fully completed, including the reason for any omitted doses.",
                 std="Safe; Effective",
                 action="Monthly medicines management audit introduced using the All Wales medicines audit tool.\nOmitted dose codes included in the ward medicines training session for all registered nurses.",
                 officer="Senior Nurse, Community Hospitals West / Ward Pharmacist", when="30/06/2025", status_text="On track",
                 leads=["Senior Nurse, Community Hospitals West", "Ward Pharmacist"], end="2025-06", status="green"),
            dict(imp="The health board must ensure that pressure area care assessments (Purpose T) are reviewed in line with the patient’s level of risk.",
                 std="Safe",
                 action="Purpose T reassessment prompts added to the electronic nursing handover; the tissue viability link nurse to complete monthly spot checks.",
                 officer="Tissue Viability Nurse", when="September 2025", status_text="On track",
                 leads=["Tissue Viability Nurse"], end="2025-09", status="green"),
        ]),
        ("Quality of management and leadership", [
            dict(imp="The health board must ensure that staff compliance with mandatory training reaches the health board target of 85%.",
                 std="Workforce",
                 action="Protected training time rostered for each registered nurse and healthcare support worker; compliance reviewed at the monthly ward performance meeting.",
                 officer="Ward Manager", when="December 2025", status_text="At risk",
                 leads=["Ward Manager"], end="2025-12", status="amber"),
            dict(imp="The health board should ensure that the outcomes of staff meetings are recorded and shared with staff unable to attend.",
                 std="Leadership",
                 action="Monthly ward meeting minutes stored on the shared drive and summarised in the ward safety brief.",
                 officer="Ward Manager", when="May 2025", status_text="Complete",
                 leads=["Ward Manager"], end="2025-05", status="blue"),
        ]),
    ])
    service_rep("Carys Hughes", "Head of Nursing, Community Services (West)", "30 June 2025")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the HIW improvement-plan appendices of a Healthcare Inspectorate Wales unannounced hospital "
                   "inspection report (e.g. HIW's Wrexham Maelor ED follow-up report: Appendix A concerns resolved, "
                   "Appendix B immediate improvement plan, Appendix C improvement plan with 'Improvement needed | "
                   "Standard | Service action | Responsible officer | Timescale' and 'Service representative' sign-off), "
                   "as a Welsh health board re-issues it with a Status column for its Quality, Safety and Experience "
                   "Committee. Copied features: title and document-control table, one table per appendix, merged theme "
                   "rows (Quality of the patient experience / Delivery of safe and effective care / Quality of management "
                   "and leadership), multi-paragraph service-action cells, two posts with a slash, a status key paragraph."),
        "reads": ("A Word improvement plan after an HIW inspection of a community hospital ward. Appendix A lists a "
                  "concern already resolved (not an action); Appendix B holds two immediate actions and Appendix C six "
                  "further actions, each answering the 'improvement needed' text beside it under a theme row, with "
                  "responsible officers, timescales and (in C only) a status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Tyntesfield Medical Group - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_tmg():
    name = "zfn-tyntesfield-medical-group-cqc-inspection-action-plan.docx"
    title = "Tyntesfield Medical Group – CQC Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection dates: 10 and 11 September 2024. Report published: 29 October 2024. Overall rating: Requires improvement.")
    doc.add_paragraph("This plan responds to the requirement notices for Regulation 12 and Regulation 17 and to the areas where "
                      "CQC said the practice should improve. It is reviewed at the monthly partners’ meeting.")
    doc.add_paragraph("Last updated: 16 January 2025")

    expected = []

    def reg_section(heading, finding, items):
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        r = p.add_run(finding)
        r.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Status", "Evidence / update"]):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for it in items:
            cells = tb.add_row().cells
            for c, v in zip(cells, [it["ref"], it["action"], it["lead_text"], it["when"], it["status_text"], it["update"]]):
                set_cell(c, v)
            expected.append(act(it["ref"], [heading, finding], it["action"], it["leads"], it["end"], it["status"], it.get("end_text")))

    H12 = "Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment"
    F12 = "The registered person had not done all that was reasonably practicable to mitigate risks to the health and safety of service users receiving care and treatment."
    reg_section(H12, F12, [
        dict(ref="12.1", action="Complete searches for all patients prescribed methotrexate, lithium and DOACs and bring overdue monitoring up to date.",
             lead_text="Dr JH / Clinical Pharmacist", when="30/11/2024", status_text="Complete",
             update="Searches run 18/09/2024; 41 patients recalled, all monitoring now in date.",
             leads=["Dr JH", "Clinical Pharmacist"], end="2024-11", status="blue"),
        dict(ref="12.2", action="Introduce a monthly high-risk drug monitoring search run by the clinical pharmacist, with results reviewed at the clinical meeting.",
             lead_text="Clinical Pharmacist", when="December 2024", status_text="Complete",
             update="Standing agenda item at the clinical meeting from November 2024.",
             leads=["Clinical Pharmacist"], end="2024-12", status="blue"),
        dict(ref="12.3", action="Review all outstanding MHRA safety alerts since 2022 and record the action taken for each affected patient.",
             lead_text="Dr PS", when="End of January 2025", status_text="On track",
             update="Alerts from 2022 and 2023 completed; 2024 alerts in progress.",
             leads=["Dr PS"], end="2025-01", status="green"),
    ])
    H17 = "Regulation 17 HSCA (RA) Regulations 2014 Good governance"
    F17 = "Systems or processes must be established and operated effectively to ensure compliance with the requirements."
    reg_section(H17, F17, [
        dict(ref="17.1", action="Implement a single governance calendar covering audits, policy reviews, significant event meetings and staff appraisals.",
             lead_text="Practice Manager", when="31/01/2025", status_text="On track",
             update="Calendar drafted on the practice intranet; to be signed off at the January partners’ meeting.",
             leads=["Practice Manager"], end="2025-01", status="green"),
        dict(ref="17.2", action="Review and re-issue the practice policies that were past their review date, with version control on the shared drive.",
             lead_text="Deputy Practice Manager", when="w/c 24/02/2025", status_text="Not started",
             update="",
             leads=["Deputy Practice Manager"], end="2025-02", status="unrated"),
        dict(ref="17.3", action="Ensure all clinical staff have safeguarding level 3 training and immunisation status recorded in their personnel files.",
             lead_text="Practice Manager & Lead Nurse", when="March 2025", status_text="On track",
             update="Training records complete; immunisation status outstanding for 3 staff.",
             leads=["Practice Manager", "Lead Nurse"], end="2025-03", status="green"),
    ])

    HS = "Areas where the practice should make improvements"
    doc.add_heading(HS, level=1)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Should", "Action", "Lead", "Target date", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "DEEAF6")
    shoulds = [
        dict(should="Continue to improve the uptake of cervical screening.",
             action="Add weekend cytology clinics through the Primary Care Network enhanced access hub and send text reminders to patients overdue screening.",
             lead_text="Lead Nurse", when="Ongoing", status_text="On track",
             leads=["Lead Nurse"], end=None, end_text="Ongoing", status="green"),
        dict(should="Improve patient satisfaction with telephone access.",
             action="Move to the cloud-based telephony system with call-back and queue position, and repeat the patient survey six months after go-live.",
             lead_text="Practice Manager", when="30 April 2025", status_text="On track",
             leads=["Practice Manager"], end="2025-04", status="green"),
    ]
    for it in shoulds:
        cells = tb.add_row().cells
        for c, v in zip(cells, [it["should"], it["action"], it["lead_text"], it["when"], it["status_text"]]):
            set_cell(c, v)
        expected.append(act(None, [HS, it["should"]], it["action"], it["leads"], it["end"], it["status"], it.get("end_text")))

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Name", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Dr J Hallett", "Senior Partner and Registered Manager", "16/01/2025"),
                ("K Moore", "Practice Manager", "16/01/2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a GP practice's Word action plan after a CQC inspection rated it Requires improvement with "
                   "requirement notices under Regulations 12 and 17 (the CQC GP report 'Requirement notices' and "
                   "'areas where the provider should make improvements', and NHS England's 'Framework for responding to "
                   "CQC inspections of GP practices' improvement plan template). Copied features: title and intro "
                   "paragraphs, one heading plus italic CQC finding plus table per regulation, numbered refs 12.1/17.1, "
                   "GP initials and posts as leads, day-first and w/c dates, a separate 'should' table without refs and "
                   "a sign-off table."),
        "reads": ("A practice action plan in three sections: six numbered actions answering the two regulation breaches "
                  "(each under the regulation heading and the CQC finding beneath it), then two unnumbered actions "
                  "for the 'should' improvements; the sign-off table at the end is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. NHS Suffolk and North East Essex ICB - internal audit tracker (csv, refuse)
# ---------------------------------------------------------------------------
def make_snee():
    name = "zfn-nhs-suffolk-and-north-east-essex-icb-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    title = "NHS Suffolk and North East Essex ICB – Internal Audit Recommendations Tracker"
    ncol = 12
    lines = []

    def pad(row):
        return list(row) + [""] * (ncol - len(row))

    lines.append(pad([title]))
    lines.append(pad(["Audit and Risk Committee – 22 January 2026. Position as at 9 January 2026"]))
    lines.append(pad([]))
    lines.append(["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed management action",
                  "Responsible officer", "Original due date", "Revised due date", "Status", "Update"])
    data = [
        ["Data Security and Protection Toolkit", "2024/25", "Moderate", "1", "Medium",
         "Information asset owners should complete the annual review of their information asset registers.",
         "Refresh IAO training and complete the asset register review through the IG Steering Group.",
         "Head of Information Governance", "31/03/2025", "June 2025", "Complete",
         "All 23 registers reviewed; signed off at IG Steering Group 12/06/2025."],
        ["Data Security and Protection Toolkit", "2024/25", "Moderate", "2", "Low",
         "Data flow mapping should be updated for the new shared care record.",
         "Update the data flow map and record the lawful basis for each flow.",
         "Senior Information Risk Owner", "30/04/2025", "", "Complete",
         "Completed April 2025."],
        ["Continuing Healthcare", "2024/25", "Limited", "1", "High",
         "Case reviews at three and twelve months should be scheduled and tracked to completion.",
         "Introduce a review scheduler on the CHC case management system with weekly exception reports to the service lead.",
         "Associate Director of All Age Continuing Care", "30/04/2025", "Sept 2025", "In progress",
         "Scheduler live; backlog of 3-month reviews reduced from 212 to 64."],
        ["Continuing Healthcare", "2024/25", "Limited", "2", "Medium",
         "Decision support tool outcomes should be quality checked before panel.",
         "Monthly sample audit of 10% of DSTs by the Clinical Quality Lead.",
         "Clinical Quality Lead (CHC)", "31/05/2025", "Oct 2025", "Overdue",
         "Audit tool agreed; first two audits completed, remaining months outstanding."],
        ["Conflicts of Interest", "2024/25", "Substantial", "1", "Low",
         "The register of gifts and hospitality should be published on the ICB website quarterly.",
         "Publish the register each quarter alongside the register of interests.",
         "Board Secretary", "31/07/2025", "", "Complete",
         "Published Q1 and Q2."],
        ["Primary Care Commissioning", "2025/26", "Moderate", "1", "Medium",
         "Contract variations should be approved in line with the Scheme of Reservation and Delegation.",
         "Add a delegation check to the contract variation template and report variations to the Primary Care Commissioning Committee.",
         "Director of Primary Care", "30/09/2025", "Febuary 2026", "In progress",
         "Template amended; committee reporting to start in the new year."],
        ["Financial Systems – Key Controls", "2025/26", "Substantial", "1", "Low",
         "Supplier bank detail changes should be verified by a call-back to a known contact.",
         "Issue a desk instruction and evidence call-backs on the change form.",
         "Deputy Chief Finance Officer", "31/10/2025", "", "Complete",
         "Desk instruction issued 02/10/2025."],
        ["Safeguarding", "2025/26", "Moderate", "1", "Medium",
         "Safeguarding training compliance should be reported by directorate to the Quality Committee.",
         "Add directorate-level safeguarding training data to the quarterly safeguarding report.",
         "Director of Nursing and Safeguarding", "31/12/2025", "March 2026", "In progress",
         "Data now available from ESR; first report due in March."],
        ["Safeguarding", "2025/26", "Moderate", "2", "Low",
         "Learning from safeguarding reviews should be tracked to completion.",
         "Create a single learning log for CSPRs, SARs and DHRs with named action owners.",
         "Designated Nurse Safeguarding Children", "31/01/2026", "", "In progress",
         "Log set up; populating with open actions."],
    ]
    refuse_line = None
    for row in data:
        lines.append(row)
        if "Febuary" in row[9]:
            refuse_line = len(lines)  # 1-based line number in the file
    lines.append(pad([]))
    lines.append(pad(["Total recommendations: 9 (Complete 4, In progress 4, Overdue 1)"]))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in lines:
        w.writerow(row)
    text = buf.getvalue()
    assert "\n" not in "".join("".join(r) for r in lines)
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(text)
    # confirm the line number as a text editor shows it
    with open(path(name), encoding="utf-8-sig", newline="") as fh:
        file_lines = fh.read().split("\r\n")
    assert "Febuary 2026" in file_lines[refuse_line - 1], refuse_line

    write_expected(name, {
        "source": ("Imitates an ICB Audit and Risk Committee internal audit recommendations tracker exported from Excel "
                   "to CSV (the common NHS/council 'implementation of audit recommendations' tracker with original and "
                   "revised target dates, as reported to audit committees). Copied features: title and committee lines "
                   "padded with empty columns, a blank line, one row per recommendation with audit, year, assurance "
                   "opinion, priority, recommendation, agreed action, responsible officer, original and revised due "
                   "dates typed in different styles, status and update, and a totals line."),
        "reads": ("A tracker of nine internal audit recommendations for the ICB, each with its agreed management action "
                  "and a revised due date where one was agreed. The Primary Care Commissioning recommendation's revised "
                  "due date reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks at that line."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# 7. Hales Group (Hull) - CQC assessment action plan, plain text (txt)
# ---------------------------------------------------------------------------
def make_hales():
    name = "zfn-hales-group-hull-domiciliary-care-cqc-assessment-action-plan.txt"
    title = "CQC ASSESSMENT ACTION PLAN – HALES GROUP LTD, HULL (DOMICILIARY CARE)"
    RULE = "=" * 62
    L = []
    exp = []

    def item(ref, action, lead_text, due, status_code, update_lines, under, leads, end, status, end_text=None):
        L.append(f"{ref:<4}{action}")
        L.append(f"    Lead: {lead_text}")
        L.append(f"    Due: {due:<20} Status: {status_code}")
        if update_lines:
            L.append("    Update: " + update_lines[0])
            for more in update_lines[1:]:
                L.append("      " + more)
        L.append("")
        exp.append(act(ref, under, action, leads, end, status, end_text))

    def key_question(q):
        L.append(RULE)
        L.append(q)
        L.append(RULE)
        L.append("")

    def statement(s):
        L.append(s)
        L.append("-" * len(s))

    L += [
        title,
        "",
        "Location: Hales Group Ltd – Hull, Kingston upon Hull",
        "Assessment report published: 14 March 2025",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
        "Plan owner: Registered Manager",
        "Last reviewed: 06/06/2025 at the branch governance meeting",
        "",
        "Status key: C = complete   G = on track   A = at risk   R = off track   NS = not started",
        "",
    ]
    key_question("SAFE")
    statement("Safe and effective staffing")
    u = ["SAFE", "Safe and effective staffing"]
    item("S1", "Rebuild all care rotas in the scheduling system so that every visit has realistic travel time between calls.",
         "Care Coordinator / Field Care Supervisor", "30/04/2025", "C",
         ["Rotas rebuilt for all 186 packages of care. Late calls (over 30 mins)",
          "fell from 17% in February to 6% in May."],
         u, ["Care Coordinator", "Field Care Supervisor"], "2025-04", "blue")
    item("S2", "Recruit six additional care workers for the west Hull rounds and complete their induction and Care Certificate.",
         "Recruitment Officer", "July 2025", "G",
         ["Four appointed and inducted; two in pre-employment checks."],
         u, ["Recruitment Officer"], "2025-07", "green")
    statement("Medicines optimisation")
    u = ["SAFE", "Medicines optimisation"]
    item("S3", "Move all people receiving medicines support onto the electronic MAR and audit every MAR chart weekly until three consecutive audits show no gaps.",
         "Medication Lead / Registered Manager", "31/05/2025", "A",
         ["eMAR live for 142 of 151 people. Weekly audits still show gaps on",
          "time-critical medicines - extra competency checks booked for June."],
         u, ["Medication Lead", "Registered Manager"], "2025-05", "amber")
    item("S4", "Write protocols for all \"as required\" (PRN) medicines, agreed with the person's GP or pharmacist.",
         "Medication Lead", "End of June 2025", "G",
         ["61 of 88 PRN protocols agreed."],
         u, ["Medication Lead"], "2025-06", "green")
    key_question("EFFECTIVE")
    statement("Assessing needs")
    u = ["EFFECTIVE", "Assessing needs"]
    item("E1", "Review every care plan within 12 weeks and record the person's own outcomes and preferences.",
         "Care Plan Reviewers (x2)", "Sept 2025", "G",
         ["97 reviews completed using the new outcomes section."],
         u, ["Care Plan Reviewers (x2)"], "2025-09", "green")
    key_question("WELL-LED")
    statement("Governance, management and sustainability")
    u = ["WELL-LED", "Governance, management and sustainability"]
    item("W1", "Introduce a monthly quality audit schedule covering care records, medicines, complaints and spot checks, with actions tracked on the branch quality log.",
         "Registered Manager", "31/05/2025", "C",
         ["Schedule in place from April; May audits completed and logged."],
         u, ["Registered Manager"], "2025-05", "blue")
    item("W2", "Report branch quality and audit results to the Hales Group Quality and Compliance Committee each quarter.",
         "Regional Quality Manager", "Quarterly", "G",
         ["First report presented 22/05/2025."],
         u, ["Regional Quality Manager"], None, "green", end_text="Quarterly")
    statement("Learning, improvement and innovation")
    u = ["WELL-LED", "Learning, improvement and innovation"]
    item("W3", "Survey people using the service and their families, and publish the results with a \"You said, we did\" summary.",
         "Registered Manager & Customer Liaison Officer", "October 2025", "NS",
         [],
         u, ["Registered Manager", "Customer Liaison Officer"], "2025-10", "unrated")
    L.append("-" * 62)
    L.append("Summary: 8 actions - 2 complete, 4 on track, 1 at risk, 0 off track, 1 not started.")
    L.append("Next review: 04/07/2025")
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": ("Imitates a domiciliary care branch's plain-text action plan after a CQC assessment under the single "
                   "assessment framework, organised by key question and quality statement (CQC 'quality statements' "
                   "for Safe, Effective and Well-led, as home care providers such as Hales Group report them to their "
                   "quality committee). Copied features: header block with rating and review date, a letter status "
                   "key, ruled key-question headings, underlined quality-statement headings, refs S1/E1/W1, 'Lead:', "
                   "'Due:' and 'Status:' lines, indented continuation lines in the updates, and a summary footer."),
        "reads": ("A text export of a home care provider's CQC action plan: eight actions under three key questions "
                  "and five quality statements, each with a lead, a due date and a status letter read through the key "
                  "(C = complete, NS = not started); the summary at the foot is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


if __name__ == "__main__":
    made = [make_rcht(), make_dhcft(), make_neas(), make_bcuhb(), make_tmg(), make_snee(), make_hales()]
    for n, k in made:
        print(f"{n}: {k} actions")
