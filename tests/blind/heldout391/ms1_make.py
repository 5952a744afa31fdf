"""Build the seven ms1- data files of set heldout391.

Run with: /work/main/.venv/bin/python ms1_make.py
Writes next to this script: three .xlsx (openpyxl), two .docx (python-docx),
one .csv and one tab-separated .txt (written directly).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
LIGHTBLUE = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Liverpool City Council - children's home Ofsted action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_liverpool():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [9, 48, 48, 24, 13, 13, 42, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "Stonebridge House (SC487214) – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Liverpool City Council – Children's Residential Services"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = ("Inspection date: 15 and 16 October 2024 | Overall experiences and progress of "
                "children and young people: requires improvement to be good")
    ws["A4"] = ("Registered Manager: Lisa Quayle | Responsible Individual: Head of Residential and "
                "Placement Services | Version 3, updated 10/01/2025")
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    headers = ["Ref", "Requirement / recommendation (Ofsted)", "Action to be taken",
               "Responsible person", "Ofsted due date", "Revised date", "Progress / evidence", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    req1 = ("The registered person must ensure that staff assess whether each child is at risk of "
            "harm, taking into account information in the child's relevant plans, and, if necessary, "
            "make arrangements to reduce the risk of any harm to the child. "
            "(Regulation 12 (1)(2)(a)(i)(ii))")
    req2 = ("The registered person must ensure that all employees undertake appropriate continuing "
            "professional development, including the qualifications required by regulation 32(4). "
            "(Regulation 33 (4)(a))")
    req3 = ("The registered person must ensure that, within 24 hours of the use of a measure of "
            "control, discipline or restraint in relation to a child in the home, a record is made "
            "which includes the details required, and that the registered person reviews the record "
            "within 48 hours. (Regulation 35 (3)(a)(b))")
    rec1 = ("The registered person should ensure that the location assessment is reviewed at least "
            "annually and takes account of the views of partner agencies. ('Guide to the Children's "
            "Homes Regulations, including the quality standards', page 64, paragraph 15.3)")
    rec2 = ("The registered person should ensure that records are written in a way that is "
            "respectful and meaningful to the child when they read them now or later in life. "
            "('Guide to the Children's Homes Regulations, including the quality standards', "
            "page 62, paragraph 14.4)")

    d = dt.datetime
    # (ref, action, lead, due, revised, progress, fill)
    rows = [
        ("section", "Requirements"),
        ("R1.1", req1,
         "Review and update each child's risk assessment and behaviour support plan so that current "
         "risks, including going missing and exploitation, are clearly identified with strategies to "
         "reduce them.",
         "Registered Manager", d(2024, 11, 29), None,
         "Completed 08/11/2024 – all three plans reviewed with social workers and signed off.", GREEN),
        ("R1.2", None,
         "Introduce a monthly risk review at the team meeting for each child, recorded on the child's "
         "file, with actions tracked to completion.",
         "Deputy Manager", d(2024, 11, 29), d(2025, 1, 31),
         "Two reviews held. Recording template revised after RI visit in December.", AMBER),
        ("R2.1", req2,
         "Complete a training needs analysis for all residential staff and book any outstanding "
         "mandatory training (positive handling, exploitation awareness, first aid).",
         "Registered Manager / Workforce Development Officer", d(2025, 1, 31), None,
         "TNA complete and all mandatory training now up to date (training matrix held in office).",
         GREEN),
        ("R2.2", None,
         "Enrol all staff who do not hold the Level 3 Diploma for Residential Childcare and review "
         "their progress in monthly supervision.",
         "RM & Senior RSW", d(2025, 1, 31), d(2025, 4, 30),
         "3 of 4 staff enrolled; one awaiting college start date.", AMBER),
        ("R3.1", req3,
         "Audit all restraint records since April 2024 and complete any outstanding debriefs with "
         "children and staff.",
         "Deputy Manager", d(2024, 11, 29), None,
         "Audit completed 22/11/2024. Debriefs completed for all children still living at the home.",
         GREEN),
        ("R3.2", None,
         "Registered manager to review and sign off every record of restraint within 48 hours, with a "
         "monthly summary provided to the Responsible Individual.",
         "Registered Manager", d(2024, 11, 29), None,
         "Sign-off within 48 hours achieved for 4 of 7 records in December due to manager absence. "
         "Cover arrangements agreed with RI.", RED),
        ("section", "Recommendations"),
        ("REC1.1", rec1,
         "Review the location risk assessment with Merseyside Police and the local community safety "
         "team, and share the updated assessment with children's social workers.",
         "Registered Manager", d(2025, 2, 28), None,
         "Not yet started – meeting with neighbourhood police booked for 05/02/2025.", None),
        ("REC2.1", rec2,
         "Deliver a recording workshop for all staff on writing to the child, and introduce a "
         "quarterly audit of daily logs and key-work records.",
         "Senior RSW", d(2025, 3, 31), None,
         "Workshop held 12/12/2024 (9 of 12 staff attended). First audit due March.", AMBER),
    ]
    r = 7
    merge_start = None
    for row in rows:
        if row[0] == "section":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill(GREY)
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, req, action, lead, due, rev, prog, colour = row
        ws.cell(row=r, column=1, value=ref)
        if req is not None:
            ws.cell(row=r, column=2, value=req)
            merge_start = r
        else:
            # continuation of the requirement above: merge column B down
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        c5 = ws.cell(row=r, column=5, value=due)
        c5.number_format = "dd/mm/yyyy"
        if rev is not None:
            c6 = ws.cell(row=r, column=6, value=rev)
            c6.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=prog)
        if colour:
            ws.cell(row=r, column=8).fill = fill(colour)
        for c in range(1, 9):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for colour, text in ((RED, "Not met / significant concern – escalate to Responsible Individual"),
                         (AMBER, "In progress"),
                         (GREEN, "Completed – evidence held")):
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.freeze_panes = "A7"

    so = wb.create_sheet("Sign-off")
    so["A1"] = "Sign-off"
    so["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate((("Prepared by", "Lisa Quayle, Registered Manager"),
                                ("Agreed by", "Head of Residential and Placement Services (Responsible Individual)"),
                                ("Date sent to Ofsted", "05/11/2024"),
                                ("Next review", "Monthly at Regulation 44 feedback meeting")), start=3):
        so.cell(row=i, column=1, value=k).font = Font(bold=True)
        so.cell(row=i, column=2, value=v)
    so.column_dimensions["A"].width = 22
    so.column_dimensions["B"].width = 70
    wb.save(path("ms1-liverpool-city-council-childrens-home-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Coventry SCP - child exploitation strategy delivery plan (xlsx, read)
# ---------------------------------------------------------------------------
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_coventry():
    title = "Child Exploitation and Missing Strategy 2024–2027: Delivery Plan 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Coventry Safeguarding Children Partnership"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Quarter 2 progress update (position at 30 September 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Owner", "Child Exploitation and Missing (CEM) Sub-group"),
          ("Version", "2.1"),
          ("Date", "October 2025"),
          ("Approved by", "CSCP Executive Group"),
          ("Next review", "January 2026 (Q3 update)")]
    for i, (k, v) in enumerate(dc, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    themes = [
        ("1. PREPARE – we understand the nature and scale of exploitation in Coventry", [
            ("1.1", "Produce a partnership child exploitation problem profile, drawing on police, health, "
                    "education and children's services data.",
             "West Midlands Police Coventry LPA Intelligence Lead; CSCP Business Manager",
             "Sept 2025", "G", "B",
             "Problem profile signed off by CEM Sub-group 16/09/2025; findings shared at Executive."),
            ("1.2", "Refresh the multi-agency child exploitation dataset and report it quarterly to the "
                    "CEM Sub-group.",
             "Exploitation and Missing Service Manager", "Quarterly", "G", "G",
             "Q1 dataset reported in July. Health data now included."),
            ("1.3", "Deliver refreshed multi-agency training on contextual safeguarding and criminal "
                    "exploitation, including county lines and the use of the Child Exploitation Screening "
                    "Tool.",
             "CSCP Learning and Development Officer", "Mar-26", "A", "G",
             "Four courses delivered (86 delegates). Trainer capacity issue resolved."),
        ]),
        ("2. PREVENT – children and families are aware of exploitation and are supported early", [
            ("2.1", "Roll out the exploitation awareness session for parents and carers through family "
                    "hubs and schools.",
             "Early Help Lead; Education Safeguarding Manager", "Q3 2025/26", "A", "A",
             "Sessions running in 3 of 8 family hubs. Take-up by schools is low."),
            ("2.2", "Work with the Community Safety Partnership to map and target places of concern "
                    "identified through the problem profile.",
             "Coventry Community Safety Partnership Manager", dt.datetime(2025, 12, 31), "R", "A",
             "Mapping started following sign-off of the problem profile."),
        ]),
        ("3. PROTECT – children at risk of exploitation are identified and protected", [
            ("3.1", "Embed the Risk Outside the Home child protection pathway, with exploitation "
                    "conferences chaired by the Child Protection Chairs.",
             "Head of Safeguarding and Quality Assurance", "Apr-26", "G", "G",
             "Pathway live from June 2025; 14 conferences held."),
            ("3.2", "Ensure every child reported missing is offered a return home interview within 72 "
                    "hours, and that information from interviews is shared with the exploitation hub.",
             "Exploitation and Missing Service Manager / WMP Missing Persons Coordinator", "Ongoing",
             "A", "R",
             "Offer within 72 hours fell to 61% in Q2 (target 90%) due to vacancies in the missing team."),
            ("3.3", "Agree a transitional safeguarding protocol for young people aged 17–25 at risk of "
                    "exploitation with adult social care and the Safeguarding Adults Board.",
             "CSCP Business Manager & SAB Business Manager", "June 2026", "New", "A",
             "New action added at Q1 Executive. Task and finish group meets in October."),
        ]),
        ("4. PURSUE – perpetrators are identified, disrupted and brought to justice", [
            ("4.1", "Increase the use of Child Abduction Warning Notices and other disruption tools, with "
                    "quarterly reporting to the CEM Sub-group.",
             "WMP Detective Chief Inspector – Public Protection", "Mar-26", "G", "G",
             "11 CAWNs issued in Q2 (Q1: 6)."),
            ("4.2", "Review the National Referral Mechanism decision process under the devolved pilot so "
                    "that decisions for Coventry children are made within 45 days.",
             "Devolved NRM Panel Chair", "Jan-26", "G", "B",
             "Review complete; average decision time now 38 days."),
        ]),
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "RAG summary – position at 30 September 2025 (current RAG)"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Strand", "Blue", "Green", "Amber", "Red", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = summ.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    totals = {"B": 0, "G": 0, "A": 0, "R": 0}
    r = 4
    for name, acts in themes:
        strand = name.split("–")[0].split(". ")[1].strip().title()
        counts = {k: sum(1 for a in acts if a[5] == k) for k in totals}
        for k in totals:
            totals[k] += counts[k]
        vals = [strand, counts["B"], counts["G"], counts["A"], counts["R"], len(acts)]
        for c, v in enumerate(vals, 1):
            summ.cell(row=r, column=c, value=v).border = BOX
        r += 1
    vals = ["Total", totals["B"], totals["G"], totals["A"], totals["R"], sum(totals.values())]
    for c, v in enumerate(vals, 1):
        cell = summ.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    for c, colour in zip(range(2, 6), (BLUE, GREEN, AMBER, RED)):
        summ.cell(row=3, column=c).fill = fill(colour)
    summ.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Delivery Plan")
    widths = [7, 60, 36, 13, 11, 11, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Current RAG reflects the position at the end of Q2 (30/09/2025). "
                "B = complete, G = on track, A = some risk to delivery, R = off track.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Lead(s)", "Target date", "Previous RAG (Q1)", "Current RAG (Q2)",
           "Q2 update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for name, acts in themes:
        ws.cell(row=r, column=1, value=name).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill(LIGHTBLUE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, action, lead, target, prev, cur, upd in acts:
            vals = [ref, action, lead, target, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            if prev in RAG_FILL:
                ws.cell(row=r, column=5).fill = fill(RAG_FILL[prev])
            ws.cell(row=r, column=6).fill = fill(RAG_FILL[cur])
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    ws.freeze_panes = "A5"
    wb.save(path("ms1-coventry-safeguarding-children-partnership-child-exploitation-strategy-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Stockport Virtual School improvement plan (xlsx, refuse: mistyped month)
# ---------------------------------------------------------------------------
def make_stockport():
    wb = Workbook()
    ws = wb.active
    ws.title = "VSIP 2024-25"
    widths = [6, 55, 26, 42, 16, 10, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Stockport Virtual School for Children in Care"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Virtual School Improvement Plan 2024–25"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Owner: Virtual School Headteacher | Reviewed termly by the Virtual School "
                "Governing Body | Last review: 4 February 2025")
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    hdr = ["Ref", "Action", "Lead", "Success criteria", "Timescale", "RAG (Spring 1)", "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("C6E0B4")
        cell.alignment = WRAP
        cell.border = BOX

    plan = [
        ("Priority 1: Improve attendance and reduce suspensions for children in care", [
            ("1.1", "Track daily attendance for all Stockport children in care through the commissioned "
                    "attendance service, with follow-up on the first day of absence.",
             "Virtual School Deputy Headteacher", "Attendance of children in care at or above 92%; "
             "persistent absence below 15%.", "Autumn term 2024", "Green",
             "Attendance 92.8% at end of autumn term."),
            ("1.2", "Attend every suspension meeting and work with schools on alternatives to suspension "
                    "for children in care.",
             "Education Advisers (KS3/KS4)", "Fixed-term suspensions reduced by 20% against 2023–24.",
             "Spring term 2025", "Amber",
             "Suspensions down 9% so far; two schools account for most of the suspensions."),
            ("1.3", "Deliver attachment and trauma-aware training to designated teachers in all "
                    "secondary schools.",
             "Virtual School Headteacher / Educational Psychology Service",
             "All secondary schools trained; designated teacher survey shows increased confidence.",
             "Jul-25", "Green", "14 of 16 secondary schools trained."),
        ]),
        ("Priority 2: Strengthen the quality of Personal Education Plans (PEPs)", [
            ("2.1", "Launch the revised ePEP template with SMART targets linked to Pupil Premium Plus "
                    "spending.",
             "ePEP Coordinator", "Revised template in use for all PEPs from November 2024.", "Dec-24",
             "Blue", "Complete."),
            ("2.2", "Quality assure a sample of PEPs each half term and feed back to designated teachers "
                    "and social workers.",
             "Education Advisers (KS1/KS2)", "At least 85% of sampled PEPs graded good or better.",
             "Febuary 2025", "Amber", "First QA round completed; 71% good or better."),
            ("2.3", "Hold PEP training for newly qualified social workers as part of the ASYE programme.",
             "Virtual School Deputy Headteacher; Principal Social Worker",
             "All ASYE social workers attend PEP training.", "Summer term 2025", "Green",
             "Dates booked with the Academy."),
        ]),
        ("Priority 3: Close the attainment gap at Key Stage 2 and Key Stage 4", [
            ("3.1", "Provide one-to-one tutoring for children in care in Years 6 and 11 who are not on "
                    "track to meet expected standards.",
             "Virtual School Headteacher", "Tutoring in place for all identified pupils by October "
             "half term.", "Oct-24", "Blue", "Complete – 38 pupils receiving tutoring."),
            ("3.2", "Analyse 2024 outcomes by school and placement type and agree targeted support with "
                    "the five schools with the largest gaps.",
             "Data and Performance Officer", "Targeted support agreed with five schools.",
             "Mar-25", "Green", "Analysis completed; meetings with three schools held."),
        ]),
        ("Priority 4: Embed the extended duties for children with a social worker and previously "
         "looked-after children", [
            ("4.1", "Publish a Virtual School offer for children with a social worker and for previously "
                    "looked-after children on the Local Offer website.",
             "Virtual School Headteacher", "Offer published and promoted to schools and families.",
             "Summer term 2025", "Red", "Delayed – website redesign."),
            ("4.2", "Run termly advice sessions for adoptive and special guardianship families with "
                    "Adoption Counts.",
             "Education Adviser (PLAC)", "Three sessions held; feedback from families collected.",
             "Termly", "Green", "Autumn session held 21/11/2024."),
        ]),
    ]
    r = 6
    for pname, acts in plan:
        ws.cell(row=r, column=1, value=pname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill("E2EFDA")
        r += 1
        for vals in acts:
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            colour = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE}[vals[5]]
            ws.cell(row=r, column=6).fill = fill(colour)
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="RAG: Green – on track; Amber – some delay; Red – significant concern; Blue – complete")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    gl = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate((("PEP", "Personal Education Plan"),
                                ("ePEP", "Electronic Personal Education Plan"),
                                ("PP+", "Pupil Premium Plus"),
                                ("PLAC", "Previously looked-after children"),
                                ("ASYE", "Assessed and Supported Year in Employment")), start=1):
        gl.cell(row=i, column=1, value=k).font = Font(bold=True)
        gl.cell(row=i, column=2, value=v)
    gl.column_dimensions["B"].width = 45
    wb.save(path("ms1-stockport-council-virtual-school-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. East Dunbartonshire - children at risk of harm joint inspection (docx, read)
# ---------------------------------------------------------------------------
def make_east_dunbartonshire():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Joint Inspection of Services for Children at Risk of Harm – Partnership "
                      "Improvement Plan 2023–2025", style="Title")
    doc.add_paragraph("East Dunbartonshire Community Planning Partnership – Chief Officers' Group "
                      "(Public Protection)")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        bold_cell(t.rows[0].cells[c], h)
    for vals in (("1.0", "May 2023", "CPC Lead Officer", "Draft for Chief Officers' Group"),
                 ("1.1", "June 2023", "CPC Lead Officer", "Approved by Chief Officers' Group 22/06/2023"),
                 ("1.2", "January 2024", "CPC Lead Officer", "Progress update for CPC and COG")):
        cells = t.add_row().cells
        for c, v in enumerate(vals):
            cells[c].text = v

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Care Inspectorate, with Education Scotland, His Majesty's Inspectorate of Constabulary in "
        "Scotland and Healthcare Improvement Scotland, carried out a joint inspection of services for "
        "children at risk of harm in East Dunbartonshire between October 2022 and February 2023. The "
        "report was published on 18 April 2023 and evaluated quality indicator 2.1, impact on children "
        "and young people, as good. This plan sets out how partners will respond to the areas for "
        "improvement identified in the report. Progress is reported quarterly to the Child Protection "
        "Committee (CPC) and to the Chief Officers' Group (COG).")
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – some slippage, remedial "
                      "action in place; Red – significant risk to delivery.")

    cols = ["Area for improvement", "Ref", "Action", "Lead", "Timescale", "Progress (January 2024)",
            "RAG"]
    rag_fill = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    themes = [
        ("Theme 1: Assessment and planning for children at risk of harm", [
            ("Partners should ensure that chronologies are consistently of high quality and are used to "
             "inform assessments of risk and need.", [
                ("1.1", "Introduce a single multi-agency chronology template within the child protection "
                        "procedures and carry out a case file audit of its use after six months.",
                 "CPC Lead Officer", "June 2023 – March 2024",
                 "Template launched September 2023. Audit scheduled for March 2024.", "Green"),
                ("1.2", "Deliver chronology training to social work, health visiting and school nursing "
                        "staff, including the recording of significant events and their analysis.",
                 "Learning and Development Officer (Public Protection)", "December 2023",
                 "Four sessions delivered; 112 staff attended.", "Blue"),
            ]),
            ("Partners should improve the quality and consistency of child's plans so that they are "
             "SMART and the child's views are clearly recorded.", [
                ("2.1", "Revise the child's plan template in line with the National Guidance for Child "
                        "Protection in Scotland 2021 (updated 2023) and the GIRFEC practice model.",
                 "Chief Social Work Officer", "31/03/2024",
                 "Draft template out for consultation with partners; sign-off delayed to May CPC.",
                 "Amber"),
                ("2.2", "Develop a quality assurance framework for child's plans, with a quarterly "
                        "multi-agency audit reported to the CPC.",
                 "Service Manager Quality Assurance / Named Nurse Child Protection", "August 2024",
                 "Framework drafted; first audit planned for Q1 2024/25.", "Green"),
            ]),
        ]),
        ("Theme 2: Listening to children and young people", [
            ("Partners should strengthen the use of independent advocacy so that children at risk of "
             "harm are supported to express their views in child protection processes.", [
                ("3.1", "Commission an independent advocacy service for children and young people "
                        "subject to child protection processes.",
                 "Head of Children's Services", "October 2023",
                 "Advocacy service commissioned and in place from November 2023.", "Blue"),
                ("3.2", "Ensure all children aged 8 and over who are subject to a child protection "
                        "planning meeting are offered advocacy and that the offer is recorded.",
                 "Child Protection Reviewing Officers", "Ongoing",
                 "Offer recorded in 78% of meetings (December 2023).", "Amber"),
                ("3.3", "Work with the Champions Board to co-produce child-friendly information about "
                        "child protection processes.",
                 "Champions Board Coordinator & CPC Lead Officer", "April 2024",
                 "Two workshops held with care experienced young people.", "Green"),
            ]),
        ]),
        ("Theme 3: Leadership, self-evaluation and performance", [
            ("The Chief Officers' Group should strengthen its oversight of performance information so "
             "that it can better evidence the impact of services on outcomes for children at risk of "
             "harm.", [
                ("4.1", "Develop a public protection performance framework and dashboard for the Chief "
                        "Officers' Group, including outcome measures for children at risk of harm.",
                 "Chief Officers' Group / Public Protection Performance Officer",
                 "September 2023 – June 2024",
                 "Dashboard prototype presented to COG in December 2023.", "Green"),
                ("4.2", "Hold an annual multi-agency self-evaluation event using the quality framework "
                        "for children and young people in need of care and protection.",
                 "CPC Chair", "November 2023",
                 "Event held 23 November 2023; findings feed into the CPC business plan.", "Blue"),
            ]),
        ]),
    ]
    for theme, areas in themes:
        doc.add_heading(theme, level=1)
        table = doc.add_table(rows=1, cols=len(cols))
        table.style = "Table Grid"
        for c, h in enumerate(cols):
            bold_cell(table.rows[0].cells[c], h)
            shade(table.rows[0].cells[c], "D9E1F2")
        for area, acts in areas:
            first = None
            for ref, action, lead, when, prog, rag in acts:
                cells = table.add_row().cells
                if first is None:
                    cells[0].text = area
                    first = cells[0]
                else:
                    first = first.merge(cells[0])
                for c, v in enumerate((ref, action, lead, when, prog, rag), start=1):
                    cells[c].text = v
                shade(cells[6], rag_fill[rag])
        doc.add_paragraph("")

    doc.add_heading("Governance", level=1)
    doc.add_paragraph("This plan was approved by the Chief Officers' Group on 22 June 2023. The CPC Lead "
                      "Officer coordinates updates from action leads each quarter.")
    doc.save(path("ms1-east-dunbartonshire-children-at-risk-of-harm-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Foster Wales Isle of Anglesey - CIW fostering inspection (docx, read)
# ---------------------------------------------------------------------------
def make_anglesey():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Foster Wales Isle of Anglesey – CIW Inspection Improvement Plan", level=0)
    doc.add_paragraph("Maethu Cymru Ynys Môn – Cynllun Gwella yn dilyn Arolygiad AGC")
    doc.add_paragraph("Isle of Anglesey County Council – Social Services (Children and Families Services)")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in (("Inspection date", "10 – 12 June 2024"),
                 ("Report published", "2 August 2024"),
                 ("Plan owner", "Service Manager (Placements and Provider Services)"),
                 ("Date of this update", "14 January 2025")):
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Red – not started/off track; Amber – in progress with some delay; "
                      "Green – in progress and on track; Complete – action finished and evidenced.")

    cols = ["No.", "Action", "Lead officer", "Target date", "Progress update", "RAG status"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for c, h in enumerate(cols):
        bold_cell(table.rows[0].cells[c], h)
        shade(table.rows[0].cells[c], "BDD7EE")

    rag_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    plan = [
        ("Well-being", [
            ("AFI 1 (Regulation 80): The service provider must put suitable arrangements in place to seek "
             "the views of children, foster carers and placing authorities as part of the quality of care "
             "review.", [
                ("1.1", "Develop an annual consultation survey for children, foster carers and placing "
                        "social workers, available in Welsh and English.",
                 "Fostering Team Manager", "30/09/2024",
                 "Surveys issued September 2024; 64% carer response rate.", "Complete"),
                ("1.2", "Include an analysis of feedback and the resulting actions in the six-monthly "
                        "quality of care report to the Responsible Individual.",
                 "Service Manager (Placements and Provider Services)", "End of March 2025",
                 "Analysis under way for the March report.", "Green"),
            ]),
        ]),
        ("Care and Support", [
            ("AFI 2 (Regulation 27): Foster carer annual reviews must be completed within the required "
             "timescales and include the views of children placed.", [
                ("2.1", "Introduce a review tracker so that every foster carer's annual review is "
                        "scheduled at least two months before it is due.",
                 "Senior Practitioner (Fostering)", "October 2024",
                 "Tracker in place; all reviews now scheduled.", "Complete"),
                ("2.2", "Commission independent chairing for first annual reviews and for reviews "
                        "following an allegation or standards of care concern.",
                 "Fostering Team Manager / Senior Practitioner (Fostering)", "Q4 2024-25",
                 "Chair identified; contract awaiting procurement sign-off.", "Amber"),
            ]),
        ]),
        ("Leadership and Management", [
            ("AFI 3 (Regulation 36): The service provider must ensure that staff receive appropriate "
             "supervision and that foster carers receive the training they need to meet children's "
             "needs.", [
                ("3.1", "Ensure all supervising social workers receive formal supervision at least every "
                        "six weeks, recorded on WCCIS.",
                 "Fostering Team Manager", "Ongoing – monitored monthly",
                 "Supervision compliance 94% (December 2024).", "Green"),
                ("3.2", "Complete a training plan for foster carers covering the Foster Wales core "
                        "training offer, trauma-informed practice and the Welsh-language needs of "
                        "children.",
                 "Gwenan Hughes & Rhys Owen", "December 2024",
                 "Not started – training officer post vacant until February 2025.", "Red"),
                ("3.3", "Update the Statement of Purpose to reflect the Foster Wales regional model and "
                        "submit it to CIW.",
                 "Responsible Individual", "31/10/2024",
                 "Submitted to CIW 28/10/2024.", "Complete"),
            ]),
        ]),
    ]
    ncols = len(cols)
    for theme, afis in plan:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[ncols - 1])
        bold_cell(merged, theme)
        shade(merged, "D9D9D9")
        for afi, acts in afis:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[ncols - 1])
            merged.text = afi
            merged.paragraphs[0].runs[0].italic = True
            for vals in acts:
                cells = table.add_row().cells
                for c, v in enumerate(vals):
                    cells[c].text = v
                shade(cells[5], rag_fill[vals[5]])

    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Responsible Individual each month and "
                      "to the Social Services Scrutiny Panel.")
    doc.save(path("ms1-isle-of-anglesey-foster-wales-ciw-fostering-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Central Bedfordshire YJS - HMIP inspection improvement plan (csv, read)
# ---------------------------------------------------------------------------
def make_central_bedfordshire():
    n = 7
    rows = [
        ["Central Bedfordshire Youth Justice Service – HM Inspectorate of Probation Inspection: "
         "Improvement Plan"] + [""] * (n - 1),
        ["Inspection fieldwork: 4–8 September 2023. Report published: 30 November 2023. Overall rating: "
         "Requires improvement"] + [""] * (n - 1),
        ["Monitored by the Youth Justice Management Board. Last updated: 12 March 2024"] + [""] * (n - 1),
        [""] * n,
        ["Recommendation", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"],
        ["1. The Youth Justice Management Board should ensure that board members understand the profile "
         "of children supervised by the service and use this to shape partnership provision.",
         "1.1",
         "Refresh the board induction pack and deliver an induction session for all board members.\n"
         "All new members to receive induction within two months of joining.",
         "Head of Service (YJS); Board Chair", "31/01/2024",
         "Induction session held 17 January 2024 for 11 members.", "B"],
        ["", "1.2",
         "Present a quarterly profile of the YJS cohort (including disproportionality and children in "
         "care) to every board meeting.",
         "YJS Performance and Information Officer", "Apr-24",
         "First profile presented at March board.", "G"],
        ["2. The Youth Justice Management Board should ensure that there is sufficient access to "
         "education, training and employment provision for children known to the service.",
         "2.1",
         "Agree a protocol with the Education Inclusion Service so that every school-age child open to "
         "the YJS has an education plan reviewed at each planning meeting.",
         "Assistant Director (Education and Skills)", "June 2024",
         "Protocol drafted; to be signed off at April board.", "A"],
        ["", "2.2",
         "Appoint an education, training and employment (ETE) officer to the YJS team.",
         "Head of Service (YJS)", "Sept 2024", "Funding agreed; post out to advert.", "G"],
        ["3. The YJS Head of Service should improve the quality of assessment and planning for keeping "
         "the child and other people safe.",
         "3.1",
         "Deliver refresher training on AssetPlus risk of serious harm and safety and wellbeing "
         "assessments to all case managers.",
         "YJS Practice Manager", "29/02/2024", "Training delivered in February.", "B"],
        ["", "3.2",
         "Introduce monthly case audits with a focus on contingency planning, with findings reported to "
         "the board.",
         "YJS Practice Manager / Quality Assurance Lead", "Ongoing",
         "Audits started in January 2024; themes to be reported in April.", "G"],
        ["4. The YJS Head of Service should ensure that work with victims is consistently offered and "
         "recorded.",
         "4.1",
         "Review the victim contact process with Bedfordshire Police so that all identifiable victims "
         "are contacted within 10 working days.",
         "Bedfordshire Police – YJS Police Sergeant", "Jul-24",
         "Review not yet started due to victim worker vacancy.", "R"],
        [""] * n,
        ["RAG: B = complete, G = on track, A = some risk to delivery, R = off track"] + [""] * (n - 1),
    ]
    with open(path("ms1-central-bedfordshire-youth-justice-service-hmip-improvement-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Westminster early help partnership action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
def make_westminster():
    p1 = "Priority 1: Early help is everyone's business"
    p2 = "Priority 2: Family hubs are the front door for support in every neighbourhood"
    p3 = "Priority 3: Young people are safe and thriving in their communities"
    p4 = "Priority 4: We know the difference we are making"
    lines = [
        "Westminster Early Help Partnership Board – Early Help Strategy 2024–2026 Action Plan",
        "Progress update for Board meeting, 12 November 2025",
        "",
        "\t".join(["Priority", "Ref", "What we will do", "Lead", "By when", "Status", "Comment"]),
    ]
    acts = [
        (p1, "1.1", "Relaunch the Early Help Assessment and Team Around the Family guidance with partners, "
                    "including schools, health and the voluntary sector.",
         "Head of Early Help", "Sep-25", "Complete", "Relaunched at partnership event 18/09/2025."),
        (p1, "1.2", "Deliver a rolling multi-agency training offer on early help assessment and the lead "
                    "professional role.",
         "Early Help Workforce Development Lead; Bi-borough Safeguarding Partnership Training "
         "Coordinator", "Termly", "On track", "Autumn programme fully booked."),
        (p2, "2.1", "Publish an annual family hub plan for each of the three hubs, approved by the hub's "
                    "Integrated Leadership Team (ILT).",
         "Family Hub ILT Chairs", "March 2026", "On track", "Draft plans to January Board."),
        (p2, "2.2", "Extend Saturday opening at the North West family hub as a pilot, with evaluation of "
                    "take-up by fathers and working parents.",
         "Family Hubs Service Manager", "31/01/2026", "Amber",
         "Staffing rota agreed; pilot start delayed to December."),
        (p2, "2.3", "Co-locate health visiting and school nursing clinics in all family hubs.",
         "Public Health Lead (0-19); CLCH Head of Children's Community Services", "Autumn term 2025",
         "On track", "Clinics running in two hubs; third from December."),
        (p3, "3.1", "Work with Young Westminster Foundation to align youth hub activity with the family hub "
                    "offer, including targeted sessions for young people at risk of exclusion.",
         "Head of Early Help; CEO, Young Westminster Foundation", "July 2026", "On track",
         "Joint mapping of youth provision completed."),
        (p3, "3.2", "Introduce a transition offer for Year 6 pupils identified through the early help panel "
                    "as at risk of a poor move to secondary school.",
         "Education Inclusion Lead", "Summer term 2026", "Not started",
         "Design work to begin January 2026."),
        (p4, "4.1", "Develop an early help outcomes dashboard using the Supporting Families outcomes "
                    "framework and report it to each Board meeting.",
         "Early Help Performance Analyst", "Quarterly", "Red",
         "Dashboard build paused pending case management system upgrade."),
        (p4, "4.2", "Carry out a family feedback survey in every hub and publish 'You said, we did' "
                    "responses.",
         "Family Hubs Service Manager", "Dec-25", "Amber", "Survey live in two of three hubs."),
    ]
    for a in acts:
        lines.append("\t".join(a))
    lines += [
        "",
        "Status key: Complete / On track / Amber (some delay) / Red (off track) / Not started",
        "Exported from the Early Help Partnership Board action tracker 03/11/2025",
    ]
    with open(path("ms1-westminster-city-council-early-help-partnership-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_liverpool()
    make_coventry()
    make_stockport()
    make_east_dunbartonshire()
    make_anglesey()
    make_central_bedfordshire()
    make_westminster()
    print("done")
