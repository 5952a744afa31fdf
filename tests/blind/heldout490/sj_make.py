#!/usr/bin/env python3
"""Build the seven sj- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python sj_make.py from any directory; files are
written beside this script. Only files whose names start with "sj-" are written.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers ---
FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "teal": "DDEBF7", "pale": "F2F2F2",
    "lgreen": "C6EFCE", "lamber": "FFEB9C", "lred": "FFC7CE",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


Dumper.add_representer(str, _str)


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    assert os.path.basename(path).startswith("sj-")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000)


def out(name):
    assert name.startswith("sj-")
    return os.path.join(HERE, name)


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ======================================================= 1. Tees Valley CA ===
def tees_valley():
    name = "sj-tees-valley-ca-strategic-risk-register-2025-26.xlsx"
    title = "Tees Valley Combined Authority – Strategic Risk Register 2025/26"
    risks = [
        {
            "risk": "SR01 – Funding and financial sustainability",
            "desc": "Cause: reliance on time-limited government funding and the move to the Integrated Settlement from April 2025.\nEvent: the Authority cannot set a balanced medium-term financial plan.\nConsequence: a reduced investment programme and reputational damage.",
            "owner": "Group Director of Finance & Resources",
            "inh": (4, 4), "res": (3, 4), "dot": "↔",
            "controls": "Medium Term Financial Plan refreshed annually; monthly budget monitoring to Cabinet; Integrated Settlement outcomes framework agreed with MHCLG.",
            "actions": [
                ("SR01.1", "Complete the refresh of the Medium Term Financial Plan 2026/27 to 2029/30, including sensitivity analysis on Integrated Settlement allocations.",
                 "Group Director of Finance & Resources", d("27/02/2026"), "G",
                 "Draft MTFP taken to Cabinet workshop on 21 November 2025; sensitivity modelling under way.",
                 ["Group Director of Finance & Resources"], "2026-02", "green", None),
                ("SR01.2", "Agree a reserves strategy setting a minimum level of general reserves, and report it to Audit and Governance Committee.",
                 "Head of Finance", "Q4 2025/26", "A",
                 "Moved from Q3 so that the strategy can be aligned with the MTFP refresh.",
                 ["Head of Finance"], "2026-03", "amber", "Q4 2025/26"),
                ("SR01.3", "Introduce quarterly spend-profile challenge sessions with each investment programme lead.",
                 "Head of Finance; PMO Manager", d("30/09/2025"), "Complete",
                 "First sessions held in September 2025; now part of the quarterly cycle.",
                 ["Head of Finance", "PMO Manager"], "2025-09", "blue", None),
            ],
        },
        {
            "risk": "SR02 – Delivery of the capital investment programme",
            "desc": "Cause: construction inflation, supply-chain constraints and dependence on third-party delivery partners.\nEvent: major schemes are delayed or exceed approved budgets.\nConsequence: outcomes for residents are lost and grant may be clawed back.",
            "owner": "Group Director of Commercial & Delivery",
            "inh": (4, 5), "res": (4, 4), "dot": "↑",
            "controls": "Assurance Framework gateways; monthly programme board; quarterly performance report to Cabinet.",
            "actions": [
                ("SR02.1", "Roll out the revised Assurance Framework gateway checks to all schemes over £5m.",
                 "Head of Programme Assurance", d("30/01/2026"), "G",
                 "Gateway checklists issued; 9 of 14 schemes reviewed.",
                 ["Head of Programme Assurance"], "2026-01", "green", None),
                ("SR02.2", "Agree a contingency drawdown protocol with delivery partners for the rail station schemes.",
                 "Head of Transport", d("31/03/2026"), "R",
                 "Awaiting partner sign-off; escalated to Managing Director level.",
                 ["Head of Transport"], "2026-03", "red", None),
            ],
        },
        {
            "risk": "SR03 – Governance, transparency and public confidence",
            "desc": "Cause: past concerns about oversight of joint ventures and development corporations.\nEvent: governance arrangements are not seen to meet the standards expected for public funds.\nConsequence: loss of public and government confidence; further external review.",
            "owner": "Group Chief Legal Officer & Monitoring Officer",
            "inh": (4, 4), "res": (2, 4), "dot": "↓",
            "controls": "Constitution and Assurance Framework; Audit and Governance Committee; Overview and Scrutiny Committee; action tracker for the independent review recommendations.",
            "actions": [
                ("SR03.1", "Complete the annual review of the Constitution and the Assurance Framework, and publish the updated versions.",
                 "Monitoring Officer", d("31/07/2025"), "Complete",
                 "Approved by Cabinet in July 2025 and published.",
                 ["Monitoring Officer"], "2025-07", "blue", None),
                ("SR03.2", "Deliver a member development programme on governance, conflicts of interest and scrutiny for Cabinet, Audit and Governance and Overview and Scrutiny members.",
                 "Governance Manager", "Ongoing", "G",
                 "Sessions held in June and October 2025; next session February 2026.",
                 ["Governance Manager"], None, "green", "Ongoing"),
                ("SR03.3", "Publish a forward plan of key decisions and a register of decisions taken under delegated powers on the website.",
                 "Governance Manager / Head of Communications", d("31/12/2025"), "A",
                 "Forward plan live. Delegated decisions register to go live in January 2026 after website changes.",
                 ["Governance Manager", "Head of Communications"], "2025-12", "amber", None),
            ],
        },
        {
            "risk": "SR04 – Cyber security and information governance",
            "desc": "Cause: more sophisticated cyber attacks and reliance on shared ICT services.\nEvent: a successful attack or a serious data breach.\nConsequence: loss of systems, data and trust; ICO enforcement.",
            "owner": "Chief Operating Officer",
            "inh": (4, 5), "res": (3, 4), "dot": "↔",
            "controls": "Managed security service; annual penetration test; mandatory data protection training; Information Governance Board.",
            "actions": [
                ("SR04.1", "Achieve Cyber Essentials Plus certification for the Authority's corporate network.",
                 "Head of ICT & Digital", d("30/04/2026"), "G",
                 "Gap analysis done; assessor booked for March 2026.",
                 ["Head of ICT & Digital"], "2026-04", "green", None),
                ("SR04.2", "Run a cyber incident exercise with the Executive Leadership Team and test the business continuity plan.",
                 "Head of ICT & Digital / Information Governance Manager", "February 2026", "G",
                 "Exercise scenario drafted with the regional cyber resilience centre.",
                 ["Head of ICT & Digital", "Information Governance Manager"], "2026-02", "green", None),
            ],
        },
        {
            "risk": "SR05 – Workforce capacity and skills",
            "desc": "Cause: a competitive labour market for commercial, legal and engineering skills.\nEvent: the Authority cannot recruit or keep the staff it needs.\nConsequence: slower delivery and more reliance on interims.",
            "owner": "Chief Operating Officer",
            "inh": (3, 4), "res": (3, 3), "dot": "↔",
            "controls": "Workforce Strategy 2024-27; market supplements policy; graduate scheme.",
            "actions": [
                ("SR05.1", "Implement the Workforce Strategy action plan, starting with recruitment to hard-to-fill commercial and engineering roles.",
                 "Head of HR & OD", "Q1 2026/27", "Not started",
                 "Will start once the 2026/27 budget is confirmed.",
                 ["Head of HR & OD"], "2026-06", "unrated", "Q1 2026/27"),
            ],
        },
    ]

    wb = Workbook()
    # -- Front sheet
    ws = wb.active
    ws.title = "Front Sheet"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Audit and Governance Committee – 15 January 2026 – Appendix 1"
    ws["A2"].font = Font(italic=True, size=11)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True, size=12)
    dc = [("Version", "3.2"), ("Register owner", "Group Director of Finance & Resources"),
          ("Last reviewed by Executive Leadership Team", "09/12/2025"), ("Next review", "March 2026"),
          ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(dc, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
        ws.cell(i, 1).fill = fill("teal")
    ws["A11"] = "Risk scoring (likelihood x impact)"
    ws["A11"].font = Font(bold=True, size=12)
    key = [("1 – 4", "Low", "lgreen"), ("5 – 9", "Medium", "lamber"), ("10 – 15", "High", "lred"), ("16 – 25", "Very high", "red")]
    for i, (s, l, c) in enumerate(key, start=12):
        ws.cell(i, 1, s).fill = fill(c)
        ws.cell(i, 2, l).fill = fill(c)
        ws.cell(i, 1).border = ws.cell(i, 2).border = BOX
    ws["A17"] = "Action status key"
    ws["A17"].font = Font(bold=True, size=12)
    akey = [("G", "On track to target date", "green"), ("A", "Some slippage, recoverable", "amber"),
            ("R", "Target date missed or at serious risk", "red"), ("Complete", "Action delivered and control embedded", "blue"),
            ("Not started", "Not yet due to start", None)]
    for i, (s, l, c) in enumerate(akey, start=18):
        ws.cell(i, 1, s)
        ws.cell(i, 2, l)
        if c:
            ws.cell(i, 1).fill = fill(c)
        ws.cell(i, 1).border = ws.cell(i, 2).border = BOX
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 48

    # -- Heat map
    hm = wb.create_sheet("Heat Map")
    hm["A1"] = "Residual risk heat map – December 2025"
    hm["A1"].font = Font(bold=True, size=14)
    hm["A3"] = "Likelihood ↓ / Impact →"
    for j in range(1, 6):
        hm.cell(3, 1 + j, j).font = Font(bold=True)
    grid = {}
    for r in risks:
        L, I = r["res"]
        grid.setdefault((L, I), []).append(r["risk"].split(" ")[0])
    for i, L in enumerate(range(5, 0, -1)):
        hm.cell(4 + i, 1, L).font = Font(bold=True)
        for I in range(1, 6):
            c = hm.cell(4 + i, 1 + I, ", ".join(grid.get((L, I), [])))
            s = L * I
            c.fill = fill("lgreen" if s <= 4 else "lamber" if s <= 9 else "lred" if s <= 15 else "red")
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center")
    hm["A11"] = "Risks on the register: 5 (SR01 – SR05). Actions: 11 (2 complete, 5 on track, 2 slipping, 1 off track, 1 not started)."
    hm.column_dimensions["A"].width = 24
    for j in range(2, 7):
        hm.column_dimensions[get_column_letter(j)].width = 12

    # -- Register
    rg = wb.create_sheet("SRR 2025-26")
    rg["A1"] = "Strategic Risk Register – position at 9 December 2025"
    rg["A1"].font = Font(bold=True, size=14, color="1F3864")
    rg.merge_cells("A1:Q1")
    heads = ["Risk", "Risk description (cause / event / consequence)", "Risk owner", "L", "I", "Score",
             "Key controls in place", "L", "I", "Score", "Direction of travel", "Ref",
             "Further actions required", "Action owner", "Target date", "Action status", "Progress update (December 2025)"]
    rg["D3"] = "Inherent risk"
    rg.merge_cells("D3:F3")
    rg["H3"] = "Residual risk"
    rg.merge_cells("H3:J3")
    rg["L3"] = "Mitigating actions"
    rg.merge_cells("L3:Q3")
    for c in ("D3", "H3", "L3"):
        rg[c].font = Font(bold=True, color="FFFFFF")
        rg[c].fill = fill("navy")
        rg[c].alignment = Alignment(horizontal="center")
    for j, h in enumerate(heads, start=1):
        c = rg.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    row = 5
    expected = []
    for r in risks:
        n = len(r["actions"])
        top = row
        il, ii = r["inh"]
        rl, ri = r["res"]
        vals = {1: r["risk"], 2: r["desc"], 3: r["owner"], 4: il, 5: ii, 6: il * ii,
                7: r["controls"], 8: rl, 9: ri, 10: rl * ri, 11: r["dot"]}
        for j, v in vals.items():
            c = rg.cell(top, j, v)
            c.alignment = WRAP if j not in (4, 5, 6, 8, 9, 10, 11) else Alignment(horizontal="center", vertical="top")
            if j == 1:
                c.font = Font(bold=True)
        for j in (6, 10):
            s = rg.cell(top, j).value
            rg.cell(top, j).fill = fill("lgreen" if s <= 4 else "lamber" if s <= 9 else "lred" if s <= 15 else "red")
        for a in r["actions"]:
            ref, text, owner, target, st, upd, lead, end, status, end_text = a
            rg.cell(row, 12, ref)
            rg.cell(row, 13, text).alignment = WRAP
            rg.cell(row, 14, owner).alignment = WRAP
            c = rg.cell(row, 15, target)
            if isinstance(target, datetime):
                c.number_format = "dd/mm/yyyy"
            c.alignment = WRAP
            c = rg.cell(row, 16, st)
            c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            cf = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}.get(st)
            if cf:
                c.fill = fill(cf)
            rg.cell(row, 17, upd).alignment = WRAP
            for j in range(1, 18):
                rg.cell(row, j).border = BOX
            expected.append(act(ref, [r["risk"]], text, lead, end, status, end_text))
            row += 1
        if n > 1:
            for j in range(1, 12):
                rg.merge_cells(start_row=top, start_column=j, end_row=row - 1, end_column=j)
    row += 1
    rg.cell(row, 1, "Note: SR06 (Net zero delivery) and SR07 (Devolution deal negotiations) were closed by ELT on 4 November 2025 – see Closed Risks.").font = Font(italic=True)
    wd = [30, 48, 22, 4, 4, 7, 40, 4, 4, 7, 10, 8, 52, 26, 13, 12, 44]
    for j, w in enumerate(wd, start=1):
        rg.column_dimensions[get_column_letter(j)].width = w
    rg.freeze_panes = "B5"

    cl = wb.create_sheet("Closed Risks")
    cl["A1"] = "Closed risks 2025/26"
    cl["A1"].font = Font(bold=True, size=14)
    for j, h in enumerate(["Risk", "Date closed", "Reason"], start=1):
        cl.cell(3, j, h).font = Font(bold=True)
    cl.append(["SR06 – Net zero delivery", "04/11/2025", "Now managed in the Net Zero programme risk log."])
    cl.append(["SR07 – Devolution deal negotiations", "04/11/2025", "Integrated Settlement agreed; risk no longer strategic."])
    cl.column_dimensions["A"].width = 40
    cl.column_dimensions["C"].width = 60
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a mayoral combined authority's strategic risk register as taken to its Audit and Governance Committee (Tees Valley CA, 2025/26, cf. teesvalley-ca.gov.uk committee papers; TVCA also publishes an action tracker for the Tees Valley Review). Copied features: front sheet with document control, scoring key and action status key; a heat-map sheet; the register with two-row header (inherent/residual groups), risk columns merged vertically over several mitigating-action rows, fill-coloured scores, direction-of-travel arrows, action status letters with fills, dated and 'Q4 2025/26'/'Ongoing' target cells, job titles as owners, a note line and a Closed Risks sheet.",
        "reads": "A strategic risk register of five risks (SR01–SR05), each with one to three further mitigating actions with their own refs (SR01.1 …), action owner, target date and action status, 11 actions in all. The front sheet key says G/A/R are RAG and 'Complete' means delivered; the heat map and closed-risks sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================ 2. Vanquis ===
def vanquis():
    name = "sj-vanquis-bank-fca-complaints-handling-remediation-tracker.xlsx"
    title = "Vanquis Bank Limited – Complaints Handling Remediation Programme: FCA Action Tracker"
    themes = [
        ("Theme 1: Complaint identification and recording", [
            ("F1", "The firm could not show that expressions of dissatisfaction received through webchat and social media were consistently identified and recorded as complaints.", [
                ("1.1", "Deploy keyword-based complaint detection across webchat transcripts and social media direct messages, with daily review of flagged contacts.",
                 "Head of Digital Servicing", d("31/12/2024"), d("31/03/2025"), "G", "B",
                 "Live from 24 March 2025. 2LoD validation complete.", "Validated",
                 ["Head of Digital Servicing"], "2025-03", "blue"),
                ("1.2", "Retrain all frontline colleagues on the DISP 1.1 definition of a complaint and test their understanding through QA sampling.",
                 "Head of Customer Operations Training", d("28/02/2025"), None, "B", "B",
                 "98% of colleagues trained; QA sampling shows 96% correct identification.", "Validated",
                 ["Head of Customer Operations Training"], "2025-02", "blue"),
            ]),
        ]),
        ("Theme 2: Investigation and fair outcomes", [
            ("F2", "Responses to affordability complaints did not always show that the customer's circumstances had been considered at the point of each credit limit increase.", [
                ("2.1", "Rewrite the affordability complaint investigation framework and final response letter templates so that each lending decision is assessed separately.",
                 "Head of Complaints", d("31/03/2025"), d("30/06/2025"), "A", "B",
                 "New framework in use from 2 June 2025.", "Validated",
                 ["Head of Complaints"], "2025-06", "blue"),
                ("2.2", "Complete a lookback of affordability complaints closed between 1 January 2023 and 30 June 2024 and put right any unfair outcomes.",
                 "Head of Complaints / Head of Customer Remediation", d("30/09/2025"), d("31/03/2026"), "A", "R",
                 "Case review 62% complete.\nRevised date reflects higher than forecast volumes; Board approval sought on 22/10/2025.", "Pending",
                 ["Head of Complaints", "Head of Customer Remediation"], "2026-03", "red"),
            ]),
            ("F3", "Complaint handlers did not consistently identify customers showing characteristics of vulnerability.", [
                ("2.3", "Add vulnerability prompts to the complaints case management system and make the vulnerability flag mandatory before a case can be closed.",
                 "Vulnerable Customers Lead", d("30/11/2025"), None, "G", "G",
                 "System change in user acceptance testing; release planned for 16/11/2025.", "Planned Dec-25",
                 ["Vulnerable Customers Lead"], "2025-11", "green"),
            ]),
        ]),
        ("Theme 3: Root cause analysis and management information", [
            ("F4", "Root cause analysis was limited to counts by complaint category and did not lead to changes in products or processes.", [
                ("3.1", "Set up a monthly Complaints Root Cause Forum chaired by the Chief Customer Officer, with actions tracked to closure.",
                 "Chief Customer Officer", d("31/01/2025"), None, "B", "B",
                 "Forum has met monthly since January 2025; 23 root cause actions closed.", "Validated",
                 ["Chief Customer Officer"], "2025-01", "blue"),
                ("3.2", "Build a complaints MI dashboard linking root causes to Consumer Duty outcome monitoring, for the Board's Consumer Duty Champion.",
                 "Head of Conduct MI", d("31/10/2025"), d("31/12/2025"), "G", "A",
                 "Data feeds from the case management system delayed by the platform upgrade.", "Pending",
                 ["Head of Conduct MI"], "2025-12", "amber"),
            ]),
        ]),
        ("Theme 4: Governance and oversight", [
            ("F5", "First line oversight of outsourced complaint handling did not give enough assurance about customer outcomes.", [
                ("4.1", "Add complaint outcome quality measures to the outsourcer's contract KPIs and review them at the monthly service review.",
                 "Head of Third Party Management", d("31/12/2025"), None, "G", "G",
                 "KPI schedule agreed in principle; contract variation with Legal.", "Planned Jan-26",
                 ["Head of Third Party Management"], "2025-12", "green"),
                ("4.2", "Commission a second line thematic review of complaints handling and report its findings to the Board Risk Committee.",
                 "Chief Risk Officer", "Q1 2026", None, "G", "G",
                 "Terms of reference agreed by the Executive Risk Committee.", "n/a",
                 ["Chief Risk Officer"], "2026-03", "green"),
            ]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    cv["A2"] = "Board Risk Committee – 29 October 2025 – Item 6.2"
    cv["A3"] = "CONFIDENTIAL – not for onward distribution"
    cv["A3"].font = Font(bold=True, color="C00000")
    info = [("Programme sponsor", "Chief Customer Officer"),
            ("Accountable SMF", "SMF24 – Chief Operating Officer"),
            ("Regulatory trigger", "FCA supervisory letter of 14 June 2024 on complaints handling and root cause analysis"),
            ("Reporting", "Monthly to Executive Risk Committee; quarterly to Board Risk Committee; quarterly update to FCA supervision team"),
            ("Data as at", "30/09/2025"),
            ("Version", "v7.0")]
    for i, (k, v) in enumerate(info, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 1).fill = fill("pale")
        cv.cell(i, 2, v).alignment = WRAP
        cv.cell(i, 1).border = cv.cell(i, 2).border = BOX
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 90

    db = wb.create_sheet("Dashboard")
    db["A1"] = "Programme dashboard – September 2025"
    db["A1"].font = Font(bold=True, size=14)
    db["A3"] = "Current RAG"
    db["B3"] = "Actions"
    db["C3"] = "Meaning"
    for c in ("A3", "B3", "C3"):
        db[c].font = Font(bold=True)
    counts = {}
    for _, fs in themes:
        for _, _, acts in fs:
            for a in acts:
                counts[a[6]] = counts.get(a[6], 0) + 1
    meaning = {"B": "Complete – evidence accepted by second line (2LoD)", "G": "On track for due date",
               "A": "At risk – mitigation in place", "R": "Off track – revised date needs Board approval"}
    for i, k in enumerate(["B", "G", "A", "R"], start=4):
        db.cell(i, 1, k).fill = fill(rag_fill[k])
        db.cell(i, 2, counts.get(k, 0))
        db.cell(i, 3, meaning[k])
    db.cell(8, 1, "Total").font = Font(bold=True)
    db.cell(8, 2, sum(counts.values())).font = Font(bold=True)
    db.cell(10, 1, "Note: where a revised due date is shown, RAG is measured against the revised date.").font = Font(italic=True)
    db.column_dimensions["A"].width = 14
    db.column_dimensions["C"].width = 55

    tr = wb.create_sheet("Action Tracker")
    tr["A1"] = "FCA Action Tracker – complaints handling"
    tr["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    tr["A2"] = "Status as at 30 September 2025"
    heads = ["Finding ref", "FCA observation", "Action ID", "Remediation action", "Action owner",
             "Original due date", "Revised due date", "Previous RAG (Aug)", "Current RAG (Sep)",
             "Progress commentary", "2LoD validation"]
    for j, h in enumerate(heads, start=1):
        c = tr.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 5
    expected = []
    for theme, fs in themes:
        tr.cell(row, 1, theme).font = Font(bold=True)
        tr.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        tr.cell(row, 1).fill = fill("E8DAEF")
        row += 1
        for fref, obs, acts in fs:
            top = row
            tr.cell(top, 1, fref).alignment = WRAP
            tr.cell(top, 2, obs).alignment = WRAP
            for a in acts:
                aid, text, owner, orig, rev, prev, cur, comm, val, lead, end, status = a
                tr.cell(row, 3, aid).alignment = WRAP
                tr.cell(row, 4, text).alignment = WRAP
                tr.cell(row, 5, owner).alignment = WRAP
                c = tr.cell(row, 6, orig)
                if isinstance(orig, datetime):
                    c.number_format = "dd/mm/yyyy"
                c.alignment = WRAP
                c = tr.cell(row, 7, rev)
                if isinstance(rev, datetime):
                    c.number_format = "dd/mm/yyyy"
                for j, v in ((8, prev), (9, cur)):
                    c = tr.cell(row, j, v)
                    c.fill = fill(rag_fill[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if v in ("B", "R", "G"):
                        c.font = Font(color="FFFFFF", bold=True)
                tr.cell(row, 10, comm).alignment = WRAP
                tr.cell(row, 11, val).alignment = WRAP
                for j in range(1, 12):
                    tr.cell(row, j).border = BOX
                expected.append(act(aid, [theme, obs], text, lead, end, status,
                                    "Q1 2026" if orig == "Q1 2026" else None))
                row += 1
            if len(acts) > 1:
                tr.merge_cells(start_row=top, start_column=1, end_row=row - 1, end_column=1)
                tr.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)
    wd = [9, 44, 8, 50, 26, 12, 12, 10, 10, 44, 14]
    for j, w in enumerate(wd, start=1):
        tr.column_dimensions[get_column_letter(j)].width = w
    tr.freeze_panes = "C5"

    chg = wb.create_sheet("Change log")
    chg.append(["Version", "Date", "Change", "By"])
    chg.append(["v6.0", "08/09/2025", "August updates; action 2.2 revised date proposed", "Programme Office"])
    chg.append(["v7.0", "10/10/2025", "September updates for Board Risk Committee", "Programme Office"])
    for c in chg[1]:
        c.font = Font(bold=True)
    chg.column_dimensions["C"].width = 55
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a UK consumer credit bank's regulatory remediation tracker responding to FCA supervisory feedback on complaints handling (Vanquis Bank, 2024-25; cf. FCA Final Notice 2018 and press on its complaints surge in 2024), as taken to a Board Risk Committee. Copied features: cover sheet with programme details and accountable SMF, dashboard sheet with RAG key and counts, tracker sheet with merged theme band rows, FCA observations merged vertically over their actions, original and revised due dates, previous and current RAG as letters with fills (B = complete per the key), multi-line progress commentary, validation column, and a change log sheet.",
        "reads": "A tracker of 9 remediation actions under four themes, each action answering an FCA observation (F1–F5) shown beside it. Each has an owner (a job title; one cell names two), original and sometimes revised due dates (the revised one counts) and a current RAG letter; the dashboard key says B = complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ========================================================= 3. Biffa refuse ===
def biffa():
    name = "sj-biffa-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
    title = "Biffa Waste Services Ltd – HSE Improvement Notices: Corrective Action Tracker"
    notices = [
        ("IN/1\n(318270943)", "Failure to ensure that pedestrians and vehicles can circulate safely in the tipping hall and yard (Workplace (Health, Safety and Welfare) Regulations 1992, regulation 17).", "30/05/2025", [
            ("1.1", "Install fixed barriers and marked pedestrian walkways between the weighbridge office and the tipping hall.", "Site Manager", "16-May-25", "Complete", "Barriers installed 14/05/2025. Photos on SharePoint."),
            ("1.2", "Revise the site traffic management plan and brief all drivers, visitors and agency staff on it.", "Site Manager / Transport Manager", "30-May-25", "Complete", "Briefing records for 61 people."),
            ("1.3", "Fit proximity warning systems to both loading shovels.", "Fleet Engineering Manager", "Jun-25", "In progress", "Kit ordered; fitting booked."),
        ]),
        ("IN/2\n(318270951)", "Failure to prevent access to dangerous parts of the picking line conveyor while blockages are cleared (Provision and Use of Work Equipment Regulations 1998, regulation 11).", "30/06/2025", [
            ("2.1", "Fit interlocked guarding to the conveyor transfer points on the picking line.", "Maintenance Manager", "Juen-25", "In progress", "Guarding contractor on site w/c 09/06/2025."),
            ("2.2", "Introduce a written safe system of work and lock-off procedure for clearing blockages, with competency sign-off for every operative.", "SHEQ Business Partner", "27-Jun-25", "Not started", ""),
        ]),
        ("IN/3\n(318270968)", "Failure to make a suitable and sufficient assessment of the risk from exposure to bioaerosols and dust (Control of Substances Hazardous to Health Regulations 2002, regulation 6).", "31/07/2025", [
            ("3.1", "Commission an occupational hygiene survey of dust and bioaerosol exposure in the picking cabin.", "SHEQ Business Partner", "Jul-25", "Not started", "Quotes requested from two consultants."),
            ("3.2", "Arrange face-fit testing of RPE for all picking line operatives.", "Site Manager", "31-Jul-25", "Not started", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IN tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="00594C")
    ws["A2"] = "Site: Leicester MRF (LE04) – notices served 18/03/2025 by HM Inspector of Health and Safety"
    ws["A3"] = "Tracker owner: SHEQ Business Partner (Midlands). Updated weekly until all notices are closed by HSE."
    ws["A3"].font = Font(italic=True)
    heads = ["Notice", "Contravention (as stated on notice)", "HSE compliance date", "Action no.",
             "Corrective action", "Owner", "Target", "Status", "Evidence / comments"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594C")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 6
    typo_row = None
    st_fill = {"Complete": "lgreen", "In progress": "lamber", "Not started": None}
    for notice, contra, comp, acts in notices:
        top = row
        ws.cell(top, 1, notice).alignment = WRAP
        ws.cell(top, 2, contra).alignment = WRAP
        ws.cell(top, 3, comp).alignment = WRAP
        for a in acts:
            no, text, owner, target, status, ev = a
            ws.cell(row, 4, no)
            ws.cell(row, 5, text).alignment = WRAP
            ws.cell(row, 6, owner).alignment = WRAP
            ws.cell(row, 7, target)
            c = ws.cell(row, 8, status)
            if st_fill[status]:
                c.fill = fill(st_fill[status])
            ws.cell(row, 9, ev or None).alignment = WRAP
            for j in range(1, 10):
                ws.cell(row, j).border = BOX
            if target == "Juen-25":
                typo_row = row
            row += 1
        for j in (1, 2, 3):
            ws.merge_cells(start_row=top, start_column=j, end_row=row - 1, end_column=j)
    ws.cell(row + 1, 1, "Closure: HSE to confirm closure of each notice in writing; upload letters to the site H&S file.").font = Font(italic=True)
    wd = [13, 46, 12, 8, 50, 24, 11, 12, 36]
    for j, w in enumerate(wd, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(out(name))
    assert typo_row == 9
    write_yaml(name, {
        "source": "Imitates a waste company's site-level tracker of corrective actions for HSE improvement notices (Biffa Waste Services, 2025; HSE's waste and recycling inspection campaigns on workplace transport, machinery guarding and bioaerosols). Copied features: title and site/notice lines, notice number and contravention with regulation merged vertically over its actions, the HSE compliance date beside the company's own target, text month targets (16-May-25, Jun-25), status words with light fills, evidence comments and a closure note.",
        "reads": "A tracker of seven corrective actions under three improvement notices. The target for action 2.1 reads 'Juen-25', a mistyped month (June?) in the end column; a careful reader would stop and ask before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ======================================================= 4. Royal Parks ===
def royal_parks():
    name = "sj-royal-parks-operation-golden-orb-lessons-learned-action-plan.docx"
    title = "Operation Golden Orb – Lessons Learned Action Plan"
    themes = [
        ("Theme 1: Crowd management and screen sites", [
            ("Lesson 1.1 – Screen sites in Hyde Park and Green Park reached capacity earlier than modelled, and closures were not passed on consistently to stewards at the gates.", [
                ("1.1.1", "Update the crowd capacity model for screen sites using ingress data from the Coronation and the Platinum Jubilee events.", "Head of Events and Filming", "September 2023", "Complete", "Model updated and peer reviewed by the Safety Advisory Group.", ["Head of Events and Filming"], "2023-09", "blue", None),
                ("1.1.2", "Give gate supervisors radios on the event command channel, so that a closure is called once and acted on at every gate.", "Event Safety Officer", "March 2024", "Complete", "Radio plan in place for 2024 events season.", ["Event Safety Officer"], "2024-03", "blue", None),
            ]),
            ("Lesson 1.2 – Queues for security search at Marble Arch blocked the footway on Park Lane for more than an hour.", [
                ("1.2.1", "Redesign the Marble Arch entry with the Metropolitan Police, including a holding area inside the park boundary.", "Head of Events and Filming / MPS Events Planning Team", "Q1 2024/25", "On track", "Draft layout agreed at the March 2024 planning meeting.", ["Head of Events and Filming", "MPS Events Planning Team"], "2024-06", "green", "Q1 2024/25"),
            ]),
        ]),
        ("Theme 2: Visitor information and communications", [
            ("Lesson 2.1 – Visitors relied on social media for news of park closures, but our channels were not updated from event control.", [
                ("2.1.1", "Place a Digital Communications Officer in event control for all major ceremonial events, with pre-approved message templates.", "Head of Communications", "January 2024", "Complete", "Templates approved; rota in place.", ["Head of Communications"], "2024-01", "blue", None),
                ("2.1.2", "Add live park and gate status to the Royal Parks website and app.", "Head of Digital", "July 2024", "Behind schedule", "Supplier development delayed; testing now planned for the summer.", ["Head of Digital"], "2024-07", "amber", None),
            ]),
        ]),
        ("Theme 3: Welfare, cleansing and park recovery", [
            ("Lesson 3.1 – Toilet and water provision was not enough for visitors who arrived early and stayed all day.", [
                ("3.1.1", "Revise the welfare provision ratios in the Major Events Guidance to allow for dwell times of more than eight hours.", "Event Safety Officer", "December 2023", "Complete", "Guidance reissued to event organisers.", ["Event Safety Officer"], "2023-12", "blue", None),
            ]),
            ("Lesson 3.2 – Turf damage on the Green Park screen site took eleven weeks to recover.", [
                ("3.2.1", "Specify ground protection trackway for all screen sites and vehicle routes in future event contracts.", "Park Manager (Green Park and St James's Park)", "Ongoing", "On track", "Clause added to standard event contract.", ["Park Manager (Green Park and St James's Park)"], None, "green", "Ongoing"),
                ("3.2.2", "Agree a reinstatement budget and schedule with DCMS before each ceremonial event.", "Director of Finance and Resources", "Q4 2023/24", "Not started", "", ["Director of Finance and Resources"], "2024-03", "unrated", "Q4 2023/24"),
            ]),
        ]),
        ("Theme 4: Partnership working and command", [
            ("Lesson 4.1 – Royal Parks staff in multi-agency Silver command did not have the authority to agree changes to park operations on the day.", [
                ("4.1.1", "Set out the delegated authority of Royal Parks Silver and Bronze commanders in the Events Command Protocol.", "Head of Security and Resilience", "February 2024", "Complete", "Protocol approved by the Executive Board.", ["Head of Security and Resilience"], "2024-02", "blue", None),
                ("4.1.2", "Train and exercise a pool of six Silver-trained managers before the 2024 events season.", "Head of Security and Resilience", "30/04/2024", "Behind schedule", "Four of six trained; course places for two more in May.", ["Head of Security and Resilience"], "2024-04", "amber", None),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "The Royal Parks"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Coronation of His Majesty The King, 6 May 2023", style="Subtitle")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Events and Filming"), ("Approved by", "Executive Board, 5 December 2023"),
                 ("Version", "1.3 – updated March 2024"), ("Reporting", "Progress reported quarterly to the Audit and Risk Assurance Committee")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "E2EFD9")
        cell_text(r[1], v)
    widths(t, [5, 14])

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions agreed after the multi-agency debrief on 7 June 2023 and the internal "
        "lessons learned workshop on 20 June 2023. Lessons are grouped into four themes. Each lesson is "
        "followed by the actions that respond to it.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete – action finished; On track – due by the target date; Behind schedule – amber, "
              "likely to miss the target date; Not started.")

    expected = []
    heads = ["Ref", "Action", "Owner", "Target date", "Status", "Update (March 2024)"]
    for theme, lessons in themes:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            cell_text(tb.rows[0].cells[i], h, bold=True, colour="FFFFFF")
            shade(tb.rows[0].cells[i], "3A5F0B")
        for lesson, acts in lessons:
            r = tb.add_row()
            m = r.cells[0].merge(r.cells[5])
            cell_text(m, lesson, bold=True)
            shade(m, "E2EFD9")
            for a in acts:
                ref, text, owner, due, status_w, upd, lead, end, status, end_text = a
                c = tb.add_row().cells
                for i, v in enumerate([ref, text, owner, due, status_w, upd]):
                    cell_text(c[i], v)
                expected.append(act(ref, [theme, lesson], text, lead, end, status, end_text))
        widths(tb, [1.6, 9, 4.5, 2.8, 2.6, 6])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        cell_text(so.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Director of Parks", "Signed", "05/12/2023"]):
        cell_text(so.rows[1].cells[i], v)
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a lessons-learned action plan such as The Royal Parks (charity running London's Royal Parks for DCMS) would produce after a major ceremonial event (Coronation, 6 May 2023; cf. 'Hosting Major Events in The Royal Parks'). Copied features: organisation name in the page header, title and subtitle, a document-control table, an introduction and a status key paragraph, one Word table per theme under a heading, lesson rows merged across the table above the actions that answer them, job titles as owners (one cell with two), month/quarter/Ongoing targets, status words and an update column, and a sign-off table.",
        "reads": "A lessons-learned plan of 10 actions in four theme tables; each action sits under a lesson (merged row) within its theme. Statuses are words; the key says 'Behind schedule' is amber; the document-control and sign-off tables hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================ 5. Swiis ===
def swiis():
    name = "sj-swiis-foster-care-ofsted-ifa-inspection-action-plan.docx"
    title = "Swiis Foster Care: post-inspection action plan"
    rag_hex = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "unrated": None}
    areas = [
        ("Overall experiences and progress of children and young people", [
            ("The registered person must ensure that foster carers receive the training and development they need to care for the children placed with them, including training on supporting children's emotional and mental health. (Regulation 17(3))", "Requirement", [
                ("1.1", "Deliver trauma-informed practice and children's mental health training to all approved foster carers, with a catch-up session every quarter.", "Training and Development Manager", "31/03/2025", "green", "41 of 58 households trained. Next catch-up session 21 February.", ["Training and Development Manager"], "2025-03", None),
                ("1.2", "Record each carer's training in their TSD portfolio and review it at the foster carer's annual review.", "Supervising Social Workers / Registered Manager", "Ongoing", "green", "Checked at every annual review since November.", ["Supervising Social Workers", "Registered Manager"], None, "Ongoing"),
            ]),
            ("The registered person should ensure that children are given information about how to make a complaint in a format that suits their age and understanding. (National Minimum Standard 1.7)", "Recommendation", [
                ("2.1", "Produce an easy-read and a video version of the children's guide and complaints leaflet, made with the Children's Participation Group.", "Participation Officer", "December 2024", "blue", "Launched at the Christmas participation event.", ["Participation Officer"], "2024-12", None),
            ]),
        ]),
        ("How well children and young people are helped and protected", [
            ("The registered person must ensure that allegations against foster carers are referred to the local authority designated officer without delay and that records show the outcome. (Regulation 12(2) and (3))", "Requirement", [
                ("3.1", "Introduce an allegations and standards of care log, checked weekly by the Registered Manager, showing the date of referral to the LADO and the outcome.", "Registered Manager", "18/10/2024", "blue", "Log in place since 14 October 2024.", ["Registered Manager"], "2024-10", None),
                ("3.2", "Audit all allegations and standards of care concerns from the last 12 months and report the findings to the Responsible Individual.", "Quality Assurance Manager", "November 2024", "red", "Audit 80% complete; delayed by staff absence.", ["Quality Assurance Manager"], "2024-11", None),
            ]),
            ("The registered person must ensure that the risk assessment for a child who goes missing from their foster home is updated after each missing episode. (Regulation 11(a))", "Requirement", [
                ("4.1", "Change the missing from care procedure so that the supervising social worker updates the child's risk assessment within 72 hours of each missing episode.", "Registered Manager", "30/11/2024", "blue", "Procedure reissued; compliance checked in monthly file audits.", ["Registered Manager"], "2024-11", None),
            ]),
        ]),
        ("The effectiveness of leaders and managers", [
            ("The registered person should ensure that feedback from the fostering panel on the quality of assessments is used to improve practice. (National Minimum Standard 14.2)", "Recommendation", [
                ("5.1", "Add a panel quality assurance section to the Form F assessment report and report the themes to the quarterly management meeting.", "Panel Adviser", "January 2025", "amber", "Template drafted; first themes report due at the April meeting.", ["Panel Adviser"], "2025-01", None),
                ("5.2", "Hold a practice workshop for assessing social workers on the themes from panel feedback.", "Panel Adviser / Deputy Manager", "February 2025", "unrated", "Planned for 12 February 2025.", ["Panel Adviser", "Deputy Manager"], "2025-02", None),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Ofsted inspection of independent fostering agency, 9 to 13 September 2024")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Unique reference number", "SC039217"), ("Registered manager", "Helen Okafor"),
                 ("Responsible individual", "Mark Devlin"),
                 ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
                 ("How well children and young people are helped and protected", "Requires improvement to be good"),
                 ("The effectiveness of leaders and managers", "Requires improvement to be good"),
                 ("Action plan sent to Ofsted", "4 November 2024"), ("Progress update", "January 2025")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "DEEAF6")
        cell_text(r[1], v)
    widths(t, [9, 8])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key (shading in the RAG column): ").bold = True
    p.add_run("blue – completed and evidenced; green – on track; amber – at risk of slipping; red – overdue; "
              "no shading – not yet started.")

    heads = ["No.", "Requirement / recommendation", "Type", "Action to be taken", "Lead", "Target date", "RAG", "Progress (January 2025)"]
    tb = doc.add_table(rows=1, cols=8)
    tb.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(tb.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(tb.rows[0].cells[i], "1F4E79")
    expected = []
    for area, reqs in areas:
        r = tb.add_row()
        m = r.cells[0].merge(r.cells[7])
        cell_text(m, area, bold=True, size=10)
        shade(m, "DEEAF6")
        for req, typ, acts in reqs:
            first = len(tb.rows)
            for a in acts:
                no, text, lead_w, due, rag, prog, lead, end, end_text = a
                c = tb.add_row().cells
                cell_text(c[0], no)
                cell_text(c[3], text)
                cell_text(c[4], lead_w)
                cell_text(c[5], due)
                cell_text(c[6], "")
                if rag_hex[rag]:
                    shade(c[6], rag_hex[rag])
                cell_text(c[7], prog)
                expected.append(act(no, [area, req], text, lead, end, rag, end_text))
            last = len(tb.rows) - 1
            mreq = tb.cell(first, 1).merge(tb.cell(last, 1)) if last > first else tb.cell(first, 1)
            cell_text(mreq, req)
            mtyp = tb.cell(first, 2).merge(tb.cell(last, 2)) if last > first else tb.cell(first, 2)
            cell_text(mtyp, typ)
    widths(tb, [1.1, 6.5, 2.2, 6.2, 3.4, 2.4, 1.2, 4.5])
    doc.add_paragraph()
    doc.add_paragraph("Signed: Mark Devlin, Responsible Individual – 4 November 2024. Progress reviewed monthly at the senior management team meeting.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates an independent fostering agency's post-inspection action plan sent to Ofsted after an SCCIF inspection (Swiis Foster Care, inspection September 2024; layout after gov.uk SCCIF IFA guidance and IFA action plans with requirements and recommendations). Copied features: title, inspection details table with the three judgement areas, a RAG key paragraph, one plan table with judgement-area band rows merged across it, requirement/recommendation text (with regulation or NMS reference) and its type merged vertically over the actions, posts as leads (some 'A / B'), dates, months and 'Ongoing', a RAG column shown only by cell shading, a progress column, and a signature line.",
        "reads": "A plan of 8 numbered actions in one table under three Ofsted judgement areas, each answering a requirement or recommendation shown beside it. The RAG is the shading of the RAG cell (blue = complete per the key; one cell unshaded = not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ==================================================== 6. National Gallery ===
def national_gallery():
    name = "sj-national-gallery-arac-internal-audit-recommendations-tracker.csv"
    title = "The National Gallery – Internal audit recommendations tracker"
    ncol = 12
    heads = ["Audit", "Year", "Assurance", "Rec", "Priority", "Recommendation", "Agreed management action",
             "Action owner", "Original date", "Revised date", "RAG", "Update"]
    audits = [
        ("Collections Management and Loans", "2024-25", "Limited", [
            ("R1", "High", "Reconcile the collections management system to the annual inventory check and investigate any differences.",
             "The Registrar will complete a full reconciliation of the CMS against the 2024 inventory check.\nDifferences will be reported to the Collections Committee.",
             "Registrar", "31/03/2025", "31/01/2026", "Amber", "Reconciliation 85% complete; 212 records under investigation.",
             ["Registrar"], "2026-01", "amber", None),
            ("R2", "Medium", "Document the approval process for outgoing loans, including condition checks and indemnity.",
             "Loans procedure to be updated and approved by the Director of Collections and Research.",
             "Head of Exhibitions and Loans", "30/06/2025", "", "Blue", "Procedure approved July 2025; verified by GIAA.",
             ["Head of Exhibitions and Loans"], "2025-06", "blue", None),
        ]),
        ("Cyber Security – Third Party Access", "2024-25", "Moderate", [
            ("R1", "High", "Keep a register of third-party suppliers with remote access to Gallery systems and review their access quarterly.",
             "Digital team to create the register in the service management tool and set up quarterly access reviews with system owners.",
             "Head of Digital Infrastructure", "31/05/2025", "", "Blue", "Register in place; first two quarterly reviews done.",
             ["Head of Digital Infrastructure"], "2025-05", "blue", None),
            ("R2", "Medium", "Require suppliers with remote access to use multi-factor authentication.",
             "Enforce MFA on the supplier VPN gateway. Exceptions to be approved by the SIRO.",
             "Head of Digital Infrastructure; SIRO", "30/09/2025", "31/12/2025", "Amber", "Two legacy suppliers cannot yet support MFA; compensating controls agreed.",
             ["Head of Digital Infrastructure", "SIRO"], "2025-12", "amber", None),
        ]),
        ("Procurement and Contract Management", "2025-26", "Limited", [
            ("R1", "High", "Make sure every contract over £25,000 is on the contracts register and published on Contracts Finder.",
             "Procurement team to review all purchase orders over £25,000 raised since April 2024 and update the register and Contracts Finder.",
             "Head of Procurement", "31/10/2025", "", "Red", "PO review complete; 14 contracts still to be published.",
             ["Head of Procurement"], "2025-10", "red", None),
            ("R2", "Medium", "Introduce contract management plans for contracts rated high risk.",
             "Issue a template contract management plan.\nPlans to be in place for all 12 high-risk contracts.",
             "Head of Procurement / Contract owners", "Q4 2025-26", "", "Green", "Template issued in October.",
             ["Head of Procurement", "Contract owners"], "2026-03", "green", "Q4 2025-26"),
            ("R3", "Low", "Refresh procurement training for budget holders.",
             "Deliver an e-learning module to all budget holders.",
             "Head of Procurement", "31/03/2026", "", "Green", "",
             ["Head of Procurement"], "2026-03", "green", None),
        ]),
        ("Health and Safety – Contractor Management", "2025-26", "Substantial", [
            ("R1", "Medium", "Confirm that contractors' risk assessments and method statements are reviewed before a permit to work is issued.",
             "Add a RAMS review check to the permit-to-work form and audit a sample each month.",
             "Head of Health, Safety and Environment", "End of December 2025", "", "Green", "Form updated; first monthly sample audit in November.",
             ["Head of Health, Safety and Environment"], "2025-12", "green", "End of December 2025"),
        ]),
    ]
    rows = []
    pad = lambda xs: xs + [""] * (ncol - len(xs))
    rows.append(pad([title]))
    rows.append(pad(["Audit and Risk Assurance Committee, 20 November 2025 – Item 7 (Annex B)"]))
    rows.append(pad(["RAG: Blue = implemented and verified by GIAA; Green = on track for the agreed date; Amber = revised date agreed by ARAC; Red = overdue"]))
    rows.append(pad([]))
    rows.append(heads)
    expected = []
    for audit, year, assurance, recs in audits:
        for i, r in enumerate(recs):
            ref, prio, rec, action, owner, orig, rev, rag, upd, lead, end, status, end_text = r
            rows.append([audit if i == 0 else "", year if i == 0 else "", assurance if i == 0 else "",
                         ref, prio, rec, action, owner, orig, rev, rag, upd])
            expected.append(act(ref, [audit, rec], action, lead, end, status, end_text))
    rows.append(pad([]))
    rows.append(pad(["Summary: 8 recommendations – Blue 2, Green 3, Amber 2, Red 1"]))
    rows.append(pad(["Source: GIAA follow-up review, October 2025. Blue items will be removed after this meeting."]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": "Imitates a national museum's (arm's-length body of DCMS) internal audit recommendations tracker as an annex to its Audit and Risk Assurance Committee papers, exported from Excel as CSV (The National Gallery, 2025; GIAA follow-up style of ALB ARAC papers). Copied features: title and committee lines and a RAG key line padded with commas, a header row, audit name/year/assurance written only on the first row of each audit (fill-down), recommendation and agreed management action in separate columns, multi-line quoted cells, original and revised dates, colour words as RAG, a 'Q4 2025-26' and an 'End of December 2025' date, and summary/source lines at the end.",
        "reads": "An audit tracker of 8 recommendations from four internal audits; each row's agreed management action is the action, read under its audit and its recommendation. Owners are posts (one has commas in it, one cell names two); the revised date counts where given; RAG is a colour word defined on line 3.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ======================================================= 7. Long Melford ===
def long_melford():
    name = "sj-long-melford-parish-council-action-log-2025-26.txt"
    title = "Long Melford Parish Council – Action Log 2025/26"
    sections = [
        ("FULL COUNCIL", [
            ("A25/014", "12/05/2025", "25/047", "Obtain three quotes to replace the bus shelter on Hall Street.", "Clerk", "Jul-25", "Closed", "Quote accepted 14/07/2025; shelter installed 2 September.", ["Clerk"], "2025-07", "blue", None),
            ("A25/022", "09/06/2025", "25/063", "Write to Suffolk County Council Highways supporting the 20mph request for Little St Mary's.", "Clerk", "30/06/2025", "Closed", "Letter sent 19/06/2025; SCC reply circulated.", ["Clerk"], "2025-06", "blue", None),
            ("A25/031", "08/09/2025", "25/102", "Review the Financial Regulations against the 2025 NALC model and bring a draft to Council.", "RFO", "Nov-25", "Overdue", "NALC model issued late; draft now for the January meeting.", ["RFO"], "2025-11", "red", None),
            ("A25/036", "13/10/2025", "25/118", "Arrange the annual inspection of the war memorial on the Green and report on the repointing needed.", "Cllr Harris & Clerk", "31/10/2025", "Closed", "Inspected 27/10/2025; repointing quote to February meeting.", ["Cllr Harris", "Clerk"], "2025-10", "blue", None),
            ("A25/040", "10/11/2025", "25/131", "Set up a working group to prepare the draft budget and precept for 2026/27.", "Cllr Pike, Cllr Dawson, RFO", "Dec-25", "Closed", "Precept of £98,450 agreed 08/12/2025.", ["Cllr Pike", "Cllr Dawson", "RFO"], "2025-12", "blue", None),
        ]),
        ("PLANNING COMMITTEE", [
            ("P25/009", "21/07/2025", "PL25/044", "Respond to Babergh District Council on the Chapel Green housing application, objecting on drainage grounds.", "Clerk", "04/08/2025", "Closed", "Response submitted 01/08/2025.", ["Clerk"], "2025-08", "blue", None),
            ("P25/015", "17/11/2025", "PL25/071", "Prepare the Council's comments on the Babergh and Mid Suffolk Joint Local Plan Part 2 consultation.", "Cllr Dawson", "Feb-26", "In progress", "Working draft shared with committee.", ["Cllr Dawson"], "2026-02", "green", None),
        ]),
        ("AMENITIES & OPEN SPACES COMMITTEE", [
            ("AM25/006", "02/06/2025", "AM25/021", "Commission an arboricultural survey of the trees on the Green and in the churchyard extension.", "Clerk", "Sept 2025", "Closed", "Survey received; works schedule adopted.", ["Clerk"], "2025-09", "blue", None),
            ("AM25/011", "06/10/2025", "AM25/040", "Apply to the Babergh CIL fund for new play equipment at the recreation ground.", "Cllr Harris", "Mar-26", "In progress", "Bid being written; consultation with parents done.", ["Cllr Harris"], "2026-03", "green", None),
            ("AM25/013", "06/10/2025", "AM25/043", "Get prices for repairing the allotment water supply before the 2026 season.", "Clerk", "Next meeting", "Open", "", ["Clerk"], None, "unrated", "Next meeting"),
            ("AM25/014", "01/12/2025", "AM25/052", "Review the grass-cutting contract and specification ahead of retendering.", "Amenities Committee", "TBC", "Open", "", ["Amenities Committee"], None, "unrated", "TBC"),
        ]),
    ]
    lines = [
        title,
        "As at 5 January 2026 (for Full Council, 12 January 2026)",
        "Status key: Open = not yet started; In progress = under way and on track; Overdue = past the agreed date; Closed = completed (removed after the next meeting)",
        "",
        "\t".join(["Ref", "Meeting", "Minute", "Action", "Who", "By when", "Status", "Notes"]),
    ]
    expected = []
    for sec, acts in sections:
        lines.append(sec)
        for a in acts:
            ref, mtg, minute, text, who, by, status_w, notes, lead, end, status, end_text = a
            lines.append("\t".join([ref, mtg, minute, text, who, by, status_w, notes]))
            expected.append(act(ref, [sec], text, lead, end, status, end_text))
    lines.append("")
    lines.append("11 actions listed: 6 closed, 2 in progress, 1 overdue, 2 open.")
    lines.append("Prepared by the Clerk. Questions to clerk@longmelford-pc.gov.uk")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Imitates a parish council's rolling action log kept by the Clerk and saved as tab-separated text for the agenda pack (Long Melford Parish Council, Suffolk, 2025/26; cf. Aldworth PC action log with Open / In progress / Closed categories). Copied features: title, 'as at' line and a status key line, a tab-separated header, committee section lines in capitals, refs plus meeting date and minute number, councillors and officers as 'Who' (one cell with three, one with '&'), 'By when' as Jul-25, dd/mm/yyyy, 'Sept 2025', 'Next meeting' and 'TBC', status words defined by the key, and a count line and footer.",
        "reads": "An action log of 11 actions under three committee headings (Full Council, Planning, Amenities & Open Spaces). The status key maps Closed to completed, In progress to on track, Overdue to past date and Open to not started; 'Next meeting' and 'TBC' give no month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (tees_valley, vanquis, biffa, royal_parks, swiis, national_gallery, long_melford):
        n, k = fn()
        print(f"{n}: {k} actions")
