"""Build the seven xr- cases of set heldout559 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python xr_make.py (writes next to this script).
Only files starting with xr- are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def out(name):
    assert name.startswith("xr-") or name.startswith("xr_"), name
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Essex County Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def essex():
    name = "xr-essex-county-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
    title = "Essex County Fire and Rescue Service – Corporate Risk Register 2025/26"
    D = dt.date
    risks = [
        ("CR01 – Financial sustainability",
         "Insufficient funding, pay awards above budget assumptions and limits on the council tax precept lead to an inability to set a balanced budget and maintain front-line services.",
         "Director of Finance and Treasurer", "4 x 4 = 16", RED, "3 x 3 = 9", [
             ("Deliver the 2025/26 savings and efficiency programme (£2.1m), with monthly tracking at Strategic Leadership Team.",
              "Director of Finance and Treasurer", D(2026, 3, 31), None, "green",
              "£1.6m delivered to date; remainder forecast by year end."),
             ("Refresh the Medium Term Financial Plan following the provisional Local Government Finance Settlement, including sensitivity analysis on the 2026 pay award.",
              "Director of Finance and Treasurer / Head of Finance", D(2026, 2, 13), None, "green",
              "Provisional settlement received 17 December; MTFP draft to the PFCC budget meeting in February."),
         ]),
        ("CR02 – On-call availability",
         "Inability to recruit and retain on-call firefighters results in reduced appliance availability, longer attendance times and greater reliance on wholetime crews.",
         "Deputy Chief Fire Officer", "4 x 4 = 16", RED, "3 x 4 = 12", [
             ("Implement the revised on-call availability model at 12 pilot stations, including the banded payment scheme agreed with the FBU.",
              "Area Manager – Response", D(2025, 9, 30), D(2026, 3, 31), "amber",
              "Negotiations concluded in October; go-live at the first six stations on 5 January 2026."),
             ("Run a targeted on-call recruitment campaign for stations in Tendring and Uttlesford.",
              "Head of Resourcing", D(2025, 12, 31), None, "blue",
              "Campaign closed 28 November 2025; 19 trainees appointed to the February course."),
         ]),
        ("CR03 – ICT resilience and cyber security",
         "A cyber attack or failure of critical ICT systems, including mobilising, disrupts the Service's ability to receive emergency calls and mobilise resources.",
         "Director of Corporate Services", "3 x 5 = 15", RED, "2 x 5 = 10", [
             ("Complete the migration of the mobilising system to the hosted platform and decommission the legacy servers.",
              "Head of ICT / Control Group Manager", D(2025, 10, 31), D(2026, 6, 30), "red",
              "Supplier delivery of the ambulance service interface delayed; revised plan to SLT in January."),
             ("Achieve Cyber Essentials Plus re-certification.",
              "Head of ICT", D(2026, 3, 31), None, "green",
              "Pre-assessment scan completed in December; three minor findings being remediated."),
         ]),
        ("CR04 – Organisational culture",
         "Failure to embed the Core Code of Ethics and address the behaviours identified by HMICFRS results in harm to staff, loss of public trust and further regulatory intervention.",
         "Chief Fire Officer/Chief Executive", "3 x 4 = 12", AMBER, "2 x 4 = 8", [
             ("Include the Core Code of Ethics in the leadership development programme for all supervisory and middle managers.",
              "Director of People Services", D(2026, 3, 31), None, "green",
              "Modules 1–3 delivered to 142 managers."),
             ("Complete the independent review of grievance and discipline case handling and report findings to the Police, Fire and Crime Commissioner.",
              "Director of People Services", D(2025, 11, 30), D(2026, 2, 28), "amber",
              "Fieldwork complete; draft report due 30 January 2026."),
             ("Launch the independent confidential reporting line and publish quarterly themes to all staff.",
              "Head of Organisational Development", D(2025, 7, 31), None, "blue",
              "Line launched 1 July 2025; Q2 themes published on the intranet."),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="C00000")
    cov["A2"] = "Quarter 3 update – position at 31 December 2025"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Register owner", "Director of Finance and Treasurer"),
          ("Reviewed by", "Strategic Leadership Team, 13 January 2026"),
          ("Reported to", "Essex Police, Fire and Crime Commissioner Fire and Rescue Authority – Audit Committee, 11 March 2026"),
          ("Next review", "April 2026")]
    r = 5
    for k, v in dc:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Action status key").font = Font(bold=True)
    r += 1
    for col, txt in ((RED, "Off track – target date will be missed"), (AMBER, "Some slippage – recoverable, revised date agreed"),
                     (GREEN, "On track"), (BLUE, "Complete")):
        cov.cell(r, 1).fill = xfill(col)
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, txt).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Risk scoring").font = Font(bold=True)
    r += 1
    cov.cell(r, 1, "Score = Likelihood x Impact, each 1–5. 15–25 Red (high); 8–12 Amber (medium); 1–6 Green (low).")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Register")
    ws["A1"] = "Corporate Risk Register 2025/26 – Quarter 3"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Scores shown as Likelihood x Impact. Action status is shown by colour – see the key on the Cover sheet."
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:K2")
    heads = ["Risk", "Risk description (cause / event / consequence)", "Risk owner", "Current score", "Target score",
             "Further actions to reduce the risk", "Action owner", "Target date", "Revised date", "Status", "Q3 progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("C00000")
        c.alignment = WRAP
        c.border = BOX
    widths = [26, 45, 20, 11, 11, 55, 28, 12, 12, 9, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    row = 5
    expected = []
    counts = {"red": 0, "amber": 0, "green": 0, "blue": 0}
    for risk, desc, owner, score, scol, target, actions in risks:
        first = row
        for text, lead, tdate, rdate, status, upd in actions:
            ws.cell(row, 6, text)
            ws.cell(row, 7, lead)
            c = ws.cell(row, 8, tdate)
            c.number_format = "dd/mm/yyyy"
            if rdate:
                c = ws.cell(row, 9, rdate)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row, 10).fill = xfill(FILL[status])
            ws.cell(row, 11, upd)
            for cc in range(1, 12):
                ws.cell(row, cc).alignment = WRAP
                ws.cell(row, cc).border = BOX
            end = (rdate or tdate).strftime("%Y-%m")
            leads = [x.strip() for x in lead.split(" / ")]
            expected.append(act(None, [risk], text, leads, end, status))
            counts[status] += 1
            row += 1
        last = row - 1
        for col, val in ((1, risk), (2, desc), (3, owner), (4, score), (5, target)):
            ws.cell(first, col, val)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 4).fill = xfill(scol)
    row += 1
    ws.cell(row, 1, "Summary of further actions").font = Font(bold=True)
    row += 1
    for lab, k in (("Complete", "blue"), ("On track", "green"), ("Some slippage", "amber"), ("Off track", "red")):
        ws.cell(row, 1, lab)
        ws.cell(row, 2, counts[k])
        row += 1
    ws.cell(row, 1, "Total")
    ws.cell(row, 2, sum(counts.values()))
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an English fire and rescue service corporate risk register as reported quarterly to the fire authority's audit committee (cf. Lancashire CFA and Buckinghamshire & MK FA audit committee risk reports, 2023-2025). Copied features: cover sheet with document-control table, colour-only action status key and scoring note; register sheet with risk columns merged down across each risk's further actions, L x I scores with risk-rating fills, original and revised target dates (real Excel dates), status shown only as fill colour, progress update column and a summary count block under the table.",
        "reads": "A two-sheet corporate risk register for Essex County Fire and Rescue Service, Q3 2025/26. Four corporate risks (CR01-CR04), each with two or three further actions that have an owner, a target date, sometimes a revised date, and a colour-only status read through the key on the Cover sheet (blue = complete). Risk owners and scores belong to the risk, not to the actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 2. Havebury Housing - RSH consumer standards improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def havebury():
    name = "xr-havebury-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
    title = "Havebury Housing – Consumer Standards Improvement Plan"
    plan = [
        ("Safety and Quality Standard", [
            ("SQ1", "Complete the data cleanse of stock condition records so that every home has a survey less than five years old.",
             "Director of Assets", "March 2026", "A", "78% of homes now have a survey within five years; surveyor capacity increased from January."),
            ("SQ2", "Carry out a proactive damp and mould survey of all pre-1945 homes and add the findings to the repairs system.",
             "Head of Repairs / Asset Data Manager", "December 2025", "G", "1,140 of 1,262 homes surveyed."),
            ("SQ3", "Clear all overdue high-priority fire risk assessment remedial actions.",
             "Head of Building Safety", "Febuary 2026", "A", "31 high-priority actions outstanding (from 96 in July)."),
            ("SQ4", "Report compliance with the big six safety areas to every Board meeting, with exceptions explained.",
             "Director of Assets", "September 2025", "B", "Compliance dashboard in place from the September Board."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "Publish the Tenant Satisfaction Measures with a plain-English commentary in the Annual Report to Tenants.",
             "Head of Customer Insight", "September 2025", "B", "Published 26 September 2025."),
            ("TIA2", "Recruit and train new members of the Tenant Scrutiny Panel, including tenants from supported housing schemes.",
             "Tenant Engagement Lead", "April 2026", "G", "Five new members recruited; training booked."),
        ]),
        ("Neighbourhood and Community Standard", [
            ("NC1", "Introduce a monthly case review for all anti-social behaviour cases open for more than 90 days.",
             "Neighbourhood Services Manager", "January 2026", "G", "First review panel held 8 January 2026."),
        ]),
        ("Tenancy Standard", [
            ("T1", "Complete tenancy audits for all general needs homes, prioritising homes with no contact in two years.",
             "Head of Housing", "July 2026", "R", "Programme paused during the housing system upgrade; restart planned for February."),
        ]),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14, color="1F4E78")
    s["A2"] = "Summary of progress – report to Customer Services Committee, 21 January 2026"
    hdr = ["Consumer standard", "Actions", "B", "G", "A", "R"]
    for i, h in enumerate(hdr, 1):
        s.cell(4, i, h).font = Font(bold=True)
        s.cell(4, i).border = BOX
    r = 5
    tot = [0, 0, 0, 0, 0]
    for std, acts in plan:
        rags = [a[4] for a in acts]
        vals = [len(acts), rags.count("B"), rags.count("G"), rags.count("A"), rags.count("R")]
        s.cell(r, 1, std).border = BOX
        for i, v in enumerate(vals):
            s.cell(r, 2 + i, v).border = BOX
            tot[i] += v
        r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        s.cell(r, 2 + i, v).font = Font(bold=True)
    s.column_dimensions["A"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = "Following the Regulator of Social Housing regulatory judgement published 17 September 2025 (C2). Owner: Executive Director of Customer Services. Updated: 12 January 2026"
    ws["A3"] = "RAG: B = complete   G = on track   A = at risk of slipping   R = off track"
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Action", "Lead", "Target date", "RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E78")
        c.border = BOX
    for col, w in zip("ABCDEF", (7, 70, 30, 16, 6, 60)):
        ws.column_dimensions[col].width = w
    row = 6
    refuse_at = None
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for std, acts in plan:
        ws.cell(row, 1, std).font = Font(bold=True)
        ws.cell(row, 1).fill = xfill("DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for ref, text, lead, due, rag, com in acts:
            for i, v in enumerate((ref, text, lead, due, rag, com), 1):
                c = ws.cell(row, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row, 5).fill = xfill(fills[rag])
            if due == "Febuary 2026":
                refuse_at = row
            row += 1
    row += 1
    ws.cell(row, 1, "Progress against this plan is reported to every Customer Services Committee and to the Board twice a year.")
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a housing association's improvement plan following a Regulator of Social Housing consumer regulatory judgement (2024-2026 regime; C2/C3 landlords publishing plans to their tenants and committees). Copied features: summary sheet with counts by consumer standard and RAG, plan sheet with a title block, judgement/owner/update line, RAG letter key, standard band rows (merged across), refs SQ1/TIA1/NC1/T1, lead posts, target dates written as month names, RAG letters with fill colour and a commentary column.",
        "reads": "A consumer standards improvement plan for Havebury Housing with eight actions under the four consumer standards. The target date of action SQ3 is written 'Febuary 2026' - a mistyped month - so a careful reader stops at that row of the 'Improvement Plan' sheet and asks before relying on the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })
    return refuse_at


# ---------------------------------------------------------------------------
# 3. Wiltshire Police - HMICFRS crime data integrity action plan (xlsx)
# ---------------------------------------------------------------------------
def wiltshire():
    name = "xr-wiltshire-police-hmicfrs-crime-data-integrity-action-plan.xlsx"
    title = "Wiltshire Police – HMICFRS Crime Data Integrity Inspection 2024: Action Plan"
    D = dt.date
    bands = [
        ("Crime recording", [
            ("Recommendation 1: By 31 December 2025, Wiltshire Police should make sure that crimes reported as part of incidents involving domestic abuse are recorded correctly and within 24 hours of receipt.", [
                ("R1.1", "Introduce a mandatory crime recording decision at the closure of every domestic abuse incident on the command and control system.",
                 "Superintendent, Contact Management", D(2025, 6, 30), None, "A", "B",
                 "Mandatory field live from 2 June 2025; compliance 97% in November audit."),
                ("R1.2", "Deliver refresher crime recording training to all Crime and Communications Centre staff and response sergeants.",
                 "Force Crime and Incident Registrar / Head of Learning and Development", D(2026, 1, 31), None, "A", "G",
                 "412 of 468 staff trained; remaining sessions booked for January."),
            ]),
            ("Recommendation 2: By 31 December 2025, Wiltshire Police should make sure that reports of rape are recorded within 24 hours and that decisions to cancel rape crimes comply with the Home Office Counting Rules.", [
                ("R2.1", "Hold a weekly review of all rape reports awaiting a recording decision, chaired by the Detective Chief Inspector, Public Protection.",
                 "Det Supt, Public Protection", "Q4 2025/26", None, "G", "G",
                 "Weekly review in place since September; average time to record now 9 hours."),
                ("R2.2", "Require Force Crime and Incident Registrar approval for every cancelled rape crime.",
                 "Force Crime and Incident Registrar", D(2025, 9, 30), None, "G", "B",
                 "Approval workflow added to Niche; no non-compliant cancellations in Q3 audit."),
            ]),
        ]),
        ("Equality data", [
            ("Area for improvement 1: The force should improve how it records the protected characteristics of victims, particularly ethnicity.", [
                ("AFI1.1", "Make the victim ethnicity field mandatory in Niche for all crime records, with a 'not stated' option.",
                 "Head of Information Management", D(2025, 12, 31), None, "R", "A",
                 "Change approved by the Niche user group; release scheduled for February 2026."),
                ("AFI1.2", "Publish a quarterly equality data completeness report to the Crime Data Integrity Board.",
                 "T/Insp Dave Harris", "Ongoing – quarterly", None, "G", "G",
                 "Q2 report presented October 2025; ethnicity completion 71%."),
            ]),
        ]),
        ("Anti-social behaviour", [
            ("Area for improvement 2: The force should make sure that it identifies and records crimes reported as part of anti-social behaviour incidents.", [
                ("AFI2.1", "Add an ASB crime recording prompt to the incident closure codes and audit 100 ASB incidents each month.",
                 "Superintendent, Contact Management; Neighbourhood Policing Lead", D(2025, 11, 30), D(2026, 2, 28), "A", "R",
                 "Closure code change delayed by the command and control upgrade; audits continuing manually."),
                ("AFI2.2", "Brief all neighbourhood teams on recording crimes disclosed during ASB problem-solving.",
                 "Neighbourhood Policing Lead", D(2025, 10, 31), None, "G", "B",
                 "Briefing delivered at all three hub meetings in October."),
            ]),
        ]),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=15, color="002060")
    lines = [
        ("Inspection report published", "23 January 2025"),
        ("Crime recording accuracy (HMICFRS estimate)", "91.4% (± 1.7%)"),
        ("Governance", "Crime Data Integrity Board, chaired by the Assistant Chief Constable"),
        ("Senior responsible officer", "Assistant Chief Constable"),
        ("Previous RAG", "Position reported to the Crime Data Integrity Board, October 2025"),
        ("Current RAG", "Position at January 2026"),
    ]
    r = 3
    for k, v in lines:
        fs.cell(r, 1, k).font = Font(bold=True)
        fs.cell(r, 2, v)
        r += 1
    r += 1
    fs.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, col, txt in (("R", RED, "Off track – escalated to the ACC"), ("A", AMBER, "At risk – mitigation in place"),
                             ("G", GREEN, "On track"), ("B", BLUE, "Complete – evidence submitted to HMICFRS")):
        fs.cell(r, 1, letter).fill = xfill(col)
        fs.cell(r, 2, txt)
        r += 1
    fs.column_dimensions["A"].width = 42
    fs.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMICFRS Crime Data Integrity 2024 – recommendations and areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    heads = ["HMICFRS recommendation / area for improvement", "Ref", "Action", "Owner", "Target date", "Revised date",
             "Previous RAG (Oct 2025)", "Current RAG (Jan 2026)", "Update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("002060")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHI", (50, 8, 55, 30, 13, 13, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    fills = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    row = 4
    expected = []
    for band, recs in bands:
        ws.cell(row, 1, band).font = Font(bold=True, color="002060")
        ws.cell(row, 1).fill = xfill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for rec, acts in recs:
            first = row
            for ref, text, owner, tdate, rdate, prev, cur, upd in acts:
                ws.cell(row, 2, ref)
                ws.cell(row, 3, text)
                ws.cell(row, 4, owner)
                c = ws.cell(row, 5, tdate)
                if isinstance(tdate, dt.date):
                    c.number_format = "dd/mm/yyyy"
                if rdate:
                    ws.cell(row, 6, rdate).number_format = "dd/mm/yyyy"
                ws.cell(row, 7, prev).fill = xfill(fills[prev])
                ws.cell(row, 8, cur).fill = xfill(fills[cur])
                ws.cell(row, 9, upd)
                for cc in range(1, 10):
                    ws.cell(row, cc).alignment = WRAP
                    ws.cell(row, cc).border = BOX
                if "; " in owner:
                    leads = owner.split("; ")
                elif " / " in owner:
                    leads = owner.split(" / ")
                else:
                    leads = [owner]
                if rdate:
                    e = act(ref, [band, rec], text, leads, rdate.strftime("%Y-%m"), status[cur])
                elif isinstance(tdate, dt.date):
                    e = act(ref, [band, rec], text, leads, tdate.strftime("%Y-%m"), status[cur])
                elif tdate == "Q4 2025/26":
                    e = act(ref, [band, rec], text, leads, "2026-03", status[cur], end_text=tdate)
                else:
                    e = act(ref, [band, rec], text, leads, None, status[cur], end_text=tdate)
                expected.append(e)
                row += 1
            ws.cell(first, 1, rec)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a police force's action plan for an HMICFRS crime data integrity inspection (2023-2025 CDI programme: recommendations with 'By [date], the force should...' wording and areas for improvement), as tracked for a force crime data integrity board. Copied features: front sheet with inspection facts, governance lines and an R/A/G/B key; action sheet with theme band rows merged across, the recommendation/AFI text merged down beside its actions, refs R1.1/AFI1.1, owners as posts (two posts with ' / ' or '; '), target and revised date columns, Previous and Current RAG letters with fill colours and an update column.",
        "reads": "Wiltshire Police's plan against two HMICFRS recommendations and two areas for improvement from its 2024 crime data integrity inspection, in three themes. Eight numbered actions each have an owner, a target date (one a quarter, one 'Ongoing – quarterly', one revised) and previous and current RAG; the current RAG is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 4. Office for Nuclear Regulation - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def onr():
    name = "xr-office-for-nuclear-regulation-arc-internal-audit-recommendations-tracker.csv"
    title = "ONR Audit and Risk Committee – Internal Audit Recommendations Tracker"
    header = ["Ref", "Audit (year)", "Assurance", "Priority", "Recommendation", "Agreed management action",
              "Action owner", "Original due date", "Revised due date", "RAG", "Latest update"]
    cyber = "Cyber Security Incident Response (2024/25)"
    contract = "Contract Management (2024/25)"
    decis = "Regulatory Decision Records (2024/25)"
    work = "Workforce Planning (2023/24)"
    rows = [
        ("IA2425-02.1", cyber, "Limited", "High",
         "ONR should test its cyber incident response plan through a scenario exercise at least annually, involving the Executive Team.",
         "Run a cyber incident scenario exercise with the Executive Team, facilitated by an NCSC-assured provider, and record the lessons learned.",
         "Chief Information Officer; Head of Cyber Security", "31/03/2025", "30/09/2025", "Blue",
         "Exercise held 16 September 2025; lessons log reviewed by the Executive Team. Closed."),
        ("IA2425-02.2", cyber, "Limited", "High",
         "ONR should maintain a complete and current inventory of critical information assets and their owners.",
         "Complete the information asset register for all Tier 1 systems\nand confirm a named information asset owner for each system with the relevant Director.",
         "Senior Information Risk Owner", "30/06/2025", "31/12/2025", "Red",
         "Register 80% complete; owners still to be confirmed for three systems. Further extension to be requested."),
        ("IA2425-04.1", contract, "Moderate", "Medium",
         "Contract managers should hold documented performance reviews with key suppliers in line with the Contract Management Framework.",
         "Introduce a quarterly supplier performance review template and schedule for all Gold and Silver contracts.",
         "Head of Procurement and Commercial", "30/09/2025", "", "Blue",
         "Template in use from Q2; first round of reviews held. Closed."),
        ("IA2425-04.2", contract, "Moderate", "Low",
         "The contracts register should be reconciled to the finance system on a regular basis.",
         "Reconcile the contracts register to the ledger each quarter and report exceptions to the Director of Finance.",
         "Commercial Finance Business Partner", "31/12/2025", "", "Green",
         "First reconciliation completed October 2025; two exceptions resolved."),
        ("IA2425-07.1", decis, "Moderate", "Medium",
         "ONR should ensure that the rationale for permissioning decisions is recorded consistently in the records management system.",
         "Update the permissioning guidance to require use of the decision record template and brief all inspectors on the change.",
         "Director of Regulatory Strategy", "31/01/2026", "", "Green",
         "Revised guidance out for consultation with divisions."),
        ("IA2425-07.2", decis, "Moderate", "Medium",
         "Quality assurance sampling of permissioning decision records should be introduced.",
         "Introduce six-monthly quality assurance sampling of 20 decision records by the Regulatory Assurance team.",
         "Head of Regulatory Assurance", "31/03/2026", "", "Green",
         "Sampling method agreed; first sample planned for February 2026."),
        ("IA2324-09.1", work, "Limited", "High",
         "ONR should develop a strategic workforce plan linked to the regulatory demand forecast for new nuclear.",
         "Produce a five-year strategic workforce plan and present it to the Board for approval.",
         "HR Director / Chief Nuclear Inspector", "31/12/2024", "31/01/2026", "Amber",
         "Draft considered by the Executive Team on 4 November 2025; Board approval scheduled for 28 January 2026."),
        ("IA2324-09.2", work, "Limited", "Medium",
         "Succession plans should be in place for all single-point-of-failure specialist inspector roles.",
         "Identify single-point-of-failure specialist roles and agree a succession plan for each with the relevant Director.",
         "HR Director", "30/06/2025", "31/03/2026", "Amber",
         "27 roles identified; succession plans agreed for 15."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(header)
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Position at 31 October 2025 – for the meeting of 18 November 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(header)
    for rrow in rows:
        w.writerow(list(rrow))
    w.writerow([""] * n)
    rags = [x[9] for x in rows]
    w.writerow([f"Total actions: {len(rows)}", "", "", "", "", "",
                "", "", "", f"Blue {rags.count('Blue')}; Green {rags.count('Green')}; Amber {rags.count('Amber')}; Red {rags.count('Red')}", ""])
    w.writerow(["RAG key: Blue = implemented and closed; Green = on track for original date; Amber = revised date agreed by ARC; Red = overdue or revised date at risk"] + [""] * (n - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    expected = []
    for ref, audit, _a, _p, rec, action, owner, orig, rev, rag, _u in rows:
        d = rev or orig
        end = f"{d[6:10]}-{d[3:5]}"
        if "; " in owner:
            leads = owner.split("; ")
        elif " / " in owner:
            leads = owner.split(" / ")
        else:
            leads = [owner]
        expected.append(act(ref, [audit, rec], action, leads, end, rag.lower()))
    write_expected(name, {
        "source": "Imitates an arm's-length body's audit committee internal audit recommendations tracker exported to CSV (ONR's Audit and Risk Committee papers; GIAA-style assurance opinions and priorities; compare the ARAC trackers published by national regulators 2023-2025). Copied features: two title lines before the header, one row per agreed management action with the audit name, assurance opinion and recommendation repeated on each row, original and revised due dates (dd/mm/yyyy), Blue/Green/Amber/Red RAG words, a quoted multi-line action field, and a totals line and RAG key after the table.",
        "reads": "An ONR internal audit recommendations tracker at 31 October 2025: eight agreed management actions from four internal audits, each answering the recommendation written beside it, with an owner, original and (for five) revised due dates, a RAG and an update. The due month is the revised date where one is given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 5. Leeds and York Partnership NHSFT - Board of Directors action log (txt)
# ---------------------------------------------------------------------------
def lypft():
    name = "xr-leeds-and-york-partnership-nhsft-board-of-directors-action-log.txt"
    title = "Leeds and York Partnership NHS Foundation Trust – Board of Directors (public) action log"
    cols = ["Action no.", "Date of meeting", "Agenda item", "Action", "Lead", "Due date", "RAG", "Update"]
    rows = [
        ("BoD 25/041", "29/05/2025", "Chief Executive's report",
         ["Bring a paper on the crisis pathway redesign, including section 136 suite demand, to a future Board meeting."],
         "Chief Operating Officer", "Sept 2025", "Green", "Paper presented 25 September 2025 (item 9). Propose to close.",
         ["Chief Operating Officer"], "2025-09", None, "blue"),
        ("BoD 25/058", "31/07/2025", "Integrated Quality and Performance Report",
         ["Include out of area placement bed days by service line in the IQPR from Q2."],
         "Chief Operating Officer / Director of Finance", "Nov 2025", "Green", "Included in the November IQPR. Propose to close.",
         ["Chief Operating Officer", "Director of Finance"], "2025-11", None, "blue"),
        ("BoD 25/063", "31/07/2025", "Guardian of Safe Working Hours annual report",
         ["Arrange a Board development session on resident doctors' rota gaps and exception reporting."],
         "Medical Director", "Q4 2025/26", "Amber", "Session pencilled in for the February 2026 Board development day.",
         ["Medical Director"], "2026-03", "Q4 2025/26", "amber"),
        ("BoD 25/077", "25/09/2025", "Freedom to Speak Up report",
         ["Review the data on speaking up by staff from ethnic minority backgrounds",
          "(with the Race Equality Network) and report findings to the People and Culture Committee."],
         "Director of People and Organisational Development", "31/12/2025", "Red",
         "Delayed by the Guardian vacancy; now expected at the January 2026 committee.",
         ["Director of People and Organisational Development"], "2025-12", None, "red"),
        ("BoD 25/081", "25/09/2025", "Patient Safety Incident Response Framework update",
         ["Circulate the thematic review of self-harm incidents on inpatient wards to Board members."],
         "Director of Nursing and Professional Practice", "Oct 2025", "Green", "Circulated by email 14 October 2025. Propose to close.",
         ["Director of Nursing and Professional Practice"], "2025-10", None, "blue"),
        ("BoD 25/094", "27/11/2025", "Estates strategy",
         ["Confirm the timetable for the Becklin Centre ward refurbishment and the associated decant arrangements."],
         "Helen Clarke and Amir Patel", "Jan 2026", "Amber", "Programme being re-baselined with the contractor.",
         ["Helen Clarke", "Amir Patel"], "2026-01", None, "amber"),
        ("BoD 25/095", "27/11/2025", "Board Assurance Framework",
         ["Keep the strategic risk on digital maturity under review as the electronic patient record procurement progresses."],
         "Director of Finance", "Ongoing", "Amber", "Risk score unchanged at 12.",
         ["Director of Finance"], None, "Ongoing", "amber"),
    ]
    lines = [
        title,
        "Cumulative action log – updated following the meeting held on 27 November 2025",
        "RAG: Green = action completed, propose to close; Amber = in progress and within timescale; Red = overdue or timescale revised",
        "",
        "\t".join(cols),
    ]
    expected = []
    for ref, date, item, acttext, lead, due, rag, upd, leads, end, etext, st in rows:
        lines.append("\t".join([ref, date, item, acttext[0], lead, due, rag, upd]))
        for extra in acttext[1:]:
            lines.append("\t".join(["", "", "", extra, "", "", "", ""]))
        expected.append(act(ref, [item], "\n".join(acttext), leads, end, st, end_text=etext))
    lines += [
        "",
        "Actions marked Green are removed from the log once the Board has agreed to close them.",
        "Open actions: 4   Proposed for closure: 3",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates an NHS foundation trust Board of Directors (meeting in public) cumulative action log as published in board packs (e.g. the action logs of mental health and community trusts, 2024-2025), exported to tab-separated text. Copied features: title, 'updated following the meeting' line and a RAG key above the header; columns action no./meeting date/agenda item/action/lead/due date/RAG/update; a continuation line carrying the rest of one action in the Action column only; leads as posts, two posts with ' / ', two named people with 'and'; due dates as Mon YYYY, dd/mm/yyyy, a financial quarter and 'Ongoing'; notes and counts after the table.",
        "reads": "The trust's public Board action log at November 2025 with seven actions, each raised under an agenda item of a past meeting. The key says Green means the action is completed and proposed for closure (there is no blue), so Green actions are complete; Amber is in progress and Red overdue. Action BoD 25/077 runs onto a second line.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 6. Church Lane Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def church_lane():
    name = "xr-church-lane-surgery-cqc-inspection-action-plan.docx"
    title = "Church Lane Surgery – CQC Inspection Action Plan"
    stfill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Not started": None}
    stmap = {"Complete": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection: 9 April 2025 (report published 3 June 2025). Overall rating: Requires improvement "
                      "(Safe – Requires improvement; Effective – Good; Caring – Good; Responsive – Requires improvement; Well-led – Requires improvement).")
    doc.add_paragraph("This plan responds to the two requirement notices and the areas the practice should improve. "
                      "It is reviewed at the monthly partners' meeting. Last updated: 1 September 2025.")
    expected = []

    must = [
        ("Requirement notice – Regulation 12: Safe care and treatment",
         "Ensure care and treatment is provided in a safe way to patients.", [
             ("1.1", "Complete a full search of patients prescribed methotrexate, lithium and DOACs and recall any patient overdue for monitoring.",
              "Dr S Okafor (Clinical Lead)", "30 June 2025", "Complete", ["Dr S Okafor (Clinical Lead)"], "2025-06", None),
             ("1.2", "Set up monthly EMIS searches for high-risk drug monitoring, with the results reviewed at the clinical meeting.",
              "Clinical Pharmacist / Dr S Okafor", "Ongoing – monthly searches", "On track", ["Clinical Pharmacist", "Dr S Okafor"], None, "Ongoing – monthly searches"),
             ("1.3", "Record the action taken on every MHRA safety alert in a shared log, reviewed weekly by the duty GP.",
              "Practice Manager", "End of July 2025", "Complete", ["Practice Manager"], "2025-07", None),
         ]),
        ("Requirement notice – Regulation 17: Good governance",
         "Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.", [
             ("2.1", "Update the staff training matrix and make sure all clinicians have completed level 3 safeguarding training.",
              "Practice Manager", "August 2025", "Amber", ["Practice Manager"], "2025-08", None),
             ("2.2", "Review significant events and complaints at the quarterly practice meeting and share the learning with all staff.",
              "Practice Manager / Dr R Hughes", "Q3 2025/26", "On track", ["Practice Manager", "Dr R Hughes"], "2025-12", "Q3 2025/26"),
             ("2.3", "Commission a legionella risk assessment and complete the actions it identifies.",
              "Practice Manager", "30/09/2025", "Not started", ["Practice Manager"], "2025-09", None),
         ]),
    ]
    for heading, finding, acts in must:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_text(top, finding, bold=True)
        shade(top, "E2EFDA")
        for c, h in zip(t.rows[1].cells, ["No.", "Action to be taken", "Lead", "Completion date", "Status"]):
            set_text(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, text, lead, due, st, leads, end, etext in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, text, lead, due, st)):
                set_text(c, v)
            if stfill[st]:
                shade(cells[4], stfill[st])
            expected.append(act(ref, [heading, finding], text, leads, end, stmap[st], end_text=etext))
        doc.add_paragraph()

    should_heading = "Should do – Effective and Responsive key questions"
    should = [
        ("Continue to improve the uptake of cervical screening.", [
            ("S1", "Offer Saturday morning cervical screening clinics through the primary care network enhanced access hub.",
             "Lead Practice Nurse", "December 2025", "On track", ["Lead Practice Nurse"], "2025-12", None),
            ("S2", "Send text reminders to patients overdue for screening, with a second reminder after four weeks.",
             "Reception Manager", "31/07/2025", "Complete", ["Reception Manager"], "2025-07", None),
        ]),
        ("Take action to improve patient satisfaction with telephone access.", [
            ("S3", "Install the cloud-based telephone system with call-back and queue position messages.",
             "Practice Manager", "October 2025", "On track", ["Practice Manager"], "2025-10", None),
        ]),
    ]
    doc.add_heading(should_heading, level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Area to improve", "No.", "Action to be taken", "Lead", "Completion date", "Status"]):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for area, acts in should:
        first = None
        for ref, text, lead, due, st, leads, end, etext in acts:
            cells = t.add_row().cells
            for c, v in zip(cells[1:], (ref, text, lead, due, st)):
                set_text(c, v)
            if stfill[st]:
                shade(cells[5], stfill[st])
            if first is None:
                first = cells[0]
                last = cells[0]
            else:
                last = cells[0]
            expected.append(act(ref, [should_heading, area], text, leads, end, stmap[st], end_text=etext))
        m = first.merge(last) if first is not last else first
        set_text(m, area)
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete (blue); On track (green); Amber – behind the completion date; Not started (no colour).")
    doc.add_heading("Document control", level=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved"]):
        set_text(c, h, bold=True)
    for row in (("1.0", "16/06/2025", "Practice Manager", "Partners' meeting 18/06/2025"),
                ("1.1", "01/09/2025", "Practice Manager", "Partners' meeting 03/09/2025")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a GP practice's action plan after a CQC inspection rated it Requires improvement with requirement notices, as practices publish on their websites (CQC encourages this; MDU/BMA guidance). Copied features: title, inspection/rating line and review note; one Word table per requirement notice under a Regulation 12 / Regulation 17 heading, with the CQC 'must' wording in a merged first row; a should-do table whose first column merges the area to improve down over its actions; status words with cell shading; a status key line and a document-control table that is not part of the plan.",
        "reads": "Church Lane Surgery's plan answering two requirement notices (Regulations 12 and 17) and two should-do areas, nine numbered actions in all, each with a lead, a completion date and a status (Complete, On track, Amber, Not started). The headings are the requirement notice / should-do heading and the CQC finding the action answers.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------
# 7. Oasis Academy Brislington - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def oasis():
    name = "xr-oasis-academy-brislington-post-ofsted-action-plan.docx"
    title = "Oasis Academy Brislington – Post-Ofsted Action Plan 2024–25"
    ragfill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    ragst = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    info = [("Inspection dates", "19–20 November 2024"), ("Quality of education", "Requires improvement"),
            ("Behaviour and attitudes", "Requires improvement"), ("Personal development", "Good"),
            ("Leadership and management", "Good"), ("Plan owner", "Principal"),
            ("Monitored by", "Oasis Regional Director and Academy Council (each term)")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_text(t.rows[0].cells[0], "RAG key", bold=True)
    set_text(t.rows[0].cells[1], "Meaning", bold=True)
    for k, v in (("B", "Complete – impact evidenced"), ("G", "On track"), ("A", "Started – not yet secure"), ("R", "Not started / off track")):
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], ragfill[k])
        set_text(cells[1], v)
    doc.add_paragraph()

    pri = [
        ("Priority 1 – Curriculum and assessment (Quality of education)",
         "Leaders should ensure that the key stage 3 curriculum in all subjects sets out precisely the knowledge pupils should learn and when, so that teachers can check pupils' understanding and address misconceptions.", [
             ("1.1", "Subject leaders to revise the KS3 curriculum maps in humanities, MFL and computing, identifying the core knowledge for each unit.",
              "VP – Curriculum (SR)", "Spring term 2025",
              "Revised maps in place and sampled by SLT; pupil voice shows recall of core knowledge.", "A", "G",
              ["VP – Curriculum (SR)"], "2025-04", "Spring term 2025"),
             ("1.2", "Deliver CPD on checking for understanding (hinge questions, mini-whiteboards) through the weekly Tuesday briefings.",
              "AP – Teaching and Learning", "By February half-term 2025",
              "Learning walks show checking for understanding in 80% of KS3 lessons.", "G", "B",
              ["AP – Teaching and Learning"], "2025-02", None),
             ("1.3", "Introduce low-stakes knowledge quizzes at the start of each KS3 unit and analyse the results at department meetings.",
              "Heads of Department", "Termly",
              "Quiz analysis used to re-teach gaps; minutes of department meetings.", "A", "A",
              ["Heads of Department"], None, "Termly"),
         ]),
        ("Priority 2 – Attendance (Behaviour and attitudes)",
         "Leaders should continue to take effective action to improve the attendance of disadvantaged pupils and reduce the proportion of pupils who are persistently absent.", [
             ("2.1", "Appoint a second attendance officer and introduce first-day calling for all persistently absent pupils.",
              "Attendance Lead / Business Manager", "Autumn term 2024",
              "Officer in post; first-day calls logged on Arbor for 100% of PA pupils.", "G", "B",
              ["Attendance Lead", "Business Manager"], "2024-12", "Autumn term 2024"),
             ("2.2", "Hold attendance support meetings with the families of disadvantaged pupils below 90% attendance, with Early Help referral where needed.",
              "Attendance Lead; Heads of Year", "Summer term 2025",
              "Persistent absence of disadvantaged pupils falls from 31% to below 25%.", "A", "G",
              ["Attendance Lead", "Heads of Year"], "2025-07", "Summer term 2025"),
         ]),
        ("Priority 3 – Reading",
         "Leaders should make sure that pupils in key stage 3 who are behind with their reading receive precise support to help them catch up quickly.", [
             ("3.1", "Screen all Year 7 and Year 8 pupils with the NGRT reading test and identify pupils reading below their chronological age.",
              "Reading Lead", "December 2024",
              "All pupils screened; intervention groups set from January.", "B", "B",
              ["Reading Lead"], "2024-12", None),
             ("3.2", "Train six teaching assistants to deliver the phonics catch-up programme to the weakest readers.",
              "SENDCo / Reading Lead", "Spring term 2025",
              "Six TAs trained and observed; weakest readers make measurable gains by the Easter retest.", "R", "A",
              ["SENDCo", "Reading Lead"], "2025-04", "Spring term 2025"),
             ("3.3", "Launch a tutor-time reading programme for Years 7–9 with a common class text each half term.",
              "AP – Personal Development", "Sept 2024 – July 2025",
              "Programme timetabled in all tutor groups; pupil voice on reading for pleasure improves.", "G", "G",
              ["AP – Personal Development"], "2025-07", "Sept 2024 – July 2025"),
         ]),
    ]
    heads = ["Ref", "Action", "Lead", "Timescale", "Success criteria (impact)", "Autumn RAG", "Spring RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_text(c, h, bold=True, size=9)
        shade(c, "6A2C91")
    expected = []
    for band, said, acts in pri:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        set_text(m, band, bold=True)
        shade(m, "E4DFEC")
        cells = t.add_row().cells
        set_text(cells[0], "Ofsted said:", bold=True, size=9)
        m = cells[1].merge(cells[6])
        set_text(m, said)
        for ref, text, lead, when, sc, aut, spr, leads, end, etext in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, text, lead, when, sc, aut, spr)):
                set_text(c, v, size=9)
            shade(cells[5], ragfill[aut])
            shade(cells[6], ragfill[spr])
            expected.append(act(ref, [band, said], text, leads, end, ragst[spr], end_text=etext))
    doc.add_paragraph()
    doc.add_paragraph("Next review: Academy Council, 24 June 2025. The Spring RAG is the current position.")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a secondary academy's post-Ofsted action plan in an academy trust's house style (school judged Requires improvement for quality of education and behaviour under the 2024 framework, with 'What does the school need to do to improve?' points; compare post-Ofsted plans published by academies 2023-2025). Copied features: one-line title, school-details table with the judgements, a RAG key table, one landscape action table with priority band rows merged across, an 'Ofsted said:' row carrying the inspection point, refs 1.1-3.3, leads as posts (two with ' / ' or '; '), school-term timescales, success criteria, and Autumn and Spring RAG columns with fill colours.",
        "reads": "Oasis Academy Brislington's plan for three priorities from its November 2024 Ofsted inspection, each with the inspectors' point above two or three actions (eight in all). Timescales are mostly school terms (Spring term 2025 ends at the Easter holiday in April) plus 'Termly' and a Sept-July period; the Spring RAG is the current status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


if __name__ == "__main__":
    print("essex", essex())
    print("havebury refuse_at", havebury())
    print("wiltshire", wiltshire())
    print("onr", onr())
    print("lypft", lypft())
    print("church lane", church_lane())
    print("oasis", oasis())
