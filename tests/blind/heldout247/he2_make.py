#!/usr/bin/env python3
"""Build the seven he2- blind cases (set heldout247) and their expected readings.

Run with /work/main/.venv/bin/python he2_make.py (openpyxl, python-docx, pyyaml).
Each case's data lives in one structure below, from which both the data file and
NAME.expected.yaml are written, so the expected text is the file's text exactly.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000",
    "head": "1F3864", "theme": "D9E1F2", "afi": "F2F2F2", "grey": "BFBFBF",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL.get(name, name), end_color=FILL.get(name, name))


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    out = {}
    out["source"] = meta["source"]
    out["reads"] = meta["reads"]
    out["outcome"] = meta["outcome"]
    out["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        out["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        out["title"] = meta["title"]
    if meta["outcome"] == "read":
        out["actions"] = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out["actions"].append(e)
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Kirklees Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def kirklees():
    name = "he2-kirklees-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = ("Kirklees Council – Adult Social Care Improvement Plan "
             "(CQC Local Authority Assessment)")
    # (theme, afi, [actions])
    # action: ref, text, lead cell, leads, orig (cell value), revised (cell value),
    #         prev RAG, current RAG, progress, measure, end, end_text
    plan = [
        ("Theme 1: Working with people", [
            ("Area for improvement 1 – People wait too long for Care Act assessments and "
             "reviews (quality statement: Assessing needs)", [
                ("1.1", "Introduce a single duty and triage function at the front door so that "
                        "people with urgent needs are identified within two working days of contact.",
                 "Head of Access and Early Support", ["Head of Access and Early Support"],
                 d(2025, 6, 30), d(2025, 9, 30), "A", "B",
                 "Triage model live from 1 September 2025; 96% of new contacts triaged within two "
                 "working days in September.",
                 "Contacts triaged within 2 working days (target 95%)", "2025-09", None),
                ("1.2", "Clear the backlog of overdue annual reviews, prioritising people in receipt "
                        "of 24-hour care and people with no review for more than two years.",
                 "Head of Adult Social Care Operations / Principal Social Worker",
                 ["Head of Adult Social Care Operations", "Principal Social Worker"],
                 d(2026, 3, 31), None, "A", "A",
                 "Overdue reviews down from 2,140 to 1,610. Agency review team extended to "
                 "March 2026; trajectory is behind plan by around 150 reviews.",
                 "Overdue reviews (target below 800)", "2026-03", None),
            ]),
            ("Area for improvement 2 – Unpaid carers do not consistently receive a timely "
             "carer’s assessment (quality statement: Supporting people to live healthier lives)", [
                ("2.1", "Co-produce a refreshed All-Age Carers Strategy with unpaid carers and "
                        "voluntary sector partners.",
                 "Service Manager – Commissioning (Carers)",
                 ["Service Manager – Commissioning (Carers)"],
                 d(2025, 12, 31), "Mar-26", "G", "A",
                 "Engagement events held in Huddersfield, Dewsbury and Batley. Draft strategy "
                 "delayed to allow a second round of engagement with young carers.",
                 "Strategy agreed by Cabinet", "2026-03", None),
                ("2.2", "Commission an outreach offer so that carer’s assessments can be completed by "
                        "the voluntary sector on the council’s behalf.",
                 "Head of Commissioning, Quality and Performance",
                 ["Head of Commissioning, Quality and Performance"],
                 d(2026, 3, 31), None, "G", "G",
                 "Specification drafted and market engagement completed in August 2025.",
                 "Carer’s assessments completed within 28 days", "2026-03", None),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Area for improvement 3 – Home care capacity is limited in rural parts of the "
             "district (quality statement: Care provision, integration and continuity)", [
                ("3.1", "Re-procure the home care framework on a zoned basis, with enhanced rates for "
                        "rural zones in the Holme Valley and Colne Valley.",
                 "Head of Commissioning, Quality and Performance",
                 ["Head of Commissioning, Quality and Performance"],
                 d(2025, 11, 30), None, "G", "R",
                 "Tender paused following legal challenge to the lot structure; revised timetable "
                 "to be taken to the Adults Improvement Board in November.",
                 "Unmet home care hours per week", "2025-11", None),
            ]),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("Area for improvement 4 – Safeguarding enquiries are not always completed in a timely "
             "way (quality statement: Safeguarding)", [
                ("4.1", "Implement a daily safeguarding hub screening meeting with police and health "
                        "partners.",
                 "Head of Safeguarding and Quality Assurance",
                 ["Head of Safeguarding and Quality Assurance"],
                 d(2025, 5, 31), None, "G", "B",
                 "Daily screening meeting in place since May 2025 with West Yorkshire Police and "
                 "the ICB safeguarding team.",
                 "Section 42 decisions made within 2 working days", "2025-05", None),
                ("4.2", "Audit 40 closed section 42 enquiries each quarter and report findings to the "
                        "Kirklees Safeguarding Adults Board.",
                 "Principal Social Worker; Safeguarding Adults Board Business Manager",
                 ["Principal Social Worker", "Safeguarding Adults Board Business Manager"],
                 d(2025, 7, 31), d(2026, 1, 31), "R", "A",
                 "First quarterly audit completed (38 cases). Audit tool revised after feedback "
                 "from the Board; second audit under way.",
                 "Audits rated good or better (target 70%)", "2026-01", None),
            ]),
            ("Area for improvement 5 – Young people moving from children’s to adult services "
             "experience delays (quality statement: Safe systems, pathways and transitions)", [
                ("5.1", "Establish a Preparing for Adulthood panel to track every young person with "
                        "likely eligible needs from age 14.",
                 "Service Director – Adult Social Care Operations / Service Director – Family "
                 "Support and Child Protection",
                 ["Service Director – Adult Social Care Operations",
                  "Service Director – Family Support and Child Protection"],
                 d(2026, 4, 30), None, None, "G",
                 "New action added in Q2. Panel terms of reference agreed; first meeting "
                 "October 2025.",
                 "Young people with a transition plan by 17½", "2026-04", None),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Area for improvement 6 – Leaders do not yet have consistent performance information "
             "to oversee risk (quality statement: Governance, management and sustainability)", [
                ("6.1", "Launch a monthly adult social care performance dashboard covering waiting "
                        "lists, reviews, safeguarding timeliness and direct payments uptake.",
                 "Head of Business Intelligence (Adults)",
                 ["Head of Business Intelligence (Adults)"],
                 "Q3 2025/26", None, "A", "G",
                 "Power BI dashboard in test with service managers; go-live planned for "
                 "December 2025.",
                 "Dashboard used at every Adults Leadership Team meeting", "2025-12", None),
                ("6.2", "Refresh the Adults Improvement Board terms of reference to include two people "
                        "with lived experience and a carer representative.",
                 "Strategic Director – Adults and Health",
                 ["Strategic Director – Adults and Health"],
                 d(2025, 6, 30), None, "B", "B",
                 "Terms of reference agreed June 2025; three experts by experience now attend.",
                 "Board membership", "2025-06", None),
            ]),
        ]),
    ]
    ragname = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}

    wb = Workbook()
    # Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Directorate:", "Adults and Health"),
            ("Plan owner:", "Strategic Director – Adults and Health"),
            ("CQC assessment report published:", "15 November 2024"),
            ("Overall rating:", "Requires improvement"),
            ("Reporting period:", "Quarter 2 2025/26 (July – September 2025)")]
    for i, (k, v) in enumerate(info, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A9"] = "Document control"
    ws["A9"].font = Font(bold=True, size=12)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", d(2025, 1, 17), "ASC Improvement Lead", "Plan agreed by Adults Improvement Board"),
          ("1.3", d(2025, 7, 15), "ASC Improvement Lead",
           "Q1 progress added; revised target dates agreed for 1.1 and 4.2"),
          ("1.4", d(2025, 10, 14), "ASC Improvement Lead", "Q2 progress added; action 5.1 added")]
    for r, row in enumerate(dc, start=10):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    style_header(ws, 10, 4)
    ws["A15"] = "RAG key"
    ws["A15"].font = Font(bold=True, size=12)
    key = [("B", "blue", "Complete – evidence of impact accepted by the Adults Improvement Board"),
           ("G", "green", "On track to deliver by the target date"),
           ("A", "amber", "Some slippage – recovery action in place"),
           ("R", "red", "Off track – escalated to the Adults Improvement Board")]
    for r, (k, col, txt) in enumerate(key, start=16):
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 60

    # Summary
    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of progress – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=12)
    counts = {}
    for _, afis in plan:
        for _, acts in afis:
            for a in acts:
                counts[a[7]] = counts.get(a[7], 0) + 1
    rows = [("Current RAG", "Number of actions")]
    for k, label in (("B", "Blue – complete"), ("G", "Green – on track"),
                     ("A", "Amber – some slippage"), ("R", "Red – off track")):
        rows.append((label, counts.get(k, 0)))
    rows.append(("Total", sum(counts.values())))
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v).border = BOX
    style_header(ws, 3, 2)
    ws.cell(row=8, column=1).font = Font(bold=True)
    ws["A10"] = ("Areas rated red are reported by exception to the Health and Adult Social Care "
                 "Scrutiny Panel.")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 20

    # Plan
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 30 September 2025 – for Health and Adult Social Care Scrutiny Panel"
    heads = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
             "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update", "Measure of impact"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(heads))
    r = 5
    actions = []
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("theme")
        r += 1
        for afi, acts in afis:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1, value=afi).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = fill("afi")
            ws.cell(row=r, column=1).alignment = WRAP
            r += 1
            for (ref, text, leadcell, leads, orig, rev, prev, cur, prog, meas, end, etext) in acts:
                vals = [ref, text, leadcell, orig, rev, prev, cur, prog, meas]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, v in ((6, prev), (7, cur)):
                    if v:
                        ws.cell(row=r, column=c).fill = fill(ragname[v])
                        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
                actions.append(dict(ref=ref, under=[theme, afi], action=text, lead=leads,
                                    end=end, end_text=etext, status=ragname[cur]))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: revised target dates are agreed by the Adults Improvement "
                                    "Board; original dates are kept for transparency."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 55, 32, 13, 13, 11, 11, 50, 32)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, name))

    write_expected(name, dict(
        source=("Imitates a council adult social care improvement plan written after a CQC local "
                "authority assessment (Kirklees Council, 2024-25 assessment; plans of this kind "
                "published with Cabinet / scrutiny reports in 2025, e.g. B&NES ASC Improvement Plan "
                "progress update). Copies: cover sheet with document-control table and RAG key, "
                "a summary/totals sheet before the plan, themes from the CQC framework as merged "
                "fill rows, area-for-improvement rows naming the quality statement above numbered "
                "actions, original and revised target dates, previous and current RAG letters with "
                "fill colours, a note line under the table."),
        reads=("Three sheets: a cover (document control, RAG key), a summary of counts by RAG, and "
               "the plan. The plan has four CQC themes, each with one or two areas for improvement "
               "and ten numbered actions, each with a lead post, an original and sometimes a revised "
               "date (revised date is the end) and a Q1 and Q2 RAG (Q2 is the status)."),
        outcome="read", title=title), actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Cornwall FRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def cornwall():
    name = "he2-cornwall-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = "Cornwall Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    plan = [
        ("Raising concerns", [
            ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure staff have "
             "a confidential route to raise concerns and know how the whistleblowing process works.", [
                ("1.1", "Introduce an independent confidential reporting line and promote it at every "
                        "station and through the intranet.",
                 "Head of People", ["Head of People"], d(2023, 9, 30), "blue",
                 "Reporting line live from September 2023; 14 reports received in 2024."),
                ("1.2", "Refresh the whistleblowing policy with fire-specific guidance and brief all "
                        "watch managers.",
                 "Group Manager – Organisational Development",
                 ["Group Manager – Organisational Development"], d(2023, 12, 31), "blue",
                 "Policy approved by Cornwall Council in November 2023; briefings complete."),
            ]),
            ("Recommendation 3 – By 1 June 2023, chief fire officers should review the support "
             "available to those who raise concerns and act on any gaps found.", [
                ("3.1", "Establish a network of trained wellbeing and inclusion advocates to support "
                        "colleagues through the concerns process.",
                 "Area Manager – Prevention, Protection and Response / Wellbeing Lead",
                 ["Area Manager – Prevention, Protection and Response", "Wellbeing Lead"],
                 d(2025, 3, 31), "green",
                 "18 advocates trained; second cohort booked for February 2025."),
            ]),
        ]),
        ("Background checks", [
            ("Recommendation 9 – By 1 January 2024, chief fire officers should review background "
             "check arrangements and make sure DBS checks have been requested for all staff and "
             "volunteers according to their roles.", [
                ("9.1", "Complete standard DBS checks for all operational staff in post before "
                        "April 2024.",
                 "HR Business Partner (Fire)", ["HR Business Partner (Fire)"], d(2025, 3, 31), "amber",
                 "94% complete. Remaining checks are for on-call staff at rural stations; "
                 "additional ID verification sessions arranged."),
                ("9.2", "Introduce a three-yearly DBS renewal cycle and record renewal dates on the HR "
                        "system.",
                 "HR Business Partner (Fire)", ["HR Business Partner (Fire)"], "Ongoing", "green",
                 "Renewal field added to the HR system; first renewals fall due in 2027."),
            ]),
        ]),
        ("Misconduct", [
            ("Recommendation 15 – By 1 October 2023, chief fire officers should make sure misconduct "
             "allegations are handled by staff who are trained and independent of the case.", [
                ("15.1", "Train a pool of twelve investigating officers to the NFCC standard, drawn "
                         "from outside the reporting line of each case.",
                 "Head of People", ["Head of People"], d(2024, 6, 30), "blue",
                 "Twelve investigating officers trained by June 2024."),
                ("15.2", "Agree a reciprocal arrangement with a neighbouring fire and rescue service "
                         "for independent investigation of cases involving senior officers.",
                 "Deputy Chief Fire Officer", ["Deputy Chief Fire Officer"], d(2024, 12, 31), "red",
                 "Draft memorandum of understanding delayed by legal review; now expected "
                 "April 2025."),
            ]),
        ]),
        ("Leadership and development", [
            ("Recommendation 29 – By 1 March 2024, chief fire officers should put in place 360-degree "
             "feedback for all middle and senior managers.", [
                ("29.1", "Launch 360-degree feedback for all station managers and above through the "
                         "leadership development programme.",
                 "Group Manager – Organisational Development",
                 ["Group Manager – Organisational Development"], d(2024, 3, 31), "blue",
                 "All 41 eligible managers completed feedback by March 2024."),
                ("29.2", "Extend 360-degree feedback to crew and watch managers and use the results in "
                         "personal development reviews.",
                 "Group Manager – Organisational Development; Station Manager – Training",
                 ["Group Manager – Organisational Development", "Station Manager – Training"],
                 d(2025, 9, 30), "green",
                 "Pilot with 20 watch managers completed; roll-out planned for spring 2025."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Spotlight report: Values and culture in fire and rescue services "
                "(published 30 March 2023)")
    ws["A3"] = "Position at 31 December 2024"
    heads = ["Action ref", "HMICFRS recommendation", "CFRS action", "Action owner", "Target date",
             "Status", "Progress update"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(heads))
    r = 6
    actions = []
    counts = {}
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("theme")
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, text, leadcell, leads, target, rag, prog) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=leadcell)
                tc = ws.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(rag)
                ws.cell(row=r, column=7, value=prog)
                for c in range(1, 8):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BOX
                end = target.strftime("%Y-%m") if isinstance(target, dt.datetime) else None
                etext = None if isinstance(target, dt.datetime) else target
                actions.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                                    end_text=etext, status=rag))
                counts[rag] = counts.get(rag, 0) + 1
                r += 1
            ws.cell(row=first, column=2, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    for label, key in (("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                       ("Target date missed", "red")):
        ws.cell(row=r, column=2, value=label).fill = fill(key)
        ws.cell(row=r, column=3, value=counts.get(key, 0))
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value=("Recommendations for national bodies (for example the NFCC and "
                                    "the LGA) are not included in this tracker."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (10, 48, 50, 30, 12, 9, 50)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Key")
    ws2["A1"] = "Status key (cell colour)"
    ws2["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate((("blue", "Complete"), ("green", "On track"),
                                    ("amber", "At risk of missing target date"),
                                    ("red", "Target date missed")), start=2):
        ws2.cell(row=i, column=1).fill = fill(col)
        ws2.cell(row=i, column=2, value=txt)
    ws2.column_dimensions["B"].width = 34
    wb.save(os.path.join(HERE, name))

    write_expected(name, dict(
        source=("Imitates a fire and rescue service's tracker of the HMICFRS spotlight report "
                "'Values and culture in fire and rescue services' (March 2023) as reported to an "
                "authority / scrutiny committee in 2023-25 (cf. Derbyshire FRS GPWG report Nov 2023, "
                "RBFRS and Kent FRS recommendation pages). Body: Cornwall Fire and Rescue Service "
                "(Cornwall Council). Copies: title block with report and position date, theme rows "
                "merged across, the HMICFRS recommendation text (with its own deadline) in a cell "
                "merged down over its actions, numbered service actions, status shown only by cell "
                "fill colour with the key on a second sheet, a summary/totals block and a note line."),
        reads=("One tracker sheet: four themes, each with one or two HMICFRS recommendations, and "
               "nine numbered actions with an owner, a target date (one 'Ongoing') and a status "
               "given only by the fill colour of the Status cell (blue complete, green on track, "
               "amber at risk, red missed). The date inside the recommendation text is HMICFRS's "
               "deadline, not the action's."),
        outcome="read", title=title), actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Southampton City Council - RSH consumer standards housing improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def southampton():
    name = ("he2-southampton-city-council-rsh-consumer-standards-housing-improvement-plan-"
            "typo-month-refuse.xlsx")
    title = ("Southampton City Council – Housing Services Improvement Plan "
             "(Regulator of Social Housing Consumer Standards)")
    plan = [
        ("Safety and Quality Standard", [
            ("Incomplete stock condition data: around 40% of homes have no survey in the last "
             "five years", [
                ("SQ1", "Complete stock condition surveys, including an HHSRS assessment, for all "
                        "homes not surveyed since April 2020.",
                 "Head of Housing Asset Management", "Mar 2026", 0.55, "Amber",
                 "6,900 of 12,400 surveys complete; second survey contractor mobilised."),
                ("SQ2", "Load survey data into the asset management system and report a Decent "
                        "Homes baseline to Cabinet.",
                 "Head of Housing Asset Management", "Jun 2026", 0.10, "Green",
                 "Data cleansing of first 5,000 records under way."),
            ]),
            ("Overdue fire risk assessment actions in high-rise blocks", [
                ("SQ3", "Clear all overdue high-risk fire safety remedial actions across the "
                        "council’s 19 tower blocks.",
                 "Building Safety Manager", "Dec 2025", 0.70, "Amber",
                 "412 of 590 overdue actions closed; fire door programme behind schedule."),
                ("SQ4", "Introduce monthly ‘big six’ compliance reporting to the Housing "
                        "Improvement Board.",
                 "Compliance Manager", "Jul 2025", 1.0, "Complete",
                 "First report presented July 2025; see Compliance dashboard sheet."),
            ]),
            ("Damp and mould cases are not tracked to resolution", [
                ("SQ5", "Implement a damp and mould case-management module with a 10 working day "
                        "survey target, in readiness for Awaab’s Law.",
                 "Repairs Service Manager", "Febuary 2026", 0.35, "Green",
                 "Module configured; staff training scheduled for January."),
            ]),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("Tenant Satisfaction Measures were not published on time", [
                ("TIA1", "Publish 2024/25 Tenant Satisfaction Measures with a tenant-friendly summary "
                         "on the council website.",
                 "Customer Insight Manager", "Sep 2025", 1.0, "Complete",
                 "Published 26 September 2025."),
                ("TIA2", "Recruit and train a Tenant Scrutiny Panel of at least ten members.",
                 "Tenant Engagement Manager", "Nov 2025", 0.60, "Green",
                 "Seven members recruited; training with TPAS booked."),
            ]),
        ]),
        ("Tenancy Standard", [
            ("Limited up-to-date information about tenants’ needs", [
                ("TEN1", "Carry out tenancy audit visits to all general needs tenancies over a "
                         "three-year cycle, starting with 3,000 homes in 2025/26.",
                 "Tenancy Services Manager", "Mar 2026", 0.30, "Green",
                 "910 visits completed; vulnerability data recorded at each visit."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to Regulatory Judgement – consumer grading C3 (published 9 April 2025)"
    ws["A3"] = "Update for the Tenant and Leaseholder Scrutiny Panel – October 2025"
    heads = ["No.", "Issue identified", "Improvement action", "Accountable officer", "Due",
             "% complete", "RAG", "Commentary"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(heads))
    r = 6
    refuse_row = None
    colour = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for std, issues in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value=std).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("theme")
        r += 1
        for issue, acts in issues:
            first = r
            for (ref, text, lead, due, pct, rag, comm) in acts:
                vals = [ref, None, text, lead, due, pct, rag, comm]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=6).number_format = "0%"
                ws.cell(row=r, column=7).fill = fill(colour[rag])
                if due.startswith("Febuary"):
                    refuse_row = r
                r += 1
            ws.cell(row=first, column=2, value=issue)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("RAG: Complete = action delivered and evidenced; Green = on "
                                    "track; Amber = at risk; Red = off track."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 34, 55, 30, 14, 11, 11, 48)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Compliance dashboard")
    ws2["A1"] = "Landlord health and safety compliance – position at 30 September 2025"
    ws2["A1"].font = Font(bold=True)
    rows = [("Compliance area", "Homes / blocks in scope", "Compliant", "% compliant", "Target"),
            ("Gas safety (LGSR)", 11830, 11802, 0.998, 1.0),
            ("Electrical safety (EICR within 5 years)", 12400, 9610, 0.775, 1.0),
            ("Fire risk assessments", 318, 301, 0.947, 1.0),
            ("Water hygiene (Legionella risk assessments)", 318, 286, 0.899, 1.0),
            ("Asbestos management surveys", 318, 318, 1.0, 1.0),
            ("Lift inspections (LOLER)", 64, 64, 1.0, 1.0)]
    for i, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            cell = ws2.cell(row=i, column=c, value=v)
            cell.border = BOX
            if c >= 4 and i > 3:
                cell.number_format = "0.0%"
    style_header(ws2, 3, 5)
    ws2.column_dimensions["A"].width = 44
    for col in "BCDE":
        ws2.column_dimensions[col].width = 16
    wb.save(os.path.join(HERE, name))

    write_expected(name, dict(
        source=("Imitates a stock-holding council's housing improvement plan answering a Regulator "
                "of Social Housing C3 consumer grading (the kind of plan published by councils "
                "graded C3 in 2024-25, e.g. those named by RSH in July 2025). Body: Southampton City "
                "Council. Copies: title block naming the judgement, consumer standards as merged "
                "section rows, the issue found by the regulator in a cell merged down over its "
                "actions, coded actions (SQ1, TIA1 ...), due month as typed text, % complete, RAG "
                "word with fill, commentary, a RAG note line and a separate compliance dashboard "
                "sheet of big-six figures."),
        reads=("A plan sheet with three consumer standards, regulator issues and eight coded "
               "actions with an accountable officer, a due month typed as text, % complete and a "
               "RAG word; a second sheet is a compliance dashboard, not actions. Action SQ5's due "
               "cell reads 'Febuary 2026', a mistyped month, so a careful reader stops there and "
               "asks what date was meant."),
        outcome="refuse", refuse_at=refuse_row, title=title))
    return name, 8


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def set_cell_lines(cell, text):
    """Write text with inner line breaks as separate paragraphs in a cell."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


# ---------------------------------------------------------------------------
# 4. Eryri National Park Authority - Audit Wales recommendations action plan (docx)
# ---------------------------------------------------------------------------
def eryri():
    name = "he2-eryri-national-park-authority-audit-wales-recommendations-action-plan.docx"
    title = "Audit Wales Recommendations – Action Plan and Progress Report"
    sections = [
        ("1. Governance of National Park Authorities in Wales (Audit Wales national report, "
         "April 2024)", [
            ("R1 Welsh Government, the unitary authorities and the National Park Authorities should "
             "work together to strengthen how members are nominated, inducted and supported, so that "
             "the specialist role of a National Park Authority member is recognised.", [
                ("1.1", "Introduce a tailored induction programme for all new members, including a "
                        "site visit programme and a session on the Park’s statutory purposes.",
                 "Democratic Services Manager", ["Democratic Services Manager"],
                 "September 2024", "2024-09", None,
                 "Delivered to six new members between June and September 2024.", "Complete"),
                ("1.2", "Agree a member development framework with an annual personal development "
                        "review for each of the 18 members.",
                 "Head of Corporate Services / Democratic Services Manager",
                 ["Head of Corporate Services", "Democratic Services Manager"],
                 "March 2025", "2025-03", None,
                 "Framework drafted and considered by the Member Working Group; reviews scheduled "
                 "for March.", "Green"),
            ]),
            ("R2 National Park Authorities should publish clear information on member attendance, "
             "training and the outcomes of decisions.", [
                ("1.3", "Publish member attendance and training records on the Authority’s website.",
                 "Democratic Services Manager", ["Democratic Services Manager"],
                 "Quarterly", None, "Quarterly",
                 "Records for Q1–Q3 2024/25 published.", "Green"),
            ]),
        ]),
        ("2. Setting of well-being objectives (local report, November 2023)", [
            ("R1 The Authority should involve a wider range of people, including those who do not "
             "currently visit the National Park, when it next sets its well-being objectives.", [
                ("2.1", "Commission targeted engagement with under-represented groups, including young "
                        "people and Welsh-speaking communities outside the Park boundary.",
                 "Head of Communications and Engagement", ["Head of Communications and Engagement"],
                 "Q2 2025/26", "2025-09", None,
                 "Brief agreed; procurement of an engagement partner slipped because of staff "
                 "absence.", "Amber"),
                ("2.2", "Publish a summary of how engagement findings shaped the revised well-being "
                        "objectives.",
                 "Head of Communications and Engagement", ["Head of Communications and Engagement"],
                 "March 2026", "2026-03", None,
                 "Depends on action 2.1.", "Not started"),
            ]),
        ]),
        ("3. Use of performance information: service user perspective and outcomes "
         "(local report, June 2023)", [
            ("R1 The Authority should strengthen the information it gives members on the outcomes of "
             "its services and the experience of service users.", [
                ("3.1", "Add outcome measures and visitor survey results to the quarterly performance "
                        "report to the Performance and Resources Committee.",
                 "Performance and Improvement Officer", ["Performance and Improvement Officer"],
                 "June 2025", "2025-06", None,
                 "Target revised from December 2024. Visitor survey contract delayed; first "
                 "results now due May 2025.", "Red"),
                ("3.2", "Report planning application and planning enforcement outcomes against the "
                        "national indicators twice a year.",
                 "Head of Planning and Land Management; Planning Enforcement Officer",
                 ["Head of Planning and Land Management", "Planning Enforcement Officer"],
                 "October 2025", "2025-10", None,
                 "First six-monthly report presented in October 2024.", "Green"),
            ]),
        ]),
    ]
    ragfill = {"Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000",
               "Not started": "FFFFFF"}
    ragstatus = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                 "Not started": "unrated"}

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = ("Awdurdod Parc Cenedlaethol Eryri | "
                                     "Eryri National Park Authority")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Audit and Scrutiny Committee – 7 March 2025")
    doc.add_paragraph("Report of the Head of Corporate Services")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(("Version", "Date", "Author", "Comment")):
        bold_cell(t.rows[0].cells[c], h)
    for row in (("0.1", "12/02/2025", "Performance and Improvement Officer", "First draft"),
                ("1.0", "26/02/2025", "Head of Corporate Services", "Agreed by Management Team")):
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v

    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "This report sets out the Authority’s response to the recommendations made by Audit Wales "
        "in its recent national and local reports, and the progress made against each action. "
        "The Committee is asked to note progress and to agree the revised target date for "
        "action 3.1.")
    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    bold_cell(k.rows[0].cells[0], "Status")
    bold_cell(k.rows[0].cells[1], "Meaning")
    for w, m in (("Complete", "Action delivered"), ("Green", "On track"),
                 ("Amber", "Some slippage – expected to recover"),
                 ("Red", "Off track – Committee asked to agree a revised date"),
                 ("Not started", "Not yet due to start")):
        cells = k.add_row().cells
        cells[0].text = w
        cells[1].text = m
        shade(cells[0], ragfill[w])

    actions = []
    heads = ("Ref", "Action", "Responsible officer", "Timescale", "Progress at February 2025", "RAG")
    for sect, recs in sections:
        doc.add_heading(sect, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            bold_cell(t.rows[0].cells[c], h)
            shade(t.rows[0].cells[c], "D9E1F2")
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            bold_cell(m, rec)
            shade(m, "F2F2F2")
            for (ref, text, leadcell, leads, when, end, etext, prog, rag) in acts:
                cells = t.add_row().cells
                vals = (ref, text, leadcell, when, prog, rag)
                for c, v in enumerate(vals):
                    cells[c].text = v
                shade(cells[5], ragfill[rag])
                actions.append(dict(ref=ref, under=[sect, rec], action=text, lead=leads, end=end,
                                    end_text=etext, status=ragstatus[rag]))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(("Approved by", "Role", "Date")):
        bold_cell(s.rows[0].cells[c], h)
    for c, v in enumerate(("Management Team", "Chief Executive (Prif Weithredwr)", "26/02/2025")):
        s.rows[1].cells[c].text = v
    doc.save(os.path.join(HERE, name))

    write_expected(name, dict(
        source=("Imitates a Welsh public body's action plan and progress report on Audit Wales "
                "recommendations taken to its audit committee (cf. Bannau Brycheiniog NPA's Audit "
                "Wales action plan, 2021, and Audit Wales's April 2024 national report on "
                "governance of National Park Authorities). Body: Eryri National Park Authority, "
                "2025. Copies: bilingual page header, Title-style heading, committee and author "
                "lines, document-control table, RAG key table, one Word table per Audit Wales report "
                "under a numbered heading, each recommendation in a merged shaded row above its "
                "numbered actions, Timescale as month / quarter / 'Quarterly', RAG word with shading, "
                "sign-off table at the end."),
        reads=("Three Audit Wales reports, each a heading with its own table; in each table a merged "
               "row gives the recommendation (R1, R2 ...) and the rows under it are the Authority's "
               "actions with a responsible officer, timescale, progress and RAG. Seven actions in "
               "all; the document-control, key and sign-off tables are not the plan."),
        outcome="read", title=title), actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Cardiff Council - CIW adult services performance evaluation inspection action plan (docx)
# ---------------------------------------------------------------------------
def cardiff():
    name = "he2-cardiff-council-ciw-adult-services-performance-evaluation-action-plan.docx"
    title = ("Care Inspectorate Wales Performance Evaluation Inspection of Adult Services – "
             "Improvement Action Plan")
    plan = [
        ("1. People – voice and control", [
            ("Make sure people’s personal outcomes and what matters to them are consistently "
             "recorded in assessments and care and support plans.", [
                ("Relaunch ‘what matters’ conversation training for all social workers and community "
                 "care workers, with refresher sessions every six months.",
                 "Principal Social Worker", ["Principal Social Worker"], "March 2025", "2025-03", None,
                 "214 staff trained by March 2025; refresher sessions in the training calendar.",
                 "Complete"),
                ("Introduce a monthly practice audit of 30 case files, with findings reported to the "
                 "Adult Services Management Team.\nThe audit tool will check:\n"
                 "- recording of personal outcomes\n- the person’s own words\n- timeliness of review",
                 "Operational Manager – Quality Assurance; Principal Social Worker",
                 ["Operational Manager – Quality Assurance", "Principal Social Worker"],
                 "Ongoing – monthly", None, "Ongoing – monthly",
                 "Audits completed every month since April 2025; 71% of files rated good or better "
                 "in November.", "On track"),
            ]),
            ("Improve the offer and take-up of advocacy, including Independent Professional "
             "Advocacy.", [
                ("Re-commission the regional advocacy hub jointly with the Vale of Glamorgan Council "
                 "and Cardiff and Vale University Health Board.",
                 "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
                 "September 2025", "2025-09", None,
                 "Tender evaluation completed in November; contract award delayed to January 2026.",
                 "Some slippage"),
            ]),
        ]),
        ("2. Prevention", [
            ("Reduce waiting times for occupational therapy assessments and equipment.", [
                ("Use trusted assessors in Independent Living Services for straightforward "
                 "equipment requests.",
                 "Operational Manager – Independent Living Services",
                 ["Operational Manager – Independent Living Services"],
                 "Quarter 2 2025/26", "2025-09", None,
                 "Nine trusted assessors in post; 38% of equipment requests now closed without an "
                 "OT visit.", "On track"),
                ("Clear the occupational therapy waiting list of people waiting over 12 weeks.",
                 "Operational Manager – Independent Living Services",
                 ["Operational Manager – Independent Living Services"],
                 "31/12/2025", "2025-12", None,
                 "146 people still waiting over 12 weeks (was 310). Two OT vacancies unfilled.",
                 "Significant delay"),
            ]),
        ]),
        ("3. Well-being", [
            ("Improve the timeliness of carers’ needs assessments and the information offered to "
             "carers.", [
                ("Offer every carer identified at the First Point of Contact a carer’s assessment or "
                 "a ‘what matters’ conversation within 28 days.",
                 "Operational Manager – Community Services",
                 ["Operational Manager – Community Services"],
                 "June 2025", "2025-06", None,
                 "In place from June 2025; 88% offered within 28 days in Q2.", "Complete"),
            ]),
        ]),
        ("4. Partnerships and integration", [
            ("Strengthen joint working with health partners to reduce delays in hospital "
             "discharge.", [
                ("Expand capacity on discharge to recover then assess (D2RA) pathway 1 with the "
                 "Health Board.",
                 "Assistant Director – Adult Services / Director of Operations, Cardiff and Vale UHB",
                 ["Assistant Director – Adult Services", "Director of Operations, Cardiff and Vale UHB"],
                 "March 2026", "2026-03", None,
                 "Additional 120 reablement hours a week commissioned from October 2025.",
                 "On track"),
                ("Agree a shared dataset on delayed discharges with Cardiff and Vale UHB and report "
                 "it to the Regional Partnership Board.",
                 "Head of Performance and Partnerships", ["Head of Performance and Partnerships"],
                 "April 2026", "2026-04", None,
                 "Scheduled to start in January 2026.", "Not started"),
            ]),
        ]),
    ]
    status = {"Complete": "blue", "On track": "green", "Some slippage": "amber",
              "Significant delay": "red", "Not started": "unrated"}
    sfill = {"Complete": "9DC3E6", "On track": "A9D08E", "Some slippage": "FFD966",
             "Significant delay": "FF7C80", "Not started": "FFFFFF"}

    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Cardiff Council – Adults, Housing and Communities"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection: 14–25 October 2024 | Report published: 22 January 2025 | "
                      "Progress update: December 2025")
    doc.add_paragraph(
        "CIW’s report recognised many strengths in adult services in Cardiff and identified areas "
        "for improvement under each of the four principles of the Social Services and Well-being "
        "(Wales) Act 2014. This plan sets out what we will do in response. Progress is reported to "
        "the Community and Adult Services Scrutiny Committee every six months.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete (blue) | On track (green) | Some slippage (amber) | Significant delay (red) | "
              "Not started")

    heads = ("Area for improvement", "What we will do", "Lead", "By when",
             "Progress update (December 2025)", "Status")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        bold_cell(t.rows[0].cells[c], h)
        shade(t.rows[0].cells[c], "BDD7EE")
    actions = []
    for principle, afis in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, principle, 11)
        shade(m, "DEEAF6")
        for afi, acts in afis:
            first_idx = len(t.rows)
            for (text, leadcell, leads, when, end, etext, prog, st) in acts:
                cells = t.add_row().cells
                set_cell_lines(cells[1], text)
                cells[2].text = leadcell
                cells[3].text = when
                cells[4].text = prog
                cells[5].text = st
                shade(cells[5], sfill[st])
                actions.append(dict(ref=None, under=[principle, afi], action=text, lead=leads,
                                    end=end, end_text=etext, status=status[st]))
            last_idx = len(t.rows) - 1
            top = t.cell(first_idx, 0)
            if last_idx > first_idx:
                top = top.merge(t.cell(last_idx, 0))
            top.text = afi
    doc.add_paragraph()
    doc.add_paragraph("Areas for improvement are taken from section 5 of the CIW report. "
                      "Actions marked Complete remain in the plan until CIW’s next review.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    bold_cell(s.rows[0].cells[0], "Signed")
    bold_cell(s.rows[0].cells[1], "Date")
    s.rows[1].cells[0].text = "Director of Adults, Housing and Communities (Statutory Director of Social Services)"
    s.rows[1].cells[1].text = "19 December 2025"
    doc.save(os.path.join(HERE, name))

    write_expected(name, dict(
        source=("Imitates a Welsh council's action plan answering a Care Inspectorate Wales "
                "performance evaluation inspection of adult services (CIW PEI reports 2023-25 set "
                "out strengths and areas for improvement under the four principles of the Social "
                "Services and Well-being (Wales) Act 2014; councils such as Bridgend and Flintshire "
                "take the response plan to Cabinet / scrutiny). Body: Cardiff Council, 2025. Copies: "
                "page header with the directorate, heading, inspection / publication / update line, "
                "status key as a text line, one landscape table with the four principles as merged "
                "shaded rows, the area for improvement in a cell merged down over its actions, no "
                "action numbers, a cell with a bulleted list inside an action, 'By when' as month, "
                "date, quarter or 'Ongoing – monthly', status words with shading, a note and a "
                "signature table."),
        reads=("One table of eight unnumbered actions grouped under the four Act principles; each "
               "area for improvement sits in a merged left cell beside its actions, with lead(s), "
               "by-when, progress and a status word read with the key line above the table "
               "(Some slippage = amber, Significant delay = red, Not started = unrated)."),
        outcome="read", title=title), actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Portsmouth City Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def portsmouth():
    name = "he2-portsmouth-city-council-internal-audit-recommendations-tracker.csv"
    title = "Portsmouth City Council - Internal Audit Recommendations Tracker"
    rows = [
        ("Accounts Payable", "2024/25", "Reasonable", "AP-01", "Medium",
         "Supplier bank detail changes should be independently verified before they are processed.",
         "Introduce a call-back to a known supplier contact for every bank detail change request and "
         "keep the evidence on the supplier file.",
         "Exchequer Services Manager", ["Exchequer Services Manager"],
         "31/03/2025", "", "Blue",
         "Call-back procedure in place from February 2025; sample tested by Internal Audit in June.",
         "2025-03"),
        ("Accounts Payable", "2024/25", "Reasonable", "AP-02", "Low",
         "The duplicate payments report should be reviewed weekly.",
         "Schedule the duplicate payments report to run weekly and record the reviewer's sign-off.",
         "Exchequer Services Manager", ["Exchequer Services Manager"],
         "30/06/2025", "30/11/2025", "Amber",
         "Report built; sign-off log to follow the finance system upgrade.", "2025-11"),
        ("Housing Repairs - Contract Management", "2024/25", "Limited", "HR-01", "High",
         "Contractor performance data should be validated before it is reported to the contract "
         "board.",
         "1. Agree a data validation protocol with the contractor.\n2. Introduce quarterly spot "
         "checks of completed jobs by the client team.",
         "Head of Building Maintenance / Contracts Manager",
         ["Head of Building Maintenance", "Contracts Manager"],
         "30/04/2025", "31/12/2025", "Red",
         "Protocol agreed in May. Spot checks not yet started because of a vacancy in the client "
         "team.", "2025-12"),
        ("Housing Repairs - Contract Management", "2024/25", "Limited", "HR-02", "High",
         "Contract variations should be approved in line with the scheme of delegation.",
         "Issue a variation approval matrix and block unapproved variations in the works ordering "
         "system.",
         "Contracts Manager", ["Contracts Manager"],
         "31/07/2025", "15/12/2025", "Green",
         "Matrix issued September 2025; system change in user testing.", "2025-12"),
        ("Information Governance - Subject Access Requests", "2025/26", "Reasonable", "IG-01",
         "Medium",
         "Subject access requests should be logged centrally and monitored against the one-month "
         "deadline.",
         "Move all SAR logging to the corporate case management system and report compliance "
         "monthly to the Information Governance Board.",
         "Information Governance Manager", ["Information Governance Manager"],
         "30/09/2025", "", "Blue",
         "Complete - monthly reporting started September 2025.", "2025-09"),
        ("Information Governance - Subject Access Requests", "2025/26", "Reasonable", "IG-02", "Low",
         "Staff who handle subject access requests should complete refresher training.",
         "Roll out the refresher e-learning module to all staff who handle SARs.",
         "Information Governance Manager; Learning and Development Lead",
         ["Information Governance Manager", "Learning and Development Lead"],
         "31/12/2025", "", "Green", "64% of staff have completed the module.", "2025-12"),
        ("Payroll", "2025/26", "Substantial", "PAY-01", "Low",
         "Leavers should be processed before their final pay date.",
         "Remind managers of the leaver notification deadline in the monthly managers' briefing and "
         "monitor late notifications.",
         "Payroll Manager", ["Payroll Manager"],
         "31/01/2026", "", "Green", "Not yet due.", "2026-01"),
        ("Disabled Facilities Grants", "2025/26", "Limited", "DFG-01", "High",
         "Grant approvals should be supported by two quotes and a completed test of resources.",
         "Update the DFG procedure and checklist so that approval cannot be given in the system "
         "without both quotes and the test of resources attached.",
         "Private Sector Housing Manager", ["Private Sector Housing Manager"],
         "Q3 2025/26", "", "Amber",
         "Procedure updated; system change requested from the software supplier.", "2025-12"),
        ("Business Continuity", "2023/24", "Limited", "BC-03", "Medium",
         "Service business continuity plans should be tested every year.",
         "Run a desktop exercise for each critical service and record the lessons learned.",
         "Emergency Planning and Resilience Manager", ["Emergency Planning and Resilience Manager"],
         "31/03/2024", "31/03/2025", "Red",
         "Exercises completed for 9 of 14 critical services; remaining five to be scheduled.",
         "2025-03"),
    ]
    header = ["Audit", "Year", "Assurance", "Ref", "Priority", "Recommendation", "Agreed action",
              "Responsible officer", "Original due date", "Revised due date", "RAG",
              "Management update"]
    ncol = len(header)
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))

    line([title])
    line(["Outstanding and recently closed agreed actions - Governance and Audit and Standards "
          "Committee"])
    line(["Position at 31 October 2025"])
    line([])
    line(header)
    actions = []
    ragmap = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for (audit, year, assur, ref, prio, rec, act, leadcell, leads, orig, rev, rag, upd, end) in rows:
        line([audit, year, assur, ref, prio, rec, act, leadcell, orig, rev, rag, upd])
        actions.append(dict(ref=ref, under=[audit, rec], action=act, lead=leads, end=end,
                            end_text=None, status=ragmap[rag]))
    line([])
    line(["Total agreed actions reported: %d" % len(rows)])
    line(["Key: Blue = implemented and verified by Internal Audit; Green = not yet due or on track; "
          "Amber = at risk or revised date agreed; Red = overdue"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, dict(
        source=("Imitates an English council's internal audit agreed-actions tracker exported to CSV "
                "for its audit committee (cf. Reading BC 'Implementation of Audit Recommendations "
                "tracker', Bromsgrove recommendation tracker with target and revised target dates). "
                "Body: Portsmouth City Council, 2025. Copies: title lines above the header, one row "
                "per agreed action with audit name, year, assurance opinion, ref, priority, the "
                "auditor's recommendation, agreed action, responsible officer(s), original and "
                "revised due dates, RAG word and management update; a numbered two-step action in one "
                "quoted cell; a totals line and a key line after the rows."),
        reads=("A CSV tracker of nine agreed actions from six audits. Each row's audit name and "
               "recommendation are what the action answers; where a revised due date is given it is "
               "the end; the RAG column (Blue/Green/Amber/Red, key at the bottom) is the status."),
        outcome="read", title=title), actions)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Chelmsford City Council - corporate risk register Q3 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
def chelmsford():
    name = "he2-chelmsford-city-council-corporate-risk-register-q3-2025-26.txt"
    title = "Chelmsford City Council – Corporate Risk Register"
    risks = [
        ("CR1 Financial resilience – failure to deliver a balanced budget and a sustainable Medium "
         "Term Financial Strategy", "Accountancy Services Manager (S151 Officer)", "16 (High)",
         "9 (Medium)", [
             ("CR1.1", "Deliver the savings and income programme approved as part of 2026/27 budget "
                       "setting.", "Accountancy Services Manager", ["Accountancy Services Manager"],
              "28/02/2026", "2026-02", None, "Green"),
             ("CR1.2", "Update the Medium Term Financial Strategy to reflect the outcome of the Fair "
                       "Funding Review.", "Accountancy Services Manager",
              ["Accountancy Services Manager"], "Feb-26", "2026-02", None, "Amber"),
         ]),
        ("CR2 Temporary accommodation – rising demand for homelessness placements exceeds the "
         "budget", "Director of Sustainable Communities", "20 (Very High)", "12 (High)", [
             ("CR2.1", "Acquire 40 additional homes for use as temporary accommodation.",
              "Housing Services Manager", ["Housing Services Manager"], "Q4 2025/26", "2026-03", None,
              "Amber"),
             ("CR2.2", "Review the homelessness prevention offer, including landlord incentives to "
                       "sustain private tenancies.",
              "Housing Options Manager / Strategic Housing Manager",
              ["Housing Options Manager", "Strategic Housing Manager"], "30/11/2025", "2025-11", None,
              "Blue"),
         ]),
        ("CR3 Cyber security – a successful cyber attack disrupts council services or compromises "
         "data", "Director of Corporate Services", "15 (High)", "10 (Medium)", [
             ("CR3.1", "Complete the migration of the remaining on-premises servers to the cloud "
                       "hosted environment.", "ICT Infrastructure Manager",
              ["ICT Infrastructure Manager"], "June 2026", "2026-06", None, "Green"),
             ("CR3.2", "Run a cyber incident exercise with the Management Team.", "ICT Security Lead",
              ["ICT Security Lead"], "Ongoing (annual)", None, "Ongoing (annual)", "Green"),
         ]),
        ("CR4 Local government reorganisation – capacity to deliver business as usual while "
         "preparing for new unitary arrangements in Essex", "Chief Executive", "16 (High)",
         "12 (High)", [
             ("CR4.1", "Establish a reorganisation programme board and a dedicated programme team.",
              "Chief Executive; Director of Corporate Services",
              ["Chief Executive", "Director of Corporate Services"], "31/10/2025", "2025-10", None,
              "Blue"),
             ("CR4.2", "Agree a workforce retention plan for key roles during transition.",
              "Head of HR", ["Head of HR"], "31/01/2026", "2026-01", None, "Red"),
         ]),
    ]
    header = ["Risk", "Risk owner", "Current score", "Target score", "Ref", "Further action",
              "Action owner", "Target date", "Action status"]
    lines = [title,
             "Quarter 3 2025/26 – position at 31 December 2025",
             "Audit and Risk Committee – 18 March 2026",
             "Action status: Blue = complete; Green = on track; Amber = minor slippage; "
             "Red = significant slippage",
             "",
             "\t".join(header)]
    actions = []
    for (risk, owner, cur, tgt, acts) in risks:
        lines.append("\t".join([risk, owner, cur, tgt, "", "", "", "", ""]))
        for (ref, text, leadcell, leads, when, end, etext, st) in acts:
            lines.append("\t".join(["", "", "", "", ref, text, leadcell, when, st]))
            actions.append(dict(ref=ref, under=[risk], action=text, lead=leads, end=end,
                                end_text=etext, status=st.lower()))
    lines += ["", "Risks with a current score of 15 or above are reported to Cabinet each quarter.",
              "Exported from the corporate risk management system on 09/01/2026."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, dict(
        source=("Imitates a district council's corporate risk register exported as tab-separated "
                "text for its audit and risk committee (cf. South Kesteven strategic risk register "
                "report, Anglesey corporate risk register update: risk owner, current/residual and "
                "target scores, further actions with owners and dates). Body: Chelmsford City "
                "Council, Q3 2025/26. Copies: title lines, a status key line, a header row, each risk "
                "on its own row with owner and scores, its further actions on the rows below with "
                "blank risk columns, a note and an export line at the end."),
        reads=("Four corporate risks, each followed by two further actions (eight in all) with a ref, "
               "action owner(s), target date and an action status word defined by the key line. "
               "The risk rows (with scores such as '16 (High)') are headings, not actions."),
        outcome="read", title=title), actions)
    return name, len(actions)


def main():
    made = []
    for fn in (kirklees, cornwall, southampton, eryri, cardiff, portsmouth, chelmsford):
        made.append(fn())
    for n, k in made:
        print("%-100s %d actions" % (n, k))


if __name__ == "__main__":
    main()
