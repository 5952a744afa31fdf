#!/usr/bin/env python3
"""Build the seven zze- blind test files (set heldout592).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with "zze-" in this folder.
"""
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


def out(name):
    assert name.startswith("zze-")
    return os.path.join(HERE, name)


FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Dundee City Council - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def dundee():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Dundee City Council Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of corporate risks – position at 31 October 2025"
    ws["A3"] = "Appendix 1 to Report No 301-2025 – Scrutiny Committee, 26 November 2025"
    hdr = ["Code", "Corporate Risk", "Risk Owner", "Inherent Score",
           "Current Score", "Target Score", "Direction of Travel"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
    risks = [
        ("CR01", "Financial Sustainability", "Executive Director of Corporate Services", 25, 20, 12, "↔"),
        ("CR02", "Cyber Security and Information Governance", "Head of Customer Services & IT", 20, 16, 8, "↑"),
        ("CR03", "Workforce Capacity and Resilience", "Head of People", 16, 12, 9, "↓"),
        ("CR04", "Public Protection", "Chief Social Work Officer", 20, 15, 10, "↔"),
        ("CR05", "Climate Change and Net Zero", "Executive Director of City Development", 16, 12, 8, "↔"),
    ]
    for r, row in enumerate(risks, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
    ws["A12"] = "Scores are Likelihood (1-5) x Impact (1-5). Planned actions for each risk are on the ‘Risk Actions’ sheet."
    ws["A12"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", (8, 40, 38, 14, 14, 14, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Risk Actions")
    ws2["A1"] = "Corporate Risk Register 2025/26 – Planned Actions"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Status is shown by the colour of the Status cell – see the Key sheet."
    hdr = ["Corporate Risk", "Action Code", "Planned Action", "Assigned To",
           "Due Date", "Status", "Latest Note"]
    for c, h in enumerate(hdr, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    groups = [
        ("CR01 – Financial Sustainability", [
            ("CR01-A1", "Develop and present the 2026/27 Revenue Budget and updated Medium Term Financial Strategy to Council, including savings proposals to close the projected funding gap",
             "Executive Director of Corporate Services", d(2026, 2, 28), "green",
             "Budget options being prepared for Elected Member briefings in December."),
            ("CR01-A2", "Complete the review of the Changing for the Future transformation programme to confirm deliverable savings for 2026/27 and 2027/28",
             "Head of Corporate Finance / Head of Transformation", d(2025, 12, 31), "amber",
             "Review under way; two workstreams yet to report savings profiles."),
        ]),
        ("CR02 – Cyber Security and Information Governance", [
            ("CR02-A1", "Achieve Cyber Essentials Plus re-accreditation",
             "Head of Customer Services & IT", d(2026, 3, 31), "green",
             "Pre-assessment completed in October; remediation of findings in progress."),
            ("CR02-A2", "Deliver the mandatory cyber security e-learning refresh to all staff with network access and report completion rates to the Council Management Team",
             "Information Governance Manager", d(2025, 9, 30), "blue",
             "Completed. 94% completion reported to CMT on 7 October."),
            ("CR02-A3", "Test the ICT disaster recovery arrangements for the Council’s critical systems",
             "ICT Infrastructure Manager", d(2025, 6, 30), "red",
             "Test not carried out; supplier availability confirmed for January."),
        ]),
        ("CR03 – Workforce Capacity and Resilience", [
            ("CR03-A1", "Implement the Workforce Plan 2025-2028 actions for hard-to-fill posts in social work, teaching and building services",
             "Head of People", "Ongoing", "green",
             "Grow-your-own social work traineeships launched (6 places)."),
        ]),
        ("CR04 – Public Protection", [
            ("CR04-A1", "Implement the actions in the Protecting People improvement plan following the joint inspection of services for children at risk of harm",
             "Chief Social Work Officer", d(2026, 3, 31), "amber",
             "18 of 26 actions complete; chronology work delayed by system upgrade."),
            ("CR04-A2", "Undertake a multi-agency audit of adult support and protection case files and report the findings to the Chief Officers Group",
             "Chief Social Work Officer and Head of Health & Community Care", d(2026, 1, 31), None,
             "Audit scheduled to start in December."),
        ]),
        ("CR05 – Climate Change and Net Zero", [
            ("CR05-A1", "Publish the Climate Action Plan annual progress report and updated carbon budget",
             "Climate Change Manager", d(2025, 11, 30), "green",
             "Draft report to City Governance Committee on 24 November."),
        ]),
    ]
    r = 5
    for risk, acts in groups:
        first = r
        for code, text, who, due, status, note in acts:
            ws2.cell(row=r, column=2, value=code)
            ws2.cell(row=r, column=3, value=text)
            ws2.cell(row=r, column=4, value=who)
            c = ws2.cell(row=r, column=5, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd-mmm-yyyy"
            s = ws2.cell(row=r, column=6)
            if status:
                s.fill = FILL[status]
            ws2.cell(row=r, column=7, value=note)
            for col in range(1, 8):
                ws2.cell(row=r, column=col).border = BOX
                ws2.cell(row=r, column=col).alignment = WRAP
            r += 1
        ws2.cell(row=first, column=1, value=risk).font = Font(bold=True)
        ws2.cell(row=first, column=1).alignment = WRAP
        ws2.cell(row=first, column=1).fill = FILL["band"]
        if r - 1 > first:
            ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", (26, 11, 60, 34, 13, 9, 48)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "Action status key"
    ws3["A1"].font = Font(bold=True)
    key = [("red", "Overdue"), ("amber", "Some slippage – at risk of missing due date"),
           ("green", "On target"), ("blue", "Completed"), (None, "No colour – not yet started")]
    for i, (k, label) in enumerate(key, 3):
        if k:
            ws3.cell(row=i, column=1).fill = FILL[k]
        ws3.cell(row=i, column=2, value=label)
    ws3["A10"] = "Risk scoring"
    ws3["A10"].font = Font(bold=True)
    ws3["A11"] = "1-4 Low"
    ws3["A12"] = "5-9 Medium"
    ws3["A13"] = "10-16 High"
    ws3["A14"] = "20-25 Very High"
    ws3.column_dimensions["B"].width = 45
    wb.save(out("zze-dundee-city-council-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Wales Fire and Rescue Service - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def swfrs():
    title = "South Wales Fire and Rescue Service – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2025 – Finance, Audit & Performance Management Committee, 8 December 2025"
    hdr = ["Audit", "Year", "Assurance", "Recommendations", "Implemented", "Outstanding"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
    rows = [
        ("Fleet Management", "2024/25", "Reasonable", 2, 1, 1),
        ("Payroll", "2024/25", "Substantial", 2, 1, 1),
        ("ICT Disaster Recovery", "2024/25", "Limited", 2, 0, 2),
        ("Health & Safety – Contaminants", "2025/26", "Reasonable", 2, 0, 2),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
    ws.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for c in (4, 5, 6):
        col = "DEF"[c - 4]
        ws.cell(row=9, column=c, value=f"=SUM({col}5:{col}8)").font = Font(bold=True)
    ws["A11"] = "Note: Fleet Management recommendation FM2 has two agreed actions; counts above are by recommendation."
    ws["A11"].font = Font(italic=True)
    for col, w in zip("ABCDEF", (34, 10, 14, 17, 13, 13)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Tracker")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Open and recently closed recommendations"
    hdr = ["Ref", "Priority", "Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date",
           "RAG", "Progress Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("2024/25 – Fleet Management (Reasonable Assurance)", [
            ("FM1", "High",
             "The Service should ensure that the vehicle replacement programme is reviewed annually and aligned to the Medium Term Financial Plan.",
             "Vehicle replacement programme to be reviewed and presented to SLT alongside the MTFP each autumn.",
             "Head of Fleet & Engineering", d(2025, 3, 31), d(2025, 9, 30), "B",
             "Completed – revised programme approved by SLT on 16 September 2025."),
            ("FM2a", "Medium",
             "Defect reports raised by crews should be recorded on the fleet management system and monitored through to closure.",
             "Introduce electronic defect reporting through Tranman for all operational appliances.",
             "Fleet Manager", d(2025, 6, 30), d(2025, 12, 31), "A",
             "Pilot at 6 stations complete; roll-out delayed by tablet procurement."),
            ("FM2b", None, None,
             "Monthly defect closure report to be reviewed at the Fleet & Engineering management meeting.",
             "Fleet Manager", d(2025, 6, 30), None, "B",
             "Report in place since June 2025."),
        ]),
        ("2024/25 – Payroll (Substantial Assurance)", [
            ("PAY1", "High",
             "Overtime and additional hours claims should be authorised by the line manager before submission to Payroll.",
             "Reminder issued to all managers and the self-service form amended so that claims cannot be submitted without line manager approval.",
             "Payroll Manager", d(2025, 5, 31), None, "B",
             "Completed – form change live from 1 May 2025."),
            ("PAY2", "Medium",
             "Starter and leaver notifications should be received by Payroll before the monthly cut-off date.",
             "Joint People Services and Payroll procedure to be issued setting out cut-off dates for each pay period, with late notifications reported quarterly to the Head of People Services.",
             "Head of People Services / Payroll Manager", d(2025, 9, 30), d(2026, 1, 31), "A",
             "Draft procedure with Trade Unions for consultation."),
        ]),
        ("2024/25 – ICT Disaster Recovery (Limited Assurance)", [
            ("ICT1", "High",
             "The ICT Disaster Recovery Plan should be tested at least annually and the results reported to the Information Governance Board.",
             "Full failover test of the secondary data centre to be carried out.\nResults and lessons learned to be reported to the Information Governance Board.",
             "Head of ICT", d(2025, 7, 31), d(2026, 3, 31), "R",
             "Original date missed; test now scheduled for February 2026 following network upgrade."),
            ("ICT2", "Medium",
             "Recovery time objectives should be agreed with system owners for all critical systems.",
             "RTOs to be agreed and recorded in the Business Impact Assessments for the 12 critical systems.",
             "Head of ICT / Business Continuity Manager", d(2025, 12, 31), None, "G",
             "8 of 12 BIAs updated."),
        ]),
        ("2025/26 – Health & Safety – Contaminants (Reasonable Assurance)", [
            ("HS1", "Medium",
             "The Service should monitor compliance with the decontamination procedure at incidents through the operational assurance process.",
             "Decontamination checks to be added to the operational assurance monitoring form and reported quarterly to the Health, Safety & Wellbeing Committee.",
             "Group Manager – Operational Assurance", d(2025, 11, 30), None, "G",
             "Form updated; first quarterly report due at November committee."),
            ("HS2", "Low",
             "Station audits should confirm that clean and dirty zones are clearly marked at all stations.",
             "Zoning signage to be installed at the remaining stations as part of the station refurbishment programme.",
             "Head of Finance, Procurement & Property", d(2026, 3, 31), None, None,
             "Not yet started – programmed for Q4."),
        ]),
    ]
    r = 5
    for band, recs in sections:
        ws2.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws2.cell(row=r, column=1).fill = FILL["band"]
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        prev_rec_row = None
        for ref, pri, rec, act, who, orig, rev, rag, upd in recs:
            vals = [ref, pri, rec, act, who, orig, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c)
                if v is not None:
                    cell.value = v
                cell.border = BOX
                cell.alignment = WRAP
                if c in (6, 7) and isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws2.cell(row=r, column=8).fill = FILL[rag_fill[rag]]
                ws2.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            if rec is None and prev_rec_row is not None:
                # continuation of the same recommendation: merge recommendation
                # and priority cells down
                ws2.merge_cells(start_row=prev_rec_row, start_column=3, end_row=r, end_column=3)
                ws2.merge_cells(start_row=prev_rec_row, start_column=2, end_row=r, end_column=2)
            else:
                prev_rec_row = r
            r += 1
    for col, w in zip("ABCDEFGHI", (7, 9, 48, 48, 28, 12, 12, 6, 40)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "RAG key"
    ws3["A1"].font = Font(bold=True)
    key = [("B", "Implemented"), ("G", "On track for target date"),
           ("A", "Revised target date agreed"), ("R", "Past target / revised date"),
           ("", "Blank – not yet due to start")]
    for i, (k, lab) in enumerate(key, 2):
        c = ws3.cell(row=i, column=1, value=k or None)
        if k:
            c.fill = FILL[rag_fill[k]]
        ws3.cell(row=i, column=2, value=lab)
    ws3["A8"] = "Priority: High – fundamental control weakness; Medium – important; Low – good practice."
    ws3.column_dimensions["B"].width = 32
    wb.save(out("zze-south-wales-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Inverclyde IJB Audit Committee - rolling action log (xlsx)
# ---------------------------------------------------------------------------
def inverclyde():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Inverclyde Integration Joint Board Audit Committee – Rolling Action Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated following the meeting of 25 November 2025"
    hdr = ["Action No.", "Agenda Item", "Action", "Responsible Officer",
           "Timescale", "Status", "Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.border = BOX
    meetings = [
        ("Meeting of 18 March 2025", [
            ("AC/25/03", "Internal Audit Progress Report",
             "Chief Internal Auditor to provide a summary of all overdue HSCP internal audit actions, with revised dates, to the next meeting.",
             "Chief Internal Auditor", "June 2025", "blue",
             "Summary provided at June meeting. Propose closure."),
            ("AC/25/04", "Strategic Risk Register",
             "Strategic risk register to be updated to include a specific risk on the sustainability of the external care at home market.",
             "Head of Strategy & Support Services", "June 2025", "blue",
             "Risk added as SR11. Propose closure."),
        ]),
        ("Meeting of 24 June 2025", [
            ("AC/25/09", "Annual Governance Statement 2024/25",
             "Include a progress update on the 2024/25 governance improvement actions in the mid-year governance report.",
             "Chief Finance Officer", "November 2025", "blue",
             "Included in mid-year report (Item 6, 25 November)."),
            ("AC/25/10", "Internal Audit Annual Report 2024/25",
             "Arrange a development session for Committee members on the IJB’s role in the audit and assurance of delegated services.",
             "Chief Officer / Chief Internal Auditor", "Dec-25", "green",
             "Session arranged for 9 December 2025."),
        ]),
        ("Meeting of 23 September 2025", [
            ("AC/25/14", "External Audit – Annual Audit Report 2024/25",
             "Update on the recommendation on medium-term financial planning and savings tracking to be presented to the Committee.\nTo include the projected position on reserves.",
             "Chief Finance Officer", "March 2026", "green",
             "On the agenda for March 2026."),
            ("AC/25/15", "Directions Log",
             "Review of directions issued to Inverclyde Council and NHS Greater Glasgow and Clyde to be carried out in line with the statutory guidance.",
             "Head of Strategy & Support Services", "Ongoing", "amber",
             "Review of 2024/25 directions complete; 2025/26 directions to follow."),
            ("AC/25/16", "Fraud and Error Update",
             "Report the outcome of the National Fraud Initiative payroll and care home data-matching exercise to the Committee.",
             "Chief Finance Officer", "November 2025", "red",
             "Outcome not yet received from partner bodies; will be reported when available."),
        ]),
        ("Meeting of 25 November 2025", [
            ("AC/25/19", "Internal Audit Progress Report",
             "Follow-up report on the Care Home Placements audit to come to the March meeting.",
             "Chief Internal Auditor", "March 2026", None,
             "New action."),
        ]),
    ]
    r = 5
    for band, acts in meetings:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for no, item, act, who, when, status, upd in acts:
            for c, v in enumerate([no, item, act, who, when, None, upd], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if status:
                ws.cell(row=r, column=6).fill = FILL[status]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    r += 1
    for k, lab in [("blue", "Complete – propose removal from log"), ("green", "On track"),
                   ("amber", "Timescale at risk / ongoing"), ("red", "Overdue")]:
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=lab)
        r += 1
    for col, w in zip("ABCDEFG", (12, 30, 60, 30, 14, 8, 44)):
        ws.column_dimensions[col].width = w
    wb.save(out("zze-inverclyde-ijb-audit-committee-rolling-action-log.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' in text becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. Cantonian High School - Estyn PIAP (docx)
# ---------------------------------------------------------------------------
def cantonian():
    doc = Document()
    doc.add_heading("Cantonian High School – Post-Inspection Action Plan (PIAP)", level=0)
    doc.add_paragraph("Estyn core inspection: 14–17 October 2024")
    doc.add_paragraph("Version 3 – progress update for the Governing Body, February 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in [("1", "22/11/2024", "Headteacher", "First draft for Local Authority and Central South Consortium comment"),
                ("2", "04/12/2024", "Headteacher", "Approved by the Governing Body and submitted to Estyn"),
                ("3", "10/02/2025", "Deputy Headteacher", "Spring term progress RAG added")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)

    doc.add_paragraph(
        "This plan sets out the actions the school will take to address the recommendations in the Estyn "
        "inspection report published in December 2024. Progress is reviewed half-termly by the Senior "
        "Leadership Team and termly by the Governing Body’s Standards Committee.")

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [("Blue", "0070C0", "Action completed"),
                                  ("Green", "00B050", "On track"),
                                  ("Amber", "FFC000", "Some slippage – action being taken"),
                                  ("Red", "FF0000", "Not on track")]:
        cells = k.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    recs = [
        ("R1 Improve the quality of teaching so that it consistently challenges pupils of all abilities", [
            ("1.1", "Deliver a programme of professional learning on questioning and adaptive teaching for all teaching staff, led by the school’s Teaching and Learning Group.",
             "Lesson observations and learning walks show that most lessons include effective questioning that extends pupils’ thinking.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024 – Summer term 2025",
             "Learning walks; SLT QA calendar", "Green"),
            ("1.2", "Introduce fortnightly departmental ‘learning conversations’ focused on challenge for more able pupils.",
             "Minutes of faculty meetings show learning conversations taking place; more able pupils report greater challenge in learner voice.",
             "Heads of Faculty", "January 2025", "Faculty minutes; learner voice", "Blue"),
            ("1.3", "Review the feedback policy so that written and verbal feedback helps pupils to improve their work.\nShare the revised policy with parents through the school app.",
             "Work scrutiny shows pupils responding to feedback and improving their work.",
             "AHT Curriculum / Literacy Coordinator", "Summer term 2025",
             "Work scrutiny each half term", "Amber"),
        ]),
        ("R2 Improve attendance, particularly for pupils eligible for free school meals", [
            ("2.1", "Appoint an Attendance and Family Engagement Officer and establish weekly attendance tracking meetings with Heads of Year.",
             "Officer in post; weekly meetings minuted with actions for individual pupils.",
             "Headteacher", "November 2024", "Governors’ Pupil Wellbeing Committee", "Blue"),
            ("2.2", "Work with Cardiff Council’s Education Welfare Service to agree support plans for all pupils with attendance below 85%.",
             "All pupils below 85% have a support plan; persistent absence reduces by 5 percentage points.",
             "AHT Wellbeing", "Termly", "Attendance data to SLT weekly", "Green"),
            ("2.3", "Launch a rewards scheme for improved attendance in partnership with the Friends of Cantonian.",
             "Scheme launched; attendance of eFSM pupils improves term on term.",
             "Pastoral Leader KS3 & Pastoral Leader KS4", "February 2025",
             "Attendance data by group", "Green"),
        ]),
        ("R3 Strengthen self-evaluation and improvement planning so that leaders focus precisely on the impact of teaching on pupils’ learning", [
            ("3.1", "Revise the quality assurance calendar so that all middle leaders carry out work scrutiny and learner voice activities each half term.",
             "Middle leaders’ self-evaluation reports identify strengths and areas for improvement in pupils’ learning.",
             "Deputy Headteacher (Teaching and Learning)", "December 2024",
             "SLT line management meetings", "Blue"),
            ("3.2", "Train governors on the school’s self-evaluation processes and establish a link governor programme for each faculty.",
             "Link governor visit reports are presented to the Standards Committee.",
             "Headteacher and Chair of Governors", "31 March 2025",
             "Governing Body termly", "Green"),
        ]),
        ("R4 Address the site security issue identified during the inspection", [
            ("4.1", "Install secure fencing and an access-controlled gate at the rear pedestrian entrance, working with Cardiff Council’s Education Asset Management team.",
             "The site is secure during the school day.",
             "School Business Manager", "December 2024", "Health and Safety Committee", "Blue"),
        ]),
    ]
    colours = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Success criteria", "Lead",
                               "Timescale", "Monitoring", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "D9E1F2")
        for ref, act, sc, lead, when, mon, rag in acts:
            cells = t.add_row().cells
            for c, v in enumerate([ref, act, sc, lead, when, mon, rag]):
                set_cell(cells[c], v)
            shade(cells[6], colours[rag])
    doc.add_paragraph("Signed on behalf of the Governing Body: Chair of Governors")
    doc.save(out("zze-cantonian-high-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Prince & Princess of Wales Hospice - HIS improvement action plan (docx)
# ---------------------------------------------------------------------------
def hospice():
    doc = Document()
    doc.add_heading("The Prince & Princess of Wales Hospice – Improvement Action Plan", level=0)
    doc.add_paragraph("Healthcare Improvement Scotland unannounced inspection, 11 and 12 March 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Service Name", "The Prince & Princess of Wales Hospice"),
                 ("Service Provider", "The Prince and Princess of Wales Hospice"),
                 ("Address", "Bellahouston Park, Dumbreck Road, Glasgow"),
                 ("Date of inspection", "11 and 12 March 2025"),
                 ("Date action plan submitted", "30 April 2025")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_paragraph(
        "The actions below respond to the requirements and recommendations in the inspection report "
        "published on 15 April 2025. Progress will be reported to the Clinical Governance Committee.")

    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Recommendation a: The service should develop a formal process to gather and act on feedback from staff about the culture of the service.", [
                ("Introduce a twice-yearly staff pulse survey, with results and an action plan shared at the hospice-wide staff forum.",
                 "September 2025", "Director of People and Organisational Development"),
            ]),
        ]),
        ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
            ("Requirement 1: The provider must ensure that controlled drug records are completed accurately and that any discrepancies are investigated and recorded.", [
                ("Controlled drug register audit to be carried out weekly by the Senior Charge Nurse or deputy, with results reported to the Clinical Governance Group.",
                 "Immediate and ongoing", "Senior Charge Nurse, Inpatient Unit"),
                ("Refresher training on controlled drug management to be completed by all registered nurses.",
                 "By 31 May 2025", "Clinical Nurse Educator"),
            ]),
            ("Requirement 2: The provider must ensure that risk assessments for falls and pressure area care are reviewed and updated when a patient’s condition changes.", [
                ("Update the electronic patient record so that a reassessment prompt is generated after any change in condition or a fall.",
                 "End of June 2025", "Head of Clinical Systems / Director of Clinical Services"),
                ("Monthly documentation audit of falls and pressure area risk assessments, with results shared at ward safety huddles.",
                 "Monthly from April 2025", "Senior Charge Nurse, Inpatient Unit"),
            ]),
            ("Recommendation b: The service should ensure that patients’ wishes for care after death are recorded in their care plan.", [
                ("Add a ‘wishes for care after death’ section to the anticipatory care plan template and brief all clinical staff on its use.",
                 "July 2025", "Quality and Governance Manager"),
            ]),
        ]),
        ("Domain 7 – Quality improvement", [
            ("Recommendation c: The service should develop a quality improvement plan that sets out how improvement activity will be measured and reported.", [
                ("Develop a Quality Improvement Plan 2025–2027 with measures reported quarterly to the Board’s Clinical Governance Committee.",
                 "October 2025", "Director of Clinical Services"),
                ("Provide Scottish Improvement Foundation Skills training for a cohort of ward and community team leaders.",
                 "March 2026", "Education Lead / Quality and Governance Manager"),
            ]),
        ]),
    ]
    for heading, items in domains:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(["Reference number", "Action planned", "Timescale to meet",
                               "Responsibility for taking action"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DEEAF6")
        for req, acts in items:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[3])
            set_cell(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for act, when, who in acts:
                cells = t.add_row().cells
                set_cell(cells[0], "")
                set_cell(cells[1], act)
                set_cell(cells[2], when)
                set_cell(cells[3], who)

    doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for a, b in [("Name", ""), ("Designation", "Chief Executive"), ("Signature", ""), ("Date", "30 April 2025")]:
        cells = s.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(out("zze-prince-and-princess-of-wales-hospice-his-inspection-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Wellington College Belfast - ETI action plan (csv), typo month -> refuse
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def wellington():
    rows = [
        ["Wellington College Belfast – Action Plan following ETI Inspection (November 2024)"],
        ["Approved by the Board of Governors: 22 January 2025"],
        [],
        ["Area for Improvement", "Ref", "Action", "Person(s) Responsible", "Timescale",
         "Success Criteria / Evidence", "Progress (RAG)"],
        ["AFI 1: Improve the use of assessment information to plan learning that meets the needs of all pupils, including those with special educational needs"],
        ["", "1.1", "Establish a whole-school tracking system linking baseline data with termly assessment outcomes",
         "Vice-Principal (Curriculum)", "June 2025", "Tracking reports used at departmental reviews", "G"],
        ["", "1.2", "Deliver staff development on using SEN pupil profiles to plan differentiated tasks",
         "SENCo & Head of Learning Support", "Sept 2025", "Lesson observations show planned differentiation", "G"],
        ["", "1.3", "Heads of Department to review schemes of work to include planned assessment points",
         "Heads of Department", "Febuary 2026", "Revised schemes of work in place", "A"],
        ["AFI 2: Develop further the pastoral care arrangements to support the emotional health and wellbeing of pupils"],
        ["", "2.1", "Introduce a wellbeing check-in for Year 8 and Year 11 pupils each term, with follow-up by the Head of Year",
         "Senior Teacher (Pastoral)", "December 2025", "Check-in data reviewed by the pastoral team", "G"],
        ["", "2.2", "Train form teachers in the EA Emotional Health and Wellbeing Framework",
         "Senior Teacher (Pastoral)", "March 2026", "All form teachers trained", "G"],
        ["AFI 3: Strengthen the monitoring and evaluation role of middle leaders"],
        ["", "3.1", "Middle leaders to complete a termly departmental self-evaluation against the School Development Plan priorities",
         "Vice-Principal (Pastoral & Staffing)", "Termly", "Self-evaluations presented to SLT", "B"],
        [],
        ["RAG: G = on track; A = some concerns; R = not on track; B = complete"],
    ]
    with open(out("zze-wellington-college-belfast-eti-inspection-action-plan-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        for row in rows:
            row = row + [""] * (7 - len(row))
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Newry, Mourne and Down PCSP - action plan Q2 progress (tab-separated txt)
# ---------------------------------------------------------------------------
def newry():
    T = "\t"
    lines = [
        "Newry, Mourne and Down PCSP Action Plan 2025-2026",
        "Quarter 2 Progress Report (1 July – 30 September 2025)",
        "Presented to the PCSP meeting, 20 November 2025",
        "",
        T.join(["Ref", "Project / Action", "Lead", "Start", "End", "Q2 RAG", "Q2 Progress"]),
        "Strategic Priority 1: To ensure effective delivery in response to local need, and improve the visibility and recognition of the work of the PCSP through effective consultation, communication and engagement",
        T.join(["SP1.1", "Facilitate PCSP and Policing Committee meetings, including two public meetings in the Mournes and Slieve Croob DEAs",
                "PCSP Manager", "Apr-25", "Mar-26", "G",
                "Policing Committee met 11 Sept; public meeting held in Kilkeel on 24 Sept (38 attendees)."]),
        T.join(["SP1.2", "Deliver the PCSP communications plan, promoting PCSP projects through social media, the Council e-zine and local press",
                "PCSP Officer (Communications)", "Apr-25", "Mar-26", "G",
                "14 social media posts; 2 press releases."]),
        "Strategic Priority 2: To improve community safety by prioritising and addressing local community safety issues, tackling crime and anti-social behaviour",
        T.join(["SP2.1", "Neighbourhood Watch and Farm Watch – support existing schemes and establish three new schemes",
                "PCSP Officer (South Area) & PSNI Crime Prevention Officer", "Apr-25", "Mar-26", "A",
                "One new scheme (Ballykinler) registered; two pending volunteer coordinators."]),
        T.join(["SP2.2", "Summer diversionary programme for young people in Newry city centre, Downpatrick and Newcastle",
                "PCSP Officer (North Area) & Youth Justice Agency", "Jun-25", "Sep-25", "B",
                "Complete – 212 young people engaged over 9 weeks."]),
        T.join(["SP2.3", "Safer Homes scheme – home security checks and equipment for older and vulnerable residents",
                "PCSP Officer (Vulnerable Groups)", "Apr-25", "Q4 2025/26", "G",
                "61 homes visited in Q2."]),
        T.join(["SP2.4", "Alcohol and drugs awareness sessions in post-primary schools",
                "PCSP Manager", "Sep-25", "Dec 2025", "R",
                "Only 2 of 8 planned sessions delivered; provider capacity issue escalated."]),
        "Strategic Priority 3: To support confidence in policing, including through collaborative problem solving with communities",
        T.join(["SP3.1", "Policing Committee to monitor PSNI performance against the Local Policing Plan at each meeting",
                "Policing Committee / District Commander", "Apr-25", "Ongoing", "G",
                "Q1 performance report considered on 11 Sept."]),
        T.join(["SP3.2", "Deliver ‘Meet the Police’ community engagement events in rural areas",
                "PSNI Newry, Mourne and Down District", "Apr-25", "Mar-26", "A",
                "3 of 6 events held; remaining events to be scheduled for Q4."]),
        "",
        "RAG key: G – on track; A – some slippage; R – significant concern / not on track; B – complete",
        "Summary Q2: Green 4 | Amber 2 | Red 1 | Complete 1",
    ]
    with open(out("zze-newry-mourne-and-down-pcsp-action-plan-2025-26-q2-progress.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    dundee()
    swfrs()
    inverclyde()
    cantonian()
    hospice()
    wellington()
    newry()
    print("built 7 zze- files in", HERE)
