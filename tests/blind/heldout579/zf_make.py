#!/usr/bin/env python3
"""Build the seven zf- blind cases (data files and their .expected.yaml) for set heldout579.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with zf- in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
           "Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE, "Complete": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zf-") or name.startswith("zf_")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(fname, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(path(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def style_row(ws, r, c1, c2, bold=False, bg=None, border=True):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=r, column=c)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if bg:
            cell.fill = fill(bg)


# ---------------------------------------------------------------------------
# 1. Dixons Academies Trust - strategic risk register 2025/26 (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def make_dixons():
    fname = "zf-dixons-academies-trust-strategic-risk-register-2025-26.xlsx"
    title = "Dixons Academies Trust – Strategic Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Owner: Chief Executive Officer. Scrutiny: Audit and Risk Committee. Approval: Board of Trustees."
    cov["A4"] = "Version control"
    cov["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Reviewed by", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        cov.cell(row=5, column=i, value=h)
    style_row(cov, 5, 1, 4, bold=True, bg="D9D9D9")
    vers = [("v1.0", "02/09/2025", "Executive Leadership Team", "Annual refresh of register for 2025/26"),
            ("v1.1", "18/11/2025", "Audit and Risk Committee", "SR04 residual score raised from 12 to 16"),
            ("v1.2", "27/01/2026", "Board of Trustees", "Q2 review; actions updated")]
    for r, row in enumerate(vers, 6):
        for c, v in enumerate(row, 1):
            cov.cell(row=r, column=c, value=v)
        style_row(cov, r, 1, 4)
    cov["A10"] = "Scoring: Likelihood (1–5) × Impact (1–5) = Score (maximum 25). Target score is the level the Board is prepared to accept."
    cov["A12"] = "Action progress key (colour of the 'Progress' cell on the Register sheet)"
    cov["A12"].font = Font(bold=True)
    key = [(RED, "Off track / overdue"), (AMBER, "Some slippage – recoverable"),
           (GREEN, "On track"), (BLUE, "Complete"), (None, "No colour – not yet started")]
    for r, (col, txt) in enumerate(key, 13):
        c = cov.cell(row=r, column=1, value="")
        c.border = BOX
        if col:
            c.fill = fill(col)
        cov.cell(row=r, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 46

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register 2025/26 – Q2 review (January 2026)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:N1")
    ws["A2"] = ("Residual scores are after existing controls. Further actions are those needed to bring the "
                "residual score down to target.")
    ws.merge_cells("A2:N2")
    heads = ["Risk ID", "Risk", "Risk owner", "Existing controls", "L", "I", "Residual score",
             "Target score", "Action ref", "Further action required", "Action owner", "Target date",
             "Progress", "Trend"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 1, 14, bold=True, bg="1F3864")
    for c in range(1, 15):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")

    A1_ = "Strategic aim 1: Excellent schools"
    A2_ = "Strategic aim 2: Great people"
    A3_ = "Strategic aim 3: Strong foundations"
    R1 = ("Quality of education at one or more academies falls below good, leading to a poor Ofsted "
          "outcome and reputational damage")
    R2 = "Attendance and persistent absence do not improve in line with national expectations"
    R3 = "Inability to recruit and retain enough high-quality teachers, particularly in shortage subjects"
    R4 = ("Financial sustainability: funding settlement and pay awards outstrip income growth, leading "
          "to in-year deficits")
    R5 = "Cyber attack or data breach results in loss of systems or personal data"

    # (band, [(risk id, risk, owner, controls, L, I, score, target, [actions...])])
    # action: (ref, text, owner cell, date value, number_format, fill colour or None, expected)
    plan = [
        (A1_, [
            ("SR01", R1, "Director of Education",
             "Trust quality assurance framework; termly data drops; academy improvement plans", 3, 5, 15, 8, [
                 ("1.1", "Termly academy reviews by the trust education team, with written feedback to principals and local governing bodies",
                  "Director of Education", "Termly", None, GREEN,
                  dict(lead=["Director of Education"], end=None, end_text="Termly", status="green")),
                 ("1.2", "Deploy Subject Directors to support curriculum sequencing in the three academies with new principals",
                  "Subject Directors", "Summer term 2026", None, GREEN,
                  dict(lead=["Subject Directors"], end="2026-07", end_text="Summer term 2026", status="green")),
             ]),
            ("SR02", R2, "Deputy CEO",
             "Attendance policy; weekly attendance meetings in each academy; EWO service level agreement", 4, 3, 12, 6, [
                 ("2.1", "Roll out the trust attendance dashboard to all academies and align it with the DfE daily attendance data share",
                  "Head of Data and Insight", dt.datetime(2025, 12, 31), "dd/mm/yyyy", BLUE,
                  dict(lead=["Head of Data and Insight"], end="2025-12", status="blue")),
                 ("2.2", "Pilot attendance mentors in two secondary academies and evaluate the impact on persistent absence",
                  "Deputy CEO / Director of Inclusion", dt.datetime(2026, 7, 31), "mmm-yy", AMBER,
                  dict(lead=["Deputy CEO", "Director of Inclusion"], end="2026-07", status="amber")),
             ]),
        ]),
        (A2_, [
            ("SR03", R3, "Chief People Officer",
             "Recruitment and retention strategy; ECT induction programme; flexible working policy", 4, 4, 16, 9, [
                 ("3.1", "Expand the Dixons teacher training partnership to 60 trainees for September 2026 entry",
                  "Chief People Officer", dt.datetime(2026, 6, 30), "dd/mm/yyyy", GREEN,
                  dict(lead=["Chief People Officer"], end="2026-06", status="green")),
                 ("3.2", "Complete the staff workload survey and publish a response plan",
                  "Chief People Officer", "By 31 March 2026", None, AMBER,
                  dict(lead=["Chief People Officer"], end="2026-03", status="amber")),
             ]),
        ]),
        (A3_, [
            ("SR04", R4, "Chief Finance Officer",
             "Three-year budget model; monthly management accounts; reserves policy", 4, 4, 16, 10, [
                 ("4.1", "Update the three-year budget model for the 2026/27 teacher pay award and present it to the Finance Committee",
                  "CFO", dt.datetime(2026, 3, 31), "mmm-yy", RED,
                  dict(lead=["CFO"], end="2026-03", status="red")),
                 ("4.2", "Central services review to identify £1.2m of efficiencies",
                  "CFO; Chief Operating Officer", "Autumn term 2026", None, None,
                  dict(lead=["CFO", "Chief Operating Officer"], end="2026-12", end_text="Autumn term 2026", status="unrated")),
             ]),
            ("SR05", R5, "Chief Operating Officer",
             "Firewall and MFA; RPA cyber cover; backups tested termly", 3, 5, 15, 10, [
                 ("5.1", "Achieve Cyber Essentials Plus certification across all academies",
                  "Head of IT", dt.datetime(2026, 2, 28), "dd/mm/yyyy", GREEN,
                  dict(lead=["Head of IT"], end="2026-02", status="green")),
                 ("5.2", "Annual phishing simulation and mandatory cyber security training for all staff",
                  "Head of IT & DPO", "Ongoing", None, GREEN,
                  dict(lead=["Head of IT", "DPO"], end=None, end_text="Ongoing", status="green")),
             ]),
        ]),
    ]
    trends = {"SR01": "↔", "SR02": "↓", "SR03": "↔", "SR04": "↑", "SR05": "↔"}
    expected = []
    r = 5
    for band, risks in plan:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        style_row(ws, r, 1, 14, bold=True, bg="D9E1F2")
        r += 1
        for rid, risk, owner, controls, L, I, score, target, actions in risks:
            top = r
            for (aref, text, aown, date, fmt, col, exp) in actions:
                ws.cell(row=r, column=9, value=aref)
                ws.cell(row=r, column=10, value=text)
                ws.cell(row=r, column=11, value=aown)
                dc = ws.cell(row=r, column=12, value=date)
                if fmt:
                    dc.number_format = fmt
                style_row(ws, r, 1, 14)
                if col:
                    ws.cell(row=r, column=13).fill = fill(col)
                expected.append(act(aref, [band, risk], text, exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
                r += 1
            bottom = r - 1
            for c, v in zip((1, 2, 3, 4, 5, 6, 7, 8, 14), (rid, risk, owner, controls, L, I, score, target, trends[rid])):
                ws.cell(row=top, column=c, value=v)
                if bottom > top:
                    ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Summary of further actions by progress")
    ws.cell(row=r, column=1).font = Font(bold=True)
    r += 1
    for lab, n in (("Off track / overdue", 1), ("Some slippage", 2), ("On track", 5), ("Complete", 1),
                   ("Not yet started", 1), ("Total", 10)):
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=3, value=n)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: the estates condition risk (SR06) is held on the Estates Committee "
                                    "register and is not repeated here."))
    widths = [8, 40, 18, 34, 5, 5, 9, 9, 8, 50, 22, 14, 10, 7]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    ws.freeze_panes = "A5"
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a multi-academy trust strategic risk register as kept under the DfE 'Academy trust risk "
                "management' guidance (gov.uk good practice guide) and The Key's trust risk register template: "
                "Dixons Academies Trust (Bradford-based MAT), 2025/26 register at Q2 review. Copied features: cover "
                "sheet with version-control table and a colour key for action progress, register sheet grouped by "
                "strategic-aim band rows, risk ID/risk/owner/controls/scores merged down over each risk's further "
                "actions, action refs, target dates mixing real dates (dd/mm/yyyy and mmm-yy), 'Termly', "
                "'Ongoing', school terms and 'By 31 March 2026', progress shown only by cell fill, trend arrows, "
                "summary block and a note line under the register."),
        reads=("A trust risk register: under three strategic-aim bands, five risks each carry one or two numbered "
               "further actions with an action owner, a target date and a progress colour. The person reads the "
               "ten further actions as the plan's actions, under the aim and the risk they mitigate; the Cover sheet "
               "and the summary block underneath are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Lincolnshire Partnership NHS FT - Quality Improvement Plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_lpft():
    fname = "zf-lincolnshire-partnership-nhsft-quality-improvement-plan-2025-26.xlsx"
    title = "Lincolnshire Partnership NHS Foundation Trust – Quality Improvement Plan 2025/26"
    W1 = "Workstream 1: Safe staffing and therapeutic observation"
    W2 = "Workstream 2: Restrictive practice"
    W3 = "Workstream 3: Physical health in mental health settings"
    W4 = "Workstream 4: Learning from patient safety events"
    IA = "Staff on acute wards must carry out therapeutic observations in line with trust policy and record them accurately."
    IB = "The trust should make sure safe staffing levels are maintained on older adult wards at night."
    IC = "The trust must reduce the use of prone restraint and make sure all restraint is recorded and reviewed."
    ID = "Patients must receive physical health monitoring, including NEWS2, in line with their care plan."
    IE = "The trust should make sure people on community caseloads prescribed antipsychotics have an annual physical health check."
    IF = "The trust should embed PSIRF and share learning from patient safety investigations across all services."
    d = dt.datetime
    # ref, action, lead cell, original, revised, progress, prev, current, evidence, expected
    rows = [
        (W1, [
            (IA, [
                ("1.1", "Introduce electronic observation recording (tablet-based) on all six adult acute and PICU wards",
                 "Deputy Director of Nursing", d(2025, 9, 30), d(2026, 1, 31),
                 "Live on 5 of 6 wards. Go-live on the sixth ward delayed by the Wi-Fi upgrade; now scheduled w/c 19/01/2026.",
                 "A", "A", "Go-live checklists",
                 dict(lead=["Deputy Director of Nursing"], end="2026-01", status="amber")),
                ("1.2", "Monthly observation audit on each ward, reported through the Nursing and AHP Forum",
                 "Matrons (Adult Acute)", "Monthly", None,
                 "Audits completed for every ward each month since July 2025; compliance 94% in December.",
                 "G", "G", "Audit returns",
                 dict(lead=["Matrons (Adult Acute)"], end=None, end_text="Monthly", status="green")),
            ]),
            (IB, [
                ("1.3", "Review night establishment on the older adult wards using MHOST and present findings to the Workforce Committee",
                 "Head of Nursing – Older Adults; Workforce Planning Lead", d(2025, 10, 31), None,
                 "Review presented 28/10/2025; additional HCA on nights funded from November.",
                 "A", "B", "Workforce Committee minutes 28/10/2025",
                 dict(lead=["Head of Nursing – Older Adults", "Workforce Planning Lead"], end="2025-10", status="blue")),
            ]),
        ]),
        (W2, [
            (IC, [
                ("2.1", "Deliver refreshed RESPECT training to all ward-based staff, prioritising bank staff\nTarget: 90% compliance",
                 "Head of Training and Development", d(2025, 12, 31), d(2026, 3, 31),
                 "Compliance 71% (substantive 82%, bank 48%). Additional trainer sessions commissioned for February and March.",
                 "A", "R", "ESR compliance report",
                 dict(lead=["Head of Training and Development"], end="2026-03", status="red")),
                ("2.2", "Post-incident debrief for every prone restraint, reviewed weekly at the Reducing Restrictive Practice group",
                 "Reducing Restrictive Practice Lead", "Q3 2025/26", None,
                 "Debrief recorded for 100% of prone restraints in Q3.",
                 "G", "B", "RRP group minutes",
                 dict(lead=["Reducing Restrictive Practice Lead"], end="2025-12", end_text="Q3 2025/26", status="blue")),
            ]),
        ]),
        (W3, [
            (ID, [
                ("3.1", "Add NEWS2 escalation prompts to the SystmOne inpatient templates",
                 "Chief Clinical Information Officer", d(2025, 11, 30), None,
                 "Template change released 24/11/2025.",
                 "G", "B", "Release note CR-2231",
                 dict(lead=["Chief Clinical Information Officer"], end="2025-11", status="blue")),
                ("3.2", "Identify a physical health champion on every ward with 2 hours of protected time each week",
                 "Physical Health Lead Nurse", d(2026, 1, 31), None,
                 "Champions in place on 11 of 13 wards.",
                 "G", "G", "",
                 dict(lead=["Physical Health Lead Nurse"], end="2026-01", status="green")),
            ]),
            (IE, [
                ("3.3", "Agree a shared care protocol with Lincolnshire primary care networks for annual physical health checks",
                 "Associate Medical Director; ICB Mental Health Commissioning Lead", d(2026, 3, 31), d(2026, 6, 30),
                 "Draft protocol with LMC for comment. Revised date agreed by ELT 06/01/2026.",
                 "A", "A", "",
                 dict(lead=["Associate Medical Director", "ICB Mental Health Commissioning Lead"], end="2026-06", status="amber")),
            ]),
        ]),
        (W4, [
            (IF, [
                ("4.1", "Publish a quarterly 'Learning Matters' bulletin and hold a learning event after each PSII",
                 "Head of Patient Safety", "Quarterly", None,
                 "Q2 and Q3 bulletins published; two learning events held.",
                 "G", "G", "Bulletins on intranet",
                 dict(lead=["Head of Patient Safety"], end=None, end_text="Quarterly", status="green")),
                ("4.2", "Thematic review of self-harm incidents on inpatient wards 2024–25",
                 "Patient Safety Specialist", d(2026, 2, 28), None,
                 "New action added December 2025 – not yet started.",
                 None, None, "",
                 dict(lead=["Patient Safety Specialist"], end="2026-02", status="unrated")),
            ]),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary of current RAG by workstream – position at 09/01/2026"
    heads = ["Workstream", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)", "Not rated"]
    for i, h in enumerate(heads, 1):
        sm.cell(row=4, column=i, value=h)
    style_row(sm, 4, 1, 7, bold=True, bg="D9D9D9")

    ws = wb.create_sheet("QIP tracker")
    ws["A1"] = "Quality Improvement Plan 2025/26 – progress report to Quality and Safety Committee, 20 January 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Data as at 09/01/2026. Revised dates agreed by the Executive Leadership Team are shown in column F; "
                "where column F is blank the original date stands.")
    heads = ["Ref", "Improvement required", "Action", "Lead(s)", "Original completion date",
             "Revised completion date", "Progress update", "Previous RAG", "Current RAG", "Assurance / evidence"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 1, 10, bold=True, bg="005EB8")
    for c in range(1, 11):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    expected = []
    summary = []
    r = 5
    for ws_name, imps in rows:
        ws.cell(row=r, column=1, value=ws_name)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        style_row(ws, r, 1, 10, bold=True, bg="DCE6F1")
        r += 1
        counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
        for imp, acts in imps:
            top = r
            for (ref, text, lead, orig, rev, prog, prev, cur, evid, exp) in acts:
                vals = [ref, None, text, lead, orig, rev, prog, prev, cur, evid]
                for c, v in enumerate(vals, 1):
                    if v is not None:
                        ws.cell(row=r, column=c, value=v)
                style_row(ws, r, 1, 10)
                for c in (5, 6):
                    if isinstance(ws.cell(row=r, column=c).value, dt.datetime):
                        ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                for c, v in ((8, prev), (9, cur)):
                    if v:
                        ws.cell(row=r, column=c).fill = fill(RAGFILL[v])
                        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] += 1
                expected.append(act(ref, [ws_name, imp], text, exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
                r += 1
            ws.cell(row=top, column=2, value=imp)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        summary.append((ws_name, sum(counts.values()), counts["B"], counts["G"], counts["A"], counts["R"], counts[None]))
    widths = [6, 40, 48, 30, 14, 14, 48, 9, 9, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    ws.freeze_panes = "C5"

    for i, row in enumerate(summary, 5):
        for c, v in enumerate(row, 1):
            sm.cell(row=i, column=c, value=v)
        style_row(sm, i, 1, 7)
    tot = ["Total"] + [sum(s[k] for s in summary) for k in range(1, 7)]
    for c, v in enumerate(tot, 1):
        sm.cell(row=5 + len(summary), column=c, value=v)
    style_row(sm, 5 + len(summary), 1, 7, bold=True)
    sm.column_dimensions["A"].width = 55
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 13

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("B", "Complete and assured – evidence accepted by executive lead"),
                                  ("G", "On track to deliver by the completion date"),
                                  ("A", "At risk of delay – mitigation in place"),
                                  ("R", "Off track / past completion date")), 2):
        c = key.cell(row=i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(path(fname))

    write_expected(
        fname,
        source=("Imitates an NHS mental health trust's board/committee Quality Improvement Plan progress report "
                "(e.g. the Shrewsbury and Telford 'Quality Improvement Plan (QIP) update' board papers and trust QIP "
                "trackers reported to quality committees), here Lincolnshire Partnership NHS Foundation Trust 2025/26. "
                "Copied features: summary sheet of RAG counts per workstream first, tracker sheet with workstream band "
                "rows, the 'improvement required' text merged down over its actions, several leads in one cell as job "
                "titles, original and revised completion dates (revised governs), 'Monthly'/'Quarterly'/'Q3 2025/26' "
                "date cells, a multi-line action, previous and current RAG letters with fill, and a separate key sheet."),
        reads=("A QIP tracker: four workstreams, each with one or two 'improvement required' statements and "
               "numbered actions 1.1–4.2 with leads, original and revised completion dates, progress notes and "
               "previous/current RAG. The person reads ten actions, taking the revised date where there is one and "
               "the current RAG as status; the Summary and Key sheets hold no actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Shropshire FRS - Fire Standards implementation tracker (xlsx, REFUSE: 'Febuary 2026')
# ---------------------------------------------------------------------------
def make_shropshire():
    fname = "zf-shropshire-fire-rescue-service-fire-standards-implementation-tracker-typo-month-refuse.xlsx"
    title = "Shropshire Fire and Rescue Service – Fire Standards Implementation Tracker"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    info = [("Owner", "Assistant Chief Fire Officer"), ("Reported to", "Strategic Performance Board"),
            ("Last updated", "12/09/2025"), ("Version", "2.3")]
    for i, (k, v) in enumerate(info, 3):
        ov.cell(row=i, column=1, value=k).font = Font(bold=True)
        ov.cell(row=i, column=2, value=v)
    ov["A8"] = "Status key"
    ov["A8"].font = Font(bold=True)
    for i, (k, txt) in enumerate((("Complete", "Action delivered and evidence held"),
                                  ("Green", "On track"), ("Amber", "Risk to due date"),
                                  ("Red", "Overdue")), 9):
        ov.cell(row=i, column=1, value=k).fill = fill(RAGFILL[k])
        ov.cell(row=i, column=2, value=txt)
    ov["A14"] = ("Each approved Fire Standard has been assessed against the Fire Standards Board implementation tool. "
                 "Only standards with an open gap are shown on the Tracker sheet.")
    ov.column_dimensions["A"].width = 18
    ov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Fire Standards – gap analysis and implementation tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 12/09/2025"
    heads = ["Ref", "Gap identified", "Improvement action", "Action owner", "Due date", "RAG", "Update"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=4, column=i, value=h)
    style_row(ws, 4, 1, 7, bold=True, bg="C00000")
    for c in range(1, 8):
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    data = [
        ("Fire Standard: Safeguarding", [
            ("SG1", "Safeguarding training is not mapped to role-based levels",
             "Introduce role-based safeguarding training levels (1–3) and record completion on the learning management system",
             "Head of Prevention", "December 2025", "Amber", "Level 1 and 2 packages live; Level 3 being procured."),
            ("SG2", "No annual safeguarding self-assessment with partners",
             "Complete a Section 11 style self-assessment with the Shropshire Safeguarding Community Partnership",
             "Safeguarding Lead", "Febuary 2026", "Green", "Template received from partnership."),
        ]),
        ("Fire Standard: Data Management", [
            ("DM1", "Data ownership not defined for core systems",
             "Appoint data owners for each core system and publish a data ownership register",
             "Head of ICT / Information Governance Manager", "March 2026", "Green", ""),
            ("DM2", "Quality of incident recording system (IRS) returns not assured",
             "Data quality audit of IRS returns with feedback to station managers",
             "Information Governance Manager", "Oct 2025", "Complete", "Audit report issued 04/09/2025."),
        ]),
        ("Fire Standard: Emergency Preparedness and Resilience", [
            ("EP1", "Station business continuity plans not reviewed against the latest National Risk Register",
             "Review business continuity plans for all 23 stations against the National Risk Register",
             "Group Manager – Resilience", "January 2026", "Amber", "9 of 23 reviewed."),
            ("EP2", "No recent multi-agency exercise of the flooding plan",
             "Multi-agency flooding exercise with West Mercia LRF partners",
             "Group Manager – Resilience", "June 2026", "Green", ""),
        ]),
        ("Fire Standard: Leading and Developing People", [
            ("LP1", "No structured development for newly promoted supervisory managers",
             "Launch supervisory manager development programme",
             "Head of HR and Organisational Development", "Sept 2025", "Complete", "First cohort started 08/09/2025."),
        ]),
    ]
    r = 5
    typo_row = None
    for band, acts in data:
        ws.cell(row=r, column=1, value=band)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        style_row(ws, r, 1, 7, bold=True, bg="F2DCDB")
        r += 1
        for row in acts:
            for c, v in enumerate(row, 1):
                ws.cell(row=r, column=c, value=v if v != "" else None)
            style_row(ws, r, 1, 7)
            ws.cell(row=r, column=6).fill = fill(RAGFILL[row[5]])
            if row[4] == "Febuary 2026":
                typo_row = r
            r += 1
    widths = [6, 40, 52, 30, 14, 10, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=4, column=i).column_letter].width = w
    wb.save(path(fname))
    assert typo_row == 7, typo_row

    write_expected(
        fname,
        source=("Imitates an English fire and rescue service's Fire Standards implementation tracker (gap analysis "
                "against each approved Fire Standards Board standard, cf. firestandards.org implementation tools and "
                "Essex FRS's published progress on planning to meet the 'Leading the service' and 'Leading and "
                "developing people' standards), here Shropshire Fire and Rescue Service, September 2025. Copied "
                "features: overview sheet with owner/reporting/version and a status key, tracker sheet with one band "
                "row per Fire Standard, gap/action/owner/due/RAG/update columns, month-name due dates as text, RAG "
                "words with fill, 'Complete' status."),
        reads=("A fire service's tracker of seven improvement actions under four Fire Standards, each with a due "
               "month. On the Tracker sheet, row 7 (SG2, Safeguarding self-assessment) gives its due date as "
               "'Febuary 2026' – a mistyped month; a careful reader stops and asks before reading the plan."),
        outcome="refuse", title=title, refuse_at=typo_row)


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Kent Police - HMICFRS vetting, misconduct and misogyny force action plan (docx, table per rec)
# ---------------------------------------------------------------------------
def make_kent():
    fname = "zf-kent-police-hmicfrs-vetting-misconduct-misogyny-action-plan.docx"
    title = ("Kent Police – Force Action Plan: HMICFRS Inspection of Vetting, Misconduct and Misogyny in the "
             "Police Service")
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update for the Police and Crime Commissioner's Performance and Delivery Board – January 2024")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document owner", "Deputy Chief Constable"), ("Author", "Head of Professional Standards"),
                 ("Version", "3.2"), ("Date", "08/01/2024"), ("Protective marking", "OFFICIAL")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "HMICFRS published 'An inspection of vetting, misconduct, and misogyny in the police service' on 2 November "
        "2022. It made 43 recommendations, 28 of them for chief constables. This plan sets out the force's actions "
        "against the recommendations that remain open. Recommendations signed off by the Force Assurance Board "
        "before October 2023 are not repeated here.")
    doc.add_paragraph("RAG status key")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, txt in (("Blue", "Complete – evidence signed off by Force Assurance Board"), ("Green", "On track"),
                      ("Amber", "Some slippage – recoverable"), ("Red", "Off track – escalation required")):
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], RAGFILL[word])
        set_cell(row[1], txt)

    S1 = "Section 1 – Vetting"
    S2 = "Section 2 – Counter-corruption and misconduct"
    sections = [
        (S1, [
            ("Recommendation 4: By 31 October 2023, chief constables should make sure their vetting units check all "
             "applicants against the Police National Database and local intelligence systems, including checks on "
             "family members and co-residents.", [
                ("4.1", "Update the vetting procedure to require PND and local intelligence checks on all applicants, family members and co-residents",
                 "Force Vetting Manager", "31/10/2023", "Procedure updated and approved at Force Assurance Board 17/10/2023.", "Blue",
                 dict(lead=["Force Vetting Manager"], end="2023-10", status="blue")),
                ("4.2", "Recruit two additional vetting researchers to clear the backlog of vetting renewals",
                 "Head of PSD; HR Business Partner", "End of March 2024", "One researcher in post from December; second post re-advertised.", "Amber",
                 dict(lead=["Head of PSD", "HR Business Partner"], end="2024-03", status="amber")),
            ]),
            ("Recommendation 7: By 30 April 2024, chief constables should make sure that vetting decisions made "
             "despite adverse information are recorded with a clear rationale and reviewed by a senior manager.", [
                ("7.1", "Introduce a rationale template for every decision to grant vetting where adverse information exists",
                 "Force Vetting Manager", "Jan-24", "Template drafted; in use from 15 January.", "Green",
                 dict(lead=["Force Vetting Manager"], end="2024-01", status="green")),
                ("7.2", "Quarterly dip sample of 20 grant decisions by the Head of PSD, reported to the Force Assurance Board",
                 "Head of PSD", "Quarterly", "First dip sample completed December 2023.", "Green",
                 dict(lead=["Head of PSD"], end=None, end_text="Quarterly", status="green")),
            ]),
        ]),
        (S2, [
            ("Recommendation 15: By 31 March 2024, chief constables should make sure their counter-corruption units "
             "have enough capacity and capability to assess and develop intelligence about sexual misconduct.", [
                ("15.1", "Submit a business case for three additional Anti-Corruption Unit intelligence officers to Chief Officer Group",
                 "Detective Superintendent (ACU)", "31/03/2024",
                 "Business case deferred to the 2024/25 budget round.\nInterim secondment of one DC agreed.", "Red",
                 dict(lead=["Detective Superintendent (ACU)"], end="2024-03", status="red")),
                ("15.2", "Deploy software to monitor use of force IT systems for signs of abuse of position for a sexual purpose",
                 "Head of ACU & Head of Information Security", "June 2024", "Supplier selected; data protection impact assessment under way.", "Green",
                 dict(lead=["Head of ACU", "Head of Information Security"], end="2024-06", status="green")),
            ]),
            ("Recommendation 20: By 31 October 2023, chief constables should make sure all officers and staff know how "
             "to report concerns about colleagues, including through confidential reporting.", [
                ("20.1", "Relaunch the confidential reporting line with an all-staff message from the Chief Constable",
                 "Head of Corporate Communications", "Oct 2023", "Relaunched 09/10/2023; 41% increase in reports in Q3.", "Blue",
                 dict(lead=["Head of Corporate Communications"], end="2023-10", status="blue")),
                ("20.2", "Include an 'Active Bystander' input in all probationer and leadership courses",
                 "Head of Learning and Development", "Ongoing", "Included in courses from November 2023.", "Green",
                 dict(lead=["Head of Learning and Development"], end=None, end_text="Ongoing", status="green")),
            ]),
        ]),
    ]
    expected = []
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        for rec, acts in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells
            m = top[0].merge(top[5])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for c, h in enumerate(["Ref", "Action", "Lead", "Due", "Progress update", "RAG"]):
                set_cell(tb.rows[1].cells[c], h, bold=True)
                shade(tb.rows[1].cells[c], "D9D9D9")
            for (ref, text, lead, due, upd, rag, exp) in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, text, lead, due, upd, rag]):
                    set_cell(cells[c], v)
                shade(cells[5], RAGFILL[rag])
                expected.append(act(ref, [sec, rec], text, exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Deputy Chief Constable", "Chief officer lead for professional standards", "10/01/2024"]):
        set_cell(so.rows[1].cells[c], v)
    doc.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a police force's action plan against the 28 chief-constable recommendations of HMICFRS's "
                "November 2022 'An inspection of vetting, misconduct, and misogyny in the police service' (cf. PCC "
                "responses such as warwickshire-pcc.gov.uk and surrey-pcc.gov.uk, and HMICFRS's May 2023 review of "
                "progress), here Kent Police, January 2024 update to the PCC's board. Copied features: title and "
                "subtitle paragraphs, document-control table, RAG key table, Word headings per section, one table per "
                "recommendation with the recommendation text in a merged top row, then a header row and numbered "
                "actions with lead, due, multi-paragraph progress update and a shaded RAG word, and a sign-off table "
                "at the end."),
        reads=("A force action plan in two sections (vetting; counter-corruption and misconduct), each with two "
               "recommendation tables holding two numbered actions apiece. The person reads eight actions under "
               "their section and recommendation, with leads, due dates and RAG words (Blue = complete); the "
               "document-control, key and sign-off tables are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Larchfield House care home - CQC inspection action plan (docx, one table, key says Green = completed)
# ---------------------------------------------------------------------------
def make_larchfield():
    fname = "zf-larchfield-house-care-home-cqc-inspection-action-plan.docx"
    title = "Larchfield House Care Home – Action Plan following CQC Inspection"
    doc = Document()
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Provider", "Larchfield Care Ltd"), ("Registered manager", "Joanne Pike"),
                 ("Dates of inspection", "21 and 22 January 2025"), ("Report published", "14 March 2025"),
                 ("Overall rating", "Requires improvement"), ("Action plan last updated", "14/07/2025")):
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan responds to the breaches of the Health and Social Care Act 2008 (Regulated Activities) "
        "Regulations 2014 set out in the inspection report. It is reviewed at the monthly clinical governance "
        "meeting and shared with the local authority quality team.")
    doc.add_paragraph("Key to status column: Green – action completed; Amber – action in progress and on track; "
                      "Red – action overdue.")
    SAFE = "Key question: Safe"
    WELL = "Key question: Well-led"
    R12 = "Regulation 12 – Safe care and treatment"
    R18 = "Regulation 18 – Staffing"
    R17 = "Regulation 17 – Good governance"
    plan = [
        (SAFE, [
            (R12, [
                ("Review all residents' falls risk assessments and care plans, and update them after any fall",
                 "Deputy Manager", "31/03/2025", "Green", "All 38 reviewed. Audit on 28/03/2025 showed 100% compliance.",
                 dict(lead=["Deputy Manager"], end="2025-03", status="blue")),
                ("Introduce PRN protocols for every 'as required' medicine, checked by the community pharmacist",
                 "Clinical Lead & Community Pharmacist", "w/c 14/04/2025", "Green", "Protocols in place in all MAR folders.",
                 dict(lead=["Clinical Lead", "Community Pharmacist"], end="2025-04", status="blue")),
                ("Weekly medicines audit on each floor, with results reviewed at the monthly clinical governance meeting",
                 "Registered Manager", "Weekly", "Green", "Weekly audits in place since 10/03/2025.",
                 dict(lead=["Registered Manager"], end=None, end_text="Weekly", status="blue")),
            ]),
            (R18, [
                ("Increase night staffing on the first-floor nursing unit from two to three staff, and review the dependency tool monthly",
                 "Registered Manager / Operations Director", "End of April 2025", "Green", "Third night carer on rota from 22/04/2025.",
                 dict(lead=["Registered Manager", "Operations Director"], end="2025-04", status="blue")),
                ("Bring moving and handling and fire safety training compliance to 95%",
                 "Training Coordinator", "30/06/2025", "Red", "82% at 30/06/2025. Refresher sessions booked for July.",
                 dict(lead=["Training Coordinator"], end="2025-06", status="red")),
            ]),
        ]),
        (WELL, [
            (R17, [
                ("Implement a monthly audit schedule covering care plans, medicines, infection control and the environment, with actions tracked to completion",
                 "Registered Manager", "May 2025", "Green", "Schedule in use; tracker reviewed monthly.",
                 dict(lead=["Registered Manager"], end="2025-05", status="blue")),
                ("Operations Director to complete quarterly provider quality visits and report findings to the Board",
                 "Operations Director", "Jul-25", "Amber", "First visit completed 11/04/2025; second booked 23/07/2025.",
                 dict(lead=["Operations Director"], end="2025-07", status="amber")),
                ("Hold residents' and relatives' meetings every two months and publish 'You said, we did' responses",
                 "Activities Coordinator", "Ongoing", "Amber", "March meeting held; May meeting moved to 16/07/2025.",
                 dict(lead=["Activities Coordinator"], end=None, end_text="Ongoing", status="amber")),
            ]),
        ]),
    ]
    heads = ["Regulation", "Action required", "By whom", "By when", "Status", "Comments / evidence"]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(tb.rows[0].cells[c], h, bold=True)
        shade(tb.rows[0].cells[c], "BFBFBF")
    expected = []
    for kq, regs in plan:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, kq, bold=True)
        shade(m, "E2EFDA")
        for reg, acts in regs:
            first = None
            for (text, who, when, status, comment, exp) in acts:
                cells = tb.add_row().cells
                for c, v in enumerate([None, text, who, when, status, comment], 0):
                    if v is not None:
                        set_cell(cells[c], v)
                shade(cells[4], RAGFILL[status])
                if first is None:
                    first = cells[0]
                    set_cell(first, reg, bold=True)
                last = cells[0]
                expected.append(act(None, [kq, reg], text, exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
            if last is not first:
                first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Joanne Pike, Registered Manager        Date: 14/07/2025")
    doc.save(path(fname))

    write_expected(
        fname,
        source=("Imitates a care home provider's action plan returned to CQC after a 'Requires improvement' "
                "inspection with breaches of Regulations 12, 17 and 18 (CQC asks for such plans within 28 days; "
                "typical columns per the QCS/Royds Withy King guide 'CQC action plans – roadmaps to a better service': "
                "item, action, deadline, person responsible, RAG, notes), here Larchfield House Care Home, 2025. "
                "Copied features: heading, provider/inspection details table, a status key in a sentence that "
                "defines Green as completed, one table with key-question rows spanning the table and the regulation "
                "merged down its actions, no action numbers, several people in one 'By whom' cell, dates as "
                "dd/mm/yyyy, 'w/c', 'End of April 2025', 'Jul-25', 'Weekly', 'Ongoing', shaded status words, a "
                "signature line."),
        reads=("A CQC action plan for a care home: under the Safe and Well-led key questions, three breached "
               "regulations each carry two or three unnumbered actions with who, by when, a status word and "
               "comments. The person reads eight actions; by the document's own key, Green means completed (read as "
               "blue), Amber in progress, Red overdue."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Teesside University - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def make_teesside():
    fname = "zf-teesside-university-arc-internal-audit-recommendations-tracker.csv"
    title = "Teesside University – Internal Audit Recommendations Tracker"
    A1 = "Cyber Security Governance (2024/25)"
    A2 = "Student Recruitment and Admissions (2024/25)"
    A3 = "Health and Safety – Laboratories (2025/26)"
    A4 = "Payroll and Expenses (2025/26)"
    rows = [
        (A1, "14/03/2025", "R1", "High",
         "The University should complete and test its IT disaster recovery plan for all critical systems.",
         "Full disaster recovery test of the student records and finance systems, with lessons learned reported to the Digital Board",
         "Chief Information Officer", "31/07/2025", "31/03/2026", "Amber",
         "Student records failover tested October 2025. Finance system test rescheduled to March 2026 to avoid year-end.",
         dict(lead=["Chief Information Officer"], end="2026-03", status="amber")),
        (A1, "14/03/2025", "R2", "Medium",
         "Privileged user accounts should be reviewed at least quarterly.",
         "Introduce a quarterly privileged access review, signed off by system owners",
         "Head of Cyber Security; System Owners", "30/09/2025", "", "Complete",
         "Q2 and Q3 reviews evidenced.",
         dict(lead=["Head of Cyber Security", "System Owners"], end="2025-09", status="blue")),
        (A2, "02/05/2025", "R1", "Medium",
         "Contextual offer decisions should be documented consistently.",
         "Update the Admissions Policy and the decision log template to record the contextual data used for each \"contextual\" offer",
         "Director of Admissions", "31/08/2025", "", "Complete",
         "Policy approved by Academic Board July 2025.",
         dict(lead=["Director of Admissions"], end="2025-08", status="blue")),
        (A2, "02/05/2025", "R2", "Low",
         "Agent commission payments should be reconciled to enrolment data each term.",
         "Termly reconciliation of agent commission to enrolled students, reviewed by the Finance Business Partner",
         "Head of International Recruitment", "Termly", "", "Green",
         "Autumn term reconciliation completed.",
         dict(lead=["Head of International Recruitment"], end=None, end_text="Termly", status="green")),
        (A3, "10/10/2025", "R1", "High",
         "COSHH assessments must be reviewed annually and held centrally.",
         "1. Central COSHH register on the health and safety system for all School laboratories\n2. Annual review date set for each assessment, with automated reminders",
         "Head of Health and Safety", "31/01/2026", "30/04/2026", "Amber",
         "Register built; 62% of assessments migrated.",
         dict(lead=["Head of Health and Safety"], end="2026-04", status="amber")),
        (A3, "10/10/2025", "R2", "Medium",
         "Laboratory induction records should be retained for all postgraduate researchers.",
         "Add laboratory induction sign-off to the PGR progression checklist",
         "Dean of the Graduate School / Head of Technical Services", "31/12/2025", "", "Red",
         "Overdue – checklist change awaiting Graduate School Committee approval (February 2026).",
         dict(lead=["Dean of the Graduate School", "Head of Technical Services"], end="2025-12", status="red")),
        (A4, "21/11/2025", "R1", "Low",
         "Expense claims without receipts should be rejected unless approved by a budget holder.",
         "System control in the expenses module to block claims without an attached receipt",
         "Payroll Manager", "31/03/2026", "", "Not started",
         "",
         dict(lead=["Payroll Manager"], end="2026-03", status="unrated")),
        (A4, "21/11/2025", "R2", "Medium",
         "Overtime claims should be authorised before payment.",
         "Require line manager approval of overtime in the HR/payroll self-service portal before claims reach Payroll",
         "Payroll Manager", "Apr-26", "", "Green",
         "Workflow configured in test.",
         dict(lead=["Payroll Manager"], end="2026-04", status="green")),
    ]
    with open(path(fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Audit and Risk Committee – follow-up position at 31 January 2026"])
        w.writerow(["Exported from the audit management system; priority as graded by the internal auditors (High / Medium / Low)"])
        w.writerow([])
        w.writerow(["Audit", "Report date", "Rec no.", "Priority", "Recommendation", "Agreed management action",
                    "Responsible officer", "Original due date", "Revised due date", "Status", "Latest update"])
        expected = []
        for row in rows:
            w.writerow(list(row[:11]))
            exp = row[11]
            expected.append(act(row[2], [row[0], row[4]], row[5], exp["lead"], exp["end"], exp["status"],
                                exp.get("end_text")))
        w.writerow([])
        w.writerow(["Totals: Complete 2; Green 2; Amber 2; Red 1; Not started 1; Total 8"])

    write_expected(
        fname,
        source=("Imitates a university Audit and Risk Committee internal audit follow-up report exported to CSV from "
                "an audit tracking system (cf. Uniac's description of follow-up reporting to university audit "
                "committees), here Teesside University, January 2026. Copied features: title/preamble lines before the "
                "header, one row per recommendation with audit name, report date, rec number repeating per audit, "
                "priority, recommendation and agreed management action, responsible officer(s), original and revised "
                "due dates (revised governs), status words, quoted fields with embedded line breaks and doubled quotes, "
                "and a totals line at the end."),
        reads=("An audit recommendations tracker: eight rows from four internal audits, each with the auditor's "
               "recommendation, the agreed management action, the responsible officer, due dates and a status. The "
               "person reads each agreed management action as an action under its audit and recommendation, using "
               "the revised due date where given."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Human Tissue Authority - Authority (board) action log (tab-separated text)
# ---------------------------------------------------------------------------
def make_hta():
    fname = "zf-human-tissue-authority-board-action-log.txt"
    title = "Human Tissue Authority – Authority action log"
    M1 = "Actions from the Authority meeting of 10 July 2025"
    M2 = "Actions from the Authority meeting of 9 October 2025"
    M3 = "Actions from the Authority meeting of 11 December 2025"
    groups = [
        (M1, [
            ("A07/25-1", "Circulate the revised Licensing Standards consultation plan to Members ahead of launch",
             "Director of Regulation", "September 2025", "B", "Circulated 02/09/2025. Propose to close.", None,
             dict(lead=["Director of Regulation"], end="2025-09", status="blue")),
            ("A07/25-2", "Bring a paper on the resourcing implications of the Fuller Inquiry recommendations for the post-mortem sector",
             "Chief Executive", "Dec 2025", "A", "Delayed pending the DHSC response on funding.",
             "Paper now scheduled as Item 9 on today's agenda.",
             dict(lead=["Chief Executive"], end="2025-12", status="amber")),
        ]),
        (M2, [
            ("A10/25-1", "Review the strategic risk register wording for Risk 3 (cyber security) in light of the ARAC deep dive",
             "Director of Data, Technology and Development", "31/01/2026", "G",
             "Revised wording considered by ARAC on 22/01/2026; to the Authority for approval today.", None,
             dict(lead=["Director of Data, Technology and Development"], end="2026-01", status="green")),
            ("A10/25-2", "Arrange a Member visit to a licensed establishment in the human application sector",
             "Board Secretary", "By 31 March 2026", "G", "Visit to a tissue bank provisionally agreed for March.", None,
             dict(lead=["Board Secretary"], end="2026-03", status="green")),
            ("A10/25-3", "Share the draft People Strategy 2026-29 with the Remuneration Committee Chair for comment",
             "Director of Resources/Head of HR", "Nov-25", "B", "Shared 14/11/2025; comments incorporated.", None,
             dict(lead=["Director of Resources", "Head of HR"], end="2025-11", status="blue")),
        ]),
        (M3, [
            ("A12/25-1", "Include a KPI on the time taken to close regulatory action cases in the quarterly performance report",
             "Head of Business Planning and Performance", "Q4 2025/26", "G", "KPI defined; first reported in the Q4 report.", None,
             dict(lead=["Head of Business Planning and Performance"], end="2026-03", end_text="Q4 2025/26", status="green")),
            ("A12/25-2", "Update Members on the outcome of the DHSC review of arm's-length bodies and its implications for the HTA",
             "Chief Executive", "Ongoing", "A", "Review outcome not yet published; verbal update at each meeting.", None,
             dict(lead=["Chief Executive"], end=None, end_text="Ongoing", status="amber")),
            ("A12/25-3", "Provide Members with training on the revised Code of Practice A (guiding principles and the fundamental principle of consent)",
             "Director of Regulation & Board Secretary", "April 2026", "", "Not started - date to be confirmed.", None,
             dict(lead=["Director of Regulation", "Board Secretary"], end="2026-04", status="unrated")),
        ]),
    ]
    lines = [
        title,
        "Authority meeting 12 February 2026 - Item 4: Matters arising",
        "Paper reference: HTA (04/26)",
        "",
        "\t".join(["Ref", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    expected = []
    for head, acts in groups:
        lines.append(head)
        for (ref, text, owner, due, rag, upd, cont, exp) in acts:
            lines.append("\t".join([ref, text, owner, due, rag, upd]))
            if cont:
                lines.append("\t" * 5 + cont)
            expected.append(act(ref, [head], text, exp["lead"], exp["end"], exp["status"], exp.get("end_text")))
    lines += [
        "",
        "RAG key: B = complete (proposed for closure); G = on track; A = at risk of slipping; R = overdue",
        "Closed actions are removed from the log once they have been reported to the Authority.",
    ]
    with open(path(fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        fname,
        source=("Imitates the 'Matters arising' action log in a Human Tissue Authority (the HTA's non-executive "
                "board, 'the Authority') meeting pack, cf. archive.hta.gov.uk Authority meeting listings and meeting "
                "packs with 'Matters arising from ... meeting' items; February 2026 log exported as tab-separated "
                "text. Copied features: title and meeting/paper-reference lines, a header line, group lines per "
                "originating meeting, action refs like A10/25-1, job titles and two posts in one owner cell, due "
                "as month names, dates, 'Nov-25', 'Q4 2025/26', 'By 31 March 2026' and 'Ongoing', RAG letters, an "
                "update that continues on a line of its own, and a RAG key and note at the foot."),
        reads=("A board action log: eight actions grouped under the three Authority meetings that raised them, "
               "each with a ref, owner, due date, RAG letter and update. The line holding only 'Paper now "
               "scheduled...' continues the update of A07/25-2 and is not an action; the key and note lines at the "
               "end are not actions."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    make_dixons()
    make_lpft()
    make_shropshire()
    make_kent()
    make_larchfield()
    make_teesside()
    make_hta()
    print("built", sorted(n for n in os.listdir(HERE) if n.startswith("zf-")))
