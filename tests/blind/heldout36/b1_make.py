"""Generator for the b1- cases of heldout36 (blind corpus).

Makes seven plan documents in this folder, laid out as the councils and partnerships that publish
such plans lay them out. The readings were written into the .expected.yaml files beside them
before this script was first run; this script only writes the cells, lines and paragraphs.
Run with /work/main/.venv/bin/python b1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "92D050",
    "dkgreen": "00B050",
    "blue": "00B0F0",
    "dkblue": "0070C0",
    "navy": "002060",
    "purple": "5B2C6F",
    "teal": "215967",
    "grey": "D9D9D9",
    "pale": "DEEAF6",
    "lilac": "E4DFEC",
    "sand": "FCE4D6",
}


def fill(name):
    return PatternFill("solid", fgColor=HEX[name])


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[chr(65 + i)].width = w


def header(ws, row, names, colour="navy"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def boxed(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        if not (c.alignment and c.alignment.wrap_text):
            c.alignment = WRAP


def band(ws, row, text, ncols, colour, font_colour="FFFFFF"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True, color=font_colour)
    c.fill = fill(colour)
    c.alignment = Alignment(vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


# ---------------------------------------------------------------------------------------------
# 1. Leicester City Council - ILACS improvement plan (xlsx)
#    Priority band rows, recommendation merged down column B, Excel dates, revised target date
#    column, RAG letters on fills, key under the table.
# ---------------------------------------------------------------------------------------------
LEICESTER_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def leicester():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Plan"
    widths(ws, [7, 36, 50, 26, 11, 11, 11, 7, 52])
    ws["A1"] = "Leicester City Council – ILACS Improvement Plan 2024–26"
    ws["A1"].font = Font(bold=True, size=14, color="002060")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Response to the Ofsted Inspection of Local Authority Children's Services, "
                "September 2024. Progress update as at 31 March 2025 for the Children's "
                "Improvement Board.")
    ws["A2"].font = Font(italic=True)
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:I2")
    ws.row_dimensions[2].height = 30
    header(ws, 4, ["Ref", "What needs to improve (Ofsted)", "Action", "Lead officer",
                   "Start date", "Target date", "Revised target date", "RAG",
                   "Progress update / evidence of impact"])
    ws.freeze_panes = "A5"

    rows = [
        ("band", "Priority 1 – Help and protection"),
        ("rec", "Decision-making at the front door, so that children and families receive a "
                "timely and proportionate response when they are first referred."),
        ("1.1", "Introduce a daily MASH triage meeting with police, health and education to "
                "agree the next step for every contact within 24 hours.",
         "Head of Service, MASH & Early Help", D(2024, 11, 1), D(2025, 1, 31), None, "B",
         "Daily triage in place since 18 November 2024. 94% of contacts now have a decision "
         "within 24 hours (February 2025)."),
        ("1.2", "Revise the step-up and step-down protocol between early help and children's "
                "social care and train all practitioners in its use.",
         "Head of Service, MASH & Early Help / Early Help Service Manager", D(2024, 11, 1),
         D(2024, 12, 31), D(2025, 3, 31), "G",
         "Protocol agreed by the Leicester Safeguarding Children Partnership in February 2025. "
         "Training sessions booked for March; target revised to allow partner sign-off."),
        ("1.3", "Audit a monthly sample of 20 contacts that did not progress to assessment, "
                "with findings reported to the Practice Quality Board.",
         "Principal Social Worker", D(2024, 10, 1), "Monthly", None, "G",
         "Audits completed October to February. Threshold decisions were appropriate in 88% "
         "of the contacts audited."),
        ("band", "Priority 2 – Children in care"),
        ("rec", "The quality of plans for children in care, so that they are specific about what "
                "needs to happen, by whom and by when."),
        ("2.1", "Launch a new care plan template aligned to the practice model, with SMART "
                "outcomes and the child's own words.",
         "Head of Service, Children in Care", D(2024, 11, 1), D(2025, 2, 28), None, "A",
         "Template tested in two teams. Changes to the Liquidlogic form were delayed by the "
         "system upgrade; go-live now expected in April."),
        ("2.2", "IROs to escalate any care plan that is not progressing using the dispute "
                "resolution protocol, with a quarterly report to the Corporate Parenting Board.",
         "IRO Service Manager", D(2024, 12, 1), "Quarterly", None, "G",
         "First quarterly report presented in January 2025: 14 escalations, 11 resolved at "
         "stage 1."),
        ("rec", "The sufficiency of homes for children in care who have complex needs, so that "
                "fewer children live far from Leicester."),
        ("2.3", "Recruit 30 additional in-house foster carers through the refreshed fostering "
                "recruitment campaign.",
         "Head of Service – Fostering & Adoption", D(2024, 10, 1), D(2026, 3, 31), None, "A",
         "11 households approved since October. Enquiries are up 20% but conversion to "
         "assessment remains low."),
        ("2.4", "Open two new council-run children's homes for children with complex needs.",
         "Head of Commissioning; Head of Service – Fostering & Adoption", D(2024, 9, 1),
         D(2025, 3, 31), D(2025, 9, 30), "R",
         "First home registered with Ofsted. Planning permission for the second home was "
         "refused in January and an alternative property is being sought."),
        ("blank",),
        ("band", "Priority 3 – Care leavers"),
        ("rec", "The local offer for care leavers aged over 21, so that more young people take "
                "up the support they are entitled to."),
        ("3.1", "Refresh and publish the Local Offer for care leavers with young people from the "
                "Children in Care Council.",
         "Leaving Care Service Manager", D(2024, 10, 1), D(2024, 12, 31), None, "B",
         "Published 16 December 2024 and launched at the care leavers' celebration event."),
        ("3.2", "Write to every care leaver aged 21 to 25 with a named personal adviser contact "
                "and offer a review of their pathway plan.",
         "Leaving Care Service Manager", D(2025, 4, 1), D(2025, 6, 30), None, "",
         "Not yet started: to begin in April 2025 once personal adviser recruitment is "
         "complete."),
        ("band", "Priority 4 – Leadership and management oversight"),
        ("rec", "The consistency of management oversight and supervision, so that it drives "
                "children's plans forward."),
        ("4.1", "Roll out a revised supervision policy and recording template across all social "
                "work teams.",
         "Principal Social Worker", D(2024, 10, 1), D(2024, 11, 30), None, "B",
         "Policy launched 4 November 2024. Supervision audit in February found the template "
         "used in 91% of records."),
        ("4.2", "Deliver the 'Leading Practice' development programme for all team managers and "
                "assistant team managers.",
         "Workforce Development Manager", D(2025, 1, 1), "Jan 2025 – Jul 2025", None, "G",
         "Cohort 1 (18 managers) started in January; cohort 2 starts in May."),
        ("4.3", "Report supervision compliance and quality audit findings monthly to the "
                "Children's Improvement Board.",
         "DCS", D(2024, 11, 1), "Ongoing", None, "G",
         "Reported each month since November 2024."),
    ]
    r = 5
    rec_start = None
    rec_text = None

    def close_rec(end_row):
        if rec_start is not None and end_row >= rec_start:
            ws.cell(row=rec_start, column=2, value=rec_text)
            if end_row > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=end_row,
                               end_column=2)

    for item in rows:
        kind = item[0]
        if kind in ("band", "rec", "blank"):
            close_rec(r - 1)
            rec_start = None
        if kind == "band":
            band(ws, r, item[1], 9, "navy")
            r += 1
        elif kind == "rec":
            rec_start, rec_text = r, item[1]
        elif kind == "blank":
            r += 1
        else:
            ref, action, lead, start, target, revised, rag, progress = item
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=start)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=6, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=revised)
            if revised is not None:
                c.number_format = "dd/mm/yyyy"
                c.font = Font(bold=True, color="C00000")
            c = ws.cell(row=r, column=8, value=rag if rag else None)
            c.alignment = CENTRE
            c.font = Font(bold=True)
            if rag:
                c.fill = fill(LEICESTER_RAG[rag])
            ws.cell(row=r, column=9, value=progress)
            boxed(ws, r, 9)
            ws.cell(row=r, column=8).alignment = CENTRE
            r += 1
    close_rec(r - 1)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "blue", "Complete – action delivered and impact evidenced"),
           ("G", "green", "On track to deliver by the target date"),
           ("A", "amber", "Some slippage – recoverable within the plan period"),
           ("R", "red", "Off track – escalated to the Children's Improvement Board"),
           (None, None, "Blank – not yet started")]
    for letter, colour, text in key:
        r += 1
        c = ws.cell(row=r, column=1, value=letter)
        if colour:
            c.fill = fill(colour)
        c.alignment = CENTRE
        ws.cell(row=r, column=2, value=text)
    wb.save(os.path.join(HERE, "b1-leicester-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)


def col_widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------------------------
# 2. Bristol local area SEND Written Statement of Action - progress report (docx)
#    Heading per area of significant weakness, one table each, RAG by shading only.
# ---------------------------------------------------------------------------------------------
BRISTOL_SHADE = {"blue": "00B0F0", "green": "92D050", "amber": "FFC000", "red": "FF0000"}


def bristol():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Bristol Local Area SEND Written Statement of Action – Progress Report", 0)
    p = doc.add_paragraph()
    p.add_run("Milestone 3 update – March 2021").bold = True
    doc.add_paragraph(
        "This report sets out progress against the Written Statement of Action (WSoA) agreed by "
        "Bristol City Council, Bristol, North Somerset and South Gloucestershire Clinical "
        "Commissioning Group and Bristol Parent Carers following the Ofsted and CQC local area "
        "SEND inspection of 30 September to 4 October 2019. Progress is reviewed by the SEND and "
        "Inclusion Improvement Board against milestones set every four months.")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for v in [("1.0", "20/04/2020", "SEND Improvement Programme Manager", "Published WSoA"),
              ("2.3", "30/11/2020", "SEND Improvement Programme Manager", "Milestone 2 update"),
              ("3.1", "31/03/2021", "SEND Improvement Programme Manager", "Milestone 3 update")]:
        cells = t.add_row().cells
        for i, x in enumerate(v):
            cell_text(cells[i], x)
    col_widths(t, [2.5, 3, 7, 8])
    doc.add_paragraph()

    areas = [
        ("Area of significant weakness 1: Lack of accountability of leaders at all levels, "
         "including school leaders",
         "Outcome: leaders across education, health and care are held to account for the "
         "difference they make for children and young people with SEND.",
         [("1.1", "Establish a SEND and Inclusion Improvement Board, with an independent chair, "
                  "to hold all partners to account for delivery of the WSoA.",
           "Director of Education & Skills", "July 2020",
           "Board established in June 2020. It meets monthly and its minutes are published on "
           "the Local Offer.", "blue"),
          ("1.2", "Publish a SEND performance dashboard combining education, health and care "
                  "data, reviewed at each Board meeting.",
           "Head of Performance and Intelligence", "Nov 2020",
           "Dashboard version 1 in use since November. The health waiting-time data feed is "
           "delayed and will be added at Milestone 4.", "amber")]),
        ("Area of significant weakness 2: Inconsistencies in timeliness and effectiveness of the "
         "arrangements for the identification and assessment of children and young people with "
         "SEND",
         "Outcome: children's needs are identified early and assessed without delay.",
         [("2.1", "Reduce waiting times for autism assessment for under-5s by commissioning "
                  "additional assessment capacity from Sirona care & health.",
           "CCG Head of Children's Commissioning", "March 2021",
           "Additional capacity in place from January 2021, but the waiting list grew during "
           "lockdown; the median wait is 58 weeks.", "red"),
          ("2.2", "Ensure all requests for an EHC needs assessment receive a decision within "
                  "6 weeks.",
           "SEND Statutory Service Manager", "Nov 2020",
           "96% of decisions were made within 6 weeks in February 2021.", "green")]),
        ("Area of significant weakness 3: Dysfunctional EHC plan process, and inadequate "
         "quality of EHC plans",
         "Outcome: EHC plans are issued on time and describe children's needs and outcomes "
         "well.",
         [("3.1", "Clear the backlog of overdue EHC needs assessments.",
           "SEND Head of Service", "Nov 2020",
           "Backlog of 310 overdue assessments cleared by 20 November 2020.", "blue"),
          ("3.2", "Introduce a multi-agency quality assurance panel that audits 10% of new and "
                  "amended EHC plans each month.",
           "SEND Head of Service; Designated Clinical Officer", "Monthly",
           "Panel meets monthly from September 2020; 62% of audited plans graded good or "
           "better in February.", "green"),
          ("3.3", "Ensure Educational Psychology advice is returned within statutory "
                  "timescales.",
           "Principal Educational Psychologist", "Nov 2020",
           "81% of advice returned within 6 weeks in February. Four additional EP posts are "
           "being recruited.", "amber")]),
        ("Area of significant weakness 4: The underachievement and lack of inclusion of children "
         "and young people with SEND, including the high rates of persistent absenteeism and "
         "fixed-term exclusions",
         "Outcome: fewer children and young people with SEND are excluded or persistently "
         "absent.",
         [("4.1", "Issue guidance to schools on zero-tolerance behaviour policies and their "
                  "impact on pupils with SEND.",
           "Head of Inclusion", "July 2020",
           "Guidance issued to all schools in July 2020 and discussed at the headteachers' "
           "forum.", "blue"),
          ("4.2", "Deliver SEMH training to at least 50% of Bristol SENCOs.",
           "Head of Inclusion / Bristol Autism Team Lead", "Sept 2020 – July 2021",
           "Training delivered online to 71 SENCOs (43%) so far; spring sessions are fully "
           "booked.", "green"),
          ("4.3", "Reduce fixed-term exclusions of pupils with EHC plans through an inclusion "
                  "panel in each locality.",
           "Locality Inclusion Leads", "July 2021",
           "Not yet started. Panels were paused while schools were closed and will begin in "
           "the summer term.", None)]),
        ("Area of significant weakness 5: The fractured relationships with parents and carers, "
         "lack of co-production and variable engagement and collaboration",
         "Outcome: parents and carers are equal partners in planning and improving services.",
         [("5.1", "Agree a co-production charter with Bristol Parent Carers and publish it on "
                  "the Local Offer.",
           "SEND Engagement Lead and Bristol Parent Carers", "March 2021",
           "Draft charter agreed by the steering group; sign-off by the Board moved to April.",
           "amber"),
          ("5.2", "Hold termly 'You said, we did' events with parents and carers in each "
                  "locality.",
           "SEND Engagement Lead", "Termly",
           "Autumn and spring events held online with 140 parents and carers attending.",
           "green")]),
    ]
    for heading, outcome, actions in areas:
        doc.add_heading(heading, 2)
        doc.add_paragraph(outcome).runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Milestone date",
                               "Progress at Milestone 3", "RAG"]):
            cell_text(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
            shade(t.rows[0].cells[i], "1F4E79")
        for ref, action, lead, when, progress, rag in actions:
            cells = t.add_row().cells
            for i, x in enumerate([ref, action, lead, when, progress, ""]):
                cell_text(cells[i], x)
            if rag:
                shade(cells[5], BRISTOL_SHADE[rag])
        col_widths(t, [1.3, 7.5, 4.2, 2.8, 8.2, 1.4])
        doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Blue – action complete; Green – on track to meet the milestone; Amber – at risk "
              "of missing the milestone; Red – milestone missed; no shading – not yet started.")
    doc.save(os.path.join(HERE, "b1-bristol-send-wsoa-progress-report.docx"))


# ---------------------------------------------------------------------------------------------
# 3. Pembrokeshire JICPA multi-agency action plan (tab-separated text export)
#    Title lines, header, area of improvement blank on continuation rows, key at foot.
# ---------------------------------------------------------------------------------------------
def pembrokeshire():
    lines = [
        "Pembrokeshire Joint Inspection of Child Protection Arrangements (JICPA) – Multi-agency "
        "Action Plan",
        "Inspection 17–21 March 2025\tVersion 3\tUpdated 30/09/2025",
        "",
        "\t".join(["Ref", "Area for improvement", "Action", "Agency", "Lead", "Target date",
                   "Status", "Update"]),
    ]
    rows = [
        ("1.1", "1. Strategy discussions are not always held promptly or with all relevant "
                "agencies",
         "Hold a strategy discussion within 24 hours for every child where there is reasonable "
         "cause to suspect significant harm, with police, health and education invited.",
         "PCC / DPP", "Service Manager – Front Door / DI Public Protection", "31/07/2025",
         "Complete", "Strategy discussion standard issued 1 July; 92% held within 24 hours in "
         "August."),
        ("1.2", "",
         "Audit a sample of 25 strategy discussions each quarter through the CYSUR multi-agency "
         "audit group.",
         "CYSUR", "Regional Safeguarding Business Manager", "Quarterly", "Green",
         "Q1 audit completed; Q2 audit booked for October."),
        ("1.3", "",
         "Review the threshold document with partners and relaunch it with briefings for "
         "schools and GP practices.",
         "PCC", "Head of Children's Services", "Dec-25", "Amber",
         "Draft shared with partners; health comments awaited."),
        ("2.1", "2. Records do not consistently show the child's lived experience or a "
                "multi-agency chronology",
         "Introduce a single chronology template used by all agencies for children on the "
         "child protection register.",
         "PCC", "Principal Social Worker", "Q4 2025/26", "Green",
         "Template agreed at the Practice Group; WCCIS changes requested."),
        ("2.2", "",
         "Train frontline staff in recording the child's voice and daily lived experience in "
         "assessments and plans.",
         "All", "Workforce Development Manager", "Sept 2025 – March 2026", "Green",
         "Two of six sessions delivered, 58 staff attended."),
        ("3.1", "3. Health professionals are not consistently involved in child protection "
                "conferences",
         "Agree a protocol for health representation at initial child protection conferences, "
         "including GP reports.",
         "HDUHB", "Head of Safeguarding (HDUHB)", "30/11/2025", "Amber",
         "GP report template agreed with the LMC; attendance protocol still in draft."),
        ("3.2", "",
         "Provide a named health professional for each core group where the child is under 5.",
         "HDUHB", "Named Nurse Safeguarding Children", "31/03/2026", "Not started",
         "Dependent on health visiting capacity review."),
        ("4.1", "4. Oversight of children missing education and electively home educated "
                "children needs to be strengthened",
         "Establish a monthly multi-agency panel to review children missing education and "
         "electively home educated children where there are safeguarding concerns.",
         "Education", "Head of Inclusion", "30/06/2025", "Complete",
         "Panel met for the first time on 12 June and monthly since."),
        ("4.2", "",
         "Share the elective home education register with health visiting and school nursing "
         "teams each term.",
         "Education / HDUHB", "Head of Inclusion / Head of Nursing (HDUHB)", "Termly", "Red",
         "Information sharing agreement not yet signed; escalated to the Safeguarding "
         "Leadership Group."),
        ("4.3", "",
         "Report progress on this plan to the Pembrokeshire Safeguarding Leadership Group and "
         "to CIW.",
         "PCC", "Director of Social Services", "Ongoing", "Green",
         "Reported to the Leadership Group in June and September."),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "Agencies: PCC – Pembrokeshire County Council; DPP – Dyfed-Powys Police; HDUHB – Hywel "
        "Dda University Health Board; CYSUR – Mid and West Wales Safeguarding Board",
        "Status: Complete; Green – on track; Amber – some delay; Red – off track; Not started",
    ]
    with open(os.path.join(HERE, "b1-pembrokeshire-jicpa-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# 4. Inverclyde adult support and protection joint inspection improvement plan (docx)
#    Document control table, one table with shaded merged priority rows, RAG word column,
#    RAG key table at the end.
# ---------------------------------------------------------------------------------------------
def inverclyde():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Inverclyde Adult Protection Committee: Joint Inspection of Adult Support "
                    "and Protection – Improvement Plan 2021–22", 1)
    doc.add_paragraph(
        "The Care Inspectorate, Healthcare Improvement Scotland and HM Inspectorate of "
        "Constabulary in Scotland inspected adult support and protection (ASP) in Inverclyde "
        "between November 2020 and January 2021 and published their report in June 2021. "
        "This plan sets out how the partnership will address the priority areas for "
        "improvement. It is overseen by the Adult Protection Committee and reported to the "
        "Chief Officers Group.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document", "ASP Joint Inspection Improvement Plan"),
                                ("Version", "1.4"),
                                ("Date", "November 2021"),
                                ("Owner", "Lead Officer Adult Protection")]):
        cell_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "D9E2F3")
        cell_text(t.rows[i].cells[1], v)
    col_widths(t, [4, 10])
    doc.add_paragraph()

    heads = ["No.", "Improvement action", "Lead officer", "Timescale",
             "Expected outcome / measure", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "3B3B6D")
    plan = [
        ("Priority Area for Improvement 1: The partnership should revise its practice standards "
         "and operating procedures so that chronologies, risk assessments and protection plans "
         "are completed consistently for all adults at risk of harm.",
         [("1.1", "Revise the ASP operating procedures and practice standards to set out minimum "
                  "expectations for chronologies, risk assessment and protection plans.",
           "Lead Officer Adult Protection", "December 2021",
           "Revised procedures approved by the APC.",
           "Approved by the APC on 30 November 2021 and issued to all staff.", "Complete"),
          ("1.2", "Introduce a single ASP chronology template within SWIFT and provide practice "
                  "guidance to council officers.",
           "Service Manager, Assessment & Care Management", "31st March 2022",
           "90% of ASP cases have a chronology at case conference.",
           "Template built in the SWIFT test system; guidance drafted.", "Green"),
          ("1.3", "Deliver refresher training in risk assessment and protection planning to all "
                  "council officers and second workers.",
           "Lead Officer Adult Protection & Learning and Development Co-ordinator",
           "Sept 2021 – March 2022", "All council officers trained.",
           "Three of five sessions delivered. Sessions in January were postponed because of "
           "staff absence.", "Amber"),
          ("1.4", "Service managers to audit a sample of ASP case files every quarter against "
                  "the revised practice standards.",
           "Head of Health and Community Care", "Quarterly",
           "Quarterly audit report to the APC.",
           "First audit of 20 files completed in October 2021.", "Green")]),
        ("Priority Area for Improvement 2: The partnership should ensure that health staff are "
         "consistently involved in inter-agency referral discussions and adult protection case "
         "conferences.",
         [("2.1", "Agree with NHS Greater Glasgow and Clyde a process for health to be invited "
                  "to, and attend, every inter-agency referral discussion (IRD).",
           "Chief Nurse, Inverclyde HSCP", "January 2022",
           "Health present at 80% of IRDs.",
           "Process agreed in principle; staffing of the health IRD rota not yet confirmed.",
           "Amber"),
          ("2.2", "Include GP and mental health information in case conference reports through "
                  "a standard health report template.",
           "Clinical Director; Chief Nurse", "31/03/2022",
           "Health report provided for every case conference.",
           "Template not yet agreed with GP sub-committee.", "Red")]),
        ("Priority Area for Improvement 3: The adult protection committee should strengthen its "
         "oversight of quality assurance and self-evaluation of adult support and protection "
         "practice.",
         [("3.1", "Develop an ASP quality assurance framework and annual self-evaluation "
                  "programme, reported to the Adult Protection Committee.",
           "Independent Chair, Adult Protection Committee", "June 2022",
           "Framework in place and first self-evaluation completed.",
           "Scoping session held with APC members in October.", "Green"),
          ("3.2", "Produce a quarterly ASP performance report with data from social work, health "
                  "and Police Scotland.",
           "Lead Officer Adult Protection / Police Scotland PPU", "Quarterly",
           "Quarterly report to the APC and COG.",
           "Q2 report presented to the APC in November.", "Green"),
          ("3.3", "Gather the views of adults at risk and unpaid carers about their experience "
                  "of ASP processes, with independent advocacy support.",
           "Lead Officer Adult Protection", "Ongoing",
           "Feedback from at least 20 adults each year.",
           "Not yet started – the advocacy contract is being renewed.", "")]),
    ]
    for priority, actions in plan:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[6])
        cell_text(merged, priority, bold=True)
        shade(merged, "D9D2E9")
        for a in actions:
            cells = t.add_row().cells
            for i, x in enumerate(a):
                cell_text(cells[i], x)
    col_widths(t, [1.2, 6.5, 3.8, 2.8, 4.5, 5.5, 1.8])
    doc.add_paragraph()

    doc.add_paragraph().add_run("RAG status key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (word, colour, meaning) in enumerate([
            ("Complete", "00B0F0", "Action completed"),
            ("Green", "92D050", "On track"),
            ("Amber", "FFC000", "Some slippage – remedial action in place"),
            ("Red", "FF0000", "Significant delay – escalated to the Chief Officers Group")]):
        cell_text(k.rows[i].cells[0], word, bold=True)
        shade(k.rows[i].cells[0], colour)
        cell_text(k.rows[i].cells[1], meaning)
    col_widths(k, [3, 10])
    doc.save(os.path.join(HERE, "b1-inverclyde-asp-improvement-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 5. South Kesteven DC - internal audit recommendations tracker (CSV export from Excel)
#    Two title lines, header, one revised due date with an impossible year.
# ---------------------------------------------------------------------------------------------
def south_kesteven():
    rows = [
        ["South Kesteven District Council - Internal Audit Recommendations Tracker"] + [""] * 9,
        ["Governance and Audit Committee - position at 28 February 2025"] + [""] * 9,
        [""] * 10,
        ["Audit", "Year", "Recommendation", "Priority", "Agreed management action",
         "Responsible officer", "Original due date", "Revised due date", "Status",
         "Latest update"],
        ["Responsive Repairs", "2023/24",
         "Introduce a programme of post-inspection of completed repairs so that the quality of "
         "contractor work is checked.", "Medium",
         "10% of completed jobs will be post-inspected each month by the Repairs Team Leader.",
         "Head of Technical Services", "31/03/2024", "30/06/2025", "In progress",
         "Post-inspections started January 2025; 6% of jobs inspected in February."],
        ["Business Continuity", "2024/25",
         "Service business continuity plans should be tested at least annually.", "Low",
         "Annual desktop exercise for each service, recorded on the BCP register.",
         "Emergency Planning Officer", "30/11/2024", "", "Complete",
         "Exercises held for all 11 services by 22 November 2024."],
        ["Payroll", "2024/25",
         "Starters and leavers should be authorised by the budget holder before payroll "
         "processes them.", "Medium",
         "New starter and leaver forms with budget holder approval built into the HR system.",
         "Payroll Manager & HR Manager", "31/12/2024", "", "Complete",
         "Forms live in iTrent from 2 December 2024."],
        ["Procurement & Contract Management", "2024/25",
         "The contract register is incomplete and should be reviewed and published.", "High",
         "Contract register to be reviewed with each service and published quarterly.",
         "Procurement Lead", "31/01/2025", "31/03/2025", "In progress",
         "Review 80% complete; first publication planned for March."],
        ["Procurement & Contract Management", "2024/25",
         "Waivers of Contract Procedure Rules should be reported to members.", "Medium",
         "Waivers to be reported to the Governance and Audit Committee twice a year.",
         "Procurement Lead / Monitoring Officer", "28/02/2025", "", "In progress",
         "First report on this agenda."],
        ["Housing Rents", "2024/25",
         "A monthly reconciliation between the rent system and the general ledger should be "
         "completed and signed off.", "Medium",
         "Monthly reconciliation completed by the Revenues Team and reviewed by the Finance "
         "Manager.", "Revenues Manager", "31/12/2024", "30/09/2052", "In progress",
         "Reconciliations completed to November; system report being rewritten."],
        ["Cyber Security", "2024/25",
         "Staff awareness of phishing should be tested regularly.", "High",
         "Quarterly phishing simulation for all staff with targeted training for repeat "
         "clickers.", "ICT Manager", "31/03/2025", "", "Not started",
         "Simulation tool procured; first campaign April 2025."],
        ["Council Tax", "2024/25",
         "Single person discounts should be reviewed through a data-matching exercise.", "Low",
         "Annual single person discount review using the National Fraud Initiative data.",
         "Revenues Manager", "30/04/2025", "", "Not yet due", ""],
        [""] * 10,
        ["Status key: Complete - implemented and verified by Internal Audit; In progress - "
         "work underway; Not started; Not yet due - due date after this meeting"] + [""] * 9,
    ]
    with open(os.path.join(HERE, "b1-south-kesteven-audit-recommendations-tracker.csv"), "w",
              encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ---------------------------------------------------------------------------------------------
# 6. Woking Borough Council - Improvement and Recovery Plan highlight report (xlsx)
#    Summary block, workstream bands, due and revised due dates, last-month and this-month RAG.
# ---------------------------------------------------------------------------------------------
WOKING_FILL = {"G": "dkgreen", "A": "amber", "R": "red", "Complete": "dkblue"}


def woking():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths(ws, [7, 52, 18, 11, 11, 10, 10, 55])
    ws["A1"] = "Woking Borough Council – Improvement and Recovery Plan Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("teal")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reporting period: November 2024"
    ws["C2"] = "Report to: Improvement and Recovery Board, 12 December 2024"
    ws["A2"].font = ws["C2"].font = Font(italic=True)
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:H2")

    ws["A4"] = "Programme summary"
    ws["A4"].font = Font(bold=True)
    summary = [("Overall programme RAG", "A"), ("Milestones complete", 2),
               ("Green", 4), ("Amber", 1), ("Red", 2), ("Not yet rated", 1)]
    r = 5
    for label, value in summary:
        ws.cell(row=r, column=1, value=label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c = ws.cell(row=r, column=3, value=value)
        c.alignment = CENTRE
        if value == "A":
            c.fill = fill("amber")
        for col in (1, 2, 3):
            ws.cell(row=r, column=col).border = BOX
        r += 1
    r += 1  # blank row
    hdr = r
    header(ws, hdr, ["ID", "Milestone / action", "Owner", "Due", "Revised due",
                     "RAG last month", "RAG this month", "Commentary / next steps"], "teal")
    r += 1
    plan = [
        ("Workstream 1: Financial Recovery", [
            ("FR1", "Agree the 2025/26 budget and Medium Term Financial Strategy, including the "
                    "savings programme.", "TC", D(2025, 2, 28), None, "A", "G",
             "Draft budget to Overview & Scrutiny in January; savings gap reduced to £1.2m."),
            ("FR2", "Complete the review of the capital programme and remove uncommitted "
                    "schemes.", "TC/PB", D(2024, 9, 30), D(2024, 12, 31), "A", "Complete",
             "Revised capital programme approved by Council on 21 November."),
            ("FR3", "Deliver the debt reduction plan agreed with government, including disposal "
                    "of identified assets.", "PB", D(2026, 3, 1), None, "R", "R",
             "Two disposals delayed by market conditions; revised disposal schedule to the "
             "January Board."),
        ]),
        ("Workstream 2: Governance and Decision-making", [
            ("GV1", "Implement the revised constitution and scheme of delegation.", "LH",
             D(2024, 11, 30), None, "G", "Complete",
             "Adopted by Council on 21 November 2024."),
            ("GV2", "Refresh the member development programme, including induction for all "
                    "councillors after the May 2025 elections.", "SD", D(2025, 7, 31), None,
             "G", "G", "Programme drafted with the LGA; member survey closes 20 December."),
            ("GV3", "Introduce a forward plan of key decisions with all reports cleared by the "
                    "statutory officers.", "LH", "Ongoing", None, "G", "G",
             "Report clearance checklist in use for all committee reports."),
        ]),
        ("Workstream 3: Organisational Culture and Capacity", [
            ("OC1", "Launch the Organisational Development plan and staff values programme.",
             "HR", D(2025, 1, 31), None, "A", "A",
             "Values co-designed with staff; launch moved to the January all-staff briefing."),
            ("OC2", "Recruit permanently to the Director of Communities and Head of Housing "
                    "posts.", "JF", D(2024, 12, 31), D(2025, 3, 31), "A", "R",
             "Director post re-advertised after no appointment; interim cover extended to "
             "March."),
        ]),
        ("Workstream 4: Companies and Assets", [
            ("CA1", "Complete the review of the council's wholly owned companies and agree "
                    "future options for each.", "PB", D(2025, 3, 31), None, "G", "G",
             "Options appraisal for the Thameswey group on track for the March Executive."),
            ("CA2", "Appoint independent non-executive directors to the Thameswey group boards.",
             "LH/TC", D(2025, 2, 28), None, None, None,
             "Recruitment pack being prepared; not yet started."),
        ]),
    ]
    for ws_name, items in plan:
        band(ws, r, ws_name, 8, "grey", font_colour="000000")
        r += 1
        for ref, text, owner, due, revised, last, this, comment in items:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=owner)
            c = ws.cell(row=r, column=4, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy" if ref == "FR3" else "dd-mmm-yy"
            c = ws.cell(row=r, column=5, value=revised)
            if revised:
                c.number_format = "dd-mmm-yy"
            for col, val in ((6, last), (7, this)):
                c = ws.cell(row=r, column=col, value=val)
                if val:
                    c.fill = fill(WOKING_FILL[val])
                    c.font = Font(bold=True, color="FFFFFF" if val in ("R", "Complete") else
                                  "000000")
            ws.cell(row=r, column=8, value=comment)
            boxed(ws, r, 8)
            ws.cell(row=r, column=6).alignment = CENTRE
            ws.cell(row=r, column=7).alignment = CENTRE
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="G – on track;  A – at risk, mitigations in place;  R – off "
                                   "track, Board decision needed;  Complete – milestone "
                                   "delivered;  blank – not yet started")
    r += 1
    ws.cell(row=r, column=1, value="Owners:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="TC – Strategic Director of Finance (S151); PB – Director of "
                                   "Place; LH – Monitoring Officer; SD – Democratic Services "
                                   "Manager; HR – Head of HR & OD; JF – Chief Executive")
    ws.freeze_panes = ws.cell(row=hdr + 1, column=1)
    wb.save(os.path.join(HERE, "b1-woking-improvement-recovery-highlight-report.xlsx"))


# ---------------------------------------------------------------------------------------------
# 7. Lincolnshire County Council - adult social care CQC assessment action plan (xlsx)
#    Cover sheet with key, action plan sheet with theme merged down column A, quality statement
#    in column B, status words on fills.
# ---------------------------------------------------------------------------------------------
LINCS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}


def lincolnshire():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    widths(cover, [22, 70])
    cover["A1"] = ("Lincolnshire County Council – Adult Social Care: CQC Local Authority "
                   "Assessment Action Plan")
    cover["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    cover["A2"] = "Adult Care and Community Wellbeing directorate"
    cover["A2"].font = Font(italic=True, size=11)
    cover["A4"] = ("This plan responds to the areas for development in the CQC's assessment of "
                   "how Lincolnshire meets its duties under Part 1 of the Care Act 2014. Actions "
                   "are grouped by the four CQC themes and nine quality statements.")
    cover["A4"].alignment = WRAP
    cover.merge_cells("A4:B4")
    cover.row_dimensions[4].height = 45
    rows = [("Version", "2.0"), ("Last updated", "31/05/2024"),
            ("Owner", "Executive Director – Adult Care and Community Wellbeing (DASS)"),
            ("Governance", "ASC Assurance Board (monthly); Adults and Community Wellbeing "
                           "Scrutiny Committee (quarterly)")]
    r = 6
    for k, v in rows:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        cover.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for word, meaning in [("Complete", "Action delivered"),
                          ("On track", "Green – on track to deliver by the due date"),
                          ("At risk", "Amber – risk to delivery, mitigation in place"),
                          ("Off track", "Red – will not be delivered by the due date"),
                          ("Not started", "Not yet due to start")]:
        r += 1
        c = cover.cell(row=r, column=1, value=word)
        if word in LINCS_FILL:
            c.fill = fill(LINCS_FILL[word])
        cover.cell(row=r, column=2, value=meaning)

    ws = wb.create_sheet("Action Plan")
    widths(ws, [20, 24, 8, 52, 30, 12, 11, 48])
    ws["A1"] = ("Lincolnshire County Council – Adult Social Care: CQC Local Authority "
                "Assessment Action Plan")
    ws["A1"].font = Font(bold=True, size=13, color="5B2C6F")
    ws.merge_cells("A1:H1")
    header(ws, 3, ["CQC theme", "Quality statement", "Ref", "Action", "Lead", "Due date",
                   "Status", "Progress (May 2024)"], "purple")
    plan = [
        ("Theme 1: Working with people", [
            ("QS1 Assessing needs", "ASC01",
             "Reduce the number of people waiting for an occupational therapy assessment, "
             "using trusted assessors in the reablement service.",
             "Assistant Director, Adult Frailty & Long Term Conditions", D(2024, 3, 31),
             "At risk",
             "Waiting list down from 612 to 447; trusted assessor training delayed until "
             "June."),
            ("QS1 Assessing needs", "ASC02",
             "Offer every unpaid carer a carer's assessment or review within 28 days of "
             "referral, delivered with Carers FIRST.",
             "Head of Carers Services / Carers FIRST Contract Manager", D(2024, 6, 30),
             "On track", "82% of carers' assessments offered within 28 days in April."),
            ("QS3 Equity in experience and outcomes", "ASC03",
             "Improve recording of protected characteristics on Mosaic so that equality data "
             "can be reported for all people receiving care.",
             "Head of Performance (Adult Care)", "Q2 2024/25", "On track",
             "Mandatory fields added to the assessment form from 1 May."),
        ]),
        ("Theme 2: Providing support", [
            ("QS4 Care provision, integration and continuity", "ASC04",
             "Commission additional home care capacity in the rural east of the county through "
             "the new framework.",
             "Head of Commissioning – Adult Care", D(2024, 9, 30), "Off track",
             "Only two providers bid for the east lots; re-procurement planned for the "
             "autumn."),
            ("QS4 Care provision, integration and continuity", "ASC05",
             "Publish a Market Position Statement covering specialist dementia and learning "
             "disability provision.",
             "Head of Commissioning – Adult Care", D(2024, 1, 31), "Complete",
             "Published on the council website in January 2024."),
        ]),
        ("Theme 3: Ensuring safety within the system", [
            ("QS6 Safe systems, pathways and transitions", "ASC06",
             "Introduce a joint transitions protocol with children's services for young people "
             "from age 14.",
             "Head of Service, LD & Autism; Head of Service, Children with Disabilities",
             D(2024, 7, 31), "Not started", "Workshop with children's services booked for "
                                            "June."),
            ("QS7 Safeguarding", "ASC07",
             "Reduce the time safeguarding concerns wait for triage to under 5 working days.",
             "Head of Safeguarding Adults", D(2024, 3, 31), "Complete",
             "Average wait 3.2 working days in March and April."),
        ]),
        ("Theme 4: Leadership", [
            ("QS8 Governance, management and sustainability", "ASC08",
             "Agree and publish an adult social care workforce strategy with health partners.",
             "DASS", D(2024, 11, 30), "On track",
             "Draft strategy shared with the ICB workforce group."),
            ("QS9 Learning, improvement and innovation", "ASC09",
             "Report progress against this plan to the Adults and Community Wellbeing "
             "Scrutiny Committee.", "DASS", "Ongoing", "On track",
             "Reported to the Committee in February and May 2024."),
        ]),
    ]
    r = 4
    for theme, items in plan:
        first = r
        for qs, ref, action, lead, due, status, progress in items:
            ws.cell(row=r, column=2, value=qs)
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=status)
            if status in LINCS_FILL:
                c.fill = fill(LINCS_FILL[status])
            ws.cell(row=r, column=8, value=progress)
            boxed(ws, r, 8)
            r += 1
        ws.cell(row=first, column=1, value=theme)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).fill = fill("lilac")
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.freeze_panes = "C4"
    ws.auto_filter.ref = "A3:H%d" % (r - 1)
    wb.save(os.path.join(HERE, "b1-lincolnshire-asc-cqc-action-plan.xlsx"))


if __name__ == "__main__":
    leicester()
    bristol()
    pembrokeshire()
    inverclyde()
    south_kesteven()
    woking()
    lincolnshire()
