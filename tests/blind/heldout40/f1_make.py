"""Generator for the f1- cases of heldout40 (blind corpus).

Makes seven plan documents in this folder, laid out as the councils and partnerships that publish
such plans lay them out. The readings in the .expected.yaml files beside them were written from the
content set down here, before the documents were first generated.
Run with /work/main/.venv/bin/python f1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
MID = Alignment(wrap_text=True, vertical="center", horizontal="center")

COL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "92D050",
    "B": "5B9BD5",
    "purple": "5C2D91",
    "navy": "203864",
    "teal": "00646E",
    "green": "385723",
    "maroon": "7B2C3B",
    "lilac": "E4DFEC",
    "pale": "DEEAF6",
    "sand": "FBE5D6",
    "mint": "E2EFDA",
    "grey": "D9D9D9",
    "white": "FFFFFF",
}


def fill(hex_colour):
    return PatternFill("solid", fgColor=hex_colour)


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, names, colour, font_colour="FFFFFF"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color=font_colour)
        c.fill = fill(COL[colour])
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, colour, font_colour="000000"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True, color=font_colour)
    c.fill = fill(COL[colour])
    c.alignment = Alignment(wrap_text=True, vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX
    ws.row_dimensions[row].height = 32


def put_row(ws, row, values, fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt


# =============================================================================================
# 1. Knowsley ILACS improvement plan (xlsx): band rows per Ofsted recommendation, leads as
#    initials with a list of names under the table, start / target / revised dates as Excel
#    dates shown mmm-yy, a RAG column coloured by fill only (no text), key under the table.
# =============================================================================================
def knowsley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncols = 9
    ws["A1"] = "Knowsley Council – ILACS Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14, color=COL["purple"])
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Response to the Ofsted inspection of local authority children's services, "
                "March 2024. Version 1.3 – progress at 30 September 2024.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "Action", "Lead", "Start", "Target date", "Revised target",
                       "RAG", "Progress update (September 2024)", "Evidence of impact"], "purple")
    rows = [
        ("band", "Recommendation 1: The quality and timeliness of assessments and plans for "
                 "children in need of help and protection, so that plans are specific about what "
                 "needs to change."),
        ("1.1", "Relaunch the assessment and planning practice standards with all social work "
                "teams, with a one-page guide to writing SMART outcomes.", "KM", D(2024, 4, 1),
         D(2024, 6, 30), None, "B",
         "Standards relaunched at practice week in June; guide issued to all teams and built into "
         "induction.", "Practice standards v2; induction pack"),
        ("1.2", "Introduce monthly thematic audits of child in need and child protection plans, "
                "moderated by the Principal Social Worker.", "KM / RH", D(2024, 5, 1),
         D(2024, 9, 30), D(2024, 12, 31), "A",
         "Four of six audits completed. Moderation slipped because of the PSW vacancy over the "
         "summer; revised date agreed at Improvement Board.", "Audit summaries"),
        ("1.3", "Review the child protection conference plan template so that it sets out what "
                "needs to change, by when and who will help.", "RH", D(2024, 7, 1),
         D(2024, 10, 31), None, "G",
         "Draft template piloted by two conference chairs; feedback from families being "
         "collated.", "Draft template"),
        ("band", "Recommendation 2: The consistency of management oversight and supervision, "
                 "including the recording of the rationale for key decisions."),
        ("2.1", "Refresh the supervision policy and recording template, with a mandatory "
                "'rationale for decision' field in the child's record.", "JB", D(2024, 4, 1),
         D(2024, 7, 31), None, "B",
         "Policy approved by CSC leadership team on 17 July; template live in Liquidlogic from "
         "1 August.", "Supervision policy; LCS release note"),
        ("2.2", "Deliver reflective supervision training for all team managers and assistant "
                "team managers.", "JB", D(2024, 6, 1), D(2024, 11, 30), None, "G",
         "Cohort 1 (14 managers) completed; cohort 2 booked for October.", "Training register"),
        ("band", "Recommendation 3: The sufficiency of suitable homes for children in care, "
                 "including for older children with complex needs."),
        ("3.1", "Refresh the sufficiency strategy 2024-27 with a specific plan for older children "
                "with complex needs.", "AF", D(2024, 4, 1), D(2024, 9, 30), None, "B",
         "Strategy approved by Cabinet on 12 September 2024.", "Cabinet report"),
        ("3.2", "Open a two-bed in-house children's home for young people aged 14-17 with complex "
                "needs.", "AF", D(2024, 6, 1), D(2025, 3, 31), D(2025, 6, 30), "R",
         "Registered manager recruited, but property works are not complete and Ofsted "
         "registration cannot be applied for until they are. Opening now planned for June 2025.",
         "Project highlight report"),
        ("3.3", "Recruit 20 additional foster carer households through the regional fostering "
                "hub campaign.", "AF / CW", D(2024, 4, 1), D(2025, 3, 31), None, "A",
         "Nine new households approved to date and six in assessment; conversion from enquiry "
         "is below target.", "Fostering panel minutes"),
        ("band", "Recommendation 4: The quality of pathway plans and the help care leavers "
                 "receive to find suitable accommodation and education, employment or training."),
        ("4.1", "Audit the pathway plans of all care leavers aged 18-21 and update any not "
                "reviewed in the last six months.", "CW", D(2024, 6, 1), D(2024, 12, 31), None,
         "G", "212 of 298 plans audited; overdue reviews down from 61 to 23.", "Audit tracker"),
        ("4.2", "Agree a joint housing protocol with Housing Options, including a guaranteed "
                "offer of supported accommodation for care leavers.", "CW", None,
         D(2025, 1, 31), None, None,
         "Not started – waiting for the new Head of Housing Options, who starts in October.",
         ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], ncols, "lilac")
        else:
            vals = list(row)
            rag = vals[6]
            vals[6] = None
            put_row(ws, r, vals, fmt="mmm-yy")
            if rag:
                ws.cell(row=r, column=7).fill = fill(COL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for code, words in [("B", "Complete"), ("G", "On track"),
                        ("A", "At risk of slipping – revised date agreed"),
                        ("R", "Off track / overdue")]:
        ws.cell(row=r, column=1).fill = fill(COL[code])
        ws.cell(row=r, column=2, value=words)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Leads").font = Font(bold=True)
    r += 1
    for line in ["KM – Karen Moss, Head of Service, Safeguarding and Assessment",
                 "RH – Rachel Hughes, Principal Social Worker",
                 "JB – John Bevan, Head of Practice Improvement",
                 "AF – Amina Farooq, Head of Commissioning and Placements",
                 "CW – Chris Walsh, Head of Service, Children in Care and Care Leavers"]:
        ws.cell(row=r, column=1, value=line)
        r += 1
    set_widths(ws, [7, 52, 9, 9, 10, 10, 6, 48, 24])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "f1-knowsley-ilacs-improvement-plan.xlsx"))


# =============================================================================================
# 2. Cambridgeshire SEND priority action plan (xlsx): two header rows (a merged group row over the
#    column names), band rows for the areas for priority action and the area for improvement,
#    lead posts and a partner organisation column, timescales as text (periods, quarters,
#    terms, Termly, TBC), status words on coloured fills, a status key under the table.
# =============================================================================================
def cambridgeshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP tracker"
    ncols = 8
    ws["A1"] = "Cambridgeshire Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=COL["teal"])
    ws.merge_cells("A1:H1")
    ws["A2"] = "Monitoring return to the SEND Improvement Board – position at 31 January 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    # group header row
    groups = [(1, 2, "Action"), (3, 4, "Accountability"), (5, 6, "Delivery"),
              (7, 8, "Progress and impact")]
    for c1, c2, text in groups:
        ws.cell(row=4, column=c1, value=text)
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        for c in range(c1, c2 + 1):
            cell = ws.cell(row=4, column=c)
            cell.fill = fill(COL["teal"])
            cell.font = Font(bold=True, color="FFFFFF")
            cell.alignment = MID
            cell.border = BOX
    header_row(ws, 5, ["No.", "Action", "Lead officer", "Partner organisation", "Timescale",
                       "Status", "Progress this period", "Impact measure"], "mint",
               font_colour="000000")
    status_fill = {"Complete": "B", "On track": "G", "Delayed": "A", "Off track": "R",
                   "Not started": None}
    rows = [
        ("band", "Area for priority action 1: Leaders across education, health and care should "
                 "urgently improve the timeliness and quality of EHC needs assessments and plans, "
                 "including the advice that health and social care contribute."),
        ("1.1", "Recruit additional EHC coordinators and educational psychologists to clear the "
                "backlog of needs assessments open for more than 20 weeks.",
         "Head of SEND Statutory Services", "CCC", "Sept 2024 – March 2025", "On track",
         "Six of eight coordinator posts filled; two locum EPs in place. Backlog down from 412 "
         "to 236.", "% of EHCPs issued within 20 weeks"),
        ("1.2", "Set up a multi-agency quality assurance panel that audits 10% of new EHC plans "
                "each month.", "SEND Quality Assurance Manager / Designated Clinical Officer",
         "CCC / C&P ICB", "Dec 2024", "Complete",
         "Panel met for the first time on 4 December and is now part of business as usual.",
         "% of audited plans rated good"),
        ("1.3", "Agree and publish health and social care advice templates with a six-week "
                "return standard.", "Designated Clinical Officer", "C&P ICB", "Q4 2024/25",
         "Delayed",
         "Health template agreed; social care template still with the CSC leadership team for "
         "sign-off.", "% of advice returned in six weeks"),
        ("1.4", "Train all SENCOs to write outcomes that are specific and measurable, through "
                "the termly SENCO network.", "Head of SEND Inclusion", "CCC", "Summer term 2025",
         "On track",
         "Content co-produced with the SENCO reference group; first session booked for the "
         "spring network.", "SENCO feedback; audit grades"),
        ("band", "Area for priority action 2: Leaders should improve communication with parents "
                 "and carers, so that families know what support is available, and co-produce "
                 "improvements with the parent carer forum."),
        ("2.1", "Relaunch the SEND Local Offer website with content co-produced with Pinpoint, "
                "Cambridgeshire's parent carer forum.", "Local Offer Manager", "CCC", "Jan 2025", "Complete",
         "New Local Offer launched on 20 January 2025.", "Page views; family feedback"),
        ("2.2", "Publish a SEND newsletter for families each term, jointly badged by the "
                "council, the ICB and the parent carer forum.",
         "Communications Lead (Children's)", "CCC", "Termly", "On track",
         "Autumn and spring editions published.", "Readership; survey"),
        ("2.3", "Set up a family liaison line with a five-working-day response standard for "
                "enquiries about EHC needs assessments.", "Head of SEND Statutory Services",
         "CCC", "Spring term 2025", "Off track",
         "Telephony solution not yet procured; interim inbox in place but response times "
         "average 11 days.", "% of enquiries answered in 5 days"),
        ("band", "Area for improvement 1: Health commissioners should reduce waiting times for "
                 "neurodevelopmental assessment and make sure families receive support while "
                 "they wait."),
        ("3.1", "Commission additional neurodevelopmental assessment capacity from an "
                "independent provider to bring waits under 52 weeks.",
         "Deputy Director of Commissioning (Children)", "C&P ICB", "March 2026", "On track",
         "Contract awarded in November; first clinics running from January.",
         "Median wait in weeks"),
        ("3.2", "Launch a 'waiting well' offer of parent workshops and sleep and behaviour "
                "support for families waiting for assessment.",
         "Children's Commissioning Manager", "C&P ICB / CCC", "Autumn term 2024", "Complete",
         "Workshops running in all four localities since October.", "Attendance; feedback"),
        ("3.3", "Publish monthly neurodevelopmental waiting-time data by age group on the Local "
                "Offer.", "ICB Business Intelligence Lead", "C&P ICB", "TBC", "Not started",
         "Data-sharing agreement with the provider still to be signed.", "Data published"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            band_row(ws, r, row[1], ncols, "sand")
        else:
            put_row(ws, r, list(row))
            code = status_fill[row[5]]
            st = ws.cell(row=r, column=6)
            st.alignment = MID
            if code:
                st.fill = fill(COL[code])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for status, code, words in [
            ("Complete", "B", "Action delivered"),
            ("On track", "G", "Delivering to timescale"),
            ("Delayed", "A", "Slippage of up to three months"),
            ("Off track", "R", "Slippage of more than three months, or at risk of not being delivered"),
            ("Not started", None, "Not yet due to start, no rating")]:
        c = ws.cell(row=r, column=2, value=status)
        if code:
            c.fill = fill(COL[code])
        ws.cell(row=r, column=3, value=words)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="CCC – Cambridgeshire County Council; C&P ICB – NHS Cambridgeshire "
                                   "and Peterborough Integrated Care Board")
    set_widths(ws, [6, 50, 26, 14, 18, 12, 46, 24])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "f1-cambridgeshire-send-priority-action-plan.xlsx"))


# =============================================================================================
# docx helpers
# =============================================================================================
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None, centre=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def head_cells(cells, names, colour, font_colour="FFFFFF"):
    for c, n in zip(cells, names):
        cell_text(c, n, bold=True, colour=font_colour)
        shade(c, colour)


# =============================================================================================
# 3. Flintshire CIW improvement check action plan (docx): title and Welsh subtitle, document
#    control table, intro, one table per area for improvement (a merged, shaded first row with
#    the area, then the column heads), lead posts, timescales as written in Welsh councils'
#    plans, RAG letters in shaded cells, RAG key table at the end.
# =============================================================================================
def flintshire():
    doc = Document()
    landscape(doc)
    doc.add_heading("Flintshire County Council – Children's Services: Care Inspectorate Wales "
                    "Improvement Check Action Plan", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Sir y Fflint – Gwasanaethau Plant: Cynllun Gweithredu Gwiriad Gwella "
                  "Arolygiaeth Gofal Cymru")
    r.italic = True
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "8 December 2025"),
                                ("Owner", "Chief Officer (Social Services)"),
                                ("Reported to", "Social & Health Care Overview & Scrutiny Committee"),
                                ("Next review", "March 2026")]):
        cell_text(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "D9E2F3")
        cell_text(dc.rows[i].cells[1], v)
    col_widths(dc, [5, 12])
    doc.add_paragraph()
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out an improvement check of Flintshire children's "
        "services between 14 and 16 July 2025, following the Performance Evaluation Inspection "
        "of November 2023. CIW identified three areas where the local authority must or should "
        "improve. This plan sets out the actions we are taking, who is responsible and our "
        "progress at the end of November 2025.")
    areas = [
        ("Area for improvement 1: The local authority must keep working to make sure it has a "
         "consistent, sufficient, qualified and competent workforce to meet its statutory duties.",
         [("1.1", "Continue the 'grow our own' social work trainee scheme, supporting six staff a "
                  "year through the Open University social work degree.",
           "Workforce Development Manager", "Ongoing", "G",
           "Six trainees enrolled for 2025-26; two qualified in September and took up posts in "
           "the Child Protection Teams."),
          ("1.2", "Run a targeted recruitment campaign for experienced social workers, including "
                  "a market supplement for posts in the Child Protection Teams.",
           "Senior Manager – Children's Services / HR Business Partner", "End of December 2025",
           "A", "Market supplement approved by Cabinet in October; campaign launched but only "
                "three appointments so far."),
          ("1.3", "Reduce reliance on agency social workers to below 15% of the establishment, "
                  "tracked monthly at the Workforce Board.", "Chief Officer (Social Services)",
           "31/03/2026", "A", "Agency staff currently 21% of the establishment (24% in July)."),
          ("1.4", "Make sure every newly qualified social worker has a protected caseload and is "
                  "enrolled on the First Three Years in Practice programme.",
           "Practice Lead – Workforce", "October 2025", "B",
           "All 9 NQSWs have protected caseloads and are enrolled; checked at supervision audit."),
          ]),
        ("Area for improvement 2: The local authority must follow the Wales Safeguarding "
         "Procedures, keep close oversight of performance and take all reasonable steps to keep "
         "delays to a minimum.",
         [("2.1", "Re-issue practice guidance on Wales Safeguarding Procedures timescales for "
                  "strategy discussions, section 47 enquiries and initial conferences.",
           "Service Manager – Safeguarding & Quality Assurance", "November 2025", "B",
           "Guidance re-issued on 3 November and discussed at all team meetings."),
          ("2.2", "Add a weekly exception report on safeguarding timescales to the performance "
                  "dashboard, reviewed by the Children's Services management team.",
           "Information & Performance Manager", "Quarter 3 2025/26", "G",
           "Report built and in testing; first weekly review planned for 15 December."),
          ("2.3", "Audit a sample of 30 child protection enquiries each quarter for compliance "
                  "with the Wales Safeguarding Procedures and report the findings to the North "
                  "Wales Safeguarding Board.", "Quality Assurance Lead", "Quarterly", "G",
           "Q2 audit completed: 24 of 30 enquiries compliant; learning shared with team "
           "managers."),
          ]),
        ("Area for improvement 3: The local authority should make sure that all relevant "
         "agencies are consistently invited to strategy meetings.",
         [("3.1", "Update the strategy meeting invitation template so that police, health, "
                  "education and any other involved agency are invited as standard.",
           "Service Manager – Safeguarding & Quality Assurance", "September 2025", "B",
           "New template in WCCIS since 22 September."),
          ("3.2", "Agree with North Wales Police and Betsi Cadwaladr University Health Board how "
                  "attendance at strategy meetings will be recorded and monitored.",
           "Chief Officer (Social Services)", "January 2026", "R",
           "Meeting with partners postponed twice; not yet agreed. Escalated to the Regional "
           "Safeguarding Board."),
          ]),
    ]
    rag_fill = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    heads = ["Ref", "Action", "Lead", "By when", "RAG", "Progress update (November 2025)"]
    widths = [1.4, 8.5, 4.5, 3.2, 1.3, 7.6]
    for area, actions in areas:
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        cell_text(top, area, bold=True, size=10, colour="FFFFFF")
        shade(top, "1F4E79")
        head_cells(t.rows[1].cells, heads, "D9E2F3", font_colour="000000")
        for i, a in enumerate(actions):
            cells = t.rows[2 + i].cells
            for j, v in enumerate(a):
                cell_text(cells[j], v, centre=(j == 4), bold=(j == 4))
            shade(cells[4], rag_fill[a[4]])
        col_widths(t, widths)
        doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (code, words) in enumerate([("B", "Complete"), ("G", "On track"),
                                       ("A", "Some slippage – action being taken"),
                                       ("R", "Not on track – escalated")]):
        cell_text(key.rows[i].cells[0], code, bold=True, centre=True)
        shade(key.rows[i].cells[0], rag_fill[code])
        cell_text(key.rows[i].cells[1], words)
    col_widths(key, [1.3, 8])
    doc.save(os.path.join(HERE, "f1-flintshire-ciw-improvement-check-action-plan.docx"))


# =============================================================================================
# 4. Midlothian ASP joint inspection improvement plan (docx): title, intro, one landscape table
#    with section rows for the two inspection headings, the area for improvement in a
#    vertically merged first column, numbered actions, lead posts with their agency, timescales
#    written several ways, RAG words, measure and progress columns, key at the end.
# =============================================================================================
def midlothian():
    doc = Document()
    landscape(doc)
    doc.add_heading("Midlothian Public Protection Committee – Adult Support and Protection "
                    "Improvement Plan", level=1)
    doc.add_paragraph(
        "This plan responds to the joint inspection of adult support and protection in "
        "Midlothian carried out by the Care Inspectorate, Healthcare Improvement Scotland and His "
        "Majesty's Inspectorate of Constabulary in Scotland. It is owned by the Public Protection "
        "Committee and monitored by its Adult Protection Sub-group. Progress update: November "
        "2024.")
    heads = ["Area for improvement", "No.", "Action", "Lead", "Timescale", "Measure of success",
             "RAG", "Progress"]
    sections = [
        ("1. Key processes", [
            ("Chronologies were of good quality where completed, but were not consistently "
             "used in all records.", [
                ("1", "Issue refreshed single and multi-agency chronology guidance and add a "
                      "chronology prompt to the ASP investigation template in Mosaic.",
                 "Adult Protection Lead Officer", "June 2024",
                 "Chronology present in 90% of audited records", "Blue",
                 "Guidance issued in May; Mosaic prompt live from 10 June."),
                ("2", "Include chronologies in the quarterly multi-agency case file audit.",
                 "Chair, Quality Assurance Sub-group", "September 2024",
                 "Audit reports to PPC", "Green",
                 "Included in the September audit; 17 of 20 records had a chronology."),
            ]),
            ("The purpose and process of inter-agency referral discussions (IRDs) should be "
             "reviewed to improve their impact on protection planning.", [
                ("3", "Review the adult IRD process with Police Scotland and NHS Lothian and "
                      "agree revised multi-agency IRD guidance.",
                 "Adult Protection Lead Officer / DI, Public Protection Unit (J Division)",
                 "Dec-24", "Revised guidance approved by PPC", "Amber",
                 "Two workshops held; draft guidance with NHS Lothian for comment. Approval "
                 "likely at the February PPC."),
                ("4", "Test the revised IRD recording template in the adult duty team for three "
                      "months before roll-out.", "Team Leader – Adult Duty", "March 2025",
                 "Test report", "Green", "Test to start once the guidance is agreed."),
            ]),
            ("Attendance at case conferences and information sharing should improve, and case "
             "conferences should be more person-centred.", [
                ("5", "Set attendance standards for ASP case conferences and report attendance by "
                      "agency to the Public Protection Committee each quarter.",
                 "Independent Chair, ASP Case Conferences", "Sep-24",
                 "Attendance by agency", "Blue",
                 "Standards agreed; first attendance report went to the October PPC."),
                ("6", "Introduce a pre-conference meeting with the adult at risk (and their "
                      "advocate) and a plain-language invitation letter.",
                 "Service Manager, Adult Social Work", "Jan 2025",
                 "% of adults attending or giving views", "Amber",
                 "Letter co-produced with the advocacy service; pre-meetings not yet routine."),
                ("7", "Make sure GPs and NHS Lothian staff submit a written report for every case "
                      "conference they are invited to.",
                 "Lead Nurse, Adult Public Protection (NHS Lothian)", "March 2025",
                 "% of conferences with a health report", "Red",
                 "Only 40% of conferences had a health report in the last quarter; raised with "
                 "the Chief Officers Group."),
            ]),
        ]),
        ("2. Strategic leadership", [
            ("Quality assurance and self-evaluation should be embedded and clearly linked to "
             "improvement activity.", [
                ("8", "Agree a three-year multi-agency self-evaluation calendar linked to the "
                      "Public Protection Committee improvement plan.",
                 "Public Protection Lead Officer", "October 2024", "Calendar approved",
                 "Blue", "Approved by the PPC on 24 October 2024."),
            ]),
            ("Adults with lived experience should be involved in shaping the work of the Public "
             "Protection Committee.", [
                ("9", "Work with local advocacy and carers' organisations to set up a lived "
                      "experience reference group.",
                 "Development Officer, Public Protection Office", "Mar 2025",
                 "Group meeting regularly", "Green",
                 "Four people recruited; first meeting planned for January."),
                ("10", "Report to the Public Protection Committee each year on how the views of "
                       "adults at risk of harm have changed practice.",
                 "Chair, Public Protection Committee", "Annually",
                 "Annual report", "", "First report due in 2025."),
            ]),
        ]),
    ]
    n_rows = 1
    for _, areas in sections:
        n_rows += 1
        for _, acts in areas:
            n_rows += len(acts)
    t = doc.add_table(rows=n_rows, cols=8)
    t.style = "Table Grid"
    head_cells(t.rows[0].cells, heads, "4B2C6F")
    rag_fill = {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    r = 1
    for sec, areas in sections:
        c = t.rows[r].cells[0].merge(t.rows[r].cells[7])
        cell_text(c, sec, bold=True, size=10)
        shade(c, "E4DFEC")
        r += 1
        for area, acts in areas:
            first = r
            for a in acts:
                cells = t.rows[r].cells
                for j, v in enumerate(a):
                    cell_text(cells[1 + j], v, bold=(j == 5))
                if a[5]:
                    shade(cells[6], rag_fill[a[5]])
                r += 1
            top = t.rows[first].cells[0]
            if r - 1 > first:
                top = top.merge(t.rows[r - 1].cells[0])
            cell_text(top, area)
    col_widths(t, [4.6, 1.0, 6.0, 3.6, 2.0, 3.2, 1.4, 4.6])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – risk of delay; Red – off "
                      "track, escalated to the Chief Officers Group.")
    doc.save(os.path.join(HERE, "f1-midlothian-asp-joint-inspection-improvement-plan.docx"))


# =============================================================================================
# 5. Cherwell internal audit recommendations tracker (csv): two title lines padded with empty
#    fields, an empty line, a header, one line per recommendation with dd/mm/yyyy dates and a
#    revised due date, an empty line and a status key. One revised date has month 13.
# =============================================================================================
def cherwell():
    head = ["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation",
            "Agreed Management Action", "Responsible Officer", "Original Due Date",
            "Revised Due Date", "Status", "Latest Update"]
    n = len(head)

    def pad(*vals):
        return list(vals) + [""] * (n - len(vals))

    rows = [
        pad("Cherwell District Council - Internal Audit Recommendations Tracker"),
        pad("Accounts, Audit and Risk Committee - 22 January 2025"),
        pad(),
        head,
        ["Payroll", "2023/24", "Reasonable", "PAY/01", "Medium",
         "Starter and leaver forms should be authorised by the budget holder before they are "
         "processed.",
         "Budget holder authorisation to be made mandatory in the iTrent workflow.",
         "HR Systems Manager", "31/03/2024", "", "Implemented",
         "Workflow change live from March 2024 and tested by Internal Audit."],
        ["Payroll", "2023/24", "Reasonable", "PAY/02", "Low",
         "Overtime claims above the agreed threshold should be reviewed before payment.",
         "Monthly exception report of overtime over 20 hours to be sent to Heads of Service.",
         "Payroll Manager", "30/06/2024", "30/11/2024", "In progress",
         "Report designed; first run planned for the December payroll."],
        ["Procurement and Contract Waivers", "2023/24", "Limited", "PROC/01", "High",
         "All contract waivers should be recorded in a central register and reported to "
         "Members.",
         "Maintain a central waiver register and report it to the Accounts, Audit and Risk "
         "Committee twice a year.",
         "Head of Procurement", "30/09/2024", "", "Overdue",
         "Register set up but not yet complete for 2023/24 waivers; first report delayed."],
        ["Procurement and Contract Waivers", "2023/24", "Limited", "PROC/02", "Medium",
         "Contract managers should hold evidence of performance monitoring for contracts over "
         "£100k.",
         "Contract management toolkit to be issued and a sample checked each quarter.",
         "Procurement Manager", "31/12/2024", "", "In progress",
         "Toolkit issued in October; first sample check in January."],
        ["Cyber Security", "2024/25", "Limited", "CYB/01", "High",
         "Multi-factor authentication should be enforced for all remote access accounts.",
         "Enforce MFA for all staff and Member accounts and remove legacy VPN access.",
         "ICT Security Lead", "31/12/2024", "31/03/2025", "In progress",
         "MFA enforced for staff; Member accounts being migrated by March."],
        ["Cyber Security", "2024/25", "Limited", "CYB/02", "Medium",
         "An annual phishing simulation and training exercise should be carried out.",
         "Run a phishing simulation and target refresher training at staff who fail it.",
         "ICT Security Lead", "28/02/2025", "", "In progress",
         "Simulation booked for February."],
        ["Housing Benefit Overpayments", "2024/25", "Reasonable", "HB/01", "Medium",
         "Recovery action on overpayments should be reviewed where no payment has been received "
         "for three months.",
         "Introduce a quarterly review of dormant overpayment accounts with escalation to "
         "external recovery.",
         "Revenues and Benefits Manager", "31/10/2024", "31/13/2025", "In progress",
         "Dormant accounts report built; first review meeting held in December."],
        ["Car Parking Income", "2024/25", "Substantial", "CP/01", "Low",
         "Cash collections from pay and display machines should be reconciled to machine "
         "audit reports weekly.",
         "Weekly reconciliation to be completed by the Parking Services Team Leader and "
         "checked by Finance.",
         "Parking Services Manager", "30/11/2024", "", "Implemented",
         "Weekly reconciliations in place since November."],
        pad(),
        pad("Status key: Implemented = action complete; In progress = within agreed date; "
            "Overdue = past the agreed date and not yet implemented"),
    ]
    with open(os.path.join(HERE, "f1-cherwell-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =============================================================================================
# 6. Salford SCP CSPR learning tracker exported from a SharePoint list (tab-separated txt):
#    no title, the list's columns as the header, person fields as "Surname, Forename" with ";"
#    between people, dates as SharePoint exports them (dd/mm/yyyy hh:mm), Modified columns.
# =============================================================================================
def salford():
    head = ["Ref", "Recommendation", "Action", "Agency", "Action Owner", "Target Date", "RAG",
            "Progress Update", "Modified", "Modified By"]
    rec1 = ("1. Partners should make sure the voices and daily lives of babies and non-verbal "
            "children are recorded in assessments, including observation of the child with each "
            "carer.")
    rec2 = ("2. Agencies should identify and include fathers and other significant males in "
            "assessments and plans.")
    rec3 = ("3. Health partners should improve information sharing between GP practices, "
            "midwifery and health visiting when a family moves into Salford.")
    rec4 = ("4. The Partnership should seek assurance that the learning from this review has "
            "changed practice.")
    rows = [
        ["R1.1", rec1, "Add a mandatory 'child's lived experience' section to the health visiting "
                       "and children's social care assessment templates.",
         "Children's Social Care", "Hughes, Claire", "31/12/2024 00:00", "Complete",
         "Section added to both templates in December; first dip sample shows it completed in "
         "18 of 20 assessments.", "14/02/2025 09:41", "Okafor, Daniel"],
        ["R1.2", rec1, "Deliver a 7-minute briefing on observing babies and non-verbal children "
                       "to all front-line staff across the partnership.",
         "SSCP Business Unit", "Okafor, Daniel;Reid, Sarah", "31/03/2025 00:00", "Green",
         "Briefing published in January and delivered at 9 team meetings so far.",
         "14/02/2025 09:43", "Okafor, Daniel"],
        ["R2.1", rec2, "Refresh the 'Think Family – seeing the unseen men' guidance and add it "
                       "to the multi-agency training offer.",
         "SSCP Business Unit", "Reid, Sarah", "30/04/2025 00:00", "Amber",
         "Guidance drafted; training slot not yet confirmed with the learning and development "
         "team.", "10/02/2025 16:05", "Reid, Sarah"],
        ["R2.2", rec2, "Audit 20 child in need and child protection plans to check whether "
                       "fathers and male carers were contacted and assessed.",
         "Quality Assurance Sub-group", "Bennett, Louise", "30/06/2025 00:00", "Green",
         "Audit tool agreed; audit scheduled for May.", "03/02/2025 11:20", "Bennett, Louise"],
        ["R3.1", rec3, "Agree a transfer-in protocol between midwifery, health visiting and GP "
                       "practices, with a named contact in each service.",
         "NHS Greater Manchester (Salford)", "Kaur, Preet", "31/01/2025 00:00", "Red",
         "Protocol drafted but not yet agreed by the Primary Care Board; escalated to the "
         "Executive Group.", "12/02/2025 14:32", "Kaur, Preet"],
        ["R3.2", rec3, "Test the protocol with two Primary Care Networks and report the findings "
                       "to the Partnership.",
         "NHS Greater Manchester (Salford)", "Kaur, Preet", "", "",
         "Depends on R3.1 - date to be set once the protocol is agreed.", "12/02/2025 14:33",
         "Kaur, Preet"],
        ["R4.1", rec4, "Include the learning from Child W in the annual multi-agency audit "
                       "programme and report the findings to the Executive Group.",
         "SSCP Business Unit", "Okafor, Daniel", "30/09/2025 00:00", "Green",
         "Added to the 2025/26 audit programme approved in January.", "14/02/2025 09:45",
         "Okafor, Daniel"],
    ]
    with open(os.path.join(HERE, "f1-salford-scp-cspr-child-w-sharepoint-export.txt"), "w",
              newline="", encoding="utf-8") as f:
        f.write("\t".join(head) + "\r\n")
        for row in rows:
            f.write("\t".join(row) + "\r\n")


# =============================================================================================
# 7. Liverpool ASC CQC assessment improvement plan (xlsx): a Cover sheet with version history,
#    a plan sheet with band rows for theme - quality statement, the CQC area for improvement in
#    a vertically merged column, lead names and posts, target dates as Excel dates (dd/mm/yyyy)
#    or text (quarter, Ongoing, Quarterly), Previous RAG and Current RAG columns, a key.
# =============================================================================================
def liverpool():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Liverpool City Council – Adult Social Care CQC Assessment Improvement Plan"
    cover["A1"].font = Font(bold=True, size=14, color=COL["maroon"])
    cover["A2"] = "Owner: Director of Adult Social Care and Health"
    cover["A4"] = "Version history"
    cover["A4"].font = Font(bold=True)
    header_row(cover, 5, ["Version", "Date", "Author", "Changes"], "maroon")
    for i, v in enumerate([
            ("0.1", D(2025, 10, 6), "ASC Assurance Team", "First draft following CQC report"),
            ("1.0", D(2025, 11, 3), "ASC Assurance Team", "Approved by ASC Leadership Team"),
            ("1.1", D(2026, 2, 27), "ASC Assurance Team", "February progress update; action 4.1 added")]):
        put_row(cover, 6 + i, list(v))
    set_widths(cover, [10, 12, 22, 50])

    ws = wb.create_sheet("Improvement Plan")
    ncols = 9
    ws["A1"] = "Liverpool City Council – Adult Social Care CQC Assessment Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color=COL["maroon"])
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 27 February 2026"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Ref", "CQC area for improvement", "Action", "Lead", "Target date",
                       "Previous RAG", "Current RAG", "Progress / evidence", "Measure"], "maroon")
    plan = [
        ("Theme 1: Working with people – Assessing needs",
         "People waited too long for Care Act assessments and reviews, and were not always kept "
         "informed while they waited.", [
             ("1.1", "Introduce waiting-list triage and a 'keeping in touch' call every six weeks "
                     "for everyone waiting for an assessment.",
              "Head of Adult Social Work (Localities)", D(2025, 12, 31), "A", "G",
              "Triage in place in all three localities; 94% of people waiting have had a call "
              "in the last six weeks.", "% contacted in 6 weeks"),
             ("1.2", "Reduce the number of people waiting more than 28 days for a Care Act "
                     "assessment to fewer than 150.", "Jo Marsh / Ade Cole", "Q4 2025/26", "R",
              "A", "Waiting list down from 611 to 284; additional assessors funded until March.",
              "Number waiting > 28 days"),
         ]),
        ("Theme 1: Working with people – Supporting people to live healthier lives",
         "Unpaid carers did not always know about, or receive, a carer's assessment.", [
             ("1.3", "Co-produce a refreshed All-Age Carers Strategy with carers and the Carers "
                     "Centre.", "Commissioning Manager – Carers", D(2025, 11, 30), "G", "B",
              "Strategy approved by Cabinet on 21 November 2025.", "Strategy published"),
             ("1.4", "Offer carers' assessments online and by telephone, aiming for 1,000 "
                     "completed assessments a year.", "Carers Lead", "Ongoing", "A", "A",
              "Online form live; 212 assessments completed since October, below the "
              "trajectory.", "Carers' assessments completed"),
         ]),
        ("Theme 2: Providing support – Care provision, integration and continuity",
         "There were shortages of home care in parts of the city and of nursing care for people "
         "living with dementia.", [
             ("2.1", "Re-tender the home care framework on a zonal model to increase capacity in "
                     "north Liverpool.", "Head of Commissioning (Adults)", D(2026, 3, 31), "G",
              "G", "Tender evaluation complete; contracts start 1 April 2026.",
              "Unmet home care hours"),
             ("2.2", "Work with providers and the ICB to open 40 additional dementia nursing "
                     "beds.", "Head of Commissioning (Adults) / Place Director (ICB)",
              D(2026, 9, 30), "A", "R",
              "One provider has withdrawn; only 12 beds now in development.",
              "Beds commissioned"),
         ]),
        ("Theme 3: How the local authority ensures safety within the system – Safeguarding",
         "Safeguarding enquiries were not always completed in a timely way, and the outcome was "
         "not always shared with the person.", [
             ("3.1", "Set up a safeguarding hub to screen all concerns within two working days.",
              "Principal Social Worker", D(2025, 10, 31), "G", "B",
              "Hub live since 1 October 2025; 97% of concerns screened within two working days.",
              "% screened in 2 days"),
             ("3.2", "Audit 50 closed section 42 enquiries each quarter for timeliness and "
                     "Making Safeguarding Personal outcomes.", "Safeguarding Adults Quality Lead",
              "Quarterly", "G", "G",
              "Q3 audit completed; outcome shared with the person in 82% of cases (61% at "
              "assessment).", "MSP outcomes recorded"),
         ]),
        ("Theme 4: Leadership – Learning, improvement and innovation",
         "The local authority did not always use feedback from people and complaints to drive "
         "improvement.", [
             ("4.1", "Publish a quarterly 'You said, we did' report and discuss complaint themes "
                     "at the ASC Leadership Team.", "Customer Relations Manager",
              D(2026, 4, 30), None, None,
              "New action added in February 2026; first report due in April.",
              "Report published"),
         ]),
    ]
    r = 5
    for band, afi, acts in plan:
        band_row(ws, r, band, ncols, "sand")
        r += 1
        first = r
        for a in acts:
            ref, action, lead, target, prev, cur, progress, measure = a
            put_row(ws, r, [ref, None, action, lead, target, prev, cur, progress, measure])
            for col, code in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.alignment = MID
                c.font = Font(bold=True)
                if code:
                    c.fill = fill(COL[code])
            r += 1
        ws.cell(row=first, column=2, value=afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B – complete; G – on track; A – at risk, recovery "
                                   "in place; R – off track. Previous RAG = position reported "
                                   "in November 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    set_widths(ws, [6, 34, 46, 24, 12, 9, 9, 46, 22])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "f1-liverpool-asc-cqc-improvement-plan.xlsx"))


if __name__ == "__main__":
    knowsley()
    cambridgeshire()
    flintshire()
    midlothian()
    cherwell()
    salford()
    liverpool()
