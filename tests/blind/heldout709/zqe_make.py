#!/usr/bin/env python3
"""Build the seven zqe- blind cases (set heldout709) and their expected readings.

Run with /work/main/.venv/bin/python zqe_make.py from any directory; every file is
written beside this script. Only files whose names start with "zqe-" are written.
"""
import csv
import datetime as dt
import io
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

RAG_FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def out(name):
    assert name.startswith("zqe-")
    return os.path.join(HERE, name)


def write_expected(fname, doc):
    path = out(fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Kent County Council - Scrutiny Committee recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def kent():
    fname = "zqe-kent-county-council-scrutiny-committee-recommendations-tracker.xlsx"
    title = "Scrutiny Committee – Recommendations Tracker"
    headers = ["Ref", "Date of meeting", "Recommendation", "Executive response",
               "Lead Officer / Cabinet Member", "Action taken / progress", "Target date", "Status"]

    # (heading, [(ref, meeting date, rec, response, lead cell, progress, target cell, status word,
    #             expected lead, expected end, expected end_text, expected status)])
    open_items = [
        ("Kent's Adult Social Care Services – Local Authority Assessment Improvement Plan (16 July 2025)", [
            ("SC (25/26) 01", dt.date(2025, 7, 16),
             "That the improvement plan be brought back to the Committee in six months with a timeline against each quality statement rated 'requires improvement'.",
             "Accepted", "RS/DM",
             "Plan refreshed and mapped to the nine quality statements; return to Committee scheduled for 18 March 2026.",
             dt.date(2026, 3, 18), "Amber", ["RS", "DM"], "2026-03", None, "amber"),
            ("SC (25/26) 02", dt.date(2025, 7, 16),
             "That a briefing on waiting times for Care Act assessments, broken down by district, be circulated to all Members.",
             "Accepted", "RS",
             "Briefing note circulated to all Members on 3 October 2025.",
             dt.date(2025, 10, 3), "Green", ["RS"], "2025-10", None, "blue"),
        ]),
        ("Securing Kent's Future – Budget 2026-27 (17 September 2025)", [
            ("SC (25/26) 03", dt.date(2025, 9, 17),
             "That the Section 151 Officer provides a quarterly summary of savings delivered against the 2025-26 plan, RAG rated by directorate.",
             "Accepted", "JS",
             "Q2 summary presented with the October budget monitoring report; Q3 summary due February 2026.",
             "Quarterly", "Amber", ["JS"], None, "Quarterly", "amber"),
            ("SC (25/26) 04", dt.date(2025, 9, 17),
             "That Cabinet Committee chairs are consulted on proposed savings within their remit before the draft budget is published.",
             "Accepted", "JS; BW",
             "Chairs' briefings held 4 to 6 November 2025.",
             dt.date(2025, 11, 30), "Green", ["JS", "BW"], "2025-11", None, "blue"),
        ]),
        ("Home to School Transport – Post-16 SEND Transport Appeals (2 October 2025)", [
            ("SC (25/26) 05", dt.date(2025, 10, 2),
             "That the stage 2 appeals backlog for post-16 SEND transport is cleared before the start of the spring term.",
             "Accepted", "CM & SD",
             "Backlog reduced from 212 to 96 cases; additional panel dates added in January 2026 but the target date has not been met.",
             "Jan-26", "Red", ["CM", "SD"], "2026-01", None, "red"),
            ("SC (25/26) 06", dt.date(2025, 10, 2),
             "That the Cabinet Member writes to the Department for Education setting out the cost pressure of post-16 SEND transport in Kent.",
             "Accepted", "Cabinet Member for Education and Skills",
             "Letter drafted; awaiting sign-off.",
             dt.date(2025, 12, 31), "Amber", ["Cabinet Member for Education and Skills"], "2025-12", None, "amber"),
        ]),
        ("Call-in of 25/00057 – Property Accommodation Strategy – Strategic Headquarters (25 November 2025)", [
            ("SC (25/26) 07", dt.date(2025, 11, 25),
             "That the Committee receives an update before any contract for the disposal of Sessions House is entered into.",
             "Accepted", "Director of Infrastructure",
             "Update added to the Committee's work programme.",
             "Before contract award", "Amber", ["Director of Infrastructure"], None, "Before contract award", "amber"),
        ]),
    ]
    closed_items = [
        ("Kent Communities Programme – Public Consultation (12 June 2024)", [
            ("SC (24/25) 04", dt.date(2024, 6, 12),
             "That the consultation analysis for each library site is published alongside the Cabinet decision report.",
             "Accepted", "Corporate Director, Growth, Environment and Transport",
             "Site-by-site analysis published with the decision report in September 2024.",
             dt.date(2024, 9, 30), "Green", ["Corporate Director, Growth, Environment and Transport"], "2024-09", None, "blue"),
            ("SC (24/25) 05", dt.date(2024, 6, 12),
             "That Members are briefed on the community asset transfer process before any transfer is agreed.",
             "Accepted", "SJ/KP",
             "All-Member briefing held 14 October 2024.",
             "Oct-24", "Green", ["SJ", "KP"], "2024-10", None, "blue"),
        ]),
        ("Children's Social Work Recruitment and Retention (19 November 2024)", [
            ("SC (24/25) 09", dt.date(2024, 11, 19),
             "That agency social worker spend is reported to the Committee each quarter until the 2025-26 target is met.",
             "Accepted", "Corporate Director, Children, Young People and Education",
             "Quarterly reports presented; target met in Q4 2024-25. Committee agreed closure on 20 May 2025.",
             dt.date(2025, 3, 31), "Green", ["Corporate Director, Children, Young People and Education"], "2025-03", None, "blue"),
        ]),
    ]
    status_fill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}

    wb = Workbook()
    ws_key = wb.active
    ws_key.title = "Key"
    ws_key["A1"] = "Kent County Council – Scrutiny Committee"
    ws_key["A1"].font = Font(bold=True, size=12)
    ws_key["A2"] = "How to read the tracker"
    ws_key["A2"].font = Font(bold=True)
    key_rows = [
        ("Ref", "SC (year) number – assigned when the Committee agrees the recommendation."),
        ("Executive response", "Accepted / Partially accepted / Not accepted, as recorded in the Cabinet Member's response."),
        ("Lead Officer / Cabinet Member", "Initials of the lead officer(s), or the post where no officer is named."),
        ("Status", ""),
        ("Green", "Recommendation achieved – monitoring no longer required; proposed for closure."),
        ("Amber", "Acceptable progress made – continue to monitor."),
        ("Red", "Insufficient progress – the Committee may wish to request an update from the Cabinet Member."),
    ]
    r = 4
    for k, v in key_rows:
        ws_key.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws_key.cell(row=r, column=2, value=v)
        if k in status_fill:
            ws_key.cell(row=r, column=1).fill = fill(status_fill[k])
        r += 1
    ws_key.column_dimensions["A"].width = 30
    ws_key.column_dimensions["B"].width = 95

    widths = [15, 13, 55, 14, 24, 50, 14, 10]
    expected = []

    def sheet(ws, top_lines, groups):
        for i, line in enumerate(top_lines, start=1):
            ws.cell(row=i, column=1, value=line)
        ws.cell(row=1, column=1).font = Font(bold=True, size=12)
        ws.cell(row=2, column=1).font = Font(bold=True, size=14)
        ws.cell(row=3, column=1).font = Font(italic=True)
        hr = len(top_lines) + 2
        for c, h in enumerate(headers, start=1):
            cell = ws.cell(row=hr, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F3864")
            cell.alignment = WRAP
            cell.border = BOX
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + c)].width = w
        row = hr + 1
        for heading, items in groups:
            ws.cell(row=row, column=1, value=heading).font = Font(bold=True)
            for c in range(1, len(headers) + 1):
                ws.cell(row=row, column=c).fill = fill("D9E1F2")
                ws.cell(row=row, column=c).border = BOX
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
            row += 1
            for (ref, mdate, rec, resp, lead, prog, target, status, elead, eend, eend_text, estatus) in items:
                vals = [ref, mdate, rec, resp, lead, prog, target, status]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8).fill = fill(status_fill[status])
                row += 1
                expected.append(act(ref, [heading], rec, elead, eend, estatus, eend_text))
        return row

    ws = wb.create_sheet("Open recommendations")
    last = sheet(ws, ["Kent County Council", title,
                      "Update for the Scrutiny Committee meeting of 21 January 2026. Items proposed for closure move to the 'Closed' tab once agreed by the Committee."],
                 open_items)
    ws.cell(row=last + 1, column=1, value="Open: 7 | Green (proposed for closure): 2 | Amber: 4 | Red: 1").font = Font(italic=True)

    ws2 = wb.create_sheet("Closed")
    sheet(ws2, ["Kent County Council", "Scrutiny Committee – Recommendations closed in 2024-25",
                "Retained for reference; closure agreed by the Committee."], closed_items)

    wb.move_sheet("Key", offset=2)
    wb.active = 0
    wb.save(out(fname))

    write_expected(fname, {
        "source": ("Kent County Council Scrutiny Committee (democracy.kent.gov.uk, committee CId=752), 2025-26: "
                   "imitates a scrutiny recommendations tracker of the kind councils append to committee papers "
                   "(Reference / Origin / Date / Area / Recommendation / Exec Date / Lead Officer/EM / Action taken / Status, "
                   "with a key in which Green means 'recommendation achieved – monitoring no longer required'). "
                   "Topics follow real 2025 Kent Scrutiny Committee items (ASC local authority assessment improvement plan, "
                   "Securing Kent's Future budget, call-in of 25/00057 Strategic Headquarters). Copied features: key tab after the tracker tabs, "
                   "merged shaded topic rows, initials as leads (RS/DM, JS; BW, CM & SD), job titles with commas as one lead, "
                   "date and text target cells, status words with fill, an open/closed split over two sheets, a totals line."),
        "reads": ("A workbook with an open-recommendations tab, a closed tab and a key tab. Each tracker tab lists "
                  "scrutiny recommendations under shaded topic rows naming the meeting item; the status column uses "
                  "Green/Amber/Red where, by the key, Green means achieved and proposed for closure, so Green reads as complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 2. Bristol City Council - Business Plan 2024/25 Q3 progress (xlsx)
# ---------------------------------------------------------------------------
def bristol():
    fname = "zqe-bristol-city-council-corporate-strategy-business-plan-2024-25-q3-delivery-tracker.xlsx"
    title = "Business Plan 2024/25 – Quarter 3 Progress Report"
    headers = ["Ref", "Priority", "Business Plan action", "Directorate", "Responsible officer",
               "Due", "Revised due", "Q2 status", "Q3 status", "Q3 commentary"]
    smap = {"Complete": "blue", "On track": "green", "Some issues": "amber", "Off track": "red", "Not started": "unrated"}
    sheets = [
        ("CYP", "Theme 1: Children and Young People",
         "A city where every child belongs and every child gets the best start in life, whatever circumstances they were born into.",
         [
             ("CYP1.1", "CYP1 Child Friendly City",
              "Complete the UNICEF UK Child Friendly Cities and Communities candidate phase and submit the evidence portfolio for recognition.",
              "People", "Director: Children and Families Services", "Mar 2025", "", "On track", "On track",
              "Portfolio drafted; Young Inspectors review booked for February.",
              ["Director: Children and Families Services"], "2025-03", None),
             ("CYP1.2", None,
              "Establish a Youth Council task group on safe travel to school and publish its recommendations.",
              "People", "Head of Participation", "Dec 2024", "Feb 2025", "On track", "Some issues",
              "Task group has met twice; report delayed to allow consultation with secondary school councils.",
              ["Head of Participation"], "2025-02", None),
             ("CYP2.1", "CYP2 Supported to Thrive",
              "Open two additional Family Hubs in east central Bristol as part of the Family Hubs and Start for Life programme.",
              "People", "Director: Children and Families Services; Head of Early Help", "Q4 2024/25", "", "Some issues", "On track",
              "Lease for the Easton site signed; second hub to open in March.",
              ["Director: Children and Families Services", "Head of Early Help"], "2025-03", None),
             ("CYP3.1", "CYP3 Equity in Education",
              "Deliver 150 additional specialist SEND places through the sufficiency capital programme.",
              "People", "Director: Education and Skills", "Sep 2025", "", "Off track", "Some issues",
              "98 places confirmed for September 2025; remaining places depend on the free special school opening date.",
              ["Director: Education and Skills"], "2025-09", None),
         ]),
        ("HCW", "Theme 4: Health, Care and Wellbeing",
         "Tackle health inequalities to help people stay healthier and happier throughout their lives.",
         [
             ("HCW1.1", "HCW1 Transforming Care",
              "Roll out the Better Lives at Home strength-based model to all adult social care locality teams.",
              "Adult Social Care", "Director: Adult Social Care", "Mar 2025", "", "On track", "Complete",
              "All four locality teams trained and using the model since January.",
              ["Director: Adult Social Care"], "2025-03", None),
             ("HCW1.2", None,
              "Reduce the number of people waiting more than 28 days for a Care Act assessment by 25% from the April 2024 baseline.",
              "Adult Social Care", "Head of Service – Locality Teams", "Mar 2025", "Jun 2025", "Some issues", "Off track",
              "Waiting list has risen over winter (412 against a baseline of 377); recovery plan agreed with the Executive Director.",
              ["Head of Service – Locality Teams"], "2025-06", None),
             ("HCW2.1", "HCW2 Mental Health and Wellbeing",
              "Launch a suicide prevention training offer for frontline council staff with Thrive Bristol partners.",
              "Public Health", "Director of Public Health", "Ongoing", "", "On track", "On track",
              "312 staff trained to date.",
              ["Director of Public Health"], None, "Ongoing"),
         ]),
        ("HC", "Theme 5: Homes and Communities",
         "Healthy, resilient, and inclusive neighbourhoods with fair access to decent, affordable homes.",
         [
             ("HC1.1", "HC1 Housing Supply",
              "Deliver 800 new affordable homes across all tenures, including council homes delivered by Goram Homes and the HRA new build programme.",
              "Growth and Regeneration", "Director: Housing and Landlord Services", "Mar 2025", "", "Some issues", "Some issues",
              "611 completions forecast by year end; two schemes slipped into 2025/26.",
              ["Director: Housing and Landlord Services"], "2025-03", None),
             ("HC3.1", "HC3 Homelessness",
              "End the use of bed and breakfast accommodation for families for stays longer than six weeks.",
              "Growth and Regeneration", "Head of Housing Options", "Q3 2024/25", "Q1 2025/26", "Off track", "Off track",
              "27 families in B&B beyond six weeks at the end of December; new temporary accommodation block opens in May.",
              ["Head of Housing Options"], "2025-06", None),
             ("HC4.1", "HC4 Disability",
              "Publish an accessible homes register and match disabled applicants to adapted council homes through HomeChoice Bristol.",
              "Growth and Regeneration", "Head of Housing Options / Disability Equality Lead", "Mar 2026", "", "Not started", "Not started",
              "Scheduled to start in Q1 2025/26.",
              ["Head of Housing Options", "Disability Equality Lead"], "2026-03", None),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Bristol City Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Corporate Strategy 2022–27 – actions selected for Overview and Scrutiny Management Board, February 2025"
    ws["A3"].font = Font(italic=True)
    sh = ["Theme", "Actions", "Complete", "On track", "Some issues", "Off track", "Not started"]
    for c, h in enumerate(sh, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = fill("D9D9D9")
    counts = []
    for code, theme, _, rows in sheets:
        tally = {k: 0 for k in smap}
        for rw in rows:
            tally[rw[8]] += 1
        counts.append([theme, len(rows), tally["Complete"], tally["On track"], tally["Some issues"],
                       tally["Off track"], tally["Not started"]])
    r = 6
    for row_vals in counts:
        for c, v in enumerate(row_vals, start=1):
            ws.cell(row=r, column=c, value=v).border = BOX
        r += 1
    tot = ["Total"] + [sum(x[i] for x in counts) for i in range(1, 7)]
    for c, v in enumerate(tot, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "Action delivered", "BDD7EE"), ("On track", "Expected to be delivered by the due date", "C6EFCE"),
           ("Some issues", "Risk to delivery; mitigation in place", "FFEB9C"),
           ("Off track", "Will not be delivered by the due date without intervention", "FFC7CE"),
           ("Not started", "Not yet due to start", "FFFFFF")]
    for k, v, col in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=v)
    ws.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13

    status_col = {"Complete": "BDD7EE", "On track": "C6EFCE", "Some issues": "FFEB9C", "Off track": "FFC7CE", "Not started": "FFFFFF"}
    widths = [9, 24, 55, 20, 30, 12, 12, 12, 12, 55]
    expected = []
    for code, theme, vision, rows in sheets:
        w = wb.create_sheet(code)
        w["A1"] = theme
        w["A1"].font = Font(bold=True, size=13)
        w["A2"] = vision
        w["A2"].font = Font(italic=True)
        for c, h in enumerate(headers, start=1):
            cell = w.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("7030A0")
            cell.border = BOX
            cell.alignment = WRAP
        for c, wd in enumerate(widths, start=1):
            w.column_dimensions[chr(64 + c)].width = wd
        rr = 5
        current_priority = None
        for (ref, prio, action, direc, officer, due, rdue, q2, q3, comm, elead, eend, eend_text) in rows:
            if prio:
                current_priority = prio
            vals = [ref, prio, action, direc, officer, due, rdue or None, q2, q3, comm]
            for c, v in enumerate(vals, start=1):
                cell = w.cell(row=rr, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            w.cell(row=rr, column=8).fill = fill(status_col[q2])
            w.cell(row=rr, column=9).fill = fill(status_col[q3])
            rr += 1
            expected.append(act(ref, [theme, current_priority], action, elead, eend, smap[q3], eend_text))
    wb.save(out(fname))

    write_expected(fname, {
        "source": ("Bristol City Council, Corporate Strategy 2022–27 and its annual Business Plan with quarterly progress "
                   "reported to Overview and Scrutiny Management Board (bristol.gov.uk/council/policies-plans-and-strategies/corporate-strategy). "
                   "Uses the strategy's real theme names and priority codes (CYP1 Child Friendly City, HCW1 Transforming Care, "
                   "HC3 Homelessness ...). Copied features: a summary tab with counts by status and a status key, one tab per theme "
                   "with the theme statement under the title, a priority column filled only on the first row of each priority, "
                   "original and revised due dates, previous (Q2) and current (Q3) status, job titles as leads, quarters of the "
                   "financial year as due dates, an 'Ongoing' due cell."),
        "reads": ("A Q3 2024/25 progress workbook: a summary tab of totals and a key, then three theme tabs (Children and Young "
                  "People; Health, Care and Wellbeing; Homes and Communities). Each action sits under its theme and its priority "
                  "(the priority cell carries down), has a due and sometimes a revised due date, and is read at its Q3 status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 3. Aspire Adoption RAA - service development plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def aspire():
    fname = "zqe-aspire-adoption-raa-service-development-plan-2025-26-typo-month-refuse.xlsx"
    title = "Service Development Plan 2025–26"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Aspire Adoption – Service Development Plan 2025–26"
    dc["A1"].font = Font(bold=True, size=12)
    dch = ["Version", "Date", "Author", "Change"]
    for c, h in enumerate(dch, start=1):
        cell = dc.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    for i, row in enumerate([
        ("0.3", dt.date(2025, 4, 14), "Service Manager", "Draft for Aspire Partnership Board"),
        ("1.0", dt.date(2025, 5, 20), "Service Manager", "Approved by Aspire Partnership Board"),
        ("1.2", dt.date(2025, 12, 3), "Business Support Manager", "December progress update"),
    ], start=4):
        for c, v in enumerate(row, start=1):
            cell = dc.cell(row=i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
    dc.column_dimensions["A"].width = 10
    dc.column_dimensions["B"].width = 12
    dc.column_dimensions["C"].width = 26
    dc.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "Aspire Adoption"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Regional Adoption Agency for BCP Council and Dorset Council"
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "RAG is shown by cell colour – see the Key tab. Updated for the Aspire Partnership Board, December 2025."
    ws["A4"].font = Font(italic=True)
    headers = ["No.", "Action", "Lead", "Target", "RAG", "Update"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
    rows = [
        ("P", "Priority 1 – Recruitment and assessment of adopters"),
        ("1.1", "Run two targeted recruitment campaigns for adopters of sibling groups and children over four, aligned with the Adoption England national campaign.",
         "Recruitment Team Manager", "Sep-25", "green", "Spring campaign delivered; autumn campaign launched 22 September with 31 enquiries in the first month."),
        ("1.2", "Reduce the average time from registration of interest to approval to under six months.",
         "Assessment Team Manager", "Mar-26", "amber", "Average currently 7.1 months; two assessing social worker vacancies."),
        ("P", "Priority 2 – Early permanence"),
        ("2.1", "Approve at least six early permanence carers during the year.",
         "Service Manager", "0ct-25", "amber", "Four approved; two at panel in January."),
        ("2.2", "Deliver joint early permanence training to BCP and Dorset children's social work teams.",
         "Practice Lead – Early Permanence", "Dec-25", "green", "Three of four sessions delivered."),
        ("P", "Priority 3 – Adoption support"),
        ("3.1", "Review the Adoption Support Fund application process to cut the time from assessment to therapy start.",
         "Adoption Support Team Manager", "Jul-25", "blue", "Complete – average time reduced from 14 to 9 weeks."),
        ("3.2", "Launch a peer mentoring scheme for adopters in the first year of placement.",
         "Adoption Support Team Manager", "Jan-26", "green", "Eight mentors trained."),
        ("P", "Priority 4 – Contact and relationships"),
        ("4.1", "Move letterbox contact to a secure digital platform for all new arrangements.",
         "Business Support Manager", "Mar-26", "red", "Procurement paused pending the Adoption England regional platform decision."),
    ]
    r = 7
    refuse_row = None
    for row in rows:
        if row[0] == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill("E8DAEF")
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            no, action, lead, target, rag, upd = row
            for c, v in enumerate([no, action, lead, target, None, upd], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).fill = fill(RAG_FILL[rag])
            if target.startswith("0"):
                refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Totals: 7 actions – 1 complete, 3 green, 2 amber, 1 red").font = Font(italic=True)
    for col, wd in zip("ABCDEF", [8, 60, 30, 10, 8, 55]):
        ws.column_dimensions[col].width = wd

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (rag, txt) in enumerate([("red", "Off track – escalate to Partnership Board"),
                                    ("amber", "Some slippage – recovery action in place"),
                                    ("green", "On track"),
                                    ("blue", "Complete")], start=2):
        key.cell(row=i, column=1).fill = fill(RAG_FILL[rag])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 45
    wb.active = 1
    wb.save(out(fname))
    assert refuse_row == 11, refuse_row

    write_expected(fname, {
        "source": ("Aspire Adoption, the regional adoption agency hosted for BCP Council and Dorset Council (aspireadoption.co.uk; "
                   "annual report and self-evaluation taken to Dorset Council Cabinet and Corporate Parenting Board), 2025-26: "
                   "imitates an RAA service development plan kept in Excel. Copied features: a document-control tab, "
                   "agency name and partner councils above the title, merged shaded priority rows, RAG by cell colour only "
                   "with the key on its own tab, text target months typed as Mmm-yy, a totals line."),
        "reads": ("A seven-action development plan under four priorities with fill-colour RAG. The target cell of action 2.1 "
                  "reads '0ct-25' with a zero for the letter O, a mistyped month, so a careful reader stops at that row "
                  "(sheet 'Development Plan', row 11) and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return fname, 0


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Cardiff Youth Justice Service - national standards improvement plan (docx)
# ---------------------------------------------------------------------------
def cardiff():
    fname = "zqe-cardiff-youth-justice-service-national-standards-self-assessment-improvement-plan.docx"
    title = "National Standards Self-Assessment 2024 – Improvement Plan"
    rag_col = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}
    rag_status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    standards = [
        ("Standard 1 – Out-of-court disposals", [
            ("Decisions made at the joint decision-making panel (Bureau) do not consistently record why the outcome chosen is proportionate.", [
                ("1.1", "Revise the Bureau decision template to include a mandatory proportionality rationale and the child's views.",
                 "Prevention and Bureau Team Manager", "January 2025", "B", "New template in use from 6 January 2025.",
                 ["Prevention and Bureau Team Manager"], "2025-01", None),
                ("1.2", "Dip-sample 10 Bureau decisions each quarter and report the findings to the Performance and Quality sub-group.",
                 "YJS Performance and Quality Manager / South Wales Police Bureau Sergeant", "Quarterly", "G",
                 "Q4 and Q1 samples completed; 8 of 10 and 9 of 10 met the standard.",
                 ["YJS Performance and Quality Manager", "South Wales Police Bureau Sergeant"], None, "Quarterly"),
            ]),
            ("Out-of-court interventions are not always reviewed when a child's circumstances change.", [
                ("1.3", "Introduce a review point at six weeks for every Youth Caution and Youth Conditional Caution with an intervention.",
                 "Prevention and Bureau Team Manager", "31/03/2025", "A", "Review point built into ChildView; compliance 62% in Q4 2024/25.",
                 ["Prevention and Bureau Team Manager"], "2025-03", None),
            ]),
        ]),
        ("Standard 2 – At court", [
            ("Pre-sentence reports do not always reflect the child's diversity needs and Welsh language preference.", [
                ("2.1", "Add a diversity and Welsh language prompt to the pre-sentence report quality assurance checklist.",
                 "Court Team Manager", "February 2025", "B", "Checklist updated and in use.",
                 ["Court Team Manager"], "2025-02", None),
                ("2.2", "Agree with HMCTS a process so that a Welsh-medium hearing is offered at the child's first appearance.",
                 "Head of Youth Justice", "Q2 2025/26", "R", "Meeting with the HMCTS listing manager postponed twice; escalated to the Youth Justice Board chair.",
                 ["Head of Youth Justice"], "2025-09", None),
            ]),
        ]),
        ("Standard 3 – In the community (court disposals)", [
            ("Management oversight of risk of serious harm plans is not evident on case records.", [
                ("3.1", "Managers to record their oversight of every risk of serious harm plan within five working days of countersignature.",
                 "Operational Manager (Community)", "Ongoing", "A", "Monthly audit shows 71% recorded within five days.",
                 ["Operational Manager (Community)"], None, "Ongoing"),
                ("3.2", "Deliver refresher training on risk, safety and wellbeing planning to all case managers.",
                 "Workforce Development Officer", "June 2025", "G", "Two cohorts trained; final cohort booked for 17 June.",
                 ["Workforce Development Officer"], "2025-06", None),
            ]),
        ]),
        ("Standard 5 – On transition and resettlement", [
            ("Transition arrangements to the Probation Service are not started early enough for children approaching 18.", [
                ("5.1", "Implement the youth to adult transition protocol with the Probation Service, starting joint planning when the child is 17 years and 3 months.",
                 "Head of Youth Justice; Head of Cardiff PDU (Probation Service Wales)", "End of September 2025", "A",
                 "Protocol signed; first joint planning meetings held for 4 children.",
                 ["Head of Youth Justice", "Head of Cardiff PDU (Probation Service Wales)"], "2025-09", None),
            ]),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Cardiff Youth Justice Service")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Gwasanaeth Cyfiawnder Ieuenctid Caerdydd")
    r.italic = True
    d.add_heading(title, level=1)
    d.add_paragraph("Owner: Cardiff Youth Justice Board. Monitored quarterly by the Board's Performance and Quality sub-group. "
                    "Actions respond to the strategic and operational self-assessment submitted to the Youth Justice Board "
                    "for England and Wales in 2024.")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "14/11/2024", "YJS Performance and Quality Manager", "Draft"),
                ("1.2", "30/01/2025", "YJS Performance and Quality Manager", "Approved by Youth Justice Board"),
                ("1.4", "22/05/2025", "YJS Performance and Quality Manager", "Q4 2024/25 update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    d.add_paragraph().add_run("RAG key").bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("R", "Not on track – timescale will be missed"), ("A", "Some slippage – action in progress"),
                 ("G", "On track"), ("B", "Complete")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], rag_col[k])
        set_cell(cells[1], v)

    expected = []
    for std, findings in standards:
        d.add_heading(std, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Owner", "Timescale", "RAG", "Update (May 2025)"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9D9D9")
        for finding, acts in findings:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, finding, bold=True)
            shade(merged, "F2F2F2")
            for (ref, action, owner, when, rag, upd, elead, eend, eend_text) in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, owner, when, rag, upd]):
                    set_cell(cells[c], v)
                shade(cells[4], rag_col[rag])
                expected.append(act(ref, [std, finding], action, elead, eend, rag_status[rag], eend_text))
    d.add_paragraph("Standard 4 (in secure settings): no improvement actions arising; the self-assessment was rated good.")
    d.save(out(fname))

    write_expected(fname, {
        "source": ("Cardiff Youth Justice Service (Cardiff Council), Wales: improvement plan after the YJB 'Standards for children "
                   "in the youth justice system' self-assessment (strategic and operational audit of the five standards: "
                   "out-of-court disposals, at court, in the community, in secure settings, on transition), in the style of "
                   "YOS improvement plans that set the area requiring improvement above its actions with owner, timescale, "
                   "RAG and progress. Copied features: bilingual title block, document-control and RAG-key tables, one heading "
                   "and one table per standard, merged shaded finding rows above their actions, RAG letters with shading, "
                   "two owners in one cell, Quarterly/Ongoing timescales, a closing note for a standard without actions."),
        "reads": ("A Word plan with a document-control table and a RAG key, then a section per national standard; in each "
                  "section's table a merged row states the self-assessment finding and the numbered actions beneath it answer "
                  "that finding. Each action is read under its standard and its finding, with the RAG letter as status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 5. Bradford local area SEND - accelerated progress plan (docx)
# ---------------------------------------------------------------------------
def bradford():
    fname = "zqe-bradford-local-area-send-accelerated-progress-plan.docx"
    title = "Accelerated Progress Plan"
    smap = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    scol = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    areas = [
        ("Area of weakness 1: The quality of EHC plans and the timeliness of annual reviews", [
            ("1.1", "Introduce a multi-agency EHC plan quality assurance framework with monthly moderation involving education, health, social care and parent carers.",
             "Head of SEND Assessment\nDesignated Clinical Officer", "October 2024",
             "80% of audited plans judged good or better by March 2025", "Blue",
             ["Head of SEND Assessment", "Designated Clinical Officer"], "2024-10", None),
            ("1.2", "Clear the backlog of overdue annual reviews for children in Year 6 and Year 11 ahead of phase transfer.",
             "Head of SEND Assessment", "By 15 February 2025",
             "All phase transfer reviews completed by the statutory deadline", "Amber",
             ["Head of SEND Assessment"], "2025-02", None),
            ("1.3", "Recruit six additional EHC coordinators and an annual review team leader.",
             "Assistant Director, SEND and Inclusion", "Autumn term 2024",
             "Caseloads below 180 per coordinator", "Green",
             ["Assistant Director, SEND and Inclusion"], "2024-12", None),
        ]),
        ("Area of weakness 2: Communication with parents and carers and the extent of co-production", [
            ("2.1", "Co-produce a SEND communication charter with Bradford Parent Carer Forum, including response times for enquiries to the SEND Assessment Team.",
             "Head of SEND Partnerships; Parent Carer Forum Chair", "December 2024",
             "Charter published; 90% of enquiries answered within 5 working days", "Green",
             ["Head of SEND Partnerships", "Parent Carer Forum Chair"], "2024-12", None),
            ("2.2", "Relaunch the Local Offer website with parent-designed navigation and a 'You said, we did' page updated each term.",
             "Local Offer Manager", "Summer term 2025",
             "Local Offer satisfaction survey above 60%", "Amber",
             ["Local Offer Manager"], "2025-07", None),
        ]),
        ("Area of weakness 3: Waiting times for neurodevelopmental assessment", [
            ("3.1", "Commission additional autism assessment capacity from an independent provider to reduce the waiting list for children aged 5 to 18.",
             "Head of Children's Commissioning (ICB)", "31/03/2025",
             "No child waiting more than 52 weeks", "Red",
             ["Head of Children's Commissioning (ICB)"], "2025-03", None),
            ("3.2", "Introduce a needs-led support offer in schools for children awaiting assessment, delivered through the Bradford Inclusion Partnership.",
             "Assistant Director, SEND and Inclusion / Designated Clinical Officer", "Ongoing",
             "Number of schools accessing the offer", "Green",
             ["Assistant Director, SEND and Inclusion", "Designated Clinical Officer"], None, "Ongoing"),
            ("3.3", "Publish monthly waiting-list data by pathway on the Local Offer.",
             "SEND Data and Performance Lead", "Jan-25",
             "Data published by the 10th working day of each month", "Blue",
             ["SEND Data and Performance Lead"], "2025-01", None),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Bradford Local Area Partnership")
    r.bold = True
    r.font.size = Pt(13)
    p = d.add_paragraph("Special Educational Needs and Disabilities (SEND)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_heading(title, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Progress update: January 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Annex A: Accelerated Progress Plan (APP) for a Local Area following the judgement by Ofsted/Care Quality "
                    "Commission that sufficient progress had not been made against the weaknesses outlined by the Inspection.").runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Name of the Local Area", "Bradford"),
        ("Date of Inspection", "21 – 25 March 2022"),
        ("Date of Publication of the revisit report", "12 July 2024"),
        ("Accountable Officers from the LA and ICB",
         "Strategic Director, Children's Services, City of Bradford Metropolitan District Council\n"
         "Director of Nursing and Quality, NHS West Yorkshire ICB (Bradford District and Craven)"),
        ("SEND and NHS England Advisers", "DfE SEND Adviser\nNHS England SEND Adviser"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], v)

    d.add_heading("Governance and accountability", level=2)
    d.add_paragraph("The APP is overseen by the Bradford SEND Improvement Board, chaired by the Strategic Director, Children's "
                    "Services, and reviewed with the Department for Education and NHS England at six-monthly progress review "
                    "meetings. Bradford Parent Carer Forum is a full member of the Board.")
    d.add_paragraph("RAG: Blue – complete with evidence of impact; Green – on track; Amber – some slippage, mitigation in place; "
                    "Red – off track.")

    expected = []
    for heading, acts in areas:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hh in enumerate(["No.", "Action", "Lead(s)", "By when", "Measure of impact", "RAG"]):
            set_cell(t.rows[0].cells[c], hh, bold=True)
            shade(t.rows[0].cells[c], "1F4E79")
        for (no, action, lead, when, measure, rag, elead, eend, eend_text) in acts:
            cells = t.add_row().cells
            for c, v in enumerate([no, action, lead, when, measure, rag]):
                set_cell(cells[c], v)
            shade(cells[5], scol[rag])
            expected.append(act(no, [heading], action, elead, eend, smap[rag], eend_text))

    d.add_heading("Key performance indicators", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, hh in enumerate(["Indicator", "Baseline (July 2024)", "Target (July 2025)", "Latest (December 2024)"]):
        set_cell(t.rows[0].cells[c], hh, bold=True)
    for row in [("New EHC plans issued within 20 weeks", "34%", "60%", "47%"),
                ("Audited EHC plans judged good or better", "41%", "80%", "66%"),
                ("Children waiting more than 52 weeks for autism assessment", "1,106", "0", "874")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    d.save(out(fname))

    write_expected(fname, {
        "source": ("City of Bradford MDC and NHS West Yorkshire ICB (Bradford District and Craven): local area SEND inspection "
                   "March 2022 with a written statement of action; this imitates the DfE 'Annex A' accelerated progress plan "
                   "template that areas publish after a revisit finds insufficient progress (as published by Staffordshire and "
                   "Central Bedfordshire): name of local area, inspection and revisit dates, accountable officers and advisers "
                   "in a two-column table, a governance paragraph, then one table per remaining area of weakness with action, "
                   "lead(s), by when, measure of impact and RAG, and a KPI table at the end."),
        "reads": ("A Word APP with an information table and a RAG line, then three headed tables, one for each area of weakness "
                  "still to be addressed, each listing numbered actions with leads (two posts on separate lines or joined by "
                  "'/' or ';'), a due date and a RAG word. The final KPI table and the header table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 6. Pan-Dorset Safeguarding Children Partnership - LCSPR Child H action plan (csv)
# ---------------------------------------------------------------------------
def pandorset():
    fname = "zqe-pan-dorset-safeguarding-children-partnership-lcspr-child-h-action-plan.csv"
    title = "Local Child Safeguarding Practice Review: Child H – Action Plan"
    smap = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}
    recs = [
        ("1", "The Partnership should seek assurance that practitioners across agencies recognise and respond to the risks to unborn babies from parental substance use.", [
            ("1.1", "Refresh the pan-Dorset pre-birth protocol to include a pathway for parental substance use identified at booking.",
             "PDSCP Business Manager", "30/06/2025", "", "Complete", "Protocol approved by the Partnership Executive on 19 June 2025 and published on the procedures site.",
             ["PDSCP Business Manager"], "2025-06", None),
            ("1.2", "Deliver multi-agency briefings on the refreshed pre-birth protocol to midwifery, health visiting and children's social care teams.",
             "Designated Nurse Safeguarding Children (NHS Dorset)", "30/09/2025", "31/12/2025", "Amber",
             "Four of seven briefings delivered; remaining sessions booked for November and December.",
             ["Designated Nurse Safeguarding Children (NHS Dorset)"], "2025-12", None),
        ]),
        ("2", "Agencies should ensure that the voice and lived experience of fathers and male carers are sought and recorded in assessments.", [
            ("2.1", "Add a prompt on fathers and male carers to the child and family assessment template in both local authorities.",
             "BCP Children's Services / Dorset Council Children's Services", "Sep-25", "Nov-25", "Green",
             "Live in Dorset Council's system; BCP system change scheduled for November release.",
             ["BCP Children's Services", "Dorset Council Children's Services"], "2025-11", None),
            ("2.2", "Audit 20 cases per local authority for evidence of engagement with fathers and report the findings to SPRG.",
             "Quality Assurance Sub-group Chair", "Mar-26", "", "Green", "Audit tool agreed; fieldwork January 2026.",
             ["Quality Assurance Sub-group Chair"], "2026-03", None),
        ]),
        ("3", "Dorset Police and health partners should review how information about domestic abuse incidents is shared with GPs and health visitors.", [
            ("3.1", "Extend the domestic abuse notification process for children under five so that health visitors receive notifications within 24 hours.",
             "Safeguarding Hub DCI (Dorset Police)", "31/12/2025", "", "Red",
             "Information sharing agreement not yet signed by all health providers; escalated to the Partnership Executive.",
             ["Safeguarding Hub DCI (Dorset Police)"], "2025-12", None),
            ("3.2", "GP practices to record domestic abuse notifications on the child's and parents' records using the agreed SNOMED codes.",
             "Named GP for Safeguarding Children (NHS Dorset)", "Ongoing", "", "Green",
             "Coding guidance issued to all practices; compliance checked through the annual Section 11 audit.",
             ["Named GP for Safeguarding Children (NHS Dorset)"], None, "Ongoing"),
        ]),
        ("4", "The Partnership should test the impact of this learning through multi-agency audit in 2026.", [
            ("4.1", "Include pre-birth assessment and parental substance use in the 2026-27 multi-agency audit programme.",
             "PDSCP Business Manager", "Q1 2026/27", "", "Not started", "",
             ["PDSCP Business Manager"], "2026-06", None),
        ]),
    ]
    ncol = 9
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Pan-Dorset Safeguarding Children Partnership"] + [""] * (ncol - 1))
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Review published 12 March 2025. Progress as reported to the Safeguarding Practice Review Group (SPRG), October 2025."] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"])
    expected = []
    tally = {}
    for no, rec, acts in recs:
        first = True
        for (ref, action, lead, target, revised, rag, upd, elead, eend, eend_text) in acts:
            w.writerow([no if first else "", rec if first else "", ref, action, lead, target, revised, rag, upd])
            first = False
            tally[rag] = tally.get(rag, 0) + 1
            expected.append(act(ref, [rec], action, elead, eend, smap[rag], eend_text))
    w.writerow([""] * ncol)
    w.writerow(["RAG key: Complete = evidenced and signed off by SPRG; Green = on track; Amber = at risk of delay; Red = delayed or blocked."] + [""] * (ncol - 1))
    total = sum(tally.values())
    w.writerow([f"Summary: {total} actions – Complete {tally.get('Complete', 0)}, Green {tally.get('Green', 0)}, "
                f"Amber {tally.get('Amber', 0)}, Red {tally.get('Red', 0)}, Not started {tally.get('Not started', 0)}"] + [""] * (ncol - 1))
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(fname, {
        "source": ("Pan-Dorset Safeguarding Children Partnership (BCP Council and Dorset Council areas), 2025: imitates the "
                   "multi-agency action plan published or tracked after a local child safeguarding practice review (LCSPR), "
                   "saved from Excel as CSV. Copied features: partnership name, title and a publication/progress line above the "
                   "header, recommendation number and text on the first action row only (blank on continuation rows), "
                   "numbered actions, agency posts as leads, original and revised target dates, RAG words with 'Complete', "
                   "a RAG key line and a summary line at the foot."),
        "reads": ("A CSV action plan for LCSPR Child H: four recommendations, each followed by its numbered actions; the "
                  "recommendation cells are left blank on the second action of a recommendation and carry down. Each action is "
                  "read under its recommendation, due at the revised date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 7. Derbyshire County Council - fostering service development plan (txt, tab separated)
# ---------------------------------------------------------------------------
def derbyshire():
    fname = "zqe-derbyshire-county-council-fostering-service-development-plan-2025-26.txt"
    title = "Fostering Service Development Plan 2025-26"
    smap = {"On track": "green", "Some slippage": "amber", "Off track": "red", "Complete": "blue", "Not started": "unrated"}
    plan = [
        ("Priority 1 – Sufficiency: more Derbyshire foster carers for Derbyshire children", [
            ("1.1", "Increase mainstream fostering households by a net 20 through the Foster for Derbyshire campaign and the regional Fostering Recruitment Hub.",
             "Fostering Recruitment Manager", "March 2026", "On track", "9 new households approved April–September; 3 de-registrations.", None,
             ["Fostering Recruitment Manager"], "2026-03", None),
            ("1.2", "Introduce a fast-track assessment for applicants transferring from independent fostering agencies.",
             "Assessment Team Manager", "Sept 2025", "Complete", "Fast-track process live from 1 September 2025; 4 transfers in progress.", None,
             ["Assessment Team Manager"], "2025-09", None),
            ("1.3", "Develop a specialist parent and child fostering scheme with an enhanced fee.",
             "Head of Service (Placements)", "Q3 2025-26", "Some slippage",
             "Fee structure agreed; approval of the scheme moved to the December Cabinet Member decision.",
             "First two carers identified for transfer from mainstream.",
             ["Head of Service (Placements)"], "2025-12", None),
        ]),
        ("Priority 2 – Retention and support", [
            ("2.1", "Roll out the Mockingbird model to a second constellation in the north of the county.",
             "Fostering Service Manager / Mockingbird Liaison Worker", "Sept 2025 – March 2026", "On track",
             "Hub home carer recruited; satellite households being matched.", None,
             ["Fostering Service Manager", "Mockingbird Liaison Worker"], "2026-03", None),
            ("2.2", "Review the foster carer learning and development offer with the Derbyshire Foster Care Association.",
             "Fostering Service Manager", "Dec 2025", "Off track", "Review paused due to a vacancy in the training officer post.", None,
             ["Fostering Service Manager"], "2025-12", None),
        ]),
        ("Priority 3 – Kinship care", [
            ("3.1", "Complete viability assessments for connected persons within 10 working days of referral.",
             "Kinship Team Manager", "Ongoing", "Some slippage", "68% completed within 10 days in Q2.", None,
             ["Kinship Team Manager"], None, "Ongoing"),
            ("3.2", "Publish a kinship local offer in line with the national kinship care strategy.",
             "Kinship Team Manager / Participation Officer", "31/01/2026", "Not started", "", None,
             ["Kinship Team Manager", "Participation Officer"], "2026-01", None),
        ]),
        ("Priority 4 – Quality and oversight", [
            ("4.1", "Introduce annual quality audits of foster carer reviews by the Independent Reviewing Service.",
             "Independent Reviewing Service Manager", "March 2026", "On track", "Audit tool agreed with the fostering panel chair.", None,
             ["Independent Reviewing Service Manager"], "2026-03", None),
        ]),
    ]
    lines = [
        "Derbyshire County Council – Children's Services",
        title,
        "Appendix 2 to the Fostering Service Annual Report 2024-25",
        "",
        "\t".join(["Ref", "Development area / action", "Lead", "Timescale", "Status (Oct 2025)", "Comments"]),
    ]
    expected = []
    for prio, acts in plan:
        lines.append(prio)
        for (ref, action, lead, when, status, comm, cont, elead, eend, eend_text) in acts:
            lines.append("\t".join([ref, action, lead, when, status, comm]))
            if cont:
                lines.append("\t".join(["", "", "", "", "", cont]))
            expected.append(act(ref, [prio], action, elead, eend, smap[status], eend_text))
    lines.append("")
    lines.append("Status key: On track = green; Some slippage = amber; Off track = red; Complete = blue; Not started = not yet due to start.")
    with open(out(fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": ("Derbyshire County Council children's services, 2025-26: imitates the development plan appended to a local "
                   "authority fostering service annual report (Regulation 35 / NMS 25.7 report to the Cabinet Member or "
                   "Corporate Parenting Board, as in Coventry, Doncaster and Dorset annual fostering reports), exported from "
                   "a spreadsheet as tab-separated text. Copied features: council and service lines above the title, an "
                   "'Appendix' line, priority heading lines with no tabs, status words with the key on the last line, two "
                   "posts joined by '/', a period as timescale, a comments continuation line holding only the last column."),
        "reads": ("A tab-separated development plan under four priorities. Each numbered line is an action with lead, "
                  "timescale and status word; one line that carries only a comment continues the comments of action 1.3 "
                  "and is not an action. The status key maps the words to RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


if __name__ == "__main__":
    made = []
    for fn in (kent, bristol, aspire, cardiff, bradford, pandorset, derbyshire):
        made.append(fn())
    for name, n in made:
        print(f"{name}\t{n} actions")
