"""Build the seven zwz- blind test files (set heldout641).

Run with /work/main/.venv/bin/python zwz_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zwz-")
    return os.path.join(HERE, name)


FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="005EB8"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Gloucestershire Hospitals NHS FT - Freedom to Speak Up improvement plan
# ---------------------------------------------------------------------------
def ftsu():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Gloucestershire Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = "Freedom to Speak Up Improvement Plan 2024–2026"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Developed from the NHS England / National Guardian's Office Freedom to "
                 "Speak Up reflection and planning tool")
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    rows = [
        ("Version", "3.2"),
        ("Status", "Approved"),
        ("Executive owner", "Chief People and Organisational Development Officer"),
        ("Author", "Lead Freedom to Speak Up Guardian"),
        ("Approved by", "People and OD Committee, 18 June 2024"),
        ("Last updated", "12/05/2025"),
        ("Next review", "People and OD Committee, July 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = BOLD
        cov.cell(i, 1).fill = FILL["grey"]
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A15"] = "RAG key"
    cov["A15"].font = BOLD
    key = [
        ("B", "Complete – evidence of completion provided"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk – target date may be missed; mitigation in place"),
        ("R", "Off track – target date missed or will be missed"),
    ]
    for i, (k, v) in enumerate(key, start=16):
        cov.cell(i, 1, k).fill = FILL[k]
        cov.cell(i, 1).alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Freedom to Speak Up Improvement Plan – action tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress position at: May 2025 (reported to People and OD Committee 22/05/2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Improvement action", "Lead(s)", "Original target date",
             "Revised target date", "RAG Feb 2025", "RAG May 2025",
             "Evidence of completion / progress update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["teal"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    plan = [
        ("Principle 1: Value speaking up", [
            ("1.1", "Refresh the Board's FTSU self-reflection using the 2022 reflection and "
                    "planning tool and agree the top three development priorities at a Board "
                    "development session.",
             "Chief Executive / Lead FTSU Guardian", D(2024, 9, 30), D(2024, 10, 31), "G", "B",
             "Board development session held 10/10/2024; priorities agreed and minuted."),
            ("1.2", "Include a speaking up story (patient safety or worker experience) as a "
                    "standing item at the public Board twice a year.",
             "Director of Corporate Governance", D(2025, 9, 30), None, "G", "G",
             "First story heard at March 2025 Board; second scheduled for September 2025."),
        ]),
        ("Principle 2: Role-model speaking up and set a healthy Freedom to Speak Up culture", [
            ("2.1", "Deliver the NGO 'Listen Up' and 'Follow Up' training modules to all senior "
                    "leaders (Band 8a and above), with compliance reported through the workforce "
                    "dashboard.",
             "Chief People and Organisational Development Officer", D(2024, 12, 31),
             D(2025, 6, 30), "A", "A",
             "Compliance 71% against 90% target. Targeted reminders issued via divisional "
             "triumvirates."),
            ("2.2", "Add a speaking up objective to all executive and non-executive director "
                    "appraisals for 2025/26.",
             "Chair / Chief Executive", D(2025, 4, 30), None, "G", "B",
             "Included in 2025/26 appraisal paperwork; confirmed by the Chair."),
        ]),
        ("Principle 3: Make sure workers know how to speak up and feel safe and encouraged "
         "to do so", [
            ("3.1", "Expand the FTSU Champions network to at least one champion in every division "
                    "and staff network, with a focus on estates and facilities, night staff and "
                    "international recruits.",
             "Lead FTSU Guardian", D(2025, 3, 31), D(2025, 9, 30), "A", "R",
             "Recruitment paused during guardian vacancy; 38 of 55 champions in place."),
            ("3.2", "Produce accessible speaking up materials:\n"
                    "- easy-read guide\n"
                    "- translated posters in the five most common first languages\n"
                    "- QR code on payslips",
             "Communications Manager; FTSU Guardian", D(2025, 1, 31), None, "G", "B",
             "All three products live from January 2025."),
        ]),
        ("Principle 5: Use speaking up as an opportunity to learn and improve", [
            ("5.1", "Triangulate FTSU themes with incident, complaints, grievance and staff survey "
                    "data in a quarterly insight report to the Quality and Performance Committee.",
             "Director of Quality and Chief Nurse / Lead FTSU Guardian", D(2025, 6, 30), None,
             "G", "G", "First report drafted; data-sharing agreed with Patient Safety team."),
        ]),
        ("Principle 6: Support guardians to fulfil their role in a way that meets workers' needs "
         "and National Guardian's Office requirements", [
            ("6.1", "Undertake a ring-fenced time review for guardians using the NGO guidance and "
                    "agree a funded establishment of 2.0 WTE.",
             "Chief People and Organisational Development Officer", D(2024, 12, 31),
             D(2025, 7, 31), "R", "A",
             "Business case supported by Executive Team 28/04/2025; awaiting Finance sign-off."),
        ]),
        ("Principle 8: Continually improve our speaking up culture", [
            ("8.1", "Carry out an annual re-assessment against the reflection and planning tool and "
                    "publish the updated improvement plan on the Trust website.",
             "Lead FTSU Guardian", D(2026, 3, 31), None, None, None,
             "Not due to start until Q4 2025/26."),
        ]),
    ]
    r = 5
    for principle, actions in plan:
        ws.cell(r, 1, principle).font = BOLD
        ws.cell(r, 1).fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead, orig, rev, prev, cur, upd in actions:
            vals = [ref, text, lead, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((6, prev), (7, cur)):
                if v:
                    ws.cell(r, c).fill = FILL[v]
                    ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for col, w in zip("ABCDEFGH", (7, 60, 32, 13, 13, 9, 9, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – May 2025"
    sm["A1"].font = BOLD
    for i, (k, v) in enumerate([("Blue (complete)", 3), ("Green", 2), ("Amber", 2),
                                ("Red", 1), ("Not yet rated", 1), ("Total actions", 9)],
                               start=3):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm["A8"].font = BOLD
    sm["B8"].font = BOLD
    sm.column_dimensions["A"].width = 20
    wb.save(out("zwz-gloucestershire-hospitals-nhsft-freedom-to-speak-up-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Essex County Fire & Rescue Service - Fire Standards implementation tracker (refuse)
# ---------------------------------------------------------------------------
def fire_standards():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Essex County Fire & Rescue Service"
    ws["A1"].font = Font(bold=True, size=13, color="C00000")
    ws["A2"] = "Fire Standards Implementation Tracker"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Position at 30 September 2025  |  Reported to: Service Leadership Team  |  "
                "Assurance owner: Head of Organisational Assurance")
    ws["A3"].font = Font(italic=True)
    ws["B4"] = "Key:"
    ws["B4"].font = BOLD
    ws["C4"] = "Compliant / action complete"
    ws["C4"].fill = FILL["G"]
    ws["D4"] = "Partially compliant – action in progress"
    ws["D4"].fill = FILL["A"]
    ws["E4"] = "Not compliant – action overdue"
    ws["E4"].fill = FILL["R"]
    ws["F4"] = "Not yet assessed"
    heads = ["Fire Standard", "Ref", "Gap identified in self-assessment", "Improvement action",
             "Action owner", "Target date", "Status", "Latest update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["navy"]
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    data = [
        ("Code of Ethics", [
            ("ETH-01", "Core Code of Ethics not referenced in all role profiles.",
             "Update all role profiles and job adverts to reference the Core Code of Ethics.",
             "HR Business Partner", "Dec 2025", "A", "62% of role profiles updated."),
            ("ETH-02", "Ethical dilemmas not covered in leadership development.",
             "Include Code of Ethics scenarios in the supervisory and middle manager development "
             "programmes.",
             "Head of Learning & Development", "Mar 2026", "A", "Scenarios drafted with staff "
             "networks."),
        ]),
        ("Emergency Response Driving", [
            ("ERD-01", "No routine revalidation for blue-light drivers.",
             "Introduce three-yearly revalidation for all emergency response drivers.",
             "Driver Training Manager", "Jun 2025", "G", "Revalidation schedule live."),
            ("ERD-02", "Telematics data not used to monitor driving standards.",
             "Agree a telematics reporting protocol with the Representative Bodies and start "
             "monthly reports to station managers.",
             "Fleet & Equipment Manager", "Jan 2026", "A", "Draft protocol with FBU for comment."),
        ]),
        ("Safeguarding", [
            ("SAF-01", "Level 2 safeguarding training below 80% for crew managers.",
             "Deliver level 2 safeguarding training to all operational crew managers.",
             "Safeguarding Lead", "Nov 2025", "A", "74% complete."),
            ("SAF-02", "No written information-sharing protocol with the adults board.",
             "Agree an information-sharing protocol with the Essex Safeguarding Adults Board.",
             "Safeguarding Lead", "Febuary 2026", None, "First meeting with ESAB business "
             "manager booked."),
        ]),
        ("Data Management", [
            ("DM-01", "Information asset owners not appointed in every directorate.",
             "Appoint and train an information asset owner for every directorate.",
             "Data Protection Officer", "Oct 2025", "G", "All IAOs appointed; training booked."),
            ("DM-02", "Premises risk data not quality assured.",
             "Complete a data quality audit of the premises risk information database and "
             "cleanse duplicate records.",
             "Protection Data Manager", "Jan 2026", None, "Audit scope agreed."),
        ]),
        ("Community Risk Management Planning", [
            ("CRMP-01", "Equality impact assessment for CRMP not published.",
             "Publish the equality impact assessment for the 2024–28 CRMP on the Service website.",
             "Head of Strategy & Planning", "Sep 2025", "G", "Published 19/09/2025."),
        ]),
    ]
    r = 7
    for std, actions in data:
        first = r
        for ref, gap, action, owner, due, fill, upd in actions:
            vals = [std if r == first else None, ref, gap, action, owner, due, None, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if fill:
                ws.cell(r, 7).fill = FILL[fill]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).font = BOLD
    r += 1
    ws.cell(r, 1, "Fire Standards assessed as fully compliant with no open actions: Operational "
                  "Competence; Operational Learning; Prevention; Protection.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (26, 9, 38, 50, 26, 13, 9, 40)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Standards list")
    s2.append(["Fire Standard", "Published by FSB", "Self-assessment completed", "Overall position"])
    for row in [
        ("Code of Ethics", "May 2021", "Mar 2025", "Partially compliant"),
        ("Emergency Response Driving", "Feb 2021", "Mar 2025", "Partially compliant"),
        ("Safeguarding", "Jul 2022", "Apr 2025", "Partially compliant"),
        ("Data Management", "Jan 2023", "Apr 2025", "Partially compliant"),
        ("Community Risk Management Planning", "May 2021", "Feb 2025", "Compliant"),
        ("Operational Competence", "Feb 2021", "Feb 2025", "Compliant"),
        ("Operational Learning", "Feb 2021", "Feb 2025", "Compliant"),
    ]:
        s2.append(list(row))
    for c in range(1, 5):
        s2.cell(1, c).font = BOLD
    s2.column_dimensions["A"].width = 36
    wb.save(out("zwz-essex-county-fire-rescue-service-fire-standards-implementation-tracker"
                "-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Stonewater - Tenant Satisfaction Measures improvement plan 2025/26
# ---------------------------------------------------------------------------
def stonewater():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Stonewater"
    ws["A1"].font = Font(bold=True, size=13, color="7030A0")
    ws["A2"] = "Tenant Satisfaction Measures Improvement Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Responding to our 2024/25 TSM results  |  Owner: Executive Director of Customer "
                "Services  |  Monitored by: Customer Services Committee")
    ws["A3"].font = Font(italic=True)
    heads = ["No.", "Action", "How we will know it has worked", "Lead(s)", "Due",
             "Q2 progress update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE_BOLD
        cell.fill = PatternFill("solid", fgColor="7030A0")
        cell.border = BOX
    plan = [
        ("Theme 1: Keeping properties in good repair", [
            ("TP02 Satisfaction with repairs – 2024/25 result 68.4% (peer median 72.1%); "
             "2025/26 target 72%", [
                ("1.1", "Introduce a text-message survey within 48 hours of every completed repair "
                        "and call back every dissatisfied customer within five working days.",
                 "Improved TP02 in quarterly pulse survey; call-back rate 95%+",
                 "Head of Repairs / Head of Customer Insight", "Q2 2025/26",
                 "Live from 1 July; call-back rate 88% in Q2.", "Green"),
                ("1.2", "Reduce the number of repairs needing a second visit by giving operatives "
                        "van stock for the 50 most-used parts.",
                 "First-time fix rate from 71% to 80%",
                 "Director of Property Services", D(2026, 3, 31),
                 "Van stock pilot in South West region only; supplier contract delayed.", "Amber"),
            ]),
            ("TP03 Satisfaction with time taken to complete most recent repair – 2024/25 result "
             "61.2%; 2025/26 target 66%", [
                ("1.3", "Offer customers a choice of morning, afternoon or school-run appointment "
                        "slots for all routine repairs.",
                 "90% of routine repairs booked to a customer-chosen slot",
                 "Head of Repairs", "Sept 2025", "Appointment slots live in all regions.",
                 "Complete"),
            ]),
        ]),
        ("Theme 2: Respectful and helpful engagement", [
            ("TP06 Satisfaction that we listen to tenant views and act upon them – 2024/25 result "
             "57.9%; 2025/26 target 62%", [
                ("2.1", "Publish a quarterly ‘You said, we did’ page on the customer portal and in "
                        "the customer newsletter.",
                 "Four editions published; page views tracked",
                 "Head of Customer Voice", "Ongoing (quarterly)",
                 "Q1 and Q2 editions published.", "Green"),
                ("2.2", "Recruit 20 additional customer scrutiny panel members, prioritising "
                        "under-35s and customers in supported housing.",
                 "Panel of 40 with profile closer to customer base",
                 "Jo Bridger and Tom Keane", "Q3 2025/26",
                 "9 recruited so far.", "Amber"),
            ]),
            ("TP07 Satisfaction that we keep tenants informed about things that matter to them – "
             "2024/25 result 66.0%; 2025/26 target 70%", [
                ("2.3", "Send every customer an annual ‘your home’ letter setting out planned "
                        "works, compliance checks and who their Neighbourhood Officer is.",
                 "Letters issued to 100% of general needs homes",
                 "Head of Neighbourhoods", "Jan 2026", "Template approved by panel.", "Green"),
            ]),
        ]),
        ("Theme 3: Effective handling of complaints", [
            ("TP09 Satisfaction with our approach to complaints handling – 2024/25 result 31.5%; "
             "2025/26 target 38%", [
                ("3.1", "Move stage 1 complaints into the new case management system so customers "
                        "receive automatic progress updates.",
                 "Stage 1 responses within 10 working days at 95%",
                 "Head of Complaints and Resolution", "Q2 2025/26",
                 "Go-live moved to November following testing issues.", "Red"),
                ("3.2", "Train all customer-facing colleagues in the Housing Ombudsman’s Complaint "
                        "Handling Code and in writing plain-English responses.",
                 "Training completion 100%; quality check score 85%+",
                 "Learning & Development Manager", "31/12/2025",
                 "Training booked for October–December.", "Green"),
                ("3.3", "Hold a monthly learning from complaints panel with tenant members and "
                        "report themes to the Customer Services Committee.",
                 "Themes report to every committee meeting",
                 "Head of Complaints and Resolution", "Oct 2025",
                 "Not yet started – awaiting panel recruitment (see 2.2).", "Not started"),
            ]),
        ]),
        ("Theme 4: Responsible neighbourhood management", [
            ("TP11 Satisfaction that we make a positive contribution to neighbourhoods – "
             "2024/25 result 60.3%; 2025/26 target 63%", [
                ("4.1", "Carry out estate walkabouts with customers on the 30 estates with the "
                        "lowest TP11 scores and agree a local action list for each.",
                 "30 walkabouts completed; local action lists published",
                 "Neighbourhood Managers", "Dec 2025", "14 walkabouts done.", "Green"),
            ]),
        ]),
    ]
    r = 6
    for theme, measures in plan:
        ws.cell(r, 1, theme).font = WHITE_BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="3F3F76")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for measure, actions in measures:
            ws.cell(r, 1, measure).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for vals in actions:
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                r += 1
    r += 1
    ws.cell(r, 1, "Notes: TSM results are from the 2024/25 tenant perception survey (low-cost "
                  "rental, n = 6,812). Peer median is the Housemark 2024/25 figure for large "
                  "providers.")
    ws.cell(r + 1, 1, "RAG: Complete = action delivered; Green = on track; Amber = at risk of "
                      "missing due date; Red = off track; Not started = not yet due to start or "
                      "not begun.")
    for col, w in zip("ABCDEFG", (7, 55, 32, 30, 14, 40, 12)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("TSM results 2024-25")
    s2.append(["Measure", "Description", "2023/24", "2024/25", "Peer median"])
    for row in [
        ("TP01", "Overall satisfaction", "69.8%", "70.5%", "72.6%"),
        ("TP02", "Satisfaction with repairs", "67.1%", "68.4%", "72.1%"),
        ("TP03", "Satisfaction with time taken to complete most recent repair", "59.0%", "61.2%",
         "66.4%"),
        ("TP06", "Listens to tenant views and acts upon them", "56.2%", "57.9%", "61.0%"),
        ("TP07", "Keeps tenants informed", "65.5%", "66.0%", "69.8%"),
        ("TP09", "Approach to complaints handling", "30.8%", "31.5%", "35.9%"),
        ("TP11", "Positive contribution to neighbourhoods", "59.1%", "60.3%", "62.7%"),
    ]:
        s2.append(list(row))
    for c in range(1, 6):
        s2.cell(1, c).font = BOLD
    s2.column_dimensions["B"].width = 55
    wb.save(out("zwz-stonewater-tenant-satisfaction-measures-improvement-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        run = cell.add_paragraph().add_run(extra)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Ashton Grange Care Home - CQC inspection action plan
# ---------------------------------------------------------------------------
def care_home():
    doc = Document()
    doc.add_heading("Ashton Grange Care Home – CQC Inspection Action Plan", level=0)
    doc.add_paragraph("Following the inspection on 4 and 5 March 2025 (report published "
                      "23 April 2025)")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Provider", "Ashton Grange Care Ltd"),
        ("Registered manager", "Helen Marsh"),
        ("Overall rating", "Requires improvement (Safe and Well-led: Requires improvement)"),
        ("Plan owner", "Registered Manager"),
        ("Plan last updated", "30 June 2025"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), "D9D9D9")
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("Status key: Complete – action finished and checked by the Registered "
                      "Manager; On track – in progress and within timescale; Not started – "
                      "not yet begun.")
    sections = [
        ("Safe", [
            ("Breach: Regulation 12 (Safe care and treatment) – Risks associated with people's "
             "medicines, including time-specific medicines and topical creams, were not always "
             "managed safely.", [
                ("S1", "Introduce topical medicine administration records (TMARs) with body maps "
                       "for every person prescribed creams.",
                 "Deputy Manager / Clinical Lead", "31/03/2025", "Complete"),
                ("S2", "Set up electronic alerts for time-specific medicines (including Parkinson's "
                       "medicines) on the eMAR system.",
                 "Registered Manager", "30/04/2025", "Complete"),
                ("S3", "Complete weekly medicines audits and discuss findings at the monthly "
                       "clinical governance meeting.",
                 "Clinical Lead", "Ongoing – weekly", "On track"),
            ]),
            ("Breach: Regulation 18 (Staffing) – Not all staff had completed moving and handling "
             "training and the provider's dementia training.", [
                ("S4", "Book all outstanding staff onto practical moving and handling training.",
                 "Training Coordinator", "End of May 2025", "Complete"),
                ("S5", "Roll out the dementia awareness programme to night staff and bank staff.",
                 "Training Coordinator", "31/08/2025", "On track"),
            ]),
        ]),
        ("Effective", [
            ("Should do: The provider should ensure that mental capacity assessments are "
             "decision-specific and that best interest decisions are recorded.", [
                ("E1", "Review all mental capacity assessments with the GP practice and "
                       "families and record best interest decisions.",
                 "Helen Marsh (RM)", "July 2025", "On track"),
                ("E2", "Deliver Mental Capacity Act refresher training to all senior carers.",
                 "RM & Quality Lead", "30 June 2025", "Complete"),
            ]),
        ]),
        ("Well-led", [
            ("Breach: Regulation 17 (Good governance) – Quality assurance systems had not "
             "identified the shortfalls found at this inspection.", [
                ("W1", "Introduce a weekly manager walk-round covering:\n"
                       "• medicines storage\n"
                       "• call bell response times\n"
                       "• the dining experience",
                 "Registered Manager", "30/04/2025", "Complete"),
                ("W2", "Regional Director to carry out a monthly quality visit and share the "
                       "report with the home.",
                 "Regional Director", "31/07/2025", "On track"),
                ("W3", "Commission an independent mock inspection against the CQC single "
                       "assessment framework.",
                 "Regional Director / Registered Manager", "September 2025", "Not started"),
            ]),
        ]),
    ]
    for heading, groups in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Target date", "Status"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "BDD7EE")
        for breach, actions in groups:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[4])
            set_cell(merged, breach, bold=True)
            shade(merged, "F2F2F2")
            for ref, action, lead, due, status in actions:
                cells = t.add_row().cells
                for c, v in enumerate([ref, action, lead, due, status]):
                    set_cell(cells[c], v)
                fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Not started": "FFFFFF"}
                shade(cells[4], fill[status])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Signed (Registered Manager)", bold=True)
    set_cell(so.cell(0, 1), "Helen Marsh")
    set_cell(so.cell(1, 0), "Date", bold=True)
    set_cell(so.cell(1, 1), "30/06/2025")
    doc.save(out("zwz-ashton-grange-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Hartismere School - post-Ofsted action plan
# ---------------------------------------------------------------------------
def school():
    doc = Document()
    doc.add_heading("Hartismere School: Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Ofsted inspection: 12 and 13 November 2024  |  Report published: "
                      "9 January 2025")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Light Grid Accent 1"
    for i, (k, v) in enumerate([
        ("Plan owner", "Headteacher"),
        ("Monitored by", "Local Governing Body – Standards Committee (termly)"),
        ("Version", "2 (updated April 2025)"),
    ]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage, "
                      "action in hand; Red – not on track.")
    fills = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    priorities = [
        ("Priority 1 – Curriculum in key stage 3",
         "In some subjects in key stage 3, leaders have not identified precisely enough the "
         "knowledge that pupils should learn and when. This means that pupils do not build their "
         "understanding securely over time. Leaders should ensure that the curriculum in these "
         "subjects sets out the important knowledge pupils need, in a logical order.", [
            ("Subject leaders in geography, RE and computing to rewrite KS3 curriculum maps, "
             "identifying the essential knowledge for each unit and the order in which it is "
             "taught.", "Deputy Headteacher (Curriculum)", "Autumn term 2024",
             "Revised maps in place for all three subjects and approved by SLT.", "Blue"),
            ("Quality assure the revised curriculum through subject deep dives with the link "
             "governor.", "Deputy Headteacher (Curriculum) / Link Governor for Curriculum",
             "Spring term 2025", "Deep dive reports to Standards Committee.", "Green"),
            ("Train teachers in retrieval practice so that pupils revisit essential knowledge in "
             "every lesson.", "Assistant Headteacher (Teaching and Learning)",
             "Spring term 2025 – Summer term 2025",
             "Retrieval seen in 90% of learning walks.", "Green"),
        ]),
        ("Priority 2 – Attendance of disadvantaged pupils",
         "The attendance of disadvantaged pupils is lower than that of their peers, and too many "
         "are persistently absent. Leaders should continue to work with families to improve the "
         "attendance of these pupils so that they benefit fully from the education the school "
         "provides.", [
            ("Appoint a full-time Attendance and Family Support Officer.", "Headteacher",
             "January 2025", "Officer in post.", "Blue"),
            ("Hold fortnightly attendance panels for disadvantaged pupils below 90% attendance, "
             "with early help referrals where needed.",
             "Attendance and Family Support Officer", "From January 2025 – ongoing",
             "Persistent absence of disadvantaged pupils falls below 25%.", "Amber"),
            ("Report the attendance of disadvantaged pupils to the Standards Committee each term.",
             "Assistant Headteacher (Pastoral)", "Termly",
             "Termly report received and challenged by governors.", "Green"),
        ]),
        ("Priority 3 – Personal development in the sixth form",
         "Students in the sixth form do not receive a consistently well-planned programme of "
         "personal development, including guidance about their options after Year 13. Leaders "
         "should ensure that the sixth form personal development programme is coherent and "
         "taught well.", [
            ("Redesign the Year 12 and Year 13 tutor programme with weekly sessions on careers, "
             "finance and healthy relationships.", "Head of Sixth Form", "Summer term 2025",
             "Programme in place; student voice shows 80% value sessions.", "Amber"),
            ("Secure two encounters with employers or universities for every sixth form student, "
             "in line with Gatsby Benchmark 5.", "Careers Leader; Head of Sixth Form",
             "July 2025", "100% of students have two recorded encounters.", "Red"),
        ]),
    ]
    for head, afi, actions in priorities:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        run = p.add_run(afi)
        run.italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Action", "Lead", "Timescale", "Success criteria", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "1F3864")
            for para in t.rows[0].cells[c].paragraphs:
                for rn in para.runs:
                    rn.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for action, lead, when, success, rag in actions:
            cells = t.add_row().cells
            for c, v in enumerate([action, lead, when, success, rag]):
                set_cell(cells[c], v)
            shade(cells[4], fills[rag])
        doc.add_paragraph()
    doc.add_paragraph("Approved by the Local Governing Body on 5 February 2025. Progress is "
                      "reviewed at each Standards Committee meeting.")
    doc.save(out("zwz-hartismere-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. DNEAT - Audit and Risk Committee rolling action log (CSV)
# ---------------------------------------------------------------------------
def dneat():
    rows = [
        ["Diocese of Norwich Education and Academies Trust (DNEAT)", "", "", "", "", "", ""],
        ["Audit and Risk Committee – Rolling Action Log", "", "", "", "", "", ""],
        ["Updated after the meeting held on 9 October 2025. Status key: B = complete, "
         "G = on track, A = at risk of missing due date, R = overdue", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Meeting", "Minute ref", "Action", "Owner", "Due", "Status", "Comment"],
        ["Open actions", "", "", "", "", "", ""],
        ["13/03/2025", "ARC 25/09", "Obtain evidence from the three academies with overdue fire "
         "risk assessment actions that the remedial works have been completed.",
         "Head of Estates", "30/06/2025", "R", "Two of three received; chasing the final academy."],
        ["12/06/2025", "ARC 25/21", "Internal scrutiny: commission a deep dive on payroll "
         "controls following the two overpayments identified in the spring term.",
         "CFO", "Dec-25", "G", "Scope agreed with internal auditor; fieldwork booked for "
         "November."],
        ["12/06/2025", "ARC 25/24", "Present benchmarking of academy-level reserves against the "
         "trust reserves policy, highlighting any academy with an in-year deficit for two "
         "consecutive years.", "CFO/Head of Finance", "22/01/2026", "G", ""],
        ["09/10/2025", "ARC 25/31", "Confirm that all academies have completed the DfE cyber "
         "security standards self-assessment and report any gaps.", "IT Services Manager",
         "Jan-26", "A", "9 of 36 academies still to submit."],
        ["09/10/2025", "ARC 25/33", "Committee Chair to write to the Chair of Trustees "
         "recommending an early review of the whistleblowing policy.", "Committee Chair",
         "Nov-25", "G", ""],
        ["09/10/2025", "ARC 25/34", "Internal audit plan 2025/26:\n(a) move the procurement "
         "review to the spring term\n(b) add a review of SEND top-up funding income",
         "CFO; Internal Auditor", "Next meeting", "G", "Revised plan to come to January "
         "meeting."],
        ["Closed since last meeting", "", "", "", "", "", ""],
        ["12/06/2025", "ARC 25/23", "Add a separate risk for building condition (including RAAC "
         "checks) to the trust risk register.", "COO", "Sep-25", "B",
         "Added as risk 14 in v4.2 of the register."],
        ["12/06/2025", "ARC 25/25", "Circulate the external auditor's management letter to all "
         "trustees.", "Governance Professional", "Jul-25", "B", "Circulated 18/07/2025."],
        ["", "", "", "", "", "", ""],
        ["Closed actions are removed from the log after they have been reported once.",
         "", "", "", "", "", ""],
    ]
    path = out("zwz-diocese-of-norwich-education-and-academies-trust-audit-risk-committee"
               "-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------
# 7. West Mercia Police - Right Care Right Person highlight report (tab-separated text)
# ---------------------------------------------------------------------------
def west_mercia():
    T = "\t"
    lines = [
        "West Mercia Police",
        "Right Care Right Person (RCRP) – Implementation Highlight Report",
        "Reporting period: 1–31 October 2025" + T + "Report date: 05/11/2025",
        "SRO: Assistant Chief Constable (Local Policing)" + T
        + "Programme Manager: RCRP Programme Manager",
        "Overall programme RAG: Amber" + T + "Previous: Amber",
        "",
        "Summary",
        "Phase 3 (transportation) went live in Herefordshire and Worcestershire on 1 October. "
        "Go-live in Shropshire, Telford and Wrekin is held until the conveyance protocol with "
        "the ambulance service is signed.",
        "",
        "Milestones and actions",
        T.join(["ID", "Phase / workstream", "Action", "Owner", "Baseline date",
                "Forecast date", "RAG", "Commentary"]),
        T.join(["M2.3", "Phase 2 – Walk-outs and AWOL",
                "Agree a joint AWOL protocol with Herefordshire and Worcestershire Health and "
                "Care NHS Trust", "Chief Inspector, Partnerships", "Jun-25", "Aug-25",
                "Complete", "Signed 14/08/2025"]),
        T.join(["M2.4", "", "Audit 100 walk-out calls handled under the new process and report "
                "learning to the RCRP Partnership Board", "RCRP Evaluation Lead", "Sep-25",
                "Sep-25", "Complete", "Reported to Partnership Board 24/09/2025"]),
        T.join(["M3.1", "Phase 3 – Transportation",
                "Go-live for transport of patients in Herefordshire and Worcestershire",
                "Superintendent, Force Control Room", "Oct-25", "Oct-25", "Complete",
                "Live 01/10/2025"]),
        T.join(["M3.2", "", "Agree a conveyance protocol with West Midlands Ambulance Service "
                "for Shropshire, Telford and Wrekin",
                "Chief Inspector, Partnerships / ICB Mental Health Commissioner", "Sep-25",
                "Dec-25", "Amber", "Protocol with WMAS legal team"]),
        T.join(["M3.3", "", "Go-live for transport of patients in Shropshire, Telford and Wrekin",
                "Superintendent, Force Control Room", "Nov-25", "Jan-26", "Amber",
                "Dependent on M3.2"]),
        T.join(["M4.1", "Phase 4 – Section 136 and voluntary patients",
                "Map s136 demand and handover times at the three health-based places of safety",
                "RCRP Evaluation Lead", "Dec-25", "Dec-25", "Green", "Data request with ICB"]),
        T.join(["M4.2", "", "Deliver s136 and voluntary patient training to all response "
                "sergeants", "Head of Learning and Development", "Feb-26", "Mar-26", "Red",
                "Training slots not yet confirmed"]),
        T.join(["M5.1", "Cross-cutting – Communications",
                "Publish public-facing FAQs and a partner briefing pack for Phase 4",
                "Head of Corporate Communications", "Jan-26", "Jan-26", "Green", ""]),
        T.join(["M5.2", "", "Refresh the call-handler decision guide (THRIVE+ prompts) after "
                "each phase goes live", "Control Room Training Manager", "Ongoing", "Ongoing",
                "Green", "Phase 3 version issued 29/09/2025"]),
        "",
        "Key risks",
        "R1 – Health partner capacity to absorb Phase 4 demand (score 16, high). Mitigation: "
        "phased go-live agreed with both ICBs.",
        "R2 – Call-handler confidence in applying the RCRP threshold (score 9, medium). "
        "Mitigation: floor-walkers for the first two weeks of each phase.",
        "",
        "Decisions required from Programme Board",
        "Approve the revised Shropshire, Telford and Wrekin go-live date of January 2026.",
    ]
    path = out("zwz-west-mercia-police-right-care-right-person-implementation-highlight-report.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    ftsu()
    fire_standards()
    stonewater()
    care_home()
    school()
    dneat()
    west_mercia()
    print("built 7 files in", HERE)
