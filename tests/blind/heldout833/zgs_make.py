#!/usr/bin/env python3
"""Build the seven zgs- blind test files (set heldout833).

Run with /work/main/.venv/bin/python zgs_make.py ; files are written beside this script.
Only files whose names start with 'zgs-' are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "white": "FFFFFF",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DEEAF6",
}


def out(name):
    assert name.startswith("zgs-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def header_row(table, labels, fill="1F3864"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True, colour="FFFFFF")
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 1. Mansfield District Council - LGA Corporate Peer Challenge action plan (docx)
# ---------------------------------------------------------------------------

MANSFIELD_TITLE = "Mansfield District Council – LGA Corporate Peer Challenge Action Plan"

MANSFIELD = [
    ("Recommendation 1 – Financial sustainability",
     "Continue to develop and deliver the medium term financial strategy, with a clear and costed savings and income programme to close the budget gap from 2025/26 onwards.",
     [
         ("1.1", "Refresh the Medium Term Financial Strategy (MTFS) to 2028/29 and present it to Cabinet alongside the 2025/26 budget.",
          "Director of Resources (S151 Officer)", "February 2025",
          "MTFS assumptions refreshed in October 2024; draft budget and MTFS considered by Cabinet in December 2024 ahead of final approval in February.",
          "Green"),
         ("1.2", "Establish a budget challenge process with the Executive Mayor, portfolio holders and the Corporate Leadership Team (CLT) to identify and agree savings proposals.",
          "Chief Executive / Director of Resources (S151 Officer)", "31/10/2024",
          "Three challenge sessions held in September and October 2024. Proposals totalling £1.4m taken forward into the 2025/26 budget.",
          "Blue"),
     ]),
    ("Recommendation 2 – Mayor and Cabinet governance",
     "Review the roles of the Executive Mayor, Cabinet, scrutiny and full Council so that all councillors understand how decisions are made and can contribute to them.",
     [
         ("2.1", "Commission a member-led review of the constitution, focusing on delegations and the forward plan, and report its findings to Council.",
          "Head of Governance and Democratic Services", "March 2025",
          "Cross-party working group established. Review of delegations has taken longer than planned; findings now expected at the March 2025 Council meeting.",
          "Amber"),
         ("2.2", "Introduce an annual member development programme, co-designed with group leaders, including training for scrutiny chairs and vice-chairs.",
          "Monitoring Officer", "Ongoing",
          "2024/25 programme agreed by group leaders in June 2024; six sessions delivered to date.",
          "Green"),
     ]),
    ("Recommendation 3 – Organisational capacity",
     "Review capacity across the organisation, prioritising resources against the Corporate Plan and building resilience in key roles.",
     [
         ("3.1", "Complete a workforce planning exercise with each head of service, identifying single points of failure and succession arrangements.",
          "Head of People", "30/09/2024",
          "Completed for all services. Findings reported to CLT on 1 October 2024.",
          "Blue"),
         ("3.2", "Develop and launch a refreshed Workforce Strategy 2025–2028 with an associated delivery plan.",
          "Head of People", "April 2025",
          "Staff survey results (November 2024) are informing the draft strategy.",
          "Green"),
     ]),
    ("Recommendation 4 – Performance management",
     "Strengthen the performance management framework so that the council can demonstrate the outcomes it is achieving for residents.",
     [
         ("4.1", "Introduce a quarterly corporate performance dashboard reporting outcome measures to CLT, Cabinet and the Policy and Performance Improvement Committee.",
          "Head of Policy, Performance and Communications", "Q3 2024/25",
          "Dashboard prototype built. Some outcome measures still to be agreed with service managers, so first full report has moved to Q4.",
          "Amber"),
     ]),
    ("Recommendation 5 – Communications and engagement",
     "Develop a communications and engagement strategy that tells the story of Mansfield's ambitions to residents, partners and staff.",
     [
         ("5.1", "Draft and consult on a new Communications and Engagement Strategy, with a supporting annual campaign plan.",
          "Head of Policy, Performance and Communications", "January 2025",
          "Consultation with staff and partners closed on 29 November 2024. Strategy to be presented to Cabinet in January.",
          "Green"),
     ]),
    ("Recommendation 6 – Devolution and partnerships",
     "Position the council to take full advantage of the East Midlands Combined County Authority, agreeing where Mansfield will lead and where it will support.",
     [
         ("6.1", "Agree a set of Mansfield priorities for engagement with the East Midlands Combined County Authority (EMCCA) and share them with the Place Leadership Board.",
          "Chief Executive", "July 2024",
          "Priorities agreed by Cabinet and shared with the Place Leadership Board in July 2024.",
          "Blue"),
         ("6.2", "Nominate officer leads for each EMCCA thematic board and report attendance and outcomes to CLT quarterly.",
          "Corporate Leadership Team", "Ongoing",
          "Officer leads nominated for all five thematic boards. First quarterly report to CLT in October 2024.",
          "Green"),
     ]),
]


def make_mansfield():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    doc.add_heading(MANSFIELD_TITLE, level=1)
    p = doc.add_paragraph()
    p.add_run("Peer challenge: 3–5 October 2023    Action plan endorsed by Cabinet: 22 April 2024    Progress position: November 2024").italic = True

    doc.add_paragraph(
        "The Local Government Association (LGA) Corporate Peer Challenge took place over three days in October 2023. "
        "The peer team made six recommendations. This action plan sets out how the council is responding to each of them "
        "and is reported to Cabinet and the Policy and Performance Improvement Committee every six months. A progress review "
        "with the peer team took place in July 2024.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Change", "Author"])
    for row in [("1.0", "22/04/2024", "Action plan endorsed by Cabinet", "Corporate Policy Officer"),
                ("1.1", "15/07/2024", "Update for LGA progress review", "Corporate Policy Officer"),
                ("1.2", "18/11/2024", "Six-monthly progress update", "Corporate Policy Officer")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    header_row(key, ["RAG", "Meaning"])
    for word, meaning, col in [("Blue", "Action complete", "blue"),
                               ("Green", "On track to deliver by the target date", "green"),
                               ("Amber", "Some slippage – action in hand to recover", "amber"),
                               ("Red", "Off track – requires intervention", "red")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], FILL[col])
        set_cell(cells[1], meaning)

    doc.add_heading("Action plan", level=2)
    for head, rec, actions in MANSFIELD:
        doc.add_heading(head, level=3)
        rp = doc.add_paragraph()
        rp.add_run(rec).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead officer", "Target date", "Progress update (November 2024)", "RAG"])
        for ref, act, lead, when, upd, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, act, lead, when, upd, rag)):
                set_cell(c, v)
            shade(cells[5], FILL[rag.lower()])
        doc.add_paragraph()

    doc.add_paragraph(
        "Next update: the action plan will be reported to the Policy and Performance Improvement Committee in May 2025, "
        "after which completed actions will be closed and any outstanding actions transferred to the Corporate Plan delivery plan.")
    doc.save(out("zgs-mansfield-district-council-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 2. North Yorkshire Council - DBV in SEND implementation plan (docx), status by shading only
# ---------------------------------------------------------------------------

NY_TITLE = "North Yorkshire Council: Delivering Better Value in SEND Implementation Plan 2024/25"

NY = [
    ("Workstream 1: Ordinarily Available Provision and Inclusion in Mainstream", [
        ("1.1", "Publish the North Yorkshire Ordinarily Available Provision (OAP) guidance for early years, schools and post-16 settings, following consultation with Parent Carer Voice.",
         "Head of SEND Strategic Planning", "Autumn term 2024", "blue"),
        ("1.2", "Deliver OAP training to SENCos in all five localities, with take-up reported to locality boards.",
         "Lead Educational Psychologist; Inclusion Lead (Localities)", "Mar-25", "green"),
        ("1.3", "Launch the Inclusion Quality Mark pilot in 20 mainstream schools.",
         "Assistant Director – Inclusion", "Summer term 2025", "amber"),
    ]),
    ("Workstream 2: Early Identification and Support in the Early Years", [
        ("2.1", "Recruit two Early Years SEND Inclusion Advisers funded from the DBV grant.",
         "Early Years SEND Manager", "30/09/2024", "blue"),
        ("2.2", "Introduce a graduated response toolkit for early years settings and evaluate its impact on requests for EHC needs assessment.",
         "Early Years SEND Manager", "Sept 2024 – March 2025", "green"),
    ]),
    ("Workstream 3: Preparation for Adulthood", [
        ("3.1", "Map post-16 pathways for young people with EHC plans in each locality and identify gaps in supported internship places.",
         "Head of Post-16 SEND", "Jan-25", "red"),
        ("3.2", "Co-produce a Preparation for Adulthood outcomes framework with young people and Parent Carer Voice.",
         "Head of Post-16 SEND / Participation Officer", "July 2025", "white"),
    ]),
    ("Workstream 4: Data, Forecasting and Programme Management", [
        ("4.1", "Build a high needs forecasting model linked to the EHCP case management system and report it to the DBV Programme Board.",
         "SEND Finance Lead", "Monthly", "green"),
        ("4.2", "Complete the DfE grant monitoring returns and the end-of-programme evaluation.",
         "DBV Programme Manager", "31 March 2025", "green"),
    ]),
]


def make_north_yorkshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    t = doc.add_paragraph()
    r = t.add_run(NY_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Highlight position at 31 January 2025 – report to the SEND Strategic Partnership Board")

    doc.add_paragraph(
        "North Yorkshire Council took part in the Department for Education's Delivering Better Value (DBV) in SEND programme "
        "during 2023 and was awarded an implementation grant of £1 million in March 2024. The plan below shows the milestones "
        "for each of the four workstreams funded by the grant. The colour of the Status column shows the position of each milestone.")

    key = doc.add_paragraph()
    key.add_run("Status key: ").bold = True
    key.add_run("Blue – complete; Green – on track; Amber – at risk, mitigation in place; Red – off track; White – not yet started.")

    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    header_row(tbl, ["No.", "Milestone / action", "Owner", "Due", "Status"], fill="2E74B5")
    for ws, rows in NY:
        cells = tbl.add_row().cells
        merged = cells[0].merge(cells[4])
        set_cell(merged, ws, bold=True, size=10)
        shade(merged, FILL["grey"])
        for no, act, owner, due, col in rows:
            c = tbl.add_row().cells
            set_cell(c[0], no)
            set_cell(c[1], act)
            set_cell(c[2], owner)
            set_cell(c[3], due)
            set_cell(c[4], "")
            shade(c[4], FILL[col])

    doc.add_paragraph()
    doc.add_paragraph("Summary: 9 milestones – 2 complete, 4 on track, 1 at risk, 1 off track, 1 not yet started.")
    doc.add_paragraph("Milestone 3.1 is off track because locality data on post-16 destinations was not available until December 2024; "
                      "a recovery plan was agreed at the January Programme Board.")
    doc.save(out("zgs-north-yorkshire-council-dbv-send-implementation-plan.docx"))


# ---------------------------------------------------------------------------
# Excel helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolour):
    return PatternFill("solid", start_color=hexcolour, end_color=hexcolour)


# ---------------------------------------------------------------------------
# 3. Sefton Council - ASC Preparation for Assurance peer challenge action plan (xlsx)
# ---------------------------------------------------------------------------

SEFTON_TITLE = "Sefton Council Adult Social Care – LGA Preparation for Assurance Peer Challenge: Improvement Action Plan"

D = dt.datetime
SEFTON = [
    ("Theme 1: Working with people", [
        ("Reduce waiting times for Care Act assessments and reviews, with clear oversight of risk for people who are waiting.", [
            ("1.1", "Implement a waiting well protocol, including regular contact and risk re-prioritisation for everyone waiting for an assessment.",
             "Service Manager (Adult Social Care Front Door)", D(2023, 3, 31), None, "Green", "Blue",
             "Protocol in place since March 2023 and audited in October 2023."),
            ("1.2", "Deliver a review backlog recovery plan using a dedicated review team for people in long-term residential care.",
             "Head of Adult Social Care Operations", D(2023, 6, 30), D(2024, 3, 31), "Red", "Amber",
             "Backlog reduced from 1,420 to 610 reviews. Agency reviewers extended to March 2024."),
        ]),
        ("Strengthen the support offer to unpaid carers and increase the number of carers' assessments completed.", [
            ("1.3", "Refresh the Sefton Carers Strategy with Sefton Carers Centre and co-produce its delivery plan.",
             "Strategic Commissioning Manager – Carers", D(2023, 9, 30), None, "Amber", "Green",
             "Draft strategy co-produced with carers; Cabinet approval due February 2024."),
            ("1.4", "Introduce a trusted assessor arrangement so that Sefton Carers Centre can complete carers' assessments on the council's behalf.",
             "Strategic Commissioning Manager – Carers / Chief Officer, Sefton Carers Centre", D(2023, 12, 31), D(2024, 4, 30), "Amber", "Amber",
             "Information governance agreement delayed; revised date agreed at the Assurance Board."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Develop a market sustainability plan that addresses gaps in home care capacity and specialist dementia nursing provision.", [
            ("2.1", "Publish the Market Position Statement 2023–2026 and hold provider engagement events in the north and south of the borough.",
             "Head of Commissioning and Contracts", D(2023, 7, 31), None, "Green", "Blue",
             "Published July 2023. Two provider events held (Southport and Bootle)."),
            ("2.2", "Commission additional home care capacity through a zoned framework in Southport and Formby.",
             "Head of Commissioning and Contracts", D(2024, 1, 31), None, "Green", "Green",
             "Tender evaluation complete; contracts start 1 February 2024."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Improve the timeliness of safeguarding adults enquiries and the quality assurance of Section 42 outcomes.", [
            ("3.1", "Introduce a monthly multi-agency audit of Section 42 enquiries, reporting findings to the Sefton Safeguarding Adults Partnership Board.",
             "Jones, Karen", D(2023, 5, 31), None, "Amber", "Green",
             "Audits running monthly since June 2023; themes reported to the Board in November."),
            ("3.2", "Review the safeguarding triage process with Merseyside Police and NHS partners to reduce repeat concerns.",
             "Principal Social Worker", D(2023, 10, 31), D(2024, 3, 31), "Red", "Red",
             "Police data-sharing issue unresolved; escalated to the Safeguarding Adults Partnership Board chair."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Use data and insight more consistently to understand performance, demand and the experience of people who draw on care.", [
            ("4.1", "Develop an adult social care performance dashboard in Power BI covering the CQC quality statements, reported to the ASC Assurance Board.",
             "Head of Business Intelligence and Performance", D(2023, 9, 30), None, "Amber", "Green",
             "Dashboard live; people's experience measures to be added in Q4."),
            ("4.2", "Complete the adult social care self-assessment and refresh it every six months.",
             "Assistant Director – Adult Social Care", "Six-monthly", None, "Green", "Green",
             "Self-assessment refreshed December 2023."),
        ]),
    ]),
]


def make_sefton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 80
    cov["A1"] = SEFTON_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    info = [("Peer challenge dates", "7–10 November 2022"),
            ("Plan owner", "Executive Director of Adult Social Care and Health"),
            ("Governance", "Adult Social Care Assurance Board (monthly); Cabinet Member – Adult Social Care"),
            ("Version", "4.2"),
            ("Last updated", "18/01/2024")]
    for i, (k, v) in enumerate(info, start=3):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (word, meaning, col) in enumerate([("Blue", "Complete", "blue"), ("Green", "On track", "green"),
                                               ("Amber", "At risk – mitigation in place", "amber"),
                                               ("Red", "Off track – escalate to Assurance Board", "red")], start=11):
        c = cov.cell(row=i, column=1, value=word)
        c.fill = fill(FILL[col])
        cov.cell(row=i, column=2, value=meaning)

    ws = wb.create_sheet("Action Plan")
    widths = [7, 22, 36, 48, 30, 13, 13, 10, 10, 44]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "ASC Peer Challenge Action Plan – position at January 2024"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "CQC assessment theme", "Peer challenge recommendation", "Action", "Lead officer",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for theme, recs in SEFTON:
        theme_start = r
        for rec, acts in recs:
            rec_start = r
            for ref, act, lead, orig, rev, prev, cur, upd in acts:
                vals = [ref, theme if r == theme_start else None, rec if r == rec_start else None, act, lead,
                        orig, rev, prev, cur, upd]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "DD/MM/YYYY"
                ws.cell(row=r, column=8).fill = fill(FILL[prev.lower()])
                ws.cell(row=r, column=9).fill = fill(FILL[cur.lower()])
                r += 1
            if r - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=3, end_row=r - 1, end_column=3)
        if r - 1 > theme_start:
            ws.merge_cells(start_row=theme_start, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("RAG Summary")
    sm["A1"] = "Summary of current RAG – January 2024"
    sm["A1"].font = Font(bold=True)
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for _, recs in SEFTON:
        for _, acts in recs:
            for a in acts:
                counts[a[6]] += 1
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    row = 4
    for k, v in counts.items():
        sm.cell(row=row, column=1, value=k).fill = fill(FILL[k.lower()])
        sm.cell(row=row, column=2, value=v)
        row += 1
    sm.cell(row=row, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=row, column=2, value=sum(counts.values())).font = Font(bold=True)
    wb.save(out("zgs-sefton-council-asc-preparation-for-assurance-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Doncaster YJS - National Standards self-assessment improvement plan (xlsx), RAG by fill only
# ---------------------------------------------------------------------------

DONCASTER_TITLE = "Doncaster Youth Justice Service – National Standards Self-Assessment Improvement Plan 2024/25"

DONCASTER = [
    ("Standard 1 – Out of court disposals", [
        ("Decisions at the Joint Decision Making Panel are not consistently recorded with the rationale for the outcome chosen.", [
            ("1a", "Introduce a standard JDMP decision template that records the rationale, the child's views and any victim views.",
             "JDMP Chair (South Yorkshire Police)", D(2024, 9, 30), "Template in use from September 2024; dip sample in November showed 90% completion.", "blue"),
            ("1b", "Quarterly audit of out of court disposal decisions by the YJS Management Board's OOCD scrutiny panel.",
             "Operations Manager", "Ongoing", "First scrutiny panel held 14 January 2025.", "green"),
        ]),
    ]),
    ("Standard 2 – At court", [
        ("Management oversight of the quality of pre-sentence reports is not consistently evidenced.", [
            ("2a", "Gatekeeping of all pre-sentence reports by a Team Manager, with the gatekeeping record saved on ChildView.",
             "Team Manager (Court and Remand)", D(2024, 12, 31), "Gatekeeping recorded on 16 of 19 reports in Q3.", "amber"),
        ]),
        ("Court staff do not always have timely access to information from health and education partners about children's needs.", [
            ("2b", "Agree an information-sharing protocol with the Health and Education workers seconded to the YJS for children appearing in court.",
             "Health Practitioner / Education Officer", "Q1 2025/26", "Draft protocol with the Information Governance team.", "green"),
        ]),
    ]),
    ("Standard 3 – In the community", [
        ("Planning does not always involve the child and their parents or carers, and plans are not always reviewed when circumstances change.", [
            ("3a", "Relaunch the child-friendly plan format and train all case managers in its use.",
             "SK/DW", D(2024, 10, 31), "Training delivered to 22 staff in October 2024.", "blue"),
            ("3b", "Add a review trigger to the case management system when a child's risk or circumstances change.",
             "Performance and Information Officer", D(2025, 3, 31), "Change request raised with the system supplier; delivery date not yet confirmed.", "red"),
            ("3c", "Monthly case audits to include a question on how the child and family contributed to the plan.",
             "Operations Manager", D(2025, 1, 31), "Audit tool updated; first results reported in February.", "green"),
        ]),
    ]),
    ("Standard 5 – On transition", [
        ("Transition planning for children moving to the Probation Service starts too late.", [
            ("5a", "Agree a joint transitions protocol with the Probation Service Doncaster PDU, starting planning at 17 years and 3 months.",
             "Head of Youth Justice Service", D(2025, 4, 30), "Protocol drafted and shared with the Head of PDU.", "green"),
            ("5b", "Hold joint case reviews with probation practitioners for every child due to transfer.",
             "Seconded Probation Officer", D(2025, 6, 30), "", "white"),
        ]),
    ]),
]


def make_doncaster():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for col, w in zip("ABCDEFG", [46, 6, 52, 28, 12, 46, 8]):
        ws.column_dimensions[col].width = w
    ws["A1"] = DONCASTER_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Head of Youth Justice Service    Monitored by: Doncaster Youth Justice Partnership Board    Last updated: 04/03/2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Area for improvement (self-assessment finding)", "No.", "Action", "Owner", "By when", "Progress to date", "RAG"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for std, areas in DONCASTER:
        ws.cell(row=r, column=1, value=std).font = Font(bold=True, color="FFFFFF")
        for ci in range(1, 8):
            ws.cell(row=r, column=ci).fill = fill("1F4E78")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for area, acts in areas:
            first = True
            for no, act, owner, when, prog, col in acts:
                vals = [area if first else None, no, act, owner, when, prog or None, None]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=7).fill = fill(FILL[col])
                first = False
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for label, col in [("Blue – completed", "blue"), ("Green – on track", "green"),
                       ("Amber – some delay, within tolerance", "amber"), ("Red – will not be achieved by the date set", "red"),
                       ("No colour – not yet started", "white")]:
        c = ws.cell(row=r, column=1, value=label)
        c.fill = fill(FILL[col])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: this plan is reviewed at each quarterly meeting of the Youth Justice Partnership Board. "
                                   "There were no areas for improvement under Standard 4 (in secure settings).")
    wb.save(out("zgs-doncaster-youth-justice-service-national-standards-self-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Safer Plymouth - Serious Violence Duty delivery plan (xlsx), REFUSE: mistyped year in an End cell
# ---------------------------------------------------------------------------

PLYMOUTH_TITLE = "Safer Plymouth – Serious Violence Duty: Year 1 Delivery Plan 2024/25"

PLYMOUTH = [
    ("Priority 1: Prevention and early intervention", [
        ("1.1", "Deliver the Navigator programme in the Emergency Department at University Hospitals Plymouth for young people attending with assault-related injuries.",
         "University Hospitals Plymouth NHS Trust", "Head of Safeguarding", "Apr-2024", "Mar-2025", "On track",
         "62 referrals to the end of Q3; 48 young people engaged."),
        ("1.2", "Complete the Serious Violence Strategic Needs Assessment refresh using A&E, police and youth justice data.",
         "Plymouth City Council", "Community Safety Partnership Manager", "Apr-2024", "Sep-2024", "Complete",
         "Refresh signed off by the Safer Plymouth Board on 26 September 2024."),
        ("1.3", "Roll out the mentors in violence prevention programme to all secondary schools and the Plymouth Studio School.",
         "Plymouth City Council", "Education Inclusion Lead", "Sep-2024", "Jun-2O25", "On track",
         "14 of 19 schools trained to date."),
    ]),
    ("Priority 2: Tackling violence in the night-time economy", [
        ("2.1", "Extend the Safe Space on Union Street to Thursday, Friday and Saturday nights.",
         "Devon and Cornwall Police", "Inspector, City Centre Neighbourhood Team", "Jul-2024", "Dec-2024", "Complete",
         "Safe Space open three nights a week since 1 November."),
        ("2.2", "Deliver Ask for Angela and bystander training to licensed premises staff.",
         "Plymouth City Council", "Licensing Manager", "Jun-2024", "Mar-2025", "Behind schedule",
         "Trainer vacancy filled in December; sessions rescheduled for February."),
    ]),
    ("Priority 3: Reducing youth violence and exploitation", [
        ("3.1", "Introduce a weekly multi-agency exploitation hub meeting to share intelligence on children at risk of criminal exploitation.",
         "Plymouth City Council", "Head of Youth Justice and Targeted Support", "Apr-2024", "Mar-2025", "On track",
         "Hub meeting weekly since May 2024."),
        ("3.2", "Provide detached youth work in the five neighbourhoods with the highest levels of youth violence.",
         "Plymouth City Council", "Youth Service Manager", "Apr-2024", "Ongoing", "On track",
         "Sessions running in four of the five neighbourhoods."),
        ("3.3", "Agree a data-sharing agreement between the police, the council and the NHS for serious violence data.",
         "Devon and Cornwall Police", "Superintendent, Plymouth Local Policing Area", "Apr-2024", "Jan-2025", "Behind schedule",
         "Agreement with NHS information governance leads for sign-off."),
    ]),
]

PLYMOUTH_TYPO_ROW = None  # set when the sheet is written


def make_plymouth():
    global PLYMOUTH_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan"
    for col, w in zip("ABCDEFGH", [6, 58, 30, 32, 10, 10, 16, 46]):
        ws.column_dimensions[col].width = w
    ws["A1"] = PLYMOUTH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at: Quarter 3 (December 2024)"
    heads = ["Ref", "Action", "Lead agency", "Lead officer", "Start", "End", "Status", "Q3 update"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = 5
    for pri, acts in PLYMOUTH:
        ws.cell(row=r, column=1, value=pri).font = Font(bold=True)
        for ci in range(1, 9):
            ws.cell(row=r, column=ci).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for vals in acts:
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            if vals[5] == "Jun-2O25":
                PLYMOUTH_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: the delivery plan is monitored by the Serious Violence Duty Steering Group and reported quarterly to the Safer Plymouth Board.")

    p = wb.create_sheet("Duty holders")
    p["A1"] = "Specified authorities and partners"
    p["A1"].font = Font(bold=True)
    for i, (org, role) in enumerate([
            ("Plymouth City Council", "Specified authority; lead for the local partnership arrangement"),
            ("Devon and Cornwall Police", "Specified authority"),
            ("Devon and Somerset Fire and Rescue Service", "Specified authority"),
            ("NHS Devon Integrated Care Board", "Specified authority"),
            ("Probation Service – Plymouth PDU", "Specified authority"),
            ("Plymouth Youth Justice Service", "Specified authority"),
            ("Office of the Police and Crime Commissioner", "Grant holder; local policing body")], start=3):
        p.cell(row=i, column=1, value=org)
        p.cell(row=i, column=2, value=role)
    wb.save(out("zgs-safer-plymouth-serious-violence-duty-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 6. Norfolk County Council - internal audit EQA improvement plan (csv)
# ---------------------------------------------------------------------------

NORFOLK_TITLE = "Norfolk Audit Services – External Quality Assessment 2024: Improvement Plan"

NORFOLK = [
    ("1. Update the Internal Audit Charter and the mandate for Norfolk Audit Services to reflect the Global Internal Audit Standards in the UK Public Sector and the CIPFA Application Note.", [
        ("1.1", "Redraft the Internal Audit Charter and present it to the Audit and Governance Committee for approval.",
         "Chief Internal Auditor", "31/03/2025", "Green", "Draft Charter shared with the Committee Chair in December 2024."),
        ("1.2", "Agree the internal audit mandate with the Executive Director of Finance and Commercial Services and the Chair of the Audit and Governance Committee.",
         "Chief Internal Auditor", "Q4 2024/25", "Green", "Meeting arranged for February 2025."),
    ]),
    ("2. Develop a documented internal audit strategy that supports the council's strategic objectives and sets out how the service will be resourced.", [
        ("2.1", "Prepare an Internal Audit Strategy 2025–2028, including a skills and resourcing assessment, informed by consultation with Executive Directors.",
         "Chief Internal Auditor / Audit Manager (Planning)", "30/06/2025", "Green", "Consultation with Executive Directors under way."),
    ]),
    ("3. Strengthen the quality assurance and improvement programme (QAIP) so that file reviews are recorded consistently.", [
        ("3.1", "Introduce a standard file review checklist in the audit management system for every engagement.\nRecord reviewer sign-off before draft reports are issued.",
         "Audit Manager (Quality)", "31/10/2024", "Complete", "Checklist live in the audit management system from 1 October 2024."),
        ("3.2", "Report QAIP results and key performance indicators to the Audit and Governance Committee twice a year.",
         "Audit Manager (Quality)", "Six-monthly", "Green", "First report to the January 2025 Committee."),
    ]),
    ("4. Improve the follow-up of agreed management actions and the escalation of overdue high-priority actions.", [
        ("4.1", "Implement quarterly follow-up reporting of all high-priority actions, with overdue actions escalated to the Corporate Board.",
         "Principal Auditor", "Dec-24", "Amber", "Quarterly reporting started; escalation route to Corporate Board still to be agreed."),
        ("4.2", "Invite responsible Executive Directors to attend the Audit and Governance Committee where actions are more than six months overdue.",
         "Chief Internal Auditor", "Jan-25", "Complete", "Agreed by the Committee on 23 January 2025."),
    ]),
    ("5. Develop a training and development plan for the team, including data analytics skills.", [
        ("5.1", "Complete a skills matrix for all staff and agree individual development plans.",
         "Audit Manager (Quality)", "28/02/2025", "Green", "Skills matrix completed for 11 of 14 staff."),
    ]),
]


def make_norfolk():
    rows = [
        [NORFOLK_TITLE, "", "", "", "", "", ""],
        ["Norfolk County Council – progress reported to the Audit and Governance Committee, 23 January 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["EQA recommendation", "Ref", "Agreed action", "Responsible officer", "Target date", "Status", "Progress update"],
    ]
    n = 0
    counts = {}
    for rec, acts in NORFOLK:
        for i, (ref, act, who, when, status, upd) in enumerate(acts):
            rows.append([rec if i == 0 else "", ref, act, who, when, status, upd])
            n += 1
            counts[status] = counts.get(status, 0) + 1
    rows.append(["", "", "", "", "", "", ""])
    rows.append([f"Summary: {n} actions – {counts.get('Complete', 0)} Complete, {counts.get('Green', 0)} Green, "
                 f"{counts.get('Amber', 0)} Amber, {counts.get('Red', 0)} Red", "", "", "", "", "", ""])
    rows.append(["Status key: Complete = action implemented and evidenced; Green = on track; Amber = at risk of missing the target date; Red = overdue", "", "", "", "", "", ""])
    with open(out("zgs-norfolk-county-council-internal-audit-eqa-improvement-plan.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Neath Port Talbot Adult Learning in the Community Partnership - Estyn PIAP (tab-separated txt)
# ---------------------------------------------------------------------------

NPT_TITLE = "Neath Port Talbot Adult Learning in the Community Partnership – Post-Inspection Action Plan (PIAP)"

NPT = [
    ("Recommendation 1: Strengthen self-evaluation and improvement planning across the partnership so that leaders have an accurate view of the quality of provision", [
        ("1.1", ["Agree a common self-evaluation calendar and template for all partnership providers."],
         "All providers complete self-evaluation to the same timetable", "Adult Learning Manager (NPTCBC)", "September 2024", "B"),
        ("1.2", ["Hold termly quality review meetings chaired by the Partnership Chair, using learner outcome data to challenge performance."],
         "Minutes show challenge on completion and attainment rates", "Partnership Chair / Adult Learning Manager (NPTCBC)", "Termly", "G"),
    ]),
    ("Recommendation 2: Improve the consistency of teaching and assessment in essential skills classes", [
        ("2.1", ["Introduce a joint programme of learning walks and peer observation across NPTCBC and NPTC Group of Colleges community classes.",
                 "Share good practice through a termly tutor forum."],
         "All essential skills tutors observed at least once a year", "Head of Quality (NPTC Group of Colleges)", "March 2025", "G"),
        ("2.2", ["Provide professional learning for tutors on planning for progression in literacy and numeracy."],
         "Tutors' schemes of work show planned progression", "Essential Skills Co-ordinator", "31/01/2025", "A"),
    ]),
    ("Recommendation 3: Increase the range of Welsh-medium and bilingual learning opportunities", [
        ("3.1", ["Map current Welsh-medium and bilingual provision against learner demand in Pontardawe and the Swansea Valley."],
         "Gap analysis reported to the Partnership Board", "Welsh Language Lead", "December 2024", "A"),
        ("3.2", ["Pilot two bilingual digital skills courses at Pontardawe Library."],
         "At least 16 learners enrolled", "Welsh Language Lead", "End of summer term 2025", "G"),
    ]),
    ("Recommendation 4: Improve the collection and use of information about learners' progression and destinations", [
        ("4.1", ["Introduce a destination survey at 3 and 6 months after course completion, with results reported to the Partnership Board."],
         "Response rate of at least 40%", "Data and MIS Officer", "April 2025", "R"),
        ("4.2", ["Use destination data to plan the 2025/26 curriculum offer."],
         "Curriculum plan references destination data", "Partnership Board", "June 2025", ""),
    ]),
]


def make_npt():
    lines = [
        NPT_TITLE,
        "Partneriaeth Dysgu Oedolion yn y Gymuned Castell-nedd Port Talbot – Cynllun Gweithredu Ôl-arolygiad",
        "Estyn inspection: 4–7 March 2024. Progress position: December 2024 (Education, Skills and Wellbeing Scrutiny Committee, 16 January 2025)",
        "",
        "\t".join(["Ref", "Action", "Success criteria", "Lead", "Timescale", "RAG"]),
    ]
    for rec, acts in NPT:
        lines.append(rec)
        for ref, act_lines, crit, lead, when, rag in acts:
            lines.append("\t".join([ref, act_lines[0], crit, lead, when, rag]))
            for extra in act_lines[1:]:
                lines.append("\t".join(["", extra, "", "", "", ""]))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some risk to delivery; R = off track or unlikely to be met by the timescale; blank = not yet started",
        "Prepared by: Adult Learning Manager, Neath Port Talbot Council",
    ]
    with open(out("zgs-neath-port-talbot-adult-learning-partnership-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


def main():
    make_mansfield()
    make_north_yorkshire()
    make_sefton()
    make_doncaster()
    make_plymouth()
    make_norfolk()
    make_npt()
    print("typo row in Plymouth sheet:", PLYMOUTH_TYPO_ROW)


if __name__ == "__main__":
    main()
