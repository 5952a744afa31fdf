"""Make the w2- documents of heldout57 (run with /work/main/.venv/bin/python).

Seven plans outside children's services: FSA food audit (xlsx), taxi licensing standards (docx),
police PEEL AFI tracker (xlsx, refuse), Housing Ombudsman complaint code (csv), corporate peer
challenge (tab-separated txt), adult social care improvement plan (docx), external audit
recommendations (xlsx, refuse).
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="8DB4E2"),
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E78"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
}


def xl_cell(ws, row, col, value, fmt=None, fill=None, bold=False, wrap=True, font=None):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = FILL[fill]
    if font is not None:
        c.font = font
    elif bold:
        c.font = Font(bold=True)
    if wrap:
        c.alignment = WRAP
    c.border = BOX
    return c


def xl_header(ws, row, names):
    for i, n in enumerate(names, 1):
        xl_cell(ws, row, i, n, fill="head", font=Font(bold=True, color="FFFFFF"))


def xl_band(ws, row, text, ncols):
    xl_cell(ws, row, 1, text, fill="band", bold=True)
    for c in range(2, ncols + 1):
        xl_cell(ws, row, c, None, fill="band")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# ---------------------------------------------------------------- 1. Mid Devon FSA audit (xlsx)
def mid_devon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Mid Devon District Council – Food Standards Agency Audit: Food Law Enforcement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Audit carried out 14–16 November 2023. Action plan agreed with the FSA audit team; "
                "progress position as at 31 July 2024.")
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "FSA Audit Recommendation", "Planned Improvements", "Lead Officer", "Timescale",
            "Progress to Date", "RAG"]
    xl_header(ws, 4, cols)
    recs = {
        "i": "(i) Ensure that the Food Law Enforcement Service Plan is prepared in line with the Service Planning Guidance in the Framework Agreement, includes a review of performance against the previous year's plan and is approved by members. [The Standard – 3.1 and 3.2]",
        "ii": "(ii) Carry out an assessment of the resources needed to deliver the food law enforcement service and compare it with the resources available. [The Standard – 3.1]",
        "iii": "(iii) Authorise officers in accordance with their individual qualifications, training and experience, as set out in the Authority's documented authorisation procedure. [The Standard – 5.1 and 5.3]",
        "iv": "(iv) Ensure that all food establishments are subject to interventions at the frequency required by the Food Law Code of Practice and address the backlog of overdue interventions. [The Standard – 7.1]",
        "v": "(v) Ensure that officers record the findings of interventions in sufficient detail to support the risk rating awarded, and that revisits are made where significant contraventions are found. [The Standard – 7.2 and 7.3]",
        "vi": "(vi) Ensure that the food premises database is accurate and up to date so that LAEMS returns reflect the actual number of establishments. [The Standard – 11.1]",
        "vii": "(vii) Implement documented internal monitoring arrangements, including qualitative checks of inspection records and enforcement decisions. [The Standard – 19.1]",
    }
    MY = "mmm-yy"
    DMY = "dd/mm/yyyy"
    # (kind, ...) rows; action rows: ref, rec key (None = merged continuation), text, lead, date, fmt, progress, rag, fill
    rows = [
        ("band", "Service Planning and Review"),
        ("act", "1.1", "i", "Revise the 2024/25 Food Safety Service Plan using the FSA service plan headings and include a variance review of 2023/24 performance.",
         "Food Safety Team Leader", D(2024, 5, 31), MY,
         "Plan revised to the FSA headings; variance review of 2023/24 included at section 6.", "Complete", "blue"),
        ("act", "1.2", None, "Present the revised Service Plan to the Community, People & Equalities Policy Development Group for approval.",
         "Head of Housing and Health", D(2024, 6, 30), MY,
         "Reported to the PDG on 18 June 2024 and approved.", "Complete", "blue"),
        ("act", "2.1", "ii", "Complete a resource assessment of the officer time needed to deliver the 2024/25 intervention programme, using the FSA Competency Framework to identify any gaps.",
         "Public Health Manager", D(2024, 9, 30), MY,
         "Method agreed with the FSA auditor. Officer hours for 2023/24 being extracted from Uniform.", "Green", "green"),
        ("band", "Authorisation and Competency of Officers"),
        ("act", "3.1", "iii", "Review all food officer authorisations against the Competency Framework and reissue authorisation cards where the scope of authorisation has changed.",
         "JS / KM", D(2024, 3, 31), DMY,
         "All 7 authorisations reviewed; 2 reissued with a reduced scope until approved establishment training is completed.", "Complete", "blue"),
        ("act", "3.2", None, "Maintain individual training records showing at least 20 hours CPD per officer each year, 10 hours of it on core food matters.",
         "Food Safety Team Leader", "Ongoing", None,
         "CPD logs now held centrally on the team SharePoint site and checked at 1:1s.", "Green", "green"),
        ("band", "Food Premises Interventions"),
        ("act", "4.1", "iv", "Agree a backlog recovery plan prioritising overdue category A and B establishments and new unrated businesses.",
         "Public Health Manager", D(2024, 4, 30), MY,
         "Recovery plan agreed by the Head of Housing and Health in April 2024.", "Complete", "blue"),
        ("act", "4.2", None, "Procure contractor support for 120 lower-risk category D interventions to release officer time for higher-risk premises.",
         "Public Health Manager", D(2024, 12, 31), DMY,
         "Contractor appointed in May. 46 of the 120 interventions completed by the end of July, behind the planned 60.", "Amber", "amber"),
        ("act", "5.1", "v", "Introduce a revised inspection aide-memoire with mandatory fields for the structure, hygiene and confidence in management scores.",
         "Senior EHO (Food)", D(2024, 7, 31), MY,
         "Aide-memoire drafted. Trial with two officers extended to September after feedback on length.", "Amber", "amber"),
        ("band", "Food Premises Database"),
        ("act", "6.1", "vi", "Carry out a data cleanse of the Uniform premises database, closing records for ceased businesses and merging duplicate records.",
         "Technical Support Officer", D(2024, 10, 31), MY,
         "Cleanse about 60% complete; 93 ceased businesses closed so far.", "Green", "green"),
        ("band", "Internal Monitoring"),
        ("act", "7.1", "vii", "Adopt a documented internal monitoring procedure, including a monthly qualitative review by the Team Leader of a sample of inspection reports.",
         "Food Safety Team Leader", D(2024, 6, 30), MY,
         "Procedure adopted in June 2024; the first two monthly samples have been reviewed.", "Complete", "blue"),
        ("act", "7.2", None, "Report internal monitoring outcomes to the Head of Housing and Health each quarter.",
         "Public Health Manager", "Quarterly", None,
         "First report due in October 2024.", "Not started", None),
    ]
    r = 5
    rec_start = None
    for row in rows:
        if row[0] == "band":
            xl_band(ws, r, row[1], len(cols))
            r += 1
            continue
        _, ref, rec, text, lead, when, fmt, prog, rag, fill = row
        xl_cell(ws, r, 1, ref)
        if rec is not None:
            xl_cell(ws, r, 2, recs[rec])
            rec_start = r
        else:
            xl_cell(ws, r, 2, None)
            ws.merge_cells(start_row=rec_start, start_column=2, end_row=r, end_column=2)
        xl_cell(ws, r, 3, text)
        xl_cell(ws, r, 4, lead)
        xl_cell(ws, r, 5, when, fmt=fmt)
        xl_cell(ws, r, 6, prog)
        xl_cell(ws, r, 7, rag, fill=fill, bold=True)
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    key = [("Complete", "blue", "action delivered and evidenced"),
           ("Green", "green", "on track to meet the timescale"),
           ("Amber", "amber", "some slippage, remedial action in hand"),
           ("Red", "red", "timescale will not be met – escalated to Head of Service")]
    for word, fill, meaning in key:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = FILL[fill]
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFG", [7, 48, 46, 22, 12, 44, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, "w2-mid-devon-fsa-food-law-audit-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return p


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def header_row(table, names):
    for cell, n in zip(table.rows[0].cells, names):
        set_text(cell, n, bold=True, color="FFFFFF")
        shade(cell, "1F4E78")
    # repeat header row on each page
    trPr = table.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


RAG_HEX = {"B": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000",
           "blue": "8DB4E2", "green": "92D050", "amber": "FFC000", "red": "FF0000"}


# ---------------------------------------------------------------- 2. Lancaster taxi standards (docx)
def lancaster():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Statutory Taxi and Private Hire Vehicle Standards – Action Plan", style="Title")
    doc.add_paragraph("Lancaster City Council  |  Licensing Regulatory Committee  |  Appendix 1 – position at 31 January 2021")

    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for cell, n in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(cell, n, bold=True)
    for row, vals in zip(dc.rows[1:], [
            ["0.1", "08/10/2020", "Licensing Manager", "First draft reported to Committee"],
            ["0.2", "31/01/2021", "Licensing Manager", "Progress updated for the February Committee"]]):
        for cell, v in zip(row.cells, vals):
            set_text(cell, v)

    doc.add_paragraph(
        "The Department for Transport published the Statutory Taxi and Private Hire Vehicle Standards in "
        "July 2020. Licensing authorities are expected to implement the Standards unless there is a "
        "compelling local reason not to. The tables below set out, for each chapter of the Standards, the "
        "actions the Council will take, the officer responsible and the target date. Progress is reported "
        "to this Committee every four months and to the DfT when requested.")

    cols = ["Ref", "Standard", "Action", "Responsible Officer", "Target Date", "Progress", "RAG"]
    widths = [Cm(1.2), Cm(6.0), Cm(6.0), Cm(3.2), Cm(2.4), Cm(5.2), Cm(1.2)]
    chapters = [
        ("3. Administering the Licensing Regime", [
            ("3.1", "Para 3.3–3.4: Authorities should publish a single licensing policy covering all aspects of taxi and private hire licensing, and review it at least every five years.",
             "Draft a single Taxi and Private Hire Licensing Policy bringing together the existing policies, conditions and procedures and reflecting the Statutory Standards.",
             "Licensing Manager", "March 2021",
             "First draft completed with additional temporary staff resource and reported to this meeting for approval to consult.", "G"),
            ("3.2", None,
             "Carry out a 12-week public consultation on the draft policy with the trade, partner agencies and the public.",
             "Senior Licensing Officer", "June 2021",
             "Consultation plan and survey prepared; consultation to start once the Committee approves the draft.", "G"),
            ("3.3", "Para 3.12: Authorities should have arrangements to suspend or revoke a licence with immediate effect where this is needed to protect the public.",
             "Amend the scheme of delegation so that the Licensing Manager can suspend or revoke a driver's licence with immediate effect in the interests of public safety.",
             "Licensing Manager / Democratic Services Manager", "31/07/2021",
             "Needs a change to the Constitution; the report to Council has moved to the July cycle.", "A"),
        ]),
        ("4. Gathering and Sharing Information", [
            ("4.1", "Para 4.3 and 4.6: All drivers should be subject to an enhanced DBS check with barred lists, and should subscribe to the DBS Update Service.",
             "Make subscription to the DBS Update Service a condition of all driver licences and carry out six-monthly status checks.",
             "Senior Licensing Officer", "October 2020",
             "Condition in force from 1 October 2020. Six-monthly checks are scheduled on the licensing system.", "B"),
            ("4.2", "Para 4.23: Refusals, suspensions and revocations of driver licences should be recorded on the National Register of Refusals and Revocations (NR3).",
             "Upload all refusals and revocations since 2017 to NR3 and search NR3 for every new driver application.",
             "Licensing Officer", "December 2020",
             "Historic records uploaded. An NR3 search is now part of the application checklist.", "B"),
        ]),
        ("5. Decision Making", [
            ("5.1", "Para 5.2: Members of the licensing committee should receive training before they sit on a committee or sub-committee.",
             "Deliver mandatory training for all Licensing Regulatory Committee members on safeguarding, the fit and proper test and the Statutory Standards.",
             "Legal Services Manager", "Ongoing",
             "Training delivered to 11 of 13 members in November 2020; refresher sessions at the start of each municipal year.", "G"),
        ]),
        ("6. Driver Licensing", [
            ("6.1", "Para 6.1: Drivers should be required to complete safeguarding awareness training, including child sexual exploitation and county lines.",
             "Commission safeguarding and CSE awareness training for all licensed drivers, with completion a condition of licence renewal.",
             "Licensing Manager", "September 2021",
             "Online course identified jointly with neighbouring councils. COVID-19 restrictions have delayed the face-to-face sessions.", "A"),
            ("6.2", "Para 6.9: Authorities should test drivers' ability to communicate in English, orally and in writing.",
             "Introduce an English language and local knowledge assessment for all new driver applicants.",
             "Senior Licensing Officer", "April 2021",
             "Assessment drafted with the adult learning service; included in the draft policy.", "G"),
        ]),
        ("7. Vehicle Licensing", [
            ("7.1", "Para 7.7: Authorities should consult on whether CCTV should be required in all licensed vehicles.",
             "Complete a CCTV options appraisal, including a data protection impact assessment, and consult on mandatory CCTV in licensed vehicles.",
             "Licensing Manager / Data Protection Officer", "Dec 2021",
             "Not yet started. Waiting for the outcome of the policy consultation and clarity on any funding support for the trade.", "R"),
        ]),
        ("8. Private Hire Vehicle Operator Licensing", [
            ("8.1", "Para 8.4: Operators should keep a register of all staff who take bookings or dispatch vehicles, and those staff should have a Basic DBS check.",
             "Add conditions to operator licences requiring a register of booking and dispatch staff and Basic DBS checks for those staff.",
             "Senior Licensing Officer", "April 2021",
             "Draft conditions shared with the three largest operators for comment.", "G"),
        ]),
        ("9. Enforcing the Licensing Regime", [
            ("9.1", "Para 9.2: Authorities should agree joint authorisation arrangements so that officers can take action against vehicles licensed by other authorities.",
             "Agree joint authorisation of licensing enforcement officers with neighbouring Lancashire and Cumbria authorities.",
             "Licensing Manager", "31/03/2021",
             "Agreed in principle by the Lancashire licensing managers group; legal agreement being drafted.", "G"),
            ("9.2", "Para 9.6: Complaints against licence holders should be recorded so that patterns of behaviour can be identified.",
             "Introduce a complaints log on the licensing database that links each complaint to the licence holder and flags repeat complaints.",
             "Licensing Officer", "January 2021",
             "Complaints module live from 4 January 2021.", "B"),
        ]),
    ]
    for heading, acts in chapters:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        std_top = None
        for i, (ref, std, action, lead, when, prog, rag) in enumerate(acts, 1):
            cells = t.rows[i].cells
            set_text(cells[0], ref)
            if std is not None:
                set_text(cells[1], std)
                std_top = cells[1]
            else:
                std_top.merge(cells[1])
            set_text(cells[2], action)
            set_text(cells[3], lead)
            set_text(cells[4], when)
            set_text(cells[5], prog)
            set_text(cells[6], rag, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(cells[6], RAG_HEX[rag])
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = w
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for row, (letter, meaning) in zip(kt.rows, [
            ("B", "Complete"), ("G", "On track"), ("A", "At risk – some slippage against the target date"),
            ("R", "Off track or not started – reported to Committee by exception")]):
        set_text(row.cells[0], letter, bold=True)
        shade(row.cells[0], RAG_HEX[letter])
        set_text(row.cells[1], meaning)
    doc.save(os.path.join(HERE, "w2-lancaster-taxi-phv-standards-action-plan.docx"))


# ---------------------------------------------------------------- 3. South Wales Police PEEL AFI tracker (xlsx, refuse row 8)
def south_wales_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFI Tracker"
    ws["A1"] = "South Wales Police – HMICFRS PEEL 2023–25: Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Head of Continuous Improvement   |   Reported to: Force Assurance Board and Joint Audit "
                "Committee   |   Last updated: 02/09/2024")
    ws["A2"].font = Font(italic=True)
    cols = ["AFI Ref", "PEEL Question", "Area for Improvement", "Action Ref", "Action", "Action Owner",
            "Original Target Date", "Revised Target Date", "Update", "Status"]
    xl_header(ws, 4, cols)
    MY = "mmm-yy"
    # afi, question (None = continue), afi text (None = continue), ref, action, owner, orig, revised, update, status, fill
    rows = [
        ("AFI 1", "Responding to the public",
         "The force should make sure it answers emergency calls promptly, in line with national standards.",
         "1.1", "Implement phase 2 of the Contact Management transformation programme, including the new demand-led shift pattern for call handlers.",
         "Head of Public Contact", D(2024, 10, 31), None,
         "New shift pattern live from 1 July. 999 calls answered within 10 seconds: 86% in August against the 90% standard.", "Amber", "amber"),
        (None, None, None,
         "1.2", "Recruit and train an additional cohort of 24 call handlers.",
         "Head of Public Contact / HR Business Partner", D(2024, 6, 30), D(2024, 9, 30),
         "Cohort of 24 started on 3 June; all signed off for independent call handling by the end of August.", "Complete", "blue"),
        ("AFI 2", None,
         "The force should make sure it attends domestic abuse incidents promptly, in line with its published attendance times.",
         "2.1", "Introduce a daily Force Incident Manager review of all domestic abuse incidents outstanding beyond their graded attendance time.",
         "Supt Response Policing", D(2024, 4, 30), None,
         "Daily review in place since March and built into the Daily Management Meeting template.", "Complete", "blue"),
        (None, None, None,
         "2.2", "Review the use of scheduled appointments for priority domestic abuse incidents, with monthly dip sampling by the Domestic Abuse Coordinator.",
         "DCI Public Protection", D(2024, 12, 31), "Jaunary 2025",
         "Dip sample of 50 incidents completed; findings to be presented to the Domestic Abuse Gold Group.", "Amber", "amber"),
        ("AFI 3", "Investigating crime",
         "The force should make sure that investigations are allocated to officers and staff with the appropriate skills, experience and accreditation.",
         "3.1", "Refresh the crime allocation policy so that serious and complex investigations are allocated to PIP2-accredited investigators.",
         "Det Supt Crime Standards", D(2024, 9, 30), None,
         "Draft policy goes to Chief Officer Group for sign-off on 18 September.", "Green", "green"),
        (None, None, None,
         "3.2", "Deliver the Detective Academy programme to increase the number of PIP2-accredited officers in local policing units.",
         "Head of Learning & Development", D(2025, 3, 31), None,
         "Second intake of 30 started in July; 21 officers from the first intake now accredited.", "Green", "green"),
        ("AFI 4", "Protecting vulnerable people",
         "The force should improve how it identifies crimes and vulnerable people linked to reports of antisocial behaviour.",
         "4.1", "Add a mandatory vulnerability and crime-identification question set to the closure of ASB incidents on the command and control system.",
         "Head of Neighbourhood Policing", D(2024, 11, 30), None,
         "System change specified and booked into the November release.", "Green", "green"),
        (None, None, None,
         "4.2", "Deliver THRIVE+ refresher training to all neighbourhood officers and PCSOs.",
         "Head of Neighbourhood Policing", D(2025, 1, 31), None,
         "Training package to be developed once the system change is live.", "Not started", None),
        ("AFI 5", "Developing a positive workplace",
         "The force should make sure all officers and staff feel valued and are involved in decisions that affect them.",
         "5.1", "Run a force-wide staff survey and publish a 'You said, we did' response for each command.",
         "Director of People", D(2024, 7, 31), None,
         "Survey closed in May with a 41% response rate; command responses published in July.", "Complete", "blue"),
        (None, None, None,
         "5.2", "Set up command-level staff engagement forums chaired by superintendents.",
         "Director of People", D(2024, 12, 31), None,
         "Forums running in three of the five commands.", "Green", "green"),
    ]
    r = 5
    q_top = afi_top = None
    for afi, q, afi_text, ref, action, owner, orig, rev, upd, status, fill in rows:
        if afi is not None:
            xl_cell(ws, r, 1, afi)
            xl_cell(ws, r, 3, afi_text)
            afi_top = r
        else:
            xl_cell(ws, r, 1, None)
            xl_cell(ws, r, 3, None)
            ws.merge_cells(start_row=afi_top, start_column=1, end_row=r, end_column=1)
            ws.merge_cells(start_row=afi_top, start_column=3, end_row=r, end_column=3)
        if q is not None:
            xl_cell(ws, r, 2, q, bold=True)
            q_top = r
        else:
            xl_cell(ws, r, 2, None)
        xl_cell(ws, r, 4, ref)
        xl_cell(ws, r, 5, action)
        xl_cell(ws, r, 6, owner)
        xl_cell(ws, r, 7, orig, fmt=MY)
        xl_cell(ws, r, 8, rev, fmt=MY if isinstance(rev, dt.datetime) else None)
        xl_cell(ws, r, 9, upd)
        xl_cell(ws, r, 10, status, fill=fill, bold=True)
        r += 1
    # PEEL question merged down over its AFIs (Responding to the public spans AFI 1 and AFI 2)
    for top, bottom in [(5, 8), (9, 10), (11, 12), (13, 14)]:
        ws.merge_cells(start_row=top, start_column=2, end_row=bottom, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status: Complete = action closed and evidence held; Green = on track; "
                                   "Amber = at risk of missing the target date; Red = target date missed; "
                                   "Not started = not yet due to start.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [8, 18, 40, 8, 46, 24, 12, 12, 44, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E5"
    ws.auto_filter.ref = "A4:J14"
    wb.save(os.path.join(HERE, "w2-south-wales-police-peel-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 4. Broxtowe complaint handling code (csv)
def broxtowe():
    import csv
    import io
    rows = [
        ["Broxtowe Borough Council – Housing Complaint Handling Code Self-Assessment Action Plan 2024/25", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Ref", "Code Section", "Code Provision", "Action Required", "Lead Officer", "Target Date", "Revised Date", "Status", "Comments"],
        ["1", "Section 1 – Definition of a complaint", "1.2 Landlords must use the Code's definition of a complaint in their complaints policy.",
         "Update the Housing Complaints Policy to adopt the Code definition of a complaint and remove the informal complaint stage.",
         "Head of Housing", "31/05/2024", "", "Complete", "Revised policy approved by Cabinet on 4 June 2024."],
        ["2", "", "1.3 Landlords must recognise the difference between a service request and a complaint.",
         "Issue guidance to repairs and tenancy staff on telling service requests apart from complaints, with worked examples.",
         "Housing Operations Manager", "Jun-24", "", "Complete", "Guidance issued through team briefings in June."],
        ["3", "Section 3 – Accessibility and awareness", "3.1 Landlords must make it easy for residents to complain by providing different channels.",
         "Add an online complaint form to the tenant portal and publish the policy in accessible formats.",
         "Complaints Officer", "30/09/2024", "30/11/2024", "On track", "Portal form built; testing with the Tenant Scrutiny Panel booked for October."],
        ["4", "", "3.5 Landlords must publicise the complaints policy and the role of the Housing Ombudsman.",
         "Include complaints and Ombudsman information in the autumn edition of Broxtowe Housing News and in tenancy sign-up packs.",
         "Tenant Engagement Officer", "Oct-24", "", "On track", "Article drafted; sign-up packs updated."],
        ["5", "Section 4 – Complaint handling staff", "4.1 Landlords must have a person or team responsible for complaint handling.",
         "Recruit a dedicated Housing Complaints Officer on a 12-month fixed-term contract.",
         "AH / DW", "31/07/2024", "", "Amber", "Post advertised twice; interviews arranged for 12 September."],
        ["6", "Section 5 – The complaint handling process", "5.6 Landlords must address all points raised in the complaint and give clear reasons for decisions.",
         "Introduce a standard response letter template and a monthly quality check of a sample of stage 1 responses.",
         "Complaints Officer", "Sep-24", "", "On track", "Template in use; first quality check completed in August."],
        ["7", "Section 6 – Complaints stages", "6.5 Landlords must issue a stage 1 response within 10 working days of acknowledging the complaint.",
         "Set up weekly reporting of open stage 1 complaints approaching the 10 working day deadline.",
         "Housing Performance Officer", "31/08/2024", "", "Complete", "Weekly report issued to managers every Monday since July."],
        ["8", "", "6.15 Landlords must issue a stage 2 response within 20 working days of escalation.",
         "Nominate Heads of Service as stage 2 reviewers, with a rota and deputy cover.",
         "Head of Housing", "Ongoing", "", "On track", "Rota agreed to March 2025."],
        ["9", "Section 8 – Self-assessment and reporting", "8.1 Landlords must produce an annual complaints performance and service improvement report.",
         "Produce the 2024/25 annual complaints performance report and self-assessment for Cabinet and publish them on the website.",
         "Head of Housing", "30/06/2025", "", "Not started", "Due after the year end."],
        ["10", "Section 9 – Scrutiny & oversight", "9.2 Landlords must appoint a Member Responsible for Complaints.",
         "Appoint the Portfolio Holder for Housing as Member Responsible for Complaints and agree quarterly complaints reporting to Cabinet.",
         "Monitoring Officer", "31/05/2024", "", "Complete", "Appointed at Annual Council in May 2024."],
        ["", "", "", "", "", "", "", "", ""],
        ["Status key: Complete = action closed with evidence; On track = progressing to target date; Amber = at risk of missing target date; Red = target date missed; Not started = not yet due",
         "", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, "w2-broxtowe-housing-complaint-handling-code-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- 5. Brentwood corporate peer challenge (tab-separated txt)
def brentwood():
    lines = [
        "Brentwood Borough Council – Corporate Peer Challenge Action Plan",
        "LGA Corporate Peer Challenge, March 2024. Progress reported to Finance & Resources Committee – position at 30 September 2024.",
        "",
        "\t".join(["Ref", "Recommendation", "Position on the Recommendation", "Lead Member", "Lead Officer", "Timescale", "Status"]),
    ]
    rows = [
        ["1", "Develop a clear and concise political vision for the borough",
         "The administration has agreed the key themes of the vision. A vision statement will be shared with staff, partners and residents.",
         "Leader of the Council", "Chief Executive", "Oct-24", "Green"],
        ["2", "Develop a new intelligence-led Corporate Plan with clear priorities that flow from the vision",
         "A timetable has been agreed for a draft Corporate Plan to go to Policy, Projects & Resources Committee in October, followed by public consultation.",
         "Leader of the Council", "Chief Executive / Director of Policy & Transformation", "Dec-24", "Green"],
        ["3", "Introduce a monthly meeting of senior officers and the political leadership to oversee delivery of priorities",
         "Monthly Strategic Leadership meetings began in May 2024 with an agreed forward plan.",
         "Leader of the Council", "Chief Executive", "May-24", "Complete"],
        ["4", "Set out in the Medium Term Financial Plan how the budget gap will be closed over the next three years",
         "Savings and income proposals of £1.9m have been identified; further options will be brought to Finance & Resources Committee for the 2025/26 budget.",
         "Chair of Finance & Resources Committee", "Director of Resources (S151 Officer)", "Feb-25", "Amber"],
        ["5", "Establish a transformation programme with clear capacity, milestones and benefits",
         "A Transformation Board has been set up; resourcing for the programme will be agreed as part of the 2025/26 budget.",
         "Leader of the Council", "Director of Policy & Transformation", "Mar-25", "Amber"],
        ["6", "Strengthen oversight of the council's commercial property portfolio and the Brentwood Development Partnership, including a review of risk",
         "An independent review of the property portfolio has been commissioned and will report in December.",
         "Chair of Finance & Resources Committee", "Director of Place", "Jan-25", "Green"],
        ["7", "Invest in organisational development, including a workforce strategy and a leadership programme",
         "A draft workforce strategy is out for staff consultation; a leadership programme for managers starts in January 2025.",
         "Leader of the Council", "Head of HR", "Mar-25", "Green"],
        ["8", "Review the committee system and scheme of delegation to support timely and transparent decision making",
         "A cross-party Constitution Working Group is reviewing delegations and the committee cycle, with recommendations to Council in March.",
         "Chair of Audit & Scrutiny Committee", "Monitoring Officer", "Mar-25", "Green"],
        ["9", "Improve communication and engagement with residents, partners and staff",
         "A communications and engagement strategy will be developed following the communications peer review.",
         "Leader of the Council", "Communications Manager", "TBC", "Not started"],
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Status key: Complete – action delivered; Green – on track; Amber – at risk of delay; "
                  "Red – off track; Not started – work not yet begun"]
    with open(os.path.join(HERE, "w2-brentwood-corporate-peer-challenge-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 6. Bury ASC improvement plan (docx, RAG by shading only)
def bury():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Adult Social Care Improvement Plan 2024–25", style="Title")
    doc.add_paragraph("Bury Council – Health and Adult Care  |  Version 1.3  |  Progress position at 30 September 2024")

    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for cell, n in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_text(cell, n, bold=True)
    for row, vals in zip(dc.rows[1:], [
            ["1.0", "15/04/2024", "ASC Improvement Lead", "ASC Senior Leadership Team"],
            ["1.3", "30/09/2024", "ASC Improvement Lead", "Health Scrutiny Committee (for information)"]]):
        for cell, v in zip(row.cells, vals):
            set_text(cell, v)

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "This plan brings together the recommendations of the LGA adult social care peer review and our own "
        "self-assessment against the CQC quality statements, in preparation for the CQC assessment of the "
        "Council's Care Act duties. It is organised by the four CQC assessment themes. Progress is reviewed "
        "monthly by the ASC Senior Leadership Team and reported quarterly to Cabinet and the Health "
        "Scrutiny Committee.")
    doc.add_heading("2. Improvement actions", level=1)

    cols = ["No.", "CQC Quality Statement", "What we will do", "Lead", "By when", "Progress update", "RAG"]
    widths = [Cm(1.2), Cm(3.6), Cm(7.0), Cm(3.6), Cm(2.2), Cm(6.4), Cm(1.2)]
    plan = [
        ("Theme 1: Working with people", [
            ("1.1", "Assessing needs",
             "Reduce the number of people waiting for a Care Act assessment through a dedicated waiting list team, prioritising those at highest risk.",
             "Head of Adult Social Work", "March 2025",
             "Number waiting down from 171 to 118. All waiting cases are risk-rated and reviewed fortnightly.", "green"),
            ("1.2", None,
             "Complete overdue annual reviews, with a trajectory to halve the number of overdue reviews.",
             "Head of Adult Social Work / Reviews Team Manager", "March 2025",
             "Overdue reviews down 39% since April; agency reviewers extended to December.", "amber"),
            ("1.3", "Supporting people to live healthier lives",
             "Redesign the Care, Connect and Direct front door so that more contacts are resolved at the first point of contact.",
             "CAD Service Manager", "Sept 2024",
             "New triage model live from July; 68% of contacts now resolved at first contact.", "blue"),
            ("1.4", "Equity in experience and outcomes",
             "Analyse take-up and outcomes of adult social care by ethnicity, age and neighbourhood, and agree actions with community partners.",
             "Head of Business Intelligence", "31/12/2024",
             "Data set built; first analysis shared with the Equality Forum in September.", "green"),
        ]),
        ("Theme 2: Providing support", [
            ("2.1", "Care provision, integration and continuity",
             "Refresh the Market Position Statement and commission additional nursing dementia capacity in the borough.",
             "Head of Commissioning", "March 2025",
             "Market Position Statement refreshed. Nursing dementia tender delayed by provider feedback on rates.", "amber"),
            ("2.2", "Partnerships and communities",
             "Co-produce a refreshed Carers Strategy with carers and the Carers Hub.",
             "Strategic Lead for Carers", "Jan 2025",
             "Three co-production workshops held; 83 new carers identified this quarter.", "green"),
        ]),
        ("Theme 3: Ensuring safety", [
            ("3.1", "Safeguarding",
             "Improve the timeliness of safeguarding decisions so that 90% of concerns have a decision within 2 working days.",
             "Safeguarding Adults Manager", "Dec 2024",
             "Performance at 71%. Two vacancies in the safeguarding hub; escalated to the Director.", "red"),
            ("3.2", None,
             "Carry out a multi-agency audit of Making Safeguarding Personal practice and report the findings to the Safeguarding Adults Board.",
             "Principal Social Worker", "Sept 2024",
             "Audit of 150 people complete; most reported feeling safe. Findings to the SAB in September.", "blue"),
            ("3.3", "Safe systems, pathways and transitions",
             "Agree a joint transitions protocol with Children's Services for young people with care and support needs from age 14.",
             "Head of Adult Social Work / Head of SEND", "Ongoing",
             "Joint transitions panel meets monthly; protocol in draft.", "green"),
        ]),
        ("Theme 4: Leadership", [
            ("4.1", "Governance, management and sustainability",
             "Introduce a monthly Performance and Quality Board chaired by the Director of Adult Social Services, using a dashboard aligned to the CQC quality statements.",
             "Director of Adult Social Services", "June 2024",
             "Board has met monthly since June 2024.", "blue"),
            ("4.2", "Learning, improvement and innovation",
             "Roll out the new supervision framework and quarterly practice quality audits across all social work teams.",
             "Principal Social Worker", "Oct 2024",
             "Framework launched in four of six teams; staff feedback positive.", "green"),
            ("4.3", None,
             "Refresh the self-assessment against the CQC quality statements and test it through a mock assessment with a peer authority.",
             "ASC Improvement Lead", "Nov 2024",
             "Not yet started; planned once Q2 performance data is available.", None),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols)
    r = 1
    for theme, acts in plan:
        cells = t.rows[r].cells
        merged = cells[0].merge(cells[-1])
        set_text(merged, theme, bold=True, size=10)
        shade(merged, "D9E2F3")
        r += 1
        qs_top = None
        for ref, qs, action, lead, when, prog, rag in acts:
            cells = t.rows[r].cells
            set_text(cells[0], ref)
            if qs is not None:
                set_text(cells[1], qs, bold=True)
                qs_top = cells[1]
            else:
                qs_top.merge(cells[1])
            set_text(cells[2], action)
            set_text(cells[3], lead)
            set_text(cells[4], when)
            set_text(cells[5], prog)
            set_text(cells[6], "")
            if rag:
                shade(cells[6], RAG_HEX[rag])
            r += 1
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    for row, (colour, meaning) in zip(kt.rows, [
            ("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – recovery action in place"),
            ("red", "Off track – escalated to the ASC Senior Leadership Team"), (None, "Not yet started")]):
        set_text(row.cells[0], "")
        if colour:
            shade(row.cells[0], RAG_HEX[colour])
        set_text(row.cells[1], meaning)
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(10)
    doc.save(os.path.join(HERE, "w2-bury-asc-improvement-plan.docx"))


# ---------------------------------------------------------------- 7. Thanet external audit recommendations (xlsx, refuse row 14)
def thanet():
    wb = Workbook()
    ws = wb.active
    ws.title = "AAR Action Plan"
    ws["A1"] = "Thanet District Council – Auditor's Annual Report Recommendations: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "External auditor: Grant Thornton UK LLP   |   Governance and Audit Committee, 12 December 2023"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Recommendation", "Priority", "Agreed action", "Responsible officer", "Target date",
            "Progress update", "RAG"]
    xl_header(ws, 4, cols)
    DMY = "dd/mm/yyyy"
    rows = [
        ("band", "Governance"),
        ("act", "1.1", "The Council should continue to embed its governance improvement plan, including the work on culture and member–officer relationships, and report progress to members regularly.", "Key",
         "Report progress on the Governance Improvement Plan to every meeting of the Governance and Audit Committee.",
         "Chief Executive", D(2024, 3, 31), "Standing item since July 2023; next update in March.", "G"),
        ("act", "1.2", None, None,
         "Complete the member–officer relationship protocol and the member development programme with LGA support.",
         "Director of Corporate Services / Head of Democratic Services", D(2024, 6, 30),
         "Protocol drafted with the LGA; member workshops delayed to the new year.", "A"),
        ("act", "2.1", "The Council should strengthen project management of major capital projects, including clear business cases and reporting of budget variances to Cabinet.", "Improvement",
         "Adopt a corporate project management framework with gateway reviews for all capital projects over £500k.",
         "Director of Place", D(2024, 9, 30), "Framework drafted; gateway review panel to be set up from April.", "G"),
        ("act", "2.2", None, None,
         "Report capital programme variances to Cabinet quarterly, with a specific section on Berths 4 and 5 at Ramsgate Port.",
         "Chief Finance Officer", D(2023, 12, 31), "Quarterly reporting in place from the Q2 2023/24 report.", "B"),
        ("band", "Financial sustainability"),
        ("act", "3.1", "The Council should clear the backlog of prior year accounts and publish its draft statement of accounts by the statutory deadline.", "Improvement",
         "Agree a closedown timetable with the external auditor for the 2021/22 and 2022/23 accounts.",
         "Chief Finance Officer", D(2023, 10, 31), "Timetable agreed with Grant Thornton in October.", "B"),
        ("act", "3.2", None, None,
         "Publish the draft 2023/24 statement of accounts by 31 May 2024.",
         "Chief Finance Officer", D(2024, 5, 31), "Closedown plan issued to budget holders.", "G"),
        ("act", "4.1", "Outturn reports should be presented to members after each financial year end, including movements on reserves.", "Improvement",
         "Present the 2022/23 revenue and capital outturn report to Cabinet and the Governance and Audit Committee.",
         "Head of Finance and Procurement", D(2204, 3, 31), "Report in preparation; depends on the 2022/23 closedown.", "A"),
        ("band", "Improving economy, efficiency and effectiveness"),
        ("act", "5.1", "Cabinet should receive regular reports on non-financial performance, linked to the Corporate Plan.", "Improvement",
         "Introduce a quarterly Corporate Performance Report to Cabinet with KPIs for each Corporate Plan priority.",
         "Head of Strategy and Transformation", D(2024, 1, 31), "First quarterly report went to Cabinet in November.", "B"),
        ("act", "5.2", None, None,
         "Review KPI targets each year with Cabinet portfolio holders.",
         "Head of Strategy and Transformation", "Annually", "First review due with the 2024/25 budget.", "G"),
    ]
    fills = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    top = None
    for row in rows:
        if row[0] == "band":
            xl_band(ws, r, row[1], len(cols))
            r += 1
            continue
        _, ref, rec, prio, action, lead, when, prog, rag = row
        xl_cell(ws, r, 1, ref)
        if rec is not None:
            xl_cell(ws, r, 2, rec)
            xl_cell(ws, r, 3, prio)
            top = r
        else:
            xl_cell(ws, r, 2, None)
            xl_cell(ws, r, 3, None)
            ws.merge_cells(start_row=top, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=top, start_column=3, end_row=r, end_column=3)
        xl_cell(ws, r, 4, action)
        xl_cell(ws, r, 5, lead)
        xl_cell(ws, r, 6, when, fmt=DMY if isinstance(when, dt.datetime) else None)
        xl_cell(ws, r, 7, prog)
        xl_cell(ws, r, 8, rag, fill=fills[rag], bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: B = complete; G = on track; A = some risk to the target date; "
                                   "R = target date missed or at serious risk").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [6, 44, 12, 46, 26, 12, 40, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "w2-thanet-auditors-annual-report-recommendations-action-plan.xlsx"))


if __name__ == "__main__":
    mid_devon()
    lancaster()
    south_wales_police()
    broxtowe()
    brentwood()
    bury()
    thanet()
