#!/usr/bin/env python
"""Build the seven zty- blind test files (set heldout680) and their expected readings.

Run with /work/main/.venv/bin/python zty_make.py  (writes into the folder this script is in).
Only files whose names start with "zty-" are written.
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

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
STATUS_WORD = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated", None: "unrated"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("zty-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


def exp_action(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Police Scotland - HMICS thematic review of policing mental health (xlsx)
# ---------------------------------------------------------------------------
PS_NAME = "zty-police-scotland-hmics-policing-mental-health-thematic-improvement-plan.xlsx"
PS_TITLE = "HMICS Thematic Review of Policing Mental Health in Scotland – Improvement Plan"

PS_RECS = [
    ("Recommendation 2: With the support of its advisory panel, Police Scotland should develop and "
     "publish a mental health strategy and delivery plan that sets out its purpose and vision for "
     "responding to mental health-related incidents.",
     [
         # ref, action, milestones, owner, lead list, board, original, revised, rag, update
         ("R2.1",
          "Establish a Mental Health Task Force under DCC ownership to lead development of the strategy "
          "and co-ordinate the response to all HMICS recommendations.",
          "Terms of reference approved by SLB\nTask Force lead appointed",
          "Supt Mental Health Task Force", ["Supt Mental Health Task Force"],
          "Mental Health Task Force Board", dt.datetime(2024, 9, 30), None, "B",
          "Task Force stood up June 2024; terms of reference approved by SLB in July 2024."),
         ("R2.2",
          "Draft, consult on and publish the Police Scotland Mental Health Strategy and Delivery Plan "
          "2025-2028, engaging the advisory panel and people with lived experience (VOX Scotland).",
          "Draft to SLB\nPublic consultation\nPublication",
          "Ch Supt Partnerships, Prevention and Community Wellbeing",
          ["Ch Supt Partnerships, Prevention and Community Wellbeing"],
          "Strategic Leadership Board", dt.datetime(2025, 1, 31), dt.datetime(2025, 9, 30), "A",
          "Consultation closed May 2025. Publication moved to align with the refreshed Joint Strategy "
          "for Policing."),
     ]),
    ("Recommendation 3: Police Scotland should put in place internal governance arrangements to "
     "oversee delivery of its mental health strategy and delivery plan once published.",
     [
         ("R3.1",
          "Create a Mental Health Strategic Oversight Group, chaired at ACC level, reporting to the "
          "Strategic Leadership Board.",
          "Group membership agreed\nFirst meeting held",
          "ACC Partnerships, Prevention and Community Wellbeing",
          ["ACC Partnerships, Prevention and Community Wellbeing"],
          "Strategic Leadership Board", dt.datetime(2024, 12, 31), dt.datetime(2025, 3, 31), "B",
          "Oversight Group met for the first time on 18 March 2025 and now meets bi-monthly."),
         ("R3.2",
          "Report progress against the delivery plan to the SPA Policing Performance Committee every "
          "six months.",
          "Six-monthly report to PPC",
          "Head of Risk, Assurance and Inspection", ["Head of Risk, Assurance and Inspection"],
          "SPA Policing Performance Committee", "Six-monthly", None, "G",
          "Reports presented March 2024, September 2024, March 2025 and September 2025."),
     ]),
    ("Recommendation 4: Police Scotland and the SPA should develop, and report on, a performance "
     "framework showing how mental health-related demand and outcomes will be measured.",
     [
         ("R4.1",
          "Develop a mental health demand dashboard drawing on STORM, iVPD and NHS 24 referral data.",
          "Data sharing agreement with NHS 24\nDashboard live",
          "Head of Demand and Productivity Unit / Head of Analysis and Performance",
          ["Head of Demand and Productivity Unit", "Head of Analysis and Performance"],
          "Performance Board", dt.datetime(2025, 3, 31), dt.datetime(2025, 10, 31), "R",
          "Data sharing agreement with NHS 24 not yet signed; revised date at risk and escalated to ACC."),
         ("R4.2",
          "Add mental health measures to the quarterly Performance Framework reported to the SPA.",
          "Measures agreed with SPA\nFirst quarterly report",
          "Head of Analysis and Performance", ["Head of Analysis and Performance"],
          "Performance Board", dt.datetime(2025, 6, 30), None, "G",
          "Draft measures shared with SPA officers in August 2025."),
     ]),
    ("Recommendation 7: Police Scotland should carry out a full training needs analysis and "
     "re-establish mental health training for officers and staff, working with partner agencies.",
     [
         ("R7.1",
          "Complete a training needs analysis for mental health and distress across probationer, "
          "response and C3 roles.",
          "TNA signed off by People Board",
          "Head of Training, People and Development", ["Head of Training, People and Development"],
          "People Board", dt.datetime(2025, 1, 31), dt.datetime(2025, 4, 30), "B",
          "TNA approved by People Board April 2025."),
         ("R7.2",
          "Deliver refreshed mental health and distress training to frontline officers and C3 staff, "
          "co-designed with NHS Education for Scotland.",
          "Pilot in Tayside Division\nNational roll-out",
          "Head of Training, People and Development", ["Head of Training, People and Development"],
          "People Board", dt.datetime(2026, 3, 31), None, "G",
          "Pilot delivered in Tayside Division (D Division) June–August 2025; evaluation under way."),
     ]),
    ("Area for Development 2: Police Scotland should review how officers access community triage and "
     "the Mental Health Pathway outside office hours.",
     [
         ("AFD2.1",
          "Map out-of-hours access to community triage and Distress Brief Intervention in each local "
          "policing division and publish a single operational guide.",
          "Divisional mapping complete\nGuide published on intranet",
          "Ch Insp Mental Health Task Force", ["Ch Insp Mental Health Task Force"],
          "Mental Health Task Force Board", dt.datetime(2025, 11, 30), None, "G",
          "Mapping returned by 11 of 13 divisions."),
         ("AFD2.2",
          "Evaluate the Mental Health Pathway hub in C3 with Public Health Scotland.",
          "Evaluation scope agreed",
          "T/Supt C3 Service Design / Public Health Scotland",
          ["T/Supt C3 Service Design", "Public Health Scotland"],
          "Mental Health Task Force Board", "Q4 2025/26", None, "",
          "Not yet started – scheduled to follow publication of the strategy."),
     ]),
]


def build_police():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "POLICE SCOTLAND"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = PS_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Report:"
    cov["B4"] = "HMICS Thematic Review of Policing Mental Health in Scotland (published 18 October 2023)"
    cov["A5"] = "Strategic owner:"
    cov["B5"] = "ACC Partnerships, Prevention and Community Wellbeing"
    cov["A6"] = "Reported to:"
    cov["B6"] = "SPA Policing Performance Committee (six-monthly)"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=9, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    rows = [
        ("0.3", dt.datetime(2024, 2, 19), "Risk, Assurance and Inspection", "Draft for Policing Performance Committee"),
        ("1.0", dt.datetime(2024, 3, 12), "Risk, Assurance and Inspection", "Approved – PPC 12 March 2024"),
        ("1.3", dt.datetime(2025, 3, 19), "Mental Health Task Force", "Six-monthly update"),
        ("1.4", dt.datetime(2025, 9, 1), "Mental Health Task Force", "Six-monthly update – position at 31 August 2025"),
    ]
    for r, row in enumerate(rows, 10):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = PS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 31 August 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "HMICS Recommendation / Area for Development", "Improvement Action",
               "Milestones / Key Deliverables", "Action Owner", "Governance Board",
               "Original Target Date", "Revised Target Date", "RAG", "Progress Update"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 48, 52, 30, 30, 26, 13, 13, 6, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 5
    for rec_text, acts in PS_RECS:
        first = r
        for (ref, action, miles, owner, _lead, board, orig, rev, rag, upd) in acts:
            vals = [ref, rec_text if r == first else None, action, miles, owner, board, orig, rev, rag or None, upd]
            for i, v in enumerate(vals, 1):
                if i == 2 and r != first:
                    continue
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=9).fill = fill(FILL[rag])
                ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Note: Recommendation 1 is directed to Scottish Government and "
            "Recommendations 5, 6 and 8–14 are tracked in separate workstream plans; they are not "
            "repeated here.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG status key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
        ("B", "Complete – action delivered and evidence submitted to HMICS"),
        ("G", "On track to meet the target date"),
        ("A", "Some delay – revised target date agreed"),
        ("R", "Significant delay or risk to delivery – escalated"),
        ("(blank)", "Not yet started"),
    ], 3):
        key.cell(row=i, column=1, value=k).border = BOX
        key.cell(row=i, column=2, value=meaning).border = BOX
        if k in FILL:
            key.cell(row=i, column=1).fill = fill(FILL[k])
    key.column_dimensions["B"].width = 60
    wb.save(out(PS_NAME))

    actions = []
    for rec_text, acts in PS_RECS:
        for (ref, action, miles, owner, lead, board, orig, rev, rag, upd) in acts:
            endv = rev or orig
            if isinstance(endv, dt.datetime):
                end, end_text = endv.strftime("%Y-%m"), None
            elif endv == "Q4 2025/26":
                end, end_text = "2026-03", "Q4 2025/26"
            else:
                end, end_text = None, endv
            actions.append(exp_action(ref, [rec_text], action, lead, end, STATUS_WORD[rag], end_text))
    write_expected(PS_NAME, {
        "source": (
            "Police Scotland improvement plan responding to the HMICS Thematic Review of Policing Mental "
            "Health in Scotland (October 2023), as reported six-monthly to the SPA Policing Performance "
            "Committee (spa.police.uk, 'HMICS assurance review of policing mental health in Scotland - 12 "
            "March 2024': management response, actions, milestones and key deliverables, target dates, "
            "action owners, governance board). Copied features: cover sheet with document-control table, "
            "recommendation and area-for-development text in a vertically merged column over its "
            "actions, milestones column with inner line breaks, original and revised target dates, RAG "
            "letters with matching fills, a separate RAG key sheet, a notes line under the table, job "
            "titles (with commas) as action owners."),
        "reads": (
            "An Excel workbook: a cover/document-control sheet, then one improvement plan sheet listing "
            "ten actions (R2.1 to AFD2.2) under four HMICS recommendations and one area for development, "
            "each with owner, original and revised target dates and a RAG letter; a key sheet explains "
            "the colours. Where a revised date is given it replaces the original."),
        "outcome": "read",
        "accept_refusal": False,
        "title": PS_TITLE,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 2. Gloucestershire FRS - HMICFRS 2023/25 areas for improvement tracker (xlsx)
# ---------------------------------------------------------------------------
GF_NAME = "zty-gloucestershire-fire-rescue-service-hmicfrs-2023-25-afi-tracker.xlsx"
GF_TITLE = "HMICFRS Effectiveness, Efficiency and People 2023/25 – Areas for Improvement Tracker"

# (area heading, [(afi ref, afi text, [actions])])
# action: (ref, text, lead cell, lead list, original due (date or text), revised due text, prev, cur,
#          commentary, expected end, end_text)
GF_PLAN = [
    ("1.1 Understanding the risk of fire and other emergencies", [
        ("AFI 1",
         "The service should make sure its firefighters and fire control staff can readily access "
         "relevant, up-to-date site-specific risk information.", [
             ("1a", "Complete the backlog of overdue site-specific risk information (SSRI) reviews for "
                    "very high and high risk premises.",
              "GM Operational Risk", ["GM Operational Risk"], dt.datetime(2025, 3, 31), "Dec 2025",
              "A", "A", "412 of 530 overdue reviews complete; remaining premises allocated to stations.",
              "2025-12", None),
             ("1b", "Introduce a quality assurance check of new and revised SSRI records before they are "
                    "published to mobile data terminals.",
              "SM Operational Assurance", ["SM Operational Assurance"], dt.datetime(2025, 6, 30), None,
              "G", "B", "QA check live from May 2025; monthly dip-sample reported to Operational Assurance Group.",
              "2025-06", None),
         ]),
    ]),
    ("1.3 Protecting the public through fire regulation", [
        ("AFI 2",
         "The service should work with local businesses and large organisations to share information "
         "and expectations on compliance with fire safety regulations.", [
             ("2a", "Publish a business engagement plan and deliver quarterly fire safety briefings with "
                    "the Growth Hub and local chambers of commerce.",
              "AM Protection", ["AM Protection"], dt.datetime(2025, 9, 30), None,
              "G", "G", "Plan published June 2025; two of four briefings delivered.",
              "2025-09", None),
             ("2b", "Reduce unwanted fire signals by applying the revised call challenge policy and "
                    "charging for repeat false alarms from commercial premises.",
              "GM Protection / Fire Control Manager", ["GM Protection", "Fire Control Manager"],
              dt.datetime(2025, 1, 31), "Jul 2025",
              "A", "B", "Call challenge in place; charging approved by Cabinet and applied from July 2025.",
              "2025-07", None),
         ]),
    ]),
    ("1.4 Responding to fires and other emergencies", [
        ("AFI 3",
         "The service should make sure it understands and improves the availability of its on-call "
         "fire engines so that it can meet its response standards.", [
             ("3a", "Implement the on-call availability improvement project, including revised contracts "
                    "and payment terms for on-call firefighters.",
              "AM Response & Resilience", ["AM Response & Resilience"], dt.datetime(2025, 3, 31),
              "Mar 2026",
              "R", "A", "New contracts agreed with representative bodies; roll-out to 14 stations under way.",
              "2026-03", None),
             ("3b", "Report fire engine availability and response standard performance monthly to the "
                    "Service Leadership Team.",
              "Head of Performance and Business Intelligence",
              ["Head of Performance and Business Intelligence"], "Monthly", None,
              "G", "G", "Monthly report in place since April 2025.",
              None, "Monthly"),
         ]),
    ]),
    ("2.1 Making best use of resources", [
        ("AFI 4",
         "The service should monitor, review and evaluate the benefits and outcomes of its collaboration "
         "activity.", [
             ("4a", "Create a collaboration register with agreed benefits for each partnership and complete "
                    "a post-implementation review of the tri-service safety officer scheme.",
              "Head of Strategy and Partnerships", ["Head of Strategy and Partnerships"], "Q3 2025/26",
              None, "G", "G", "Register drafted; review fieldwork with police and ambulance partners in October.",
              "2025-12", "Q3 2025/26"),
         ]),
    ]),
    ("3.1 Promoting the right values and culture", [
        ("AFI 5",
         "The service should make sure all staff understand and can access its wellbeing and "
         "occupational health support.", [
             ("5a", "Relaunch the wellbeing offer, including trauma risk management (TRiM) and the Employee "
                    "Assistance Programme, through station visits by the Wellbeing Lead.",
              "Head of People Services", ["Head of People Services"], dt.datetime(2024, 12, 31), None,
              "B", "B", "Visits to all 21 stations and fire control completed December 2024.",
              "2024-12", None),
             ("5b", "Survey staff on awareness of wellbeing support and act on the results.",
              "Head of People Services / Wellbeing Lead", ["Head of People Services", "Wellbeing Lead"],
              dt.datetime(2025, 11, 30), None,
              "", "", "Survey scheduled for November 2025 alongside the staff pulse survey.",
              "2025-11", None),
         ]),
    ]),
    ("3.4 Managing performance and developing leaders", [
        ("AFI 6",
         "The service should put in place an open and fair process to identify, develop and support "
         "high-potential staff and aspiring leaders.", [
             ("6a", "Launch a leadership development pathway for supervisory and middle managers, aligned "
                    "to the NFCC Leadership Framework.",
              "DCFO", ["DCFO"], dt.datetime(2025, 4, 30), "Oct 2025",
              "A", "R", "Procurement of the external provider has failed twice; pathway now expected in Q4.",
              "2025-10", None),
         ]),
    ]),
]


def build_gfrs():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ["A1"] = "Gloucestershire Fire and Rescue Service"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = "HMICFRS 2023/25 Areas for Improvement – summary of progress, Quarter 2 2025/26"
    summ["A2"].font = Font(bold=True)
    sh = ["Pillar", "Areas for improvement", "Actions", "Complete", "On track", "Some slippage",
          "At risk / off track", "Not started"]
    for i, h in enumerate(sh, 1):
        c = summ.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
        c.alignment = WRAP
    srows = [("Effectiveness", 3, 6, 2, 2, 2, 0, 0), ("Efficiency", 1, 1, 0, 1, 0, 0, 0),
             ("People", 2, 3, 1, 0, 0, 1, 1), ("Total", 6, 10, 3, 3, 2, 1, 1)]
    for r, row in enumerate(srows, 5):
        for i, v in enumerate(row, 1):
            c = summ.cell(row=r, column=i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 16
    summ["A10"] = "Detailed actions and commentary are on the 'AFI Tracker' sheet."
    summ["A10"].font = Font(italic=True)

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = "Gloucestershire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = GF_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at end of Quarter 2 2025/26 (30 September 2025)"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (label, colour) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                           ("Some slippage", AMBER), ("At risk / off track", RED),
                                           ("Not started", None)], 2):
        c = ws.cell(row=4, column=col, value=label)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
    headers = ["Ref", "Area for improvement / Action", "Lead", "Original due", "Revised due",
               "Previous RAG (Q1)", "Current RAG (Q2)", "Progress commentary"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGH", [8, 70, 30, 12, 12, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    r = 7
    actions = []
    for area, afis in GF_PLAN:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("BFBFBF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi_ref, afi_text, acts in afis:
            ws.cell(row=r, column=1, value=afi_ref).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=afi_text)
            c.font = Font(bold=True, italic=True)
            c.alignment = WRAP
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill("F2F2F2")
                ws.cell(row=r, column=col).border = BOX
            r += 1
            for (ref, text, lead_cell, lead, orig, rev, prev, cur, comm, end, end_text) in acts:
                vals = [ref, text, lead_cell, orig, rev, None, None, comm]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm yyyy"
                if prev:
                    ws.cell(row=r, column=6).fill = fill(FILL[prev])
                if cur:
                    ws.cell(row=r, column=7).fill = fill(FILL[cur])
                actions.append(exp_action(ref, [area, afi_text], text, lead, end, STATUS_WORD[cur], end_text))
                r += 1
    wb.save(out(GF_NAME))
    write_expected(GF_NAME, {
        "source": (
            "Imitates the HMICFRS areas-for-improvement trackers English fire and rescue services publish "
            "after the 2023/25 Effectiveness, efficiency and people inspections (Gloucestershire FRS report "
            "published 3 May 2024, hmicfrs.justiceinspectorates.gov.uk; Leicestershire and Buckinghamshire "
            "FRS improvement plans on their websites). Copied features: summary sheet with a totals block "
            "by pillar, tracker sheet with title lines and a colour RAG key, merged grey rows for each "
            "HMICFRS question ('1.3 Protecting the public through fire regulation'), a shaded row with the "
            "area for improvement text above its actions, previous and current RAG shown only as cell "
            "fill, original due dates as date cells and revised due dates as text, job titles as leads."),
        "reads": (
            "A two-sheet workbook: a summary of progress by pillar, then the tracker with six areas for "
            "improvement under six HMICFRS questions and ten actions (1a to 6a). Each action has a lead, "
            "original and sometimes revised due date, and previous and current RAG given only by fill "
            "colour (blank current RAG = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": GF_TITLE,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 3. Cabot Learning Federation - Bristol Brunel Academy school improvement plan (xlsx)
# ---------------------------------------------------------------------------
BB_NAME = "zty-cabot-learning-federation-bristol-brunel-academy-school-improvement-plan-2024-25.xlsx"
BB_TITLE = "Bristol Brunel Academy – School Improvement Plan 2024–25"

# sheet name, priority heading, actions:
# (ref, action, lead cell, lead list, timescale, success, monitoring, autumn, spring, summer, end, end_text)
BB_PLAN = [
    ("P1 Quality of Education", "Priority 1: Quality of Education", [
        ("1.1", "Deliver a weekly CPD programme on adaptive teaching (Rosenshine principles, checking for "
                "understanding) for all teaching staff.",
         "VP Teaching and Learning", ["VP Teaching and Learning"], "Sept 2024 – July 2025",
         "Learning walks show adaptive strategies in 85% of lessons", "Learning walks; CLF review",
         "G", "G", None, "2025-07", "Sept 2024 – July 2025"),
        ("1.2", "Introduce SEND pupil passports with classroom strategies, reviewed each term with parents.",
         "SENDCo & Trust SEND Lead", ["SENDCo", "Trust SEND Lead"], "Autumn term 2024",
         "All pupils on the SEND register have a passport used in lessons", "SEND audit; parent voice",
         "A", "B", None, "2024-12", "Autumn term 2024"),
        ("1.3", "Run fortnightly curriculum quality assurance deep dives in English, maths and science with "
                "CLF subject leads.",
         "AHT Curriculum", ["AHT Curriculum"], "Termly",
         "Deep dive reports show consistent sequencing across KS3", "Deep dive reports to SLT",
         "G", "A", None, None, "Termly"),
        ("1.4", "Launch a Year 7 and 8 reading intervention (Bedrock and small-group fluency) for pupils "
                "with a reading age below 9.",
         "Literacy Lead; Head of English", ["Literacy Lead", "Head of English"], "Spring term 2025",
         "Average reading age gain of 12 months for the intervention group", "NGRT tests",
         None, "G", None, "2025-04", "Spring term 2025"),
    ]),
    ("P2 Behaviour & Attendance", "Priority 2: Behaviour and Attendance", [
        ("2.1", "Embed the 'Brunel Standard' behaviour routines with daily line-up and consistent use of "
                "the Class Charts points system.",
         "DHT Behaviour and Culture", ["DHT Behaviour and Culture"], "Autumn term 2024",
         "Behaviour points per pupil down 20% on 2023–24", "Class Charts data; student voice",
         "G", "B", None, "2024-12", "Autumn term 2024"),
        ("2.2", "Reduce persistent absence through first-day calling, weekly attendance panels and home "
                "visits with the CLF attendance team.",
         "Attendance Officer / AHT Pastoral", ["Attendance Officer", "AHT Pastoral"], "Ongoing",
         "Persistent absence below 22%", "Weekly attendance report",
         "A", "R", None, None, "Ongoing"),
        ("2.3", "Open the Horizon internal inclusion base to reduce suspensions and time out of lessons.",
         "DHT Behaviour and Culture", ["DHT Behaviour and Culture"], "By February half-term 2025",
         "Suspensions down by a third on 2023–24", "Suspension data to Academy Council",
         "R", "A", None, "2025-02", "By February half-term 2025"),
    ]),
    ("P3 Leadership", "Priority 3: Leadership and Management", [
        ("3.1", "Introduce a middle-leader development programme with the CLF Institute (NPQLT/NPQSL "
                "pathways).",
         "Principal", ["Principal"], "Summer term 2025",
         "All middle leaders enrolled on a pathway", "CLF Institute records",
         "G", "G", None, "2025-07", "Summer term 2025"),
        ("3.2", "Carry out a staff workload and wellbeing survey and act on the findings (marking and data "
                "drops review).",
         "Principal and Business Manager", ["Principal", "Business Manager"], "Summer term 2025",
         "Workload survey shows improvement on 2024 baseline", "Staff survey",
         None, None, None, "2025-07", "Summer term 2025"),
        ("3.3", "Academy Council to complete a link-governor visit programme focused on the three "
                "priorities.",
         "Chair of Academy Council", ["Chair of Academy Council"], "Termly",
         "Visit notes for each priority every term", "Academy Council minutes",
         "G", "G", None, None, "Termly"),
    ]),
]


def build_brunel():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Cabot Learning Federation"
    ov["A1"].font = Font(italic=True)
    ov["A2"] = BB_TITLE
    ov["A2"].font = Font(bold=True, size=14)
    ov["A3"] = "Review point: Spring term review, 26 March 2025 (Summer review due July 2025)"
    ov["A5"] = "Our priorities for 2024–25"
    ov["A5"].font = Font(bold=True)
    ov["A6"] = "1. Quality of Education – teaching is consistently adaptive so that disadvantaged pupils and pupils with SEND achieve as well as their peers."
    ov["A7"] = "2. Behaviour and Attendance – calm, orderly routines and improved attendance for every group of pupils."
    ov["A8"] = "3. Leadership and Management – leaders at all levels are developed and staff workload is managed."
    ov["A10"] = "RAG key"
    ov["A10"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete / embedded"), ("G", "On track"),
                                ("A", "Some progress – needs attention"), ("R", "Not on track")], 11):
        ov.cell(row=i, column=1, value=k).fill = fill(FILL[k])
        ov.cell(row=i, column=1).border = BOX
        ov.cell(row=i, column=2, value=m).border = BOX
    ov["A16"] = "Approved by the Academy Council: 8 October 2024"
    ov.column_dimensions["B"].width = 36

    actions = []
    for sheet, heading, acts in BB_PLAN:
        ws = wb.create_sheet(sheet)
        ws["A1"] = BB_TITLE
        ws["A1"].font = Font(bold=True)
        ws["A3"] = heading
        ws["A3"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A3"].fill = fill("203864")
        ws.merge_cells("A3:I3")
        hdr = ["Ref", "Key actions", "Lead(s)", "Timescale", "Success criteria", "Monitoring / evidence",
               "Autumn RAG", "Spring RAG", "Summer RAG"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
        for col, w in zip("ABCDEFGHI", [6, 60, 28, 22, 40, 28, 9, 9, 9]):
            ws.column_dimensions[col].width = w
        r = 5
        for (ref, action, lead_cell, lead, ts, succ, mon, au, sp, su, end, end_text) in acts:
            vals = [ref, action, lead_cell, ts, succ, mon, au, sp, su]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if i >= 7 and v:
                    c.fill = fill(FILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            current = sp or au  # latest completed review
            actions.append(exp_action(ref, [heading], action, lead, end, STATUS_WORD[current], end_text))
            r += 1
    wb.save(out(BB_NAME))
    write_expected(BB_NAME, {
        "source": (
            "Imitates a multi-academy trust secondary school improvement plan (school development plan) "
            "as published by academies in trusts such as the Cabot Learning Federation, with one sheet "
            "per priority and termly review RAG columns. Copied features: overview sheet with trust name, "
            "plan title, review point, a list of priorities (not actions), RAG key and approval line; a "
            "sheet per priority with a merged, filled priority heading; Autumn/Spring/Summer RAG columns "
            "as letters with fills (Summer not yet reviewed); timescales as school terms, a Sept–July "
            "period, 'By February half-term 2025', 'Termly' and 'Ongoing'; posts as leads, joined by '&', "
            "'/', ';' and 'and'."),
        "reads": (
            "A four-sheet workbook: an overview, then three priority sheets holding ten actions (1.1 to 3.3) "
            "with leads, timescales, success criteria and a RAG for each termly review. The latest review "
            "filled in (Spring, or Autumn where Spring is blank) gives the current status; an action with "
            "no review RAG has not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": BB_TITLE,
        "actions": actions,
    })
    return len(actions)


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def add_table(doc, header, rows, header_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


# ---------------------------------------------------------------------------
# 4. HMP Rochester - HMPPS action plan responding to HMIP inspection (docx)
# ---------------------------------------------------------------------------
RO_NAME = "zty-hmp-rochester-hmip-inspection-action-plan.docx"
RO_TITLE = "Action Plan: HMP Rochester"

# (no, concern, agreed, response, owner cell, lead list, target, end, end_text)
RO_PRIORITY = [
    ("1",
     "Leaders had not developed a co-ordinated strategy to reduce the supply of and demand for illicit "
     "drugs, which were widely available and were fuelling violence and debt.",
     "Agreed",
     "A whole-prison drug strategy has been written with the Kent, Surrey and Sussex Prison Group "
     "security team. It includes:\n"
     "• x-ray body scanning at reception and enhanced searching at the staff entrance\n"
     "• intelligence-led cell searches supported by the regional dog team\n"
     "• an incentivised substance-free living unit delivered with the substance misuse provider",
     "Head of Security / Head of Reducing Reoffending", ["Head of Security", "Head of Reducing Reoffending"],
     "31 March 2025", "2025-03", None),
    ("2",
     "Living conditions in the older residential units were squalid, with broken windows, vermin and "
     "unscreened toilets in many cells.",
     "Agreed",
     "Capital funding has been secured to replace windows and refurbish the older units in phases. A "
     "weekly pest control contract is in place and residential managers will complete a rolling "
     "cell-decency check, with results reviewed at the monthly decency meeting.",
     "Deputy Governor", ["Deputy Governor"], "April 2025 – March 2026", "2026-03", "April 2025 – March 2026"),
    ("3",
     "Fewer than a third of prisoners were engaged in purposeful activity, and many spent most of the day "
     "locked in their cells.",
     "Agreed",
     "A revised regime will increase activity places from 310 to 480. A weekly allocations board will "
     "fill vacancies and track attendance, and unemployed prisoners will be unlocked for education "
     "induction within five days of arrival.",
     "Head of Education, Skills and Work", ["Head of Education, Skills and Work"], "30 September 2025",
     "2025-09", None),
    ("4",
     "The offender management unit was critically short of probation staff, and public protection work "
     "for high-risk prisoners was not being completed.",
     "Partly Agreed",
     "Recruitment of probation officers is managed by the Probation Service region and is outside the "
     "Governor's direct control.\n"
     "The prison will hold a weekly interdepartmental risk management meeting to prioritise high-risk "
     "cases, and temporary probation cover has been agreed with the Kent, Surrey and Sussex region.",
     "Head of Offender Management Delivery", ["Head of Offender Management Delivery"], "31 January 2025",
     "2025-01", None),
]
RO_KEY = [
    ("5",
     "Reception and first night arrangements did not consistently identify and respond to new arrivals' "
     "risks and needs.",
     "Agreed",
     "The first night centre has reopened on a dedicated landing. A first night checklist including a "
     "safety interview has been introduced and will be audited monthly by the safer custody team.",
     "Head of Residence and Safer Custody", ["Head of Residence and Safer Custody"], "28 February 2025",
     "2025-02", None),
    ("6",
     "Use of force was high and its governance was weak; body-worn cameras were often not switched on.",
     "Agreed",
     "Fortnightly use of force scrutiny meetings have been re-established, reviewing all available "
     "footage. Body-worn camera activation will be checked weekly and reported to the senior leadership "
     "team.",
     "Head of Safety", ["Head of Safety"], "Ongoing", None, "Ongoing"),
    ("7",
     "Prisoners could not get their medication on time and too many clinical appointments were cancelled "
     "or missed.",
     "Agreed",
     "The healthcare provider will introduce a revised medicines administration timetable agreed with "
     "residential managers, and escorts for healthcare appointments will be protected in the daily "
     "regime.",
     "Head of Healthcare (Oxleas NHS Foundation Trust)", ["Head of Healthcare (Oxleas NHS Foundation Trust)"],
     "June 2025", "2025-06", None),
    ("8",
     "Applications and complaints were not managed well and prisoners had little confidence in the "
     "systems.",
     "Agreed",
     "Electronic kiosks for applications and complaints will be installed on every unit, with a weekly "
     "tracking report on response times to the Head of Business Assurance.",
     "Head of Business Assurance", ["Head of Business Assurance"], "31/03/2025", "2025-03", None),
    ("9",
     "Too few prisoners were released to sustainable accommodation.",
     "Agreed",
     "The pre-release team will start accommodation referrals 12 weeks before release and work with the "
     "local authority and the CAS3 provider to increase the number of bed spaces available.",
     "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], "December 2025", "2025-12", None),
]


def build_rochester():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(RO_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 14 January 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 12–22 August 2024")
    doc.add_paragraph("Report Published: 10 December 2024")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions "
        "for and treatment of those in prison. Following each inspection HM Prison and Probation Service "
        "(HMPPS) prepares an action plan setting out whether each concern is agreed, partly agreed or not "
        "agreed, and the steps that will be taken, with an owner and a target date for each.")
    doc.add_paragraph(
        "An Urgent Notification was issued for HMP Rochester on 30 August 2024 and the Secretary of "
        "State's response was published separately. This plan responds to the concerns in the full "
        "inspection report.")
    add_table(doc, ["Term", "Definition"], [
        ("Agreed", "All of the concern is accepted and the response explains how it will be addressed, "
                   "with timescales."),
        ("Partly Agreed", "Only part of the concern is accepted; the response states which part will be "
                          "addressed and why the remainder cannot be."),
        ("Not Agreed", "The concern is not accepted; the response gives the reason."),
    ])
    doc.add_heading("ACTION PLAN", level=2)
    hdr = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response", "Responsible Owner",
           "Target Date"]
    actions = []
    for heading, rows in (("Priority concerns", RO_PRIORITY), ("Key concerns", RO_KEY)):
        doc.add_heading(heading, level=3)
        add_table(doc, hdr, [(no, concern, agreed, resp, owner, target)
                             for (no, concern, agreed, resp, owner, lead, target, end, et) in rows],
                  header_fill="BDD7EE")
        doc.add_paragraph("")
        for (no, concern, agreed, resp, owner, lead, target, end, et) in rows:
            actions.append(exp_action(no, [heading, concern], resp, lead, end, "unrated", et))
    doc.add_paragraph("Governor, HMP Rochester – January 2025")
    doc.save(out(RO_NAME))
    write_expected(RO_NAME, {
        "source": (
            "Imitates the HMPPS action plans published in response to HM Inspectorate of Prisons reports "
            "(e.g. 'Action Plan: HMP Elmley / Action Plan Submitted / A Response to the HMIP Inspection / "
            "Report Published', 2019; HMP Holme House and HMP The Verne, 2020), updated to the post-2022 "
            "format of priority and key concerns, for the 12–22 August 2024 inspection of HMP Rochester "
            "(hmiprisons.justiceinspectorates.gov.uk; Urgent Notification 30 August 2024). Copied "
            "features: title block lines, introduction, a categorisation table (Agreed / Partly Agreed / "
            "Not Agreed) that is not the plan, a table per section (Priority concerns, Key concerns) with "
            "No., Concern, agreement, Response, Responsible Owner and Target Date; bulleted responses; no "
            "progress or RAG column."),
        "reads": (
            "A Word document with a title block and introduction, a key table defining Agreed / Partly "
            "Agreed / Not Agreed, then two tables: four priority concerns and five key concerns, each with "
            "the prison's response, an owner and a target date. There is no status column, so every "
            "response is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": RO_TITLE,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 5. Blackpool and The Fylde College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
BF_NAME = "zty-blackpool-and-the-fylde-college-ofsted-post-inspection-action-plan.docx"
BF_TITLE = "Blackpool and The Fylde College – Post-Inspection Action Plan 2025–26"

PROGRESS = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red",
            "Not started": "unrated"}
# (section heading, [(afi label, afi text, [(ref, action, lead cell, lead, by when, impact, progress,
#   end, end_text)])])
BF_PLAN = [
    ("1. Quality of education", [
        ("Area for improvement 1",
         "Leaders and managers should ensure that teachers on adult learning programmes plan learning that "
         "builds learners’ knowledge and skills securely over time.", [
             ("1.1", "Review curriculum intent and sequencing in ESOL, access and community programmes, "
                     "with a curriculum map agreed by each team.",
              "Head of Adult and Community Learning", ["Head of Adult and Community Learning"], "July 2025",
              "Curriculum maps in place for all adult programmes", "Complete", "2025-07", None),
             ("1.2", "Introduce termly learning walks focused on sequencing and recall, with feedback to "
                     "teachers within five working days.",
              "Assistant Principal – Teaching, Learning and Assessment",
              ["Assistant Principal – Teaching, Learning and Assessment"], "Termly",
              "Learning walk outcomes show secure sequencing in 90% of sessions", "On track", None, "Termly"),
         ]),
        ("Area for improvement 2",
         "Leaders should ensure that learners with high needs receive the specialist support set out in "
         "their education, health and care plans promptly.", [
             ("2.1", "Allocate learning support assistants before the start of each term using EHCP "
                     "outcomes, and track delivery of support hours weekly.",
              "Head of Learner Support and High Needs", ["Head of Learner Support and High Needs"],
              "September 2025", "All high needs learners supported from their first day", "On track",
              "2025-09", None),
             ("2.2", "Train curriculum staff to write and review SMART targets linked to EHCP outcomes.",
              "Ann Hird and Imran Shah", ["Ann Hird", "Imran Shah"], "31 December 2025",
              "Target quality audit shows 85% of targets are specific and measurable", "Some slippage",
              "2025-12", None),
         ]),
    ]),
    ("2. Apprenticeships", [
        ("Area for improvement 3",
         "Leaders should make sure that apprentices’ off-the-job training is planned and co-ordinated with "
         "employers so that apprentices apply their new skills at work.", [
             ("3.1", "Hold three-way progress reviews every ten weeks with the apprentice, employer and tutor, "
                     "recorded on Aptem.",
              "Director of Apprenticeships", ["Director of Apprenticeships"], "Jan 2026",
              "95% of reviews on time with employer attendance", "On track", "2026-01", None),
             ("3.2", "Produce an employer guide to off-the-job training for each standard and brief "
                     "employers at the spring employer forum.",
              "Director of Apprenticeships / Employer Engagement Manager",
              ["Director of Apprenticeships", "Employer Engagement Manager"], "March 2026",
              "Guides issued for all standards; employer feedback positive", "Not started", "2026-03", None),
         ]),
    ]),
    ("3. Leadership and management", [
        ("Area for improvement 4",
         "Governors should receive sufficiently detailed information on the quality of apprenticeships to "
         "hold leaders to account.", [
             ("4.1", "Add an apprenticeship quality dashboard (timely achievement, breaks in learning, "
                     "off-the-job hours) to each Standards Committee report.",
              "Director of Quality", ["Director of Quality"], "Sept 2025 – July 2026",
              "Committee minutes show challenge on apprenticeship quality", "On track", "2026-07",
              "Sept 2025 – July 2026"),
             ("4.2", "Arrange a governor link visit to apprenticeship provision each term.",
              "Clerk to the Corporation", ["Clerk to the Corporation"], "Termly",
              "Three visits completed with written notes", "Off track", None, "Termly"),
         ]),
    ]),
]


def build_bfc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(BF_TITLE, level=0)
    doc.add_paragraph("Following the Ofsted inspection of 4–7 February 2025 (report published 20 March 2025)")
    doc.add_paragraph("Document control").runs[0].bold = True
    add_table(doc, ["Version", "Date", "Author", "Approved by"], [
        ("1.0", "01/05/2025", "Director of Quality", "Corporation – Standards Committee"),
        ("1.1", "02/07/2025", "Director of Quality", "Standards Committee"),
        ("1.2", "15/10/2025", "Director of Quality", "Standards Committee"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Key to progress ratings").runs[0].bold = True
    key = add_table(doc, ["Progress", "Colour", "Meaning"], [
        ("Complete", "Blue", "Action completed and impact evidenced"),
        ("On track", "Green", "Action progressing to timescale"),
        ("Some slippage", "Amber", "Action behind schedule; recovery plan in place"),
        ("Off track", "Red", "Significant delay; escalated to the Senior Leadership Team"),
        ("Not started", "White", "Action not yet due to start"),
    ])
    for i, colour in enumerate(["9DC3E6", "A9D08E", "FFD966", "FF7C80", "FFFFFF"], 1):
        shade(key.rows[i].cells[1], colour)
    actions = []
    for section, afis in BF_PLAN:
        doc.add_heading(section, level=1)
        for label, afi_text, acts in afis:
            lp = doc.add_paragraph()
            lp.add_run(label).bold = True
            tp = doc.add_paragraph()
            tp.add_run(afi_text).italic = True
            t = add_table(doc, ["Ref", "Action", "Lead(s)", "By when", "Impact measure", "Progress"],
                          [(ref, act, lead_cell, when, impact, prog)
                           for (ref, act, lead_cell, lead, when, impact, prog, end, et) in acts],
                          header_fill="BDD7EE")
            doc.add_paragraph("")
            for (ref, act, lead_cell, lead, when, impact, prog, end, et) in acts:
                actions.append(exp_action(ref, [section, afi_text], act, lead, end, PROGRESS[prog], et))
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Standards Committee.")
    doc.save(out(BF_NAME))
    write_expected(BF_NAME, {
        "source": (
            "Imitates the post-inspection action plans general FE colleges publish after an Ofsted "
            "education inspection framework inspection, built on the report's 'What does the provider "
            "need to do to improve?' points (FE and skills handbook, gov.uk). Copied features: college "
            "name and plan title, inspection and publication dates, document-control table, a key table "
            "mapping progress words to colours, sections per key judgement, each area for improvement as "
            "a bold label and italic text above its own table (Ref, Action, Lead(s), By when, Impact "
            "measure, Progress), progress as words defined by the key."),
        "reads": (
            "A Word plan: title block, document control and a progress key, then three sections holding "
            "four areas for improvement, each with a small table of actions – eight actions (1.1 to 4.2) "
            "with leads, a by-when date and a progress word that the key maps to Blue/Green/Amber/Red/"
            "White. The 'Area for improvement N' labels give way to the text beneath them."),
        "outcome": "read",
        "accept_refusal": False,
        "title": BF_TITLE,
        "actions": actions,
    })
    return len(actions)


# ---------------------------------------------------------------------------
# 6. Oakham School - ISI inspection action plan, CSV export with a mistyped month (refuse)
# ---------------------------------------------------------------------------
OK_NAME = "zty-oakham-school-isi-inspection-action-plan-typo-month-refuse.csv"
OK_TITLE = "Oakham School – ISI Inspection Action Plan"

OK_HEADER = ["Ref", "ISI section", "Recommended next step", "Action", "Responsibility", "Timescale", "Status"]
OK_ROWS = [
    ["1", "Leadership and management, and governance",
     "Leaders should make sure that the school’s self-evaluation draws systematically on pupils’ views.",
     "Introduce a termly pupil voice survey across all year groups, with results reviewed by SLT",
     "Deputy Head (Pastoral)", "Dec 2024", "On track"],
    ["2", "Leadership and management, and governance",
     "Leaders should make sure that the school’s self-evaluation draws systematically on pupils’ views.",
     "Create a pupil council sub-group that reports to the governors' Education Committee",
     "Deputy Head (Pastoral) / Head of Student Voice", "Mar 2025", "Not started"],
    ["3", "Quality of education, training and recreation",
     "Leaders should ensure that teaching in the lower school consistently challenges the most able pupils.",
     "Run INSET on stretch and challenge for all Form 1–3 teachers",
     "Deputy Head (Academic)", "Sept 2O24", "Complete"],
    ["4", "Quality of education, training and recreation",
     "Leaders should ensure that teaching in the lower school consistently challenges the most able pupils.",
     "Review Form 1–3 schemes of work to build in extension tasks",
     "Heads of Department", "Jul 2025", "On track"],
    ["5", "Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should make sure that all boarders know how to contact the independent listener.",
     "Display the independent listener's details in every boarding house and add them to the boarders' handbook",
     "Head of Boarding", "Oct 2024", "Complete"],
    ["6", "Pupils’ social and economic education and contribution to society",
     "Leaders should develop pupils’ understanding of economic wellbeing through the PSHE programme.",
     "Add a personal finance unit to the Form 4 and 5 PSHE programme, delivered with a local bank",
     "Head of PSHE", "Jun 2025", "On track"],
]


def build_oakham():
    lines = [
        [OK_TITLE] + [""] * 6,
        ["Inspection: 5–7 March 2024 (ISI framework, September 2023); report published 26 April 2024"] + [""] * 6,
        ["Reviewed by SLT: 4 November 2024"] + [""] * 6,
        [""] * 7,
        OK_HEADER,
    ] + OK_ROWS + [
        [""] * 7,
        ["All regulatory standards were met; the actions above respond to the recommended next steps."] + [""] * 6,
    ]
    with open(out(OK_NAME), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lines:
            w.writerow(row)
    refuse_line = 5 + 3  # header on line 5, row "3" on line 8
    with open(out(OK_NAME), encoding="utf-8") as f:
        assert "Sept 2O24" in f.read().splitlines()[refuse_line - 1]
    write_expected(OK_NAME, {
        "source": (
            "Imitates an independent school's action plan answering the 'recommended next steps' of an "
            "ISI inspection under the September 2023 framework (report sections: leadership and "
            "management, and governance; quality of education, training and recreation; pupils' physical "
            "and mental health and emotional wellbeing; social and economic education; safeguarding), "
            "exported from a spreadsheet to CSV. Copied features: title, inspection-date and review lines "
            "padded with empty fields, ISI section and the next step repeated on each action row, "
            "responsibility as posts, month-year timescales, status words, a closing note line."),
        "reads": (
            "A CSV action plan of six actions under ISI report sections and recommended next steps. The "
            "timescale of action 3 on line 8 reads 'Sept 2O24' – a capital letter O in place of the zero "
            "in the year – so a careful reader would stop and ask what date was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": OK_TITLE,
    })
    return len(OK_ROWS)


# ---------------------------------------------------------------------------
# 7. Brecon High School - Estyn post-inspection action plan, tab-separated text export
# ---------------------------------------------------------------------------
BR_NAME = "zty-brecon-high-school-estyn-post-inspection-action-plan.txt"
BR_TITLE = "Brecon High School – Post-Inspection Action Plan (PIAP)"

# (rec cell or "", ref, action lines, lead cell, lead list, by when, success, rag, end, end_text)
BR_ROWS = [
    ("R1 Improve the quality of teaching so that it challenges all pupils and supports them to make strong progress",
     "1.1", ["Deliver a programme of professional learning on questioning and adaptive teaching, led by in-school coaches"],
     "DHT Teaching and Learning", ["DHT Teaching and Learning"], "Jul-25",
     "Most lessons observed show effective questioning and challenge", "G", "2025-07", None),
    ("", "1.2", ["Introduce paired learning walks and book looks each half term, with written feedback to departments"],
     "DHT Teaching and Learning / Heads of Faculty", ["DHT Teaching and Learning", "Heads of Faculty"],
     "Half-termly", "Feedback shows consistent improvement in pupils' written work", "G", None, "Half-termly"),
    ("R2 Strengthen self-evaluation and improvement planning so that leaders at all levels focus precisely on pupils' progress",
     "2.1", ["Rewrite the school development plan around the Estyn recommendations, with measurable milestones"],
     "Headteacher", ["Headteacher"], "Sep-24",
     "SDP approved by governors and shared with all staff", "B", "2024-09", None),
    ("", "2.2", ["Train middle leaders to use lesson observations, pupil voice and data to evaluate their areas:",
                 "- two twilight sessions with the Powys school improvement partner",
                 "- termly faculty self-evaluation reviews with SLT"],
     "Headteacher & SIP", ["Headteacher", "SIP"], "Dec-24",
     "Faculty self-evaluations identify precise priorities", "B", "2024-12", None),
    ("", "2.3", ["Governing body to set up a standards sub-committee meeting half-termly to scrutinise progress against the PIAP"],
     "Chair of Governors", ["Chair of Governors"], "Oct-24",
     "Minutes show governors challenging leaders on progress", "G", "2024-10", None),
    ("R3 Improve attendance, particularly for pupils eligible for free school meals",
     "3.1", ["Appoint an Attendance and Wellbeing Officer and introduce first-day calling for all absences"],
     "AHT Wellbeing", ["AHT Wellbeing"], "Sep-24",
     "Officer in post; first-day calls made for all absences", "B", "2024-09", None),
    ("", "3.2", ["Hold fortnightly attendance panels with the Education Welfare Service for pupils below 90% attendance"],
     "AHT Wellbeing / EWO", ["AHT Wellbeing", "EWO"], "Ongoing",
     "Attendance of eFSM pupils rises by 3 percentage points", "A", None, "Ongoing"),
    ("", "3.3", ["Launch rewards for improved attendance and share weekly attendance figures with families through the school app"],
     "Attendance and Wellbeing Officer", ["Attendance and Wellbeing Officer"], "Summer term 2025",
     "Persistent absence falls below 20%", "R", "2025-07", "Summer term 2025"),
    ("R4 Improve pupils' Welsh language skills",
     "4.1", ["Increase use of Welsh outside Welsh lessons through 'Cymraeg Campus' activities and a weekly Welsh assembly"],
     "Head of Welsh", ["Head of Welsh"], "Jul-25",
     "Pupil voice shows more confidence in using Welsh", "", "2025-07", None),
]


def build_brecon():
    lines = [
        BR_TITLE,
        "Ysgol Uwchradd Aberhonddu",
        "Estyn core inspection: 13–16 May 2024. Plan agreed by the Governing Body on 9 July 2024 with Powys County Council.",
        "",
        "RAG: G = on track, A = some concerns, R = not on track, B = completed",
        "",
        "\t".join(["Recommendation", "Ref", "Action", "Lead", "By when", "Success criteria", "RAG"]),
    ]
    actions = []
    current_rec = None
    for (rec, ref, act_lines, lead_cell, lead, when, succ, rag, end, et) in BR_ROWS:
        if rec:
            current_rec = rec
        lines.append("\t".join([rec, ref, act_lines[0], lead_cell, when, succ, rag]))
        for extra in act_lines[1:]:
            lines.append("\t".join(["", "", extra, "", "", "", ""]))
        actions.append(exp_action(ref, [current_rec], "\n".join(act_lines), lead, end, STATUS_WORD[rag], et))
    lines += [
        "",
        "Notes: progress is reported half-termly to the standards sub-committee. The plan will be reviewed after the Estyn monitoring visit.",
    ]
    with open(out(BR_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(BR_NAME, {
        "source": (
            "Imitates the post-inspection action plan (PIAP) a Welsh maintained secondary school draws up "
            "with its local authority after an Estyn core inspection (Estyn follow-up guidance: governing "
            "body and local authority produce a single PIAP), exported from a spreadsheet as tab-separated "
            "text. Copied features: English and Welsh school names, inspection and approval line, a RAG "
            "key line, Estyn recommendations R1–R4 written only on the first row of their actions "
            "(fill-down), continuation lines carrying sub-points of an action, dates as Mmm-YY, "
            "'Half-termly', 'Ongoing' and 'Summer term 2025', a notes line at the end."),
        "reads": (
            "A tab-separated PIAP: title lines, a RAG key, then nine actions (1.1 to 4.1) under four Estyn "
            "recommendations, each with a lead, a by-when and a RAG letter. Two lines under action 2.2 "
            "have only action text and continue that action; the last action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": BR_TITLE,
        "actions": actions,
    })
    return len(actions)


def main():
    counts = {
        PS_NAME: build_police(),
        GF_NAME: build_gfrs(),
        BB_NAME: build_brunel(),
        RO_NAME: build_rochester(),
        BF_NAME: build_bfc(),
        OK_NAME: build_oakham(),
        BR_NAME: build_brecon(),
    }
    for k, v in counts.items():
        print(f"{v:3d}  {k}")


if __name__ == "__main__":
    main()
