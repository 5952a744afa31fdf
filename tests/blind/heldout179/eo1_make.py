#!/usr/bin/env python3
"""Build the seven eo1- data files of set heldout179 (children's services plans).

Run with: /work/main/.venv/bin/python eo1_make.py
Each data structure below holds the cell text exactly as written in the file, plus
(in the dicts' "read" keys) the reading a person makes of it, which eo1_make.py also
uses to write NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


class Q(str):
    """A string written with double quotes in the YAML (months, refs)."""


yaml.SafeDumper.add_representer(
    Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_yaml(name, meta, actions):
    doc = dict(meta)
    for a in actions:
        for k in ("ref", "end"):
            if a[k] is not None:
                a[k] = Q(a[k])
    if meta["outcome"] == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Calderdale ILACS improvement plan (xlsx): cover + doc control, RAG key sheet,
#    plan sheet with merged theme rows and merged recommendation rows, original and
#    revised target dates (real dates), previous and current RAG, summary sheet.
# ---------------------------------------------------------------------------
def calderdale():
    name = "eo1-calderdale-council-ilacs-improvement-plan.xlsx"
    title = "Children's Services Improvement Plan 2025–26"
    T1 = "Theme 1 – Help and protection"
    T2 = "Theme 2 – Children in care and care leavers"
    R1 = ("Recommendation 1: The quality of plans for children in need and children subject to "
          "child protection plans, so that they are specific, measurable and understood by parents.")
    R2 = ("Recommendation 2: Management oversight and supervision, so that drift and delay for "
          "children in need is identified and addressed promptly.")
    R3 = ("Recommendation 3: The sufficiency of local foster homes, so that more children can live "
          "close to their families, schools and communities.")
    R4 = ("Recommendation 4: The review of pathway plans with care leavers, so that plans reflect "
          "their current circumstances, including their housing and health needs.")
    D = dt.datetime
    # rows: ("theme", text) / ("rec", text) / action tuple
    rows = [
        ("theme", T1),
        ("rec", R1),
        ("1.1",
         "Relaunch the plan template with SMART outcomes and a family-friendly summary page, "
         "co-designed with parents through the Family Voice group.",
         "Head of Service – Child Protection & Children in Need", D(2025, 4, 30), D(2025, 6, 30),
         "Amber", "Complete",
         "New template live in LCS from 2 June 2025.\nFamily Voice group reviewed final draft.",
         ["Head of Service – Child Protection & Children in Need"], "2025-06", "blue"),
        ("1.2",
         "Deliver outcome-focused planning workshops to all social workers and team managers in "
         "the Assessment and Child Protection teams.",
         "Principal Social Worker", D(2025, 5, 31), None, "Green", "Complete",
         "6 workshops delivered; 94% of staff attended.",
         ["Principal Social Worker"], "2025-05", "blue"),
        ("1.3",
         "Monthly thematic audit of CIN and CP plans, with findings reported to the Quality "
         "Assurance Board.",
         "Head of Quality Assurance / Principal Social Worker", D(2026, 3, 31), None, "Green", "Green",
         "April–June audits completed. 61% of plans graded good or better (baseline 38%).",
         ["Head of Quality Assurance", "Principal Social Worker"], "2026-03", "green"),
        ("rec", R2),
        ("2.1",
         "Introduce a supervision dashboard in LCS showing the frequency of supervision by worker "
         "and team.",
         "Performance & Intelligence Manager", D(2025, 6, 30), D(2025, 10, 31), "Amber", "Amber",
         "Build delayed by LCS upgrade. Test version with team managers from September.",
         ["Performance & Intelligence Manager"], "2025-10", "amber"),
        ("2.2",
         "Team managers to review all CIN cases open for longer than 12 months and agree step-down, "
         "closure or escalation.",
         "Service Managers (Locality Teams)", D(2025, 7, 31), None, "Red", "Amber",
         "112 of 140 cases reviewed. Remaining cases in North Halifax team due by end of August.",
         ["Service Managers (Locality Teams)"], "2025-07", "amber"),
        ("theme", T2),
        ("rec", R3),
        ("3.1",
         "Launch the refreshed fostering recruitment campaign with a dedicated fostering front door "
         "and a 48-hour response to all enquiries.",
         "Fostering Service Manager", D(2025, 9, 30), None, "Green", "Green",
         "Campaign launched May 2025. 41 enquiries, 6 assessments under way.",
         ["Fostering Service Manager"], "2025-09", "green"),
        ("3.2",
         "Review the foster carer fee and allowance scheme, benchmarked against Yorkshire and "
         "Humber neighbours, and present options to Cabinet.",
         "AD Children's Social Care; Head of Finance (People)", D(2025, 12, 31), None, "Green", "Amber",
         "Benchmarking complete. Cabinet date moved to December.",
         ["AD Children's Social Care", "Head of Finance (People)"], "2025-12", "amber"),
        ("rec", R4),
        ("4.1",
         "Complete a pathway plan review with every care leaver aged 18–21 at least six-monthly, "
         "tracked through the Leaving Care performance report.",
         "Team Manager, Leaving Care", D(2025, 9, 30), None, "Amber", "Green",
         "87% of pathway plans reviewed in last 6 months (target 95%).",
         ["Team Manager, Leaving Care"], "2025-09", "green"),
        ("4.2",
         "Issue a health passport to every care leaver at 18, in partnership with the Designated "
         "Nurse for Children Looked After.",
         "Designated Nurse CLA (CHFT) and Team Manager, Leaving Care", "Q3 2025/26", None, "Amber", "Red",
         "Passport design agreed but no issue yet – capacity in CLA health team.",
         ["Designated Nurse CLA (CHFT)", "Team Manager, Leaving Care"], "2025-12", "red"),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Calderdale Council"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = title
    cover["A2"].font = Font(bold=True, size=16)
    cover["A3"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                   "January 2025")
    cover["A5"] = "Document control"
    cover["A5"].font = BOLD
    dc = [("Version", "Date", "Author", "Status / approved by"),
          ("0.3", "14/03/2025", "Improvement Programme Lead", "Draft – DCS"),
          ("1.0", "28/03/2025", "Improvement Programme Lead", "Submitted to Ofsted"),
          ("1.4", "05/08/2025", "Improvement Programme Lead", "Children's Improvement Board 12/08/2025")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = BOLD
                c.fill = fill("D9E1F2")
    cover["A11"] = ("Governance: the plan is monitored monthly by the Children's Improvement Board, "
                    "chaired by the Chief Executive.")
    for col, w in zip("ABCD", (14, 14, 30, 40)):
        cover.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = BOLD
    for i, (word, meaning, colour) in enumerate([
            ("Complete", "Action delivered and evidence of impact seen", "0070C0"),
            ("Green", "On track to deliver by target date", "00B050"),
            ("Amber", "Some slippage – recoverable within the quarter", "FFC000"),
            ("Red", "Off track – escalated to Improvement Board", "FF0000")]):
        key.cell(row=3 + i, column=1, value=word).fill = fill(colour)
        key.cell(row=3 + i, column=2, value=meaning)
    key.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Previous RAG (May 2025)", "Current RAG (Jul 2025)", "Progress update"]
    ws["A1"] = title + " – ILACS recommendations"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 31 July 2025 – for Children's Improvement Board, 12 August 2025"
    ws.merge_cells("A2:H2")
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    actions = []
    theme = rec = None
    ragcol = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for row in rows:
        if row[0] == "theme":
            theme = row[1]
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, size=12, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "rec":
            rec = row[1]
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            ref, text, lead, orig, rev, prev, cur, upd, rlead, rend, rstat = row
            vals = [ref, text, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = fill(ragcol[prev])
            ws.cell(row=r, column=7).fill = fill(ragcol[cur])
            actions.append(act(ref, [theme, rec], text, rlead, rend, rstat))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates agreed by the Children's Improvement "
            "Board on 10 June 2025. See 'RAG key' sheet for ratings.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 14, 14, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – July 2025"
    sm["A1"].font = BOLD
    counts = {}
    for row in rows:
        if row[0] not in ("theme", "rec"):
            counts[row[6]] = counts.get(row[6], 0) + 1
    sm.append([])
    sm.append(["Rating", "Number of actions", "%"])
    tot = sum(counts.values())
    for k in ("Complete", "Green", "Amber", "Red"):
        sm.append([k, counts.get(k, 0), round(100 * counts.get(k, 0) / tot)])
        sm.cell(row=sm.max_row, column=1).fill = fill(ragcol[k])
    sm.append(["Total", tot, 100])
    sm.column_dimensions["B"].width = 20
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates the ILACS improvement plans English councils publish with Children's "
                   "Improvement Board / scrutiny papers (e.g. Cheshire East, Stockton 2023–25 progress "
                   "reports): cover sheet with document control table, separate RAG key sheet, plan sheet "
                   "with merged theme rows and merged recommendation rows over numbered actions, original "
                   "and revised target dates as real date cells, previous and current RAG as coloured "
                   "words, a note line, and a summary sheet of RAG totals. Calderdale 2025 body and "
                   "content are invented."),
        "reads": ("A Calderdale children's services improvement plan answering four ILACS recommendations "
                  "under two themes. Nine numbered actions each have a lead post, an original and "
                  "sometimes a revised target date, and previous/current RAG; the current RAG and the "
                  "revised date are what count. Cover, key and summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 2. Southend corporate parenting action plan (xlsx): promise column merged down
#    the rows of each promise, RAG by fill colour only, key at foot, text dates.
# ---------------------------------------------------------------------------
def southend():
    name = "eo1-southend-corporate-parenting-board-action-plan.xlsx"
    title = "Corporate Parenting Board – Action Plan 2024–2026"
    P1 = "Promise 1: We will listen to you and act on what you tell us"
    P2 = "Promise 2: We will help you do your best at school, college and work"
    P3 = "Promise 3: We will make sure you have a safe and settled home"
    P4 = "Promise 4: We will help you stay healthy and happy"
    promises = [
        (P1, [
            ("1.1",
             "Southend Young Voices (Children in Care Council) to present at every second Board "
             "meeting and set the Board one challenge each time.",
             "Participation Officer / IRO Service Manager", "Ongoing",
             "Young Voices set the Board the 'bus pass challenge' in January.", "green",
             ["Participation Officer", "IRO Service Manager"], None, "Ongoing"),
            ("1.2",
             "Publish a 'You said, we did' update on the Local Offer page and share it with Young "
             "Voices each quarter.",
             "Participation Officer", "Dec 2024",
             "First update published December 2024.", "blue",
             ["Participation Officer"], "2024-12", None),
        ]),
        (P2, [
            ("2.1",
             "Every child in care to have a Personal Education Plan reviewed each term with a SMART "
             "target for attendance.",
             "Virtual School Head", "Autumn term 2024",
             "PEP completion 96% in autumn term.", "green",
             ["Virtual School Head"], "2024-12", "Autumn term 2024"),
            ("2.2",
             "Board members to offer at least 10 work experience placements for care-experienced "
             "young people across council services.",
             "Director of HR & OD", "July 2025",
             "4 placements confirmed so far (Parks, Libraries, Highways, Customer Services).", "amber",
             ["Director of HR & OD"], "2025-07", None),
        ]),
        (P3, [
            ("3.1",
             "Agree council tax exemption for care leavers up to age 25 living in Southend, and "
             "extend it to those living outside the city.",
             "Head of Revenues & Benefits", "April 2025",
             "Approved by Cabinet 20 March 2025, in place from 1 April.", "blue",
             ["Head of Revenues & Benefits"], "2025-04", None),
            ("3.2",
             "Review the joint housing protocol for 16 and 17-year-olds and care leavers with Housing "
             "Solutions.",
             "Housing Solutions Manager and Leaving Care Team Manager", "Sept 2025",
             "Review not yet started – housing restructure. Escalated to DCS.", "red",
             ["Housing Solutions Manager", "Leaving Care Team Manager"], "2025-09", None),
        ]),
        (P4, [
            ("4.1",
             "Initial Health Assessments to be completed within 20 working days of a child coming "
             "into care, with an escalation route agreed with the ICB.",
             "Designated Nurse LAC (MSE ICB)", "31/03/2025",
             "58% in timescale in Q3. Escalation route agreed February 2025.", "amber",
             ["Designated Nurse LAC (MSE ICB)"], "2025-03", None),
            ("4.2",
             "Set up an emotional wellbeing drop-in for care leavers with the EWMHS team at the "
             "Leaving Care hub.",
             "Head of Children in Care; Principal Psychologist", "Dec 2025",
             "", None,
             ["Head of Children in Care", "Principal Psychologist"], "2025-12", None),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Southend-on-Sea City Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16, color="7030A0")
    ws["A3"] = "Our Promise to children in care and care leavers – progress reported to the Board, March 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Our Promise", "No.", "What we will do", "Who will lead", "By when",
             "Progress (March 2025)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BORDER
        c.alignment = WRAP
    r = 6
    actions = []
    for ptxt, acts in promises:
        start = r
        for (ref, text, lead, when, prog, colour, rlead, rend, rtext) in acts:
            vals = [ptxt if r == start else None, ref, text, lead, when, prog, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if colour:
                ws.cell(row=r, column=7).fill = fill(RAGFILL[colour])
            actions.append(act(ref, [ptxt], text, rlead, rend, colour or "unrated", rtext))
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = BOLD
        ws.cell(row=start, column=1).fill = fill("E4DFEC")
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = BOLD
    for i, (colour, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                           ("amber", "Some concerns"), ("red", "Off track"),
                                           (None, "Not yet started")]):
        c = ws.cell(row=r + i, column=2)
        if colour:
            c.fill = fill(RAGFILL[colour])
        c.border = BORDER
        ws.cell(row=r + i, column=3, value=meaning)
    r += 6
    ws.cell(row=r, column=1, value="This plan is reviewed at every meeting of the Corporate Parenting "
            "Board. Next review: June 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (28, 6, 60, 30, 16, 45, 8)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates corporate parenting strategy action plans published by English councils "
                   "(e.g. Bracknell Forest Corporate Parenting Strategy action plan 2025–28, Slough "
                   "Corporate Parenting Panel action plan 2023/24): actions grouped under the council's "
                   "promises/pledges to children in care, promise text in a first column merged down its "
                   "rows, 'What we will do / Who will lead / By when' columns, RAG shown only as cell fill "
                   "with a colour key at the foot and a notes line. Southend 2024–26 content is invented."),
        "reads": ("Southend's Corporate Parenting Board action plan: eight numbered actions under four "
                  "promises (merged cells in column A). The RAG column has no text, only fill colours, read "
                  "with the key below the table (blue complete, white not yet started); by-when cells are "
                  "months, one term and one 'Ongoing'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 3. Wakefield early help delivery plan (xlsx) – REFUSE: mistyped month.
#    Overview sheet, delivery plan with priority written only on first row of each
#    priority (no merge), start/target as text months, status words, glossary sheet.
# ---------------------------------------------------------------------------
def wakefield():
    name = "eo1-wakefield-early-help-strategy-delivery-plan-typo-month-refuse.xlsx"
    title = "Wakefield Early Help Strategy 2023–2026"
    rows = [
        ("1. Right help, right time", "1a",
         "Refresh the Wakefield Continuum of Need guidance with partners and relaunch it through "
         "multi-agency briefings.", "Early Help Partnership Manager", "Apr 2024", "Sept 2024", "Complete",
         "Relaunched at the Partnership conference, 19 September."),
        (None, "1b",
         "Route all early help requests through the Integrated Front Door, with a single request form "
         "for partners.", "Head of Early Help; Head of Integrated Front Door", "Apr 2024", "March 2025",
         "In progress", "Form built; testing with schools in November."),
        (None, "1c",
         "Family Hubs to offer a named lead professional within 10 working days of a request for "
         "support.", "Family Hubs Service Manager", "Jun 2024", "Dec 2024", "In progress",
         "Average 13 days in Q2."),
        (None, "1d",
         "Publish the early help offer for each Family Hub area on the Wakefield Families Information "
         "Service.", "Family Information Service Lead", "Jul 2024", "Oct 2024", "Complete", "Live."),
        ("2. A skilled and confident workforce", "2a",
         "Deliver Signs of Safety early help training to lead professionals in schools, health and the "
         "voluntary sector.", "Workforce Development Manager", "Apr 2024", "March 2025", "In progress",
         "212 practitioners trained to date."),
        (None, "2b",
         "Set up a lead professional network meeting each half term, with case consultation from "
         "Early Help Advisers.", "Early Help Advisers Team Manager", "Sept 2024", "Ongoing", "In progress",
         "First network meeting held 2 October."),
        (None, "2c",
         "Agree a shared early help assessment and plan with health visiting and school nursing.",
         "Head of Early Help / 0-19 Service Lead (MYHT)", "Jun 2024", "Janaury 2025", "Delayed",
         "Awaiting 0-19 service IT change."),
        ("3. Knowing our impact", "3a",
         "Build an early help outcomes dashboard for the Partnership Board using Supporting Families "
         "outcome data.", "Business Intelligence Manager", "Jul 2024", "Dec 2024", "In progress",
         "Draft dashboard at October Board."),
        (None, "3b",
         "Multi-agency audit of 20 early help plans each quarter, with learning shared through "
         "practice briefings.", "Quality Assurance Lead", "Oct 2024", "Quarterly", "Not started", ""),
        (None, "3c",
         "Gather feedback from families at case closure and report themes to the Partnership Board "
         "twice a year.", "Early Help Partnership Manager", "Oct 2024", "March 2025", "Not started", ""),
    ]
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=16)
    ov["A2"] = "Delivery Action Plan – Year 2 (2024/25)"
    ov["A2"].font = Font(bold=True, size=13)
    ov["A4"] = ("The Early Help Partnership Board oversees this plan. Progress is updated each quarter by "
                "the lead for each action and reported to the Wakefield Together Children's Partnership.")
    ov["A6"] = "Status used in the plan"
    ov["A6"].font = BOLD
    for i, s in enumerate(["Complete", "In progress", "Delayed", "Not started"]):
        ov.cell(row=7 + i, column=1, value=s)
    ov.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Early Help Strategy Delivery Plan 2024/25 – Quarter 2 update"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Early Help Partnership Board    |    Last updated: 18/10/2024"
    heads = ["Priority", "Ref", "Action", "Partner lead", "Start", "Target completion", "Status",
             "Q2 update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = BOLD
        c.fill = fill("C6E0B4")
        c.border = BORDER
    r = 5
    typo_row = None
    for row in rows:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if row[0]:
            ws.cell(row=r, column=1).font = BOLD
        if row[5] == "Janaury 2025":
            typo_row = r
        r += 1
    for col, w in zip("ABCDEFGH", (26, 6, 60, 30, 10, 16, 12, 40)):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("IFD", "Integrated Front Door"), ("MYHT", "Mid Yorkshire Teaching NHS Trust"),
                                ("0-19", "Health visiting and school nursing service")]):
        gl.cell(row=1 + i, column=1, value=a)
        gl.cell(row=1 + i, column=2, value=b)
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row

    meta = {
        "source": ("Imitates early help strategy delivery plans reported to early help / children's "
                   "partnership boards by English councils (quarterly update format): overview sheet, "
                   "delivery plan sheet with the priority written only on the first row of its group, "
                   "Start and Target completion as text months, status words, glossary sheet. Wakefield "
                   "2024/25 content is invented."),
        "reads": ("Wakefield's early help strategy delivery plan (Q2 2024/25 update) with ten actions under "
                  "three priorities on the 'Delivery Plan' sheet. Action 2c's target completion reads "
                  "'Janaury 2025' (sheet 'Delivery Plan', row 11): a mistyped month, so a careful reader "
                  "stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_yaml(name, meta, [])


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
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


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Camden SCP JTAI action plan (docx): title block, document control table,
#    RAG key table, one section per area for improvement (heading "Area for
#    improvement N" + inspectors' text in bold) each with its own action table,
#    sign-off table at the end.
# ---------------------------------------------------------------------------
def camden():
    name = "eo1-camden-scp-jtai-action-plan.docx"
    title = "Joint Targeted Area Inspection (JTAI) – Partnership Action Plan"
    A1 = ("The application of thresholds by partner agencies when considering requests for early help, "
          "so that families receive the right help at the right time.")
    A2 = ("The quality of early help assessments and plans, including how well they capture the lived "
          "experience of children and the contribution of fathers and male carers.")
    A3 = ("The partnership’s oversight of the early help offer, including the use of outcome data to "
          "understand the impact of help for children and families.")
    sections = [
        (A1, [
            ("1.1", "Refresh the Camden Continuum of Need guidance with partners and relaunch it through "
                    "multi-agency briefings.",
             "CSCP Business Manager", "April 2024", "Relaunched 23 April 2024; 5 briefings, 310 attendees.",
             "Complete", ["CSCP Business Manager"], "2024-04", None, "blue"),
            ("1.2", "Deliver threshold workshops for designated safeguarding leads in schools and for "
                    "primary care safeguarding leads.",
             "Head of Early Help; Named GP for Safeguarding (NCL ICB)", "June – September 2024",
             "Schools sessions delivered; GP sessions booked for September protected learning time.",
             "Green", ["Head of Early Help", "Named GP for Safeguarding (NCL ICB)"], "2024-09",
             "June – September 2024", "green"),
            ("1.3", "Multi-agency audit of 30 early help requests that did not progress, to test "
                    "whether thresholds were applied consistently.",
             "Chair, CSCP Quality Assurance Subgroup", "December 2024",
             "Audit tool agreed; case selection delayed by Mosaic data issue.", "Amber",
             ["Chair, CSCP Quality Assurance Subgroup"], "2024-12", None, "amber"),
        ]),
        (A2, [
            ("2.1", "Revise the Early Help Assessment template to include the child’s daily lived "
                    "experience and all significant adults in the household.",
             "Head of Early Help", "31/05/2024", "New template in use from 3 June 2024.", "Complete",
             ["Head of Early Help"], "2024-05", None, "blue"),
            ("2.2", "Roll out the ‘Think Family – Include Dads’ practice guidance across Family Hubs, "
                    "health visiting and school nursing.",
             "Family Hubs Service Manager and Head of Children’s Public Health", "Oct 2024",
             "Guidance drafted with Camden Dads’ Network; launch moved to October.", "Amber",
             ["Family Hubs Service Manager", "Head of Children’s Public Health"], "2024-10", None, "amber"),
            ("2.3", "Report the proportion of early help plans reviewed within 12 weeks in the early "
                    "help performance scorecard.",
             "Head of Performance & Business Intelligence", "Q3 2024/25",
             "Not yet reportable – plan review date not captured in the system.", "Red",
             ["Head of Performance & Business Intelligence"], "2024-12", None, "red"),
        ]),
        (A3, [
            ("3.1", "Add an early help outcomes dashboard to the quarterly performance pack of the CSCP "
                    "Executive.",
             "CSCP Business Manager / Head of Performance & Business Intelligence", "March 2025",
             "Dataset agreed by the Executive in May.", "Green",
             ["CSCP Business Manager", "Head of Performance & Business Intelligence"], "2025-03", None,
             "green"),
            ("3.2", "Present an annual early help partnership report to the Camden Health and Wellbeing "
                    "Board.",
             "Director of Early Help and Prevention", "Annually", "", "",
             ["Director of Early Help and Prevention"], None, "Annually", "unrated"),
        ]),
    ]
    ragshade = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Camden Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Multi-agency response to children and families who need help. Inspection "
                      "fieldwork 6–10 November 2023; letter of findings published 19 January 2024.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("1.0", "11/04/2024", "CSCP Business Manager", "Submitted to Ofsted"),
                             ("1.1", "02/07/2024", "CSCP Business Manager", "Progress update for CSCP Executive"),
                             ("1.2", "16/10/2024", "CSCP Business Manager", "Q2 update; action 1.3 re-dated")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (w, m) in enumerate([("Complete", "Action completed and evidenced"),
                                ("Green", "On track"),
                                ("Amber", "Delayed but expected to complete within three months"),
                                ("Red", "Significant delay or risk to delivery – escalate to Executive")]):
        set_cell(t.cell(i, 0), w, bold=True)
        shade(t.cell(i, 0), ragshade[w])
        set_cell(t.cell(i, 1), m)

    actions = []
    heads = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress update (October 2024)", "RAG"]
    for n, (afi, acts) in enumerate(sections, 1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        doc.add_paragraph().add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for i, (ref, text, lead, when, prog, rag, rlead, rend, rtext, rstat) in enumerate(acts, 1):
            for j, v in enumerate([ref, text, lead, when, prog, rag]):
                set_cell(t.cell(i, j), v)
            if rag:
                shade(t.cell(i, 5), ragshade[rag])
            actions.append(act(ref, [afi], text, rlead, rend, rstat, rtext))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Safeguarding partner", "Name / role", "Date agreed"),
                             ("London Borough of Camden", "Executive Director, Children and Learning", "10/04/2024"),
                             ("Metropolitan Police Service", "Detective Superintendent, Central North BCU", "10/04/2024"),
                             ("NCL Integrated Care Board", "Chief Nursing Officer", "10/04/2024")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates JTAI partnership action plans published by safeguarding children partnerships "
                   "after the 2023 JTAI theme 'children and families who need help' (Ofsted letter of "
                   "findings, action plan sent by the DCS on behalf of the partnership): title block, "
                   "document control table, RAG key table, one section per area for improvement with a "
                   "'Area for improvement N' heading, the inspectors' text in bold and its own action "
                   "table (No., Action, Lead agency / officer, Timescale, Progress, RAG), sign-off table. "
                   "Camden 2024 content is invented."),
        "reads": ("Camden Safeguarding Children Partnership's JTAI action plan: eight numbered actions in three "
                  "tables, one per area for improvement; each area's bold text is what the actions answer. "
                  "Document control, RAG key and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 5. Islington SEND priority action plan (docx): one long table with merged
#    full-width part rows and area rows, leads on separate lines in one cell,
#    RAG letters, key paragraph above the table.
# ---------------------------------------------------------------------------
def islington():
    name = "eo1-islington-send-priority-action-plan.docx"
    title = "Islington Local Area Partnership – SEND Priority Action Plan"
    PA = "Part A – Areas for priority action"
    PB = "Part B – Areas for improvement"
    AP1 = ("Area for priority action 1: Leaders across education, health and care should urgently improve "
           "the timeliness and quality of education, health and care (EHC) needs assessments and plans, so "
           "that children and young people’s needs are identified and met without delay.")
    AP2 = ("Area for priority action 2: Leaders should reduce waiting times for speech and language therapy "
           "and neurodevelopmental assessments, and make sure that children and families receive support "
           "while they wait.")
    AI1 = ("Area for improvement 1: Leaders should improve the quality and accessibility of the Local Offer, "
           "so that families can easily find information about the services available to them.")
    AI2 = ("Area for improvement 2: Leaders should strengthen preparation for adulthood, including access "
           "to supported internships and planning for the move to adult health services.")
    body = [
        ("part", PA),
        ("area", AP1),
        ("1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear the "
                "assessment backlog.", "Head of SEND Services", "Jan 2025",
         "Backlog of 20-week breaches reduced from 96 to 12", "B",
         ["Head of SEND Services"], "2025-01", None, "blue"),
        ("1.2", "Weekly EHC timeliness tracker reviewed by the SEND Assurance Group, with escalation of any "
                "assessment beyond week 16.", "Head of SEND Services\nDesignated Clinical Officer (NCL ICB)",
         "Mar 2025", "72% of EHC plans issued within 20 weeks (target 60%)", "G",
         ["Head of SEND Services", "Designated Clinical Officer (NCL ICB)"], "2025-03", None, "green"),
        ("1.3", "Introduce a quality assurance framework for EHC plans, with multi-agency moderation of 10% "
                "of new plans each term.", "Principal Educational Psychologist", "Summer term 2025",
         "60% of audited plans judged good (target 80%)", "A",
         ["Principal Educational Psychologist"], "2025-07", "Summer term 2025", "amber"),
        ("area", AP2),
        ("2.1", "Commission additional neurodevelopmental assessment capacity from Whittington Health for "
                "children aged 5 to 18.", "Director of Children’s Commissioning (NCL ICB)", "31 March 2025",
         "Longest wait under 52 weeks", "R",
         ["Director of Children’s Commissioning (NCL ICB)"], "2025-03", None, "red"),
        ("2.2", "Launch a ‘waiting well’ offer for families, including Islington Parent Carer Forum "
                "workshops and the SENDIASS helpline.", "Islington Parent Carer Forum & Head of Early Help",
         "Nov 2024", "Families on waiting lists offered support within 4 weeks", "B",
         ["Islington Parent Carer Forum", "Head of Early Help"], "2024-11", None, "blue"),
        ("part", PB),
        ("area", AI1),
        ("3.1", "Co-produce a redesigned Local Offer website with young people and parent carers.",
         "SEND Communications Officer", "Sept 2025", "Local Offer survey satisfaction above 70%", "G",
         ["SEND Communications Officer"], "2025-09", None, "green"),
        ("area", AI2),
        ("4.1", "Increase supported internship places from 18 to 30 by September 2025.",
         "Head of Post-16 and Employment", "Sept 2025", "30 interns in place; 60% into paid work", "G",
         ["Head of Post-16 and Employment"], "2025-09", None, "green"),
        ("4.2", "Agree a transition protocol between children’s and adult community health services.",
         "Designated Clinical Officer (NCL ICB)", "TBC", "Protocol signed off by ICB and Whittington Health",
         "", ["Designated Clinical Officer (NCL ICB)"], None, "TBC", "unrated"),
    ]
    ragshade = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection, June 2024 (outcome: widespread "
                      "and/or systemic failings). Version 3 – progress at December 2024, for the SEND "
                      "Partnership Board.")
    doc.add_paragraph("Key: B = complete; G = on track; A = at risk of delay; R = off track; blank = not started.")
    heads = ["Ref", "Action", "Lead(s)", "Milestone date", "Impact measure", "RAG (Dec 2024)"]
    nrows = 1 + len(body)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
    actions = []
    part = area = None
    for i, row in enumerate(body, 1):
        if row[0] in ("part", "area"):
            m = t.cell(i, 0).merge(t.cell(i, 5))
            set_cell(m, row[1], bold=True)
            shade(m, "8EAADB" if row[0] == "part" else "D9E2F3")
            if row[0] == "part":
                part = row[1]
            else:
                area = row[1]
            continue
        ref, text, lead, when, impact, rag, rlead, rend, rtext, rstat = row
        for j, v in enumerate([ref, text, lead, when, impact, rag]):
            set_cell(t.cell(i, j), v)
        if rag:
            shade(t.cell(i, 5), ragshade[rag])
        actions.append(act(ref, [part, area], text, rlead, rend, rstat, rtext))
    doc.add_paragraph()
    doc.add_paragraph("Agreed by: Corporate Director of Children’s Services, Islington Council; Chief "
                      "Nursing Officer, NCL ICB; Chair, Islington Parent Carer Forum.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates priority action plans local area partnerships submit after an Ofsted/CQC area "
                   "SEND inspection with 'widespread and/or systemic failings' (framework from 2023): a single "
                   "landscape table with full-width merged part rows (areas for priority action, areas for "
                   "improvement) and merged area rows holding the inspectors' text above its actions, "
                   "Ref/Action/Lead(s)/Milestone date/Impact measure/RAG columns, RAG as letters with a key "
                   "line above, several leads on separate lines in one cell. Islington 2024 content is invented."),
        "reads": ("Islington's SEND priority action plan: eight numbered actions answering two areas for "
                  "priority action (Part A) and two areas for improvement (Part B), each area's text in a "
                  "merged row above its actions. RAG letters B/G/A/R and one blank (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 6. Trafford YJS HMIP improvement plan (csv export): title lines, recommendation
#    repeated on each row, original and revised target dates, quoted progress text
#    with line breaks, last-updated footer.
# ---------------------------------------------------------------------------
def trafford():
    name = "eo1-trafford-yjs-hmip-improvement-plan.csv"
    title = "Trafford Youth Justice Service - HMIP Inspection Improvement Plan"
    R1 = ("R1. The Trafford Youth Justice Management Board should make sure that board members understand "
          "the over-representation of children from ethnic minority backgrounds and hold partners to "
          "account for addressing it.")
    R2 = ("R2. The Trafford YJS Head of Service should make sure that assessments and plans consistently "
          "address the safety and wellbeing of the child and the risk of harm to others, including "
          "contingency planning.")
    R3 = ("R3. The Trafford YJS Head of Service should make sure that victims are routinely offered "
          "restorative justice and that their safety is considered in planning.")
    R4 = ("R4. The Trafford Youth Justice Management Board should make sure that children have timely "
          "access to speech, language and communication and emotional health services.")
    rows = [
        ("1.1", R1, "Disproportionality deep dive presented to the Management Board, using police, education "
                    "and children's social care data.", "YJS Head of Service", "31/03/2025", "30/06/2025",
         "Green", "Deep dive data pack drafted.\nBoard session moved to June to include Q4 police data.",
         ["YJS Head of Service"], "2025-06", None, "green"),
        ("1.2", R1, "Each Board member to sponsor one action in the Disproportionality Action Plan and report "
                    "on it quarterly.", "Board Chair (Corporate Director, Children's Services)", "30/04/2025",
         "", "Complete", "Sponsors agreed at April Board.", ["Board Chair (Corporate Director, Children's Services)"],
         "2025-04", None, "blue"),
        ("2.1", R2, "Mandatory AssetPlus refresher training for all case managers, focused on safety and "
                    "wellbeing and risk of serious harm.", "YJS Team Managers", "28/02/2025", "", "Complete",
         "All 14 case managers completed.", ["YJS Team Managers"], "2025-02", None, "blue"),
        ("2.2", R2, "Introduce a monthly risk and safety panel for every child assessed as high or very high "
                    "risk of serious harm.", "YJS Operations Manager / Seconded Probation Officer",
         "31/01/2025", "", "Complete", "Panel running since January; terms of reference signed off.",
         ["YJS Operations Manager", "Seconded Probation Officer"], "2025-01", None, "blue"),
        ("2.3", R2, "Quarterly case audit using the HMIP standards tool, with findings fed back through "
                    "practice development sessions.", "QA & Practice Development Lead", "Quarterly", "",
         "Green", "Q1 audit: 9 of 12 cases sufficient on safety and wellbeing.",
         ["QA & Practice Development Lead"], None, "Quarterly", "green"),
        ("3.1", R3, "Recruit a full-time Victim Liaison & Restorative Justice Officer.", "YJS Head of Service",
         "31/03/2025", "31/07/2025", "Amber", "First recruitment round unsuccessful; re-advertised May 2025.",
         ["YJS Head of Service"], "2025-07", None, "amber"),
        ("3.2", R3, "Embed victim safety considerations in the intervention plan template and check them at "
                    "management oversight.", "YJS Team Managers", "30/09/2025", "", "Red",
         "Template change depends on ChildView update – supplier date not confirmed.",
         ["YJS Team Managers"], "2025-09", None, "red"),
        ("4.1", R4, "Agree a service level agreement with the ICB for a dedicated YJS speech and language "
                    "therapist (0.6 FTE).", "Associate Director of Commissioning (GM ICB - Trafford)",
         "31/10/2025", "", "Not started", "", ["Associate Director of Commissioning (GM ICB - Trafford)"],
         "2025-10", None, "unrated"),
    ]
    heads = ["Ref", "HMIP Recommendation", "Action", "Owner", "Target Date", "Revised Target Date",
             "RAG", "Progress Update"]
    n = len(heads)
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Inspection fieldwork: October 2024. Report published: 14 January 2025. Overall rating: "
                    "Requires improvement"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(heads)
        actions = []
        for (ref, rec, text, owner, tgt, rev, rag, upd, rlead, rend, rtext, rstat) in rows:
            w.writerow([ref, rec, text, owner, tgt, rev, rag, upd])
            actions.append(act(ref, [rec], text, rlead, rend, rstat, rtext))
        w.writerow([""] * n)
        w.writerow(["Last updated: 14/08/2025 for Youth Justice Management Board"] + [""] * (n - 1))

    meta = {
        "source": ("Imitates youth justice service improvement plans after HMI Probation youth inspections "
                   "(e.g. Reading YJS 2024 plan endorsed by committee, recommendations addressed to the YJS "
                   "manager and the management board), saved from an Excel tracker as CSV: two title lines, "
                   "the recommendation repeated on every action row, target and revised target dates "
                   "(dd/mm/yyyy), RAG words, quoted progress text with a line break, last-updated footer. "
                   "Trafford 2025 content is invented."),
        "reads": ("Trafford YJS's HMIP improvement plan as a CSV export: eight actions answering four "
                  "recommendations (R1–R4), each row repeating its recommendation. Where a revised target "
                  "date is given it is the end; 'Quarterly' has no end month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


# ---------------------------------------------------------------------------
# 7. Rochdale children's home Ofsted action plan (tab-separated text): title block,
#    section lines, requirement / recommendation lines above their actions, one
#    continuation line, status key and sign-off lines at the foot.
# ---------------------------------------------------------------------------
def rochdale():
    name = "eo1-rochdale-council-childrens-home-ofsted-action-plan.txt"
    title = "Ofsted Inspection Action Plan – Greenbank House"
    SR = "Requirements"
    SC = "Recommendations"
    Q1 = ("Requirement 1: The registered person must ensure that staff understand and follow the home’s "
          "procedures when a child goes missing, including informing the placing authority and the police "
          "without delay. (Regulation 12 (1), (2)(a)(v)) To be met by: 30 November 2024")
    Q2 = ("Requirement 2: The registered person must ensure that each child’s placement plan and risk "
          "assessment are reviewed and updated after any significant incident. (Regulation 14 (1)(a)(b)) "
          "To be met by: 31 December 2024")
    C1 = ("Recommendation 1: The registered person should ensure that records of physical intervention are "
          "completed within 24 hours and include the child’s views. (‘Guide to the Children’s Homes "
          "Regulations, including the quality standards’, page 49, paragraph 9.59)")
    C2 = ("Recommendation 2: The registered person should ensure that staff receive regular supervision that "
          "is reflective and focused on the needs of the children. (‘Guide to the Children’s Homes "
          "Regulations, including the quality standards’, page 61, paragraph 13.3)")
    lines = [
        "Rochdale Borough Council – Children’s Residential Services",
        title,
        "Unique reference number: SC487213\tInspection dates: 15 and 16 October 2024",
        "Overall experiences and progress of children and young people: requires improvement to be good",
        "Plan completed by: Registered Manager\tQuality assured by: Responsible Individual\tDate: 4 November 2024",
        "",
        "Ref\tAction\tResponsible\tTarget date\tStatus\tEvidence / comment",
    ]
    actions = []

    def sec(s):
        lines.append(s + "\t\t\t\t\t")

    def head(h):
        lines.append(h + "\t\t\t\t\t")

    def a(ref, text_lines, resp, when, status, ev, under, rlead, rend, rtext, rstat):
        lines.append("\t".join([ref, text_lines[0], resp, when, status, ev]))
        for extra in text_lines[1:]:
            lines.append("\t" + extra + "\t\t\t\t")
        actions.append(act(ref, under, "\n".join(text_lines), rlead, rend, rstat, rtext))

    sec(SR)
    head(Q1)
    a("1.1", ["All staff to complete refresher training on the Greater Manchester protocol for children "
              "missing from home and care."], "Registered Manager", "29/11/2024", "Complete",
      "Training matrix – 11/11 staff", [SR, Q1], ["Registered Manager"], "2024-11", None, "blue")
    a("1.2", ["Missing episode log to be checked by a manager within 24 hours of every episode, with the "
              "return home interview request recorded."], "Deputy Manager / Senior RSW", "30/11/2024",
      "Complete", "Log checks in place from 21/10/2024", [SR, Q1], ["Deputy Manager", "Senior RSW"],
      "2024-11", None, "blue")
    head(Q2)
    a("2.1", ["Key workers to review every child’s placement plan and individual risk assessment within "
              "72 hours of a significant incident,",
              "and to record the child’s views on the changes made."], "Key workers", "Ongoing", "On track",
      "Dip sample by RM each month", [SR, Q2], ["Key workers"], None, "Ongoing", "green")
    a("2.2", ["Responsible Individual to sample three placement plans each month as part of Regulation 44 "
              "and 45 monitoring."], "Responsible Individual", "31/01/2025", "On track",
      "First sample completed December 2024", [SR, Q2], ["Responsible Individual"], "2025-01", None, "green")
    sec(SC)
    head(C1)
    a("3.1", ["Physical intervention records to be audited weekly by the Registered Manager, and a debrief "
              "offered to each child."], "Registered Manager", "20/12/2024", "Complete",
      "Weekly audit sheet; debriefs recorded on Mosaic", [SC, C1], ["Registered Manager"], "2024-12", None,
      "blue")
    head(C2)
    a("4.1", ["Set a supervision schedule for 2025 (every 4 to 6 weeks) and monitor it in the monthly "
              "Regulation 45 report."], "Registered Manager", "Jan-25", "On track", "Schedule issued 6 January",
      [SC, C2], ["Registered Manager"], "2025-01", None, "green")
    a("4.2", ["Deputy Manager to complete the ILM Level 5 coaching module to support reflective supervision."],
      "Deputy Manager", "July 2025", "Not started", "", [SC, C2], ["Deputy Manager"], "2025-07", None,
      "unrated")
    lines += [
        "",
        "Status key: Complete = action done and evidenced; On track = in progress within timescale; "
        "Not started = not yet due to start",
        "Signed (Registered Manager): J. Whitworth\tDate: 04/11/2024",
        "Signed (Responsible Individual): S. Ashworth\tDate: 05/11/2024",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates post-inspection action plans for local authority children's homes inspected by "
                   "Ofsted under the SCCIF (requirements with regulation and due date, recommendations citing "
                   "the Guide to the Children's Homes Regulations), as a tab-separated text export: title block "
                   "with URN and inspection dates, column header line, section lines for requirements and "
                   "recommendations, each requirement/recommendation on its own line above its actions, one "
                   "action whose text runs onto a continuation line, status key and signature lines. Rochdale "
                   "home 'Greenbank House' and its content are invented."),
        "reads": ("Rochdale's action plan for its children's home Greenbank House after an October 2024 Ofsted "
                  "inspection: seven numbered actions answering two requirements and two recommendations. "
                  "Action 2.1's text continues on the next line (no ref, no other fields), which belongs to "
                  "2.1. Status words Complete / On track / Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_yaml(name, meta, actions)


if __name__ == "__main__":
    calderdale()
    southend()
    wakefield()
    camden()
    islington()
    trafford()
    rochdale()
    print("built 7 files in", HERE)
