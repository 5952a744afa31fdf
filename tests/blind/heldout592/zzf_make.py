"""Build the seven zzf- blind test files (set heldout592) and their expected readings.

Run with /work/main/.venv/bin/python zzf_make.py from any directory; files are written beside this script.
Each case's data is defined once; the file is written from it and the expected reading (lead lists, end
months, statuses) is stated explicitly per action, not derived from the cell text.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F3864", "band": "D9E1F2", "grey": "F2F2F2", "lb": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal"):
        doc[k] = meta[k]
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead_x"],
                 "end": a["end_x"]}
            if a.get("end_text_x"):
                e["end_text"] = a["end_text_x"]
            e["status"] = a["status_x"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def A(ref, under, action, lead_cell, lead_x, end_cell, end_x, status_cell, status_x, end_text_x=None, **kw):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead_x=lead_x, end_cell=end_cell,
             end_x=end_x, status_cell=status_cell, status_x=status_x, end_text_x=end_text_x)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------------
# 1. Wales & West Utilities - HSE improvement notices remediation tracker (xlsx)
# ---------------------------------------------------------------------------------------------------
def make_wwu():
    name = "zzf-wales-and-west-utilities-hse-improvement-notices-action-tracker.xlsx"
    title = "Wales & West Utilities Ltd – HSE Improvement Notices: Remediation Action Tracker"
    n1 = ("Improvement Notice IN/2025/014 – Pipelines Safety Regulations 1996, Regulation 13 (maintenance) "
          "– compliance date 31 October 2025")
    r1 = ("Ensure that iron mains within 30 metres of buildings are maintained in an efficient state, in "
          "efficient working order and in good repair, by reviewing and acting on the risk ranking of such mains.")
    n2 = ("Improvement Notice IN/2025/015 – Management of Health and Safety at Work Regulations 1999, "
          "Regulation 3 (risk assessment) – compliance date 30 September 2025")
    r2 = ("Make a suitable and sufficient assessment of the risks to employees from work on live low-pressure "
          "mains in excavations, including the risk of gas ingress and ignition.")
    n3 = ("Improvement Notice IN/2025/016 – Construction (Design and Management) Regulations 2015, "
          "Regulation 13 (duties of principal contractors) – compliance date 30 November 2025")
    r3 = ("Plan, manage and monitor the construction phase so that traffic management on mains replacement "
          "sites is set out in the construction phase plan and checked.")
    D = dt.datetime
    groups = [
        (n1, r1, [
            A("1.1", [n1, r1],
              "Re-run the MRPS risk ranking for all iron mains within the 30-metre proximity band using 2024/25 "
              "fracture and leakage data, and issue the ranked list to operational teams.",
              "Head of Network Risk", ["Head of Network Risk"], None, "2025-10", "A", "amber",
              orig=D(2025, 7, 31), rev=D(2025, 10, 31), prev="A",
              prog="Ranking run complete; validation of 4% of records against GIS outstanding. Revised date "
                   "agreed with HSE inspector on 02/09/2025."),
            A("1.2", [n1, r1],
              "Prioritise and programme the decommissioning of all Tier 1 mains ranked above the intervention "
              "threshold, with named replacement dates in the 2025/26 and 2026/27 workload.",
              "Mains Replacement Programme Manager", ["Mains Replacement Programme Manager"], None, "2025-09",
              "G", "green", orig=D(2025, 9, 30), rev=None, prev="G",
              prog="Programme drafted for 412 km; 2025/26 workload confirmed with contract partners."),
            A("1.3", [n1, r1],
              "Introduce a monthly exception report to the Executive Safety Group on overdue iron mains "
              "interventions.",
              "HSE Compliance Manager / Head of Network Risk", ["HSE Compliance Manager", "Head of Network Risk"],
              None, "2025-05", "B", "blue", orig=D(2025, 5, 31), rev=None, prev="B",
              prog="First report taken to ESG 28/05/2025; now a standing item."),
        ]),
        (n2, r2, [
            A("2.1", [n2, r2],
              "Rewrite generic risk assessment GRA-OPS-07 (live gas working in excavations) with input from "
              "field operatives and trade union safety representatives.",
              "Operations Safety Lead", ["Operations Safety Lead"], None, "2025-06", "B", "blue",
              orig=D(2025, 6, 30), rev=None, prev="G",
              prog="GRA-OPS-07 v4 approved 19/06/2025 and issued to all depots."),
            A("2.2", [n2, r2],
              "Train all first-line managers in the revised assessment and record completion on the learning "
              "system.",
              "Head of Operations; Learning & Development Manager",
              ["Head of Operations", "Learning & Development Manager"], None, "2025-09", "G", "green",
              orig=D(2025, 8, 31), rev=D(2025, 9, 30), prev="A",
              prog="214 of 231 managers trained (93%); remaining sessions booked for w/c 15/09/2025."),
            A("2.3", [n2, r2],
              "Carry out 60 targeted site safety audits of live gas excavations and report the findings to HSE.",
              "SHE Assurance Manager", ["SHE Assurance Manager"], None, "2025-09", "", "amber",
              orig=D(2025, 9, 30), rev=None, prev="G", fill_only="A",
              prog="41 of 60 audits completed; findings report to HSE to follow in October."),
        ]),
        (n3, r3, [
            A("3.1", [n3, r3],
              "Add a mandatory traffic management section to the construction phase plan template used for all "
              "mains replacement schemes.",
              "CDM Principal Contractor Lead", ["CDM Principal Contractor Lead"], None, "2025-10", "G", "green",
              orig=D(2025, 10, 31), rev=None, prev="New",
              prog="Template drafted and out for consultation with contract partners."),
            A("3.2", [n3, r3],
              "Introduce weekly site supervisor checks of traffic management against the plan, recorded on the "
              "mobile inspection app.",
              "Head of Contractor Management", ["Head of Contractor Management"], None, "2025-11", "R", "red",
              orig=D(2025, 11, 30), rev=None, prev="New",
              prog="App form not yet built; IT change request CR-2291 awaiting prioritisation."),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Purpose"
    cov["A3"].font = Font(bold=True)
    cov["B3"] = ("Tracks the actions taken to comply with the three Improvement Notices served by HSE on "
                 "14 March 2025. Reported monthly to the Executive Safety Group and quarterly to the Safety, "
                 "Health and Environment Committee of the Board.")
    cov["A4"] = "Accountable director"
    cov["A4"].font = Font(bold=True)
    cov["B4"] = "Director of Asset Management & HSE"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Change"]
    rows = [
        ["1.0", dt.datetime(2025, 4, 9), "HSE Compliance Manager", "First issue following service of notices"],
        ["1.4", dt.datetime(2025, 7, 1), "HSE Compliance Manager", "Progress to end of June; action 2.1 closed"],
        ["1.5", dt.datetime(2025, 9, 2), "HSE Compliance Manager", "Revised dates for 1.1 and 2.2 agreed with HSE"],
        ["1.6", dt.datetime(2025, 9, 30), "HSE Compliance Manager", "Position at 30 September 2025"],
    ]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.border = BOX
    for i, r in enumerate(rows, 8):
        for j, v in enumerate(r, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 48
    cov["B3"].alignment = WRAP

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 30 September 2025 – for the Safety, Health and Environment Committee, 21 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Notice requirement (summary)", "Action", "Action owner", "Original due date",
             "Revised due date", "Previous RAG", "Current RAG", "Progress / evidence of compliance"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 5
    actions = []
    for notice, req, acts in groups:
        c = ws.cell(row=row, column=1, value=notice)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=row, column=j).fill = fill(FILL["band"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        first = row
        ws.cell(row=row, column=2, value=req).alignment = WRAP
        for a in acts:
            vals = [a["ref"], None, a["action"], a["lead_cell"], a["orig"], a["rev"], a["prev"],
                    a["status_cell"] or None, a["prog"]]
            for j, v in enumerate(vals, 1):
                if j == 2:
                    ws.cell(row=row, column=j).border = BOX
                    continue
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            prev = a["prev"]
            if prev in FILL:
                ws.cell(row=row, column=7).fill = fill(FILL[prev])
            cur = a["status_cell"] or a.get("fill_only")
            ws.cell(row=row, column=8).fill = fill(FILL[cur])
            ws.cell(row=row, column=7).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=row, column=8).alignment = Alignment(horizontal="center", vertical="top")
            actions.append(a)
            row += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="Summary of current RAG").font = Font(bold=True)
    row += 1
    for lab, key, n in [("Blue – complete and evidence accepted", "B", 2), ("Green – on track", "G", 3),
                        ("Amber – at risk of missing compliance date", "A", 2),
                        ("Red – off track / compliance date will be missed", "R", 1)]:
        ws.cell(row=row, column=1, value=key).fill = fill(FILL[key])
        ws.cell(row=row, column=2, value=lab)
        ws.cell(row=row, column=3, value=n)
        row += 1
    ws.cell(row=row, column=2, value="Total actions")
    ws.cell(row=row, column=3, value=8).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [8, 40, 55, 30, 13, 13, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the remediation trackers a gas distribution network keeps after HSE serves Improvement "
                "Notices (Pipelines Safety Regulations 1996 / MHSWR 1999 / CDM 2015), reported to its Board "
                "safety committee; Wales & West Utilities, 2025 (illustrative, no published URL). Copied: cover "
                "sheet with document-control table, notice band rows merged across the sheet, the notice "
                "requirement merged down beside its actions, original and revised due dates, previous and "
                "current RAG by letter and fill colour (one current cell fill only), two posts in one owner "
                "cell, and a RAG summary/totals block under the table."),
        reads=("A cover sheet then an action tracker grouped under three HSE Improvement Notices; each notice's "
               "requirement sits in a merged cell beside its actions. Eight numbered actions with owner, original "
               "and revised due dates, previous and current RAG, and a progress note; where a revised date is "
               "given it is the end, and the current RAG is the status (2.3 shows only an amber fill)."),
        outcome="read", accept_refusal=False, title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------------
# 2. Met Office - strategic risk register (xlsx)
# ---------------------------------------------------------------------------------------------------
def make_met():
    name = "zzf-met-office-strategic-risk-register-2025-26.xlsx"
    title = "Met Office Strategic Risk Register 2025/26"
    D = dt.datetime
    risks = [
        dict(risk="SR1 Supercomputing service continuity", owner="Chief Technology Officer", inh="4 x 5 = 20",
             controls="Dual-hall supercomputer architecture; supplier service credits; tested disaster recovery "
                      "runbook for the operational suite.", res=12, tgt=8, trend="↔",
             acts=[
                 A("SR1.1", None, "Complete failover testing of the operational forecast suite between the two "
                   "supercomputer halls.", "Director of Technology Operations",
                   ["Director of Technology Operations"], "31/12/2025", "2025-12", "G", "green"),
                 A("SR1.2", None, "Agree the exit and transition plan for the current supercomputing contract "
                   "with the supplier and DSIT.", "Commercial Director; Chief Technology Officer",
                   ["Commercial Director", "Chief Technology Officer"], "Q4 2025/26", "2026-03", "A", "amber"),
             ]),
        dict(risk="SR2 Cyber security", owner="Chief Information Security Officer", inh="5 x 5 = 25",
             controls="24/7 security operations centre; Cyber Essentials Plus; GovAssure assessment 2024; "
                      "quarterly phishing simulations.", res=15, tgt=10, trend="↑",
             acts=[
                 A("SR2.1", None, "Close the remaining high-rated findings from the 2024 GovAssure assessment.",
                   "Chief Information Security Officer", ["Chief Information Security Officer"], D(2026, 1, 31),
                   "2026-01", "A", "amber"),
                 A("SR2.2", None, "Run a live cyber-incident exercise with the Executive Board and key partners.",
                   "Head of Resilience", ["Head of Resilience"], "Nov-25", "2025-11", "C", "blue"),
                 A("SR2.3", None, "Maintain security operations centre monitoring and monthly threat reporting "
                   "to the Executive.", "CISO", ["CISO"], "Ongoing", None, "G", "green", end_text_x="Ongoing"),
             ]),
        dict(risk="SR3 Observations network resilience", owner="Director of Science", inh="4 x 4 = 16",
             controls="Network performance monitoring; spares holding for critical sensors; international data "
                      "exchange agreements.", res=12, tgt=6, trend="↑",
             acts=[
                 A("SR3.1", None, "Replace the obsolete radiosonde ground stations at Camborne and Lerwick.",
                   "Head of Observations", ["Head of Observations"], D(2026, 3, 31), "2026-03", "R", "red"),
                 A("SR3.2", None, "Secure agreement with EUMETSAT partners on data continuity during the "
                   "polar-orbiting satellite gap.", "Director of Science", ["Director of Science"], "Q3 2025/26",
                   "2025-12", "G", "green"),
             ]),
        dict(risk="SR4 Workforce capability and retention", owner="Chief People Officer", inh="4 x 4 = 16",
             controls="Strategic workforce plan; exit interview analysis; forecaster training pipeline.",
             res=9, tgt=6, trend="↓",
             acts=[
                 A("SR4.1", None, "Implement the pay and reward framework agreed under the 2025 pay remit.",
                   "Chief People Officer", ["Chief People Officer"], "Sept 2025", "2025-09", "C", "blue"),
                 A("SR4.2", None, "Launch the targeted graduate and apprenticeship scheme for operational "
                   "meteorologists.", "Head of Talent and Resourcing / Head of Forecaster Training",
                   ["Head of Talent and Resourcing", "Head of Forecaster Training"], "April 2026", "2026-04", "G",
                   "green"),
             ]),
    ]

    def score_fill(s):
        return FILL["R"] if s >= 15 else (FILL["A"] if s >= 8 else FILL["G"])

    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=16)
    fs["A2"] = "OFFICIAL"
    fs["A2"].font = Font(bold=True, color="C00000")
    info = [("Reporting period", "Quarter 2 (July – September 2025)"),
            ("Reported to", "Executive Board, 11 November 2025; Audit and Risk Assurance Committee, 4 December 2025"),
            ("Register owner", "Chief Operating Officer"),
            ("Version", "2025-26 Q2 v1.1")]
    for i, (k, v) in enumerate(info, 4):
        fs.cell(row=i, column=1, value=k).font = Font(bold=True)
        fs.cell(row=i, column=2, value=v)
    fs["A9"] = "Residual risk profile"
    fs["A9"].font = Font(bold=True, size=12)
    prof = [("Rating", "Number of risks", "Change since Q1"), ("Red (15–25)", 1, "+1"), ("Amber (8–14)", 3, "–1"),
            ("Green (1–7)", 0, "0"), ("Total", 4, "")]
    for i, r in enumerate(prof, 10):
        for j, v in enumerate(r, 1):
            c = fs.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 10 or r[0] == "Total":
                c.font = Font(bold=True)
    fs["A10"].fill = fill(FILL["grey"])
    fs["A11"].fill = fill(FILL["R"])
    fs["A12"].fill = fill(FILL["A"])
    fs["A13"].fill = fill(FILL["G"])
    fs.column_dimensions["A"].width = 22
    fs.column_dimensions["B"].width = 80
    fs.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Strategic risk register")
    ws["A1"] = "Strategic risk register – Quarter 2 2025/26 (position at 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Risk", "Risk owner", "Inherent score (L x I)", "Key existing controls", "Residual score",
             "Target score", "Trend", "Ref", "Further action", "Action owner", "Due", "Action RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 4
    actions = []
    rag_fill = {"G": FILL["G"], "A": FILL["A"], "R": FILL["R"], "C": FILL["B"]}
    for rk in risks:
        for k, a in enumerate(rk["acts"]):
            a["under"] = [rk["risk"]]
            if k == 0:
                vals = [rk["risk"], rk["owner"], rk["inh"], rk["controls"], rk["res"], rk["tgt"], rk["trend"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=row, column=j, value=v)
                    c.alignment = WRAP
                ws.cell(row=row, column=1).font = Font(bold=True)
                ws.cell(row=row, column=5).fill = fill(score_fill(rk["res"]))
                ws.cell(row=row, column=6).fill = fill(score_fill(rk["tgt"]))
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["status_cell"]]
            for j, v in enumerate(vals, 8):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=12).fill = fill(rag_fill[a["status_cell"]])
            ws.cell(row=row, column=12).alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 13):
                ws.cell(row=row, column=j).border = BOX
            actions.append(a)
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Action RAG key:").font = Font(bold=True)
    ws.cell(row=row, column=2, value="G = on track; A = some slippage, recoverable; R = off track, escalated to "
                                     "Executive Board; C = complete")
    row += 1
    ws.cell(row=row, column=1, value="Note:").font = Font(bold=True)
    ws.cell(row=row, column=2, value="Scores are likelihood x impact on the 5 x 5 matrix on the ‘Scoring matrix’ "
                                     "sheet. Completed actions are removed at the next quarterly refresh.")
    for col, w in zip("ABCDEFGHIJKL", [30, 24, 12, 45, 10, 10, 7, 8, 55, 32, 12, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Scoring matrix")
    sm["A1"] = "Likelihood x impact scoring matrix"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Likelihood \\ Impact"
    for j in range(1, 6):
        sm.cell(row=3, column=j + 1, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        r = 4 + (5 - i)
        sm.cell(row=r, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s = i * j
            c = sm.cell(row=r, column=j + 1, value=s)
            c.fill = fill(score_fill(s))
            c.border = BOX
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates an executive agency / arm's-length body strategic risk register reported quarterly to "
                "its Audit and Risk Assurance Committee (Orange Book style: inherent, residual and target scores, "
                "existing controls, further actions with owners); Met Office, 2025/26 Q2 (illustrative, no "
                "published URL). Copied: front sheet with reporting details and a residual-risk profile totals "
                "block, risk row carrying the first further action with later actions on continuation rows, "
                "score cells filled by colour, trend arrows, mixed due formats (dates, Q4 2025/26, Nov-25, "
                "Ongoing), an action RAG key in which C means complete, and a scoring-matrix sheet."),
        reads=("A front sheet, then a register of four strategic risks; each risk's row also holds its first "
               "further mitigating action and the remaining actions follow on rows with the risk columns blank. "
               "Nine actions (SR1.1–SR4.2) read under their risk, with action owner, due date and action RAG "
               "(C = complete per the key)."),
        outcome="read", accept_refusal=False, title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------------
# 3. British Red Cross - storms lessons learned action plan (xlsx)
# ---------------------------------------------------------------------------------------------------
def make_brc():
    name = "zzf-british-red-cross-storms-bert-darragh-emergency-response-lessons-learned-action-plan.xlsx"
    title = ("British Red Cross – Storms Bert and Darragh (November–December 2024): Emergency Response Lessons "
             "Learned Action Plan")
    t1 = "1. Activation and mobilisation"
    t2 = "2. Working with local resilience forums"
    t3 = "3. Volunteer welfare"
    t4 = "4. Data and reporting"
    l1 = ("L1 Volunteer call-out in the first 12 hours relied on local phone trees, which delayed deployment "
          "to rest centres in Monmouthshire and Powys.")
    l2 = ("L2 Vehicles and equipment were not where they were needed: two of the four emergency response "
          "vehicles in Wales were off the road for servicing.")
    l3 = ("L3 Our liaison officers were not always invited to Tactical Coordinating Group calls, so requests "
          "for support reached us late.")
    l4 = ("L4 Volunteers worked shifts of more than 12 hours at rest centres without structured breaks or "
          "post-incident check-ins.")
    l5 = ("L5 People supported were counted differently in each area, so the figures given to Welsh "
          "Government were inconsistent.")
    D = dt.datetime
    acts = [
        A("1.1", [t1, l1], "Move all emergency response volunteer call-outs onto the national alerting platform, "
          "with automatic escalation after 30 minutes.", "Head of Emergency Response Operations",
          ["Head of Emergency Response Operations"], D(2025, 3, 31), "2025-03", "Complete", "blue",
          upd="Platform live in all areas from 24 March 2025."),
        A("1.2", [t1, l1], "Pre-agree rest centre deployment triggers with each local authority emergency "
          "planning team in Wales.", "Emergency Response Manager (Wales)", ["Emergency Response Manager (Wales)"],
          "June 2025", "2025-06", "Complete", "blue", upd="Triggers agreed with 22 of 22 Welsh authorities."),
        A("1.3", [t1, l2], "Stagger vehicle servicing so that no more than one vehicle per region is off the "
          "road during the October–March storm season.", "Fleet Manager", ["Fleet Manager"], "Oct-25",
          "2025-10", "On track", "green", upd="Servicing schedule for 2025/26 drafted."),
        A("2.1", [t2, l3], "Agree a standing invitation for a British Red Cross tactical adviser to TCG calls in "
          "each Welsh and West Country LRF.", "Resilience Partnerships Lead", ["Resilience Partnerships Lead"],
          "Q2 2025/26", "2025-09", "At risk", "amber",
          upd="Agreed with 4 of 7 LRFs; Dyfed-Powys and Avon & Somerset still to confirm."),
        A("2.2", [t2, l3], "Deliver joint training on requesting voluntary sector support to LRF duty officers.",
          "Resilience Partnerships Lead; Learning & Development Partner",
          ["Resilience Partnerships Lead", "Learning & Development Partner"], "January 2026", "2026-01",
          "On track", "green", upd="Course content agreed; first two sessions booked."),
        A("3.1", [t3, l4], "Apply the 12-hour maximum shift rule to all deployments and record breaks on the "
          "deployment app.", "Volunteer Experience Manager", ["Volunteer Experience Manager"], "Feb-25",
          "2025-02", "Complete", "blue", upd="Rule in the deployment policy from 1 February 2025."),
        A("3.2", [t3, l4], "Offer a psychosocial check-in to every volunteer within 72 hours of stand-down.",
          "Psychosocial and Mental Health Team", ["Psychosocial and Mental Health Team"], "Ongoing", None,
          "On track", "green", end_text_x="Ongoing", upd="Check-ins offered after every deployment since March."),
        A("4.1", [t4, l5], "Adopt a single ‘people supported’ definition and a daily situation report template "
          "for all emergencies.", "Head of Insight and Impact", ["Head of Insight and Impact"], D(2025, 12, 31),
          "2025-12", "Off track", "red",
          upd="Template agreed; definition awaiting sign-off by the Crisis Response Steering Group."),
    ]
    st_fill = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"], "Off track": FILL["R"]}

    wb = Workbook()
    ab = wb.active
    ab.title = "About this plan"
    ab["A1"] = title
    ab["A1"].font = Font(bold=True, size=14)
    lines = [
        ("Purpose", "Sets out what we learned from our response to Storms Bert (23–24 November 2024) and Darragh "
                    "(6–7 December 2024) in Wales and the South West, and the actions we are taking as a result."),
        ("Debriefs", "Three hot debriefs at rest centres; one structured multi-area debrief on 22 January 2025 "
                     "with volunteers, staff and LRF partners."),
        ("Plan owner", "Director of Emergency Response"),
        ("Governance", "Progress reviewed by the Crisis Response Steering Group every two months."),
        ("Version", "2.0 – updated 15 September 2025"),
    ]
    for i, (k, v) in enumerate(lines, 3):
        ab.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ab.cell(row=i, column=2, value=v)
        c.alignment = WRAP
    ab.column_dimensions["A"].width = 16
    ab.column_dimensions["B"].width = 100

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Lessons learned action plan – Storms Bert and Darragh"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Theme", "Lesson identified", "Ref", "Action", "Owner", "By when", "Status", "Update (September 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    row = 3
    for a in acts:
        vals = [a["under"][0], a["under"][1], a["ref"], a["action"], a["lead_cell"], a["end_cell"],
                a["status_cell"], a["upd"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=7).fill = fill(st_fill[a["status_cell"]])
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Status key").font = Font(bold=True)
    row += 1
    for lab, desc in [("Complete", "action closed and evidenced"), ("On track", "progressing to the date set"),
                      ("At risk", "may miss the date set"), ("Off track", "will miss the date; escalated")]:
        c = ws.cell(row=row, column=1, value=lab)
        c.fill = fill(st_fill[lab])
        ws.cell(row=row, column=2, value=desc)
        row += 1
    for col, w in zip("ABCDEFGH", [26, 45, 6, 50, 30, 12, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a voluntary-sector emergency response debrief / lessons-learned action plan of the kind "
                "British Red Cross and LRF partners produce after severe weather responses; British Red Cross, "
                "Storms Bert and Darragh 2024, updated September 2025 (illustrative, no published URL). Copied: "
                "an 'About this plan' sheet (purpose, debriefs, owner, version), a flat list-style action sheet "
                "with theme and lesson repeated on every row, mixed due formats (dates, June 2025, Oct-25, "
                "Q2 2025/26, Ongoing), status words with fill colours, and a status key block below."),
        reads=("A cover sheet, then one table where every row carries its numbered theme, the lesson identified "
               "(L1–L5) and one action. Eight actions read under theme and lesson, with owner, date and status "
               "words whose fill colours and key give Complete = blue, On track = green, At risk = amber, "
               "Off track = red."),
        outcome="read", accept_refusal=False, title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# ---------------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------------------------------------------
# 4. South Downs NPA - peer review action plan (docx)
# ---------------------------------------------------------------------------------------------------
def make_sdnpa():
    name = "zzf-south-downs-npa-peer-review-action-plan.docx"
    title = "South Downs National Park Authority: Peer Review Action Plan"
    th1 = "Theme 1: Strategic leadership and place-shaping"
    th2 = "Theme 2: Delivering for nature and people"
    th3 = "Theme 3: Organisational capacity"
    rc1 = ("Recommendation 1 – Refresh the Partnership Management Plan delivery framework so that partners’ "
           "contributions are visible and measurable.")
    rc2 = ("Recommendation 2 – Strengthen Members’ role in setting strategic direction, with clearer delegation "
           "between the Authority and its committees.")
    rc3 = ("Recommendation 3 – Set out a costed plan for the ReNature target of 33% of the National Park "
           "managed for nature by 2030.")
    rc4 = "Recommendation 4 – Address recruitment and retention pressures in the planning service."
    plan = [
        (th1, [
            (rc1, [
                A("1.1", [th1, rc1], "Agree a shared outcomes framework and indicator set with the Partnership "
                  "Management Plan steering group.", "Director of Countryside Policy and Management",
                  ["Director of Countryside Policy and Management"], "March 2026", "2026-03", "Green", "green",
                  prog="Draft indicator set discussed with steering group on 9 October 2025."),
                A("1.2", [th1, rc1], "Publish an annual State of the Park report drawing on partner data.",
                  "Head of Policy & Strategy; Performance and Research Lead",
                  ["Head of Policy & Strategy", "Performance and Research Lead"], "Q2 2026/27", "2026-09",
                  "Green", "green", prog="Data-sharing requests issued to partners."),
            ]),
            (rc2, [
                A("2.1", [th1, rc2], "Review the Scheme of Delegation and committee terms of reference, and take "
                  "proposals to the Authority.", "Monitoring Officer", ["Monitoring Officer"],
                  "By 31 December 2025", "2025-12", "Amber", "amber",
                  prog="Member working group has met twice; report delayed to the December Authority meeting."),
                A("2.2", [th1, rc2], "Run a Member development programme, with induction refreshers after each "
                  "round of Secretary of State and local authority appointments.", "Governance Manager",
                  ["Governance Manager"], "Ongoing", None, "Green", "green", end_text_x="Ongoing",
                  prog="Programme for 2025/26 agreed; four sessions held."),
            ]),
        ]),
        (th2, [
            (rc3, [
                A("3.1", [th2, rc3], "Prepare a costed delivery plan for the 2030 nature recovery target, "
                  "including private finance contributions.", "Nature Recovery Lead", ["Nature Recovery Lead"],
                  "June 2026", "2026-06", "Amber", "amber",
                  prog="Costing model built; land manager survey returns lower than expected."),
                A("3.2", [th2, rc3], "Bring forward a nature-finance framework for Authority approval, including "
                  "biodiversity net gain credit sales.", "Chief Executive / Chief Finance Officer",
                  ["Chief Executive", "Chief Finance Officer"], "July 2025", "2025-07", "Complete", "blue",
                  prog="Framework approved by the Authority on 15 July 2025."),
            ]),
        ]),
        (th3, [
            (rc4, [
                A("4.1", [th3, rc4], "Implement the planning career grade scheme and a market supplement for "
                  "hard-to-fill posts.", "Director of Planning; Head of HR", ["Director of Planning", "Head of HR"],
                  "September 2025", "2025-09", "Complete", "blue",
                  prog="Scheme in place from 1 September 2025."),
                A("4.2", [th3, rc4], "Reduce reliance on agency planners to no more than 10% of the establishment.",
                  "Director of Planning", ["Director of Planning"], "Sept 2025 – March 2026", "2026-03", "Red",
                  "red", end_text_x="Sept 2025 – March 2026",
                  prog="Agency use at 18%; two senior posts re-advertised."),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the peer review team’s report (October 2024) – progress update for Policy and "
                      "Resources Committee, November 2025")
    doc.add_paragraph("Document control", style="Heading 3")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(dc.rows[0].cells[j], h, bold=True)
        shade(dc.rows[0].cells[j], "D9E2F3")
    for i, r in enumerate([["1.0", "12/12/2024", "Corporate Performance Officer", "Approved by Authority"],
                           ["1.3", "10/06/2025", "Corporate Performance Officer", "Six-month update"],
                           ["1.4", "04/11/2025", "Corporate Performance Officer", "Draft for committee"]], 1):
        for j, v in enumerate(r):
            set_cell(dc.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([("Green", "On track to deliver by the timescale", "92D050"),
                                     ("Amber", "Some slippage; recoverable", "FFC000"),
                                     ("Red", "Significant delay or risk to delivery", "FF0000"),
                                     ("Complete", "Action delivered", "8EAADB")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], col)
        set_cell(key.rows[i].cells[1], v)
    actions = []
    for theme, recs in plan:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, acts in recs:
            doc.add_paragraph(rec, style="Heading 2")
            t = doc.add_table(rows=1 + len(acts), cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress (November 2025)", "RAG"]):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9E2F3")
            for i, a in enumerate(acts, 1):
                vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["prog"], a["status_cell"]]
                for j, v in enumerate(vals):
                    set_cell(t.rows[i].cells[j], v)
                colmap = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "8EAADB"}
                shade(t.rows[i].cells[5], colmap[a["status_cell"]])
                actions.append(a)
            doc.add_paragraph("")
    doc.add_paragraph("Next update: Policy and Resources Committee, March 2026.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a National Park Authority's action plan responding to a sector peer review, reported "
                "to its Policy and Resources Committee; South Downs National Park Authority, peer review October "
                "2024, update November 2025 (illustrative, no published URL). Copied: title and subtitle, "
                "document-control table, a RAG key table, Heading 1 themes and Heading 2 recommendation "
                "headings with one action table per recommendation, leads as job titles (two posts in some "
                "cells), timescales as months, a quarter, 'By 31 December 2025', a period and 'Ongoing', and "
                "shaded RAG cells with words."),
        reads=("A peer review action plan in three themes; each recommendation is a heading with its own table "
               "of numbered actions (ref, action, lead, timescale, progress, RAG). Eight actions read under theme "
               "and recommendation; the document-control and RAG key tables are not the plan."),
        outcome="read", accept_refusal=False, title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------------
# 5. St Peter & St James Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------------------------------
def make_hospice():
    name = "zzf-st-peter-and-st-james-hospice-cqc-inspection-action-plan.docx"
    title = "St Peter & St James Hospice – CQC Inspection Action Plan"
    safe = "Safe"
    well = "Well-led"
    md1 = ("Must do 1: The provider must ensure that medicines are managed safely, including the recording of "
           "controlled drug stock checks and the storage of patients’ own medicines. (Regulation 12: Safe care "
           "and treatment)")
    sd1 = "Should do 1: The provider should ensure that falls risk assessments are reviewed after every fall."
    md2 = ("Must do 2: The provider must ensure that systems to assess, monitor and improve the quality and "
           "safety of services are operated effectively, including the tracking of audit actions. "
           "(Regulation 17: Good governance)")
    sd2 = ("Should do 2: The provider should ensure that all staff complete Mental Capacity Act training "
           "appropriate to their role.")
    sections = [
        (safe, [
            (md1, [
                A("1a", [safe, md1], "Introduce a twice-daily controlled drug stock check signed by two registered "
                  "nurses, with a weekly audit by the pharmacist.", "Lead Nurse IPU / Consultant Pharmacist",
                  ["Lead Nurse IPU", "Consultant Pharmacist"], "31/07/2025", "2025-07", "Completed", "blue",
                  prog="In place from 30 June 2025; weekly audits 100% compliant since July."),
                A("1b", [safe, md1], "Fit lockable patient medicine cabinets in all 18 bedrooms and update the "
                  "patients’ own medicines policy.", "Estates Manager; Lead Nurse IPU",
                  ["Estates Manager", "Lead Nurse IPU"], "30 September 2025", "2025-09", "Completed", "blue",
                  prog="Cabinets fitted; policy v3 ratified by Clinical Governance Committee."),
                A("1c", [safe, md1], "Repeat the medicines management audit monthly for six months and report the "
                  "results to the Clinical Governance Committee.", "Consultant Pharmacist",
                  ["Consultant Pharmacist"], "February 2026", "2026-02", "On track", "green",
                  prog="Audits for August to October completed; two minor recording gaps found and addressed."),
            ]),
            (sd1, [
                A("S1.1", [safe, sd1], "Update the falls policy so that the falls risk assessment is repeated "
                  "within 24 hours of any fall, and check compliance in the quarterly falls audit.",
                  "Falls Lead Nurse", ["Falls Lead Nurse"], "Nov-25", "2025-11", "On track", "green",
                  prog="Policy revised; first quarterly audit due November."),
            ]),
        ]),
        (well, [
            (md2, [
                A("2a", [well, md2], "Replace the paper audit log with one electronic audit and action tracker, "
                  "reviewed monthly by the Senior Leadership Team.", "Head of Quality and Governance",
                  ["Head of Quality and Governance"], "31/10/2025", "2025-10", "Amber", "amber",
                  prog="Tracker built; migration of historic actions 70% complete."),
                A("2b", [well, md2], "Give the Board of Trustees a quarterly quality report covering incident "
                  "themes, audit results and overdue actions.", "Director of Patient Care",
                  ["Director of Patient Care"], "Quarterly", None, "On track", "green", end_text_x="Quarterly",
                  prog="First report to the Board on 25 September 2025."),
            ]),
            (sd2, [
                A("S2.1", [well, sd2], "Make MCA level 2 training mandatory for all clinical staff and report "
                  "completion monthly.", "Education Lead", ["Education Lead"], "31 March 2026", "2026-03", "Amber",
                  "amber", prog="Completion at 64%; extra sessions being arranged for night staff."),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_paragraph(title, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT
    info = [("Provider", "St Peter & St James Hospice"), ("Location", "North Chailey, East Sussex"),
            ("Inspection", "11–12 June 2025 (unannounced; Safe and Well-led)"),
            ("Report published", "5 August 2025"), ("Plan owner", "Director of Patient Care"),
            ("Last updated", "31 October 2025")]
    it = doc.add_table(rows=len(info), cols=2)
    it.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_cell(it.rows[i].cells[0], k, bold=True)
        shade(it.rows[i].cells[0], "E2EFD9")
        set_cell(it.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Completed – action finished and evidence held; On track – in progress to the date "
                      "set; Amber – progressing but the date is at risk; Red – not started or overdue.")
    actions = []
    for kq, groups in sections:
        doc.add_paragraph(kq, style="Heading 1")
        nrows = 1 + sum(1 + len(acts) for _, acts in groups)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, hh in enumerate(["Ref", "Action", "Responsible", "Completion date", "Progress / evidence",
                                "Status"]):
            set_cell(t.rows[0].cells[j], hh, bold=True)
            shade(t.rows[0].cells[j], "538135")
        r = 1
        for req, acts in groups:
            m = t.rows[r].cells[0].merge(t.rows[r].cells[5])
            set_cell(m, req, bold=True)
            shade(m, "E2EFD9")
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["prog"], a["status_cell"]]
                for j, v in enumerate(vals):
                    set_cell(t.rows[r].cells[j], v)
                actions.append(a)
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, hh in enumerate(["Approved by", "Role", "Date"]):
        set_cell(so.rows[0].cells[j], hh, bold=True)
    for j, v in enumerate(["Board of Trustees", "Chair, Clinical Governance Committee", "06/11/2025"]):
        set_cell(so.rows[1].cells[j], v)
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a hospice's action plan sent to CQC and its trustees after a focused inspection that "
                "found breaches (must do) and made should-do recommendations; St Peter & St James Hospice, "
                "inspection June 2025, plan updated October 2025 (illustrative, no published URL). Copied: "
                "title, provider/inspection details table, a status key sentence, one table per key question "
                "(Safe, Well-led) with merged rows carrying each must-do / should-do finding above its actions, "
                "two posts in one responsible cell, dates in several forms, 'Quarterly', status words, and a "
                "sign-off table."),
        reads=("A CQC action plan with a details table, then a table for each key question; merged rows state "
               "each must-do or should-do with its regulation and the actions below answer it. Seven actions "
               "read under key question and finding, with responsible post(s), completion date and status."),
        outcome="read", accept_refusal=False, title=title,
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------------------------------
# 6. Liverpool City Region CA - AGS action plan, CSV, typo month -> refuse
# ---------------------------------------------------------------------------------------------------
def csv_field(v):
    if v is None:
        return ""
    s = str(v)
    if any(ch in s for ch in ",\"\n"):
        s = '"' + s.replace('"', '""') + '"'
    return s


def make_lcr():
    name = "zzf-liverpool-city-region-ca-annual-governance-statement-2024-25-action-plan-typo-month-refuse.csv"
    title = "Liverpool City Region Combined Authority – Annual Governance Statement 2024/25: Action Plan"
    rows = [
        [title],
        ["Significant governance issues – progress report to Audit and Governance Committee, 27 November 2025"],
        [],
        ["No.", "Significant governance issue", "Action", "Lead officer", "Target date", "Progress (October 2025)",
         "RAG"],
        ["1", "Medium-term financial sustainability – forecast funding gap from 2026/27 in the transport budget",
         "Prepare a balanced medium-term financial strategy for 2026/27 to 2028/29, including options for the "
         "transport levy and use of the bus franchising reserve.",
         "Executive Director of Corporate Services / Treasurer", "Feb-26",
         "Draft MTFS presented to the Combined Authority on 17 October 2025; levy options being modelled with "
         "constituent councils.", "Amber"],
        ["", "", "Agree a reserves strategy setting a minimum working balance for each fund.", "Treasurer",
         "31/03/2026", "Work started with external advisers.", "Green"],
        ["2", "Bus franchising – governance and assurance for Tranche 1 go-live",
         "Establish a franchising programme board with independent assurance at each gateway.",
         "Director of Integrated Transport", "Jul-25", "Board established; first gateway review held in August.",
         "Complete"],
        ["", "", "Complete the Tranche 1 operational readiness review before services transfer.",
         "Director of Integrated Transport; Head of Programme Assurance", "Aug 2026",
         "Readiness criteria agreed.", "Green"],
        ["3", "Information governance – overdue subject access requests and FOI responses",
         "Implement a case-management system for information requests with automated deadline alerts.",
         "Head of Legal Services, Data Protection Officer", "Dec 2025",
         "System procured; configuration under way.", "Amber"],
        ["", "", "Report compliance rates monthly to the Executive Leadership Team.", "Data Protection Officer",
         "Monthly", "Reporting started in September 2025 (FOI 81% on time).", "Green"],
        ["4", "Procurement Act 2023 – compliance of contract procedure rules",
         "Update the Contract Procedure Rules for the Procurement Act 2023 and take them to the Combined "
         "Authority for approval.", "Head of Procurement", "Febuary 2026",
         "Draft rules reviewed by the Monitoring Officer.", "Green"],
        ["", "", "Train all budget holders on the new notice and transparency requirements.", "Head of Procurement",
         "March 2026", "E-learning module in development.", "Green"],
        ["5", "Registers of interests – late updates by Members and senior officers",
         "Introduce six-monthly reminders and publish a compliance summary to the Audit and Governance Committee.",
         "Monitoring Officer", "Jan-26", "First reminder round issued in October 2025.", "Green"],
        [],
        ["RAG key: Green – on track; Amber – at risk of slipping; Red – off track; Complete – action closed"],
    ]
    lines = [",".join(csv_field(v) for v in r) for r in rows]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)

    meta = dict(
        source=("Imitates a combined authority's Annual Governance Statement action plan on its significant "
                "governance issues, as reported to an Audit and Governance Committee and saved from Excel as CSV; "
                "Liverpool City Region Combined Authority, AGS 2024/25, progress November 2025 (illustrative, no "
                "published URL). Copied: title lines, numbered governance issues with the issue text only on the "
                "first of its action lines (continuation lines below), lead officers as posts, target dates in "
                "several forms (Feb-26, 31/03/2026, Aug 2026, Monthly), RAG words and a key line at the end."),
        reads=(f"An AGS action plan of five governance issues and ten actions. On line {refuse_line} the target "
               "date of the first Procurement Act action reads 'Febuary 2026', a mistyped month; a careful reader "
               "stops and asks rather than guess it."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_line, title=title,
    )
    write_expected(name, meta, [])
    return name, 0


# ---------------------------------------------------------------------------------------------------
# 7. Sherborne Town Council - internal audit action plan, tab-separated text
# ---------------------------------------------------------------------------------------------------
def make_sherborne():
    name = "zzf-sherborne-town-council-internal-audit-action-plan-2024-25.txt"
    title = "Sherborne Town Council – Internal Audit 2024/25: Action Plan"
    ar1 = "Governance"
    ar2 = "Accounting and bank reconciliation"
    ar3 = "Payroll"
    ar4 = "Assets and insurance"
    ar5 = "Year-end and AGAR"
    r1 = ("Standing Orders and Financial Regulations should be reviewed against the current NALC model "
          "documents and re-adopted.")
    r2 = ("The website should carry all documents required by the Transparency Code, including the asset "
          "register and a list of payments over £500.")
    r3 = ("Bank reconciliations should be signed and dated each month by a councillor who is not a bank "
          "signatory.")
    r4 = ("Payroll changes (starters, leavers, pay awards) should be authorised in writing before they are "
          "processed.")
    r5 = "The asset register should be reconciled to the insurance schedule and valued on a consistent basis."
    r6 = ("An electrical installation condition report should be obtained for the Town Hall; the last one dates "
          "from 2019.")
    r7 = ("The notice of public rights must give the full 30 working days and include the first ten working "
          "days of July.")
    acts = [
        A("R1", [ar1, r1], "Review Standing Orders and Financial Regulations against the 2025 NALC models and "
          "take the revised versions to Full Council for adoption.", "Town Clerk", ["Town Clerk"], "Jul-25",
          "2025-07", "Complete", "blue", area=ar1, rec=r1),
        A("R2", [ar1, r2], "Publish the asset register and quarterly payments over £500 on the website.",
          "Deputy Clerk", ["Deputy Clerk"], "Jun-25", "2025-06", "Complete", "blue", area="", rec=r2),
        A(None, [ar1, r2], "Set a quarterly reminder to update the transparency pages.", "Deputy Clerk",
          ["Deputy Clerk"], "Quarterly", None, "On track", "green", end_text_x="Quarterly", area="", rec=""),
        A("R3", [ar2, r3], "Add the monthly bank reconciliation to the F&GP agenda, to be signed by a nominated "
          "member who is not a signatory.", "RFO & Vice-Chair of F&GP", ["RFO", "Vice-Chair of F&GP"], "Jun-25",
          "2025-06", "Complete", "blue", area=ar2, rec=r3),
        A("R4", [ar3, r4], "Introduce a payroll variation form signed by the Town Clerk and the Chair of Staffing "
          "Committee before it goes to the payroll bureau.", "Town Clerk", ["Town Clerk"], "30/09/2025",
          "2025-09", "Complete", "blue", area=ar3, rec=r4),
        A("R5", [ar4, r5], "Carry out a full asset check and reconcile the register to the insurance schedule "
          "before renewal.", "Deputy Clerk", ["Deputy Clerk"], "31/03/2026", "2026-03", "On track", "green",
          area=ar4, rec=r5),
        A("R6", [ar4, r6], "Obtain three quotes and commission an EICR for the Town Hall and the cemetery lodge.",
          "Facilities Officer", ["Facilities Officer"], "Jan-26", "2026-01", "Not started", "unrated",
          area="", rec=r6),
        A("R7", [ar5, r7], "Follow the AGAR timetable checklist at the 2025/26 year-end and ask the internal "
          "auditor to check the notice dates.", "RFO", ["RFO"], "April–June 2026", "2026-06", "Not started",
          "unrated", end_text_x="April–June 2026", area=ar5, rec=r7),
    ]
    lines = [
        title,
        "Response to the internal auditor’s report (final visit 23 April 2025)",
        "Agreed by Full Council 19 May 2025 – progress as at 10 November 2025",
        "",
        "\t".join(["Ref", "Area", "Auditor’s recommendation", "Action agreed by the Council", "Responsible",
                   "Target date", "Status"]),
    ]
    for a in acts:
        lines.append("\t".join([a["ref"] or "", a["area"], a["rec"], a["action"], a["lead_cell"], a["end_cell"],
                                a["status_cell"]]))
    lines += [
        "",
        "Status: Complete / On track / Not started. Items marked Complete will be removed from the next update.",
        "Prepared by the Town Clerk for Finance & General Purposes Committee, 17 November 2025.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates a town council's action plan in response to its internal auditor's annual report "
                "(AGAR year), kept by the clerk and exported as tab-separated text for the Finance & General "
                "Purposes Committee; Sherborne Town Council, internal audit 2024/25, progress November 2025 "
                "(illustrative, no published URL). Copied: title and subtitle lines, area column filled only "
                "when it changes, the auditor's recommendation beside the council's agreed action, a "
                "continuation line with no ref or recommendation for a second action, clerk/RFO posts as "
                "leads, Quarterly and a month range as target dates, and notes lines at the end."),
        reads=("A tab-separated table of seven internal audit recommendations (R1–R7) across five areas, each "
               "with the council's agreed action, responsible post, target date and status; a blank area means "
               "the area above continues, and an unnumbered line under R2 is a second action for R2. Eight "
               "actions."),
        outcome="read", accept_refusal=False, title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


if __name__ == "__main__":
    for fn in (make_wwu, make_met, make_brc, make_sdnpa, make_hospice, make_lcr, make_sherborne):
        n, k = fn()
        print(f"{n}: {k} actions")
