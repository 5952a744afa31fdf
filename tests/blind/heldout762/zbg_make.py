#!/usr/bin/env python3
"""Build the seven zbg- blind test cases (set heldout762) and their expected readings.

Run with /work/main/.venv/bin/python zbg_make.py  (from any directory).
Writes only files whose names start with "zbg-" into the folder this script lives in.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"


def out(name):
    assert name.startswith("zbg-")
    return os.path.join(HERE, name)


def fill(colour):
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_expected(name, exp):
    """exp: dict with source, reads, outcome, accept_refusal, [refuse_at], [title], [actions]."""
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    doc = {k: exp[k] for k in order if k in exp}
    if "actions" in doc:
        acts = []
        for a in doc["actions"]:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            acts.append(item)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
            "end": end, "end_text": end_text, "status": status}


# ---------------------------------------------------------------------------
# 1. HMP Belmarsh - HMPPS action plan responding to an HMIP full inspection (docx)
# ---------------------------------------------------------------------------
def belmarsh():
    name = "zbg-hmp-belmarsh-hmip-inspection-action-plan.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    d.add_heading("Action Plan: HMP Belmarsh", level=0)
    d.add_paragraph("Action Plan Submitted: 11 August 2025")
    d.add_paragraph("A Response to the HMIP Inspection: 10–21 March 2025")
    d.add_paragraph("Report Published: 17 June 2025")

    d.add_heading("INTRODUCTION", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for, and treatment of, prisoners. It reports its findings to the Ministry of Justice (MoJ) "
        "and His Majesty’s Prison and Probation Service (HMPPS). Since May 2022 HMIP reports up to 15 concerns, "
        "of which some are identified as priority concerns. In response to the report HMPPS is required to draft a "
        "robust and timely action plan to address the concerns. The action plan confirms whether each concern is "
        "agreed, partly agreed or not agreed (see categorisations below). Where a concern is agreed or partly "
        "agreed, the action plan provides specific steps and actions to address it, with the owner and timescale of "
        "each step clearly identified.")

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for term, defi, com in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response explains how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
         "The response states clearly which part will be addressed and why the remainder cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response explains why, for example for policy, operational or affordability reasons."),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = term, defi, com

    HDR = ["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed", "Responsible Owner", "Target Date"]
    actions = []

    def plan_table(section, concerns):
        d.add_heading(section, level=1)
        tb = d.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, HDR):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for concern, agreed, acts in concerns:
            row = tb.add_row().cells
            m = row[0].merge(row[1])
            m.text = concern
            m.paragraphs[0].runs[0].bold = True
            row[2].text = agreed
            for ref, text, owner, target, exp_lead, exp_end, exp_end_text in acts:
                r = tb.add_row().cells
                r[0].text = ref
                paras = text.split("\n")
                r[1].text = paras[0]
                for p in paras[1:]:
                    r[1].add_paragraph(p)
                r[3].text = owner
                r[4].text = target
                actions.append(act(ref, [section, concern], text, exp_lead, exp_end, "unrated",
                                   exp_end_text))

    plan_table("Priority concerns", [
        ("1. Time out of cell was poor for many prisoners. Around a third were unemployed and locked in their "
         "cells for more than 22 hours a day, and the regime was frequently curtailed at short notice.",
         "Agreed", [
             ("1.1", "Introduce a revised core day that gives every prisoner on the main residential units a "
                     "minimum of three hours unlocked each weekday, with the published regime displayed on "
                     "each landing.",
              "Deputy Governor", "31/10/2025", ["Deputy Governor"], "2025-10", None),
             ("1.2", "Increase activity places in education, industries and the gym by 120 and allocate "
                     "unemployed prisoners to activity within two weeks of completing induction.\n"
                     "Progress against allocation targets will be reported to the monthly Reducing "
                     "Reoffending meeting.",
              "Head of Reducing Reoffending / Head of Education, Skills and Work", "March 2026",
              ["Head of Reducing Reoffending", "Head of Education, Skills and Work"], "2026-03", None),
         ]),
        ("2. Oversight of the use of force was weak. Body-worn cameras were not drawn or switched on in too many "
         "incidents, and use of force paperwork was often incomplete or late.",
         "Agreed", [
             ("2.1", "Make drawing a body-worn camera compulsory for all operational staff at the start of each "
                     "shift, with daily compliance checks by the orderly officer.",
              "Head of Operations", "30/09/2025", ["Head of Operations"], "2025-09", None),
             ("2.2", "Reinstate the weekly use of force scrutiny panel, reviewing every incident where footage "
                     "was not captured, and share learning at staff briefings.",
              "Head of Safety", "Ongoing – reviewed monthly at SMT", ["Head of Safety"], None,
              "Ongoing – reviewed monthly at SMT"),
         ]),
    ])
    plan_table("Key concerns", [
        ("3. Prisoners’ complaints were not always answered on time, and responses to complaints about staff did "
         "not always address the issues raised.",
         "Partly Agreed", [
             ("3.1", "Introduce a complaints tracker with weekly oversight by the Business Hub Manager and "
                     "escalation of overdue replies to the duty governor.",
              "Business Hub Manager", "30 November 2025", ["Business Hub Manager"], "2025-11", None),
         ]),
        ("4. Foreign national prisoners did not receive enough support, and too many were held beyond the end of "
         "their sentence without a clear plan for their release or removal.",
         "Agreed", [
             ("4.1", "Agree a service level agreement with Home Office Immigration Enforcement for monthly "
                     "surgeries on site and a named contact for men held beyond sentence expiry.",
              "Head of Offender Management Delivery", "31/01/2026",
              ["Head of Offender Management Delivery"], "2026-01", None),
             ("4.2", "Train foreign national prisoner orderlies and provide translated induction material in the "
                     "ten most common languages spoken at the establishment.",
              "Equalities Lead", "December 2025", ["Equalities Lead"], "2025-12", None),
         ]),
        ("5. Waiting times for mental health assessments were too long, and transfers to secure hospital under "
         "the Mental Health Act regularly exceeded the 28-day national guideline.",
         "Agreed", [
             ("5.1", "Work with Oxleas NHS Foundation Trust and NHS England commissioners to reduce the waiting "
                     "time for a routine mental health assessment to five working days.",
              "Head of Healthcare (Oxleas NHS Foundation Trust)", "31/03/2026",
              ["Head of Healthcare (Oxleas NHS Foundation Trust)"], "2026-03", None),
             ("5.2", "Escalate every transfer exceeding 28 days to the HMPPS Health, Social Care and Substance "
                     "Misuse Group each week until the transfer is completed.",
              "Governor", "Immediate and ongoing", ["Governor"], None, "Immediate and ongoing"),
         ]),
    ])
    d.add_paragraph(
        "Progress against this action plan will be monitored monthly by the Belmarsh Senior Management Team and "
        "quarterly by the Prison Group Director, Long Term and High Security Estate.")
    d.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the HMPPS action plan template that prisons publish in response to an HM Inspectorate of "
            "Prisons full inspection (e.g. 'Action Plan: HMP The Verne / Action Plan Submitted / A Response to the "
            "HMIP Inspection / Report Published', and HMP Elmley and HMP Holme House plans), updated for HMIP's "
            "post-May-2022 priority and key concerns. HMP Belmarsh itself was last fully inspected in 2021 with an "
            "IRP in April 2022; this 2025 plan is one it would publish. Copied features: title block with submitted/"
            "inspection/published dates, INTRODUCTION, Agreed/Partly Agreed/Not Agreed categorisation table, one "
            "table per section (Priority concerns, Key concerns) with concern rows (merged across No. and text, "
            "agreement in the third column) above numbered action rows, job-title owners, target dates as "
            "dd/mm/yyyy, month names and words, no RAG column."),
        "reads": (
            "A prison's action plan: after the title block, an introduction and a categorisation key, two tables "
            "(Priority concerns, Key concerns) each list numbered HMIP concerns with their agreement, and under "
            "each concern numbered actions with a responsible owner and target date. Nine actions; none is "
            "RAG-rated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Belmarsh",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Cheshire FRS - HMICFRS misconduct handling recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def cheshire():
    name = "zbg-cheshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Cheshire Fire and Rescue Service – HMICFRS Misconduct Handling Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("HMICFRS – Standards of behaviour: The handling of misconduct in fire and rescue services "
               "(published 1 August 2024)")
    s["A3"] = "Recommendations tracker – position at 31 October 2025"
    s["A5"] = "Reported to: Performance and Overview Committee, 26 November 2025"
    s["A7"] = "RAG key"
    s["A7"].font = Font(bold=True)
    key = [("Blue", "Complete – evidence accepted by Service Leadership Team", BLUE),
           ("Green", "On track to meet target date", GREEN),
           ("Amber", "At risk – revised date agreed, mitigation in place", AMBER),
           ("Red", "Off track – target date will be missed", RED)]
    for i, (k, v, c) in enumerate(key, start=8):
        s.cell(i, 1, k).fill = fill(c)
        s.cell(i, 2, v)
    s["A13"] = "Summary by current RAG"
    s["A13"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Blue", 4), ("Green", 2), ("Amber", 2), ("Red", 1), ("Not yet rated", 1),
                                ("Total actions", 10)], start=14):
        s.cell(i, 1, k)
        s.cell(i, 2, n)
    s["A21"] = ("Recommendations 12–15 are addressed to the Home Office, NFCC and the LGA and are monitored "
                "through the national implementation group; they are not included in this tracker.")
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 60

    t = wb.create_sheet("Tracker")
    widths = {"A": 8, "B": 62, "C": 34, "D": 14, "E": 14, "F": 12, "G": 12, "H": 60}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t["A1"] = "HMICFRS Misconduct Handling Recommendations – Action Tracker"
    t["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
    t["A1"].fill = fill(NAVY)
    t.merge_cells("A1:H1")
    t["A2"] = ("Recommendations directed at chief fire officers. Previous RAG as reported in July 2025; current RAG "
               "shown by cell colour (see Summary sheet for key).")
    t.merge_cells("A2:H2")
    hdr = ["Ref", "Recommendation / Action", "Action owner", "Original target date", "Revised target date",
           "Previous RAG (Jul 25)", "Current RAG (Oct 25)", "Progress update"]
    for i, h in enumerate(hdr, start=1):
        c = t.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")

    T1 = "Theme 1: The culture in fire and rescue services"
    T2 = "Theme 2: Misconduct processes"
    R1 = ("Recommendation 1: By 1 February 2025, chief fire officers should, as a priority, make sure their staff "
          "are aware of, and follow the Core Code of Ethics. Services should build the code into all relevant "
          "policies and practices.")
    R2 = ("Recommendation 2: By 1 February 2025, chief fire officers should make sure a policy for probationary "
          "staff is in place. This policy should make clear that services can immediately dismiss probationers "
          "who fail to meet the required standards of behaviour set out in the Core Code of Ethics and the Code "
          "of Ethics fire standard.")
    R3 = ("Recommendation 3: By 1 May 2025, chief fire officers should make sure their workforce plans allow staff "
          "to be moved from a wholetime watch to a different watch or station, within their contractual "
          "requirements, proactively and reactively as required. They should also make sure firefighters who are "
          "promoted are posted to a different watch or station, including when the promotion is temporary for "
          "two months or more.")
    R4 = ("Recommendation 4: By 1 February 2025, chief fire officers should make sure their services create or have "
          "access to a professional standards function to oversee misconduct cases, so that cases are conducted "
          "in a fair and transparent way.")
    R5 = ("Recommendation 5: By 1 March 2025, chief fire officers should make sure that staff who investigate "
          "misconduct, and those who hear cases, receive appropriate training and have the time and support to "
          "carry out the role.")
    R6 = ("Recommendation 6: By 1 June 2025, chief fire officers should make sure they record and analyse "
          "misconduct data, including the protected characteristics of those involved, so that they can identify "
          "trends and disproportionality.")

    D = dt.datetime
    rows = [
        ("theme", T1),
        ("rec", R1),
        ("act", "1.1", "Refresh the Core Code of Ethics e-learning module and make completion mandatory for all "
                       "staff, including on-call firefighters and Joint Fire Control colleagues.",
         "Head of People and Organisational Development", D(2025, 2, 1), None, "G", BLUE,
         "98% completion at 30 September 2025. Closed by SLT 7 October 2025.",
         ["Head of People and Organisational Development"], "2025-02", "blue", [T1, R1]),
        ("act", "1.2", "Review all HR and operational policies to embed the Core Code of Ethics, starting with the "
                       "Discipline, Grievance and Dignity at Work policies.",
         "Policy and Governance Manager", D(2025, 2, 1), D(2025, 6, 30), "A", BLUE,
         "All 41 policies reviewed; final five approved at JCNP in June 2025.",
         ["Policy and Governance Manager"], "2025-06", "blue", [T1, R1]),
        ("rec", R2),
        ("act", "2.1", "Amend the Probationary Policy so that probationers who fail to meet the standards in the Core "
                       "Code of Ethics can be dismissed without first extending the probation period.",
         "Head of People and Organisational Development", D(2025, 2, 1), None, "B", BLUE,
         "Policy approved January 2025.",
         ["Head of People and Organisational Development"], "2025-02", "blue", [T1, R2]),
        ("rec", R3),
        ("act", "3.1", "Introduce a watch rotation protocol within the Wholetime Duty System Policy, following "
                       "consultation with the representative bodies.",
         "Area Manager (Service Delivery)", D(2025, 5, 1), D(2025, 12, 31), "A", AMBER,
         "Consultation extended at the request of the FBU; draft protocol to JCNP in December.",
         ["Area Manager (Service Delivery)"], "2025-12", "amber", [T1, R3]),
        ("act", "3.2", "Post all newly promoted Crew and Watch Managers, including temporary promotions of two "
                       "months or more, to a different watch or station, and record any exception with a risk "
                       "assessment.",
         "Area Manager (Service Delivery); Head of Resourcing", D(2025, 5, 1), None, "G", GREEN,
         "Applied to all promotions since May 2025; two exceptions recorded and risk assessed.",
         ["Area Manager (Service Delivery)", "Head of Resourcing"], "2025-05", "green", [T1, R3]),
        ("theme", T2),
        ("rec", R4),
        ("act", "4.1", "Establish a Professional Standards Unit with a dedicated manager and case officer, hosted "
                       "within the Governance directorate.",
         "Director of Governance and Commissioning", D(2025, 2, 1), D(2025, 9, 1), "A", BLUE,
         "Unit operational from 1 September 2025.",
         ["Director of Governance and Commissioning"], "2025-09", "blue", [T2, R4]),
        ("act", "4.2", "Agree a reciprocal arrangement with neighbouring fire and rescue services for independent "
                       "investigators in gross misconduct cases.",
         "Head of Professional Standards", D(2025, 2, 1), D(2026, 3, 31), "R", RED,
         "Memorandum of understanding not yet agreed by partner services; escalated to CFO.",
         ["Head of Professional Standards"], "2026-03", "red", [T2, R4]),
        ("rec", R5),
        ("act", "5.1", "Commission accredited investigation training for 24 middle managers and create a pool of "
                       "trained investigators who are released from day-to-day duties when appointed to a case.",
         "Head of Professional Standards", D(2025, 3, 1), D(2025, 11, 30), "A", AMBER,
         "16 of 24 managers trained; final cohort booked for November.",
         ["Head of Professional Standards"], "2025-11", "amber", [T2, R5]),
        ("rec", R6),
        ("act", "6.1", "Build a misconduct case management dashboard in Power BI, including protected "
                       "characteristics data, and report quarterly to the Performance and Overview Committee.",
         "Head of Performance and Data", D(2025, 6, 1), D(2026, 1, 31), "A", GREEN,
         "Dashboard in test; first quarterly report due January 2026.",
         ["Head of Performance and Data"], "2026-01", "green", [T2, R6]),
        ("act", "6.2", "Publish an annual misconduct summary for staff setting out the number and outcome of "
                       "cases.",
         "Director of Governance and Commissioning", D(2026, 6, 30), None, "", None,
         "Not due to start until Q1 2026/27.",
         ["Director of Governance and Commissioning"], "2026-06", "unrated", [T2, R6]),
    ]
    actions = []
    r = 5
    for row in rows:
        if row[0] == "theme":
            c = t.cell(r, 1, row[1])
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill(NAVY)
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "rec":
            c = t.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            t.row_dimensions[r].height = 45
        else:
            (_, ref, text, owner, orig, rev, prev, cur, upd, e_lead, e_end, e_status, e_under) = row
            vals = [ref, text, owner, orig, rev, prev, None, upd]
            for i, v in enumerate(vals, start=1):
                c = t.cell(r, i, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if cur:
                t.cell(r, 7).fill = fill(cur)
            actions.append(act(ref, e_under, text, e_lead, e_end, e_status))
        r += 1
    t.cell(r + 1, 1, "Source: HMICFRS, Standards of behaviour: The handling of misconduct in fire and rescue "
                     "services. Recommendations 1–3 as published; recommendations 4–6 abridged.")
    t.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the recommendation trackers fire and rescue services published after HMICFRS's thematic "
            "'Standards of behaviour: The handling of misconduct in fire and rescue services' (1 August 2024, 15 "
            "recommendations; cf. Staffordshire FRS and Humberside FRS web pages, Kent FRS per-recommendation "
            "updates, and fire authority committee appendices listing 'Recommendation 1 By 1 February 2025, Chief "
            "Fire Officers should...'). Cheshire FRS has no such tracker in the corpus. Recommendations 1-3 use "
            "the report's wording; 4-6 are abridged. Copied features: Summary sheet with title block, RAG key "
            "(Blue complete) and totals; Tracker sheet with merged banner title and note, theme band rows, merged "
            "grey recommendation rows above numbered service actions, original and revised target dates, Previous "
            "RAG as a letter and Current RAG shown only by cell fill colour, progress update column."),
        "reads": (
            "A two-sheet tracker: the Summary sheet is a cover with key and totals; the Tracker sheet groups "
            "actions under two themes and six HMICFRS recommendations, each action with an owner, original and "
            "revised dates, last quarter's RAG letter and this quarter's RAG as a coloured cell. Ten actions; the "
            "current colour is the status and the revised date, where given, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Cheshire Fire and Rescue Service – HMICFRS Misconduct Handling Recommendations Tracker",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Wiltshire Police - PEEL 2023-25 AFI tracker export (csv)
# ---------------------------------------------------------------------------
def wiltshire():
    name = "zbg-wiltshire-police-peel-2023-25-afi-tracker.csv"
    title = "Wiltshire Police - HMICFRS PEEL 2023-25 Areas for Improvement Tracker"
    hdr = ["AFI Ref", "PEEL Question", "Area for Improvement", "Action Ref", "Action", "Action Owner",
           "Due Date", "Revised Due Date", "RAG", "Latest Update"]
    RP, IC, PV, TF = ("Responding to the public", "Investigating crime", "Protecting vulnerable people",
                      "Treating the public fairly and with respect")
    A1 = ("The force should make sure it answers emergency and non-emergency calls within national and force "
          "standards, and reduces the number of non-emergency calls that callers abandon.")
    A2 = ("The force should make sure that vulnerable and repeat victims are identified at the first point of "
          "contact and that this is recorded.")
    A3 = ("The force should make sure that investigations are subject to regular and effective supervision, and "
          "that this supervision is recorded.")
    A4 = ("The force should make sure it carries out and records a needs assessment for victims and gives them "
          "the service required by the Code of Practice for Victims of Crime.")
    A5 = ("The force should make better use of domestic abuse protection notices and orders, and other ancillary "
          "orders, to safeguard victims.")
    A6 = ("The force should improve how it uses data and external scrutiny to understand and explain "
          "disproportionality in its use of force.")
    rows = [
        ("AFI01", RP, A1, "1.1", "Implement the revised Crime and Communications Centre (CCC) demand and resourcing "
                                 "model, aligning call-handler shift patterns to peak demand.",
         "Head of Crime and Communications Centre", "30/09/2025", "", "Complete",
         "New shift pattern live from 1 September 2025. 999 answered within 10 seconds: 89.6% (Oct).",
         ["Head of Crime and Communications Centre"], "2025-09", None, "blue"),
        ("AFI01", RP, A1, "1.2", "Introduce a call-back option and digital channel signposting on the 101 line to "
                                 "reduce abandonment.",
         "Supt Emma Daley", "31/12/2025", "", "Amber",
         "Supplier change request raised; testing delayed by telephony upgrade.",
         ["Supt Emma Daley"], "2025-12", None, "amber"),
        ("AFI02", RP, A2, "2.1", "Refresh THRIVE+ training for all CCC staff and add a mandatory repeat-victim check "
                                 "to the incident opening script.\nQuality assurance: 20 calls per team per month "
                                 "dip-sampled by CCC supervisors.",
         "CCC Training Manager", "31/10/2025", "", "Green",
         "Training 85% complete; script change deployed 14 October.",
         ["CCC Training Manager"], "2025-10", None, "green"),
        ("AFI03", IC, A3, "3.1", "Publish investigation supervision standards (first review within 72 hours, then "
                                 "every 28 days) and build compliance reporting into the Niche performance "
                                 "dashboard.",
         "DCI Sam Okafor & DI Rhian Pugh", "31/08/2025", "31/01/2026", "Red",
         "Standards published July 2025. Dashboard build not yet scheduled by Digital Services; revised date "
         "agreed at Force Performance Board.",
         ["DCI Sam Okafor", "DI Rhian Pugh"], "2026-01", None, "red"),
        ("AFI03", IC, A3, "3.2", "Deliver PIP1 supervisor workshops to all response and neighbourhood sergeants.",
         "Head of Learning and Development", "Q4 2025/26", "", "Amber",
         "Workshops designed; 4 of 12 delivered.",
         ["Head of Learning and Development"], "2026-03", None, "amber"),
        ("AFI04", IC, A4, "4.1", "Add a mandatory Victims' Code needs assessment field to Niche crime records and "
                                 "monitor completion weekly at Local Policing performance meetings.",
         "Supt Local Policing (North); Supt Local Policing (South)", "30/11/2025", "", "Green",
         "Field live in Niche from 3 November; baseline completion 61%.",
         ["Supt Local Policing (North)", "Supt Local Policing (South)"], "2025-11", None, "green"),
        ("AFI05", PV, A5, "5.1", "Appoint a force lead for DAPN/DAPO applications and embed a legal services review "
                                 "within 24 hours of arrest in high-risk domestic abuse cases.",
         "Det Supt Public Protection", "31/03/2026", "", "Green",
         "Force lead appointed. Legal services pilot running in Swindon hub.",
         ["Det Supt Public Protection"], "2026-03", None, "green"),
        ("AFI05", PV, A5, "5.2", "Deliver a Domestic Abuse Matters refresher to all frontline officers.",
         "Head of Learning and Development", "TBC", "", "Not started",
         "Awaiting College of Policing refreshed product.",
         ["Head of Learning and Development"], None, "TBC", "unrated"),
        ("AFI06", TF, A6, "6.1", "Launch an independent use of force scrutiny panel and publish quarterly use of "
                                 "force data by ethnicity on the force website.",
         "Head of Professional Standards", "30/06/2025", "", "Complete",
         "Panel met June and September 2025; Q1 data published.",
         ["Head of Professional Standards"], "2025-06", None, "blue"),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title])
        w.writerow(["Extract from Force Inspection Register 04/11/2025 - OFFICIAL"])
        w.writerow([])
        w.writerow(hdr)
        for r in rows:
            w.writerow(list(r[:10]))
        w.writerow([])
        w.writerow(["9 actions: 2 Complete, 3 Green, 2 Amber, 1 Red, 1 Not started"])
    actions = [act(r[3], [r[1], r[2]], r[4], r[10], r[11], r[13], r[12]) for r in rows]

    write_expected(name, {
        "source": (
            "Imitates a police force's HMICFRS recommendations/AFI register as exported to CSV for a joint audit "
            "committee or PCC accountability board (e.g. City of London Police 'HMICFRS update' reports with RAG "
            "status, Northamptonshire OPCC HMIC updates). Wiltshire Police's PEEL 2023-25 report (published 2024; "
            "requires improvement in responding to the public, investigating crime, protecting vulnerable people "
            "and treating the public fairly) is real; the AFI wording is written in HMICFRS style, not quoted. "
            "Copied features: title and extract lines above the header, export-style repetition of the AFI ref, "
            "PEEL question and AFI text on every action row, dd/mm/yyyy due and revised due dates, a financial "
            "quarter and TBC as dates, RAG words including Complete and Not started, two officers joined by '&', "
            "a multi-line quoted action cell, and a totals line at the foot."),
        "reads": (
            "A flat CSV export: two title lines, a header, then one row per action carrying its PEEL question and "
            "area for improvement, owner, due and revised due dates, RAG and latest update, and a summary line at "
            "the end. Nine actions under six areas for improvement."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 4. Leeds College of Building - Ofsted PIAP with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def leeds_building():
    name = "zbg-leeds-college-of-building-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = "Leeds College of Building – Post-Inspection Action Plan (PIAP)"
    c["A1"].font = Font(bold=True, size=16)
    c["A2"] = "Response to Ofsted inspection findings"
    c["A2"].font = Font(bold=True, size=13)
    c["A3"] = ("Ofsted further education and skills inspection, March 2024 – report published 25 April 2024 – "
               "Overall effectiveness: Requires improvement")
    c["A5"] = "Document control"
    c["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Approved by / reported to"], start=1):
        cc = c.cell(6, j, h)
        cc.font = Font(bold=True)
        cc.fill = fill(GREY)
    for i, rowv in enumerate([
        ("1.0", dt.datetime(2024, 5, 21), "Vice Principal Quality and Curriculum", "Corporation, 4 June 2024"),
        ("1.1", dt.datetime(2024, 11, 12), "Head of Quality", "Quality and Standards Committee, 26 November 2024"),
        ("1.2", dt.datetime(2025, 3, 4), "Head of Quality", "Quality and Standards Committee, 18 March 2025"),
        ("1.3", dt.datetime(2025, 6, 17), "Head of Quality", "Quality and Standards Committee, 1 July 2025"),
    ], start=7):
        for j, v in enumerate(rowv, start=1):
            cc = c.cell(i, j, v)
            if isinstance(v, dt.datetime):
                cc.number_format = "dd/mm/yyyy"
    c.column_dimensions["A"].width = 12
    c.column_dimensions["B"].width = 14
    c.column_dimensions["C"].width = 40
    c.column_dimensions["D"].width = 50

    p = wb.create_sheet("PIAP")
    for k, v in {"A": 7, "B": 60, "C": 30, "D": 14, "E": 14, "F": 55, "G": 9}.items():
        p.column_dimensions[k].width = v
    p["A1"] = "Leeds College of Building – Post-Inspection Action Plan 2024–26"
    p["A1"].font = Font(bold=True, size=13)
    p.merge_cells("A1:G1")
    p["A2"] = "Progress position: June 2025"
    p.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Lead", "Original target date", "Revised target date", "Progress update (June 2025)",
           "RAG"]
    for j, h in enumerate(hdr, start=1):
        cc = p.cell(3, j, h)
        cc.font = Font(bold=True, color="FFFFFFFF")
        cc.fill = fill(NAVY)
        cc.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    rows = [
        ("afi", "AFI 1: Improve students’ attendance and punctuality, and make sure that students are ready to "
                "learn when they arrive at lessons."),
        ("act", "1.1", "Launch the ‘Ready to Build’ attendance campaign with daily first-period registers checked "
                       "by curriculum managers and same-day contact with parents and employers.",
         "Assistant Principal Student Experience", D(2024, 9, 30), None,
         "Campaign launched September 2024. Attendance 16–18 up from 84% to 88%.", "G"),
        ("act", "1.2", "Introduce punctuality lock-out and catch-up sessions for persistent late arrivals in "
                       "construction craft areas.",
         "Heads of Department", D(2024, 11, 29), D(2025, 1, 31), "Implemented in all craft areas January 2025.",
         "B"),
        ("act", "1.3", "Set attendance targets for each department and review them at monthly performance "
                       "meetings with the Principal.",
         "Vice Principal Quality and Curriculum", D(2024, 10, 31), None, "Targets set; monthly reviews in place.",
         "B"),
        ("afi", "AFI 2: Strengthen oversight of provision so that leaders are assured that students and apprentices "
                "make good progress, including apprentices who need to achieve English and mathematics "
                "qualifications before end-point assessment."),
        ("act", "2.1", "Introduce a monthly apprenticeship progress review that flags apprentices without English and "
                       "mathematics qualifications 12 months before their planned end date.",
         "Director of Apprenticeships", D(2024, 12, 20), None, "Review in place from December 2024.", "B"),
        ("act", "2.2", "Replace the current progress tracker with a single ProSolution dashboard for curriculum "
                       "managers and heads of department.",
         "Head of MIS; Director of Apprenticeships", D(2025, 7, 31), "Febuary 2026",
         "Supplier delays to ProSolution upgrade; pilot in Civil Engineering.", "A"),
        ("act", "2.3", "Train heads of department in using progress data to plan interventions.",
         "Head of Quality", D(2025, 3, 31), None, "Two sessions delivered; remaining staff in September.", "A"),
        ("afi", "AFI 3: Make sure that managers follow up improvement actions identified through quality assurance "
                "activities and evaluate their impact."),
        ("act", "3.1", "Revise the quality assurance calendar so that every learning walk and deep dive produces "
                       "actions with owners and dates, logged on the quality improvement log.",
         "Head of Quality", D(2024, 10, 31), None, "Calendar and log in use.", "B"),
        ("act", "3.2", "Report the impact of quality improvement actions to each Quality and Standards Committee.",
         "Vice Principal Quality and Curriculum", D(2025, 3, 31), None, "First impact report March 2025.", "G"),
    ]
    r = 4
    refuse_row = None
    n_actions = 0
    for row in rows:
        if row[0] == "afi":
            cc = p.cell(r, 1, row[1])
            cc.font = Font(bold=True)
            cc.fill = fill(GREY)
            cc.alignment = Alignment(wrap_text=True)
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            p.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, orig, rev, upd, rag = row
            for j, v in enumerate([ref, text, lead, orig, rev, upd, rag], start=1):
                cc = p.cell(r, j, v)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cc.number_format = "mmm-yy"
            p.cell(r, 7).fill = fill({"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}[rag])
            if rev == "Febuary 2026":
                refuse_row = r
            n_actions += 1
        r += 1

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, m, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                     ("A", "Some delay – revised date agreed", AMBER),
                                     ("R", "Off track", RED)], start=2):
        k.cell(i, 1, l).fill = fill(col)
        k.cell(i, 2, m)
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a general FE college post-inspection action plan as reported to a corporation's quality and "
            "standards committee. Leeds College of Building was judged Requires improvement by Ofsted in a report "
            "published 25 April 2024 (attendance, punctuality and readiness to learn; oversight of apprentices' "
            "progress including English and maths before end-point assessment; following up quality assurance "
            "actions and evaluating impact - South Leeds Life report); the three AFIs paraphrase those findings. "
            "Copied features: Cover sheet with title block and document-control table, PIAP sheet with merged "
            "title, progress-position line, grey merged AFI rows above numbered actions, original and revised "
            "target dates, progress update and a RAG letter with matching fill, and a separate Key sheet."),
        "reads": (
            "A three-sheet PIAP with eight actions under three Ofsted areas for improvement. Action 2.2 on the PIAP "
            "sheet has its revised target date typed as 'Febuary 2026', a misspelt month in the end cell that a "
            "careful reader would query before recording the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Leeds College of Building – Post-Inspection Action Plan (PIAP)",
    })
    return name, n_actions


# ---------------------------------------------------------------------------
# 5. Caerleon Comprehensive School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def caerleon():
    name = "zbg-caerleon-comprehensive-school-estyn-post-inspection-action-plan.docx"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Caerleon Comprehensive School – Post-Inspection Action Plan", level=0)
    d.add_paragraph("Response to the Estyn core inspection of 4–7 November 2024 (report published 14 January 2025)")

    cov = d.add_table(rows=0, cols=2)
    cov.style = "Table Grid"
    for k, v in [("Headteacher", "Ms Catrin Howells"),
                 ("Chair of Governors", "Mr David Pask"),
                 ("Local authority / EAS link", "EAS Challenge Adviser – Newport cluster"),
                 ("Plan approved by governing body", "25 February 2025"),
                 ("Progress reviewed", "Termly by the Curriculum and Standards Committee")]:
        r = cov.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True

    d.add_paragraph().add_run("Estyn recommendations").bold = True
    R = [
        "R1 Improve attendance, particularly of pupils eligible for free school meals",
        "R2 Strengthen the quality of teaching and assessment so that it challenges all pupils to make strong "
        "progress",
        "R3 Improve the co-ordination and progressive development of pupils’ literacy and numeracy skills across "
        "the curriculum",
        "R4 Sharpen self-evaluation so that leaders focus precisely on the impact of provision on pupils’ learning",
    ]
    for x in R:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph("RAG key (progress at March 2025): B – completed; G – on track; A – some slippage; "
                    "R – not on track")

    plan = {
        R[0]: ([
            ("1.1", "Appoint a Family Engagement Officer to work with the families of persistent absentees, "
                    "prioritising pupils eligible for free school meals.",
             "Attendance of eFSM pupils rises from 84.1% to at least 88%.", "Headteacher", "Spring term 2025", "B",
             ["Headteacher"], "2025-04", "Spring term 2025", "blue"),
            ("1.2", "Introduce a staged attendance response (first-day calling, mentor contact at 92%, home visit "
                    "at 90%) and train form tutors in its use.",
             "Persistent absence falls below 20%; all tutors apply the stages consistently.",
             "AHT (Wellbeing) / Education Welfare Officer", "Summer term 2025", "G",
             ["AHT (Wellbeing)", "Education Welfare Officer"], "2025-07", "Summer term 2025", "green"),
            ("1.3", "Review the rewards and recognition scheme for attendance with the School Council.",
             "Pupil voice shows the scheme is valued by most pupils.", "DHT (Pastoral)", "Autumn term 2025", "A",
             ["DHT (Pastoral)"], "2025-12", "Autumn term 2025", "amber"),
        ], "Monitoring: attendance data reviewed fortnightly by SLT; termly report to the Pupil Welfare Committee."),
        R[1]: ([
            ("2.1", "Deliver a programme of professional learning on questioning and challenge, led by the "
                    "school’s lead practitioners, with coaching triads for all teaching staff.",
             "Learning walks show effective challenge in most lessons.", "DHT (Teaching and Learning)",
             "Jan 2025 – July 2025", "G",
             ["DHT (Teaching and Learning)"], "2025-07", "Jan 2025 – July 2025", "green"),
            ("2.2", "Revise the assessment policy so that feedback in all departments identifies precise next steps "
                    "and pupils respond to them.\nDepartments to pilot the revised approach in Years 7 and 8 before "
                    "whole-school roll-out.",
             "Book looks show pupils acting on feedback in most subjects.", "AHT (Curriculum and Assessment)",
             "April 2025", "B",
             ["AHT (Curriculum and Assessment)"], "2025-04", None, "blue"),
            ("2.3", "Carry out joint learning walks and book looks with the EAS challenge adviser each half term to "
                    "evaluate the impact on pupils’ progress.",
             "Joint evaluations agree with the school’s own judgements.", "SLT; EAS Challenge Adviser",
             "Half-termly", "G",
             ["SLT", "EAS Challenge Adviser"], None, "Half-termly", "green"),
        ], "Monitoring: termly teaching and learning review reported to the Curriculum and Standards Committee."),
        R[2]: ([
            ("3.1", "Map opportunities for pupils to develop literacy and numeracy skills across the curriculum in "
                    "Years 7 to 9 and publish a skills progression framework.",
             "Framework in use in all departments; planning shows progression.",
             "Literacy Coordinator / Numeracy Coordinator", "Summer term 2025", "A",
             ["Literacy Coordinator", "Numeracy Coordinator"], "2025-07", "Summer term 2025", "amber"),
            ("3.2", "Introduce targeted reading interventions for pupils with reading ages more than two years below "
                    "their chronological age.",
             "At least 70% of pupils in the interventions improve their reading age by 12 months.", "ALNCo",
             "Ongoing", "G",
             ["ALNCo"], None, "Ongoing", "green"),
        ], "Monitoring: reading age tests each September and June."),
        R[3]: ([
            ("4.1", "Revise the self-evaluation calendar so that all quality assurance activities evaluate the impact "
                    "of teaching on pupils’ learning and progress.",
             "Self-evaluation report focuses on impact and identifies precise priorities.", "Headteacher",
             "31/03/2025", "B",
             ["Headteacher"], "2025-03", None, "blue"),
            ("4.2", "Provide training for middle leaders on writing department improvement plans with measurable "
                    "success criteria.",
             "All department plans for 2025–26 include measurable success criteria.",
             "DHT (Teaching and Learning)", "By July 2025", "R",
             ["DHT (Teaching and Learning)"], "2025-07", None, "red"),
        ], "Monitoring: governors’ link visits each term."),
    }
    actions = []
    for rec in R:
        d.add_heading(rec, level=1)
        acts, note = plan[rec]
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for cell, h in zip(tb.rows[0].cells, ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "RAG"]):
            cell.text = h
            cell.paragraphs[0].runs[0].bold = True
        for (ref, text, sc, lead, ts, rag, e_lead, e_end, e_end_text, e_status) in acts:
            cells = tb.add_row().cells
            cells[0].text = ref
            paras = text.split("\n")
            cells[1].text = paras[0]
            for ptxt in paras[1:]:
                cells[1].add_paragraph(ptxt)
            cells[2].text = sc
            cells[3].text = lead
            cells[4].text = ts
            cells[5].text = rag
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            actions.append(act(ref, [rec], text, e_lead, e_end, e_status, e_end_text))
        last = tb.add_row().cells
        m = last[0].merge(last[5])
        m.text = note
        m.paragraphs[0].runs[0].italic = True
        d.add_paragraph("")
    d.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a Welsh secondary school's post-inspection action plan written after an Estyn core "
            "inspection (Estyn reports close 'The school will draw up an action plan that shows how it is going "
            "to address the recommendations'; recommendations are numbered R1, R2...; Estyn follow-up guidance "
            "asks schools and the local authority/consortium for a single unified plan). Caerleon Comprehensive "
            "(Newport, EAS consortium) is a body not in the corpus; the inspection and its four recommendations "
            "are a plausible 2024-25 case. Copied features: title block, cover table (headteacher, chair, EAS link, "
            "approval date), bulleted list of the recommendations, a RAG key line using B/G/A/R, then one heading "
            "and one table per recommendation (Ref, Actions, Success criteria, Lead, Timescale, RAG) closed by a "
            "merged monitoring note row; school terms, a month range, 'Half-termly' and 'Ongoing' as timescales."),
        "reads": (
            "A Word plan with a cover table and the four Estyn recommendations listed, then a section per "
            "recommendation whose table lists numbered actions with success criteria, lead, timescale and a RAG "
            "letter, ending in a monitoring note. Ten actions, each read under its recommendation heading."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Caerleon Comprehensive School – Post-Inspection Action Plan",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Benenden School - ISI inspection action plan, plain text / tab-separated export (txt)
# ---------------------------------------------------------------------------
def benenden():
    name = "zbg-benenden-school-isi-inspection-action-plan.txt"
    title = "Benenden School – ISI Inspection Action Plan (Recommended Next Steps)"
    NS1 = ("Recommended next step 1: Leaders should ensure that the new assessment and tracking system is used "
           "consistently across all departments, so that teachers identify promptly those pupils who are not making "
           "the progress of which they are capable and adapt their teaching accordingly.")
    NS2 = ("Recommended next step 2: Leaders should further develop the relationships and sex education programme "
           "in the sixth form so that it responds more closely to pupils’ views about the topics they find most "
           "relevant.")
    NS3 = ("Recommended next step 3: Leaders should strengthen oversight of boarding house routines at weekends, so "
           "that the good practice seen in most houses is consistent across all houses.")
    HDR = "No.\tAction\tLead\tTimescale\tRAG\tEvidence / comment"
    lines = [
        title,
        "Inspection: 4–6 March 2025 | Report published: 3 April 2025 | All Standards met",
        "Plan owner: Head | Monitored by: Education Committee of Council | Last updated: 30 September 2025",
        "",
        "RAG key: Green = completed; Amber = in progress, on track; Red = behind schedule / at risk",
        "",
    ]
    actions = []

    def block(ns, acts):
        lines.append(ns)
        lines.append(HDR)
        for a in acts:
            ref, text_lines, lead, ts, rag, com, e_lead, e_end, e_end_text, e_status = a
            lines.append("\t".join([ref, text_lines[0], lead, ts, rag, com]))
            for cont in text_lines[1:]:
                lines.append("\t" + cont + "\t\t\t\t")
            actions.append(act(ref, [ns], "\n".join(text_lines), e_lead, e_end, e_status, e_end_text))
        lines.append("")

    block(NS1, [
        ("1.1", ["Deliver INSET on the new tracking system (iSAMS Assessment Manager) for all teaching staff, with "
                 "follow-up departmental sessions."],
         "Deputy Head (Academic)", "April 2025", "Green", "INSET 22 April 2025; attendance register held.",
         ["Deputy Head (Academic)"], "2025-04", None, "blue"),
        ("1.2", ["Review half-termly data drops with each department and record agreed interventions for pupils "
                 "flagged as below target."],
         "Heads of Department; Deputy Head (Academic)", "Half-termly", "Amber",
         "Reviews held for 14 of 17 departments in Summer term.",
         ["Heads of Department", "Deputy Head (Academic)"], None, "Half-termly", "amber"),
        ("1.3", ["Audit consistency of use across departments through work scrutiny and a pupil voice survey, "
                 "reporting findings to the Education Committee."],
         "Assistant Head (Teaching and Learning)", "Lent term 2026", "Amber", "Survey drafted.",
         ["Assistant Head (Teaching and Learning)"], "2026-03", "Lent term 2026", "amber"),
    ])
    block(NS2, [
        ("2.1", ["Survey Lower Sixth and Upper Sixth pupils on RSE content and delivery, and hold two focus groups "
                 "with the Sixth Form Council."],
         "Head of PSHE", "By end of Summer term 2025", "Green", "Survey response rate 71%; focus groups held in June.",
         ["Head of PSHE"], "2025-07", "By end of Summer term 2025", "blue"),
        ("2.2", ["Revise the Sixth Form RSE scheme of work in the light of pupil feedback and specialist input",
                 "(including sessions on healthy relationships, consent and online safety)."],
         "Head of PSHE / Head of Sixth Form", "Michaelmas term 2025", "Amber",
         "Draft scheme shared with Sixth Form Council.",
         ["Head of PSHE", "Head of Sixth Form"], "2025-12", "Michaelmas term 2025", "amber"),
        ("2.3", ["Evaluate the revised programme through an end-of-year pupil survey and report outcomes to Council."],
         "Head of Sixth Form", "July 2026", "", "",
         ["Head of Sixth Form"], "2026-07", None, "unrated"),
    ])
    block(NS3, [
        ("3.1", ["Introduce a common weekend duty checklist for all boarding houses, covering supervision rotas, "
                 "signing out and activities."],
         "Director of Boarding", "May 2025", "Green", "Checklist in use in all houses from 10 May 2025.",
         ["Director of Boarding"], "2025-05", None, "blue"),
        ("3.2", ["Carry out unannounced weekend visits to each house by a member of the Senior Leadership Team, "
                 "with findings reviewed at Boarding Committee."],
         "Senior Deputy Head", "Termly", "Amber", "Visits completed in five of eight houses.",
         ["Senior Deputy Head"], None, "Termly", "amber"),
        ("3.3", ["Review weekend staffing levels in the two largest houses and recruit additional resident graduate "
                 "assistants."],
         "Director of Boarding; Bursar", "Sept 2025", "Red", "One of two posts filled; re-advertised.",
         ["Director of Boarding", "Bursar"], "2025-09", None, "red"),
    ])
    lines.append("Summary at 30 September 2025: 9 actions – 3 Green, 4 Amber, 1 Red, 1 not yet started")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": (
            "Imitates the action plan an independent school keeps against the 'Recommended next steps' of an ISI "
            "inspection report under the September 2023 framework ('Leaders should...'), saved from Word as a "
            "tab-separated plain text file for governors. Benenden School (Kent, girls' boarding) is a body not in "
            "the corpus; the March 2025 inspection and its next steps are a plausible case. Copied features: title "
            "and inspection lines, owner/monitoring line, a RAG key that redefines Green as completed (no blue), "
            "each next step as a full-width line above its own header row and tab-separated actions, "
            "independent-school term names (Michaelmas, Lent, Summer), Termly/Half-termly timescales, a "
            "continuation line holding the rest of one action's text, a blank RAG, and a summary line."),
        "reads": (
            "A plain text plan: title block and RAG key, then three recommended next steps each followed by a small "
            "tab-separated table of actions with lead, timescale, RAG and comment. Nine actions; per the key Green "
            "means completed, and action 2.2 runs onto a second line."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Teesside University - Ofsted ITE inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def teesside():
    name = "zbg-teesside-university-ofsted-ite-improvement-plan.xlsx"
    wb = Workbook()
    o = wb.active
    o.title = "Overview"
    o["A1"] = "Teesside University ITE Partnership – Ofsted ITE Inspection Improvement Plan 2024–26"
    o["A1"].font = Font(bold=True, size=14)
    o["A2"] = "Initial teacher education: primary and secondary phases"
    o["A2"].font = Font(bold=True, size=12)
    info = [("Inspection", "Stage 1: 26–28 February 2024; Stage 2: 13–16 May 2024"),
            ("Primary phase", "Overall effectiveness: Good"),
            ("Secondary phase", "Overall effectiveness: Requires improvement"),
            ("Plan owner", "Head of Teacher Education"),
            ("Reviewed by", "ITE Strategic Partnership Board (termly)")]
    for i, (k, v) in enumerate(info, start=4):
        o.cell(i, 1, k).font = Font(bold=True)
        o.cell(i, 2, v)
    o["A10"] = "Status key"
    o["A10"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("Complete", "Blue", BLUE), ("On track", "Green", GREEN),
                                     ("Some slippage", "Amber", AMBER), ("Off track", "Red", RED),
                                     ("Not started", "No colour", None)], start=11):
        cc = o.cell(i, 1, k)
        if col:
            cc.fill = fill(col)
        o.cell(i, 2, v)
    o.column_dimensions["A"].width = 18
    o.column_dimensions["B"].width = 60

    p = wb.create_sheet("Improvement plan")
    for k, v in {"A": 7, "B": 58, "C": 30, "D": 16, "E": 40, "F": 14, "G": 45}.items():
        p.column_dimensions[k].width = v
    p["A1"] = "Teesside University ITE Partnership – Ofsted Improvement Plan"
    p["A1"].font = Font(bold=True, size=13)
    p.merge_cells("A1:G1")
    p["A2"] = "Updated for Partnership Board, 2 December 2025"
    p.merge_cells("A2:G2")
    for j, h in enumerate(["Ref", "Action", "Owner", "Completion by", "Success indicators", "Status",
                           "Commentary"], start=1):
        cc = p.cell(3, j, h)
        cc.font = Font(bold=True, color="FFFFFFFF")
        cc.fill = fill(NAVY)
    PH1, PH2 = "Primary phase", "Secondary phase"
    P1 = ("P1: Leaders should ensure that trainees’ training in early reading and phonics is consistently "
          "reinforced in placement schools, so that all trainees apply the partnership’s chosen approach with "
          "confidence.")
    P2 = ("P2: Leaders should refine the training for mentors so that all mentors give precise feedback that is "
          "linked to the ITE curriculum.")
    S1 = ("S1: Leaders should ensure that the centre-based curriculum in some subjects, including computing and "
          "design and technology, identifies the most important knowledge trainees need and sequences it so that "
          "trainees build their expertise over time.")
    S2 = ("S2: Leaders should strengthen quality assurance of school-based training so that they identify quickly "
          "where trainees are not receiving the intended curriculum, and act to address this.")
    S3 = ("S3: Leaders should make sure that trainees receive sufficient training in how to adapt their teaching "
          "for pupils with special educational needs and/or disabilities (SEND).")
    D = dt.datetime
    ST = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED, "Not started": None}
    rows = [
        ("phase", PH1), ("ip", P1),
        ("act", "P1.1", "Deliver a joint phonics training day for trainees and mentors using the partnership’s "
                        "chosen systematic synthetic phonics programme.",
         "Primary Programme Leader", D(2024, 9, 27), "All trainees observed teaching phonics by end of placement A.",
         "Complete", "Training day held 20 September 2024.",
         ["Primary Programme Leader"], "2024-09", None, "blue", [PH1, P1]),
        ("act", "P1.2", "Add an early reading focus to the weekly mentor meeting template for placement B.",
         "Primary Programme Leader; Partnership Manager", D(2025, 2, 28), "Templates show reading focus in 90% of "
         "weekly meetings.", "Complete", "Template revised and audited.",
         ["Primary Programme Leader", "Partnership Manager"], "2025-02", None, "blue", [PH1, P1]),
        ("ip", P2),
        ("act", "P2.1", "Introduce a mentor curriculum module with termly calibration of feedback using recorded "
                        "lesson extracts.",
         "Mentor Development Lead", "Termly", "Calibration shows consistent, curriculum-linked feedback.",
         "On track", "Two calibration sessions held; third booked for February.",
         ["Mentor Development Lead"], None, "Termly", "green", [PH1, P2]),
        ("phase", PH2), ("ip", S1),
        ("act", "S1.1", "Rewrite the computing and design and technology subject curricula, identifying the "
                        "core knowledge for each training block.",
         "Computing Subject Lead; D&T Subject Lead", D(2025, 3, 31), "Revised curricula approved by Curriculum Committee.",
         "Complete", "Approved 19 March 2025.",
         ["Computing Subject Lead", "D&T Subject Lead"], "2025-03", None, "blue", [PH2, S1]),
        ("act", "S1.2", "Sequence centre-based sessions so that subject knowledge taught at the university is "
                        "practised in school the following week.",
         "Secondary Programme Leader", "Dec 2024 – Jul 2025", "Trainee survey shows 85% see clear links.",
         "Some slippage", "Timetable clash with school INSET days; two sessions still to be resequenced.",
         ["Secondary Programme Leader"], "2025-07", "Dec 2024 – Jul 2025", "amber", [PH2, S1]),
        ("ip", S2),
        ("act", "S2.1", "Introduce link tutor quality assurance visits to every placement school in the first "
                        "four weeks of each placement.",
         "Partnership Manager", D(2025, 10, 31), "100% of placements visited within four weeks.",
         "On track", "On track for autumn placements.",
         ["Partnership Manager"], "2025-10", None, "green", [PH2, S2]),
        ("act", "S2.2", "Create an early-warning register of trainees not receiving the intended curriculum, "
                        "reviewed fortnightly by programme leaders.",
         "Secondary Programme Leader", D(2026, 1, 30), "Register in use; actions closed within 10 working days.",
         "Some slippage", "Register designed; data feed from placement system delayed.",
         ["Secondary Programme Leader"], "2026-01", None, "amber", [PH2, S2]),
        ("ip", S3),
        ("act", "S3.1", "Add a SEND strand to every subject curriculum, co-delivered with specialist schools in "
                        "the partnership.",
         "SEND Lead; Secondary Programme Leader", D(2026, 6, 30), "Trainee outcomes on SEND adaptation improve.",
         "Not started", "Scheduled for 2025–26 cohort, spring term.",
         ["SEND Lead", "Secondary Programme Leader"], "2026-06", None, "unrated", [PH2, S3]),
    ]
    actions = []
    r = 4
    for row in rows:
        if row[0] == "phase":
            cc = p.cell(r, 1, row[1])
            cc.font = Font(bold=True, size=12)
            cc.fill = fill("FFBDD7EE")
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "ip":
            cc = p.cell(r, 1, row[1])
            cc.font = Font(bold=True)
            cc.fill = fill(GREY)
            cc.alignment = Alignment(wrap_text=True)
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            p.row_dimensions[r].height = 32
        else:
            ref, text, owner, when, succ, status, com = row[1:8]
            e_lead, e_end, e_end_text, e_status, e_under = row[8:13]
            for j, v in enumerate([ref, text, owner, when, succ, status, com], start=1):
                cc = p.cell(r, j, v)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cc.number_format = "mmm yyyy"
            if ST[status]:
                p.cell(r, 6).fill = fill(ST[status])
            actions.append(act(ref, e_under, text, e_lead, e_end, e_status, e_end_text))
        r += 1
    r += 1
    p.cell(r, 1, "Summary").font = Font(bold=True)
    for k, n in [("Complete", 3), ("On track", 2), ("Some slippage", 2), ("Not started", 1), ("Total", 8)]:
        r += 1
        p.cell(r, 2, k)
        p.cell(r, 3, n)
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a university ITE partnership's improvement plan after an Ofsted initial teacher education "
            "inspection under the 2020 ITE framework (two-stage inspection, phase judgements, 'What does the ITE "
            "partnership need to do to improve?' points such as 'Leaders should ensure that...'), as taken to a "
            "partnership board. Teesside University has no ITE improvement plan in the corpus; the 2024 "
            "inspection and its points are a plausible case. Copied features: Overview sheet with title block, "
            "inspection dates, phase judgements, owner and a Status key mapping words to colours (Some slippage = "
            "Amber, Complete = Blue); plan sheet with merged title and update line, blue phase band rows, grey "
            "merged improvement-point rows above referenced actions, completion dates as dates, a month range "
            "and 'Termly', a Status word with matching fill, and a summary block at the foot."),
        "reads": (
            "A two-sheet workbook: an overview and key, then the plan grouping actions by phase (Primary, "
            "Secondary) and by Ofsted improvement point, each action with owner, completion date, success "
            "indicators, status and commentary. Eight actions; 'Some slippage' reads as amber by the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Teesside University ITE Partnership – Ofsted ITE Inspection Improvement Plan 2024–26",
        "actions": actions,
    })
    return name, len(actions)


def main():
    made = []
    for fn in (belmarsh, cheshire, wiltshire, leeds_building, caerleon, benenden, teesside):
        made.append(fn())
    for n, k in made:
        print(f"{k:3d} actions  {n}")


if __name__ == "__main__":
    main()
