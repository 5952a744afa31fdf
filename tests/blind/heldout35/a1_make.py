"""Generator for the a1- cases of heldout35 (blind corpus).

Makes seven plan documents in this folder. The readings (refs, leads, end months, statuses) were
decided action by action and written into the .expected.yaml files before this script was run;
this script only writes the cells, lines and paragraphs a council would have written.
Run with /work/main/.venv/bin/python a1_make.py
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

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "navy": "1F3864",
    "purple": "5B2C6F",
    "teal": "006B6B",
    "grey": "D9D9D9",
    "pale": "DDEBF7",
    "palegreen": "E2EFDA",
    "lilac": "E4DFEC",
}


def fill(name):
    return PatternFill("solid", fgColor=HEX[name])


def set_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def header_row(ws, row, names, colour="navy"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def box_row(ws, row, ncols):
    for col in range(1, ncols + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


def band(ws, row, ncols, text, colour="pale", bold=True, font_colour="000000"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold, color=font_colour)
    c.fill = fill(colour)
    c.alignment = WRAP
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


# ---------------------------------------------------------------------------------------------
# 1. Halton - ILACS action plan (xlsx). RAG letters in coloured cells, key under the table.
# ---------------------------------------------------------------------------------------------
def halton():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Action Plan"
    set_widths(ws, [6, 40, 52, 26, 11, 11, 6, 50])
    ncols = 8
    ws["A1"] = "Halton Children's Services – Ofsted ILACS Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection of Local Authority Children's Services, 2–13 March 2020 "
                "(overall judgement: requires improvement to be good)")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Version 3  |  Plan owner: Strategic Director – People  |  "
                "Progress as at 11 December 2020")
    ws.merge_cells("A3:H3")
    header_row(ws, 5, ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Target date",
                       "Revised date", "RAG", "Progress update"])

    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rec1 = ("The quality and consistency of written plans for children in need and those subject "
            "to a child protection plan, so that they are specific about what needs to change and "
            "by when.")
    rec2 = ("The response to children who go missing from home or care, including the timeliness "
            "and quality of return home interviews.")
    rec3 = ("The sufficiency of local foster homes, so that more children can live in Halton close "
            "to their families and schools.")
    rec4 = ("The quality of pathway plans, so that care leavers are clear about the support they "
            "will receive and who will provide it.")
    rec5 = ("Management oversight and supervision, so that they consistently drive children's "
            "plans forward.")
    MMMYY = "mmm-yy"
    DMY = "dd/mm/yyyy"
    # (row, ref, rec or None, action, lead, target, target fmt, revised, rag, progress)
    rows = [
        ("band", 6, "The experiences and progress of children who need help and protection"),
        (7, "1.1", rec1,
         "Relaunch the SMART planning practice standard with all child in need and child "
         "protection teams, and introduce a refreshed plan template in Eclipse.",
         "Divisional Manager – Care Management", D(2020, 9, 30), MMMYY, D(2021, 1, 31), "A",
         "Template changes delayed by the Eclipse upgrade. Practice workshops delivered to four "
         "of six teams; the remaining two are booked for January."),
        (8, "1.2", None,
         "Monthly dip-sample audit of 20 child in need and child protection plans by team "
         "managers, with findings reported to the Practice Improvement Group.",
         "NS", "Monthly", None, None, "G",
         "Audits completed each month since July. 62% of plans rated good or better in November, "
         "up from 41% in July."),
        (9, "2.1", rec2,
         "Bring the return home interview service back in house and set a 72-hour standard for "
         "offering an interview.",
         "Head of Service – Early Help / Principal Manager – Missing & Exploitation",
         D(2020, 10, 31), MMMYY, None, "B",
         "Service transferred on 1 October 2020. 86% of interviews offered within 72 hours in "
         "November."),
        (10, "2.2", None,
         "Develop a missing from home and care dashboard (episodes, interviews offered and "
         "completed, themes) for the Contextual Safeguarding Panel.",
         "KR & TH", "Q3 2020/21", None, None, "G",
         "Draft dashboard presented to the Panel on 25 November; data validation under way."),
        ("band", 11, "The experiences and progress of children in care and care leavers"),
        (12, "3.1", rec3,
         "Deliver the foster carer recruitment campaign with a target of 15 new mainstream "
         "fostering households approved in 2020/21.",
         "Fostering Team Manager", D(2021, 3, 31), DMY, None, "R",
         "Seven households approved to date. Assessments were paused during the first lockdown; "
         "a recovery plan goes to the Corporate Parenting Board in January."),
        (13, "3.2", None,
         "Review fostering allowances and the skills payment scheme against neighbouring "
         "authorities and agree any changes through Executive Board.",
         "Divisional Manager – Children in Care", D(2020, 11, 30), MMMYY, None, "B",
         "New rates agreed by Executive Board on 19 November 2020, payable from 1 January 2021."),
        (14, "4.1", rec4,
         "Co-produce a new pathway plan format with the Children in Care Council and the care "
         "leavers' forum.",
         "Leaving Care Team Manager", D(2020, 12, 31), MMMYY, D(2021, 3, 31), "A",
         "Two co-production sessions held online. Launch moved to March so that the format can "
         "be built into Eclipse."),
        (15, "4.2", None,
         "IROs to review the pathway plan at every review from the young person's 16th birthday "
         "and escalate drift through the dispute resolution process.",
         "IRO Service Manager", "Ongoing", None, None, "G",
         "Included in the IRO practice standards from September; escalations reported monthly."),
        ("band", 16, "The impact of leaders on social work practice with children and families"),
        (17, "5.1", rec5,
         "Implement the revised supervision policy and recording template, with quarterly audits "
         "of supervision compliance and quality.",
         "Principal Social Worker", D(2020, 7, 31), MMMYY, None, "B",
         "Policy launched July 2020. Q2 audit: 88% of supervisions recorded on the new template."),
        (18, "5.2", None,
         "Deliver the 'Leading Practice' development programme for all team managers and "
         "advanced practitioners.",
         "Operational Director – Children & Families", D(2021, 3, 31), MMMYY, None, None,
         "Programme commissioned from the regional Teaching Partnership; first cohort starts in "
         "February 2021."),
    ]
    for r in rows:
        if r[0] == "band":
            band(ws, r[1], ncols, r[2], colour="lilac")
            continue
        row, ref, rec, action, lead, target, tfmt, revised, rag, progress = r
        ws.cell(row=row, column=1, value=ref)
        if rec is not None:
            ws.cell(row=row, column=2, value=rec)
        ws.cell(row=row, column=3, value=action)
        ws.cell(row=row, column=4, value=lead)
        c = ws.cell(row=row, column=5, value=target)
        if tfmt:
            c.number_format = tfmt
        if revised is not None:
            c = ws.cell(row=row, column=6, value=revised)
            c.number_format = MMMYY
        c = ws.cell(row=row, column=7, value=rag)
        c.alignment = CENTRE
        if rag:
            c.fill = fill(rag_fill[rag])
            c.font = Font(bold=True)
        ws.cell(row=row, column=8, value=progress)
        box_row(ws, row, ncols)
        ws.cell(row=row, column=7).alignment = CENTRE
    for top, bottom in ((7, 8), (9, 10), (12, 13), (14, 15), (17, 18)):
        ws.merge_cells(start_row=top, start_column=2, end_row=bottom, end_column=2)
    # key
    ws["A20"] = "RAG key"
    ws["A20"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidenced"),
           ("G", "On track"),
           ("A", "Some slippage – revised date agreed"),
           ("R", "Off track – escalated to the Improvement Board")]
    for i, (letter, text) in enumerate(key, start=21):
        c = ws.cell(row=i, column=1, value=letter)
        c.fill = fill(rag_fill[letter])
        c.alignment = CENTRE
        c.font = Font(bold=True)
        ws.cell(row=i, column=2, value=text)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "a1-halton-ilacs-action-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


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
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------------------------
# 2. BCP - monitoring visit action plan (docx). Status words defined by a key paragraph.
# ---------------------------------------------------------------------------------------------
def bcp():
    doc = Document()
    landscape(doc)
    doc.add_heading("BCP Council Children's Services – Monitoring Visit Action Plan", level=0)
    p = doc.add_paragraph("Response to the second Ofsted monitoring visit, 4 and 5 October 2022")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Ofsted's second monitoring visit since children's services were judged inadequate in "
        "December 2021 looked at children in need and children subject to a child protection "
        "plan. Inspectors found steady progress but said that some children still experience "
        "delay. This plan sets out the actions we are taking on the areas of concern reviewed at "
        "the visit. It sits beneath the Children's Services Improvement Plan and progress is "
        "reported monthly to the Children's Services Improvement Board.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"),
                 ("Author", "Improvement Programme Lead"),
                 ("Approved by", "Children's Services Improvement Board"),
                 ("Progress as at", "16 January 2023"),
                 ("Next review", "February 2023 Improvement Board")]:
        cells = dc.add_row().cells
        cell_text(cells[0], k, bold=True, size=10)
        shade(cells[0], "D9E2F3")
        cell_text(cells[1], v, size=10)
    widths(dc, [5, 10])

    doc.add_heading("Action plan", level=2)
    heads = ["No.", "Action", "Owner", "By when", "Status", "Evidence / update"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9, colour="FFFFFF")
        shade(t.rows[0].cells[i], "1F3864")

    def area(text):
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        cell_text(merged, text, bold=True, size=9)
        shade(merged, "D9E2F3")

    status_fill = {"Complete": "00B0F0", "On track": "00B050", "At risk": "FFC000",
                   "Off track": "FF0000", "Not started": "FFFFFF"}

    def act(no, action, owner, when, status, update):
        cells = t.add_row().cells
        for i, v in enumerate([no, action, owner, when, status, update]):
            cell_text(cells[i], v, size=9)
        shade(cells[4], status_fill[status])

    area("Area of concern 1: The quality of practice, in particular assessment, the use and "
         "completion of chronologies, the response to domestic violence and the recording of "
         "children’s views")
    act("MV1.1",
        "Launch the revised single assessment template with a mandatory analysis section and "
        "practice guidance on the child’s lived experience.",
        "Head of Service, Children in Need and Protection", "30 November 2022", "Complete",
        "Template live in Mosaic from 14 November 2022; six briefings held, attended by 142 "
        "staff.")
    act("MV1.2",
        "Every child subject to a child protection plan to have an up-to-date chronology, "
        "checked by the team manager at each supervision.",
        "ZS / LJ", "End of January 2023", "On track",
        "Chronology compliance rose from 38% to 71% between October and December.")
    act("MV1.3",
        "Deliver Safe and Together domestic abuse training to all social workers and family "
        "practitioners.",
        "Principal Social Worker", "March 2023", "At risk",
        "Three of five cohorts trained. Remaining cohorts rescheduled because of trainer "
        "availability and may slip into April.")
    act("MV1.4",
        "Refresh direct work tools and record the child’s views in a dedicated section of every "
        "assessment and plan.",
        "Practice Standards Lead", "Ongoing", "On track",
        "New direct work toolkit on the practice hub; monthly audits show children’s views "
        "recorded in 78% of plans.")
    area("Area of concern 2: The timeliness of social work intervention and support for unborn "
         "and very young children at risk of significant harm")
    act("MV2.1",
        "Agree a pre-birth pathway with University Hospitals Dorset midwifery, with referral by "
        "20 weeks’ gestation and the assessment completed by 28 weeks.",
        "Service Manager – MASH and Named Midwife (UHD)", "31/12/2022", "Complete",
        "Pathway signed off by the Safeguarding Children Partnership on 8 December 2022.")
    act("MV2.2",
        "Weekly pre-birth tracking meeting, chaired by a service manager, to review every unborn "
        "baby with a plan.",
        "Service Manager – Pre-birth and Under 1s", "Weekly", "On track",
        "Meeting running since 7 November; 23 unborn babies currently tracked.")
    area("Area of concern 3: Management oversight and the progression of children’s plans, "
         "including in the pre-proceedings stage of the public law outline (PLO)")
    act("MV3.1",
        "Introduce a PLO tracker reviewed fortnightly at the Legal Gateway Panel, with escalation "
        "where pre-proceedings exceed 16 weeks.",
        "Head of Service – Court and Permanence", "Dec 22", "Complete",
        "Tracker in use from 1 December. Average pre-proceedings duration 19 weeks, down from "
        "27.")
    act("MV3.2",
        "Quarterly audit of supervision frequency and quality, reported to the Children’s "
        "Services Improvement Board.",
        "Director of Quality, Performance and Safeguarding", "Q4 2022/23", "Off track",
        "Q3 audit: 68% of supervisions on time against a target of 90%. Recovery actions agreed "
        "with Heads of Service.")
    act("MV3.3",
        "Heads of Service to review all children on a child in need plan for more than nine "
        "months and agree step-down or escalation.",
        "Heads of Service", "28 February 2023", "Not started",
        "Cohort list (61 children) produced; reviews start in February.")
    widths(t, [1.6, 7.5, 4.2, 2.8, 2.2, 7.5])

    doc.add_paragraph()
    k = doc.add_paragraph()
    r = k.add_run("Status key: ")
    r.bold = True
    k.add_run("Complete – action delivered and evidenced (blue); On track – progressing to "
              "timescale (green); At risk – some slippage, timescale may be missed (amber); Off "
              "track – will not meet timescale, escalated to the Improvement Board (red); Not "
              "started – not yet due to start.")
    doc.save(os.path.join(HERE, "a1-bcp-monitoring-visit-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 3. Norfolk - SEND WSoA progress tracker (xlsx). Previous / Current RAG as words with fills.
# ---------------------------------------------------------------------------------------------
def norfolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "WSoA Tracker Q3"
    set_widths(ws, [6, 48, 20, 11, 24, 22, 12, 10, 10, 48])
    ncols = 10
    ws["A1"] = "Norfolk Local Area SEND Written Statement of Action – Progress Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Norfolk County Council and NHS Norfolk and Waveney CCG  |  Quarter 3 2021/22 "
                "(October–December 2021)  |  For SEND Improvement Board, 18 January 2022")
    ws.merge_cells("A2:J2")
    header_row(ws, 4, ["Ref", "Action", "Delivery team", "Lead agency", "Sponsoring director",
                       "Action lead", "Milestone date", "Previous RAG", "Current RAG",
                       "Progress this quarter"], colour="purple")
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    DMY = "dd/mm/yyyy"
    MMMYY = "mmm-yy"
    rows = [
        ("band", 5, "Area of Weakness 1: Timeliness and quality of EHC plans and annual reviews"),
        (6, "1.1",
         "Recruit additional EHC coordinators and educational psychologists to clear the backlog "
         "of needs assessments over 20 weeks.",
         "SEND Statutory Service", "NCC", "Director of Learning & Inclusion", "Claire Rowe",
         D(2021, 9, 30), DMY, "Amber", "Complete",
         "11 EHC coordinators and 4 EPs in post. Backlog over 20 weeks reduced from 412 to 38."),
        (7, "1.2",
         "Introduce a multi-agency quality assurance framework for EHC plans, with a monthly "
         "audit of 10% of new plans.",
         "SEND QA Group", "NCC / CCG", "Director of Learning & Inclusion",
         "Dr Sarah Okafor and Claire Rowe", D(2021, 12, 31), MMMYY, "Amber", "Amber",
         "Framework agreed; audits running since November. Health and social care auditors not "
         "yet at every session."),
        (8, "1.3",
         "Annual review tracker built in Synergy, with schools sent a reminder six weeks before "
         "each review is due.",
         "SEND Statutory Service", "NCC", "Director of Learning & Inclusion", "Tom Haddow",
         "Mar 2022", None, "Red", "Amber",
         "Tracker live for primary schools. Secondary and post-16 records being cleansed before "
         "go-live."),
        (9, "1.4",
         "All NHS providers to return health advice for EHC needs assessments within six weeks.",
         "Health SEND Group", "N&W CCG", "Director of Nursing & Quality",
         "Designated Clinical Officer", "Q4 2021/22", None, "Green", "Green",
         "Six-week compliance 91% in December (target 90%)."),
        ("band", 10, "Area of Weakness 2: Preparation for adulthood and joint commissioning for "
                     "young people aged 18 to 25"),
        (11, "2.1",
         "Publish the Preparing for Adulthood pathway and a 'Moving On' guide co-produced with "
         "young people.",
         "PfA Board", "NCC", "Director of Social Work", "Helen Marsh",
         D(2021, 11, 30), DMY, "Green", "Complete",
         "Pathway and guide published on the Local Offer in November; easy-read version to "
         "follow."),
        (12, "2.2",
         "Joint commissioning review of supported internships and post-19 provision, with "
         "commissioning intentions taken to the Health and Wellbeing Board.",
         "Joint Commissioning Group", "NCC / CCG", "Director of Commissioning",
         "Joint Commissioning Manager (SEND)", "June 2022", None, "Amber", "Red",
         "Needs analysis delayed by a vacancy in the commissioning team. Escalated to the Board "
         "for additional capacity."),
        (13, "2.3",
         "Agree a transition protocol between children's and adult social care, with transition "
         "planning starting from Year 9.",
         "PfA Board", "NCC", "Director of Social Work", "JW / PB",
         D(2022, 1, 31), MMMYY, "Amber", "Green",
         "Protocol drafted with adult social care; consultation with parent carer groups closes "
         "14 January."),
        ("band", 14, "Area of Weakness 3: Communication and co-production with parents, carers, "
                     "children and young people"),
        (15, "3.1",
         "Refresh the Local Offer website with parent carer reviewers and a 'You said, we did' "
         "page.",
         "Communications & Engagement Group", "NCC", "Director of Learning & Inclusion",
         "Local Offer Manager", "Ongoing", None, "Green", "Green",
         "18 pages rewritten with parent reviewers. 'You said, we did' page live from October."),
        (16, "3.2",
         "Termly SEND newsletter and parent carer briefings with the four parent carer groups.",
         "Communications & Engagement Group", "NCC / CCG", "Director of Learning & Inclusion",
         "Family Voice Norfolk / SEND Communications Officer", "Termly", None, "Green", "Green",
         "Autumn newsletter issued to 6,200 subscribers; briefings held in each locality."),
        (17, "3.3",
         "Co-production charter agreed by all partners and signed off by the SEND Improvement "
         "Board.",
         "Co-production Steering Group", "All partners",
         "Executive Director of Children's Services", "Sara Lyons",
         D(2021, 10, 31), DMY, "Amber", None,
         "Charter drafted with parent carer groups. Sign-off deferred to the February Board."),
    ]
    for r in rows:
        if r[0] == "band":
            band(ws, r[1], ncols, r[2], colour="lilac")
            continue
        (row, ref, action, team, agency, sponsor, lead, date, fmt, prev, cur, progress) = r
        vals = [ref, action, team, agency, sponsor, lead, date, prev, cur, progress]
        for i, v in enumerate(vals, 1):
            ws.cell(row=row, column=i, value=v)
        if fmt:
            ws.cell(row=row, column=7).number_format = fmt
        box_row(ws, row, ncols)
        for col, v in ((8, prev), (9, cur)):
            c = ws.cell(row=row, column=col)
            c.alignment = CENTRE
            if v:
                c.fill = fill(rag_fill[v])
    ws["A19"] = "RAG definitions"
    ws["A19"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence of impact seen by the Board"),
           ("Green", "On track to deliver by the milestone date"),
           ("Amber", "At risk – mitigations in place"),
           ("Red", "Off track – escalated to the SEND Improvement Board")]
    for i, (word, text) in enumerate(key, start=20):
        c = ws.cell(row=i, column=1, value=word)
        c.fill = fill(rag_fill[word])
        ws.cell(row=i, column=2, value=text)
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, "a1-norfolk-send-wsoa-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------------------------
# 4. County Durham - JTAI improvement action plan (docx). One table per theme.
# ---------------------------------------------------------------------------------------------
def durham():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Joint Targeted Area Inspection “Multi Agency Response to Domestic Abuse” "
                  "Improvement Action Plan")
    r.bold = True
    r.font.size = Pt(20)
    for line in ["DATE OF INSPECTION: 9-13 JULY 2018",
                 "DATE OF SUBMISSION TO JOINT INSPECTORATE: 3 DECEMBER 2018",
                 "County Durham"]:
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = q.add_run(line)
        rr.bold = True
        rr.font.size = Pt(13)
    q = doc.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run("Progress update for the Safeguarding Delivery Group – March 2019").italic = True

    doc.add_paragraph().add_run("Acronyms:").bold = True
    acr = [("CDDFT", "County Durham & Darlington NHS Foundation Trust"),
           ("CRC", "Community Rehabilitation Company"),
           ("CWILTED", "Condition, Witness, Incident, Location, Time, Escort, Disability (An "
                       "assessment tool to identify potential abuse)"),
           ("DASH", "Domestic Abuse, Stalking & Honour Based Violence Assessment"),
           ("DASVEG", "Domestic Abuse & Sexual Violence Executive Group"),
           ("DCC", "Durham County Council"),
           ("ED", "Emergency Department"),
           ("ICPC", "Initial Child Protection Conference"),
           ("IRO", "Independent Reviewing Officer"),
           ("LSCB", "Local Safeguarding Children’s Board"),
           ("NPS", "National Probation Service"),
           ("NYAS", "National Youth Advocacy Service"),
           ("TEWV", "Tees, Esk & Wear Valley NHS Foundation Trust"),
           ("UCC", "Urgent Care Centre")]
    at = doc.add_table(rows=0, cols=2)
    for a, b in acr:
        cells = at.add_row().cells
        cell_text(cells[0], a, bold=True, size=10)
        cell_text(cells[1], b, size=10)
    widths(at, [3, 14])

    doc.add_paragraph(
        "This plan responds to the areas for improvement set out in the joint inspectorates’ "
        "letter following the inspection. It is owned by the Local Safeguarding Children’s Board "
        "and progress is driven by three partnership working groups reporting to the Safeguarding "
        "Delivery Group. Timescales are self-imposed by the partnership.")

    heads = ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "RAG",
             "Progress / evidence"]
    rag_fill = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def theme(title, groups):
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            cell_text(t.rows[0].cells[i], h, bold=True, size=9, colour="FFFFFF")
            shade(t.rows[0].cells[i], "006B6B")
        for afi, acts in groups:
            first = None
            for n, (ref, action, lead, when, rag, prog) in enumerate(acts):
                cells = t.add_row().cells
                cell_text(cells[0], ref, size=9)
                if n == 0:
                    cell_text(cells[1], afi, size=9)
                    first = cells[1]
                cell_text(cells[2], action, size=9)
                cell_text(cells[3], lead, size=9)
                cell_text(cells[4], when, size=9)
                cell_text(cells[5], rag, bold=True, size=9)
                shade(cells[5], rag_fill[rag])
                cell_text(cells[6], prog, size=9)
                last = cells[1]
            if len(acts) > 1:
                first.merge(last)
                # merging keeps the text of both cells; the lower one was empty
                paras = first.paragraphs
                for extra in paras[1:]:
                    if not extra.text.strip():
                        extra._element.getparent().remove(extra._element)
        widths(t, [1.2, 5.5, 6.5, 3.6, 2.3, 1.2, 6.0])

    theme("Theme 1: Strategy meetings and information sharing", [
        ("Police and health practitioners do not always attend or contribute to strategy "
         "meetings, so decisions are sometimes made without all the relevant information.", [
            ("1.1",
             "Provide a teleconference facility for all strategy meetings so that police, health "
             "and probation staff can join at short notice.",
             "DCC / Durham Constabulary", "January 2019", "B",
             "Teleconference facility in place in all locality offices since 14 January 2019."),
            ("1.2",
             "Monthly multi-agency audit of 10 strategy meetings against the LSCB standard, "
             "reported to the Safeguarding Delivery Group.",
             "LSCB Business Manager", "Monthly", "G",
             "December and January audits complete; police attendance 100%, health 70%."),
        ]),
        ("Information held by probation services about parents who are perpetrators of domestic "
         "abuse is not routinely shared with children's social care.", [
            ("1.3",
             "Agree an information-sharing protocol between the CRC, the NPS and First Contact "
             "for all domestic abuse perpetrators who are parents or carers.",
             "NPS Head of Cluster & CRC Director", "31/03/2019", "A",
             "Draft protocol with CRC legal team; sign-off expected at the April LSCB."),
        ]),
    ])
    theme("Theme 2: Assessment of risk", [
        ("Assessments do not consistently consider the cumulative impact of domestic abuse, "
         "including coercive control, on children.", [
            ("2.1",
             "Revise the LSCB training programme to include cumulative risk and coercive "
             "control, and deliver it to all social work and early help staff.",
             "LSCB Training Coordinator", "Dec 2018", "B",
             "Revised programme launched November 2018; 286 staff trained to date."),
            ("2.2",
             "Complete a DASH risk assessment for every domestic abuse notification sent to "
             "First Contact, with the risk level recorded on the notification.",
             "Durham Constabulary", "Feb-19", "G",
             "Compliance 94% in February; exceptions fed back to response sergeants weekly."),
        ]),
    ])
    theme("Theme 3: Voice of the child", [
        ("The voice and lived experience of children are not always evident in assessments, "
         "plans and conferences.", [
            ("3.1",
             "Offer NYAS advocacy to every child aged 8 and over who is subject to a child "
             "protection plan, and record the offer at each ICPC.",
             "IRO Service Manager", "April 2019", "A",
             "Offer recorded at 64% of ICPCs in February. NYAS capacity under review."),
            ("3.2",
             "Make the voice of the child a standing criterion in all single-agency and "
             "multi-agency audits.",
             "Chair, Performance & Audit Sub-group", "Ongoing", "G",
             "Included in the LSCB audit tool from January 2019."),
        ]),
    ])
    theme("Theme 4: Health services' identification of domestic abuse", [
        ("Practitioners in emergency and urgent care settings and in adult mental health services "
         "do not consistently identify children living with domestic abuse.", [
            ("4.1",
             "Introduce the CWILTED assessment tool in the ED and UCCs, with a prompt on the "
             "electronic record to ask about children in the household.",
             "CDDFT Named Nurse for Safeguarding Children", "Q4 2018/19", "R",
             "Electronic prompt delayed by the system supplier; paper version in use in UCCs "
             "since February."),
            ("4.2",
             "TEWV adult mental health services to record the children in the household at "
             "every assessment of a parent.",
             "TEWV Named Nurse", "May 2019", "A",
             "Template change agreed; staff briefings under way."),
        ]),
    ])
    theme("Theme 5: Strategic oversight", [
        ("Strategic leaders do not have sufficient oversight of the quality and impact of the "
         "multi-agency response to domestic abuse.", [
            ("5.1",
             "Report a domestic abuse performance dashboard quarterly to the LSCB and to DASVEG.",
             "LSCB Independent Chair / Chair of DASVEG", "June 2019", "G",
             "Dataset agreed; first dashboard to the April LSCB."),
        ]),
    ])

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for letter, text in [("B", "Complete"), ("G", "On track"),
                         ("A", "Some delay – action in hand"),
                         ("R", "Not achieved / significant delay")]:
        cells = kt.add_row().cells
        cell_text(cells[0], letter, bold=True, size=9)
        shade(cells[0], rag_fill[letter])
        cell_text(cells[1], text, size=9)
    widths(kt, [1.5, 7])
    doc.save(os.path.join(HERE, "a1-durham-jtai-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 5. Devon - Virtual School action plan (txt). Heading lines and tab-separated blocks.
# ---------------------------------------------------------------------------------------------
def devon():
    head = "Ref\tAction\tLead\tBy when\tRAG\tProgress"
    lines = [
        "Devon Virtual School – Action Plan 2025-26",
        "Virtual School for Children in Care – Inclusion and Learning and Children's Social Care",
        "Progress as at: 21 November 2025",
        "",
        "Our vision: A forward thinking, relational approach integrating care, education and "
        "health for our Devon children.",
        "",
        "Priority 1: Raising the priority – every child should attend and thrive in school every day",
        head,
        "1.1\tDaily attendance monitoring of every Devon child in care through Welfare Call, with "
        "the Area Learning Advocate following up on the first day of absence.\tDeputy VSH\t"
        "Sept 2025\tComplete\tLive from 3 September 2025. Attendance for the first half term "
        "91.4%.",
        "1.2\tEvery suspension triggers a PEP review within five school days and a relational "
        "support plan agreed with the school.\tArea Learning Advocates\tOngoing\tGreen\t"
        "27 suspensions this term; 24 PEP reviews held within five days.",
        "1.3\tJoint tracking with the Leaving Care Team of all Year 12 and 13 young people, with a "
        "named adviser for every young person who is NEET.\tVSH / Head of Service – Care Leavers"
        "\tSummer term 2026\tAmber\tTracker agreed. Named advisers allocated in two of three "
        "localities; out of county cohort still to be allocated.",
        "",
        "Priority 2: High aspirations – improve outcomes at the end of each key stage",
        head,
        "2.1\tPhonics and reading tuition funded through Pupil Premium Plus for every child in "
        "Years 1 to 3 who is not on track.\tEducation Adviser (Primary)\tAutumn term 2025\tGreen"
        "\tTuition in place for 31 of 35 children identified.",
        "2.2\tOne-to-one tuition in English and maths for all Year 11 children in care from "
        "October half term.\tEducation Adviser (Secondary)\tOct 2025 – May 2026\tGreen\t"
        "Tuition started for 58 of 64 Year 11 students; the other six are supported through "
        "their school.",
        "2.3\tAnnual attainment report to the Corporate Parenting Board, comparing outcomes with "
        "national children in care and statistical neighbours.\tVSH\tDecember 2025\tNot started"
        "\tValidated KS4 data due from DfE in late November.",
        "",
        "Priority 3: Hearing our children in their PEPs",
        head,
        "3.1\tMove all PEPs onto the new ePEP platform and retrain designated teachers and social "
        "workers.\tPEP Support Officers\t31/10/2025\tComplete\tAll PEPs migrated; 14 training "
        "sessions delivered.",
        "3.2\tQuality assure 20% of PEPs each term, rating the child's voice section and giving "
        "feedback to schools.\tDeputy VSH\tTermly\tGreen\tAutumn sample under way; 46% of the "
        "child's voice sections rated good so far.",
        "3.3\tCo-design a 'My PEP' page with Stand Up Speak Up, the Children in Care Council.\t"
        "Participation Lead (CiC)\tMarch 2026\tAmber\tFirst session held in October; second "
        "session postponed to January.",
        "",
        "Priority 4: Feeling safe and belonging in school",
        head,
        "4.1\tAttachment and trauma-aware training for designated teachers, including the annual "
        "designated teacher conference.\tVSH\tAutumn term 2025\tGreen\tConference held "
        "14 October (112 attendees); training modules 1 and 2 delivered.",
        "4.2\tSurvey children in care about feeling safe and belonging in school, and share the "
        "findings with schools and Stand Up Speak Up.\tDeputy VSH & Participation Lead (CiC)\t"
        "July 2026\tRed\tSurvey questions not yet agreed; delivery depends on the new "
        "participation post.",
        "",
        "RAG: Complete = delivered | Green = on track | Amber = some risk to delivery | "
        "Red = not on track | Not started",
    ]
    with open(os.path.join(HERE, "a1-devon-virtual-school-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# 6. Haringey - YJS HMIP improvement plan (csv). Merged cells export as empty fields.
# ---------------------------------------------------------------------------------------------
def haringey():
    rec1 = ("The Head of Service should improve assessments of the risk of harm to others, so "
            "that they consider all harm-related behaviours and information held by partners.")
    rec2 = ("The Head of Service should make sure that planned victim awareness work is delivered "
            "and that there is enough activity to protect actual and potential victims.")
    rec3 = ("The Youth Justice Strategic Partnership Board should make sure that partner "
            "agencies share information promptly at the start of every intervention.")
    n = 8
    rows = [
        ["Haringey Youth Justice Service – HMIP Inspection Improvement Plan"] + [""] * (n - 1),
        ["Inspection fieldwork 2–6 December 2024. Report published 4 March 2025 (overall rating: "
         "Good). Plan approved by the Youth Justice Strategic Partnership Board 24 April 2025. "
         "Last updated 14 July 2025."] + [""] * (n - 1),
        [""] * n,
        ["Rec", "Ref", "Recommendation", "Action", "Lead", "Target date", "RAG",
         "Progress update"],
        ["1", "1.1", rec1,
         "Refresh the AssetPlus quality standard and deliver practice workshops on analysing the "
         "risk of harm to others.",
         "Practice Development Manager", "31/07/2025", "Complete",
         "Standard reissued in May; workshops delivered to all case managers in June."],
        ["", "1.2", "",
         "Monthly management audit of 10 assessments against the refreshed standard, with results "
         "to the quarterly performance meeting.",
         "YJS Operational Manager", "Monthly", "Green",
         "May and June audits completed; 8 of 10 assessments rated good in June."],
        ["", "1.3", "",
         "Police and children's social care records checked at the start of every new "
         "intervention and the checks recorded in the assessment.",
         "MM / DT", "Sept 2025", "Amber",
         "Police intelligence check in place. The children's social care check still relies on a "
         "manual request."],
        ["2", "2.1", rec2,
         "Review every open case for planned victim awareness sessions and arrange delivery where "
         "sessions have been missed.",
         "Restorative Justice & Victim Lead", "30/06/2025", "Complete",
         "All 74 open cases reviewed; 11 missed sessions rearranged and delivered."],
        ["", "2.2", "",
         "Introduce a victim safety section in all intervention plans, reviewed at each "
         "three-monthly review.",
         "YJS Operational Manager", "Febuary 2026", "Green",
         "Plan template drafted and agreed by managers; to be built into ChildView in the "
         "autumn release."],
        ["", "2.3", "",
         "Victim liaison officer to attend the Risk and Safety Management Panel for every case "
         "with an identified victim.",
         "Restorative Justice & Victim Lead", "Ongoing", "Green",
         "Attending since May; victim views recorded in panel minutes."],
        ["3", "3.1", rec3,
         "Refresh the information-sharing agreement and have it signed by police, health, "
         "education and children's social care.",
         "Chair of the YJSPB", "Q3 2025/26", "Amber",
         "Draft agreement with partners' legal teams for comment."],
        ["", "3.2", "",
         "Board members to take part in two practice observation visits each year and report "
         "back to the Board.",
         "AD Early Help, Prevention & SEND", "Ongoing", "Green",
         "Six Board members have completed a first visit; feedback item on the July agenda."],
        [""] * n,
        ["RAG key: Complete = delivered and evidenced; Green = on track; Amber = at risk; "
         "Red = off track"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "a1-haringey-yjs-hmip-improvement-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------------------------
# 7. Bridgend - CIW children's home inspection action plan (xlsx). Status words and a key.
# ---------------------------------------------------------------------------------------------
def bridgend():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    set_widths(ws, [5, 38, 11, 48, 26, 12, 12, 44])
    ncols = 8
    ws["A1"] = "Ty Derw Children's Home – CIW Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Bridgend County Borough Council, Social Services and Wellbeing Directorate"
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Inspection dates: 11 and 12 February 2020  |  Report published: 27 March 2020  |  "
                "Responsible Individual: Group Manager – Placements & Provider Services  |  "
                "Updated: 30 June 2020")
    ws.merge_cells("A3:H3")
    header_row(ws, 5, ["No.", "Area for improvement / non-compliance", "Regulation",
                       "Action required", "Responsible person", "Target date", "Status",
                       "Comments"], colour="teal")
    st_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber"}
    DMY = "dd/mm/yyyy"
    afi1 = "Young people's views are not consistently recorded in their personal plans."
    afi2 = "Personal plans are not reviewed at least every three months."
    afi3 = "Medication administration records contained gaps and one error was not reported."
    afi4 = ("Some areas of the home need redecoration and the rear garden fencing is unsafe.")
    afi5 = ("The Responsible Individual's three-monthly visits and six-monthly quality of care "
            "reviews are not fully recorded.")
    afi6 = "Staff supervision is not always provided at the required frequency."
    rows = [
        ("band", 6, "Well-being"),
        (7, 1, afi1, "Reg 15",
         "Key workers to complete a 'What matters to me' section with each young person and "
         "record it in the personal plan.",
         "Registered Manager", D(2020, 3, 31), "Complete",
         "Completed for all four young people; checked at the April management meeting."),
        (8, 2, None, None,
         "Young people's meetings held monthly, with minutes shared with the Responsible "
         "Individual.",
         "Deputy Manager", "Monthly", "On track",
         "Meetings held by video call during lockdown; minutes on file."),
        ("band", 9, "Care and Support"),
        (10, 3, afi2, "Reg 16",
         "Introduce a review tracker and complete all overdue reviews of personal plans.",
         "Registered Manager", D(2020, 4, 30), "Complete",
         "Tracker in place; no reviews overdue at 30 June."),
        (11, 4, afi3, "Reg 58",
         "All staff to complete a medication competency assessment, with weekly medication audits "
         "by the deputy manager.",
         "Deputy Manager", D(2020, 5, 31), "Complete",
         "All 14 staff assessed as competent. Weekly audits show no gaps since April."),
        (12, 5, None, None,
         "Update the medication policy to include reporting errors to CIW and the placing "
         "authority.",
         "Group Manager – Placements & Provider Services", D(2020, 6, 30), "Delayed",
         "Policy redrafted; awaiting comments from the pharmacy adviser."),
        ("band", 13, "Environment"),
        (14, 6, afi4, "Reg 44",
         "Replace the rear garden fencing and redecorate the lounge and two bedrooms.",
         "Corporate Landlord / Registered Manager", D(2042, 10, 31), "Delayed",
         "Works postponed during lockdown; contractor now booked for October."),
        (15, 7, None, None,
         "Young people to choose the colours and furnishings for their own bedrooms.",
         "Registered Manager", "Ongoing", "On track",
         "Two young people have chosen colours for their rooms."),
        ("band", 16, "Leadership and Management"),
        (17, 8, afi5, "Reg 73 / Reg 80",
         "Agree the RI visit schedule and reporting template, and complete the quality of care "
         "review for the period to March 2020.",
         "Responsible Individual", D(2020, 7, 31), "On track",
         "Visit schedule agreed; quality of care review in draft."),
        (18, 9, afi6, "Reg 36",
         "Supervision schedule for all staff, monitored at the monthly management meeting.",
         "Registered Manager", D(2020, 5, 31), "Complete",
         "Supervision compliance 100% in May and June."),
    ]
    for r in rows:
        if r[0] == "band":
            band(ws, r[1], ncols, r[2], colour="palegreen")
            continue
        row, no, afi, reg, action, resp, target, status, comment = r
        ws.cell(row=row, column=1, value=no)
        if afi is not None:
            ws.cell(row=row, column=2, value=afi)
            ws.cell(row=row, column=3, value=reg)
        ws.cell(row=row, column=4, value=action)
        ws.cell(row=row, column=5, value=resp)
        c = ws.cell(row=row, column=6, value=target)
        if isinstance(target, dt.datetime):
            c.number_format = DMY
        ws.cell(row=row, column=7, value=status)
        ws.cell(row=row, column=8, value=comment)
        box_row(ws, row, ncols)
        ws.cell(row=row, column=7).fill = fill(st_fill[status])
    for top, bottom in ((7, 8), (11, 12), (14, 15)):
        ws.merge_cells(start_row=top, start_column=2, end_row=bottom, end_column=2)
        ws.merge_cells(start_row=top, start_column=3, end_row=bottom, end_column=3)
    ws["A20"] = "Status key"
    ws["A20"].font = Font(bold=True)
    for i, (word, text) in enumerate([("Complete", "Action completed and evidenced"),
                                      ("On track", "Action progressing within timescale"),
                                      ("Delayed", "Action behind timescale – see comments")],
                                     start=21):
        c = ws.cell(row=i, column=1, value=word)
        c.fill = fill(st_fill[word])
        ws.cell(row=i, column=2, value=text)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "a1-bridgend-ciw-childrens-home-action-plan.xlsx"))


if __name__ == "__main__":
    halton()
    bcp()
    norfolk()
    durham()
    devon()
    haringey()
    bridgend()
    print("made 7 files")
