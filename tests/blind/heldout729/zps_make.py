#!/usr/bin/env python
"""Build the seven zps- blind test files (set heldout729).

Run with /work/main/.venv/bin/python zps_make.py ; writes beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, fill="D9D9D9"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        shade(c, fill)


DOC_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
XL_FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}


def xl_row(ws, r, values, bold=False, fill=None, font_color=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BORDER
        if bold or font_color:
            cell.font = Font(bold=bold, color=font_color)
        if fill is not None:
            cell.fill = fill


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ================================================================= 1. Conwy
CONWY_SECTIONS = [
    (
        "1. Economy and Place Overview and Scrutiny Committee – Waste Model Inquiry",
        "Inquiry sessions held 8 July, 5 August and 2 September 2024. "
        "Recommendations accepted by Cabinet on 8 October 2024 (minute 47).",
        [
            ("Recommendation 1: That the Council publishes a recovery plan for the four-weekly "
             "residual collection model with clear milestones, and reports progress monthly to Members.",
             [
                 ("1a", "Publish the waste service recovery plan on the Council website and circulate it to all Members.",
                  "Head of Environment, Roads and Facilities", "31/10/2024", "Complete",
                  "Published 25 October 2024; Member briefing held 30 October."),
                 ("1b", "Provide a monthly recovery dashboard (missed collections, complaints, crew vacancies) to the Members’ Library.",
                  "Waste Services Manager / Business Intelligence Manager", "Monthly", "On track",
                  "Dashboards issued for November and December."),
             ]),
            ("Recommendation 2: That residents in rural and hard-to-reach properties are offered "
             "assisted and alternative collection arrangements.",
             [
                 ("2a", "Review all assisted collection requests received since June 2024 and confirm arrangements in writing with each household.",
                  "Waste Services Manager", "December 2024", "Slippage",
                  "1,140 of 1,410 requests reviewed; remaining home visits scheduled."),
                 ("2b", "Trial a collection point scheme for properties on unadopted tracks in the Uwchaled and Llansannan areas.\n"
                        "Evaluate the trial with ward Members before any roll-out.",
                  "Head of Environment, Roads and Facilities", "Q4 2024/25", "On track",
                  "Trial sites agreed with ward Members in December."),
             ]),
        ],
    ),
    (
        "2. Social Care and Health Overview and Scrutiny Committee",
        "Task and finish group: domiciliary care capacity (report to Cabinet 10 September 2024).",
        [
            ("Recommendation 3: That the Council develops a local workforce offer to attract and retain "
             "domiciliary care workers in rural parts of the county.",
             [
                 ("3a", "Launch a Conwy care worker recruitment campaign with independent providers, including Welsh-language recruitment materials.",
                  "Head of Integrated Adult and Community Services; Workforce Development Manager", "30/11/2024", "Complete",
                  "Campaign launched 4 November 2024 with 14 providers."),
                 ("3b", "Pilot a mileage and travel-time supplement for care workers covering rural rounds.",
                  "Head of Integrated Adult and Community Services", "March 2025", "Slippage",
                  "Awaiting confirmation of grant funding."),
             ]),
            ("Recommendation 4: That the Committee receives six-monthly reports on unmet care hours.",
             [
                 ("4a", "Add unmet care hours to the Social Care and Health performance report.",
                  "Performance and Improvement Manager", "Ongoing", "On track",
                  "Included from the Quarter 2 report."),
             ]),
        ],
    ),
    (
        "3. Finance and Resources Overview and Scrutiny Committee",
        None,
        [
            ("Recommendation 5: That a cross-party Member working group reviews the Council’s approach "
             "to fees and charges before the 2025/26 budget is set.",
             [
                 ("5a", "Establish the Fees and Charges Member Working Group and agree its terms of reference.",
                  "Strategic Director – Finance and Resources (Section 151 Officer)", "Sept 2024", "Complete",
                  "Group met 19 September, 17 October and 14 November 2024."),
                 ("5b", "Report the working group’s recommendations to Cabinet alongside the draft 2025/26 budget.",
                  "Strategic Director – Finance and Resources (Section 151 Officer)", "By 11 February 2025", "On track",
                  "Scheduled for Cabinet on 11 February 2025."),
             ]),
        ],
    ),
]
CONWY_STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "Slippage": "FFC000", "Off track": "FF0000"}


def make_conwy():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("Scrutiny Recommendations Tracker 2024/25", style="Title")
    d.add_paragraph("Conwy County Borough Council")
    d.add_paragraph("Report to: Finance and Resources Overview and Scrutiny Committee – 20 January 2025")

    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("Version", "1.4"), ("Date", "8 January 2025"),
                                ("Owner", "Scrutiny Manager, Democratic Services"),
                                ("Status", "Final – for committee")]):
        set_cell(t.cell(r, 0), k, bold=True)
        shade(t.cell(r, 0), "D9D9D9")
        set_cell(t.cell(r, 1), v)

    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "This tracker records the recommendations made by the Overview and Scrutiny Committees, the "
        "response agreed by Cabinet or the relevant Strategic Director, and progress against each agreed "
        "action. Completed actions are removed once they have been reported to committee.")
    d.add_heading("Status key", level=2)
    k = d.add_table(rows=4, cols=3)
    k.style = "Table Grid"
    for r, (word, col, meaning) in enumerate([
            ("Complete", "Blue", "Action delivered and reported to committee"),
            ("On track", "Green", "Progressing to the agreed date"),
            ("Slippage", "Amber", "Behind the agreed date – see update"),
            ("Off track", "Red", "Will not be delivered without intervention")]):
        set_cell(k.cell(r, 0), word, bold=True)
        set_cell(k.cell(r, 1), col)
        shade(k.cell(r, 1), CONWY_STATUS_FILL[word])
        set_cell(k.cell(r, 2), meaning)

    cols = ["Ref", "Agreed action", "Lead officer", "Due", "Status", "Update"]
    for heading, note, recs in CONWY_SECTIONS:
        d.add_heading(heading, level=1)
        if note:
            d.add_paragraph(note)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for rec, actions in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for a in actions:
                row = t.add_row()
                for c, v in zip(row.cells, a):
                    set_cell(c, v)
                shade(row.cells[4], CONWY_STATUS_FILL[a[4]])
        d.add_paragraph("")
    d.add_paragraph("Recommendations completed and reported during 2023/24 are archived in Appendix B.")
    d.save(out("zps-conwy-county-borough-council-scrutiny-recommendations-tracker.docx"))


# ================================================================= 2. Gwynedd JICPA
JICPA_THEMES = [
    ("Theme 1: Recognition and referral", [
        ("Professionals in universal services do not always recognise cumulative neglect and refer at the right time.", [
            ("1.1", "Roll out the All Wales neglect toolkit training to designated safeguarding persons in all Gwynedd schools.",
             "Senior Safeguarding Officer, Education (Cyngor Gwynedd)", "31 July 2025", "A", "G",
             "62 of 94 designated safeguarding persons trained; remaining sessions booked for July."),
            ("1.2", "Add a neglect prompt to the BCUHB health visiting and school nursing contact records.",
             "Named Nurse Safeguarding Children (BCUHB West)", "Sept 2025", "G", "G",
             "Prompt approved by the Digital Change Board."),
        ]),
        ("Police public protection notices (PPNs) do not consistently convey the child’s lived experience.", [
            ("1.3", "Audit a sample of 50 PPNs each quarter and feed back findings to attending officers through their supervisors.",
             "Detective Inspector, Central Referral Unit (NWP)", "Quarterly", "A", "A",
             "First audit completed; 31% met the standard."),
        ]),
    ]),
    ("Theme 2: Strategy discussions and child protection enquiries", [
        ("Strategy discussions are not always multi-agency; health and education are too often absent.", [
            ("2.1", "Introduce a daily virtual strategy discussion slot attended by a BCUHB safeguarding nurse and an education representative.",
             "Service Manager, Safeguarding and Quality (Cyngor Gwynedd)\nHead of Safeguarding (BCUHB)", "April 2025", "G", "B",
             "Live from 7 April 2025; health attendance 88% in May."),
            ("2.2", "Record the agreed actions from every strategy discussion on WCCIS and share them with all attendees within 24 hours.",
             "Service Manager, Safeguarding and Quality (Cyngor Gwynedd)", "30/06/2025", "A", "R",
             "Template change delayed by the WCCIS upgrade; escalated to NWSB in June."),
        ]),
    ]),
    ("Theme 3: Leadership and partnership oversight", [
        ("The Local Delivery Group does not have a shared multi-agency dataset to understand the quality of child protection practice.", [
            ("3.1", "Agree a core multi-agency child protection dataset and report it to each Local Delivery Group meeting.",
             "NWSB Business Manager; Performance Lead, Children and Supporting Families", "Q2 2025/26", "A", "A",
             "Draft dataset agreed; police data feed outstanding."),
            ("3.2", "Hold two multi-agency practice audits a year on children on the child protection register, reporting themes to NWSB.",
             "Chair, Gwynedd Local Delivery Group", "Ongoing – six-monthly", "G", "G",
             "First audit (cumulative neglect) completed May 2025."),
        ]),
    ]),
]


def make_jicpa():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph("Gwynedd Joint Inspection of Child Protection Arrangements (JICPA): Multi-Agency Improvement Plan",
                    style="Title")
    d.add_paragraph("North Wales Safeguarding Board (NWSB) – Gwynedd Local Delivery Group")
    d.add_paragraph("Partners: Cyngor Gwynedd, Betsi Cadwaladr University Health Board (BCUHB), North Wales Police (NWP)")
    d.add_paragraph("Progress position: end of June 2025")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Summary of changes", "Author"])
    for v in [("0.1", "10/02/2025", "First draft from partner workshop", "NWSB Business Manager"),
              ("1.0", "03/03/2025", "Approved by NWSB", "NWSB Business Manager"),
              ("1.2", "12/07/2025", "Quarter 1 progress update", "Chair, Gwynedd Local Delivery Group")]:
        row = t.add_row()
        for c, x in zip(row.cells, v):
            set_cell(c, x)

    d.add_heading("RAG rating key", level=2)
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (l, m) in enumerate([("B", "Complete – evidence of impact reviewed by the Local Delivery Group"),
                                ("G", "On track"),
                                ("A", "Some slippage – mitigation in place"),
                                ("R", "Off track – escalated to NWSB")]):
        set_cell(k.cell(r, 0), l, bold=True)
        shade(k.cell(r, 0), DOC_RAG[l])
        set_cell(k.cell(r, 1), m)

    cols = ["No.", "Area for improvement", "Action", "Lead", "Target date",
            "Previous RAG", "Current RAG", "Progress to June 2025"]
    for theme, areas in JICPA_THEMES:
        d.add_heading(theme, level=1)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for area, actions in areas:
            first = len(t.rows)
            for (no, act, lead, due, prev, cur, prog) in actions:
                row = t.add_row()
                vals = [no, "", act, lead, due, prev, cur, prog]
                for c, v in zip(row.cells, vals):
                    if v:
                        set_cell(c, v)
                shade(row.cells[5], DOC_RAG[prev])
                shade(row.cells[6], DOC_RAG[cur])
            last = len(t.rows) - 1
            m = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
            set_cell(m, area)
        d.add_paragraph("Note: evidence for each completed action is held on the NWSB SharePoint site.")

    d.add_heading("Sign-off", level=2)
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Approved by", bold=True)
    set_cell(s.cell(0, 1), "Chair, North Wales Safeguarding Board")
    set_cell(s.cell(1, 0), "Date", bold=True)
    set_cell(s.cell(1, 1), "03/03/2025")
    d.save(out("zps-north-wales-safeguarding-board-gwynedd-jicpa-multi-agency-improvement-plan.docx"))


# ================================================================= 3. Wiltshire fostering (refuse)
def make_wiltshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    ncol = 8
    ws.cell(1, 1, "Wiltshire Council – Fostering Service").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Fostering Service Development Plan 2025-26").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(3, 1, "Source: Fostering Service Annual Report 2024-25 (Regulation 35 / NMS 25.7). "
                  "Owner: Head of Service, Fostering and Placements. Reviewed quarterly at the Fostering "
                  "Service Management Meeting.").alignment = WRAP
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws.row_dimensions[3].height = 30
    xl_row(ws, 5, ["Ref", "Development area", "Action", "Lead", "Start", "Target date", "RAG",
                   "Progress update (September 2025)"], bold=True, fill=XL_FILL["head"], font_color="FFFFFF")

    D = dt.datetime
    rows = [
        ("P", "Priority 1: Grow our in-house fostering households"),
        ("1.1", "Recruitment", "Deliver a targeted recruitment campaign in Salisbury, Trowbridge and Chippenham "
         "with the regional fostering recruitment and retention hub.", "Fostering Recruitment Team Manager",
         D(2025, 4, 1), D(2026, 3, 1), "G", "31 enquiries in Q1–Q2; 6 assessments under way."),
        ("1.2", "Assessment", "Reduce the average time from enquiry to fostering panel to under six months.",
         "Assessment Team Manager", D(2025, 4, 1), D(2025, 12, 1), "A", "Average currently 7.2 months."),
        ("1.3", "Retention", "Launch a second Mockingbird constellation in the north of the county.",
         "Head of Service, Fostering and Placements", D(2025, 6, 1), "Febuary 2026", "G",
         "Hub home carer identified; satellite families being matched."),
        ("P", "Priority 2: Support and develop our foster carers"),
        ("2.1", "Training", "Refresh the core training offer, including trauma-informed practice and therapeutic parenting.",
         "Learning and Development Lead (Fostering)", D(2025, 4, 1), D(2025, 9, 1), "Complete",
         "New programme launched September 2025."),
        ("2.2", "Support", "Introduce an out-of-hours peer support line run by experienced foster carers.",
         "Supervising Social Work Team Manager; Chair, Wiltshire Foster Care Association", D(2025, 7, 1),
         D(2026, 1, 1), "A", "Rota drafted; volunteer carers being recruited."),
        ("2.3", "Allowances", "Review fees and allowances against the national minimum allowance and neighbouring authorities.",
         "Head of Service, Fostering and Placements / Finance Business Partner", D(2025, 4, 1), D(2025, 10, 1), "R",
         "Benchmarking complete; proposal deferred to the budget round."),
        ("P", "Priority 3: Kinship and connected carers"),
        ("3.1", "Kinship", "Complete connected person assessments within 16 weeks of a Regulation 24 placement.",
         "Kinship Team Manager", D(2025, 4, 1), "Ongoing", "G", "14 of 15 assessments within timescale in Q2."),
        ("3.2", "Kinship", "Publish an updated kinship local offer with family and friends carers.",
         "Kinship Team Manager", D(2025, 5, 1), D(2025, 11, 1), "A", "Draft with carers’ reference group."),
    ]
    rag_fill = {"G": XL_FILL["green"], "A": XL_FILL["amber"], "R": XL_FILL["red"], "Complete": XL_FILL["blue"]}
    r = 6
    for item in rows:
        if item[0] == "P":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = XL_FILL["band"]
                ws.cell(r, c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        else:
            xl_row(ws, r, list(item))
            for c in (5, 6):
                if isinstance(ws.cell(r, c).value, dt.datetime):
                    ws.cell(r, c).number_format = "mmm-yy"
            ws.cell(r, 7).fill = rag_fill[item[6]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key: G = on track; A = some slippage; R = off track; Complete = delivered")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths(ws, {"A": 7, "B": 14, "C": 48, "D": 30, "E": 9, "F": 13, "G": 10, "H": 40})
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s.cell(1, 1, "Development plan summary – September 2025").font = Font(bold=True)
    xl_row(s, 3, ["RAG", "Number of actions"], bold=True)
    for i, (k, n) in enumerate([("Complete", 1), ("G", 3), ("A", 3), ("R", 1), ("Total", 8)], start=4):
        xl_row(s, i, [k, n])
    widths(s, {"A": 14, "B": 20})
    wb.save(out("zps-wiltshire-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"))


# ================================================================= 4. North Somerset SEND
def make_nsomerset():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c.cell(1, 1, "North Somerset SEND and Alternative Provision Local Area Partnership").font = Font(bold=True, size=14)
    c.cell(2, 1, "Priority Action Plan – response to the Area SEND inspection").font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([
            ("Version", "2.1"), ("Date", "14/07/2025"),
            ("Approved by", "SEND and AP Partnership Board"),
            ("Partners", "North Somerset Council; NHS Bristol, North Somerset and South Gloucestershire ICB; "
                         "North Somerset Parent Carers Working Together (NSPCWT)")], start=4):
        xl_row(c, i, [k, v])
        c.cell(i, 1).font = Font(bold=True)
    c.cell(9, 1, "RAG key").font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Completed"), ("green", "On track to milestone"),
                                        ("amber", "Milestone at risk – mitigation agreed"),
                                        ("red", "Milestone missed – escalated to Partnership Board")], start=10):
        c.cell(i, 1).fill = XL_FILL[col]
        c.cell(i, 1).border = BORDER
        c.cell(i, 2, meaning).border = BORDER
    widths(c, {"A": 16, "B": 90})

    ws = wb.create_sheet("Action Plan")
    ncol = 9
    ws.cell(1, 1, "Priority Action Plan – Quarter 1 2025/26 update").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Monitoring: SEND and AP Partnership Board (bi-monthly); DfE and NHS England review meetings (six-monthly)")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    xl_row(ws, 4, ["Priority action / area for improvement", "Ref", "Action", "Partner lead(s)",
                   "Original milestone", "Revised milestone", "Previous RAG", "Current RAG",
                   "Progress commentary"], bold=True, fill=XL_FILL["head"], font_color="FFFFFF")
    D = dt.datetime
    blocks = [
        ("Priority action 1: Leaders across education, health and care should urgently improve the timeliness "
         "and quality of EHC needs assessments and plans, including the contributions of health and social care.", [
            ("1.1", "Recruit to the additional EHC coordinator and educational psychologist posts agreed in the SEND recovery budget.",
             "Head of SEND Services", D(2025, 1, 1), None, "Amber", "green",
             "7 of 8 EHC coordinator posts filled; educational psychologist posts re-advertised."),
            ("1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month.",
             "Head of SEND Services / Designated Clinical Officer (ICB)", D(2025, 3, 1), D(2025, 6, 1), "Amber", "amber",
             "Panel started June 2025; health attendance inconsistent."),
            ("1.3", "Issue health advice within 6 weeks in at least 90% of requests, tracked through the ICB SEND dashboard.\n"
                    "Escalate breaches to provider contract meetings.",
             "Designated Clinical Officer (ICB)", D(2025, 3, 1), None, "Red", "red",
             "71% within 6 weeks in Quarter 1."),
        ]),
        ("Priority action 2: Leaders should improve the identification and support of children and young people "
         "with SEND who are not in full-time education, including those on reduced timetables.", [
            ("2.1", "Set up a single register of children on reduced timetables and children missing education, shared weekly with SEND and social care.",
             "Head of Inclusion; Children Missing Education Lead", D(2025, 2, 1), None, "Green", "blue",
             "Register live since February 2025."),
            ("2.2", "Commission 40 additional alternative provision places for Key Stage 3 pupils from September 2025.",
             "Assistant Director, Education Partnerships", D(2025, 9, 1), None, "Green", "green",
             "Contracts awarded to two providers."),
            ("2.3", "Review every reduced timetable lasting more than 6 weeks at the Inclusion Panel.",
             "Head of Inclusion", "Fortnightly", None, "Green", "green",
             "All 23 timetables over 6 weeks reviewed in June."),
        ]),
        ("Area for improvement: Leaders should strengthen co-production with parents and carers so that their "
         "views shape the local offer.", [
            ("3.1", "Co-produce a refreshed SEND Local Offer website with North Somerset Parent Carers Working Together.",
             "Local Offer Manager; Chair, NSPCWT", D(2025, 10, 1), None, "Green", "green",
             "Design workshops held in May and June."),
            ("3.2", "Run termly ‘You said, we did’ sessions with families in Weston-super-Mare, Clevedon and Nailsea.",
             "Participation and Engagement Officer", "Termly", None, "Amber", "amber",
             "Summer session in Nailsea postponed."),
        ]),
    ]
    r = 5
    for head, acts in blocks:
        first = r
        for (ref, act, lead, orig, rev, prev, cur, prog) in acts:
            xl_row(ws, r, [None, ref, act, lead, orig, rev, prev, None, prog])
            for col in (5, 6):
                if isinstance(ws.cell(r, col).value, dt.datetime):
                    ws.cell(r, col).number_format = "mmm-yy"
            ws.cell(r, 8).fill = XL_FILL[cur]
            r += 1
        ws.cell(first, 1, head)
        ws.cell(first, 1).alignment = WRAP
        ws.cell(first, 1).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "Impact measures are reported separately on the ‘Impact measures’ sheet.")
    widths(ws, {"A": 38, "B": 6, "C": 50, "D": 28, "E": 11, "F": 11, "G": 10, "H": 10, "I": 40})
    ws.freeze_panes = "C5"

    im = wb.create_sheet("Impact measures")
    xl_row(im, 1, ["Measure", "Baseline (Dec 2024)", "Target (Mar 2026)", "Q1 2025/26"], bold=True)
    for i, v in enumerate([("New EHC plans issued within 20 weeks", "38%", "65%", "47%"),
                           ("Health advice returned within 6 weeks", "58%", "90%", "71%"),
                           ("Pupils with EHC plans on reduced timetables over 6 weeks", "61", "20", "23")], start=2):
        xl_row(im, i, list(v))
    widths(im, {"A": 55, "B": 18, "C": 18, "D": 14})
    wb.save(out("zps-north-somerset-send-local-area-partnership-priority-action-plan.xlsx"))


# ================================================================= 5. Sunderland City Plan
SUNDERLAND = [
    ("Dynamic", "Dynamic Smart City", [
        ("More and better jobs, with more residents in work", "D1",
         "Secure occupiers for the next phase of the International Advanced Manufacturing Park (IAMP) and report the jobs created.",
         "Executive Director of City Development", dt.datetime(2026, 3, 1), "On track", "On track",
         "Two occupier agreements in legal stage."),
        (None, "D2", "Start on site with the first homes in the Vaux residential neighbourhood at Riverside Sunderland.",
         "Director of Housing; Director of Development and Regeneration", dt.datetime(2025, 12, 1), "On track",
         "Minor slippage", "Reserved matters approval later than planned; start now expected January."),
        ("Children and young people have the best start in life", "D3",
         "Extend the Family Hubs offer to all five localities.",
         "Chief Executive, Together for Children; Director of Public Health", "Q3 2025/26", "On track", "Complete",
         "Fifth hub opened in Coalfield in September."),
        (None, "D4", "Increase the number of care-experienced young people in apprenticeships with the council and partners.",
         "Assistant Director of People Management", dt.datetime(2026, 3, 31), "On track", "On track",
         "12 care-experienced apprentices in post."),
    ]),
    ("Healthy", "Healthy Smart City", [
        ("People live healthier, longer lives", "H1",
         "Deliver year 2 of the Healthy Weight action plan, including the school holiday activities and food programme.",
         "Director of Public Health", dt.datetime(2026, 3, 1), "On track", "On track",
         "Summer programme reached 6,900 children."),
        (None, "H2", "Reopen Washington Leisure Centre pool and gym following refurbishment.",
         "Assistant Director of Culture, Sport and Events", "Sept 2025", "Minor slippage", "Significant slippage",
         "Plant room works found further defects; reopening date under review."),
        ("Adults have choice and control over their care and support", "H3",
         "Implement the new home care framework across the five localities.",
         "Executive Director of Health, Housing and Communities", dt.datetime(2025, 11, 1), "On track", "On track",
         "Framework providers mobilised in three localities."),
        (None, "H4", "Reduce delayed hospital discharges through the integrated discharge hub with South Tyneside and Sunderland NHS Foundation Trust.",
         "Director of Adult Services / Director of Integrated Commissioning", "Ongoing", "On track", "On track",
         "Average delay down from 4.1 to 2.9 days."),
    ]),
    ("Vibrant", "Vibrant Smart City", [
        ("A city recognised for its culture and events", "V1",
         "Deliver the 2025 events programme, including the Seaburn summer festival and Sunderland Illuminate.",
         "Assistant Director of Culture, Sport and Events", dt.datetime(2025, 11, 1), "On track", "Complete",
         "Illuminate closed 2 November with record footfall."),
        ("People feel safe and have pride in their communities", "V2",
         "Roll out the neighbourhood environmental enforcement pilot to Hendon, Millfield and Southwick.",
         "Head of Neighbourhoods; Chief Inspector, Northumbria Police (Sunderland)", dt.datetime(2025, 12, 1),
         "On track", "Minor slippage", "Southwick phase moved to December to align with police shift changes."),
        (None, "V3", "Bring 60 long-term empty homes back into use through the Empty Homes Programme.",
         "Strategic Housing Manager", dt.datetime(2026, 3, 31), "On track", "On track",
         "34 homes back in use at end of September."),
    ]),
]
SUN_FILL = {"Complete": "blue", "On track": "green", "Minor slippage": "amber", "Significant slippage": "red"}


def make_sunderland():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s.cell(1, 1, "Sunderland City Council").font = Font(bold=True, size=12)
    s.cell(2, 1, "City Plan 2024-2035: Council Delivery Plan 2025/26 – Quarter 2 Progress Report").font = Font(bold=True, size=14)
    s.cell(3, 1, "Status is reported by the lead officer and validated by the Corporate Performance Team.")
    xl_row(s, 5, ["Status", "Colour", "Dynamic", "Healthy", "Vibrant", "Total"], bold=True, fill=XL_FILL["grey"])
    counts = {k: [0, 0, 0] for k in SUN_FILL}
    for i, (_, _, acts) in enumerate(SUNDERLAND):
        for a in acts:
            counts[a[6]][i] += 1
    r = 6
    for k, col in SUN_FILL.items():
        xl_row(s, r, [k, col.capitalize()] + counts[k] + [sum(counts[k])])
        s.cell(r, 2).fill = XL_FILL[col]
        r += 1
    tot = [sum(counts[k][i] for k in counts) for i in range(3)]
    xl_row(s, r, ["Total", None] + tot + [sum(tot)], bold=True)
    widths(s, {"A": 22, "B": 10, "C": 10, "D": 10, "E": 10, "F": 10})

    for sheet, banner, acts in SUNDERLAND:
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, "City Plan 2024-2035: Council Delivery Plan 2025/26").font = Font(bold=True, size=12)
        ws.cell(2, 1, banner).font = Font(bold=True, size=12, color="FFFFFF")
        for col in range(1, 9):
            ws.cell(2, col).fill = XL_FILL["head"]
        xl_row(ws, 3, ["City Plan commitment", "Ref", "Key activity 2025/26", "Lead officer", "Due",
                       "Q1 status", "Q2 status", "Q2 commentary"], bold=True, fill=XL_FILL["grey"])
        r = 4
        for (commit, ref, act, lead, due, q1, q2, comm) in acts:
            xl_row(ws, r, [commit, ref, act, lead, due, q1, q2, comm])
            if isinstance(due, dt.datetime):
                ws.cell(r, 5).number_format = "dd/mm/yyyy" if due.day != 1 else "mmm-yy"
            ws.cell(r, 6).fill = XL_FILL[SUN_FILL[q1]]
            ws.cell(r, 7).fill = XL_FILL[SUN_FILL[q2]]
            r += 1
        widths(ws, {"A": 30, "B": 6, "C": 52, "D": 34, "E": 12, "F": 14, "G": 18, "H": 42})
        ws.freeze_panes = "C4"
    wb.save(out("zps-sunderland-city-council-city-plan-delivery-tracker-2025-26.xlsx"))


# ================================================================= 6. Newham MV csv
NEWHAM = [
    ("Permanence planning for children in care is not consistently timely, and some children wait too long for their plans to be secured.", [
        ("MV1.1", "Track every child in care without a permanence plan at the second review through the monthly Permanence Tracking Panel.",
         "Head of Service, Children Looked After", "31/01/2022", "", "Complete",
         "Panel running monthly since November 2021; 43 children tracked."),
        ("MV1.2", "Audit 30 children's records for permanence planning and report the learning to the Practice Improvement Board.",
         "Principal Social Worker", "31/03/2022", "", "G", "Fieldwork complete; report drafted."),
        ("MV1.3", "Agree a protocol with Cafcass and the local family court for children in pre-proceedings for more than 16 weeks.",
         "Head of Legal Services (Children) / Head of Service, Court and Permanence", "28/02/2022", "30/04/2022", "A",
         "Draft protocol with the Designated Family Judge."),
    ]),
    ("Independent reviewing officers do not consistently challenge drift in children's plans.", [
        ("MV2.1", "Introduce an IRO escalation log with monthly reporting to the Director of Children's Social Care.",
         "Head of Safeguarding and Quality Assurance", "31/12/2021", "", "Complete", "Log in use; first report December 2021."),
        ("MV2.2", "Deliver practice workshops for all IROs on the dispute resolution process.\nInclude case examples from the September audit.",
         "Head of Safeguarding and Quality Assurance", "31/03/2022", "", "G", "Two of three workshops delivered."),
    ]),
    ("Care leavers' pathway plans are not consistently updated and do not reflect young people's views.", [
        ("MV3.1", "Review all pathway plans more than 6 months old and update them with the young person.",
         "Head of Service, Care Leavers", "31/03/2022", "31/05/2022", "A", "212 of 318 plans updated."),
        ("MV3.2", "Launch the care leavers' Local Offer app co-designed with the Children in Care Council.",
         "Participation Manager; Head of Service, Care Leavers", "June 2022", "", "G", "Beta version tested with 15 young people."),
        ("MV3.3", "Recruit two additional personal advisers for care leavers aged 21-25.",
         "Head of Service, Care Leavers", "30/04/2022", "", "R", "No appointable candidates; post re-advertised."),
    ]),
]


def make_newham():
    path = out("zps-newham-council-ofsted-monitoring-visit-action-plan.csv")
    blank = [""] * 8
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["London Borough of Newham - Children and Young People's Services"] + blank[1:])
        w.writerow(["Ofsted Monitoring Visit Action Plan - progress tracker"] + blank[1:])
        w.writerow(["Exported 14/02/2022 09:12"] + blank[1:])
        w.writerow(blank)
        w.writerow(["MV Finding", "Action Ref", "Action", "Action Owner", "Due Date", "Revised Due Date", "RAG", "Latest Update"])
        for finding, acts in NEWHAM:
            for a in acts:
                w.writerow([finding] + list(a))
        w.writerow(blank)
        w.writerow(["RAG key: G = on track; A = at risk; R = off track; Complete = completed and evidenced"] + blank[1:])
        w.writerow(["Totals: Complete 2; G 3; A 2; R 1 (8 actions)"] + blank[1:])


# ================================================================= 7. Huntingdonshire txt
def make_hunts():
    T = "\t"
    lines = [
        "Huntingdonshire District Council",
        "Corporate Plan 2023-2028 – Key Actions Progress Report 2024/25",
        "Quarter 3 (1 October to 31 December 2024)",
        "",
        "Status key: G = on track; A = within acceptable variance; R = significantly behind; C = completed; NS = not started",
        "",
        T.join(["Ref", "Key action", "Lead officer", "Target date", "Status", "Progress this quarter"]),
        "PRIORITY 1: IMPROVING QUALITY OF LIFE FOR LOCAL PEOPLE",
        "Outcome: Improving the happiness and wellbeing of residents",
        T.join(["KA1", "Deliver year 2 of the One Leisure health and wellbeing programme, including exercise referral at all five sites.",
                "Head of Leisure and Health", "Mar 2025", "G", "Referrals up 14% on Q3 2023/24."]),
        T.join(["KA2", "Complete the review of the Community Chest grant scheme and relaunch it for 2025/26.",
                "Community Team Manager", "31/01/2025", "A", "Review report moved to February Cabinet."]),
        "Outcome: Keeping people out of crisis",
        T.join(["KA3", "Extend the Resident Advice and Information Team outreach to St Neots and Ramsey libraries.",
                "Head of Customer Services", "Dec 2024", "C", "Weekly outreach sessions running since November."]),
        T.join(["KA4", "Procure a new delivery partner for the homelessness prevention fund.",
                "Housing Needs and Resources Manager", "Q4 2024/25", "NS", "Procurement to start in January 2025."]),
        "PRIORITY 2: CREATING A BETTER HUNTINGDONSHIRE FOR FUTURE GENERATIONS",
        "Outcome: Improved housing",
        T.join(["KA5", "Adopt a Housing Strategy 2025-2030 following public consultation.",
                "Head of Economy, Regeneration and Housing Delivery / Housing Strategy Manager", "Mar 2025", "G",
                "Consultation closed 6 December; 412 responses."]),
        "Outcome: Forward-thinking economic growth",
        T.join(["KA6", "Deliver the St Neots Future High Streets Fund market square and riverside works.",
                "Head of Economy, Regeneration and Housing Delivery", "Sep 2025", "A",
                "Utility diversions have added six weeks to the programme."]),
        "Outcome: Lower carbon emissions",
        T.join(["KA7", "Install solar PV and battery storage at One Leisure St Ives.",
                "Energy and Carbon Reduction Manager", "June 2025", "G", "Contractor appointed; works start April."]),
        "PRIORITY 3: DOING OUR CORE WORK WELL",
        "Outcome: Delivering good quality, high value for money services with good control and compliance with statutory obligations",
        T.join(["KA8", "Implement Civil Parking Enforcement across the district with Cambridgeshire County Council.",
                "Head of Operations", "By 31 March 2025", "G", "Enforcement officers recruited; go-live on schedule."]),
        T.join(["KA9", "Complete the migration of council telephony to the cloud contact centre platform.",
                "IT Manager (3C ICT)", "Ongoing", "R", "Supplier integration issues; recovery plan requested."]),
        "",
        "Summary: 9 key actions – G 4, A 2, R 1, C 1, NS 1",
        "Report produced by Business Intelligence and Performance, 22 January 2025.",
    ]
    with open(out("zps-huntingdonshire-district-council-corporate-plan-key-actions-tracker-2024-25.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_conwy()
    make_jicpa()
    make_wiltshire()
    make_nsomerset()
    make_sunderland()
    make_newham()
    make_hunts()
    print("built 7 files in", HERE)
