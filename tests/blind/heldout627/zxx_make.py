"""Build the seven zxx- blind test files (set heldout627) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "zxx-" in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def out(name):
    assert name.startswith("zxx-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_yaml(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Northumbria Police - force strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def northumbria():
    name = "zxx-northumbria-police-force-strategic-risk-register-2025-26.xlsx"
    title = "Northumbria Police – Force Strategic Risk Register 2025/26"
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    status_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}

    # risk: (heading, description, owner, L, I, actions)
    # action: (ref, text, owner, target, revised, status, update, exp_lead, exp_end, exp_end_text)
    risks = [
        ("SR1 – Contact demand exceeds call-handling capacity",
         "Sustained 999 and 101 demand above forecast, combined with call-handler attrition, "
         "leads to missed answer-time targets and risk of harm to callers who abandon.",
         "ACC Local Policing", 4, 4, [
             ("SR1.1", "Recruit and train two additional call-handler cohorts (24 staff) to reach establishment.",
              "Head of Communications", d(2025, 9, 30), d(2025, 12, 31), "At risk",
              "Cohort 1 (12) completed training Sept 2025; cohort 2 start delayed to November due to vetting backlog.",
              ["Head of Communications"], "2025-12", None),
             ("SR1.2", "Implement Right Care, Right Person phase 3 (concern for welfare) call-triage process.",
              "Head of Partnerships & Vulnerability", d(2025, 7, 31), None, "Complete",
              "Phase 3 live from 21 July 2025; post-implementation review reported to FEB in September.",
              ["Head of Partnerships & Vulnerability"], "2025-07", None),
             ("SR1.3", "Refresh the contact centre demand model and consult staff on a revised shift pattern.",
              "Head of Communications / Head of HR Business Partnering", d(2026, 3, 31), None, "On track",
              "Modelling completed by the Operational Research team; staff consultation opens 3 November.",
              ["Head of Communications", "Head of HR Business Partnering"], "2026-03", None),
         ]),
        ("SR2 – Financial sustainability over the MTFS period",
         "The Medium Term Financial Strategy shows a funding gap from 2026/27; failure to identify recurrent "
         "savings would require reductions in officer and staff numbers.",
         "Director of Finance", 4, 5, [
             ("SR2.1", "Identify and validate £6.2m of recurrent savings through the Priority-Based Budgeting review.",
              "Director of Finance", d(2025, 12, 31), None, "On track",
              "£4.1m validated to date; remaining options go to Chief Officer Team in November.",
              ["Director of Finance"], "2025-12", None),
             ("SR2.2", "Agree the 2026/27 precept proposal with the PCC and present it to the Police and Crime Panel.",
              "Chief Finance Officer (OPCC); Director of Finance", d(2026, 2, 6), None, "On track",
              "Precept options paper scheduled for the PCC's Scrutiny Meeting on 9 December.",
              ["Chief Finance Officer (OPCC)", "Director of Finance"], "2026-02", None),
             ("SR2.3", "Complete the estates rationalisation business case (disposal of three surplus sites).",
              "Head of Estates", d(2025, 6, 30), d(2025, 10, 31), "Off track",
              "Business case delayed pending independent valuation; revised date will also be missed.",
              ["Head of Estates"], "2025-10", None),
         ]),
        ("SR3 – Public trust and confidence following vetting and misconduct cases",
         "High-profile misconduct cases nationally and locally reduce public confidence, particularly among "
         "women and girls, and affect reporting and recruitment.",
         "Deputy Chief Constable", 3, 4, [
             ("SR3.1", "Complete the Police National Database re-check of the whole workforce.",
              "Head of Professional Standards", d(2025, 3, 31), None, "Complete",
              "All 6,112 records checked; 14 referrals to PSD, all now concluded.",
              ["Head of Professional Standards"], "2025-03", None),
             ("SR3.2", "Embed the community scrutiny panel for stop and search and use of force in all three area commands.",
              "Head of Corporate Development", "Ongoing", None, "On track",
              "Panels meeting quarterly in North and Central; South panel first meeting 12 November.",
              ["Head of Corporate Development"], None, "Ongoing"),
         ]),
        ("SR4 – Loss of critical ICT systems (cyber attack or infrastructure failure)",
         "A cyber attack or failure of core infrastructure causes loss of command and control, records "
         "or radio systems, affecting the ability to respond to emergencies.",
         "Director of Digital Policing", 3, 5, [
             ("SR4.1", "Move the command and control disaster-recovery environment to the secondary data centre and test failover.",
              "Head of ICT Infrastructure", d(2025, 11, 30), None, "At risk",
              "Supplier resource constraints; failover test now booked for 27 November.",
              ["Head of ICT Infrastructure"], "2025-11", None),
             ("SR4.2", "Achieve Cyber Essentials Plus re-certification and close the 2024 penetration test high-risk findings.",
              "Information Security Officer & Head of ICT Infrastructure", d(2026, 1, 31), None, "On track",
              "9 of 11 high-risk findings closed; assessment booked for January.",
              ["Information Security Officer", "Head of ICT Infrastructure"], "2026-01", None),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "OFFICIAL"
    cov["A2"].font = Font(bold=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True, size=12)
    rows = [("Version", "3.2"), ("Register owner", "Deputy Chief Constable"),
            ("Maintained by", "Corporate Development – Risk and Assurance"),
            ("Last reviewed", "Force Executive Board, 14 October 2025"),
            ("Next review", "January 2026 (Q3)"),
            ("Reported to", "Joint Independent Audit Committee, 26 November 2025")]
    r = 5
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Risk scoring (likelihood x impact)").font = Font(bold=True, size=12)
    r += 1
    for score, band, col in (("15–25", "High", RED), ("8–12", "Medium", AMBER), ("1–6", "Low", GREEN)):
        cov.cell(r, 1, score).fill = fill(col)
        cov.cell(r, 2, band)
        r += 1
    r += 1
    cov.cell(r, 1, "Further action status key").font = Font(bold=True, size=12)
    r += 1
    for st, meaning in (("Complete", "Action delivered and evidenced"),
                        ("On track", "Progressing to the target date"),
                        ("At risk", "Target date may be missed – recovery in hand"),
                        ("Off track", "Target date missed or will be missed – escalate to FEB")):
        c = cov.cell(r, 1, st)
        c.fill = fill(status_fill[st])
        cov.cell(r, 2, meaning)
        r += 1
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 60

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Strategic risk summary – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=14, color=NAVY)
    hdr = ["Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    inh = {"SR1": 20, "SR2": 20, "SR3": 16, "SR4": 20}
    tgt = {"SR1": 9, "SR2": 12, "SR3": 8, "SR4": 10}
    trend = {"SR1": "Static", "SR2": "Worsening", "SR3": "Improving", "SR4": "Static"}
    r = 4
    for head, desc, owner, L, I, acts in risks:
        rid = head.split(" ")[0]
        vals = [head, owner, inh[rid], L * I, tgt[rid], trend[rid]]
        for i, v in enumerate(vals, 1):
            c = sm.cell(r, i, v)
            c.border = BOX
        sc = L * I
        sm.cell(r, 4).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
        r += 1
    r += 1
    allacts = [a for rk in risks for a in rk[5]]
    sm.cell(r, 1, "Further actions").font = Font(bold=True)
    sm.cell(r, 2, len(allacts))
    r += 1
    for st in ("Complete", "On track", "At risk", "Off track"):
        sm.cell(r, 1, st).fill = fill(status_fill[st])
        sm.cell(r, 2, sum(1 for a in allacts if a[5] == st))
        r += 1
    sm.column_dimensions["A"].width = 70
    sm.column_dimensions["B"].width = 28
    for col in "CDEF":
        sm.column_dimensions[col].width = 14

    # Register sheet
    rg = wb.create_sheet("Register")
    rg["A1"] = title
    rg["A1"].font = Font(bold=True, size=14, color=NAVY)
    rg.merge_cells("A1:M1")
    rg["A2"] = "Position at end of Q2 2025/26 (30 September 2025), updates as at 31 October 2025 – OFFICIAL"
    rg.merge_cells("A2:M2")
    hdr = ["Risk", "Description (cause – event – consequence)", "Risk owner", "L", "I", "Current score",
           "Ref", "Further action required", "Action owner", "Target date", "Revised target date",
           "Status", "Q2 update"]
    for i, h in enumerate(hdr, 1):
        c = rg.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for head, desc, owner, L, I, acts in risks:
        first = r
        for (ref, text, aown, target, revised, st, upd, elead, eend, eendt) in acts:
            rg.cell(r, 7, ref)
            rg.cell(r, 8, text)
            rg.cell(r, 9, aown)
            c = rg.cell(r, 10, target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if revised is not None:
                c = rg.cell(r, 11, revised)
                c.number_format = "dd/mm/yyyy"
            c = rg.cell(r, 12, st)
            c.fill = fill(status_fill[st])
            rg.cell(r, 13, upd)
            for col in range(1, 14):
                rg.cell(r, col).alignment = WRAP
                rg.cell(r, col).border = BOX
            expected.append(act(ref, [head], text, elead, eend, status_read[st], eendt))
            r += 1
        last = r - 1
        vals = [head, desc, owner, L, I, L * I]
        for i, v in enumerate(vals, 1):
            rg.cell(first, i, v)
            if last > first:
                rg.merge_cells(start_row=first, start_column=i, end_row=last, end_column=i)
        rg.cell(first, 1).font = Font(bold=True)
        sc = L * I
        rg.cell(first, 6).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    r += 1
    rg.cell(r, 1, "Note: scores are current (residual) scores after existing controls. Completed further "
                  "actions are removed at the next quarterly refresh.").font = Font(italic=True)
    widths = [30, 40, 18, 5, 5, 9, 8, 48, 28, 12, 12, 11, 45]
    for i, w in enumerate(widths):
        rg.column_dimensions[chr(65 + i)].width = w
    rg.freeze_panes = "A5"
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a police force strategic risk register as taken to a Joint Independent Audit "
                  "Committee (Northumbria Police, 2025/26, Q2 position; pattern of force registers seen in "
                  "JARAP/JIAC papers, e.g. Leicestershire and West Midlands). Copied features: cover sheet with "
                  "document control table and scoring/status keys, a summary sheet of risk scores with totals, "
                  "and a register sheet where each risk's title, description, owner and L/I/score cells are "
                  "merged down over its further-action rows; target and revised target dates as date cells; "
                  "status words with matching fill colours; job titles as action owners.",
        "reads": "A three-sheet register: cover and summary sheets carry keys, scores and counts only; the "
                 "Register sheet lists four strategic risks (SR1–SR4), each with two or three further actions "
                 "numbered SR1.1 etc. The reader takes the revised target date where one is given and reads "
                 "status by the sheet's key (At risk = amber, Off track = red).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 2. Leeds Teaching Hospitals - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def leeds():
    name = "zxx-leeds-teaching-hospitals-internal-audit-recommendations-tracker.xlsx"
    title = "The Leeds Teaching Hospitals NHS Trust – Internal Audit Recommendations Tracker"
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    ragread = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    # audits: (band, [ (recommendation, priority, [actions]) ])
    # action: (ref, text, officer, original, revised, prev, cur, update, exp_lead, exp_end)
    audits = [
        ("24/25-11 Controlled Drugs Management – Limited assurance", [
            ("Wards should complete and record the twice-daily controlled drug stock checks required by the "
             "Trust's Controlled Drugs Policy.", "H", [
                ("11.1", "Introduce the electronic CD register (ePMA CD module) on the 12 pilot wards, with automated "
                         "stock-check prompts.", "Chief Pharmacist", d(2025, 6, 30), d(2025, 12, 31), "A", "A",
                 "Live on 9 of 12 pilot wards; remaining 3 delayed by device roll-out.",
                 ["Chief Pharmacist"], "2025-12"),
                ("11.2", "Ward managers to carry out monthly CD spot checks and report compliance to the Medicines "
                         "Optimisation Group.", "Deputy Chief Nurse; Chief Pharmacist", d(2025, 4, 30), None, "G", "B",
                 "Monthly checks in place since April; compliance 96% in October. Verified by internal audit.",
                 ["Deputy Chief Nurse", "Chief Pharmacist"], "2025-04"),
            ]),
            ("CD discrepancies should be investigated and reported on Datix within 24 hours.", "M", [
                ("11.3", "Update the CD discrepancy SOP and issue it to all ward and theatre areas.",
                 "Medication Safety Officer", d(2025, 5, 31), None, "G", "B",
                 "SOP v4 approved by Medicines Optimisation Group 21 May 2025.",
                 ["Medication Safety Officer"], "2025-05"),
            ]),
        ]),
        ("25/26-03 Data Security and Protection Toolkit – Moderate assurance", [
            ("The Trust should achieve 95% compliance with annual data security awareness training.", "H", [
                ("03.1", "Send targeted reminders to staff groups below 90% compliance and report compliance by CSU "
                         "to the Information Governance Group monthly.", "Head of Information Governance",
                 d(2025, 9, 30), d(2026, 3, 31), "G", "A",
                 "Compliance 92.4% at 31 October; revised date agreed by Audit Committee in September.",
                 ["Head of Information Governance"], "2026-03"),
            ]),
            ("Information asset registers should be reviewed and signed off by each Information Asset Owner "
             "annually.", "M", [
                ("03.2", "Complete the IAR review for all 41 information assets and obtain IAO sign-off.",
                 "Senior Information Risk Owner / Head of Information Governance", d(2026, 2, 28), None, None, "G",
                 "27 of 41 assets signed off.",
                 ["Senior Information Risk Owner", "Head of Information Governance"], "2026-02"),
            ]),
            ("Leavers' network accounts should be disabled on their last working day.", "L", [
                ("03.3", "Automate account disablement from the ESR leavers feed.",
                 "Chief Digital and Information Officer", d(2025, 8, 31), None, "A", "R",
                 "Interface specification not yet agreed with the ESR team; no revised date proposed.",
                 ["Chief Digital and Information Officer"], "2025-08"),
            ]),
        ]),
        ("25/26-06 Waiting List Management (RTT validation) – Limited assurance", [
            ("All patients waiting over 12 weeks should be validated in line with national validation guidance.", "H", [
                ("06.1", "Deploy the validation team to complete technical and clinical validation of the 12-week+ "
                         "admitted cohort.", "Director of Operations (Elective Care)", d(2025, 10, 31), d(2026, 1, 31),
                 "G", "A", "68% of the cohort validated; additional clinical validation sessions agreed with CSUs.",
                 ["Director of Operations (Elective Care)"], "2026-01"),
                ("06.2", "Add validation status to the weekly Patient Tracking List assurance report.",
                 "Head of Performance", d(2025, 9, 30), None, "G", "B",
                 "Included from the week commencing 15 September 2025.",
                 ["Head of Performance"], "2025-09"),
            ]),
            ("Training on the Trust Access Policy should be mandatory for booking and scheduling staff.", "M", [
                ("06.3", "Launch an e-learning module on the Access Policy for all booking and scheduling staff.",
                 "Head of Patient Access", "Q4 2025/26", None, None, "G",
                 "Module content drafted; loading to the learning platform in January.",
                 ["Head of Patient Access"], "2026-03"),
            ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14, color="005EB8")
    sm["A2"] = "Summary for Audit Committee – 5 December 2025"
    hdr = ["Audit", "Actions agreed", "Implemented", "Not yet due", "Overdue – revised date agreed",
           "Overdue – no revised date"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    counts = [(3, 2, 0, 1, 0), (3, 0, 1, 1, 1), (3, 1, 1, 1, 0)]
    r = 5
    for (band, _), cnt in zip(audits, counts):
        sm.cell(r, 1, band).border = BOX
        for i, v in enumerate(cnt, 2):
            sm.cell(r, i, v).border = BOX
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for i in range(2, 7):
        c = sm.cell(r, i, sum(cn[i - 2] for cn in counts))
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 62
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14

    tr = wb.create_sheet("Tracker")
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=14, color="005EB8")
    tr.merge_cells("A1:J1")
    tr["A2"] = "Position as at 14 November 2025 – prepared by the Head of Risk Management for Audit Committee"
    tr.merge_cells("A2:J2")
    tr["A3"] = ("Priority: H = High, M = Medium, L = Low.   RAG: B = implemented and verified; G = on track for "
                "agreed date; A = revised date agreed; R = overdue with no revised date.")
    tr.merge_cells("A3:J3")
    tr["A3"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG",
           "Progress update (November 2025)"]
    for i, h in enumerate(hdr, 1):
        c = tr.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    expected = []
    for band, recs in audits:
        c = tr.cell(r, 1, band)
        c.font = Font(bold=True)
        c.fill = fill("DCE6F1")
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, pri, acts in recs:
            first = r
            for (ref, text, off, orig, rev, prev, cur, upd, elead, eend) in acts:
                tr.cell(r, 1, ref)
                tr.cell(r, 4, text)
                tr.cell(r, 5, off)
                c = tr.cell(r, 6, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = tr.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    c = tr.cell(r, 8, prev)
                    c.fill = fill(ragfill[prev])
                c = tr.cell(r, 9, cur)
                c.fill = fill(ragfill[cur])
                c.font = Font(bold=True)
                tr.cell(r, 10, upd)
                for col in range(1, 11):
                    tr.cell(r, col).alignment = WRAP
                    tr.cell(r, col).border = BOX
                expected.append(act(ref, [band, rec], text, elead, eend, ragread[cur]))
                r += 1
            tr.cell(first, 2, rec)
            tr.cell(first, 3, pri)
            if r - 1 > first:
                tr.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                tr.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    tr.cell(r, 1, "Implemented (B) actions verified by internal audit are removed from the tracker after they "
                  "have been reported to one Audit Committee meeting.").font = Font(italic=True)
    widths = [8, 42, 9, 46, 28, 12, 12, 10, 10, 44]
    for i, w in enumerate(widths):
        tr.column_dimensions[chr(65 + i)].width = w
    wb.active = 1
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates an NHS trust Audit Committee internal audit recommendations tracker (The Leeds "
                  "Teaching Hospitals NHS Trust, position November 2025). Copied features: summary sheet with "
                  "counts per audit and a totals row; tracker sheet with title, position line and a "
                  "priority/RAG key line above the header; merged band rows naming each audit and its assurance "
                  "opinion; the recommendation and priority cells merged down over two agreed actions; original "
                  "and revised target dates as date cells (one quarter written 'Q4 2025/26'); previous and "
                  "current RAG letters with fill colours.",
        "reads": "Three internal audit reports, each a band row, with recommendations and the management actions "
                 "agreed against them (nine actions, refs 11.1–06.3). The reader takes the revised target date "
                 "where given and the current (not previous) RAG, with B meaning implemented.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 3. Calderdale College - quality improvement plan (xlsx)
# ---------------------------------------------------------------------------
def calderdale():
    name = "zxx-calderdale-college-quality-improvement-plan-2025-26.xlsx"
    title = "Calderdale College – Quality Improvement Plan 2025/26"
    colour_read = {GREEN: "blue", AMBER: "amber", RED: "red", None: "unrated"}
    # sheets: (sheet name, heading, [ (afi, [actions]) ])
    # action: (ref, text, lead, when, colour, update, exp_lead, exp_end, exp_end_text)
    sheets = [
        ("1 QoE", "1. Quality of Education", [
            ("Improve the proportion of adult learners achieving English and maths functional skills at Level 1 "
             "and Level 2.", [
                ("QoE1.1", "Introduce diagnostic initial assessment (BKSB) for all adult functional skills learners "
                           "within the first two weeks of their course.", "Head of English & Maths", "Oct 2025",
                 GREEN, "All adult FS learners assessed by 10 October.", ["Head of English & Maths"], "2025-10", None),
                ("QoE1.2", "Timetable an additional weekly exam-technique workshop for adult learners from January.",
                 "Head of English & Maths / Adult Learning Manager", "Summer term 2026", AMBER,
                 "Workshops timetabled at Percival Whitley Centre; attendance at first sessions low.",
                 ["Head of English & Maths", "Adult Learning Manager"], "2026-07", None),
            ]),
            ("Ensure that teachers on vocational study programmes check learners’ understanding before moving on "
             "to new topics.", [
                ("QoE1.3", "Deliver CPD on questioning and retrieval practice to all vocational teaching staff "
                           "(three twilight sessions).", "Director of Teaching, Learning & Assessment",
                 "Autumn term 2025", GREEN, "Three twilights delivered; 94% attendance.",
                 ["Director of Teaching, Learning & Assessment"], "2025-12", None),
                ("QoE1.4", "Carry out learning walks focused on checking for understanding in each faculty and feed "
                           "back themes to curriculum teams.", "Heads of Faculty", "Termly", AMBER,
                 "Autumn learning walks complete in 4 of 5 faculties.", ["Heads of Faculty"], None, "Termly"),
            ]),
        ]),
        ("2 B&A", "2. Behaviour and Attitudes", [
            ("Raise attendance on 16–18 study programmes to at least 90%, particularly in English and maths "
             "lessons.", [
                ("BA2.1", "Launch the daily attendance dashboard for tutors and a three-stage escalation process "
                          "for absence.", "VP Student Experience", "Sept 2025", GREEN,
                 "Dashboard live from 8 September.", ["VP Student Experience"], "2025-09", None),
                ("BA2.2", "Employ two attendance mentors to work with learners whose attendance falls below 85%.",
                 "Head of Learner Services", "Jan 2026", RED,
                 "One mentor in post; second post re-advertised after unsuccessful recruitment.",
                 ["Head of Learner Services"], "2026-01", None),
                ("BA2.3", "Introduce a reward scheme for 100% attendance in each half-term.", "SB & KM",
                 "Half-termly", None, "", ["SB", "KM"], None, "Half-termly"),
            ]),
        ]),
        ("3 L&M", "3. Leadership and Management", [
            ("Governors should receive more timely and detailed information on the quality of apprenticeship "
             "provision.", [
                ("LM3.1", "Add an apprenticeship quality dashboard (achievement, breaks in learning, off-the-job "
                          "hours) to each Quality & Standards Committee agenda.", "Director of Apprenticeships",
                 "Dec 2025", GREEN, "Dashboard presented at the 27 November committee.",
                 ["Director of Apprenticeships"], "2025-12", None),
                ("LM3.2", "Arrange a governor link visit to the construction and engineering apprenticeship teams.",
                 "Clerk to the Corporation", "March 2026", AMBER, "Date being agreed with link governor.",
                 ["Clerk to the Corporation"], "2026-03", None),
            ]),
            ("Improve the accuracy of self-assessment at curriculum-area level.", [
                ("LM3.3", "Moderate all curriculum-area SARs through a peer review panel before college-level "
                          "validation.", "Head of Quality", "Nov 2025", GREEN,
                 "Peer review panels held 3–7 November.", ["Head of Quality"], "2025-11", None),
                ("LM3.4", "Train curriculum managers to use the Power BI performance reports to evidence "
                          "judgements.", "Head of Quality / MIS Manager", d(2026, 1, 31), RED,
                 "Training postponed twice owing to MIS staffing.", ["Head of Quality", "MIS Manager"],
                 "2026-01", None),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="7030A0")
    cov["A2"] = ("Drawn from the Self-Assessment Report 2024/25. Version 1.1 – approved by the Quality & "
                 "Standards Committee, 27 November 2025.")
    cov["A4"] = "RAG key"
    cov["A4"].font = Font(bold=True, size=12)
    key = [(GREEN, "Achieved – action complete and impact evident"),
           (AMBER, "In progress"),
           (RED, "Behind schedule – action at risk"),
           (None, "No colour – not yet started")]
    r = 5
    for col, text in key:
        c = cov.cell(r, 1, "")
        if col:
            c.fill = fill(col)
        c.border = BOX
        cov.cell(r, 2, text)
        r += 1
    r += 1
    cov.cell(r, 1, "Contents").font = Font(bold=True, size=12)
    r += 1
    for sh, heading, _ in sheets:
        cov.cell(r, 1, sh)
        cov.cell(r, 2, heading)
        r += 1
    r += 1
    cov.cell(r, 1, "Mid-year position (February 2026)").font = Font(bold=True, size=12)
    r += 1
    allacts = [a for _, _, afis in sheets for _, acts in afis for a in acts]
    for col, label in ((GREEN, "Achieved"), (AMBER, "In progress"), (RED, "Behind schedule"),
                       (None, "Not yet started")):
        c = cov.cell(r, 1, label)
        if col:
            c.fill = fill(col)
        cov.cell(r, 2, sum(1 for a in allacts if a[4] == col))
        r += 1
    cov.cell(r, 1, "Total actions").font = Font(bold=True)
    cov.cell(r, 2, len(allacts)).font = Font(bold=True)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    expected = []
    for sh, heading, afis in sheets:
        ws = wb.create_sheet(sh)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12, color="7030A0")
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=14)
        ws.merge_cells("A2:H2")
        hdr = ["Ref", "Area for improvement (SAR 2024/25)", "Action", "Lead(s)", "By when", "Success measure",
               "Mid-year update (Feb 2026)", "RAG"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(4, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for afi, acts in afis:
            first = r
            for (ref, text, lead, when, colour, upd, elead, eend, eendt) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                c = ws.cell(r, 5, when)
                if isinstance(when, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 6, {"QoE": "Adult FS achievement at or above national rate",
                               "BA2": "16–18 attendance 90%+",
                               "LM3": "Governors' minutes show challenge on apprenticeships"}.get(ref[:3],
                                                                                                  "Positive trend in learning walk evidence"))
                if upd:
                    ws.cell(r, 7, upd)
                c = ws.cell(r, 8)
                if colour:
                    c.fill = fill(colour)
                for col in range(1, 9):
                    ws.cell(r, col).alignment = WRAP
                    ws.cell(r, col).border = BOX
                expected.append(act(ref, [heading, afi], text, elead, eend, colour_read[colour], eendt))
                r += 1
            ws.cell(first, 2, afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        widths = [8, 38, 48, 28, 16, 28, 36, 7]
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates an FE college quality improvement plan built from the self-assessment report "
                  "(Calderdale College, 2025/26, mid-year review). Copied features: cover sheet with approval "
                  "line, a RAG key in which green means achieved (no blue), a contents list and mid-year RAG "
                  "counts with a total; one sheet per Ofsted key judgement with a numbered heading row; areas "
                  "for improvement merged down over their actions; RAG shown by fill colour only; term, month "
                  "and 'Termly'/'Half-termly' timescales; job titles and initials as leads.",
        "reads": "Three themed sheets (Quality of Education, Behaviour and Attitudes, Leadership and Management) "
                 "with eleven actions under five areas for improvement. The RAG column has colour only, read by "
                 "the cover key: green = achieved (complete), amber = in progress, red = behind schedule, no "
                 "colour = not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


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
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return cell


# ---------------------------------------------------------------------------
# 4. Pendeen Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def pendeen():
    name = "zxx-pendeen-surgery-cqc-inspection-action-plan.docx"
    title = "Pendeen Surgery – CQC Inspection Action Plan"
    rag_fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_read = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
    # sections: (heading, [ (finding, [actions]) ])
    # action: (ref, text, lead, target, progress, rag, exp_lead, exp_end, exp_end_text)
    sections = [
        ("Are services safe?", [
            ("Regulation 12 Safe care and treatment – ensure care and treatment is provided in a safe way to "
             "patients.", [
                ("S1", "Run a search of all patients prescribed DMARDs and other high-risk medicines and recall any "
                       "patient without up-to-date monitoring blood tests.", "Clinical Pharmacist", "31/07/2025",
                 "Search completed 28/07/2025; 46 patients recalled. Search now repeated monthly.", "Complete",
                 ["Clinical Pharmacist"], "2025-07", None),
                ("S2", "Introduce a monthly audit of high-risk drug monitoring, reported to the clinical meeting.",
                 "Dr A Trewhella (GP Partner)", "Ongoing – monthly",
                 "Audits completed for August, September and October; 98% compliance in October.", "G",
                 ["Dr A Trewhella (GP Partner)"], None, "Ongoing – monthly"),
                ("S3", "Review all MHRA patient safety alerts received since January 2024 and record the action "
                       "taken for each affected patient.", "Clinical Pharmacist / Practice Manager", "30/09/2025",
                 "All alerts reviewed; alerts log now held on the shared drive and checked weekly.", "Complete",
                 ["Clinical Pharmacist", "Practice Manager"], "2025-09", None),
            ]),
            ("The provider should improve the monitoring of vaccine fridge temperatures so that gaps in recording "
             "are identified and acted on.", [
                ("S4", "Replace the vaccine fridge data loggers and add a twice-daily check sheet signed by the duty "
                       "nurse.", "Lead Nurse", "August 2025",
                 "New loggers installed 4 August; check sheets audited weekly by Lead Nurse.", "Complete",
                 ["Lead Nurse"], "2025-08", None),
            ]),
        ]),
        ("Are services effective?", [
            ("The provider should continue to take action to improve the uptake of cervical screening.", [
                ("E1", "Run targeted Saturday clinics and text-message reminders for women overdue for cervical "
                       "screening.", "Lead Nurse & Reception Manager", "31 March 2026",
                 "Two Saturday clinics held (41 samples taken); uptake up from 68.9% to 71.5%.", "G",
                 ["Lead Nurse", "Reception Manager"], "2026-03", None),
            ]),
        ]),
        ("Are services well-led?", [
            ("Regulation 17 Good governance – ensure systems and processes are established and operated "
             "effectively to ensure compliance with the fundamental standards.", [
                ("W1", "Set up a governance calendar covering policy reviews, risk assessments and audits, with a "
                       "named owner for each.", "Practice Manager", "31/10/2025",
                 "Calendar drafted; owners for 6 policies still to be confirmed at partners' meeting.", "A",
                 ["Practice Manager"], "2025-10", None),
                ("W2", "Complete outstanding staff appraisals and record mandatory training on the practice "
                       "training matrix.", "Practice Manager / Dr M Jenkin (Managing Partner)",
                 "30/09/2025 – revised to 30/11/2025",
                 "7 of 19 appraisals outstanding; two staff on long-term absence.", "R",
                 ["Practice Manager", "Dr M Jenkin (Managing Partner)"], "2025-11", None),
            ]),
            ("The provider should re-establish the patient participation group and show how patient feedback is "
             "acted on.", [
                ("W3", "Re-launch the patient participation group (PPG) with a virtual option and publish ‘You said, "
                       "we did’ updates on the practice website.", "Reception Manager", "January 2026",
                 "Eight patients signed up; first meeting booked for 8 December.", "G",
                 ["Reception Manager"], "2026-01", None),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Provider", "Pendeen Surgery (GP partnership)"),
                 ("Location", "Pendeen, Penzance, Cornwall"),
                 ("Date of inspection", "10 June 2025"),
                 ("Report published", "22 August 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan owner", "Practice Manager"),
                 ("Version", "v2 – updated 3 November 2025")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], GREY)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out what we are doing in response to the breaches of regulation and the areas where the "
        "CQC said we should improve. It is reviewed at the monthly partners' meeting and shared with NHS Cornwall "
        "and Isles of Scilly ICB.")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("Complete = action finished and evidence kept; G = on track; A = some delay; R = off track.")

    expected = []
    cols = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for heading, findings in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "005EB8")
        for finding, acts in findings:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            set_cell(merged, finding, bold=True)
            shade(merged, "DEEAF6")
            for (ref, text, lead, target, progress, rag, elead, eend, eendt) in acts:
                cells = t.add_row().cells
                for i, v in enumerate((ref, text, lead, target, progress, rag)):
                    set_cell(cells[i], v)
                shade(cells[5], rag_fill[rag])
                expected.append(act(ref, [heading, finding], text, elead, eend, rag_read[rag], eendt))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Approved by", "Dr M Jenkin, Managing Partner"), ("Date", "3 November 2025"),
                 ("Next review", "December 2025 partners' meeting")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a GP practice's published CQC inspection action plan (Pendeen Surgery, Cornwall; "
                  "inspection 2025, plan updated November 2025). Copied features: title, practice details table, "
                  "an introductory paragraph and a RAG line; one table per CQC key question under headings 'Are "
                  "services safe?' etc.; shaded full-width rows carrying the requirement notice (must do) or "
                  "should-do text above its actions; original and revised date in one cell; 'Ongoing – monthly'; "
                  "RAG words/letters with cell shading; a sign-off table at the end.",
        "reads": "Eight numbered actions (S1–S4, E1, W1–W3) under three key-question headings, each below the "
                 "regulation breach or should-do it answers. Status is the RAG cell (Complete = blue); where a "
                 "target date was revised the revised date is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 5. Malton School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def malton():
    name = "zxx-malton-school-post-ofsted-action-plan.docx"
    title = "Malton School – Post-Ofsted Inspection Action Plan 2025–26"
    colour_read = {BLUE: "blue", GREEN: "green", AMBER: "amber", RED: "red", None: "unrated"}
    # priorities: (heading, aoi text, [actions])
    # action: (text, lead, timescale, monitoring, success, colour, exp_lead, exp_end, exp_end_text)
    priorities = [
        ("Priority 1: Curriculum and assessment",
         "In some subjects, teachers do not routinely check that pupils have understood and remembered important "
         "knowledge before moving on. Leaders should ensure that assessment is used consistently well to identify "
         "and address gaps in pupils' learning.", [
            ("Train all teaching staff in responsive teaching and low-stakes quizzing (INSET day and two CPD "
             "twilights).", "Deputy Headteacher (Teaching & Learning)", "Autumn term 2025",
             "Learning walks; SLT line management meetings", "Quizzing seen in 90% of lessons visited", BLUE,
             ["Deputy Headteacher (Teaching & Learning)"], "2025-12", None),
            ("Subject leaders to revise schemes of work to set out the core knowledge pupils must remember, with "
             "retrieval practice built into every unit.", "Subject leaders", "By February half-term 2026",
             "Curriculum reviews by link SLT", "Revised schemes of work in place in all subjects", AMBER,
             ["Subject leaders"], "2026-02", None),
            ("Hold a subject ‘deep dive’ each half-term, with findings reported to governors.",
             "Headteacher / Chair of Standards Committee", "Half-termly",
             "Standards Committee minutes", "Governors can describe strengths and gaps by subject", GREEN,
             ["Headteacher", "Chair of Standards Committee"], None, "Half-termly"),
        ]),
        ("Priority 2: Pupils with SEND",
         "Leaders should make sure that teachers use the information they have about pupils with special "
         "educational needs and/or disabilities (SEND) to adapt their teaching so that these pupils learn the "
         "curriculum well.", [
            ("Rewrite pupil passports in a one-page format with three classroom strategies for each pupil, shared "
             "on the MIS.", "SENDCo", "October half-term 2025", "SENDCo audit of passports",
             "All pupils on the SEND register have an updated passport", BLUE, ["SENDCo"], "2025-10", None),
            ("Deliver adaptive teaching CPD led by the North Yorkshire SEND advisory team.",
             "SENDCo and Assistant Headteacher (CPD)", "January 2026", "CPD evaluations; learning walks",
             "Adaptations seen in lessons for pupils with SEND", GREEN,
             ["SENDCo", "Assistant Headteacher (CPD)"], "2026-01", None),
            ("Track the progress of pupils with SEND at each data drop and hold pupil progress meetings with heads "
             "of year.", "SENDCo / Heads of Year", "Termly", "Data drop analysis to SLT",
             "Gap between SEND and non-SEND progress narrows", AMBER, ["SENDCo", "Heads of Year"], None, "Termly"),
        ]),
        ("Priority 3: Attendance",
         "Leaders should continue to take effective action to reduce persistent absence, particularly for "
         "disadvantaged pupils.", [
            ("Appoint a full-time attendance officer and introduce first-day calling for all absences.",
             "School Business Manager", "September 2025", "Weekly attendance meeting",
             "First-day calls made for 100% of unexplained absences", BLUE, ["School Business Manager"],
             "2025-09", None),
            ("Hold attendance support meetings with the families of disadvantaged pupils whose attendance is below "
             "90%.", "Pastoral Manager", "Ongoing", "Attendance reports to governors",
             "Persistent absence of disadvantaged pupils below 20%", RED, ["Pastoral Manager"], None, "Ongoing"),
            ("Work with the local authority attendance support team to review the attendance policy and thresholds "
             "for legal intervention.", "Deputy Headteacher (Pastoral)", "Summer term 2026",
             "Policy approved by governors", "Revised policy published", None,
             ["Deputy Headteacher (Pastoral)"], "2026-07", None),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection dates: 4 and 5 March 2025\tOverall effectiveness: Requires improvement")
    doc.add_paragraph(
        "This plan was written by the senior leadership team and approved by the governing board on 8 May 2025. "
        "Progress is reported to governors every half-term. Last updated: 10 November 2025.")

    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, text in ((BLUE, "Completed"), (GREEN, "On track"), (AMBER, "In progress – some concerns"),
                      (RED, "Behind schedule / significant concerns")):
        row = t.add_row().cells
        set_cell(row[0], "")
        shade(row[0], col)
        set_cell(row[1], text)

    expected = []
    cols = ["Action", "Lead", "Timescale", "Monitoring", "Success criteria", "RAG"]
    for heading, aoi, acts in priorities:
        doc.add_heading(heading, level=1)
        doc.add_paragraph().add_run("What the school needs to do to improve (Ofsted report):").bold = True
        p = doc.add_paragraph()
        p.add_run(aoi).italic = True
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "C00000")
        for (text, lead, when, mon, succ, colour, elead, eend, eendt) in acts:
            cells = t.add_row().cells
            for i, v in enumerate((text, lead, when, mon, succ, "")):
                set_cell(cells[i], v)
            if colour:
                shade(cells[5], colour)
            expected.append(act(None, [heading, aoi], text, elead, eend, colour_read[colour], eendt))
        doc.add_paragraph("")

    doc.add_paragraph("Next review: governing board, 9 December 2025.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates a secondary school's post-Ofsted inspection action plan as shared with governors "
                  "(Malton School, North Yorkshire; inspection March 2025, update November 2025). Copied "
                  "features: title, inspection line, approval paragraph, a colour-only RAG key table including "
                  "blue for completed; one heading per priority with the report's 'what the school needs to do "
                  "to improve' text quoted beneath a bold label; a table per priority with no action numbers; "
                  "school terms, half-terms and 'Ongoing' as timescales; RAG by cell shading only.",
        "reads": "Three priorities from the Ofsted report, each with the inspectors' improvement point and three "
                 "unnumbered actions (nine in all). The RAG column is coloured, read by the key; one action has "
                 "no colour (not yet started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


# ---------------------------------------------------------------------------
# 6. General Medical Council - Council action log (csv) - refuse
# ---------------------------------------------------------------------------
def gmc():
    name = "zxx-general-medical-council-council-action-log-typo-month-refuse.csv"
    title = "General Medical Council – Council action log"
    header = ["Action no.", "Meeting date", "Minute", "Item", "Action", "Owner", "Due", "Status", "Update"]
    rows = [
        ["C/25/14", "26/02/2025", "7", "Chief Executive's report",
         "Circulate the revised timetable for regulating physician associates and anaesthesia associates to Council members.",
         "Director of Strategy and Policy", "April 2025", "Complete", "Circulated 3 April 2025."],
        ["C/25/19", "23/04/2025", "9", "Corporate risk register",
         "Bring a deep dive on the fitness to practise caseload risk to the September Council seminar.",
         "Executive Director, Fitness to Practise", "September 2025", "Complete", "Deep dive held 24 September 2025."],
        ["C/25/22", "23/04/2025", "11", "EDI annual report",
         "Provide benchmarking of the GMC's ethnicity pay gap against other health professional regulators.",
         "Director of People", "July 2025", "Complete", "Included in the September People report."],
        ["C/25/27", "25/06/2025", "6", "Performance report Q4 2024",
         "Include median time to complete fitness to practise investigations, by stage, in future performance reports.",
         "Executive Director, Fitness to Practise", "Decmber 2025", "On track",
         "Data being validated; will appear in the Q3 report."],
        ["C/25/31", "25/06/2025", "10", "Annual report and accounts",
         "Arrange a briefing with the Audit and Risk Committee Chair on the external audit findings for new Council members.",
         "Board Secretary", "October 2025", "Complete", "Briefing held 14 October 2025."],
        ["C/25/35", "24/09/2025", "5", "Business plan 2026",
         "Present options for the 2026 annual retention fee to Council.",
         "Chief Operating Officer", "November 2025", "On track", "On the agenda for 26 November."],
        ["C/25/38", "24/09/2025", "8", "Workforce report",
         "Share the results of the autumn staff survey pulse check with Council.",
         "Director of People", "January 2026", "Open", ""],
        ["C/25/40", "24/09/2025", "12", "Any other business",
         "Confirm Council meeting dates for 2026 and issue calendar invitations.",
         "Board Secretary", "October 2025", "Complete", "Invitations issued 2 October 2025."],
    ]
    pad = [""] * (len(header) - 1)
    lines = [[title] + pad, ["Open and recently closed actions as at 18 November 2025"] + pad,
             [""] * len(header), header] + rows
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    bad_line = 4 + [i for i, r in enumerate(rows) if r[6] == "Decmber 2025"][0] + 1
    assert bad_line == 8

    write_yaml(name, {
        "source": "Imitates a national health regulator's board (Council) action log exported to CSV from the "
                  "board portal (General Medical Council, Council meetings February–September 2025, position "
                  "November 2025). Copied features: title and 'as at' lines above the header padded with empty "
                  "fields, action numbers by year, meeting date, minute and agenda item columns, owners as job "
                  "titles, due months written out, Complete/On track/Open statuses and short updates.",
        "reads": "Eight Council actions with owners, due months and statuses. The due cell of action C/25/27 on "
                 "line 8 reads 'Decmber 2025', a mistyped month: a careful reader would stop and ask rather than "
                 "guess the due date.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad_line,
        "title": title,
    }, None)


# ---------------------------------------------------------------------------
# 7. Stafford and Rural Homes - programme highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
def sarh():
    name = "zxx-stafford-and-rural-homes-building-safety-programme-highlight-report.txt"
    title = "Stafford and Rural Homes – Building Safety and Compliance Programme Highlight Report"
    rag_read = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    # workstreams: (heading, [ (ref, text, owner, baseline, forecast, rag, comment, exp_lead, exp_end) ])
    workstreams = [
        ("WS1 Fire safety", [
            ("1.1", "Complete all high-risk actions from the 2025 fire risk assessments in general needs blocks",
             "Fire Safety Manager", "30/09/2025", "30/11/2025", "A",
             "31 of 38 complete; 7 need contractor access to individual flats", ["Fire Safety Manager"], "2025-11"),
            ("1.2", "Replace non-compliant flat entrance fire doors in sheltered schemes (phase 1)",
             "Head of Asset Management", "31/03/2026", "31/03/2026", "G",
             "Contractor appointed; door surveys complete", ["Head of Asset Management"], "2026-03"),
            ("1.3", "Publish the building safety resident engagement strategy",
             "Building Safety Manager / Resident Engagement Lead", "31/08/2025", "12/09/2025", "C",
             "Approved by Customer Services Committee 9 September; published on website",
             ["Building Safety Manager", "Resident Engagement Lead"], "2025-09"),
        ]),
        ("WS2 Electrical safety", [
            ("2.1", "Bring EICR compliance (five-year certificates) to 100%", "Electrical Compliance Lead",
             "31/10/2025", "31/01/2026", "R",
             "Compliance 93.8%; 214 properties with no access – legal route being used (see decisions)",
             ["Electrical Compliance Lead"], "2026-01"),
            ("2.2", "Procure the new electrical testing and remedial works contract", "Head of Procurement & Contracts",
             "Dec-25", "Dec-25", "G", "Tender returns due 21 November", ["Head of Procurement & Contracts"], "2025-12"),
        ]),
        ("WS3 Damp and mould (Awaab's Law readiness)", [
            ("3.1", "Update the damp and mould policy for Awaab's Law timescales (in force 27 October 2025)",
             "Head of Repairs", "30/09/2025", "30/09/2025", "C", "Board approved the policy on 25 September",
             ["Head of Repairs"], "2025-09"),
            ("3.2", "Train all repairs operatives and contact centre staff in hazard identification",
             "Repairs Training Coordinator", "31/10/2025", "28/11/2025", "A", "78% trained; mop-up sessions booked",
             ["Repairs Training Coordinator"], "2025-11"),
            ("3.3", "Configure the housing management system to track 10-working-day investigation deadlines",
             "ICT Business Partner and Head of Repairs", "31/10/2025", "Q4 2025/26", "A",
             "Vendor release slipped; manual tracker in use meanwhile",
             ["ICT Business Partner", "Head of Repairs"], "2026-03"),
        ]),
    ]
    T = "\t"
    lines = [
        title,
        "Report period:" + T + "October 2025",
        "Prepared for:" + T + "Executive Leadership Team, 11 November 2025",
        "Programme sponsor:" + T + "Director of Property Services",
        "Programme manager:" + T + "Compliance Programme Manager",
        "Overall RAG:" + T + "Amber" + T + "Previous:" + T + "Amber",
        "",
        "Summary",
        "Good progress on fire risk assessment actions and Awaab's Law policy. EICR programme remains behind "
        "profile because of access issues; forecast compliance date moved to January 2026.",
        "",
        "RAG definitions: G = on track; A = at risk, recovery plan in place; R = off track, escalation required; "
        "C = complete.",
        "",
        "Milestones and actions",
        T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]),
    ]
    expected = []
    for heading, acts in workstreams:
        lines.append(heading)
        for (ref, text, owner, base, fc, rag, comm, elead, eend) in acts:
            lines.append(T.join([ref, text, owner, base, fc, rag, comm]))
            expected.append(act(ref, [heading], text, elead, eend, rag_read[rag]))
    lines += [
        "",
        "Key risks and issues",
        "- No access to properties for EICR testing (risk score 16) – escalated to the legal team",
        "- Contractor capacity for fire door replacement over the winter period",
        "",
        "Decisions required from ELT",
        "- Approve the use of injunctions for the 214 no-access EICR cases",
        "",
        "Next report: December 2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Imitates a housing association's monthly programme highlight report saved as tab-separated "
                  "text (Stafford and Rural Homes, building safety and compliance programme, October 2025 report "
                  "to the Executive Leadership Team). Copied features: title line, label/value header lines "
                  "(period, sponsor, overall and previous RAG), a summary paragraph, RAG definitions line with "
                  "C = complete, a milestone table with workstream lines (WS1–WS3) between the rows, baseline and "
                  "forecast dates, then key risks, decisions required and next report lines.",
        "reads": "Eight milestones/actions in three workstreams. The forecast date is the revised end (baseline "
                 "is the original); RAG letters read by the report's own definitions, C = complete. The risks "
                 "and decisions bullets are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, expected)


if __name__ == "__main__":
    northumbria()
    leeds()
    calderdale()
    pendeen()
    malton()
    gmc()
    sarh()
    print("done")
