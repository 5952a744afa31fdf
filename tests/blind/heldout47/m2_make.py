"""Generator for the m2- cases of heldout47 (plans outside children's services).

Run with /work/main/.venv/bin/python m2_make.py (needs python-docx and openpyxl).
Writes seven documents next to this script; the .expected.yaml readings are
written by hand beside them.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"


def d(y, m, day):
    return dt.datetime(y, m, day)


# --------------------------------------------------------------------------
# helpers: xlsx
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def header_row(ws, row, names, colour=HEAD):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# --------------------------------------------------------------------------
# 1. Cumberland Council - ASC CQC assessment improvement plan (xlsx)
# --------------------------------------------------------------------------
def cumberland():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "CQC Local Authority Assessment – Adult Social Care Improvement Plan 2026-27"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Cumberland Council – Adult Social Care and Housing"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Our response to the Care Quality Commission (CQC) local authority "
                 "assessment report published 29 January 2026. Progress is reported "
                 "quarterly to the ASC Improvement Board and to People Overview and "
                 "Scrutiny Committee.")
    cov["A3"].alignment = WRAP
    cov.merge_cells("A3:D3")
    cov.row_dimensions[3].height = 60
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Summary of changes"])
    hist = [
        ("0.3", d(2026, 2, 12), "ASC Improvement Lead", "First draft following CQC report"),
        ("1.0", d(2026, 3, 4), "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.1", d(2026, 7, 8), "ASC Improvement Lead", "Q1 progress update"),
        ("1.2", d(2026, 10, 7), "ASC Improvement Lead", "Q2 progress update; revised dates for 1.2 and 2.1"),
    ]
    for r, row in enumerate(hist, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (10, 14, 24, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Cumberland Council – Adult Social Care and Housing"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CQC Local Authority Assessment – Adult Social Care Improvement Plan 2026-27"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Progress position as at 30 September 2026"
    ws["A3"].font = Font(italic=True)
    cols = ["Ref", "What CQC told us (area for improvement)", "Action", "Lead officer",
            "Target date", "Revised date", "Progress update", "RAG"]
    header_row(ws, 5, cols)

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    plan = [
        ("theme", "Theme 1: Working with people"),
        ("afi", "People waited too long for occupational therapy assessments, equipment and financial assessments.", [
            ("1.1", "Introduce a single triage of the OT waiting list, with trusted assessor checks for low-risk equipment requests.",
             "Head of Occupational Therapy", d(2026, 3, 31), None,
             "Triage in place from 2 March 2026. Waiting list reduced from 612 to 354 people by end of August.", "Complete"),
            ("1.2", "Commission additional financial assessment capacity and move to online self-assessment for non-residential charging.",
             "Financial Assessments Team Manager", d(2026, 6, 30), d(2026, 11, 30),
             "Online form went live in July. Recruitment to two financial assessment officer posts delayed; revised date agreed at Improvement Board on 9 September.", "Amber"),
            ("1.3", "Publish waiting times for OT, equipment and financial assessments on the council website each quarter.",
             "Performance and Intelligence Manager", d(2026, 7, 31), None,
             "First publication July 2026. Q2 figures will be published in October.", "Green"),
        ]),
        ("afi", "Access to information was inconsistent: easy-read formats and British Sign Language interpreters were not always available.", [
            ("1.4", "Co-produce easy-read versions of the ten most used adult social care leaflets with the Learning Disability Partnership Board.",
             "Principal Social Worker", d(2026, 12, 31), None,
             "Six of ten leaflets agreed with the Partnership Board; remaining four in design.", "Green"),
            ("1.5", "Agree a joint BSL interpreting contract with NHS partners in North Cumbria.",
             "Commissioning Manager (Adults)", d(2026, 10, 31), None,
             "Joint procurement paused pending ICB contract review. Escalated to the Director; interim spot-purchase arrangements in place.", "Red"),
        ]),
        ("theme", "Theme 2: Providing support"),
        ("afi", "Home care was difficult to arrange in some rural areas, and people with a learning disability had limited choice of specialist support.", [
            ("2.1", "Develop a rural home care framework with enhanced rates for hard-to-serve postcodes.",
             "Assistant Director – Commissioning", d(2026, 9, 30), d(2027, 1, 31),
             "Market engagement events held in Wigton and Millom. Tender documents delayed by rate modelling; revised date agreed.", "Amber"),
            ("2.2", "Commission a supported living dynamic purchasing system for people with a learning disability.",
             "Head of Commissioning", d(2027, 3, 31), None,
             "Specification co-produced with self-advocates; procurement to launch in November.", "Green"),
        ]),
        ("blank",),
        ("theme", "Theme 3: Ensuring safety"),
        ("afi", "Safeguarding concerns were not always screened within timescales, and oversight of waiting lists was inconsistent.", [
            ("3.1", "Establish a daily safeguarding front door screening meeting with police and health partners.",
             "Safeguarding Adults Service Manager", d(2026, 4, 30), None,
             "Daily meeting running since 13 April. 94% of concerns screened within 2 working days in Q2.", "Complete"),
            ("3.2", "Hold a monthly risk review of each locality waiting list, with contact made with everyone waiting more than 28 days.",
             "Locality Service Managers", "Monthly", None,
             "Reviews taking place in all four localities; results reported to Improvement Board.", "Green"),
        ]),
        ("theme", "Theme 4: Leadership"),
        ("afi", "Reliance on agency staff who did not know the area affected continuity of support.", [
            ("4.1", "Launch a 'grow our own' social work apprenticeship cohort and a relocation offer for experienced social workers.",
             "Head of Workforce Development", d(2026, 9, 30), None,
             "Eight apprentices started on 7 September 2026. Relocation package approved by Employment Committee.", "Complete"),
            ("4.2", "Reduce the number of agency social workers from 38 to 15 FTE.",
             "Director of Adult Social Care and Housing / HR Business Partner", d(2027, 3, 31), None,
             "Currently 27 FTE agency social workers. Conversion offers made to 6 agency staff.", "Amber"),
        ]),
    ]

    r = 6
    for item in plan:
        if item[0] == "blank":
            r += 1
            continue
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, afi, acts = item
        first = r
        for ref, action, lead, target, revised, prog, rag in acts:
            vals = [ref, afi if r == first else None, action, lead, target, revised, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(rag_fill[rag])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", BLUE, "Action complete and evidence of impact reviewed"),
           ("Green", GREEN, "On track to deliver by the target date"),
           ("Amber", AMBER, "At risk – revised date agreed by Improvement Board"),
           ("Red", RED, "Off track – escalated to Director and Improvement Board")]
    for word, colour, text in key:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = fill(colour)
        ws.cell(row=r, column=2, value=text)

    for col, w in zip("ABCDEFGH", (6, 38, 48, 26, 11, 11, 48, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(os.path.join(HERE, "m2-cumberland-asc-cqc-improvement-plan.xlsx"))


# --------------------------------------------------------------------------
# helpers: docx
# --------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def head_cells(table, names):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]
        set_cell(c, n, bold=True)
        shade(c, "D9E1F2")


# --------------------------------------------------------------------------
# 2. Rushcliffe Borough Council - LGA Corporate Peer Challenge action plan (docx)
# --------------------------------------------------------------------------
def rushcliffe():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Rushcliffe Borough Council – LGA Corporate Peer Challenge Action Plan", style="Title")
    doc.add_paragraph("Progress update: October 2024", style="Subtitle")
    doc.add_paragraph(
        "The Local Government Association (LGA) Corporate Peer Challenge took place from 15 to "
        "18 January 2024. The peer team's feedback report praised the Council's services, "
        "leadership and partnership working and made a number of recommendations. This action "
        "plan sets out how the Council is responding to the recommendations and was approved by "
        "Cabinet on 9 April 2024. Progress is shown as at 31 October 2024, ahead of the LGA "
        "Progress Review on 6 November 2024.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Owner", "Chief Executive's Office"),
                                ("Approved", "Cabinet, 9 April 2024"),
                                ("Last updated", "31 October 2024")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "F2F2F2")
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph()

    cols = ["Ref", "Action", "Lead", "Timescale", "Progress (October 2024)", "RAG"]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("Recommendation 1: Take a strategic/corporate approach to programme and project management, building on and aligning with your existing corporate performance management function", [
            ("1.1", "Establish a Corporate Programme Board, chaired by the Chief Executive, to oversee the Council's major projects.",
             "Chief Executive", "April 2024", "Board established; first meeting held 24 April 2024 and meets monthly.", "B"),
            ("1.2", "Adopt a single project management toolkit and highlight report template for all projects over £250k.",
             "Director – Finance and Corporate Services", "September 2024",
             "Toolkit drafted and tested on two capital projects. Roll-out to all service managers now planned for November.", "A"),
            ("1.3", "Report project progress alongside the quarterly corporate performance report to the Corporate Overview Group.",
             "Service Manager – Corporate Services", "Q2 2024/25",
             "First combined report considered by Corporate Overview Group on 10 September 2024.", "B"),
        ]),
        ("Recommendation 2: Invest further in staff and councillor training; ensure councillors in particular take up mandatory, essential and other training, including that on councillor/officer roles, political awareness, code of conduct and other internal processes", [
            ("2.1", "Agree a councillor development programme with mandatory modules and publish attendance records.",
             "Monitoring Officer", "June 2024", "Programme agreed by Member Development Group in May; attendance published on the website.", "B"),
            ("2.2", "Run joint councillor and officer sessions on roles, protocols and political awareness.",
             "Monitoring Officer / Head of HR", "Sept 2024 – March 2025",
             "Two sessions delivered (September and October); two further sessions booked.", "G"),
            ("2.3", "Refresh the staff learning and development offer, including a management development programme.",
             "Head of HR", "March 2025", "Training needs analysis complete. Provider for management programme being procured.", "G"),
        ]),
        ("Recommendation 3: Create further time, space, resource and capacity with your strategic partners to identify what could be needed in future regarding changes in the landscape that affect you and your communities, notably the East Midlands Combined County Authority (EMCCA), Development Corporation and Freeport", [
            ("3.1", "Hold a strategic partners' workshop to map the impact of EMCCA, the Development Corporation and the Freeport on the Borough.",
             "Chief Executive", "July 2024", "Workshop held 11 July 2024 with 22 partners; output report shared with Cabinet.", "B"),
            ("3.2", "Identify dedicated officer capacity to represent the Council on EMCCA officer groups.",
             "Director – Development and Economic Growth", "Ongoing",
             "Officer leads named for each EMCCA thematic group; capacity kept under review.", "G"),
        ]),
        ("Recommendation 4: Further develop and align your capital programme with your economic growth strategy once you have agreed the latter for 2024/25, with clear outcomes for both", [
            ("4.1", "Approve the Economic Growth Strategy 2024-2027.",
             "Director – Development and Economic Growth", "October 2024",
             "Draft consulted on over the summer. Cabinet date moved to 10 December 2024 to reflect consultation responses.", "A"),
            ("4.2", "Review the capital programme against the Growth Strategy outcomes as part of the 2025/26 budget.",
             "Director – Finance and Corporate Services", "February 2025",
             "Capital bids for 2025/26 now scored against draft strategy outcomes.", "G"),
        ]),
        ("Recommendation 5: Continue to engage with your diverse and interconnecting communities, including younger residents and groups that are seldom heard", [
            ("5.1", "Set up a young people's panel to take part in consultation on Council strategies.",
             "Communities Manager", "December 2024",
             "Partner college has withdrawn from the pilot. Alternative approach through secondary schools being explored.", "R"),
            ("5.2", "Publish an annual consultation and engagement calendar.",
             "Communications and Customer Services Manager", "April 2024",
             "Calendar published on the website and shared with partners.", "B"),
        ]),
    ]
    n_rows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    head_cells(t, cols)
    widths = [Cm(1.3), Cm(8.0), Cm(4.2), Cm(3.0), Cm(8.0), Cm(1.3)]
    r = 1
    for rec, acts in plan:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, rec, bold=True)
        shade(m, "FCE4D6")
        r += 1
        for ref, action, lead, when, prog, rag in acts:
            cells = t.rows[r].cells
            for i, v in enumerate([ref, action, lead, when, prog, rag]):
                set_cell(cells[i], v)
            shade(cells[5], rag_fill[rag])
            r += 1
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG: B = complete; G = on track; A = some delay, revised timescale being agreed; "
                      "R = not on track, corrective action needed.")
    doc.save(os.path.join(HERE, "m2-rushcliffe-corporate-peer-challenge-action-plan.docx"))


# --------------------------------------------------------------------------
# 3. Tyne and Wear FRS - HMICFRS areas for improvement action plan (xlsx)
# --------------------------------------------------------------------------
def tyne_wear():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = "Tyne and Wear Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HMICFRS Inspection 2023-25 – Areas for Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Update for Governance Committee – November 2025"
    ws["A3"].font = Font(italic=True)
    cols = ["Ref", "Diagnostic", "Area for improvement", "Action", "Action owner",
            "Due date", "Revised due date", "Status", "Update"]
    header_row(ws, 5, cols, colour="C00000")
    st_fill = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER,
               "Off track": RED, "Not started": None}
    groups = [
        ("Preventing fires and other risks",
         "AFI 1: The service should make sure it quality assures its prevention activity, so staff carry out home safety checks to an appropriate standard.", [
            ("1.1", "Introduce a quality assurance framework for home safety checks, with a 5% dip-sample by station managers each quarter.",
             "AM Prevention and Education", d(2025, 3, 31), None, "Complete",
             "Framework live from April 2025. Q1 and Q2 dip-samples completed and reported to SLT."),
            ("1.2", "Evaluate the impact of the revised home safety check on repeat incidents and report findings to SLT.",
             "Head of Prevention", d(2025, 9, 30), d(2026, 1, 31), "Some slippage",
             "Data-sharing agreement with partner agencies took longer than planned. Evaluation now due January."),
        ]),
        ("Protecting the public through fire regulation",
         "AFI 2: The service should make sure it has enough qualified protection staff to meet the requirements of its risk-based inspection programme.", [
            ("2.1", "Recruit and train four additional fire safety inspectors to Level 4 Diploma.",
             "GM Protection", d(2025, 12, 31), None, "On track",
             "Four inspectors recruited; all enrolled on the Level 4 Diploma, due to qualify in December."),
            ("2.2", "Review the risk-based inspection programme to align it with the Community Risk Management Plan 2025-28.",
             "GM Protection", d(2025, 6, 30), None, "Complete",
             "Revised programme approved June 2025."),
        ]),
        ("Responding to fires and other emergencies",
         "AFI 3: The service should make sure its firefighters have good access to relevant and up-to-date risk information.", [
            ("3.1", "Replace the mobile data terminals on all front-line appliances.",
             "Head of ICT", d(2025, 10, 31), d(2026, 3, 31), "Off track",
             "Supplier delivery delayed. 22 of 38 appliances fitted; remaining units expected February."),
            ("3.2", "Clear the backlog of site-specific risk information reviews.",
             "AM Response", d(2025, 12, 31), None, "On track",
             "Backlog reduced from 310 to 96 reviews."),
        ]),
        ("blank",),
        ("Promoting the right values and culture",
         "AFI 4: The service should assure itself that staff are confident using its reporting and grievance procedures.", [
            ("4.1", "Launch an independent confidential reporting line and publicise it at every station.",
             "Director of People and Organisational Development", d(2025, 4, 30), None, "Complete",
             "Reporting line launched 1 April 2025; posters and briefings at all 17 stations."),
            ("4.2", "Run a follow-up staff survey on confidence in reporting procedures.",
             "Head of HR", "Q4 2025/26", None, "Not started", None),
        ]),
        ("Getting the right people with the right skills",
         "AFI 5: The service should make sure it has an effective system to record and monitor operational competence.", [
            ("5.1", "Move all competence records to the new training management system and close the legacy spreadsheets.",
             "AM Training and Development / Head of ICT", d(2025, 9, 30), d(2026, 2, 28), "On track",
             "Wholetime records migrated; on-call and control records to follow by end of February."),
        ]),
    ]
    r = 6
    for g in groups:
        if g[0] == "blank":
            r += 1
            continue
        diag, afi, acts = g
        first = r
        for ref, action, owner, due, rev, status, upd in acts:
            vals = [ref, diag if r == first else None, afi if r == first else None, action, owner, due, rev, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if st_fill[status]:
                ws.cell(row=r, column=8).fill = fill(st_fill[status])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    last = r - 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for word, colour, text in [("Complete", BLUE, "Action delivered and evidence held"),
                               ("On track", GREEN, "Progressing to the due date"),
                               ("Some slippage", AMBER, "Amber – minor delay, revised date set"),
                               ("Off track", RED, "Red – significant delay, escalated to SLT"),
                               ("Not started", None, "Action not yet started")]:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        if colour:
            c.fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGHI", (6, 22, 40, 44, 24, 12, 12, 14, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = "A5:I%d" % last
    wb.save(os.path.join(HERE, "m2-tyne-wear-frs-hmicfrs-afi-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 4. Ipswich Borough Council - RSH regulatory improvement plan (docx)
# --------------------------------------------------------------------------
def ipswich():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Ipswich Borough Council – Housing Services Regulatory Improvement Plan", style="Title")
    doc.add_paragraph(
        "In July 2025 the Regulator of Social Housing published a regulatory judgement giving the "
        "Council a C3 grading against the consumer standards. The Regulator found gaps in our data "
        "on hazards in tenants' homes and in what we know about the diverse needs of our tenants. "
        "This plan sets out the actions we are taking in response. It is monitored monthly by the "
        "Housing Improvement Board and reported to the Regulator at our quarterly engagement "
        "meetings.")
    doc.add_paragraph("Version 2 – updated December 2025")

    doc.add_paragraph("RAG status key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, colour, text) in enumerate([("Complete", BLUE, "Action completed"),
                                           ("Green", GREEN, "On track"),
                                           ("Amber", AMBER, "Some risk to delivery by the target date"),
                                           ("Red", RED, "Will not be delivered by the target date")]):
        set_cell(k.rows[i].cells[0], w, bold=True)
        shade(k.rows[i].cells[0], colour)
        set_cell(k.rows[i].cells[1], text)

    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    cols = ["Ref", "Issue identified by the Regulator", "Action", "Lead", "Target date", "RAG", "Update"]
    sections = [
        ("1. Safety and Quality Standard", [
            ("Gaps in data on the assessment of hazards in tenants' homes using the Housing Health and Safety Rating System (HHSRS).", [
                ("1.1", "Procure a stock condition survey covering 100% of homes over three years, with an HHSRS assessment in every survey.",
                 "Head of Housing Property Services", "30 September 2025", "Complete",
                 "Contract awarded August 2025; surveys started 15 September."),
                ("1.2", "Complete 2,000 surveys in year one.",
                 "Asset Manager", "31/03/2026", "Green",
                 "1,140 surveys completed by 30 November."),
                ("1.3", "Load HHSRS results into the asset management system and report Category 1 hazards to the Housing Improvement Board each month.",
                 "Asset Manager / Compliance Manager", "December 2025", "Amber",
                 "System configuration complete. Data load delayed by the supplier and now expected in January."),
            ]),
            ("Damp and mould cases were not consistently tracked through to resolution.", [
                ("1.4", "Introduce a single damp and mould case tracker, with a follow-up inspection 14 days after works are completed.",
                 "Repairs Manager", "Nov-25", "Complete",
                 "Tracker live from 3 November; all open cases transferred."),
            ]),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("Lack of comprehensive data about the diverse needs of tenants.", [
                ("2.1", "Run a tenant profiling exercise ('Tell us about you') by phone, door-knocking and online.",
                 "Tenancy Services Manager", "Jan 2026 – June 2026", "Green",
                 "Questions agreed with the Tenants' Forum; pilot on two estates in January."),
                ("2.2", "Record vulnerabilities and reasonable adjustments on the housing management system and share them with repairs contractors.",
                 "Tenancy Services Manager", "June 2026", "Green",
                 "New fields added to the system; contractor data-sharing agreement drafted."),
            ]),
            ("Tenants' views were not used consistently to shape services.", [
                ("2.3", "Set up a Tenant Scrutiny Panel and complete its first review, of the repairs service.",
                 "Resident Involvement Officer", "Q4 2025/26", "Amber",
                 "Seven tenants recruited against a target of ten; training booked for February."),
                ("2.4", "Publish Tenant Satisfaction Measures with a commentary on the Council website.",
                 "Head of Housing Services", "Annual", "Green",
                 "2024/25 results and commentary published in June 2025."),
            ]),
        ]),
        ("3. Governance and assurance", [
            ("Councillors did not receive regular assurance on landlord health and safety compliance.", [
                ("3.1", "Report quarterly to the Executive on compliance across the six main safety areas (gas, electrical, fire, water, asbestos and lifts).",
                 "Head of Housing Property Services", "Quarterly", "Green",
                 "First report to Executive on 18 November 2025."),
            ]),
        ]),
    ]
    widths = [Cm(1.2), Cm(5.2), Cm(6.6), Cm(3.6), Cm(2.8), Cm(1.8), Cm(5.0)]
    for heading, issues in sections:
        doc.add_paragraph(heading, style="Heading 2")
        n = 1 + sum(len(a) for _, a in issues)
        t = doc.add_table(rows=n, cols=7)
        t.style = "Table Grid"
        head_cells(t, cols)
        r = 1
        for issue, acts in issues:
            first = r
            for ref, action, lead, when, rag, upd in acts:
                cells = t.rows[r].cells
                for i, v in enumerate([ref, issue if r == first else None, action, lead, when, rag, upd]):
                    if v is not None:
                        set_cell(cells[i], v)
                shade(cells[5], rag_fill[rag])
                r += 1
            if r - 1 > first:
                t.cell(first, 1).merge(t.cell(r - 1, 1))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "m2-ipswich-housing-rsh-improvement-plan.docx"))


# --------------------------------------------------------------------------
# 5. Swale Borough Council - internal audit follow-up tracker (csv, Excel save-as)
# --------------------------------------------------------------------------
def swale():
    cols = ["Audit", "Rec", "Priority", "Recommendation", "Agreed action", "Action owner",
            "Original due date", "Revised due date", "RAG status", "Latest update"]
    w = len(cols)
    rows = [
        ["Swale Borough Council - Internal Audit Agreed Actions Follow-Up"] + [""] * (w - 1),
        ["Mid Kent Audit - position at 31 October 2025"] + [""] * (w - 1),
        [""] * w,
        cols,
        ["Procurement and Contract Management", "1", "Priority 2",
         "The contracts register is incomplete: 14 contracts over £25k were missing.",
         "Reconcile the contracts register to the creditors system each quarter and publish it under the Transparency Code.",
         "Procurement Manager", "31/03/2025", "30/06/2025", "Complete",
         "Reconciliation completed for Q1 and Q2; register published 4 July 2025."],
        ["Procurement and Contract Management", "2", "Priority 3",
         "Waivers of Contract Standing Orders were not always approved before spend was committed.",
         "Introduce an electronic waiver form with a Section 151 Officer approval step.",
         "Head of Finance and Procurement", "30/11/2025", "", "Green",
         "Form built in SharePoint; go-live planned for 3 November."],
        ["Housing Benefit Subsidy", "1", "Priority 2",
         "Quality checking of new claims had lapsed since 2023.",
         "Reintroduce monthly quality checks of 4% of new claims by senior assessors.",
         "Revenues and Benefits Manager", "31/05/2025", "", "Complete",
         "Checks reintroduced from May; error rate reported to the subsidy working group."],
        ["Housing Benefit Subsidy", "2", "Priority 3",
         "Overpayments were not always classified correctly for subsidy purposes.",
         "Update the overpayment classification guidance and train all assessors.",
         "Benefits Team Leader", "30/09/2025", "31/12/2025", "Amber",
         "Guidance updated. Training postponed because of year-end workload; now booked for December."],
        ["Cyber Security", "1", "Priority 1",
         "Multi-factor authentication was not enforced for remote access to all systems.",
         "Enforce multi-factor authentication for all remote access, including supplier accounts.",
         "ICT Manager", "31/07/2025", "", "Complete",
         "MFA enforced for all staff and supplier accounts from 21 July."],
        ["Cyber Security", "2", "Priority 2",
         "There is no tested ICT disaster recovery plan.",
         "Complete and test an ICT disaster recovery plan, with the results reported to the Information Governance Group.",
         "ICT Manager / Information Governance Officer", "30/06/2025", "31-Otc-25", "Amber",
         "Plan drafted. Test scheduled with the hosting supplier."],
        ["Licensing", "1", "Priority 3",
         "Taxi driver DBS renewals were not always chased before expiry.",
         "Set up automated reminders 60 days before DBS expiry in the licensing system.",
         "Licensing Manager", "31/08/2025", "", "Complete",
         "Reminders configured and tested in August."],
        ["Disabled Facilities Grants", "1", "Priority 2",
         "Grant approvals did not always evidence the OT recommendation on file.",
         "Add an OT recommendation check to the grant approval checklist.",
         "Private Sector Housing Manager", "30/09/2025", "", "Complete",
         "Checklist updated and in use for all approvals from September."],
        ["Disabled Facilities Grants", "2", "Priority 3",
         "Contractor framework has not been re-tendered since 2019.",
         "Re-tender the DFG contractor framework jointly with Kent County Council.",
         "Private Sector Housing Manager", "31/03/2026", "", "Green",
         "Joint specification agreed with KCC; tender to be issued in January."],
        ["Payroll", "1", "Priority 2",
         "Starters and leavers forms were processed without manager authorisation in 3 of 25 cases tested.",
         "Require manager authorisation in the HR system before any starter or leaver is processed.",
         "HR and Payroll Manager", "31/01/2026", "", "Red",
         "System change not yet scheduled by the supplier. Manual check in place as an interim control."],
        [""] * w,
        ["Priority 1 = high risk, Priority 2 = medium risk, Priority 3 = low risk"] + [""] * (w - 1),
    ]
    with open(os.path.join(HERE, "m2-swale-internal-audit-follow-up-tracker.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# --------------------------------------------------------------------------
# 6. Safer Hastings Partnership - community safety action plan (tab-separated txt)
# --------------------------------------------------------------------------
def hastings():
    T = "\t"
    pad = T * 5
    lines = [
        "Safer Hastings Partnership – Community Safety Action Plan 2024/25" + pad,
        "Quarter 3 update (October – December 2024)" + pad,
        pad,
        T.join(["Ref", "Action", "Lead agency", "Timescale", "Q3 update", "RAG"]),
        "Priority 1: Street-related crime and anti-social behaviour" + pad,
        T.join(["1.1", "Joint town centre patrol plan (police, council wardens and BID rangers) targeting identified hotspots",
                "Sussex Police / HBC", "Ongoing",
                "Patrol plan reviewed monthly at the tasking meeting. ASB reports in the town centre down 11% on Q3 last year.", "G"]),
        T.join(["1.2", "Renew the town centre Public Spaces Protection Order following public consultation",
                "HBC Community Safety Team", "Oct-24",
                "PSPO renewed by Cabinet on 7 October 2024 for three years.", "Complete"]),
        T.join(["1.3", "Upgrade 12 CCTV cameras in Robertson Street and the White Rock area",
                "HBC CCTV Manager", "March 2025",
                "Funding confirmed. Installer has moved the start date to February, which leaves little contingency.", "A"]),
        pad,
        "Priority 2: Violence against women and girls and domestic abuse" + pad,
        T.join(["2.1", "Extend the Safe Space scheme to night-time economy venues, with staff trained in Ask for Angela",
                "HBC Licensing & Sussex Police", "Mar-25",
                "18 venues signed up against a target of 20.", "G"]),
        T.join(["2.2", "Deliver healthy relationships sessions in all secondary schools",
                "ESCC Safer Communities", "Termly",
                "Sessions delivered in 5 of 6 secondary schools this term.", "G"]),
        T.join(["2.3", "Review the domestic abuse referral pathway into MARAC with The Portal",
                "ESCC Safer Communities", "Q4 2024/25",
                "Review has not started because of vacancies in the commissioning team. Raised at the December board.", "R"]),
        pad,
        "Priority 3: Modern slavery and human trafficking" + pad,
        T.join(["3.1", "Multi-agency Discovery inspections of higher-risk premises (car washes, nail bars and HMOs)",
                "Sussex Police", "Monthly",
                "Three inspections in Q3; two referrals into the National Referral Mechanism.", "G"]),
        T.join(["3.2", "Train frontline council staff to spot the signs of exploitation and make an NRM referral",
                "HBC Community Safety Team", "Sept 2024",
                "142 staff trained through e-learning and two workshops.", "Complete"]),
        pad,
        "Priority 4: Substance misuse" + pad,
        T.join(["4.1", "Extend outreach to people sleeping rough, including naloxone supply",
                "Change Grow Live", "Ongoing",
                "Outreach now five mornings a week; 23 naloxone kits issued in Q3.", "G"]),
        T.join(["4.2", "Joint licensing visits to off-licences linked to street drinking",
                "HBC Licensing / Sussex Police", "February 2025",
                "Four premises visited; one licence review pending. Remaining visits delayed by police abstractions.", "A"]),
        pad,
        "RAG: G = on track; A = some concerns; R = off track / significant concerns; Complete = action completed" + T * 5,
    ]
    with open(os.path.join(HERE, "m2-safer-hastings-partnership-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# --------------------------------------------------------------------------
# 7. West Northamptonshire Council - Ombudsman recommendations tracker (xlsx)
# --------------------------------------------------------------------------
def west_northants():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "West Northamptonshire Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ombudsman Service Improvement Recommendations – Tracker 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Audit and Governance Committee, 21 January 2026"
    ws["A3"].font = Font(italic=True)
    cols = ["Ombudsman ref", "Service area", "Decision date", "Service improvement recommendation",
            "Action taken / planned", "Responsible officer", "Deadline", "Extended deadline", "RAG"]
    header_row(ws, 5, cols, colour="385723")
    G, A, R = "00B050", "FFC000", "FF0000"
    rows = [
        ("24 012 488", "Adult Social Care", d(2025, 3, 14),
         "Review how the Council communicates charging decisions to people who lack capacity and their representatives.",
         "Charging letters rewritten with the Financial Assessment team and checked with advocates; staff briefing delivered in May.",
         "Financial Assessment Manager", d(2025, 6, 14), None, G),
        ("24 015 903", "Council Tax", d(2025, 5, 2),
         "Remind staff to consider a resident's vulnerability before passing a debt to enforcement agents.",
         "Vulnerability checklist added to the recovery procedure; refresher training for all recovery staff.",
         "Revenues Manager", d(2025, 8, 2), None, G),
        ("202331571", "Housing (NPH)", d(2025, 5, 20),
         "Review the landlord's damp and mould policy so that inspections are carried out within 10 working days of a report.",
         "Policy revised and approved by the NPH Board; inspection timescales now monitored weekly.",
         "Head of Asset Management, NPH", d(2025, 8, 20), d(2025, 10, 31), G),
        ("24 019 220", "Planning", d(2025, 6, 11),
         "Review the process for checking that planning conditions are discharged before a development is occupied.",
         "Compliance officer post created in Planning Enforcement; procedure note drafted and with legal for comment.",
         "Planning Enforcement Manager", d(2025, 9, 11), d(2026, 1, 31), A),
        ("25 000 731", "Waste and Recycling", d(2025, 6, 29),
         "Make sure assisted collections are recorded on the crews' in-cab system and missed assisted collections are escalated the same day.",
         "In-cab system updated; a missed assisted collection now sends a same-day alert to the supervisor.",
         "Waste Services Manager", d(2025, 9, 29), None, G),
        ("24 021 114", "Adult Social Care", d(2025, 8, 7),
         "Produce an action plan to clear the backlog of care and support reviews.",
         "Backlog recovery plan agreed by DMT; additional reviewing officers in post. Backlog down from 1,140 to 760.",
         "Assistant Director – Adult Social Care Operations", d(2025, 11, 7), d(2026, 2, 28), A),
        ("202410377", "Housing (NPH)", d(2025, 8, 19),
         "Review complaint handling timescales against the Complaint Handling Code and report the findings to the Board.",
         "Review commissioned from internal audit; fieldwork has not yet started.",
         "Complaints and Customer Feedback Manager", d(2025, 11, 19), None, R),
        ("25 003 862", "Homelessness", d(2025, 10, 23),
         "Make sure reviews of the suitability of temporary accommodation are completed within the statutory 56 days.",
         "Review tracker being set up; training for housing options officers booked for February.",
         "Housing Options Manager / Temporary Accommodation Team Leader", d(2026, 1, 23), None, A),
        ("25 004 010", "Highways", d(2025, 10, 30),
         "Update the highways defect policy so that the reason for not repairing a reported defect is recorded.",
         "Policy review to be scheduled with the highways contractor.",
         "Highways Asset Manager", d(2026, 1, 30), None, None),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rag = ws.cell(row=r, column=9)
        rag.border = BOX
        if row[8]:
            rag.fill = fill(row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for colour, text in [(G, "Completed – evidence of compliance sent to the Ombudsman"),
                         (A, "In progress – within deadline or extension agreed with the Ombudsman"),
                         (R, "Overdue – deadline passed and no extension agreed"),
                         (None, "No colour – not yet started")]:
        r += 1
        c = ws.cell(row=r, column=1)
        if colour:
            c.fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGHI", (13, 18, 12, 44, 44, 28, 12, 12, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "m2-west-northamptonshire-ombudsman-recommendations-tracker.xlsx"))


if __name__ == "__main__":
    cumberland()
    rushcliffe()
    tyne_wear()
    ipswich()
    swale()
    hastings()
    west_northants()
    print("written")
