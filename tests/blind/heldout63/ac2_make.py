"""Generate the ac2- blind-corpus plan files (adults, housing, community safety,
audit, peer challenge, police, NHS regulator findings).

Run with /work/main/.venv/bin/python ac2_make.py (needs python-docx and openpyxl).
Writes into the folder this script sits in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def header_row(ws, row, headers, colour=HEAD):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BORDER
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Fylde Council internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_fylde():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Fylde Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up of agreed management actions – position as at 31 January 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit and Standards Committee, 13 March 2025"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Recommendation", "Priority", "Agreed Management Action",
               "Responsible Officer", "Original Target Date", "Revised Target Date",
               "% Complete", "RAG", "Progress Update (January 2025)"]
    header_row(ws, 5, headers)
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    groups = [
        ("Car Parking Income 2023/24 – Limited Assurance", [
            ("CP1",
             "Reconciliations between pay and display machine income, cashless payment reports and the general ledger should be completed monthly and independently reviewed.",
             "High",
             "Monthly reconciliation to be introduced by the Parking Services Team Leader and reviewed by the Senior Accountant, with evidence retained on the shared drive.",
             "Parking Services Team Leader", D(2024, 7, 31), D(2024, 11, 30), 1.0, "Complete",
             "Reconciliations completed for every month since August 2024 and signed off by the Senior Accountant. Verified by Internal Audit in January 2025."),
            ("CP2",
             "Access to the cash counting room should be restricted to authorised staff and a key log maintained.",
             "Medium",
             "Key safe installed and key log introduced. The list of authorised key holders will be reviewed quarterly.",
             "Head of Technical Services", D(2024, 6, 30), None, 1.0, "Complete",
             "Key safe fitted in June 2024; key log checked by Internal Audit on 14 October 2024."),
            ("CP3",
             "Car parking fees and charges should be reviewed annually and the outcome reported to members.",
             "Medium",
             "The review of parking charges will be built into the annual budget timetable and reported to the Operational Management Committee.",
             "Head of Technical Services / Chief Financial Officer", D(2025, 3, 31), None, 0.6, "Amber",
             "Benchmarking against neighbouring councils complete. Draft report on 2025/26 charges to go to Operational Management Committee on 4 March 2025."),
        ]),
        ("Council Tax Reduction Scheme 2023/24 – Reasonable Assurance", [
            ("CTR1",
             "Changes of circumstances should be processed within the 14-day target and performance reported monthly to management.",
             "Medium",
             "Weekly work-in-progress reports to be reviewed by the Revenues and Benefits Manager, and monthly performance reported to the Corporate Management Team.",
             "Revenues and Benefits Manager", D(2024, 9, 30), D(2025, 3, 31), 0.8, "Green",
             "Weekly reports in place since October. Average processing time was 11 days in December; monthly CMT reporting starts in February."),
            ("CTR2",
             "A sample of Council Tax Reduction awards should be independently checked each month.",
             "Low",
             "The Senior Benefits Officer will check 2% of new awards each month and record the results.",
             "Senior Benefits Officer", D(2024, 8, 31), None, 1.0, "Complete",
             "Monthly checks recorded since August 2024; error rate below 1%."),
        ]),
        ("Procurement and Contract Management 2024/25 – Limited Assurance", [
            ("PC1",
             "The contracts register should be complete and published in line with the Local Government Transparency Code 2015.",
             "High",
             "Contracts register to be refreshed following a data request to all heads of service, and republished on the council website each quarter.",
             "Procurement Manager", D(2024, 12, 31), D(2025, 3, 31), 0.5, "Amber",
             "Returns received from 9 of 12 services. Outstanding returns chased through CMT; register to be republished in March."),
            ("PC2",
             "Waivers of Contract Procedure Rules should be approved and recorded in accordance with the Constitution.",
             "High",
             "The waiver form will be updated to require sign-off by the Monitoring Officer and the Chief Financial Officer, and a central waivers log will be kept by Legal Services.",
             "Monitoring Officer", D(2024, 11, 30), None, 0.2, "Red",
             "Revised form drafted but not yet in use and the waivers log has not been set up. A revised target date will be requested from the Committee."),
            ("PC3",
             "Officers with contract management responsibilities should be trained on the requirements of the Procurement Act 2023.",
             "Medium",
             "Training sessions to be delivered to all contract managers before the Act comes into force.",
             "Procurement Manager & HR Manager", D(2025, 2, 1), None, 0.9, "Green",
             "Three of four sessions delivered (42 officers attended). Final session booked for 19 February 2025."),
        ]),
        ("Disabled Facilities Grants 2024/25 – Reasonable Assurance", [
            ("DFG1",
             "Officers should confirm that grant-funded works have been completed to a satisfactory standard before the final payment is released.",
             "Medium",
             "A completion inspection checklist will be introduced, to be signed by a Technical Officer before payment is authorised.",
             "Housing Services Manager", D(2025, 1, 31), None, 1.0, "Complete",
             "Checklist in use for all completions from December 2024."),
            ("DFG2",
             "Means test calculations should be checked by a second officer before approval.",
             "Low",
             "Second officer check to be introduced and evidenced on the case management system.",
             "Housing Services Manager", D(2025, 2, 28), None, 0.7, "Amber",
             "Check introduced for new applications; a system field to record the check has been requested from the software supplier."),
        ]),
    ]
    r = 6
    for gi, (gname, rows) in enumerate(groups):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for (ref, rec, pri, act, off, orig, rev, pct, rag, upd) in rows:
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, rec)
            body_cell(ws, r, 3, pri)
            body_cell(ws, r, 4, act)
            body_cell(ws, r, 5, off)
            fmt = "mmm-yy" if ref == "PC3" else "dd/mm/yyyy"
            body_cell(ws, r, 6, orig, fmt)
            body_cell(ws, r, 7, rev, "dd/mm/yyyy")
            body_cell(ws, r, 8, pct, "0%")
            rc = body_cell(ws, r, 9, rag)
            rc.fill = fill(rag_fill[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            body_cell(ws, r, 10, upd)
            r += 1
        if gi < len(groups) - 1:
            r += 1  # blank spacer row between audits
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    r += 1
    for label, colour, text in [
        ("Complete", BLUE, "Action implemented and confirmed by Internal Audit"),
        ("Green", GREEN, "More than 75% complete and within target date"),
        ("Amber", AMBER, "26% – 75% complete"),
        ("Red", RED, "25% or less complete, or less than 50% complete and past the target date"),
    ]:
        c = ws.cell(row=r, column=1, value=label)
        c.fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – important control weakness; Low – minor weakness or best practice.")

    widths = [8, 45, 10, 45, 24, 13, 13, 10, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of recommendations on the tracker"
    s["A1"].font = Font(bold=True)
    header_row(s, 3, ["Audit", "Assurance", "Recommendations", "Implemented", "Outstanding"])
    summ = [
        ("Car Parking Income 2023/24", "Limited", 3, 2, 1),
        ("Council Tax Reduction Scheme 2023/24", "Reasonable", 2, 1, 1),
        ("Procurement and Contract Management 2024/25", "Limited", 3, 0, 3),
        ("Disabled Facilities Grants 2024/25", "Reasonable", 2, 1, 1),
    ]
    for i, row in enumerate(summ, 4):
        for j, v in enumerate(row, 1):
            body_cell(s, i, j, v)
    body_cell(s, 8, 1, "Total").font = Font(bold=True)
    body_cell(s, 8, 3, "=SUM(C4:C7)")
    body_cell(s, 8, 4, "=SUM(D4:D7)")
    body_cell(s, 8, 5, "=SUM(E4:E7)")
    s.column_dimensions["A"].width = 45
    s.column_dimensions["B"].width = 12
    wb.save(os.path.join(HERE, "ac2-fylde-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. British Transport Police – HMICFRS AFI tracker (xlsx)
# ---------------------------------------------------------------------------
def make_btp():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "British Transport Police – HMICFRS Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of British Transport Police effectiveness, efficiency and legitimacy "
                "(published 22 February 2024)")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Update to BTPA Performance Committee – Quarter 3 2024/25"
    headers = ["AFI", "PEEL Area", "Area for Improvement", "Ref", "Action", "Action Owner",
               "Target Date", "Revised Date", "Previous RAG", "Current RAG", "Progress Update"]
    header_row(ws, 5, headers, colour="002F5F")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    afis = [
        ("AFI 1", "Engaging with and treating the public with fairness and respect",
         "The force should make sure that the grounds for stop and search are properly recorded and that supervisors review body-worn video footage of searches.",
         [("1.1", "Introduce monthly supervisory dip-sampling of stop search records and body-worn video footage, with results reported to the Stop and Search Scrutiny Group.",
           "Supt Neighbourhood Policing", D(2024, 6, 30), None, "G", "B",
           "Dip-sampling in place in all divisions since May 2024. Reasonable grounds recorded in 94% of records sampled in Q3."),
          ("1.2", "Extend the external scrutiny panel so that community members review body-worn video of searches every quarter, including searches of young people.",
           "Head of Community Engagement", D(2024, 9, 30), D(2025, 3, 31), "A", "A",
           "Panels held in London and Birmingham. Recruitment of panel members for Scotland and the North East has been slower than planned.")]),
        ("AFI 2", "Protecting vulnerable people",
         "The force should improve how it identifies and records vulnerability at first contact, including for children and young people found on the railway network.",
         [("2.1", "Roll out the THRIVE+ risk assessment to all First Contact Centre staff and add vulnerability prompts to the incident log.",
           "Head of First Contact", D(2024, 12, 1), None, "A", "R",
           "Changes to the incident log were delayed by the system supplier. Training complete for 70% of staff; a new date will be agreed at the January Vulnerability Board."),
          ("2.2", "Agree a safeguarding referral protocol with Network Rail and train operators for children and vulnerable adults found on the network.",
           "Det Ch Supt Public Protection", D(2025, 6, 30), None, None, "G",
           "Draft protocol shared with Network Rail and two train operators for comment; sign-off planned at the National Rail Safeguarding Forum in May.")]),
        ("AFI 3", "Preventing crime and antisocial behaviour",
         "The force should make sure that neighbourhood teams use problem-solving plans consistently and evaluate whether they work.",
         [("3.1", "Train all neighbourhood sergeants in the SARA problem-solving model and set a minimum standard for problem-solving plans.",
           "Supt Neighbourhood Policing", D(2025, 3, 31), None, "G", "G",
           "86 of 104 sergeants trained. Minimum standard published on the intranet in November."),
          ("3.2", "Create a problem-solving evaluation library so that teams can share what works.",
           "Head of Evidence-Based Policing / Supt Neighbourhood Policing", "Q1 2025/26", None, "G", "G",
           "Library template agreed; first 12 evaluations uploaded.")]),
        ("AFI 4", "Developing a positive workplace",
         "The force should make sure it understands the wellbeing needs of its workforce, including staff who work alone or at night.",
         [("4.1", "Run a force-wide wellbeing survey and publish a wellbeing action plan in response.",
           "Director of People & Culture", D(2024, 10, 31), None, "G", "B",
           "Survey closed in August with a 41% response rate. Wellbeing action plan published on 15 October 2024."),
          ("4.2", "Issue lone-working devices to all PCSOs and review night-time staffing at the busiest stations.",
           "ACC Operations", D(2024, 12, 31), D(2025, 4, 30), "G", "A",
           "400 devices issued. The staffing review has been delayed while the new duty system is introduced.")]),
        ("AFI 5", "Good use of resources",
         "The force should improve its understanding of demand, including demand that is hidden or not reported to it.",
         [("5.1", "Commission an independent demand analysis and use it to inform the 2025/26 workforce plan.",
           "Head of Strategic Planning", "March 2025", None, "A", "G",
           "Demand analysis report received in December; findings are being built into the workforce plan for approval by the Chief Officer Group in March.")]),
    ]
    r = 6
    for afi, area, text, acts in afis:
        top = r
        for (ref, act, owner, tgt, rev, prev, cur, upd) in acts:
            for col in (1, 2, 3):
                body_cell(ws, r, col, None)
            body_cell(ws, r, 4, ref)
            body_cell(ws, r, 5, act)
            body_cell(ws, r, 6, owner)
            fmt = "mmm-yy" if ref == "2.1" else "dd/mm/yyyy"
            body_cell(ws, r, 7, tgt, fmt if isinstance(tgt, dt.datetime) else None)
            body_cell(ws, r, 8, rev, "dd/mm/yyyy")
            pc = body_cell(ws, r, 9, prev)
            if prev:
                pc.fill = fill(rag_fill[prev])
            pc.alignment = Alignment(horizontal="center", vertical="top")
            cc = body_cell(ws, r, 10, cur)
            cc.fill = fill(rag_fill[cur])
            cc.font = Font(bold=True)
            cc.alignment = Alignment(horizontal="center", vertical="top")
            body_cell(ws, r, 11, upd)
            r += 1
        ws.cell(row=top, column=1, value=afi)
        ws.cell(row=top, column=2, value=area)
        ws.cell(row=top, column=3, value=text)
        if r - 1 > top:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG Key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Complete – action delivered and evidenced"),
                         ("G", "On track"),
                         ("A", "Some slippage – recoverable"),
                         ("R", "Off track / target date missed")]:
        c = ws.cell(row=r, column=1, value=letter)
        c.fill = fill(rag_fill[letter])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 9 | Complete: 2 | On track: 4 | Some slippage: 2 | Off track: 1")
    widths = [8, 24, 40, 6, 45, 24, 12, 12, 9, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "ac2-btp-hmicfrs-afi-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. James Paget UH NHS FT – CQC maternity must do / should do plan (xlsx)
# ---------------------------------------------------------------------------
def make_jpaget():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "James Paget University Hospitals NHS Foundation Trust – CQC Maternity Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Following the CQC focused inspection of maternity services on 10 January 2023 (report published May 2023)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Maternity Improvement Board – version 6, updated 21/08/2023"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Must / Should", "CQC Requirement", "Regulation", "Action", "Lead",
               "Target Date", "RAG Status", "Progress / Evidence"]
    header_row(ws, 5, headers, colour="005EB8")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
    sections = [
        ("Safe", [
            ("M1", "Must", "The trust must ensure that all staff complete mandatory training, including obstetric emergency (PROMPT) and neonatal life support training, to meet the trust target.",
             "Regulation 18", "Protect time on the rota for PROMPT and NLS training and send monthly compliance reports to each team leader.",
             "Practice Development Midwife", D(2023, 6, 30), "Complete",
             "PROMPT compliance 93% and NLS 91% at the end of June 2023."),
            ("M2", "Must", "The trust must ensure that the maternity triage service assesses women and birthing people in a timely way using a standardised triage tool.",
             "Regulation 12", "Implement the Birmingham Symptom-Specific Obstetric Triage System (BSOTS) with a dedicated triage midwife 24 hours a day.",
             "Head of Midwifery / Triage Lead Midwife", D(2023, 7, 31), "Amber",
             "BSOTS live from 3 July. Dedicated triage midwife in place on 80% of shifts; recruitment to the remaining posts is under way."),
            ("M3", "Must", "The trust must ensure that emergency equipment is checked daily and that checks are recorded.",
             "Regulation 15", "Introduce a daily checklist for resuscitaires and emergency trolleys, audited weekly by ward managers.",
             "Maternity Matron", "Sepember 2023", "Green",
             "Checklists in place in all areas; the weekly audit shows 96% compliance."),
            ("S1", "Should", "The trust should ensure that fetal monitoring 'fresh eyes' reviews are carried out and documented in line with national guidance.",
             "", "Add fresh eyes prompts to the electronic record and include compliance in the monthly fetal monitoring audit.",
             "Fetal Monitoring Lead Midwife", D(2023, 10, 31), "Green",
             "Prompts added in July; August audit 88% compliant."),
        ]),
        ("Well-led", [
            ("M4", "Must", "The trust must ensure that governance processes identify, escalate and learn from incidents in a timely way.",
             "Regulation 17", "Clear the backlog of open maternity incidents and hold weekly incident review meetings chaired by the Clinical Governance Lead.",
             "Maternity Governance Lead", D(2023, 9, 30), "Amber",
             "Open incidents reduced from 212 to 74. Weekly review meetings in place since April."),
            ("M5", "Must", "The trust must ensure that the maternity risk register is up to date and that risks are reviewed regularly.",
             "Regulation 17", "Review every risk on the maternity risk register with its owner and report the register monthly to the Maternity Improvement Board.",
             "Director of Midwifery", D(2023, 6, 1), "Complete",
             "All risks reviewed in May and June; register reported monthly since June 2023."),
            ("S2", "Should", "The trust should ensure that staff feel listened to and that concerns raised through Freedom to Speak Up are acted on.",
             "", "Hold listening events with all maternity staff groups and publish 'You said, we did' updates.",
             "Freedom to Speak Up Guardian & Director of Midwifery", "Quarterly", "Green",
             "Listening events held in May and August; first 'You said, we did' poster issued."),
            ("S3", "Should", "The trust should continue to engage with the Maternity and Neonatal Voices Partnership to co-produce service improvements.",
             "", "Agree a joint work plan with the MNVP for 2023/24.",
             "Head of Midwifery", D(2023, 12, 31), "Not started",
             "Meeting with MNVP chair booked for September."),
        ]),
    ]
    r = 6
    for sname, rows in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=sname)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("41B6E6")
        r += 1
        for (ref, ms, req, reg, act, lead, tgt, rag, prog) in rows:
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, ms)
            body_cell(ws, r, 3, req)
            body_cell(ws, r, 4, reg or None)
            body_cell(ws, r, 5, act)
            body_cell(ws, r, 6, lead)
            fmt = "mmm-yy" if ref == "M5" else "dd/mm/yyyy"
            body_cell(ws, r, 7, tgt, fmt if isinstance(tgt, dt.datetime) else None)
            rc = body_cell(ws, r, 8, rag)
            rc.fill = fill(rag_fill[rag])
            body_cell(ws, r, 9, prog)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    r += 1
    for label, colour, text in [("Complete", BLUE, "Action complete and evidence provided"),
                                ("Green", GREEN, "On track to deliver by target date"),
                                ("Amber", AMBER, "At risk of not delivering by target date"),
                                ("Red", RED, "Off track / target date passed"),
                                ("Not started", "FFFFFF", "Action not yet started")]:
        c = ws.cell(row=r, column=1, value=label)
        c.fill = fill(colour)
        c.border = BORDER
        ws.cell(row=r, column=2, value=text)
        r += 1
    widths = [6, 9, 45, 13, 45, 26, 13, 12, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, "ac2-james-paget-cqc-maternity-must-should-do.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
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
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Rossendale BC – LGA Corporate Peer Challenge action plan (docx)
# ---------------------------------------------------------------------------
def make_rossendale():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_paragraph("Rossendale Borough Council: LGA Corporate Peer Challenge Action Plan", style="Title")
    doc.add_paragraph(
        "The Local Government Association Corporate Peer Challenge took place from 10 to 13 September "
        "2024. The peer team's feedback report made five key recommendations, which are set out below "
        "with the actions the council will take in response. Progress is reported to Overview and "
        "Scrutiny Committee every six months and the LGA will return for a progress review in summer 2025.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comment"]):
        set_cell(dc.rows[0].cells[i], h, bold=True)
    for ri, row in enumerate([("0.3", "18/11/2024", "Corporate Policy Officer", "Draft for Management Team"),
                              ("1.0", "11/12/2024", "Corporate Policy Officer", "Approved by Cabinet"),
                              ("1.1", "04/04/2025", "Corporate Policy Officer", "Progress update for Overview and Scrutiny")], 1):
        for ci, v in enumerate(row):
            set_cell(dc.rows[ri].cells[ci], v)
    doc.add_heading("Action plan", level=2)
    recs = [
        ("1. Develop a medium-term financial strategy that closes the budget gap and reduces reliance on reserves", [
            ("1.1", "Produce a refreshed Medium Term Financial Strategy with savings and income proposals for 2025/26 to 2027/28.",
             "Director of Resources", "February 2025",
             "MTFS approved by Full Council on 26 February 2025 alongside the 2025/26 budget.", "Complete"),
            ("1.2", "Set up a cross-party budget working group to review savings options before the budget is set.",
             "Leader / Director of Resources", "Oct 2024 – Jan 2025",
             "Group met four times; options reported to Cabinet on 15 January 2025.", "Complete"),
        ]),
        ("2. Strengthen capacity in the senior management team and prioritise the council's programme of work", [
            ("2.1", "Review the senior management structure and recruit to the vacant Head of Regeneration post.",
             "Chief Executive", "April 2025",
             "New structure agreed by Appointments Committee. The January recruitment campaign did not lead to an appointment and the post is being re-advertised.", "Amber"),
            ("2.2", "Set up a corporate programme board to prioritise projects against the capacity available.",
             "Chief Executive", "Q3 2024/25",
             "Programme board has met monthly since November 2024 and has paused two lower-priority projects.", "Green"),
        ]),
        ("3. Work with partners to develop a shared vision for Rossendale's town centres", [
            ("3.1", "Hold a partner summit to co-produce the place vision with businesses, the voluntary sector and Lancashire County Council.",
             "Head of Economic Development", "November 2024",
             "Summit held on 21 November 2024 with 64 attendees.", "Complete"),
            ("3.2", "Publish a town centre investment prospectus for Rawtenstall and Bacup.",
             "Head of Economic Development", "July 2025",
             "Work will begin once the place vision is agreed.", "Not started"),
        ]),
        ("4. Refresh the member development programme so that all councillors are supported in their roles", [
            ("4.1", "Agree a member development programme with the Member Development Working Group, including mandatory planning and licensing training.",
             "Head of Legal and Democratic Services", "Ongoing",
             "Programme agreed in January; planning training delivered to 31 of 36 members.", "Green"),
            ("4.2", "Offer every councillor a personal development plan discussion.",
             "Democratic Services Manager", "By 31 May 2025",
             "Eleven discussions held so far; take-up has been lower than hoped.", "Amber"),
        ]),
        ("5. Make better use of performance information to drive improvement", [
            ("5.1", "Develop a quarterly performance dashboard reported to Cabinet and Overview and Scrutiny Committee.",
             "Head of People and Policy", "June 2025",
             "Draft dashboard tested with the Overview and Scrutiny Chair in March.", "Green"),
            ("5.2", "Train service managers to use the new performance system.",
             "Performance and Policy Officer", "September 2025",
             "Training dates being arranged with the supplier.", "Green"),
        ]),
    ]
    n = sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n + 1, cols=7)
    t.style = "Table Grid"
    heads = ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress (April 2025)", "RAG"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
    r = 1
    for rec, acts in recs:
        top = r
        for (ref, act, lead, when, prog, rag) in acts:
            cells = t.rows[r].cells
            set_cell(cells[1], ref)
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag)
            if rag != "Not started":
                shade(cells[6], rag_fill[rag])
            r += 1
        merged = t.cell(top, 0).merge(t.cell(r - 1, 0))
        set_cell(merged, rec, bold=True)
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete – action delivered; Green – on track; Amber – some delay or risk to delivery; "
        "Red – off track; Not started – not yet due to start.")
    doc.save(os.path.join(HERE, "ac2-rossendale-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Somerset SAB – SAR 'Graham' multi-agency action plan (docx)
# ---------------------------------------------------------------------------
def make_somerset():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_paragraph(
        "Somerset Safeguarding Adults Board – Safeguarding Adults Review ‘Graham’: Multi-Agency Action Plan",
        style="Title")
    doc.add_paragraph(
        "The review was published on 9 October 2024 and made six recommendations to the Board and its "
        "partners. This action plan is monitored by the SSAB Learning and Review Subgroup, which receives "
        "updates from lead agencies at each meeting. Status as at March 2025.")
    themes = [
        ("Theme 1: Self-neglect and mental capacity", [
            ("Recommendation 1: The SSAB should seek assurance that practitioners understand and apply the principles of executive capacity when assessing people who self-neglect.", [
                ("1.1", "Deliver multi-agency briefings on executive capacity and the self-neglect pathway, using the learning from this review.",
                 "SSAB Business Manager", "31/01/2025",
                 "Four briefings delivered to 212 practitioners between November and January.", BLUE),
                ("1.2", "Audit a sample of mental capacity assessments where self-neglect is the main concern and report the findings to the Quality Assurance Subgroup.",
                 "Principal Social Worker (Adults) / Named Nurse Safeguarding Adults", "June 2025",
                 "Audit tool agreed; the audit will take place in April and May.", GREEN),
            ]),
            ("Recommendation 2: Somerset Council should review the self-neglect and hoarding guidance so that it sets out when a multi-agency risk management (MARM) meeting must be held.", [
                ("2.1", "Revise the self-neglect and hoarding guidance and the MARM guidance, and relaunch both through the SSAB website and newsletter.",
                 "Service Manager, Adult Safeguarding", "March 2025",
                 "Revised guidance approved by the Policy and Procedures Subgroup on 6 March; relaunch planned for April.", GREEN),
            ]),
        ]),
        ("Theme 2: Information sharing and escalation", [
            ("Recommendation 3: All partner agencies should make sure that staff know how to escalate concerns when they disagree with another agency's decision.", [
                ("3.1", "Re-issue the SSAB escalation and resolution protocol to all partner agencies and ask each agency to confirm it has been shared with staff.",
                 "SSAB Business Manager", "December 2024",
                 "Protocol reissued in November. Confirmation received from 9 of 11 agencies.", AMBER),
                ("3.2", "Include the escalation protocol in safeguarding adults level 3 training.",
                 "Head of Safeguarding, Somerset NHS Foundation Trust", "31/03/2025",
                 "Training materials updated and in use from February 2025.", BLUE),
            ]),
            ("Recommendation 4: NHS Somerset ICB should make sure that GP practices record safeguarding concerns about adults and share them with other agencies.", [
                ("4.1", "Issue guidance to GP practices on coding safeguarding concerns about adults and on sharing information with Adult Social Care.",
                 "Designated Nurse for Safeguarding Adults (ICB)", "Q4 2024/25",
                 "Guidance drafted; awaiting sign-off by the Primary Care Board.", AMBER),
            ]),
        ]),
        ("Theme 3: Fire risk and home safety", [
            ("Recommendation 5: Partners should make sure that people who self-neglect and smoke are referred for a Home Fire Safety Visit.", [
                ("5.1", "Add a fire-risk prompt and a Safe and Well visit referral route to the Adult Social Care assessment form.",
                 "Principal Social Worker (Adults)", "30/11/2024",
                 "Prompt added to the assessment form in October. Referrals to DSFRS have risen from 14 to 37 a month.", BLUE),
                ("5.2", "Deliver joint fire-risk awareness sessions for domiciliary care providers with Devon & Somerset Fire and Rescue Service.",
                 "DSFRS Safeguarding Manager / Care at Home Commissioning Manager", "September 2025",
                 "Dates to be agreed with providers through the Care Provider Forum.", None),
            ]),
            ("Recommendation 6: The SSAB should seek assurance that the learning from this review has made a difference to practice.", [
                ("6.1", "Evaluate the impact of the learning through a practitioner survey and a repeat case audit 12 months after publication.",
                 "Chair, Learning and Review Subgroup", "October 2025",
                 "Survey questions agreed; the survey will run in September 2025.", GREEN),
            ]),
        ]),
    ]
    heads = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    widths = [Cm(1.2), Cm(8), Cm(4.5), Cm(2.6), Cm(7), Cm(1.4)]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, acts in recs:
            p = doc.add_paragraph()
            p.add_run(rec).bold = True
            t = doc.add_table(rows=len(acts) + 1, cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                set_cell(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i], "D9E2F3")
            for ri, (ref, act, lead, when, prog, colour) in enumerate(acts, 1):
                cells = t.rows[ri].cells
                for ci, v in enumerate([ref, act, lead, when, prog, ""]):
                    set_cell(cells[ci], v)
                if colour:
                    shade(cells[5], colour)
            for row in t.rows:
                for ci, w in enumerate(widths):
                    row.cells[ci].width = w
            doc.add_paragraph()
    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for ri, (colour, text) in enumerate([(BLUE, "Completed and evidenced"),
                                         (GREEN, "On track"),
                                         (AMBER, "Some delay – action being taken"),
                                         (RED, "Not achieved / overdue"),
                                         (None, "No colour – not yet started")]):
        set_cell(k.rows[ri].cells[0], "")
        if colour:
            shade(k.rows[ri].cells[0], colour)
        set_cell(k.rows[ri].cells[1], text)
    doc.save(os.path.join(HERE, "ac2-somerset-sab-sar-graham-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Safer Eastleigh CSP – DHR action plan (csv, Excel export)
# ---------------------------------------------------------------------------
def make_eastleigh():
    rows = [
        ["Safer Eastleigh Community Safety Partnership - Domestic Homicide Review 'Anna' (EDHR03) - Action Plan", "", "", "", "", "", "", ""],
        ["Updated for CSP Board 12 March 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec No.", "Recommendation", "Agency", "Action", "Lead Officer", "Target Date", "Progress Update", "Status"],
        ["1", "The CSP should raise awareness of economic abuse among frontline staff and the public.",
         "Eastleigh Borough Council", "Run an economic abuse awareness campaign during the 16 Days of Action.",
         "Community Safety Manager", "31/12/2024",
         "Campaign ran from 25 November to 10 December 2024 with social media, posters in GP surgeries and a bank staff briefing.", "Complete"],
        ["1", "The CSP should raise awareness of economic abuse among frontline staff and the public.",
         "Eastleigh Borough Council", "Add economic abuse to the council's domestic abuse e-learning module for all staff.",
         "Community Safety Manager", "31/03/2025",
         "Module content updated; going live on the learning platform in March.", "On track"],
        ["2", "Hampshire and Isle of Wight Constabulary should make sure that DASH risk assessments are reviewed by a supervisor when a victim declines to answer the questions.",
         "Hampshire and Isle of Wight Constabulary", "Issue a briefing to response officers and sergeants and add a supervisor review field to the DASH form.",
         "DI Public Protection", "30/09/2024",
         "Briefing issued in August; supervisor review field live on the crime system from 2 September 2024.", "Complete"],
        ["3", "Hampshire and Isle of Wight Healthcare NHS Foundation Trust should make sure that routine enquiry about domestic abuse is made in community mental health assessments.",
         "HIOW Healthcare NHS FT", "Audit routine enquiry in community mental health team assessments and report the results to the Trust Safeguarding Committee.",
         "Named Professional for Safeguarding Adults", "30/09/2052",
         "Audit tool agreed; first audit of 40 records planned for April.", "On track"],
        ["4", "The ICB should remind GP practices to consider domestic abuse when a patient presents repeatedly with injuries or anxiety.",
         "HIOW ICB", "Include the learning from this review in the GP safeguarding newsletter and in level 3 safeguarding training.",
         "Designated Nurse Safeguarding Adults", "Mar-25",
         "Newsletter article published in January 2025; training slides updated.", "Complete"],
        ["5", "Eastleigh Borough Council should make sure that domestic abuse is considered in every homelessness assessment.",
         "Eastleigh Borough Council", "Work towards Domestic Abuse Housing Alliance (DAHA) accreditation for the housing service.",
         "Head of Housing", "Ongoing",
         "Self-assessment submitted to DAHA; on-site assessment expected in the summer.", "On track"],
        ["6", "Hampshire County Council Adults' Health and Care should make sure that carers' assessments consider whether the carer is experiencing domestic abuse.",
         "Hampshire County Council", "Add a domestic abuse question to the carer's assessment and brief carers' assessment workers.",
         "Principal Social Worker (Adults)", "30/06/2025",
         "", "Not started"],
        ["", "", "", "", "", "", "", ""],
        ["Status: Complete / On track / At risk / Not started", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(HERE, "ac2-eastleigh-csp-dhr-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Gosport BC – Housing Services Improvement Plan (tab-separated text)
# ---------------------------------------------------------------------------
def make_gosport():
    ncol = 8
    lines = [
        ["Gosport Borough Council – Housing Services Improvement Plan 2024-26"],
        ["Response to the Regulator of Social Housing regulatory judgement (C3) and the Housing Ombudsman Complaint Handling Code self-assessment"],
        ["Exported from Housing Improvement Board tracker 07/02/2025"],
        [],
        ["Ref", "Finding", "Action", "Responsible Officer", "Target Date", "Revised Date", "Status", "Update"],
        ["1. Safety and Quality Standard"],
        ["1.1", "Stock condition data is more than five years old for around 40% of homes.",
         "Procure a stock condition survey of all homes over two years, starting with the homes with the oldest data.",
         "Asset Manager", "31/03/2026", "", "On track",
         "Contract awarded in October 2024; 612 surveys completed by the end of January."],
        ["1.2", "Fire risk assessment actions for blocks of flats were overdue.",
         "Clear all high-risk fire risk assessment actions and report progress monthly to the Housing Improvement Board.",
         "Compliance Manager (Fire & Building Safety)", "30/09/2024", "31/12/2024", "Complete",
         "All 143 high-risk actions completed and verified; medium-risk actions are now tracked in the compliance system."],
        ["1.3", "The council could not show that every home had an electrical safety check (EICR) within the last five years.",
         "Complete the outstanding EICRs and introduce a monthly compliance dashboard covering the big six safety areas.",
         "Compliance Manager (Gas & Electrical)", "Mar-25", "", "Amber",
         "Compliance up from 71% to 89%; access problems at 46 homes are being taken through the no-access procedure."],
        ["1.4", "Damp and mould reports were not always inspected within the council's own timescales.",
         "Introduce a damp and mould policy with a 10 working day inspection standard and a dedicated surveyor.",
         "Repairs and Maintenance Manager", "31/10/2024", "", "Complete",
         "Policy approved by Cabinet in October; 97% of reports inspected within 10 working days since November."],
        [],
        ["2. Transparency, Influence and Accountability Standard"],
        ["2.1", "Tenant Satisfaction Measures were not published in the required format.",
         "Publish the 2023/24 TSMs and a summary for tenants on the council website and in the tenants' magazine.",
         "Housing Performance Officer", "30/11/2024", "", "Complete",
         "Published on 28 November 2024."],
        ["2.2", "Tenants had few opportunities to scrutinise the housing service.",
         "Set up a tenant scrutiny panel with terms of reference agreed with tenants.",
         "Tenant Involvement Officer / Head of Housing", "Q1 2025/26", "", "On track",
         "Eight tenants recruited; first training session held in January."],
        ["2.3", "Complaints were not always answered within Complaint Handling Code timescales.",
         "Move housing complaints onto the corporate complaints system and report Stage 1 and Stage 2 response times to Cabinet.",
         "Customer Services Manager", "Quarterly", "", "Amber",
         "Stage 1 responses within 10 working days rose to 78% in Q3 (target 95%)."],
        [],
        ["3. Tenancy Standard"],
        ["3.1", "Tenancy audits had not been carried out since 2019.",
         "Restart the tenancy audit programme so that every home is visited at least once every five years.",
         "Tenancy Services Manager", "Ongoing", "", "On track",
         "312 audits completed since September 2024."],
        ["3.2", "Information about tenants' vulnerabilities and communication needs was incomplete.",
         "Carry out a Know Your Tenant data collection exercise and record vulnerabilities on the housing management system.",
         "Tenancy Services Manager / Customer Insight Officer", "30/06/2025", "", "Not started",
         "Due to begin in April 2025 once the new housing management system is live."],
        [],
        ["Status: Complete / On track / Amber (at risk) / Red (off track) / Not started"],
    ]
    with open(os.path.join(HERE, "ac2-gosport-housing-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for cells in lines:
            cells = list(cells) + [""] * (ncol - len(cells))
            f.write("\t".join(cells) + "\r\n")


if __name__ == "__main__":
    make_fylde()
    make_btp()
    make_jpaget()
    make_rossendale()
    make_somerset()
    make_eastleigh()
    make_gosport()
    print("done")
