"""Generator for the cy2- cases of heldout137 (plans outside children's services).

Run with /work/main/.venv/bin/python cy2_make.py (python-docx, openpyxl).
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
D = dt.datetime

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 1. Essex County Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
def essex():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = "Essex County Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "HMICFRS Effectiveness, Efficiency and People Inspection 2023-25 - Areas for Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress position as at 31 October 2024 - reported to the Strategic Board"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Area for Improvement", "Action", "Action Owner", "Target Date",
           "Revised Date", "Progress Update", "RAG"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BORDER
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    plan = [
        ("Effectiveness", [
            ("AFI 1 - The service should make sure its fire engines are available to respond to "
             "emergencies in line with its community risk management plan.", [
                ("1.1", "Roll out the dynamic deployment model to all on-call stations and report "
                 "appliance availability monthly to the Senior Leadership Team.", "AM Response",
                 D(2024, 9, 30), D(2025, 1, 31),
                 "Live at 38 of 50 on-call stations. Roll-out to the remaining stations delayed by "
                 "the mobilising system upgrade; revised date agreed at Strategic Board.", "Amber"),
                ("1.2", "Review on-call contract options and run a targeted on-call recruitment "
                 "campaign in the north and east of the county.", "Head of Workforce Planning",
                 D(2025, 3, 31), None,
                 "Campaign launched in September; 27 applications received to date.", "Green"),
            ]),
            ("AFI 2 - The service should make sure all staff are appropriately trained in "
             "risk-critical skills.", [
                ("2.1", "Introduce a competency dashboard in the training management system showing "
                 "risk-critical skills by watch and station.", "GM Training",
                 D(2024, 6, 30), None,
                 "Dashboard live from June 2024 and in use by all station managers.", "Complete"),
                ("2.2", "Station managers to review watch competency records each quarter and "
                 "escalate gaps through the performance management framework.", "Station Managers",
                 "Quarterly", None,
                 "Q2 reviews completed; 3 stations escalated to group managers for breathing "
                 "apparatus refresher training.", "Green"),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 3 - The service should make sure it has effective measures in place to assess "
             "workforce productivity.", [
                ("3.1", "Develop productivity measures for prevention and protection activity and "
                 "include them in the quarterly performance report.", "Head of Performance & Data",
                 D(2024, 12, 31), None,
                 "Draft measures agreed with prevention and protection leads; first report due "
                 "for Q3.", "Green"),
            ]),
        ]),
        ("People", [
            ("AFI 4 - The service should make sure staff understand positive action and how it "
             "differs from positive discrimination.", [
                ("4.1", "Deliver positive action briefings to all middle managers and recruitment "
                 "panel members.", "EDI Manager",
                 D(2024, 11, 30), None,
                 "62% of middle managers briefed. Remaining sessions booked but some cancelled "
                 "because of operational demand.", "Amber"),
                ("4.2", "Publish positive action guidance on the intranet and include it in the "
                 "induction programme.", "EDI Manager / Head of HR",
                 D(2024, 8, 31), None,
                 "Guidance published 14 August 2024 and added to induction.", "Complete"),
            ]),
            ("AFI 5 - The service should make sure staff have confidence in its grievance and "
             "disciplinary processes.", [
                ("5.1", "Commission an independent review of the grievance procedure and implement "
                 "its recommendations.", "Director of People Services",
                 D(2025, 6, 30), None,
                 "Procurement of reviewer paused pending budget decision; at risk of missing "
                 "target.", "Red"),
            ]),
        ]),
    ]
    r = 6
    for pillar, afis in plan:
        ws.cell(r, 1, pillar).font = Font(bold=True, size=12)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(GREY)
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            first = r
            for ref, action, owner, tgt, rev, prog, rag in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, owner)
                c5 = ws.cell(r, 5, tgt)
                if isinstance(tgt, dt.datetime):
                    c5.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c6 = ws.cell(r, 6, rev)
                    c6.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prog)
                c8 = ws.cell(r, 8, rag)
                c8.fill = fill(rag_fill[rag])
                for c in range(1, 9):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BORDER
                r += 1
            ws.cell(first, 2, afi).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    keys = [("Red", RED, "Off track - target date will be missed"),
            ("Amber", AMBER, "Some slippage - recovery in hand"),
            ("Green", GREEN, "On track"),
            ("Complete", BLUE, "Action complete - evidence held")]
    for word, col, meaning in keys:
        r += 1
        ws.cell(r, 1, word).fill = fill(col)
        ws.cell(r, 2, meaning)
    for col, w in zip("ABCDEFGH", [7, 40, 45, 22, 12, 12, 45, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cy2-essex-county-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Oadby and Wigston BC - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def oadby():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "Oadby and Wigston Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal Audit - Outstanding Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit Committee - 3 December 2024 (Appendix 2)"
    hdr = ["Audit", "Rec No.", "Recommendation", "Priority", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
           "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Council Tax and NNDR 2023/24 - Reasonable Assurance", [
            ("CT1", "Reconcile the council tax valuation list to the Valuation Office schedule "
             "each month and retain evidence of review.", "Medium",
             "Monthly reconciliation to be introduced and signed off by the Revenues Team Leader.",
             "Revenues & Benefits Manager", D(2024, 3, 31), D(2024, 9, 30), "Complete",
             "Reconciliations in place from April 2024; evidence provided to audit."),
            ("CT2", "Review single person discount awards on a rolling programme using data "
             "matching.", "Medium",
             "Procure a data-matching review of single person discounts.",
             "Revenues & Benefits Manager", D(2024, 6, 30), "31 Janaury 2025", "Amber",
             "Supplier appointed; data extract delayed by system upgrade."),
        ]),
        ("Procurement and Contract Management 2023/24 - Limited Assurance", [
            ("PC1", "Maintain a complete contracts register and publish it in line with the "
             "Transparency Code.", "High",
             "Contracts register to be refreshed and published quarterly.",
             "Head of Finance", D(2024, 4, 30), D(2024, 10, 31), "Amber",
             "Register refreshed; publication awaiting sign-off."),
            ("PC2", "Ensure waivers of Contract Procedure Rules are approved and recorded before "
             "orders are placed.", "High",
             "Waiver form revised and a central log kept by Legal Services.",
             "Head of Law & Democracy", D(2024, 5, 31), None, "Complete",
             "Log in place since May 2024."),
            ("PC3", "Contract managers to hold documented performance meetings for contracts "
             "over GBP 50k.", "Medium",
             "Contract management toolkit and training for contract managers.",
             "Procurement Officer", D(2024, 12, 31), None, "Green",
             "Toolkit drafted; training scheduled for November."),
        ]),
        ("Housing Rents 2023/24 - Reasonable Assurance", [
            ("HR1", "Write-offs of former tenant arrears to be authorised in line with the "
             "Financial Regulations.", "Medium",
             "Write-off schedule to be approved by the Chief Finance Officer before processing.",
             "Housing Income Manager", D(2024, 7, 31), None, "Red",
             "Not yet implemented; staffing vacancy in income team."),
        ]),
    ]
    r = 6
    for title, recs in groups:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = fill(GREY)
        r += 1
        for ref, rec, pri, act, off, orig, rev, status, com in recs:
            audit = title.split(" - ")[0]
            vals = [audit, ref, rec, pri, act, off, orig, rev, status, com]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[status]
            ws.cell(r, 9).fill = fill(col)
            r += 1
    r += 1
    ws.cell(r, 1, "Status: Complete - implemented and verified; Green - on track; "
                  "Amber - revised date agreed; Red - overdue / not started")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", [24, 8, 40, 9, 40, 22, 12, 14, 10, 36]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cy2-oadby-wigston-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Stockport MBC - adult social care CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def stockport():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Stockport Council - Adult Social Care"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Local Authority Assessment: Improvement Plan 2024-2026"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("This plan responds to the areas for improvement in the CQC assessment report and "
                "our own self-assessment. It is monitored monthly by the ASC Improvement Board.")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 30
    hdr = ["No.", "Area for improvement", "Action", "Lead", "Timescale",
           "Progress update (January 2025)", "RAG Oct 24", "RAG Jan 25"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BORDER
        cell.alignment = WRAP
    rc = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    themes = [
        ("Theme 1: Working with people", [
            ("1.1", "People waited too long for Care Act assessments and reviews.",
             "Introduce a waiting well protocol with risk-rated contact for everyone waiting over "
             "28 days.", "Head of Adult Social Care Operations", "Nov-24",
             "Protocol in place; all waiting people RAG-rated and contacted.", "A", "B"),
            ("1.2", "People waited too long for Care Act assessments and reviews.",
             "Clear the backlog of annual reviews through a dedicated review team.",
             "Service Manager (Reviews)", "Sept 2024 - March 2025",
             "Backlog reduced from 1,140 to 610. Agency capacity extended to March.", "A", "G"),
            ("1.3", "Carers' assessments were not consistently offered.",
             "Refresh the carers' assessment offer with Signpost for Carers and monitor uptake.",
             "Principal Social Worker / Carers Lead", "Q1 2025/26",
             "New pathway co-produced with carers; go-live planned for April.", "G", "G"),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("3.1", "Safeguarding enquiries were not always completed in a timely way.",
             "Set timeliness standards for section 42 enquiries and report performance to the "
             "Safeguarding Adults Board.", "Head of Safeguarding and Quality Assurance", "Ongoing",
             "Standards agreed; quarterly reporting to SAB from Q3.", "G", "G"),
            ("3.2", "Transitions for young people moving to adult services were not well planned.",
             "Establish a preparing for adulthood panel from age 14 with children's services.",
             "Service Manager (Transitions)", "31/03/2025",
             "Terms of reference agreed; first panel delayed to February because of vacancies.",
             "G", "A"),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Performance data was not used consistently to drive improvement.",
             "Launch an ASC performance dashboard for team managers and the Improvement Board.",
             "Head of Performance and Intelligence", "Dec-24",
             "Phase 1 dashboard live. Phase 2 (finance data) delayed to March.", "A", "A"),
            ("4.2", "Co-production was not embedded in strategy and commissioning.",
             "Set up a co-production group of people who draw on care and support and carers.",
             "Director of Adult Social Care", "June 2025",
             "Recruitment of members under way; budget for expenses not yet agreed.", "R", "R"),
        ]),
    ]
    r = 6
    for theme, rows in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, afi, act, lead, when, prog, prev, cur in rows:
            vals = [no, afi, act, lead, when, prog, "", ""]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(r, 7).fill = fill(rc[prev])
            if cur:
                ws.cell(r, 8).fill = fill(rc[cur])
            r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for word, col in [("Complete", BLUE), ("On track", GREEN), ("Some risk to delivery", AMBER),
                      ("Off track", RED), ("Not started", "FFFFFF")]:
        r += 1
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 1).border = BORDER
        ws.cell(r, 2, word)
    for col, w in zip("ABCDEFGH", [6, 36, 44, 30, 20, 44, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "cy2-stockport-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Swale BC - LGA corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
def swale():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Swale Borough Council", level=1)
    doc.add_heading("LGA Corporate Peer Challenge 2023 - Action Plan", level=2)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Swale in June "
        "2023. The peer team made seven recommendations. This action plan sets out how the council "
        "will respond and was agreed by the Policy and Resources Committee on 18 October 2023. "
        "Progress will be reported to the committee every six months.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Chief Executive"),
                                ("Version", "1.3"),
                                ("Last updated", "12 March 2024"),
                                ("Next review", "Policy and Resources Committee, April 2024")]):
        bold_cell(dc.rows[i].cells[0], k)
        dc.rows[i].cells[1].text = v
    doc.add_paragraph("")
    recs = [
        ("Recommendation 1: Create a new corporate plan to build a shared understanding of what "
         "the council aims to achieve", [
            ("1a", "Hold member and staff workshops to shape priorities for the new corporate plan.",
             "Chief Executive", "November 2023", "Complete"),
            ("1b", "Consult residents and partners on the draft corporate plan and take the final "
             "plan to Full Council for adoption.", "Head of Policy, Communications and Customer Services",
             "By end of March 2024", "On track"),
        ]),
        ("Recommendation 2: Develop joint values to create a culture of trust and respect", [
            ("2a", "Develop shared values with staff and members through the staff forum and "
             "group leaders.", "Head of HR Shared Services", "April 2024", "On track"),
        ]),
        ("Recommendation 3: Create a savings plan to ensure a balanced budget and a robust "
         "medium term financial plan", [
            ("3a", "Identify savings proposals for 2024/25 and 2025/26 through a budget "
             "challenge process with each service.", "Chief Financial Officer",
             "February 2024", "Complete"),
            ("3b", "Refresh the medium term financial strategy and reserves policy.",
             "Chief Financial Officer", "July 2024", "Not started"),
        ]),
        ("Recommendation 5: Review the committee structure so that it enables effective scrutiny", [
            ("5a", "Commission an independent review of the committee system and its scrutiny "
             "arrangements, reporting to the Constitution Working Group.",
             "Monitoring Officer / Democratic Services Manager", "Jan-24 - Jun-24",
             "Delayed - Amber"),
        ]),
        ("Recommendation 7: Assess the impact of the 34-hour working week", [
            ("7a", "Evaluate the 34-hour week pilot against service performance, recruitment and "
             "staff wellbeing measures.", "Director of Resources", "Ongoing", "On track"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Status"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        bold_cell(m, rec)
        shade(m, "F2F2F2")
        for ref, act, lead, when, status in acts:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = act
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = status
    doc.add_paragraph("")
    doc.add_paragraph("Recommendations 4 (member/officer relations) and 6 (communications and "
                      "engagement strategy) are being taken forward through the Member Development "
                      "Programme and are reported separately.")
    doc.save(os.path.join(HERE, "cy2-swale-bc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Lincolnshire Police - PEEL areas for improvement action plan (docx)
# ---------------------------------------------------------------------------
def lincs_police():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("OFFICIAL")
    run.bold = True
    doc.add_heading("Lincolnshire Police - PEEL 2023-25 Areas for Improvement Action Plan", level=1)
    doc.add_paragraph("Owner: Deputy Chief Constable. Monitored through the Force Performance "
                      "Board. Position at 30 September 2024.")
    areas = [
        ("Responding to the public", [
            ("AFI 1: The force should make sure it answers emergency and non-emergency calls "
             "within national standards.", [
                ("R1.1", "Recruit and train an additional intake of call handlers for the Force "
                 "Control Room.", "Supt Force Control Room", "31/01/2025",
                 "18 of 22 posts filled; training course starts November.", "Amber"),
                ("R1.2", "Introduce call-back technology for 101 callers at peak demand times.",
                 "Ch Insp JW", "Q3 2024/25",
                 "System procured; testing with supplier under way.", "Green"),
            ]),
        ]),
        ("Investigating crime", [
            ("AFI 2: The force should make sure investigations are allocated to officers with "
             "the right skills and are effectively supervised.", [
                ("I2.1", "Review the crime allocation policy and publish supervisory review "
                 "standards.", "DCI RB & DCI SK", "Jun-24",
                 "Policy and standards published June 2024.", "Complete"),
                ("I2.2", "Audit a sample of 100 investigations each quarter for supervisory "
                 "oversight and feed results back to inspectors.", "Head of Crime Standards",
                 "Quarterly", "Q2 audit completed; compliance 74% (target 90%).", "Amber"),
            ]),
            ("AFI 3: The force should make sure victims are updated in line with the Victims' Code.", [
                ("I3.1", "Add Victims' Code compliance prompts to the records management system.",
                 "Head of Digital Policing", "March 2025",
                 "Change request raised with the national supplier; no release date yet.", "Red"),
            ]),
        ]),
        ("Protecting vulnerable people", [
            ("AFI 4: The force should improve the quality of risk assessments for missing people.", [
                ("V4.1", "Deliver refresher training on missing person risk assessment to all "
                 "response sergeants.", "Insp. A. Carter", "31 December 2024",
                 "Training package agreed; 40% of sergeants trained.", "Green"),
            ]),
        ]),
    ]
    rag_col = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    for area, afis in areas:
        doc.add_heading(area, level=2)
        for afi, acts in afis:
            pa = doc.add_paragraph()
            pa.add_run(afi).bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Update", "RAG"]):
                bold_cell(t.rows[0].cells[i], h)
            for ref, act, owner, due, upd, rag in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, act, owner, due, upd, rag]):
                    cells[i].text = v
                shade(cells[5], rag_col[rag])
            doc.add_paragraph("")
    doc.add_paragraph("RAG: Green - on track; Amber - at risk; Red - off track; Blue/Complete - "
                      "action complete and evidenced.")
    doc.save(os.path.join(HERE, "cy2-lincolnshire-police-peel-afi-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Weaver Vale Housing Trust - Housing Ombudsman damp and mould action plan (csv)
# ---------------------------------------------------------------------------
def weaver():
    rows = [
        ["Weaver Vale Housing Trust - Housing Ombudsman Spotlight on Damp and Mould: Action Plan", "", "", "", "", "", ""],
        ["Updated: 15 August 2022", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Ombudsman recommendation", "Our action", "Responsible officer", "Target date", "Status", "Comments"],
        ["1", "Landlords should adopt a zero-tolerance approach to damp and mould.",
         "Publish a damp and mould policy setting out our zero-tolerance approach and response times.",
         "Head of Property Services", "31/03/2022", "Complete",
         "Policy approved by the Board in March 2022 and published on our website."],
        ["4", "Landlords should ensure staff are trained to identify damp and mould and understand its impact on health.",
         "Deliver damp and mould awareness training to all repairs operatives and neighbourhood officers.",
         "Learning & Development Manager", "Sep-22", "On track",
         "86 of 110 staff trained so far."],
        ["9", "Landlords should use data to identify homes at risk of damp and mould.",
         "Add damp and mould risk flags to the asset management system using stock condition data.",
         "Asset Manager; Data & Insight Lead", "December 2022", "Amber",
         "Stock condition survey is 60% complete, which is delaying the risk model."],
        ["12", "Landlords should take a proactive approach to contacting residents about damp and mould.",
         "Write to all tenants with advice on reducing condensation and how to report damp and mould.",
         "Customer Engagement Manager", "31/05/2022", "Complete",
         "Letter and leaflet sent to all 6,100 homes in May."],
        ["17", "Landlords should respond to reports of damp and mould promptly and carry out a follow-up inspection.",
         "Introduce a post-inspection call-back 6 weeks after works are completed.",
         "Repairs Manager", "October 2022", "Not started",
         "Waiting for new repairs system to go live."],
        ["22", "Landlords should review complaints about damp and mould to learn lessons.",
         "Report damp and mould complaints and learning to the Customer Services Committee quarterly.",
         "Complaints & Feedback Manager", "Quarterly", "On track",
         "First report presented in July 2022."],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete / On track / Amber (at risk) / Red (off track) / Not started", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "cy2-weaver-vale-housing-trust-housing-ombudsman-damp-mould-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Rotherham MBC - scrutiny review recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def rotherham():
    lines = [
        "Rotherham Metropolitan Borough Council",
        "Health Select Commission - Scrutiny Review of Home Care Services: Recommendations Tracker",
        "Six-month progress report, March 2025",
        "",
        "\t".join(["Rec No", "Recommendation", "Cabinet Response", "Action", "Lead Officer",
                   "Timescale", "Progress", "Status"]),
        "\t".join(["1", "That Cabinet reviews the hourly rate paid to home care providers to support recruitment and retention of care workers.",
                   "Accepted", "Include a fair cost of care uplift in the 2025/26 budget proposals.",
                   "Assistant Director Strategic Commissioning", "February 2025",
                   "Uplift of 6.2% agreed at Budget Council on 5 March 2025.", "Complete"]),
        "\t".join(["2", "That visit times are monitored to reduce shortened and missed calls.",
                   "Accepted", "Use electronic call monitoring data to report missed and shortened calls to the contract meetings.",
                   "Head of Commissioning and Contracts", "30/06/2025",
                   "Data now received from 9 of 12 providers. Remaining providers changing systems.", "Amber"]),
        "\t".join(["3", "That people receiving home care and their families are involved in reviewing the service.",
                   "Accepted", "Set up a home care experience panel with Healthwatch Rotherham.",
                   "Head of Commissioning and Contracts / Healthwatch Manager", "Sept 2024 - Jan 2025",
                   "Panel has met twice; terms of reference agreed.", "Green"]),
        "\t".join(["4", "That a report on the home care workforce is brought back to the Health Select Commission.",
                   "Partially accepted", "Annual workforce report to the Health Select Commission.",
                   "Service Director Adult Social Care", "Annually",
                   "First report scheduled for the July 2025 meeting.", "On track"]),
        "\t".join(["5", "That Cabinet explores an in-house home care reablement offer for people leaving hospital.",
                   "Accepted", "Options appraisal for expanding the in-house reablement service.",
                   "Head of Reablement Services", "Dec-25",
                   "Not yet started; to begin once the intermediate care review reports.", "Not started"]),
        "",
        "Status: Complete; Green/On track; Amber - some delay; Red - significant delay; Not started",
    ]
    with open(os.path.join(HERE, "cy2-rotherham-mbc-scrutiny-home-care-review-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    essex()
    oadby()
    stockport()
    swale()
    lincs_police()
    weaver()
    rotherham()
