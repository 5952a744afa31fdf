#!/usr/bin/env python3
"""Build the seven xd- blind cases (data files and .expected.yaml) for heldout552.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "xd-".
"""
import csv
import re
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

FILL = {
    "blue": "9BC2E6",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DDEBF7",
}


def path(name):
    assert name.startswith("xd-") or name.startswith("xd_")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    if "\n" in data or re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, meta, actions=None):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta.get("outcome", "read")
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if doc["outcome"] == "read":
        doc["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


# ----------------------------------------------------------------------------------------------
# xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def put(ws, row, values, bold=False, border=True, fills=None, numfmt=None):
    for i, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=i, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = numfmt or "dd/mm/yyyy"
        if fills and i in fills and fills[i]:
            cell.fill = fill(fills[i])


def band(ws, row, text, ncols, color="teal"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(color)
    c.alignment = WRAP


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ==============================================================================================
# 1. Anglian Water – Ofwat enforcement undertakings tracker (xlsx, read)
def make_anglian():
    name = "xd-anglian-water-ofwat-wastewater-investigation-undertakings-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Anglian Water Services Limited"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Ofwat investigation into wastewater treatment works – enforcement undertakings"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Delivery tracker: position at 31 December 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    r = 6
    for k, v in [
        ("Version", "2.3"),
        ("Owner", "Head of Environmental Regulation"),
        ("Reviewed by", "Executive Compliance Committee, 14 January 2026"),
        ("Next report", "Board Environmental Compliance Committee, March 2026"),
        ("Classification", "Official – shared with Ofwat"),
    ]:
        put(cov, r, [k, v])
        cov.cell(row=r, column=1).font = Font(bold=True)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    put(cov, r, ["Version", "Date", "Summary of changes"], bold=True)
    r += 1
    for v in [
        ("1.0", dt.date(2025, 3, 12), "First issue following Ofwat's acceptance of the undertakings"),
        ("2.0", dt.date(2025, 7, 4), "Q1 2025/26 update"),
        ("2.2", dt.date(2025, 10, 8), "Q2 2025/26 update"),
        ("2.3", dt.date(2026, 1, 9), "Q3 2025/26 update; revised dates agreed with Ofwat added"),
    ]:
        put(cov, r, list(v))
        r += 1
    widths(cov, {"A": 22, "B": 60, "C": 60})

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (word, col, meaning) in enumerate([
        ("Blue", "blue", "Complete – evidence of completion provided to Ofwat"),
        ("Green", "green", "On track to deliver by the due date"),
        ("Amber", "amber", "At risk – recovery actions in place"),
        ("Red", "red", "Will not meet the due date – revised date to be agreed with Ofwat"),
    ], start=3):
        put(key, i, [word, meaning], fills={1: col})
    widths(key, {"A": 12, "B": 70})

    ws = wb.create_sheet("Tracker")
    ncols = 8
    ws["A1"] = "Enforcement undertakings – delivery tracker (Q3 2025/26)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Progress is reported to Ofwat quarterly. Revised dates are shown only where they "
                "have been agreed with Ofwat.")
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Accountable executive", "Original due date", "Revised due date",
           "Previous RAG (Q2)", "Current RAG (Q3)", "Progress update"]
    put(ws, 4, hdr, bold=True, fills={i: "grey" for i in range(1, 9)})

    U1 = ("Undertaking 1: Operate all wastewater treatment works in line with flow to full "
          "treatment (FFT) permit conditions")
    U2 = ("Undertaking 2: Improve monitoring and reporting of storm overflow and emergency "
          "overflow discharges")
    U3 = "Undertaking 3: Strengthen board oversight of environmental compliance"

    rows = [
        ("band", U1),
        ("1.1", "Verify and, where needed, recalibrate the FFT flow meters at all permitted wastewater "
                "treatment works.", "Director of Water Recycling", dt.date(2025, 3, 31), None,
         "Blue", "Blue", "Verification completed at 312 sites; 41 meters recalibrated. Evidence pack "
                         "sent to Ofwat 28/03/2025."),
        ("1.2", "Deliver capacity upgrades at the 17 works identified as unable to pass FFT, in line "
                "with the agreed site-by-site programme.", "Director of Capital Delivery",
         dt.date(2026, 3, 31), dt.date(2026, 12, 31), "Amber", "Red",
         "Nine of 17 schemes complete. Planning delays at Cotton Valley and Whitlingham; revised "
         "date agreed with Ofwat 05/12/2025."),
        ("1.3", "Introduce real-time FFT compliance alarms in the Operational Control Centre, with a "
                "two-hour response standard.",
         "Head of Wastewater Operations / Head of Control Centre", dt.date(2025, 9, 30), None,
         "Green", "Blue", "Alarms live at all sites from 22/09/2025. Response times reported monthly."),
        ("band", U2),
        ("2.1", "Install event duration monitors on the remaining 86 emergency overflows.",
         "Director of Water Recycling", dt.date(2025, 6, 30), dt.date(2025, 10, 31), "Amber", "Blue",
         "All 86 monitors installed and commissioned; data now shown on the public storm overflow map."),
        ("2.2", "Commission independent assurance of 2025 storm overflow EDM data before the annual "
                "return is submitted.", "Director of Regulation", "Q4 2025/26", None, "Green", "Green",
         "Assurance provider appointed. Fieldwork starts February 2026."),
        ("2.3", "Publish a quarterly storm overflow performance statement on the company website, "
                "including the root cause for each high-spilling overflow.",
         "Head of Environmental Regulation; Director of Communications", dt.date(2025, 7, 31), None,
         "Green", "Blue", "First statement published 29/07/2025; second 30/10/2025."),
        ("band", U3),
        ("3.1", "Establish an Environmental Compliance Committee of the Board, chaired by an "
                "independent non-executive director, with terms of reference covering permit "
                "compliance and the Ofwat undertakings.", "Company Secretary", dt.date(2025, 4, 30),
         None, "Blue", "Blue", "Committee first met 24/04/2025."),
        ("3.2", "Link 20% of the executive annual bonus to wastewater permit compliance measures, "
                "subject to Remuneration Committee approval.\nReport the outcome in the 2025/26 "
                "Annual Integrated Report.", "Chair of the Remuneration Committee",
         dt.date(2026, 5, 31), None, "Green", "Green", "Measures approved 17/09/2025."),
        ("3.3", "Complete an independent review of wastewater compliance culture and present the "
                "findings, with an action plan, to the Board.", "Chief Executive",
         dt.date(2025, 11, 30), dt.date(2026, 3, 31), "Green", "Amber",
         "Fieldwork complete; report held back so that staff survey results can be included."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], ncols)
        else:
            ref, action, lead, orig, rev, prev, cur, upd = row
            put(ws, r, [ref, action, lead, orig, rev, prev, cur, upd],
                fills={6: prev.lower(), 7: cur.lower()})
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n, col in [("Blue (complete)", 5, "blue"), ("Green", 2, "green"), ("Amber", 1, "amber"),
                        ("Red", 1, "red"), ("Total actions", 9, None)]:
        put(ws, r, [lab, n], fills={1: col} if col else None)
        r += 1
    widths(ws, {"A": 16, "B": 60, "C": 30, "D": 14, "E": 14, "F": 12, "G": 12, "H": 50})
    wb.save(path(name))

    acts = [
        act("1.1", [U1], rows[1][1], ["Director of Water Recycling"], "2025-03", "blue"),
        act("1.2", [U1], rows[2][1], ["Director of Capital Delivery"], "2026-12", "red"),
        act("1.3", [U1], rows[3][1], ["Head of Wastewater Operations", "Head of Control Centre"],
            "2025-09", "blue"),
        act("2.1", [U2], rows[5][1], ["Director of Water Recycling"], "2025-10", "blue"),
        act("2.2", [U2], rows[6][1], ["Director of Regulation"], "2026-03", "green",
            end_text="Q4 2025/26"),
        act("2.3", [U2], rows[7][1], ["Head of Environmental Regulation", "Director of Communications"],
            "2025-07", "blue"),
        act("3.1", [U3], rows[9][1], ["Company Secretary"], "2025-04", "blue"),
        act("3.2", [U3], rows[10][1], ["Chair of the Remuneration Committee"], "2026-05", "green"),
        act("3.3", [U3], rows[11][1], ["Chief Executive"], "2026-03", "amber"),
    ]
    meta = {
        "source": (
            "Imitates the quarterly delivery tracker a water company keeps for undertakings given to "
            "Ofwat after the 2021-24 investigation into wastewater treatment works (Ofwat opened "
            "enforcement cases against Anglian Water and five others in 2022; cf. "
            "ofwat.gov.uk 'Previous updates on the sewage treatment works investigation'). Copied "
            "features: cover sheet with document-control and version-history tables, a separate RAG "
            "key sheet, merged undertaking band rows above numbered actions, real Excel dates with "
            "original and revised due-date columns, previous and current RAG columns with text and "
            "fill colour, a job-title lead column (some with two posts), an inner line break in one "
            "action, and a summary block under the table."),
        "reads": (
            "A three-sheet workbook: cover and RAG key sheets, then the tracker with three Ofwat "
            "undertakings, each a merged band over its numbered actions (1.1-3.3, nine in all). Each "
            "action has an accountable executive, original and sometimes revised due dates, and "
            "Q2 and Q3 RAG; the reader takes the revised date where one is given and the current "
            "(Q3) RAG. The summary block at the bottom is not an action."),
        "title": "Ofwat investigation into wastewater treatment works – enforcement undertakings",
    }
    write_expected(name, meta, acts)
    return name, len(acts)


# ==============================================================================================
# 2. Devon and Torbay CCA – meeting action log (xlsx, read)
def make_devon_torbay():
    name = "xd-devon-and-torbay-cca-authority-meeting-action-log.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Devon and Torbay Combined County Authority – Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Actions arising from meetings of the Combined County Authority"
    ws["A3"] = "Updated 3 November 2025 for the meeting on 14 November 2025"
    ws["A5"] = "RAG:"
    ws["A5"].font = Font(bold=True)
    for col, (txt, c) in enumerate([("B – complete", "blue"), ("G – on track", "green"),
                                    ("A – at risk of slipping", "amber"), ("R – overdue", "red")],
                                   start=2):
        cell = ws.cell(row=5, column=col, value=txt)
        cell.fill = fill(c)
    hdr = ["Action No.", "Meeting date", "Minute", "Action", "Responsible officer(s)", "Deadline",
           "RAG", "Update"]
    put(ws, 7, hdr, bold=True, fills={i: "grey" for i in range(1, 9)})
    open_rows = [
        ("DTCCA 25/04", dt.date(2025, 3, 28), "42",
         "Bring a report on options for a single integrated bus ticket across Devon and Torbay to a "
         "future meeting.",
         "Director of Transport (Devon) / Head of Transport Planning (Torbay)", dt.date(2025, 11, 14),
         "G", "Report on the agenda for 14 November 2025."),
        ("DTCCA 25/09", dt.date(2025, 7, 11), "58(b)",
         "Circulate the Adult Skills Fund provider allocations for 2025/26 to all members, including "
         "Torbay-only providers.", "Skills Lead", dt.date(2025, 7, 31), "R",
         "Delayed pending the final DfE allocation letter; will be circulated as soon as received."),
        ("DTCCA 25/11", dt.date(2025, 7, 11), "61",
         "Agree a protocol with the Heart of the South West partners for sharing economic and labour "
         "market data.", "Rachel Trigg and Tom Hayward", dt.date(2025, 10, 31), "A",
         "Draft protocol with partners' legal teams."),
        ("DTCCA 25/15", dt.date(2025, 9, 19), "76",
         "Provide members with a breakdown of the Local Transport Grant allocation by district, "
         "including schemes in Torbay.", "Director of Transport (Devon)", dt.date(2025, 11, 14),
         "G", "Breakdown to be circulated with the agenda."),
        ("DTCCA 25/16", dt.date(2025, 9, 19), "78",
         "Keep the CCA's constitution under review as the English Devolution and Community "
         "Empowerment Bill progresses and report any changes needed.", "Monitoring Officer",
         "Ongoing", "G", "No changes required at this stage."),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    r = 8
    for row in open_rows:
        put(ws, r, list(row), fills={7: rag_fill[row[6]]})
        r += 1
    widths(ws, {"A": 13, "B": 13, "C": 9, "D": 60, "E": 34, "F": 12, "G": 6, "H": 45})

    ws2 = wb.create_sheet("Completed actions")
    ws2["A1"] = "Completed actions (to be removed after reporting to one meeting)"
    ws2["A1"].font = Font(bold=True)
    put(ws2, 3, ["Action No.", "Meeting date", "Minute", "Action", "Responsible officer(s)",
                 "Deadline", "Status", "Update"], bold=True, fills={i: "grey" for i in range(1, 9)})
    done_rows = [
        ("DTCCA 25/01", dt.date(2025, 3, 28), "39",
         "Publish the Register of Members' Interests on the CCA website.", "Monitoring Officer",
         dt.date(2025, 4, 30), "Complete", "Published 14/04/2025."),
        ("DTCCA 25/05", dt.date(2025, 3, 28), "44",
         "Write to the Secretary of State seeking confirmation of the devolution funding profile "
         "for 2025/26 and 2026/27.", "Chair; Chief Executive (Lead Authority)", dt.date(2025, 5, 30),
         "Complete", "Letter sent 9 May; reply received 18 June and circulated."),
        ("DTCCA 25/14", dt.date(2025, 9, 19), "74",
         "Arrange an all-member briefing on the Local Growth Plan evidence base before the draft "
         "plan is considered.", "Head of Economy (Devon), Head of Economy (Torbay)",
         dt.date(2025, 10, 31), "Complete", "Briefing held 21/10/2025; slides circulated."),
    ]
    r = 4
    for row in done_rows:
        put(ws2, r, list(row), fills={7: "blue"})
        r += 1
    widths(ws2, {"A": 13, "B": 13, "C": 9, "D": 60, "E": 34, "F": 12, "G": 10, "H": 45})
    wb.save(path(name))

    acts = [
        act("DTCCA 25/04", [], open_rows[0][3],
            ["Director of Transport (Devon)", "Head of Transport Planning (Torbay)"], "2025-11", "green"),
        act("DTCCA 25/09", [], open_rows[1][3], ["Skills Lead"], "2025-07", "red"),
        act("DTCCA 25/11", [], open_rows[2][3], ["Rachel Trigg", "Tom Hayward"], "2025-10", "amber"),
        act("DTCCA 25/15", [], open_rows[3][3], ["Director of Transport (Devon)"], "2025-11", "green"),
        act("DTCCA 25/16", [], open_rows[4][3], ["Monitoring Officer"], None, "green",
            end_text="Ongoing"),
        act("DTCCA 25/01", [], done_rows[0][3], ["Monitoring Officer"], "2025-04", "blue"),
        act("DTCCA 25/05", [], done_rows[1][3], ["Chair", "Chief Executive (Lead Authority)"],
            "2025-05", "blue"),
        act("DTCCA 25/14", [], done_rows[2][3], ["Head of Economy (Devon)", "Head of Economy (Torbay)"],
            "2025-10", "blue"),
    ]
    meta = {
        "source": (
            "Imitates the rolling action log a combined (county) authority attaches to each meeting "
            "agenda, as Devon and Torbay CCA (established February 2025) and other CCAs publish with "
            "their committee papers. Copied features: title block with 'updated for the meeting on' "
            "line, a one-row RAG key above the table (B/G/A/R letters with fills), action numbers, "
            "meeting date and minute columns, real Excel dates, 'Ongoing' deadline, officers by job "
            "title or by name (two joined by 'and', '/', ';' or ','), and a second sheet of completed "
            "actions kept for one meeting."),
        "reads": (
            "An action log in two sheets: five open actions with RAG letters from the key, then three "
            "completed actions on a second sheet. Each row is one action with no heading above it; "
            "the deadline column gives the end month and the RAG/Status column the status."),
        "title": "Devon and Torbay Combined County Authority – Action Log",
    }
    write_expected(name, meta, acts)
    return name, len(acts)


# ==============================================================================================
# 3. UK Export Finance – ARAC internal audit tracker (xlsx, REFUSE: mistyped month)
def make_ukef():
    name = "xd-uk-export-finance-arac-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "UK Export Finance"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee – 27 January 2026"
    sm["A3"] = "Internal audit recommendations: implementation status"
    sm["A3"].font = Font(bold=True)
    put(sm, 5, ["Priority", "Open at last ARAC", "Complete since", "On track", "Overdue", "Total open"],
        bold=True, fills={i: "grey" for i in range(1, 7)})
    put(sm, 6, ["High", 2, 1, 1, 0, 1])
    put(sm, 7, ["Medium", 3, 1, 2, 0, 2])
    put(sm, 8, ["Low", 1, 0, 1, 0, 1])
    put(sm, 9, ["Total", 6, 2, 4, 0, 4], bold=True)
    widths(sm, {"A": 14, "B": 18, "C": 16, "D": 12, "E": 10, "F": 12})

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = "GIAA internal audit recommendations tracker – position at 9 January 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Priority: High / Medium / Low.  Status: Complete / On track / Overdue."
    ws.merge_cells("A2:I2")
    put(ws, 4, ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
                "Original target date", "Revised target date", "Status", "Update"], bold=True,
        fills={i: "grey" for i in range(1, 10)})
    rows = [
        ("band", "2024-25/04 Information security: supplier access controls (Assurance: Limited)"),
        ("04.1", "High", "Privileged access for third-party support staff is not reviewed.",
         "Introduce a quarterly review of all supplier privileged accounts, removing unused accounts "
         "within five working days.", "Chief Information Security Officer", "June 2025",
         "September 2025", "Complete", "First review completed 12/09/2025; 23 accounts removed."),
        ("04.2", "Medium", "Supplier access requests are approved by email and are not recorded.",
         "Move supplier access requests into the ServiceNow access workflow.", "Head of IT Operations",
         "September 2025", "January 2026", "On track", "Workflow in user testing."),
        ("band", "2024-25/07 Credit risk model governance (Assurance: Moderate)"),
        ("07.1", "High", "The model inventory is incomplete and owners are not recorded for all models.",
         "Complete the model inventory, assign a named owner to every model and report the inventory "
         "to the Credit Risk Committee.", "Chief Risk Officer", "December 2025", "Febuary 2026",
         "On track", "Inventory 85% complete; owners being confirmed."),
        ("07.2", "Medium", "Independent validation of two pricing models is overdue.",
         "Complete independent validation of the sovereign and project-finance pricing models.",
         "Head of Model Validation", "March 2026", None, "On track", ""),
        ("band", "2025-26/02 Fraud risk management (Assurance: Moderate)"),
        ("02.1", "Medium", "The fraud risk assessment has not been refreshed since 2022.",
         "Refresh the fraud risk assessment in line with the Public Sector Fraud Authority standard.",
         "Head of Counter Fraud", "October 2025", None, "Complete", "Approved by ExCo 21/10/2025."),
        ("02.2", "Low", "Fraud awareness training completion is not monitored.",
         "Add fraud awareness training to the mandatory learning dashboard reported to ExCo.",
         "Head of Counter Fraud / Head of HR", "April 2026", None, "On track", ""),
    ]
    r = 5
    typo_row = None
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], 9)
        else:
            put(ws, r, list(row))
            if row[6] == "Febuary 2026":
                typo_row = r
        r += 1
    widths(ws, {"A": 9, "B": 9, "C": 40, "D": 50, "E": 30, "F": 15, "G": 15, "H": 11, "I": 40})
    wb.save(path(name))
    meta = {
        "source": (
            "Imitates the internal audit recommendations tracker an arm's-length body's Audit and "
            "Risk Assurance Committee receives from GIAA (cf. published ARAC papers of DVSA, Cefas, "
            "Ofgem). Copied features: summary sheet with a totals block by priority, a tracker sheet "
            "with merged audit-report band rows carrying the assurance opinion, finding / agreed "
            "management action split, priority column, original and revised target dates written as "
            "month names, and status words."),
        "reads": (
            "Two sheets: a summary table, then six recommendations under three audit reports. The "
            "revised target date of recommendation 07.1 reads 'Febuary 2026', a mistyped month; a "
            "careful reader would stop and ask what was meant before importing the tracker."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "GIAA internal audit recommendations tracker – position at 9 January 2026",
    }
    write_expected(name, meta)
    return name, 0


# ==============================================================================================
# docx helpers
def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


# ==============================================================================================
# 4. Canford School – ISI post-inspection action plan (docx, read)
def make_canford():
    name = "xd-canford-school-isi-inspection-action-plan.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph("Canford School: Post-inspection action plan", style="Title")
    d.add_paragraph("ISI routine inspection, 11–13 March 2025")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.2"), ("Date", "23 June 2025"), ("Owner", "Head"),
                 ("Approved by", "Governors’ Education and Pupil Welfare Committee, 19 June 2025"),
                 ("Review", "At each meeting of the Education and Pupil Welfare Committee")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    d.add_paragraph("")
    d.add_paragraph(
        "Inspectors found that the Independent School Standards were met, except in one respect "
        "relating to the recording of pre-appointment checks. The report set out three next steps. "
        "This plan sets out the school’s response; progress is reported to each meeting of the "
        "committee.")
    d.add_paragraph("RAG: G – on track; A – some slippage; R – not on track; Complete – action "
                    "completed and evidence filed.")

    HA = "Part A: Regulatory action point (standard not met)"
    HB = "Part B: Next steps identified by inspectors"
    APT = ("Action point: The school must ensure that all required pre-appointment checks are "
           "recorded accurately in the single central record.")
    NS1 = ("Next step 1 – Leaders should ensure that the feedback policy is applied consistently so "
           "that all pupils know how to improve their work.")
    NS2 = ("Next step 2 – Leaders should strengthen the analysis of pupils’ wellbeing survey data so "
           "that patterns for particular groups, including day pupils, are identified and acted on.")
    NS3 = ("Next step 3 – Governors should extend their monitoring of the school’s provision for "
           "pupils who speak English as an additional language.")
    rag_col = {"G": "92D050", "A": "FFC000", "R": "FF0000", "Complete": "9BC2E6"}
    HDR = ["Ref", "Action", "Lead", "Timescale", "Evidence of impact", "RAG"]

    def plan_table(groups):
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(HDR):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "D9D9D9")
        for head, items in groups:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, head, bold=True)
            shade(m, "DDEBF7")
            for it in items:
                row = tb.add_row()
                for i, v in enumerate(it):
                    set_cell(row.cells[i], v)
                shade(row.cells[5], rag_col[it[5]])
        return tb

    A = [
        ("A1", "Complete a full audit of the single central record against personnel files for all "
               "staff, governors and volunteers, correcting every omission.", "Bursar",
         "By 30 April 2025", "Audit complete; 14 entries corrected and checked by the "
                             "Safeguarding Governor.", "Complete"),
        ("A2", "Introduce a second check of every new single central record entry by the Designated "
               "Safeguarding Lead before a start date is confirmed.", "HR Manager / DSL",
         "Summer term 2025", "No new staff start without a countersigned entry.", "G"),
        ("A3", "Safeguarding Governor to sample ten single central record entries each term and "
               "report to the Education and Pupil Welfare Committee.", "Safeguarding Governor",
         "Termly", "Termly sample reports in committee minutes.", "G"),
    ]
    B1 = [
        ("B1.1", "Revise the feedback policy with heads of department, setting out minimum "
                 "expectations for written and verbal feedback in each subject.",
         "Deputy Head (Academic)", "End of Summer term 2025",
         "Revised policy published; pupil voice shows pupils know their next steps.", "G"),
        ("B1.2", "Run departmental work scrutinies twice a year and report the findings to the "
                 "Academic Committee.", "Deputy Head (Academic); Heads of Department",
         "December 2025", "Scrutiny reports show consistent feedback across departments.", "A"),
    ]
    B2 = [
        ("B2.1", "Run a termly wellbeing survey with results broken down by boarding house, year "
                 "group and day or boarding status.", "Deputy Head (Pastoral)",
         "Michaelmas term 2025", "Survey dashboard in use by the pastoral team.", "G"),
        ("B2.2", "Train housemasters and housemistresses to use the survey dashboard and agree one "
                 "house-level action each term.", "Deputy Head (Pastoral) & Head of Boarding",
         "31/01/2026", "Each house has a recorded action linked to its survey results.", "G"),
    ]
    B3 = [
        ("B3.1", "Appoint a link governor for EAL and international pupils and add EAL provision to "
                 "the committee’s annual cycle of business.", "Chair of Governors",
         "September 2025", "Link governor appointed; EAL item in the annual cycle.", "Complete"),
        ("B3.2", "Produce an annual report to governors on the progress of EAL pupils.",
         "Head of EAL", "June 2026", "First report received by governors.", "G"),
    ]
    d.add_paragraph(HA, style="Heading 2")
    plan_table([(APT, A)])
    d.add_paragraph("")
    d.add_paragraph(HB, style="Heading 2")
    plan_table([(NS1, B1), (NS2, B2), (NS3, B3)])
    d.add_paragraph("")
    d.add_paragraph("Sign-off", style="Heading 2")
    so = d.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Head", "", "23/06/2025"]):
        set_cell(so.rows[1].cells[i], v)
    for i, v in enumerate(["Chair of Governors", "", "23/06/2025"]):
        set_cell(so.rows[2].cells[i], v)
    d.save(path(name))

    st_map = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    acts = [
        act("A1", [HA, APT], A[0][1], ["Bursar"], "2025-04", "blue"),
        act("A2", [HA, APT], A[1][1], ["HR Manager", "DSL"], "2025-07", "green",
            end_text="Summer term 2025"),
        act("A3", [HA, APT], A[2][1], ["Safeguarding Governor"], None, "green", end_text="Termly"),
        act("B1.1", [HB, NS1], B1[0][1], ["Deputy Head (Academic)"], "2025-07", "green",
            end_text="End of Summer term 2025"),
        act("B1.2", [HB, NS1], B1[1][1], ["Deputy Head (Academic)", "Heads of Department"],
            "2025-12", "amber"),
        act("B2.1", [HB, NS2], B2[0][1], ["Deputy Head (Pastoral)"], "2025-12", "green",
            end_text="Michaelmas term 2025"),
        act("B2.2", [HB, NS2], B2[1][1], ["Deputy Head (Pastoral)", "Head of Boarding"], "2026-01",
            "green"),
        act("B3.1", [HB, NS3], B3[0][1], ["Chair of Governors"], "2025-09", "blue"),
        act("B3.2", [HB, NS3], B3[1][1], ["Head of EAL"], "2026-06", "green"),
    ]
    meta = {
        "source": (
            "Imitates the post-inspection action plan an independent boarding school writes for its "
            "governors after an ISI routine inspection under the 2023 framework (ISI reports state "
            "whether the Independent School Standards are met and list 'next steps'; cf. "
            "isi.net inspection framework and independentschoolmanagement.co.uk on reports under "
            "the new framework). Copied features: title and subtitle, document-control table, "
            "introductory note, RAG key line, Part A for the unmet standard and Part B for next "
            "steps, one Word table per part with merged full-width rows carrying the action point or "
            "next step above its actions, school-term timescales (including Michaelmas term), job "
            "titles as leads, shaded RAG cells, and a sign-off table."),
        "reads": (
            "A school's ISI action plan in two tables: Part A answers the regulatory action point "
            "with three actions; Part B answers three inspectors' next steps with two actions each. "
            "Leads are posts; timescales are dates, months, school terms or 'Termly'; the RAG column "
            "uses G/A and 'Complete'. The document-control and sign-off tables hold no actions."),
        "title": "Canford School: Post-inspection action plan",
    }
    write_expected(name, meta, acts)
    return name, len(acts)


# ==============================================================================================
# 5. Barnardo's – programme highlight report (docx, read)
def make_barnardos():
    name = "xd-barnardos-digital-transformation-programme-highlight-report.docx"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph("Barnardo's")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Digital Transformation Programme – Highlight Report No. 17", style="Title")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Programme", "Digital Transformation Programme (Phase 2: Connected Services)"),
                 ("Reporting period", "1 – 31 October 2025"),
                 ("Senior Responsible Owner", "Chief Operating Officer"),
                 ("Programme Manager", "Hannah Okafor"),
                 ("Prepared for", "Programme Board, 12 November 2025"),
                 ("Overall RAG (last period / this period)", "Amber / Amber")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], "E7E6E6")
        set_cell(row.cells[1], v)

    d.add_paragraph("1. Executive summary", style="Heading 1")
    d.add_paragraph(
        "The Family Support case management system is live in the South West and the outcomes "
        "dashboard has launched. Migration of fostering and adoption records has slipped to January "
        "2026 because of data quality issues in the legacy system. The digital skills baseline "
        "survey remains red: completion is 48% against a 70% target.")

    d.add_paragraph("2. Status summary", style="Heading 1")
    s = d.add_table(rows=1, cols=4)
    s.style = "Table Grid"
    for i, h in enumerate(["Dimension", "Last period", "This period", "Comment"]):
        set_cell(s.rows[0].cells[i], h, bold=True)
        shade(s.rows[0].cells[i], "D9D9D9")
    col = {"G": "92D050", "A": "FFC000", "R": "FF0000", "C": "9BC2E6"}
    for dim, last, this, com in [
        ("Time", "A", "A", "Migration milestone re-forecast within tolerance."),
        ("Cost", "G", "G", "Forecast outturn £4.82m against budget of £4.95m."),
        ("Scope", "G", "G", "No change requests this period."),
        ("Benefits", "A", "G", "Benefits profile agreed with Finance."),
        ("Resources", "A", "A", "Two data engineer vacancies."),
    ]:
        row = s.add_row()
        for i, v in enumerate([dim, last, this, com]):
            set_cell(row.cells[i], v)
        shade(row.cells[1], col[last])
        shade(row.cells[2], col[this])

    d.add_paragraph("3. Milestones", style="Heading 1")
    d.add_paragraph("RAG key: G = on track against baseline; A = forecast later than baseline but "
                    "within tolerance; R = forecast outside tolerance; C = complete.")
    WS1 = "WS1 Case management"
    WS2 = "WS2 Data and insight"
    WS3 = "WS3 Digital workforce"
    WS4 = "WS4 Supporter experience"
    ms = [
        ("M01", WS1, "Go-live of the new case management system for Family Support services in the "
                     "South West region", "Head of Digital Products", "Jul-25", "Jul-25", "C",
         "Went live 7 July; 412 practitioners onboarded."),
        ("M02", WS1, "Migration of open case records from legacy systems for Fostering and Adoption",
         "Head of Digital Products; Data Migration Lead", "Oct-25", "Jan-26", "A",
         "Data quality issues in the legacy system; re-forecast approved by Design Authority."),
        ("M03", WS2, "Launch of the organisation-wide outcomes dashboard for directors",
         "Head of Data & Insight", "Sep-25", "Sep-25", "C", "Launched at Directors' Group 24 Sept."),
        ("M04", WS2, "Data Protection Impact Assessment approved for the young people's app "
                     "analytics", "Data Protection Officer", "Nov-25", "Nov-25", "G",
         "Draft DPIA with the DPO."),
        ("M05", WS3, "Digital skills baseline survey completed by 70% of frontline staff",
         "Director of People / Head of Learning", "Aug-25", "Dec-25", "R",
         "48% completion; regional leads asked to protect time in team meetings."),
        ("M06", WS3, "Microsoft 365 Copilot pilot rolled out to 150 staff in central teams",
         "IT Service Delivery Manager", "Dec-25", "Dec-25", "G", "Licences procured."),
        ("M07", WS4, "Contract award for the replacement supporter CRM",
         "Director of Fundraising Operations", "Mar-26", "Mar-26", "G",
         "Invitation to tender issued 20 October."),
    ]
    mt = d.add_table(rows=1, cols=8)
    mt.style = "Table Grid"
    for i, h in enumerate(["Ref", "Workstream", "Milestone", "Owner", "Baseline", "Forecast / actual",
                           "RAG", "Commentary"]):
        set_cell(mt.rows[0].cells[i], h, bold=True)
        shade(mt.rows[0].cells[i], "D9D9D9")
    first_row_of_ws = {}
    for m in ms:
        row = mt.add_row()
        idx = len(mt.rows) - 1
        for i, v in enumerate(m):
            if i == 1:
                if v in first_row_of_ws:
                    continue
                first_row_of_ws[v] = idx
            set_cell(row.cells[i], v)
        shade(row.cells[6], col[m[6]])
    # vertically merge the workstream cells
    order = [m[1] for m in ms]
    for wsname, start in first_row_of_ws.items():
        n = order.count(wsname)
        if n > 1:
            top = mt.cell(start, 1)
            bottom = mt.cell(start + n - 1, 1)
            merged = top.merge(bottom)
            set_cell(merged, wsname)

    d.add_paragraph("4. Key risks and issues", style="Heading 1")
    rt = d.add_table(rows=1, cols=4)
    rt.style = "Table Grid"
    for i, h in enumerate(["ID", "Risk / issue", "Rating", "Trend"]):
        set_cell(rt.rows[0].cells[i], h, bold=True)
        shade(rt.rows[0].cells[i], "D9D9D9")
    for rid, desc, rating, trend in [
        ("R12", "Legacy fostering data quality delays migration and go-live for Fostering and "
                "Adoption services.", "High", "↑"),
        ("R15", "Frontline capacity to complete training during winter pressures.", "Medium", "→"),
        ("I04", "Two data engineer posts vacant since August.", "Medium", "↓"),
    ]:
        row = rt.add_row()
        for i, v in enumerate([rid, desc, rating, trend]):
            set_cell(row.cells[i], v)

    d.add_paragraph("5. Decisions requested from the Programme Board", style="Heading 1")
    d.add_paragraph("The Board is asked to approve the revised forecast for M02 (January 2026) and "
                    "to note the red status of M05.")
    d.save(path(name))

    st = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    ends = {"Jul-25": "2025-07", "Jan-26": "2026-01", "Sep-25": "2025-09", "Nov-25": "2025-11",
            "Dec-25": "2025-12", "Mar-26": "2026-03"}
    leads = {
        "M01": ["Head of Digital Products"],
        "M02": ["Head of Digital Products", "Data Migration Lead"],
        "M03": ["Head of Data & Insight"],
        "M04": ["Data Protection Officer"],
        "M05": ["Director of People", "Head of Learning"],
        "M06": ["IT Service Delivery Manager"],
        "M07": ["Director of Fundraising Operations"],
    }
    acts = [act(m[0], [m[1]], m[2], leads[m[0]], ends[m[5]], st[m[6]]) for m in ms]
    meta = {
        "source": (
            "Imitates a charity's monthly programme highlight report to its programme board in the "
            "PRINCE2 / Teal Book style (cf. PRINCE2 highlight report templates: status summary with "
            "last/this period RAG, milestones with baseline and forecast, key risks and issues). "
            "Barnardo's is used as the body; the programme details are invented. Copied features: "
            "right-aligned organisation name, report header key-value table, numbered sections, "
            "status-by-dimension table with previous and current RAG, RAG key paragraph (C = "
            "complete), milestone table with a vertically merged workstream column, baseline and "
            "forecast/actual dates as Mmm-yy, owners as posts, a risks table with ratings and trend "
            "arrows, and a decisions paragraph."),
        "reads": (
            "A highlight report whose plan content is the milestone table: seven milestones M01-M07 "
            "grouped by four workstreams (merged cells), each with an owner, baseline and forecast "
            "month and a G/A/R/C RAG. The reader takes the forecast/actual date as the end and reads "
            "C as complete. The header, status-summary and risks tables are not actions."),
        "title": "Digital Transformation Programme – Highlight Report No. 17",
    }
    write_expected(name, meta, acts)
    return name, len(acts)


# ==============================================================================================
# 6. Kington Town Council – risk register (csv, read)
def make_kington():
    name = "xd-kington-town-council-risk-register-2025-26.csv"
    FC = "Financial control"
    AP = "Assets and premises"
    GS = "Governance and staffing"
    hdr = ["Ref", "Risk", "Hazard / consequence", "Current control measures", "L", "S", "RAG",
           "Further action required", "Resp.", "Target date"]
    rows = [
        ["Kington Town Council – Risk Register 2025-26"],
        ["Adopted by Full Council 12 May 2025 (minute 25/031). Next review: May 2026"],
        [],
        ["Key: L = likelihood (1-3); S = severity (1-3); RAG = current risk (L x S): Red 6-9, Amber 3-4, "
         "Green 1-2"],
        [],
        hdr,
        [FC],
        ["FC1", "Loss of council funds through fraud or error", "Financial loss; reputational damage",
         "Two councillors authorise all payments; monthly bank reconciliation signed by the Chair",
         "1", "3", "Amber",
         "Move to dual-authorisation online banking and close the cheque account", "RFO", "Sept 2025"],
        ["FC2", "Precept set too low to meet commitments", "Reserves run down; services reduced",
         "Budget working group from October; reserves policy", "2", "2", "Amber",
         "Prepare a three-year financial plan for the Finance Committee",
         "Town Clerk & Chair of Finance Committee", "31/12/2025"],
        ["FC3", "Annual governance and accountability return not completed on time",
         "Qualified opinion from external auditor", "Year-end timetable; internal auditor engaged",
         "1", "2", "Green", "Confirm the internal auditor for 2025-26 and agree visit dates", "RFO",
         "Jan-26"],
        [AP],
        ["AP1", "Injury to a member of the public at the Recreation Ground play area",
         "Claim against the council", "Weekly visual checks by the groundsman; annual RoSPA inspection",
         "2", "3", "Red",
         "Replace the two items of play equipment condemned in the 2025 RoSPA report (multi-play unit "
         "and cradle swing)", "Amenities Committee", "Mar-26"],
        ["AP2", "Damage to the Market Hall by fire or flood", "Loss of hire income; repair costs",
         "Buildings insurance; fire risk assessment (2022)", "1", "3", "Amber",
         "Commission an updated fire risk assessment and act on its recommendations", "Town Clerk",
         "30/11/2025"],
        ["AP3", "Asset register incomplete", "Assets uninsured or unaccounted for",
         "Asset register updated each year", "2", "1", "Green",
         "Check the asset register against the insurance schedule before renewal", "RFO",
         "Annually (May)"],
        [GS],
        ["GS1", "Loss of key staff (single Clerk)", "Council unable to operate or make payments",
         "Cover arrangements through the county association of local councils", "2", "3", "Red",
         "Draw up a business continuity plan covering passwords, bank mandates and key contacts",
         "Town Clerk", "Oct-25"],
        ["GS2", "Breach of data protection law", "ICO action; reputational damage",
         "Privacy notice; councillors use council email addresses", "1", "2", "Green",
         "All councillors to complete data protection training", "Cllr J. Morgan / Town Clerk",
         "Jun 2026"],
        [],
        ["Total risks: 8 (Red 2, Amber 3, Green 3)"],
        ["Reviewed by: Finance and General Purposes Committee, 28 April 2025"],
    ]
    width = len(hdr)
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (width - len(r)) if r else [""] * width)

    def R(ref):
        return next(r for r in rows if r and r[0] == ref)

    acts = [
        act("FC1", [FC], R("FC1")[7], ["RFO"], "2025-09", "amber"),
        act("FC2", [FC], R("FC2")[7], ["Town Clerk", "Chair of Finance Committee"], "2025-12", "amber"),
        act("FC3", [FC], R("FC3")[7], ["RFO"], "2026-01", "green"),
        act("AP1", [AP], R("AP1")[7], ["Amenities Committee"], "2026-03", "red"),
        act("AP2", [AP], R("AP2")[7], ["Town Clerk"], "2025-11", "amber"),
        act("AP3", [AP], R("AP3")[7], ["RFO"], None, "green", end_text="Annually (May)"),
        act("GS1", [GS], R("GS1")[7], ["Town Clerk"], "2025-10", "red"),
        act("GS2", [GS], R("GS2")[7], ["Cllr J. Morgan", "Town Clerk"], "2026-06", "green"),
    ]
    meta = {
        "source": (
            "Imitates a small town council's annual risk register saved as CSV from the clerk's "
            "spreadsheet, on the model register many parish and town councils adopt (cf. "
            "Tetford & Salmonby PC risk register: section rows such as 'Financial Control', "
            "Ref / Risk / Hazard / Current control measures / L / S / RAG / Revised or further "
            "actions / Resp. / Date; Ferndown TC financial risk management). Copied features: title "
            "and adoption lines, key line for L, S and RAG, section rows with only the first column "
            "filled, likelihood and severity scores, RAG words, a further-action column with "
            "responsibility and target date in mixed formats (Sept 2025, 31/12/2025, Jan-26, "
            "'Annually (May)'), and a totals and review footer."),
        "reads": (
            "A risk register of eight risks under three section headings. For each risk the action "
            "a reader takes is the 'Further action required' with its Resp. and target date; the RAG "
            "word is the status. Title, key, section rows and the totals/review footer are not "
            "actions."),
        "title": "Kington Town Council – Risk Register 2025-26",
    }
    write_expected(name, meta, acts)
    return name, len(acts)


# ==============================================================================================
# 7. Yorkshire Dales NPA – lessons-learned action plan (tab-separated txt, read)
def make_ydnpa():
    name = "xd-yorkshire-dales-npa-three-peaks-visitor-season-2025-lessons-learned-action-plan.txt"
    T1 = "Theme 1: Parking, traffic and transport"
    T2 = "Theme 2: Organised challenge events"
    T3 = "Theme 3: Facilities, litter and path erosion"
    T4 = "Theme 4: Communications and visitor safety"
    R1 = ("R1 Work with North Yorkshire Council and the police to prevent verge and roadside parking "
          "on the B6479 at Horton-in-Ribblesdale and on the B6255 at Ribblehead on peak weekends.")
    R2 = "R2 Promote the Settle–Carlisle line and DalesBus as the main way to reach the Three Peaks."
    R3 = "R3 Manage the number and timing of organised Three Peaks challenge walks."
    R4 = "R4 Provide adequate toilet and waste facilities at Ribblehead on peak days."
    R5 = "R5 Repair the worst-eroded sections of the Pen-y-ghent and Whernside paths."
    R6 = "R6 Improve safety messaging to visitors before they set out."
    lines = [
        ["Yorkshire Dales National Park Authority"],
        ["Three Peaks visitor season 2025: lessons learned review – action plan"],
        ["Appendix 2 to the report to Audit and Performance Committee, 2 December 2025"],
        ["Status: Complete / Green (on track) / Amber (at risk) / Red (off track) / Not started"],
        [],
        ["Ref", "Recommendation", "Action", "Lead", "Target date", "Status", "Progress at November 2025"],
        [T1],
        ["1a", R1, "Agree a joint peak-weekend enforcement plan with North Yorkshire Council parking "
                   "services and North Yorkshire Police.", "Head of Recreation Management",
         "31/03/2026", "Green", "First meeting held 14 October."],
        ["1b", "", "Trial temporary clearway cones on the B6479 over the 2026 May bank holiday "
                   "weekends.", "Head of Recreation Management / Area Ranger (South)", "May 2026",
         "Not started", ""],
        ["1c", R2, "Run a 'Train to the Peaks' campaign with the rail operator and the Friends of the "
                   "Settle–Carlisle Line ahead of the 2026 season.", "Head of Communications",
         "Q4 2025/26", "Amber", "Funding bid awaiting decision."],
        [T2],
        ["2a", R3, "Introduce an online registration scheme for organised challenge events, with a "
                   "voluntary code on group size and start times.", "Events and Partnerships Officer",
         "Feb-26", "Green", "Scheme design agreed with landowners."],
        ["2b", "", "Share event registrations weekly with landowners, Cave Rescue and the parish "
                   "councils of Horton-in-Ribblesdale and Chapel-le-Dale.",
         "Events and Partnerships Officer", "Ongoing", "Green", ""],
        [T3],
        ["3a", R4, "Hire temporary toilets and skips at Ribblehead for the August bank holiday weekend "
                   "and evaluate their use.", "Area Ranger (North)", "Sep-25", "Complete",
         "Provided 23–25 August; 2,100 uses recorded."],
        ["3b", "", "Negotiate a seasonal licence with the landowner for temporary facilities from "
                   "April to September 2026.", "Head of Land Management and Estates", "30/04/2026",
         "Amber", "Terms not yet agreed."],
        ["3c", R5, "Complete stone pitching on the Pen-y-ghent south ridge using the Three Peaks "
                   "Project fund.", "Three Peaks Project Officer; Access Ranger Team Leader",
         "Nov 2025", "Red", "Contractor withdrew in September; work being re-tendered."],
        [T4],
        ["4a", R6, "Publish a Three Peaks 'know before you go' web page and share it with challenge "
                   "event organisers and accommodation providers.", "Head of Communications",
         "31/01/2026", "Green", ""],
        [],
        ["Summary: 9 actions – Complete 1, Green 4, Amber 2, Red 1, Not started 1"],
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")

    def A(ref):
        return next(ln for ln in lines if ln and ln[0] == ref)[2]

    acts = [
        act("1a", [T1, R1], A("1a"), ["Head of Recreation Management"], "2026-03", "green"),
        act("1b", [T1, R1], A("1b"), ["Head of Recreation Management", "Area Ranger (South)"],
            "2026-05", "unrated"),
        act("1c", [T1, R2], A("1c"), ["Head of Communications"], "2026-03", "amber",
            end_text="Q4 2025/26"),
        act("2a", [T2, R3], A("2a"), ["Events and Partnerships Officer"], "2026-02", "green"),
        act("2b", [T2, R3], A("2b"), ["Events and Partnerships Officer"], None, "green",
            end_text="Ongoing"),
        act("3a", [T3, R4], A("3a"), ["Area Ranger (North)"], "2025-09", "blue"),
        act("3b", [T3, R4], A("3b"), ["Head of Land Management and Estates"], "2026-04", "amber"),
        act("3c", [T3, R5], A("3c"), ["Three Peaks Project Officer", "Access Ranger Team Leader"],
            "2025-11", "red"),
        act("4a", [T4, R6], A("4a"), ["Head of Communications"], "2026-01", "green"),
    ]
    meta = {
        "source": (
            "Imitates the action plan appended to a national park authority committee report after a "
            "lessons-learned review of a busy visitor season (cf. national park authorities' "
            "post-incident and visitor-management reviews, e.g. Eryri and Peak District; the Three "
            "Peaks at Horton-in-Ribblesdale and Ribblehead is a known pressure point). Saved as a "
            "tab-separated text export. Copied features: three title lines and a status legend, theme "
            "rows with only the first column filled, a recommendation column filled only on the "
            "first of its actions (continuation rows left blank), lettered action refs, job-title "
            "leads (two joined by '/' or ';'), mixed target-date formats (31/03/2026, May 2026, "
            "Q4 2025/26, Feb-26, Ongoing), status words including 'Not started', and a summary line."),
        "reads": (
            "A lessons-learned action plan with nine actions under four themes; each action sits "
            "under its theme and the recommendation written on its first row (R1-R6), which carries "
            "down to the blank-recommendation rows below it. Title lines, the status legend, theme "
            "rows and the summary line are not actions."),
        "title": "Three Peaks visitor season 2025: lessons learned review – action plan",
    }
    write_expected(name, meta, acts)
    return name, len(acts)


if __name__ == "__main__":
    for fn in (make_anglian, make_devon_torbay, make_ukef, make_canford, make_barnardos,
               make_kington, make_ydnpa):
        n, k = fn()
        print(f"{n}: {k} actions")
