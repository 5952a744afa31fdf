#!/usr/bin/env python3
"""Build the seven rj- cases of set heldout477 (data files and their expected readings).

Run with /work/main/.venv/bin/python rj_make.py  (needs openpyxl, python-docx, pyyaml).
Each action below carries both what is written in the file and the reading a person
makes of it (lead list, end month, status), typed by hand.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal"):
        doc[k] = meta[k]
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": list(a["under"]), "action": a["action"],
                 "lead": list(a["lead"]), "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def style_cell(c, bold=False, bg=None, color=None, size=None, wrap=True):
    c.font = Font(bold=bold, color=color, size=size) if (bold or color or size) else c.font
    if bg:
        c.fill = fill(bg)
    if wrap:
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. West Suffolk NHS FT – IPC Board Assurance Framework action plan (xlsx)
# ---------------------------------------------------------------------------
def make_wsft():
    name = "rj-west-suffolk-nhsft-infection-prevention-control-baf-action-plan.xlsx"
    title = "Infection Prevention and Control Board Assurance Framework (IPC BAF) – Action Plan 2025/26"
    C1 = ("Criterion 1: Systems to manage and monitor the prevention and control of infection. "
          "These systems use risk assessments and consider the susceptibility of service users "
          "and any risks their environment and other users may pose to them")
    C2 = ("Criterion 2: Provide and maintain a clean and appropriate environment in managed premises "
          "that facilitates the prevention and control of infections")
    C3 = ("Criterion 3: Ensure appropriate antimicrobial use and stewardship to optimise patient "
          "outcomes and to reduce the risk of adverse events and antimicrobial resistance")
    C6 = ("Criterion 6: Systems to ensure that all care workers (including contractors and volunteers) "
          "are aware of and discharge their responsibilities in the process of preventing and "
          "controlling infection")
    C10 = ("Criterion 10: Have a system in place to manage the occupational health needs and "
           "obligations of staff in relation to infection")
    G1a = ("Hospital-onset C. difficile cases exceed the 2025/26 NHS England threshold "
           "(58 cases year to date against a trajectory of 44).")
    G1b = ("IPC risk assessments are not consistently completed within 6 hours of admission "
           "(audit compliance 71%).")
    G2 = ("National Standards of Healthcare Cleanliness 2021 efficacy audits are below the 98% target "
          "in FR1 areas on wards F5, F7 and G4.")
    G3 = "Documentation of the 48-hour antimicrobial review is below 90% in medicine and surgery."
    G6 = ("IPC Level 2 mandatory training compliance is 78% against a target of 90%; "
          "lowest in medical staff (64%).")
    G10 = ("Frontline staff flu vaccination uptake in 2024/25 was 41%, with no targeted plan "
           "for the areas with the lowest uptake.")
    blocks = [
        (C1, [
            (G1a, [
                dict(ref="1.1",
                     action="Complete post-infection reviews (PIRs) for all hospital-onset C. difficile cases within 28 days and share the learning at Divisional Quality Boards.",
                     lead_cell="Lead Nurse IPC / Divisional Directors of Nursing",
                     lead=["Lead Nurse IPC", "Divisional Directors of Nursing"],
                     orig=d(2025, 8, 31), rev=d(2025, 11, 30), prev="Amber", cur="Amber",
                     upd="PIR backlog reduced from 14 to 5. Revised date agreed at IPC Committee 16/09/2025 due to Consultant Microbiologist vacancy.",
                     end="2025-11", status="amber"),
                dict(ref="1.2",
                     action="Launch a C. difficile reduction collaborative on the three wards with the highest incidence (F5, F7 and G4).",
                     lead_cell="Deputy DIPC", lead=["Deputy DIPC"],
                     orig=d(2025, 9, 30), rev=None, prev="Amber", cur="Green",
                     upd="Collaborative launched 4 September; first PDSA cycle (commode cleaning) under way.",
                     end="2025-09", status="green"),
            ]),
            (G1b, [
                dict(ref="1.3",
                     action="Add a mandatory IPC admission risk assessment to the e-Care admission workflow, with a prompt for side-room prioritisation.",
                     lead_cell="Chief Nursing Information Officer", lead=["Chief Nursing Information Officer"],
                     orig=d(2025, 12, 31), rev=None, prev="Green", cur="Green",
                     upd="Build signed off by the Clinical Safety Officer; go-live planned for December release.",
                     end="2025-12", status="green"),
            ]),
        ]),
        (C2, [
            (G2, [
                dict(ref="2.1",
                     action="Agree a revised cleaning specification and audit schedule with the Facilities team and report monthly efficacy scores to the IPC Committee.",
                     lead_cell="Associate Director of Estates & Facilities", lead=["Associate Director of Estates & Facilities"],
                     orig=d(2025, 6, 30), rev=d(2025, 10, 31), prev="Red", cur="Amber",
                     upd="Specification agreed; two of three wards now above 98%. G4 remains at 95%.",
                     end="2025-10", status="amber"),
                dict(ref="2.2",
                     action="Complete the ventilation verification programme for critical care and theatres (HTM 03-01) and close all remedial actions.",
                     lead_cell="Head of Estates Compliance", lead=["Head of Estates Compliance"],
                     orig=d(2026, 3, 31), rev=None, prev="Green", cur="Green",
                     upd="Theatres 1–4 verified; critical care scheduled for January.",
                     end="2026-03", status="green"),
            ]),
        ]),
        (C3, [
            (G3, [
                dict(ref="3.1",
                     action="Re-launch the 'Start Smart then Focus' 48-hour review prompt on e-Care and provide monthly ward-level compliance dashboards.",
                     lead_cell="Consultant Microbiologist (AMS lead) & Lead Antimicrobial Pharmacist",
                     lead=["Consultant Microbiologist (AMS lead)", "Lead Antimicrobial Pharmacist"],
                     orig=d(2025, 7, 31), rev=None, prev="Green", cur="Blue",
                     upd="Prompt live from 14 July. Compliance 91% in September; dashboard published monthly. Propose closure.",
                     end="2025-07", status="blue"),
            ]),
        ]),
        (C6, [
            (G6, [
                dict(ref="6.1",
                     action="Provide targeted IPC training sessions at resident doctor induction and at departmental governance half-days.",
                     lead_cell="Medical Education Manager / IPC Nurse Specialist",
                     lead=["Medical Education Manager", "IPC Nurse Specialist"],
                     orig="Q3 2025/26", rev=None, prev="Amber", cur="Amber",
                     upd="August induction sessions delivered; governance half-day slots requested for all specialties.",
                     end="2025-12", status="amber"),
                dict(ref="6.2",
                     action="Include IPC training compliance in the monthly divisional performance reviews, with escalation of wards below 85%.",
                     lead_cell="Director of Workforce", lead=["Director of Workforce"],
                     orig=d(2025, 9, 30), rev=None, prev="Green", cur="Blue",
                     upd="Added to the divisional performance review pack from September 2025.",
                     end="2025-09", status="blue"),
            ]),
        ]),
        (C10, [
            (G10, [
                dict(ref="10.1",
                     action="Deliver the 2025/26 staff flu and COVID-19 vaccination campaign with peer vaccinators in every division and weekly uptake reporting to the Executive Management Committee.",
                     lead_cell="Head of Occupational Health & Wellbeing", lead=["Head of Occupational Health & Wellbeing"],
                     orig=d(2026, 2, 28), rev=None, prev="New", cur="Green",
                     upd="Campaign launched 1 October; 36 peer vaccinators trained. Uptake 29% at week 3.",
                     end="2026-02", status="green"),
                dict(ref="10.2",
                     action="Review FFP3 fit-testing records and re-test all staff whose records are more than two years old.",
                     lead_cell="Occupational Health Manager", lead=["Occupational Health Manager"],
                     orig="Ongoing", rev=None, prev="Green", cur="Green",
                     upd="Monthly report to Health & Safety Committee; 212 staff re-tested since April.",
                     end=None, end_text="Ongoing", status="green"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "West Suffolk NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=12, color=NAVY)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Document owner", "Director of Infection Prevention and Control (DIPC)"),
          ("Author", "Lead Nurse Infection Prevention and Control"),
          ("Version", "3.2"),
          ("Date of this version", "14/10/2025"),
          ("Reporting route", "IPC Committee → Quality and Risk Committee → Board of Directors"),
          ("Review frequency", "Bi-monthly")]
    r = 5
    for k, v in dc:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 1).fill = fill(GREY)
        cov.cell(r, 2, v)
        for cc in (1, 2):
            cov.cell(r, cc).border = BORDER
            cov.cell(r, cc).alignment = WRAP
        r += 1
    r += 1
    cov.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    key = [("Red", RED, "Off track – target date will not be met without escalation"),
           ("Amber", AMBER, "Some slippage – mitigations in place, revised date agreed"),
           ("Green", GREEN, "On track to deliver by the target date"),
           ("Blue", BLUE, "Complete – evidence received and assurance given to IPC Committee")]
    for word, col, meaning in key:
        cov.cell(r, 1, word).fill = fill(col)
        cov.cell(r, 2, meaning)
        for cc in (1, 2):
            cov.cell(r, cc).border = BORDER
        r += 1
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 80

    # Summary sheet (counts only)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by criterion – position at October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Criterion", "Actions", "Red", "Amber", "Green", "Blue"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
    rows = [("Criterion 1", 3, 0, 1, 2, 0), ("Criterion 2", 2, 0, 1, 1, 0),
            ("Criterion 3", 1, 0, 0, 0, 1), ("Criterion 6", 2, 0, 1, 0, 1),
            ("Criterion 10", 2, 0, 0, 2, 0), ("Total", 10, 0, 3, 5, 2)]
    for i, row in enumerate(rows, 4):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A11"] = "Criteria 4, 5, 7, 8 and 9: full compliance evidenced – no gaps identified."
    sm["A11"].font = Font(italic=True)
    sm.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "IPC BAF 2025/26 – gaps in compliance and improvement actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 14 October 2025 (presented to IPC Committee 21/10/2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Gap in compliance / assurance", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Aug-25)", "Current RAG (Oct-25)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    ragfill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
    r = 5
    expected = []
    for crit, gaps in blocks:
        ws.cell(r, 1, crit)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("DDEBF7")
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for gap, acts in gaps:
            start = r
            ws.cell(r, 2, gap)
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead_cell"])
                ws.cell(r, 5, a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    ws.cell(r, 5).number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    ws.cell(r, 6, a["rev"]).number_format = "dd/mm/yyyy"
                ws.cell(r, 7, a["prev"])
                if a["prev"] in ragfill:
                    ws.cell(r, 7).fill = fill(ragfill[a["prev"]])
                ws.cell(r, 8, a["cur"]).fill = fill(ragfill[a["cur"]])
                ws.cell(r, 9, a["upd"])
                for cc in range(1, 10):
                    ws.cell(r, cc).border = BORDER
                    ws.cell(r, cc).alignment = WRAP
                expected.append(dict(ref=a["ref"], under=[crit, gap], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Actions closed at the previous IPC Committee are removed from this plan and held in the closed actions log.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [7, 38, 50, 26, 13, 13, 12, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates an NHS acute trust's Infection Prevention and Control Board Assurance Framework "
                "(NHS England IPC BAF) gap/action plan as taken to a trust's IPC and Quality committees "
                "(West Suffolk NHS Foundation Trust, 2025/26; content invented). Copies a cover sheet with "
                "document control and RAG key, a summary counts sheet, the Code of Practice criteria as "
                "merged full-width heading rows, the gap in compliance merged down over its actions, "
                "original and revised target dates, Previous and Current RAG columns with fill colour, "
                "several leads in one cell and job titles as leads."),
        reads=("A three-sheet workbook: cover with document control and RAG key, a summary of counts, and the "
               "action plan. Under five IPC BAF criteria, each gap in compliance has one to three numbered "
               "actions with a lead, original and sometimes revised target date, previous and current RAG "
               "and a progress update. Ten actions; the current RAG is the status and the revised date the end."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Devon & Somerset FRS – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_dsfrs():
    name = "rj-devon-and-somerset-frs-internal-audit-recommendations-tracker.xlsx"
    title = "Devon & Somerset Fire & Rescue Service – Internal Audit Recommendations Tracker"
    A1 = "Fleet Management – Vehicle Maintenance (2024-25) – Limited Assurance"
    A2 = "Organisational Safeguarding Assurance (2024-25) – Reasonable Assurance"
    A3 = "Information Security – Availability of Systems (2024-25) – Limited Assurance"
    A4 = "Personal Protective Equipment (2025-26) – Reasonable Assurance"
    audits = [
        (A1, [
            dict(ref="FM1",
                 rec="Maintenance schedules for operational appliances should be held in a single system and reconciled to the vehicle asset register.",
                 pri="High",
                 action="Migrate all appliance servicing schedules from local spreadsheets into Tranman and complete a one-off reconciliation to the fleet asset register.",
                 lead_cell="Head of Fleet & Equipment", lead=["Head of Fleet & Equipment"],
                 orig=d(2025, 7, 31), rev=d(2025, 12, 31), rag="A",
                 upd="Migration 80% complete (Devon appliances done). Somerset workshop data to follow; revised date approved by ELT.",
                 end="2025-12", status="amber"),
            dict(ref="FM2",
                 rec="Defects reported by crews should be tracked to closure and overdue defects escalated.",
                 pri="Medium",
                 action="Introduce a weekly overdue defects report to Group Managers and include defect closure times in the quarterly fleet performance report.",
                 lead_cell="Fleet Workshop Manager", lead=["Fleet Workshop Manager"],
                 orig=d(2025, 9, 30), rev=None, rag="B",
                 upd="Weekly report in place since August 2025. DAP follow-up confirmed implemented.",
                 end="2025-09", status="blue"),
        ]),
        (A2, [
            dict(ref="OSA1",
                 rec="Safeguarding referrals made by prevention staff should be recorded consistently so that referral outcomes can be followed up.",
                 pri="Medium",
                 action="Add a mandatory referral outcome field to the Community Fire Safety system and issue guidance to Home Safety Technicians.",
                 lead_cell="Safeguarding Lead; Prevention Manager", lead=["Safeguarding Lead", "Prevention Manager"],
                 orig=d(2025, 11, 30), rev=None, rag="G",
                 upd="System change tested; guidance drafted for issue with the November bulletin.",
                 end="2025-11", status="green"),
            dict(ref="OSA2",
                 rec="DBS rechecks for roles with regular unsupervised contact with children and adults at risk should be completed every three years.",
                 pri="High",
                 action="Complete the outstanding DBS rechecks (47 staff identified) and set up automated three-year reminders in the HR system.",
                 lead_cell="HR Business Partner", lead=["HR Business Partner"],
                 orig=d(2025, 8, 31), rev=d(2026, 3, 31), rag="R",
                 upd="19 of 47 rechecks complete. HR system reminder functionality not yet available from supplier.",
                 end="2026-03", status="red"),
        ]),
        (A3, [
            dict(ref="IS1",
                 rec="Business continuity arrangements for the mobilising system should be tested at least annually.",
                 pri="High",
                 action="Carry out a full fallback test of the mobilising system at the secondary control room and report the outcome to the Information Governance Board.",
                 lead_cell="Head of ICT / Control Manager", lead=["Head of ICT", "Control Manager"],
                 orig=d(2025, 10, 31), rev=None, rag="B",
                 upd="Fallback test completed 14 October 2025; report to IG Board 5 November 2025.",
                 end="2025-10", status="blue"),
            dict(ref="IS2",
                 rec="Privileged (administrator) accounts should be reviewed quarterly and removed when no longer required.",
                 pri="Medium",
                 action="Implement a quarterly privileged access review with sign-off by the Information Security Officer.",
                 lead_cell="Information Security Officer", lead=["Information Security Officer"],
                 orig="Ongoing – quarterly review", rev=None, rag="G",
                 upd="First two quarterly reviews completed; 11 accounts removed.",
                 end=None, end_text="Ongoing – quarterly review", status="green"),
            dict(ref="IS3",
                 rec="Servers running unsupported operating systems should be upgraded or isolated.",
                 pri="High",
                 action="Upgrade the remaining six Windows Server 2012 R2 servers or isolate them on a segregated network segment.",
                 lead_cell="Head of ICT", lead=["Head of ICT"],
                 orig=d(2025, 6, 30), rev=d(2026, 2, 28), rag="A",
                 upd="Four of six upgraded. Two servers support the legacy HR system and will be isolated until it is replaced.",
                 end="2026-02", status="amber"),
        ]),
        (A4, [
            dict(ref="PPE1",
                 rec="Issues of structural firefighting kit should be recorded against individuals so that the replacement cycle can be monitored.",
                 pri="Low",
                 action="Record all PPE issues against individual employee numbers in the PPE management module and run a replacement forecast annually.",
                 lead_cell="Station Manager – Operational Equipment", lead=["Station Manager – Operational Equipment"],
                 orig=d(2026, 3, 31), rev=None, rag="G",
                 upd="Data cleanse of stores records under way.",
                 end="2026-03", status="green"),
        ]),
    ]
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    heads = ["Rec No.", "Finding / recommendation", "Priority", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date", "RAG",
             "Update (January 2026)"]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit & Governance Committee – 20 January 2026"
    sm["A3"] = "Report of the Head of Governance & Risk. Source: Devon Audit Partnership (DAP) final reports."
    sm["A3"].font = Font(italic=True)
    sh = ["Audit", "Assurance opinion", "Recommendations", "Implemented", "Open – on track",
          "Open – revised date", "Overdue"]
    for i, h in enumerate(sh, 1):
        c = sm.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("A50021")
        c.border = BORDER
        c.alignment = WRAP
    srows = [("Fleet Management – Vehicle Maintenance", "Limited", 2, 1, 0, 1, 0),
             ("Organisational Safeguarding Assurance", "Reasonable", 2, 0, 1, 0, 1),
             ("Information Security – Availability of Systems", "Limited", 3, 1, 1, 1, 0),
             ("Personal Protective Equipment", "Reasonable", 1, 0, 1, 0, 0),
             ("Total", "", 8, 2, 3, 2, 1)]
    for i, row in enumerate(srows, 6):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    sm["A13"] = "Recommendations reported as implemented at the last Committee have been removed from the tracker."
    sm.column_dimensions["A"].width = 46
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Audit & Governance Committee – 20 January 2026"
    ws.merge_cells("A2:I2")
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("A50021")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    r = 5
    expected = []
    for audit, recs in audits:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in recs:
            vals = [a["ref"], a["rec"], a["pri"], a["action"], a["lead_cell"], a["orig"], a["rev"],
                    a["rag"], a["upd"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(ragfill[a["rag"]])
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(dict(ref=a["ref"], under=[audit, a["rec"]], action=a["action"],
                                 lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                 status=a["status"]))
            r += 1
    widths = [9, 42, 10, 48, 24, 13, 13, 7, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    krows = [("B", BLUE, "Implemented – DAP follow-up confirms action complete"),
             ("G", GREEN, "Open – on track for the original due date"),
             ("A", AMBER, "Open – revised due date agreed by ELT"),
             ("R", RED, "Off track – past the original due date with significant risk to the revised date")]
    for i, (k, col, m) in enumerate(krows, 2):
        ky.cell(i, 1, k).fill = fill(col)
        ky.cell(i, 2, m)
    ky["A7"] = "Priority: High – fundamental control weakness; Medium – significant; Low – minor / good practice."
    ky.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a fire and rescue authority's internal audit recommendations tracker as reported "
                "to its Audit & Governance Committee (Devon & Somerset Fire & Rescue Service, audits by "
                "Devon Audit Partnership, 2024-25/2025-26; content invented, audit topics of the kind DAP "
                "reports). Copies a summary sheet with assurance opinions and counts, the tracker with a "
                "merged grey row per audit and its assurance opinion, recommendation and agreed management "
                "action side by side, priority, original and revised due dates, RAG letters with fill, "
                "and a separate key sheet."),
        reads=("A summary sheet, the tracker and a key. Under four audit headings (audit, year and assurance "
               "opinion) each recommendation row gives the finding/recommendation, its agreed management "
               "action, the responsible officer, original and sometimes revised due date and a RAG letter. "
               "Eight actions; the revised date where given is the end and B is complete."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Habinteg – Tenant Satisfaction Measures improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_habinteg():
    name = "rj-habinteg-housing-association-tenant-satisfaction-measures-improvement-plan.xlsx"
    title = "Habinteg Tenant Satisfaction Measures (TSM) Improvement Plan 2025/26"
    key_line = "Progress key: green = completed, amber = in progress, red = delayed, no colour = not started"
    sheets = [
        ("Repairs", "Keeping properties in good repair",
         "Related TSMs: TP02 Satisfaction with repairs (68.4%); TP03 Satisfaction with time taken to complete most recent repair (61.9%); TP04 Satisfaction that the home is well maintained (70.2%)",
         [
             ("Repairs take too long, and we are not told when operatives will arrive.", [
                 dict(ref="R1",
                      action="Introduce appointment text reminders with a 2-hour arrival window for all responsive repairs.",
                      lead_cell="Head of Property Services", lead=["Head of Property Services"],
                      when="September 2025", prog=GREEN,
                      com="Live from 1 September 2025 for all contractors.",
                      end="2025-09", status="blue"),
                 dict(ref="R2",
                      action="Set up a repairs call-back team to contact customers within 5 working days of a repair being completed to check they are satisfied.",
                      lead_cell="Customer Services Manager", lead=["Customer Services Manager"],
                      when="December 2025", prog=AMBER,
                      com="Two call-back advisers recruited; calls start in November.",
                      end="2025-12", status="amber"),
             ]),
             ("Adaptations we need are slow to be installed.", [
                 dict(ref="R3",
                      action="Agree a joint fast-track process with local authority occupational therapists for minor adaptations under £1,000.",
                      lead_cell="Accessible Housing Lead & Head of Property Services",
                      lead=["Accessible Housing Lead", "Head of Property Services"],
                      when="March 2026", prog=AMBER,
                      com="Agreed with two of the five authorities we work with most.",
                      end="2026-03", status="amber"),
             ]),
         ]),
        ("Engagement", "Respectful and helpful engagement",
         "Related TSMs: TP06 Satisfaction that the landlord listens to tenant views and acts upon them (55.1%); TP07 Satisfaction that the landlord keeps tenants informed (66.0%)",
         [
             ("You don't listen to our views or tell us what changed as a result.", [
                 dict(ref="E1",
                      action="Publish a quarterly 'You said, we did' update in Habinteg Matters and on our website.",
                      lead_cell="Involvement & Engagement Manager", lead=["Involvement & Engagement Manager"],
                      when="Quarterly", prog=AMBER,
                      com="First update published in the autumn edition.",
                      end=None, end_text="Quarterly", status="amber"),
                 dict(ref="E2",
                      action="Recruit and train 12 Tenant Scrutiny Panel members, including at least four members who are disabled.",
                      lead_cell="Involvement & Engagement Manager", lead=["Involvement & Engagement Manager"],
                      when="31/01/2026", prog=RED,
                      com="Seven members recruited so far; training provider booking delayed.",
                      end="2026-01", status="red"),
             ]),
             ("Information is not always available in accessible formats.", [
                 dict(ref="E3",
                      action="Offer every letter and newsletter in large print, Easy Read and audio on request, and record each customer's communication preference on the housing management system.",
                      lead_cell="Head of Customer Experience", lead=["Head of Customer Experience"],
                      when="June 2026", prog=None, com="",
                      end="2026-06", status="unrated"),
             ]),
         ]),
        ("Complaints", "Effective handling of complaints",
         "Related TSMs: TP09 Satisfaction with the landlord's approach to handling complaints (34.8%); CH02 Complaints responded to within Complaint Handling Code timescales (Stage 1: 81%)",
         [
             ("Complaints are not put right first time and responses are late.", [
                 dict(ref="C1",
                      action="Train all frontline staff on the Housing Ombudsman Complaint Handling Code and our Stage 1 response standards.",
                      lead_cell="Complaints & Learning Manager", lead=["Complaints & Learning Manager"],
                      when="October 2025", prog=GREEN,
                      com="94% of frontline staff trained by 31 October.",
                      end="2025-10", status="blue"),
                 dict(ref="C2",
                      action="Report complaint response times and learning themes to every Customer Committee meeting.",
                      lead_cell="Director of Operations", lead=["Director of Operations"],
                      when="Ongoing", prog=AMBER,
                      com="Standing item from the July 2025 meeting.",
                      end=None, end_text="Ongoing", status="amber"),
             ]),
         ]),
        ("Neighbourhoods", "Responsible neighbourhood management",
         "Related TSMs: TP12 Satisfaction with the landlord's approach to handling anti-social behaviour (49.5%)",
         [
             ("Anti-social behaviour is not dealt with quickly enough.", [
                 dict(ref="N1",
                      action="Introduce a case review for every ASB case open for more than 30 days, with the customer updated at least every 10 working days.",
                      lead_cell="Neighbourhood Services Manager", lead=["Neighbourhood Services Manager"],
                      when="Q4 2025/26", prog=RED,
                      com="Case review template agreed; rollout delayed by housing system upgrade.",
                      end="2026-03", status="red"),
             ]),
         ]),
    ]

    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ov["A2"] = "Approved by Customer Committee 9 July 2025 · Last updated 3 November 2025"
    ov["A2"].font = Font(italic=True)
    ov["A4"] = "Our 2024/25 TSM results (low-cost rental accommodation)"
    ov["A4"].font = Font(bold=True)
    th = ["Code", "Measure", "2023/24", "2024/25", "Movement"]
    for i, h in enumerate(th, 1):
        c = ov.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BORDER
    tsm = [("TP01", "Overall satisfaction", "71.5%", "67.3%", "Down"),
           ("TP02", "Satisfaction with repairs", "72.0%", "68.4%", "Down"),
           ("TP03", "Satisfaction with time taken to complete most recent repair", "64.7%", "61.9%", "Down"),
           ("TP04", "Satisfaction that the home is well maintained", "71.8%", "70.2%", "Down"),
           ("TP05", "Satisfaction that the home is safe", "80.1%", "81.0%", "Up"),
           ("TP06", "Satisfaction that the landlord listens to tenant views and acts upon them", "58.9%", "55.1%", "Down"),
           ("TP07", "Satisfaction that the landlord keeps tenants informed", "68.2%", "66.0%", "Down"),
           ("TP08", "Agreement that the landlord treats tenants fairly and with respect", "77.4%", "75.9%", "Down"),
           ("TP09", "Satisfaction with the landlord's approach to handling complaints", "37.2%", "34.8%", "Down"),
           ("TP12", "Satisfaction with the landlord's approach to handling anti-social behaviour", "52.3%", "49.5%", "Down")]
    for i, row in enumerate(tsm, 6):
        for j, v in enumerate(row, 1):
            c = ov.cell(i, j, v)
            c.border = BORDER
    ov["A17"] = ("Maintaining building safety (BS01–BS05 and TP05): performance at or above peer median – "
                 "no improvement actions in this plan.")
    ov["A17"].font = Font(italic=True)
    ov["A19"] = "How to read this plan"
    ov["A19"].font = Font(bold=True)
    ov["A20"] = "Each theme has its own tab. The colour in the Progress column shows where each action is:"
    krow = 21
    for col, words in [(GREEN, "Completed"), (AMBER, "In progress"), (RED, "Delayed"), (None, "Not started (no colour)")]:
        c = ov.cell(krow, 1)
        if col:
            c.fill = fill(col)
        c.border = BORDER
        ov.cell(krow, 2, words)
        krow += 1
    ov.column_dimensions["A"].width = 10
    ov.column_dimensions["B"].width = 72
    for col in "CDE":
        ov.column_dimensions[col].width = 11

    expected = []
    heads = ["No.", "What you told us", "What we will do", "Who is responsible", "By when",
             "Progress", "Comments"]
    for tab, theme, tsmline, groups in sheets:
        ws = wb.create_sheet(tab)
        ws["A1"] = theme
        ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
        ws["A2"] = tsmline
        ws["A2"].font = Font(size=9)
        ws["A3"] = key_line
        ws["A3"].font = Font(size=9, italic=True)
        for i, h in enumerate(heads, 1):
            c = ws.cell(5, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("5B2C6F")
            c.border = BORDER
            c.alignment = WRAP
        r = 6
        for told, acts in groups:
            start = r
            ws.cell(r, 2, told)
            for a in acts:
                ws.cell(r, 1, a["ref"])
                ws.cell(r, 3, a["action"])
                ws.cell(r, 4, a["lead_cell"])
                ws.cell(r, 5, a["when"])
                if a["prog"]:
                    ws.cell(r, 6).fill = fill(a["prog"])
                if a["com"]:
                    ws.cell(r, 7, a["com"])
                for cc in range(1, 8):
                    ws.cell(r, cc).border = BORDER
                    ws.cell(r, cc).alignment = WRAP
                expected.append(dict(ref=a["ref"], under=[theme, told], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for i, w in enumerate([6, 32, 52, 28, 14, 10, 40]):
            ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a housing association's Tenant Satisfaction Measures improvement plan published to "
                "tenants after its annual TSM return to the Regulator of Social Housing (Habinteg Housing "
                "Association, 2025/26; content invented; TSM codes and themes as the RSH defines them). "
                "Copies an overview tab with the TSM results table and a building-safety note, one tab per "
                "TSM theme with the related TSM scores above the table, 'What you told us' merged down over "
                "'What we will do', job titles as leads, and progress shown only by fill colour with its own "
                "key in which green means completed."),
        reads=("An overview of TSM results followed by four theme tabs. On each tab the theme heads a table in "
               "which each thing tenants said (merged down) is answered by one or more numbered actions with "
               "who is responsible, by when and a coloured progress cell. Nine actions; by the plan's key "
               "green fill is completed (blue), amber in progress, red delayed and no colour not started."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


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


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Hawthorn Vale Medical Practice – CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_gp():
    name = "rj-hawthorn-vale-medical-practice-cqc-inspection-action-plan.docx"
    title = "Hawthorn Vale Medical Practice – CQC Inspection Action Plan"
    REG12 = "Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment"
    REG17 = "Regulation 17 HSCA (RA) Regulations 2014: Good governance"
    SHOULD = "Areas where the practice should improve"
    M1 = "Must do 1: Ensure the proper and safe management of medicines, including the monitoring of patients prescribed high-risk medicines."
    M2 = "Must do 2: Ensure that patient safety alerts are acted on and that a record is kept of the action taken."
    M3 = "Must do 3: Establish effective systems to assess, monitor and mitigate risks, including staff training, recruitment checks and infection prevention and control."
    must = [
        (REG12, [
            (M1, [
                dict(ref="1.1",
                     action="Carry out a full search of patients prescribed methotrexate, lithium, azathioprine and DOACs and recall any patient without up-to-date monitoring bloods.",
                     lead_cell="Dr P Okafor (Clinical Lead) / Clinical Pharmacist",
                     lead=["Dr P Okafor (Clinical Lead)", "Clinical Pharmacist"],
                     date="31/07/2025", rag="B",
                     prog="Searches completed 18/07/2025. 43 patients recalled; all reviewed and monitoring up to date.",
                     end="2025-07", status="blue"),
                dict(ref="1.2",
                     action="Introduce a monthly repeat-prescribing audit for high-risk medicines and present the results at the clinical meeting.",
                     lead_cell="Clinical Pharmacist", lead=["Clinical Pharmacist"],
                     date="Monthly", rag="G",
                     prog="Audits presented in August, September and October.",
                     end=None, end_text="Monthly", status="green"),
            ]),
            (M2, [
                dict(ref="2.1",
                     action="Set up a safety alerts log on the practice shared drive, with each alert assigned to a named clinician and signed off when actioned.",
                     lead_cell="Practice Manager", lead=["Practice Manager"],
                     date="30/06/2025", rag="B",
                     prog="Log in use since 23/06/2025; checked weekly by the Practice Manager.",
                     end="2025-06", status="blue"),
                dict(ref="2.2",
                     action="Re-run the searches for the historic valproate and SGLT2 inhibitor alerts and review the patients affected.",
                     lead_cell="Dr P Okafor (Clinical Lead)", lead=["Dr P Okafor (Clinical Lead)"],
                     date="31/08/2025", rag="B",
                     prog="Completed; 6 patients reviewed and records updated.",
                     end="2025-08", status="blue"),
            ]),
        ]),
        (REG17, [
            (M3, [
                dict(ref="3.1",
                     action="Create a training matrix covering safeguarding, basic life support, infection control and fire safety for all staff, and book all overdue training.",
                     lead_cell="Practice Manager & Deputy Practice Manager",
                     lead=["Practice Manager", "Deputy Practice Manager"],
                     date="Sept 2025", rag="G",
                     prog="Matrix in place. Two GPs still to complete safeguarding level 3 – booked for November.",
                     end="2025-09", status="green"),
                dict(ref="3.2",
                     action="Audit all staff personnel files against Schedule 3 (DBS, references, immunisation status) and obtain any missing documents.",
                     lead_cell="Deputy Practice Manager", lead=["Deputy Practice Manager"],
                     date="End of October 2025", rag="A",
                     prog="31 of 38 files complete; awaiting references for locum staff.",
                     end="2025-10", status="amber"),
                dict(ref="3.3",
                     action="Complete the annual infection prevention and control audit and close all actions from the April 2025 audit.",
                     lead_cell="Lead Practice Nurse (IPC lead)", lead=["Lead Practice Nurse (IPC lead)"],
                     date="31/12/2025", rag="R",
                     prog="Audit not yet started – Lead Practice Nurse on long-term leave. ICB IPC nurse asked for support.",
                     end="2025-12", status="red"),
            ]),
        ]),
    ]
    should = [
        dict(ref="S1", sd="Continue to improve the uptake of cervical screening.",
             action="Offer Saturday morning smear clinics and send text and letter reminders to all eligible patients overdue by more than six months.",
             lead_cell="Lead Practice Nurse", lead=["Lead Practice Nurse"],
             date="March 2026", rag="A", prog="Saturday clinics started in October; uptake 68.9% (target 80%).",
             end="2026-03", status="amber"),
        dict(ref="S2", sd="Improve patient access by telephone.",
             action="Move to a cloud-based telephony system with call-back and queue position messages.",
             lead_cell="Practice Manager", lead=["Practice Manager"],
             date="30/09/2025", rag="B", prog="New system went live 2 September 2025.",
             end="2025-09", status="blue"),
        dict(ref="S3", sd="Review the complaints process so that verbal complaints are recorded and learning is shared.",
             action="Record verbal complaints on the complaints log and add complaints as a standing item at the monthly practice meeting.",
             lead_cell="Practice Manager", lead=["Practice Manager"],
             date="TBC", rag="", prog="",
             end=None, end_text="TBC", status="unrated"),
    ]
    ragcol = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the CQC inspection on 4 and 5 June 2025 (report published 22 August 2025)")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Hawthorn Vale Medical Practice (partnership)"),
                 ("Registered manager", "Practice Manager"),
                 ("Overall rating", "Requires improvement"),
                 ("Key questions rated requires improvement", "Safe; Well-led"),
                 ("Action plan owner", "GP Partners"),
                 ("Version / date", "v4 – 10 November 2025")]:
        row = info.add_row().cells
        set_text(row[0], k, bold=True, size=9)
        shade(row[0], "D9E2F3")
        set_text(row[1], v, size=9)

    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG key: ").bold = True
    kp.add_run("R – off track; A – at risk / some delay; G – on track; B – complete. "
               "Progress is reviewed at the monthly partners' meeting.")

    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]
    widths = [Cm(1.3), Cm(9.5), Cm(4.2), Cm(2.6), Cm(1.2), Cm(7.0)]
    expected = []
    for reg, musts in must:
        doc.add_heading(reg, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[i], "1F3864")
        for mtext, acts in musts:
            row = t.add_row()
            mc = row.cells[0].merge(row.cells[-1])
            set_text(mc, mtext, bold=True)
            shade(mc, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["date"], a["rag"], a["prog"]]):
                    set_text(cells[i], v)
                shade(cells[4], ragcol[a["rag"]])
                expected.append(dict(ref=a["ref"], under=[reg, mtext], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    doc.add_heading(SHOULD, level=2)
    sheads = ["Ref", "Should do", "Action", "Lead", "Target date", "RAG", "Progress update"]
    t = doc.add_table(rows=1, cols=len(sheads))
    t.style = "Table Grid"
    for i, h in enumerate(sheads):
        set_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F3864")
    for a in should:
        cells = t.add_row().cells
        for i, v in enumerate([a["ref"], a["sd"], a["action"], a["lead_cell"], a["date"], a["rag"], a["prog"]]):
            set_text(cells[i], v)
        if a["rag"]:
            shade(cells[5], ragcol[a["rag"]])
        expected.append(dict(ref=a["ref"], under=[SHOULD, a["sd"]], action=a["action"],
                             lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                             status=a["status"]))

    doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Name / role", "Signature", "Date"]):
        set_text(so.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Dr R Menon, Senior Partner", "R Menon", "10/11/2025"]):
        set_text(so.rows[1].cells[i], v)
    for i, v in enumerate(["Practice Manager", "", ""]):
        set_text(so.rows[2].cells[i], v)
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the action plan a GP practice sends CQC and its ICB after an inspection rated it "
                "requires improvement with requirement notices (fictional practice, 2025; wording of the "
                "regulations and must/should-do findings as in CQC GP reports). Copies a title and practice "
                "details table, a RAG key paragraph, one table per breached regulation with each must-do as a "
                "merged shaded row above its numbered actions, a separate should-do table with the finding in "
                "its own column, shaded RAG cells, leads written as names and roles, and a sign-off table."),
        reads=("A Word action plan: practice details, then a table for Regulation 12 and one for Regulation 17 in "
               "which must-do statements head numbered actions, then a table of areas where the practice should "
               "improve with the finding beside each action. Ten actions with lead, target date (one Monthly, one "
               "TBC), RAG letter and progress; the details, key and sign-off tables are not the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Newman University – Ofsted ITE post-inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_newman():
    name = "rj-newman-university-ofsted-ite-post-inspection-improvement-plan.docx"
    title = "Newman University ITE Partnership – Post-Inspection Improvement Plan 2025–26"
    PRI = "Primary phase"
    SEC = "Secondary phase"
    P1 = ("Leaders should ensure that the centre-based training in early reading and phonics is precisely "
          "aligned with the systematic synthetic phonics programmes that trainees see in their placement "
          "schools, so that trainees can apply what they learn with confidence.")
    P2 = ("Leaders should make sure that mentors in all placement schools have the knowledge and time they "
          "need to give trainees focused feedback that is linked to the ITE curriculum.")
    S1 = ("Leaders should ensure that trainees in some subjects, including computing and design and "
          "technology, receive enough subject-specific training on how pupils with special educational "
          "needs and/or disabilities (SEND) can be supported to learn the curriculum.")
    S2 = ("Leaders should strengthen their monitoring of the quality of trainees' second placements so that "
          "they identify and act swiftly where trainees' experience is weaker.")
    phases = [
        (PRI, [
            (P1, [
                dict(action="Map the centre-based phonics sessions against the three SSP programmes most used in partnership schools and revise the session content accordingly.",
                     lead_cell="Primary Programme Lead; English Subject Lead",
                     lead=["Primary Programme Lead", "English Subject Lead"],
                     when="Autumn term 2025",
                     sc="All phonics sessions reference the SSP programmes used in placement schools; trainee survey shows increased confidence.",
                     rag="G", end="2025-12", status="green"),
                dict(action="Provide mentors with a short briefing on the university's phonics curriculum so that placement feedback reinforces it.",
                     lead_cell="Partnership Manager", lead=["Partnership Manager"],
                     when="Autumn term 2025",
                     sc="Briefing delivered at the September mentor conference and available online.",
                     rag="B", end="2025-12", status="blue"),
            ]),
            (P2, [
                dict(action="Introduce a compulsory training module for new mentors, aligned with the ITTECF, with completion tracked by the partnership office.",
                     lead_cell="Head of Partnership", lead=["Head of Partnership"],
                     when="Summer term 2026",
                     sc="100% of new mentors complete the module before their first trainee placement.",
                     rag="A", end="2026-07", status="amber"),
                dict(action="Quality-assure a sample of weekly development summaries from every school each term and follow up where feedback is not linked to curriculum components.",
                     lead_cell="Link Tutors", lead=["Link Tutors"],
                     when="Termly",
                     sc="Sampling records show feedback linked to curriculum components in at least 90% of summaries.",
                     rag="G", end=None, end_text="Termly", status="green"),
            ]),
        ]),
        (SEC, [
            (S1, [
                dict(action="Add two subject-specific SEND sessions to the computing and design and technology centre-based programmes.",
                     lead_cell="Subject Lead (Computing) & Subject Lead (D&T)",
                     lead=["Subject Lead (Computing)", "Subject Lead (D&T)"],
                     when="December 2025",
                     sc="Sessions timetabled and delivered; trainees' assignments show subject-specific adaptive strategies.",
                     rag="G", end="2025-12", status="green"),
                dict(action="Work with the SENCo network in partner schools to give each trainee a structured observation of adaptive teaching in their subject.",
                     lead_cell="Secondary Programme Lead", lead=["Secondary Programme Lead"],
                     when="Summer term 2026",
                     sc="Every secondary trainee completes a structured SEND observation during placement B.",
                     rag="A", end="2026-07", status="amber"),
            ]),
            (S2, [
                dict(action="Introduce a mid-placement review point for all second placements, with escalation to the Secondary Programme Lead where a trainee is at risk of not making expected progress.",
                     lead_cell="Secondary Programme Lead", lead=["Secondary Programme Lead"],
                     when="31 January 2026",
                     sc="Mid-placement reviews recorded for all trainees; early support plans in place where needed.",
                     rag="R", end="2026-01", status="red"),
                dict(action="Report placement quality data by school to the ITE Strategic Partnership Board each term.",
                     lead_cell="Director of ITE", lead=["Director of ITE"],
                     when="July 2026",
                     sc="Board minutes show challenge and action on schools where placement quality is weaker.",
                     rag="G", end="2026-07", status="green"),
            ]),
        ]),
    ]
    ragcol = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the Ofsted initial teacher education inspection of the primary and secondary "
                      "phases (inspection report published 16 May 2025)")

    dc = doc.add_table(rows=0, cols=4)
    dc.style = "Table Grid"
    for row in [("Version", "1.3", "Owner", "Director of ITE"),
                ("Approved by", "ITE Strategic Partnership Board", "Date approved", "2 July 2025"),
                ("Last reviewed", "October 2025", "Next review", "February 2026")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v, bold=(i % 2 == 0), size=9.5)
            if i % 2 == 0:
                shade(cells[i], "E7E6E6")

    doc.add_paragraph()
    doc.add_paragraph("This plan sets out the actions we are taking in response to each area for improvement "
                      "identified by inspectors. Progress is reported to the ITE Strategic Partnership Board "
                      "each term and to Academic Board annually.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (k, col) in enumerate([("R – not on track", RED), ("A – partially on track", AMBER),
                                  ("G – on track", GREEN), ("B – completed", BLUE)]):
        set_text(key.rows[0].cells[i], k, bold=True, size=9)
        shade(key.rows[0].cells[i], col)

    heads = ["Action", "Lead(s)", "Timescale", "Success criteria", "RAG (Oct 2025)"]
    widths = [Cm(9.0), Cm(4.2), Cm(3.0), Cm(8.0), Cm(1.8)]
    expected = []
    for phase, afis in phases:
        doc.add_heading(phase, level=1)
        for n, (afi, acts) in enumerate(afis, 1):
            doc.add_heading(f"Area for improvement {n}", level=2)
            p = doc.add_paragraph()
            r = p.add_run(afi)
            r.italic = True
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                set_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF", size=9.5)
                shade(t.rows[0].cells[i], "7B2C3F")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate([a["action"], a["lead_cell"], a["when"], a["sc"], a["rag"]]):
                    set_text(cells[i], v, size=9.5)
                shade(cells[4], ragcol[a["rag"]])
                expected.append(dict(ref=None, under=[phase, afi], action=a["action"],
                                     lead=a["lead"], end=a["end"], end_text=a.get("end_text"),
                                     status=a["status"]))
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph()
    doc.add_paragraph("Monitoring: the Director of ITE will provide a termly progress report on this plan to the "
                      "ITE Strategic Partnership Board.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a university ITE partnership's improvement plan written after an Ofsted initial teacher "
                "education inspection (Newman University, Birmingham, 2025–26; content invented, areas for "
                "improvement worded like Ofsted ITE reports' 'What does the ITE provider need to do to improve?'). "
                "Copies a title, a four-cell-per-row document control table, a coloured RAG key table, a "
                "Heading 1 per phase, a Heading 2 'Area for improvement n' with the inspectors' text in italics "
                "beneath it, one table per area with action, leads, timescale (school terms), success criteria "
                "and RAG, and no action numbering."),
        reads=("A Word plan with document control and a RAG key, then primary and secondary phase sections; under "
               "each, two areas for improvement are quoted and followed by a table of two unnumbered actions with "
               "leads, a timescale (terms, months, Termly), success criteria and a RAG letter. Eight actions; "
               "each is read under its phase and the area-for-improvement text."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. ICO – Management Board action log (csv) – refuse: mistyped month
# ---------------------------------------------------------------------------
def make_ico():
    name = "rj-information-commissioners-office-management-board-action-log-typo-month-refuse.csv"
    title = "Information Commissioner's Office – Management Board action log"
    header = ["Action no.", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Status", "Update"]
    rows = [
        ["MB/25/07", "19/05/2025", "7.2 ICO25 update",
         "Bring a revised benefits realisation framework for the 2025/26 transformation portfolio to the July meeting.",
         "Chief Operating Officer", "July 2025", "Complete", "Presented 21 July 2025; closed."],
        ["MB/25/09", "21/07/2025", "5.1 Finance update",
         "Provide a breakdown of the forecast underspend on estates by site.",
         "Chief Financial Officer", "September 2025", "Complete", "Circulated to members 2 September 2025."],
        ["MB/25/11", "21/07/2025", "7.3 Risk – Orange Book compliance",
         "Update the corporate risk register to reflect the revised risk appetite statement agreed by the Board.",
         "Director of Corporate Governance", "October 2025", "In progress",
         "Draft register reviewed by Audit and Risk Committee; final version to January Board."],
        ["MB/25/12", "15/09/2025", "6.1 Data (Use and Access) Act implementation",
         "Circulate the implementation timeline for the new complaints-handling requirements to non-executive directors.",
         "Executive Director, Regulatory Policy", "Decmber 2025", "Open", ""],
        ["MB/25/13", "15/09/2025", "6.3 People Survey 2025 results",
         "Share the action plan responding to the 2025 People Survey with the People Committee.",
         "Director of People Services", "30/11/2025", "Open", "On the agenda for People Committee 27 November."],
        ["MB/25/14", "17/11/2025", "8.1 Update from Audit and Risk Committee Chair",
         "Schedule a deep dive on cyber security resilience for a future Board meeting.",
         "Chief Information Officer", "March 2026", "Open", ""],
        ["MB/25/15", "17/11/2025", "6.2 Regulatory action policy review",
         "Bring the consultation response on the revised Regulatory Action Policy to the Board before publication.",
         "Deputy Commissioner – Regulatory Supervision", "January 2026", "Open", ""],
    ]
    lines = []
    lines.append([title] + [""] * 7)
    lines.append(["Open and recently closed actions – as at 24 November 2025"] + [""] * 7)
    lines.append([""] * 8)
    lines.append(header)
    refuse_at = None
    for r in rows:
        lines.append(r)
        if r[5] == "Decmber 2025":
            refuse_at = len(lines)
    lines.append([""] * 8)
    lines.append(["Status: Open = not yet due; In progress = work under way; Complete = proposed for closure at this meeting."] + [""] * 7)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    meta = dict(
        source=("Imitates a national regulator's board action log as published with its Management Board papers "
                "(Information Commissioner's Office, 2025; content invented, agenda items of the kind listed on "
                "the ICO Management Board minutes page). Copies a CSV export with a title line, an 'as at' line, "
                "a header row of action number, meeting date, agenda item, action, owner (job titles), due date, "
                "status and update, and a status note line."),
        reads=("A board action log exported to CSV: seven actions raised at Management Board meetings from May to "
               "November 2025, each with its owner, a due month and a status. The due date of action MB/25/12 "
               "reads 'Decmber 2025', a mistyped month; a careful reader stops and asks what was meant before "
               "loading the log."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_at, title=title)
    write_expected(name, meta, None)
    return name, 0, refuse_at


# ---------------------------------------------------------------------------
# 7. Essex PFCC – Performance and Resources Scrutiny Board action log (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_essex():
    name = "rj-essex-pfcc-performance-and-resources-scrutiny-board-action-log.txt"
    title = "Performance and Resources Scrutiny Board (Policing and Crime) – Action Log"
    G1 = "Police and Crime Plan performance"
    G2 = "Finance and resources"
    G3 = "Inspection and assurance"
    groups = [
        (G1, [
            dict(ref="PR/25/031", raised="25/09/2025",
                 action="Provide an analysis of the fall in the charge rate for residential burglary between Q4 2024/25 and Q2 2025/26, split by district.",
                 owner="Deputy Chief Constable", lead=["Deputy Chief Constable"],
                 due="Nov-25", rag="Complete",
                 upd="Analysis presented at the November Board. Proposed for closure.",
                 end="2025-11", status="blue"),
            dict(ref="PR/25/034", raised="25/09/2025",
                 action="Report on 999 and 101 call answering times since the introduction of the new contact management platform.",
                 owner="ACC Local Policing / Head of Contact Management",
                 lead=["ACC Local Policing", "Head of Contact Management"],
                 due="Jan-26", rag="G",
                 upd="Data collection in progress; report scheduled for the January Board.",
                 end="2026-01", status="green"),
            dict(ref="PR/25/036", raised="30/10/2025",
                 action="Set out the force's plan to reduce the number of outstanding domestic abuse suspects.",
                 owner="T/ACC Crime and Public Protection", lead=["T/ACC Crime and Public Protection"],
                 due="Jan-26", rag="A",
                 upd="Initial data shared. Plan delayed pending restructure of the Domestic Abuse Problem Solving Team.",
                 end="2026-01", status="amber"),
        ]),
        (G2, [
            dict(ref="PR/25/038", raised="30/10/2025",
                 action="Provide the PFCC's office with the updated officer numbers forecast for 2026/27, including planned intakes through the PCDA, DHEP and PCEP entry routes.",
                 owner="Director of HR", lead=["Director of HR"],
                 due="Dec-25", rag="G", upd="",
                 end="2025-12", status="green"),
            dict(ref="PR/25/039", raised="30/10/2025",
                 action="Bring a paper on the savings to be delivered by the fleet replacement programme, including the move to electric vehicles.",
                 owner="Director of Support Services", lead=["Director of Support Services"],
                 due="28/02/2026", rag="G", upd="Paper in draft.",
                 end="2026-02", status="green"),
            dict(ref="PR/25/041", raised="27/11/2025",
                 action="Confirm the capital slippage on the estates programme and the revised profile for 2026/27.",
                 owner="Chief Finance Officer (Essex Police) & PFCC Chief Finance Officer",
                 lead=["Chief Finance Officer (Essex Police)", "PFCC Chief Finance Officer"],
                 due="Jan-26", rag="", upd="New action.",
                 end="2026-01", status="unrated"),
        ]),
        (G3, [
            dict(ref="PR/25/042", raised="27/11/2025",
                 action="Update the Board on progress against the HMICFRS PEEL 2023–25 areas for improvement, highlighting any at risk of missing their revised dates.",
                 owner="Head of Strategic Change and Performance", lead=["Head of Strategic Change and Performance"],
                 due="Mar-26", rag="G", upd="",
                 end="2026-03", status="green"),
            dict(ref="PR/25/043", raised="27/11/2025",
                 action="Share the force's response to the HMICFRS inspection of the police response to stalking with the PFCC's Strategic Head of Policy and Public Engagement.",
                 owner="Deputy Chief Constable", lead=["Deputy Chief Constable"],
                 due="Ongoing", rag="A",
                 upd="Response to be shared once approved by Chief Officer Group.",
                 end=None, end_text="Ongoing", status="amber"),
        ]),
    ]
    out = []
    out.append("Office of the Police, Fire and Crime Commissioner for Essex")
    out.append(title)
    out.append("Updated following the meeting held on 27 November 2025")
    out.append("")
    out.append("\t".join(["Ref", "Date raised", "Action", "Owner", "Due", "RAG", "Update"]))
    expected = []
    for g, acts in groups:
        out.append(g)
        for a in acts:
            out.append("\t".join([a["ref"], a["raised"], a["action"], a["owner"], a["due"], a["rag"], a["upd"]]))
            expected.append(dict(ref=a["ref"], under=[g], action=a["action"], lead=a["lead"],
                                 end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    out.append("")
    out.append("RAG: R = overdue; A = at risk of missing due date; G = on track; Complete = proposed for closure. "
               "Blank = new action, not yet assessed.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    meta = dict(
        source=("Imitates the action log of a Police, Fire and Crime Commissioner's Performance and Resources "
                "Scrutiny Board for policing, as published with the board papers (Essex PFCC, 2025; content "
                "invented). Copies a plain-text (tab-separated) export of the Word table with the office name, "
                "board name and 'updated following' line above it, a header row, one-line theme rows grouping "
                "the actions, reference numbers PR/yy/nnn, month-year due dates, RAG letters or 'Complete', and a "
                "RAG note at the foot."),
        reads=("A tab-separated action log headed by the PFCC office and board name. Under three one-cell theme "
               "lines, eight actions each give a reference, date raised, the action, owner(s) by post, a due "
               "month (or Ongoing), a RAG and an update; one new action has no RAG yet."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    res = [make_wsft(), make_dsfrs(), make_habinteg(), make_gp(), make_newman(), make_ico(), make_essex()]
    for r in res:
        print(*r)
