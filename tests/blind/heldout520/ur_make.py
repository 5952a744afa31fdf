"""Build the seven `ur-` blind cases (heldout520) and their expected readings.

Run with: /work/main/.venv/bin/python ur_make.py
Writes only files whose names start with `ur-` into this folder.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. DSIT – GOV.UK One Login programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_dsit():
    name = "ur-dsit-gov-uk-one-login-programme-highlight-report.xlsx"
    title = "GOV.UK One Login Programme Highlight Report"
    wb = Workbook()

    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    ws.merge_cells("A1:D1")
    ws["A2"] = "Department for Science, Innovation and Technology – Government Digital Service"
    ws["A3"] = "Reporting period: 1 to 31 October 2025 (Period 7, 2025/26)"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "1.0 FINAL"),
        ("Date", d(2025, 11, 7)),
        ("Prepared by", "Programme Management Office (PMO)"),
        ("Senior Responsible Owner", "Director, GOV.UK One Login"),
        ("For", "One Login Programme Board, 13 November 2025"),
        ("Classification", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            ws.cell(i, col).border = BOX
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 50

    # Summary sheet – dimension RAGs, achievements: no actions.
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Programme summary – Period 7"
    ss["A1"].font = Font(bold=True, size=14)
    ss["A3"] = "Overall delivery confidence"
    ss["B3"] = "Amber"
    ss["B3"].fill = fill(FILL["amber"])
    ss["C3"] = "(Period 6: Amber)"
    hdr = ["Dimension", "Previous", "Current", "Comment"]
    for j, h in enumerate(hdr, start=1):
        c = ss.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
    dims = [
        ("Schedule", "Amber", "Amber", "Two milestones re-planned this period (see Milestones & actions)."),
        ("Cost", "Green", "Green", "Forecast outturn within 2% of budget."),
        ("Resource", "Amber", "Red", "Four vacant engineering roles; contractor cover approved to March."),
        ("Benefits", "Green", "Green", "Benefits baseline agreed at Investment Committee."),
        ("Risks and issues", "Amber", "Amber", "No new red risks; one issue escalated to Programme Board."),
    ]
    for i, row in enumerate(dims, start=6):
        for j, v in enumerate(row, start=1):
            c = ss.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
            if j in (2, 3):
                c.fill = fill(FILL[v.lower()])
    ss["A12"] = "Key achievements this period"
    ss["A12"].font = Font(bold=True)
    ss["A13"] = "• In-app face matching now available for biometric residence permits and EU identity cards."
    ss["A14"] = "• 10 of the 14 tranche 2 services now use GOV.UK One Login for sign-in."
    ss["A15"] = "• Benefits baseline agreed at Investment Committee on 28 October 2025."
    ss["A17"] = "Decisions required from Programme Board"
    ss["A17"].font = Font(bold=True)
    ss["A18"] = "• Approve the re-plan of milestone 1.3 (face-to-face identity checks) to January 2026."
    for col, w in zip("ABCD", (26, 12, 12, 70)):
        ss.column_dimensions[col].width = w

    # Milestones & actions – the plan.
    ms = wb.create_sheet("Milestones & actions")
    ms["A1"] = "Milestones and key actions – status at 31 October 2025"
    ms["A1"].font = Font(bold=True, size=14)
    ms["A2"] = ("Revised dates agreed through programme change control are shown in column E; "
                "where column E is blank the baseline date stands.")
    ms["A2"].font = Font(italic=True)
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Revised date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ms.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    ms.freeze_panes = "A5"

    WS1 = "Workstream 1 – Identity checking and verification"
    WS2 = "Workstream 2 – Service onboarding"
    WS3 = "Workstream 3 – Security and resilience"
    WS4 = "Workstream 4 – Benefits and user research"
    plan = [
        ("ws", WS1),
        ("1.1", "Extend in-app face matching to holders of biometric residence permits and EU identity cards",
         "Deputy Director, Identity Checking", d(2025, 6, 30), d(2025, 9, 30), "Amber", "Complete",
         "Released to all users on 22 September 2025.", "2025-09", "blue", None),
        ("1.2", "Complete independent certification of the identity checking route against the UK digital identity and attributes trust framework",
         "Head of Assurance / Chief Technology Officer", d(2025, 12, 31), None, "Green", "Green",
         "Certification body audit booked for w/c 1 December.", "2025-12", "green", None),
        ("1.3", "Pilot a face-to-face identity check in Post Office branches for users who cannot prove their identity online",
         "Deputy Director, Identity Checking", d(2025, 10, 31), d(2026, 1, 31), "Amber", "Red",
         "Supplier contract variation not yet signed. Re-plan to Programme Board on 13 November for approval.",
         "2026-01", "red", None),
        ("ws", WS2),
        ("2.1", "Migrate the remaining 14 services in the tranche 2 plan from Government Gateway to GOV.UK One Login",
         "Head of Service Onboarding", d(2026, 3, 31), None, "Green", "Amber",
         "10 of 14 migrated. Two services waiting for department release slots in February.",
         "2026-03", "amber", None),
        ("2.2", "Publish updated onboarding guidance and technical documentation for departments",
         "Head of Service Onboarding", d(2025, 8, 31), None, "Green", "Complete",
         "Published on GOV.UK and the developer documentation site.", "2025-08", "blue", None),
        ("2.3", "Agree memoranda of understanding with all onboarded departments for funding of 2026/27 transaction volumes",
         "Head of Commercial; Head of Finance Business Partnering", d(2025, 11, 30), d(2026, 1, 31), "Green", "Amber",
         "Seven of eleven MoUs agreed. Remainder linked to Spending Review allocations.",
         "2026-01", "amber", None),
        ("ws", WS3),
        ("3.1", "Close the remaining high-severity findings from the 2025 IT health check",
         "Chief Information Security Officer", d(2025, 9, 30), d(2025, 12, 31), "Red", "Amber",
         "5 of 7 findings closed and retested.", "2025-12", "amber", None),
        ("3.2", "Run a full disaster recovery failover test of the authentication platform",
         "Head of Platform Engineering", "Q4 2025/26", None, "Green", "Green",
         "Test window requested with hosting provider.", "2026-03", "green", "Q4 2025/26"),
        ("ws", WS4),
        ("4.1", "Baseline the benefits realisation plan and agree the measures with HM Treasury",
         "Benefits Realisation Manager", d(2025, 10, 31), None, "Amber", "Green",
         "Agreed at Investment Committee on 28 October; sign-off letter awaited.", "2025-10", "green", None),
    ]
    actions = []
    r = 5
    under = []
    for item in plan:
        if item[0] == "ws":
            ms.cell(r, 1, item[1]).font = Font(bold=True)
            for j in range(1, 9):
                ms.cell(r, j).fill = fill(FILL["pale"])
            ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            under = [item[1]]
            r += 1
            continue
        ref, text, owner, base, rev, prev, cur, comm, end, status, end_text = item
        vals = [ref, text, owner, base, rev, prev, cur, comm]
        for j, v in enumerate(vals, start=1):
            c = ms.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j in (6, 7):
                key = {"Complete": "blue"}.get(v, v.lower())
                c.fill = fill(FILL[key])
                if key == "blue":
                    c.font = Font(color="FFFFFF")
        leads = [x.strip() for x in owner.replace(" / ", ";").split(";")]
        actions.append(act(ref, list(under), text, leads, end, status, end_text))
        r += 1
    ms.cell(r + 1, 1, "Source: One Login PMO milestone tracker, extracted 3 November 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 13, 13, 11, 11, 55)):
        ms.column_dimensions[col].width = w

    # RAG key sheet
    ks = wb.create_sheet("RAG key")
    ks["A1"] = "RAG definitions"
    ks["A1"].font = Font(bold=True)
    key = [
        ("Green", "On track to deliver by the baseline (or agreed revised) date."),
        ("Amber", "At risk; recovery actions in place and within programme tolerance."),
        ("Red", "Will miss the date without intervention; escalated to Programme Board."),
        ("Complete", "Delivered and accepted by the business owner."),
    ]
    for i, (k, v) in enumerate(key, start=2):
        c = ks.cell(i, 1, k)
        c.fill = fill(FILL[{"Complete": "blue"}.get(k, k.lower())])
        ks.cell(i, 2, v)
    ks.column_dimensions["B"].width = 75

    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a central government (DSIT / Government Digital Service) programme highlight "
                   "report for GOV.UK One Login, 2025, in the house style of departmental major-programme "
                   "board packs (cf. GMPP-style delivery confidence, previous/current RAG). Copied features: "
                   "cover sheet with document control table, a summary sheet with dimension RAGs and bullet "
                   "achievements, a milestones sheet with merged workstream rows, baseline and revised date "
                   "columns (revised only where re-planned), previous and current RAG with fill, job titles "
                   "as owners (two posts joined by ' / ' and ';'), a period 'Q4 2025/26' date, a RAG key sheet."),
        "reads": ("A four-sheet programme highlight report. Only the 'Milestones & actions' sheet holds the plan: "
                  "nine numbered milestones/actions under four workstream rows, each with an owner post, a "
                  "baseline date, sometimes a revised date (which is the due date), and previous/current RAG, "
                  "the current one being the status ('Complete' = done)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Lancashire CCA – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_lancs():
    name = "ur-lancashire-cca-strategic-risk-register-2025-26.xlsx"
    title = "Lancashire Combined County Authority – Strategic Risk Register 2025/26"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 summary (position at 30 September 2025)"
    hdr = ["Ref", "Risk", "Risk owner", "Residual score Q1", "Residual score Q2", "Direction of travel"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BOX

    risks = [
        ("SR01 – Financial sustainability and funding certainty",
         "Cause: reliance on time-limited devolution funding streams and constituent council contributions.\n"
         "Event: the CCA is unable to set a balanced medium-term budget.\n"
         "Effect: reduced delivery of the Lancashire 2050 priorities and reputational damage.",
         "Chief Finance Officer", (4, 4), "Integrated settlement engagement with MHCLG; monthly budget monitoring; "
         "s73 Officer reports to each CCA meeting.", (3, 4), 12, 12, "↔",
         [
             ("SR01.1", "Develop a three-year Medium Term Financial Strategy aligned to the integrated settlement timetable",
              "Chief Finance Officer", d(2026, 2, 28), "dd/mm/yyyy", "green", "2026-02", None),
             ("SR01.2", "Agree a reserves policy and minimum working balance with the constituent councils",
              "Chief Finance Officer / Monitoring Officer", "Q3 2025/26", None, "amber", "2025-12", "Q3 2025/26"),
         ]),
        ("SR02 – Organisational capacity and capability",
         "Cause: the CCA is a new body relying on interim staff and support from constituent councils.\n"
         "Event: insufficient capacity to deliver devolved functions.\n"
         "Effect: delay to programmes and loss of confidence from Government and partners.",
         "Chief Executive", (4, 3), "Interim senior appointments; support agreements with constituent councils.",
         (3, 3), 12, 9, "↓",
         [
             ("SR02.1", "Complete recruitment to the permanent senior leadership structure",
              "Chief Executive", d(2025, 12, 31), "dd/mm/yyyy", "amber", "2025-12", None),
             ("SR02.2", "Finalise service level agreements with Lancashire County Council for HR, legal, ICT and payroll support",
              "Director of Corporate Services", d(2025, 9, 30), "dd/mm/yyyy", "blue", "2025-09", None),
             ("SR02.3", "Introduce a workforce development and induction programme for CCA staff",
              "Head of HR (LCC shared service)", d(2026, 3, 1), "mmm-yy", None, "2026-03", None),
         ]),
        ("SR03 – Delivery of the devolved Adult Skills Fund",
         "Cause: first year of the devolved Adult Skills Fund with new commissioning and assurance duties.\n"
         "Event: provision does not meet local skills needs or funding is misused.\n"
         "Effect: clawback, poor outcomes for learners and DfE intervention.",
         "Director of Skills and Employment", (3, 4), "Transitional funding agreements rolled over from ESFA; "
         "provider engagement forum.", (3, 3), 12, 9, "↓",
         [
             ("SR03.1", "Commission 2026/27 Adult Skills Fund provision informed by the Lancashire skills needs assessment",
              "Director of Skills and Employment", d(2026, 3, 31), "dd/mm/yyyy", "green", "2026-03", None),
             ("SR03.2", "Implement a provider performance management and funding assurance framework",
              "Director of Skills and Employment", d(2026, 1, 31), "dd/mm/yyyy", "red", "2026-01", None),
         ]),
        ("SR04 – Governance and decision-making",
         "Cause: new constitution, committees and members unfamiliar with CCA arrangements.\n"
         "Event: decisions are challenged or not taken in line with the constitution.\n"
         "Effect: legal challenge, delay and loss of public trust.",
         "Monitoring Officer", (3, 3), "Constitution adopted February 2025; Audit and Governance Committee "
         "and Overview and Scrutiny Committee in place.", (2, 3), 6, 6, "↔",
         [
             ("SR04.1", "Review the constitution and scheme of delegation after the first year of operation",
              "Monitoring Officer", d(2026, 2, 1), "mmm-yy", "green", "2026-02", None),
             ("SR04.2", "Deliver a member development programme on the CCA's role, scrutiny and audit",
              "Monitoring Officer", "Ongoing", None, "green", None, "Ongoing"),
         ]),
        ("SR05 – Transport reform and the Local Transport Plan",
         "Cause: new transport authority responsibilities and a statutory deadline for the Local Transport Plan.\n"
         "Event: bus reform options and the Local Transport Plan are not ready in time.\n"
         "Effect: loss of funding and reduced bus service improvement.",
         "Director of Transport", (4, 3), "Transport officers seconded from constituent councils; "
         "Bus Service Improvement Plan in place.", (3, 3), 12, 9, "↓",
         [
             ("SR05.1", "Complete the bus reform options assessment and report to the CCA",
              "Director of Transport", "December 2025", None, "amber", "2025-12", None),
         ]),
    ]
    for i, rk in enumerate(risks, start=5):
        vals = [rk[0].split(" – ")[0], rk[0].split(" – ")[1], rk[2], rk[6], rk[7], rk[8]]
        for j, v in enumerate(vals, start=1):
            sm.cell(i, j, v).border = BOX
    for col, w in zip("ABCDEF", (8, 48, 34, 16, 16, 18)):
        sm.column_dimensions[col].width = w

    rr = wb.create_sheet("Risk Register")
    rr["A1"] = title
    rr["A1"].font = Font(bold=True, size=14)
    rr["A2"] = "Quarter 2 update – reported to the Audit and Governance Committee, 18 November 2025"
    top = [(1, 1, "Risk"), (2, 2, "Risk description (cause, event, effect)"), (3, 3, "Risk owner"),
           (4, 6, "Inherent risk"), (7, 7, "Existing controls"), (8, 10, "Residual risk"),
           (11, 11, "Trend"), (12, 16, "Further mitigating actions")]
    sub = {4: "L", 5: "I", 6: "Score", 8: "L", 9: "I", 10: "Score",
           12: "Ref", 13: "Action", 14: "Action owner", 15: "Target date", 16: "Status"}
    for a, b, h in top:
        c = rr.cell(4, a, h)
        if a != b:
            rr.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
        elif a not in sub:
            rr.merge_cells(start_row=4, start_column=a, end_row=5, end_column=a)
    for j, h in sub.items():
        rr.cell(5, j, h)
    for row in (4, 5):
        for j in range(1, 17):
            c = rr.cell(row, j)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(FILL["navy"])
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BOX
    rr.freeze_panes = "A6"

    def score_fill(s):
        return FILL["red"] if s >= 15 else FILL["amber"] if s >= 8 else FILL["green"]

    actions = []
    r = 6
    for rk in risks:
        rtitle, desc, owner, inh, ctrls, res, _q1, _q2, trend, acts = rk
        n = len(acts)
        block = [rtitle, desc, owner, inh[0], inh[1], inh[0] * inh[1], ctrls, res[0], res[1], res[0] * res[1], trend]
        for j, v in enumerate(block, start=1):
            c = rr.cell(r, j, v)
            c.alignment = WRAP
            if j in (6, 10):
                c.fill = fill(score_fill(v))
            if n > 1:
                rr.merge_cells(start_row=r, start_column=j, end_row=r + n - 1, end_column=j)
        rr.cell(r, 1).font = Font(bold=True)
        for k, (aref, atext, aowner, tdate, fmt, colour, end, end_text) in enumerate(acts):
            rowi = r + k
            for j, v in zip(range(12, 16), (aref, atext, aowner, tdate)):
                c = rr.cell(rowi, j, v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = fmt
            if colour:
                rr.cell(rowi, 16).fill = fill(FILL[colour])
            for j in range(1, 17):
                rr.cell(rowi, j).border = BOX
            leads = [x.strip() for x in aowner.split(" / ")]
            status = colour if colour else "unrated"
            actions.append(act(aref, [rtitle], atext, leads, end, status, end_text))
        r += n
    rr.cell(r + 1, 1, "L = likelihood, I = impact (1–5). Scores: 15–25 high (red); 8–12 medium (amber); 1–6 low (green). "
                      "Action status is shown by the colour of the Status cell – see the 'Scoring & key' sheet.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKLMNOP", (26, 46, 20, 5, 5, 7, 40, 5, 5, 7, 7, 9, 50, 26, 13, 9)):
        rr.column_dimensions[col].width = w

    ky = wb.create_sheet("Scoring & key")
    ky["A1"] = "Risk scoring matrix and action status key"
    ky["A1"].font = Font(bold=True, size=13)
    ky["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        ky.cell(3, 1 + i, i).font = Font(bold=True)
        ky.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = ky.cell(3 + i, 1 + j, s)
            c.fill = fill(score_fill(s))
    ky["A11"] = "Action status (colour of the Status cell)"
    ky["A11"].font = Font(bold=True)
    keyrows = [("green", "On track"), ("amber", "Some slippage – expected to recover"),
               ("red", "Off track – target date will be missed"), ("blue", "Complete"),
               (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(keyrows, start=12):
        if col:
            ky.cell(i, 1).fill = fill(FILL[col])
        ky.cell(i, 2, txt)
    ky.column_dimensions["A"].width = 20
    ky.column_dimensions["B"].width = 40

    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a combined (county) authority strategic risk register as taken to its Audit and "
                   "Governance Committee (Lancashire CCA, Q2 2025/26), in the common local-government format: "
                   "cause/event/effect description, inherent and residual L x I scores, existing controls, "
                   "further mitigating actions with owner and target date. Copied features: summary sheet first, "
                   "two-row merged header, risk columns merged down over each risk's action rows, action status "
                   "shown only by cell fill colour with the key on a separate sheet, mixed date styles "
                   "(dd/mm/yyyy, mmm-yy, 'Q3 2025/26', 'December 2025', 'Ongoing')."),
        "reads": ("A strategic risk register of five risks. Each risk (merged cells) carries one to three further "
                  "mitigating actions with their own refs (SR01.1 ...), owner, target date and a status given by the "
                  "Status cell's colour (green on track, amber slipping, red off track, blue complete, no colour not "
                  "started). The summary and key sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Holly House Hospital – CQC inspection action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_holly():
    name = "ur-holly-house-hospital-cqc-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Holly House Hospital – CQC Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Core services inspected: Surgery; Outpatients"
    ws["A3"] = "Inspection dates: 11 and 12 March 2025    Report published: 22 May 2025    Overall rating: Requires improvement"
    ws.merge_cells("A3:I3")
    hdr = ["No.", "Core service", "Must / Should", "CQC finding", "Action(s) to be taken", "Action owner",
           "Target completion", "Progress update (June 2025)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("sec", "MUST DO ACTIONS"),
        (1, "Surgery", "Must",
         "The service must ensure that the WHO surgical safety checklist is fully completed for every patient. (Regulation 12)",
         "Relaunch the Five Steps to Safer Surgery with theatre team briefings and monthly observational audits of 10 cases per theatre",
         "Theatre Manager", d(2025, 7, 31), "Briefings held; first two audits at 88% and 93%.", "A"),
        (2, "Surgery", "Must",
         "The service must ensure staff complete mandatory training, including safeguarding level 3 where required. (Regulation 18)",
         "Issue monthly training compliance reports to heads of department and agree a trajectory to 95%",
         "Head of Clinical Services / Education Lead", d(2025, 9, 30), "Compliance 86% (from 78%).", "A"),
        (3, "Outpatients", "Must",
         "The service must ensure medicines are stored at the correct temperature and that fridge temperatures are checked daily. (Regulation 12)",
         "Install remote temperature monitoring with alarms in all clinic medicine fridges",
         "Pharmacy Manager", d(2025, 6, 30), "Installed 12 June 2025.", "B"),
        ("sec", "SHOULD DO ACTIONS"),
        (4, "Surgery", "Should",
         "The service should ensure patient records are stored securely on the ward.",
         "Fit lockable notes trolleys on the ward and include records security in the monthly ward audit",
         "Ward Manager", "Aug-2025", "Trolleys ordered.", "G"),
        (5, "Outpatients", "Should",
         "The service should ensure patients are offered a chaperone and that this is recorded.",
         "Update the chaperone policy, display chaperone posters in every consulting room and add a chaperone field to the outpatient record",
         "Outpatients Manager", "0ct-2025", "Policy at Medical Advisory Committee in July.", "G"),
        (6, "Hospital-wide", "Should",
         "The service should ensure the risk register reflects current risks and that each risk has a review date.",
         "Review every risk on the hospital risk register at the monthly Clinical Governance Committee",
         "Hospital Director", d(2025, 9, 30), "", "G"),
        (7, "Surgery", "Should",
         "The service should audit the consent process for elective surgery.",
         "Add consent to the quarterly clinical audit programme and report the results to the Medical Advisory Committee",
         "Head of Clinical Services", "Sep-2025", "", ""),
    ]
    r = 6
    typo_row = None
    n = 0
    for row in rows:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(r, j).fill = fill(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j == 9 and v:
                c.fill = fill(FILL[{"R": "red", "A": "amber", "G": "green", "B": "blue"}[v]])
        if row[6] == "0ct-2025":
            typo_row = r
        n += 1
        r += 1
    ws.cell(r + 1, 1, "RAG: R = not on track; A = some delay; G = on track; B = complete").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (5, 14, 9, 48, 52, 26, 13, 36, 6)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 12, typo_row
    write_yaml(name, {
        "source": ("Imitates an independent hospital's provider action plan after a CQC inspection (Holly House "
                   "Hospital, 2025, surgery and outpatients), in the usual must-do / should-do format of "
                   "independent acute providers. Copied features: title block with inspection dates and rating, "
                   "merged MUST DO / SHOULD DO section rows, finding with regulation in brackets, action owner "
                   "posts, target completion dates as dates and as typed text, progress column, R/A/G/B letters "
                   "with fill and a key line."),
        "reads": ("A CQC action plan of seven numbered actions (three must-do, four should-do). The target "
                  "completion for action 5 on sheet row 12 is typed '0ct-2025' with a zero for the letter O, "
                  "a mistyped month, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, n


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


def set_cell(cell, text, bold=False, white=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(9)
            run.bold = bold
            if white:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Action for Children fostering – Ofsted IFA post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_afc():
    name = "ur-action-for-children-fostering-ofsted-ifa-inspection-action-plan.docx"
    title = "Fostering Services North West – Post-Inspection Action Plan"
    doc = Document()
    p = doc.add_paragraph("Action for Children")
    p.runs[0].bold = True
    p.runs[0].font.color.rgb = RGBColor(0x00, 0x70, 0xC0)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection of independent fostering agency (URN SC068812), 13 to 17 January 2025")
    doc.add_paragraph("Overall experiences and progress of children and young people: requires improvement to be good")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.1"), ("Date", "16 June 2025"), ("Plan owner", "Registered Manager"),
                 ("Approved by", "Responsible Individual"), ("Next review", "September 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
        shade(cells[0], "F2F2F2")

    doc.add_paragraph()
    doc.add_paragraph("RAG key: R = off track; A = at risk of slipping; G = on track; B = complete")

    RAGC = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "B": FILL["blue"]}
    RAGS = {"R": "red", "A": "amber", "G": "green", "B": "blue", "": "unrated"}
    actions = []

    def part(heading, groups):
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress", "RAG"]):
            set_cell(c, h, bold=True, white=True)
            shade(c, FILL["navy"])
        for gtext, items in groups:
            row = tb.add_row().cells
            merged = row[0].merge(row[5])
            set_cell(merged, gtext, bold=True)
            shade(merged, FILL["pale"])
            for ref, text, lead, due, prog, rag, end, end_text in items:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, text, lead, due, prog, rag]):
                    set_cell(c, v)
                if rag:
                    shade(cells[5], RAGC[rag])
                leads = [x.strip() for x in lead.split(" / ")]
                actions.append(act(ref, [heading, gtext], text, leads, end, RAGS[rag], end_text))

    part("Part A: Requirements", [
        ("Requirement 1: The registered person must ensure that each foster carer's approval is reviewed, and the "
         "review presented to the fostering panel where required, at intervals of not more than a year. "
         "(Regulation 28(2) and (4))",
         [("A1.1", "Audit every fostering household for the date of its last annual review and produce a schedule of overdue reviews",
           "Registered Manager", "28/02/2025", "Completed. 11 overdue reviews identified.", "B", "2025-02", None),
          ("A1.2", "Commission two additional independent reviewing officers to clear the backlog of overdue reviews",
           "Registered Manager / Team Manager", "End of April 2025", "9 of 11 completed; 2 booked for July panel.", "A", "2025-04", None)]),
        ("Requirement 2: The registered person must ensure that the fostering panel has the full checks and "
         "references for each prospective foster carer before it makes a recommendation. "
         "(Regulation 26 and Schedule 3)",
         [("A2.1", "Introduce a pre-panel checklist signed by the supervising social worker and the panel adviser",
           "Panel Adviser", "31/03/2025", "In use from the March panel.", "B", "2025-03", None),
          ("A2.2", "Quality Assurance Manager to audit a sample of five assessment files each quarter and report findings to the management team",
           "Quality Assurance Manager", "Quarterly", "First audit completed in May: 5/5 files compliant.", "G", None, "Quarterly")]),
    ])
    part("Part B: Recommendations", [
        ("Recommendation 1: The registered person should ensure that records of supervisory visits to foster carers "
         "are clear about the discussion held and the actions agreed. (NMS 21.8)",
         [("B1.1", "Revise the supervisory visit recording template to include actions, owners and timescales",
           "Team Manager", "May 2025", "New template live on the case recording system.", "B", "2025-05", None),
          ("B1.2", "Deliver recording workshops for all supervising social workers\nand include recording quality in monthly case audits",
           "Team Manager / Practice Development Lead", "30/06/2025", "Two of three workshops delivered.", "G", "2025-06", None)]),
        ("Recommendation 2: The registered person should ensure that foster carers complete the Training, Support "
         "and Development Standards within the required timescale. (NMS 20.3)",
         [("B2.1", "Track each newly approved carer's progress with the TSD Standards at every supervisory visit and report monthly to the Registered Manager",
           "Supervising Social Workers", "Monthly", "Monthly report in place from April.", "G", None, "Monthly"),
          ("B2.2", "Offer evening and weekend TSD workshop sessions for carers who work",
           "Learning and Development Coordinator", "Sept 2025", "Not yet started – sessions being scheduled.", "", "2025-09", None)]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed monthly by the Registered Manager and quarterly by the Responsible Individual.")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a voluntary-sector independent fostering agency's post-inspection action plan after an "
                   "Ofsted SCCIF inspection (Action for Children fostering service, 2025): requirements (with "
                   "regulation) and recommendations (with NMS reference) as shaded merged rows above their "
                   "actions. Copied features: charity name and title block with URN and judgement, document "
                   "control table, RAG key paragraph (B = complete), one table per part (Requirements / "
                   "Recommendations), refs A1.1/B1.1, posts as leads (two joined by ' / '), dates as dd/mm/yyyy, "
                   "'End of April 2025', 'May 2025', 'Sept 2025', 'Quarterly', 'Monthly', one action with an inner "
                   "line break, a blank RAG for an action not started."),
        "reads": ("A fostering agency's action plan in two tables, Part A: Requirements and Part B: Recommendations. "
                  "Each requirement or recommendation is a merged shaded row and two actions follow it, with a "
                  "lead post, target date, progress and an R/A/G/B letter (blank where not started). The first "
                  "small table is document control."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Tarmac – HSE improvement notices action plan (docx)
# ---------------------------------------------------------------------------
def make_tarmac():
    name = "ur-tarmac-hse-improvement-notices-action-plan.docx"
    title = "Response to HSE Improvement Notices – Action Plan"
    doc = Document()
    p = doc.add_paragraph("Tarmac Trading Limited")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(14)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Site: Leicestershire asphalt plant and aggregates depot    Notices served: 2 June 2025    "
                      "Enforcing authority: Health and Safety Executive (Quarries)")

    doc.add_paragraph("Revision history").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Issue", "Date", "Change", "By"]):
        set_cell(c, h, bold=True)
        shade(c, FILL["grey"])
    for row in [("1", "09/06/2025", "First issue to HSE", "Regional SHEQ Manager"),
                ("2", "30/06/2025", "Progress added", "Regional SHEQ Manager"),
                ("3", "18/07/2025", "Revised dates for IN2 after HSE agreed to extend the compliance date",
                 "Regional SHEQ Manager")]:
        for c, v in zip(t.add_row().cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – complete (evidence sent to HSE); Green – on track; "
                      "Amber – at risk of missing the compliance date; Red – overdue")

    STC = {"Blue": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    actions = []

    def section(heading, note, items):
        doc.add_heading(heading, level=1)
        if note:
            doc.add_paragraph(note)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Revised due", "Status"]):
            set_cell(c, h, bold=True, white=True)
            shade(c, FILL["navy"])
        for ref, text, owner, due, rev, status, end, end_text in items:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, text, owner, due, rev, status]):
                set_cell(c, v)
            shade(cells[5], STC[status])
            leads = [x.strip() for x in owner.split(" / ")]
            actions.append(act(ref, [heading], text, leads, end, status.lower(), end_text))

    H1 = "Improvement Notice IN1 – Conveyor guarding (PUWER 1998, regulation 11)"
    section(H1, "Compliance date: 15 August 2025", [
        ("1.1", "Fit fixed interlocked guards to the tail drums of conveyors C3, C4 and C7",
         "Area Engineer", "25/07/2025", "", "Blue", "2025-07", None),
        ("1.2", "Carry out a PUWER guarding survey of every conveyor on site and rank the gaps by risk",
         "Area Engineer / Site Manager", "w/c 07/07/2025", "", "Blue", "2025-07", None),
        ("1.3", "Brief all plant operatives on isolation and lock-off before clearing spillage at conveyor tails, with a signed briefing record",
         "Site Manager", "15/08/2025", "", "Green", "2025-08", None),
    ])
    H2 = ("Improvement Notice IN2 – Workplace transport (Management of Health and Safety at Work Regulations 1999, "
          "regulation 3; Workplace (Health, Safety and Welfare) Regulations 1992, regulation 17)")
    section(H2, "Compliance date: 29 August 2025 (extended by HSE to 30 September 2025)", [
        ("2.1", "Review the site traffic management plan and segregate pedestrian routes from the loading shovel working area",
         "Site Manager", "29/08/2025", "30/09/2025", "Amber", "2025-09", None),
        ("2.2", "Install a one-way system and barriers at the weighbridge and customer collection area",
         "Regional Engineering Manager", "29/08/2025", "30/09/2025", "Amber", "2025-09", None),
        ("2.3", "Introduce a site induction for haulier drivers covering the site rules, with a signed record",
         "Weighbridge Supervisor", "31/07/2025", "", "Blue", "2025-07", None),
    ])
    H3 = "Wider learning – all Midlands asphalt sites"
    section(H3, None, [
        ("3.1", "Share the findings and a guarding and traffic self-assessment with every Midlands asphalt site",
         "Regional SHEQ Manager", "By 31 October 2025", "", "Green", "2025-10", None),
        ("3.2", "Add conveyor guarding and pedestrian segregation to the quarterly SHEQ inspection checklist",
         "Regional SHEQ Manager", "September 2025", "", "Green", "2025-09", None),
        ("3.3", "Report progress on both notices to the Regional Leadership Team each month until HSE confirms compliance",
         "Regional Director", "Monthly", "", "Green", None, "Monthly"),
    ])

    doc.add_paragraph()
    doc.add_paragraph("Sign-off").runs[0].bold = True
    s = doc.add_table(rows=0, cols=3)
    s.style = "Table Grid"
    for row in [("Prepared by", "Regional SHEQ Manager", "18/07/2025"),
                ("Approved by", "Regional Director", "18/07/2025")]:
        for c, v in zip(s.add_row().cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a private firm's action plan answering HSE improvement notices (Tarmac Trading Limited, "
                   "an asphalt plant, 2025), as firms send to the inspector and report to their leadership: one "
                   "section per notice with the notice number, subject and regulation as a heading and the "
                   "compliance date beneath, then a table of actions; plus a wider-learning section. Copied "
                   "features: company name and title, revision history table, status key paragraph (colour words), "
                   "Due and Revised due columns, posts as owners ('Area Engineer / Site Manager'), 'w/c' and "
                   "'By ...' dates, 'Monthly', sign-off table at the end."),
        "reads": ("An HSE improvement-notice action plan with three sections (IN1 conveyor guarding, IN2 workplace "
                  "transport, wider learning), each a table of three numbered actions with owner, due date, an "
                  "optional revised due date (which is the due date where given) and a colour-word status "
                  "(Blue = complete). The revision history and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Peak District NPA – Programmes and Resources Committee action log (csv)
# ---------------------------------------------------------------------------
def make_pdnpa():
    name = "ur-peak-district-npa-programmes-and-resources-committee-action-log.csv"
    title = "Programmes and Resources Committee – Action Log"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Peak District National Park Authority", "", "", "", "", "", ""])
    w.writerow([title, "", "", "", "", "", ""])
    w.writerow(["Position at 12 September 2025", "", "", "", "", "", ""])
    w.writerow([""] * 7)
    w.writerow(["Ref", "Minute", "Action", "Lead officer", "Due", "RAG", "Update"])
    ST = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    groups = [
        ("Meeting of 14 March 2025", [
            ("PR/25/01", "12/25", "Bring a report on the options for the future of the Moorland Centre at Edale once the condition survey is complete",
             "Head of Asset Management", "Jul-25", "Complete", "Report considered on 4 July (minute 41/25).", "2025-07", None),
            ("PR/25/02", "14/25", "Include an analysis of capital programme slippage in each quarterly finance report",
             "Head of Finance", "Ongoing", "Green", "Included in the Q1 report.", None, "Ongoing"),
        ]),
        ("Meeting of 16 May 2025", [
            ("PR/25/03", "27/25", "Circulate the corporate risk register heat map to members ahead of each meeting",
             "Head of Information and Performance Management", "04/07/2025", "Complete", "Circulated with the July agenda.", "2025-07", None),
            ("PR/25/04", "29/25", "Review car park charges for 2026/27 and bring proposals to committee, including the likely effect on visitor numbers at the busiest sites",
             "Head of Finance; Visitor Experience Manager", "November 2025", "Green", "Benchmarking with other national parks under way.", "2025-11", None),
            ("PR/25/05", "30/25", "Write to Defra setting out the effect of the National Park Grant settlement on the Authority's delivery plan",
             "Chief Executive", "30/06/2025", "Complete", "Letter sent 20 June 2025.", "2025-06", None),
        ]),
        ("Meeting of 4 July 2025", [
            ("PR/25/06", "41/25", "Arrange a members' site visit to the Moorland Centre before a decision on its future is taken",
             "Democratic Services Manager", "Sept 2025", "Amber", "Date to be confirmed with members; likely October.", "2025-09", None),
            ("PR/25/07", "44/25", "Update the Asset Management Plan to reflect:\n- the proposed disposal of two estate cottages at Warslow\n- the revised maintenance backlog figures",
             "Head of Asset Management", "31/10/2025", "Green", "Draft in preparation.", "2025-10", None),
            ("PR/25/08", "45/25", "Provide members with a breakdown of agency and interim staff costs by service",
             "Head of People Management", "30/09/2025", "Red", "Payroll data extract delayed by the system upgrade.", "2025-09", None),
            ("PR/25/09", "47/25", "Report back on the outcome of the bid to extend the Farming in Protected Landscapes programme",
             "Director of Landscape", "Dec-25", "", "Awaiting Defra decision.", "2025-12", None),
        ]),
    ]
    actions = []
    for g, items in groups:
        w.writerow([g, "", "", "", "", "", ""])
        for ref, minute, text, lead, due, rag, upd, end, end_text in items:
            w.writerow([ref, minute, text, lead, due, rag, upd])
            leads = [x.strip() for x in lead.split(";")]
            actions.append(act(ref, [g], text, leads, end, ST[rag], end_text))
    w.writerow([""] * 7)
    w.writerow(["RAG: Green = on track; Amber = some slippage; Red = overdue or at risk; Complete = done (removed after this meeting)", "", "", "", "", "", ""])
    w.writerow(["Completed actions are reported to one meeting and then removed from the log.", "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_yaml(name, {
        "source": ("Imitates a national park authority committee action log (Peak District NPA Programmes and "
                   "Resources Committee, 2025), exported from a spreadsheet to CSV. Copied features: authority "
                   "name, log title and 'position at' line, action refs plus minute references in the authority's "
                   "'41/25' style, a row per meeting heading its actions, posts as lead officers (two joined by ';'), "
                   "due dates as Jul-25, dd/mm/yyyy, 'November 2025', 'Sept 2025', 'Ongoing', RAG words with "
                   "'Complete', one multi-line action in a quoted field, a RAG key and a note line at the foot."),
        "reads": ("A committee action log of nine actions grouped under three meeting rows (March, May and July "
                  "2025). Each action has a ref, minute number, lead officer post, due date, RAG word (Complete = "
                  "done, blank = not rated) and an update; the foot lines are a key and a note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Wantage Town Council – internal audit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_wantage():
    name = "ur-wantage-town-council-internal-audit-action-plan-2024-25.txt"
    title = "Internal Audit Report 2024/25 – Action Plan"
    ST = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    rows = [
        ("1", "Bank reconciliation",
         "Bank reconciliations should be checked, signed and dated each quarter by a councillor who is not a bank signatory.",
         "A nominated member of the Finance and General Purposes Committee to verify each quarterly reconciliation against the bank statements and sign it",
         "RFO", "Sept 2025", "On track", "2025-09"),
        ("2", "Asset register",
         "The asset register should be updated for the play equipment and benches installed during the year.",
         "Update the asset register with all 2024/25 additions and disposals and report it to F&GP",
         "Deputy Town Clerk", "31/08/2025", "Complete", "2025-08"),
        ("", "", "",
         "Carry out and record an annual physical check of the council's assets",
         "Deputy Town Clerk", "March 2026", "Not started", "2026-03"),
        ("3", "Risk management",
         "The council should review its risk assessment annually and minute its approval.",
         "Review the risk register at the September F&GP meeting and recommend it to Full Council",
         "Town Clerk", "16/09/2025", "On track", "2025-09"),
        ("4", "Payroll",
         "Changes to payroll for starters and leavers should be authorised in writing before the payroll bureau is instructed.",
         "Introduce a starters and leavers authorisation form, signed by the Town Clerk before the bureau is notified",
         "Town Clerk/RFO", "01/08/2025", "Complete", "2025-08"),
        ("5", "Transparency",
         "The council should publish the 2024/25 AGAR and the notice of public rights on its website by the required dates.",
         "Publish AGAR Sections 1 and 2, the notice of the period for the exercise of public rights and the internal audit report on the website",
         "Deputy Town Clerk", "By 30 June 2025", "Complete", "2025-06"),
        ("6", "Reserves",
         "Earmarked reserves should be reviewed and each reserve given a stated purpose.",
         "Review earmarked reserves as part of the 2026/27 budget process and report to F&GP",
         "RFO", "January 2026", "Not started", "2026-01"),
        ("", "", "",
         "Adopt a reserves policy setting the level of the general reserve",
         "Town Clerk & RFO", "Jan 2026", "Not started", "2026-01"),
    ]
    lines = [
        "WANTAGE TOWN COUNCIL",
        title,
        "Finance and General Purposes Committee, 8 July 2025 – Agenda item 9",
        "",
        "\t".join(["No.", "Area", "Internal auditor's recommendation", "Agreed action", "Responsible",
                   "Target date", "Status"]),
    ]
    actions = []
    area = rec = None
    for no, ar, rc, text, resp, target, status, end in rows:
        lines.append("\t".join([no, ar, rc, text, resp, target, status]))
        if ar:
            area, rec = ar, rc
        if "&" in resp:
            leads = [x.strip() for x in resp.split("&")]
        else:
            leads = [x.strip() for x in resp.split("/")]
        actions.append(act(no or None, [area, rec], text, leads, end, ST[status]))
    lines += [
        "",
        "Summary: 6 recommendations, 8 actions – 3 complete, 2 on track, 3 not started.",
        "Note: RFO = Responsible Financial Officer. F&GP = Finance and General Purposes Committee.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": ("Imitates a town council's action plan on its internal auditor's annual report (Wantage Town "
                   "Council, 2024/25), as clerks table it at a finance committee, saved as tab-separated text. "
                   "Copied features: council name, title and committee/agenda line, area and auditor's "
                   "recommendation columns with continuation rows (blank No./area/recommendation) for a second "
                   "action, RFO / Town Clerk posts (two joined by '/' or '&'), dates as 'Sept 2025', dd/mm/yyyy, "
                   "'By 30 June 2025', 'January 2026', status words, a summary line and a notes line."),
        "reads": ("A tab-separated internal audit action plan: six numbered recommendations by audit area, each "
                  "with its agreed action; recommendations 2 and 6 have a second action on an unnumbered "
                  "continuation line, read under the same area and recommendation. Status words: Complete, On "
                  "track, Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_dsit, make_lancs, make_holly, make_afc, make_tarmac, make_pdnpa, make_wantage):
        nm, n = fn()
        print(f"{nm}: {n} actions")
