"""Build the seven gn1- blind cases (data files and their expected readings).

Run:  /work/main/.venv/bin/python gn1_make.py
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F4E79"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


import re
SIMPLE = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,3}-\d{2})$")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            et = a.get("end_text")
            if et is None and a.get("end_cell") is not None and not SIMPLE.match(a["end_cell"]):
                et = a["end_cell"]
            if et:
                e["end_text"] = et
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


# ---------------------------------------------------------------------------
# 1. Wye Valley NHS Trust - CQC must do / should do (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def wye_valley():
    name = "gn1-wye-valley-nhs-trust-cqc-must-should-do-action-plan.xlsx"
    title = "Wye Valley NHS Trust – CQC Inspection Action Plan: Must Do and Should Do Actions"
    UEC = "Urgent and Emergency Care (UEC)"
    MED = "Medical Care (including older people's care)"
    m1 = ("The trust must ensure that patients in the emergency department receive timely initial "
          "assessment, with triage completed within 15 minutes of arrival. (Regulation 12)")
    m2 = ("The trust must ensure that medical and nursing staff in the emergency department complete "
          "mandatory training, including safeguarding children level 3, to meet the trust target of 90%. "
          "(Regulation 18)")
    s1 = "The trust should ensure that patients' pain scores are recorded and reassessed in line with trust policy."
    m3 = ("The trust must ensure that medicines are stored safely on medical wards, including daily "
          "checks of fridge temperatures. (Regulation 12)")
    m4 = ("The trust must ensure that falls and pressure ulcer risk assessments are completed within "
          "6 hours of admission and reviewed when a patient's condition changes. (Regulation 12)")
    s2 = "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge."

    # section rows are ("S", text); requirement groups: (type, text, [actions])
    # action: ref, text, lead_cell, lead, orig, revised, prev, cur, status, end, progress
    plan = [
        ("S", UEC),
        ("Must do", m1, [
            dict(ref="UEC-M1.1",
                 action="Introduce a dedicated triage nurse on every shift, supported by a streaming nurse at peak times (10:00–22:00).",
                 lead_cell="ED Matron", lead=["ED Matron"], orig=d(2024, 12, 31), rev=d(2025, 4, 30),
                 prev="A", cur="G", status="green", end="2025-04",
                 prog="Rota in place from 6 January 2025. Peak-time streaming nurse funded to March 2026. Median time to triage in February: 12 minutes."),
            dict(ref="UEC-M1.2",
                 action="Weekly audit of time to triage reported to the Urgent Care Board, with exception reports for any patient waiting over 30 minutes.",
                 lead_cell="Clinical Director ED / ED Matron", lead=["Clinical Director ED", "ED Matron"],
                 orig=d(2024, 11, 30), rev=None, prev="G", cur="B", status="blue", end="2024-11",
                 prog="Audit embedded and reported weekly since November 2024. Evidence reviewed by Compliance Team 15/01/2025."),
        ]),
        ("Must do", m2, [
            dict(ref="UEC-M2.1",
                 action="Agree a compliance trajectory for each staff group and review it at the monthly ED governance meeting, with protected time for training on the medical rota.",
                 lead_cell="Divisional Director of Operations – Medicine", lead=["Divisional Director of Operations – Medicine"],
                 orig=d(2025, 1, 31), rev=d(2025, 4, 30), prev="A", cur="A", status="amber", end="2025-04",
                 prog="Nursing 91%, medical staff 78% (safeguarding children L3 72%). Additional face-to-face sessions booked for March and April."),
        ]),
        ("Should do", s1, [
            dict(ref="UEC-S1.1",
                 action="Add mandatory pain score and reassessment fields to the ED electronic record and include pain management in the monthly documentation audit.",
                 lead_cell="ED Lead Nurse; Digital Services Lead", lead=["ED Lead Nurse", "Digital Services Lead"],
                 orig=d(2025, 3, 31), rev=d(2025, 6, 30), prev="A", cur="R", status="red", end="2025-06",
                 prog="System change delayed by supplier release schedule. Paper reassessment prompt in use as interim measure."),
        ]),
        ("S", MED),
        ("Must do", m3, [
            dict(ref="MED-M1.1",
                 action="Install electronic fridge temperature monitoring on all medical wards with automated alerts to pharmacy.",
                 lead_cell="Chief Pharmacist", lead=["Chief Pharmacist"],
                 orig=d(2025, 1, 31), rev=None, prev="G", cur="B", status="blue", end="2025-01",
                 prog="Installed on all 11 wards by 24/01/2025. Alerts tested and logged."),
            dict(ref="MED-M1.2",
                 action="Monthly medicines storage spot checks by ward managers, with results reported to the Medicines Safety Group.",
                 lead_cell="Head of Nursing – Medicine", lead=["Head of Nursing – Medicine"],
                 orig=d(2025, 3, 31), rev=None, prev="A", cur="G", status="green", end="2025-03",
                 prog="Spot checks completed on 10 of 11 wards in February. Results to MSG on 18 March."),
        ]),
        ("Must do", m4, [
            dict(ref="MED-M2.1",
                 action="Deliver falls prevention and tissue viability training to healthcare support workers and registered nurses on medical wards.",
                 lead_cell="Lead Nurse Falls Prevention and Tissue Viability", lead=["Lead Nurse Falls Prevention and Tissue Viability"],
                 orig=d(2025, 4, 30), rev=None, prev="A", cur="A", status="amber", end="2025-04",
                 prog="64% of staff trained. Sessions rescheduled during January due to operational pressures."),
        ]),
        ("Should do", s2, [
            dict(ref="MED-S1.1",
                 action="Review the discharge summary process with resident doctors and introduce a daily report of unsent summaries for each ward.",
                 lead_cell="Deputy Medical Director", lead=["Deputy Medical Director"],
                 orig=d(2025, 6, 30), rev=None, prev="R", cur="A", status="amber", end="2025-06",
                 prog="Daily report live on 3 wards. 24-hour compliance 81% (target 95%)."),
        ]),
    ]

    wb = Workbook()
    # --- Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Inspection:"
    cv["B3"] = "Unannounced inspection of Urgent and Emergency Care and Medical Care, Hereford County Hospital, 9–11 July 2024"
    cv["A4"] = "Report published:"
    cv["B4"] = "16 October 2024"
    cv["A5"] = "Position as at:"
    cv["B5"] = "31 March 2025"
    cv["A6"] = "Reporting to:"
    cv["B6"] = "Quality Committee (monthly); Trust Board (quarterly)"
    for r in range(3, 7):
        cv.cell(row=r, column=1).font = Font(bold=True)
    cv["A8"] = "Document control"
    cv["A8"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        c = cv.cell(row=9, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    dc = [("0.1", d(2024, 11, 4), "Head of Compliance", "First draft following publication of report"),
          ("1.0", d(2024, 11, 26), "Head of Compliance", "Approved by Executive Management Team"),
          ("1.4", d(2025, 4, 3), "Compliance Manager", "March 2025 progress updates and RAG review")]
    for r, row in enumerate(dc, 10):
        for i, v in enumerate(row, 1):
            c = cv.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A15"] = "RAG key"
    cv["A15"].font = Font(bold=True, size=12)
    key = [("B", BLUE, "Complete – evidence of completion reviewed and assured by the Compliance Team"),
           ("G", GREEN, "On track to deliver by the due date"),
           ("A", AMBER, "At risk of not delivering by the due date / revised date agreed"),
           ("R", RED, "Off track – will not deliver by the due date, escalation required")]
    for r, (k, col, txt) in enumerate(key, 16):
        c = cv.cell(row=r, column=1, value=k)
        c.fill = fill(col)
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=r, column=2, value=txt)
    cv.column_dimensions["A"].width = 20
    cv.column_dimensions["B"].width = 22
    cv.column_dimensions["C"].width = 22
    cv.column_dimensions["D"].width = 50

    acts = [a for item in plan if item[0] != "S" for a in item[2]]

    # --- Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position as at 31 March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Core service", "Must do actions", "Should do actions", "B", "G", "A", "R", "Total"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    rows = []
    groups = {}
    cur_sec = None
    for item in plan:
        if item[0] == "S":
            cur_sec = item[1]
            groups[cur_sec] = []
        else:
            for a in item[2]:
                groups[cur_sec].append((item[0], a))
    r = 4
    tot = [0] * 7
    for sec, lst in groups.items():
        vals = [sum(1 for t, _ in lst if t == "Must do"), sum(1 for t, _ in lst if t == "Should do")]
        for k in "BGAR":
            vals.append(sum(1 for _, a in lst if a["cur"] == k))
        vals.append(len(lst))
        sm.cell(row=r, column=1, value=sec).border = BOX
        for i, v in enumerate(vals, 2):
            sm.cell(row=r, column=i, value=v).border = BOX
            tot[i - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        c = sm.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    for k, col in zip("BGAR", [BLUE, GREEN, AMBER, RED]):
        sm.cell(row=3, column=4 + "BGAR".index(k)).fill = fill(col)
    sm.column_dimensions["A"].width = 44

    # --- Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "CQC inspection July 2024 (report published 16 October 2024) – progress position as at 31 March 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead(s)", "Original due date",
               "Revised due date", "Progress update (March 2025)", "Previous RAG (Feb)", "Current RAG (Mar)"]
    header_row(ws, 4, headers, [11, 11, 45, 50, 26, 12, 12, 50, 10, 10])
    r = 5
    for item in plan:
        if item[0] == "S":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12)
            c.fill = fill("DDEBF7")
            r += 1
            continue
            
        kind, req, alist = item
        start = r
        for a in alist:
            vals = [a["ref"], None, None, a["action"], a["lead_cell"], a["orig"], a["rev"], a["prog"], a["prev"], a["cur"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((9, a["prev"]), (10, a["cur"])):
                c = ws.cell(row=r, column=col)
                c.fill = fill({"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
            r += 1
        ws.cell(row=start, column=2, value=kind)
        ws.cell(row=start, column=3, value=req)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Actions are rated B only once the evidence of completion has been reviewed by the Compliance Team. "
            "Revised due dates have been agreed by the Quality Committee.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    exp = []
    sec = None
    for item in plan:
        if item[0] == "S":
            sec = item[1]
            continue
        for a in item[2]:
            exp.append(dict(ref=a["ref"], under=[sec, item[1]], action=a["action"], lead=a["lead"],
                            end=a["end"], status=a["status"]))
    meta = dict(
        source=("Imitates an acute NHS trust's post-inspection CQC action plan as taken to its Quality Committee "
                "and Trust Board (e.g. Wye Valley NHS Trust, 2024-25, core services UEC and Medical Care). Copies a cover "
                "sheet with inspection details, document-control table and B/G/A/R key, a summary sheet of counts by core "
                "service and RAG, and an action-plan sheet with core-service band rows, Must/Should and the CQC "
                "requirement merged down over its actions, original and revised due dates, progress commentary, "
                "previous and current RAG as letters on coloured fill, and a notes line under the table."),
        reads=("An Excel workbook whose third sheet is the action plan: two core services, each with must-do and "
               "should-do requirements written once (merged) above one or two numbered actions. Each action has a "
               "lead post, an original and sometimes a revised due date, and a previous and current RAG; the "
               "cover and summary sheets hold no actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------
# 2. QA Ltd - Ofsted apprenticeships post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def qa_ltd():
    name = "gn1-qa-ltd-ofsted-apprenticeships-post-inspection-action-plan.xlsx"
    title = "QA Ltd – Post-Inspection Action Plan (PIAP)"
    QE = "Quality of education"
    LM = "Leadership and management"
    afi1 = ("AFI 1: Leaders should ensure that apprentices who need to achieve English and mathematics "
            "qualifications are taught well enough that they pass at the first attempt.")
    afi2 = ("AFI 2: Leaders should ensure that skills coaches use information about apprentices' starting "
            "points to plan training that builds on what apprentices already know and can do.")
    afi3 = ("AFI 3: Leaders should ensure that employers are fully involved in progress reviews and contribute "
            "to planning apprentices' off-the-job training.")
    afi4 = ("AFI 4: Leaders should ensure that those with governance responsibility receive accurate information "
            "about the quality of apprenticeship training so that they can hold leaders to account.")
    plan = [
        ("T", QE),
        ("AFI", afi1, [
            dict(ref="1a", action="Recruit two additional specialist functional skills tutors and move all Level 2 mathematics teaching to live online classes of no more than 12 apprentices.",
                 impact="First-time pass rate in Level 2 maths rises from 58% to at least 75%.",
                 resp="Head of Functional Skills", lead=["Head of Functional Skills"],
                 when="March 2025", end="2025-03", prog="Both tutors in post from 13 January. Class sizes capped from February.",
                 rag="Green", status="green"),
            dict(ref="1b", action="Introduce a diagnostic checkpoint at week 6 so that coaches refer apprentices at risk of failing to additional support sessions.",
                 impact="All at-risk apprentices identified and supported before their first exam booking.",
                 resp="Head of Functional Skills / Apprenticeship Coaching Manager",
                 lead=["Head of Functional Skills", "Apprenticeship Coaching Manager"],
                 when="Jan 2025 – Jun 2025", end="2025-06", prog="Checkpoint live for new starts. Referral data not yet reported consistently.",
                 rag="Amber", status="amber"),
        ]),
        ("AFI", afi2, [
            dict(ref="2a", action="Revise the initial skills scan for the software developer and data analyst standards so that it tests technical knowledge rather than relying on self-assessment.",
                 impact="Training plans show prior learning accurately; off-the-job hours adjusted where needed.",
                 resp="JM / PR", lead=["JM", "PR"], when="31/12/2024", end="2024-12",
                 prog="New skills scan in use for all starts from December 2024.", rag="Complete", status="blue"),
            dict(ref="2b", action="Train all skills coaches to use skills scan results to personalise training plans; quality team to sample 10% of plans each quarter.",
                 impact="Sampled plans show clear personalisation in at least 90% of cases.",
                 resp="Quality Director", lead=["Quality Director"], when="Ongoing", end=None, end_text="Ongoing",
                 prog="84 of 96 coaches trained. Q2 sample: 86% of plans personalised.", rag="Green", status="green"),
        ]),
        ("T", LM),
        ("AFI", afi3, [
            dict(ref="3a", action="Relaunch tripartite progress reviews with a new employer section and a required sign-off by the apprentice's line manager.",
                 impact="95% of reviews include employer comments and sign-off.",
                 resp="Head of Employer Engagement", lead=["Head of Employer Engagement"],
                 when="By end of April 2025", end="2025-04", prog="New review template piloted with 40 employers; roll-out from March.",
                 rag="Amber", status="amber"),
            dict(ref="3b", action="Produce a short guide for line managers on the off-the-job training entitlement.\nShare it at every employer onboarding meeting.",
                 impact="Employers understand and plan off-the-job training; fewer apprentices working on training in their own time.",
                 resp="Employer Engagement Manager", lead=["Employer Engagement Manager"],
                 when="Feb 2025", end="2025-02", prog="Guide drafted but not yet signed off by Legal; onboarding meetings not yet using it.",
                 rag="Red", status="red"),
        ]),
        ("AFI", afi4, [
            dict(ref="4a", action="Redesign the quality report to the Apprenticeship Governance Board to include retention, timely achievement and apprentice feedback by standard.",
                 impact="Board minutes show challenge on the quality of training by standard.",
                 resp="Director of Apprenticeships", lead=["Director of Apprenticeships"],
                 when="Q4 2024/25", end="2025-03", prog="New report format presented to the Board on 11 February 2025.",
                 rag="Green", status="green"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted full inspection of apprenticeship provision: 15–18 October 2024 – Overall effectiveness: Requires improvement"
    ws["A3"] = "Plan owner: Director of Apprenticeships     Last updated: 31 January 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Action", "Intended impact", "Responsibility", "Timescale", "Progress at 31/01/2025", "RAG"]
    header_row(ws, 5, headers, [7, 55, 40, 30, 18, 45, 11])
    rag_col = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    r = 6
    for item in plan:
        if item[0] == "T":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12, color="FFFFFF")
            c.fill = fill("7030A0")
            r += 1
            continue
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=item[1])
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        r += 1
        for a in item[2]:
            vals = [a["ref"], a["action"], a["impact"], a["resp"], a["when"], a["prog"], a["rag"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(rag_col[a["rag"]])
            r += 1

    kw = wb.create_sheet("Key")
    kw["A1"] = "RAG key"
    kw["A1"].font = Font(bold=True)
    for i, (k, col, t) in enumerate([("Complete", BLUE, "Action completed and impact evidenced"),
                                     ("Green", GREEN, "On track"),
                                     ("Amber", AMBER, "Some slippage – recoverable"),
                                     ("Red", RED, "Off track – escalated to the Quality Board")], 2):
        kw.cell(row=i, column=1, value=k).fill = fill(col)
        kw.cell(row=i, column=2, value=t)
    kw.column_dimensions["A"].width = 12
    kw.column_dimensions["B"].width = 45

    lg = wb.create_sheet("Review log")
    for i, h in enumerate(["Date", "Reviewed by", "Summary"], 1):
        lg.cell(row=1, column=i, value=h).font = Font(bold=True)
    for rr, row in enumerate([(d(2024, 11, 29), "Quality Board", "PIAP approved"),
                              (d(2024, 12, 20), "Apprenticeship Governance Board", "First progress review"),
                              (d(2025, 1, 31), "Quality Board", "Progress update; 3b escalated")], 2):
        for i, v in enumerate(row, 1):
            c = lg.cell(row=rr, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    lg.column_dimensions["B"].width = 32
    lg.column_dimensions["C"].width = 40
    wb.save(os.path.join(HERE, name))

    exp = []
    theme = None
    for item in plan:
        if item[0] == "T":
            theme = item[1]
            continue
        for a in item[2]:
            e = dict(ref=a["ref"], under=[theme, item[1]], action=a["action"], lead=a["lead"], end=a["end"],
                     status=a["status"])
            e["end_text"] = a.get("end_text")
            e["end_cell"] = a["when"]
            exp.append(e)
    meta = dict(
        source=("Imitates an independent apprenticeship provider's post-inspection action plan after an Ofsted "
                "full inspection (e.g. QA Ltd, 2024-25), as shared with its governance board. Copies a title block, "
                "judgement-area band rows (Quality of education, Leadership and management), each Ofsted area for "
                "improvement as a merged row above its lettered actions, intended impact and progress columns, "
                "mixed timescales (month, period, date, Ongoing, quarter), RAG words with fill, a separate key sheet "
                "and a review-log sheet."),
        reads=("One action sheet: two judgement areas, four areas for improvement written as merged rows, and "
               "seven lettered actions beneath them with responsibility, timescale, progress and a RAG word. The "
               "key sheet defines Complete/Green/Amber/Red; the review log is not part of the plan."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------
# 3. DVLA - internal audit recommendations tracker for ARAC (xlsx)
# ---------------------------------------------------------------------------
def dvla():
    name = "gn1-dvla-giaa-internal-audit-recommendations-tracker.xlsx"
    title = "DVLA Audit and Risk Assurance Committee – Internal Audit Recommendations Tracker"
    audits = [
        ("Cyber Security: Vulnerability Management", d(2025, 3, 14), "Limited", [
            dict(ref="IA 24/25-11 R1", pri="High",
                 rec="Management should define and enforce patching timescales for critical and high vulnerabilities on internet-facing systems.",
                 act="Publish a vulnerability management standard setting 14-day and 30-day patching targets and report compliance monthly to the Security Board.",
                 own="Head of Cyber Security", lead=["Head of Cyber Security"], orig=d(2025, 6, 30), rev=d(2025, 9, 30), nrev=1,
                 st="Complete", status="blue", end="2025-09",
                 upd="Standard approved by the Security Board on 18/09/2025; compliance reported from September."),
            dict(ref="IA 24/25-11 R2", pri="Medium",
                 rec="Management should maintain a complete asset inventory, including end-of-life software.",
                 act="Reconcile the configuration management database with vulnerability scanning output and record an owner for every end-of-life application.",
                 own="Head of IT Service Management", lead=["Head of IT Service Management"], orig=d(2025, 7, 31), rev=d(2025, 12, 31), nrev=1,
                 st="At risk", status="amber", end="2025-12",
                 upd="Reconciliation 70% complete. Owners still to be confirmed for 23 legacy applications."),
            dict(ref="IA 24/25-11 R3", pri="Medium",
                 rec="Exceptions to patching timescales should be risk-assessed and formally approved.",
                 act="Introduce a risk acceptance form for patching exceptions, approved by the Senior Information Risk Owner and reviewed every six months.",
                 own="Head of Cyber Security / SIRO", lead=["Head of Cyber Security", "SIRO"], orig=d(2025, 8, 31), rev=None, nrev=0,
                 st="Overdue", status="red", end="2025-08",
                 upd="Form drafted. Approval route to be agreed with the SIRO; revised date to be proposed at the January ARAC."),
        ]),
        ("Contract Management – Strategic Supplier Contracts", d(2025, 5, 22), "Moderate", [
            dict(ref="IA 25/26-02 R1", pri="Medium",
                 rec="Contract managers should complete Government Commercial Function contract management accreditation at the level required by their contract tier.",
                 act="Identify all contract managers of Gold and Silver contracts and enrol them on the appropriate Contract Management Capability Programme level.",
                 own="Head of Commercial", lead=["Head of Commercial"], orig=d(2025, 10, 31), rev=None, nrev=0,
                 st="On track", status="green", end="2025-10",
                 upd="14 of 17 contract managers enrolled; 9 accredited."),
            dict(ref="IA 25/26-02 R2", pri="Low",
                 rec="Supplier performance reviews should be documented consistently.",
                 act="Issue a standard agenda and minute template for quarterly supplier performance reviews.",
                 own="Commercial Business Partner", lead=["Commercial Business Partner"], orig=d(2025, 8, 31), rev=None, nrev=0,
                 st="Complete", status="blue", end="2025-08",
                 upd="Template issued 12/08/2025 and used for all Q2 reviews."),
        ]),
        ("Fraud Risk Management", d(2025, 6, 30), "Moderate", [
            dict(ref="IA 25/26-04 R1", pri="High",
                 rec="The Agency should refresh its fraud risk assessment in line with the Government Counter Fraud Functional Standard (GovS 013).",
                 act="Complete a refreshed fraud risk assessment covering driver licensing, vehicle registration and payments, and present it to ARAC.",
                 own="Head of Counter Fraud and Investigations", lead=["Head of Counter Fraud and Investigations"],
                 orig=d(2025, 12, 31), rev=None, nrev=0, st="On track", status="green", end="2025-12",
                 upd="Workshops with all three business areas held; draft assessment due to ARAC in December."),
            dict(ref="IA 25/26-04 R2", pri="Medium",
                 rec="Completion of counter fraud awareness training should be monitored and reported.",
                 act="Add counter fraud e-learning to the mandatory training dashboard and follow up non-completion through line managers.",
                 own="Head of Counter Fraud and Investigations; Head of HR Operations",
                 lead=["Head of Counter Fraud and Investigations", "Head of HR Operations"],
                 orig=d(2025, 11, 30), rev=None, nrev=0, st="Not started", status="unrated", end="2025-11",
                 upd="Dependent on the learning system upgrade in October."),
        ]),
        ("Payroll and Expenses", d(2025, 8, 15), "Substantial", [
            dict(ref="IA 25/26-06 R1", pri="Low",
                 rec="Expense claims above £500 should be subject to a second approval.",
                 act="Configure a secondary approval step in the expenses system for claims above £500.",
                 own="Payroll Manager", lead=["Payroll Manager"], orig=d(2026, 1, 31), rev=None, nrev=0,
                 st="On track", status="green", end="2026-01",
                 upd="Change request raised with the shared services provider."),
        ]),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED, "Not started": "FFFFFF"}
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position at 30 September 2025 – for the ARAC meeting of 21 October 2025"
    sm["A4"] = "Open and recently closed recommendations by priority and status"
    sm["A4"].font = Font(bold=True)
    sts = ["Complete", "On track", "At risk", "Overdue", "Not started"]
    for i, h in enumerate(["Priority"] + sts + ["Total"], 1):
        c = sm.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    allrecs = [x for a in audits for x in a[3]]
    r = 6
    for p in ["High", "Medium", "Low"]:
        sm.cell(row=r, column=1, value=p).border = BOX
        row = [sum(1 for x in allrecs if x["pri"] == p and x["st"] == s) for s in sts]
        for i, v in enumerate(row + [sum(row)], 2):
            sm.cell(row=r, column=i, value=v).border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    row = [sum(1 for x in allrecs if x["st"] == s) for s in sts]
    for i, v in enumerate(row + [sum(row)], 2):
        c = sm.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    sm.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    keytxt = {"Complete": "Action implemented and evidence accepted by GIAA",
              "On track": "Expected to be implemented by the target date",
              "At risk": "Revised target date agreed; delivery at risk",
              "Overdue": "Target date passed and action not implemented",
              "Not started": "Work not yet begun (target date in the future)"}
    for s in sts:
        r += 1
        c = sm.cell(row=r, column=1, value=s)
        c.fill = fill(status_fill[s])
        c.border = BOX
        sm.cell(row=r, column=2, value=keytxt[s])
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "Internal Audit Recommendations – Detail"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Audit report", "Report issued", "Assurance rating", "Rec ref", "Priority", "Recommendation",
               "Agreed management action", "Action owner", "Original target date", "Revised target date",
               "No. of revisions", "Status", "Latest update (September 2025)"]
    header_row(ws, 3, headers)
    widths = [28, 12, 12, 15, 9, 45, 45, 28, 12, 12, 9, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 4
    for aname, issued, assur, recs in audits:
        start = r
        for x in recs:
            vals = [None, None, None, x["ref"], x["pri"], x["rec"], x["act"], x["own"], x["orig"], x["rev"],
                    x["nrev"], x["st"], x["upd"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = fill(status_fill[x["st"]])
            r += 1
        ws.cell(row=start, column=1, value=aname)
        c = ws.cell(row=start, column=2, value=issued)
        c.number_format = "dd/mm/yyyy"
        ws.cell(row=start, column=3, value=assur)
        for col in (1, 2, 3):
            ws.cell(row=start, column=col).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations reported as Complete at the July 2025 ARAC have been removed from this tracker. "
            "Only GIAA recommendations are shown; NAO management letter points are reported separately.").font = Font(italic=True)
    ws.freeze_panes = "D4"
    wb.save(os.path.join(HERE, name))

    exp = []
    for aname, issued, assur, recs in audits:
        for x in recs:
            exp.append(dict(ref=x["ref"], under=[aname, x["rec"]], action=x["act"], lead=x["lead"], end=x["end"],
                            status=x["status"]))
    meta = dict(
        source=("Imitates a government executive agency's internal audit recommendations tracker as presented to its "
                "Audit and Risk Assurance Committee (e.g. DVLA, GIAA audits 2024-25 and 2025-26). Copies a summary sheet "
                "with a priority-by-status totals table and a status key, and a detail sheet where the audit report "
                "name, issue date and assurance rating are merged down over its recommendations, each row holding the "
                "recommendation, the agreed management action, owner, original and revised target dates, number of "
                "revisions, a status word on coloured fill and a latest update; a note line under the table."),
        reads=("Four GIAA audits with eight recommendations, each answered by one agreed management action. The action "
               "is the management action, read under its audit and recommendation; the revised target date where one is "
               "given is the end, and the status word is read through the key on the summary sheet."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, hex_=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if hex_:
        shade(cell, hex_)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. St Bede's Catholic Primary Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def st_bedes():
    name = "gn1-st-bedes-catholic-primary-academy-post-ofsted-action-plan.docx"
    title = "St Bede's Catholic Primary Academy – Post-Ofsted Action Plan 2024–25"
    pri = [
        ("Priority 1: Curriculum in the foundation subjects",
         "Leaders should ensure that the curriculum in some foundation subjects sets out precisely the knowledge "
         "pupils should learn and when, so that pupils build their knowledge securely over time.",
         [dict(ref="1.1", action="Rewrite the history, geography and RE curriculum maps to identify the key knowledge for each unit and year group.",
               lead_cell="Deputy Headteacher (Curriculum)", lead=["Deputy Headteacher (Curriculum)"],
               when="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
               sc="Curriculum maps published on the website; knowledge sequenced from Reception to Year 6.",
               mon="Trust School Improvement Partner – December", rag=GREEN, status="blue"),
          dict(ref="1.2", action="Subject leaders to deliver CPD to all teaching staff on retrieval practice and the use of knowledge organisers.",
               lead_cell="Subject leaders", lead=["Subject leaders"],
               when="Spring term 2025", end="2025-04", end_text="Spring term 2025",
               sc="Retrieval practice seen in at least 90% of foundation subject lessons visited.",
               mon="SLT learning walks – half-termly", rag=AMBER, status="amber"),
          dict(ref="1.3", action="Carry out deep dives in history and geography with the trust curriculum lead and report findings to governors.",
               lead_cell="Headteacher / Trust Curriculum Lead", lead=["Headteacher", "Trust Curriculum Lead"],
               when="Summer term 2025", end="2025-07", end_text="Summer term 2025",
               sc="Pupils can recall and connect key knowledge from previous units.",
               mon="Standards Committee – summer meeting", rag=None, status="unrated")]),
        ("Priority 2: Early reading and phonics",
         "Leaders should ensure that staff who teach phonics do so consistently well, and that pupils who fall "
         "behind in reading catch up quickly.",
         [dict(ref="2.1", action="All staff who teach phonics to complete refreshed Read Write Inc. training, followed by coaching from the Reading Lead.",
               lead_cell="Reading Lead", lead=["Reading Lead"], when="Oct 2024", end="2024-10",
               sc="All phonics sessions observed are rated secure against the programme fidelity checklist.",
               mon="Reading Lead – fortnightly drop-ins", rag=GREEN, status="blue"),
          dict(ref="2.2", action=["Introduce daily keep-up sessions for pupils identified through the half-termly phonics assessments.",
                                  "Track the impact of keep-up sessions in pupil progress meetings."],
               lead_cell="AH/JT", lead=["AH", "JT"], when="Sept 2024 – July 2025", end="2025-07",
               sc="Year 1 phonics screening check pass rate at or above the national average.",
               mon="Pupil progress meetings – each half term", rag=AMBER, status="amber"),
          dict(ref="2.3", action="Buy additional decodable books matched to the phonics programme for home reading.",
               lead_cell="School Business Manager", lead=["School Business Manager"], when="By 31 January 2025", end="2025-01",
               sc="Every pupil in Reception and Key Stage 1 takes home a book matched to their phonics stage.",
               mon="Finance and Resources Committee", rag=GREEN, status="blue")]),
        ("Priority 3: Attendance of disadvantaged pupils",
         "Leaders should take effective action to reduce the persistent absence of disadvantaged pupils.",
         [dict(ref="3.1", action="Appoint an attendance officer and introduce first-day calling and home visits for pupils whose attendance falls below 90%.",
               lead_cell="Headteacher", lead=["Headteacher"], when="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
               sc="Attendance officer in post; first-day calling log completed daily.",
               mon="Headteacher's report to LGB", rag=GREEN, status="blue"),
          dict(ref="3.2", action="Work with the local authority Attendance Support Team to agree support plans for the families of persistently absent pupils.",
               lead_cell="Attendance Officer / Family Liaison Worker", lead=["Attendance Officer", "Family Liaison Worker"],
               when="Termly", end=None, end_text="Termly",
               sc="Persistent absence of disadvantaged pupils falls from 24% to below 15%.",
               mon="Attendance panel – monthly", rag=RED, status="red"),
          dict(ref="3.3", action="Report the attendance of disadvantaged pupils to the Local Governing Body at every meeting.",
               lead_cell="Headteacher", lead=["Headteacher"], when="Each LGB meeting", end=None, end_text="Each LGB meeting",
               sc="Governors' minutes show challenge on attendance of disadvantaged pupils.",
               mon="Chair of Governors", rag=AMBER, status="amber")]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024. Overall effectiveness: Requires improvement. "
                      "This plan responds to the areas for improvement in the inspection report and forms part of our School Development Plan.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(t.rows[0].cells[i], h, "D9D9D9")
    for row in [("1.0", "22/04/2024", "Headteacher", "Local Governing Body, 8 May 2024"),
                ("1.3", "14/02/2025", "Headteacher", "Standards Committee, 27 February 2025")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green = completed; Amber = in progress; Red = not yet on track. Blank = not yet due to start.")

    for heading, afi, acts in pri:
        doc.add_heading(heading, level=2)
        lab = doc.add_paragraph()
        lab.add_run("What the school needs to do to improve (Ofsted report, March 2024):").bold = True
        doc.add_paragraph(afi).runs[0].italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Monitoring (who / when)", "RAG"]):
            bold_cell(t.rows[0].cells[i], h, "BDD7EE")
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            if isinstance(a["action"], list):
                cells[1].text = a["action"][0]
                for extra in a["action"][1:]:
                    cells[1].add_paragraph(extra)
            else:
                cells[1].text = a["action"]
            cells[2].text = a["lead_cell"]
            cells[3].text = a["when"]
            cells[4].text = a["sc"]
            cells[5].text = a["mon"]
            if a["rag"]:
                shade(cells[6], a["rag"])
        doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        bold_cell(t.rows[0].cells[i], h, "D9D9D9")
    for r, row in enumerate([("Headteacher", "Mrs C. Doherty", "14/02/2025"), ("Chair of Governors", "Mr P. Lynch", "27/02/2025")], 1):
        for i, v in enumerate(row):
            t.rows[r].cells[i].text = v
    doc.save(os.path.join(HERE, name))

    exp = []
    for heading, afi, acts in pri:
        for a in acts:
            text = "\n".join(a["action"]) if isinstance(a["action"], list) else a["action"]
            e = dict(ref=a["ref"], under=[heading, afi], action=text, lead=a["lead"], end=a["end"], status=a["status"])
            e["end_text"] = a.get("end_text")
            e["end_cell"] = a["when"]
            exp.append(e)
    meta = dict(
        source=("Imitates a primary academy's post-Ofsted action plan published for governors and parents (e.g. St Bede's "
                "Catholic Primary Academy, inspection March 2024, plan 2024-25). Copies a title heading and inspection "
                "line, a document-control table, a RAG key in which Green means completed, one heading per priority with "
                "the inspectors' area for improvement quoted beneath it, one table per priority with success criteria and "
                "monitoring columns, a RAG column shown only by cell shading (some blank), school-term timescales, and a "
                "sign-off table."),
        reads=("Three priorities, each with the Ofsted area for improvement and a table of three numbered actions. Leads "
               "are posts or initials; timescales are terms, months, a period or Termly; status comes from the shading "
               "read through the key (green = completed, so blue), blank shading being not yet started."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------
# 5. Dorset HealthCare - CQC mental health must/should do (docx, one table)
# ---------------------------------------------------------------------------
def dorset():
    name = "gn1-dorset-healthcare-university-nhsft-cqc-mental-health-must-should-do-action-plan.docx"
    title = "Dorset HealthCare University NHS Foundation Trust – CQC Action Plan: Mental Health Core Services"
    AW = "Acute wards for adults of working age and psychiatric intensive care units"
    CR = "Mental health crisis services and health-based places of safety"
    plan = [
        ("S", AW),
        ("MD1", "The trust must ensure that staff update patients' risk assessments following incidents. (Regulation 12(1)(2)(a)(b))", [
            dict(ref="MD1.1", action="Update the clinical risk assessment policy to require a review within 24 hours of any incident graded moderate harm or above.",
                 lead_cell="Associate Director of Nursing – Acute Care", lead=["Associate Director of Nursing – Acute Care"],
                 when="30/04/2025", end="2025-04", ev="Policy ratified at Clinical Policy Group 16/04/2025.", st="Completed", status="blue"),
            dict(ref="MD1.2", action="Monthly record-keeping audit on each ward, with results presented at the Acute Care Quality Meeting.",
                 lead_cell="Ward Managers / Modern Matron", lead=["Ward Managers", "Modern Matron"],
                 when="31/12/2025", end="2025-12", ev="Audits completed for April–August; compliance 88% (target 95%).", st="On track", status="green"),
        ]),
        ("MD2", "The trust must ensure that seclusion is recorded and reviewed in line with the Mental Health Act Code of Practice. (Regulation 13)", [
            dict(ref="MD2.1", action="Introduce an electronic seclusion record in RiO with mandatory fields for medical and nursing reviews.",
                 lead_cell="Chief Clinical Information Officer", lead=["Chief Clinical Information Officer"],
                 when="31/10/2025", end="2025-10", ev="Build complete; testing delayed by RiO upgrade. Paper record audited weekly in the interim.",
                 st="At risk", status="amber"),
            dict(ref="MD2.2", action="Deliver seclusion and long-term segregation training to all registered nurses working on the PICU.",
                 lead_cell="Mental Health Law Manager", lead=["Mental Health Law Manager"],
                 when="30/06/2025", end="2025-06", ev="100% of PICU registered nurses trained by 20/06/2025.", st="Completed", status="blue"),
        ]),
        ("SD1", "The trust should ensure that patients have access to a range of therapeutic activities at weekends.", [
            dict(ref="SD1.1", action="Recruit two activity coordinators to provide weekend cover across the acute wards.",
                 lead_cell="Head of Occupational Therapy", lead=["Head of Occupational Therapy"],
                 when="30/09/2025", end="2025-09", ev="First recruitment round unsuccessful; posts re-advertised August 2025.", st="Delayed", status="red"),
        ]),
        ("S", CR),
        ("MD3", "The trust must ensure that the health-based place of safety is staffed so that people are not detained there for longer than 24 hours. (Regulation 18)", [
            dict(ref="MD3.1", action="Agree a staffing model for the health-based place of safety with dedicated registered nurse cover 24 hours a day.",
                 lead_cell="Service Manager – Crisis and Access", lead=["Service Manager – Crisis and Access"],
                 when="31/10/2025", end="2025-10", ev="Business case approved by the Executive; recruitment under way.", st="On track", status="green"),
            dict(ref="MD3.2", action="Escalate any detention over 12 hours to the on-call manager and review all breaches weekly with Dorset Police and the ICB.",
                 lead_cell="Service Manager – Crisis and Access; Mental Health Act Lead",
                 lead=["Service Manager – Crisis and Access", "Mental Health Act Lead"],
                 when="Ongoing", end=None, end_text="Ongoing", ev="Weekly review in place since March 2025. No detentions over 24 hours since May.",
                 st="On track", status="green"),
        ]),
        ("SD2", "The trust should ensure that calls to the mental health crisis line are answered promptly.", [
            dict(ref="SD2.1", action="Move the crisis line onto the NHS 111 'press 2' telephony platform and publish monthly call answer times.",
                 lead_cell="Deputy Director of Operations (Community Mental Health)", lead=["Deputy Director of Operations (Community Mental Health)"],
                 when="Q2 2025/26", end="2025-09", ev="Live from 1 July 2025; 92% of calls answered within 60 seconds in August.",
                 st="Completed", status="blue"),
        ]),
    ]
    stfill = {"Completed": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Delayed": "FF7C80"}
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Inspection of two core services, 4–6 February 2025. Report published 2 May 2025.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Quality Governance Committee"), ("Meeting date", "18 September 2025"),
                                ("Executive lead", "Chief Nursing Officer"), ("Purpose", "Assurance – progress against CQC requirement notices")]):
        bold_cell(t.rows[i].cells[0], k, "DEEAF6")
        t.rows[i].cells[1].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Completed (blue) – action complete and evidence held | On track (green) | At risk (amber) – may not meet target date | "
              "Delayed (red) – target date will be missed")
    ncols = 7
    t = doc.add_table(rows=1, cols=ncols)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "CQC requirement", "Action", "Responsible lead", "Target date", "Evidence / progress", "Status"]):
        bold_cell(t.rows[0].cells[i], h, "1F4E79")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for item in plan:
        if item[0] == "S":
            row = t.add_row()
            m = row.cells[0].merge(row.cells[ncols - 1])
            bold_cell(m, item[1], "BDD7EE")
            continue
        _, req, acts = item
        first = None
        for a in acts:
            row = t.add_row()
            c = row.cells
            c[0].text = a["ref"]
            c[2].text = a["action"]
            c[3].text = a["lead_cell"]
            c[4].text = a["when"]
            c[5].text = a["ev"]
            c[6].text = a["st"]
            shade(c[6], stfill[a["st"]])
            if first is None:
                first = c[1]
            last = c[1]
        if last is not first:
            merged = first.merge(last)
        else:
            merged = first
        merged.text = req
    doc.add_paragraph()
    doc.add_paragraph("Summary of status").runs[0].bold = True
    allacts = [a for item in plan if item[0] != "S" for a in item[2]]
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Completed", "On track", "At risk", "Delayed", "Total"]):
        bold_cell(t.rows[0].cells[i], h, "D9D9D9")
    counts = [sum(1 for a in allacts if a["st"] == s) for s in ["Completed", "On track", "At risk", "Delayed"]]
    for i, v in enumerate(counts + [len(allacts)]):
        t.rows[1].cells[i].text = str(v)
    doc.add_paragraph("Actions marked Completed remain on the plan until the Quality Governance Committee agrees closure.")
    doc.save(os.path.join(HERE, name))

    exp = []
    sec = None
    for item in plan:
        if item[0] == "S":
            sec = item[1]
            continue
        for a in item[2]:
            e = dict(ref=a["ref"], under=[sec, item[1]], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
            e["end_text"] = a.get("end_text")
            e["end_cell"] = a["when"]
            exp.append(e)
    meta = dict(
        source=("Imitates a mental health NHS foundation trust's CQC must-do/should-do action plan for two mental health "
                "core services as reported to its Quality Governance Committee (e.g. Dorset HealthCare, inspection "
                "February 2025). Copies a report cover table, a status key, one landscape table with core-service band "
                "rows merged across the table, each CQC requirement (with its regulation) in a cell merged down over its "
                "numbered actions, evidence/progress commentary, status words on shaded cells, and a summary-of-status "
                "totals table with a closing note."),
        reads=("A single plan table: two core services, five CQC requirements (three must-dos, two should-dos) and eight "
               "actions numbered MD1.1 to SD2.1, each with a responsible post, a target date and a status word "
               "(Completed, On track, At risk, Delayed) explained by the key. The cover and summary tables hold no actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------
# 6. Riverside College - post-inspection action plan (csv export)
# ---------------------------------------------------------------------------
def riverside():
    name = "gn1-riverside-college-ofsted-post-inspection-action-plan.csv"
    title = "Riverside College – Post-Inspection Action Plan 2024-25"
    YP = "Education programmes for young people"
    AL = "Adult learning programmes"
    LM = "Leadership and management"
    afi_a = ("Leaders and managers should ensure that all learners on study programmes benefit from high-quality "
             "work experience that is relevant to their career aims.")
    afi_b = "Teachers should ensure that feedback on learners' written work helps them to improve the quality of their writing."
    afi_c = "Leaders should ensure that the starting points of adult learners on ESOL courses are assessed accurately."
    afi_d = "Governors should receive more detailed information on the progress of learners with high needs."
    rows = [
        (YP, afi_a, dict(ref="YP1", action="Appoint an industry placements coordinator for each curriculum area.",
                         own="Assistant Principal – Careers and Employability", lead=["Assistant Principal – Careers and Employability"],
                         when="31/03/2025", end="2025-03", prog="All four coordinators in post from February 2025.", st="Complete", status="blue")),
        (YP, afi_a, dict(ref="YP2", action="Record work experience hours and employer feedback in ProMonitor and report progress to the Quality Board each half term.",
                         own="Heads of Curriculum", lead=["Heads of Curriculum"], when="July 2025", end="2025-07",
                         prog="71% of study programme learners have completed or started a placement.", st="On track", status="green")),
        (YP, afi_b, dict(ref="YP3", action="Introduce a college-wide literacy marking code and moderate a sample of marked written work each term.",
                         own="Head of Teaching, Learning and Assessment", lead=["Head of Teaching, Learning and Assessment"],
                         when="Summer term 2025", end="2025-07", end_text="Summer term 2025",
                         prog="Marking code launched in January; first moderation showed inconsistent use in construction and motor vehicle.",
                         st="Some slippage", status="amber")),
        (AL, afi_c, dict(ref="AL1", action="Adopt a standardised ESOL initial assessment that includes speaking and listening, and train all assessors to use it.",
                         own="ESOL Programme Manager", lead=["ESOL Programme Manager"], when="Sep-25", end="2025-09",
                         prog="Assessment selected; assessor training booked for July.", st="On track", status="green")),
        (AL, afi_c, dict(ref="AL2", action="Moderate initial assessment outcomes across all community venues.",
                         own="Quality Manager; ESOL Programme Manager", lead=["Quality Manager", "ESOL Programme Manager"],
                         when="Ongoing", end=None, end_text="Ongoing", prog="First moderation held at Widnes and Runcorn venues in April.",
                         st="On track", status="green")),
        (LM, afi_d, dict(ref="LM1", action="Add a high needs section to the termly Curriculum and Quality Committee report covering attendance, progress against EHCP outcomes and destinations.",
                         own="Vice Principal Curriculum and Quality", lead=["Vice Principal Curriculum and Quality"],
                         when="31/10/2025", end="2025-10", prog="", st="Not started", status="unrated")),
        (LM, afi_d, dict(ref="LM2", action="Arrange a governor link visit to the supported learning department.",
                         own="Clerk to the Corporation", lead=["Clerk to the Corporation"], when="By end of June 2025", end="2025-06",
                         prog="Visit postponed twice; no date yet agreed.", st="Off track", status="red")),
    ]
    headers = ["Theme", "Area for improvement (Ofsted)", "Action ID", "Action", "Owner", "Deadline",
               "Progress update (May 2025)", "Status"]
    n = len(headers)
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Ofsted inspection 21–24 January 2025 – Overall effectiveness: Good; Education programmes for young people: Requires improvement"] + [""] * (n - 1))
        w.writerow(["Exported from the quality improvement tracker 19/05/2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(headers)
        for theme, afi, a in rows:
            w.writerow([theme, afi, a["ref"], a["action"], a["own"], a["when"], a["prog"], a["st"]])
        w.writerow([""] * n)
        w.writerow(["Key: Complete = blue; On track = green; Some slippage = amber; Off track = red; Not started = not yet due"] + [""] * (n - 1))
        w.writerow(["Total actions: 7"] + [""] * (n - 1))

    exp = []
    for theme, afi, a in rows:
        e = dict(ref=a["ref"], under=[theme, afi], action=a["action"], lead=a["lead"], end=a["end"], status=a["status"])
        e["end_text"] = a.get("end_text")
        e["end_cell"] = a["when"]
        exp.append(e)
    meta = dict(
        source=("Imitates a general FE college's post-inspection action plan exported as CSV from its quality improvement "
                "tracker (e.g. Riverside College, Halton, Ofsted inspection January 2025). Copies title and inspection "
                "lines padded with empty columns, a flat table repeating the inspection theme and the Ofsted area for "
                "improvement on every row, action IDs by theme, a job title containing commas, mixed deadline forms "
                "(date, month, Sep-25, a term, Ongoing, 'By end of'), status words, and key and total lines after the table."),
        reads=("Seven actions in three Ofsted themes, each row carrying its theme and area for improvement; the owner is a "
               "post (two posts where separated by a semicolon). The key line maps the status words to colours; the header "
               "lines and the key and total lines are not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, exp)
    return name, len(exp)


# ---------------------------------------------------------------------------
# 7. The Ridgeway Surgery - CQC inspection action plan (txt, tab-separated) - REFUSE
# ---------------------------------------------------------------------------
def ridgeway():
    name = "gn1-the-ridgeway-surgery-cqc-inspection-action-plan-typo-month-refuse.txt"
    title = "The Ridgeway Surgery – CQC Inspection Action Plan"
    lines = [
        title,
        "Inspection date: 11 June 2025\tReport published: 29 July 2025\tOverall rating: Requires improvement",
        "Prepared by: Practice Manager\tAgreed at partners' meeting: 12 August 2025",
        "",
        "\t".join(["Ref", "Key question", "Requirement / recommendation", "Action", "Who", "By when", "Status"]),
    ]
    R12 = "Regulation 12 (Safe care and treatment): ensure care and treatment is provided in a safe way for patients"
    R17 = "Regulation 17 (Good governance): establish effective systems and processes to ensure good governance"
    SH = "Should: continue to improve the uptake of cervical screening"
    data = [
        ("1.1", "Safe", R12, "Run searches for all patients on high-risk medicines (DMARDs, lithium, warfarin) and recall anyone overdue for monitoring bloods.", "Dr A Khan / Clinical Pharmacist", "31/08/2025", "Complete"),
        ("1.2", "Safe", R12, "Set up a monthly EMIS search for high-risk medicines monitoring and assign a named GP to review the results.", "Dr A Khan", "Sept 2025", "Complete"),
        ("1.3", "Safe", R12, "Review all patient safety alerts (MHRA) received since 2023 and record the action taken for each affected patient.", "Clinical Pharmacist", "Ocotber 2025", "In progress"),
        ("1.4", "Safe", R12, "Ensure emergency medicines and oxygen are checked weekly and the checks are recorded.", "Lead Practice Nurse", "31/08/2025", "Complete"),
        ("2.1", "Well-led", R17, "Introduce a training matrix showing safeguarding, basic life support and infection control training for every member of staff.", "Practice Manager", "30/09/2025", "Complete"),
        ("2.2", "Well-led", R17, "Complete DBS risk assessments for the two non-clinical staff who act as chaperones.", "Practice Manager", "31/08/2025", "Complete"),
        ("2.3", "Well-led", R17, "Hold a significant event review meeting each quarter and share learning with the whole team.", "Dr S Morris; Practice Manager", "Quarterly", "In progress"),
        ("3.1", "Effective", SH, "Offer Saturday cervical screening clinics through the PCN extended access service.", "Lead Practice Nurse", "December 2025", "Not started"),
    ]
    refuse_line = None
    for row in data:
        lines.append("\t".join(row))
        if "Ocotber" in row[5]:
            refuse_line = len(lines)
    lines += ["", "Status: Complete / In progress / Not started. This plan will be reviewed at the monthly practice meeting and sent to the CQC inspector."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    meta = dict(
        source=("Imitates a GP practice's action plan after a CQC inspection rated Requires improvement, as published on a "
                "practice website (e.g. The Ridgeway Surgery, inspection June 2025), exported as tab-separated text. Copies "
                "the title and inspection lines, a prepared-by line, one row per action with the key question and the "
                "breached regulation or should-do repeated on each row, GPs and posts as leads, date and month deadlines, "
                "and a closing status note."),
        reads=("Eight actions against Regulation 12, Regulation 17 and one should-do. Action 1.3's deadline reads "
               "'Ocotber 2025', a mistyped month; a careful reader stops there and asks what was meant before taking the "
               "plan in."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=refuse_line,
        title=title,
    )
    write_expected(name, meta, None)
    return name, len(data), refuse_line


if __name__ == "__main__":
    for fn in (wye_valley, qa_ltd, dvla, st_bedes, dorset, riverside, ridgeway):
        print(fn())
