#!/usr/bin/env python3
"""Generator for blind test set heldout797, prefix zdy.

Builds seven council-plan files (3 xlsx, 2 docx, 1 csv, 1 txt) and writes the
expected reading NAME.expected.yaml beside each.  Run with the project venv:
    /work/main/.venv/bin/python /work/blind/heldout797/zdy_make.py
"""
import csv
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

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def write_expected(fname, exp):
    path = os.path.join(OUT, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, allow_unicode=True, sort_keys=False, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def xfill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Hertfordshire County Council - Corporate Plan 2025-28 delivery tracker (xlsx)
# ---------------------------------------------------------------------------
def make_herts():
    fname = "zdy-hertfordshire-county-council-corporate-plan-delivery-tracker-2025-26-q2.xlsx"
    title = "Hertfordshire County Council – Corporate Plan 2025–28 Delivery Tracker"
    P1 = "Priority 1: A thriving and inclusive economy"
    P2 = "Priority 2: A greener Hertfordshire"
    P3 = "Priority 3: Children and young people have the best start in life"
    P4 = "Priority 4: Healthy, independent lives"
    P5 = "Priority 5: A council on your side"
    C11 = "Work with district and borough councils and business to attract investment and create good local jobs"
    C12 = "Improve the county’s roads, pavements and public transport"
    C21 = "Cut the council’s own carbon emissions and help residents do the same"
    C31 = "Improve support for children and young people with special educational needs and disabilities (SEND)"
    C32 = "Keep children safe and help families early"
    C41 = "Help more older and disabled people live independently at home"
    C51 = "Make it easier for residents to contact us and get things done"
    PORT = {
        P1: "Growth, Infrastructure, Planning and the Economy",
        P2: "Highways, Transport and Sustainability",
        P3: "Children, Young People and Families",
        P4: "Adult Care and Health",
        P5: "Resources and Performance",
    }
    # ref, priority, commitment, action, lead cell, lead list, due cell value, due fmt, end, end_text, q1, q2, update
    rows = [
        ("1.1", P1, C11, "Publish the Hertfordshire Inclusive Growth Framework and agree a delivery plan with Hertfordshire Growth Board partners",
         "Director of Growth and Infrastructure", ["Director of Growth and Infrastructure"],
         dt.datetime(2025, 12, 1), "mmm-yy", "2025-12", None, "G", "A",
         "Draft framework consulted on over the summer. Growth Board sign-off moved to its January 2026 meeting."),
        ("1.2", P1, C11, "Deliver 1,200 funded adult learning places targeted at residents without a level 2 qualification",
         "Head of Hertfordshire Adult and Family Learning Service", ["Head of Hertfordshire Adult and Family Learning Service"],
         "Q4 2025/26", None, "2026-03", None, "G", "G",
         "614 places filled at end of Q2, ahead of profile."),
        ("1.3", P1, C12, "Complete the 2025/26 programme of footway resurfacing schemes",
         "Head of Highways Operations", ["Head of Highways Operations"],
         dt.datetime(2026, 3, 31), "dd/mm/yyyy", "2026-03", None, "G", "G",
         "41 of 96 schemes complete. Winter programme agreed with contractor."),
        ("1.4", P1, C12, "Introduce the enhanced bus partnership timetable on the Hatfield–St Albans corridor",
         "Head of Passenger Transport", ["Head of Passenger Transport"],
         "Sept 2025", None, "2025-09", None, "A", "B",
         "New timetable started 7 September 2025. Patronage to be reported at Q4."),
        ("2.1", P2, C21, "Install solar PV and battery storage at 12 council buildings and schools",
         "Head of Property Services", ["Head of Property Services"],
         "Sept 2025 – March 2026", None, "2026-03", None, "G", "A",
         "Eight sites complete. Four school sites delayed by grid connection dates from the network operator."),
        ("2.2", P2, C21, "Launch the ‘Herts Home Retrofit’ advice service with district councils",
         "Head of Sustainability / Energy Programme Manager", ["Head of Sustainability", "Energy Programme Manager"],
         dt.datetime(2025, 6, 1), "mmm-yy", "2025-06", None, "A", "R",
         "Launch postponed. Confirmation of government grant funding still awaited; options paper to Cabinet Panel in January."),
        ("3.1", P3, C31, "Increase the proportion of new EHC plans issued within 20 weeks to 60%",
         "Assistant Director – SEND", ["Assistant Director – SEND"],
         dt.datetime(2026, 3, 1), "mmm-yy", "2026-03", None, "R", "A",
         "Timeliness 47% in Q2 (31% in Q1). Additional educational psychologist capacity in place from October."),
        ("3.2", P3, C31, "Open 150 additional specialist resource provision places in mainstream schools",
         "Head of SEND Commissioning", ["Head of SEND Commissioning"],
         "September 2026", None, "2026-09", None, "G", "G",
         "96 places agreed with 11 schools; capital works on site at 7."),
        ("3.3", P3, C32, "Roll out Family Help teams in all four quadrants of the county",
         "Assistant Director – Family Help and Safeguarding", ["Assistant Director – Family Help and Safeguarding"],
         "Q1 2026/27", None, "2026-06", None, "G", "G",
         "North and East quadrants live. South and West to follow in line with plan."),
        ("4.1", P4, C41, "Expand the reablement service to support an additional 400 people a year after hospital discharge",
         "Assistant Director – Provider Services", ["Assistant Director – Provider Services"],
         dt.datetime(2026, 3, 1), "mmm-yy", "2026-03", None, "A", "A",
         "Recruitment of reablement workers behind plan (22 of 40 posts filled). Recruitment day held 18 September."),
        ("4.2", P4, C41, "Deliver year 2 of the Hertfordshire Carers’ Strategy action plan",
         "Head of Integrated Commissioning / Director of Public Health", ["Head of Integrated Commissioning", "Director of Public Health"],
         "Ongoing", None, None, "Ongoing", "G", "G",
         "Carers’ assessments up 12% on last year. Young carers’ card launched in June."),
        ("5.1", P5, C51, "Replace the customer contact platform and move 10 high-volume services online",
         "Chief Digital Officer", ["Chief Digital Officer"],
         dt.datetime(2026, 11, 1), "mmm-yy", "2026-11", None, "G", "G",
         "Supplier appointed. First three services (blue badge, school transport, missed bins) in testing."),
    ]
    rag = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    statusmap = {"G": "green", "A": "amber", "R": "red", "B": "blue"}

    wb = Workbook()
    # --- Cover sheet
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Quarter 2 2025/26 (July to September 2025)"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A4"] = "Reported to"
    cv["B4"] = "Resources and Performance Cabinet Panel – 11 December 2025"
    cv["A5"] = "Report owner"
    cv["B5"] = "Head of Corporate Policy"
    cv["A6"] = "Classification"
    cv["B6"] = "OFFICIAL"
    cv["A8"] = "Version history"
    cv["A8"].font = Font(bold=True)
    for i, (v, d, c) in enumerate([("Version", "Date", "Change"),
                                   ("0.1", "14/10/2025", "Q2 updates collated from directorates"),
                                   ("0.2", "04/11/2025", "Comments from Corporate Management Board"),
                                   ("1.0", "25/11/2025", "Final for Cabinet Panel")]):
        cv.cell(row=9 + i, column=1, value=v)
        cv.cell(row=9 + i, column=2, value=d)
        cv.cell(row=9 + i, column=3, value=c)
        if i == 0:
            for col in range(1, 4):
                cv.cell(row=9, column=col).font = Font(bold=True)
    cv["A15"] = "RAG key"
    cv["A15"].font = Font(bold=True)
    for i, (k, meaning, colr) in enumerate([("G", "On track – will be delivered as planned", GREEN),
                                            ("A", "Some issues – delivery at risk, action in hand", AMBER),
                                            ("R", "Significant issues – will not be delivered as planned", RED),
                                            ("B", "Complete", BLUE)]):
        c = cv.cell(row=16 + i, column=1, value=k)
        c.fill = xfill(colr)
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=16 + i, column=2, value=meaning)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 62
    cv.column_dimensions["C"].width = 40

    # --- Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 RAG ratings by priority"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Priority", "Actions", "B", "G", "A", "R"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    prios = [P1, P2, P3, P4, P5]
    r = 4
    for p in prios:
        rs = [x for x in rows if x[1] == p]
        vals = [p, len(rs)] + [sum(1 for x in rs if x[11] == k) for k in "BGAR"]
        for j, v in enumerate(vals, start=1):
            c = sm.cell(row=r, column=j, value=v)
            c.border = BOX
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, col in enumerate("BCDEF", start=2):
        c = sm.cell(row=r, column=j, value=f"=SUM({col}4:{col}{r-1})")
        c.font = Font(bold=True)
        c.border = BOX
    sm.cell(row=r, column=1).border = BOX
    for col, colr in zip("CDEF", (BLUE, GREEN, AMBER, RED)):
        sm[f"{col}3"].fill = xfill(colr)
    sm.column_dimensions["A"].width = 62

    # --- Tracker sheet
    ws = wb.create_sheet("Q2 Tracker")
    ws["A1"] = "Corporate Plan 2025–28 Delivery Tracker – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Ref", "Commitment", "Action / milestone", "Lead officer", "Cabinet Panel portfolio",
             "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 34, 46, 30, 26, 14, 8, 8, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    r = 4
    expected = []
    cur_p, cur_c, c_start = None, None, None
    merges = []
    for (ref, p, com, action, leadcell, leads, due, fmt, end, end_text, q1, q2, upd) in rows:
        if p != cur_p:
            if cur_c is not None and r - 1 > c_start:
                merges.append((c_start, r - 1))
            cur_c = None
            ws.cell(row=r, column=1, value=p)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = xfill("D9E1F2")
            cur_p = p
            r += 1
        if com != cur_c:
            if cur_c is not None and r - 1 > c_start:
                merges.append((c_start, r - 1))
            ws.cell(row=r, column=2, value=com)
            cur_c, c_start = com, r
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=leadcell)
        ws.cell(row=r, column=5, value=PORT[p])
        dc = ws.cell(row=r, column=6, value=due)
        if fmt:
            dc.number_format = fmt
        for col, val in ((7, q1), (8, q2)):
            c = ws.cell(row=r, column=col, value=val)
            c.fill = xfill(rag[val])
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=9, value=upd)
        for col in range(1, 10):
            ws.cell(row=r, column=col).border = BOX
            if col not in (7, 8):
                ws.cell(row=r, column=col).alignment = WRAP
        expected.append(act(ref, [p, com], action, leads, end, statusmap[q2], end_text))
        r += 1
    if cur_c is not None and r - 1 > c_start:
        merges.append((c_start, r - 1))
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.cell(row=a, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are self-assessed by the lead officer and challenged at Corporate Management Board. "
                                    "Due dates are those agreed when the Corporate Plan was adopted in July 2025.")
    ws.cell(row=r + 1, column=1, value="B = complete. Completed actions are removed from the tracker after one quarter.")
    ws.freeze_panes = "A4"
    wb.active = 2
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates a county council corporate plan delivery tracker as reported quarterly to Hertfordshire County "
            "Council's Resources and Performance Cabinet Panel (the council's Corporate Plan 2025-28 'On your side', "
            "hertfordshire.gov.uk, and its quarterly Performance Monitor reports). Copies a cover sheet with version "
            "history and a letter RAG key (G/A/R/B), a summary sheet with a totals block, and a tracker sheet with "
            "priority rows merged across the table, commitments merged down over their actions, lead officer posts, "
            "a portfolio column, mixed due dates (real Excel dates shown as mmm-yy and dd/mm/yyyy, quarters, periods, "
            "Ongoing) and previous (Q1) and current (Q2) RAG letters on fill colour, followed by notes lines."),
        "reads": (
            "A three-sheet workbook: a cover with version history and RAG key, a summary of RAG counts by priority, "
            "and the Q2 tracker. The tracker lists twelve numbered actions under five priorities, each under its "
            "commitment (a cell merged down over its actions), with lead posts, due dates, a Q1 and a Q2 RAG letter; "
            "the Q2 RAG is the current status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 2. Oldham Council - scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
def make_oldham():
    fname = "zdy-oldham-council-scrutiny-recommendations-tracker-2025-26.csv"
    title = "Oldham Council - Scrutiny Recommendations Tracker 2025/26"
    B1 = "Governance, Strategy and Resources Scrutiny Board"
    R1 = "Task and Finish Group: Review of Financial Support Services (Customer Experience) - report to Cabinet 17 November 2025"
    B2 = "Children and Young People Scrutiny Board"
    R2 = "Elective Home Education and Children Missing Education (meeting of 9 September 2025)"
    B3 = "Adults Social Care and Health Scrutiny Board"
    R3 = "Hospital Discharge and Reablement (meeting of 15 July 2025)"
    B4 = "Place, Economic Growth and Environment Scrutiny Board"
    R4 = "Fly-tipping Enforcement (meeting of 24 June 2025)"
    ncol = 8
    header = ["Rec No", "Date agreed", "Recommendation", "Cabinet response",
              "Responsible officer", "Target date", "Progress update", "RAG"]
    # (board, review, rec no, date agreed, recommendation, response, officer, leads, target, end, end_text, update, rag, status)
    recs = [
        (B1, R1, "GSR/25/01", "17/11/2025",
         "That the Council publishes a single, plain-English guide to the financial support it offers (Council Tax Support, discretionary housing payments, the Household Support Fund and welfare rights advice), available online and at Access Oldham.",
         "Accepted", "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
         "31/03/2026", "2026-03", None, "Draft guide tested with residents at the Spindles customer centre in November.", "Green", "green"),
        (B1, R1, "GSR/25/02", "17/11/2025",
         "That call-back times for the Revenues and Benefits telephone line are reported to the Board every quarter.\nThe report to include abandoned-call rates and the number of residents who had to call more than once.",
         "Accepted", "Assistant Director Customer and Digital Services; Head of Revenues and Benefits",
         ["Assistant Director Customer and Digital Services", "Head of Revenues and Benefits"],
         "Ongoing", None, "Ongoing", "First quarterly report scheduled for the Board meeting on 4 February 2026.", "Green", "green"),
        (B1, R1, "GSR/25/03", "17/11/2025",
         'That the "tell us once" approach is extended so that residents applying for Council Tax Support are automatically assessed for the Household Support Fund.',
         "Accepted in part - subject to data-sharing review", "Head of Revenues and Benefits", ["Head of Revenues and Benefits"],
         "Jun-26", "2026-06", None, "Data protection impact assessment under way.", "Amber", "amber"),
        (B2, R2, "CYP/25/04", "09/09/2025",
         "That the register of children electively home educated is reconciled monthly with the Children Missing Education list and the Early Help case management system.",
         "Accepted", "Head of Education Access and Inclusion", ["Head of Education Access and Inclusion"],
         "30/09/2025", "2025-09", None, "Monthly reconciliation in place since September; first exceptions report shared with the Board.", "Complete", "blue"),
        (B2, R2, "CYP/25/05", "09/09/2025",
         "That every family who notifies the Council of their decision to home educate is offered a visit from an Elective Home Education adviser within 20 working days.",
         "Accepted", "Director of Education, Skills and Early Years", ["Director of Education, Skills and Early Years"],
         "End of December 2025", "2025-12", None, "Visits offered to 71% of new notifications. Second adviser post vacant.", "Red", "red"),
        (B3, R3, "ASC/25/06", "15/07/2025",
         "That the Council and the Northern Care Alliance report on delayed discharges for Oldham residents, broken down by the reason for delay, to each meeting of the Board.",
         "Accepted", "Director of Adult Social Services", ["Director of Adult Social Services"],
         "Q4 2025/26", "2026-03", None, "Reporting template agreed with the Northern Care Alliance; first data due January.", "Amber", "amber"),
        (B3, R3, "ASC/25/07", "15/07/2025",
         "That a Member briefing on the Discharge to Assess model is arranged for all councillors.",
         "Accepted", "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"],
         "Jan-26", "2026-01", None, "", "Not started", "unrated"),
        (B4, R4, "PEG/25/08", "24/06/2025",
         "That the Council increases the number of fixed penalty notices issued for fly-tipping and publishes the figures by ward on the Council website.",
         "Accepted", "Head of Environmental Services", ["Head of Environmental Services"],
         "March 2026", "2026-03", None, "Ward-level figures published for Q1 and Q2. Fixed penalty notices up 38% on the same period last year.", "Green", "green"),
        (B4, R4, "PEG/25/09", "24/06/2025",
         "That CCTV cameras are deployed at the ten worst fly-tipping hotspots, rotating every three months.",
         "Accepted", "Head of Environmental Services & Community Safety Manager",
         ["Head of Environmental Services", "Community Safety Manager"],
         "30/11/2025", "2025-11", None, "Six cameras installed. Four further sites awaiting landowner permission.", "Amber", "amber"),
    ]

    def pad(vals):
        return list(vals) + [""] * (ncol - len(vals))

    lines = []
    lines.append(pad([title]))
    lines.append(pad(["Prepared for Governance, Strategy and Resources Scrutiny Board, 4 December 2025"]))
    lines.append(pad([]))
    lines.append(header)
    expected = []
    cur_b, cur_r = None, None
    for (b, rv, no, agreed, rec, resp, officer, leads, target, end, end_text, upd, rag, status) in recs:
        if b != cur_b:
            lines.append(pad([b]))
            cur_b, cur_r = b, None
        if rv != cur_r:
            lines.append(pad([rv]))
            cur_r = rv
        lines.append([no, agreed, rec, resp, officer, target, upd, rag])
        expected.append(act(no, [b, rv], rec, leads, end, status, end_text))
    lines.append(pad([]))
    lines.append(pad(["RAG key: Complete = implemented and signed off by the Board; Green = on track; Amber = at risk of missing the target date; Red = target date missed"]))
    lines.append(pad(["Source: Constitutional Services. Recommendations are removed from the tracker once the Board has signed them off as complete."]))
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(lines)

    write_expected(fname, {
        "source": (
            "Imitates a scrutiny recommendations tracker of the kind Oldham Council's scrutiny boards monitor "
            "(Governance, Strategy and Resources Scrutiny Board and the Task and Finish Group for Review of "
            "Financial Support Services (Customer Experience), committees.oldham.gov.uk, 2025), saved from Excel as "
            "CSV. Copies the title and 'prepared for' lines above the header, board and review heading rows between "
            "the recommendations, recommendation numbers by board, the Cabinet response, one or two responsible "
            "officer posts (separated by ';' or '&'), target dates as dd/mm/yyyy, mmm-yy, month words, a quarter, "
            "'End of December 2025' and 'Ongoing', a RAG column with words, a multi-line recommendation cell, "
            "doubled quotes inside a field, and key/source lines after the table."),
        "reads": (
            "A CSV export with a title, a 'prepared for' line and a header row, then nine scrutiny recommendations "
            "grouped under four scrutiny boards, each with the review or agenda item they came from. Each "
            "recommendation has a number, the responsible officer(s), a target date, a progress update and a RAG word; "
            "a key and a source note close the file."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 3. Vale of Glamorgan Council - CIW improvement check action plan, CYPS (docx)
# ---------------------------------------------------------------------------
def make_vale():
    fname = "zdy-vale-of-glamorgan-council-ciw-childrens-services-improvement-check-action-plan.docx"
    title = "CIW Improvement Check – Children and Young People Services: Action Plan"
    S1 = "1. People – voice and control"
    S2 = "2. Prevention"
    S3 = "3. Partnerships and integration"
    S4 = "4. Well-being and safeguarding"
    A11 = "Children’s views and wishes are not consistently recorded in assessments and care and support plans."
    A12 = "The offer of advocacy is not always made, or recorded, before a child protection conference."
    A21 = "Timeliness of assessments in the Intake and Family Support Team remains below the required standard."
    A31 = "Strategy discussions do not always include health and education partners."
    A41 = "Management oversight and supervision are not consistently evidenced on children’s records."
    # section, area, ref, action, lead cell, leads, by when, end, end_text, progress, status
    rows = [
        (S1, A11, "1.1", "Revise the assessment template so that the child’s own words are recorded in a dedicated section.",
         "Operational Manager – Intake and Family Support", ["Operational Manager – Intake and Family Support"],
         "March 2025", "2025-03", None, "New template live on WCCIS from 3 February 2025.", "blue"),
        (S1, A11, "1.2", "Monthly case file audits to include a specific measure on the voice of the child, reported to the CYPS Quality Assurance Panel.",
         "Operational Manager – Safeguarding and Reviewing", ["Operational Manager – Safeguarding and Reviewing"],
         "Ongoing – monthly", None, "Ongoing – monthly", "Measure included in December and January audits (68% and 74% compliant).", "green"),
        (S1, A12, "1.3", "Agree a single advocacy referral pathway with the regional advocacy provider, including an ‘active offer’ letter sent with every conference invitation.",
         "Head of Children and Young People Services", ["Head of Children and Young People Services"],
         "30/04/2025", "2025-04", None, "Draft pathway with provider. Letter template awaiting translation.", "amber"),
        (S2, A21, "2.1", "Introduce a weekly performance clinic for team managers covering assessments due within 10 working days.",
         "Operational Manager – Intake and Family Support", ["Operational Manager – Intake and Family Support"],
         "Jan-25", "2025-01", None, "Clinics running weekly since 8 January 2025.", "blue"),
        (S2, A21, "2.2", "Recruit to four vacant social worker posts in the Intake and Family Support Team.",
         "Head of Children and Young People Services / Workforce Development Manager",
         ["Head of Children and Young People Services", "Workforce Development Manager"],
         "Q1 2025/26", "2025-06", None, "Two posts appointed; two re-advertised with market supplement.", "amber"),
        (S3, A31, "3.1", "Update the strategy discussion protocol with Cardiff and Vale University Health Board and the Council’s education services.",
         "Team Manager – MASH", ["Team Manager – MASH"],
         "June 2025", "2025-06", None, "Protocol drafted and shared with partners for comment.", "green"),
        (S3, A31, "3.2", "Report partner attendance at strategy discussions to the Cardiff and Vale Regional Safeguarding Board.",
         "Team Manager – MASH", ["Team Manager – MASH"],
         "Quarterly", None, "Quarterly", "First report presented to the Board in January 2025.", "green"),
        (S4, A41, "4.1", "Relaunch the supervision policy with a recorded supervision template on WCCIS.",
         "Principal Officer – Practice Development", ["Principal Officer – Practice Development"],
         "End of May 2025", "2025-05", None, "Delayed by the WCCIS system change freeze; revised plan to Senior Leadership Team in March.", "red"),
        (S4, A41, "4.2", "All team managers to complete ‘Supervising for Safety’ training.",
         "Workforce Development Manager", ["Workforce Development Manager"],
         "September 2025", "2025-09", None, "Training dates booked from May 2025.", "unrated"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    r = p.add_run("Vale of Glamorgan Council | Cyngor Bro Morgannwg")
    r.bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Care Inspectorate Wales (CIW) carried out an improvement check of Children and Young People "
                      "Services between 18 and 21 November 2024, following up the areas for improvement from the "
                      "performance evaluation inspection. This plan sets out our response to each area for further "
                      "improvement in CIW’s letter of 16 January 2025, under the four principles of the Social "
                      "Services and Well-being (Wales) Act 2014.")
    # document control
    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "24 February 2025"),
                                ("Owner", "Head of Children and Young People Services"),
                                ("Approved by", "Director of Social Services"),
                                ("Reported to", "Healthy Living and Social Care Scrutiny Committee – 10 March 2025")]):
        bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (colr, meaning) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                         (AMBER, "Some slippage – action being taken"),
                                         (RED, "Off track – escalated to Senior Leadership Team"),
                                         (None, "Not yet started")]):
        if colr:
            shade(key.cell(i, 0), colr)
        key.cell(i, 1).text = meaning
    heads = ["Ref", "Area for further improvement (CIW, November 2024)", "Action", "Lead", "By when",
             "Progress at February 2025", "RAG"]
    widths = [Cm(1.1), Cm(4.2), Cm(5.0), Cm(3.3), Cm(2.2), Cm(4.3), Cm(1.2)]
    expected = []
    sections = [S1, S2, S3, S4]
    for s in sections:
        doc.add_paragraph()
        doc.add_heading(s, level=2)
        srows = [x for x in rows if x[0] == s]
        t = doc.add_table(rows=1 + len(srows), cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            bold_cell(t.cell(0, j), h)
            shade(t.cell(0, j), "D9D9D9")
        area_start = {}
        for i, (sx, area, ref, action, leadcell, leads, bywhen, end, end_text, prog, status) in enumerate(srows, start=1):
            t.cell(i, 0).text = ref
            area_start.setdefault(area, [i, i])[1] = i
            t.cell(i, 2).text = action
            t.cell(i, 3).text = leadcell
            t.cell(i, 4).text = bywhen
            t.cell(i, 5).text = prog
            if status in FILL:
                shade(t.cell(i, 6), FILL[status])
            expected.append(act(ref, [s, area], action, leads, end, status, end_text))
        for area, (a, b) in area_start.items():
            m = t.cell(a, 1).merge(t.cell(b, 1)) if b > a else t.cell(a, 1)
            m.text = area
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the Healthy Living and Social Care Scrutiny "
                      "Committee every six months and shared with CIW at the quarterly engagement meeting.")
    doc.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates a Welsh council's action plan responding to a Care Inspectorate Wales improvement check of "
            "children's services (CIW local authority monitoring activity letters, e.g. careinspectorate.wales "
            "'Local authority monitoring activity letter: Vale of Glamorgan Council', and Bridgend's improvement "
            "check report and updated action plan to Cabinet, 2022-23). Copies a bilingual body line, a heading, an "
            "introduction, a document control table, a colour-only RAG key table, and one table per principle of the "
            "Social Services and Well-being (Wales) Act 2014 under a numbered heading, with the CIW area for "
            "improvement merged down over its actions and a RAG column shown only by cell shading."),
        "reads": (
            "A Word action plan: title, introduction, document control and a RAG key, then four sections (one per "
            "principle), each with a table. In each table the area for further improvement from CIW's letter is a "
            "merged cell covering the actions that answer it; each action has a ref, lead post, a by-when date, "
            "progress and a RAG cell coloured blue, green, amber or red (one left blank: not yet started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 4. Plymouth City Council - Fostering Service Development Plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_plymouth():
    fname = "zdy-plymouth-city-council-fostering-service-development-plan-2025-26.xlsx"
    title = "Plymouth City Council Fostering Service Development Plan 2025/26"
    O1 = "Objective 1: More Plymouth children live with Plymouth foster carers"
    O2 = "Objective 2: Foster carers feel supported and stay with us"
    O3 = "Objective 3: Kinship carers are assessed quickly and supported well"
    # objective, no, action, lead cell, leads, by when (value, fmt), end, end_text, measure, progress, status
    rows = [
        (O1, "1.1", "Run four targeted recruitment campaigns a year, including campaigns for carers for teenagers and for brothers and sisters",
         "Marketing and Recruitment Officer", ["Marketing and Recruitment Officer"],
         dt.datetime(2026, 3, 1), "mmm-yy", "2026-03", None,
         "30 new mainstream fostering households approved in 2025/26",
         "Two campaigns run (May and September). 61 enquiries; 9 assessments started.", "green"),
        (O1, "1.2", "Launch the Mockingbird model with the first hub home and constellation of six to ten fostering households",
         "Fostering Team Manager & Head of Service – Permanence and Placements",
         ["Fostering Team Manager", "Head of Service – Permanence and Placements"],
         dt.datetime(2025, 12, 1), "mmm-yy", "2025-12", None,
         "Hub home approved and constellation launched",
         "Hub carer identified; licence agreement with The Fostering Network signed. Launch moved to February.", "amber"),
        (O1, "1.3", "Pay the uplifted fostering allowances and the Council Tax Allowance agreed by Cabinet following the Foster Care Summit",
         "Head of Service – Permanence and Placements", ["Head of Service – Permanence and Placements"],
         dt.datetime(2025, 4, 1), "mmm-yy", "2025-04", None,
         "All approved carers paid at new rates from 1 April 2025",
         "Done – new rates paid from April 2025.", "blue"),
        (O2, "2.1", "Co-design a foster carer support offer with the Plymouth Foster Carers’ Association",
         "Fostering Team Manager", ["Fostering Team Manager"],
         "Q3 2025/26", None, "2025-12", None,
         "Support offer published; carers say they helped shape it",
         "Three co-design workshops held. Draft offer to Corporate Parenting Group in December.", "green"),
        (O2, "2.2", "Introduce out-of-hours telephone support from supervising social workers on a rota",
         "Fostering Team Manager", ["Fostering Team Manager"],
         "Sept 2025 – January 2026", None, "2026-01", None,
         "Rota in place 5pm–10pm, seven days a week",
         "Pilot running weekdays only; job evaluation for the enhanced duty payment not yet complete.", "amber"),
        (O2, "2.3", "Complete every foster carer annual review within timescale, with the carer’s and children’s views recorded",
         "Independent Reviewing Officer (Fostering)", ["Independent Reviewing Officer (Fostering)"],
         "Ongoing", None, None, "Ongoing",
         "95% of annual reviews on time",
         "92% on time at end of October.", "green"),
        (O3, "3.1", "Complete connected person (kinship) assessments within 16 weeks",
         "Kinship Team Manager", ["Kinship Team Manager"],
         dt.datetime(2026, 3, 1), "mmm-yy", "2026-03", None,
         "80% of assessments completed within 16 weeks",
         "52% within 16 weeks. Two assessing social worker posts vacant; agency cover requested.", "red"),
        (O3, "3.2", "Publish a refreshed Kinship Local Offer with kinship carers",
         "Head of Service – Permanence and Placements", ["Head of Service – Permanence and Placements"],
         dt.datetime(2025, 7, 31), "dd/mm/yyyy", "2025-07", None,
         "Local Offer published on the council website",
         "Published July 2025.", "blue"),
        (O3, "3.3", "Offer training in therapeutic parenting (PACE) to all kinship carers",
         "Practice Development Lead", ["Practice Development Lead"],
         dt.datetime(2026, 6, 1), "mmm-yy", "2026-06", None,
         "75% of kinship carers attend",
         "Course to start in the new year.", "unrated"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Appendix 2 – Fostering Service Annual Report 2024/25"
    ws["A3"] = "Progress as at 31 October 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["No.", "What we will do", "Lead", "By when", "How we will know", "Progress update", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFG", (6, 48, 30, 14, 32, 46, 7)):
        ws.column_dimensions[col].width = w
    r = 6
    cur = None
    expected = []
    for (obj, no, action, leadcell, leads, bywhen, fmt, end, end_text, measure, prog, status) in rows:
        if obj != cur:
            ws.cell(row=r, column=1, value=obj)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = xfill("DDEBF7")
            cur = obj
            r += 1
        vals = [no, action, leadcell, bywhen, measure, prog, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        if fmt:
            ws.cell(row=r, column=4).number_format = fmt
        if status in FILL:
            ws.cell(row=r, column=7).fill = xfill(FILL[status])
        expected.append(act(no, [obj], action, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    kc = [("Complete", BLUE), ("On track", GREEN), ("Some delay", AMBER), ("Off track", RED), ("Not started", None)]
    for j, (txt, colr) in enumerate(kc, start=2):
        c = ws.cell(row=r, column=j, value=txt)
        if colr:
            c.fill = xfill(colr)
        c.border = BOX
    ws.cell(row=r + 2, column=1, value="This plan is monitored by the Fostering Service Management Team monthly and reported "
                                       "to the Corporate Parenting Group each quarter.")
    ws.freeze_panes = "A6"

    dd = wb.create_sheet("Households")
    dd["A1"] = "Fostering households – position at 31 October 2025"
    dd["A1"].font = Font(bold=True)
    data = [("Type", "31 Mar 2024", "31 Mar 2025", "31 Oct 2025"),
            ("Mainstream fostering households", 118, 112, 115),
            ("Connected person (kinship) households", 64, 71, 76),
            ("Short break households", 9, 8, 8),
            ("Total", "=SUM(B3:B5)", "=SUM(C3:C5)", "=SUM(D3:D5)")]
    for i, row in enumerate(data, start=2):
        for j, v in enumerate(row, start=1):
            c = dd.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (2, 6):
                c.font = Font(bold=True)
    dd.column_dimensions["A"].width = 40
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates the development plan appended to a local authority fostering service annual report "
            "(Plymouth City Council's fostering service, Cabinet 'Response to Foster Carer Recommendations' after the "
            "Foster Care Summit, 'Family Homes for Plymouth Children' and the Mockingbird model, "
            "democracy.plymouth.gov.uk, 2024-25). Copies a title block with appendix and 'progress as at' lines, "
            "objective rows merged across the table, numbered actions with lead posts (two joined by '&'), "
            "success measures, progress updates, a RAG column shown only by fill colour, a coloured key row under "
            "the table, a note line and a second sheet of household numbers with a total row."),
        "reads": (
            "A fostering service development plan on one sheet: nine numbered actions under three objectives (merged "
            "heading rows), each with lead, by-when date, success measure, progress and a RAG cell that is coloured "
            "but has no text (one uncoloured: not started, per the key). A second sheet holds household numbers and "
            "is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 5. Adoption Counts RAA - Service Development Plan 2025-26 (tab-separated txt)
# ---------------------------------------------------------------------------
def make_adoption_counts():
    fname = "zdy-adoption-counts-raa-service-development-plan-2025-26.txt"
    title = "Adoption Counts – Service Development Plan 2025-26"
    P1 = "Priority 1 – Reduce delay for children waiting"
    P2 = "Priority 2 – Recruit adopters for the children who wait longest"
    P3 = "Priority 3 – Adoption support"
    P4 = "Priority 4 – Our workforce"
    # priority, ref, action, lead cell, leads, start, end cell, end, end_text, status word, status, update
    rows = [
        (P1, "1a", "Track every child with a should be placed for adoption (SHOBPA) decision through a fortnightly permanence tracking meeting with each partner council",
         "Team Manager – Family Finding", ["Team Manager – Family Finding"], "Apr 2025", "Mar 2026", "2026-03", None,
         "On track", "green", "Tracking meetings running in all five councils. A1 average 412 days (England 475)."),
        (P1, "1b", "Improve the quality of Child Permanence Reports (CPRs) so that 90% are judged good at first submission",
         "Head of Service / Quality Assurance Lead", ["Head of Service", "Quality Assurance Lead"], "Apr 2025", "Dec-25", "2025-12", None,
         "Some slippage", "amber", "78% good at first submission in Q2. CPR workshops for Salford and Trafford teams booked for November."),
        (P1, "1c", "Increase the number of children placed in early permanence (fostering for adoption) placements",
         "Early Permanence Lead", ["Early Permanence Lead"], "May 2025", "Q4 2025/26", "2026-03", None,
         "On track", "green", "Seven early permanence placements in Q1-Q2 (nine in the whole of 2024-25)."),
        (P2, "2a", "Run a targeted campaign with community and faith groups to recruit Black African and Black Caribbean adopters",
         "Marketing Officer & Team Manager – Recruitment and Assessment",
         ["Marketing Officer", "Team Manager – Recruitment and Assessment"], "Jun 2025", "Mar 2026", "2026-03", None,
         "On track", "green", "Information events held in Moss Side and Longsight; 14 enquiries."),
        (P2, "2b", "Complete adopter assessments (stage one and stage two) within six months",
         "Team Manager – Recruitment and Assessment", ["Team Manager – Recruitment and Assessment"], "Apr 2025", "Ongoing", None, "Ongoing",
         "Off track", "red", "Average 7.4 months. Two assessing social workers on long-term leave; sessional assessors commissioned."),
        (P3, "3a", "Move all Adoption and Special Guardianship Support Fund (ASGSF) applications onto the new DfE online portal",
         "Adoption Support Team Manager", ["Adoption Support Team Manager"], "Apr 2025", "Jul 2025", "2025-07", None,
         "Complete", "blue", "All applications submitted through the portal since 1 July."),
        (P3, "3b", "Set up a peer support group for adopters of teenagers",
         "Adoption Support Team Manager / Educational Psychologist", ["Adoption Support Team Manager", "Educational Psychologist"],
         "Oct 2025", "Jan-26", "2026-01", None,
         "Not started", "unrated", "Venue agreed; first session planned for January."),
        (P4, "4a", "Reduce use of agency social workers to below 10% of social work posts",
         "Head of Service", ["Head of Service"], "Apr 2025", "31/03/2026", "2026-03", None,
         "Some slippage", "amber", "Agency use 16% (21% in April). Two newly qualified social workers start in October."),
    ]
    L = []
    L.append(title)
    L.append("Quarter 2 update (July to September 2025)")
    L.append("Hosted by Stockport Council on behalf of Cheshire East, Manchester, Salford, Stockport and Trafford councils")
    L.append("")
    L.append("Status key: On track = Green; Some slippage = Amber; Off track = Red; Complete = Blue; Not started = not yet due to start")
    L.append("")
    L.append("\t".join(["Priority", "Ref", "Action", "Lead", "Start", "End", "Status", "Q2 update"]))
    expected = []
    cur = None
    for (p, ref, action, leadcell, leads, start, endcell, end, end_text, word, status, upd) in rows:
        pcell = p if p != cur else ""
        cur = p
        L.append("\t".join([pcell, ref, action, leadcell, start, endcell, word, upd]))
        expected.append(act(ref, [p], action, leads, end, status, end_text))
    L.append("")
    L.append("Notes")
    L.append("A1 = average days between a child entering care and moving in with their adoptive family (national adoption scorecard).")
    L.append("Lead = the Adoption Counts post accountable for the action. Partner council leads are named in the quarterly Board report.")
    L.append("Plan agreed by the Adoption Counts Partnership Board, 8 May 2025.")
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(L) + "\r\n")

    write_expected(fname, {
        "source": (
            "Imitates a regional adoption agency's annual service development plan with a quarterly update, as "
            "Adoption Counts (the RAA hosted by Stockport for Cheshire East, Manchester, Salford, Stockport and "
            "Trafford) reports to its partnership board and councils' scrutiny committees (Adoption Counts annual "
            "reports to Manchester and Cheshire East committees: A1 timeliness, CPR quality, early permanence, "
            "adopter recruitment, ASGSF). Exported from a spreadsheet as tab-separated text: title lines, a status "
            "key line, a header row, the priority written only on the first row of each group (fill-down), start "
            "and end columns, status words, and notes lines at the end."),
        "reads": (
            "A tab-separated export with three title lines and a status key, then eight actions (refs 1a-4a) under "
            "four priorities; the priority cell is filled only on the first action of each priority and applies to "
            "the rows below it. Each action has a lead post or two, a start and an end month, a status word that "
            "the key maps to a RAG colour, and a Q2 update; notes follow."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 6. Derby JTAI multi-agency action plan (docx)
# ---------------------------------------------------------------------------
def make_derby():
    fname = "zdy-derby-and-derbyshire-scp-derby-city-jtai-multi-agency-action-plan.docx"
    title = "Joint Targeted Area Inspection of Derby: Multi-agency Action Plan"
    F1 = ("Area for improvement 1: The quality of information shared by partner agencies when they refer children "
          "to Children’s Services First Contact")
    F2 = ("Area for improvement 2: The timeliness of strategy discussions and the involvement of health "
          "professionals in them")
    F3 = ("Area for improvement 3: The consistency of early help assessments and plans for children who do not "
          "meet the threshold for statutory services")
    F4 = "Area for improvement 4: Partnership oversight of the impact of multi-agency practice on children"
    # area, ref, action, lead cell, leads, original, revised, end, progress, rag word, status
    rows = [
        (F1, "1.1", "Relaunch the Derby and Derbyshire multi-agency referral form with mandatory fields for consent and the child’s lived experience.",
         "Head of First Contact and MASH (DCC)", ["Head of First Contact and MASH (DCC)"],
         "30/06/2025", "", "2025-06", "New form live from 1 September 2025. Briefings delivered to 214 practitioners across agencies.",
         "Complete", "blue"),
        (F1, "1.2", "Carry out a quarterly multi-agency audit of referral quality and report findings to the DDSCP Performance and Quality Assurance Group.",
         "DDSCP Business Manager", ["DDSCP Business Manager"],
         "Sep-25", "", "2025-09", "First audit October 2025: 62% of referrals rated good or better. Next audit January 2026.",
         "Green", "green"),
        (F2, "2.1", "Introduce a daily strategy discussion meeting in the MASH with a named health representative present.",
         "Head of First Contact and MASH (DCC) / Named Nurse Safeguarding Children (UHDB)",
         ["Head of First Contact and MASH (DCC)", "Named Nurse Safeguarding Children (UHDB)"],
         "Jul-25", "Oct-25", "2025-10", "Daily meeting running since 6 October. Health attendance 81% in first month; cover arrangements for leave being agreed.",
         "Amber", "amber"),
        (F2, "2.2", "Agree minimum standards for police attendance at strategy discussions and monitor compliance monthly.",
         "DCI Public Protection (Derbyshire Constabulary)", ["DCI Public Protection (Derbyshire Constabulary)"],
         "Aug-25", "", "2025-08", "Standards agreed August 2025. Attendance 96% (September–December).",
         "Green", "green"),
        (F3, "3.1", "Roll out the new Early Help Assessment and Plan in all Derby Family Hubs.",
         "Head of Early Help (DCC)", ["Head of Early Help (DCC)"],
         "Sep-25", "Jan-26", "2026-01", "Live in four of six Family Hubs. Remaining two hubs delayed by the case management system upgrade.",
         "Amber", "amber"),
        (F3, "3.2", "Deliver joint training for school designated safeguarding leads on early help assessment and planning.",
         "Head of Early Help (DCC); Education Safeguarding Lead (DCC)",
         ["Head of Early Help (DCC)", "Education Safeguarding Lead (DCC)"],
         "Dec-25", "", "2025-12", "Four sessions delivered; 71 of 96 schools attended.",
         "Green", "green"),
        (F3, "3.3", "Evaluate the difference early help makes through a survey of children and families.",
         "DDSCP Business Manager", ["DDSCP Business Manager"],
         "Mar-26", "Jun-26", "2026-06", "Survey design to be agreed with the Derby Youth Council.",
         "Not started", "unrated"),
        (F4, "4.1", "Add JTAI measures to the DDSCP quarterly performance dashboard.",
         "DDSCP Business Manager / Head of Performance (ICB)", ["DDSCP Business Manager", "Head of Performance (ICB)"],
         "Oct-25", "Dec-25", "2025-12", "Still awaiting the ICB data-sharing agreement; escalated to the Executive on 12 January 2026.",
         "Red", "red"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Derby and Derbyshire Safeguarding Children Partnership").bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Theme: the multi-agency response to children and families who need help. "
                      "Inspection 3 to 7 March 2025; joint letter published 29 April 2025.")
    doc.add_paragraph("Version 4 – updated 12 January 2026 for the DDSCP Executive. Partners: Derby City Council (DCC), "
                      "Derbyshire Constabulary, NHS Derby and Derbyshire Integrated Care Board (ICB) and University "
                      "Hospitals of Derby and Burton NHS Foundation Trust (UHDB).")
    doc.add_paragraph("RAG: Complete; Green – on track to original date; Amber – original date missed, revised date "
                      "agreed by the Executive; Red – at risk of missing the revised date; Not started – not yet due.")
    heads = ["Ref", "Action", "Lead", "Original date", "Revised date", "Progress / evidence", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        bold_cell(t.cell(0, j), h)
        shade(t.cell(0, j), "BDD7EE")
    expected = []
    cur = None
    for (area, ref, action, leadcell, leads, orig, rev, end, prog, rag, status) in rows:
        if area != cur:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[6])
            bold_cell(m, area)
            shade(m, "F2F2F2")
            cur = area
        row = t.add_row()
        for j, v in enumerate([ref, action, leadcell, orig, rev, prog, rag]):
            row.cells[j].text = v
        if status in FILL:
            shade(row.cells[6], FILL[status])
        expected.append(act(ref, [area], action, leads, end, status))
    widths = [Cm(1.0), Cm(5.2), Cm(3.6), Cm(1.9), Cm(1.9), Cm(4.6), Cm(1.8)]
    for row in t.rows:
        if len(set(id(c._tc) for c in row.cells)) == 7:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Agency", "Safeguarding partner", "Date agreed"]):
        bold_cell(so.cell(0, j), h)
    so.cell(1, 0).text = "Derby City Council"
    so.cell(1, 1).text = "Strategic Director of Peoples Services"
    so.cell(1, 2).text = "12/01/2026"
    so.cell(2, 0).text = "Derbyshire Constabulary"
    so.cell(2, 1).text = "Assistant Chief Constable"
    so.cell(2, 2).text = "12/01/2026"
    doc.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates a safeguarding partnership's multi-agency action plan after an Ofsted/CQC/HMICFRS joint targeted "
            "area inspection (JTAI) on the theme of the multi-agency response to children and families who need help, "
            "as published by the Derby and Derbyshire Safeguarding Children Partnership and its peers (ddscp.org.uk; "
            "JTAI joint letters list 'areas for improvement' addressed to the three safeguarding partners). Copies a "
            "partnership line, title, theme and version lines, a RAG definition paragraph, one table with each area "
            "for improvement as a bold shaded row merged across all columns above its actions, lead posts tagged with "
            "their agency (two joined by '/' or ';'), original and revised target dates, a RAG word on a shaded cell, "
            "and a sign-off table."),
        "reads": (
            "A Word plan with a title and explanatory lines, then one table: four merged rows naming the areas for "
            "improvement from the JTAI letter, each followed by its numbered actions (eight in all) with leads, an "
            "original date, a revised date where one was agreed, progress and a RAG word. The revised date, where "
            "given, is the end. A sign-off table closes the document."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return fname, len(expected)


# ---------------------------------------------------------------------------
# 7. Westmorland and Furness Council - O&S recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_wf():
    fname = "zdy-westmorland-and-furness-council-scrutiny-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Westmorland and Furness Council – Overview and Scrutiny Recommendations Tracker 2025/26"
    COR = "Corporate Overview and Scrutiny Committee"
    CYP = "Children and Young People Overview and Scrutiny Committee"
    HCW = "Health, Care and Wellbeing Overview and Scrutiny Committee"
    PLC = "Place Overview and Scrutiny Committee"
    rows = [
        ("OS-25-01", COR, "Customer Strategy – 13 June 2024 (follow-up March 2025)",
         "That the Customer Strategy action plan sets a target for answering calls to the customer contact centre within five minutes.",
         "Agreed", "Assistant Director Customer and Digital", "March 2026",
         "Target of 80% within five minutes agreed; performance reported monthly.", "In progress"),
        ("OS-25-02", COR, "People Plan – 13 June 2024 (follow-up March 2025)",
         "That staff survey results are reported to the Committee broken down by legacy council area.",
         "Agreed", "Director of Resources", "31/01/2026",
         "2025 survey closed November; analysis under way.", "In progress"),
        ("OS-25-03", CYP, "Task and Finish Group: Home to School Transport",
         "That travel training is offered to every Year 11 pupil with an EHC plan who receives home to school transport.",
         "Agreed", "Head of SEND Services", "Sept 2025 – July 2026",
         "Travel training provider appointed. 34 young people referred.", "In progress"),
        ("OS-25-04", CYP, "Task and Finish Group: Home to School Transport",
         "That the Council publishes its post-16 transport policy by 31 May each year.",
         "Agreed", "Head of Transport Commissioning", "31/05/2025",
         "2025/26 policy published 28 May 2025.", "Implemented"),
        ("OS-25-05", HCW, "Dentistry provision in Westmorland and Furness – 9 July 2025",
         "That the Committee writes to NHS England and the Integrated Care Board asking for a plan to increase NHS dental access in Barrow-in-Furness and the Eden valley.",
         "Agreed", "Senior Democratic Services Officer", "Aug-25",
         "Letter sent 4 August 2025; response received from the ICB.", "Implemented"),
        ("OS-25-06", HCW, "Adult Social Care CQC assessment – 9 July 2025",
         "That progress against the CQC improvement plan is reported to the Committee every six months.",
         "Agreed", "Director of Adult Social Care", "Febuary 2026",
         "First six-monthly report scheduled.", "Not yet due"),
        ("OS-25-07", PLC, "Scrutiny review: Highways Pothole Repairs",
         "That the Council publishes repair times for potholes by locality on its website each quarter.",
         "Agreed in part", "Assistant Director Highways and Transport", "Q4 2025/26",
         "Dashboard in development; locality split available from January.", "In progress"),
        ("OS-25-08", PLC, "Scrutiny review: Highways Pothole Repairs",
         "That parish and town councils are given a single named contact for reporting highway defects.",
         "Agreed", "Locality Highways Manager", "Dec-25",
         "Named contacts issued to all parish and town councils in October.", "Implemented"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Monitoring report to Corporate Overview and Scrutiny Committee – 15 January 2026"
    heads = ["Ref", "Committee", "Review / item", "Recommendation", "Cabinet decision", "Lead officer",
             "Target date", "Update", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("385723")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGHI", (10, 26, 30, 52, 12, 28, 16, 44, 13)):
        ws.column_dimensions[col].width = w
    stfill = {"Implemented": "BDD7EE", "In progress": "C6EFCE", "Not yet due": "FFFFFF"}
    typo_row = None
    for i, row in enumerate(rows):
        r = 5 + i
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=9).fill = xfill(stfill[row[8]])
        if row[6].startswith("Febuary"):
            typo_row = r
    last = 5 + len(rows) - 1
    ws.cell(row=last + 2, column=1, value="Status: Implemented = recommendation delivered and evidence seen by the Committee; "
                                          "In progress = on track; Not yet due = work not scheduled to start.")
    ws.cell(row=last + 3, column=1, value="Recommendations are closed by the Committee that made them.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": (
            "Imitates an overview and scrutiny recommendations tracker as monitored by Westmorland and Furness "
            "Council's Corporate Overview and Scrutiny Committee, which oversees the council's six O&S committees "
            "and their task and finish groups (westmorlandandfurness.gov.uk 'Overview and Scrutiny'; committee "
            "minutes 2024-25). Copies a title and report line, a flat table with the committee and review repeated "
            "on every row, recommendation text, Cabinet decision, lead officer post, typed target dates, updates, "
            "a status word with a light fill, and a status key line below. One target date cell is mistyped "
            "'Febuary 2026'."),
        "reads": (
            "A one-sheet tracker of eight scrutiny recommendations from four committees with lead officers, target "
            "dates, updates and status words. Recommendation OS-25-06 (sheet row "
            f"{typo_row}) has the target date 'Febuary 2026', a misspelt month; a careful reader would stop and "
            "ask before taking it as February 2026."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, len(rows)


if __name__ == "__main__":
    made = [make_herts(), make_oldham(), make_vale(), make_plymouth(), make_adoption_counts(), make_derby(), make_wf()]
    for f, n in made:
        print(f"{f}\t{n} actions")
