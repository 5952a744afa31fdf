#!/usr/bin/env python3
"""Build the seven rl- blind test files (set heldout478) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Every action record below carries both what is written into the file and the
reading a person makes of it (lead list, end month, status), so the expected
YAML is written from the same text that goes into the file.
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

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, v):
    # quote refs and YYYY-MM months so they stay strings to any reader
    if len(v) < 30 and v[:1].isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", v)


_Dumper.add_representer(str, _str)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        out = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end,
             status=status, end_text=end_text)
    d.update(cells)
    return d


# ---------------------------------------------------------------------------
# 1. Cambridgeshire and Peterborough Combined Authority - bus franchising
#    programme highlight report (xlsx, three sheets)
# ---------------------------------------------------------------------------
def make_cpca():
    name = "rl-cambridgeshire-peterborough-ca-bus-franchising-programme-highlight-report.xlsx"
    title = "Bus Franchising Implementation Programme – Highlight Report"
    ws1 = "WS1 – Network Design and Service Specification"
    ws2 = "WS2 – Depots and Fleet"
    ws3 = "WS3 – Commercial, Procurement and Legal"
    ws4 = "WS4 – Finance and Revenue"
    ws5 = "WS5 – Stakeholder Engagement and Communications"
    acts = [
        A("1.1", [ws1],
          "Complete baseline network review for the Peterborough and Fenland franchise zone and share the draft service specification with district councils",
          ["Head of Bus Network Planning"], "2025-10", "green",
          owner="Head of Bus Network Planning", raised=D(2025, 7, 8), due=D(2025, 10, 31), revised=None,
          rag="G", update="Review 80% complete; draft specification with Fenland DC and Peterborough CC for comment."),
        A("1.2", [ws1],
          "Agree principles for rural demand-responsive transport (DRT) to be included in the Zone 2 specification",
          ["Head of Bus Network Planning", "Rural Transport Lead"], "2025-11", "amber",
          owner="Head of Bus Network Planning / Rural Transport Lead", raised=D(2025, 7, 8), due=D(2025, 9, 30),
          revised=D(2025, 11, 28), rag="A",
          update="Ting DRT evaluation report received late; principles paper now to November Programme Board."),
        A("2.1", [ws2],
          "Commission independent valuation of the strategic depot sites at Peterborough and Huntingdon",
          ["Property and Assets Manager"], "2025-10", "red",
          owner="Property and Assets Manager", raised=D(2025, 7, 8), due=D(2025, 8, 29), revised=D(2025, 10, 31),
          rag="R",
          update="First procurement returned no compliant bids. Re-run via framework; award expected mid-October. Escalated to SRO."),
        A("2.2", [ws2],
          "Prepare zero-emission fleet transition options paper for Programme Board",
          ["J. Whitfield"], "2025-11", "green",
          owner="J. Whitfield", raised=D(2025, 8, 12), due="Nov 2025", revised=None, rag="G",
          update="Options drafted with Zemo Partnership input."),
        A("3.1", [ws3],
          "Issue Prior Information Notice (PIN) for Zone 1 franchise contracts",
          ["Head of Procurement"], "2025-09", "blue",
          owner="Head of Procurement", raised=D(2025, 7, 8), due=D(2025, 9, 30), revised=None, rag="C",
          update="PIN published on Find a Tender 22/09/2025."),
        A("3.2", [ws3],
          "Obtain external legal advice on TUPE and pension implications for operator staff transferring under franchising",
          ["Head of Legal and Governance"], "2025-12", "green", end_text="Q3 2025/26",
          owner="Head of Legal and Governance", raised=D(2025, 8, 12), due="Q3 2025/26", revised=None, rag="G",
          update="Instruction issued to external counsel."),
        A("4.1", [ws4],
          "Update the franchising financial model to reflect the mayoral precept decision and revised revenue risk assumptions",
          ["Chief Finance Officer", "Head of Transport Finance"], "2025-10", "amber",
          owner="Chief Finance Officer / Head of Transport Finance", raised=D(2025, 7, 8), due=D(2025, 10, 31),
          revised=None, rag="A",
          update="Dependent on outcome of independent review; interim version circulated."),
        A("4.2", [ws4],
          "Submit BSIP 2026/27 funding return to DfT",
          ["Head of Transport Finance"], None, "green", end_text="TBC",
          owner="Head of Transport Finance", raised=D(2025, 9, 9), due="TBC", revised=None, rag="G",
          update="Awaiting DfT guidance and deadline."),
        A("5.1", [ws5],
          "Hold operator engagement workshop on transition arrangements and asset transfer",
          ["Programme Manager (Bus Franchising)"], "2025-11", "green",
          owner="Programme Manager (Bus Franchising)", raised=D(2025, 9, 9), due=D(2025, 11, 14), revised=None,
          rag="G", update="Venue booked; invitations issued to Stagecoach East, Whippet and Dews."),
    ]

    wb = Workbook()
    # --- sheet 1: highlight
    sh = wb.active
    sh.title = "Highlight Report"
    sh["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    sh["A1"].font = Font(bold=True, size=12, color=HEAD)
    sh.merge_cells("A1:F1")
    sh["A2"] = title
    sh["A2"].font = Font(bold=True, size=14)
    sh.merge_cells("A2:F2")
    sh["A3"] = "Reporting period: 1 – 30 September 2025"
    sh["A4"] = "Report to: Bus Franchising Programme Board, 14 October 2025"
    sh["A5"] = "Senior Responsible Owner: Executive Director, Place and Connectivity    Programme Manager: R. Okafor    Version: 0.3"
    sh["A7"] = "Overall programme status"
    sh["A7"].font = Font(bold=True)
    sh["B7"] = "Previous"
    sh["C7"] = "AMBER"
    sh["C7"].fill = fill(AMBER)
    sh["D7"] = "Current"
    sh["E7"] = "AMBER"
    sh["E7"].fill = fill(AMBER)
    sh["A8"] = ("Programme remains deliverable to the first franchised services in Zone 1 but depot acquisition is now on the "
                "critical path. Independent review of delivery pathways reports to Transport and Infrastructure Committee in November.")
    sh.merge_cells("A8:F8")
    sh["A8"].alignment = WRAP
    sh.row_dimensions[8].height = 45
    hdr = ["Workstream", "Workstream lead", "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = sh.cell(row=10, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BORDER
    summary = [
        (ws1, "Head of Bus Network Planning", "G", "G", "Baseline review on programme."),
        (ws2, "Property and Assets Manager", "A", "R", "Valuation procurement failed; re-run under way."),
        (ws3, "Head of Procurement", "G", "G", "PIN issued on time."),
        (ws4, "Chief Finance Officer", "A", "A", "Model awaits independent review outcome."),
        (ws5, "Head of Communications", "G", "G", "Operator workshop arranged."),
    ]
    colr = {"G": GREEN, "A": AMBER, "R": RED}
    for i, row in enumerate(summary):
        r = 11 + i
        for c, v in enumerate(row, 1):
            cell = sh.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (3, 4):
                cell.fill = fill(colr[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
    sh["A17"] = "Key achievements this period"
    sh["A17"].font = Font(bold=True)
    sh["A18"] = "• Prior Information Notice for Zone 1 published"
    sh["A19"] = "• Programme governance and terms of reference approved by Transport and Infrastructure Committee"
    sh["A20"] = "• Data-sharing agreements signed with three incumbent operators"
    sh["A22"] = "Decisions required from Programme Board"
    sh["A22"].font = Font(bold=True)
    sh["A23"] = "• Note revised date for depot valuation and approve use of the framework route"
    sh["A25"] = "See 'Actions' sheet for the programme action log and 'Risks' for the top programme risks."
    sh["A25"].font = Font(italic=True)
    for col, w in zip("ABCDEF", (44, 30, 13, 13, 48, 10)):
        sh.column_dimensions[col].width = w

    # --- sheet 2: actions
    sa = wb.create_sheet("Actions")
    sa["A1"] = "Programme Action Log – September 2025"
    sa["A1"].font = Font(bold=True, size=13)
    sa.merge_cells("A1:H1")
    hdr = ["Ref", "Action", "Owner", "Date raised", "Due date", "Revised due date", "RAG", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = sa.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.border = BORDER
        cell.alignment = WRAP
    r = 4
    current = None
    ragfill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    for a in acts:
        if a["under"][0] != current:
            current = a["under"][0]
            sa.cell(row=r, column=1, value=current).font = Font(bold=True)
            for c in range(1, 9):
                sa.cell(row=r, column=c).fill = fill(GREY)
            sa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        vals = [a["ref"], a["action"], a["owner"], a["raised"], a["due"], a["revised"], a["rag"], a["update"]]
        for c, v in enumerate(vals, 1):
            cell = sa.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        sa.cell(row=r, column=7).fill = fill(ragfill[a["rag"]])
        sa.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    sa.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    sa.cell(row=r, column=2, value="R – off track, intervention required;  A – at risk, recovery in hand;  G – on track;  C – complete")
    sa.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 55, 30, 12, 12, 14, 6, 50)):
        sa.column_dimensions[col].width = w
    sa.freeze_panes = "A4"

    # --- sheet 3: risks (no actions)
    sr = wb.create_sheet("Risks")
    sr["A1"] = "Top programme risks"
    sr["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk ID", "Risk", "Likelihood", "Impact", "Score", "Trend", "Risk owner"]
    for c, h in enumerate(hdr, 1):
        cell = sr.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    risks = [
        ("BFR01", "Suitable depot capacity is not secured in time for Zone 1 mobilisation", 4, 5, 20, "↑", "Director of Transport"),
        ("BFR02", "Revenue risk borne by the Combined Authority exceeds the funding envelope", 3, 5, 15, "→", "Chief Finance Officer"),
        ("BFR03", "Legal challenge to the franchising scheme delays contract award", 2, 5, 10, "→", "Head of Legal and Governance"),
        ("BFR04", "Insufficient specialist resource in the programme team", 3, 3, 9, "↓", "Programme Manager (Bus Franchising)"),
    ]
    for i, row in enumerate(risks):
        for c, v in enumerate(row, 1):
            cell = sr.cell(row=4 + i, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        sc = row[4]
        sr.cell(row=4 + i, column=5).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    for col, w in zip("ABCDEFG", (8, 60, 10, 8, 7, 7, 32)):
        sr.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the monthly highlight reports a mayoral combined authority's programme office takes to a "
                   "programme board, here for the Cambridgeshire and Peterborough Combined Authority's bus franchising "
                   "implementation after the February 2025 mayoral franchising decision "
                   "(https://cambridgeshirepeterborough-ca.gov.uk/?p=24547). Copies a title block with reporting period, "
                   "SRO and version; previous/current overall RAG in filled cells; a workstream summary table with "
                   "previous and current RAG; achievements/decisions bullets; a separate action log sheet with workstream "
                   "band rows, date raised, due and revised due dates, a letter RAG with a key (C = complete) and updates; "
                   "a risks sheet with no actions."),
        "reads": ("A three-sheet highlight report. The first sheet is a status summary by workstream and the third lists "
                  "risks; the plan itself is the action log on the 'Actions' sheet: nine numbered actions grouped under "
                  "five workstream band rows, each with an owner, due date (revised where given), letter RAG and update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name, acts


# ---------------------------------------------------------------------------
# 2. Bannau Brycheiniog National Park Authority - corporate risk register
#    (xlsx, merged risk cells, fill-only action status)
# ---------------------------------------------------------------------------
def make_bbnpa():
    name = "rl-bannau-brycheiniog-npa-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26"
    t1 = "1. Finance and Resources"
    t2 = "2. Planning and Place"
    t3 = "3. Nature Recovery and Climate"
    t4 = "4. Governance and Compliance"
    r1 = "Reduction in core grant funding"
    r2 = "Failure to determine planning applications within statutory timescales"
    r3 = "National Park Management Plan nature recovery targets are not met"
    r4 = "Cyber security incident"
    acts = [
        A("CR01.1", [t1, r1],
          "Develop medium-term financial plan scenarios for 2026/27 to 2028/29, including a 5% cash reduction scenario",
          ["Head of Finance"], "2025-12", "green", target=D(2025, 12, 31), colour=GREEN),
        A("CR01.2", [t1, r1],
          "Progress income generation pilots (car parking charges review, visitor giving scheme) and report outcomes to Members",
          ["Head of Finance", "Visitor Services Manager"], "2026-03", "amber",
          owner="Head of Finance / Visitor Services Manager", target=D(2026, 3, 31), colour=AMBER),
        A("CR02.1", [t2, r2],
          "Recruit to the two vacant Senior Planning Officer posts",
          ["Director of Planning"], "2025-09", "blue", target="Sept 2025", colour=BLUE),
        A("CR02.2", [t2, r2],
          "Implement the revised scheme of delegation agreed by the Planning, Access and Rights of Way Committee",
          ["Director of Planning"], "2026-01", "green", target=D(2026, 1, 31), colour=GREEN),
        A("CR03.1", [t3, r3],
          "Agree landowner partnership agreements for peatland restoration on Mynydd Illtud and the Black Mountain",
          ["Head of Nature Recovery"], "2026-03", "red", end_text="Q4 2025/26", target="Q4 2025/26", colour=RED),
        A("CR03.2", [t3, r3],
          "Secure match funding for the Nature Networks Fund round 4 bid",
          ["Head of Nature Recovery"], "2025-11", "unrated", target=D(2025, 11, 30), colour=None),
        A("CR04.1", [t4, r4],
          "Complete Cyber Essentials Plus reassessment",
          ["ICT Manager"], "2025-10", "green", target=D(2025, 10, 31), colour=GREEN),
        A("CR04.2", [t4, r4],
          "Deliver phishing awareness training to all staff and Members",
          ["ICT Manager", "HR Manager"], None, "amber", end_text="Ongoing",
          owner="ICT Manager / HR Manager", target="Ongoing", colour=AMBER),
    ]
    for a in acts:
        a.setdefault("owner", "; ".join(a["lead"]))
    risks = {
        r1: dict(no="CR01", theme=t1, desc="Welsh Government revenue grant is reduced in real terms, leading to reduced capacity to deliver statutory purposes and the Management Plan.",
                 rowner="Director of Corporate Services", inh=(4, 4), ctrl="Annual budget setting; reserves strategy; quarterly budget monitoring to Members.",
                 prev=12, cur=12, trend="→"),
        r2: dict(no="CR02", theme=t2, desc="Staff vacancies and rising caseload mean applications are not determined in time, risking Welsh Government intervention and loss of fee income.",
                 rowner="Director of Planning", inh=(4, 3), ctrl="Weekly caseload monitoring; agency cover; pre-application charging.",
                 prev=12, cur=9, trend="↓"),
        r3: dict(no="CR03", theme=t3, desc="Insufficient landowner engagement and external funding prevent delivery of peatland and woodland targets.",
                 rowner="Director of Nature and Climate", inh=(4, 4), ctrl="Nature Recovery Action Plan; partnership with NRW and Farming Connect.",
                 prev=12, cur=16, trend="↑"),
        r4: dict(no="CR04", theme=t4, desc="Ransomware or phishing attack disrupts systems and leads to loss of personal data.",
                 rowner="Director of Corporate Services", inh=(3, 5), ctrl="MFA on all accounts; offsite backups; Cyber Essentials certification.",
                 prev=10, cur=10, trend="→"),
    }

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Awdurdod Parc Cenedlaethol Bannau Brycheiniog / Bannau Brycheiniog National Park Authority"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A3"] = title
    cv["A3"].font = Font(bold=True, size=16)
    rows = [("Document owner", "Director of Corporate Services"),
            ("Version", "2.2"),
            ("Last reviewed by Leadership Team", "23 September 2025"),
            ("Reported to", "Audit and Scrutiny Committee, 17 October 2025"),
            ("Next review", "January 2026")]
    for i, (k, v) in enumerate(rows):
        cv.cell(row=5 + i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=5 + i, column=2, value=v)
        cv.cell(row=5 + i, column=1).border = BORDER
        cv.cell(row=5 + i, column=2).border = BORDER
    cv["A11"] = "Version history"
    cv["A11"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"), ("2.0", "April 2025", "Register refreshed for 2025/26"),
          ("2.1", "June 2025", "CR03 rescored following funding decision"),
          ("2.2", "September 2025", "Q2 review; CR02 residual score reduced")]
    for i, row in enumerate(vh):
        for c, v in enumerate(row, 1):
            cell = cv.cell(row=12 + i, column=c, value=v)
            cell.border = BORDER
            if i == 0:
                cell.font = Font(bold=True)
    cv.column_dimensions["A"].width = 34
    cv.column_dimensions["B"].width = 46
    cv.column_dimensions["C"].width = 44

    rr = wb.create_sheet("Risk Register")
    rr["A1"] = "Bannau Brycheiniog National Park Authority – " + title
    rr["A1"].font = Font(bold=True, size=13)
    rr.merge_cells("A1:N1")
    rr["A2"] = "Quarter 2 review (July – September 2025)"
    hdr = ["Risk No.", "Risk", "Description (cause, event, effect)", "Risk Owner", "Inherent L", "Inherent I",
           "Existing controls", "Ref", "Further action required", "Action owner", "Target date", "Action status",
           "Residual score Q1", "Residual score Q2"]
    for c, h in enumerate(hdr, 1):
        cell = rr.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("385723")
        cell.border = BORDER
        cell.alignment = WRAP
    rr.row_dimensions[4].height = 32
    r = 5
    theme = None
    by_risk = {}
    for a in acts:
        by_risk.setdefault(a["under"][1], []).append(a)
    for rname, ra in by_risk.items():
        info = risks[rname]
        if info["theme"] != theme:
            theme = info["theme"]
            rr.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for c in range(1, 15):
                rr.cell(row=r, column=c).fill = fill("E2EFDA")
            rr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
            r += 1
        start = r
        for a in ra:
            vals = {8: a["ref"], 9: a["action"], 10: a["owner"], 11: a["target"]}
            for c, v in vals.items():
                cell = rr.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if a["colour"]:
                rr.cell(row=r, column=12).fill = fill(a["colour"])
            r += 1
        end = r - 1
        fixed = {1: info["no"], 2: rname, 3: info["desc"], 4: info["rowner"], 5: info["inh"][0], 6: info["inh"][1],
                 7: info["ctrl"], 13: info["prev"], 14: info["cur"]}
        for c, v in fixed.items():
            cell = rr.cell(row=start, column=c, value=v)
            cell.alignment = WRAP
            if end > start:
                rr.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
        for c in (13, 14):
            v = fixed[c]
            rr.cell(row=start, column=c).fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
        for rr_ in range(start, end + 1):
            for c in range(1, 15):
                rr.cell(row=rr_, column=c).border = BORDER
            rr.row_dimensions[rr_].height = 48
    r += 1
    rr.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    keys = [(GREEN, "On track"), (AMBER, "Some slippage – recovery plan in place"), (RED, "Significantly behind / overdue"),
            (BLUE, "Complete"), (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(keys):
        cell = rr.cell(row=r + 1 + i, column=1)
        if col:
            cell.fill = fill(col)
        cell.border = BORDER
        rr.cell(row=r + 1 + i, column=2, value=txt)
    rr.cell(row=r + 7, column=1,
            value="Residual scores: 1–7 low (green), 8–14 medium (amber), 15–25 high (red). See 'Scoring Matrix'.").font = Font(italic=True)
    widths = (8, 26, 40, 22, 7, 7, 34, 8, 48, 24, 12, 9, 9, 9)
    for i, w in enumerate(widths):
        rr.column_dimensions[chr(65 + i)].width = w
    rr.freeze_panes = "A5"

    sm = wb.create_sheet("Scoring Matrix")
    sm["A1"] = "Likelihood x Impact scoring matrix"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        sm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        sm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            cell = sm.cell(row=3 + i, column=1 + j, value=s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            cell.border = BORDER
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a Welsh national park authority's corporate risk register as taken quarterly to its audit "
                   "committee (layout after the Cairngorms NPA strategic risk register annexes, e.g. "
                   "https://cairngorms.co.uk/documents/221205aucteepaper3annex1aastrategicriskregister-v102/html, and "
                   "Welsh NPA registers with inherent/residual scoring). Copies a bilingual cover sheet with document "
                   "control and version history, theme band rows, risk columns merged down over the risk's further "
                   "actions, an action status shown only by fill colour with a key under the table, previous and current "
                   "residual scores filled red/amber/green, and a scoring matrix sheet."),
        "reads": ("A risk register of four risks under four numbered themes. Each risk has two further actions, each "
                  "with its own ref, action owner and target date; the status of each action is the fill colour of the "
                  "'Action status' cell read through the key beneath (blue = complete, no colour = not yet started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name, acts


# ---------------------------------------------------------------------------
# 3. EDF Energy - Ofgem back-billing compliance remediation tracker (xlsx)
#    REFUSE: revised target "0ct-25" (zero for O) on sheet row 10
# ---------------------------------------------------------------------------
def make_edf():
    name = "rl-edf-energy-ofgem-back-billing-compliance-remediation-tracker-typo-month-refuse.xlsx"
    title = "Back-billing and Final Bills – Ofgem Compliance Remediation Tracker"
    f1 = "Finding 1 – Back-billing protection not applied to accounts with smart meter communication faults (SLC 21BA)"
    f2 = "Finding 2 – Final bills issued later than six weeks after switch or move-out (SLC 27.17)"
    f3 = "Finding 3 – Customer communications did not explain back-billing rights clearly"
    f4 = "Finding 4 – Management information and oversight"
    rows = [
        ("finding", f1),
        ("1.1", "Identify all domestic accounts billed for consumption older than 12 months since January 2023 where the smart meter was not communicating",
         "Director of Billing Operations", "Billing Remediation Lead", "Jun-25", "", "Complete", "Data extract signed off by Internal Audit 02/07/2025"),
        ("1.2", "Refund or credit affected customers and pay goodwill of £30 per account",
         "Director of Billing Operations", "Billing Remediation Lead / Customer Redress Manager", "Aug-25", "Sep-25", "Complete", "41,280 accounts credited; cheques issued to closed accounts"),
        ("1.3", "Add an automated back-billing check to the billing engine before any catch-up bill is released",
         "Chief Information Officer", "Head of Billing Systems", "Sep-25", "Nov-25", "At risk", "Release slipped to R25.4; interim manual check in place"),
        ("finding", f2),
        ("2.1", "Root-cause analysis of final bills issued after six weeks, by journey (switch away, home move, death of account holder)",
         "Director of Customer Operations", "Head of Home Moves", "Jul-25", "0ct-25", "On track", "Bereavement journey analysis added at Ofgem's request"),
        ("2.2", "Introduce daily exception report of accounts approaching the six-week final bill deadline",
         "Director of Customer Operations", "Head of Home Moves", "Oct-25", "", "On track", "Report built; user testing in October"),
        ("finding", f3),
        ("3.1", "Rewrite catch-up bill cover letter and online FAQ to state the 12-month back-billing limit in plain English",
         "Director of Customer Experience", "Customer Communications Manager", "Jul-25", "", "Complete", "Tested with Citizens Advice panel"),
        ("finding", f4),
        ("4.1", "Report back-billing and final bill KPIs monthly to the Retail Compliance Committee",
         "General Counsel", "Head of Regulatory Compliance", "Monthly", "", "On track", "First report to September committee"),
        ("4.2", "Commission independent assurance review of remediation and share the report with Ofgem",
         "General Counsel", "Head of Regulatory Compliance", "Mar-26", "", "Not started", "Scope to be agreed with Ofgem"),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "EDF Energy Customers Ltd"
    sm["A1"].font = Font(bold=True)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Compliance engagement opened by Ofgem: 14 March 2025    Status as at: 30 September 2025"
    sm["A4"] = "Accountable executive: Chief Customer Officer    Classification: OFFICIAL – shared with Ofgem"
    sm["A6"] = "Summary of remediation actions"
    sm["A6"].font = Font(bold=True)
    counts = {}
    for rw in rows:
        if rw[0] != "finding":
            counts[rw[6]] = counts.get(rw[6], 0) + 1
    r = 7
    for k in ("Complete", "On track", "At risk", "Overdue", "Not started"):
        sm.cell(row=r, column=1, value=k).border = BORDER
        sm.cell(row=r, column=2, value=counts.get(k, 0)).border = BORDER
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    tr = wb.create_sheet("Tracker")
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells("A1:H1")
    tr["A2"] = "Regulatory references: SLC 21BA; SLC 27.17; Standards of Conduct (SLC 0)"
    tr.merge_cells("A2:H2")
    tr["A3"] = "Dates shown as month-year. Revised target agreed with Ofgem where original target missed."
    tr["A3"].font = Font(italic=True)
    hdr = ["Ref", "Remediation action", "Accountable executive", "Action owner", "Original target", "Revised target",
           "Status", "Evidence / comments"]
    for c, h in enumerate(hdr, 1):
        cell = tr.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("FE5716")
        cell.border = BORDER
        cell.alignment = WRAP
    sfill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED, "Not started": None}
    r = 5
    typo_row = None
    for rw in rows:
        if rw[0] == "finding":
            tr.cell(row=r, column=1, value=rw[1]).font = Font(bold=True)
            for c in range(1, 9):
                tr.cell(row=r, column=c).fill = fill("DDEBF7")
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(rw, 1):
                cell = tr.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BORDER
                cell.alignment = WRAP
            if sfill[rw[6]]:
                tr.cell(row=r, column=7).fill = fill(sfill[rw[6]])
            if rw[5] == "0ct-25":
                typo_row = r
        r += 1
    assert typo_row == 10, typo_row
    for col, w in zip("ABCDEFGH", (6, 60, 28, 30, 11, 11, 12, 44)):
        tr.column_dimensions[col].width = w
    tr.freeze_panes = "A5"

    cl = wb.create_sheet("Change log")
    cl["A1"] = "Date"
    cl["B1"] = "Change"
    cl["A2"] = "15/07/2025"
    cl["B2"] = "Tracker shared with Ofgem Retail Compliance team"
    cl["A3"] = "30/09/2025"
    cl["B3"] = "Q3 update; revised targets for 1.2, 1.3 and 2.1"
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the remediation tracker an energy supplier keeps and shares with Ofgem during a compliance "
                   "engagement (cf. Ofgem's closure notes on supplier compliance engagements, e.g. "
                   "https://ofgem.gov.uk/decision/ofgem-closes-compliance-engagement-edf-relation-how-it-charged-some-customers-restricted-meter). "
                   "Copies a summary sheet with a totals block, a tracker sheet with finding band rows, accountable "
                   "executive and action owner, original and revised month-year targets as text, a status word with "
                   "fill colour, evidence comments, and a change log."),
        "reads": ("A four-finding remediation tracker with eight actions. On the 'Tracker' sheet, row 10 (action 2.1) has "
                  "the revised target '0ct-25', written with a zero for the letter O; since the revised date is the one "
                  "that counts, a careful reader stops and asks whether October 2025 was meant before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 10,
        "title": title,
    }
    write_expected(name, meta, None)
    return name, None


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


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


# ---------------------------------------------------------------------------
# 4. National Highways - M25 J10 weekend closures lessons learned (docx)
# ---------------------------------------------------------------------------
def make_nh():
    name = "rl-national-highways-m25-j10-weekend-closures-lessons-learned-action-plan.docx"
    title = "M25 Junction 10 Full Weekend Closures – Lessons Learned Action Plan"
    th1 = "Theme 1: Advance communications and customer information"
    th2 = "Theme 2: Traffic management and diversion performance"
    th3 = "Theme 3: Incident response and emergency services"
    l11 = "Lesson 1.1: Businesses on the signed diversion route reported receiving closure information less than two weeks beforehand."
    l12 = "Lesson 1.2: Variable message sign (VMS) messaging started too late to influence strategic route choice for traffic approaching from the M3 and M23."
    l21 = "Lesson 2.1: Queues on the A3 southbound diversion exceeded the modelled length at Ockham roundabout on the Saturday afternoon of both closures."
    l31 = "Lesson 3.1: Recovery of broken-down vehicles on the diversion route took longer than on the motorway network, adding to congestion."
    acts = [
        A("1.1.1", [th1, l11],
          "Set a minimum six-week lead time for direct engagement with businesses and parish councils on signed diversion routes",
          ["Stakeholder Engagement Manager"], "2025-06", "blue",
          owner="Stakeholder Engagement Manager", target="June 2025", st="Blue"),
        A("1.1.2", [th1, l11],
          "Publish diversion route maps on the scheme webpage and in the customer information toolkit at least 28 days before each closure",
          ["Head of Communications (South-East)"], "2025-07", "green",
          owner="Head of Communications (South-East)", target="End of July 2025", st="Green"),
        A("1.2.1", [th1, l12],
          "Agree with the National Traffic Operations Centre a standard VMS escalation plan starting 14 days before a full closure",
          ["Regional Operations Manager", "NTOC Duty Manager"], "2025-08", "green",
          owner="Regional Operations Manager / NTOC Duty Manager", target="31/08/2025", st="Green"),
        A("2.1.1", [th2, l21],
          "Review diversion modelling assumptions with the delivery partner using observed flow data from both closures",
          ["Scheme Project Manager", "Traffic Management Designer"], "2025-09", "amber", end_text="Q2 2025/26",
          owner="Scheme Project Manager; Traffic Management Designer", target="Q2 2025/26", st="Amber"),
        A("2.1.2", [th2, l21],
          "Agree temporary signal timing changes at Ockham and Painshill junctions with Surrey County Council for future closures",
          ["Surrey County Council Network Manager", "Area 5 Service Manager"], None, "green", end_text="Ongoing – each closure",
          owner="Surrey County Council Network Manager / Area 5 Service Manager", target="Ongoing – each closure", st="Green"),
        A("3.1.1", [th3, l31],
          "Station an additional traffic officer patrol and a contracted recovery vehicle on each diversion route for the duration of full closures",
          ["Traffic Officer Service Manager"], "2026-03", "green", end_text="Sept 2025 – March 2026",
          owner="Traffic Officer Service Manager", target="Sept 2025 – March 2026", st="Green"),
        A("3.1.2", [th3, l31],
          "Hold a joint debrief with Surrey Police, South East Coast Ambulance Service and Surrey Fire and Rescue Service after each closure and record actions in the scheme lessons log",
          ["Resilience Manager"], None, "green", end_text="After each closure",
          owner="Resilience Manager", target="After each closure", st="Green"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("National Highways – South-East Region")
    run.bold = True
    run.font.color.rgb = RGBColor.from_string("00703C")
    doc.add_heading(title, level=1)
    doc.add_paragraph("M25 Junction 10/A3 Wisley Interchange improvement scheme")

    # document control table (not the plan)
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document reference", "HE551522-NH-GEN-M25_J10-RP-Z-000214"),
                                ("Version", "P03 – approved"),
                                ("Date", "12 June 2025"),
                                ("Author", "Lessons Learned Lead, Major Projects"),
                                ("Approved by", "Senior Responsible Owner, M25 Junction 10")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
        shade(dc.cell(i, 0), "E7E6E6")

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "Two full weekend closures of the M25 between junctions 10 and 11 took place in March and July 2024 to "
        "install the new Wisley Lane overbridge and demolish the Clearmount bridge. This plan records the lessons "
        "identified at the joint debrief workshops with Surrey County Council, the emergency services and the "
        "delivery partner, and the actions agreed to apply them to future full closures on the scheme and across "
        "the region.")
    doc.add_paragraph(
        "Each lesson is followed by the action(s) agreed. Progress is reported to the Regional Operations Board "
        "every two months using the RAG key at the end of this document.")
    doc.add_heading("2. Lessons and actions", level=2)

    hdr = ["Ref", "Action", "Owner", "Target date", "Status"]
    bythemes = []
    for a in acts:
        if not bythemes or bythemes[-1][0] != a["under"][0]:
            bythemes.append((a["under"][0], []))
        bythemes[-1][1].append(a)
    stc = {"Blue": "9DC3E6", "Green": "A9D18E", "Amber": "FFD966", "Red": "FF7C80"}
    for theme, tacts in bythemes:
        doc.add_heading(theme, level=3)
        lessons = []
        for a in tacts:
            if not lessons or lessons[-1][0] != a["under"][1]:
                lessons.append((a["under"][1], []))
            lessons[-1][1].append(a)
        nrows = 1 + sum(1 + len(x[1]) for x in lessons)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.cell(0, c), h, bold=True, colour="FFFFFF")
            shade(t.cell(0, c), "00703C")
        r = 1
        for lesson, la in lessons:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(m, lesson, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for a in la:
                vals = [a["ref"], a["action"], a["owner"], a["target"], a["st"]]
                for c, v in enumerate(vals):
                    set_cell(t.cell(r, c), v)
                shade(t.cell(r, 4), stc[a["st"]])
                r += 1
        doc.add_paragraph()

    doc.add_heading("3. RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate([("Red", "Off track – will not be delivered by target date without intervention"),
                                  ("Amber", "At risk – some slippage, recoverable"),
                                  ("Green", "On track"),
                                  ("Blue", "Complete – evidence provided to Lessons Learned Lead")]):
        set_cell(k.cell(i, 0), c, bold=True)
        shade(k.cell(i, 0), stc[c])
        set_cell(k.cell(i, 1), txt)
    doc.add_paragraph()
    doc.add_paragraph("Note: lessons relating to the contractor's temporary works design are held in the delivery "
                      "partner's own lessons log and are not repeated here.").runs[0].italic = True
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a central government arm's-length body's lessons-learned action plan after a planned "
                   "operation, here National Highways' full weekend closures of the M25 at junction 10 (2024) for the "
                   "Wisley interchange scheme. Copies a regional banner, title, document-control table with document "
                   "reference and approval, introduction paragraphs, a Heading per theme with its own table, lesson rows "
                   "merged across the table above their actions, job titles as owners (two separated by '/' or ';'), "
                   "target dates as months, periods, quarters and 'Ongoing'/'After each closure', shaded status words, "
                   "and a RAG key table and closing note that are not part of the plan."),
        "reads": ("A Word lessons-learned plan: three themes, each with a table in which a merged 'Lesson' row is "
                  "followed by the numbered actions agreed for it. Seven actions in all, each with owner(s), target "
                  "date and a RAG status word; the document-control and RAG key tables carry no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name, acts


# ---------------------------------------------------------------------------
# 5. Horder Healthcare - The Horder Centre CQC inspection action plan (docx)
#    one wide table, MUST/SHOULD band rows, finding merged down over actions
# ---------------------------------------------------------------------------
def make_horder():
    name = "rl-horder-healthcare-horder-centre-cqc-inspection-action-plan.docx"
    title = "CQC Inspection Action Plan – The Horder Centre"
    must = "Actions the provider MUST take to improve"
    should = "Actions the provider SHOULD take to improve"
    m1 = "The service must ensure all staff complete mandatory training, including safeguarding adults level 2 and basic life support. (Regulation 18(2)(a))"
    m2 = "The service must ensure controlled drugs in the day case unit are stored and recorded in line with legislation and policy. (Regulation 12(2)(g))"
    s1 = "The service should ensure that patient records in outpatients are stored securely when not in use."
    s2 = "The service should consider how it gathers feedback from patients whose first language is not English."
    acts = [
        A("1.1", [must, m1],
          "Ward and theatre managers to review the mandatory training compliance report weekly and book non-compliant staff onto the next available session",
          ["Ward Manager", "Theatre Manager"], "2025-06", "blue",
          owner="Ward Manager / Theatre Manager", target="30/06/2025", progress="Compliance 96% at 30 June.", rag="Complete"),
        A("1.2", [must, m1],
          "Run additional face-to-face basic life support sessions in June and July 2025",
          ["Clinical Education Lead"], "2025-07", "blue",
          owner="Clinical Education Lead", target="July 2025", progress="Six sessions delivered; 58 staff attended.", rag="Complete"),
        A("2.1", [must, m2],
          "Replace the day case unit controlled drugs register with a bound register and introduce twice-daily balance checks",
          ["Lead Pharmacist"], "2025-05", "blue",
          owner="Lead Pharmacist", target="31 May 2025", progress="Implemented 19 May 2025.", rag="Complete"),
        A("2.2", [must, m2],
          "Carry out monthly controlled drugs audits for six months and report the results to the Medicines Management Committee",
          ["Lead Pharmacist"], "2025-11", "green",
          owner="Lead Pharmacist", target="Nov-25", progress="Four audits completed, all 100%.", rag="Green"),
        A("3.1", [should, s1],
          "Install lockable notes trolleys in the outpatient consulting corridor",
          ["Facilities Manager"], "2025-08", "amber",
          owner="Facilities Manager", target="Aug 2025", progress="Trolleys on order; supplier delivery delayed to October.", rag="Amber"),
        A("4.1", [should, s2],
          "Translate the Friends and Family Test card into the five most requested languages and offer interpreter-supported feedback",
          ["Patient Experience Manager"], "2025-12", "green",
          owner="Patient Experience Manager", target="December 2025", progress="Translations commissioned.", rag="Green"),
        A("4.2", [should, s2],
          "Review patient experience data by ethnicity and preferred language at each Quality and Safety Committee",
          ["Head of Quality, Governance and Risk"], None, "green", end_text="Quarterly",
          owner="Head of Quality, Governance and Risk", target="Quarterly", progress="First review September 2025.", rag="Green"),
    ]
    doc = Document()
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r_ = p.add_run("Horder Healthcare")
    r_.bold = True
    r_.font.size = Pt(14)
    r_.font.color.rgb = RGBColor.from_string("6A1B9A")
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Location", "The Horder Centre, St John's Road, Crowborough"),
                                ("Inspection dates", "4 and 5 March 2025 (surgery and outpatients)"),
                                ("Report published", "22 May 2025"),
                                ("Action plan owner", "Director of Clinical Services")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("This action plan responds to the requirement notices and recommendations in the CQC report. "
                      "Progress is reviewed monthly by the Senior Leadership Team and reported to the Quality and "
                      "Safety Committee. Last updated: 30 September 2025.")

    hdr = ["No.", "CQC finding", "Action", "Responsible", "Completion date", "Progress update", "RAG"]
    groups = []
    for a in acts:
        if not groups or groups[-1][0] != a["under"][0]:
            groups.append((a["under"][0], []))
        groups[-1][1].append(a)
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, bold=True, colour="FFFFFF")
        shade(t.cell(0, c), "6A1B9A")
    ragc = {"Complete": "8EAADB", "Green": "A9D18E", "Amber": "FFD966", "Red": "FF7C80"}
    r = 1
    for band, ga in groups:
        m = t.cell(r, 0).merge(t.cell(r, 6))
        set_cell(m, band, bold=True)
        shade(m, "E1D5E7")
        r += 1
        finding_start = {}
        for a in ga:
            f = a["under"][1]
            vals = [a["ref"], None, a["action"], a["owner"], a["target"], a["progress"], a["rag"]]
            for c, v in enumerate(vals):
                if v is not None:
                    set_cell(t.cell(r, c), v)
            shade(t.cell(r, 6), ragc[a["rag"]])
            finding_start.setdefault(f, []).append(r)
            r += 1
        for f, rows in finding_start.items():
            cell = t.cell(rows[0], 1)
            if len(rows) > 1:
                cell = cell.merge(t.cell(rows[-1], 1))
            set_cell(cell, f)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action delivered and evidenced; Green = on track; Amber = at risk of missing "
                      "completion date; Red = overdue.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the action plan an independent hospital provider publishes or submits after a CQC "
                   "inspection report with requirement notices (must-do) and recommendations (should-do), here Horder "
                   "Healthcare's Horder Centre, Crowborough (2025). Copies a provider banner, landscape layout, a "
                   "location/inspection details table, one wide action table with MUST and SHOULD band rows merged "
                   "across, the CQC finding cell merged down over its actions, numbered actions, job titles as leads "
                   "(one title containing a comma), completion dates in several forms including 'Quarterly', progress "
                   "updates and a shaded RAG word with a key line below."),
        "reads": ("A one-table CQC action plan: two must-do findings and two should-do findings, each answered by one "
                  "or two numbered actions (seven in all) with responsible post, completion date, progress and RAG. "
                  "The details table at the top and the RAG note at the foot are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name, acts


# ---------------------------------------------------------------------------
# 6. Keswick Town Council - internal audit action plan 2024/25 (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_keswick():
    name = "rl-keswick-town-council-internal-audit-action-plan-2024-25.csv"
    title = "Internal Audit Report 2024/25 – Action Plan"
    aA = "A. Appropriate accounting records"
    aB = "B. Financial Regulations, governance and payments"
    aC = "C. Risk management"
    aH = "H. Asset register"
    aL = "L. Transparency and publication"
    aM = "M. Exercise of public rights"
    recA = "Bank reconciliations should be signed and dated each month by a councillor who is not a cheque/online banking signatory."
    recB = "Financial Regulations should be updated to the 2024 NALC model and readopted."
    recC = "The risk assessment should be reviewed and minuted annually and should cover cyber risk and the new play area."
    recH = "The asset register should be reconciled to the insurance schedule and updated for disposals."
    recL = "The council's website should meet the Public Sector Bodies Accessibility Regulations 2018 and publish all payments over £500."
    recM = "The notice of public rights must give the full 30 working day inspection period."
    acts = [
        A("1", [aA, recA],
          "Nominated councillor to check monthly bank reconciliations against bank statements and sign them; evidence kept in the reconciliation file",
          ["RFO", "Cllr Hughes"], "2025-06", "blue", owner="RFO / Cllr Hughes", target="June 2025", st="Complete",
          comment="In place from May 2025 reconciliation"),
        A("2", [aB, recB],
          "Adopt updated Financial Regulations based on the NALC 2024 model",
          ["Town Clerk"], "2025-07", "blue", end_text="Full Council 21 July 2025",
          owner="Town Clerk", target="Full Council 21 July 2025", st="Complete", comment="Adopted minute FC/25/061"),
        A("3a", [aC, recC],
          "Add cyber security and the Fitz Park play area to the risk register",
          ["Town Clerk"], "2025-09", "amber", owner="Town Clerk", target="Sep-25", st="Delayed",
          comment="Play area inspection report awaited from ROSPA inspector"),
        A("3b", [aC, recC],
          "Full Council to review and minute the risk register each year before approving the AGAR",
          ["Full Council"], None, "green", end_text="Annually (May)", owner="Full Council", target="Annually (May)",
          st="On track", comment=""),
        A("4", [aH, recH],
          "Physical check of assets (benches, bins, noticeboards, bus shelters) and update of the asset register; reconcile to the insurance schedule at renewal",
          ["Deputy Clerk"], "2025-10", "red", owner="Deputy Clerk", target="31/10/2025", st="Overdue",
          comment="Staff absence; to be completed before insurance renewal on 1 December"),
        A("5", [aL, recL],
          "Commission a website accessibility audit and publish an accessibility statement",
          ["Town Clerk", "Deputy Clerk"], "2025-12", "green", owner="Town Clerk / Deputy Clerk", target="Dec 2025",
          st="On track", comment="Quotes obtained from two suppliers"),
        A("6", [aM, recM],
          "Use the SAAA template notice and diarise the publication date so the inspection period covers the first ten working days of June",
          ["RFO"], "2026-06", "unrated", owner="RFO", target="June 2026", st="Not started", comment="For 2025/26 accounts"),
    ]
    lines = []
    ncol = 8

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row(["Keswick Town Council"])
    row([title])
    row(["Internal auditor's visit: 8 April 2025. Received by Full Council 19 May 2025 (minute FC/25/032). Updated 3 November 2025."])
    row([])
    row(["No.", "Audit area", "Recommendation", "Agreed action", "Responsible", "Target date", "Status", "Comments"])
    prev_rec = None
    for a in acts:
        rec = a["under"][1]
        if rec == prev_rec:
            row([a["ref"], "", "", a["action"], a["owner"], a["target"], a["st"], a["comment"]])
        else:
            row([a["ref"], a["under"][0], rec, a["action"], a["owner"], a["target"], a["st"], a["comment"]])
        prev_rec = rec
    row([])
    row(["Status key: Complete (blue) / On track (green) / Delayed (amber) / Overdue (red) / Not started"])
    row(["Areas D, E, F, G, I, J and K: no recommendations made."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates a town council's action plan responding to its internal auditor's annual report (the "
                   "JPAG control objectives A–M used in the AGAR), exported from the clerk's spreadsheet to CSV; "
                   "Keswick Town Council, 2024/25. Copies title lines, a note of the auditor's visit and Full Council "
                   "minute, lettered audit areas, the recommendation beside its agreed action, a second action for one "
                   "recommendation on a continuation row with the area and recommendation left blank, posts and a "
                   "councillor as leads, target dates as month names, a committee date and 'Annually (May)', status "
                   "words with a status key line and a closing note."),
        "reads": ("A CSV action plan: six internal audit recommendations, each under its lettered audit area, with the "
                  "agreed action(s) beside them (recommendation 3 has two actions, 3a and 3b, the second on a row "
                  "with blank area and recommendation). Seven actions, read with the status key given at the foot."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name, acts


# ---------------------------------------------------------------------------
# 7. Macmillan Cancer Support - Audit and Risk Committee rolling action log
#    (tab-separated text export)
# ---------------------------------------------------------------------------
def make_macmillan():
    name = "rl-macmillan-cancer-support-audit-and-risk-committee-action-log.txt"
    title = "Audit and Risk Committee – Rolling Action Log"
    acts = [
        A("ARC/25/01", [],
          "Extend the scope of the 2025/26 fundraising data audit to include legacy income notification",
          ["Head of Internal Audit"], "2025-06", "blue",
          meeting="11 Mar 2025", minute="6.2", owner="Head of Internal Audit", due="Jun 2025", rag="B",
          update="Scope agreed; fieldwork complete.", cont=None),
        A("ARC/25/02", [],
          "Bring a deep-dive on the cyber security risk to the Committee, including the results of the 2025 penetration test",
          ["Chief Information Officer"], "2025-09", "blue",
          meeting="11 Mar 2025", minute="8", owner="Chief Information Officer", due="Sept 2025", rag="B",
          update="Deep-dive taken at September meeting (item 5).", cont=None),
        A("ARC/25/03", [],
          "Report on implementation of the new grants management system, including lessons from the data migration",
          ["Director of Grants", "Chief Information Officer"], "2025-09", "red",
          meeting="11 Mar 2025", minute="9", owner="Director of Grants / Chief Information Officer", due="Sept 2025",
          rag="R", update="Go-live moved to January 2026 following supplier delay.",
          cont="Report now scheduled for March 2026 meeting; Committee asked to agree revised date."),
        A("ARC/25/04", [],
          "Circulate the external auditor's management letter points and management responses to members",
          ["CFO", "Financial Controller"], "2025-06", "blue",
          meeting="10 Jun 2025", minute="5.1", owner="CFO / Financial Controller", due="30/06/2025", rag="B",
          update="Circulated by email 24 June.", cont=None),
        A("ARC/25/05", [],
          "Update the investment risk appetite statement for Board approval",
          ["CFO"], "2025-12", "green",
          meeting="10 Jun 2025", minute="7", owner="CFO", due="Dec 2025", rag="G",
          update="Draft reviewed by Investment Committee in October.", cont=None),
        A("ARC/25/07", [],
          "Review whistleblowing cases closed in 2024/25 for themes and report back",
          ["General Counsel and Company Secretary"], "2025-11", "amber",
          meeting="16 Sep 2025", minute="4.3", owner="General Counsel and Company Secretary", due="Nov 2025", rag="A",
          update="Thematic review under way; may slip to January meeting.", cont=None),
        A("ARC/25/08", [],
          "Confirm the timetable for re-tendering internal audit services",
          ["CFO"], "2026-03", "green",
          meeting="16 Sep 2025", minute="6", owner="CFO", due="Mar 2026", rag="G",
          update="", cont=None),
        A("ARC/25/09", [],
          "Add overdue high-priority internal audit actions to the Executive Leadership Team monthly dashboard",
          ["Chief Operating Officer"], "2025-12", "green",
          meeting="4 Nov 2025", minute="3", owner="Chief Operating Officer", due="Dec 2025", rag="G",
          update="", cont=None),
    ]
    L = []
    L.append("Macmillan Cancer Support")
    L.append(title)
    L.append("Updated following the meeting held on 4 November 2025")
    L.append("")
    L.append("RAG: R = overdue   A = at risk / due within one month   G = on track   B = complete (to be removed after the next meeting)")
    L.append("")
    L.append("\t".join(["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "RAG", "Update"]))
    for a in acts:
        L.append("\t".join([a["ref"], a["meeting"], a["minute"], a["action"], a["owner"], a["due"], a["rag"], a["update"]]))
        if a["cont"]:
            L.append("\t".join([""] * 7 + [a["cont"]]))
    L.append("")
    L.append("Actions ARC/25/06 and ARC/24/14 were closed at the September meeting and have been removed.")
    L.append("Open actions: 5    Complete since last meeting: 3")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(L) + "\n")

    meta = {
        "source": ("Imitates the rolling action log a large charity's Audit and Risk Committee keeps as a matters-arising "
                   "paper (trustee committee of Macmillan Cancer Support, 2025), exported from the secretariat's "
                   "spreadsheet as tab-separated text. Copies the title lines and update date, a one-line RAG key "
                   "(B = complete), columns for meeting date and minute number, job titles and abbreviated posts as "
                   "owners, month-year due dates, an update that runs onto a continuation line with only the last "
                   "column filled, and closing notes with counts."),
        "reads": ("A tab-separated action log of eight committee actions, each with its ref, the meeting and minute it "
                  "came from, owner(s), due month and a RAG letter read through the key at the top. The line after "
                  "ARC/25/03 only continues that action's update; the notes at the end are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, acts)
    return name, acts


if __name__ == "__main__":
    for fn in (make_cpca, make_bbnpa, make_edf, make_nh, make_horder, make_keswick, make_macmillan):
        n, a = fn()
        print(n, "actions:", "refuse" if a is None else len(a))
