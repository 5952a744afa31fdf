"""Generator for the i1- cases of heldout43 (blind corpus).

Makes seven children's services and education plans in this folder, laid out as the councils and
partnerships that publish such plans lay them out. The readings in the .expected.yaml files beside
them were written from the content set down here, before the documents were first generated.
Run with /work/main/.venv/bin/python i1_make.py
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
MID = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fill(hex_colour):
    return PatternFill("solid", fgColor=hex_colour)


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------------------------
# 1. Sheffield ILACS action plan (xlsx): theme rows merged across, area for improvement merged
#    down column B, Excel dates shown mmm-yy, a Revised date column, RAG words on matching fills,
#    a key under the table.
# ----------------------------------------------------------------------------------------------
def sheffield():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Action Plan"
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Sheffield Children's Services – ILACS Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Response to the areas for improvement in the Ofsted inspection of local authority "
                "children's services, 18 to 29 September 2023 (report published 3 November 2023)")
    ws["A2"].font = Font(italic=True)
    meta = [
        ("Plan owner:", "Director of Children's Services"),
        ("Governance:", "Children's Improvement Board (quarterly); Education, Children and Families Policy Committee"),
        ("Position as at:", D(2025, 1, 31)),
    ]
    for r, (k, v) in enumerate(meta, 4):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")

    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Target date",
           "Revised date", "Progress update (January 2025)", "RAG"]
    HR = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = MID
        c.border = BOX

    afi1 = ("The consistency of management oversight and supervision of social work practice for "
            "children in need of help and protection.")
    afi2 = "The timeliness of return home interviews for children who go missing from home and care."
    afi3 = ("The quality and timeliness of pathway plans for care leavers, and how far care leavers "
            "are involved in writing them.")
    afi4 = "The sufficiency of homes in Sheffield for children in care who have complex needs."
    afi5 = ("Managers' use of performance information to understand the experiences of disabled "
            "children.")

    RAGF = {"Complete": "8EA9DB", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    rows = [
        ("theme", "Theme 1: Help and protection"),
        ("1.1", afi1,
         "Refresh the supervision policy and recording template so that supervision records show "
         "reflective discussion, the child's progress and clear actions with timescales.",
         "Head of Service – Safeguarding and Quality Assurance", D(2024, 4, 30), None,
         "Revised policy and template launched at practice week in April 2024. Dip audit in October "
         "found 78% of supervision records met the standard.", "Complete"),
        ("1.2", afi1,
         "Run monthly practice-standard audits of supervision for children in need and children on "
         "child protection plans, reported to the Children's Services Leadership Team.",
         "Service Manager – Quality Assurance", "Monthly", None,
         "Audits completed every month since May 2024; findings go to the leadership team and to "
         "team managers' development sessions.", "Green"),
        ("1.3", afi2,
         "Bring return home interviews into the Missing Children Team so that every child is offered "
         "an interview within 72 hours of coming home.",
         "Head of Service – Adolescent Services", D(2024, 6, 30), None,
         "Offer rate rose to 91% in December. Completion within 72 hours is 64% and remains the "
         "focus for the team.", "Amber"),
        ("1.4", afi2,
         "Share themes from return home interviews with the police missing persons coordinator and "
         "the exploitation panel every month.",
         "Head of Service – Adolescent Services / South Yorkshire Police Missing Persons Coordinator",
         "Ongoing", None,
         "Monthly themes report in place since July 2024.", "Green"),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("2.1", afi3,
         "Rewrite the pathway plan template with members of the Children in Care Council so that the "
         "plan is written to the young person.",
         "Head of Service – Care Leavers", D(2024, 9, 30), None,
         "New template co-produced with care leavers and in use from 2 September 2024.", "Complete"),
        ("2.2", afi3,
         "Make sure every care leaver has a pathway plan reviewed in the last six months, with "
         "personal advisers holding no more than 25 young people each.",
         "Head of Service – Care Leavers", D(2024, 12, 31), D(2025, 3, 31),
         "87% of pathway plans are in date. Two personal adviser posts were filled in January; "
         "revised date agreed at the December board.", "Amber"),
        ("2.3", afi3,
         "Offer every care leaver aged 18 to 21 a health passport and a named health contact before "
         "they leave care.",
         "Designated Nurse for Children in Care (ICB)", "Q1 2025/26", None,
         "Health passport format agreed with the ICB; roll-out starts in April 2025.", "Not started"),
        ("2.4", afi4,
         "Open two new in-house children's homes for children with complex needs.",
         "Assistant Director – Children in Care", D(2025, 3, 31), D(2025, 7, 31),
         "First home registered by Ofsted in November 2024. The second is delayed by building "
         "works and registration is now expected in July 2025.", "Red"),
        ("2.5", afi4,
         "Recruit 40 additional mainstream foster carers through the Fostering Sheffield campaign.",
         "Fostering Service Manager", D(2025, 3, 31), None,
         "31 households approved or at panel stage; a further 14 in assessment.", "Green"),
        ("theme", "Theme 3: Leadership and management"),
        ("3.1", afi5,
         "Add the Children with Disabilities Team to the monthly performance scorecard, with "
         "measures for visits, plans and short breaks, and review it at the performance clinic.",
         "Head of Performance and Business Intelligence", D(2024, 7, 31), None,
         "Scorecard section live from July 2024 and reviewed at every performance clinic since.",
         "Complete"),
    ]
    r = HR + 1
    afi_start = {}
    for row in rows:
        if row[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BOX
            r += 1
            continue
        ref, afi, action, lead, target, revised, progress, rag = row
        vals = [ref, afi, action, lead, target, revised, progress, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
                c.alignment = Alignment(horizontal="center", vertical="top")
        rc = ws.cell(row=r, column=8)
        rc.alignment = MID
        if rag in RAGF:
            rc.fill = fill(RAGF[rag])
        afi_start.setdefault(afi, []).append(r)
        r += 1
    # merge the area for improvement down its rows, leaving the text in the top cell
    for afi, rs in afi_start.items():
        if len(rs) > 1:
            for x in rs[1:]:
                ws.cell(row=x, column=2).value = None
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [
        ("Complete", "Action completed and impact evidenced"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage; expected to be recovered"),
        ("Red", "Off track; escalated to the Children's Improvement Board"),
        ("Not started", "Action not yet due to start"),
    ]
    for k, txt in key:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        if k in RAGF:
            c.fill = fill(RAGF[k])
        ws.cell(row=r, column=2, value=txt)
    set_widths(ws, [7, 40, 55, 30, 11, 11, 50, 12])
    ws.freeze_panes = "A9"
    wb.save(out("i1-sheffield-ilacs-action-plan.xlsx"))


# ----------------------------------------------------------------------------------------------
# 2. Stoke-on-Trent area SEND improvement plan (xlsx): status key above the table, AFI banner rows
#    merged across, term-time timescales as text, a revised timescale column, one real date,
#    one action with no timescale and no status, a version sheet.
# ----------------------------------------------------------------------------------------------
def stoke():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Stoke-on-Trent SEND and Alternative Provision Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("7030A0")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Local area partnership: Stoke-on-Trent City Council and Staffordshire and "
                "Stoke-on-Trent Integrated Care Board. Response to the area SEND inspection, "
                "January 2024.")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    SF = {"Complete": "9BC2E6", "On track": "92D050", "At risk": "FFC000", "Off track": "FF0000"}
    for i, k in enumerate(SF, 2):
        c = ws.cell(row=3, column=i, value=k)
        c.fill = fill(SF[k])
        c.alignment = MID
        c.border = BOX

    hdr = ["No.", "Action", "Success measure", "Lead(s)", "Timescale", "Revised timescale",
           "Status", "Progress update (Nov 2024)"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = MID
        c.border = BOX

    rows = [
        ("afi", "AFI 1 – Leaders across education, health and care should improve the timeliness of "
                "EHC needs assessments and the quality of EHC plans, so that plans reflect children's "
                "current needs and are reviewed on time."),
        ("1.1", "Recruit four additional EHC coordinators and an EHC plan quality officer to clear the "
                "backlog of needs assessments.",
         "Backlog cleared; 60% of new plans issued within 20 weeks.",
         "Head of SEND Assessment and Review", "July 2024", None, "Complete",
         "All five posts filled by June 2024. 20-week timeliness was 58% in October."),
        ("1.2", "Set up a multi-agency EHC plan quality assurance panel that audits 20 plans a month "
                "against the partnership quality standard.",
         "80% of audited plans rated good or better.",
         "SEND QA Lead / Designated Clinical Officer", "Autumn term 2024", None, "On track",
         "Panel has met monthly since September. 64% of plans audited so far are good or better."),
        ("1.3", "Bring annual reviews up to date so that every EHC plan is reviewed within 12 months, "
                "starting with children moving between phases.",
         "95% of annual reviews completed within 12 months.",
         "Head of SEND Assessment and Review", "Summer term 2024", "Spring term 2025", "At risk",
         "Phase transfer reviews all done. Overall timeliness is 71%; the revised timescale was "
         "agreed by the SEND Partnership Board in October."),
        ("afi", "AFI 2 – Leaders should reduce waiting times for neurodevelopmental assessments and "
                "make sure that families get support while they wait."),
        ("2.1", "Commission additional autism assessment capacity from an independent provider to "
                "reduce the waiting list by 30%.",
         "Waiting list reduced by 30% from the January 2024 baseline.",
         "Dr A Shah", D(2025, 3, 31), None, "Off track",
         "Contract awarded in September but the provider has not yet started; the waiting list has "
         "grown by 6%. Escalated to the ICB Executive."),
        ("2.2", "Launch a 'waiting well' offer of parent workshops, sleep support and a named contact "
                "for every family on the waiting list.",
         "All families on the waiting list sent the offer.",
         "Dr A Shah and Lisa Copeland", "September 2024", None, "Complete",
         "Launched at the Local Offer live event on 19 September 2024."),
        ("2.3", "Publish waiting times for each assessment pathway on the Local Offer.",
         "Waiting times published and kept up to date.",
         "ICB Head of Children's Commissioning", "Quarterly", None, "On track",
         "First publication in October 2024."),
        ("afi", "AFI 3 – The partnership should make sure that children and young people in "
                "alternative provision receive a full-time, good-quality education and that their "
                "progress is checked."),
        ("3.1", "Quality assure all unregistered alternative provision used by schools and the local "
                "authority, and publish an approved list.",
         "Approved list published; no child placed with an unapproved provider.",
         "AP Commissioning Manager", "December 2024", None, "On track",
         "14 of 19 providers visited. Approved list drafted for the December Schools Forum."),
        ("3.2", "Review every pupil on a part-time timetable at the fortnightly Inclusion Panel, with "
                "a plan to return to full-time education within six weeks.",
         "Fewer than 1% of pupils on part-time timetables for more than six weeks.",
         "Head of Inclusion", "Sept 2024 – July 2025", None, "On track",
         "Panel in place since September; 112 pupils reviewed."),
        ("3.3", "Co-produce with the Parent Carer Forum a survey of families' experience of "
                "alternative provision and report the findings to the SEND Partnership Board.",
         "Survey completed and findings reported.",
         "Participation Lead", None, None, None,
         ""),
    ]
    r = HR + 1
    for row in rows:
        if row[0] == "afi":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.alignment = WRAP
            c.border = BOX
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = row[6]
        if st in SF:
            ws.cell(row=r, column=7).fill = fill(SF[st])
        r += 1
    set_widths(ws, [6, 50, 34, 28, 16, 16, 11, 48])
    ws.freeze_panes = "A6"

    vs = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Changes", "Approved by"], 1):
        vs.cell(row=1, column=i, value=h).font = Font(bold=True)
    for r, v in enumerate([
        ("1.0", D(2024, 5, 14), "Plan agreed and submitted to Ofsted", "SEND Partnership Board"),
        ("1.1", D(2024, 8, 2), "Timescales aligned to school terms", "SEND Partnership Board"),
        ("1.2", D(2024, 11, 20), "November progress update; revised timescale for 1.3",
         "SEND Partnership Board"),
    ], 2):
        for i, x in enumerate(v, 1):
            c = vs.cell(row=r, column=i, value=x)
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    set_widths(vs, [9, 12, 55, 26])
    wb.save(out("i1-stoke-on-trent-send-improvement-plan.xlsx"))


# ----------------------------------------------------------------------------------------------
# 3. Torfaen (Foster Wales) CIW fostering inspection improvement plan (xlsx): theme and area for
#    improvement written once per group, real Excel dates dd/mm/yyyy; one date typed as 30/11/52
#    and turned by Excel into 1952 (the data error).
# ----------------------------------------------------------------------------------------------
def torfaen():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Foster Wales Torfaen – CIW Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = ("Care Inspectorate Wales inspection of the local authority fostering service, "
                "March 2025. Responsible Individual: Head of Children's Services.")
    ws["A3"] = "Last reviewed:"
    ws["B3"] = D(2025, 6, 23)
    ws["B3"].number_format = "dd/mm/yyyy"
    ws["B3"].alignment = Alignment(horizontal="left")
    hdr = ["No.", "Theme", "Area for improvement", "Action", "Responsible officer", "Target date",
           "Progress", "RAG"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = MID
        c.border = BOX
    RAGF = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}
    rows = [
        (1, "Care and Support",
         "Annual reviews of foster carers are not always completed within the required timescale.",
         "Set up a tracker of foster carer review dates with alerts to team managers eight weeks "
         "before each review is due.",
         "Fostering Team Manager", D(2025, 7, 31),
         "Tracker built in WCCIS and alerts switched on from 1 July.", "Green"),
        (2, None, None,
         "Complete all overdue annual reviews and present them to the fostering panel.",
         "Senior Practitioner – Fostering", D(2025, 9, 30),
         "9 of 14 overdue reviews completed; the remaining 5 are booked for the September panel.",
         "Amber"),
        (3, "Well-being",
         "Placement plans are not always in place at the start of a placement, so foster carers do "
         "not always have the information they need.",
         "Introduce a placement planning meeting within 72 hours of every placement, with the "
         "placement plan shared with the foster carer at the meeting.",
         "Children Looked After Team Manager", D(2025, 8, 31),
         "Procedure agreed with the Children Looked After Team and in use from June.", "Green"),
        (4, None, None,
         "Audit 20 placements each quarter to check that placement plans are in place and shared.",
         "Quality Assurance Officer", D(1952, 11, 30),
         "First audit completed in June: 15 of 20 placement plans in place within 72 hours.",
         "Green"),
        (5, "Leadership and Management",
         "Supervision of supervising social workers is not consistently recorded.",
         "Move supervision records onto the new template and audit them every three months.",
         "Fostering Service Manager", D(2025, 6, 30),
         "All supervising social workers now recorded on the template; first audit done in June.",
         "Complete"),
        (6, None, None,
         "Report the fostering service's performance against the improvement plan to the "
         "Responsible Individual each quarter.",
         "Fostering Service Manager", D(2025, 10, 31),
         "First quarterly report presented on 23 June 2025.", "Green"),
        (7, None, None,
         "Refresh the Statement of Purpose and the foster carer handbook so that they reflect the "
         "National Fostering Framework offer.",
         "Head of Children's Services", D(2025, 12, 31),
         "Drafting has not started; awaiting the regional Foster Wales handbook.", "Red"),
    ]
    r = HR + 1
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8).fill = fill(RAGF[row[7]])
        ws.cell(row=r, column=8).alignment = MID
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete – blue; Green – on track; Amber – some delay; "
                                   "Red – off track or not started")
    set_widths(ws, [6, 18, 40, 52, 28, 12, 50, 11])
    wb.save(out("i1-torfaen-fostering-ciw-improvement-plan.xlsx"))


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ----------------------------------------------------------------------------------------------
# 4. Redcar & Cleveland focused visit action plan (docx): document control table, a heading per
#    area for improvement ("Area for improvement 1") with the inspectors' text in a paragraph under
#    it, one table per area, leads as initials (key to initials at the end), RAG shown only by cell
#    shading, RAG key table.
# ----------------------------------------------------------------------------------------------
def redcar():
    doc = Document()
    landscape(doc)
    doc.add_heading("Children and Families Service: Ofsted Focused Visit Action Plan", level=0)
    doc.add_paragraph("Redcar & Cleveland Borough Council  |  Focused visit 4 and 5 June 2024  |  "
                      "Letter published 9 July 2024")
    doc.add_paragraph(
        "Ofsted carried out a focused visit to look at the local authority's arrangements for "
        "children in care. Inspectors identified three areas for improvement. This plan sets out "
        "what we will do in response; progress is reported to the Children's Services Improvement "
        "Board every month and to the Children and Families Scrutiny Committee each quarter.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "3 (progress update)"),
        ("Author", "Head of Children in Care"),
        ("Approved by", "Director of Children and Families"),
        ("Date", "December 2024"),
    ]):
        bold_cell(t.rows[i].cells[0], k)
        t.rows[i].cells[1].text = v
    doc.add_paragraph()

    RAGF = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    areas = [
        ("Area for improvement 1",
         "The quality and timeliness of assessments of connected carers.",
         [
             ("1.1", "Move kinship assessments into a dedicated Connected Carers Team so that "
                     "viability assessments are completed within 10 working days.",
              "CH", "End of September 2024",
              "Team established on 2 September 2024 with four social workers. Average time for a "
              "viability assessment is now 8 working days.", "B"),
             ("1.2", "Audit all current Regulation 24 temporary approvals and present any that have "
                     "lasted more than 16 weeks to the agency decision maker.",
              "CH/LM", "31/10/24",
              "All 11 temporary approvals audited; 3 presented to the agency decision maker in "
              "October.", "B"),
             ("1.3", "Deliver training on kinship assessment and family network meetings to all "
                     "children in care social workers.",
              "SB", "Jan 2025",
              "Two of three sessions delivered; the last is booked for 15 January.", "G"),
         ]),
        ("Area for improvement 2",
         "The quality of care plans, so that they are specific about what needs to happen for "
         "children and by when.",
         [
             ("2.1", "Introduce a new care plan template written to the child, with specific "
                     "actions, timescales and a contingency plan.",
              "LM", "w/c 02/09/24",
              "Template live on Liquidlogic from 2 September.", "B"),
             ("2.2", "Independent reviewing officers to escalate any care plan that is not updated "
                     "within 20 working days of a review, using the dispute resolution process.",
              "IRO Service Manager", "Ongoing – reviewed monthly",
              "Seven escalations since September, all resolved at stage 1.", "G"),
             ("2.3", "Thematic audit of 30 care plans by the Quality Assurance Team to measure the "
                     "impact of the new template.",
              "JW", "March 2025",
              "Audit tool agreed. Audit starts in February, later than planned, because of the "
              "front door audit.", "A"),
         ]),
        ("Area for improvement 3",
         "Sufficiency of homes, so that fewer children live in unregistered children's homes.",
         [
             ("3.1", "Open two small children's homes in the borough through the capital "
                     "programme.",
              "DS", "Q3 2024/25",
              "Purchase of the first property fell through in November. A second property has been "
              "identified; registration is not now expected before summer 2025.", "R"),
             ("3.2", "Review every child living in unregistered provision each week at the "
                     "placement sufficiency panel chaired by the Director.",
              "DS, CH", "Weekly",
              "Panel meets weekly. Five children remain in unregistered provision, down from "
              "eight in June.", "A"),
             ("3.3", "Work with the Tees Valley Regional Care Co-operative on a joint commissioning "
                     "plan for residential and fostering homes.",
              "DS", "March 2026",
              "Redcar & Cleveland is a pathfinder partner; joint commissioning plan in "
              "development.", "G"),
         ]),
    ]
    hdr = ["Ref", "Action", "Lead", "By when", "Progress update", "RAG"]
    widths = [Cm(1.3), Cm(8), Cm(2.2), Cm(3.2), Cm(9), Cm(1.5)]
    for head, afi, acts in areas:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        for ref, action, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, prog]):
                cells[i].text = v
            cells[5].text = ""
            shade(cells[5], RAGF[rag])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()

    doc.add_heading("Key to leads", level=3)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("DS", "Director of Children and Families"),
                 ("CH", "Head of Children in Care"),
                 ("LM", "Service Manager, Children in Care"),
                 ("SB", "Principal Social Worker"),
                 ("JW", "Quality Assurance Manager")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph()
    doc.add_heading("RAG key", level=3)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"),
                 ("R", "Not on track")]:
        cells = t.add_row().cells
        cells[0].text = ""
        shade(cells[0], RAGF[k])
        cells[1].text = v
    doc.save(out("i1-redcar-cleveland-focused-visit-action-plan.docx"))


# ----------------------------------------------------------------------------------------------
# 5. West Sussex early help action plan (docx): version history table first, then one plan table
#    with priority rows merged across all columns, RAG letters on fills, a key paragraph under the
#    table; timescales as periods, quarters, terms, 'By ...' and 'Ongoing'.
# ----------------------------------------------------------------------------------------------
def west_sussex():
    doc = Document()
    landscape(doc)
    doc.add_heading("West Sussex Early Help Action Plan 2025–2027", level=0)
    doc.add_paragraph("Delivering the Early Help Strategy: Smarter, Sooner, Safer, Stronger. "
                      "Progress at the end of Q2 2025/26, reported to the Early Help Partnership "
                      "Board on 21 October 2025.")
    doc.add_heading("Version history", level=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Summary of changes", "Author"]):
        bold_cell(t.rows[0].cells[i], h)
    for v in [("1.0", "03/04/2025", "Plan approved by the Early Help Partnership Board",
               "Early Help Strategy Officer"),
              ("1.1", "14/07/2025", "Q1 progress added", "Early Help Strategy Officer"),
              ("1.2", "13/10/2025", "Q2 progress added; action 2.3 added", "Early Help Strategy Officer")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cells[i].text = x
    doc.add_paragraph()
    doc.add_heading("Action plan", level=2)

    RAGF = {"B": "4472C4", "G": "70AD47", "A": "FFC000", "R": "C00000"}
    hdr = ["Ref", "What we will do", "Lead", "Timescale", "How we will know", "Progress (Q2 2025/26)",
           "RAG"]
    plan = [
        ("pri", "1. Smarter: understanding need and working as one system"),
        ("1.1", "Build a shared early help dataset bringing together Family Hubs, school attendance, "
                "health visiting and police data, reported to the Board every quarter.",
         "Sam Okafor and Helen Price", "Sept 2025 – March 2026",
         "Dataset in use at every Board meeting.",
         "Data sharing agreement signed by all partners; first draft dashboard shown at the "
         "October Board.", "G"),
        ("1.2", "Move all early help records onto the case management system so that every family "
                "has one record.",
         "Head of Early Help", "June 2025",
         "No early help records held outside the system.",
         "Migration completed on 27 June 2025.", "B"),
        ("pri", "2. Sooner: help at the earliest point"),
        ("2.1", "Open Family Hubs in the remaining four districts, each with a named health visiting "
                "and midwifery link.",
         "Family Hubs Programme Manager", "Q3 2025/26",
         "Family Hubs open in all eleven districts.",
         "Two of four hubs opened; Crawley and Worthing on track for December.", "G"),
        ("2.2", "Offer every family with a child under two who is referred to the front door and "
                "does not meet the threshold for social care a contact from a family support worker "
                "within five working days.",
         "Public Health Lead (Best Start) / Head of Early Help", "By 31 December 2025",
         "90% of families contacted within five working days.",
         "Currently 72%. Recruitment to two family support worker posts is under way.", "A"),
        ("2.3", "Run early help assessment training for designated safeguarding leads in every "
                "school.",
         "Ruth Edwards", "Summer term 2026",
         "All schools have at least one trained DSL.",
         "Added in October at the request of the Education Partnership.", "Not started"),
        ("pri", "3. Safer: recognising and responding to risk"),
        ("3.1", "Agree step-up and step-down guidance between early help and children's social care "
                "and publish it on the Safeguarding Children Partnership website.",
         "Head of Early Help", "July 2025",
         "Guidance published; audit shows step-downs are planned with the family.",
         "Guidance published on 16 July 2025.", "B"),
        ("3.2", "Audit 25 early help cases each quarter for the quality of risk assessment, with "
                "findings shared at practice forums.",
         "Early Help Quality Lead", "Ongoing",
         "75% of audited cases graded good or better.",
         "Q2 audit: 64% good or better. Practice forum on risk analysis held in September.", "A"),
        ("pri", "4. Stronger: families, communities and the workforce"),
        ("4.1", "Recruit and train 60 volunteer family mentors through the voluntary sector "
                "partnership.",
         "Voluntary Sector Partnership Manager", "April 2026",
         "60 active mentors; family feedback collected after every match.",
         "Contract with the lead voluntary organisation delayed; recruitment not yet started.",
         "R"),
        ("4.2", "Co-produce the Family Hubs 'Start for Life' offer with parent panels in each "
                "district.",
         "Sam Okafor", "Q4 2025/26",
         "Offer published and reviewed by parent panels.",
         "Parent panels established in six districts.", "G"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")
    for row in plan:
        cells = t.add_row().cells
        if row[0] == "pri":
            m = cells[0].merge(cells[-1])
            bold_cell(m, row[1])
            shade(m, "DEEAF6")
            continue
        ref, what, lead, when, measure, prog, rag = row
        for i, v in enumerate([ref, what, lead, when, measure, prog]):
            cells[i].text = v
        cells[6].text = rag if rag in RAGF else ""
        if rag in RAGF:
            shade(cells[6], RAGF[rag])
    widths = [Cm(1.2), Cm(7), Cm(3.5), Cm(3), Cm(4.5), Cm(6.3), Cm(1.3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG: B – complete; G – on track; A – some risk, action in hand; R – off "
                      "track, escalated to the Board. Actions with no RAG have not started.")
    doc.save(out("i1-west-sussex-early-help-action-plan.docx"))


# ----------------------------------------------------------------------------------------------
# 6. South Tyneside JTAI partnership action plan (csv, saved from Excel): title lines, area for
#    improvement on the first row of its group only, lead agency and lead officer columns,
#    target dates as Excel shows them (Mar-25); one typed 'Spet-25' (the data error).
# ----------------------------------------------------------------------------------------------
def south_tyneside():
    n = 8
    rows = [
        ["South Tyneside Safeguarding Children Partnership – JTAI Partnership Action Plan"]
        + [""] * (n - 1),
        ["Joint targeted area inspection, February 2025: the multi-agency response to children and "
         "families who need help"] + [""] * (n - 1),
        ["Updated for the Safeguarding Partners Executive Group, 14 October 2025"] + [""] * (n - 1),
        [""] * n,
        ["Area for improvement", "No.", "Action", "Lead agency", "Lead officer", "Target date",
         "Progress update", "RAG"],
        ["The quality of information shared by partner agencies when they contact the Integrated "
         "Front Door, so that decisions about the level of help are well informed.",
         "1", "Relaunch the multi-agency request for support form with mandatory fields for the "
              "family's views and consent.",
         "South Tyneside Council", "Integrated Front Door Service Manager", "Jun-25",
         "New form live from 2 June 2025.", "Complete"],
        ["", "2", "Deliver a programme of front door briefings to schools, GP practices and "
                  "neighbourhood policing teams.",
         "STSCP", "Partnership Business Manager", "Spet-25",
         "11 briefings held; GP practice sessions continue through the autumn.", "Green"],
        ["", "3", "Audit 40 contacts from partner agencies each quarter and feed back to the "
                  "referring agency.",
         "STSCP", "Quality Assurance Sub-group Chair", "Quarterly",
         "First audit completed in July.", "Green"],
        ["The timeliness and consistency of early help assessments started by partner agencies "
         "other than the local authority.",
         "4", "Train lead practitioners in health and education to complete early help "
              "assessments on the shared system.",
         "South Tyneside Council", "Early Help Strategic Lead", "Dec-25",
         "62 lead practitioners trained so far.", "Amber"],
        ["", "5", "Introduce a health visiting early help pathway so that health visitors can lead "
                  "early help for families with children under five.",
         "South Tyneside NHS FT", "Head of 0-19 Services", "Mar-26",
         "Pathway drafted; consultation with health visiting teams in November.", "Green"],
        ["Partnership oversight of the impact of early help on children's outcomes.",
         "6", "Add early help outcome measures to the partnership performance dashboard and review "
              "them at every Executive Group meeting.",
         "STSCP", "Partnership Business Manager", "Nov-25",
         "Measures agreed; dashboard build in progress.", "Amber"],
        ["", "7", "Hold a multi-agency practice week on early help with case audits and feedback "
                  "from families.",
         "Northumbria Police", "Detective Chief Inspector, Safeguarding", "Feb-26",
         "", "Not started"],
        [""] * n,
        ["RAG: Complete = action finished; Green = on track; Amber = some slippage; Red = off track"]
        + [""] * (n - 1),
    ]
    with open(out("i1-south-tyneside-jtai-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ----------------------------------------------------------------------------------------------
# 7. Manchester YJS HMIP improvement plan (txt): plain text as pasted from the committee report
#    appendix, two sections (work with children / work with victims), a 'Recommendation N
#    (addressee)' label line with the recommendation text under it, each action as an indented
#    block with Lead / By / RAG / Update lines.
# ----------------------------------------------------------------------------------------------
def manchester():
    lines = [
        "Manchester Youth Justice Service – Post-inspection Improvement Plan",
        "HM Inspectorate of Probation inspection of youth justice work with children and victims",
        "(report published July 2025). Progress to 31 October 2025.",
        "",
        "Plan owner: Manchester Youth Justice Management Board",
        "RAG: B = complete   G = on track   A = at risk   R = off track",
        "",
        "======================================================================",
        "A. WORK WITH CHILDREN",
        "======================================================================",
        "",
        "Recommendation 1 (Management Board)",
        "Make sure that the board understands the over-representation of Black and mixed heritage",
        "children in the youth justice system in Manchester and uses this to shape services.",
        "",
        "  1.1  Produce a quarterly disproportionality dashboard for the board covering arrests,",
        "       out-of-court outcomes and custody.",
        "       Lead:    Head of Youth Justice; YJS Performance Manager",
        "       By:      December 2025",
        "       RAG:     G",
        "       Update:  First dashboard presented to the board in October. Police arrest data",
        "                still to be added.",
        "",
        "  1.2  Commission an independent review of out-of-court decision making for Black and",
        "       mixed heritage children.",
        "       Lead:    GMP Superintendent (Manchester City Division)",
        "       By:      Q4 2025/26",
        "       RAG:     A",
        "       Update:  Terms of reference agreed. Funding for the reviewer is still to be",
        "                confirmed by the Community Safety Partnership.",
        "",
        "Recommendation 2 (Head of Service)",
        "Improve the quality of assessment and planning to keep children and other people safe,",
        "including contingency planning.",
        "",
        "  2.1  Deliver risk of serious harm training to all case managers, followed by",
        "       observed practice sessions.",
        "       Lead:    YJS Practice Development Manager",
        "       By:      End of September 2025",
        "       RAG:     B",
        "       Update:  All 38 case managers trained by 26 September.",
        "",
        "  2.2  Introduce monthly management oversight audits of safety and risk plans.",
        "       Lead:    YJS Operations Managers",
        "       By:      Ongoing",
        "       RAG:     G",
        "       Update:  Audits running since August; 81% of plans rated sufficient.",
        "",
        "  2.3  Agree with children's social care a joint planning protocol for children open to",
        "       both services.",
        "       Lead:    Head of Youth Justice and Head of Service, Complex Safeguarding",
        "       By:      30/11/2025",
        "       RAG:     A",
        "       Update:  Draft protocol with legal services for comment.",
        "",
        "======================================================================",
        "B. WORK WITH VICTIMS",
        "======================================================================",
        "",
        "Recommendation 3 (Head of Service)",
        "Make sure that all victims are contacted promptly and offered restorative justice, and",
        "that their wishes are taken into account in planning.",
        "",
        "  3.1  Recruit a second victim liaison officer.",
        "       Lead:    YJS Operations Manager (Victims)",
        "       By:      Nov-25",
        "       RAG:     G",
        "       Update:  Interviews held on 20 October; preferred candidate offered the post.",
        "",
        "  3.2  Set a standard that victims are contacted within five working days of the",
        "       outcome, and report performance to the board.",
        "       Lead:    YJS Operations Manager (Victims)",
        "       By:      January 2026",
        "       RAG:     Not started",
        "       Update:",
        "",
        "Recommendation 4 (Management Board)",
        "Make sure that victim information is shared promptly by partners so that the service",
        "can contact victims.",
        "",
        "  4.1  Agree an information sharing agreement with Greater Manchester Police for victim",
        "       details in out-of-court cases.",
        "       Lead:    Head of Youth Justice",
        "       By:      31/03/2026",
        "       RAG:     R",
        "       Update:  GMP data protection review has delayed the agreement; escalated to the",
        "                board chair in October.",
        "",
        "-- end of plan --",
    ]
    with open(out("i1-manchester-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sheffield()
    stoke()
    torfaen()
    redcar()
    west_sussex()
    south_tyneside()
    manchester()
