"""Make the ee2- case files (plans outside children's services).

Run with /work/main/.venv/bin/python ee2_make.py from this folder.
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

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "hdr": "1F3864", "sec": "D9E1F2", "grey": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def d(y, m, dd):
    return dt.datetime(y, m, dd)


# ---------------------------------------------------------------- 1 Norfolk FRS
def norfolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Plan"
    ws["A1"] = "Norfolk Fire and Rescue Service – HMICFRS Improvement Plan 2023-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Areas for improvement from the HMICFRS Effectiveness, Efficiency and People inspection 2023-25"
    ws["A3"] = "Last updated: 31/01/2025   Owner: Assistant Chief Fire Officer"
    hdr = ["Ref", "Pillar", "Area for Improvement", "Action", "Lead",
           "Target Date", "Revised Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.border = BORDER
        c.alignment = WRAP
    afi1 = "The service should make sure it targets its prevention activity at the people most at risk from fire."
    afi2 = ("The service should assure itself that its prevention and protection staff are competent "
            "and that the quality of their work is assured.")
    afi3 = "The service should make sure it has effective measures in place to assess the benefits of its collaboration activity."
    afi4 = "The service should improve the diversity of its workforce."
    afi5 = "The service should make sure it has effective succession plans for its senior roles."
    rows = [
        # ref, pillar, afi, action, lead, target, tfmt, revised, rag, progress
        ("1.1", "Effectiveness", afi1,
         "Refresh the risk-based targeting model for Safe and Well visits using Exeter data and partner referral data.",
         "Area Manager (Prevention)", d(2024, 9, 30), "dd/mm/yyyy", d(2025, 3, 31), "A",
         "Model drafted and tested on two districts. Data sharing agreement with Norfolk County Council ASC awaiting sign-off."),
        ("1.2", None, None,
         "Introduce quarterly reporting on home fire safety visits by risk category to the Prevention Board.",
         "Head of Prevention", d(2024, 6, 30), "dd/mm/yyyy", None, "B",
         "Complete – first report presented to Prevention Board June 2024 and now a standing item."),
        ("2.1", None, afi2,
         "Implement a quality assurance framework for Safe and Well visits, with dip-sampling of 5% of visits each month.",
         "GM Prevention / Prevention QA Officer", d(2024, 12, 1), "mmm-yy", None, "G",
         "Framework agreed; dip-sampling started in November with first results due at the February board."),
        ("2.2", None, None,
         "Deliver the Level 4 Certificate in Fire Safety to all protection inspecting officers.",
         "Head of Protection", d(2025, 7, 31), "dd/mm/yyyy", None, "G",
         "9 of 14 officers qualified; remaining 5 enrolled on the spring cohort."),
        ("3.1", "Efficiency", afi3,
         "Develop a collaboration benefits register and report to the Joint Collaboration Board twice a year.",
         "Assistant Chief Fire Officer", d(2024, 12, 31), "dd/mm/yyyy", None, "R",
         "Register template agreed, but no benefits data yet returned by partners. Escalated to the Chief Fire Officer."),
        ("4.1", "People", afi4,
         "Run a positive action campaign ahead of the 2025 wholetime recruitment intake.",
         "Head of People", d(2025, 3, 1), "mmm-yy", None, "G",
         "Have-a-go days held in Norwich and King's Lynn; 38% of applicants from under-represented groups."),
        ("4.2", None, None,
         "Hold regular engagement sessions with staff networks to inform the EDI action plan.",
         "EDI Manager", "Ongoing", None, None, "G",
         "Sessions held bi-monthly with the Women's, LGBT+ and Neurodiversity networks."),
        ("5.1", None, afi5,
         "Introduce talent management and succession plans for all middle and strategic manager roles.",
         "Chief Fire Officer", d(2025, 9, 30), "dd/mm/yyyy", None, None,
         "Not yet started – scheduled for Q2 2025/26 after the management restructure."),
    ]
    r = 6
    spans = {}  # column -> (start_row, value)
    for ref, pillar, afi, action, lead, target, tfmt, revised, rag, prog in rows:
        vals = [ref, pillar, afi, action, lead, target, revised, rag, prog]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i)
            if v is not None:
                c.value = v
            c.border = BORDER
            c.alignment = WRAP
        if isinstance(target, dt.datetime):
            ws.cell(r, 6).number_format = tfmt
        if revised is not None:
            ws.cell(r, 7).number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(r, 8).fill = fill(rag)
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    last = r - 1
    # merge pillar (B) and AFI (C) cells down over their actions
    for col in (2, 3):
        start = 6
        for rr in range(7, last + 2):
            v = ws.cell(rr, col).value if rr <= last else "END"
            if v is not None:
                if rr - 1 > start:
                    ws.merge_cells(start_row=start, start_column=col, end_row=rr - 1, end_column=col)
                start = rr
    r = last + 2
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk / behind schedule"), ("R", "Off track – escalated")]
    for k, txt in key:
        r += 1
        ws.cell(r, 1, k).fill = fill(k)
        ws.cell(r, 2, txt)
    widths = [7, 14, 40, 48, 24, 12, 12, 6, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ee2-norfolk-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Doncaster ASC
def doncaster():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Adult Social Care CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Doncaster Council | Version 3.2 | Reported to the ASC Improvement Board 12 March 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "CQC finding", "What we will do", "Responsible officer", "By when", "Status", "Update (March 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("hdr")
        c.border = BORDER
        c.alignment = WRAP
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R", "Not started": None}
    f_wait = "People waited too long for Care Act assessments and reviews."
    plan = [
        ("Theme 1: Working with people", [
            ("1.1", f_wait,
             "Clear the assessment waiting list through a dedicated assessment hub, with weekly oversight by Heads of Service.",
             "Head of Adult Social Care Operations", "September 2025", None, "On track",
             "Waiting list down from 612 to 344 since October. Hub fully staffed from February."),
            ("1.2", f_wait,
             "Introduce a waiting well protocol so that people awaiting assessment are contacted at least every four weeks.",
             "Principal Social Worker", d(2025, 3, 31), "dd/mm/yyyy", "Complete",
             "Protocol in place and audited in February; 96% of people contacted within four weeks."),
            ("1.3", "Carers' assessments and support were inconsistent.",
             "Co-produce a refreshed Carers Strategy with the Doncaster Carers' Forum.",
             "Commissioning Manager (Carers)", "Q2 2025/26", None, "At risk",
             "Engagement events held, but strategy drafting delayed by vacancy in the commissioning team."),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", "Gaps in the home care market in rural areas delayed packages of care.",
             "Re-commission home care on a zoned model with rural incentive payments.",
             "Head of Commissioning", d(2025, 12, 1), "mmm-yy", "On track",
             "Tender published January 2025; contracts to start December."),
            ("2.2", "Reablement capacity did not meet demand.",
             "Expand the STEPs reablement service by 20 additional hours per day, funded through the Better Care Fund.",
             "Reablement Service Manager", "Ongoing", None, "On track",
             "12 additional hours in place; recruitment continuing for the remainder."),
        ]),
        ("Theme 3: Ensuring safety", [
            ("3.1", "Safeguarding concerns were not always triaged within timescales.",
             "Implement a daily safeguarding triage huddle in the MASH with health and police partners.",
             "Head of Safeguarding Adults", d(2025, 6, 30), "dd/mm/yyyy", "Off track",
             "Police attendance at the huddle not yet agreed; escalated to the Safeguarding Adults Board chair."),
            ("3.2", "Transitions from children's services were not well planned.",
             "Agree a joint Preparing for Adulthood protocol with Children's Services, with planning starting from age 14.",
             "AD Adult Social Care / AD Children's Social Care", "Jan 2026", None, "Not started",
             "Scoping meeting booked for April 2025."),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Learning from complaints and feedback was not used systematically.",
             "Introduce a quarterly Learning from Experience report to the Directorate Leadership Team and the Improvement Board.",
             "Quality Assurance Manager", "Quarterly", None, "On track",
             "First report presented in January; next due April."),
            ("4.2", "Co-production with people who use services was underdeveloped.",
             "Establish a Making It Real board of people with lived experience to review this plan twice a year.",
             "Director of Adult Social Care", "July 2025", None, "Complete",
             "Board established with 11 members; first meeting held 4 March 2025."),
        ]),
    ]
    r = 5
    for ti, (theme, acts) in enumerate(plan):
        if ti:
            r += 1  # blank row between themes
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(r, col).fill = fill("sec")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, finding, action, lead, when, fmt, status, upd in acts:
            vals = [ref, finding, action, lead, when, status, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
            if fmt:
                ws.cell(r, 5).number_format = fmt
            sf = status_fill[status]
            if sf:
                ws.cell(r, 6).fill = fill(sf)
            r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    for txt, k in [("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R"), ("Not started", None)]:
        r += 1
        c = ws.cell(r, 1, txt)
        if k:
            c.fill = fill(k)
    for col, w in zip("ABCDEFG", [6, 38, 48, 28, 14, 12, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ee2-doncaster-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3 Hightown (refuse)
def hightown():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Hightown Housing Association – Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the Regulator of Social Housing judgement (C2) – Board report, 18 September 2025"
    hdr = ["Ref", "Issue identified", "Action", "Owner", "Due", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BORDER
    st_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Overdue": "R"}
    data = [
        ("Safety and Quality Standard", [
            ("SQ1", "Stock condition data more than five years old for 38% of homes.",
             "Commission stock condition surveys for all homes without a survey since 2020.",
             "Director of Property", "Mar-26", "On track",
             "Surveys 46% complete; contractor on programme."),
            ("SQ2", "Fire risk assessment remedial actions overdue.",
             "Clear all overdue high-priority FRA actions and report progress weekly to the Executive Team.",
             "Head of Building Safety", "Dec-25", "At risk",
             "112 of 187 overdue actions closed. Door replacement programme delayed by supply issues."),
            ("SQ3", "Damp and mould cases not tracked to completion.",
             "Introduce a damp and mould case tracker with a named case owner for every open case.",
             "Repairs Manager", "Jun-25", "Complete",
             "Tracker live in the housing management system since June."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "Tenant satisfaction measures not reported to tenants in an accessible format.",
             "Publish TSM results and the Board's response in the tenant newsletter and on the website.",
             "Head of Customer Experience", "Agu-25", "Complete",
             "Published in the summer newsletter and online."),
            ("TIA2", "Limited tenant scrutiny of repairs performance.",
             "Set up a tenant scrutiny panel to review the repairs service.",
             "Resident Involvement Manager", "Nov-25", "On track",
             "Seven tenants recruited; terms of reference agreed."),
        ]),
        ("Tenancy Standard", [
            ("T1", "Tenancy audits not completed for tenants in supported housing.",
             "Complete tenancy audits for all supported housing tenants and record vulnerabilities.",
             "Head of Housing Management", "Jan-26", "On track",
             "Audits scheduled across all 14 schemes."),
        ]),
    ]
    r = 5
    for std, acts in data:
        ws.cell(r, 1, std).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in acts:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(r, 6).fill = fill(st_fill[row[5]])
            r += 1
    for col, w in zip("ABCDEFG", [7, 40, 48, 26, 10, 12, 44]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ee2-hightown-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 A2Dominion
def a2dominion():
    doc = Document()
    doc.add_heading("Housing Ombudsman Special Investigation – Action Plan", level=0)
    doc.add_paragraph("A2Dominion Housing Group Limited | Board update, October 2024")
    doc.add_paragraph(
        "This action plan sets out how we are responding to the recommendations made by the Housing "
        "Ombudsman following its special investigation into our complaint handling, damp and mould, and "
        "record keeping. Progress is reported to the Customer Services Committee every quarter.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "14 October 2024"),
                                ("Owner", "Executive Director of Customer Services"),
                                ("Approved by", "Customer Services Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("1. Complaint handling", [
            ("The landlord should review its complaints policy to ensure it complies with the Complaint Handling Code.", [
                ("1a", "Complete a self-assessment against the Complaint Handling Code and publish it on our website.",
                 "Head of Customer Resolution", "30 June 2024", "Complete",
                 "Self-assessment published 27 June 2024."),
                ("1b", "Update the Complaints Policy so that Stage 1 responses are issued within 10 working days and Stage 2 responses within 20 working days.",
                 "Head of Customer Resolution", "31 August 2024", "Complete",
                 "Policy approved by the Board in August and in force from 1 September."),
            ]),
            ("The landlord should ensure its staff are trained to recognise expressions of dissatisfaction as complaints.", [
                ("1c", "Deliver mandatory complaint recognition training to all customer-facing staff, including contractors' call handlers.",
                 "People Development Manager; Head of Customer Resolution", "December 2024", "Amber",
                 "78% of staff trained. Contractor sessions booked for January, so completion will slip."),
            ]),
        ]),
        ("2. Damp and mould", [
            ("The landlord should adopt a zero-tolerance approach to damp and mould, with clear timescales for inspection and remedial works.", [
                ("2a", "Introduce damp and mould triage so that every report receives a surveyor inspection within 10 working days.",
                 "Director of Property Services", "31/03/2024", "Complete",
                 "Triage in place; 94% of inspections within 10 working days in Q2."),
                ("2b", "Carry out proactive stock condition surveys of all homes with a damp and mould report in the last three years.",
                 "Head of Asset Management", "Q4 2024/25", "Green",
                 "1,240 of 2,100 homes surveyed."),
                ("2c", "Write to all residents in identified high-risk blocks explaining how to report damp and mould and what we will do.",
                 "Head of Communications", "Sept 2024 – Jan 2025", "Amber",
                 "Letters sent to 60% of blocks; translated versions being prepared."),
            ]),
        ]),
        ("3. Knowledge and information management", [
            ("The landlord should review its record keeping so that repairs, inspections and vulnerabilities are accurately recorded.", [
                ("3a", "Implement vulnerability flags in the new housing management system and cleanse existing tenancy data.",
                 "Chief Information Officer", "March 2025", "Red",
                 "System go-live moved to May 2025; interim spreadsheet of vulnerabilities in use."),
                ("3b", "Audit a sample of repairs records against completed works each quarter and report findings to the Executive.",
                 "Head of Repairs", "Quarterly", "Green",
                 "Q2 audit completed; 88% of records accurate."),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=1, cols=7)
        tbl.style = "Table Grid"
        for i, h in enumerate(["Ref", "Ombudsman recommendation", "Action", "Lead", "Target date", "RAG", "Update"]):
            tbl.rows[0].cells[i].text = h
            shade(tbl.rows[0].cells[i], "D9E1F2")
        bold_row(tbl.rows[0])
        for rec, acts in recs:
            first = None
            for j, (ref, action, lead, date, rag, upd) in enumerate(acts):
                cells = tbl.add_row().cells
                cells[0].text = ref
                if j == 0:
                    cells[1].text = rec
                    first = cells[1]
                cells[2].text = action
                cells[3].text = lead
                cells[4].text = date
                cells[5].text = rag
                shade(cells[5], rag_fill[rag])
                cells[6].text = upd
                last = cells[1]
            if len(acts) > 1:
                first.merge(last)
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, m) in enumerate([("Complete", "Action completed and evidence held"),
                                ("Green", "On track to meet target date"),
                                ("Amber", "Some slippage, recovery plan in place"),
                                ("Red", "Target date will be missed; escalated to Executive")]):
        k.cell(i, 0).text = w
        shade(k.cell(i, 0), rag_fill[w])
        k.cell(i, 1).text = m
    doc.save(os.path.join(HERE, "ee2-a2dominion-housing-ombudsman-special-investigation-action-plan.docx"))


# ---------------------------------------------------------------- 5 Kirklees SAB
def kirklees():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Kirklees Safeguarding Adults Board")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_heading("Safeguarding Adults Review: Adult E – Multi-agency Action Plan", level=1)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("SAR published", "September 2024"),
                                ("Action plan agreed by Board", "17 October 2024"),
                                ("Last updated", "February 2025")]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
    doc.add_paragraph(
        "The Board accepted all three recommendations of the review. Partner agencies have agreed the "
        "actions below, and progress is monitored by the SAR Sub-group, which reports to each Board meeting.")
    cols = ["No.", "Action", "Agency / Lead", "Timescale", "Evidence of completion", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "BDD7EE")
    bold_row(t.rows[0])
    col = {"R": "FF0000", "A": "FFC000", "G": "00B050", None: None}
    recs = [
        ("Recommendation 1: Partners should ensure that self-neglect concerns are managed through the "
         "multi-agency Self-Neglect and Hoarding Protocol.", [
            ("1.1", "Relaunch the Self-Neglect and Hoarding Protocol with 7-minute briefings for all partner agencies.",
             "SAB Business Manager", "March 2025", "Briefing published; relaunch event held 6 February 2025.", "G"),
            ("1.2", "Audit a sample of 20 self-neglect cases to test use of the protocol and report findings to the Quality and Performance Sub-group.",
             "Quality and Performance Sub-group Chair", "31.12.24", "Audit under way; 14 of 20 cases reviewed.", "A"),
        ]),
        ("Recommendation 2: Agencies should assure the Board that mental capacity assessments are carried out "
         "and recorded where there is reason to doubt capacity for specific decisions.", [
            ("2.1", "Deliver MCA refresher training on executive capacity to frontline staff in adult social care, primary care and housing.",
             "Kirklees Council Workforce Development / CHFT Safeguarding Team", "End of June 2025",
             "Sessions scheduled; 120 staff trained so far.", "A"),
            ("2.2", "Include MCA recording standards in each agency's single-agency audit programme and report compliance to the Board.",
             "All partner agencies", "Sept 2025", "Only two agencies have confirmed audit dates.", "R"),
        ]),
        ("Recommendation 3: The Board should seek assurance that information about risk is shared when people "
         "move between hospital and community services.", [
            ("3.1", "Review the hospital discharge checklist to include a prompt for safeguarding and self-neglect risks.",
             "CHFT Head of Safeguarding", "January 2025", "Revised checklist in use on all wards.", "G"),
            ("3.2", "Test the revised checklist through a multi-agency audit of ten hospital discharges.",
             "SAB Business Manager and Designated Nurse Safeguarding Adults", "April 2025",
             "Audit tool agreed.", "A"),
            ("3.3", "Publish a learning briefing on Adult E for all partners.",
             "SAB Business Manager", "On publication of the SAR", "", None),
        ]),
    ]
    for rec, acts in recs:
        row = t.add_row()
        a = row.cells[0].merge(row.cells[5])
        a.text = rec
        shade(a, "F2F2F2")
        for run in a.paragraphs[0].runs:
            run.bold = True
        for ref, action, lead, ts, ev, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, ts, ev, ""]):
                cells[i].text = v
            if rag:
                shade(cells[5], col[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Red – not progressing / overdue; Amber – in progress; Green – completed.")
    doc.save(os.path.join(HERE, "ee2-kirklees-sab-sar-adult-e-action-plan.docx"))


# ---------------------------------------------------------------- 6 Wiltshire audit CSV
def wiltshire():
    hdr = ["Audit Title", "Assurance Opinion", "Rec No", "Priority", "Recommendation", "Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG Status", "Latest Update"]
    n = len(hdr)
    title = ["Wiltshire Council - Internal Audit Recommendations Tracker (SWAP) - Audit and Governance Committee January 2025"]
    rows = [
        ["Payroll 2023/24", "Limited", "1", "2",
         "Starters and leavers forms should be authorised by the budget holder before they are processed.",
         "Payroll will reject unsigned forms and report exceptions monthly to HR Operations.",
         "Payroll Manager", "31/03/2024", "30/09/2024", "Complete",
         "Exception reporting in place since September 2024. Verified by SWAP in follow-up."],
        ["Payroll 2023/24", "Limited", "2", "3",
         "Overtime claims of more than 20 hours in a month should be reviewed.",
         "Introduce a monthly exception report to Heads of Service for overtime claims over 20 hours.",
         "Payroll Manager / HR Business Partner", "30/06/2024", "31/03/2025", "Amber",
         "Report built in the HR system; awaiting testing before roll-out."],
        [""] * n,
        ["Fleet Management 2023/24", "Partial", "1", "2",
         "A complete record of driving licence checks for authorised drivers should be maintained.",
         "Implement annual DVLA licence checks through the online mandate system for all authorised drivers.",
         "Fleet Manager", "31/08/2024", "", "Complete",
         "All 412 authorised drivers checked; annual cycle set up."],
        ["Fleet Management 2023/24", "Partial", "2", "3",
         "Vehicle utilisation should be reviewed to identify under-used vehicles.",
         "Produce a utilisation report from telematics data and present disposal options to the Fleet Board.",
         "Head of Passenger Transport and Fleet", "30/09/2024", "31/05/2025", "Red",
         "Telematics contract change has delayed the data. Revised date agreed by the Director."],
        [""] * n,
        ["Cyber Security 2024/25", "Reasonable", "1", "2",
         "Privileged accounts should be reviewed every quarter.",
         "Review privileged accounts quarterly and report the results to the Information Governance Board.",
         "Head of ICT Infrastructure", "31/12/2024", "", "Green",
         "First quarterly review completed in December; 23 accounts removed."],
        ["Cyber Security 2024/25", "Reasonable", "2", "3",
         "The cyber incident response plan should be tested at least once a year.",
         "Run a tabletop cyber exercise with the Corporate Leadership Team.",
         "Chief Information Officer", "March 2025", "", "Green",
         "Exercise booked with the LGA Cyber team for 11 March."],
        [""] * n,
        ["Housing Rents 2024/25", "Reasonable", "1", "2",
         "Former tenant arrears should be pursued in line with the Corporate Debt Recovery Policy.",
         "Allocate former tenant arrears cases over £500 to the recovery officer and review them monthly.",
         "Income Manager", "31/01/2025", "", "Not started",
         "Recovery officer post being recruited to."],
    ]
    with open(os.path.join(HERE, "ee2-wiltshire-council-swap-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(title + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * n)
        w.writerow(["Priority 1 - fundamental; Priority 2 - significant; Priority 3 - merits attention"] + [""] * (n - 1))


# ---------------------------------------------------------------- 7 St Helens CPC txt
def sthelens():
    lines = [
        "St Helens Borough Council – LGA Corporate Peer Challenge Action Plan",
        "Progress update: Cabinet, 18 December 2024",
        "",
        "\t".join(["No.", "Peer challenge recommendation", "Actions", "Lead", "Timescale", "Progress", "RAG"]),
    ]
    rows = [
        ("1.1", "1. Set out a clear and compelling vision for St Helens that is owned by partners and communities",
         "Refresh the Borough Strategy 2021-2030 delivery plan with partners through the St Helens Together board.",
         "CEX", "Mar-25", "Draft delivery plan shared with partners in November; final version to Cabinet in March.", "G"),
        ("1.2", "",
         "Hold an annual partnership summit to review progress on the Borough Strategy.",
         "CEX / Director of Strategy", "Annually", "First summit held October 2024 with 90 attendees.", "G"),
        ("2.1", "2. Strengthen the medium-term financial plan to close the budget gap in 2025/26 and beyond",
         "Agree a three-year savings programme with clear delivery milestones.",
         "S151 Officer", "Feb-25", "Savings of £9.2m identified against a £12m gap; options for the remainder going to Budget Council.", "A"),
        ("2.2", "",
         "Establish a Transformation Board chaired by the Chief Executive to monitor delivery of savings.",
         "S151 Officer", "Sept 2024", "Board established and meeting monthly.", "B"),
        ("3.1", "3. Develop a workforce strategy that addresses recruitment and retention challenges",
         "Publish a Workforce Strategy 2025-28 including a grow-our-own programme for hard-to-fill roles.",
         "Assistant Director HR", "Q1 2025/26", "Staff survey results being used to shape the draft strategy.", "A"),
        ("3.2", "",
         "Analyse exit interviews and report the findings quarterly to the Executive Board.",
         "KB", "Dec-24", "Delayed by the HR system upgrade; first report now expected in March.", "R"),
        ("4.1", "4. Improve member-officer relationships through a refreshed member development programme",
         "Launch a member development programme agreed with the group leaders.",
         "Head of Democratic Services", "April 2025", "Not yet started.", ""),
        ("4.2", "",
         "Review the protocol on member-officer relations and deliver joint training.",
         "Monitoring Officer", "31/01/2025", "Revised protocol going to Standards Committee in January.", "G"),
        ("5.1", "5. Make better use of data and insight to drive performance",
         "Implement a corporate performance dashboard reported to Cabinet quarterly.",
         "Director of Strategy", "Jun-25", "Dashboard prototype built in Power BI; testing with Executive Board.", "G"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG key: B - complete; G - on track; A - some slippage; R - significant delay"]
    with open(os.path.join(HERE, "ee2-st-helens-bc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    norfolk()
    doncaster()
    hightown()
    a2dominion()
    kirklees()
    wiltshire()
    sthelens()
