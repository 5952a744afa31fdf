"""Build the seven zdd- blind test files (set heldout786) and their expected readings.

Run with /work/main/.venv/bin/python zdd_make.py from any directory; files are written
beside this script.  Only files whose names start with "zdd-" are written.
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


def out(name):
    assert name.startswith("zdd-")
    return os.path.join(HERE, name)


D = dt.datetime

RED, AMBER, GREEN, BLUE = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"
GREY, LIGHT = "FFD9D9D9", "FFDDEBF7"
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


def write_expected(name, data):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. bdht - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def build_bdht():
    name = "zdd-bdht-internal-audit-recommendations-tracker.xlsx"
    title = "bdht – Internal Audit Recommendations Tracker 2025/26"
    A = "IA 24/25-04 Rent Arrears and Income Collection – Limited Assurance"
    B = "IA 24/25-07 Damp, Mould and Condensation – Reasonable Assurance"
    C = "IA 25/26-01 Cyber Security and Data Backup – Reasonable Assurance"
    recA1 = ("Arrears cases should be escalated in line with the Income Collection Procedure, "
             "with evidence of each stage recorded on the housing management system.")
    recA2 = ("Former tenant arrears write-offs should be approved in line with the Scheme of "
             "Delegation and reported to the Finance Committee.")
    recB1 = ("All damp and mould reports should be triaged and inspected within the timescales "
             "set in the Damp, Mould and Condensation Policy, with performance reported to the Board.")
    recB2 = ("Follow-up visits should be completed to confirm that remedial works have been "
             "effective.")
    recC1 = "Backups of critical systems should be restore-tested at least quarterly and the results recorded."
    recC2 = ("Multi-factor authentication should be enforced for all remote access accounts, "
             "including third-party supplier accounts.")
    recC3 = "The Information Security Policy should be reviewed and re-approved."

    # (group, rec, ref, priority, action, lead, orig, revised, rag, update)
    rows = [
        (A, recA1, "1.1", "High",
         "Refresh the escalation stages in the Income Collection Procedure and issue to all Income "
         "Officers with a recorded briefing.",
         "Head of Income & Financial Inclusion", D(2025, 3, 31), D(2025, 6, 30), "Blue",
         "Procedure reissued 12 May 2025; all Income Officers briefed. Verified by internal audit "
         "in the September 2025 follow-up."),
        (A, recA1, "1.2", "High",
         "Introduce a monthly exception report of cases not progressed within 28 days, reviewed by "
         "the Income Team Leader.",
         "Income Team Leader", D(2025, 3, 31), D(2025, 12, 31), "Amber",
         "Report built in test; data quality issues on legacy cases to be cleansed before go-live."),
        (A, recA2, "1.3", "Medium",
         "Update the write-off form to show the approval limit and approver, and report write-offs "
         "over £1,000 to the Finance Committee quarterly.",
         "Head of Finance; Head of Income & Financial Inclusion", D(2025, 12, 31), None, "Green",
         "Form updated. First quarterly report scheduled for the December Finance Committee."),
        (B, recB1, "2.1", "High",
         "Configure the repairs system to flag all damp and mould cases automatically.\n"
         "Add inspection timeliness to the monthly Board performance dashboard.",
         "Head of Repairs", D(2025, 5, 31), D(2026, 1, 31), "Red",
         "Supplier release delayed twice. Interim manual report in place since August 2025; "
         "revised date agreed by Executive Team."),
        (B, recB2, "2.2", "Medium",
         "Introduce a six-week follow-up call and a six-month revisit for all category 1 and 2 cases.",
         "Repairs Manager (Responsive)", D(2025, 7, 31), D(2026, 2, 28), "Green",
         "Follow-up calls in place. Revisit schedule being built into the planner's diary."),
        (C, recC1, "3.1", "High",
         "Implement a quarterly restore test schedule for the housing management, finance and "
         "document management systems.",
         "Head of IT", D(2025, 9, 30), None, "Blue",
         "First restore tests completed 19 September 2025; results logged on the IT risk register."),
        (C, recC2, "3.2", "Medium",
         "Enforce MFA for the remaining 14 supplier accounts and remove dormant accounts.",
         "IT Infrastructure Manager / Head of Procurement", D(2025, 12, 31), None, "Green",
         "9 of 14 supplier accounts now on MFA; 6 dormant accounts removed."),
        (C, recC3, "3.3", "Low",
         "Present the revised Information Security Policy to the Audit & Risk Committee for approval.",
         "Data Protection Officer", D(2026, 3, 31), None, "Not started",
         "Scheduled for the March 2026 Committee."),
    ]
    ragfill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Audit & Risk Committee – 27 November 2025"
    ws["A3"] = "Position as at 31 October 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Report author", "Governance & Assurance Manager"),
          ("Executive lead", "Director of Resources"),
          ("Internal auditor", "RSM UK Risk Assurance Services LLP"),
          ("Version", "v3.1 – ARC"),
          ("Status", "Final")]
    for i, (k, v) in enumerate(dc):
        ws.cell(row=6 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=6 + i, column=2, value=v)
        for c in (1, 2):
            ws.cell(row=6 + i, column=c).border = BOX
    ws["A12"] = ("Sheets: Summary – totals by audit; Tracker – open and recently completed "
                 "recommendations; Key – RAG definitions.")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 44

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of management actions by audit"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Audit", "Assurance", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(hdr, 1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    srows = [("IA 24/25-04 Rent Arrears and Income Collection", "Limited", 3, 1, 1, 1, 0, 0),
             ("IA 24/25-07 Damp, Mould and Condensation", "Reasonable", 2, 0, 1, 0, 1, 0),
             ("IA 25/26-01 Cyber Security and Data Backup", "Reasonable", 3, 1, 1, 0, 0, 1),
             ("Total", "", 8, 2, 3, 1, 1, 1)]
    for i, r in enumerate(srows):
        for j, v in enumerate(r, 1):
            c = sm.cell(row=4 + i, column=j, value=v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 12

    tr = wb.create_sheet("Tracker")
    tr["A1"] = "Internal Audit Recommendations Tracker – open and recently completed actions"
    tr["A1"].font = Font(bold=True, size=13)
    tr.merge_cells("A1:I1")
    tr["A2"] = ("Actions rated Blue are removed from the tracker after the next Committee once "
                "internal audit has verified the evidence.")
    tr["A2"].font = Font(italic=True)
    tr.merge_cells("A2:I2")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(heads, 1):
        c = tr.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    last_group, last_rec, rec_start = None, None, None
    for (g, rec, ref, pri, action, lead, orig, rev, rag, upd) in rows:
        if g != last_group:
            c = tr.cell(row=r, column=1, value=g)
            c.font = Font(bold=True)
            for j in range(1, 10):
                tr.cell(row=r, column=j).fill = fill(GREY)
            tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            last_group, last_rec = g, None
        vals = [ref, pri, rec, action, lead, orig, rev, rag, upd]
        for j, v in enumerate(vals, 1):
            c = tr.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag in ragfill:
            tr.cell(row=r, column=8).fill = fill(ragfill[rag])
        if rec == last_rec:
            # same recommendation as the row above: merge recommendation and priority cells
            for col in (2, 3):
                tr.cell(row=r, column=col).value = None
            for col in (2, 3):
                tr.merge_cells(start_row=rec_start, start_column=col, end_row=r, end_column=col)
        else:
            rec_start = r
        last_rec = rec
        r += 1
    r += 1
    tr.cell(row=r, column=1, value="Key: see Key sheet. Dates are shown day-first (dd/mm/yyyy).").font = Font(italic=True)
    widths = [7, 9, 42, 48, 26, 13, 13, 11, 48]
    for j, w in enumerate(widths):
        tr.column_dimensions["ABCDEFGHI"[j]].width = w
    tr.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (w, f, t) in enumerate([("Blue", BLUE, "Complete – evidence verified by internal audit"),
                                   ("Green", GREEN, "On track to meet the target date"),
                                   ("Amber", AMBER, "At risk of missing the target date"),
                                   ("Red", RED, "Target date missed or revised more than once"),
                                   ("Not started", None, "Action not yet due to start")]):
        c = ky.cell(row=2 + i, column=1, value=w)
        if f:
            c.fill = fill(f)
        ky.cell(row=2 + i, column=2, value=t)
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 50
    wb.save(out(name))

    def ym(d):
        return d.strftime("%Y-%m")

    stmap = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    actions = [act(ref, [g, rec], action, [x.strip() for x in lead.replace(";", "/").split("/")],
                   ym(rev or orig), stmap[rag])
               for (g, rec, ref, pri, action, lead, orig, rev, rag, upd) in rows]
    write_expected(name, {
        "source": ("Imitates a housing association's Audit & Risk Committee internal audit "
                   "recommendations tracker of the kind bdht (Bromsgrove District Housing Trust) and "
                   "other registered providers take to each committee (2025/26; cf. council audit "
                   "tracker reports such as Reading's 'Implementation of Audit Recommendations "
                   "Tracker'). Copied features: cover sheet with document-control table, Summary "
                   "totals sheet, Tracker sheet with a grey merged row per audit report (ref and "
                   "assurance opinion), recommendation and priority cells merged down over two "
                   "actions, original and revised target dates as real dates, RAG words with fill "
                   "colour, progress update column, notes lines, and a separate Key sheet."),
        "reads": ("A cover sheet, a summary count and a tracker of eight agreed management actions "
                  "from three internal audits, each grouped under its audit heading with the "
                  "auditor's recommendation beside it. Each action has a responsible officer (job "
                  "titles, two posts in two cases), an original and sometimes a revised target date, "
                  "and a Blue/Green/Amber/Red/Not started rating."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Skills Development Scotland - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def build_sds():
    name = "zdd-skills-development-scotland-strategic-risk-register-2025-26.xlsx"
    title = "Skills Development Scotland – Strategic Risk Register 2025-26"
    risks = [
        ("SR01: Funding and Financial Sustainability",
         "Reductions or late confirmation of grant-in-aid, combined with pay and inflationary "
         "pressures, mean SDS cannot fund its committed programmes, leading to reduced services "
         "and reputational damage.",
         "Director of Finance and Corporate Services", (4, 5, 20), (3, 4, 12), 8, "Cautious", "↔",
         "Monthly budget monitoring to ELT and Board; Scottish Government sponsor engagement; "
         "in-year reprioritisation process.",
         [("SR01.1", "Develop a three-year medium-term financial plan aligned to the Scottish "
                     "Government spending review.", "Head of Finance", D(2026, 3, 31), "mmm-yy", AMBER),
          ("SR01.2", "Agree prioritisation of 2026-27 programme budgets with the Board.",
           "Executive Leadership Team", "Q3 2025/26", None, GREEN)]),
        ("SR02: Cyber Security and Information Governance",
         "A successful cyber attack or data loss compromises customer and learner data or "
         "disrupts core systems, resulting in harm to individuals, regulatory action and loss of "
         "service.",
         "Chief Digital Officer", (4, 5, 20), (3, 5, 15), 10, "Averse", "↑",
         "Managed security operations centre; Cyber Essentials certification; mandatory staff "
         "training; phishing simulations.",
         [("SR02.1", "Complete Cyber Essentials Plus re-certification.", "Head of Cyber Security",
           D(2025, 11, 30), "dd/mm/yyyy", BLUE),
          ("SR02.2", "Run a cyber incident exercise with the Executive Leadership Team and test the "
                     "incident response plan.",
           "Head of Cyber Security / Business Continuity Manager", "Q4 2025/26", None, GREEN)]),
        ("SR03: Apprenticeship Delivery",
         "Changes to the funding model and training provider capacity mean Modern Apprenticeship "
         "starts fall short of the Scottish Government target, affecting employers and young people.",
         "Director of Service Design and Delivery", (4, 4, 16), (3, 4, 12), 9, "Open", "↔",
         "Contract management framework; provider performance reviews; monthly starts reporting.",
         [("SR03.1", "Implement revised contracting arrangements for Modern Apprenticeship training "
                     "providers for 2026-27.", "Head of Work-Based Learning", "Apr-26", None, RED),
          ("SR03.2", "Monitor starts against the Scottish Government target through monthly "
                     "performance reports.", "Head of Performance and Insight", "Ongoing (monthly)",
           None, GREEN)]),
        ("SR04: People and Organisational Change",
         "Organisational change and recruitment constraints reduce capacity and morale, leading to "
         "loss of key skills and reduced delivery.",
         "Director of People and Culture", (4, 4, 16), (3, 3, 9), 6, "Cautious", "↓",
         "Strategic Workforce Plan; partnership working with trade unions; wellbeing programme.",
         [("SR04.1", "Deliver year one of the Strategic Workforce Plan 2025-28.",
           "Head of HR and Organisational Development", D(2026, 3, 31), "dd/mm/yyyy", AMBER),
          ("SR04.2", "Complete the organisational change consultation with recognised trade unions.",
           "Director of People and Culture", "Jan-26", None, None)]),
        ("SR05: Governance and Compliance",
         "Weaknesses in governance or compliance with the Scottish Public Finance Manual lead to "
         "adverse audit findings.",
         "Chief Executive", (3, 4, 12), (2, 3, 6), 6, "Averse", "↔",
         "Framework document; Audit and Risk Committee; internal audit plan; annual assurance "
         "statements.",
         [(None, "None at present – risk at target; controls kept under review.", None, None, None, None)]),
    ]

    def scorefill(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = ("Reviewed by the Executive Leadership Team on 18 November 2025; presented to the "
                "Audit and Risk Committee on 2 December 2025.")
    top = ["Risk ref and title", "Risk description (cause – event – consequence)", "Risk owner",
           "Inherent risk", None, None, "Key controls in place", "Current risk", None, None,
           "Target score", "Risk appetite", "Trend", "Action ref", "Further actions required",
           "Action owner", "Target date", "Action RAG"]
    sub = [None, None, None, "L", "I", "Score", None, "L", "I", "Score"] + [None] * 8
    for j, h in enumerate(top, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF003A5D")
        c.alignment = WRAP
        c.border = BOX
        s = ws.cell(row=5, column=j, value=sub[j - 1])
        s.font = Font(bold=True, color="FFFFFFFF")
        s.fill = fill("FF003A5D")
        s.border = BOX
    ws.merge_cells("D4:F4")
    ws.merge_cells("H4:J4")
    for col in [1, 2, 3, 7] + list(range(11, 19)):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    r = 6
    for (rt, desc, owner, inh, cur, tgt, app, trend, ctrls, acts) in risks:
        start = r
        for (aref, atext, aown, adate, afmt, arag) in acts:
            ws.cell(row=r, column=14, value=aref)
            ws.cell(row=r, column=15, value=atext)
            ws.cell(row=r, column=16, value=aown)
            c = ws.cell(row=r, column=17, value=adate)
            if afmt:
                c.number_format = afmt
            if arag:
                ws.cell(row=r, column=18).fill = fill(arag)
            for j in range(1, 19):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BOX
            r += 1
        vals = {1: rt, 2: desc, 3: owner, 4: inh[0], 5: inh[1], 6: inh[2], 7: ctrls,
                8: cur[0], 9: cur[1], 10: cur[2], 11: tgt, 12: app, 13: trend}
        for col, v in vals.items():
            ws.cell(row=start, column=col, value=v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=start, column=1).font = Font(bold=True)
        ws.cell(row=start, column=6).fill = fill(scorefill(inh[2]))
        ws.cell(row=start, column=10).fill = fill(scorefill(cur[2]))
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increasing  ↔ stable  ↓ decreasing since last review. "
                                   "Action RAG key on the Scoring Matrix sheet.").font = Font(italic=True)
    widths = [26, 40, 22, 4, 4, 6, 36, 4, 4, 6, 7, 10, 6, 8, 44, 26, 11, 8]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = w
    ws.freeze_panes = "B6"

    sm = wb.create_sheet("Scoring Matrix")
    sm["A1"] = "Risk scoring matrix (likelihood × impact)"
    sm["A1"].font = Font(bold=True)
    sm["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        sm.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        sm.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for k in range(1, 6):
            s = (6 - i) * k
            c = sm.cell(row=3 + i, column=1 + k, value=s)
            c.fill = fill(scorefill(s))
    sm["A11"] = "Action RAG key"
    sm["A11"].font = Font(bold=True)
    for i, (f, t) in enumerate([(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "At risk"),
                                (RED, "Behind schedule"), (None, "Blank – not yet started")]):
        c = sm.cell(row=12 + i, column=1)
        if f:
            c.fill = fill(f)
        sm.cell(row=12 + i, column=2, value=t)

    hm = wb.create_sheet("Heat Map")
    hm["A1"] = "Current risk position"
    hm["A1"].font = Font(bold=True)
    for i, (rt, *_rest) in enumerate(risks):
        hm.cell(row=3 + i, column=1, value=rt.split(":")[0])
        hm.cell(row=3 + i, column=2, value=_rest[3][2])
    wb.save(out(name))

    colmap = {AMBER: "amber", GREEN: "green", BLUE: "blue", RED: "red", None: "unrated"}
    actions = []
    for (rt, desc, owner, inh, cur, tgt, app, trend, ctrls, acts) in risks:
        for (aref, atext, aown, adate, afmt, arag) in acts:
            if aref is None:
                continue
            end_text = None
            if isinstance(adate, dt.datetime):
                end = adate.strftime("%Y-%m")
            else:
                end = {"Q3 2025/26": "2025-12", "Q4 2025/26": "2026-03", "Apr-26": "2026-04",
                       "Jan-26": "2026-01", "Ongoing (monthly)": None}[adate]
                if end is None:
                    end_text = adate
            leads = [x.strip() for x in aown.split("/")]
            actions.append(act(aref, [rt], atext, leads, end, colmap[arag], end_text))
    write_expected(name, {
        "source": ("Imitates a Scottish non-departmental public body's strategic risk register as "
                   "presented to its Audit and Risk Committee (SDS 2025-26; layout after Scottish "
                   "Public Finance Manual proforma registers and NDPB registers such as Revenue "
                   "Scotland's and Forestry and Land Scotland's). Copied features: title and "
                   "review line, two-row header with merged Inherent/Current L-I-Score groups, "
                   "risk cells merged down over their further actions, score cells filled by "
                   "matrix colour, appetite and trend arrows, action refs, target dates mixing real "
                   "dates, 'Q3 2025/26', 'Apr-26' and 'Ongoing (monthly)', an Action RAG column "
                   "shown by fill colour only (one blank), a 'None at present' row for a risk at "
                   "target, and separate Scoring Matrix and Heat Map sheets."),
        "reads": ("Five strategic risks, each with owner, scores and controls; four of them carry "
                  "two further actions each (eight actions) with an action owner, target date and "
                  "a coloured action RAG cell whose meaning is given in the key. SR05 has no "
                  "further actions, so it contributes none."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Royal Opera House - governance effectiveness review action plan (xlsx)
# ---------------------------------------------------------------------------
def build_roh():
    name = "zdd-royal-opera-house-governance-effectiveness-review-action-plan.xlsx"
    title = "Governance Effectiveness Review 2025 – Trustee Action Plan"
    P2 = "Principle 2 – Leadership"
    P4 = "Principle 4 – Decision-making, risk and control"
    P5 = "Principle 5 – Board effectiveness"
    P6 = "Principle 6 – Equality, diversity and inclusion"
    R1 = ("Recommendation 1: The Board should set out more clearly the matters reserved to it and "
          "those delegated to the Chief Executive and to committees.")
    R2 = ("Recommendation 2: Board papers should be shorter, with a clear statement of the "
          "decision or assurance sought.")
    R3 = ("Recommendation 3: The Board should carry out a skills audit and use it to plan trustee "
          "recruitment and succession.")
    R4 = ("Recommendation 4: The Board should set measurable diversity objectives for its own "
          "composition and report on progress annually.")
    R5 = ("Recommendation 5: The Audit Committee should review the risk appetite statement at "
          "least annually.")
    # sheet -> list of (principle, rec, [(no, action, lead, timescale, progress, rag)])
    open_items = [
        (P2, R1, [
            ("1.1", "Revise the Schedule of Matters Reserved to the Board and the Scheme of "
                    "Delegation and present them to the Board for approval.",
             "Company Secretary", "Dec-25", "Draft considered by the Nominations & Governance "
                                             "Committee on 14 October 2025.", "Green"),
            ("1.2", "Refresh committee terms of reference so that each committee's delegated "
                    "authority is explicit.",
             "Company Secretary; Committee Chairs", "By 31 March 2026",
             "Audit and Remuneration Committee terms drafted; others to follow.", "Amber")]),
        (P4, R2, [
            ("2.2", "Pilot a consent agenda for items for noting and review it after three meetings.",
             "Chair", "Mar-26", "Used at the September and November Board meetings.", "Green")]),
        (P5, R3, [
            ("3.1", "Complete a trustee skills and experience audit and report the gaps to the "
                    "Nominations & Governance Committee.",
             "Senior Independent Trustee", "Nov-25", "Survey closed; three responses outstanding.",
             "Amber"),
            ("3.2", "Agree a three-year trustee succession plan, including for the Chair's term "
                    "ending in 2027.",
             "Senior Independent Trustee", "Jun-26", "", "Not started")]),
        (P6, R4, [
            ("4.1", "Agree Board diversity objectives and publish them in the Trustees' Annual "
                    "Report 2025/26.",
             "Chair", "Jul-26", "Objectives to be discussed at the Board away day in January.",
             "Green")]),
    ]
    done_items = [
        (P4, R2, [
            ("2.1", "Introduce a new Board paper template with an executive summary and a "
                    "'purpose of paper' box.",
             "Chief Executive & Company Secretary", "Sep-25",
             "Template in use from the September 2025 Board.", "Complete")]),
        (P4, R5, [
            ("5.1", "Review the risk appetite statement and recommend it to the Board.",
             "Chair of Audit Committee", "Jul-25", "Approved by the Board on 15 July 2025.",
             "Complete")]),
    ]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    wb = Workbook()

    def sheet(ws, heading, items):
        ws["A1"] = "Royal Opera House Covent Garden Foundation"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=14)
        ws["A3"] = ("Monitored by the Nominations & Governance Committee. Last updated: "
                    "20 October 2025")
        ws["A3"].font = Font(italic=True)
        hd = ["No.", "Review recommendation / action", "Lead(s)", "Timescale", "Progress to date", "RAG"]
        for j, h in enumerate(hd, 1):
            c = ws.cell(row=5, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("FF7A0019")
            c.border = BOX
        r = 6
        lastp = None
        for (p, rec, acts) in items:
            if p != lastp:
                c = ws.cell(row=r, column=1, value=p)
                c.font = Font(bold=True)
                for j in range(1, 7):
                    ws.cell(row=r, column=j).fill = fill(GREY)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                r += 1
                lastp = p
            c = ws.cell(row=r, column=2, value=rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill(LIGHT)
                ws.cell(row=r, column=j).border = BOX
            r += 1
            for (no, a, lead, ts, prog, rag) in acts:
                for j, v in enumerate([no, a, lead, ts, prog or None, rag], 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag in ragfill:
                    ws.cell(row=r, column=6).fill = fill(ragfill[rag])
                r += 1
        for j, w in enumerate([6, 60, 28, 16, 40, 12], 1):
            ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = w

    ws = wb.active
    ws.title = "Action Plan"
    sheet(ws, title, open_items)
    ws2 = wb.create_sheet("Completed actions")
    sheet(ws2, "Completed actions – to be removed after the December 2025 Committee", done_items)
    kn = wb.create_sheet("Key & notes")
    kn["A1"] = "RAG key"
    kn["A1"].font = Font(bold=True)
    for i, (w, f, t) in enumerate([("Complete", BLUE, "Action complete (moved to Completed actions)"),
                                   ("Green", GREEN, "On track"),
                                   ("Amber", AMBER, "Some slippage – within tolerance"),
                                   ("Red", RED, "Off track – Committee attention needed"),
                                   ("Not started", None, "Not yet started")]):
        c = kn.cell(row=2 + i, column=1, value=w)
        if f:
            c.fill = fill(f)
        kn.cell(row=2 + i, column=2, value=t)
    kn["A9"] = ("The review was carried out by an external reviewer against the Charity Governance "
                "Code between March and May 2025. Recommendations are grouped by Code principle.")
    wb.save(out(name))

    endmap = {"Dec-25": "2025-12", "By 31 March 2026": "2026-03", "Mar-26": "2026-03",
              "Nov-25": "2025-11", "Jun-26": "2026-06", "Jul-26": "2026-07", "Sep-25": "2025-09",
              "Jul-25": "2025-07"}
    stmap = {"Green": "green", "Amber": "amber", "Not started": "unrated", "Complete": "blue"}
    leadmap = {"Company Secretary": ["Company Secretary"],
               "Company Secretary; Committee Chairs": ["Company Secretary", "Committee Chairs"],
               "Chair": ["Chair"], "Senior Independent Trustee": ["Senior Independent Trustee"],
               "Chief Executive & Company Secretary": ["Chief Executive", "Company Secretary"],
               "Chair of Audit Committee": ["Chair of Audit Committee"]}
    actions = []
    for items in (open_items, done_items):
        for (p, rec, acts) in items:
            for (no, a, lead, ts, prog, rag) in acts:
                actions.append(act(no, [p, rec], a, leadmap[lead], endmap[ts], stmap[rag]))
    write_expected(name, {
        "source": ("Imitates a large arts charity's trustee action plan following an external "
                   "governance effectiveness review against the Charity Governance Code (Royal "
                   "Opera House Covent Garden Foundation, 2025; principles as numbered in the Code: "
                   "2 Leadership, 4 Decision-making, risk and control, 5 Board effectiveness, "
                   "6 Equality, diversity and inclusion). Copied features: body and plan title "
                   "rows with a 'monitored by / last updated' line, grey merged principle rows, the "
                   "review recommendation on its own shaded row above its numbered actions, "
                   "timescales as 'Dec-25' text and 'By 31 March 2026', RAG words with fill, "
                   "completed actions moved to a second sheet that repeats the headings, and a "
                   "Key & notes sheet."),
        "reads": ("An action plan of six open actions and, on a second sheet, two completed "
                  "actions, each under a Charity Governance Code principle and the reviewer's "
                  "recommendation written above it. Leads are trustee or staff posts (two posts in "
                  "two rows), timescales are months, and the RAG column gives Green, Amber, Not "
                  "started or Complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. PPS NI - Audit and Risk Assurance Committee action log (docx)
# ---------------------------------------------------------------------------
def build_pps():
    name = "zdd-public-prosecution-service-ni-audit-and-risk-assurance-committee-action-log.docx"
    title = "Audit and Risk Assurance Committee – Action Log"
    meetings = [
        ("Meeting of 13 March 2025", [
            ("Item 8 – Information Assurance and GDPR Update", [
                ("25/05", "Provide the Committee with an update on the roll-out of the revised "
                          "retention and disposal schedule to regional offices.",
                 "Head of Information Management", "June 2025\nRevised: December 2025",
                 "Roll-out complete in Belfast and Foyle; remaining regions delayed by the records "
                 "migration. Revised date agreed at June meeting.", "A")]),
        ]),
        ("Meeting of 12 June 2025", [
            ("Item 5 – NIAO Report to Those Charged with Governance 2024-25", [
                ("25/14", "Prepare a management response to the NIAO finding on the accrual of "
                          "counsel fees and circulate it to members.",
                 "Head of Finance", "September 2025", "Circulated to members on 2 September 2025.",
                 "B"),
                ("25/15", "Review the fixed asset verification process and confirm the outcome to "
                          "NIAO before the 2025-26 interim audit.",
                 "Head of Finance; Estates Manager", "January 2026",
                 "Verification exercise planned for November 2025.", "G")]),
            ("Item 7 – Internal Audit: Records Management (Limited assurance)", [
                ("25/16", "Agree an action plan to address the six priority two findings, with "
                          "target dates, and report progress to each meeting.",
                 "Senior Assistant Director (Resources and Change)", "Ongoing – each meeting",
                 "Action plan agreed; 2 of 6 findings closed. Progress reported under Item 5.", "A")]),
        ]),
        ("Meeting of 9 October 2025", [
            ("Item 4 – Corporate Risk Register Q2 2025-26", [
                ("25/21", "Add a separate corporate risk on the resilience of the case management "
                          "system following the supplier's end-of-support notice.",
                 "Head of ICT", "December 2025", "Draft risk considered by the Risk Management "
                                                 "Group on 30 October.", "G"),
                ("25/22", "Arrange a deep-dive on the staffing and recruitment risk for the "
                          "February 2026 meeting.",
                 "Head of HR / Committee Secretary", "February 2026", "Added to the forward work "
                                                                      "programme.", "G")]),
            ("Item 6 – Fraud and Raising Concerns Annual Report", [
                ("25/23", "Circulate the refreshed Raising Concerns policy to members before it is "
                          "submitted for Departmental approval.",
                 "Head of Governance", "November 2025", "", "G")]),
        ]),
    ]
    ragshade = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Public Prosecution Service for Northern Ireland\tOFFICIAL"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Updated following the meeting of 9 October 2025. Actions rated B are complete "
                      "and will be removed from the log once noted by the Committee.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (k, t) in enumerate([("B", "B – Complete"), ("G", "G – On track"),
                                ("A", "A – Some delay; revised date agreed"),
                                ("R", "R – Overdue or at risk")]):
        set_cell(key.rows[0].cells[i], t, bold=True, size=9)
        shade(key.rows[0].cells[i], ragshade[k])
    doc.add_paragraph("")
    for (mtitle, items) in meetings:
        doc.add_heading(mtitle, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Owner", "Due", "Update", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for (item, acts) in items:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, item, bold=True)
            shade(m, "DDEBF7")
            for (no, a, own, due, upd, rag) in acts:
                row = t.add_row()
                for i, v in enumerate([no, a, own, due, upd, rag]):
                    set_cell(row.cells[i], v)
                shade(row.cells[5], ragshade[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Committee Secretary, Governance Unit – October 2025")
    doc.save(out(name))

    endmap = {"June 2025\nRevised: December 2025": "2025-12", "September 2025": "2025-09",
              "January 2026": "2026-01", "Ongoing – each meeting": None, "December 2025": "2025-12",
              "February 2026": "2026-02", "November 2025": "2025-11"}
    stmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    leadmap = {"Head of Finance; Estates Manager": ["Head of Finance", "Estates Manager"],
               "Head of HR / Committee Secretary": ["Head of HR", "Committee Secretary"]}
    actions = []
    for (mtitle, items) in meetings:
        for (item, acts) in items:
            for (no, a, own, due, upd, rag) in acts:
                end = endmap[due]
                actions.append(act(no, [mtitle, item], a, leadmap.get(own, [own]), end, stmap[rag],
                                   due if end is None else None))
    write_expected(name, {
        "source": ("Imitates a Northern Ireland public body's Audit and Risk Assurance Committee "
                   "action log (Public Prosecution Service for Northern Ireland, 2025; cf. ARAC "
                   "minutes of NI bodies such as the Assembly Commission ARC, with NIAO Report to "
                   "Those Charged with Governance and internal audit items). Copied features: "
                   "organisation in the page header with OFFICIAL marking, Title, a one-row "
                   "shaded B/G/A/R key table, one table per meeting under a Heading 2, merged "
                   "shaded agenda-item rows inside each table, action numbers like 25/14, a Due "
                   "cell holding both the original and a revised date, an 'Ongoing – each meeting' "
                   "due, RAG letters with cell shading, and a sign-off line."),
        "reads": ("A committee action log with seven actions from three meetings, each under the "
                  "meeting heading and the agenda item it arose from. Owners are posts (two posts "
                  "in two rows); one action's due date was revised from June to December 2025 and "
                  "one is ongoing; RAG letters give status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Chelmer Valley High School - ICO reprimand action plan (docx)
# ---------------------------------------------------------------------------
def build_cvhs():
    name = "zdd-chelmer-valley-high-school-ico-reprimand-action-plan.docx"
    title = "Chelmer Valley High School: ICO Reprimand Action Plan"
    recs = [
        ("Recommendation 1",
         "Complete a data protection impact assessment (DPIA) before any processing that is likely "
         "to result in a high risk to individuals, including any future use of biometric "
         "technology, and review existing DPIAs regularly.",
         [("1.1", "Suspend enrolment of new students on the facial recognition system until a DPIA "
                  "has been completed and signed off.", "Headteacher", "September 2024",
           "Enrolment suspended 2 September 2024.", "Complete"),
          ("1.2", "Complete a DPIA for the cashless catering system with the Data Protection "
                  "Officer and present it to the Resources Committee.",
           "School Business Manager & DPO", "Autumn term 2024",
           "DPIA approved by the Resources Committee on 27 November 2024.", "Complete"),
          ("1.3", "Audit all systems that process special category data and complete or review "
                  "DPIAs where needed.", "School Business Manager", "Spring term 2025",
           "11 of 17 systems reviewed.", "On track")]),
        ("Recommendation 2",
         "Ensure that the Data Protection Officer is involved, properly and in a timely manner, in "
         "all issues which relate to the protection of personal data.",
         [("2.1", "Add a data protection checkpoint, including DPO sign-off, to the school's "
                  "procurement and new-project checklist.", "School Business Manager",
           "October 2024", "Checklist updated and issued to budget holders.", "Complete"),
          ("2.2", "Provide data protection refresher training for the Senior Leadership Team and "
                  "governors.", "DPO (Essex schools DPO service)", "31/01/2025",
           "SLT trained in December 2024; governor session booked for 4 February 2025.", "Amber")]),
        ("Recommendation 3",
         "Obtain valid, explicit opt-in consent before processing students' biometric data, and "
         "give students and parents clear information and a genuine alternative.",
         [("3.1", "Write to all parents and students to seek explicit opt-in consent, offering PIN "
                  "or card payment as an alternative.", "Headteacher", "September 2024",
           "Letters sent 6 September 2024; consent log held by the school office.", "Complete"),
          ("3.2", "Delete the biometric templates of all students for whom opt-in consent has not "
                  "been received and obtain written confirmation of deletion from the supplier.",
           "Network Manager / School Business Manager", "w/c 14/10/2024",
           "Supplier confirmation received 18 October 2024.", "Complete"),
          ("3.3", "Update the privacy notice for students and parents to explain the use of "
                  "biometric data and the right to withdraw consent.", "DPO", "Summer term 2025",
           "", "Not started")]),
    ]
    shades = {"Complete": "9DC3E6", "On track": "A9D18E", "Amber": "FFD966"}

    doc = Document()
    doc.add_paragraph(title, style="Title")
    sub = doc.add_paragraph("Use of facial recognition technology (FRT) for cashless catering")
    sub.runs[0].italic = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Plan owner", "School Business Manager"),
                                ("Approved by", "Resources Committee of the Governing Body"),
                                ("Date of this update", "20 January 2025"),
                                ("Next review", "Resources Committee, March 2025")]):
        set_cell(dc.rows[i].cells[0], k, bold=True)
        set_cell(dc.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "In July 2024 the Information Commissioner's Office (ICO) issued the school with a "
        "reprimand under Article 58(2)(b) of the UK GDPR. The ICO found that the school had "
        "introduced facial recognition technology in the canteen in March 2023 without first "
        "completing a data protection impact assessment, without consulting its Data Protection "
        "Officer and without obtaining valid opt-in consent. The ICO made the recommendations set "
        "out below. This plan records the school's actions against each recommendation; progress "
        "is reported to every meeting of the Resources Committee.")
    doc.add_heading("Actions against the ICO recommendations", level=1)
    for (rh, rtext, acts) in recs:
        doc.add_heading(rh, level=2)
        p = doc.add_paragraph(rtext)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "By when", "Progress (January 2025)", "Status"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "1F3864")
            t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for (ref, a, lead, when, prog, st) in acts:
            row = t.add_row()
            for i, v in enumerate([ref, a, lead, when, prog, st]):
                set_cell(row.cells[i], v)
            if st in shades:
                shade(row.cells[5], shades[st])
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action finished and evidence held; On track – "
                      "progressing to date; Amber – some delay; Not started – not yet begun.")
    doc.save(out(name))

    endmap = {"September 2024": "2024-09", "Autumn term 2024": "2024-12",
              "Spring term 2025": "2025-04", "October 2024": "2024-10", "31/01/2025": "2025-01",
              "w/c 14/10/2024": "2024-10", "Summer term 2025": "2025-07"}
    stmap = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    leadmap = {"School Business Manager & DPO": ["School Business Manager", "DPO"],
               "Network Manager / School Business Manager": ["Network Manager", "School Business Manager"]}
    actions = []
    for (rh, rtext, acts) in recs:
        for (ref, a, lead, when, prog, st) in acts:
            actions.append(act(ref, [rtext], a, leadmap.get(lead, [lead]), endmap[when], stmap[st]))
    write_expected(name, {
        "source": ("Imitates a school's action plan responding to an ICO reprimand (Chelmer Valley "
                   "High School, Essex; ICO reprimand of July 2024 over facial recognition for "
                   "cashless canteen payments, no prior DPIA, no DPO input, opt-out rather than "
                   "opt-in consent). Copied features: Title and italic subtitle, a "
                   "document-control table, a background section, one Heading 2 per ICO "
                   "recommendation ('Recommendation 1' etc.) with the recommendation text in "
                   "italics above its own action table, school-style deadlines (month names, "
                   "'Autumn term 2024', 'Spring term 2025', 'Summer term 2025', 'w/c 14/10/2024', "
                   "31/01/2025), Status words with cell shading, and a status key line."),
        "reads": ("Eight actions in three tables, one for each ICO recommendation, read under the "
                  "recommendation's text (the heading only names it as 'Recommendation n'). Leads "
                  "are school posts, two posts in two rows; deadlines are months or school terms; "
                  "status is Complete, On track, Amber or Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Transport for Wales - CVL programme highlight report (plain text export)
# ---------------------------------------------------------------------------
def build_tfw():
    name = "zdd-transport-for-wales-core-valley-lines-programme-highlight-report.txt"
    title = "Core Valley Lines Transformation Programme – Highlight Report"
    streams = [
        ("1. Infrastructure – electrification and signalling", [
            ("1.1", "Complete energisation of the overhead line equipment between Pontypridd and "
                    "Aberdare.", "Infrastructure Delivery Manager (North)", "Jul-25", "Dec-25", "A", "A"),
            ("1.2", "Commission the Radyr to Merthyr Tydfil signalling interlocking and hand back "
                    "to operations.", "Signalling Project Manager", "Oct-25", "Oct-25", "G", "G"),
            ("1.3", "Complete the independent assessment of OLE clearances at Cardiff Queen Street.",
             "Head of Engineering Assurance", "Aug-25", "28/08/2025", "G", "Complete")]),
        ("2. Stations and accessibility", [
            ("2.1", "Open the new step-free footbridge at Trefforest station.",
             "Stations Programme Manager", "Nov-25", "Feb-26", "A", "R"),
            ("2.2", "Complete platform extension works at Abercynon for four-car tram-train services.",
             "Stations Programme Manager", "Mar-26", "Mar-26", "G", "G")]),
        ("3. Rolling stock and depot", [
            ("3.1", "Complete dynamic testing of Class 398 tram-trains on the Cardiff Bay line.",
             "Fleet Director", "Sep-25", "Jan-26", "G", "A"),
            ("3.2", "Complete the Taff's Well depot stabling sidings and hand over to Fleet.",
             "Depot Project Manager; Fleet Engineering Manager", "Dec-25", "Dec-25", "G", "G")]),
        ("4. Operational readiness", [
            ("4.1", "Complete driver route-learning and traction training for the Aberdare and "
                    "Merthyr lines.", "Head of Operational Readiness", "Jan-26", "Mar-26", "A", "A")]),
    ]
    L = []
    L += ["Transport for Wales",
          title,
          "Reporting period: Period 7, 14 September 2025 to 11 October 2025",
          "Report to: CVL Programme Board, 22 October 2025",
          "Exported from Verto on 16/10/2025 09:42",
          "",
          "Senior Responsible Owner: Chief Operating Officer",
          "Programme Director: Rail Infrastructure Director",
          "",
          "OVERALL STATUS: AMBER (previous period: AMBER)",
          "Time: AMBER    Cost: AMBER    Scope: GREEN    Resources: GREEN    Benefits: GREEN",
          "",
          "SUMMARY",
          "Energisation north of Pontypridd has slipped to December 2025 because of additional "
          "bridge clearance works. The Trefforest footbridge is now forecast for February 2026 "
          "after a steel fabrication delay. Tram-train testing on the Cardiff Bay line resumed on "
          "6 October. Spend to date is within the approved envelope; the cost RAG remains amber "
          "pending the outcome of two contractor claims.",
          "",
          "KEY ACTIONS AND MILESTONES",
          "\t".join(["Ref", "Action / milestone", "Owner", "Baseline", "Forecast", "Prev RAG", "RAG"])]
    for (ws, acts) in streams:
        L.append(ws)
        for a in acts:
            L.append("\t".join(a))
    L += ["",
          "KEY RISKS",
          "- R12 Possession availability: limited weekend possessions in Q4 could delay OLE "
          "energisation further. Mitigation: early booking with Network Rail and midweek night "
          "possessions.",
          "- R19 Supply chain: steel and signalling component lead times. Mitigation: fortnightly "
          "supplier reviews.",
          "",
          "DECISIONS REQUIRED FROM PROGRAMME BOARD",
          "- Note the revised forecast for milestone 2.1 and approve the change request for the "
          "Trefforest footbridge programme.",
          "",
          "RAG key: G = on track; A = at risk, recovery plan in place; R = baseline date will be "
          "missed; Complete = milestone achieved.",
          "Next report: Period 8, 19 November 2025"]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    mon = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
           "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}

    def ym(s):
        if "/" in s:
            d, m, y = s.split("/")
            return f"{y}-{m}"
        m, y = s.split("-")
        return f"20{y}-{mon[m]:02d}"

    stmap = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    actions = []
    for (ws, acts) in streams:
        for (ref, a, own, base, fc, prev, rag) in acts:
            actions.append(act(ref, [ws], a, [x.strip() for x in own.split(";")], ym(fc), stmap[rag]))
    write_expected(name, {
        "source": ("Imitates a PRINCE2-style programme highlight report exported as plain text "
                   "from a portfolio tool (Transport for Wales, Core Valley Lines transformation / "
                   "South Wales Metro, 2025; layout after PRINCE2 highlight report templates with "
                   "status summary, this/next period, key issues and risks). Copied features: "
                   "title block with reporting period, board and export stamp, overall and "
                   "dimension RAG lines, a prose summary, a tab-separated milestones table "
                   "grouped by numbered workstream lines, baseline and forecast dates, previous "
                   "and current RAG columns, bulleted risks with mitigations, a decisions section "
                   "and a RAG key line."),
        "reads": ("A highlight report whose action content is the 'Key actions and milestones' "
                  "table: eight milestones under four workstreams, each with an owner, a baseline "
                  "and a forecast date (the forecast is the current end) and a previous and current "
                  "RAG. Risks and decisions are bullets, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Launceston Town Council - internal audit action plan (csv) - REFUSE
# ---------------------------------------------------------------------------
def build_ltc():
    name = "zdd-launceston-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"
    title = "Internal Audit 2024-25: Action Plan in response to the Internal Auditor's Interim and Year-End Reports"
    rows = [
        ["Launceston Town Council", "", "", "", "", "", ""],
        [title, "", "", "", "", "", ""],
        ["Finance & General Purposes Committee – 15 July 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Control area", "Internal Auditor's recommendation", "Action agreed by Council",
         "Responsible", "Target date", "Status"],
        ["1", "A. Books of account",
         "The cashbook should be reconciled to the bank statements monthly and the reconciliation "
         "signed by a councillor.",
         "Bank reconciliation to be presented to each F&GP meeting and signed by the Chair.",
         "Town Clerk", "July 2025", "Complete"],
        ["2", "B. Financial regulations",
         "Financial Regulations should be updated to the 2024 NALC model.",
         "Adopt the 2024 NALC model Financial Regulations with local thresholds.",
         "Town Clerk", "September 2025", "In progress"],
        ["3", "C. Risk management",
         "The risk register should be reviewed and formally approved by Council annually.",
         "Review the risk register at the September Full Council and minute its approval.",
         "Deputy Town Clerk", "September 2025", "Not started"],
        ["4", "C. Risk management",
         "Insurance cover should be checked against the asset register.",
         "Reconcile the insurance schedule to the asset register before renewal.",
         "Deputy Town Clerk / RFO", "Septmber 2025", "Not started"],
        ["5", "E. Income controls",
         "Market and hall hire income should be reconciled to bookings monthly.",
         "Introduce a monthly bookings-to-income reconciliation signed by the RFO.",
         "RFO", "October 2025", "In progress"],
        ["6", "H. Asset register",
         "The asset register should record acquisition dates and values for all items.",
         "Update the asset register following the September asset check.",
         "Facilities Manager", "November 2025", "Not started"],
        ["7", "L. Transparency",
         "The website should publish all information required by the Transparency Code.",
         "Publish the 2024-25 accounts, AGAR and notice of public rights on the website.",
         "Town Clerk", "June 2025", "Complete"],
        ["", "", "", "", "", "", ""],
        ["Status of actions will be reported to each F&GP meeting until all are complete.", "", "",
         "", "", "", ""],
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)
    refuse_line = next(i for i, r in enumerate(rows, 1) if r[5] == "Septmber 2025")
    write_expected(name, {
        "source": ("Imitates a town council's action plan responding to its internal auditor's "
                   "interim and year-end reports for 2024-25, taken to a Finance & General "
                   "Purposes Committee (Launceston Town Council, Cornwall, 2025; control areas "
                   "lettered as in the AGAR Annual Internal Audit Report, A Books of account to "
                   "L Transparency). Copied features: council name, plan title and committee/date "
                   "lines above a header row, numbered rows with control area, auditor's "
                   "recommendation, agreed action, responsible officer, target month and status, "
                   "and a closing note line; saved as CSV from a spreadsheet."),
        "reads": ("Seven numbered actions with the auditor's recommendation beside each and "
                  "target months from June to November 2025. Row 4's target date reads "
                  "'Septmber 2025', a mistyped month, so a careful reader stops and asks at that "
                  "line."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })


if __name__ == "__main__":
    build_bdht()
    build_sds()
    build_roh()
    build_pps()
    build_cvhs()
    build_tfw()
    build_ltc()
    print("built", sorted(n for n in os.listdir(HERE) if n.startswith("zdd")))
