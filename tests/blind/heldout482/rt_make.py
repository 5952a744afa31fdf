"""Build the seven rt- blind cases (data files and their expected readings).

Run:  /work/main/.venv/bin/python rt_make.py
Writes only files whose names start with rt- in this folder.
"""
import csv
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

FILL = {
    "red": "FFFF0000",
    "amber": "FFFFC000",
    "green": "FF00B050",
    "blue": "FF0070C0",
    "grey": "FFD9D9D9",
    "head": "FF1F3864",
    "band": "FFDDEBF7",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def solid(colour):
    return PatternFill(fill_type="solid", start_color=FILL[colour], end_color=FILL[colour])


def path(name):
    assert name.startswith("rt-")
    return os.path.join(HERE, name)


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
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
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100)


def header_row(ws, row, headers, fill="head"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF" if fill == "head" else "FF000000")
        c.fill = solid(fill)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Severn Trent Water - HSE improvement notices action tracker (xlsx, read)
# ---------------------------------------------------------------------------
def severn_trent():
    name = "rt-severn-trent-water-hse-improvement-notices-action-tracker.xlsx"
    notices = [
        (
            "Improvement Notice 1 (IN 315220471) – Strongford WwTW – Confined Spaces Regulations 1997, regulation 4(1)",
            "Devise and implement a safe system of work for entry into the digester and sludge tank confined spaces, including emergency rescue arrangements.",
            [
                ("1.1", "Complete a site-wide confined space register for Strongford WwTW, identifying all specified spaces and access points.",
                 "Site Manager – Strongford", ["Site Manager – Strongford"], d(2025, 8, 15), None, "A", "Complete",
                 "Register of 37 specified spaces issued 14/08/2025 and sent to HSE Inspector.", "2025-08", "blue"),
                ("1.2", "Write task-specific safe systems of work for digester entry and tank cleaning, reviewed by the Confined Space Technical Authority.",
                 "Confined Space Technical Authority; Site Manager – Strongford",
                 ["Confined Space Technical Authority", "Site Manager – Strongford"], d(2025, 9, 12), d(2025, 10, 31), "A", "G",
                 "9 of 11 safe systems of work approved; remaining two with Technical Authority for sign-off.", "2025-10", "green"),
                ("1.3", "Establish and test emergency rescue arrangements (on-site rescue team and retrieval equipment).\nWitnessed rescue drill to be recorded and shared with HSE.",
                 "Head of Health, Safety and Wellbeing", ["Head of Health, Safety and Wellbeing"], d(2025, 9, 30), d(2025, 12, 31), "R", "A",
                 "Retrieval tripods delivered. Rescue team training booked for 24–26 November; drill to follow in December.", "2025-12", "amber"),
            ],
        ),
        (
            "Improvement Notice 2 (IN 315220488) – Minworth WwTW – COSHH Regulations 2002, regulation 7(1)",
            "Prevent or adequately control exposure of employees to hydrogen sulphide during inlet works and sludge screen maintenance.",
            [
                ("2.1", "Install fixed H2S gas detection with local and remote alarms at the inlet works and sludge screens.",
                 "Capital Delivery Manager (Wastewater)", ["Capital Delivery Manager (Wastewater)"], d(2025, 10, 31), "January 2026", "A", "A",
                 "Detector heads installed; telemetry link to Control Centre awaiting commissioning. Extension agreed with HSE.", "2026-01", "amber"),
                ("2.2", "Issue personal H2S monitors to all operatives and contractors working in the inlet area, with bump-test records kept.",
                 "S. Mahmood / T. Ellery", ["S. Mahmood", "T. Ellery"], d(2025, 8, 29), None, "G", "Complete",
                 "64 monitors issued; bump-test log checked weekly by shift leads.", "2025-08", "blue"),
                ("2.3", "Review the COSHH assessment for inlet works tasks and brief all affected staff.",
                 "Process Safety Lead", ["Process Safety Lead"], d(2025, 9, 30), None, "G", "G",
                 "Assessment reviewed and reissued. Briefings 86% complete (night shifts outstanding).", "2025-09", "green"),
            ],
        ),
        (
            "Improvement Notice 3 (IN 315220495) – Minworth WwTW – Management of Health and Safety at Work Regulations 1999, regulation 3(1)",
            "Carry out a suitable and sufficient risk assessment of lone working on night shifts at the sludge treatment centre.",
            [
                ("3.1", "Complete a lone working risk assessment for night shift operatives, with operator consultation through the site safety committee.",
                 "Operations Manager – Minworth", ["Operations Manager – Minworth"], d(2025, 9, 30), None, "A", "Complete",
                 "Assessment signed off 26/09/2025 after site safety committee consultation.", "2025-09", "blue"),
                ("3.2", "Roll out lone worker devices with man-down alarm and escalation to the Control Centre.",
                 "Head of Health, Safety and Wellbeing; Control Centre Manager",
                 ["Head of Health, Safety and Wellbeing", "Control Centre Manager"], d(2025, 11, 30), None, "G", "G",
                 "Devices procured; escalation procedure tested with Control Centre 22/10/2025.", "2025-11", "green"),
            ],
        ),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Severn Trent Water Ltd"
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "HSE Improvement Notices – Action Tracker"
    cover["A2"].font = Font(bold=True, size=14)
    cover["A4"] = "Document control"
    cover["A4"].font = Font(bold=True)
    rows = [
        ("Document owner", "Director of Health, Safety and Wellbeing"),
        ("Version", "v1.4"),
        ("Status at", "31 October 2025"),
        ("Distribution", "Executive Committee; Safety, Health & Environment Committee; HSE (Utilities Team, Birmingham)"),
        ("Classification", "OFFICIAL – shared with regulator"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cover.cell(row=i, column=c).border = BOX
    cover["A11"] = "Version history"
    cover["A11"].font = Font(bold=True)
    header_row(cover, 12, ["Version", "Date", "Change"], fill="grey")
    hist = [
        ("v1.0", d(2025, 8, 5), "First issue following service of the three notices on 29/07/2025"),
        ("v1.3", d(2025, 9, 30), "Revised target dates agreed with HSE Inspector (extension letter 24/09/2025)"),
        ("v1.4", d(2025, 10, 31), "Monthly update for SHE Committee"),
    ]
    for i, (a, b, c) in enumerate(hist, start=13):
        cover.cell(row=i, column=1, value=a)
        cell = cover.cell(row=i, column=2, value=b)
        cell.number_format = "dd/mm/yyyy"
        cover.cell(row=i, column=3, value=c)
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 60
    cover.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "HSE Improvement Notices – Action Tracker (position at 31 October 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Notices served 29 July 2025 following HSE inspection of Strongford and Minworth "
                "wastewater treatment works (visits 8–10 July 2025).")
    ws.merge_cells("A2:I2")
    headers = ["Requirement of notice", "Ref", "Action", "Action owner", "Original target date",
               "Revised target date", "Previous RAG", "Current RAG", "Progress update / evidence"]
    header_row(ws, 4, headers)
    widths = [38, 6, 55, 30, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    r = 5
    actions = []
    for band, requirement, acts in notices:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = solid("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        ws.cell(row=r, column=1, value=requirement).alignment = WRAP
        for (ref, text, owner, lead, orig, rev, prev, cur, upd, end, status) in acts:
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=text).alignment = WRAP
            ws.cell(row=r, column=4, value=owner).alignment = WRAP
            c = ws.cell(row=r, column=5, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=6, value=rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=prev)
            c.fill = solid(rag_fill[prev])
            c = ws.cell(row=r, column=8, value=cur)
            c.fill = solid(rag_fill[cur])
            ws.cell(row=r, column=9, value=upd).alignment = WRAP
            for cc in range(1, 10):
                ws.cell(row=r, column=cc).border = BOX
            actions.append(dict(ref=ref, under=[band, requirement], action=text, lead=lead, end=end, status=status))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates were agreed with the HSE Inspector on 24/09/2025. "
            "Evidence of compliance is sent to HSE as each action closes.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Actions", 8), ("Complete", 3), ("Green", 3), ("Amber", 2), ("Red", 0)]
    for i, (k, v) in enumerate(summary, start=r + 1):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([
        ("G", "On track to meet target date", "green"),
        ("A", "At risk of missing target date – mitigation in place", "amber"),
        ("R", "Target date missed or off track", "red"),
        ("Complete", "Action complete; evidence sent to HSE", "blue"),
    ], start=2):
        key.cell(row=i, column=1, value=k).fill = solid(f)
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 55
    wb.save(path(name))

    meta = dict(
        source=("Imitates a regulator-facing action tracker that a water and sewerage company keeps after HSE "
                "serves improvement notices under s.21 HSWA 1974 (Severn Trent Water Ltd, 2025; no published "
                "original - modelled on HSE notice content: provision contravened, remedy, compliance date and "
                "extension). Copies a cover sheet with document-control and version-history tables, one band row "
                "per notice, the notice's required remedy merged down the first column, original and revised "
                "target dates, previous and current RAG with fill colours, a notes line, a summary block and a "
                "separate RAG key sheet."),
        reads=("A three-sheet workbook; the Tracker sheet lists three improvement notices, each a shaded band row, "
               "with the notice's requirement in a merged cell beside eight numbered actions. Each action has an "
               "owner (job titles, initials), original and sometimes revised target dates, and previous and current "
               "RAG; the current RAG and revised date are what count."),
        outcome="read",
        accept_refusal=False,
        title="HSE Improvement Notices – Action Tracker",
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Devon and Torbay CCA - strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def devon_torbay():
    name = "rt-devon-and-torbay-cca-strategic-risk-register-2025-26.xlsx"
    risks = [
        ("SR1 – Organisational capacity",
         "The CCA is a new body with a small core team. If key posts are not filled and reliance on constituent "
         "council staff continues, then programme delivery and statutory functions may be compromised.",
         "Head of Paid Service", "4 x 4 = 16", "3 x 3 = 9",
         [
             ("1a", "Complete recruitment to the permanent Director of Economy and Skills and Head of Transport posts.",
              "Head of Paid Service", ["Head of Paid Service"], d(2026, 1, 31), "amber", "2026-01", None),
             ("1b", "Agree service level agreements with Devon County Council and Torbay Council for finance, HR, legal and democratic services support.",
              "Chief Finance Officer; Monitoring Officer", ["Chief Finance Officer", "Monitoring Officer"], "Q4 2025/26", "green", "2026-03", None),
             ("1c", "Develop a workforce plan and interim resourcing strategy for 2026/27.",
              "Head of HR (shared service)", ["Head of HR (shared service)"], d(2026, 3, 31), None, "2026-03", None),
         ]),
        ("SR2 – Adult skills devolution",
         "The Adult Skills Fund transfers to the CCA from August 2025. If commissioning and data systems are not in "
         "place, funding may be misallocated and learners' provision disrupted.",
         "Director of Economy and Skills (interim)", "3 x 4 = 12", "2 x 3 = 6",
         [
             ("2a", "Procure and implement the ILR data collection and funding claims system.",
              "Adult Skills Programme Manager", ["Adult Skills Programme Manager"], d(2025, 7, 31), "blue", "2025-07", None),
             ("2b", "Publish the Adult Skills Fund funding rules and provider allocations for academic year 2025/26.",
              "Adult Skills Programme Manager", ["Adult Skills Programme Manager"], d(2025, 8, 31), "blue", "2025-08", None),
             ("2c", "Establish provider performance management and audit assurance arrangements.",
              "Adult Skills Programme Manager / Head of Internal Audit (Devon Audit Partnership)",
              ["Adult Skills Programme Manager", "Head of Internal Audit (Devon Audit Partnership)"], d(2025, 12, 31), "green", "2025-12", None),
         ]),
        ("SR3 – Financial sustainability",
         "Capacity funding from government is time-limited. If a sustainable medium-term financial plan is not "
         "agreed, the CCA may be unable to meet its running costs from 2026/27.",
         "Chief Finance Officer", "3 x 5 = 15", "2 x 4 = 8",
         [
             ("3a", "Agree the Medium Term Financial Plan 2026/27 to 2028/29 with the CCA Board.",
              "Chief Finance Officer", ["Chief Finance Officer"], d(2026, 2, 28), "red", "2026-02", None),
             ("3b", "Monitor capacity fund spend and report to the Audit Committee.",
              "Chief Finance Officer", ["Chief Finance Officer"], "Quarterly", "green", None, "Quarterly"),
         ]),
        ("SR4 – Local Transport Plan and bus services",
         "If the new Local Transport Plan and Bus Service Improvement Plan funding are not aligned, the CCA will "
         "not realise the benefits of its transport powers.",
         "Head of Transport", "3 x 3 = 9", "2 x 3 = 6",
         [
             ("4a", "Adopt the joint Local Transport Plan 4 following public consultation.",
              "Head of Transport", ["Head of Transport"], d(2026, 6, 30), "green", "2026-06", None),
             ("4b", "Report BSIP delivery and bus patronage data to the CCA Board every six months.",
              "Head of Transport", ["Head of Transport"], "Ongoing", "green", None, "Ongoing"),
         ]),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Devon and Torbay Combined County Authority"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Strategic Risk Register 2025/26 – Quarter 2: Summary"
    s["A2"].font = Font(bold=True, size=12)
    header_row(s, 4, ["Risk", "Q1 score", "Q2 score", "Direction of travel", "Target score"])
    summ = [
        ("SR1 – Organisational capacity", 16, 16, "→", 9),
        ("SR2 – Adult skills devolution", 16, 12, "↓", 6),
        ("SR3 – Financial sustainability", 12, 15, "↑", 8),
        ("SR4 – Local Transport Plan and bus services", 9, 9, "→", 6),
    ]
    for i, row in enumerate(summ, start=5):
        for j, v in enumerate(row, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
    s["A10"] = "The full register, with further mitigating actions, is on the next sheet."
    s.column_dimensions["A"].width = 45

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Devon and Torbay Combined County Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register 2025/26 – Quarter 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reviewed by CCA Audit Committee, 20 November 2025"
    headers = ["Risk", "Cause, event and consequence", "Risk owner", "Current score (L x I)", "Ref",
               "Further mitigating actions", "Action owner", "Target date", "Status", "Target score"]
    header_row(ws, 5, headers)
    for i, w in enumerate([26, 50, 22, 12, 6, 55, 30, 12, 9, 10]):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    r = 6
    actions = []
    for title, desc, owner, score, target, acts in risks:
        first = r
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        ws.cell(row=r, column=2, value=desc)
        ws.cell(row=r, column=3, value=owner)
        ws.cell(row=r, column=4, value=score)
        ws.cell(row=r, column=10, value=target)
        for (ref, text, aowner, lead, due, fill, end, end_text) in acts:
            ws.cell(row=r, column=5, value=ref)
            ws.cell(row=r, column=6, value=text)
            ws.cell(row=r, column=7, value=aowner)
            c = ws.cell(row=r, column=8, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            if fill:
                ws.cell(row=r, column=9).fill = solid(fill)
            for cc in range(1, 11):
                ws.cell(row=r, column=cc).border = BOX
                ws.cell(row=r, column=cc).alignment = WRAP
            actions.append(dict(ref=ref, under=[title], action=text, lead=lead, end=end, end_text=end_text,
                                status=fill or "unrated"))
            r += 1
        for col in (1, 2, 3, 4, 10):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Scoring & Key")
    k["A1"] = "Risk scoring"
    k["A1"].font = Font(bold=True)
    k["A2"] = "Likelihood (1–5) x Impact (1–5). 15–25 High; 8–14 Medium; 1–7 Low."
    k["A4"] = "Action status (colour of Status cell)"
    k["A4"].font = Font(bold=True)
    for i, (f, v) in enumerate([
        ("green", "Green – on track"),
        ("amber", "Amber – some slippage, recoverable"),
        ("red", "Red – off track / target date will be missed"),
        ("blue", "Blue – complete"),
        (None, "No colour – not yet started"),
    ], start=5):
        c = k.cell(row=i, column=1)
        if f:
            c.fill = solid(f)
        k.cell(row=i, column=2, value=v)
    k.column_dimensions["B"].width = 50
    wb.save(path(name))

    meta = dict(
        source=("Imitates the quarterly strategic risk register a combined county authority takes to its Audit "
                "Committee (Devon and Torbay CCA, 2025/26 Q2; modelled on council/CA strategic risk registers with "
                "cause-event-consequence descriptions, L x I scores, further mitigating actions, owners and target "
                "dates). Copies a summary sheet with direction of travel, one risk per block with its title, "
                "description, owner and scores merged down over its actions, status shown only as the fill colour "
                "of an empty cell, and a separate scoring and colour key sheet."),
        reads=("Four strategic risks, each a merged block, with ten lettered further mitigating actions beside "
               "them; a person reads each action under its risk title. Status is the colour of the Status cell as "
               "the key defines it (no colour = not started); target dates are months, a quarter, 'Quarterly' or "
               "'Ongoing'."),
        outcome="read",
        accept_refusal=False,
        title="Strategic Risk Register 2025/26 – Quarter 2",
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. British Red Cross - internal audit tracker with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def red_cross():
    name = "rt-british-red-cross-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    audits = [
        ("Safeguarding case management (IA 24/07)", "Nov 2024", [
            ("1", "High", "Safeguarding concerns are not always logged on the case management system promptly. Concerns should be logged within 24 hours and triaged by a designated safeguarding officer.",
             "Introduce a mandatory 24-hour logging standard and a weekly triage report reviewed by the Head of Safeguarding.",
             "Head of Safeguarding", d(2025, 3, 31), d(2025, 9, 30), "Complete", "Standard in place since July; weekly report reviewed at Safeguarding Board."),
            ("2", "Medium", "Volunteer DBS renewals are not monitored centrally.",
             "Run a monthly exception report of volunteers whose DBS check is more than three years old and follow up with area managers.",
             "Volunteering Compliance Manager", d(2025, 6, 30), d(2026, 1, 31), "Amber", "Report built; first run showed 212 exceptions now being worked through."),
        ]),
        ("Cash and card income in retail shops (IA 25/02)", "Feb 2025", [
            ("1", "High", "Till banking is reconciled manually in most shops and differences are not investigated consistently.",
             "Roll out the electronic till banking reconciliation to all retail shops, with exceptions reviewed by Area Retail Managers.",
             "Head of Retail Operations", d(2025, 9, 30), "Febuary 2026", "Red", "Roll-out paused over peak trading; 118 of 220 shops live."),
            ("2", "Medium", "The cash handling procedure is out of date.",
             "Update the retail cash handling procedure and deliver refresher training to shop managers.",
             "Retail Training Lead", d(2025, 7, 31), None, "Complete", "Procedure reissued; 96% of shop managers trained."),
        ]),
        ("Cyber security – third-party access (IA 25/05)", "Jun 2025", [
            ("1", "High", "Dormant supplier accounts retain access to BRC systems.",
             "Review all third-party supplier accounts with access to BRC systems and remove dormant accounts.",
             "Chief Information Officer / Head of Information Security", d(2025, 10, 31), d(2026, 3, 31), "Amber", "Review 70% complete; 41 accounts disabled."),
            ("2", "Medium", "Supplier access is not recertified.",
             "Implement quarterly access recertification for supplier accounts.",
             "Head of Information Security", d(2025, 12, 31), None, "Green", "First recertification cycle under way."),
            ("3", "Low", "The third-party access policy does not name an owner.",
             "Name an owner for the third-party access policy and add it to the policy register.",
             "Head of Information Security", d(2025, 9, 30), None, "Complete", "Owner named; policy register updated."),
        ]),
        ("Grant restricted funds (IA 25/08)", "Sep 2025", [
            ("1", "Medium", "Restricted fund balances are reconciled only at year end.",
             "Reconcile restricted fund balances to the general ledger monthly and report variances to the Finance Committee.",
             "Financial Controller", d(2026, 3, 31), None, "Not started", ""),
        ]),
    ]
    status_fill = {"Complete": "blue", "Amber": "amber", "Red": "red", "Green": "green"}
    wb = Workbook()
    ws = wb.active
    ws.title = "ARC tracker"
    ws["A1"] = "British Red Cross"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – Internal Audit Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 31 December 2025 | Paper ARC 26/03"
    header_row(ws, 5, ["Priority", "Open", "Overdue", "Closed since last ARC"], fill="grey")
    for i, row in enumerate([("High", 2, 1, 1), ("Medium", 3, 0, 1), ("Low", 0, 0, 1), ("Total", 5, 1, 3)], start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    hdr = 11
    header_row(ws, hdr, ["Audit", "Report issued", "Rec no.", "Priority", "Finding / recommendation",
                         "Agreed management action", "Action owner", "Agreed implementation date",
                         "Revised date", "Status", "Management update (Dec 2025)"])
    for i, w in enumerate([30, 10, 7, 9, 45, 50, 30, 14, 14, 11, 45]):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
    r = hdr + 1
    n = 0
    typo_row = None
    for audit, issued, recs in audits:
        first = r
        ws.cell(row=r, column=1, value=audit)
        ws.cell(row=r, column=2, value=issued)
        for (no, pr, finding, act, owner, agreed, rev, status, upd) in recs:
            ws.cell(row=r, column=3, value=no)
            ws.cell(row=r, column=4, value=pr)
            ws.cell(row=r, column=5, value=finding)
            ws.cell(row=r, column=6, value=act)
            ws.cell(row=r, column=7, value=owner)
            c = ws.cell(row=r, column=8, value=agreed)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=9, value=rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                else:
                    typo_row = r
            c = ws.cell(row=r, column=10, value=status)
            if status in status_fill:
                c.fill = solid(status_fill[status])
            ws.cell(row=r, column=11, value=upd or None)
            for cc in range(1, 12):
                ws.cell(row=r, column=cc).border = BOX
                ws.cell(row=r, column=cc).alignment = WRAP
            r += 1
            n += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Priority: High – fundamental control weakness; Medium – significant; Low – good practice.")
    ws.freeze_panes = ws.cell(row=hdr + 1, column=1)
    wb.save(path(name))

    meta = dict(
        source=("Imitates the internal audit recommendations tracker a large charity's Audit and Risk Committee "
                "receives each meeting (British Red Cross, 2025; modelled on charity and public-body ARC trackers). "
                "Copies the title block with paper reference, a priority summary/totals block above the table, the "
                "audit title and report date merged down over its recommendations, finding and agreed management "
                "action in separate columns, agreed and revised implementation dates, a Status word with fill colour, "
                "and a priority key line."),
        reads=("A tracker of eight agreed management actions from four internal audits, with agreed and revised "
               "dates. The revised date of the high-priority retail till banking action reads 'Febuary 2026', a "
               "mistyped month in the cell that sets its end; a careful reader stops there and asks rather than "
               "guess."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title="Audit and Risk Committee – Internal Audit Recommendations Tracker",
    )
    write_expected(name, meta, [])
    return name, n


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


DOCX_RAG = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Millfield - ISI inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def millfield():
    name = "rt-millfield-school-isi-inspection-action-plan.docx"
    sections = [
        ("1. Leadership and management, and governance", [
            ("Next step 1",
             "Ensure that self-evaluation in all academic departments draws consistently on the analysis of pupils’ progress data, so that leaders identify and act on variations in outcomes between subjects.",
             [
                 ("1.1", "Introduce a common departmental self-evaluation template linked to value-added data for GCSE and A level.",
                  "Deputy Head (Academic)", ["Deputy Head (Academic)"], "Autumn term 2025",
                  "All departments submit a completed template by December.", "Green", "2025-12", None, "green"),
                 ("1.2", "Hold termly data review meetings between each Head of Department and the Assistant Head (Teaching and Learning).",
                  "Assistant Head (Teaching and Learning)", ["Assistant Head (Teaching and Learning)"], "Termly",
                  "Meeting notes show agreed actions for any subject below target.", "Green", None, "Termly", "green"),
             ]),
        ]),
        ("2. Quality of education, training and recreation", [
            ("Next step 2",
             "Strengthen the use of assessment information in lessons for pupils who have special educational needs and/or disabilities (SEND), so that teaching is consistently adapted to their needs.",
             [
                 ("2.1", "Update pupil passports for all pupils on the learning support register and share them with teaching staff through the MIS.",
                  "Head of Learning Support", ["Head of Learning Support"], "By October half-term 2025",
                  "100% of passports updated and visible in the MIS.", "Blue", "2025-10", None, "blue"),
                 ("2.2", "Deliver INSET on adaptive teaching for pupils with SEND, followed by learning walks focused on adaptation.",
                  "Head of Learning Support / Director of CPD", ["Head of Learning Support", "Director of CPD"], "Summer term 2026",
                  "Learning walks show adaptation in at least 85% of lessons seen.", "Amber", "2026-07", None, "amber"),
             ]),
        ]),
        ("3. Pupils’ physical and mental health and emotional wellbeing", [
            ("Next step 3",
             "Ensure that boarding staff consistently record and share pastoral information so that all staff have a complete picture of boarders’ wellbeing.",
             [
                 ("3.1", "Move all boarding house pastoral records onto a single electronic system with access for tutors and house staff.",
                  "Deputy Head (Pastoral)", ["Deputy Head (Pastoral)"], "December 2025",
                  "All houses recording on the system; paper logs withdrawn.", "Amber", "2025-12", None, "amber"),
                 ("3.2", "Audit the quality of house records each half-term and report findings to the Pastoral Committee.",
                  "Head of Boarding", ["Head of Boarding"], "Each half-term",
                  "Audit reports received by the Pastoral Committee.", "Green", None, "Each half-term", "green"),
                 ("3.3", "Train all new resident and non-resident house staff in recording pastoral concerns.",
                  "Head of Boarding; HR Manager", ["Head of Boarding", "HR Manager"], "30/09/2025",
                  "Training records complete for all 2025 starters.", "Blue", "2025-09", None, "blue"),
             ]),
        ]),
        ("5. Safeguarding", [
            ("Next step 4",
             "Ensure that the single central record is checked regularly by governors so that any omissions are identified promptly.",
             [
                 ("4.1", "Add a termly single central record check by the nominated safeguarding governor to the governance calendar.",
                  "Clerk to the Governors", ["Clerk to the Governors"], "Autumn term 2025",
                  "First check minuted at the December Governors’ meeting.", "Blue", "2025-12", None, "blue"),
             ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Millfield")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x20, 0x60)
    doc.add_heading("ISI Inspection Action Plan – Recommended Next Steps", level=1)
    doc.add_paragraph("Inspection dates: 11–13 March 2025. Report published: 22 April 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "Head"),
        ("Approved by", "Education Committee of the Board of Governors, 17 June 2025"),
        ("Version", "2.1 (updated for Michaelmas term review, 7 October 2025)"),
        ("Next review", "January 2026"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools. This plan sets out how we will respond to the recommended next steps in "
        "the report. Sections follow the areas of the ISI framework; there was no recommended next step for area 4.")
    doc.add_paragraph("Key to RAG: Blue – complete; Green – on track; Amber – some delay, action in hand; "
                      "Red – not on track.")
    actions = []
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
    for heading, steps in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        for label, step, acts in steps:
            row = t.add_row().cells
            set_cell(row[0], label, bold=True)
            m = row[1].merge(row[5])
            set_cell(m, step, bold=True)
            shade(row[0], "D9E2F3")
            shade(m, "D9E2F3")
            hrow = t.add_row().cells
            for i, h in enumerate(cols):
                set_cell(hrow[i], h, bold=True)
                shade(hrow[i], "F2F2F2")
            for (ref, text, leadtxt, lead, when, success, rag, end, end_text, status) in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, leadtxt, when, success, rag]):
                    set_cell(cells[i], v)
                shade(cells[5], DOCX_RAG[rag])
                actions.append(dict(ref=ref, under=[heading, step], action=text, lead=lead, end=end,
                                    end_text=end_text, status=status))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in [("Role", "Name", "Date"), ("Head", "", "17/06/2025"), ("Chair of Governors", "", "17/06/2025")]:
        row = t.add_row().cells
        set_cell(row[0], a)
        set_cell(row[1], b)
        set_cell(row[2], c)
    doc.save(path(name))

    meta = dict(
        source=("Imitates an independent school's action plan responding to the 'recommended next steps' in an ISI "
                "inspection report under the 2023 framework (Millfield, 2025; modelled on ISI reports, whose next "
                "steps are grouped by the framework's areas). Copies a school title and heading, a document-control "
                "table, an RAG key line, one Word table per framework area under a numbered heading, the next step "
                "as a shaded merged row above a repeated column header, term-based timescales, success criteria, "
                "RAG words with cell shading, and a sign-off table."),
        reads=("Four framework areas, each a heading over a table that gives a recommended next step and then its "
               "numbered actions; eight actions in all, each read under its area heading and next step. Timescales "
               "are terms, months, a half-term and recurring words ('Termly', 'Each half-term')."),
        outcome="read",
        accept_refusal=False,
        title="ISI Inspection Action Plan – Recommended Next Steps",
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. MHRA - Board meeting in public action log (docx, read)
# ---------------------------------------------------------------------------
def mhra():
    name = "rt-mhra-board-meeting-in-public-action-log.docx"
    open_actions = [
        ("A/25/07", "20/05/2025", "6.2",
         "Bring a paper on the evaluation findings from the AI Airlock regulatory sandbox for AI-enabled medical devices.",
         "Chief Science, Research and Innovation Officer", ["Chief Science, Research and Innovation Officer"],
         "January 2026", "Evaluation report received from the independent evaluator; paper scheduled for the January Board.",
         "G", "2026-01", None, "green"),
        ("A/25/09", "15/07/2025", "4.1",
         "Provide the Board with a breakdown of clinical trial application assessment times by phase and sponsor type.",
         "Chief Healthcare Quality and Access Officer", ["Chief Healthcare Quality and Access Officer"],
         "November 2025", "Breakdown included in the performance report at item 7 of today’s agenda.",
         "B", "2025-11", None, "blue"),
        ("A/25/11", "15/07/2025", "7",
         "Circulate the revised Yellow Card Biobank data access policy to Board members for comment before publication.",
         "Chief Safety Officer", ["Chief Safety Officer"],
         "30/09/2025", "Legal review not yet complete; see item 5 on today’s agenda.",
         "R", "2025-09", None, "red"),
        ("A/25/12", "16/09/2025", "5.3",
         "Set out options for recovering the backlog of medical device registration queries, with resource implications.",
         "COO / CFO", ["COO", "CFO"],
         "Dec 2025", "Options being costed; recruitment of temporary staff depends on budget outturn.",
         "A", "2025-12", None, "amber"),
        ("A/25/13", "16/09/2025", "8",
         "Arrange a Board development session on cyber resilience, including lessons from recent incidents across the health and care system.",
         "Director of Governance", ["Director of Governance"],
         "Next development day", "Date being agreed with the Chair.",
         "G", None, "Next development day", "green"),
    ]
    closed_actions = [
        ("A/25/04", "18/03/2025", "9.1",
         "Publish the Agency’s updated corporate plan performance measures on GOV.UK.",
         "Head of Strategy and Performance", ["Head of Strategy and Performance"],
         "June 2025", "Published 27 June 2025.", "B", "2025-06", None, "blue"),
        ("A/25/10", "15/07/2025", "5",
         "Share the engagement plan with the Patient Safety Commissioner with Board members.",
         "Chief Executive", ["Chief Executive"],
         "September 2025", "Circulated by email 12 September 2025.", "B", "2025-09", None, "blue"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("BM(25)61").bold = True
    p = doc.add_paragraph()
    rr = p.add_run("Medicines and Healthcare products Regulatory Agency")
    rr.bold = True
    rr.font.size = Pt(12)
    p = doc.add_paragraph()
    rr = p.add_run("Board Meeting held in Public – Action Log")
    rr.bold = True
    rr.font.size = Pt(16)
    doc.add_paragraph("Board meeting: 18 November 2025")
    doc.add_paragraph("Purpose: The Board is asked to note progress on actions arising from previous meetings and "
                      "to agree the closure of completed actions.")
    doc.add_paragraph("RAG: B = complete, proposed for closure; G = on track; A = at risk of slipping; R = overdue.")
    cols = ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Update", "RAG"]
    actions = []
    rag_hex = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, rows in [("Open actions", open_actions),
                          ("Actions completed since the last meeting (proposed for closure)", closed_actions)]:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        for (no, meet, minute, text, owner, lead, due, upd, rag, end, end_text, status) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([no, meet, minute, text, owner, due, upd, rag]):
                set_cell(cells[i], v)
            shade(cells[7], rag_hex[rag])
            actions.append(dict(ref=no, under=[heading], action=text, lead=lead, end=end, end_text=end_text,
                                status=status))
        doc.add_paragraph("")
    doc.add_paragraph("Board Secretariat, November 2025")
    doc.save(path(name))

    meta = dict(
        source=("Imitates the action log that an executive agency's board takes at each meeting held in public "
                "(MHRA, 2025; modelled on arm's-length body board papers with a paper reference, purpose line, "
                "RAG legend and open/closed action tables). Copies a right-aligned paper number, agency name and "
                "title, a one-line RAG legend using letters, a table of open actions and a second table of actions "
                "proposed for closure, each with the meeting date and minute number beside the due date, owners as "
                "job titles or abbreviations, and shaded RAG letters."),
        reads=("Two tables of board actions: five open and two completed and proposed for closure, seven in all, "
               "each numbered A/25/nn. The meeting date column is when the action was raised, not when it is due; "
               "the Due column holds months, a dd/mm/yyyy date and once 'Next development day'."),
        outcome="read",
        accept_refusal=False,
        title="Board Meeting held in Public – Action Log",
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Tring Town Council - Full Council action log (csv, read)
# ---------------------------------------------------------------------------
def tring():
    name = "rt-tring-town-council-full-council-action-log.csv"
    open_rows = [
        ("FC/25/052", "21/07/2025",
         "Write to Dacorum Borough Council requesting an update on the lease renewal for the High Street public toilets.",
         "Town Clerk", ["Town Clerk"], "31/10/2025", "Red", "Chased 20/10/2025; awaiting response from DBC Estates.", "2025-10", None, "red"),
        ("FC/25/058", "21/07/2025",
         "Arrange a meeting with Hertfordshire County Council Highways about the request for a pedestrian crossing on Brook Street.",
         "Cllr Hollinghurst / Town Clerk", ["Cllr Hollinghurst", "Town Clerk"], "Dec-25", "Amber",
         "HCC has proposed 9 December; site visit to follow.", "2025-12", None, "amber"),
        ("FC/25/063", "22/09/2025",
         "Prepare the draft 2026/27 budget and precept proposal for the Policy & Finance Committee.",
         "Responsible Financial Officer", ["Responsible Financial Officer"], "January 2026", "Green", "", "2026-01", None, "green"),
        ("FC/25/066", "22/09/2025",
         "Review the Council’s Standing Orders against the 2025 NALC model and bring proposed amendments to Full Council.",
         "Town Clerk", ["Town Clerk"], "Mar 2026", "Not started", "", "2026-03", None, "unrated"),
        ("FC/25/071", "20/10/2025",
         "Keep the Emergency Plan contact list up to date and recirculate to councillors after any change.",
         "Deputy Town Clerk; Facilities Manager", ["Deputy Town Clerk", "Facilities Manager"], "Ongoing", "Green",
         "List reissued 28/10/2025.", None, "Ongoing", "green"),
    ]
    closed_rows = [
        ("FC/25/041", "23/06/2025",
         "Obtain three quotations for replacement play equipment at Miswell Lane recreation ground and report to the Amenities Committee.",
         "Deputy Town Clerk", ["Deputy Town Clerk"], "September 2025", "Complete",
         "Reported to Amenities Committee 15/09/2025.", "2025-09", None, "blue"),
        ("FC/25/047", "23/06/2025",
         "Publish the 2024/25 Annual Governance and Accountability Return and the Notice of Public Rights on the Council website.",
         "RFO", ["RFO"], "30/06/2025", "Complete", "Published 27/06/2025.", "2025-06", None, "blue"),
    ]
    lines = [
        ["Tring Town Council", "", "", "", "", "", ""],
        ["Full Council – Action Log", "", "", "", "", "", ""],
        ["Updated by the Town Clerk: 4 November 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Minute ref", "Meeting date", "Action", "Responsible", "Target date", "Status", "Comments"],
    ]
    actions = []
    for heading, rows in [("OPEN ACTIONS", open_rows), ("COMPLETED SINCE LAST MEETING", closed_rows)]:
        lines.append([heading, "", "", "", "", "", ""])
        for (ref, met, text, resp, lead, target, status_txt, comment, end, end_text, status) in rows:
            lines.append([ref, met, text, resp, target, status_txt, comment])
            actions.append(dict(ref=ref, under=[heading], action=text, lead=lead, end=end, end_text=end_text,
                                status=status))
    lines.append(["", "", "", "", "", "", ""])
    lines.append(["Status key: Green = on track; Amber = at risk; Red = overdue; Complete = to be removed after "
                  "the next meeting", "", "", "", "", "", ""])
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)

    meta = dict(
        source=("Imitates a town council's Full Council action log saved from Excel as CSV (Tring Town Council, "
                "2025; modelled on parish and town council action logs that list minute reference, meeting, action, "
                "who is responsible, target and status, split into open and completed actions). Copies the title "
                "lines, an 'updated by' line, section rows in capitals, minute references as refs, a meeting-date "
                "column before the action, officers and a councillor as responsible, mixed date forms and a status "
                "key line at the foot."),
        reads=("Seven actions from Full Council meetings, five open and two completed since the last meeting, each "
               "under its capitalised section row. The meeting date is when the action was agreed; the target date "
               "column is the end, once 'Ongoing'."),
        outcome="read",
        accept_refusal=False,
        title="Full Council – Action Log",
    )
    write_expected(name, meta, actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Exmoor NPA - Storm Bert lessons learned action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
def exmoor():
    name = "rt-exmoor-npa-storm-bert-lessons-learned-action-plan.txt"
    themes = [
        ("Theme 1: Warning, informing and communication", [
            ("1.1", "Flood and road closure information for visitors was spread across several web pages and social media channels and was not always current.",
             "Create a single ‘Severe weather on Exmoor’ web page, updated by the duty communications officer during incidents.",
             "Head of Communications", ["Head of Communications"], "Mar-25", "Page live from 14 March 2025.", "Complete", "2025-03", None, "blue"),
            ("1.2", "",
             "Agree a shared message protocol with Somerset Council and Devon County Council highways teams for road closures within the National Park.",
             "Head of Communications; Access and Recreation Manager", ["Head of Communications", "Access and Recreation Manager"],
             "Jul-25", "Draft protocol shared with both highway authorities.", "Amber", "2025-07", None, "amber"),
        ]),
        ("Theme 2: Rights of way and visitor infrastructure", [
            ("2.1", "Damage assessments of bridges and footpaths took several weeks because there was no prioritised inspection list.",
             "Produce a risk-prioritised list of bridges, steps and riverside paths for post-storm inspection.",
             "Access and Recreation Manager", ["Access and Recreation Manager"], "30/04/2025",
             "List complete; 142 structures ranked.", "Complete", "2025-04", None, "blue"),
            ("2.2", "",
             "Train field staff and volunteer rangers in rapid structural assessment and photographic reporting.",
             "Ranger Team Leader (North) / Ranger Team Leader (South)", ["Ranger Team Leader (North)", "Ranger Team Leader (South)"],
             "Oct-25", "Course booked for 16 and 17 September.", "Green", "2025-10", None, "green"),
            ("2.3", "The riverside path at Tarr Steps was closed for five days without diversion signage on site.",
             "Hold a stock of temporary closure and diversion signs at the Dulverton and Lynmouth depots.",
             "Estates Manager", ["Estates Manager"], "31/05/2025", "Signs ordered; delivery due 28 May.", "Green", "2025-05", None, "green"),
        ]),
        ("Theme 3: Business continuity", [
            ("3.1", "Staff at Exmoor House lost access to shared drives when the broadband line failed.",
             "Test the 4G failover router at Exmoor House and at Lynmouth National Park Centre.",
             "ICT Manager", ["ICT Manager"], "Quarterly", "First test completed April 2025.", "Green", None, "Quarterly", "green"),
            ("3.2", "",
             "Review the Business Continuity Plan to cover loss of road access to the Dulverton office.",
             "Head of Corporate Services", ["Head of Corporate Services"], "Sep-25",
             "Not yet started – scheduled for July.", "", "2025-09", None, "unrated"),
        ]),
        ("Theme 4: Working with partners", [
            ("4.1", "The Authority was not represented at the Avon and Somerset LRF tactical co-ordinating group until the second day.",
             "Confirm the Authority’s named contacts and standby rota with the Avon and Somerset LRF and the Devon, Cornwall and Isles of Scilly LRF.",
             "Chief Executive", ["Chief Executive"], "Feb-25", "Confirmed at LRF meeting 11 February 2025.", "Complete", "2025-02", None, "blue"),
        ]),
    ]
    out = [
        "Exmoor National Park Authority",
        "Storm Bert (23–24 November 2024): Lessons Learned Action Plan",
        "Presented to: Audit and Performance Committee – 3 June 2025 (Agenda item 9, Appendix A)",
        "Progress position: 19 May 2025",
        "",
        "\t".join(["Ref", "Lesson identified", "Action", "Lead officer", "Target date", "Progress to date", "RAG"]),
    ]
    actions = []
    for theme, rows in themes:
        out.append(theme)
        lesson = None
        for (ref, les, text, leadtxt, lead, target, prog, rag, end, end_text, status) in rows:
            if les:
                lesson = les
            out.append("\t".join([ref, les, text, leadtxt, target, prog, rag]))
            actions.append(dict(ref=ref, under=[theme, lesson], action=text, lead=lead, end=end, end_text=end_text,
                                status=status))
    out += [
        "",
        "RAG key: Complete = action closed; Green = on track; Amber = at risk; Red = not on track; blank = not started",
        "Total actions: 8\tComplete: 3\tGreen: 3\tAmber: 1\tNot started: 1",
    ]
    with open(path(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")

    meta = dict(
        source=("Imitates a national park authority's post-incident lessons learned action plan taken to its audit "
                "and performance committee as an appendix (Exmoor National Park Authority, 2025, after Storm Bert; "
                "modelled on NPA committee papers and multi-agency debrief action plans), as a tab-separated text "
                "export. Copies the title block with committee and agenda item, a header row, theme lines, the lesson "
                "identified given only on the first of its actions, job titles as leads, mixed date forms, an RAG "
                "word column, and a key and totals line at the foot."),
        reads=("Four themes, each a line of its own, over eight numbered actions; where the lesson cell is blank the "
               "action answers the lesson above it. Target dates are mmm-yy, dd/mm/yyyy or 'Quarterly'; one action "
               "has no RAG and is not started."),
        outcome="read",
        accept_refusal=False,
        title="Storm Bert (23–24 November 2024): Lessons Learned Action Plan",
    )
    write_expected(name, meta, actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (severn_trent, devon_torbay, red_cross, millfield, mhra, tring, exmoor):
        nm, n = fn()
        print(f"{nm}: {n} actions")
