"""Build the seven rd- data files of set heldout474.

Run with /work/main/.venv/bin/python rd_make.py (from any directory).
Writes only files whose names start with rd-.
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

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill(fill_type="solid", start_color="FF" + colour, end_color="FF" + colour)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("rd-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Drax Power Limited - Ofgem remediation tracker (xlsx)
# ---------------------------------------------------------------------------
def make_drax():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Drax Power Limited"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Annual Profiling Data – Ofgem Remediation Tracker"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Ofgem investigation into compliance with annual profiling reporting requirements (Renewables Obligation Order 2015)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "3.0"),
        ("Status", "Issued to Ofgem case team"),
        ("Reporting date", "31 January 2025"),
        ("Document owner", "Head of Regulatory Compliance"),
        ("Approved by", "Drax Power Limited Board, 28 January 2025"),
        ("Next update", "30 April 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
    cov["A13"] = "RAG key (Current RAG column is colour only)"
    cov["A13"].font = Font(bold=True)
    key = [
        (BLUE, "Blue", "Complete – action closed and evidence provided to Ofgem"),
        (GREEN, "Green", "On track to meet target date"),
        (AMBER, "Amber", "At risk – revised date agreed, mitigation in place"),
        (RED, "Red", "Off track – escalated to Executive Committee"),
    ]
    for i, (col, word, meaning) in enumerate(key, start=14):
        cov.cell(row=i, column=1, value=word).fill = fill(col)
        cov.cell(row=i, column=2, value=meaning)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Annual Profiling Data – Ofgem Remediation Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 31 January 2025. Refs follow the commitments agreed with the Ofgem case team at closure of the investigation (August 2024)."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Commitment / action", "Accountable owner", "Original target date",
             "Revised target date", "Previous RAG (Oct 2024)", "Current RAG (Jan 2025)",
             "Progress update", "Evidence ref"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX

    data = [
        ("ws", "Workstream 1 – Re-reporting of CP20 annual profiling data"),
        ("1.1", "Re-validate forestry type and sawlog proportions for all Canadian consignments in CP20 (1 April 2021 – 31 March 2022) against supplier source records.",
         "Head of Biomass Sourcing Compliance", d(2024, 9, 30), d(2024, 11, 15), "A", BLUE,
         "Re-validation completed for all 1,146 consignments; exceptions log agreed with Internal Audit.", "E1.1-03"),
        ("1.2", "Re-submit the CP20 annual profiling submission to Ofgem with a covering statement explaining each restated data item.",
         "Group Head of Regulation", d(2024, 11, 30), None, "G", BLUE,
         "Re-submission made 22/11/2024; receipt acknowledged by Ofgem.", "E1.2-01"),
        ("ws", "Workstream 2 – Data governance and controls"),
        ("2.1", "Update the Biomass Data Reporting Policy and supporting procedures, including a documented data lineage from supplier declaration to Ofgem submission.",
         "Head of Biomass Sourcing Compliance", d(2024, 8, 31), None, "G", BLUE,
         "Policy v2.0 approved by Executive Committee 20/08/2024.", "E2.1-02"),
        ("2.2", "Introduce a maker/checker control and a named data owner for each profiling data field, with a quarterly control self-assessment.",
         "Director of Sustainability / Head of Supply Chain Data", d(2024, 12, 31), d(2025, 3, 31), "G", AMBER,
         "Data owners named for 14 of 17 fields. First control self-assessment moved to Q4 so that it covers the new supplier portal.", None),
        ("2.3", "Implement a supplier data portal so that forestry type and sawlog data are captured at consignment level rather than re-keyed from spreadsheets.\nPhase 1: North American suppliers.\nPhase 2: all other suppliers.",
         "Chief Information Officer", d(2025, 4, 30), d(2025, 6, 30), "A", RED,
         "Supplier onboarding slower than planned: 9 of 21 North American suppliers live. Recovery plan to Executive Committee on 11 February 2025.", None),
        ("ws", "Workstream 3 – Independent audit of CP22 profiling data"),
        ("3.1", "Appoint an independent external auditor, with terms of reference agreed with Ofgem, to audit the CP22 (1 April 2023 – 31 March 2024) profiling data and international supply chain data.",
         "Group Head of Regulation", d(2024, 10, 31), None, "G", BLUE,
         "Auditor appointed 14/10/2024 after Ofgem agreed the terms of reference.", "E3.1-01"),
        ("3.2", "Provide the auditor's final report to Ofgem and publish the findings.",
         "Group Company Secretary", d(2025, 6, 30), None, "G", GREEN,
         "Fieldwork under way in the UK and at the US pellet plants.", None),
        ("3.3", "Agree a management response and action plan for any findings raised by the independent auditor.",
         "Chief Financial Officer", d(2025, 7, 31), None, "New", GREEN,
         "New action added January 2025.", None),
        ("ws", "Workstream 4 – Training and assurance"),
        ("4.1", "Deliver mandatory training on regulatory reporting obligations to all staff who prepare or approve Renewables Obligation submissions.",
         "Head of Regulatory Compliance", d(2024, 12, 31), None, "G", BLUE,
         "Training completed by 58 of 58 staff in scope.", "E4.1-04"),
        ("4.2", "Add annual profiling data reporting to the 2025 internal audit plan, with results reported to the Audit Committee.",
         "Head of Internal Audit", d(2025, 3, 31), None, "G", GREEN,
         "Included in the 2025 internal audit plan approved by the Audit Committee in December 2024.", None),
    ]
    r = 5
    for row in data:
        if row[0] == "ws":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            ref, text, owner, orig, rev, prev, cur, upd, ev = row
            vals = [ref, text, owner, orig, rev, prev, None, upd, ev]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(cur)
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Complete (Blue)", 5), ("On track (Green)", 3), ("At risk (Amber)", 1),
               ("Off track (Red)", 1), ("Total", 10)]
    for i, (k, v) in enumerate(summary, start=r + 1):
        ws.cell(row=i, column=2, value=k)
        ws.cell(row=i, column=3, value=v)
    widths = {"A": 7, "B": 60, "C": 28, "D": 13, "E": 13, "F": 11, "G": 11, "H": 50, "I": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(out("rd-drax-power-ofgem-annual-profiling-investigation-remediation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Royal Voluntary Service - NHS and Care Volunteer Responders lessons learned (xlsx)
# ---------------------------------------------------------------------------
def make_rvs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    lines = [
        ("Royal Voluntary Service", Font(bold=True, size=14)),
        ("NHS and Care Volunteer Responders – Lessons Learned Action Plan", Font(bold=True, size=12)),
        ("Prepared following the programme lessons learned review (independent evaluation, volunteer survey and partner workshops).", None),
        (None, None),
        ("Version: 1.2 – updated 30 September 2024", None),
        ("Owner: Director of Volunteering", None),
        ("Monitored by: Executive Leadership Team (quarterly) and Board of Trustees (six-monthly)", None),
        (None, None),
        ("RAG key", Font(bold=True)),
    ]
    for i, (t, f) in enumerate(lines, start=1):
        if t:
            cov.cell(row=i, column=1, value=t)
            if f:
                cov.cell(row=i, column=1).font = f
    key = [("B", BLUE, "Complete"), ("G", GREEN, "On track"),
           ("A", AMBER, "Behind schedule but recoverable"), ("R", RED, "Off track – decision needed")]
    for i, (k, col, m) in enumerate(key, start=10):
        cov.cell(row=i, column=1, value=k).fill = fill(col)
        cov.cell(row=i, column=2, value=m)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "NHS and Care Volunteer Responders – Lessons Learned Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Status at 30 September 2024"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Lesson / action", "Lead", "Target date", "RAG", "Update (September 2024)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
    dateish = "mmm-yy"
    data = [
        ("theme", "Theme A: Volunteer recruitment and onboarding"),
        ("lesson", "Lesson A1: Identity checks and onboarding could not keep pace with the surge in sign-ups at launch, leaving many volunteers waiting weeks before they could go on duty."),
        ("A1.1", "Agree with the app provider a scalable identity verification route able to clear 10,000 applications a day at peak.",
         "Director of Digital & Data", d(2024, 6, 1), "B", "Load tested at 12,500 a day in May 2024. Closed."),
        ("A1.2", "Publish a standard volunteer journey with target times for each onboarding step, and report performance monthly to the Executive Leadership Team.",
         "Head of Volunteering Operations", d(2024, 9, 1), "G", "Journey published; first monthly report due October."),
        ("lesson", "Lesson A2: Volunteers who were not offered tasks soon after joining disengaged quickly."),
        ("A2.1", "Introduce a welcome call and a first-task offer within 14 days for new volunteers in areas of low demand.",
         "Priya Shah & Tom Ellis", "Q3 2024/25", "A", "Welcome call script agreed; first-task offer depends on the referral pathways in B1.1."),
        ("theme", "Theme B: Referrals and demand"),
        ("lesson", "Lesson B1: Referral routes were national and generic; local health and care teams did not always know what volunteers could offer."),
        ("B1.1", "Co-design referral pathways with at least three integrated care systems, starting with support after hospital discharge.",
         "Head of Health Partnerships", d(2025, 3, 1), "G", "Two ICSs signed up; third in discussion."),
        ("B1.2", "Produce a short guide for referrers explaining task types, eligibility and the limits of what volunteers can do.",
         "Head of Safeguarding", d(2024, 7, 1), "B", "Guide published July 2024."),
        ("lesson", "Lesson B2: Demand data was not shared with local voluntary sector partners, so volunteers and local groups sometimes duplicated effort."),
        ("B2.1", "Share monthly task and volunteer data with local VCSE infrastructure bodies under a data sharing agreement.",
         "Data Protection Officer; Head of Health Partnerships", "Ongoing", "G", "Data sharing agreement signed with 11 bodies."),
        ("theme", "Theme C: Safeguarding and volunteer wellbeing"),
        ("lesson", "Lesson C1: Check in and chat volunteers reported calls that raised concerns but were unsure how to escalate them out of hours."),
        ("C1.1", "Set up a 24/7 safeguarding escalation line staffed by trained duty managers.\nInclude a quarterly audit of the calls escalated.",
         "Head of Safeguarding", d(2024, 12, 1), "R", "Funding for out-of-hours cover not yet agreed; decision needed from ELT in October."),
        ("C1.2", "Refresh safeguarding training for all active volunteers and make completion a condition of remaining on duty.",
         "Head of Learning", d(2024, 11, 1), "A", "New module live; completion at 46%."),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for row in data:
        if row[0] == "theme":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            for k in range(1, 7):
                ws.cell(row=r, column=k).fill = fill("2F5597")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif row[0] == "lesson":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(italic=True, bold=True)
            c.alignment = WRAP
            for k in range(1, 7):
                ws.cell(row=r, column=k).fill = fill("DEEAF6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 30
        else:
            ref, text, lead, due, rag, upd = row
            for k, v in enumerate([ref, text, lead, due, rag, upd], start=1):
                cell = ws.cell(row=r, column=k, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = dateish
            ws.cell(row=r, column=5).fill = fill(rag_fill[rag])
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG as at 30 September 2024. Actions rated B are closed and will be removed at the next update.")
    widths = {"A": 8, "B": 62, "C": 30, "D": 12, "E": 6, "F": 48}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(out("rd-royal-voluntary-service-nhs-care-volunteer-responders-lessons-learned-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Marine Management Organisation - Board action log (xlsx)
# ---------------------------------------------------------------------------
def make_mmo():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = "Marine Management Organisation"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "MMO Board – Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Updated following the Board meeting held on 20 March 2025. Open actions, and actions closed "
                "since the last meeting, are shown; closed actions will be removed at the next update.")
    ws.merge_cells("A3:F3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    heads = ["Action ref", "Action", "Owner", "Due", "Status", "Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
    data = [
        ("mtg", "Board meeting – 21 November 2024"),
        ("NOV24-02", "Circulate the revised marine licensing performance recovery trajectory to Board members, showing the effect of the additional case officer posts.",
         "Director of Marine Licensing", "Jan 2025", "Complete", "Circulated 16/01/2025."),
        ("NOV24-05", "Bring a deep dive on fisheries enforcement capability, including the use of remote electronic monitoring, to a future Board meeting.",
         "Director of Operations", "May 2025", "Green", "Scheduled for the May 2025 Board."),
        ("mtg", "Board meeting – 23 January 2025"),
        ("JAN25-01", "Provide a note on the 2025/26 budget allocation from Defra and the options for closing the remaining funding gap.",
         "Chief Operating Officer", "Mar 2025", "Complete", "Taken at the March Board (paper MMO B 25/14)."),
        ("JAN25-03", "Review the corporate risk register so that the cyber security risk reflects the findings of the GIAA audit.",
         "Head of Risk and Assurance / Chief Digital Information Officer", "Mar 2025", "Red", "Overdue: waiting for the final GIAA report."),
        ("JAN25-04", "Arrange Board member visits to two coastal offices before the summer.",
         "Board Secretary", "Jul 2025", "Amber", "Plymouth visit booked for 12 June; second office to be confirmed."),
        ("mtg", "Board meeting – 20 March 2025"),
        ("MAR25-01", "Add the new indicators agreed at this meeting to the marine plan implementation dashboard and share it with the Chair before publication.",
         "Head of Marine Planning", "Next meeting", "Not started", None),
        ("MAR25-02", "Write to the Defra Director General setting out the Board's concerns about the timetable for the marine licensing fees review.",
         "Chair / Chief Executive", d(2025, 4, 30), "Green", "Draft letter with the Chair."),
        ("MAR25-03", "Present the draft Annual Report and Accounts 2024/25 to the Audit and Risk Assurance Committee before Board sign-off.",
         "Director of Finance", "Jun 2025", "Not started", None),
        ("MAR25-04", "Confirm the arrangements for the 2025 Board effectiveness review, including whether an external facilitator will be used.",
         "Board Secretary", "TBC", "Not started", None),
    ]
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for row in data:
        if row[0] == "mtg":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for k in range(1, 7):
                ws.cell(row=r, column=k).fill = fill("E7E6E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for k, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=k, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if row[4] in status_fill:
                ws.cell(row=r, column=5).fill = fill(status_fill[row[4]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Status key: Complete – closed; Green – on track; Amber – at risk of missing the due date; "
                                    "Red – overdue; Not started – not yet due to start."))
    widths = {"A": 12, "B": 64, "C": 32, "D": 13, "E": 12, "F": 44}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    notes = wb.create_sheet("Notes")
    notes["A1"] = "About this log"
    notes["A1"].font = Font(bold=True)
    notes["A2"] = "This log is published with the Board papers. Actions from the closed (non-public) session of the Board are not shown."
    notes["A3"] = "Queries: Board Secretariat, Marine Management Organisation, Lancaster House, Newcastle upon Tyne."
    wb.save(out("rd-marine-management-organisation-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        shade(cell, colour)


def set_cell_lines(cell, text):
    """Put text in a cell, one paragraph per line."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ---------------------------------------------------------------------------
# 4. West Midlands Combined Authority - Metro programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_wmca():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("West Midlands Combined Authority | Transport for West Midlands")
    r.bold = True
    doc.add_heading("Metro Programme Highlight Report – Period 9, 2024/25", level=0)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    info = [
        ("Programme", "Metro Extensions Programme"),
        ("Reporting period", "1 December 2024 – 31 December 2024"),
        ("Senior Responsible Owner", "Executive Director, Transport for West Midlands"),
        ("Prepared by", "Metro Programme Office"),
        ("Report to", "Transport Delivery Programme Board, 21 January 2025"),
        ("Overall RAG", "Amber"),
    ]
    for k, v in info:
        cells = t.add_row().cells
        bold_cell(cells[0], k, "DEEAF6")
        cells[1].text = v
    shade(t.rows[5].cells[1], AMBER)

    doc.add_heading("1. Status summary", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Measure", "Last period", "This period", "Commentary"]):
        bold_cell(c, h, "DEEAF6")
    summ = [
        ("Time", "A", "A", "WBHE passenger opening forecast held; Eastside track works two weeks behind plan."),
        ("Cost", "A", "A", "Eastside utilities diversion costs above estimate; contingency drawdown requested (section 4)."),
        ("Scope", "G", "G", "No change."),
        ("Risks and issues", "A", "R", "Castlegate Way traffic management not yet agreed; escalated to Dudley MBC."),
    ]
    for row in summ:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("2. Headlines this period", level=1)
    for b in [
        "Overhead line energisation completed between Wednesbury and Dudley Port on 9 December.",
        "Rail-level works on Meriden Street (Eastside) resumed after the utilities diversion was completed.",
        "New real-time information contract awarded for the network enhancements package.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. Key actions for next period", level=1)

    def action_table(rows):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "RAG"]):
            bold_cell(c, h, "DEEAF6")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
            colour = {"G": GREEN, "A": AMBER, "R": RED}[row[4]]
            shade(cells[4], colour)

    doc.add_heading("3.1 Wednesbury to Brierley Hill Extension (WBHE)", level=2)
    action_table([
        ("WB01", "Complete trial running between Wednesbury and Dudley Port and submit the safety case to the Office of Rail and Road.",
         "MMA Project Manager (WBHE)", "w/c 13/01/25", "G"),
        ("WB02", "Agree the revised traffic management plan for Castlegate Way with Dudley MBC.",
         "Metro Programme Director / Dudley MBC Highways", "End of February 2025", "A"),
        ("WB03", "Submit the Phase 2 (Dudley to Brierley Hill) funding business case to the WMCA Investment Board.",
         "Head of Metro Development", "Q4 2024/25", "A"),
        ("WB04", "Confirm the date for the launch of passenger services with West Midlands Metro operations.",
         "Head of Metro Operations", "TBC", "R"),
    ])
    doc.add_heading("3.2 Birmingham Eastside Extension (BEE)", level=2)
    action_table([
        ("EE01", "Complete track slab and overhead line installation on Meriden Street and Digbeth High Street.",
         "MMA Project Manager (Eastside)", "31/03/2025", "A"),
        ("EE02", "Agree the utilities diversion claim with the utility company and settle the final account.",
         "Commercial Manager", "28/02/2025", "G"),
    ])
    doc.add_heading("3.3 Network enhancements", level=2)
    action_table([
        ("NE01", "Install additional stop shelters and real-time information displays at Wolverhampton St George's.",
         "Infrastructure Delivery Manager", "Apr-25", "G"),
        ("NE02", "Complete the review of tram fleet availability following the winter bogie inspections and report the findings to Programme Board.",
         "Head of Metro Operations", "March 2025", "G"),
    ])

    doc.add_heading("4. Decisions required", level=1)
    doc.add_paragraph("Programme Board is asked to note the WBHE opening forecast and to approve the drawdown of "
                      "£2.4m of programme contingency for the Eastside utilities works.")

    doc.add_heading("5. Finance (£m)", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Scheme", "Approved budget", "Forecast outturn", "Variance"]):
        bold_cell(c, h, "DEEAF6")
    for row in [("WBHE", "449.5", "449.5", "0.0"), ("Eastside", "227.0", "229.4", "(2.4)"),
                ("Network enhancements", "18.2", "17.9", "0.3")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("G – on track; A – at risk but recoverable within tolerance; R – outside tolerance, Board intervention needed.")
    doc.save(out("rd-west-midlands-ca-metro-extensions-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 5. Sunfield School - Ofsted residential special school post-inspection plan (docx)
# ---------------------------------------------------------------------------
def make_sunfield():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_heading("Sunfield School: Post-Inspection Action Plan", level=0)
    p = doc.add_paragraph("Ofsted social care inspection of the residential provision (residential special school), "
                          "4 to 6 February 2025. Report published 10 March 2025.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "Head of Care"),
        ("Approved by", "Education and Care Committee of the Board of Trustees, 26 March 2025"),
        ("Version", "1.1 – progress updated for the June 2025 committee"),
        ("Review", "Half-termly by the senior leadership team"),
    ]:
        cells = t.add_row().cells
        bold_cell(cells[0], k, "E2EFD9")
        cells[1].text = v

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in [(GREEN, "Green – action completed"), (AMBER, "Amber – in progress"),
                            (RED, "Red – overdue")]:
        cells = t.add_row().cells
        shade(cells[0], colour)
        cells[1].text = meaning

    colour_of = {"G": GREEN, "A": AMBER, "R": RED}

    def rec_table(num, rec_text, actions):
        t = doc.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 5))
        bold_cell(a, "Recommendation %d" % num, "C5E0B3")
        b = t.cell(1, 0).merge(t.cell(1, 5))
        b.text = rec_text
        for c, h in zip(t.rows[2].cells, ["Ref", "Action", "Lead", "By when", "RAG", "Evidence / impact"]):
            bold_cell(c, h, "E2EFD9")
        for ref, act, lead, when, rag, ev in actions:
            cells = t.add_row().cells
            cells[0].text = ref
            set_cell_lines(cells[1], act)
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = ""
            shade(cells[4], colour_of[rag])
            cells[5].text = ev
        doc.add_paragraph()

    doc.add_heading("The overall experiences and progress of children and young people", level=2)
    rec_table(1, "The registered person should ensure that the independence and life-skills targets in each child's "
                 "residential placement plan are specific and are reviewed at least termly with the child. "
                 "(National minimum standard 12.2)", [
        ("1.1", "Rewrite the life-skills section of the placement plan template with specific, measurable targets and a review record page.",
         "Head of Care", "28/03/2025", "G", "New template in use in all four houses from 17/03/2025."),
        ("1.2", "Key workers to review each child's life-skills targets with the child, using the child's preferred communication method (PECS, Makaton or symbols), and record the child's views.",
         "Residential Team Leaders", "Summer term 2025", "A", "Reviews completed for 19 of 31 children."),
    ])
    doc.add_heading("How well children and young people are helped and protected", level=2)
    rec_table(2, "The registered person should ensure that records of physical intervention are completed within 24 hours, "
                 "include the child's views and are reviewed by a senior manager so that learning is identified. "
                 "(National minimum standard 19.6)", [
        ("2.1", "Introduce a 24-hour completion check for physical intervention records on the electronic recording system, with an automatic alert to the Head of Care.",
         "Head of Care / Systems Manager", "31/03/2025", "G", "Alert live from 24/03/2025; 100% of records completed within 24 hours in April and May."),
        ("2.2", "Deputy Head of Care to review every physical intervention record each week.\nThemes and learning to be logged for the monthly safeguarding meeting.",
         "Deputy Head of Care", "Weekly", "A", "Weekly reviews in place; themes log started in April."),
        ("2.3", "Deliver refresher training on post-incident debriefs, including how to capture the child's view, to all residential staff.",
         "Positive Behaviour Support Lead", "30/04/2025", "R", "Two of three sessions delivered; final session moved to 14 May after staff absence."),
    ])
    rec_table(3, "The registered person should ensure that the designated safeguarding lead has oversight of every "
                 "unauthorised absence, including occasions when a child leaves the site without permission for a "
                 "short time. (National minimum standard 20.2)", [
        ("3.1", "Update the missing child and unauthorised absence procedure so that every episode, however short, is logged and reported to the DSL on the same day.",
         "Designated Safeguarding Lead (DSL)", "14/03/2025", "G", "Procedure reissued 10/03/2025 and read by all staff."),
        ("3.2", "Agree return interview arrangements with Worcestershire Children First and each placing authority.",
         "Designated Safeguarding Lead (DSL)", "30/06/2025", "A", "Agreed with 6 of 9 placing authorities."),
    ])
    doc.add_heading("The effectiveness of leaders and managers", level=2)
    rec_table(4, "The registered person should ensure that the independent person's monitoring visits report on the "
                 "quality of care in each residential house, and that leaders respond in writing to the independent "
                 "person's recommendations. (National minimum standard 20.1)", [
        ("4.1", "Revise the terms of reference for the independent person so that each visit looks in depth at one or more houses and includes conversations with children and parents.",
         "Principal", "30/04/2025", "G", "Revised terms of reference agreed with the independent person on 2 April."),
        ("4.2", "Principal to respond in writing to each independent person's report within 10 working days and present a summary to the Education and Care Committee.",
         "Principal; Chair of Education and Care Committee", "Termly", "A", "First written response sent 22 April."),
    ])
    doc.add_paragraph("This plan is shared with Ofsted, placing authorities and parents on request.")
    doc.save(out("rd-sunfield-school-ofsted-residential-special-school-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Northumberland NPA - strategic risk register (csv, refuse: mistyped month)
# ---------------------------------------------------------------------------
def make_nnpa():
    rows = [
        ["Northumberland National Park Authority"] + [""] * 10,
        ["Strategic Risk Register 2025/26 – Audit and Risk Committee, 18 September 2025"] + [""] * 10,
        [""] * 11,
        ["Risk ref", "Risk", "Risk owner", "Inherent score (LxI)", "Existing controls", "Residual score (LxI)",
         "Further action required", "Action owner", "Target date", "Trend", "RAG"],
        ["SR1", "Real-terms reduction in Defra National Park Grant limits delivery of the Management Plan and corporate priorities",
         "Chief Executive", "20", "Medium Term Financial Plan; reserves policy; quarterly budget monitoring", "12",
         "Prepare balanced budget options for 2026/27 for decision by the Authority", "Director of Corporate Services", "Dec-25", "→", "Amber"],
        ["", "", "", "", "", "",
         "Develop an income generation plan for The Sill and Authority car parks", "Commercial Manager", "Mar-26", "", "Green"],
        ["SR2", "A major wildfire on moorland within the National Park damages priority habitats and threatens public safety",
         "Head of Conservation", "16", "Fire severity monitoring; wildfire protocol with Northumberland Fire and Rescue Service; seasonal ranger patrols", "12",
         "Update the moorland wildfire management plan with landowners and Northumberland Fire and Rescue Service before the spring risk period",
         "Head of Conservation", "31/01/2026", "↑", "Amber"],
        ["SR3", "Failure to recruit and retain staff with specialist skills (planning, ecology, digital) reduces capacity to deliver statutory functions",
         "Director of Corporate Services", "15", "Pay and grading review 2024; hybrid working policy; apprenticeship scheme", "9",
         "Complete the workforce plan 2026-29 and present it to the Authority", "HR Manager", "Nov-25", "→", "Green"],
        ["", "", "", "", "", "",
         "Agree a shared planning ecologist post with Northumberland County Council", "Head of Planning", "Ongoing", "", "Green"],
        ["SR4", "A cyber attack or data breach disrupts services and results in loss of personal data",
         "Director of Corporate Services", "16", "Managed ICT service with Northumberland County Council; Cyber Essentials Plus; staff training", "8",
         "Test the ICT disaster recovery plan with the managed service provider", "ICT Manager", "Febuary 2026", "↓", "Amber"],
        ["SR5", "Visitor pressure at hotspots (Hadrian's Wall, Harthope Valley, Kielder) causes damage, congestion and conflict with local communities",
         "Head of Engagement", "12", "Visitor management plan; seasonal rangers; partnership with Hadrian's Wall Partnership", "9",
         "Install people counters at four hotspot sites and report summer 2026 visitor data", "Head of Engagement", "Oct-26", "→", "Green"],
        ["SR6", "Changes to Environmental Land Management schemes reduce uptake by farmers and the delivery of nature recovery outcomes",
         "Head of Farming and Land Management", "12", "Farming in Protected Landscapes team; land manager advice service", "8",
         "Agree Protected Landscapes Targets and Outcomes Framework delivery plan with Natural England", "Head of Farming and Land Management", "Mar-26", "→", "Amber"],
        [""] * 11,
        ["Scoring: Likelihood x Impact (1-5 each). Trend compared with the June 2025 review. RAG shows progress of further actions."] + [""] * 10,
    ]
    path = out("rd-northumberland-npa-strategic-risk-register-2025-26-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Shaftesbury Town Council - external auditor report action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_shaftesbury():
    lines = [
        "Shaftesbury Town Council",
        "External Auditor's Report and Certificate 2023/24 – Action Plan",
        "External auditor: PKF Littlejohn LLP. Report dated 24 September 2024.",
        "Presented to Finance and General Purposes Committee, 12 November 2024 (Item 9)",
        "",
        "\t".join(["Ref", "Matter raised by the external auditor", "Action", "Lead", "Target date", "Status"]),
        "\t".join(["1a", "The authority did not publish the AGAR and the notice of the period for the exercise of public rights on its website by the required date.",
                   "Adopt a year-end timetable setting out every AGAR publication deadline and add it to the Council's calendar.",
                   "Town Clerk", "Oct-24", "Complete"]),
        "\t".join(["1b", "",
                   "RFO to check the website on each publication deadline and record the check in the year-end file.",
                   "RFO", "June 2025", "Not started"]),
        "\t".join(["2", "The authority answered 'Yes' to Assertion 3 (compliance with laws and regulations) although the internal auditor reported that VAT had not been reclaimed for 2022/23 and 2023/24.",
                   "Submit the outstanding VAT126 claims for 2022/23 and 2023/24 and introduce quarterly claims.",
                   "RFO", "31/01/2025", "On track"]),
        "\t".join(["3a", "The explanation of the variance between 2022/23 and 2023/24 at Box 7 was not adequate and a revised explanation had to be requested.",
                   "Prepare variance explanations using the standard template and have them reviewed by the Chair of F&GP Committee before submission.",
                   "RFO / Chair of F&GP Committee", "May 2025", "Not started"]),
        "\t".join(["3b", "",
                   "Report draft year-end figures, with variance explanations, to F&GP Committee in April each year.",
                   "Town Clerk", "April 2025", "Not started"]),
        "\t".join(["4", "The internal auditor's report (Section 4 of the AGAR) was not fully completed: control objective J was left blank.",
                   "Ask the internal auditor to confirm in writing that every control objective has been tested, and check Section 4 before the Council approves the AGAR.",
                   "Town Clerk", "Ongoing", "On track"]),
        "\t".join(["5", "General reserves exceeded the level set in the Council's own reserves policy without a documented reason.",
                   "Review the reserves policy and set out the purpose of each earmarked reserve in the 2025/26 budget report.",
                   "RFO; Chair of F&GP Committee", "28/02/2025", "On track"]),
        "",
        "Notes: Status as at 5 November 2024. Completed actions will be reported to Full Council and then removed.",
    ]
    path = out("rd-shaftesbury-town-council-external-auditor-report-2023-24-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_drax()
    make_rvs()
    make_mmo()
    make_wmca()
    make_sunfield()
    make_nnpa()
    make_shaftesbury()
    print("built 7 files in", HERE)
