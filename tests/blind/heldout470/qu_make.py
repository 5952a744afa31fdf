"""Build the seven qu- blind cases (data files and their .expected.yaml) in this folder.

Run with /work/main/.venv/bin/python qu_make.py
Only writes files whose names start with "qu-".
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"
PALE = "DDEBF7"

FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE, GREY, NAVY, PALE, "FFFF00", "92D050", "F2F2F2", "E2EFDA")}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def path(name):
    assert name.startswith("qu-") or name.startswith("qu_")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions=None):
    doc = dict(meta)
    if actions is not None:
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead_list"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)


def cell(ws, ref, value, bold=False, fill=None, align=WRAP, border=True, size=None, color=None, fmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(bold=bold, size=size or 10, color=color)
    c.alignment = align
    if fill:
        c.fill = FILL[fill]
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. North Lanarkshire Council corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_north_lanarkshire():
    name = "qu-north-lanarkshire-council-corporate-risk-register-2025-26.xlsx"
    title = "North Lanarkshire Council – Corporate Risk Register 2025/26"
    risks = [
        {
            "risk": "CR01 Financial sustainability",
            "desc": "Cause: continuing gap between funding and cost/demand pressures (pay awards, inflation, demographic growth).\nEvent: the council cannot set a balanced budget or deliver agreed savings.\nConsequence: reduced services, use of reserves, reputational damage and Accounts Commission intervention.",
            "owner": "Depute Chief Executive",
            "score": ("4 x 5 = 20", RED),
            "target": ("3 x 4 = 12", AMBER),
            "actions": [
                dict(ref="CR01.1", action="Refresh the Medium Term Financial Plan (2026/27 to 2030/31) and present it to the Policy and Strategy Committee",
                     lead="Chief Officer (Finance)", lead_list=["Chief Officer (Finance)"], due=d(2025, 12, 11), end="2025-12",
                     progress="Draft assumptions agreed by CMT in September; on schedule for December committee.", rag="G", fill=GREEN, status="green"),
                dict(ref="CR01.2", action="Deliver the approved 2025/26 savings programme, with variances reported through quarterly revenue monitoring",
                     lead="Chief Officer (Finance) / All Chief Officers", lead_list=["Chief Officer (Finance)", "All Chief Officers"], due=d(2026, 3, 31), end="2026-03",
                     progress="£2.1m of the £14.6m savings target rated amber; recovery actions agreed for Education, Children and Families.", rag="A", fill=AMBER, status="amber"),
            ],
        },
        {
            "risk": "CR02 Cyber security and ICT resilience",
            "desc": "Cause: increasing volume and sophistication of cyber attacks; legacy systems.\nEvent: successful cyber attack or prolonged ICT outage.\nConsequence: loss of critical services, data breach, ICO enforcement and recovery costs.",
            "owner": "Chief Officer (Business and Digital)",
            "score": ("4 x 4 = 16", RED),
            "target": ("3 x 4 = 12", AMBER),
            "actions": [
                dict(ref="CR02.1", action="Complete the Scottish Public Sector Cyber Resilience Framework self-assessment and close the high-priority gaps identified",
                     lead="Chief Digital Officer", lead_list=["Chief Digital Officer"], due="Q4 2025/26", end="2026-03", end_text="Q4 2025/26",
                     progress="Self-assessment complete; 7 of 11 high-priority gaps closed.", rag="G", fill=GREEN, status="green"),
                dict(ref="CR02.2", action="Test ICT disaster recovery arrangements for Tier 1 systems (social work case management, payroll, council tax)",
                     lead="Chief Digital Officer", lead_list=["Chief Digital Officer"], due=d(2025, 11, 30), end="2025-11",
                     progress="Full failover test scheduled for 15 November 2025.", rag=None, fill=GREEN, status="green"),
            ],
        },
        {
            "risk": "CR03 Workforce capacity and capability",
            "desc": "Cause: national shortages in key professions, ageing workforce and competition from other employers.\nEvent: the council cannot recruit or retain staff with the right skills.\nConsequence: failure to deliver statutory services and the Plan for North Lanarkshire.",
            "owner": "Chief Officer (People Resources)",
            "score": ("4 x 4 = 16", RED),
            "target": ("2 x 4 = 8", AMBER),
            "actions": [
                dict(ref="CR03.1", action="Implement the Workforce Plan 2025–2028 actions for hard-to-fill posts (social workers, STEM teachers, HGV drivers)",
                     lead="Chief Officer (People Resources)", lead_list=["Chief Officer (People Resources)"], due=d(2026, 3, 31), end="2026-03",
                     progress="Social work vacancy rate down from 14% to 11%; STEM teacher vacancies unchanged.", rag="A", fill=AMBER, status="amber"),
                dict(ref="CR03.2", action="Roll out the Leading for the Future development programme to all Tier 4 and Tier 5 managers",
                     lead="Chief Officer (People Resources)", lead_list=["Chief Officer (People Resources)"], due="Ongoing", end=None, end_text="Ongoing",
                     progress="Cohorts 3 and 4 under way (112 managers).", rag="G", fill=GREEN, status="green"),
                dict(ref="CR03.3", action="Launch the second cohort of the ‘Grow Our Own’ social work trainee scheme",
                     lead="Chief Social Work Officer", lead_list=["Chief Social Work Officer"], due=d(2025, 8, 31), end="2025-08",
                     progress="14 trainees started in August 2025.", rag="B", fill=BLUE, status="blue"),
            ],
        },
        {
            "risk": "CR04 Public protection (children and adults)",
            "desc": "Cause: rising complexity of need, workforce pressures and multi-agency system weaknesses.\nEvent: failure to identify or respond to risk of harm.\nConsequence: serious harm to a child or adult, significant case review, regulatory criticism.",
            "owner": "Chief Executive",
            "score": ("3 x 5 = 15", RED),
            "target": ("2 x 5 = 10", AMBER),
            "actions": [
                dict(ref="CR04.1", action="Deliver the improvement plan following the joint inspection of services for children and young people at risk of harm",
                     lead="Chief Social Work Officer; Chief Education Officer", lead_list=["Chief Social Work Officer", "Chief Education Officer"], due=d(2026, 6, 30), end="2026-06",
                     progress="18 of 26 improvement actions complete; progress reported to the Chief Officers Group.", rag="G", fill=GREEN, status="green"),
                dict(ref="CR04.2", action="Embed the multi-agency Adult Support and Protection case file audit programme",
                     lead="Chief Officer (Health and Social Care North Lanarkshire)", lead_list=["Chief Officer (Health and Social Care North Lanarkshire)"], due=d(2026, 3, 31), end="2026-03",
                     progress="Second audit cycle postponed due to capacity; revised schedule going to the Adult Protection Committee in December.", rag="R", fill=RED, status="red"),
            ],
        },
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover.column_dimensions["A"].width = 28
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 40
    cell(cover, "A1", "North Lanarkshire Council", bold=True, size=16, border=False, align=Alignment())
    cell(cover, "A2", "Corporate Risk Register 2025/26", bold=True, size=13, border=False, align=Alignment())
    rows = [
        ("Document owner", "Chief Officer (Audit and Risk)"),
        ("Version", "2.2"),
        ("Position as at", "30 September 2025 (Quarter 2)"),
        ("Reported to", "Audit and Scrutiny Panel – 19 November 2025"),
        ("Review frequency", "Quarterly by CMT; six-monthly by the Audit and Scrutiny Panel"),
    ]
    r = 4
    for k, v in rows:
        cell(cover, f"A{r}", k, bold=True, fill=PALE)
        cell(cover, f"B{r}", v)
        r += 1
    r += 1
    cell(cover, f"A{r}", "Version history", bold=True, border=False, align=Alignment())
    r += 1
    for i, h in enumerate(("Version", "Date", "Change")):
        cell(cover, f"{'ABC'[i]}{r}", h, bold=True, fill=GREY)
    for v, when, ch in (("2.0", d(2025, 4, 16), "Annual refresh approved by CMT"),
                        ("2.1", d(2025, 7, 9), "Q1 update – CR02 score increased from 12 to 16"),
                        ("2.2", d(2025, 10, 8), "Q2 update")):
        r += 1
        cell(cover, f"A{r}", v)
        cell(cover, f"B{r}", when, fmt="dd/mm/yyyy", align=Alignment(horizontal="left"))
        cell(cover, f"C{r}", ch)

    ws = wb.create_sheet("Risk Register")
    widths = dict(A=22, B=48, C=20, D=12, E=12, F=9, G=48, H=24, I=12, J=40, K=9)
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    cell(ws, "A1", title, bold=True, size=14, border=False, align=Alignment())
    ws.merge_cells("A1:K1")
    cell(ws, "A2", "Quarter 2 update (position at 30 September 2025)", size=11, border=False, align=Alignment())
    ws.merge_cells("A2:K2")
    cell(ws, "A4", "Risk", bold=True, fill=NAVY, color="FFFFFF", align=CENTRE)
    ws.merge_cells("A4:E4")
    cell(ws, "F4", "Further actions to reach target score", bold=True, fill=NAVY, color="FFFFFF", align=CENTRE)
    ws.merge_cells("F4:K4")
    heads = ["Corporate risk", "Risk description (cause – event – consequence)", "Risk owner", "Current score (L x I)", "Target score",
             "Ref", "Further mitigating action", "Action owner", "Due date", "Q2 progress", "Status"]
    for i, h in enumerate(heads):
        cell(ws, f"{chr(65 + i)}5", h, bold=True, fill=GREY, align=CENTRE)
    ws.freeze_panes = "A6"
    r = 6
    all_actions = []
    for rk in risks:
        first = r
        for a in rk["actions"]:
            cell(ws, f"F{r}", a["ref"])
            cell(ws, f"G{r}", a["action"])
            cell(ws, f"H{r}", a["lead"])
            if isinstance(a["due"], dt.datetime):
                cell(ws, f"I{r}", a["due"], fmt="dd/mm/yyyy", align=Alignment(vertical="top", horizontal="center"))
            else:
                cell(ws, f"I{r}", a["due"], align=Alignment(vertical="top", horizontal="center"))
            cell(ws, f"J{r}", a["progress"])
            cell(ws, f"K{r}", a["rag"], bold=True, fill=a["fill"], align=CENTRE)
            a["under"] = [rk["risk"]]
            all_actions.append(a)
            r += 1
        last = r - 1
        cell(ws, f"A{first}", rk["risk"], bold=True)
        cell(ws, f"B{first}", rk["desc"])
        cell(ws, f"C{first}", rk["owner"])
        cell(ws, f"D{first}", rk["score"][0], bold=True, fill=rk["score"][1], align=CENTRE)
        cell(ws, f"E{first}", rk["target"][0], fill=rk["target"][1], align=CENTRE)
        for rr in range(first + 1, last + 1):
            for col in "ABCDE":
                ws[f"{col}{rr}"].border = BOX
        if last > first:
            for col in "ABCDE":
                ws.merge_cells(f"{col}{first}:{col}{last}")
    r += 1
    cell(ws, f"A{r}", "Status key: B = complete; G = on track; A = some slippage, action required; R = off track / overdue. "
                      "Current and target scores are shaded using the council's 5 x 5 risk matrix (see the Risk Matrix tab).",
         border=False, align=Alignment(wrap_text=False))
    r += 1
    cell(ws, f"A{r}", "Risks are reviewed by the Corporate Management Team each quarter; actions marked complete are removed at the next refresh.",
         border=False, align=Alignment(wrap_text=False))

    mx = wb.create_sheet("Risk Matrix")
    cell(mx, "A1", "Risk scoring matrix (likelihood x impact)", bold=True, size=12, border=False, align=Alignment())
    cell(mx, "A3", "Likelihood \\ Impact", bold=True, fill=GREY, align=CENTRE)
    for i in range(1, 6):
        cell(mx, f"{chr(65 + i)}3", i, bold=True, fill=GREY, align=CENTRE)
        cell(mx, f"A{3 + i}", 6 - i, bold=True, fill=GREY, align=CENTRE)
    for li in range(1, 6):
        for im in range(1, 6):
            lik = 6 - li
            sc = lik * im
            colour = "92D050" if sc <= 4 else ("FFFF00" if sc <= 9 else (AMBER if sc <= 12 else RED))
            cell(mx, f"{chr(65 + im)}{3 + li}", sc, fill=colour, align=CENTRE)
    cell(mx, "A10", "1–4 Low (tolerate) | 5–9 Medium (monitor) | 10–12 High (treat, CMT oversight) | 15–25 Very high (treat urgently, Panel oversight)",
         border=False, align=Alignment())
    mx.column_dimensions["A"].width = 20
    wb.save(path(name))

    write_expected(name, {
        "source": "North Lanarkshire Council corporate risk register as reported quarterly to its Audit and Scrutiny Panel "
                  "(2025/26, Quarter 2). Layout copied from Scottish council corporate risk registers (e.g. the Moray Council "
                  "register with risk, consequences, scores, controls and 'risk control activity now proposed' per risk; "
                  "Clackmannanshire corporate risk log): cover sheet with document control and version history, the register "
                  "with each risk's ref/title, description, owner and current/target scores merged down over its further "
                  "mitigating actions, fill-coloured scores, a B/G/A/R status letter per action (one status given by fill "
                  "only), a status key and notes below, and a separate risk matrix sheet.",
        "reads": "A corporate risk register of four risks (CR01–CR04); under each risk are its further mitigating actions "
                 "(CR01.1 …) with an action owner, due date, progress and a status letter. The shaded score cells belong to "
                 "the risk, not to the actions; the cover, version history, key and matrix are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, all_actions)


# ---------------------------------------------------------------------------
# 2. NHS Tayside external audit action plan tracker (xlsx)
# ---------------------------------------------------------------------------
def make_nhs_tayside():
    name = "qu-nhs-tayside-annual-audit-report-2024-25-action-plan-tracker.xlsx"
    title = "NHS Tayside – External Audit Action Plan Tracker"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    aar = [
        {
            "area": "Financial sustainability",
            "rec": "The Board should develop a realistic medium-term financial recovery plan, supported by deliverable savings schemes, to return to recurring financial balance within the three-year planning period.",
            "actions": [
                dict(ref="1a", action="Develop a three-year Financial Recovery Plan aligned to the Scottish Government medium-term planning framework and submit it to the Board for approval.",
                     lead="Director of Finance", lead_list=["Director of Finance"], orig=d(2025, 12, 31), rev=None, end="2025-12", prev="G", cur="G",
                     update="Draft plan considered at the Board development session on 2 October 2025; formal approval planned for December."),
                dict(ref="1b", action="Establish a Sustainability and Value Programme Board with monthly reporting of savings delivery against plan.",
                     lead="Director of Finance / Chief Operating Officer", lead_list=["Director of Finance", "Chief Operating Officer"], orig=d(2025, 9, 30), rev=None, end="2025-09", prev="G", cur="B",
                     update="Programme Board in place from August 2025; monthly reports to the Executive Leadership Team."),
            ],
        },
        {
            "area": "Financial statements",
            "rec": "Management should carry out a full reconciliation of the fixed asset register to the general ledger and remove fully depreciated assets that are no longer in use.",
            "actions": [
                dict(ref="2", action="Complete a full fixed asset register reconciliation and disposals review before the 2025/26 year-end.",
                     lead="Deputy Director of Finance (Financial Services)", lead_list=["Deputy Director of Finance (Financial Services)"], orig=d(2026, 2, 28), rev=None, end="2026-02", prev="G", cur="G",
                     update="Equipment verification exercise under way in acute sites."),
            ],
        },
        {
            "area": "Workforce",
            "rec": "NHS Tayside should reduce its reliance on supplementary staffing by tightening controls over agency use and accelerating recruitment to hard-to-fill posts.",
            "actions": [
                dict(ref="3a", action="Implement the revised Once for Scotland agency controls, including executive approval for all off-framework nursing agency shifts.",
                     lead="Nurse Director", lead_list=["Nurse Director"], orig=d(2025, 8, 31), rev=d(2025, 11, 30), end="2025-11", prev="A", cur="A",
                     update="Controls live in acute services; roll-out to mental health and community services delayed by e-rostering upgrade."),
                dict(ref="3b", action="Deliver the international recruitment programme for 60 registered nurses and 12 allied health professionals.",
                     lead="Director of Workforce; Nurse Director", lead_list=["Director of Workforce", "Nurse Director"], orig=d(2026, 3, 31), rev=None, end="2026-03", prev="G", cur="G",
                     update="41 nurses and 7 AHPs in post; remaining offers accepted."),
            ],
        },
        {
            "area": "Governance and transparency",
            "rec": "The Board should complete its review of the Code of Corporate Governance and publish an updated Scheme of Delegation.",
            "actions": [
                dict(ref="4", action="Present the revised Code of Corporate Governance, including the Scheme of Delegation and Standing Financial Instructions, to the Board for approval.",
                     lead="Board Secretary", lead_list=["Board Secretary"], orig=d(2025, 9, 30), rev="March 2026", end="2026-03", prev="G", cur="A",
                     update="Deferred to allow alignment with the national Blueprint for Good Governance refresh."),
            ],
        },
    ]
    prior = [
        {
            "area": "Value for money",
            "rec": "NHS Tayside should develop a performance framework that links the use of resources to outcomes and reports this regularly to the Board.",
            "actions": [
                dict(ref="PY1", action="Develop an integrated performance and resources report for the Performance and Resources Committee.",
                     lead="Director of Finance", lead_list=["Director of Finance"], orig=d(2025, 3, 31), rev=d(2025, 9, 30), end="2025-09", prev="A", cur="B",
                     update="First integrated report presented to the Committee on 18 September 2025."),
            ],
        },
        {
            "area": "Financial management",
            "rec": "Management should strengthen the controls over payroll overpayments, including timely notification of leavers and recovery of amounts overpaid.",
            "actions": [
                dict(ref="PY2", action="Introduce monthly exception reporting on payroll overpayments and recoveries to the Director of Workforce and Director of Finance.",
                     lead="Director of Workforce", lead_list=["Director of Workforce"], orig=d(2025, 6, 30), rev=d(2025, 12, 31), end="2025-12", prev="A", cur="R",
                     update="Report design agreed but not yet produced; dependent on the national payroll system release."),
            ],
        },
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    cell(sm, "A1", title, bold=True, size=14, border=False, align=Alignment())
    cell(sm, "A2", "Annual Audit Report 2024/25 and prior-year recommendations – position at 31 October 2025", border=False, align=Alignment())
    heads = ("Current status", "2024/25 AAR", "Prior year", "Total")
    for i, h in enumerate(heads):
        cell(sm, f"{'ABCD'[i]}4", h, bold=True, fill=GREY, align=CENTRE)
    counts = [("Complete (B)", BLUE), ("On track (G)", GREEN), ("Revised date agreed / some slippage (A)", AMBER), ("Off track (R)", RED)]
    letters = "BGAR"
    r = 5
    for (lab, f), L in zip(counts, letters):
        n1 = sum(1 for g in aar for a in g["actions"] if a["cur"] == L)
        n2 = sum(1 for g in prior for a in g["actions"] if a["cur"] == L)
        cell(sm, f"A{r}", lab, fill=f)
        cell(sm, f"B{r}", n1, align=CENTRE)
        cell(sm, f"C{r}", n2, align=CENTRE)
        cell(sm, f"D{r}", f"=B{r}+C{r}", align=CENTRE)
        r += 1
    cell(sm, f"A{r}", "Total", bold=True)
    cell(sm, f"B{r}", "=SUM(B5:B8)", bold=True, align=CENTRE)
    cell(sm, f"C{r}", "=SUM(C5:C8)", bold=True, align=CENTRE)
    cell(sm, f"D{r}", "=SUM(D5:D8)", bold=True, align=CENTRE)
    cell(sm, "A11", "Reported to the Audit and Risk Committee, 20 November 2025. Executive lead: Director of Finance.", border=False, align=Alignment())
    sm.column_dimensions["A"].width = 40
    for c in "BCD":
        sm.column_dimensions[c].width = 14

    all_actions = []

    def sheet(ws, top, groups, headers):
        widths = dict(A=7, B=20, C=45, D=48, E=26, F=12, G=12, H=11, I=11, J=45)
        for k, w in widths.items():
            ws.column_dimensions[k].width = w
        cell(ws, "A1", top, bold=True, size=13, border=False, align=Alignment())
        cell(ws, "A2", "RAG key: B – complete | G – on track | A – revised date agreed / some slippage | R – off track", border=False, align=Alignment())
        for i, h in enumerate(headers):
            cell(ws, f"{chr(65 + i)}4", h, bold=True, fill=NAVY, color="FFFFFF", align=CENTRE)
        ws.freeze_panes = "A5"
        r = 5
        for g in groups:
            first = r
            for a in g["actions"]:
                cell(ws, f"A{r}", a["ref"], bold=True)
                cell(ws, f"D{r}", a["action"])
                cell(ws, f"E{r}", a["lead"])
                cell(ws, f"F{r}", a["orig"], fmt="dd/mm/yyyy", align=Alignment(vertical="top", horizontal="center"))
                if isinstance(a["rev"], dt.datetime):
                    cell(ws, f"G{r}", a["rev"], fmt="dd/mm/yyyy", align=Alignment(vertical="top", horizontal="center"))
                else:
                    cell(ws, f"G{r}", a["rev"], align=Alignment(vertical="top", horizontal="center"))
                cell(ws, f"H{r}", a["prev"], fill=rag_fill[a["prev"]], align=CENTRE)
                cell(ws, f"I{r}", a["cur"], bold=True, fill=rag_fill[a["cur"]], align=CENTRE)
                cell(ws, f"J{r}", a["update"])
                a["under"] = [g["area"], g["rec"]]
                a["status"] = rag_status[a["cur"]]
                all_actions.append(a)
                r += 1
            last = r - 1
            cell(ws, f"B{first}", g["area"], bold=True)
            cell(ws, f"C{first}", g["rec"])
            for rr in range(first + 1, last + 1):
                for col in "BC":
                    ws[f"{col}{rr}"].border = BOX
            if last > first:
                ws.merge_cells(f"B{first}:B{last}")
                ws.merge_cells(f"C{first}:C{last}")

    ws = wb.create_sheet("AAR 2024-25")
    sheet(ws, "Annual Audit Report 2024/25 – agreed action plan", aar,
          ["Ref", "Area", "Recommendation", "Agreed management action", "Responsible officer", "Original date", "Revised date",
           "Previous RAG (Aug 25)", "Current RAG (Oct 25)", "Progress update"])
    ws2 = wb.create_sheet("Prior year b-f")
    sheet(ws2, "Recommendations brought forward from the 2023/24 Annual Audit Report", prior,
          ["Ref", "Area", "Recommendation", "Agreed action", "Responsible officer", "Original date", "Revised date",
           "Previous RAG", "Current RAG", "Update"])
    wb.save(path(name))

    write_expected(name, {
        "source": "NHS Tayside external audit (Audit Scotland annual audit report 2024/25) action plan tracker, as presented "
                  "to a Scottish health board Audit and Risk Committee. Features copied from Audit Scotland annual audit "
                  "report action plans and board follow-up trackers (e.g. NHS Fife management report/action plan): a "
                  "summary sheet of counts by status with formulas, one sheet for the current year's agreed actions and "
                  "one for prior-year recommendations brought forward, area and recommendation cells merged down over "
                  "their agreed actions (1a, 1b …), original and revised dates, previous and current RAG letters with "
                  "fill colours, and progress updates.",
        "reads": "A tracker of the external auditor's recommendations: each area and recommendation sits over one or two "
                 "agreed management actions, each with a responsible officer, original and (sometimes) revised date and a "
                 "previous and current RAG. The summary sheet only counts actions; six actions are on the 2024/25 sheet "
                 "and two on the prior-year sheet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, all_actions)


# ---------------------------------------------------------------------------
# 3. Powys Teaching Health Board committee action log (xlsx) – refuse
# ---------------------------------------------------------------------------
def make_powys_refuse():
    name = "qu-powys-teaching-health-board-peqs-committee-action-log-typo-month-refuse.xlsx"
    title = "Powys Teaching Health Board – Patient Experience, Quality and Safety Committee Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    widths = dict(A=13, B=13, C=55, D=32, E=15, F=45, G=22)
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    cell(ws, "A1", title, bold=True, size=13, border=False, align=Alignment())
    ws.merge_cells("A1:G1")
    cell(ws, "A2", "Open actions and actions completed since the last meeting – updated 24 October 2025", border=False, align=Alignment())
    ws.merge_cells("A2:G2")
    heads = ["Meeting date", "Minute ref", "Action", "Lead", "Due date", "Progress / update", "Status"]
    for i, h in enumerate(heads):
        cell(ws, f"{chr(65 + i)}4", h, bold=True, fill="E2EFDA", align=CENTRE)
    ws.freeze_panes = "A5"
    status_fill = {"Complete – propose closure": GREEN, "Not yet due": "F2F2F2", "Overdue": RED, "In progress": AMBER}
    meetings = [
        ("Meeting held 10 April 2025", d(2025, 4, 10), [
            ("PEQS/25/14", "Provide a breakdown of pressure ulcer incidents by community nursing team for the last 12 months",
             "Director of Nursing and Midwifery", "June 2025", "Included in the Q1 Quality and Safety report (item 3.2).", "Complete – propose closure"),
        ]),
        ("Meeting held 12 June 2025", d(2025, 6, 12), [
            ("PEQS/25/27", "Circulate the HIW improvement plan for Llandrindod Wells War Memorial Hospital to Committee members",
             "Assistant Director of Quality and Safety", "July 2025", "Circulated 3 July 2025.", "Complete – propose closure"),
            ("PEQS/25/29", "Report on progress against the Putting Things Right complaints backlog recovery trajectory",
             "Head of Concerns", "September 2025", "Deferred to the December meeting pending validation of Q2 data.", "Overdue"),
        ]),
        ("Meeting held 14 August 2025", d(2025, 8, 14), [
            ("PEQS/25/41", "Bring a deep dive on waiting times for services commissioned from English providers",
             "Director of Planning and Commissioning", "December 2025", "Scoped with the Commissioning Assurance team.", "In progress"),
            ("PEQS/25/44", "Confirm arrangements for the Welsh language ‘active offer’ in community hospital wards",
             "Head of Patient Experience", "October 2025", "Audit of signage and staff badges complete; report at this meeting.", "Complete – propose closure"),
        ]),
        ("Meeting held 9 October 2025", d(2025, 10, 9), [
            ("PEQS/25/52", "Present the Duty of Quality annual report timeline and engagement plan",
             "Director of Nursing and Midwifery", "December 2025", "", "Not yet due"),
            ("PEQS/25/53", "Present findings of the Mental Health (Wales) Measure compliance audit",
             "Interim Director of Mental Health", "Janaury 2026", "", "Not yet due"),
            ("PEQS/25/55", "Share the learning from the maternity and neonatal safety support programme visit with the Board",
             "Director of Nursing and Midwifery / Head of Midwifery", "February 2026", "", "Not yet due"),
        ]),
    ]
    r = 5
    typo_row = None
    for band, when, acts in meetings:
        cell(ws, f"A{r}", band, bold=True, fill=PALE)
        ws.merge_cells(f"A{r}:G{r}")
        r += 1
        for ref, act, lead, due, prog, st in acts:
            cell(ws, f"A{r}", when, fmt="dd/mm/yyyy", align=Alignment(vertical="top", horizontal="center"))
            cell(ws, f"B{r}", ref)
            cell(ws, f"C{r}", act)
            cell(ws, f"D{r}", lead)
            cell(ws, f"E{r}", due, align=Alignment(vertical="top", horizontal="center"))
            if due == "Janaury 2026":
                typo_row = r
            cell(ws, f"F{r}", prog)
            cell(ws, f"G{r}", st, fill=status_fill[st], align=CENTRE)
            r += 1
    r += 1
    cell(ws, f"A{r}", "Status key: Complete – propose closure (green); In progress (amber); Overdue (red); Not yet due (no colour). "
                      "Closed actions are moved to the ‘Closed actions’ tab once the Committee agrees closure.", border=False, align=Alignment())
    cs = wb.create_sheet("Closed actions")
    for k, w in dict(A=13, B=13, C=55, D=32, E=15, F=18).items():
        cs.column_dimensions[k].width = w
    cell(cs, "A1", "Closed actions – 2025/26", bold=True, size=12, border=False, align=Alignment())
    for i, h in enumerate(["Meeting date", "Minute ref", "Action", "Lead", "Due date", "Closed at meeting"]):
        cell(cs, f"{chr(65 + i)}3", h, bold=True, fill="E2EFDA", align=CENTRE)
    closed = [
        (d(2025, 2, 13), "PEQS/25/03", "Circulate the revised Quality Governance Framework to members", "Assistant Director of Quality and Safety", "March 2025", d(2025, 4, 10)),
        (d(2025, 4, 10), "PEQS/25/16", "Add the Infection Prevention and Control annual report to the forward work programme", "Board Secretary", "June 2025", d(2025, 6, 12)),
    ]
    rr = 4
    for row in closed:
        for i, v in enumerate(row):
            c = cell(cs, f"{chr(65 + i)}{rr}", v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        rr += 1
    wb.save(path(name))
    assert typo_row is not None

    write_expected(name, {
        "source": "Powys Teaching Health Board Patient Experience, Quality and Safety Committee action log (2025/26), in the "
                  "style of Welsh health board committee action logs / tables of actions published with committee papers: "
                  "title rows, actions grouped under a banded row per meeting date, minute reference, lead post, due month, "
                  "progress, status words with fill colours, a status key, and a separate 'Closed actions' tab.",
        "reads": "A committee action log of eight open or recently completed actions grouped by meeting. The due date of "
                 "PEQS/25/53 reads 'Janaury 2026', a mistyped month; a careful reader stops and asks before taking the "
                 "log in.",
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(c, hex_colour):
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(c, text, bold=False, fill=None, size=9):
    lines = text.split("\n") if text else [""]
    c.text = ""
    p = c.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    run.font.size = Pt(size)
    for ln in lines[1:]:
        p = c.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(c, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Penumbra Edinburgh Supported Living Service – Care Inspectorate improvement plan (docx)
# ---------------------------------------------------------------------------
def make_penumbra():
    name = "qu-penumbra-edinburgh-supported-living-care-inspectorate-improvement-plan.docx"
    title = "Penumbra Mental Health: Edinburgh Supported Living Service – Care Inspectorate Improvement Plan 2025"
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "": None}
    rag_status = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "": "unrated"}
    sections = [
        ("Key question 1: How well do we support people’s wellbeing?", [
            ("Requirement 1",
             "By 30 September 2025, the provider must ensure that people’s medication is managed safely and in line with current best practice guidance and the organisation’s own medication policy.",
             [
                 dict(ref="R1.1", action="Re-train all support workers in medication administration, including a competency assessment by a trained assessor",
                      lead="Registered Manager", lead_list=["Registered Manager"], due="31/08/2025", end="2025-08",
                      progress="All 44 staff trained; 41 assessed as competent, 3 on long-term leave will be assessed on return.", rag="Complete"),
                 dict(ref="R1.2", action="Introduce weekly medication audits in each shared tenancy, with findings reviewed at the fortnightly team leader meeting",
                      lead="Team Leaders / Registered Manager", lead_list=["Team Leaders", "Registered Manager"], due="Ongoing", end=None, end_text="Ongoing",
                      progress="Weekly audits in place since 7 July 2025; error rate down from 9 to 2 per month.", rag="Green"),
                 dict(ref="R1.3", action="Review and update the medication policy to reflect the Care Inspectorate’s guidance on ‘as required’ (PRN) medication",
                      lead="Quality and Compliance Lead", lead_list=["Quality and Compliance Lead"], due="30 September 2025", end="2025-09",
                      progress="Draft with the Penumbra medicines group; sign-off expected at the October meeting.", rag="Amber"),
             ]),
            ("Area for improvement 1",
             "To support people’s health and wellbeing, the provider should ensure that people are supported to access health screening and annual health checks.",
             [
                 dict(ref="A1.1", action="Add health screening and annual health check dates to each person’s support plan and review them at monthly keyworker sessions",
                      lead="Keyworkers; Team Leaders", lead_list=["Keyworkers", "Team Leaders"], due="End of October 2025", end="2025-10",
                      progress="28 of 35 support plans updated.", rag="Green"),
             ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2",
             "By 31 October 2025, the provider must implement an effective quality assurance system which identifies where improvements are needed and ensures those improvements are made.",
             [
                 dict(ref="R2.1", action="Implement a monthly quality audit calendar covering support plans, finances, medication and incidents",
                      lead="Service Manager", lead_list=["Service Manager"], due="31/10/2025", end="2025-10",
                      progress="Calendar agreed; first full cycle completed in September.", rag="Green"),
                 dict(ref="R2.2", action="Create a single service improvement plan, updated monthly, recording audit findings, actions, owners and completion",
                      lead="Registered Manager", lead_list=["Registered Manager"], due="Oct 2025", end="2025-10",
                      progress="Template drafted; not yet populated for all tenancies.", rag="Amber"),
             ]),
            ("Area for improvement 2",
             "To ensure people’s views shape the service, the provider should develop ways to involve people who use the service and their families in evaluating and improving it.",
             [
                 dict(ref="A2.1", action="Set up a quarterly ‘Your Say’ forum, supported by a peer worker, with outcomes reported back through the service newsletter",
                      lead="Peer Support Worker / Service Manager", lead_list=["Peer Support Worker", "Service Manager"], due="December 2025", end="2025-12",
                      progress="Not started – first forum planned for November.", rag=""),
             ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Area for improvement 3",
             "To ensure care and support is consistent with the Health and Social Care Standards, the provider should ensure that personal plans are outcome-focused, reviewed at least every six months and reflect people’s own words.",
             [
                 dict(ref="A3.1", action="Audit all personal plans against the Penumbra outcome-focused planning template and rewrite those that do not meet the standard",
                      lead="Team Leaders", lead_list=["Team Leaders"], due="30/11/2025", end="2025-11",
                      progress="Audit complete; 12 plans being rewritten with the people they belong to.", rag="Green"),
                 dict(ref="A3.2", action="Deliver outcome-focused support planning training to all keyworkers\n(two half-day sessions, delivered in-house)",
                      lead="Learning and Development Advisor", lead_list=["Learning and Development Advisor"], due="Jan 2026", end="2026-01",
                      progress="Sessions booked for 18 November and 9 December 2025.", rag="Green"),
             ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    info = [
        ("Service", "Edinburgh Supported Living Service (Housing Support Service and Care at Home)"),
        ("Care service number", "CS2004071862"),
        ("Inspection", "Unannounced inspection, 3–5 June 2025"),
        ("Report published", "14 July 2025"),
        ("Evaluations", "Wellbeing: 3 – Adequate; Leadership: 3 – Adequate; Staff team: 4 – Good; Care and support planning: 3 – Adequate"),
        ("Plan owner", "Registered Manager"),
        ("Last updated", "29 September 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, fill="DDEBF7")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out the action we are taking on the requirements and areas for improvement in the Care "
                      "Inspectorate’s report. It is reviewed monthly by the Registered Manager and Service Manager and shared "
                      "with people who use the service.")
    doc.add_paragraph("RAG: Green – on track; Amber – some delay, action in hand; Red – not on track; Complete – evidence held and action closed.")

    all_actions = []
    heads = ["No.", "What we will do", "Who", "By when", "Progress", "RAG"]
    for kq, parts in sections:
        doc.add_heading(kq, level=1)
        for label, text, acts in parts:
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            doc.add_paragraph(text)
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                set_cell(t.rows[0].cells[i], h, bold=True, fill="D9D9D9")
            for a in acts:
                row = t.add_row().cells
                set_cell(row[0], a["ref"])
                set_cell(row[1], a["action"])
                set_cell(row[2], a["lead"])
                set_cell(row[3], a["due"])
                set_cell(row[4], a["progress"])
                set_cell(row[5], a["rag"], bold=True, fill=rag_fill[a["rag"]])
                a["under"] = [kq, text]
                a["status"] = rag_status[a["rag"]]
                all_actions.append(a)
            doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["Completed by", "Registered Manager", "Date", "29/09/2025"]):
        set_cell(t.rows[0].cells[i], v, bold=(i % 2 == 0))
    for i, v in enumerate(["Submitted to Care Inspectorate", "Service Manager", "Date", "30/09/2025"]):
        set_cell(t.rows[1].cells[i], v, bold=(i % 2 == 0))
    doc.save(path(name))

    write_expected(name, {
        "source": "Improvement plan of a Scottish third-sector housing support / care at home service (Penumbra Mental "
                  "Health, Edinburgh Supported Living Service) after a Care Inspectorate inspection in 2025. Follows the "
                  "Care Inspectorate report structure (key questions; requirements worded 'By <date>, the provider must "
                  "…'; areas for improvement worded 'the provider should …') as providers lay out their improvement "
                  "plans: service details table, RAG key line, a heading per key question, the requirement or area for "
                  "improvement text above a small action table (No., What we will do, Who, By when, Progress, RAG with "
                  "shaded cells), and a sign-off table.",
        "reads": "A care service improvement plan with nine actions under three key questions, each answering a "
                 "requirement or area for improvement whose text is given above its table. Status is the RAG word "
                 "(one blank, not started); the details and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, all_actions)


# ---------------------------------------------------------------------------
# 5. Fitzalan High School – Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_fitzalan():
    name = "qu-fitzalan-high-school-estyn-post-inspection-action-plan.docx"
    title = "Fitzalan High School – Post-Inspection Action Plan"
    rag_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Achieved": BLUE}
    rag_status = {"Green": "green", "Amber": "amber", "Red": "red", "Achieved": "blue"}
    recs = [
        ("R1: Improve attendance, particularly of pupils eligible for free school meals", [
            dict(ref="1.1", action="Appoint a dedicated Attendance and Engagement Officer and introduce first-day response calls for every absence",
                 success="First-day calls made for 100% of unexplained absences; whole-school attendance at least 90% by July 2025",
                 lead="Deputy Headteacher (Wellbeing)", lead_list=["Deputy Headteacher (Wellbeing)"], due="Summer term 2024", end="2024-07", end_text="Summer term 2024",
                 monitor="Governors’ Pupil Wellbeing Committee – termly", rag="Achieved"),
            dict(ref="1.2", action="Hold fortnightly attendance panels with the Education Welfare Service for pupils eligible for FSM whose attendance is below 85%",
                 success="Attendance of eFSM pupils improves by 3 percentage points on 2023/24",
                 lead="Heads of Year / EWO", lead_list=["Heads of Year", "EWO"], due="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
                 monitor="DHT (Wellbeing) – half-termly data review", rag="Amber"),
            dict(ref="1.3", action="Launch a family engagement programme with the Community Focused School team (coffee mornings, home visits, parent workshops)",
                 success="At least 60% of targeted families engaged; persistent absence reduced",
                 lead="Community Focused Schools Manager", lead_list=["Community Focused Schools Manager"], due="September 2024 – July 2025", end="2025-07", end_text="September 2024 – July 2025",
                 monitor="Headteacher – termly report to governors", rag="Green"),
        ]),
        ("R2: Improve the quality of teaching and assessment so that all pupils are appropriately challenged", [
            dict(ref="2.1", action="Deliver a whole-school professional learning programme on questioning and challenge, led by the teaching and learning team",
                 success="Learning walks show effective questioning in at least 80% of lessons",
                 lead="AHT Teaching & Learning", lead_list=["AHT Teaching & Learning"], due="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
                 monitor="SLT – learning walks each half term", rag="Green"),
            dict(ref="2.2", action="Introduce termly learning walks and book looks focused on challenge, with written feedback to departments within two weeks",
                 success="All departments receive feedback and act on it; improvement seen in follow-up visits",
                 lead="Headteacher; SLT line managers", lead_list=["Headteacher", "SLT line managers"], due="Termly", end=None, end_text="Termly",
                 monitor="Governors’ Curriculum and Standards Committee", rag="Green"),
            dict(ref="2.3", action="Revise the assessment and feedback policy so that feedback identifies clear next steps and pupils respond to it",
                 success="Book looks show pupils responding to feedback in most books sampled",
                 lead="AHT Teaching & Learning", lead_list=["AHT Teaching & Learning"], due="Spring term 2025", end="2025-04", end_text="Spring term 2025",
                 monitor="Challenge adviser visit – Spring 2025", rag="Amber"),
        ]),
        ("R3: Strengthen self-evaluation and improvement planning so that leaders focus sharply on the impact of provision on pupils’ progress", [
            dict(ref="3.1", action="Restructure the self-evaluation calendar so that each department reviews first-hand evidence of pupils’ progress every term",
                 success="Departmental self-evaluation reports refer to evidence of pupils’ progress, not only to provision",
                 lead="Deputy Headteacher (Curriculum)", lead_list=["Deputy Headteacher (Curriculum)"], due="Autumn term 2024", end="2024-12", end_text="Autumn term 2024",
                 monitor="Headteacher and School Improvement Partner", rag="Green"),
            dict(ref="3.2", action="Train middle leaders to write department improvement plans with measurable, pupil-focused success criteria",
                 success="All department plans for 2025/26 contain measurable success criteria",
                 lead="School Improvement Partner / Deputy Headteacher (Curriculum)", lead_list=["School Improvement Partner", "Deputy Headteacher (Curriculum)"], due="Spring term 2025", end="2025-04", end_text="Spring term 2025",
                 monitor="Governing body – Summer 2025", rag="Amber"),
        ]),
        ("R4: Address the site safeguarding issue raised during the inspection", [
            dict(ref="4.1", action="Secure the perimeter gate at the Lawrenny Avenue entrance and revise the visitor and site access procedures",
                 success="Site secure during the school day; procedures known to all staff",
                 lead="School Business Manager; Headteacher", lead_list=["School Business Manager", "Headteacher"], due="April 2024", end="2024-04",
                 monitor="Chair of Governors – site walk", rag="Achieved"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Estyn core inspection: 4–7 March 2024")
    p.runs[0].italic = True
    info = [
        ("School", "Fitzalan High School, Lawrenny Avenue, Cardiff"),
        ("Local authority", "Cardiff Council"),
        ("Date of inspection", "4–7 March 2024"),
        ("Plan approved by governing body", "24 April 2024"),
        ("Progress review", "January 2025 (RAG ratings below are at this review)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, fill="FBE4D5", size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_heading("Estyn recommendations", level=1)
    for h, _ in recs:
        code, text = h.split(": ", 1)
        doc.add_paragraph(f"{code} {text}", style="List Bullet")
    doc.add_paragraph("The actions below were agreed with the governing body and Cardiff Council’s school improvement service. "
                      "Each recommendation has its own table.")
    all_actions = []
    heads = ["Ref", "Action", "Success criteria", "Lead", "Timescale", "Monitoring (who / when)", "RAG (Jan 2025)"]
    for h, acts in recs:
        doc.add_heading(h, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, x in enumerate(heads):
            set_cell(t.rows[0].cells[i], x, bold=True, fill="C00000")
            t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for a in acts:
            row = t.add_row().cells
            set_cell(row[0], a["ref"])
            set_cell(row[1], a["action"])
            set_cell(row[2], a["success"])
            set_cell(row[3], a["lead"])
            set_cell(row[4], a["due"])
            set_cell(row[5], a["monitor"])
            set_cell(row[6], a["rag"], bold=True, fill=rag_fill[a["rag"]])
            a["under"] = [h]
            a["status"] = rag_status[a["rag"]]
            all_actions.append(a)
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – on track; Amber – progress slower than planned; Red – not started or at risk; "
                      "Achieved – success criteria met.")
    doc.add_paragraph("Signed on behalf of the governing body: Chair of Governors        Date: 24 April 2024")
    doc.save(path(name))

    write_expected(name, {
        "source": "Post-inspection action plan of a Welsh secondary school (Fitzalan High School, Cardiff) after an Estyn "
                  "core inspection in 2024, following Estyn's follow-up guidance (estyn.gov.wales, 'Follow-up' guidance "
                  "type) and the usual Welsh PIAP layout: title and inspection dates, a school details table, the list "
                  "of Estyn recommendations, then one heading and one table per recommendation (Ref, Action, Success "
                  "criteria, Lead, Timescale as school terms, Monitoring, RAG with shaded cells), a RAG key and a "
                  "governors' sign-off line.",
        "reads": "An Estyn post-inspection action plan with four recommendations (R1–R4), each heading a table of its "
                 "actions (1.1 … 4.1); timescales are mostly school terms, the status is the RAG word at the January "
                 "2025 review ('Achieved' = complete). The bulleted recommendation list and details table are not "
                 "actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, all_actions)


# ---------------------------------------------------------------------------
# 6. St Malachy's College Belfast – ETI inspection action plan (csv)
# ---------------------------------------------------------------------------
def make_st_malachys():
    name = "qu-st-malachys-college-belfast-eti-inspection-action-plan.csv"
    title = "St Malachy's College, Belfast – ETI Inspection Action Plan (inspection: October 2024)"
    rag_status = {"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    afis = [
        ("AFI 1: Improve the consistency of the quality of learning and teaching across key stage 3, so that all pupils are challenged appropriately", [
            dict(action="Establish a key stage 3 learning and teaching working group to agree common expectations for lesson planning and challenge",
                 lead="Vice-Principal (Curriculum)", lead_list=["Vice-Principal (Curriculum)"], due="Dec-24", end="2024-12",
                 success="Agreed expectations published in staff handbook", progress="Working group met six times; expectations launched January 2025", rag="Completed"),
            dict(action="Programme of paired lesson observations in all departments, with a focus on differentiation and challenge",
                 lead="Heads of Department", lead_list=["Heads of Department"], due="Jun-25", end="2025-06",
                 success="Every KS3 teacher observed twice; observation records show improved challenge", progress="78% of observations complete", rag="Green"),
            dict(action="Share effective practice through termly 'teach meets' led by the working group\n(first session: staff development day, 3 January 2025)",
                 lead="Vice-Principal (Curriculum); Senior Teacher (Professional Learning)", lead_list=["Vice-Principal (Curriculum)", "Senior Teacher (Professional Learning)"],
                 due="Ongoing", end=None, end_text="Ongoing",
                 success="Staff survey shows increased confidence in planning for challenge", progress="Two teach meets held", rag="Green"),
        ]),
        ("AFI 2: Develop further the use of data to track pupils' progress and to identify and support pupils at risk of underachievement in key stage 4", [
            dict(action="Introduce a whole-school tracking system with three data collection points per year for Years 11 and 12",
                 lead="Head of Data and Assessment", lead_list=["Head of Data and Assessment"], due="31/01/2025", end="2025-01",
                 success="Tracking system in use by all departments", progress="System live; first data drop completed", rag="Completed"),
            dict(action="Half-termly progress meetings for Year 11 and Year 12 pupils identified as underachieving",
                 lead="Head of Year 11 / Head of Year 12", lead_list=["Head of Year 11", "Head of Year 12"], due="Mar-25", end="2025-03",
                 success="Intervention plans in place for all identified pupils", progress="Meetings held for Year 12; Year 11 meetings started late", rag="Amber"),
            dict(action="Mentoring programme for underachieving pupils, delivered by sixth-form mentors and staff volunteers",
                 lead="Mr P Kearney (Senior Teacher)", lead_list=["Mr P Kearney (Senior Teacher)"], due="Sep-25", end="2025-09",
                 success="At least 30 pupils mentored; improved predicted grades", progress="Mentor training planned for June", rag="Not started"),
        ]),
        ("AFI 3: Ensure that the safeguarding and child protection policy reflects current Department of Education guidance and that all staff receive refresher training", [
            dict(action="Review and update the Safeguarding and Child Protection Policy in line with current DE guidance and have it ratified by the Board of Governors",
                 lead="Designated Teacher for Child Protection; Chair of the Board of Governors", lead_list=["Designated Teacher for Child Protection", "Chair of the Board of Governors"],
                 due="Feb-25", end="2025-02",
                 success="Policy ratified and published on the school website", progress="Ratified 24 February 2025", rag="Completed"),
            dict(action="Deliver refresher safeguarding training to all teaching and non-teaching staff and keep a record of attendance",
                 lead="Designated Teacher for Child Protection", lead_list=["Designated Teacher for Child Protection"], due="Mar-25", end="2025-03",
                 success="100% of staff trained", progress="All teaching staff trained; two catering staff outstanding", rag="Amber"),
        ]),
    ]
    ncol = 7
    rows = [
        [title] + [""] * (ncol - 1),
        ["Action plan to address the areas for improvement identified in the ETI report; approved by the Board of Governors 27 January 2025; progress updated June 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Area for improvement", "Action", "Person(s) responsible", "Timescale", "Success criteria", "Progress (June 2025)", "RAG"],
    ]
    all_actions = []
    counts = {}
    for afi, acts in afis:
        for i, a in enumerate(acts):
            rows.append([afi if i == 0 else "", a["action"], a["lead"], a["due"], a["success"], a["progress"], a["rag"]])
            a["ref"] = None
            a["under"] = [afi]
            a["status"] = rag_status[a["rag"]]
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
            all_actions.append(a)
    rows.append([""] * ncol)
    rows.append(["RAG key: Green = on track; Amber = partially achieved / behind schedule; Red = not achieved; Completed = action fully implemented"] + [""] * (ncol - 1))
    rows.append([f"Progress summary: {counts.get('Completed', 0)} completed, {counts.get('Green', 0)} green, {counts.get('Amber', 0)} amber, "
                 f"{counts.get('Not started', 0)} not started ({len(all_actions)} actions)"] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": "Action plan of a Northern Ireland grammar school (St Malachy's College, Belfast) responding to the areas "
                  "for improvement in an Education and Training Inspectorate report (inspection October 2024); ETI asks "
                  "the Board of Governors for an action plan to address the areas for improvement (etini.gov.uk, "
                  "'Inspection outcome and what happens next'). Saved from Excel as CSV UTF-8: title and approval lines, "
                  "a header row, the area for improvement written only on the first row of its group, one action with a "
                  "line break inside its quoted cell, RAG words, a key line and a summary line.",
        "reads": "An ETI action plan of eight unnumbered actions under three areas for improvement (AFI 1–3), each with "
                 "persons responsible, a timescale, success criteria, progress and a RAG word. The key and progress "
                 "summary lines at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, all_actions)


# ---------------------------------------------------------------------------
# 7. NIFRS internal audit recommendations status report (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_nifrs():
    name = "qu-nifrs-internal-audit-recommendations-implementation-status-report.txt"
    title = "Northern Ireland Fire & Rescue Service – Internal Audit Recommendations: Implementation Status Report"
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    audits = [
        ("Fleet Management 2024/25 – Limited Assurance", [
            dict(ref="FM1", pri="Priority 1",
                 rec="NIFRS should ensure that every appliance and ancillary vehicle has an up-to-date record of statutory inspections and that overdue inspections are escalated.",
                 action="Implement the fleet management system alert module to flag inspections due within 30 days, with weekly exception reports to the Head of Fleet.",
                 lead="Head of Fleet & Engineering Services", lead_list=["Head of Fleet & Engineering Services"], orig="30/06/2025", rev="30/09/2025", end="2025-09",
                 st="Implemented", rag="B", update="Alert module live from 1 September 2025; weekly exception reports issued."),
            dict(ref="FM2", pri="Priority 2",
                 rec="Fuel card transactions should be reviewed monthly against vehicle mileage records.",
                 action="Introduce a monthly fuel card reconciliation signed off by Station Commanders, with anomalies reported to Finance.",
                 lead="Head of Fleet & Engineering Services / Head of Finance", lead_list=["Head of Fleet & Engineering Services", "Head of Finance"], orig="31/10/2025", rev="", end="2025-10",
                 st="Partially implemented", rag="A", update="Reconciliation in place in Eastern and Northern Areas; Southern and Western Areas from December."),
        ]),
        ("Procurement and Contract Management 2024/25 – Satisfactory Assurance", [
            dict(ref="PCM1", pri="Priority 2",
                 rec="The contracts register should be complete and record contract values, expiry dates and named contract managers.",
                 action="Refresh the contracts register in full and assign a named contract manager to each contract over £30,000.",
                 lead="Head of Procurement", lead_list=["Head of Procurement"], orig="31/03/2025", rev="", end="2025-03",
                 st="Implemented", rag="B", update="Register refreshed March 2025; verified by Internal Audit in follow-up."),
            dict(ref="PCM2", pri="Priority 2",
                 rec="Direct Award Contracts should be reported to the Audit and Risk Assurance Committee.",
                 action="Report all Direct Award Contracts to ARAC on a six-monthly basis.",
                 lead="Director of Finance & Corporate Services", lead_list=["Director of Finance & Corporate Services"], orig="30/06/2025", rev="", end="2025-06",
                 st="Implemented", rag="B", update="First report to ARAC in June 2025."),
            dict(ref="PCM3", pri="Priority 3",
                 rec="Procurement guidance on the intranet should be updated to reflect current legislation and Procurement Guidance Notes.",
                 action="Update the intranet procurement guidance and deliver briefing sessions for budget holders.",
                 lead="Head of Procurement", lead_list=["Head of Procurement"], orig="28/02/2026", rev="", end="2026-02",
                 st="Not yet due", rag="G", update="Guidance being drafted with CPD."),
        ]),
        ("Operational Training Competence 2025/26 – Limited Assurance", [
            dict(ref="TD1", pri="Priority 1",
                 rec="Management should ensure that operational competence records on the training system are complete and that lapsed competencies are identified and addressed promptly.",
                 action="Reconcile all Wholetime and On-Call competence records on the training management system and issue a monthly lapsed-competence report to Area Commanders.",
                 lead="Head of Learning & Development; Area Commander (Service Delivery)", lead_list=["Head of Learning & Development", "Area Commander (Service Delivery)"],
                 orig="31/12/2025", rev="", end="2025-12",
                 st="Not yet due", rag="G", update="Wholetime records reconciled; On-Call reconciliation 60% complete."),
            dict(ref="TD2", pri="Priority 1",
                 rec="Breathing apparatus refresher training should be delivered within the required interval for all operational staff.",
                 action="Deliver the outstanding BA refresher courses and introduce a scheduling tool to prevent future lapses.",
                 lead="Area Commander (Operational Training)", lead_list=["Area Commander (Operational Training)"], orig="30/09/2025", rev="31/01/2026", end="2026-01",
                 st="Overdue", rag="R", update="Backlog reduced from 64 to 19 staff; revised date agreed by the Executive Leadership Team."),
        ]),
    ]
    ncol = 10
    lines = [
        [title],
        ["Audit and Risk Assurance Committee, 4 December 2025 – position at 14 November 2025"],
        ["Prepared by: Corporate Governance & Risk Manager"],
        [],
        ["Rec No", "Priority", "Recommendation", "Agreed management action", "Responsible officer", "Target date", "Revised target date", "Status", "RAG", "Update"],
    ]
    all_actions = []
    tally = {}
    for band, recs in audits:
        lines.append([band])
        for a in recs:
            lines.append([a["ref"], a["pri"], a["rec"], a["action"], a["lead"], a["orig"], a["rev"], a["st"], a["rag"], a["update"]])
            a["under"] = [band, a["rec"]]
            a["status"] = rag_status[a["rag"]]
            tally[a["st"]] = tally.get(a["st"], 0) + 1
            all_actions.append(a)
    lines.append([])
    lines.append(["Summary"])
    for k in ("Implemented", "Partially implemented", "Not yet due", "Overdue"):
        lines.append([k, str(tally.get(k, 0))])
    lines.append(["Total", str(len(all_actions))])
    lines.append([])
    lines.append(["RAG: B = implemented; G = not yet due / on track; A = partially implemented; R = overdue"])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            ln = ln + [""] * (ncol - len(ln)) if ln else [""] * ncol
            f.write("\t".join(ln) + "\r\n")

    write_expected(name, {
        "source": "Northern Ireland Fire & Rescue Service internal audit recommendations implementation status report to "
                  "its Audit and Risk Assurance Committee (2025), as NI public bodies report internal audit priority 1–3 "
                  "findings to ARAC; exported from the tracking spreadsheet as tab-separated text. Features: title and "
                  "meeting lines, a header row, one banded row per audit with its assurance level, recommendation and "
                  "agreed management action on each row, target and revised target dates, a status word and RAG letter, "
                  "a summary block of totals and a RAG key.",
        "reads": "A status report of seven internal audit recommendations under three audits; each row is the auditor's "
                 "recommendation with management's agreed action, a responsible officer, target and (sometimes) revised "
                 "date and a B/G/A/R rating. The summary totals and key at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, all_actions)


if __name__ == "__main__":
    make_north_lanarkshire()
    make_nhs_tayside()
    row = make_powys_refuse()
    make_penumbra()
    make_fitzalan()
    make_st_malachys()
    make_nifrs()
    print("built; powys typo row", row)
