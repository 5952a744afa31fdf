"""Generate the ak2- case files (blind corpus, heldout71).

Run with /work/main/.venv/bin/python ak2_make.py from this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")
BAND_FILL = PatternFill("solid", fgColor="D9E1F2")

RAG = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.fill = HDR_FILL
        c.font = HDR_FONT
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def band(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = BAND_FILL
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


def boxrow(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Havant BC - SIAP outstanding management actions (xlsx)
# ---------------------------------------------------------------------------
def make_havant():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    ncols = 8
    ws["A1"] = "Havant Borough Council – Internal Audit: Outstanding Management Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 31 August 2025 – Governance Committee, 9 September 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header(ws, 4, ["Ref", "Agreed Management Action", "Priority", "Action Owner",
                   "Original Due Date", "Revised Due Date", "Management Update", "RAG"],
           [7, 55, 10, 24, 14, 14, 55, 7])
    groups = [
        ("Procurement and Contract Management (2023-24) – Limited Assurance", [
            ("1.1", "Contract Procedure Rules will be refreshed and reissued to all budget holders, supported by mandatory e-learning for officers procuring goods and services above £5,000.",
             "High", "Procurement Manager", d(2024, 3, 31), d(2025, 9, 30),
             "Revised CPRs approved by Full Council on 16 July 2025. The e-learning module has been built and will launch alongside the new rules in September.", "G"),
            ("1.2", "A single contracts register will be maintained and published quarterly in line with the Local Government Transparency Code, with each entry assigned a named contract manager.",
             "High", "Procurement Manager", d(2024, 6, 30), d(2025, 12, 31),
             "Register now held in the e-tendering system. Data cleanse of legacy contracts is about 60% complete; capacity has been affected by the system migration.", "A"),
            ("1.3", "Waivers of Contract Procedure Rules will be recorded centrally and reported to the Governance Committee every six months.",
             "Medium", "Head of Legal Services", d(2024, 9, 30), None,
             "Waiver log in place from October 2024 and first report taken to Committee in March 2025.", "B"),
        ]),
        ("Housing Benefit Overpayments (2024-25) – Reasonable Assurance", [
            ("2.1", "Overpayment recovery cases will be reviewed monthly by the Benefits Team Leader, and cases with no recovery action for 90 days escalated to the Revenues and Benefits Manager.",
             "Medium", "Benefits Team Leader", d(2024, 12, 31), d(2025, 10, 31),
             "Monthly review started in May. Escalation report still being developed with the system supplier.", "G"),
            ("2.2", "Write-offs above £1,000 will be approved in accordance with the Financial Regulations and evidence of the approval retained on the claim record.",
             "High", "Revenues & Benefits Manager", d(2025, 3, 31), None,
             "Approval workflow amended. A sample of 15 write-offs was tested by SIAP in July 2025 and all were correctly approved.", "B"),
        ]),
        ("Information Governance – Records Retention (2024-25) – Limited Assurance", [
            ("3.1", "The Corporate Retention Schedule will be reviewed and each service will nominate an Information Asset Owner responsible for applying it.",
             "High", "Data Protection Officer", d(2025, 3, 31), d(2025, 7, 31),
             "Schedule reviewed, but Information Asset Owner nominations are outstanding for three services. Revised date has passed; escalated to the Executive Leadership Team.", "R"),
            ("3.2", "A programme for deleting electronic records held on network drives beyond their retention period will be agreed and carried out.",
             "Medium", "Data Protection Officer / Head of ICT", d(2025, 6, 30), d(2026, 3, 31),
             "Scoping complete. Deletion will be phased by directorate through the winter.", "G"),
        ]),
        ("Health and Safety – Lone Working (2024-25) – Reasonable Assurance", [
            ("4.1", "Lone working risk assessments will be completed for all roles identified as lone workers and reviewed annually.",
             "High", "Health & Safety Advisor", d(2025, 5, 31), None,
             "Completed for Neighbourhood Wardens, Environmental Health and Building Control. Remaining roles are being prioritised with Heads of Service.", "A"),
            ("4.2", "The lone worker device contract will be re-procured and device use monitored through monthly usage reports to managers.",
             "Medium", "Facilities Manager", d(2025, 9, 30), None,
             "Not yet due. Tender evaluation under way.", "G"),
        ]),
    ]
    row = 5
    for gi, (title, acts) in enumerate(groups):
        if gi:
            row += 1  # blank row between audits
        band(ws, row, title, ncols)
        row += 1
        for ref, act, prio, owner, orig, rev, upd, rag in acts:
            vals = [ref, act, prio, owner, orig, rev, upd, rag]
            for col, v in enumerate(vals, start=1):
                ws.cell(row=row, column=col, value=v)
            boxrow(ws, row, ncols)
            for col in (5, 6):
                ws.cell(row=row, column=col).number_format = "dd/mm/yyyy"
            rc = ws.cell(row=row, column=8)
            rc.fill = RAG[rag]
            rc.alignment = Alignment(horizontal="center", vertical="top")
            rc.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Key").font = Font(bold=True)
    row += 1
    for letter, text in [("B", "Action complete (verified by SIAP)"),
                         ("G", "On track to meet the due date / revised due date"),
                         ("A", "Some slippage – at risk of missing the due date"),
                         ("R", "Overdue – revised due date has passed")]:
        c = ws.cell(row=row, column=1, value=letter)
        c.fill = RAG[letter]
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=row, column=2, value=text)
        row += 1
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "ak2-havant-internal-audit-outstanding-management-actions.xlsx"))


# ---------------------------------------------------------------------------
# 2. Lancashire CC - ASC CQC assessment improvement plan (xlsx, typo month row 12)
# ---------------------------------------------------------------------------
def make_lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncols = 7
    ws["A1"] = "Lancashire County Council – Adult Social Care Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Our response to the CQC Local Authority Assessment. Version 1.3 – progress at 30 June 2025"
    ws.merge_cells("A2:G2")
    header(ws, 4, ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Timescale", "RAG",
                   "Progress update"], [6, 40, 55, 26, 13, 12, 50])
    word_fill = {"Amber": RAG["A"], "Green": RAG["G"], "Complete": RAG["B"], "Red": RAG["R"],
                 "Not started": None}
    themes = [
        ("Theme 1: Working with people", [
            ("People wait too long for Care Act assessments and occupational therapy assessments, and are not always kept informed while they wait.", [
                ("1.1", "Introduce a trusted assessor model for equipment and minor adaptations so that people with straightforward needs do not wait for an occupational therapist.",
                 "Head of Service – Occupational Therapy", "Sept 2025", "Amber",
                 "Trusted assessor training delivered to 46 staff. Average wait for an OT assessment down from 19 to 14 weeks."),
                ("1.2", "Publish waiting times for assessments on the council website and contact everyone on a waiting list at least every eight weeks.",
                 "Head of Business Intelligence", "Dec 2025", "Green",
                 "Waiting list contact script agreed; web page in development with the digital team."),
            ]),
            ("Unpaid carers are not consistently identified or offered a carer's assessment.", [
                ("1.3", "Recommission the carers support service with a single front door and a target of 1,500 carers' assessments a year.",
                 "Commissioning Manager (Carers)", "March 2026", "Green",
                 "Co-production sessions with carers held in May and June. Tender to be issued in October."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Home care capacity in rural parts of the county is limited, and some people wait for packages of care.", [
                ("2.1", "Develop rural home care zones with guaranteed hours for providers in the Ribble Valley, Pendle and Lancaster rural areas.",
                 "Head of Commissioning", "Nov 2025", "Amber",
                 "Provider engagement under way; two zones agreed, third zone delayed by provider exit."),
                ("2.2", "Introduce a rural uplift to home care rates, funded from the Market Sustainability and Improvement Fund.",
                 "Head of Commissioning", "Q4 2025/26", "Green",
                 "Modelling complete; proposal to Cabinet in September."),
            ]),
            ("Reablement is not consistently available to people leaving hospital.", [
                ("2.3", "Expand the reablement service to take referrals seven days a week from all acute hospitals in the county.",
                 "Head of Service – Reablement", "Ocotber 2025", "Green",
                 "Weekend referrals live at Royal Preston and Royal Lancaster Infirmary; Blackburn and Burnley to follow."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("There is a backlog of safeguarding concerns awaiting triage in some localities.", [
                ("3.1", "Clear the backlog of safeguarding concerns awaiting triage through a dedicated multi-agency triage hub.",
                 "Head of Safeguarding Adults", "Sept 2025", "Complete",
                 "Backlog cleared in July 2025; all new concerns triaged within 2 working days."),
                ("3.2", "Introduce a monthly audit of section 42 enquiries and report findings to the Lancashire Safeguarding Adults Board.",
                 "Head of Safeguarding Adults", "Dec 2025", "Green",
                 "Audit tool agreed with the Board; first audit in August."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Leaders need to make better use of data and the voice of people with lived experience to understand whether practice is improving.", [
                ("4.1", "Set up a Lived Experience Panel which reviews the improvement plan and performance report every quarter.",
                 "Director of Adult Social Services", "Ongoing", "Green",
                 "Panel of 12 members recruited; first meeting held 12 June 2025."),
                ("4.2", "Launch a practice quality assurance framework, including monthly case file audits and an annual practice week.",
                 "Principal Social Worker", "Jan 2026", "Not started",
                 "Framework to be drafted once the new Principal Social Worker is in post."),
            ]),
        ]),
    ]
    row = 5
    for theme, afis in themes:
        band(ws, row, theme, ncols)
        row += 1
        for afi, acts in afis:
            first = row
            for i, (ref, act, lead, when, rag, upd) in enumerate(acts):
                ws.cell(row=row, column=1, value=ref)
                if i == 0:
                    ws.cell(row=row, column=2, value=afi)
                ws.cell(row=row, column=3, value=act)
                ws.cell(row=row, column=4, value=lead)
                ws.cell(row=row, column=5, value=when)
                rc = ws.cell(row=row, column=6, value=rag)
                ws.cell(row=row, column=7, value=upd)
                boxrow(ws, row, ncols)
                if word_fill[rag] is not None:
                    rc.fill = word_fill[rag]
                row += 1
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="RAG key:").font = Font(bold=True)
    row += 1
    for word, text in [("Complete", "Action delivered and evidenced"),
                       ("Green", "On track to deliver by the timescale"),
                       ("Amber", "Some risk to delivery – mitigations in place"),
                       ("Red", "Off track – escalated to the ASC Improvement Board"),
                       ("Not started", "Action not yet due to start")]:
        c = ws.cell(row=row, column=1, value=word)
        if word_fill[word] is not None:
            c.fill = word_fill[word]
        ws.cell(row=row, column=2, value=text)
        row += 1
    wb.save(os.path.join(HERE, "ak2-lancashire-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bedfordshire FRS - HMICFRS improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def make_bedfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS AFIs"
    ncols = 9
    ws["A1"] = "Bedfordshire Fire and Rescue Service – HMICFRS Inspection 2023-25: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 30 June 2025 – Audit and Standards Committee"
    ws.merge_cells("A2:I2")
    header(ws, 4, ["Ref", "Pillar", "Area for Improvement", "Action", "Action Owner",
                   "Target Date", "Revised Target Date", "RAG", "Update"],
           [7, 13, 40, 50, 24, 11, 11, 7, 50])
    pillars = [
        ("Effectiveness", [
            ("The service should make sure it targets its prevention activity at the people most at risk from fire.", [
                ("E1.1", "Refresh the Home Fire Safety Visit risk-targeting model using Exeter data, NHS partner data and the service's own incident history.",
                 "Head of Prevention", d(2025, 3, 31), d(2025, 9, 30), "A",
                 "Data-sharing agreement with the ICB signed in May. Model build delayed while the new data are cleansed."),
                ("E1.2", "Introduce a quarterly quality assurance sample of completed Safe and Well visits, with findings reported to the Prevention Board.",
                 "Prevention Manager", d(2024, 12, 31), None, "B",
                 "First two quarterly samples completed and reported. Now business as usual."),
            ]),
            ("The service should make sure its firefighters have good access to relevant and up-to-date risk information.", [
                ("E2.1", "Clear the backlog of Site-Specific Risk Information (SSRI) revisits for very high and high risk premises.",
                 "Head of Response", d(2025, 3, 31), None, "R",
                 "Backlog reduced from 212 to 74 premises but target date missed. Recovery plan going to SLT in July."),
                ("E2.2", "Replace the mobile data terminals on all front-line appliances so that crews can view risk information and building plans en route.",
                 "Head of ICT", d(2026, 3, 31), None, "G",
                 "Supplier appointed; installation scheduled appliance by appliance from January 2026."),
            ]),
        ]),
        ("Efficiency", [
            ("The service should make sure it has robust processes in place to evaluate the benefits of its collaboration activity.", [
                ("F1.1", "Develop a collaboration benefits framework and apply it to the shared estate and joint control arrangements with Bedfordshire Police.",
                 "Area Manager – Strategic Support", d(2025, 9, 30), None, "G",
                 "Framework drafted and tested on the shared estate project."),
            ]),
        ]),
        ("People", [
            ("The service should assure itself that staff understand and have confidence in the processes for raising concerns.", [
                ("P1.1", "Relaunch the Speak Up policy with a network of trained Speak Up Guardians covering every station and department.",
                 "Head of People", d(2025, 3, 31), None, "B",
                 "Policy relaunched in February; 14 Guardians trained."),
                ("P1.2", "Add questions on confidence in raising concerns to the staff pulse survey and report the results to the Fire Authority.",
                 "Head of People / Equality and Inclusion Manager", d(2025, 12, 31), None, None,
                 "Not started – questions will be included in the autumn pulse survey."),
            ]),
            ("The service should improve the diversity of its workforce.", [
                ("P2.1", "Hold positive action outreach and have-a-go events ahead of each wholetime firefighter recruitment campaign.",
                 "Head of People", d(2025, 6, 30), d(2025, 10, 31), "G",
                 "Campaign moved to the autumn; three have-a-go days booked for September."),
            ]),
        ]),
    ]
    row = 5
    for pillar, afis in pillars:
        prow = row
        for afi, acts in afis:
            arow = row
            for i, (ref, act, owner, tgt, rev, rag, upd) in enumerate(acts):
                ws.cell(row=row, column=1, value=ref)
                if row == prow:
                    ws.cell(row=row, column=2, value=pillar)
                if i == 0:
                    ws.cell(row=row, column=3, value=afi)
                ws.cell(row=row, column=4, value=act)
                ws.cell(row=row, column=5, value=owner)
                ws.cell(row=row, column=6, value=tgt)
                ws.cell(row=row, column=7, value=rev)
                ws.cell(row=row, column=9, value=upd)
                boxrow(ws, row, ncols)
                for col in (6, 7):
                    ws.cell(row=row, column=col).number_format = "mmm-yy"
                if rag:
                    ws.cell(row=row, column=8).fill = RAG[rag]
                row += 1
            if row - arow > 1:
                ws.merge_cells(start_row=arow, start_column=3, end_row=row - 1, end_column=3)
        if row - prow > 1:
            ws.merge_cells(start_row=prow, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for letter, text in [("B", "Blue – action complete"),
                         ("G", "Green – on track"),
                         ("A", "Amber – some slippage, revised date agreed"),
                         ("R", "Red – off track / target date missed")]:
        c = ws.cell(row=row, column=1, value=text)
        c.fill = RAG[letter]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        row += 1
    ws.cell(row=row, column=1, value="No colour – not started")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    wb.save(os.path.join(HERE, "ak2-bedfordshire-frs-hmicfrs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row, fill="D9E1F2"):
    for c in row.cells:
        shade(c, fill)
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 4. South Ribble - Licensing Implementation Plan (docx)
# ---------------------------------------------------------------------------
def make_south_ribble():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("South Ribble Borough Council Licensing Implementation Plan", level=0)
    p = doc.add_paragraph("Year-end progress report – March 2018")
    p.runs[0].italic = True
    doc.add_paragraph(
        "The Licensing Implementation Plan was agreed in March 2017 following an independent review "
        "of the council's taxi and private hire licensing arrangements. It brings together the actions "
        "needed to strengthen policy, safeguarding, enforcement and governance. This report sets out the "
        "position at the end of the first year and will be presented to Scrutiny Committee on 8 March 2018.")
    dc = doc.add_table(rows=2, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = t
    bold_row(dc.rows[0])
    for c, t in zip(dc.rows[1].cells, ["3.0", "26/02/2018", "Licensing Manager",
                                       "Final – for Scrutiny Committee"]):
        c.text = t
    doc.add_paragraph()
    sections = [
        ("1. Policies and Procedures", [
            ("1.1", "Review and update the Hackney Carriage and Private Hire Licensing Policy, including a new Statement of Policy on the Relevance of Convictions.",
             "Licensing Manager", "Sept 2017", "Complete",
             "Adopted by General Licensing Committee on 13 September 2017 following an eight-week consultation with the trade."),
            ("1.2", "Introduce written procedures for processing all licence applications, including checks of DBS certificates, DVLA mandates and right to work.",
             "Licensing Manager", "31/12/2017", "Complete",
             "Procedure notes issued to all licensing staff. Spot checks of files by the Licensing Manager each month."),
            ("1.3", "Publish a revised scheme of delegation for licensing decisions, including urgent suspensions and revocations.",
             "Legal Services Manager", "March 2018", "On track",
             "Draft scheme agreed with the Chair of General Licensing Committee; goes to Council on 21 March."),
        ]),
        ("2. Safeguarding", [
            ("2.1", "All new and existing drivers to complete safeguarding and child sexual exploitation awareness training before a licence is granted or renewed.",
             "Licensing Manager / Community Safety Manager", "Q4 2017/18", "Amber",
             "284 of 361 licensed drivers trained. Remaining drivers are booked on sessions in April and May."),
            ("2.2", "Record all refusals and revocations of driver licences on the National Register of Refusals and Revocations (NR3) and check the register for every new applicant.",
             "Senior Licensing Officer", "Ongoing", "On track",
             "Council signed up to NR3 in November 2017. All decisions since then recorded."),
            ("2.3", "Agree an information-sharing protocol with Lancashire Constabulary for intelligence about licence holders.",
             "Legal Services Manager", "Dec-17", "Complete",
             "Protocol signed in December 2017. Monthly liaison meetings in place."),
        ]),
        ("3. Enforcement and Compliance", [
            ("3.1", "Carry out a programme of joint vehicle and driver compliance checks with Lancashire Constabulary and DVSA, including out-of-hours operations.",
             "Senior Licensing Officer", "Quarterly", "On track",
             "Four joint operations held in 2017/18; 112 vehicles checked and 9 suspended."),
            ("3.2", "Appoint a full-time Licensing Enforcement Officer to undertake proactive enforcement.",
             "Director of Neighbourhoods and Development", "June 2018", "Not started",
             "Post approved in the 2018/19 budget. Recruitment will start once the new Licensing Manager is in post."),
            ("3.3", "Develop a licensing enforcement policy setting out a graduated approach to breaches of licence conditions, including a penalty points scheme.",
             "Licensing Manager", "March 2018", "Amber",
             "First draft prepared. Consultation with the trade has been delayed and will now run in April."),
        ]),
        ("4. Governance and Member Training", [
            ("4.1", "Provide mandatory training for all members of the General Licensing Committee before they sit on a hearing panel.",
             "Democratic Services Manager", "Oct-17", "Complete",
             "All 15 committee members trained in October 2017; refresher planned after the May elections."),
            ("4.2", "Report progress on the Implementation Plan to Scrutiny Committee every six months.",
             "MN & TP", "Sept 2017 – March 2018", "Complete",
             "Reports taken to Scrutiny Committee in September 2017 and March 2018."),
        ]),
    ]
    widths = [0.45, 2.6, 1.3, 0.9, 0.8, 2.2]
    for heading, acts in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead Officer", "Target Date",
                                          "Status", "Comments"]):
            c.text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Inches(w)
        doc.add_paragraph()
    doc.add_paragraph(
        "Status key: Complete – action finished; On track – progressing to the target date; "
        "Amber – behind the target date, recovery action in hand; Not started – not yet begun.")
    doc.save(os.path.join(HERE, "ak2-south-ribble-licensing-implementation-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Rushmoor BC - EFLG peer challenge action plan (docx, one table, merged recs)
# ---------------------------------------------------------------------------
def make_rushmoor():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Rushmoor Borough Council – Equality Framework for Local Government Peer "
                    "Challenge: Action Plan 2024–2026", level=1)
    doc.add_paragraph(
        "In February 2024 a Local Government Association peer team assessed the council against the "
        "Equality Framework for Local Government and confirmed that Rushmoor meets the 'Achieving' "
        "level. The peer team's report made recommendations under each of the four modules of the "
        "framework. This plan sets out how we will respond to them. Progress is reported to the "
        "Corporate Management Team every quarter; this version shows the position at February 2025.")
    mods = [
        ("Module 1: Understanding and working with your communities", [
            ("Make better use of ward-level data on protected characteristics, including the 2021 Census, to inform service planning.", [
                ("Publish a Rushmoor Community Profile drawing on Census 2021 and local survey data, refreshed annually.",
                 "Policy and Performance Manager", "Sept 2024", "Complete"),
                ("Add an equalities data section to the service planning template so that every service plan draws on the Community Profile.",
                 "Policy and Performance Manager", "March 2025", "Green"),
            ]),
            ("Strengthen engagement with the Nepali community and other groups that are under-represented in consultation responses.", [
                ("Establish a Community Voices forum meeting quarterly, co-chaired with the Greater Rushmoor Nepali Community.",
                 "Community Engagement and Equalities Officer", "Dec 2024", "Complete"),
            ]),
        ]),
        ("Module 2: Leadership, partnership and organisational commitment", [
            ("Ensure equality impact assessments are carried out early and consistently for all key decisions.", [
                ("Revise the Equality Impact Assessment template and guidance, and make an EIA summary a required section of every Cabinet report.",
                 "Head of Legal Services", "31/10/2024", "Complete"),
                ("Deliver EIA training to all managers and report completion rates to the Corporate Management Team.",
                 "HR Manager", "2025/26", "Amber"),
            ]),
        ]),
        ("Module 3: Responsive services and customer care", [
            ("Improve the accessibility of the council's website and online forms.", [
                ("Commission an independent accessibility audit of the website against WCAG 2.2 AA and fix all critical issues it identifies.",
                 "Head of Customer Experience", "June 2025", "Amber"),
                ("Offer assisted digital support at the Aldershot and Farnborough customer service points for residents who cannot use online forms.",
                 "Customer Services Manager", "Ongoing", "Green"),
            ]),
        ]),
        ("Module 4: Diverse and engaged workforce", [
            ("Improve the completeness of workforce equality data and use it to set targets.", [
                ("Run a \"Tell us about you\" campaign to raise staff self-declaration of protected characteristics to at least 80%.",
                 "Shah, Priya", "Jan 2025", "Red"),
                ("Publish an annual workforce equality report including ethnicity and disability pay gap data.",
                 "HR Manager / Policy and Performance Manager", "March 2026", "Not started"),
            ]),
            ("Make the council's commitment to inclusion visible to staff at all levels.", [
                ("Set up staff networks for disabled staff, carers and LGBTQ+ staff, each with a sponsor from the Corporate Management Team.",
                 "Chief Executive", "Feb 2025", "Complete"),
            ]),
        ]),
    ]
    fills = {"Complete": "9BC2E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Peer team recommendation", "Action", "Lead officer",
                                      "By when", "Progress"]):
        c.text = h
    bold_row(t.rows[0], "BDD7EE")
    for mod, recs in mods:
        r = t.add_row()
        a = r.cells[0].merge(r.cells[4])
        a.text = mod
        bold_row(r, "DEEAF6")
        for rec, acts in recs:
            rows = []
            for act, lead, when, prog in acts:
                cells = t.add_row().cells
                cells[1].text = act
                cells[2].text = lead
                cells[3].text = when
                cells[4].text = prog
                if prog in fills:
                    shade(cells[4], fills[prog])
                rows.append(cells)
            rows[0][0].text = rec
            if len(rows) > 1:
                rows[0][0].merge(rows[-1][0])
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress key: Complete – action delivered; Green – on track; Amber – some delay but "
        "expected to be delivered; Red – significantly off track; Not started – not yet due to start.")
    doc.save(os.path.join(HERE, "ak2-rushmoor-eflg-equality-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Horsham DC - planning service improvement plan (csv)
# ---------------------------------------------------------------------------
def make_horsham():
    rec1 = "Set out a clear, shared vision for the planning service that members and officers both own."
    rec2 = "Reduce the backlog of undetermined applications and the reliance on extensions of time."
    rec3 = "Review planning committee arrangements, including the scheme of delegation and the call-in procedure."
    rec4 = "Adopt an up-to-date Local Enforcement Plan and publish enforcement performance."
    blank = [""] * 9
    rows = [
        ["Horsham District Council - Planning Service Improvement Plan (Peer Review 2025) - progress at 31 January 2026"] + [""] * 8,
        ["Ref", "Theme", "Peer review recommendation", "Action", "Lead", "Start",
         "Target completion", "Status", "Update"],
        ["1", "Culture and leadership", rec1,
         "Co-produce a Planning Service Vision and Charter with members, officers and local agents and present it to Cabinet for adoption.",
         "Head of Development and Building Control", "Jul 2025", "Oct 2025", "Complete",
         "Charter adopted by Cabinet on 22 October 2025 and published on the website."],
        ["2", "Culture and leadership", rec1,
         "Hold quarterly joint member and officer planning workshops on current issues such as nutrient and water neutrality.",
         "Head of Development and Building Control", "Oct 2025", "Ongoing", "Green",
         "Workshops held in October and January. Next one, on biodiversity net gain, in April."],
        ["3", "Development management performance", rec2,
         "Procure temporary consultancy support to clear the backlog of householder and minor applications more than 13 weeks old.",
         "Development Manager", "Aug 2025", "31/12/2025", "Green",
         "Backlog down from 412 to 96 cases at 31 December; remaining cases being cleared under the existing contract."],
        ["4", "Development management performance", rec2,
         "Review the local validation checklist and move validation to a dedicated technical support team.",
         "Technical Support Manager", "Sept 2025", "March 2026", "Amber",
         "Checklist consultation closed. Team restructure delayed by recruitment to two posts."],
        ["5", "Planning committee", rec3,
         "Revise the scheme of delegation and call-in procedure so that no more than 5% of decisions are taken by committee.",
         "Development Manager / Monitoring Officer", "Sept 2025", "Feb 2026", "Amber",
         "Draft scheme goes to Standards and Governance Committee in February and then to Council in March."],
        ["6", "Planning committee", rec3,
         "Provide mandatory planning training for all committee members and substitutes.",
         "Development Manager", "May 2025", "June 2025", "Complete",
         "All 14 committee members and 6 substitutes trained."],
        blank,
        ["7", "Enforcement", rec4,
         "Draft and consult on a new Local Enforcement Plan setting out priorities and response times.",
         "Planning Compliance Team Leader", "Jan 2026", "Q1 2026/27", "Not started",
         "Will start once the vacant enforcement officer post is filled."],
        ["8", "Enforcement", rec4,
         "Report enforcement caseload and performance to Planning Committee every quarter.",
         "Planning Compliance Team Leader", "Jan 2026", "Quarterly", "Red",
         "First report deferred: the enforcement module of the case management system is not yet live."],
        blank,
        ["Status key: Complete = delivered; Green = on track; Amber = some slippage; Red = off track or overdue; Not started = not yet due to start"] + [""] * 8,
    ]
    with open(os.path.join(HERE, "ak2-horsham-planning-service-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Dorset CDP - delivery plan, tab-separated export (txt)
# ---------------------------------------------------------------------------
def make_dorset():
    n = 6
    lines = [
        ["Dorset Combating Drugs Partnership – Delivery Plan 2024-25 – Quarter 3 progress"],
        ["Exported from the CDP action tracker 14/01/2025"],
        [],
        ["Ref", "Action", "Lead", "Timescale", "RAG", "Q3 update"],
        ["Priority 1: Break drug supply chains"],
        ["1.1", "Deliver County Lines intensification weeks with British Transport Police and neighbouring forces.",
         "Dorset Police", "Quarterly", "Green",
         "Intensification week in October: 23 arrests and 11 vulnerable people safeguarded."],
        ["1.2", "Extend the cuckooing protocol so that housing providers and adult social care are alerted within 24 hours of a cuckooing report.",
         "Dorset Police / Dorset Council Community Safety", "Dec-24", "Amber",
         "Protocol agreed with Dorset Council housing; two housing associations still to sign up."],
        ["1.3", "Introduce drug testing on arrest in all Dorset custody suites.",
         "Dorset Police", "Mar-25", "Green",
         "Live at Weymouth and Bournemouth custody; Poole to follow in February."],
        ["Priority 2: Deliver a world-class treatment and recovery system"],
        ["2.1", "Increase the number of adults in structured treatment for opiates and crack cocaine in line with the grant trajectory.",
         "Public Health Dorset", "Mar-25", "Amber",
         "Numbers in treatment up 6% on baseline against a 9% trajectory."],
        ["2.2", "Recruit two additional criminal justice recovery workers to improve continuity of care on release from prison.",
         "Public Health Dorset", "Sep-24", "Complete",
         "Both posts filled in September; continuity of care rate 52% in Q3."],
        ["2.3", "Extend naloxone supply through community pharmacies and the hostel network.",
         "Public Health Dorset", "Ongoing", "Green",
         "31 pharmacies now supplying naloxone; all hostels have kits and trained staff."],
        ["2.4", "Commission a residential rehabilitation pathway with a single referral point for Dorset and BCP residents.",
         "Public Health Dorset / BCP Council Public Health", "31/03/2025", "Red",
         "Procurement paused after no compliant bids; options paper to the CDP Board in February."],
        ["Priority 3: Achieve a generational shift in demand for drugs"],
        ["3.1", "Offer the drug and alcohol education programme to all secondary schools, aligned to the RSHE curriculum.",
         "Public Health Dorset", "Spring term 2025", "Green",
         "24 of 31 secondary schools signed up; teacher training sessions booked for February."],
        ["3.2", "Run a targeted communications campaign on the risks of nitrous oxide and synthetic opioids during the summer season.",
         "CDP Coordinator", "Jun-25", "Not started",
         "Campaign brief to be agreed with the communications group in March."],
        [],
        ["RAG key: Complete = action delivered; Green = on track; Amber = at risk; Red = off track; Not started = not yet due"],
    ]
    with open(os.path.join(HERE, "ak2-dorset-combating-drugs-partnership-delivery-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        for ln in lines:
            cells = ln + [""] * (n - len(ln)) if ln else [""] * n
            f.write("\t".join(cells) + "\r\n")


if __name__ == "__main__":
    make_havant()
    make_lancashire()
    make_bedfordshire()
    make_south_ribble()
    make_rushmoor()
    make_horsham()
    make_dorset()
    print("done")
