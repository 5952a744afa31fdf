#!/usr/bin/env python3
"""Build the seven os1- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python os1_make.py  (openpyxl, python-docx, pyyaml).
Only files starting with os1- are written.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, DARK, LIGHT = "D9D9D9", "1F3864", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. North Lincolnshire Council - ILACS improvement plan (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def north_lincs():
    name = "os1-north-lincolnshire-council-ilacs-improvement-plan.xlsx"
    title = "North Lincolnshire Council – ILACS Improvement Plan 2024–26"
    wb = Workbook()

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16, color=DARK)
    cover["A3"] = "Children and Families Directorate"
    cover["A4"] = "Response to the inspection of local authority children’s services (ILACS), 4–15 March 2024"
    cover["A6"] = "Document control"
    cover["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "12/06/2024", "Improvement Lead", "First draft for Children’s Improvement Board"),
            ("1.0", "01/08/2024", "Improvement Lead", "Final version submitted to Ofsted"),
            ("1.3", "15/04/2025", "Improvement Lead", "Q4 2024/25 progress update"),
            ("1.4", "14/10/2025", "Improvement Lead", "Q2 2025/26 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cover["A13"] = "Approved by: Director of Children and Families"
    for col, w in zip("ABCD", (12, 14, 20, 48)):
        cover.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True, size=13)
    for i, (word, colour, meaning) in enumerate([
            ("Complete", BLUE, "Action complete and evidence of impact reviewed by the Improvement Board"),
            ("Green", GREEN, "On track to deliver by the target date"),
            ("Amber", AMBER, "Some slippage; recoverable within the quarter"),
            ("Red", RED, "Off track or at risk; escalated to the Improvement Board")]):
        a = key.cell(row=3 + i, column=1, value=word)
        a.fill = fill(colour)
        a.font = Font(bold=True, color="FFFFFF" if colour in (BLUE, RED) else "000000")
        key.cell(row=3 + i, column=2, value=meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=DARK)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection dates: 4–15 March 2024.  Report published: 3 May 2024.  Overall effectiveness: Good"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position reported to the Children’s Improvement Board on 14 October 2025"
    ws.merge_cells("A3:H3")
    headers = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
               "Previous RAG", "Current RAG", "Progress update / evidence"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGH", (7, 60, 34, 13, 13, 12, 12, 60)):
        ws.column_dimensions[col].width = w

    A1 = "Area 1: The experiences and progress of children who need help and protection"
    A2 = "Area 2: The experiences and progress of children in care and care leavers"
    R1 = ("Recommendation 1: The quality of child in need and child protection plans, so that actions "
          "are specific, timebound and understood by parents.")
    R2 = ("Recommendation 2: Management oversight and the frequency of supervision for social workers "
          "in the Children’s Disability Team.")
    R3 = ("Recommendation 3: The timeliness and quality of return home interviews for children who go "
          "missing from care.")
    R4 = ("Recommendation 4: The sufficiency of local homes for children in care with complex needs, so "
          "that fewer children live at a distance from North Lincolnshire.")
    words = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    status_of = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    d = lambda y, m, dd: datetime(y, m, dd)
    plan = [
        ("area", A1), ("rec", R1),
        ("1.1", "Relaunch the child in need and child protection plan template with SMART outcomes and a "
                "plain-language summary for parents, co-produced with the Parent Advisory Group.",
         "Head of Children’s Social Care / Principal Social Worker", d(2024, 9, 30), None, "Green", "Complete",
         "Template live in the case recording system from 2 September 2024.\nParent Advisory Group reviewed the final version."),
        ("1.2", "Deliver practice workshops on outcome-focused planning to all social workers and team managers "
                "in the Assessment and Safeguarding teams.",
         "Practice Development Lead", d(2024, 12, 31), d(2025, 3, 31), "Amber", "Complete",
         "Six workshops held; 92% of staff attended. Two sessions moved to Q4 because of sickness."),
        ("1.3", "Introduce a monthly thematic audit of child protection plans, with findings reported to the "
                "Quality Assurance Panel and tracked to completion.",
         "Service Manager – Quality Assurance", d(2025, 1, 31), d(2026, 3, 31), "Green", "Green",
         "Audits running monthly since January 2025; extended to March 2026 to show sustained impact."),
        ("rec", R2),
        ("2.1", "Agree a supervision standard of every four weeks for all practitioners in the Children’s "
                "Disability Team and report compliance monthly.",
         "Team Manager – Children’s Disability Team", d(2024, 10, 31), None, "Green", "Complete",
         "Compliance at 96% for six consecutive months."),
        ("2.2", "Appoint a second Advanced Practitioner to the Children’s Disability Team to increase capacity "
                "for case oversight.",
         "Head of Service – Disabled Children", d(2025, 1, 31), d(2025, 11, 30), "Red", "Amber",
         "First recruitment round unsuccessful. Interviews arranged for 28 October 2025."),
        ("area", A2), ("rec", R3),
        ("3.1", "Transfer return home interviews for children in care to the in-house Missing and Exploitation "
                "Team, with a 72-hour completion target.",
         "Missing and Exploitation Team Manager", d(2024, 11, 30), None, "Complete", "Complete",
         "Transferred 1 November 2024. 88% completed within 72 hours in Q2 2025/26."),
        ("3.2", "Add intelligence from return home interviews to the monthly Multi-Agency Child Exploitation "
                "(MACE) meeting dataset.",
         "Missing and Exploitation Team Manager / Humberside Police Partnership Hub Inspector",
         d(2025, 3, 31), d(2025, 12, 31), "Amber", "Green",
         "Data sharing agreement signed September 2025; first combined dataset due at December MACE."),
        ("rec", R4),
        ("4.1", "Open a two-bed solo and short-term children’s home in Scunthorpe, registered with Ofsted.",
         "Head of Placements and Commissioning", d(2025, 6, 30), d(2026, 1, 31), "Amber", "Red",
         "Building works delayed by planning condition; Ofsted registration visit not yet booked."),
        ("4.2", "Recruit 15 additional in-house foster carers through the 2025 foster carer recruitment campaign.",
         "Fostering Service Manager", d(2026, 3, 31), None, "Green", "Green",
         "9 households approved at panel to date; 7 assessments in progress."),
    ]
    expected = []
    row = 6
    area = rec = None
    for item in plan:
        if item[0] == "area":
            area = item[1]
            c = ws.cell(row=row, column=1, value=area)
            c.font = Font(bold=True, color="FFFFFF", size=12)
            for j in range(1, 9):
                ws.cell(row=row, column=j).fill = fill("2F5597")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            continue
        if item[0] == "rec":
            rec = item[1]
            c = ws.cell(row=row, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = Alignment(wrap_text=True)
            for j in range(1, 9):
                ws.cell(row=row, column=j).fill = fill(LIGHT)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            ws.row_dimensions[row].height = 30
            row += 1
            continue
        ref, text, lead, orig, rev, prev, cur, upd = item
        vals = [ref, text, lead, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "mmm-yy"
        for j, w in ((6, prev), (7, cur)):
            ws.cell(row=row, column=j).fill = fill(words[w])
        end = (rev or orig).strftime("%Y-%m")
        leads = [p.strip() for p in lead.split("/")]
        expected.append(act(ref, [area, rec], text, leads, end, status_of[cur]))
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Summary of current RAG ratings").font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    counts = {}
    for item in plan:
        if item[0] not in ("area", "rec"):
            counts[item[6]] = counts.get(item[6], 0) + 1
    for w in ("Complete", "Green", "Amber", "Red"):
        row += 1
        ws.cell(row=row, column=1, value=w).fill = fill(words[w])
        ws.cell(row=row, column=2, value=counts.get(w, 0))
    row += 1
    ws.cell(row=row, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=row, column=2, value=sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a post-ILACS improvement plan of the kind English councils take to a children’s "
                   "improvement board after an inspection (e.g. Cheshire East Children and Families Committee, "
                   "improvement plan progress reports 2024–25; Stockton ILACS outcomes and action plan, Cabinet "
                   "June 2023). Invented content for North Lincolnshire Council. Copied features: cover sheet with "
                   "document-control table, separate RAG key sheet, merged full-width area rows and recommendation "
                   "rows above numbered actions, job titles as leads (two posts joined by ' / '), original and "
                   "revised target dates as real date cells shown mmm-yy, previous and current RAG as words on "
                   "fill colour, progress updates with line breaks, and a summary/totals block under the plan."),
        "reads": ("A three-sheet workbook: a cover with version history, a RAG key, and the improvement plan. "
                  "The plan sheet groups nine numbered actions under two inspection areas and four "
                  "recommendations; each action has lead posts, an original and sometimes a revised target "
                  "month, and previous and current RAG. A totals block closes the sheet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Sandwell MBC - strategic risk register (xlsx, vertical merged risk blocks,
#    status shown only by fill colour)
# ---------------------------------------------------------------------------
def sandwell():
    name = "os1-sandwell-council-strategic-risk-register-2025-26.xlsx"
    title = "Sandwell Metropolitan Borough Council – Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Quarter 2 review: position at 30 September 2025. Reported to Audit and Risk Assurance Committee, 20 November 2025."
    ws.merge_cells("A2:K2")
    ws["A3"] = ("Scores are Likelihood x Impact (1–5 each). Action status is shown by cell colour – see the "
                "‘Scoring and key’ sheet.")
    ws.merge_cells("A3:K3")
    headers = ["Risk", "Risk description (cause, event, consequence)", "Risk owner", "Inherent score",
               "Current score", "Target score", "Ref", "Further mitigating actions", "Action owner",
               "Target date", "Status"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    for col, w in zip("ABCDEFGHIJK", (24, 44, 22, 9, 9, 9, 6, 56, 30, 13, 9)):
        ws.column_dimensions[col].width = w

    colour = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}
    risks = [
        ("SR1 – Medium Term Financial Strategy",
         "Demand pressures in social care and temporary accommodation exceed the budget, leading to "
         "unplanned use of reserves and, in the worst case, a section 114 notice.",
         "Director of Finance (s151 Officer)", "25 (5x5)", "16 (4x4)", "9 (3x3)",
         [("1a", "Deliver the 2025/26 savings programme of £12.4m, with monthly tracking through the Budget "
                 "Monitoring Board.", "Assistant Director – Finance", "31/03/2026", "green", None),
          ("1b", "Complete the demand-led budget review of children’s placements and temporary accommodation "
                 "and feed the outcomes into the 2026/27 budget.",
           "Assistant Director – Finance / Director of Children and Education", "Q3 2025/26", "amber",
           "2025-12"),
          ("1c", "Refresh the Reserves Strategy and report it to the Budget and Corporate Scrutiny "
                 "Management Board.", "Director of Finance", "30/09/2025", "blue", None)]),
        ("SR2 – Children’s Trust contract and performance",
         "The Sandwell Children’s Trust does not sustain improvement or operate within its financial "
         "envelope, leading to poorer outcomes for children and budget pressure on the Council.",
         "Director of Children and Education", "20 (4x5)", "12 (3x4)", "8 (2x4)",
         [("2a", "Hold quarterly Strategic Partnership Board meetings with the Trust to monitor delivery of "
                 "its improvement plan.", "Director of Children and Education", "Ongoing", "green", None),
          ("2b", "Agree the revised Service Delivery Contract and financial envelope for 2026/27 with the Trust.",
           "Director of Children and Education / Director of Law and Governance", "31/01/2026", "amber", None)]),
        ("SR3 – Cyber security and ICT resilience",
         "A successful cyber attack or major infrastructure failure causes loss of systems and data, "
         "disrupting statutory services and leading to regulatory action.",
         "Chief Digital and Information Officer", "25 (5x5)", "20 (4x5)", "10 (2x5)",
         [("3a", "Complete migration of the remaining on-premise servers to the cloud tenancy and "
                 "decommission the legacy data centre.", "Head of ICT Infrastructure", "Q4 2025/26", "red",
           "2026-03"),
          ("3b", "Run a council-wide cyber incident exercise with the Corporate Management Team and "
                 "Emergency Planning.", "Head of ICT Infrastructure; Emergency Planning Manager", "Sep-25",
           "blue", None),
          ("3c", "Renew the PSN compliance certificate.", "Information Security Manager", "28/02/2026",
           "green", None)]),
        ("SR4 – Housing regulatory compliance",
         "The Council fails to meet the Regulator of Social Housing consumer standards, including "
         "stock condition and damp and mould, resulting in regulatory intervention and harm to tenants.",
         "Director of Housing", "20 (4x5)", "15 (3x5)", "6 (2x3)",
         [("4a", "Complete stock condition surveys for the remaining 4,200 council homes.",
           "Head of Asset Management", "31/12/2025", "green", None),
          ("4b", "Implement the Damp and Mould Policy in line with Awaab’s Law timescales, with a weekly "
                 "case review meeting.", "Head of Housing Management", "Oct-25", "amber", None)]),
    ]
    expected = []
    row = 6
    for rtitle, desc, owner, inh, curr, tgt, actions in risks:
        start = row
        for ref, text, aowner, due, st, qmonth in actions:
            vals = {7: ref, 8: text, 9: aowner, 10: due}
            for col, v in vals.items():
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            sc = ws.cell(row=row, column=11)
            sc.fill = fill(colour[st])
            sc.border = BOX
            # expected end
            if due == "Ongoing":
                end, etext = None, "Ongoing"
            elif qmonth:
                end, etext = qmonth, due
            elif "/" in due:
                dd, mm, yy = due.split("/")
                end, etext = f"{yy}-{mm}", None
            else:  # Mon-YY
                end, etext = datetime.strptime(due, "%b-%y").strftime("%Y-%m"), None
            leads = [p.strip() for p in aowner.replace(";", "/").split("/")]
            expected.append(act(ref, [rtitle], text, leads, end, st, end_text=etext))
            row += 1
        end_row = row - 1
        for col, v in ((1, rtitle), (2, desc), (3, owner), (4, inh), (5, curr), (6, tgt)):
            c = ws.cell(row=start, column=col, value=v)
            c.alignment = WRAP
            if col == 1:
                c.font = Font(bold=True)
            for r in range(start, end_row + 1):
                ws.cell(row=r, column=col).border = BOX
            if end_row > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end_row, end_column=col)
        sc_cur = ws.cell(row=start, column=5)
        n = int(curr.split()[0])
        sc_cur.fill = fill(RED if n >= 15 else AMBER if n >= 8 else GREEN)
    row += 1
    ws.cell(row=row, column=1, value="Risks removed this quarter: none. Next full review: Quarter 3 (December 2025).")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Scoring and key")
    k["A1"] = "Risk scoring"
    k["A1"].font = Font(bold=True, size=13)
    for i, (band, col, meaning) in enumerate([("15–25", RED, "Red – high risk, reviewed monthly by CMT"),
                                              ("8–12", AMBER, "Amber – medium risk, reviewed quarterly"),
                                              ("1–6", GREEN, "Green – low risk, managed within directorates")]):
        k.cell(row=3 + i, column=1, value=band).fill = fill(col)
        k.cell(row=3 + i, column=2, value=meaning)
    k["A8"] = "Action status (colour of the Status cell)"
    k["A8"].font = Font(bold=True, size=13)
    for i, (col, meaning) in enumerate([(BLUE, "Blue – action complete"),
                                        (GREEN, "Green – on track"),
                                        (AMBER, "Amber – behind schedule but recoverable"),
                                        (RED, "Red – off track, escalated to CMT")]):
        k.cell(row=10 + i, column=1).fill = fill(col)
        k.cell(row=10 + i, column=2, value=meaning)
    k.column_dimensions["A"].width = 10
    k.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a unitary/metropolitan council strategic risk register reported quarterly to an "
                   "audit committee (layout in the style of registers described in Reading, Bracknell Forest and "
                   "South Kesteven committee minutes: inherent, current and target scores, risk owner, further "
                   "actions with owners and dates). Invented content for Sandwell MBC, Q2 2025/26. Copied "
                   "features: title block and scoring note, risk title/description/owner/scores merged "
                   "vertically down each risk block, action refs 1a/1b, action status shown only by fill colour "
                   "with the key on a second sheet, day-first dates, financial-year quarters, 'Ongoing', a "
                   "footer note line."),
        "reads": ("One register sheet with four strategic risks; each risk’s title, description, owner and "
                  "scores span several rows, and beside them sit ten further mitigating actions with refs, "
                  "action owners, target dates and a colour-only status cell. A second sheet holds the "
                  "scoring bands and the status colour key (blue = complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Middlesbrough Council - transformation highlight report (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def middlesbrough():
    name = "os1-middlesbrough-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "Middlesbrough Council – Recover, Reset, Deliver Transformation Programme: Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("C00000")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Reporting period: 1–31 October 2025        Transformation Programme Board: 12 November 2025"
    ws.merge_cells("A2:G2")
    info = [("Senior Responsible Owner", "Chief Executive"),
            ("Programme Lead", "Head of Transformation"),
            ("Overall RAG – previous period", "Amber"),
            ("Overall RAG – this period", "Amber")]
    for i, (a, b) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=a).font = Font(bold=True)
        c = ws.cell(row=4 + i, column=2, value=b)
        if b == "Amber":
            c.fill = fill(AMBER)
    ws["A9"] = "Key achievements this period"
    ws["A9"].font = Font(bold=True, size=12)
    ws["A10"] = "• Family Hubs restructure consultation closed with 94 responses."
    ws["A11"] = "• New customer contact platform live for council tax and waste enquiries."
    ws["A13"] = "Milestone tracker"
    ws["A13"].font = Font(bold=True, size=12)
    headers = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(headers):
        c = ws.cell(row=14, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("404040")
        c.border = BOX
    rows = [
        ("theme", "Theme 1: Children’s Services – Sustainable Futures"),
        ("1.1", "Launch the in-house Edge of Care service and step down four children from external residential care.",
         "Director of Children’s Care", "Sept 2025", "Dec 2025", "A",
         "Recruitment of two residential workers outstanding."),
        ("1.2", "Complete the Family Hubs restructure and move to three locality hubs.",
         "Head of Early Help", "Jan 2026", "Jan 2026", "G", "Consultation closed; outcome report due November."),
        ("1.3", "Implement the new placement sufficiency commissioning framework with Tees Valley partners.",
         "Head of Commissioning (Children)", "Mar 2026", "Mar 2026", "G", ""),
        ("theme", "Theme 2: Adult Social Care – Promoting Independence"),
        ("2.1", "Roll out strengths-based assessment training to all adult social care practitioners.",
         "Principal Social Worker (Adults)", "Oct 2025", "Oct 2025", "Complete", "148 staff trained."),
        ("2.2", "Open the Technology Enabled Care hub and transfer 600 community alarm users to digital units.",
         "Head of Prevention and Independence", "Nov 2025", "Jan 2026", "A", "Supplier delay on digital units."),
        ("theme", "Theme 3: Customer and Digital"),
        ("3.1", "Move council tax, waste and parking enquiries onto the new customer contact platform.",
         "Head of Customer Services", "Oct 2025", "Oct 2025", "Complete", "Live 6 October 2025."),
        ("3.2", "Launch the MyMiddlesbrough resident account with online payments and service requests.",
         "Head of Digital / Head of Customer Services", "Dec 2025", "Febuary 2026", "A",
         "Payment gateway integration testing extended."),
        ("theme", "Theme 4: Enabling – Workforce and Assets"),
        ("4.1", "Dispose of three surplus office buildings and consolidate staff into the Town Hall and Fountain Court.",
         "Head of Property and Asset Management", "Mar 2026", "Jun 2026", "R",
         "Marketing of one site paused pending legal title issue."),
        ("4.2", "Introduce the new performance and appraisal framework for all staff.",
         "Head of HR", "Apr 2026", "Apr 2026", "G", ""),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}
    r = 15
    typo_row = None
    for item in rows:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for j, v in enumerate(item):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(rag_fill[item[5]])
            if item[4] == "Febuary 2026":
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risks and issues").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Type", "Description", "Owner", "Mitigation"]):
        ws.cell(row=r, column=1 + j, value=h).font = Font(bold=True)
    r += 1
    for v in [("Risk", "Capital receipts below forecast if asset sales slip into 2026/27.", "Director of Finance",
               "Monthly review of the disposals pipeline."),
              ("Issue", "Digital supplier capacity constraining integration testing.", "Head of Digital",
               "Escalated to supplier account director.")]:
        for j, x in enumerate(v):
            ws.cell(row=r, column=1 + j, value=x).alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from Programme Board").font = Font(bold=True, size=12)
    ws.cell(row=r + 1, column=1, value="None this period.")
    for col, w in zip("ABCDEFG", (28, 60, 30, 13, 14, 10, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 24, typo_row

    write_yaml(name, {
        "source": ("Imitates a monthly programme highlight report for Middlesbrough Council’s ‘Recover, Reset, "
                   "Deliver’ transformation programme (programme and themes described in Executive and Overview "
                   "and Scrutiny reports on moderngov.middlesbrough.gov.uk, 2024–25); the milestone content is "
                   "invented. Copied features: coloured title bar, reporting period line, SRO/lead/overall RAG "
                   "block, key achievements bullets, milestone tracker with grey theme rows, baseline and "
                   "forecast dates, RAG letters on fill colour, risks and issues and decisions sections."),
        "reads": ("A one-sheet highlight report: header block, achievements, then a milestone tracker of nine "
                  "actions under four themes with baseline and forecast months, followed by risks/issues and "
                  "decisions. Action 3.2’s forecast date reads ‘Febuary 2026’, a mistyped month in the end "
                  "(forecast) cell on sheet row 24, so a careful reader stops and asks."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Doncaster Safeguarding Children Partnership - LCSPR Child R (docx,
#    one table per recommendation)
# ---------------------------------------------------------------------------
def doncaster():
    name = "os1-doncaster-safeguarding-children-partnership-lcspr-child-r-action-plan.docx"
    title = "Local Child Safeguarding Practice Review – Child R: Multi-agency Action Plan"
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Doncaster Safeguarding Children Partnership – OFFICIAL"
    doc.add_heading(title, level=0)
    doc.add_paragraph("This plan sets out how the safeguarding partners and relevant agencies will respond to "
                      "the three recommendations of the Local Child Safeguarding Practice Review concerning "
                      "Child R. Progress is monitored by the DSCP Learning and Improvement Subgroup.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Review published", "18 March 2025"),
                 ("Plan agreed", "DSCP Executive, 9 April 2025"),
                 ("Version", "v3 – updated for the Learning and Improvement Subgroup, 22 October 2025"),
                 ("Plan owner", "DSCP Business Manager")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete – action complete and impact evidenced; G – on track; A – at risk of "
                      "slipping; R – off track; Not started – due to start later in the plan.")

    themes = [
        ("Learning theme 1: Recognising neglect where parents misuse alcohol",
         "Recommendation 1: All partner agencies should ensure that practitioners use the Graded Care Profile 2 "
         "(GCP2) when there are concerns about neglect and parental alcohol use, and that the outcome informs "
         "multi-agency plans.",
         [("1.1", "Refresh the DSCP neglect strategy and practice guidance to include parental alcohol use and "
                  "the GCP2 pathway.", "DSCP Business Manager", "June 2025",
           "Strategy approved by the Executive on 11 June 2025.", "Complete"),
          ("1.2", "Deliver GCP2 licensed-user training to 120 practitioners across children’s social care, "
                  "health visiting and schools.",
           "DSCP Training Coordinator / Designated Nurse Safeguarding Children", "Sept 2025 – March 2026",
           "74 practitioners trained to date; two further cohorts booked.", "G"),
          ("1.3", "Audit a sample of 20 neglect cases to test whether GCP2 outcomes are reflected in child "
                  "protection plans.", "City of Doncaster Council – Head of Quality Assurance", "Q4 2025/26",
           "Audit tool agreed; sample to be drawn in January 2026.", "A")]),
        ("Learning theme 2: Hearing the voice of a child who is not in school",
         "Recommendation 2: The Council’s education service and health partners should strengthen information "
         "sharing about children missing education or electively home educated where there are safeguarding "
         "concerns.",
         [("2.1", "Agree a joint protocol between the Children Missing Education team and the 0–19 Public Health "
                  "Nursing service for sharing information on children who are not in school.",
           "Head of Education Safeguarding\nHead of 0–19 Services (RDaSH)", "By 31 July 2025",
           "Protocol signed off July 2025 and circulated to schools.", "Complete"),
          ("2.2", "Ensure elective home education officers see every child at home visits and record the "
                  "child’s views.", "Elective Home Education Manager", "Ongoing",
           "Dip sample in September 2025: child seen in 17 of 19 visits.", "G")]),
        ("Learning theme 3: Professional curiosity about men in the household",
         "Recommendation 3: Partners should assure the DSCP that practitioners routinely identify and engage "
         "fathers and other significant males, including in pre-birth assessments.",
         [("3.1", "Add prompts on fathers and significant males to the pre-birth assessment template and the "
                  "midwifery booking assessment.", "Named Midwife for Safeguarding (DBTH)", "October 2025",
           "Both templates updated; prompts live from 1 October 2025.", "Complete"),
          ("3.2", "Include a module on engaging fathers in the DSCP multi-agency training programme.",
           "DSCP Training Coordinator", "January 2026", "Module drafted with input from the Dads Matter group.",
           "G"),
          ("3.3", "Undertake a multi-agency audit on the identification of significant males and report the "
                  "findings to the Learning and Improvement Subgroup.",
           "DSCP Business Manager / South Yorkshire Police – DCI Public Protection", "Q1 2026/27", "",
           "Not started")]),
    ]
    status_map = {"Complete": "blue", "G": "green", "A": "amber", "R": "red", "Not started": "unrated"}
    shade_map = {"Complete": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80", "Not started": "FFFFFF"}
    ends = {"June 2025": ("2025-06", None), "Sept 2025 – March 2026": ("2026-03", "Sept 2025 – March 2026"),
            "Q4 2025/26": ("2026-03", "Q4 2025/26"), "By 31 July 2025": ("2025-07", None),
            "Ongoing": (None, "Ongoing"), "October 2025": ("2025-10", None),
            "January 2026": ("2026-01", None), "Q1 2026/27": ("2026-06", "Q1 2026/27")}
    expected = []
    for theme, rec, actions in themes:
        doc.add_heading(theme, level=1)
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency / officer", "Timescale",
                                           "Evidence of progress and impact", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, text, lead, when, ev, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, ev, rag]):
                set_cell(c, v)
            shade(cells[5], shade_map[rag])
            end, etext = ends[when]
            leads = [x.strip() for x in lead.replace("\n", "/").split("/")]
            expected.append(act(ref, [theme, rec], text, leads, end, status_map[rag], end_text=etext))
        doc.add_paragraph()
    doc.add_paragraph("Next review of this plan: Learning and Improvement Subgroup, January 2026.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a multi-agency action plan published by a safeguarding children partnership after "
                   "a Local Child Safeguarding Practice Review (Working Together 2023 process as set out in "
                   "partnership procedures, e.g. Buckinghamshire and Nottinghamshire CSPR chapters); Doncaster "
                   "Safeguarding Children Partnership structure from its published arrangements. Child R and all "
                   "content invented. Copied features: partnership name in the page header, title, purpose "
                   "paragraph, document-control table, RAG key line, one section per learning theme with the "
                   "recommendation in bold above its own table, lead agency and officer (two leads split by a "
                   "line break or ' / '), periods and financial-year quarters as timescales, evidence column, "
                   "shaded RAG cells, closing notes line."),
        "reads": ("A Word action plan for the Child R review: a document-control table, a RAG key, then three "
                  "learning themes, each with its recommendation in bold and a table of numbered actions "
                  "(eight in all) with lead, timescale, evidence and RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Wandsworth Council - Ofsted focused visit action plan (docx, one table with
#    merged area-for-improvement rows; status words defined by the key)
# ---------------------------------------------------------------------------
def wandsworth():
    name = "os1-wandsworth-council-ofsted-focused-visit-action-plan.docx"
    title = "Wandsworth Council: Ofsted Focused Visit Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Focused visit 10–11 June 2025: children in need and children subject to a child "
                      "protection plan. Letter published 15 July 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Plan owner", "Executive Director of Children’s Services"),
                 ("Version", "2.1"),
                 ("Last updated", "3 November 2025"),
                 ("Governance", "Children’s Services Improvement Board (monthly)")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        set_cell(cells[1], b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber); Off track (red); "
                      "Not started (no colour).")

    areas = [
        ("Area for improvement 1 – The consistency of management oversight and supervision for children in "
         "need, so that drift is identified and addressed.",
         [("1.1", "Introduce a 12-week review checkpoint, chaired by the team manager, for every child in need plan.",
           "Head of Service – Assessment and Family Support", "End Sept 2025", "Complete",
           "Checkpoint live from 1 September 2025; 87% of plans reviewed on time in October."),
          ("1.2", "Publish a revised supervision policy setting out reflective supervision expectations and "
                  "recording standards.", "Principal Social Worker", "31/10/2025", "Complete",
           "Policy published 24 October 2025."),
          ("1.3", "Report monthly compliance with supervision frequency to the Children’s Services Improvement "
                  "Board.", "Performance and Insight Manager", "Monthly", "On track",
           "Reported September and October; compliance 91%.")]),
        ("Area for improvement 2 – The quality of child protection plans, including contingency planning and "
         "the involvement of fathers.",
         [("2.1", "Revise the child protection plan template so that every plan includes a written contingency "
                  "plan shared with the family.", "Safeguarding and Quality Assurance Service Manager", "Dec-25",
           "On track", "Draft template tested with two teams."),
          ("2.2", "Deliver a practice week on working with fathers, with sessions led by the Family Group "
                  "Conference service.", "Principal Social Worker / FGC Service Manager", "w/c 17/11/25",
           "On track", "Programme agreed; 11 sessions booked."),
          ("2.3", "Child protection chairs to escalate any plan without a contingency through the Resolution "
                  "Protocol.", "CP Chairs", "Ongoing", "At risk",
           "Escalations not yet recorded consistently; recording form being amended.")]),
        ("Area for improvement 3 – The response to 16- and 17-year-olds at risk of exploitation as they move "
         "between children’s and adult services.",
         [("3.1", "Map all 16- and 17-year-olds open to the Adolescent Service who are at risk of exploitation "
                  "and allocate a named transitions worker to each.", "Adolescent Service Manager", "Nov-25",
           "Off track", "Mapping complete; allocation delayed by two vacancies."),
          ("3.2", "Establish a transitions panel for young people at risk of exploitation, with adult social "
                  "care and housing represented.", "Head of Service – Adolescents / Head of Safeguarding Adults",
           "January 2026", "Not started", "Terms of reference in draft.")]),
    ]
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                  "Not started": "unrated"}
    shade_map = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000", "Off track": "FF0000",
                 "Not started": None}
    ends = {"End Sept 2025": ("2025-09", None), "31/10/2025": ("2025-10", None), "Monthly": (None, "Monthly"),
            "Dec-25": ("2025-12", None), "w/c 17/11/25": ("2025-11", None), "Ongoing": (None, "Ongoing"),
            "Nov-25": ("2025-11", None), "January 2026": ("2026-01", None)}
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What we will do", "Lead", "Deadline", "Status", "Progress update"]):
        set_cell(c, h, bold=True, size=10)
        shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    expected = []
    for area, actions in areas:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, area, bold=True, size=10)
        shade(merged, "DEEAF6")
        for ref, text, lead, when, st, upd in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, when, st, upd]):
                set_cell(c, v)
            if shade_map[st]:
                shade(cells[4], shade_map[st])
            end, etext = ends[when]
            leads = [x.strip() for x in lead.split("/")]
            expected.append(act(ref, [area], text, leads, end, status_map[st], end_text=etext))
    doc.add_paragraph()
    doc.add_paragraph("Note: actions 2.2 and 3.2 are also reported to the Wandsworth Safeguarding Children "
                      "Partnership Executive.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a London borough’s action plan after an Ofsted focused visit to children’s services "
                   "(focused visits on children in need and child protection as reported by CYP Now, 2024; "
                   "Wandsworth’s own visits reported on wandsworth.gov.uk, January 2024). Visit date and content "
                   "invented. Copied features: title and visit line, small document-control table, status key "
                   "sentence defining status words as colours (‘At risk’ = amber), one plan table with merged "
                   "full-width ‘Area for improvement’ rows, numbered actions, job titles as leads, deadlines "
                   "written in several styles (End Sept 2025, 31/10/2025, Dec-25, w/c 17/11/25, Monthly, "
                   "Ongoing), shaded status cells, note line after the table."),
        "reads": ("A Word plan answering three areas for improvement from a focused visit: a document-control "
                  "table, a status key, then a single table where each area heads its numbered actions (eight "
                  "in all) with lead, deadline, status word and progress."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Stockport MBC - internal audit recommendations tracker (csv export)
# ---------------------------------------------------------------------------
def stockport():
    name = "os1-stockport-council-internal-audit-recommendations-tracker.csv"
    title = "Stockport Metropolitan Borough Council – Internal Audit Recommendations Tracker"
    ncol = 9
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    pad = lambda *v: list(v) + [""] * (ncol - len(v))
    w.writerow(pad(title))
    w.writerow(pad("Report to Audit Committee, 27 November 2025 – position at 31 October 2025"))
    w.writerow(pad("Priority: High = fundamental control weakness; Medium = significant weakness; Low = minor improvement"))
    w.writerow(pad())
    w.writerow(["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                "Original target date", "Revised target date", "Status", "Latest update"])
    audits = [
        ("Payroll 2024/25 – Limited assurance", [
            ("PAY-01", "High", "Starter and leaver forms should be authorised by the budget holder before "
                               "changes are processed in the payroll system.",
             "Introduce mandatory budget holder e-approval for all starter and leaver transactions.",
             "Payroll Manager", "30/06/2025", "30/09/2025", "Complete", "E-approval live from 1 September 2025."),
            ("PAY-02", "Medium", "Overpayments should be recorded on a central register and recovery monitored "
                                 "monthly.",
             "Create an overpayments register, reconciled monthly to the debtors system, with recovery reported "
             "to the HR Leadership Team.", "Payroll Manager / Head of Exchequer Services", "31/08/2025",
             "31/12/2025", "Amber", "Register set up; first reconciliation due November."),
        ]),
        ("Direct Payments (Adult Social Care) 2024/25 – Limited assurance", [
            ("DP-01", "High", "Direct payment accounts should be audited within 12 months of the first payment, "
                              "in line with the Direct Payments Policy.",
             "Recruit two additional Direct Payments Finance Officers and clear the backlog of overdue "
             "first-year account audits.\nReport progress to the Adult Social Care DMT each month.",
             "Head of Adult Social Care Commissioning", "31/10/2025", "31/03/2026", "Amber",
             "One officer in post; backlog reduced from 212 to 140."),
            ("DP-02", "Medium", "Unspent balances above the agreed threshold should be recovered promptly.",
             "Apply the eight-week contingency threshold to all accounts and issue recovery letters within "
             "20 working days of each audit.", "Direct Payments Team Leader", "30/09/2025", "", "Red",
             "Overdue – letters template awaiting legal sign-off."),
        ]),
        ("Highways Asset Management 2025/26 – Reasonable assurance", [
            ("HAM-01", "Medium", "The highway inventory should be updated when capital schemes are completed.",
             "Add an inventory update step to the capital scheme close-down checklist, signed off by the "
             "Highways Asset Manager.", "Highways Asset Manager", "31/12/2025", "", "Green",
             "Checklist drafted."),
            ("HAM-02", "Low", "The Highway Asset Management Plan should be refreshed and approved by Cabinet.",
             "Present the refreshed Highway Asset Management Plan to Cabinet.", "Director of Place Management",
             "March 2026", "", "Green", "Cabinet date provisionally 17 March 2026."),
        ]),
        ("ICT Access Management 2025/26 – Limited assurance", [
            ("ICT-01", "High", "User accounts of leavers should be disabled on their leaving date.",
             "Automate account disablement from the payroll leavers feed and run a weekly exception report.",
             "Head of ICT Operations", "30/11/2025", "", "Green", "Automation in user testing."),
            ("ICT-02", "Medium", "Privileged access rights should be reviewed at least quarterly.",
             "Carry out quarterly reviews of privileged access, evidenced in the ICT service management tool.",
             "Head of ICT Operations; Information Security Lead", "Quarterly", "", "Green",
             "First review completed October 2025."),
        ]),
    ]
    st_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    counts = {}
    for audit, recs in audits:
        w.writerow(pad(audit))
        for ref, pr, rec, action, officer, orig, rev, st, upd in recs:
            w.writerow([ref, pr, rec, action, officer, orig, rev, st, upd])
            counts[st] = counts.get(st, 0) + 1
            due = rev or orig
            if due == "Quarterly":
                end, etext = None, "Quarterly"
            elif "/" in due:
                dd, mm, yy = due.split("/")
                end, etext = f"{yy}-{mm}", None
            else:
                end, etext = datetime.strptime(due, "%B %Y").strftime("%Y-%m"), None
            leads = [x.strip() for x in officer.replace(";", "/").split("/")]
            expected.append(act(ref, [audit, rec], action, leads, end, st_map[st], end_text=etext))
    w.writerow(pad())
    w.writerow(pad("Summary of open and completed actions"))
    for st in ("Complete", "Green", "Amber", "Red"):
        w.writerow(pad(st, str(counts.get(st, 0))))
    w.writerow(pad("Total", str(sum(counts.values()))))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())

    write_yaml(name, {
        "source": ("Imitates an internal audit recommendations tracker exported to CSV for a council audit "
                   "committee (tracker format with priority, original and revised target dates and status as in "
                   "Reading’s ‘Implementation of Audit Recommendations Tracker’ and Bromsgrove’s recommendation "
                   "tracker reports). Invented content for Stockport MBC, November 2025. Copied features: title, "
                   "report-date and priority-definition lines, one group row per audit with its assurance "
                   "opinion, recommendation and agreed management action side by side, audit refs (PAY-01), "
                   "original and revised dates, status as Complete/RAG words, a multi-line quoted cell, and a "
                   "summary/totals block at the foot."),
        "reads": ("A CSV tracker of eight agreed management actions from four audits. Each audit is a group "
                  "row; beneath it each row gives the recommendation and the agreed action, the responsible "
                  "officer(s), original and revised target dates and a status. A summary of counts ends the file."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Rotherham Health and Wellbeing Board - action log (tab-separated text)
# ---------------------------------------------------------------------------
def rotherham():
    name = "os1-rotherham-health-and-wellbeing-board-action-log.txt"
    title = "Rotherham Health and Wellbeing Board – Action Log"
    lines = [
        title,
        "Updated following the meeting held on 26 November 2025",
        "RAG: B = complete, G = on track, A = some delay, R = overdue or not progressing",
        "",
        "Minute No.\tAction\tLead\tDue\tRAG\tUpdate",
    ]
    meetings = [
        ("Meeting held on 25 June 2025", [
            ("12(2)", ["Circulate the Better Care Fund 2025/26 plan summary to all Board members."],
             "Governance Advisor", "09/07/2025", "B", "Circulated 4 July 2025."),
            ("14", ["Present the Joint Strategic Needs Assessment refresh timetable to the Board."],
             "Director of Public Health", "September 2025", "B", "Presented 24 September 2025 (Minute 31)."),
            ("16(3)", ["Explore a joint health and wellbeing marquee at the Rotherham Show 2026 with partner organisations."],
             "All Board members", "March 2026", "G", "Initial discussion at partners’ communications group."),
        ]),
        ("Meeting held on 24 September 2025", [
            ("29(2)", ["Schedule a Board development session on the metrics for the Health and Wellbeing Strategy 2025–30."],
             "Corporate Improvement Officer", "24/11/2025", "B", "Session held 24 November 2025."),
            ("31", ["Provide a breakdown of smoking prevalence by deprivation quintile for Priority 1."],
             "Helen Marsh/Omar Siddiqui", "January 2026", "G", "Data request with OHID."),
            ("33(1)", ["Circulate the Breastfeeding Friendly Borough Declaration to partner organisations for signature",
                       "and report the number of signatories to each meeting."],
             "Public Health Specialist (Best Start)", "Ongoing", "A", "Four of nine partners signed."),
        ]),
        ("Meeting held on 26 November 2025", [
            ("45(2)", ["Share the 2025/26 Winter Plan escalation contacts with all Board partners."],
             "Portfolio Lead – Urgent and Community Care (ICB)", "05/12/2025", "G", ""),
            ("46", ["Bring a report on the Pharmaceutical Needs Assessment 2026 consultation to the March meeting."],
             "Head of Public Health Intelligence", "18/03/2026", "", ""),
            ("47(3)", ["Confirm Place partners’ nominations to the Tobacco Control Alliance."],
             "The Rotherham NHS Foundation Trust; RDaSH; South Yorkshire ICB (Rotherham Place)", "21/01/2026",
             "R", "Two nominations outstanding."),
        ]),
    ]
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    expected = []
    for heading, items in meetings:
        lines.append(heading)
        for ref, text_lines, lead, due, r, upd in items:
            lines.append("\t".join([ref, text_lines[0], lead, due, r, upd]))
            for cont in text_lines[1:]:
                lines.append("\t".join(["", cont, "", "", "", ""]))
            if due == "Ongoing":
                end, etext = None, "Ongoing"
            elif "/" in due and due.count("/") == 2:
                dd, mm, yy = due.split("/")
                end, etext = f"{yy}-{mm}", None
            else:
                end, etext = datetime.strptime(due, "%B %Y").strftime("%Y-%m"), None
            leads = [x.strip() for x in lead.replace(";", "/").split("/")]
            expected.append(act(ref, [heading], "\n".join(text_lines), leads, end, rag[r], end_text=etext))
        lines.append("")
    lines.append("Closed actions are removed from the log after they have been reported to one meeting.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Imitates a health and wellbeing board action log kept by a council governance advisor "
                   "(Rotherham HWB minutes on moderngov.rotherham.gov.uk record ‘Action:-’ lines against minute "
                   "numbers, 2019–2025; meeting dates 25 June, 24 September and 26 November 2025 follow its "
                   "published cycle). Actions and names invented. Copied features: title, update line and RAG "
                   "letter key, tab-separated columns keyed by minute number such as 12(2), meeting-date "
                   "heading lines, job titles, two named officers split by '/', three partner organisations "
                   "split by ';', one action whose text runs onto a continuation line, a blank RAG cell, and a "
                   "closing note line."),
        "reads": ("A plain tab-separated action log with nine actions grouped under three meeting dates, each "
                  "with its minute number, lead, due date, a RAG letter (B/G/A/R or blank) and an update. "
                  "One action’s wording continues on the next line with only the action column filled."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (north_lincs, sandwell, middlesbrough, doncaster, wandsworth, stockport, rotherham):
        n, k = fn()
        print(f"{n}: {k} actions")
