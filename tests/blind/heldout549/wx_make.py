"""Build the seven wx- blind cases of set heldout549 (data files and their expected readings).

Run with /work/main/.venv/bin/python wx_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with "wx-" are written.
"""
import csv
import io
import os
from datetime import datetime as D

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("wx-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")


yaml.SafeDumper.add_representer(Lit, _lit)


class Q(str):
    pass


def _q(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')


yaml.SafeDumper.add_representer(Q, _q)


def _qq(v):
    return None if v is None else Q(v)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {"source": Lit(source), "reads": Lit(reads), "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = Q(title)
    if actions is not None:
        acts = []
        for a in actions:
            e = {"ref": _qq(a["ref"]), "under": [Q(u) for u in a["under"]], "action": Q(a["action"]),
                 "lead": [Q(x) for x in a["lead"]], "end": _qq(a["end"])}
            if a.get("end_text"):
                e["end_text"] = Q(a["end_text"])
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. NHS Blood and Transplant - strategic risk register (xlsx, 3 sheets,
#    risk merged down its actions, action RAG by fill colour only)
# ---------------------------------------------------------------------------
def nhsbt():
    name = "wx-nhs-blood-and-transplant-strategic-risk-register-2025-26.xlsx"
    title = "NHS Blood and Transplant Strategic Risk Register 2025/26"
    risks = [
        ("SR1: Insufficient blood stocks to meet hospital demand", "Director of Blood Supply",
         20, 16, 8, "Up"),
        ("SR2: Cyber attack or major IT failure disrupts critical systems",
         "Chief Digital and Information Officer", 25, 15, 10, "Same"),
        ("SR3: Organ donation consent rate does not recover to pre-pandemic levels",
         "Director of Organ and Tissue Donation and Transplantation", 16, 12, 8, "Same"),
        ("SR4: Financial sustainability - the 2025/26 efficiency target is not delivered",
         "Chief Financial Officer", 16, 12, 6, "Down"),
    ]
    acts = [
        # risk index, ref, action, owner cell, due cell value, fmt, lead list, end, end_text, status, update
        (0, "1.1", "Open two new donor centres (Brixton and Croydon) to increase collection capacity in London",
         "Head of Donor Centres", D(2026, 3, 31), ["Head of Donor Centres"], "2026-03", None, "green",
         "Brixton lease signed; fit-out started November. Croydon site identified."),
        (0, "1.2", "Review the Amber Alert stock management protocol with hospital transfusion teams",
         "Head of Hospital Services", D(2025, 11, 30), ["Head of Hospital Services"], "2025-11", None, "blue",
         "Revised protocol agreed with NBTC and issued to hospitals 24/11/2025."),
        (0, "1.3", "Recruit and train 120 additional donor carers to restore session staffing to establishment",
         "Head of Donor Centres; HR Business Partner", D(2026, 2, 28),
         ["Head of Donor Centres", "HR Business Partner"], "2026-02", None, "amber",
         "74 recruited to date. Training capacity is the constraint; extra trainers from January."),
        (1, "2.1", "Complete migration of the blood production system (PULSE) to the new supported platform",
         "Head of Technology Operations", D(2026, 3, 31), ["Head of Technology Operations"], "2026-03", None,
         "amber", "Data migration test 2 found reconciliation errors; cutover window under review."),
        (1, "2.2", "Run a board-level cyber incident exercise based on the June 2024 pathology supplier attack",
         "Head of Cyber Security", D(2025, 10, 31), ["Head of Cyber Security"], "2025-10", None, "blue",
         "Exercise held 15 October with Board members; lessons log opened."),
        (1, "2.3", "Achieve 'Standards Met' in the 2025/26 Data Security and Protection Toolkit submission",
         "Data Protection Officer", D(2026, 6, 30), ["Data Protection Officer"], "2026-06", None, "green",
         "Baseline submission made December; 9 assertions outstanding."),
        (2, "3.1", "Embed specialist requesters in all 12 regional organ donation teams",
         "National Clinical Lead for Organ Donation", "Ongoing", ["National Clinical Lead for Organ Donation"],
         None, "Ongoing", "green", "Now in 10 of 12 teams; consent rate where embedded 64%."),
        (2, "3.2", "Evaluate the 'Leave Them Certain' campaign and report findings to the ODT Senior Management Team",
         "Head of Marketing", D(2025, 12, 31), ["Head of Marketing"], "2025-12", None, "red",
         "Evaluation delayed by supplier; report now expected February."),
        (3, "4.1", "Agree the 2026/27 blood price with DHSC and the National Commissioning Group",
         "Chief Financial Officer", D(2026, 1, 31), ["Chief Financial Officer"], "2026-01", None, "green",
         "Price proposal submitted; NCG meeting 14 January."),
        (3, "4.2", "Identify and deliver £12.5m recurrent efficiency savings through the Productivity Programme",
         "Chief Financial Officer / Director of Transformation", D(2026, 3, 31),
         ["Chief Financial Officer", "Director of Transformation"], "2026-03", None, "amber",
         "£9.1m identified, £6.4m delivered at month 8."),
    ]
    wb = Workbook()
    # Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16, color="005EB8")
    cv["A3"] = "Report to: Audit, Risk and Governance Committee"
    cv["A4"] = "Meeting date: 20 January 2026"
    cv["A5"] = "Position as at: 31 December 2025 (Quarter 3 review)"
    cv["A6"] = "Classification: OFFICIAL"
    cv["A8"] = "Document control"
    cv["A8"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("2.0", "15/07/2025", "Head of Risk and Assurance", "Q1 review by Executive Team"),
            ("3.0", "14/10/2025", "Head of Risk and Assurance", "Q2 review; SR4 re-scored"),
            ("3.1", "08/01/2026", "Head of Risk and Assurance", "Q3 review; action updates")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cv["A15"] = "Action status key (colour of the Status cell on the Register sheet)"
    cv["A15"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track to deliver by the due date"),
           (AMBER, "At risk of slipping - mitigation in place"), (RED, "Overdue or will not be delivered")]
    for i, (col, txt) in enumerate(key):
        cv.cell(row=16 + i, column=1).fill = fill(col)
        cv.cell(row=16 + i, column=2, value=txt)
    cv["A21"] = "Scores are Likelihood x Impact on the NHSBT 5 x 5 matrix (1-25)."
    for col, w in zip("ABCD", (18, 30, 28, 36)):
        cv.column_dimensions[col].width = w

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Strategic risk summary - Quarter 3 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ("Risk", "Risk owner", "Inherent", "Current", "Target", "Trend since Q2")
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    for i, (rk, own, inh, cur, tgt, tr) in enumerate(risks):
        for j, v in enumerate((rk, own, inh, cur, tgt, tr)):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    sm["A9"] = "Four strategic risks; one above appetite (SR1). No new risks added this quarter."
    sm.column_dimensions["A"].width = 60
    sm.column_dimensions["B"].width = 40

    # Register sheet
    rg = wb.create_sheet("Register")
    rg["A1"] = title
    rg["A1"].font = Font(bold=True, size=14, color="005EB8")
    rg["A2"] = "Mitigating actions and Q3 progress. Status is shown by cell colour - see key on the Cover sheet."
    rg["A2"].font = Font(italic=True)
    hdr = ("Strategic risk", "Risk owner", "Current score", "Target score", "Ref", "Mitigating action",
           "Action owner", "Due date", "Status", "Q3 progress update")
    for j, h in enumerate(hdr):
        c = rg.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    expected = []
    for ri, (rk, own, inh, cur, tgt, tr) in enumerate(risks):
        mine = [a for a in acts if a[0] == ri]
        start = r
        for a in mine:
            _, ref, text, owner, due, lead, end, end_text, status, upd = a
            rg.cell(row=r, column=5, value=ref)
            rg.cell(row=r, column=6, value=text)
            rg.cell(row=r, column=7, value=owner)
            c = rg.cell(row=r, column=8, value=due)
            if isinstance(due, D):
                c.number_format = "dd/mm/yyyy"
            rg.cell(row=r, column=9).fill = fill(FILL[status])
            rg.cell(row=r, column=10, value=upd)
            for col in range(1, 11):
                rg.cell(row=r, column=col).border = BOX
                rg.cell(row=r, column=col).alignment = WRAP
            expected.append(dict(ref=ref, under=[rk], action=text, lead=lead, end=end,
                                 end_text=end_text, status=status))
            r += 1
        rg.cell(row=start, column=1, value=rk).font = Font(bold=True)
        rg.cell(row=start, column=2, value=own)
        rg.cell(row=start, column=3, value=cur)
        rg.cell(row=start, column=4, value=tgt)
        for col in range(1, 5):
            rg.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
            rg.cell(row=start, column=col).alignment = WRAP
    r += 1
    rg.cell(row=r, column=5, value="Action status totals").font = Font(bold=True)
    counts = {}
    for a in acts:
        counts[a[8]] = counts.get(a[8], 0) + 1
    for i, (lab, k) in enumerate((("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                                  ("Overdue", "red"))):
        rg.cell(row=r + 1 + i, column=6, value=lab)
        rg.cell(row=r + 1 + i, column=7, value=counts.get(k, 0))
    rg.cell(row=r + 6, column=1,
            value="Risk scores were reviewed by the Executive Team on 6 January 2026.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (34, 26, 9, 9, 6, 52, 30, 12, 9, 46)):
        rg.column_dimensions[col].width = w
    wb.save(out(name))
    write_expected(
        name,
        source="NHS Blood and Transplant (special health authority), strategic risk register as reported "
               "quarterly to its Audit, Risk and Governance Committee, 2025/26 Q3 (imitated; NHSBT board "
               "papers carry a risk section and a separate strategic risk review). Copies a cover sheet with "
               "document-control table and a colour-only action status key, a summary sheet of risks and "
               "scores, and a register sheet where each strategic risk, its owner and scores are merged down "
               "over its numbered mitigating actions, with action owner, due date, a Status cell coloured "
               "but empty, progress updates and a totals block.",
        reads="Four strategic risks, each with two or three mitigating actions numbered 1.1 to 4.2. Each action "
              "sits under its risk (merged cell), has a job-title owner (two owners in 1.3 and 4.2), a due date "
              "(one 'Ongoing') and a status given only by the fill colour of its Status cell, read with the "
              "Cover sheet key (blue = complete). The risk owner is not the action lead; the summary sheet and "
              "totals block are not actions.",
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Leicestershire Fire and Rescue Service - CRMP programme highlight report
#    (xlsx, project header rows, original and revised dates, previous/current RAG)
# ---------------------------------------------------------------------------
def lfrs():
    name = "wx-leicestershire-fire-rescue-service-crmp-programme-highlight-report.xlsx"
    title = "Leicestershire Fire and Rescue Service – CRMP 2024-28 Delivery Programme: Highlight Report"
    projects = [
        ("Project 1: Prevention – targeting Home Fire Safety Visits", [
            ("P1.1", "Implement the new risk-based targeting model for Home Fire Safety Visits using Exeter and "
                     "Mosaic data", "Head of Prevention", D(2025, 9, 30), D(2025, 11, 30), "A", "B",
             ["Head of Prevention"], "2025-11", "blue",
             "Model live from 17/11/2025. First month shows 68% of visits to high-risk households."),
            ("P1.2", "Train all watch-based crews in the revised Safe and Well visit process",
             "Station Manager Prevention", D(2025, 12, 31), D(2026, 3, 31), "G", "A",
             ["Station Manager Prevention"], "2026-03", "amber",
             "41 of 64 watches trained. Revised date agreed at Programme Board 09/12/2025."),
        ]),
        ("Project 2: Protection – Risk Based Inspection Programme", [
            ("P2.1", "Recruit and develop four additional Fire Safety Inspectors (Level 4 Diploma)",
             "Group Manager Protection", D(2025, 9, 30), D(2026, 1, 31), "A", "R",
             ["Group Manager Protection"], "2026-01", "red",
             "Only one appointment from two recruitment rounds. Market supplement being considered."),
            ("P2.2", "Complete fire safety audits of all high-rise residential buildings over 18m",
             "Group Manager Protection", D(2026, 3, 31), None, "G", "G",
             ["Group Manager Protection"], "2026-03", "green", "52 of 61 buildings audited."),
            ("P2.3", "Publish the updated Risk Based Inspection Programme policy",
             "Head of Protection", D(2025, 10, 31), None, "G", "B",
             ["Head of Protection"], "2025-10", "blue", "Published on the intranet and website 28/10/2025."),
        ]),
        ("Project 3: Response – Emergency Cover Review", [
            ("P3.1", "Complete the Emergency Cover Review modelling and options appraisal",
             "Area Manager Response / Head of Strategic Planning", D(2025, 12, 31), D(2026, 2, 28), "A", "A",
             ["Area Manager Response", "Head of Strategic Planning"], "2026-02", "amber",
             "Modelling complete; options appraisal with finance awaiting 2026/27 settlement."),
            ("P3.2", "Report Emergency Cover Review options to the Combined Fire Authority",
             "Deputy Chief Fire Officer", D(2026, 3, 31), "June 2026", "G", "A",
             ["Deputy Chief Fire Officer"], "2026-06", "amber",
             "Moved to the June CFA meeting to follow the appraisal."),
        ]),
        ("Project 4: People – Culture and Inclusion", [
            ("P4.1", "Roll out the Leadership Development Programme to all middle managers",
             "Head of Organisational Development", D(2026, 3, 31), None, "G", "G",
             ["Head of Organisational Development"], "2026-03", "green", "Cohorts 3 and 4 under way."),
            ("P4.2", "Introduce standard DBS checks for all operational and non-operational roles",
             "Head of HR", D(2025, 3, 31), D(2025, 9, 30), "A", "B",
             ["Head of HR"], "2025-09", "blue", "All staff checked; renewal cycle set at three years."),
        ]),
    ]
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15, color="C00000")
    ws.merge_cells("A1:I1")
    info = [("Reporting period", "October – December 2025 (Q3 2025/26)"),
            ("Programme sponsor", "Deputy Chief Fire Officer"),
            ("Programme manager", "Corporate Programme Office"),
            ("Report to", "Corporate Management Team and Corporate Governance Committee"),
            ("Overall programme RAG", "A")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=3 + i, column=3, value=v)
        ws.merge_cells(start_row=3 + i, start_column=1, end_row=3 + i, end_column=2)
        if v == "A":
            c.fill = fill(AMBER)
    ws["A9"] = "Key messages"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = ("Risk-based HFSV targeting and the RBIP policy are delivered. Inspector recruitment remains the main "
                 "concern and the Emergency Cover Review report has moved to June 2026. Decisions needed: none this "
                 "period.")
    ws.merge_cells("A10:I10")
    ws["A10"].alignment = WRAP
    ws.row_dimensions[10].height = 45
    ws["A12"] = "Milestones"
    ws["A12"].font = Font(bold=True, size=12)
    hdr = ("Ref", "Milestone", "Owner", "Original date", "Revised date", "Previous RAG", "Current RAG",
           "Commentary", "")
    for j, h in enumerate(hdr[:8]):
        c = ws.cell(row=13, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 14
    expected = []
    for proj, items in projects:
        c = ws.cell(row=r, column=1, value=proj)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, text, owner, orig, rev, prev, cur, lead, end, status, comm) in items:
            vals = (ref, text, owner, orig, rev, prev, cur, comm)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(ragfill[prev])
            ws.cell(row=r, column=7).fill = fill(ragfill[cur])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(dict(ref=ref, under=[proj], action=text, lead=lead, end=end, end_text=None,
                                 status=status))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Milestone summary").font = Font(bold=True)
    tot = {}
    for _, items in projects:
        for it in items:
            tot[it[6]] = tot.get(it[6], 0) + 1
    for i, k in enumerate("BGAR"):
        ws.cell(row=r + 1 + i, column=2, value={"B": "Complete", "G": "Green", "A": "Amber", "R": "Red"}[k])
        ws.cell(row=r + 1 + i, column=3, value=tot.get(k, 0))
    ws.cell(row=r + 6, column=1,
            value="Next report: Corporate Governance Committee, March 2026.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 55, 28, 13, 13, 10, 10, 50)):
        ws.column_dimensions[col].width = w

    b = wb.create_sheet("Budget")
    b["A1"] = "CRMP programme budget 2025/26 (£000)"
    b["A1"].font = Font(bold=True)
    rows = [("Project", "Budget", "Spend to date", "Forecast", "Variance"),
            ("Prevention", 210, 151, 205, -5), ("Protection", 340, 198, 290, -50),
            ("Response", 120, 88, 130, 10), ("People", 95, 61, 95, 0), ("Total", 765, 498, 720, -45)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = b.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or row[0] == "Total":
                c.font = Font(bold=True)
    b.column_dimensions["A"].width = 18

    k = wb.create_sheet("RAG Key")
    k["A1"] = "RAG definitions"
    k["A1"].font = Font(bold=True)
    for i, (letter, txt) in enumerate((("B", "Complete – milestone delivered and closed by Programme Board"),
                                       ("G", "On track to meet the (revised) date"),
                                       ("A", "At risk – recovery plan in place or date revised"),
                                       ("R", "Off track – will not meet the date, escalation needed"))):
        c = k.cell(row=3 + i, column=1, value=letter)
        c.fill = fill(ragfill[letter])
        k.cell(row=3 + i, column=2, value=txt)
    k.column_dimensions["B"].width = 70
    wb.save(out(name))
    write_expected(
        name,
        source="Leicestershire Fire and Rescue Service (Leicester, Leicestershire and Rutland Combined Fire "
               "Authority), quarterly highlight report on delivery of its Community Risk Management Plan "
               "2024-28, imitating the programme highlight reports fire services take to their corporate "
               "governance committees. Copies a title row, a sponsor/period/overall-RAG block, key messages, a "
               "milestone table with grey project header rows, original and revised dates, previous and "
               "current RAG letters with fill colours, a milestone summary block, and Budget and RAG Key sheets.",
        reads="Nine milestones P1.1-P4.2 in four projects; each is read under its project header row. The end is "
              "the revised date where one is given (one revised date is written 'June 2026'), otherwise the "
              "original date; status is the Current RAG letter, B meaning complete. The overall programme "
              "RAG, milestone summary, budget and key are not actions.",
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. University of Gloucestershire - internal audit tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def uog():
    name = "wx-university-of-gloucestershire-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "University of Gloucestershire – Internal Audit Recommendations Tracker"
    audits = [
        ("Student Recruitment and Admissions (2024/25) – Reasonable assurance", [
            ("SRA.1", "High", "Document the process for verifying qualifications of applicants with non-UK "
                              "qualifications and retain evidence on the applicant record.",
             "Verification procedure written and added to the admissions manual; evidence now attached in SITS.",
             "Director of Admissions", D(2025, 1, 31), D(2025, 7, 31), "Complete"),
            ("SRA.2", "Medium", "Review delegated authority for offer-making in the clearing period.",
             "Clearing delegations approved by the Academic Registrar and published to admissions tutors.",
             "Director of Admissions / Head of Compliance", D(2025, 4, 30), D(2025, 9, 30), "Complete"),
            ("SRA.3", "Medium", "Reconcile agent commission payments to enrolled students each term.",
             "Termly reconciliation between the agent portal and SITS enrolment data, signed off by Finance.",
             "Head of International Recruitment", D(2025, 6, 30), D(2026, 1, 31), "Amber"),
        ]),
        ("UKVI Student Sponsor Compliance (2024/25) – Limited assurance", [
            ("UKVI.1", "High", "Ensure attendance of all sponsored students is monitored at each contact point "
                               "and non-engagement is reported within the UKVI timescales.",
             "Introduce automated engagement monitoring from timetabled sessions with weekly exception reports "
             "to the Compliance team.",
             "Head of International Compliance", D(2025, 3, 31), D(2025, 10, 31), "Complete"),
            ("UKVI.2", "High", "Hold right to study checks for all sponsored students on file before enrolment "
                               "is completed.",
             "Enrolment blocked in SITS until the compliance check is recorded; sample audit each intake.",
             "Head of International Compliance", D(2025, 3, 31), "Febuary 2026", "Amber"),
            ("UKVI.3", "Medium", "Provide refresher training on sponsor duties to all academic course leaders.",
             "Online sponsor duties module made mandatory for course leaders and personal tutors.",
             "Head of International Compliance; Academic Development Manager", D(2025, 6, 30), None, "Red"),
        ]),
        ("Cyber Security – Identity and Access Management (2025/26) – Reasonable assurance", [
            ("CYB.1", "High", "Enforce multi-factor authentication for all staff and privileged accounts.",
             "MFA enforced via conditional access for all staff accounts; privileged accounts moved to PIM.",
             "Director of Digital Services", D(2025, 12, 31), None, "Green"),
            ("CYB.2", "Medium", "Remove leavers' network accounts within two working days of their leaving date.",
             "Automated feed from the HR system to disable accounts on the leaving date.",
             "Head of IT Infrastructure", D(2026, 3, 31), None, "Green"),
            ("CYB.3", "Low", "Review the membership of administrator groups quarterly.",
             "Quarterly review scheduled and reported to the Information Security Group.",
             "Information Security Manager", D(2025, 11, 30), None, "Complete"),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee – 25 November 2025 (position at 31 October 2025)"
    hdr = ("Audit", "Recs", "Complete", "Open – on track", "Open – overdue")
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, (aud, recs) in enumerate(audits):
        comp = sum(1 for x in recs if x[7] == "Complete")
        red = sum(1 for x in recs if x[7] == "Red")
        vals = (aud, len(recs), comp, len(recs) - comp - red, red)
        for j, v in enumerate(vals):
            sm.cell(row=5 + i, column=1 + j, value=v).border = BOX
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 6):
        sm.cell(row=8, column=j, value=f"=SUM({chr(64 + j)}5:{chr(64 + j)}7)")
    sm.column_dimensions["A"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 25 November 2025 (position at 31 October 2025)"
    hdr = ("Audit", "Rec ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original implementation date", "Revised implementation date", "Status", "Internal audit comment")
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("3B1F5C")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    sfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    typo_row = None
    for aud, recs in audits:
        start = r
        for (ref, pri, rec, act, off, orig, rev, st) in recs:
            vals = (None, ref, pri, rec, act, off, orig, rev, st,
                    "Verified" if st == "Complete" else "")
            for j, v in enumerate(vals):
                if j == 0:
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = fill(sfill[st])
            if rev == "Febuary 2026":
                typo_row = r
            r += 1
        ws.cell(row=start, column=1, value=aud).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = WRAP
        ws.cell(row=start, column=1).border = BOX
    ws.cell(row=r + 1, column=1, value="Priority: High – fundamental control weakness; Medium – significant; "
                                       "Low – good practice.").font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Status: Complete (verified by internal audit), Green (on track), "
                                       "Amber (revised date agreed), Red (overdue).").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (34, 8, 9, 48, 48, 30, 14, 14, 10, 18)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    write_expected(
        name,
        source="University of Gloucestershire, internal audit recommendations follow-up tracker as reported to "
               "its Audit and Risk Committee (imitated, 2025). Copies the usual university/RSM-style layout: a "
               "summary sheet with counts per audit and a formula totals row, and a tracker sheet with the audit "
               "title and assurance opinion merged down its recommendations, priority, recommendation, agreed "
               "management action, responsible officer, original and revised implementation dates, a coloured "
               "status word and auditor comment.",
        reads="Nine recommendations from three audits. In the UKVI Student Sponsor Compliance audit, UKVI.2's "
              "revised implementation date (the end that counts, as it replaces the original 31/03/2025) is "
              "typed 'Febuary 2026', a misspelt month in the end cell on sheet row "
              f"{typo_row} of the Tracker sheet; a careful reader would stop and ask for it to be corrected "
              "rather than guess.",
        outcome="refuse", refuse_at=typo_row, title=title)
    return typo_row


# ---------------------------------------------------------------------------
# 4. Hull College - quality improvement plan (docx, theme heading + table per
#    theme, AFI rows merged across, termly dates)
# ---------------------------------------------------------------------------
def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def hull():
    name = "wx-hull-college-quality-improvement-plan-2024-25.docx"
    title = "Hull College Quality Improvement Plan 2024–25"
    themes = [
        ("Theme 1: Quality of education", [
            ("AFI 1.1 – Teachers of English and mathematics do not routinely check that learners have understood "
             "and remembered key concepts before moving on.", [
                ("1.1a", "Deliver a programme of CPD on retrieval practice and questioning for all English and "
                         "maths teachers, led by the Advanced Practitioners.", "Head of English and Maths",
                 "Autumn term 2024", "Learning walks show checking of understanding in 85% of lessons.",
                 "CPD delivered to 31 staff; learning walks in December found 82%.", "Complete",
                 ["Head of English and Maths"], "2024-12", None, "blue"),
                ("1.1b", "Introduce fortnightly low-stakes quizzes in GCSE English and maths and track results in "
                         "ProMonitor.", "Head of English and Maths / Data Manager", "Spring term 2025",
                 "Mock grades improve by 0.5 of a grade on average.", "Quizzes running in all groups; "
                 "February mock data being analysed.", "Green",
                 ["Head of English and Maths", "Data Manager"], "2025-04", None, "green"),
            ]),
            ("AFI 1.2 – Too few apprentices in engineering and construction complete their off-the-job training "
             "within the planned timescale.", [
                ("1.2a", "Review off-the-job hours for every apprentice at the monthly apprenticeship performance "
                         "meeting, and escalate to employers where hours fall below 80% of target.",
                 "Apprenticeships Manager", "Monthly", "90% of apprentices on track with off-the-job hours.",
                 "76% on track in February (up from 61%).", "Amber",
                 ["Apprenticeships Manager"], None, "Monthly", "amber"),
                ("1.2b", "Recruit two additional skills coaches for engineering apprenticeships.",
                 "Director of Apprenticeships", "31/01/2025", "Caseloads below 45 apprentices per coach.",
                 "One post filled; second post re-advertised.", "Red",
                 ["Director of Apprenticeships"], "2025-01", None, "red"),
            ]),
        ]),
        ("Theme 2: Behaviour and attitudes", [
            ("AFI 2.1 – Attendance at English and mathematics lessons for 16 to 18 learners remains below the "
             "college target of 90%.", [
                ("2.1a", "Launch the 'Every Lesson Counts' attendance campaign with first-day absence calls by "
                         "progress coaches.", "Head of Student Services", "October 2024",
                 "Attendance at English and maths lessons above 85% by Easter.",
                 "Campaign launched 7 October; calls logged daily.", "Complete",
                 ["Head of Student Services"], "2024-10", None, "blue"),
                ("2.1b", "Set attendance targets for each curriculum area and report weekly to the Senior "
                         "Leadership Team.", "AH/JT", "Ongoing", "All areas within 3% of target.",
                 "Weekly report in place; 5 of 9 areas within 3%.", "Green",
                 ["AH", "JT"], None, "Ongoing", "green"),
            ]),
        ]),
        ("Theme 3: Personal development", [
            ("AFI 3.1 – Adult learners on part-time courses do not receive enough careers information to plan "
             "their next steps.", [
                ("3.1a", "Embed a careers session delivered by the college's careers advisers in the induction for "
                         "every adult course.", "Careers Lead", "Summer term 2025",
                 "95% of adult learners report receiving careers advice.",
                 "Sessions in place for 60% of courses starting after January.", "Amber",
                 ["Careers Lead"], "2025-07", None, "amber"),
                ("3.1b", "Record adult learners' intended destinations at enrolment and track actual destinations "
                         "six months after completion.", "Head of Adult Learning; MIS Manager", "July 2025",
                 "Destination known for 80% of adult completers.", "Field added to the enrolment form.",
                 "Green", ["Head of Adult Learning", "MIS Manager"], "2025-07", None, "green"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    p = doc.add_paragraph("Arising from the 2023–24 Self-Assessment Report and the Ofsted inspection of "
                          "March 2024. Progress position at 14 March 2025.")
    p.runs[0].italic = True

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate((("Version", "1.3"), ("Owner", "Vice Principal Quality and Learner Experience"),
                                ("Approved by", "Quality and Standards Committee, 27 November 2024"),
                                ("Next review", "Quality and Standards Committee, 20 March 2025"))):
        _bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (k, v, col) in enumerate((("Complete", "Action completed and impact evidenced", "9DC3E6"),
                                     ("Green", "On track", "A9D08E"),
                                     ("Amber", "Some slippage – action in hand", "FFD966"),
                                     ("Red", "Not on track – escalate to SLT", "FF7C80"))):
        kt.cell(i, 0).text = k
        _shade(kt.cell(i, 0), col)
        kt.cell(i, 1).text = v

    cols = ("Ref", "Action", "Lead", "By when", "Success measure / impact", "Progress (March 2025)", "RAG")
    rag_shade = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    expected = []
    for theme, afis in themes:
        doc.add_heading(theme, level=1)
        nrows = 1 + sum(1 + len(acts) for _, acts in afis)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        for j, c in enumerate(cols):
            _bold_cell(t.cell(0, j), c, color="FFFFFF")
            _shade(t.cell(0, j), "1F3864")
        r = 1
        for afi, acts in afis:
            m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            _bold_cell(m, afi)
            _shade(m, "D9E2F3")
            r += 1
            for (ref, text, lead_cell, when, measure, prog, rag, lead, end, end_text, status) in acts:
                for j, v in enumerate((ref, text, lead_cell, when, measure, prog, rag)):
                    t.cell(r, j).text = v
                _shade(t.cell(r, 6), rag_shade[rag])
                expected.append(dict(ref=ref, under=[theme, afi], action=text, lead=lead, end=end,
                                     end_text=end_text, status=status))
                r += 1
        doc.add_paragraph()
    doc.add_paragraph("Leads: AH – Assistant Principal Study Programmes; JT – Head of Quality. "
                      "Terms follow the college calendar 2024–25.").runs[0].italic = True
    doc.save(out(name))
    write_expected(
        name,
        source="Hull College (general FE college, Ofsted-inspected), quality improvement plan 2024-25 as taken "
               "to the governors' quality committee (imitated from FE college QIPs that follow the self-assessment "
               "report). Copies a title, a document-control table, a RAG key table, one heading and table per "
               "Ofsted theme, area-for-improvement rows merged across the table above their lettered actions, "
               "lead/by-when/success-measure/progress/RAG columns with shading, termly and 'Monthly'/'Ongoing' "
               "timescales, initials explained in a footnote.",
        reads="Eight actions 1.1a-3.1b under three themes (Quality of education, Behaviour and attitudes, "
              "Personal development), each under its AFI row. Terms are read as their last month (Autumn term "
              "2024 = 2024-12, Spring term 2025 = 2025-04 as the Easter holiday starts in April 2025, Summer term "
              "2025 = 2025-07); 'Monthly' and 'Ongoing' have no end month. RAG words, Complete meaning blue; the "
              "document-control and key tables hold no actions.",
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Marden Medical Practice - CQC inspection action plan (docx, one table per
#    regulation, finding merged down its actions, no refs, should-do table)
# ---------------------------------------------------------------------------
def marden():
    name = "wx-marden-medical-practice-cqc-inspection-action-plan.docx"
    title = "Marden Medical Practice: CQC Inspection Action Plan"
    sections = [
        ("Regulation 12: Safe care and treatment", "What CQC found", [
            ("Patients prescribed high-risk medicines were not always monitored in line with national guidance.", [
                ("Run weekly clinical system searches for patients on methotrexate, lithium and DOACs and recall "
                 "any patient overdue monitoring.", "Dr R Hussain", "31/08/2025", "Completed",
                 ["Dr R Hussain"], "2025-08", None, "blue"),
                ("Complete a two-cycle audit of high-risk medicine monitoring and present the results at the "
                 "clinical meeting.", "Clinical Pharmacist / Dr R Hussain", "November 2025", "On track",
                 ["Clinical Pharmacist", "Dr R Hussain"], "2025-11", None, "green"),
            ]),
            ("Medicines and safety alerts were not consistently actioned and there was no record that historic "
             "alerts had been reviewed.", [
                ("Keep a safety alert log with a named clinician responsible for each alert, and review it at the "
                 "monthly governance meeting.", "Practice Manager", "Sept 2025", "Completed",
                 ["Practice Manager"], "2025-09", None, "blue"),
            ]),
        ]),
        ("Regulation 17: Good governance", "What CQC found", [
            ("Staff training records were incomplete and not all staff had completed safeguarding and infection "
             "prevention and control training at the required level.", [
                ("Move all training records to the Practice Index platform with automatic reminders for renewals.",
                 "Assistant Practice Manager", "31/10/2025", "On track",
                 ["Assistant Practice Manager"], "2025-10", None, "green"),
                ("Ensure all clinicians complete Level 3 safeguarding children and adults training.",
                 "Dr A Patel", "31/12/2025", "Not started", ["Dr A Patel"], "2025-12", None, "unrated"),
            ]),
            ("Fire, legionella and health and safety risk assessments were out of date.", [
                ("Commission external fire and legionella risk assessments and complete the actions they identify.",
                 "Practice Manager", "Aug 2025", "Completed", ["Practice Manager"], "2025-08", None, "blue"),
            ]),
        ]),
        ("Areas where the practice should make improvements", "The practice should", [
            ("Continue to take action to improve the uptake of cervical screening.", [
                ("Offer Saturday morning smear clinics through the PCN enhanced access service and send text "
                 "reminders to patients who have not responded.", "Nurse Manager", "March 2026", "On track",
                 ["Nurse Manager"], "2026-03", None, "green"),
            ]),
            ("Improve patient satisfaction with telephone access.", [
                ("Install the cloud-based telephone system with call-back and queue position, and repeat the "
                 "practice patient survey six months later.", "Practice Manager; PPG Chair", "Q4 2025/26",
                 "On track", ["Practice Manager", "PPG Chair"], "2026-03", None, "green"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    tp = doc.add_paragraph()
    run = tp.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    doc.add_paragraph("Marden Medical Practice, 25 Sutton Road, Shrewsbury SY2 6DL  |  Provider: Dr R Hussain and "
                      "Partners")
    doc.add_paragraph("CQC inspection: 14 May 2025. Report published: 2 July 2025. This plan responds to the "
                      "requirement notices issued under the Health and Social Care Act 2008 (Regulated Activities) "
                      "Regulations 2014 and to the areas where the report says the practice should improve.")
    rt = doc.add_table(rows=7, cols=2)
    rt.style = "Table Grid"
    for i, (k, v) in enumerate((("Key question", "Rating"), ("Overall", "Requires improvement"),
                                ("Safe", "Requires improvement"), ("Effective", "Good"), ("Caring", "Good"),
                                ("Responsive", "Requires improvement"), ("Well-led", "Requires improvement"))):
        if i == 0:
            _bold_cell(rt.cell(i, 0), k)
            _bold_cell(rt.cell(i, 1), v)
        else:
            rt.cell(i, 0).text = k
            rt.cell(i, 1).text = v
    doc.add_paragraph()
    expected = []
    for heading, firstcol, findings in sections:
        hp = doc.add_heading(heading, level=2)
        nrows = 1 + sum(len(a) for _, a in findings)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for j, c in enumerate((firstcol, "Action", "Lead", "Completion date", "Status")):
            _bold_cell(t.cell(0, j), c)
            _shade(t.cell(0, j), "DEEAF6")
        r = 1
        for finding, acts in findings:
            start = r
            for (text, lead_cell, when, status_word, lead, end, end_text, status) in acts:
                for j, v in enumerate((text, lead_cell, when, status_word)):
                    t.cell(r, 1 + j).text = v
                expected.append(dict(ref=None, under=[heading, finding], action=text, lead=lead, end=end,
                                     end_text=end_text, status=status))
                r += 1
            if r - 1 > start:
                m = t.cell(start, 0).merge(t.cell(r - 1, 0))
            else:
                m = t.cell(start, 0)
            m.text = finding
        doc.add_paragraph()
    doc.add_paragraph("The action plan is reviewed at the monthly practice governance meeting and progress is "
                      "shared with the Patient Participation Group.")
    sg = doc.add_table(rows=2, cols=3)
    sg.style = "Table Grid"
    for j, v in enumerate(("Signed (Registered Manager)", "Name", "Date")):
        _bold_cell(sg.cell(0, j), v)
    for j, v in enumerate(("", "Mrs K Lloyd, Practice Manager", "18/07/2025")):
        sg.cell(1, j).text = v
    doc.save(out(name))
    write_expected(
        name,
        source="Marden Medical Practice, Shrewsbury (GP practice, CQC), post-inspection action plan of the kind "
               "GP practices publish on their websites after a 'Requires improvement' report with requirement "
               "notices (imitated, 2025). Copies the practice title line and address, an inspection summary "
               "paragraph, a ratings table, one heading and table per breached regulation (Regulation 12, "
               "Regulation 17) with each CQC finding merged down over its actions, a table for the 'should' "
               "improvements, status words, and a sign-off table.",
        reads="Eight unnumbered actions: three under Regulation 12, three under Regulation 17 and two under the "
              "'should make improvements' heading, each read under the finding (or should-do) in the merged "
              "first column. Leads are named GPs and posts (two leads in two rows); completion dates include "
              "'Sept 2025', 'Aug 2025' and 'Q4 2025/26'. The ratings and sign-off tables hold no actions.",
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. South Central Ambulance Service - internal audit tracker (csv export,
#    audit heading rows, recommendation then agreed action, RAG letters)
# ---------------------------------------------------------------------------
def scas():
    name = "wx-south-central-ambulance-service-nhsft-internal-audit-recommendations-tracker.csv"
    title = "South Central Ambulance Service NHS Foundation Trust – Internal Audit Recommendations Tracker"
    audits = [
        ("Medicines Management – Controlled Drugs (2024/25) – Limited assurance", [
            ("IA24-07.1", "High", "Ensure controlled drug registers at all stations are checked weekly and "
                                  "discrepancies are reported on Datix within 24 hours.",
             "Weekly CD register checks added to the station manager assurance checklist; compliance reported "
             "monthly to the Medicines Optimisation Group.", "Head of Medicines Management", "31/03/2025",
             "30/06/2025", "B", ["Head of Medicines Management"], "2025-06", "blue"),
            ("IA24-07.2", "High", "Reconcile controlled drug stock between the central store and stations every "
                                  "month.",
             "Implement the stock reconciliation report and assign a named pharmacy technician to each hub.",
             "Chief Pharmacist; Head of Logistics", "30/06/2025", "31/12/2025", "A",
             ["Chief Pharmacist", "Head of Logistics"], "2025-12", "amber"),
            ("IA24-07.3", "Medium", "Update the Controlled Drugs Policy to reflect the hub and spoke model.",
             "Revise the policy and submit it to the Clinical Review Group for approval.", "Chief Pharmacist",
             "31/05/2025", "", "R", ["Chief Pharmacist"], "2025-05", "red"),
        ]),
        ("Fleet Management – Vehicle Maintenance (2024/25) – Reasonable assurance", [
            ("IA24-11.1", "Medium", "Ensure all vehicles receive preventative maintenance within the "
                                    "manufacturer's service interval.",
             "Introduce a weekly exception report from the fleet system listing vehicles within 500 miles of a "
             "service being due.", "Head of Fleet", "30/09/2025", "", "B", ["Head of Fleet"], "2025-09", "blue"),
            ("IA24-11.2", "Low", "Record vehicle defects electronically rather than on paper forms.",
             "Roll out the electronic vehicle daily inspection (VDI) app to all resource centres.",
             "Head of Fleet / Head of Digital", "31/01/2026", "", "G", ["Head of Fleet", "Head of Digital"],
             "2026-01", "green"),
        ]),
        ("Data Security and Protection Toolkit 2024/25 – Moderate assurance", [
            ("IA25-02.1", "High", "Ensure at least 95% of staff complete annual data security awareness "
                                  "training.",
             "Targeted reminders to operational line managers, weekly compliance reporting by area, and "
             "training time added to the rota.", "Information Governance Manager", "30/06/2025", "30/11/2025",
             "A", ["Information Governance Manager"], "2025-11", "amber"),
            ("IA25-02.2", "Medium", "Maintain an up-to-date information asset register with named Information "
                                    "Asset Owners.",
             "Review the information asset register with each directorate and confirm IAOs with the SIRO.",
             "Senior Information Risk Owner", "31/08/2025", "", "B", ["Senior Information Risk Owner"],
             "2025-08", "blue"),
            ("IA25-02.3", "Medium", "Test the cyber incident response plan at least once a year.",
             "Hold a tabletop exercise on a ransomware attack affecting the computer-aided dispatch system.",
             "Head of Cyber Security; EPRR Manager", "31/12/2025", "", "G",
             ["Head of Cyber Security", "EPRR Manager"], "2025-12", "green"),
        ]),
    ]
    ncol = 10
    rows = [[title] + [""] * (ncol - 1),
            ["Audit Committee 12 November 2025 – position as at 31 October 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "RAG", "Update", "Evidence received"]]
    expected = []
    updates = {"B": "Closed – evidence verified by internal audit", "G": "On track",
               "A": "Revised date agreed by Executive Management Committee", "R": "Overdue – chased 20/10/2025"}
    for aud, recs in audits:
        rows.append([aud] + [""] * (ncol - 1))
        for (ref, pri, rec, act, owner, orig, rev, rag, lead, end, status) in recs:
            rows.append([ref, pri, rec, act, owner, orig, rev, rag, updates[rag],
                         "Yes" if rag == "B" else "No"])
            expected.append(dict(ref=ref, under=[aud, rec], action=act, lead=lead, end=end, end_text=None,
                                 status=status))
    rows.append([""] * ncol)
    rows.append(["Summary: 8 actions – 3 implemented, 2 on track, 2 revised, 1 overdue"] + [""] * (ncol - 1))
    rows.append(["Key: B = implemented and verified; G = on track; A = revised date agreed / at risk; "
                 "R = overdue"] + [""] * (ncol - 1))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_expected(
        name,
        source="South Central Ambulance Service NHS Foundation Trust, internal audit recommendations tracker "
               "as presented to the trust's Audit Committee (imitated, 2025), saved from Excel as CSV. Copies "
               "two title lines, a header row, an audit heading row (audit, year, assurance opinion) over each "
               "group of recommendations, priority, recommendation, agreed management action, action owner, "
               "original and revised due dates, RAG letters, and a summary line and key under the table.",
        reads="Eight agreed management actions from three internal audits, each read under its audit heading "
              "row and the recommendation it answers (same row). The end is the revised due date where one is "
              "given, otherwise the original; RAG letters B/G/A/R, B meaning implemented (complete). The "
              "priority column is not a RAG; summary and key lines are not actions.",
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Cumbria PFCC - Public Accountability Conference action log (tab-separated
#    text export, two sections, one continuation line)
# ---------------------------------------------------------------------------
def cumbria():
    name = "wx-cumbria-pfcc-public-accountability-conference-action-log.txt"
    title = "Cumbria Police, Fire and Crime Commissioner – Public Accountability Conference Action Log"
    sections = [
        ("CONSTABULARY PUBLIC ACCOUNTABILITY CONFERENCE", [
            ("PAC/C/25/14", "16/07/2025", "5.2", ["Provide a breakdown of rural crime offences by district, "
                                                  "including farm machinery and livestock theft, for the next "
                                                  "rural crime thematic report."],
             "Assistant Chief Constable", "October 2025", "Complete", "Included in the October thematic report.",
             ["Assistant Chief Constable"], "2025-10", None, "blue"),
            ("PAC/C/25/15", "16/07/2025", "6.1", ["Circulate the force's plan to improve 101 call answering "
                                                  "times, including the date the new telephony platform goes "
                                                  "live."],
             "Deputy Chief Constable", "25/10/2025", "Complete", "Circulated to members 22/10/2025.",
             ["Deputy Chief Constable"], "2025-10", None, "blue"),
            ("PAC/C/25/18", "25/10/2025", "4.3", ["Present the findings of the HMICFRS PEEL inspection and the "
                                                  "force's response to the areas for improvement",
                                                  "at the February 2026 conference."],
             "Chief Constable", "February 2026", "On track", "Report published; response being drafted.",
             ["Chief Constable"], "2026-02", None, "green"),
            ("PAC/C/25/19", "25/10/2025", "7.1", ["Confirm the revenue consequences of the custody suite "
                                                  "refurbishment for the medium-term financial plan."],
             "OPFCC Chief Finance Officer / Director of Corporate Support", "13/02/2026", "On track",
             "To be reflected in the budget setting papers.",
             ["OPFCC Chief Finance Officer", "Director of Corporate Support"], "2026-02", None, "green"),
            ("PAC/C/25/22", "09/12/2025", "5.1", ["Report on the use of stop and search on young people in "
                                                  "Carlisle, including outcomes and body-worn video review."],
             "Assistant Chief Constable", "TBC", "Not started", "Date to be agreed with the Chief Executive.",
             ["Assistant Chief Constable"], None, "TBC", "unrated"),
        ]),
        ("FIRE AND RESCUE SERVICE PUBLIC ACCOUNTABILITY CONFERENCE", [
            ("PAC/F/25/09", "18/07/2025", "4.1", ["Share the evaluation of the Safe and Well visit pilot with "
                                                  "partner agencies."],
             "Area Manager Prevention", "September 2025", "Complete", "Shared via the Community Safety "
                                                                      "Partnership 15/09/2025.",
             ["Area Manager Prevention"], "2025-09", None, "blue"),
            ("PAC/F/25/11", "25/10/2025", "5.2", ["Provide an update on on-call firefighter availability at each "
                                                  "station, with proposals to improve daytime cover."],
             "Chief Fire Officer; Area Manager Response", "09/12/2025", "Amber",
             "Availability data presented 09/12; proposals deferred to February.",
             ["Chief Fire Officer", "Area Manager Response"], "2025-12", None, "amber"),
            ("PAC/F/25/12", "09/12/2025", "6.1", ["Bring the draft Community Risk Management Plan 2026-30 to the "
                                                  "conference before public consultation starts."],
             "Chief Fire Officer", "Q4 2025/26", "On track", "Draft in preparation.",
             ["Chief Fire Officer"], "2026-03", None, "green"),
        ]),
    ]
    lines = [title,
             "Updated following the conferences held on 9 December 2025",
             "Members: Police, Fire and Crime Commissioner; OPFCC Chief Executive; OPFCC Chief Finance Officer; "
             "Chief Constable or Chief Fire Officer",
             "",
             "\t".join(("Action No.", "Meeting date", "Minute", "Action", "Owner", "Due date", "Status",
                        "Update"))]
    expected = []
    for sec, items in sections:
        lines.append("")
        lines.append(sec)
        for (ref, date, minute, text_lines, owner, due, stw, upd, lead, end, end_text, status) in items:
            lines.append("\t".join((ref, date, minute, text_lines[0], owner, due, stw, upd)))
            for extra in text_lines[1:]:
                lines.append("\t\t\t" + extra)
            expected.append(dict(ref=ref, under=[sec], action="\n".join(text_lines), lead=lead, end=end,
                                 end_text=end_text, status=status))
    lines.append("")
    lines.append("Note: completed actions are removed from the log once they have been reported to one "
                 "conference.")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source="Office of the Police, Fire and Crime Commissioner for Cumbria, action log of the Commissioner's "
               "Public Accountability Conference (separate Constabulary and Fire and Rescue Service conferences, "
               "papers published on cumbria-pfcc.gov.uk), imitated for July-December 2025 and exported as "
               "tab-separated text. Copies a title line, an 'updated' line, a members line, a header row, one "
               "capitalised heading line per conference, action numbers with meeting date and minute, job-title "
               "owners, status words, a wrapped action whose end runs onto a continuation line, and a closing "
               "note.",
        reads="Eight actions, five under the Constabulary conference heading and three under the Fire and Rescue "
              "Service heading. Action PAC/C/25/18 continues on the next line (only the Action column filled), "
              "read as one action with a line break. Owners are posts (two in PAC/C/25/19 and PAC/F/25/11); due "
              "dates include 'TBC' (no month) and 'Q4 2025/26' (March 2026); statuses Complete, On track, Amber, "
              "Not started.",
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    nhsbt()
    lfrs()
    row = uog()
    hull()
    marden()
    scas()
    cumbria()
    print("refuse row (UoG Tracker sheet):", row)
