"""Build the seven ke1- blind test files (set heldout325).

Run with: /work/main/.venv/bin/python ke1_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def head_row(ws, row, headers, colour=HEAD):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Wandsworth ILACS improvement plan (xlsx: cover + plan + summary sheets)
# ---------------------------------------------------------------------------
def wandsworth():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wandsworth Council – Children's Services"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "ILACS Improvement Plan 2025–26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    head_row(cov, 5, ["Version", "Date", "Author", "Change"])
    rows = [
        ("0.1", "24/03/2025", "Head of Practice Improvement", "First draft following ILACS feedback"),
        ("1.0", "07/04/2025", "Head of Practice Improvement", "Approved by Children's Improvement Board and sent to Ofsted"),
        ("1.1", "22/05/2025", "Improvement Programme Officer", "May progress update and revised deadlines"),
    ]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cov.cell(row=r, column=c, value=v).border = BOX
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [
        ("Complete", BLUE, "Action complete and impact evidenced"),
        ("Green", GREEN, "On track to deliver by the deadline"),
        ("Amber", AMBER, "Some slippage – recoverable within the quarter"),
        ("Red", RED, "Off track – escalated to the Improvement Board"),
        ("Not started", GREY, "Not yet due to start"),
    ]
    for r, (k, col, txt) in enumerate(key, 11):
        a = cov.cell(row=r, column=1, value=k)
        a.fill = fill(col)
        a.border = BOX
        cov.cell(row=r, column=2, value=txt).border = BOX
    widths(cov, [16, 46, 30, 58])

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Wandsworth Children's Services – ILACS Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Response to the Ofsted inspection of local authority children's services, "
                "20–31 January 2025 (report published 14 March 2025)")
    ws.merge_cells("A3:H3")
    ws["A3"] = "Progress update: May 2025   |   Plan owner: Executive Director of Children's Services"
    headers = ["Ref", "Ofsted area for improvement", "Action", "Lead officer",
               "Original deadline", "Revised deadline", "Progress update (May 2025)", "RAG"]
    head_row(ws, 5, headers)
    areas = [
        ("1. The consistency of management oversight and supervision for children in need "
         "and children subject to child protection plans", 6, 8),
        ("2. The timeliness of initial health assessments for children coming into care", 9, 10),
        ("3. Private fostering arrangements, including the timeliness of statutory visits and checks", 11, 12),
    ]
    actions = [
        ("1.1", "Refresh the supervision policy and practice standards, setting clear expectations for "
                "the frequency and recording of reflective supervision.",
         "Principal Social Worker", dt.datetime(2025, 3, 31), None,
         "Policy relaunched at Practice Week on 10/03/25. Dip sample shows 87% of supervisions in timescale.",
         "Complete", BLUE),
        ("1.2", "Introduce a monthly management oversight audit of CIN and CP plans, with findings "
                "reported to the Practice Improvement Board.",
         "Head of Service – Safeguarding & Quality Assurance", dt.datetime(2025, 4, 30), dt.datetime(2025, 7, 31),
         "First two audit cycles completed. Reporting template agreed; deadline moved to allow a third cycle.",
         "Green", GREEN),
        ("1.3", "Deliver a training programme for team managers on analytical case direction, using the "
                "Signs of Safety framework.",
         "Workforce Development Manager / Principal Social Worker", dt.datetime(2025, 6, 30),
         dt.datetime(2025, 9, 30),
         "Provider commissioned. Cohort 1 starts July; cohort 2 delayed by summer leave.",
         "Amber", AMBER),
        ("2.1", "Agree a revised pathway with the ICB designated nurse so that IHA requests are sent "
                "within 5 working days of a child coming into care.",
         "Head of Service – Children Looked After; Designated Nurse for Children Looked After",
         dt.datetime(2025, 3, 31), None,
         "Pathway signed off by SWL ICB. Request timeliness 92% in April.",
         "Green", GREEN),
        ("2.2", "Track IHA timeliness weekly in the Children in Care performance clinic and escalate any "
                "delay over 20 working days to the Assistant Director.",
         "Performance & Insight Manager", "Ongoing", None,
         "Weekly report live. Completion within 20 working days remains at 61% because of paediatrician capacity.",
         "Amber", AMBER),
        ("3.1", "Raise awareness of private fostering with schools, health and faith groups through a "
                "targeted communications campaign.",
         "Private Fostering Lead", dt.datetime(2025, 9, 30), None,
         "Campaign planned for the autumn term.",
         "Not started", GREY),
        ("3.2", "Review all current private fostering arrangements to confirm that DBS checks, visits "
                "and assessments are up to date.",
         "Team Manager (Fostering Assessment)", dt.datetime(2025, 5, 31), None,
         "6 of 11 arrangements reviewed. Capacity issue escalated to the Improvement Board.",
         "Red", RED),
    ]
    for i, (ref, act, lead, orig, rev, prog, rag, col) in enumerate(actions):
        r = 6 + i
        vals = [ref, None, act, lead, orig, rev, prog, rag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        ws.cell(row=r, column=8).fill = fill(col)
    for text, r1, r2 in areas:
        ws.cell(row=r1, column=2, value=text).alignment = WRAP
        ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
    ws.merge_cells("A14:H14")
    ws["A14"] = ("Note: RAG ratings agreed at the Children's Improvement Board on 20 May 2025. "
                 "Revised deadlines require Board approval.")
    ws["A14"].font = Font(italic=True)
    widths(ws, [6, 40, 55, 34, 12, 12, 50, 12])
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG status – May 2025"
    sm["A1"].font = Font(bold=True)
    head_row(sm, 3, ["Area for improvement", "Complete", "Green", "Amber", "Red", "Not started", "Total"])
    summ = [
        ("1. Management oversight and supervision", 1, 1, 1, 0, 0, 3),
        ("2. Initial health assessments", 0, 1, 1, 0, 0, 2),
        ("3. Private fostering", 0, 0, 0, 1, 1, 2),
        ("Total", 1, 2, 2, 1, 1, 7),
    ]
    for r, vals in enumerate(summ, 4):
        for c, v in enumerate(vals, 1):
            sm.cell(row=r, column=c, value=v).border = BOX
    sm["A7"].font = Font(bold=True)
    widths(sm, [42, 11, 9, 9, 9, 12, 9])
    wb.save(os.path.join(HERE, "ke1-wandsworth-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. East Riding SCP JTAI action plan (xlsx: section rows, fill-only RAG)
# ---------------------------------------------------------------------------
def east_riding():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "East Riding Safeguarding Children Partnership"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Joint Targeted Area Inspection (JTAI) – Multi-agency response to identification "
                "of initial need and risk: Action Plan")
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Inspection fieldwork: 7–11 October 2024    Letter published: 19 November 2024    "
                "Plan agreed by Executive Partners: 10 December 2024")
    ws.merge_cells("A4:H4")
    ws["A4"] = "Progress position as at: 31 May 2025"
    ws["A4"].font = Font(italic=True)
    head_row(ws, 6, ["No.", "Action", "Agency", "Lead", "Target date", "Previous RAG",
                     "Current RAG", "Evidence of impact / update"])

    def section(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP

    def action(r, vals, prev, cur):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for col, colour in ((6, prev), (7, cur)):
            cell = ws.cell(row=r, column=col)
            cell.border = BOX
            if colour:
                cell.fill = fill(colour)

    section(7, "Area for improvement 1: The consistency of health practitioners’ contributions to "
               "strategy discussions")
    action(8, ["1a", "Issue a seven-minute briefing to all health practitioners on their role in strategy "
                     "discussions and the expectation of attendance or a written contribution.",
               "HNY ICB", "Designated Nurse Safeguarding Children", dt.datetime(2025, 1, 31), None, None,
               "Briefing issued 20/01/2025 and cascaded through named nurses in all three trusts."],
           GREEN, BLUE)
    action(9, ["1b", "Audit a sample of 30 strategy discussions to test health attendance and the quality "
                     "of information shared, and report findings to the Quality Assurance Subgroup.",
               "HNY ICB / ERYC", "Named Nurse Safeguarding Children / ERSCP Quality Assurance Manager",
               "Q1 2025/26", None, None,
               "Audit tool agreed; 18 of 30 discussions reviewed. Health attendance 78% (baseline 52%)."],
           AMBER, GREEN)
    section(10, "Area for improvement 2: The timeliness of police notifications of domestic abuse "
                "incidents to the MASH")
    action(11, ["2a", "Implement a daily joint police and MASH screening meeting for all domestic abuse "
                      "notifications received in the previous 24 hours.",
                "Humberside Police", "DCI Public Protection", "End of March 2025", None, None,
                "Daily meeting in place since 3 February 2025."],
           GREEN, BLUE)
    action(12, ["2b", "Reduce the backlog of unprocessed domestic abuse notifications (PPN1s) to zero and "
                      "sustain performance through weekly data monitoring.",
                "Humberside Police", "DI Safeguarding Hub", dt.datetime(2025, 4, 30), None, None,
                "Backlog reduced from 412 to 96. Additional staff from the Public Protection Unit requested."],
           RED, RED)
    section(13, "Area for improvement 3: Partners’ understanding and application of the threshold "
                "guidance for early help")
    action(14, ["3a", "Relaunch the ERSCP Threshold of Need guidance with multi-agency briefing sessions "
                      "for schools, health and police.",
                "ERSCP", "ERSCP Business Manager", "June 2025", None, None,
                "Guidance relaunched in April; 9 of 12 briefing sessions delivered."],
           AMBER, GREEN)
    action(15, ["3b", "Add a threshold consultation line within the Early Help and Safeguarding Hub so "
                      "professionals can discuss a concern before referring.",
                "ERYC", "Head of Early Help and Safeguarding Hub", "September 2025", None, None,
                "Staffing model agreed; recruitment to two consultation social worker posts under way."],
           None, AMBER)
    action(16, ["3c", "Repeat the multi-agency threshold audit to measure whether the proportion of "
                      "contacts that meet threshold has improved.",
                "ERSCP", "Independent Scrutineer", "Q3 2025/26", None, None,
                "Not yet due."],
           None, None)

    ws["A18"] = "Summary"
    ws["A18"].font = Font(bold=True)
    summ = [("Total actions", 7), ("Blue – complete", 2), ("Green – on track", 2),
            ("Amber – some risk to delivery", 1), ("Red – off track", 1), ("Not yet rated", 1)]
    for r, (k, v) in enumerate(summ, 19):
        ws.cell(row=r, column=1, value=k).border = BOX
        ws.cell(row=r, column=2, value=v).border = BOX

    ws["D18"] = "RAG key"
    ws["D18"].font = Font(bold=True)
    key = [(BLUE, "Complete – action delivered and impact evidenced"),
           (GREEN, "On track"),
           (AMBER, "Some risk to delivery – mitigation in place"),
           (RED, "Off track – escalate to Executive Partners")]
    for r, (colour, txt) in enumerate(key, 19):
        ws.cell(row=r, column=4).fill = fill(colour)
        ws.cell(row=r, column=4).border = BOX
        ws.cell(row=r, column=5, value=txt)
    widths(ws, [22, 60, 18, 34, 14, 10, 10, 50])
    wb.save(os.path.join(HERE, "ke1-east-riding-safeguarding-children-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Redbridge focused visit action plan with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def redbridge():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "London Borough of Redbridge – Children's Services"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted Focused Visit (children in care, 4 and 5 February 2025): Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Owner: Director of Children's Services   |   Monitored by: Children's Improvement Board   "
                "|   Last updated: 01/05/2025")
    head_row(ws, 5, ["Area for improvement", "No.", "What we will do", "Lead", "By when",
                     "How we will know", "Status"], colour="006F51")
    rows = [
        ("The quality and timeliness of permanence planning for children in care, including "
         "the use of early permanence", "1.1",
         "Introduce a permanence tracking panel, chaired by the Head of Service, to review every child "
         "without a permanence plan by their second review.",
         "Head of Service – Children in Care", "April 2025",
         "All children have a permanence plan by their second review", "Complete"),
        (None, "1.2",
         "Train all children in care social workers in later life letters and permanence reports.",
         "Principal Social Worker", "June 2025",
         "Audit grades for permanence planning improve to at least 70% good", "On track"),
        ("Consistency of the response when children in care go missing, including the quality "
         "of return home interviews", "2.1",
         "Bring the return home interview service in-house so that interviews are offered within 72 hours.",
         "Head of Service – Adolescents and Exploitation", "May 2025",
         "90% of RHIs offered within 72 hours", "On track"),
        (None, "2.2",
         "Use learning from return home interviews in missing and exploitation panel discussions and "
         "safety plans.",
         "Exploitation Lead / Team Manager – Missing", "Ocotber 2025",
         "Dip sample shows RHI information in safety plans", "On track"),
        ("Sufficiency of local homes for children in care, particularly older children", "3.1",
         "Recruit 15 additional foster carer households for teenagers through the Mockingbird "
         "constellation model.",
         "Fostering Service Manager", "March 2026",
         "Net gain of 15 fostering households", "At risk"),
        (None, "3.2",
         "Open a four-bed local children's home in partnership with a registered provider.",
         "Head of Commissioning", "December 2025",
         "Home registered with Ofsted and first children placed", "On track"),
    ]
    for i, vals in enumerate(rows):
        r = 6 + i
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
    ws["A13"] = "Status key: Complete / On track / At risk / Off track"
    ws["A13"].font = Font(italic=True)
    widths(ws, [42, 6, 58, 32, 14, 40, 12])
    ws2 = wb.create_sheet("Performance")
    ws2["A1"] = "Key measures (monthly)"
    head_row(ws2, 2, ["Measure", "Jan-25", "Feb-25", "Mar-25", "Apr-25"])
    meas = [("Children with permanence plan at 2nd review (%)", 64, 68, 75, 81),
            ("RHIs offered within 72 hours (%)", 58, 61, 72, 85)]
    for r, vals in enumerate(meas, 3):
        for c, v in enumerate(vals, 1):
            ws2.cell(row=r, column=c, value=v)
    widths(ws2, [50, 10, 10, 10, 10])
    wb.save(os.path.join(HERE, "ke1-redbridge-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        q.add_run(extra).bold = bold


def table(doc, headers, rows, head_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, head_fill)
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for vals in rows:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
    return t


RAG_HEX = {"Blue": BLUE, "Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


# ---------------------------------------------------------------------------
# 4. Cumberland local area SEND inspection action plan (docx, table per AFI)
# ---------------------------------------------------------------------------
def cumberland():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Cumberland Local Area SEND and Alternative Provision Partnership").bold = True
    doc.add_heading("SEND and Alternative Provision Inspection Action Plan 2025–2027", level=1)
    doc.add_paragraph("Area SEND inspection: July 2025. Inspection report published: 9 September 2025. "
                      "Plan version 1.1, October 2025.")
    doc.add_heading("Document control", level=2)
    table(doc, ["Version", "Date", "Summary of changes", "Approved by"], [
        ["1.0", "15/10/2025", "First published version", "SEND and AP Partnership Board"],
        ["1.1", "29/10/2025", "Timescales added following parent carer forum feedback", "Director of Children's Services"],
    ])
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "This plan sets out how the partnership will respond to the two areas for improvement in the "
        "Ofsted and CQC report. It was written with SEND Alliance Cumbria (SENDAC), the statutory parent "
        "carer forum, and the Cumberland SEND Information, Advice and Support Service (SENDIASS). Our wider "
        "strategic priorities are set out in the SEND and Alternative Provision Strategy 2024–2028.")
    doc.add_heading("Key to RAG status", level=2)
    kt = table(doc, ["RAG", "Meaning"], [
        ["Blue", "Complete"],
        ["Green", "On track"],
        ["Amber", "Some delay – mitigation in place"],
        ["Red", "Significant delay or risk – escalated to the Partnership Board"],
        ["Not yet started", "Action not yet due to begin"],
    ])
    for row in kt.rows[1:]:
        h = RAG_HEX.get(row.cells[0].text)
        if h:
            shade(row.cells[0], h)

    def afi(title, text, rows):
        doc.add_heading(title, level=2)
        q = doc.add_paragraph()
        q.add_run(text).italic = True
        t = table(doc, ["Ref", "Action", "Lead(s)", "Timescale", "How we will measure success", "RAG"], rows)
        for row in t.rows[1:]:
            h = RAG_HEX.get(row.cells[5].text)
            if h:
                shade(row.cells[5], h)

    afi("Area for improvement 1",
        "Leaders across the partnership should ensure that health and social care advice for EHC needs "
        "assessments is timely and of consistently good quality, so that EHC plans accurately describe "
        "children’s and young people’s needs and the support they should receive.",
        [
            ["1.1", "Agree and publish a partnership quality standard for health and social care advice, "
                    "co-produced with SENDAC.",
             "Designated Clinical Officer; Head of SEND", "November 2025",
             "Standard published on the Local Offer; used in all advice requests", "Green"],
            ["1.2", "Introduce a weekly tracker of advice requests so that overdue health and social care "
                    "advice is escalated at 4 weeks.",
             "SEND Casework Manager", "December 2025",
             "90% of advice returned within 6 weeks", "Amber"],
            ["1.3", "Deliver training on writing outcomes-focused advice to social workers, therapists and "
                    "community paediatricians.\nSessions to be recorded and added to the SEND training hub.",
             "Principal Social Worker and Designated Clinical Officer", "Autumn term 2025",
             "Attendance records; audit of advice quality", "Green"],
            ["1.4", "Carry out a multi-agency audit of 40 EHC plans issued since September 2025, focusing on "
                    "the quality of the health and care sections.",
             "SEND Quality Assurance Lead", "Summer term 2026",
             "At least 75% of sections graded good or better", "Not yet started"],
        ])
    afi("Area for improvement 2",
        "Leaders should strengthen their oversight of children and young people who attend alternative "
        "provision or have reduced timetables, so that they receive a suitable full-time education.",
        [
            ["2.1", "Set up a single register of all children and young people in alternative provision or on "
                    "reduced timetables, shared with schools each half term.",
             "Head of Alternative Provision and Inclusion", "October 2025",
             "Register live and reviewed half-termly", "Blue"],
            ["2.2", "Complete quality assurance visits to all unregistered alternative provision used by "
                    "Cumberland schools.",
             "Education Welfare Manager / AP Quality Assurance Officer", "31 March 2026",
             "100% of settings visited; visit reports shared with commissioning schools", "Amber"],
            ["2.3", "Review every reduced timetable lasting more than six weeks at the fortnightly Inclusion "
                    "Panel.",
             "Chair of Inclusion Panel", "Ongoing (fortnightly)",
             "Number of reduced timetables over six weeks falls each term", "Green"],
        ])
    doc.add_paragraph("Governance: progress against this plan is reported to the SEND and AP Partnership Board "
                      "every six weeks and to the Children and Young People’s Scrutiny Panel twice a year.")
    doc.save(os.path.join(HERE, "ke1-cumberland-local-area-send-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Swindon children's home Ofsted action plan (docx, merged requirement cells)
# ---------------------------------------------------------------------------
def swindon():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.add_run("Swindon Borough Council").bold = True
    doc.add_paragraph("Children’s Social Care – Residential and Short Breaks Services")
    doc.add_heading("Post-Inspection Action Plan: Limes Cottage Short Breaks Home", level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Unique reference number", "SC047123"),
        ("Inspection type", "Full inspection (SCCIF children’s homes)"),
        ("Inspection dates", "11 and 12 March 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Registered manager", "Registered Manager, Limes Cottage"),
        ("Responsible individual", "Head of Service – Children in Care and Residential"),
        ("Date of plan", "2 April 2025 (updated 30 June 2025)"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    headers = ["{}", "Action to be taken", "Responsible person", "Target date", "RAG"]

    def plan_table(first_header, groups):
        hdr = [first_header] + headers[1:]
        rows = []
        spans = []
        for req, acts in groups:
            start = len(rows) + 1
            for j, a in enumerate(acts):
                rows.append([req if j == 0 else ""] + list(a))
            spans.append((start, start + len(acts) - 1, req))
        t = table(doc, hdr, rows, head_fill="5B2C6F")
        for start, end, req in spans:
            if end > start:
                merged = t.cell(start, 0).merge(t.cell(end, 0))
                set_cell(merged, req)
        for row in t.rows[1:]:
            h = RAG_HEX.get(row.cells[4].text)
            if h:
                shade(row.cells[4], h)
        return t

    doc.add_heading("Requirements", level=2)
    doc.add_paragraph("The registered person must comply with the following requirements of the Children’s "
                      "Homes (England) Regulations 2015.")
    plan_table("Requirement", [
        ("The registered person must ensure that staff assess whether each child’s safety is at risk and take "
         "effective action to reduce the risk of harm, including keeping risk assessments up to date. "
         "(Regulation 12 (1)(2)(a)(i)(ii))",
         [("All children’s risk assessments to be reviewed by the registered manager and updated after every "
           "short break where new information is shared by parents or school.",
           "Registered Manager", "30/04/2025", "Complete"),
          ("Monthly audit of a sample of risk assessments by the Service Manager, with findings discussed at "
           "team meetings.",
           "Service Manager – Residential", "Monthly", "Green")]),
        ("The registered person must ensure that all staff receive practice-related supervision by a person "
         "with appropriate experience. (Regulation 33 (4)(b))",
         [("Supervision schedule for 2025–26 to be set, with supervision every 4–6 weeks for all staff "
           "including relief workers.\nCompliance to be reported in the Regulation 45 review.",
           "Registered Manager / Deputy Manager", "31/05/2025", "Green")]),
        ("The registered person must ensure that medicines are stored, administered and recorded safely. "
         "(Regulation 23 (2)(a))",
         [("Refresher medication training for all staff, with competency observed by the deputy manager before "
           "staff administer medication alone.",
           "Deputy Manager", "June 2025", "Amber")]),
    ])
    doc.add_heading("Recommendations", level=2)
    plan_table("Recommendation", [
        ("The registered person should ensure that children’s views about their short breaks are sought in "
         "ways that suit their communication needs. (‘Guide to the Children’s Homes Regulations, including "
         "the quality standards’, page 15, paragraph 3.7)",
         [("Introduce visual feedback tools and Talking Mats for children who are non-verbal, supported by the "
           "speech and language therapist.",
           "Kim Bailey and Tom Reid", "End of July 2025", "Not started")]),
        ("The registered person should ensure that recommendations made by the independent person in "
         "monthly Regulation 44 reports are acted on promptly and that actions are recorded.",
         [("Regulation 44 recommendations to be added to the home’s development plan and reviewed at each "
           "monthly team meeting.",
           "Registered Manager", "30/04/2025", "Complete")]),
    ])
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of "
                      "missing the target date; Red = overdue; Not started = not yet begun.")
    doc.add_paragraph("Signed: Registered Manager          Date: 30/06/2025")
    doc.save(os.path.join(HERE, "ke1-swindon-borough-council-childrens-home-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Plymouth YJS HMIP improvement plan (csv export, fill-down recommendations)
# ---------------------------------------------------------------------------
def plymouth():
    W = 8
    rows = [
        ["Plymouth Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan"],
        ["Inspection fieldwork: October 2024 | Report published: January 2025 | Overall rating: Requires improvement"],
        ["Plan owner: Plymouth Youth Justice Management Board | Last reviewed: 17/06/2025"],
        [],
        ["Rec No", "HMIP Recommendation", "Action No", "Action", "Action Owner", "Due", "RAG", "Progress Update"],
        ["The Youth Justice Management Board should:"],
        ["1", "ensure that board members attend consistently and use performance data to challenge and "
              "support the service", "1.1",
         "Refresh the board terms of reference and induction pack, including expectations of attendance "
         "and deputies.", "Chair of YJ Management Board", "Mar-25", "B", "ToR agreed at February board."],
        ["", "", "1.2",
         "Introduce a quarterly performance dashboard covering education, health and disproportionality data, "
         "with partner agencies presenting their own data.",
         "YJS Head of Service; Performance Lead", "Q1 2025/26", "G",
         "First dashboard presented in April; health data still incomplete."],
        ["2", "make sure that children have timely access to speech, language and communication assessments",
         "2.1", "Agree funding for a 0.6 FTE speech and language therapist post with the ICB.",
         "Head of Service / ICB Commissioner", "Sep-25", "A",
         "Business case submitted, awaiting decision at ICB panel."],
        ["The Youth Justice Service Manager should:"],
        ["3", "improve the quality of assessment and planning for keeping other people safe", "3.1",
         "Deliver risk and safety planning training to all case managers, using case examples from the "
         "inspection.", "JM, KT", "Apr-25", "B", "Two sessions delivered; all case managers attended."],
        ["", "", "3.2",
         "Introduce monthly practice audits of AssetPlus assessments, with feedback to case managers in "
         "supervision.", "YJS Practice Manager", "Ongoing", "G", "Audits running since March, 12 completed."],
        ["4", "ensure that victims are offered and receive a service that meets their needs", "4.1",
         "Review the restorative justice and victim contact process so that every identified victim is "
         "contacted within 10 working days.\nRecord all contact attempts on ChildView.",
         "Victim Liaison Officer", "31/07/2025", "R",
         "Staffing gap since May; interim cover from a neighbouring YJS being explored."],
        ["", "", "4.2",
         "Seek feedback from victims at the end of each intervention and report themes to the Management "
         "Board.", "Restorative Justice Lead", "Dec-25", "", ""],
        [],
        ["Key: B = complete, G = on track, A = some slippage, R = off track, blank = not started"],
        ["Total actions: 7"],
    ]
    path = os.path.join(HERE, "ke1-plymouth-youth-justice-service-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ---------------------------------------------------------------------------
# 7. North Somerset corporate parenting board action plan (tab-separated text)
# ---------------------------------------------------------------------------
def north_somerset():
    T = "\t"
    lines = [
        "North Somerset Council",
        "Corporate Parenting Board Action Plan 2025–26",
        "Report to Corporate Parenting Board, 10 June 2025 – Appendix A",
        "",
        T.join(["Ref", "What we will do", "Lead", "By when", "Progress since last Board", "RAG"]),
        "Priority 1 – Hearing the voices of children in care and care leavers",
        T.join(["CP1.1", "Children in Care Council members to co-chair one Corporate Parenting Board meeting "
                         "each quarter.", "Participation Lead", "Quarterly",
                "March meeting co-chaired by two members of the Children in Care Council.", "Green"]),
        T.join(["CP1.2", "Refresh the Pledge with children and young people and publish a young person’s "
                         "version on the Local Offer website.",
                "Participation Lead & Head of Service – Children in Care", "September 2025",
                "Workshops held; design work delayed by a change of provider.", "Amber"]),
        "Priority 2 – Homes: stability and sufficiency",
        T.join(["CP2.1", "Open a second in-house children’s home (two beds) for children with complex needs.",
                "Assistant Director – Children’s Support and Safeguarding", "Mar-26",
                "Property identified; planning application submitted in May.", "Amber"]),
        T.join(["CP2.2", "Recruit 20 new mainstream foster carer households through the South West regional "
                         "fostering recruitment campaign.", "Fostering Recruitment Manager", "31/03/2026",
                "42 enquiries since January; 11 initial visits.", "Green"]),
        T.join(["", "", "", "", "6 households approved to date and 9 in assessment.", ""]),
        "Priority 3 – Education, employment and training",
        T.join(["CP3.1", "Extend the ring-fenced apprenticeship scheme for care leavers to all council "
                         "directorates.", "HR Business Partner; Virtual School Headteacher", "April 2025",
                "Scheme extended; 4 care leavers started apprenticeships in April.", "Complete"]),
        T.join(["CP3.2", "Virtual School to track the attendance of every child in care weekly and convene a "
                         "multi-agency meeting where attendance falls below 90%.",
                "Virtual School Headteacher", "Ongoing",
                "Weekly tracking in place; 14 meetings held this term.", "Green"]),
        "Priority 4 – Health and wellbeing",
        T.join(["CP4.1", "Ensure every child coming into care has an initial health assessment within 20 "
                         "working days.", "Designated Nurse CLA (BNSSG ICB)", "Dec-25",
                "Timeliness 48% in Q4; paediatric capacity escalated to the ICB.", "Red"]),
        T.join(["CP4.2", "Offer all care leavers free gym and leisure centre membership up to age 25.",
                "Leisure Services Manager", "July 2025", "Awaiting agreement with leisure provider.",
                "Not started"]),
        "",
        "RAG key: Complete – action delivered | Green – on track | Amber – at risk of slipping | "
        "Red – off track / requires Board attention | Not started",
    ]
    path = os.path.join(HERE, "ke1-north-somerset-corporate-parenting-board-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    wandsworth()
    east_riding()
    redbridge()
    cumberland()
    swindon()
    plymouth()
    north_somerset()
    print("built 7 files in", HERE)
