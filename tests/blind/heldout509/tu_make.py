"""Build the seven tu- cases of heldout509 (data files and their expected readings).

Run with /work/main/.venv/bin/python tu_make.py from any directory.
Only files whose names start with tu- are written.
"""
import csv
import datetime as dt
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

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DEEAF6",
}


def p(name):
    assert name.startswith("tu-") or name.startswith("tu_")
    return os.path.join(HERE, name)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, data):
    with open(p(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Ealing Council transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def ealing():
    name = "tu-ealing-council-transformation-programme-highlight-report.xlsx"
    title = "Ealing Council Transformation Programme – Highlight Report, Period 7 2025/26"
    ws_names = [
        "WS1 – Customer Access and Digital",
        "WS2 – Temporary Accommodation Demand",
        "WS3 – Adults' Pathways",
    ]
    # ref, ws index, milestone, lead cell, lead list, original, revised, prev, curr, progress, status
    rows = [
        ("1.1", 0,
         "Migrate Council Tax and Housing Benefit telephony to the new cloud contact centre platform",
         "Head of Customer Services", ["Head of Customer Services"],
         dt.datetime(2025, 9, 30), dt.datetime(2025, 10, 31), "Amber", "Complete",
         "Went live 20/10/25. Hypercare support in place until 30/11/25; abandonment rate down from 17% to 9%.",
         "blue"),
        ("1.2", 0,
         "Launch online self-service accounts for parking permits and bay suspensions",
         "Digital Services Manager; Parking Services Manager",
         ["Digital Services Manager", "Parking Services Manager"],
         dt.datetime(2025, 12, 31), None, "Green", "Green",
         "User testing with 40 residents complete. Payment gateway integration signed off.",
         "green"),
        ("1.3", 0,
         "Decommission the legacy CRM and archive closed case records",
         "Head of ICT Applications", ["Head of ICT Applications"],
         dt.datetime(2026, 1, 31), dt.datetime(2026, 4, 30), "Amber", "Amber",
         "Retention rules for archived cases awaiting sign-off by Information Governance Board (meets 2 Dec).",
         "amber"),
        ("2.1", 1,
         "Bring 60 units of council-leased family accommodation into use to replace nightly-paid placements",
         "AD Housing Needs / Head of Temporary Accommodation",
         ["AD Housing Needs", "Head of Temporary Accommodation"],
         dt.datetime(2025, 11, 30), dt.datetime(2026, 3, 31), "Amber", "Red",
         "Only 22 units handed over; landlord works delayed. Nightly-paid placements 41 above trajectory. Decision required on spot-purchase budget.",
         "red"),
        ("2.2", 1,
         "Introduce prevention-first triage at the Housing Options front door",
         "Housing Options Manager", ["Housing Options Manager"],
         dt.datetime(2025, 10, 31), None, "Green", "Green",
         "Triage script live at Perceval House from 6 October; 38% of approaches resolved at first contact.",
         "green"),
        ("2.3", 1,
         "Procure a sub-regional framework for private rented sector landlord incentives",
         "S. Bhatti, T. Greaves", ["S. Bhatti", "T. Greaves"],
         dt.datetime(2026, 2, 28), None, "", "Not started",
         "Dependent on West London Housing Partnership agreeing the specification in November.",
         "unrated"),
        ("3.1", 2,
         "Roll out the strengths-based conversation model to all four locality teams",
         "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
         dt.datetime(2025, 9, 30), dt.datetime(2025, 12, 31), "Amber", "Green",
         "Three of four localities trained; Acton team sessions booked for 12 and 19 November.",
         "green"),
        ("3.2", 2,
         "Implement digital financial assessments with automated charging letters",
         "Head of Financial Assessments and Benefits", ["Head of Financial Assessments and Benefits"],
         dt.datetime(2026, 3, 31), None, "Green", "Amber",
         "Supplier has moved go-live of the letters module; interim manual process continues.",
         "amber"),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    s["A2"] = "Reporting period: 1–31 October 2025"
    s["A3"] = "Prepared by the Transformation PMO for Programme Board, 11 November 2025"
    s["A5"] = "Overall programme RAG"
    s["A5"].font = Font(bold=True)
    s["B5"] = "Amber"
    s["B5"].fill = fill("amber")
    s["A7"] = "Headline messages"
    s["A7"].font = Font(bold=True)
    s["A8"] = "Contact centre migration went live on 20 October and is in hypercare."
    s["A9"] = "Temporary accommodation workstream is Red: Board decision needed on spot-purchase budget (see milestone 2.1)."
    s["A10"] = "Adults' Pathways recovering after training slippage in Period 6."
    hdr = ["Workstream", "Milestones", "Complete", "Green", "Amber", "Red", "Not started"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=12, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
    r = 13
    tot = [0] * 6
    for wi, wname in enumerate(ws_names):
        mine = [x for x in rows if x[1] == wi]
        counts = [len(mine)] + [sum(1 for x in mine if x[8] == k) for k in ("Complete", "Green", "Amber", "Red", "Not started")]
        s.cell(row=r, column=1, value=wname).border = BOX
        for j, v in enumerate(counts):
            s.cell(row=r, column=2 + j, value=v).border = BOX
            tot[j] += v
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = s.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    s.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for txt, col, meaning in [
        ("Complete", "blue", "Milestone delivered and handed to business as usual"),
        ("Green", "green", "On track to the current date"),
        ("Amber", "amber", "At risk but recoverable within the workstream"),
        ("Red", "red", "Off track – Programme Board decision needed"),
    ]:
        r += 1
        s.cell(row=r, column=1, value=txt).fill = fill(col)
        s.cell(row=r, column=2, value=meaning)
    s.column_dimensions["A"].width = 42
    for col in "BCDEFG":
        s.column_dimensions[col].width = 12

    m = wb.create_sheet("Milestones")
    m["A1"] = "Milestone tracker – Period 7 (October 2025)"
    m["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Milestone", "Lead", "Original date", "Revised date",
             "Previous RAG (P6)", "Current RAG (P7)", "Progress this period"]
    for i, h in enumerate(heads, 1):
        c = m.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    cur_ws = None
    for row in rows:
        ref, wi, text, leadcell, _, orig, rev, prev, curr, prog, _st = row
        if wi != cur_ws:
            cur_ws = wi
            m.cell(row=r, column=1, value=ws_names[wi])
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            m.cell(row=r, column=1).font = Font(bold=True)
            m.cell(row=r, column=1).fill = fill("band")
            r += 1
        vals = [ref, text, leadcell, orig, rev, prev or None, curr, prog]
        for i, v in enumerate(vals, 1):
            c = m.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i in (4, 5) and v is not None:
                c.number_format = "mmm-yy"
        if prev in rag_fill:
            m.cell(row=r, column=6).fill = fill(rag_fill[prev])
        if curr in rag_fill:
            m.cell(row=r, column=7).fill = fill(rag_fill[curr])
        r += 1
    r += 1
    m.cell(row=r, column=1, value="Dates shown as month due. Where a revised date has been agreed by Programme Board it replaces the original date for RAG purposes.")
    for col, w in zip("ABCDEFGH", (6, 48, 30, 12, 12, 12, 12, 55)):
        m.column_dimensions[col].width = w
    wb.save(p(name))

    actions = []
    for ref, wi, text, _lc, leads, orig, rev, prev, curr, prog, st in rows:
        end = (rev or orig).strftime("%Y-%m")
        actions.append(act(ref, [ws_names[wi]], text, leads, end, st))
    write_expected(name, {
        "source": "Imitates a London borough transformation programme highlight report taken to Programme Board / Cabinet "
                  "(e.g. the monthly transformation monitoring reports published by councils such as Epping Forest and "
                  "Cheshire East): workbook with a Summary sheet (title, overall RAG, headline messages, RAG count table by "
                  "workstream with totals, RAG key) and a Milestones sheet with merged workstream band rows, original and "
                  "revised dates as mmm-yy date cells, previous and current RAG columns with fill colours, progress comments.",
        "reads": "A period highlight report for Ealing's transformation programme. The Summary sheet is counts and key only; "
                 "the Milestones sheet lists eight milestones under three workstreams, each with a lead, original and "
                 "sometimes revised month, P6 and P7 RAG; the current (P7) RAG is the status and the revised date the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. Hounslow SCP LCSPR Child E action plan (xlsx)
# ---------------------------------------------------------------------------
def hounslow():
    name = "tu-hounslow-safeguarding-children-partnership-lcspr-child-e-action-plan.xlsx"
    title = "Hounslow Safeguarding Children Partnership – LCSPR Child E: Multi-agency Action Plan"
    recs = [
        "Recommendation 1: Partners should ensure that when a parent discloses historic domestic abuse at antenatal booking, "
        "this is shared with the health visiting service and considered in any pre-birth assessment.",
        "Recommendation 2: The HSCP should seek assurance that professionals recognise and respond to the cumulative impact "
        "of missed health appointments for children under two.",
        "Recommendation 3: Partners should strengthen the response to young children living in overcrowded temporary "
        "accommodation placed out of borough.",
    ]
    # ref, rec, action, agency, lead cell, leads, timescale, end, end_text, progress, fill, status
    rows = [
        ("1.1", 0,
         "Update the maternity safeguarding referral pathway so that a disclosure of domestic abuse at booking triggers a notification to the 0–19 service.",
         "West Middlesex University Hospital", "Named Midwife for Safeguarding", ["Named Midwife for Safeguarding"],
         "By 31 December 2024", "2024-12", None,
         "Pathway revised and launched November 2024. Audit of 30 bookings in February 2025: 28 notified.",
         "blue", "blue"),
        ("1.2", 0,
         "Audit a sample of pre-birth assessments to test whether historic domestic abuse is explored and recorded.",
         "LB Hounslow Children's Services", "Head of Quality Assurance / Principal Social Worker",
         ["Head of Quality Assurance", "Principal Social Worker"],
         "Q1 2025/26", "2025-06", None,
         "Audit fieldwork complete (18 cases). Report to Learning and Improvement sub-group in July 2025.",
         "amber", "amber"),
        ("2.1", 1,
         "Issue a partnership-wide 'Was Not Brought' briefing and 7-minute guide, and add it to the HSCP training offer.",
         "HSCP", "HSCP Business Manager", ["HSCP Business Manager"],
         "March 2025", "2025-03", None,
         "Briefing published 4 March 2025; included in Level 3 multi-agency training from April.",
         "blue", "blue"),
        ("2.2", 1,
         "Revise the GP practice policy so that two consecutive missed immunisation appointments for a child under two prompt a clinical review and contact with the health visitor.",
         "NHS North West London ICB", "Designated Nurse Safeguarding Children; Named GP",
         ["Designated Nurse Safeguarding Children", "Named GP"],
         "Sept 2025", "2025-09", None,
         "Draft policy agreed by Hounslow GP safeguarding leads forum; circulating to practices.",
         "green", "green"),
        ("3.1", 2,
         "Agree a protocol with receiving boroughs for notifying Children's Social Care and health visiting when a family with a child under five is placed in temporary accommodation out of borough.",
         "LB Hounslow Housing", "Head of Housing Needs", ["Head of Housing Needs"],
         "30/09/2025", "2025-09", None,
         "Protocol drafted with two West London boroughs; London-wide agreement being sought through ALDCS.",
         "amber", "amber"),
        ("3.2", 2,
         "Report quarterly to the HSCP Executive on the number of families with children under five in out-of-borough placements.",
         "LB Hounslow Housing", "Head of Housing Needs", ["Head of Housing Needs"],
         "Quarterly", None, "Quarterly",
         "First report to Executive in May 2025 (63 families).",
         "green", "green"),
        ("3.3", 2,
         "Deliver a multi-agency learning event on the review findings for frontline practitioners.",
         "HSCP", "Learning and Development Lead", ["Learning and Development Lead"],
         "Nov 2025", "2025-11", None,
         "",
         None, "unrated"),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Action Plan"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Review published: 18 September 2024 | Plan owner: HSCP Business Manager | Last updated: 20 June 2025"
    s["A3"] = "Progress is reported to the Learning and Improvement sub-group each quarter and to the HSCP Executive twice a year."
    s["A3"].font = Font(italic=True)
    heads = ["Ref", "Action", "Agency", "Lead officer", "Timescale", "Evidence of impact / progress", "RAG"]
    for i, h in enumerate(heads, 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    cur = None
    for ref, ri, text, agency, leadcell, _l, tscale, _e, _et, prog, f, _st in rows:
        if ri != cur:
            cur = ri
            s.cell(row=r, column=1, value=recs[ri])
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            s.cell(row=r, column=1).font = Font(bold=True)
            s.cell(row=r, column=1).fill = fill("grey")
            s.cell(row=r, column=1).alignment = WRAP
            s.row_dimensions[r].height = 32
            r += 1
        for i, v in enumerate([ref, text, agency, leadcell, tscale, prog or None, None], 1):
            c = s.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if f:
            s.cell(row=r, column=7).fill = fill(f)
        r += 1
    r += 1
    s.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for txt, col in [("Complete – evidence of impact received", "blue"),
                     ("On track", "green"),
                     ("Some slippage – action in hand", "amber"),
                     ("Off track – escalate to HSCP Executive", "red")]:
        r += 1
        s.cell(row=r, column=1).fill = fill(col)
        s.cell(row=r, column=2, value=txt)
    r += 1
    s.cell(row=r, column=2, value="No colour – not yet started")
    for col, w in zip("ABCDEFG", (8, 55, 26, 30, 16, 45, 8)):
        s.column_dimensions[col].width = w

    v = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Change", "By"], 1):
        v.cell(row=1, column=i, value=h).font = Font(bold=True)
    for ri, rowv in enumerate([
        ("0.1", "02/10/2024", "First draft following publication", "HSCP Business Manager"),
        ("1.0", "14/11/2024", "Agreed by HSCP Executive", "HSCP Business Manager"),
        ("1.1", "20/03/2025", "Q4 update", "HSCP Business Manager"),
        ("1.2", "20/06/2025", "Q1 update", "HSCP Business Manager"),
    ], 2):
        for i, val in enumerate(rowv, 1):
            v.cell(row=ri, column=i, value=val)
    wb.save(p(name))

    actions = [act(ref, [recs[ri]], text, leads, end, st, et)
               for ref, ri, text, _a, _lc, leads, _t, end, et, _p, _f, st in rows]
    write_expected(name, {
        "source": "Imitates a London safeguarding children partnership's local child safeguarding practice review (LCSPR) "
                  "multi-agency action plan as published with the review and reported to the partnership executive: title "
                  "line, publication/owner line, merged grey recommendation rows ('Recommendation n: ...') above numbered "
                  "actions, agency and lead officer columns, timescales as dates/quarters/'Quarterly', RAG shown by fill colour "
                  "only with a colour key below the table, and a separate version-control sheet.",
        "reads": "An action plan for the Child E review: three recommendations, each in a merged band row, with seven numbered "
                 "actions beneath. The RAG column has no words, only fill colours explained by the key; the uncoloured last "
                 "action is not started. The version control sheet is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Westminster HWB action log – refuse (xlsx)
# ---------------------------------------------------------------------------
def westminster():
    name = "tu-westminster-health-and-wellbeing-board-action-log-typo-month-refuse.xlsx"
    title = "Westminster Health and Wellbeing Board – Action Log 2025/26"
    rows = [
        ("HWB 25/01", dt.datetime(2025, 1, 23), "Item 5 – Pharmaceutical Needs Assessment",
         "Circulate the draft PNA consultation response to Board members for comment before submission.",
         "Director of Public Health", "March 2025", "Complete", "Circulated 3 March 2025; no comments received."),
        ("HWB 25/02", dt.datetime(2025, 1, 23), "Item 6 – Better Care Fund",
         "Bring the BCF 2025/26 plan to the Board for sign-off.",
         "Bi-borough Director of Integrated Commissioning", "April 2025", "Complete", "Signed off at 20 March meeting."),
        ("HWB 25/05", dt.datetime(2025, 3, 20), "Item 4 – JSNA: children's oral health",
         "Provide a breakdown of supervised toothbrushing uptake by ward.",
         "Public Health Consultant (Children and Young People)", "June 2025", "Green",
         "Ward data received from provider; to be circulated with next pack."),
        ("HWB 25/07", dt.datetime(2025, 7, 3), "Item 5 – Healthy weight",
         "Share the draft Healthy Weight Action Plan with the Westminster Youth Council for comment.",
         "Head of Public Health Commissioning", "September 2025", "Amber",
         "Youth Council meeting moved to 14 October."),
        ("HWB 25/08", dt.datetime(2025, 7, 3), "Item 7 – Winter planning",
         "Circulate the winter vaccination communications plan to all Board partners.",
         "Director of Communications, NW London ICB", "October 2025", "Green", ""),
        ("HWB 25/10", dt.datetime(2025, 9, 18), "Item 6 – Joint Health and Wellbeing Strategy refresh",
         "Present the refreshed JHWS delivery framework and outcome measures to the Board.",
         "Director of Public Health", "Febuary 2026", "Green",
         "Workshop with Board members held 9 October."),
        ("HWB 25/11", dt.datetime(2025, 9, 18), "Item 8 – SEND",
         "Invite the SEND Partnership Board chair to present the local area partnership self-evaluation.",
         "Board Secretary", "November 2025", "", ""),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Action Log"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Updated following the meeting of 18 September 2025. Actions closed at the previous meeting are "
               "removed after one further meeting.")
    heads = ["Action No.", "Meeting", "Minute / item", "Action", "Owner", "Due", "Status", "Update"]
    for i, h in enumerate(heads, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    colour = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    refuse_row = None
    for row in rows:
        for i, v in enumerate(row, 1):
            c = s.cell(row=r, column=i, value=(v if v != "" else None))
            c.alignment = WRAP
            c.border = BOX
            if i == 2:
                c.number_format = "dd/mm/yyyy"
        if row[6] in colour:
            s.cell(row=r, column=7).fill = fill(colour[row[6]])
        if "Febuary" in row[5]:
            refuse_row = r
        r += 1
    for col, w in zip("ABCDEFGH", (11, 12, 30, 55, 32, 15, 11, 40)):
        s.column_dimensions[col].width = w
    wb.save(p(name))
    assert refuse_row == 10
    write_expected(name, {
        "source": "Imitates a London borough health and wellbeing board rolling action log published with the agenda pack "
                  "(action number, meeting date, minute/item, action, owner, due, status, update), as used by HWBs such as "
                  "Wokingham and Haringey: one sheet, title and note lines, status words with fill colours.",
        "reads": "A rolling action log of seven open and recently closed actions from the 2025 Board meetings. The due cell "
                 "of action HWB 25/10 reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks before "
                 "reading the log.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })


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
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, heads):
    for i, h in enumerate(heads):
        set_text(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "1F3864")
        for r in table.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Harrow Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def harrow():
    name = "tu-harrow-council-ofsted-focused-visit-action-plan.docx"
    title = "Harrow Children's Services: Ofsted Focused Visit Action Plan"
    afis = [
        "Area for improvement 1: The timeliness and quality of child and family assessments, so that children's needs "
        "are fully understood and plans are based on the assessment.",
        "Area for improvement 2: Management oversight and supervision of children in need plans, including the "
        "regularity of plan reviews.",
        "Area for improvement 3: The consistency of the response to children at risk of harm outside the home, "
        "including the offer and quality of return home interviews.",
    ]
    rows = [
        (0, "1.1",
         "Introduce weekly assessment tracking meetings chaired by the team manager for every assessment open over 30 working days.",
         "Service Manager (Assessment)", ["Service Manager (Assessment)"], "February 2024", "2024-02", None,
         "Tracking meetings in place from 12 February. Assessments open over 45 days reduced from 61 to 19.", "B", "blue"),
        (0, "1.2",
         "Refresh the assessment practice standard and deliver workshops to all social workers in the Assessment and Early Intervention teams.",
         "Principal Social Worker", ["Principal Social Worker"], "End of April 2024", "2024-04", None,
         "Standard relaunched 8 April; 5 of 6 workshops delivered, final session 23 July.", "G", "green"),
        (0, "1.3",
         "Complete a thematic audit of 25 child and family assessments and report the findings to the Children's Improvement Board.",
         "Head of Quality Assurance and Practice Improvement", ["Head of Quality Assurance and Practice Improvement"],
         "Q2 2024/25", "2024-09", None,
         "Audit scheduled for August 2024 following auditor capacity gap in June.", "A", "amber"),
        (1, "2.1",
         "Implement a CIN review tracker in Mosaic with automated alerts to team managers when a review is due within 10 working days.",
         "Head of Business Intelligence\nHead of Service (Children in Need)",
         ["Head of Business Intelligence", "Head of Service (Children in Need)"], "June 2024", "2024-06", None,
         "Tracker live from 3 June; alerts in user testing with two teams.", "G", "green"),
        (1, "2.2",
         "Audit supervision records each month against the supervision policy and feed the results into the monthly performance clinic.",
         "Head of Quality Assurance and Practice Improvement", ["Head of Quality Assurance and Practice Improvement"],
         "Monthly", None, "Monthly",
         "March–June audits show 84% of supervisions in timescale (target 90%).", "G", "green"),
        (2, "3.1",
         "Bring the return home interview service back in-house and recruit two additional Missing Children Practitioners.",
         "Head of Service (Adolescents and Exploitation)", ["Head of Service (Adolescents and Exploitation)"],
         "September 2024", "2024-09", None,
         "Recruitment campaign closed 28 June; interviews 16 July. Contract with current provider extended to 30 September.",
         "A", "amber"),
        (2, "3.2",
         "Strengthen the Exploitation and Missing Panel so that every child discussed has a named lead and a multi-agency risk plan reviewed within six weeks.",
         "Detective Chief Inspector, West Area BCU / Head of Service (Adolescents and Exploitation)",
         ["Detective Chief Inspector, West Area BCU", "Head of Service (Adolescents and Exploitation)"],
         "31/10/2024", "2024-10", None,
         "Terms of reference revised; police co-chair agreed from July panel.", "G", "green"),
        (2, "3.3",
         "Publish a quarterly exploitation data profile for the Harrow Safeguarding Children Board.",
         "Harrow Safeguarding Children Board Business Manager", ["Harrow Safeguarding Children Board Business Manager"],
         "December 2024", "2024-12", None, "", "", "unrated"),
    ]
    rag_hex = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("London Borough of Harrow – People Directorate")
    doc.add_heading(title, level=0)
    doc.add_paragraph("Focused visit 30–31 January 2024: children in need and children subject to a child protection plan. "
                      "Letter published 7 March 2024.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Corporate Director, People"),
                                ("Version", "1.3"),
                                ("Date", "15 July 2024"),
                                ("Monitored by", "Children's Improvement Board (bi-monthly)")]):
        set_text(t.rows[i].cells[0], k, bold=True)
        set_text(t.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (code, meaning) in enumerate([("B", "Complete and embedded in practice"),
                                          ("G", "On track"),
                                          ("A", "Some delay, recoverable"),
                                          ("R", "Off track – escalate to Improvement Board")]):
        set_text(k.rows[i].cells[0], code, bold=True)
        shade(k.rows[i].cells[0], rag_hex[code])
        set_text(k.rows[i].cells[1], meaning)
    doc.add_paragraph("")
    heads = ["No.", "Action", "Lead", "Timescale", "Progress (July 2024)", "RAG"]
    for ai, afi in enumerate(afis):
        doc.add_heading(afi, level=2)
        mine = [x for x in rows if x[0] == ai]
        tb = doc.add_table(rows=1 + len(mine), cols=len(heads))
        tb.style = "Table Grid"
        header_row(tb, heads)
        for ri, row in enumerate(mine, 1):
            _a, ref, text, leadcell, _l, tscale, _e, _et, prog, rag, _st = row
            cells = tb.rows[ri].cells
            for ci, val in enumerate([ref, text, leadcell, tscale, prog, rag]):
                set_text(cells[ci], val)
            if rag:
                shade(cells[5], rag_hex[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Next review of this plan: Children's Improvement Board, 17 September 2024.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, rowv in enumerate([("Name", "Role", "Date"),
                              ("Senel Arkut", "Corporate Director, People", "15/07/2024"),
                              ("Cllr Hitesh Karia", "Portfolio Holder, Children's Services", "16/07/2024")]):
        for j, v in enumerate(rowv):
            set_text(so.rows[i].cells[j], v, bold=(i == 0))
    doc.save(p(name))

    actions = [act(ref, [afis[ai]], text, leads, end, st, et)
               for ai, ref, text, _lc, leads, _t, end, et, _p, _r, st in rows]
    write_expected(name, {
        "source": "Imitates a London borough's post-focused-visit action plan for an Ofsted ILACS focused visit (CIN/CP "
                  "theme) as taken to a children's improvement board: title block, document-control table, RAG key table "
                  "with shaded cells, one heading per area for improvement from the Ofsted letter, each followed by its own "
                  "action table (No., Action, Lead, Timescale, Progress, RAG letter in a shaded cell), and a sign-off table.",
        "reads": "An action plan answering three areas for improvement from a January 2024 focused visit, with eight numbered "
                 "actions in three tables. Leads are posts, two cells naming two posts (line break, slash). The document "
                 "control, key and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Redbridge CSP DHR 'Amelia' action plan (docx)
# ---------------------------------------------------------------------------
def redbridge():
    name = "tu-redbridge-csp-dhr-amelia-action-plan.docx"
    title = "Domestic Homicide Review: 'Amelia' – Action Plan"
    recs = [
        ("1. Redbridge Community Safety Partnership to ensure that partner agencies' domestic abuse training addresses "
         "economic abuse and coercive control in older people's relationships.", "Local"),
        ("2. BHRUT and NELFT to review how routine enquiry about domestic abuse is undertaken when a patient attends "
         "with a family member or carer.", "Local"),
        ("3. The Metropolitan Police to ensure that officers attending a domestic incident involving an older victim "
         "complete a DARA and consider a referral to adult social care.", "Regional"),
        ("4. The Home Office to consider including the economic abuse of older people in the next revision of the DHR "
         "statutory guidance.", "National"),
    ]
    rows = [
        (0, "Commission a specialist training module on coercive control in later life and add it to the Redbridge "
            "multi-agency domestic abuse training programme.",
         "Redbridge Council – Community Safety Team", ["Redbridge Council – Community Safety Team"],
         "Provider identified. Pilot session held 12 March 2025.", "March 2025", "2025-03", None,
         "March 2025 – 46 practitioners trained; evaluation positive.", "Complete", "blue"),
        (0, "Each partner agency to confirm in writing that its internal domestic abuse training covers economic abuse.",
         "All CSP partner agencies", ["All CSP partner agencies"],
         "Confirmations received from 7 of 11 agencies.", "30/06/2025", "2025-06", None, "", "Amber", "amber"),
        (1, "Revise the routine enquiry guidance so that patients are always seen alone for part of the consultation, "
            "with a prompt in the electronic patient record.",
         "BHRUT / NELFT", ["BHRUT", "NELFT"],
         "Guidance revised and approved by both safeguarding committees.", "September 2024", "2024-09", None,
         "October 2024 – prompt live on both record systems.", "Complete", "blue"),
        (1, "Audit compliance with seeing patients alone in the Emergency Department and in community nursing.",
         "BHRUT Safeguarding Adults Lead; NELFT Named Nurse Safeguarding Adults",
         ["BHRUT Safeguarding Adults Lead", "NELFT Named Nurse Safeguarding Adults"],
         "Audit tool agreed; fieldwork July–August 2025.", "Q2 2025/26", "2025-09", None, "", "Green", "green"),
        (2, "Brief all East Area BCU response officers on the DARA risk assessment and the adult safeguarding referral "
            "route, and dip-sample 50 reports.",
         "Metropolitan Police – East Area BCU", ["Metropolitan Police – East Area BCU"],
         "Briefing delivered at all response team training days (Jan–Feb 2025).", "Ongoing – dip sample quarterly",
         None, "Ongoing – dip sample quarterly", "", "Green", "green"),
        (3, "Chair of the CSP to write to the Home Office DHR team setting out the recommendation.",
         "Chair, Redbridge Community Safety Partnership", ["Chair, Redbridge Community Safety Partnership"],
         "", "July 2025", "2025-07", None, "", "", "unrated"),
    ]
    rag_hex = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para = doc.add_paragraph("OFFICIAL – SENSITIVE")
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Redbridge Community Safety Partnership").runs[0].bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Victim: 'Amelia', aged 74 (pseudonym agreed with the family). Overview report approved by the "
                      "Home Office Quality Assurance Panel, May 2024.")
    doc.add_paragraph("Version 4 – updated 2 June 2025 following the DHR Oversight Group. Completed actions are retained "
                      "until the CSP Board signs off the plan.")
    doc.add_paragraph("Glossary").runs[0].bold = True
    g = doc.add_table(rows=5, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("BHRUT", "Barking, Havering and Redbridge University Hospitals NHS Trust"),
                                ("NELFT", "North East London NHS Foundation Trust"),
                                ("DARA", "Domestic Abuse Risk Assessment (Metropolitan Police)"),
                                ("BCU", "Basic Command Unit"),
                                ("CSP", "Community Safety Partnership")]):
        set_text(g.rows[i].cells[0], a, bold=True)
        set_text(g.rows[i].cells[1], b)
    doc.add_paragraph("")
    heads = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1 + len(rows), cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads)
    # vertical merges of recommendation and scope cells
    first_row = {}
    for ri, row in enumerate(rows, 1):
        rec_i = row[0]
        cells = t.rows[ri].cells
        if rec_i not in first_row:
            first_row[rec_i] = ri
            set_text(cells[0], recs[rec_i][0])
            set_text(cells[1], recs[rec_i][1])
        _r, text, leadcell, _l, miles, tdate, _e, _et, done, rag, _s = row
        for ci, val in zip(range(2, 8), [text, leadcell, miles, tdate, done, rag]):
            set_text(cells[ci], val)
        if rag:
            shade(cells[7], rag_hex[rag])
    for rec_i, start in first_row.items():
        end = max(ri for ri, row in enumerate(rows, 1) if row[0] == rec_i)
        if end > start:
            for col in (0, 1):
                t.cell(start, col).merge(t.cell(end, col))
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete = action completed and evidence seen by the DHR Oversight Group; Green = on track; "
                      "Amber = at risk of missing the target date; Red = target date missed. Blank = not yet started.")
    doc.save(p(name))

    actions = [act(None, [recs[r][0]], text, leads, end, st, et)
               for r, text, _lc, leads, _m, _t, end, et, _d, _rag, st in rows]
    write_expected(name, {
        "source": "Imitates a London community safety partnership's domestic homicide review action plan in the Home Office "
                  "DHR action plan template (Recommendation; Scope of recommendation; Action to take; Lead agency; Key "
                  "milestones achieved; Target date; Date of completion and outcome), landscape Word document with "
                  "protective marking, title block, glossary table, recommendation and scope cells vertically merged over "
                  "their actions, and an added RAG column with shaded cells and a RAG note under the table.",
        "reads": "The action plan for the DHR into the death of 'Amelia': four numbered recommendations (local, regional, "
                 "national) with six actions, none with its own reference. Lead agencies are organisations; two cells name "
                 "two bodies. The glossary table and RAG note are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Sunderland City Council internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def sunderland():
    name = "tu-sunderland-city-council-internal-audit-recommendations-tracker.csv"
    title = ("Sunderland City Council – Internal Audit: Outstanding and Recently Implemented Recommendations "
             "(Audit and Governance Committee, 12 December 2025)")
    audits = {
        "pay": "Payroll – Overtime and Additional Payments 2024/25",
        "fleet": "Fleet Management – Fuel Cards",
        "dp": "Adult Social Care – Direct Payments",
        "ict": "ICT – Cyber Security: Privileged Access",
    }
    rows = [
        ("IA24-011/R2", "pay", "Corporate Services", "Limited", "High",
         "Overtime claims by budget holders should be authorised by a manager other than their own timesheet approver.",
         "Configure the HR/payroll system so that overtime claims from budget holders route to the next-tier manager for approval.",
         "Payroll Manager", ["Payroll Manager"], "31/03/2025", "30/09/2025", "Complete",
         "Workflow change deployed 15/09/2025; tested by Internal Audit.", "2025-09", "blue"),
        ("IA24-011/R4", "pay", "Corporate Services", "Limited", "High",
         "Monthly exception reports of overtime exceeding 20 hours per week should be reviewed by Heads of Service.",
         "Produce a monthly exception report of overtime above 20 hours a week and send it to Heads of Service for review and sign-off.",
         "Payroll Manager / HR Business Partner", ["Payroll Manager", "HR Business Partner"],
         "30/04/2025", "31/01/2026", "Amber",
         "Report built; distribution delayed by the payroll system upgrade in October.", "2026-01", "amber"),
        ("IA24-019/R1", "fleet", "City Development", "Limited", "High",
         "All fuel cards should be allocated to a named vehicle, and unallocated cards cancelled.",
         "Reconcile the fuel card register to the vehicle list, cancel unallocated cards and issue cards to named vehicles only.\n"
         "Quarterly reconciliation to be evidenced to the Fleet Manager.",
         "Fleet Manager", ["Fleet Manager"], "31/12/2024", "", "Complete",
         "31 unallocated cards cancelled. Q1 and Q2 reconciliations evidenced.", "2024-12", "blue"),
        ("IA24-019/R3", "fleet", "City Development", "Limited", "High",
         "Fuel transactions should be compared with vehicle mileage to identify anomalies.",
         "Introduce a monthly fuel-to-mileage comparison report and investigate any vehicle exceeding a 15% variance.",
         "Fleet Manager; Transport Finance Officer", ["Fleet Manager", "Transport Finance Officer"],
         "31/03/2025", "31/12/2025", "Red",
         "Telematics data feed not yet integrated with the fuel card provider's system; revised date at risk.", "2025-12", "red"),
        ("IA25-004/R1", "dp", "Health, Housing and Communities", "Reasonable", "Significant",
         "Direct payment accounts should be audited within 12 weeks of commencement and annually thereafter.",
         "Recruit a second Direct Payments Monitoring Officer and clear the backlog of 12-week audits.",
         "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"], "30/06/2025", "31/12/2025", "Green",
         "Officer started 1 September; backlog reduced from 112 to 37.", "2025-12", "green"),
        ("IA25-004/R2", "dp", "Health, Housing and Communities", "Reasonable", "Significant",
         "Unspent direct payment balances above the agreed contingency should be recovered.",
         "Issue recovery letters for balances above eight weeks' contingency and report recoveries quarterly to the ASC Finance Board.",
         "Direct Payments Team Leader", ["Direct Payments Team Leader"], "30/09/2025", "", "Green",
         "£214k recovered to date; letters issued for all 2024/25 accounts.", "2025-09", "green"),
        ("IA25-009/R1", "ict", "Corporate Services", "Limited", "High",
         "Privileged accounts should be reviewed quarterly and dormant accounts disabled.",
         "Implement quarterly privileged access reviews, with accounts inactive for 60 days disabled automatically.",
         "Head of ICT Infrastructure", ["Head of ICT Infrastructure"], "30/11/2025", "", "Green",
         "First review completed in October: 14 dormant admin accounts disabled.", "2025-11", "green"),
    ]
    heads = ["Ref", "Audit", "Directorate", "Assurance level", "Priority", "Recommendation", "Agreed action",
             "Responsible officer", "Original target date", "Revised target date", "Status", "Latest update"]
    with open(p(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (len(heads) - 1))
        w.writerow(["Position as at 31 October 2025. High and Significant priority recommendations only; "
                    "Complete items are removed after being reported once."] + [""] * (len(heads) - 1))
        w.writerow([""] * len(heads))
        w.writerow(heads)
        for ref, a, d, asr, pr, rec, action, lc, _l, o, rv, st, upd, _e, _s in rows:
            w.writerow([ref, audits[a], d, asr, pr, rec, action, lc, o, rv, st, upd])
        w.writerow([""] * len(heads))
        w.writerow(["Summary: 7 recommendations – 2 Complete, 3 Green, 1 Amber, 1 Red"] + [""] * (len(heads) - 1))
    actions = [act(ref, [audits[a], rec], action, leads, end, s)
               for ref, a, _d, _asr, _p, rec, action, _lc, leads, _o, _rv, _st, _u, end, s in rows]
    write_expected(name, {
        "source": "Imitates a metropolitan council's internal audit follow-up appendix to the Audit and Governance "
                  "Committee (cf. Reading's 'Implementation of Audit Recommendations Tracker' and Bromsgrove's "
                  "tracker with target and revised target completion dates), exported to CSV: title and position lines, "
                  "one row per recommendation with audit, directorate, assurance, priority, the auditor's recommendation, "
                  "the agreed management action, responsible officer, original and revised target dates (dd/mm/yyyy), "
                  "status and update, and a one-line summary after the data.",
        "reads": "Seven audit recommendations from four audits, each with the agreed action the person reads as the action "
                 "under its audit and recommendation. The revised target date, where given, is the end; one agreed action "
                 "runs over two lines inside its quoted field. The summary line is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Leicester City Council strategic risk register (tab-separated txt)
# ---------------------------------------------------------------------------
def leicester():
    name = "tu-leicester-city-council-strategic-risk-register.txt"
    title = "Leicester City Council – Strategic Risk Register, Quarter 2 2025/26"
    risks = [
        ("1. Medium-term financial sustainability",
         "Spending pressures in social care and temporary accommodation exceed available resources; reserves are "
         "exhausted and the Council cannot set a balanced budget.",
         "Monthly budget monitoring to Executive; spending control panel; MTFS refreshed annually.",
         "5 x 5 = 25", "4 x 4 = 16"),
        ("2. Adult social care demand and market capacity",
         "Growth in people with complex needs and fragile home care market lead to delayed hospital discharges and "
         "overspend.",
         "Commissioning framework with uplift mechanism; daily discharge calls with UHL.",
         "4 x 4 = 16", "3 x 4 = 12"),
        ("3. Cyber attack and data loss",
         "Ransomware or phishing compromises Council systems, leading to service outage and loss of personal data.",
         "Firewalls and endpoint protection; PSN compliance; backups tested six-monthly.",
         "4 x 5 = 20", "3 x 5 = 15"),
        ("4. Housing and homelessness demand",
         "Rising homelessness presentations and lack of affordable supply increase the use of bed and breakfast "
         "and hotel placements.",
         "Homelessness prevention service; weekly placement review; acquisitions programme.",
         "5 x 4 = 20", "4 x 3 = 12"),
    ]
    acts = [
        (0, "1a", "Deliver the 2025/26 savings programme of £23m, with monthly tracking of each saving through the Budget Strategy Board.",
         "Director of Finance", ["Director of Finance"], "31.03.2026", "2026-03", None, "A", "amber"),
        (0, "1b", "Prepare a request to MHCLG for Exceptional Financial Support for 2026/27 in case the gap cannot be closed.",
         "Director of Finance; Head of Policy", ["Director of Finance", "Head of Policy"], "Dec 2025", "2025-12", None, "G", "green"),
        (1, "2a", "Expand the reablement offer so that 70% of people leaving hospital with care needs receive reablement before long-term care is considered.",
         "Director of Adult Social Care and Commissioning", ["Director of Adult Social Care and Commissioning"],
         "31.03.2026", "2026-03", None, "G", "green"),
        (1, "2b", "Complete the CQC assessment improvement plan actions on waiting lists for assessment and review.\n"
                  "Report progress to the Adult Social Care Scrutiny Commission each quarter.",
         "Director of Adult Social Care and Commissioning", ["Director of Adult Social Care and Commissioning"],
         "Quarterly", None, "Quarterly", "G", "green"),
        (2, "3a", "Move the remaining on-premises servers to the secured cloud tenancy and retire the Windows Server 2012 estate.",
         "Head of IT", ["Head of IT"], "30.06.2025", "2025-06", None, "B", "blue"),
        (2, "3b", "Run a council-wide phishing simulation and a mandatory cyber training refresh for all staff with system access.",
         "Head of Information Governance and Risk", ["Head of Information Governance and Risk"], "Jan 2026", "2026-01", None, "A", "amber"),
        (3, "4a", "Acquire 200 homes for use as temporary accommodation through the Acquisitions Programme.",
         "Director of Housing", ["Director of Housing"], "31.03.2026", "2026-03", None, "R", "red"),
        (3, "4b", "Open the new family assessment centre so that no family stays in bed and breakfast beyond six weeks.",
         "Head of Housing Options", ["Head of Housing Options"], "Sept 2025", "2025-09", None, "B", "blue"),
    ]
    heads = ["Risk", "What could go wrong (cause and effect)", "Existing controls", "Current score (L x I)",
             "Further action required", "Ref", "Action owner", "Target date", "Action RAG", "Target score (L x I)"]

    def cell(v):
        return '"' + v.replace('"', '""') + '"' if ("\n" in v or '"' in v or "\t" in v) else v

    lines = [title,
             "Risks as at: 30th September 2025. Scores are Likelihood x Impact (1–5). Report run 07/10/2025.", "",
             "\t".join(heads)]
    seen = set()
    for ri, ref, text, lc, _l, tdate, _e, _et, rag, _s in acts:
        if ri not in seen:
            seen.add(ri)
            rk = risks[ri]
            row = [rk[0], rk[1], rk[2], rk[3], text, ref, lc, tdate, rag, rk[4]]
        else:
            row = ["", "", "", "", text, ref, lc, tdate, rag, ""]
        lines.append("\t".join(cell(v) for v in row))
    lines += ["", "Action RAG: B = complete, G = on track, A = at risk, R = off track.", "End of report"]
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    actions = [act(ref, [risks[ri][0]], text, leads, end, st, et)
               for ri, ref, text, _lc, leads, _t, end, et, _r, st in acts]
    write_expected(name, {
        "source": "Imitates Leicester City Council's strategic/operational risk register appendix (risk described with "
                  "cause and effect, existing controls, current L x I score, further actions, risk owner, target date "
                  "dd.mm.yyyy, target score), as a tab-separated export from the risk system: heading lines, one row per "
                  "risk carrying its first further action, following actions on rows with the risk columns empty, one "
                  "multi-line action in a quoted field, RAG letter key and end line.",
        "reads": "A quarter 2 2025/26 strategic risk register with four risks and two further actions against each. The "
                 "actions are read under their risk; scores are risk ratings, not action status, which comes from the "
                 "Action RAG letters (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    ealing()
    hounslow()
    westminster()
    harrow()
    redbridge()
    sunderland()
    leicester()
    print("built", sorted(f for f in os.listdir(HERE) if f.startswith("tu-")))
