"""Generator for the o1- cases of heldout49 (children's services plans).

Run with /work/main/.venv/bin/python o1_make.py ; writes the seven document files beside this script.
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

FILL = {
    "blue": "8DB4E2",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "DAEEF3",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Together for Children (Sunderland) - ILACS post-inspection action plan
#    xlsx; title block, two header rows starting at row 5, merged recommendation rows,
#    original/revised target dates (Excel dates, mmm-yy), RAG text + fill, one fill-only RAG.
# ---------------------------------------------------------------------------
def make_tfc():
    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS Action Plan"
    widths = {"A": 7, "B": 58, "C": 30, "D": 11, "E": 11, "F": 11, "G": 60}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "Together for Children \u2013 ILACS Post-Inspection Action Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14, color=FILL["navy"])
    ws["A2"] = ("Inspection of local authority children's services: 27\u201331 January 2025 "
                "(report published 11 March 2025). Overall effectiveness: Outstanding.")
    ws["A3"] = ("Plan owner: Director of Children's Social Care    Reporting to: TfC Improvement and "
                "Assurance Board    Last updated: 30/06/2025")
    ws["A3"].font = Font(italic=True, size=9)

    hdr_font = Font(bold=True, color="FFFFFF")
    hdr_fill = fill("navy")
    # two header rows (5 and 6)
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("C5:C6")
    ws.merge_cells("D5:E5")
    ws.merge_cells("F5:G5")
    ws["A5"] = "Ref"
    ws["B5"] = "Action"
    ws["C5"] = "Lead"
    ws["D5"] = "Target date"
    ws["F5"] = "Progress"
    ws["D6"] = "Original"
    ws["E6"] = "Revised"
    ws["F6"] = "RAG"
    ws["G6"] = "Update (June 2025)"
    for row in (5, 6):
        for col in "ABCDEFG":
            c = ws[f"{col}{row}"]
            c.font = hdr_font
            c.fill = hdr_fill
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    plan = [
        ("Recommendation 1: The quality and timeliness of pathway plans for care leavers, so that "
         "plans reflect young people's views and are updated when their circumstances change.", [
            ("1.1", "Co-produce a refreshed pathway plan template with members of the Care Leavers' "
                    "Forum, written to the young person and quicker to update.",
             "Head of Service \u2013 Leaving Care", d(2025, 5, 31), None, "Complete", "blue",
             "New template went live on 2 June after testing with 12 young people. Forum members "
             "said it 'sounds like us'."),
            ("1.2", "Add a change-of-circumstances trigger in Liquid Logic so that a pathway plan "
                    "review is prompted when accommodation, education or employment changes.",
             "Head of Service \u2013 Leaving Care / Business Systems Manager", d(2025, 7, 31),
             d(2025, 9, 30), "Amber", "amber",
             "Specification agreed. The build is scheduled after the Liquid Logic upgrade in "
             "August, so the target date has been revised."),
            ("1.3", "Team managers to dip-sample 10 pathway plans each month and report themes to "
                    "the Practice Improvement Group.",
             "Principal Social Worker", "Monthly", None, "Green", "green",
             "April, May and June samples completed; 26 of 30 plans graded good or better."),
        ]),
        ("Recommendation 2: Care leavers' access to their health histories and to emotional "
         "wellbeing support after their 18th birthday.", [
            ("2.1", "Agree with the ICB designated nurse that every care leaver receives a written "
                    "summary of their health history before their 18th birthday.",
             "Designated Nurse for Children in Care (ICB) / Head of Service \u2013 Leaving Care",
             d(2025, 9, 30), None, "Green", "green",
             "Summary template agreed at the Health Subgroup on 14 May; pilot with the 17+ team "
             "starts in July."),
            ("2.2", "Extend the emotional health and wellbeing service so that care leavers aged 18 "
                    "to 21 can self-refer.",
             "Strategic Lead \u2013 Emotional Health and Wellbeing", d(2025, 12, 31), None, None,
             "green",
             "Funding confirmed from the care leavers' covenant budget; referral form being "
             "designed with young people."),
            ("2.3", "Publish the refreshed local offer for care leavers, setting out health and "
                    "wellbeing entitlements, on the TfC website and the Mind of My Own app.",
             "Participation and Engagement Manager", d(2025, 5, 31), None, "Complete", "blue",
             "Published 28 May 2025 and launched at the Care Leavers' Forum."),
        ]),
        ("Recommendation 3: The consistency of recorded management oversight in the children with "
         "disabilities service, so that decisions and the reasons for them are clear on children's "
         "records.", [
            ("3.1", "Deliver recorded-supervision workshops to all team managers and advanced "
                    "practitioners in the children with disabilities service.",
             "Service Manager \u2013 Children with Disabilities", d(2025, 6, 30), None, "Complete",
             "blue", "Three workshops delivered in May and June; all 15 managers and advanced "
                     "practitioners attended."),
            ("3.2", "Add a management oversight field to the case summary and report compliance in "
                    "the monthly performance pack.",
             "Performance and Intelligence Manager", d(2025, 8, 31), d(2025, 10, 31), "Red", "red",
             "Delayed by the Liquid Logic upgrade; revised date agreed at the Improvement and "
             "Assurance Board on 12 June 2025."),
            ("3.3", "Quality Assurance team to complete a thematic audit of management oversight in "
                    "20 children's records, with a re-audit six months later.",
             "Head of Quality Assurance", d(2025, 11, 30), None, "Green", "green",
             "Audit tool agreed; fieldwork booked for October."),
        ]),
    ]

    r = 7
    for i, (rec, actions) in enumerate(plan):
        ws.merge_cells(f"A{r}:G{r}")
        c = ws[f"A{r}"]
        c.value = rec
        c.font = Font(bold=True)
        c.fill = fill("teal")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, lead, orig, rev, rag, colour, upd in actions:
            vals = [ref, act, lead, orig, rev, rag, upd]
            for j, v in enumerate(vals):
                cell = ws.cell(row=r, column=j + 1, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(colour)
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if i < len(plan) - 1:
            r += 1  # blank spacer row between recommendations
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("blue", "Blue \u2013 action complete"),
           ("green", "Green \u2013 on track to complete by the target date"),
           ("amber", "Amber \u2013 at risk; revised date agreed"),
           ("red", "Red \u2013 off track; escalated to the Improvement and Assurance Board")]
    for colour, text in key:
        r += 1
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=text)
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, "o1-together-for-children-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. North Lincolnshire - local area SEND inspection action plan (areas for development)
#    xlsx; Cover sheet (version table + RAG key) then plan sheet; theme band rows, area for
#    development merged down column A; leads several posts per cell (line breaks, ';', '/');
#    dates as terms, financial-year quarters, w/e, ranges, 'March/April'.
# ---------------------------------------------------------------------------
def make_northlincs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 60
    cov["A1"] = "North Lincolnshire Local Area SEND Inspection Action Plan"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("SEND and Inclusion Partnership \u2013 response to the areas for development in the "
                 "Ofsted/CQC joint local area SEND inspection letter (inspection 6\u201310 December "
                 "2021)")
    cov["A4"] = "Version control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("1.0", "08/04/2022", "SEND Strategic Lead", "First draft for the SEND and Inclusion Partnership"),
            ("2.0", "15/07/2022", "SEND Strategic Lead", "Summer term progress update"),
            ("3.0", "21/10/2022", "SEND Strategic Lead", "Autumn progress update; actions 1.5 and 2.3 added")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("Complete", "blue", "Action completed and impact being monitored"),
           ("Green", "green", "On track"),
           ("Amber", "amber", "Some slippage \u2013 recovery plan in place"),
           ("Red", "red", "Off track \u2013 escalated to the Integrated Children's Trust Board"),
           ("Not started", None, "Action not yet due to start")]
    for i, (word, colour, meaning) in enumerate(key):
        c = cov.cell(row=11 + i, column=1, value=word)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
        cov.cell(row=11 + i, column=2, value=meaning)

    ws = wb.create_sheet("Action Plan")
    for col, w in {"A": 34, "B": 6, "C": 52, "D": 34, "E": 20, "F": 12, "G": 56}.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "North Lincolnshire Local Area SEND Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress at 21 October 2022"
    ws["A2"].font = Font(italic=True)
    heads = ["Area for development", "Ref", "What we will do", "Lead(s)", "By when", "RAG",
             "Progress / impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.border = BOX
        c.alignment = WRAP

    themes = [
        ("1. Identifying children and young people's needs", [
            ("Waiting times for autism and ADHD assessments are too long, and families are not "
             "clear what support is available while they wait.", [
                ("1.1", "Commission additional assessment capacity from an independent provider to "
                        "clear the backlog of children waiting more than 52 weeks.",
                 "Head of Children's Commissioning (ICB)\nNeurodevelopmental Pathway Lead (RDaSH)",
                 "by end Q2 2022/23", "Amber", "amber",
                 "Additional provider started in August; 140 of the 212 children waiting more than "
                 "52 weeks have now been assessed."),
                ("1.2", "Publish a 'while you wait' support offer on the Local Offer, co-produced "
                        "with the Parent Carer Forum.",
                 "SENDIASS Manager; Parent Carer Forum Chair", "Summer term 2022", "Complete", "blue",
                 "Published in July. Page viewed 1,900 times by the end of September."),
                ("1.3", "Report neurodevelopmental waiting times to the SEND and Inclusion "
                        "Partnership.",
                 "Designated Clinical Officer", "Monthly", "Green", "green",
                 "Standing item since May; waits over 52 weeks have fallen each month."),
            ]),
            ("Identification of speech, language and communication needs in the early years is not "
             "consistent across settings.", [
                ("1.4", "Roll out the WellComm screening tool to all funded early years settings, "
                        "with training for setting SENCOs.",
                 "Early Years Inclusion Lead", "Sept 2022 \u2013 March 2023", "Green", "green",
                 "38 of 61 settings trained so far; remaining settings booked for spring."),
                ("1.5", "Agree a joint speech, language and communication pathway between health "
                        "visiting, speech and language therapy and early years.",
                 "Head of 0-19 Service\nSLT Service Manager\nEarly Years Inclusion Lead",
                 "2022-23 Q3", "Amber", "amber",
                 "Draft pathway discussed at the Early Years Board; consultation with parents "
                 "delayed to November."),
            ]),
        ]),
        ("2. Meeting children and young people's needs", [
            ("Health and social care contributions to EHC plans are too variable in quality.", [
                ("2.1", "Set up a multi-agency quality assurance panel that audits 10 new EHC plans "
                        "each month using the partnership audit tool.",
                 "SEND Assessment Team Manager / Designated Clinical Officer", "w/e 14/10/22",
                 "Complete", "blue",
                 "First panel held 12 October; 10 plans audited, 7 rated good for health advice."),
                ("2.2", "Train health and social care practitioners to write outcome-focused advice "
                        "for EHC needs assessments.",
                 "Principal Educational Psychologist; Designated Social Care Officer",
                 "Autumn term 2022", "Green", "green",
                 "Two sessions held in September with 46 practitioners; third session in "
                 "November."),
                ("2.3", "Update the health and social care advice templates, with guidance notes.",
                 "Designated Social Care Officer", "March/April 2023", "Not started", None,
                 "Will start once the audit panel has reported its first themes."),
            ]),
        ]),
        ("3. Improving outcomes for children and young people", [
            ("Pupils receiving SEN support in secondary schools make less progress than similar "
             "pupils nationally.", [
                ("3.1", "Run a secondary SENCO network focused on SEN support, with an inclusion "
                        "toolkit for subject teachers.",
                 "Head of SEND and Inclusion", "Termly", "Green", "green",
                 "Network met in June and September; toolkit shared with all secondary schools."),
                ("3.2", "Targeted school improvement visits to the five secondary schools with the "
                        "widest gaps, with a follow-up review.",
                 "Head of School Improvement\nSenior Education Adviser (Secondary)",
                 "by end Q4 2022/23", "Green", "green",
                 "Four of five first visits completed; follow-up reviews planned for "
                 "February."),
            ]),
        ]),
    ]

    r = 5
    for theme, areas in themes:
        ws.merge_cells(f"A{r}:G{r}")
        c = ws[f"A{r}"]
        c.value = theme
        c.font = Font(bold=True)
        c.fill = fill("grey")
        r += 1
        for area, actions in areas:
            first = r
            for ref, act, lead, when, rag, colour, upd in actions:
                vals = [None, ref, act, lead, when, rag, upd]
                for j, v in enumerate(vals):
                    cell = ws.cell(row=r, column=1 + j, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                if colour:
                    ws.cell(row=r, column=6).fill = fill(colour)
                r += 1
            ws.cell(row=first, column=1, value=area)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=first, column=1).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value=("Key: see Cover sheet. Dates are school terms or financial-year "
                                    "quarters (Q1 = April\u2013June)."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "o1-north-lincolnshire-send-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Achieving for Children (Kingston) - Ofsted focused visit action plan
#    xlsx; area-for-improvement band rows, refs 1a/1b, initials leads with a leads key
#    under the table, Excel dates dd/mm/yyyy, previous and current RAG letters with fills,
#    date completed column.
# ---------------------------------------------------------------------------
def make_afc():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    for col, w in {"A": 6, "B": 56, "C": 10, "D": 12, "E": 12, "F": 12, "G": 13, "H": 58}.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "Achieving for Children \u2013 Kingston: Ofsted Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit 4\u20135 May 2022 (children in need and children subject to a child "
                "protection plan)  |  Letter published 16 June 2022  |  Monitored by the Kingston "
                "Children's Services Improvement Group")
    ws["A2"].font = Font(size=9)
    heads = ["Ref", "Action", "Lead", "Target date", "Previous RAG (Sept 22)",
             "Current RAG (Dec 22)", "Date completed", "Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    afis = [
        ("Area for improvement 1: The timeliness of initial child protection conferences for "
         "children newly identified as at risk of significant harm.", [
            ("1a", "Child protection chairs to book the initial conference date at the strategy "
                   "discussion, so that the 15-working-day timescale is built in from the start.",
             "JT/HC", d(2022, 7, 31), "G", "B", d(2022, 7, 25),
             "In place since July. 94% of initial conferences in October to December were held "
             "within 15 working days (April to June: 78%)."),
            ("1b", "Initial conference timeliness tracker reviewed weekly at the Front Door "
                   "performance meeting.",
             "HC", "Ongoing", "G", "G", None,
             "Tracker reviewed every week; exceptions escalated to the Head of Service."),
            ("1c", "Agree an escalation route with partners for late or missing reports to "
                   "conference.",
             "HC, SR", d(2022, 9, 30), "A", "A", None,
             "Protocol drafted with the Kingston Safeguarding Children Partnership; police "
             "sign-off awaited, expected January."),
        ]),
        ("Area for improvement 2: The quality of contingency planning in child in need and child "
         "protection plans.", [
            ("2a", "Add a 'what if' contingency prompt and practice guidance to the child's plan "
                   "template in Mosaic.",
             "MH", d(2022, 8, 31), "G", "B", d(2022, 8, 19),
             "Template changed 19 August; guidance on the practice hub."),
            ("2b", "Practice week on contingency planning, with each team manager auditing two "
                   "plans.",
             "PSW", d(2022, 10, 31), "G", "B", d(2022, 10, 28),
             "Practice week held 24\u201328 October; 42 plans audited, 29 with a clear "
             "contingency plan."),
            ("2c", "Audit contingency planning in 15 child in need and child protection plans and "
                   "report to the Improvement Group.",
             "QA Manager", "Quarterly", None, "G", None,
             "First quarterly audit reported in December."),
        ]),
        ("Area for improvement 3: The use of the early help assessment by partner agencies, "
         "particularly schools and health visitors.", [
            ("3a", "Relaunch the early help assessment through designated safeguarding lead "
                   "briefings and the health visiting leads' meeting.",
             "SM", d(2022, 11, 30), "A", "R", None,
             "Only two of the four DSL briefings were held because of the autumn term calendar; "
             "the remaining two are set for January 2023."),
            ("3b", "Publish an early help dashboard showing assessments started by each partner "
                   "agency, shared quarterly with the KSCP.",
             "SM / LP", d(2022, 12, 31), None, None, None,
             "Dashboard specification not yet agreed."),
        ]),
    ]
    r = 5
    for afi, actions in afis:
        ws.merge_cells(f"A{r}:H{r}")
        c = ws[f"A{r}"]
        c.value = afi
        c.font = Font(bold=True)
        c.fill = fill("teal")
        c.alignment = WRAP
        r += 1
        for ref, act, lead, target, prev, cur, done, upd in actions:
            vals = [ref, act, lead, target, prev, cur, done, upd]
            for j, v in enumerate(vals):
                cell = ws.cell(row=r, column=1 + j, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for col, v in ((5, prev), (6, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(ragfill[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Leads").font = Font(bold=True)
    leads = ["JT \u2013 Head of Service, Front Door and Assessment",
             "HC \u2013 Child Protection Chairs Manager",
             "SR \u2013 Service Manager, Safeguarding Partnerships",
             "MH \u2013 Head of Service, Family Support and Protection",
             "PSW \u2013 Principal Social Worker",
             "QA Manager \u2013 Quality Assurance Manager",
             "SM \u2013 Early Help Service Manager",
             "LP \u2013 Performance Lead, Children's Social Care"]
    for text in leads:
        r += 1
        ws.cell(row=r, column=2, value=text)
    r += 2
    ws.cell(row=r, column=1, value="RAG").font = Font(bold=True)
    ws.cell(row=r, column=2, value="B \u2013 complete   G \u2013 on track   A \u2013 some risk to "
                                   "delivery   R \u2013 off track")
    wb.save(os.path.join(HERE, "o1-achieving-for-children-focused-visit-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Adoption Matters - Ofsted (SCCIF voluntary adoption agency) inspection action plan
#    docx; title, intro, document-control table, status key table, a heading and table for each
#    SCCIF judgement area, requirement/recommendation cell merged down over its actions, no refs,
#    responsible posts (two per cell on separate lines), status words with fills.
# ---------------------------------------------------------------------------
def make_adoption_matters():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Adoption Matters \u2013 Ofsted Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "Voluntary adoption agency inspection under the social care common inspection framework "
        "(SCCIF), 3\u20137 June 2024. Overall experiences and progress of children and adults: Good.")
    doc.add_paragraph(
        "This plan sets out how we will meet the requirement and recommendations made by Ofsted. "
        "It is reviewed monthly by the senior management team and reported to the Board of "
        "Trustees' Quality and Safeguarding Committee.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3"), ("Date of this update", "20 January 2025"),
                                ("Plan owner", "Registered Manager"),
                                ("Approved by", "Responsible Individual, 22 July 2024")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
        shade(t.cell(i, 0), "D9D9D9")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Status key").bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for i, (word, colour) in enumerate([("Complete", "8DB4E2"), ("On track", "92D050"),
                                        ("At risk", "FFC000"), ("Off track", "FF0000")]):
        set_cell(k.cell(0, i), word, bold=True)
        shade(k.cell(0, i), colour)

    colours = {"Complete": "8DB4E2", "On track": "92D050", "At risk": "FFC000",
               "Off track": "FF0000"}
    areas = [
        ("1. Overall experiences and progress of children and adults", [
            ("Recommendation: The registered person should ensure that adopters receive clear "
             "written information about the adoption support available to them after the adoption "
             "order is made. (Adoption: national minimum standards, 9.3)", [
                ("Add a 'life after the order' session and written guide to the final module of "
                 "adopter preparation training.", "Adoption Support Manager", "30 September 2024",
                 "Complete", "Session delivered to the September and November preparation groups; "
                             "the guide is also on the adopter portal."),
                ("Send every family a personalised adoption support letter within four weeks of the "
                 "adoption order and record it on Charms.",
                 "Adoption Support Manager\nBusiness Support Lead", "Ongoing", "On track",
                 "18 orders made since October; all 18 families were sent a letter within four "
                 "weeks."),
            ]),
        ]),
        ("2. How well children and adults are helped and protected", [
            ("Requirement: The registered person must ensure that all checks on adoption panel "
             "members, including enhanced DBS checks and references, are completed and recorded "
             "before a member sits on the panel. (Regulation 10)", [
                ("Audit every central list member's file and complete any outstanding DBS renewals "
                 "and references.", "Panel Adviser", "31 July 2024", "Complete",
                 "All 16 files audited; two DBS renewals and one reference completed by 26 July."),
                ("Introduce a panel member checklist that the Registered Manager signs before a new "
                 "member's first panel.", "Panel Adviser\nRegistered Manager", "31 August 2024",
                 "Complete", "Checklist in use since August; used for both new members appointed "
                             "since."),
                ("Responsible Individual to check panel records every six months and report to the "
                 "Quality and Safeguarding Committee.", "Responsible Individual", "Six-monthly",
                 "On track", "First check completed in December with no gaps found."),
            ]),
            ("Recommendation: The registered person should ensure that when adopters raise "
             "safeguarding concerns, the outcome and any learning are recorded.", [
                ("Set up a safeguarding concerns log with outcome and learning fields, reviewed at "
                 "the monthly management meeting.", "Designated Safeguarding Lead", "October 2024",
                 "At risk", "Log set up in October, but monthly reviews did not start until "
                            "December because of staff absence. Two reviews held so far."),
            ]),
        ]),
        ("3. The effectiveness of leaders and managers", [
            ("Recommendation: The registered person should ensure that social workers' supervision "
             "records show reflective discussion and clear actions with timescales.", [
                ("Revise the supervision template to include reflective discussion and SMART "
                 "actions.", "Team Manager (Assessment)", "31 March 2025", "On track",
                 "Draft template being tested by the assessment team in January."),
                ("Registered Manager to audit a sample of supervision records each quarter and "
                 "share themes at team meetings.", "Registered Manager", "Quarterly", "Off track",
                 "The first audit was due in December and has moved to February 2025 because of a "
                 "vacancy in the management team."),
            ]),
            ("Recommendation: The registered person should ensure that the statement of purpose is "
             "kept under review and that Ofsted is sent the updated version.", [
                ("Review the statement of purpose and children's guide and send the updated "
                 "versions to Ofsted.", "Registered Manager", "By 31 December 2024", "Complete",
                 "Reviewed by trustees in November and sent to Ofsted on 4 December 2024."),
            ]),
        ]),
    ]
    heads = ["Requirement / recommendation", "Action", "Responsible", "Timescale", "Status",
             "Progress update"]
    widths = [Cm(6.0), Cm(6.5), Cm(3.6), Cm(2.8), Cm(2.0), Cm(5.5)]
    for area, recs in areas:
        doc.add_heading(area, level=2)
        n = sum(len(a) for _, a in recs)
        tbl = doc.add_table(rows=1 + n, cols=6)
        tbl.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(tbl.cell(0, j), h, bold=True)
            shade(tbl.cell(0, j), "1F3864")
            for run in tbl.cell(0, j).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        repeat_header(tbl.rows[0])
        r = 1
        for rec, acts in recs:
            first = r
            for act, resp, when, status, prog in acts:
                set_cell(tbl.cell(r, 1), act)
                set_cell(tbl.cell(r, 2), resp)
                set_cell(tbl.cell(r, 3), when)
                set_cell(tbl.cell(r, 4), status)
                shade(tbl.cell(r, 4), colours[status])
                set_cell(tbl.cell(r, 5), prog)
                r += 1
            top = tbl.cell(first, 0)
            if r - 1 > first:
                top = top.merge(tbl.cell(r - 1, 0))
            set_cell(top, rec)
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Next review: Senior Management Team, 17 February 2025.")
    doc.save(os.path.join(HERE, "o1-adoption-matters-ofsted-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Essex Safeguarding Children Board - CSPR (Baby E) multi-agency action plan
#    docx; board name in the page header, title, details table, RAG key paragraph where
#    Green = completed (no blue), one plan table with the recommendation merged down, refs,
#    agency leads (several per cell), dates as month names, dd/mm/yyyy and quarters,
#    abbreviations table at the end.
# ---------------------------------------------------------------------------
def make_escb():
    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Essex Safeguarding Children Board"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Child Safeguarding Practice Review \u2013 Baby E: Multi-Agency Action Plan",
                      style="Title")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Review published", "September 2024"),
                                ("Action plan owner", "ESCB Case Review Group"),
                                ("Last updated", "April 2025")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG rating: ").bold = True
    p.add_run("Red \u2013 not started or off track;  Amber \u2013 in progress;  Green \u2013 completed.")

    colour = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050"}
    recs = [
        ("Recommendation 1: ESCB partners should be assured that practitioners identify and engage "
         "fathers and male carers in pre-birth and early years assessments.", [
            ("1.1", "Launch the 'Engaging with father figures' practice tool through a 7-minute "
                    "briefing and a partnership webinar.", "ESCB Business Manager", "November 2024",
             "Webinar held 14 November with 212 attendees; tool on the ESCB website.", "Green"),
            ("1.2", "Add a mandatory prompt on significant males in the household to midwifery "
                    "booking and health visiting new birth records.",
             "MSE ICB / EPUT / Maternity safeguarding leads", "Q4 2024/25",
             "Prompt live in health visiting records; maternity system change awaiting the supplier "
             "release.", "Amber"),
            ("1.3", "Multi-agency audit of 20 pre-birth assessments to test whether fathers were seen "
                    "and assessed.", "ESCB QA Subgroup Chair", "June 2025",
             "Audit scheduled for the May QA Subgroup.", "Red"),
        ]),
        ("Recommendation 2: Partners should ensure that the SET procedure on bruising and "
         "unexplained injuries in non-mobile babies is understood and followed by all "
         "practitioners, including in primary care.", [
            ("2.1", "Refresh training on the bruising protocol for GP practices through the named "
                    "GP network.", "Named GP for Safeguarding", "31/01/2025",
             "Delivered at the January GP safeguarding leads forum; slides sent to all practices.",
             "Green"),
            ("2.2", "Include the bruising protocol in the induction for all new children's social "
                    "care and police staff.", "ECC Workforce Development; Essex Police CAIT",
             "31/03/2025", "Added to both induction programmes from March 2025.", "Green"),
            ("2.3", "Test compliance through the child protection medicals audit.",
             "Designated Doctor", "Q1 2025/26",
             "Audit tool updated; case sample being drawn.", "Amber"),
        ]),
        ("Recommendation 3: The ESCB should seek assurance that information about parents' mental "
         "health is shared between adult mental health services and children's services during "
         "pregnancy.", [
            ("3.1", "Agree an information-sharing flowchart between EPUT adult community mental "
                    "health teams and the Children and Families Hub.",
             "EPUT Head of Safeguarding / ECC Head of Children and Families Hub", "February 2025",
             "Flowchart drafted; final sign-off at the April Safeguarding Partners meeting.",
             "Amber"),
            ("3.2", "Report to the Board every six months the number of perinatal mental health "
                    "referrals where children's services were notified.",
             "EPUT Head of Safeguarding", "Six-monthly",
             "First report due to the July Board.", "Amber"),
        ]),
    ]
    heads = ["Recommendation", "Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    n = sum(len(a) for _, a in recs)
    tbl = doc.add_table(rows=1 + n, cols=7)
    tbl.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(tbl.cell(0, j), h, bold=True)
        shade(tbl.cell(0, j), "D9D9D9")
    repeat_header(tbl.rows[0])
    r = 1
    for rec, acts in recs:
        first = r
        for ref, act, lead, when, prog, rag in acts:
            set_cell(tbl.cell(r, 1), ref)
            set_cell(tbl.cell(r, 2), act)
            set_cell(tbl.cell(r, 3), lead)
            set_cell(tbl.cell(r, 4), when)
            set_cell(tbl.cell(r, 5), prog)
            set_cell(tbl.cell(r, 6), rag)
            shade(tbl.cell(r, 6), colour[rag])
            r += 1
        top = tbl.cell(first, 0).merge(tbl.cell(r - 1, 0))
        set_cell(top, rec)
    widths = [Cm(5.5), Cm(1.0), Cm(6.0), Cm(3.6), Cm(2.4), Cm(5.5), Cm(1.6)]
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Abbreviations").bold = True
    ab = [("CAIT", "Child Abuse Investigation Team"), ("ECC", "Essex County Council"),
          ("EPUT", "Essex Partnership University NHS Foundation Trust"),
          ("MSE ICB", "Mid and South Essex Integrated Care Board"),
          ("SET", "Southend, Essex and Thurrock")]
    at = doc.add_table(rows=len(ab), cols=2)
    at.style = "Table Grid"
    for i, (a, b) in enumerate(ab):
        set_cell(at.cell(i, 0), a, bold=True)
        set_cell(at.cell(i, 1), b)
    doc.save(os.path.join(HERE, "o1-essex-scb-cspr-baby-e-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Newport Youth Justice Service - HMIP inspection improvement plan (CSV saved from Excel)
#    title lines, header on line 4, recommendation number/text blank on continuation rows,
#    dd/mm/yyyy dates; one target date with an impossible year (30/11/2042) -> refuse.
# ---------------------------------------------------------------------------
def make_newport():
    rows = [
        ["Newport Youth Justice Service \u2013 HMIP Inspection Improvement Plan", "", "", "", "", "", ""],
        ["Inspection fieldwork April 2024; report published July 2024; overall rating Good. "
         "Plan agreed by the YJS Management Board 19/09/2024.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action", "Lead", "Target Date", "RAG", "Progress Update"],
        ["1", "Newport YJS should improve the quality of reviewing, so that new behaviours or "
              "allegations are explored and risk of harm and safety and wellbeing classifications "
              "are only reduced when there is evidence of sustained change.",
         "Deliver reviewing workshops for all case managers, using case examples from the "
         "inspection.", "YJS Operational Manager", "30/09/2024", "Completed",
         "Two workshops held in September; all 11 case managers attended."],
        ["", "", "Introduce management countersignature for any reduction in a risk of harm or "
                 "safety and wellbeing classification.", "YJS Operational Manager", "31/08/2024",
         "Completed", "Countersignature step added to ChildView in August."],
        ["", "", "Audit five reviews each month and report the findings to the Management Board.",
         "Quality Assurance Officer", "Monthly", "Green",
         "Audits completed September to December; 17 of 20 reviews rated sufficient."],
        ["2", "Newport YJS should make sure that contingency planning for children's safety and "
              "wellbeing is specific and is shared with partner agencies.",
         "Update the AssetPlus planning guidance with examples of specific contingency plans.",
         "Senior Practitioner", "30/11/2042", "Amber",
         "Draft guidance written; to be agreed at the practice development meeting."],
        ["", "", "Share safety and wellbeing contingency plans with children's services and "
                 "education through the multi-agency exploitation panel.",
         "YJS Manager / Children's Services Team Manager", "31/12/2024", "Amber",
         "Standing item on the panel agenda from November."],
        ["3", "The Newport YJS Management Board should ensure that the service has access to "
              "specialist health provision, including speech and language therapy and emotional "
              "health support, without long waits.",
         "Agree a service level agreement with the health board for dedicated speech and language "
         "therapy sessions.", "Head of Children's Services", "31/03/2025", "Amber",
         "Draft agreement with the health board's children's therapies lead."],
        ["", "", "Report waiting times for YJS referrals to CAMHS at every Management Board "
                 "meeting.", "Board Chair", "Quarterly", "Green",
         "Reported in September and December."],
        ["", "", "", "", "", "", ""],
        ["RAG: Completed / Green = on track / Amber = some delay / Red = not on track", "", "", "",
         "", "", ""],
    ]
    path = os.path.join(HERE, "o1-newport-yjs-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Action for Children - Larkfield House children's home post-inspection action plan
#    tab-separated text export; title lines, header, requirement/recommendation lines as
#    headings, refs 'Req 1.1' / 'Rec 1.1', named leads with posts in brackets, 'w/e' dates,
#    'end Jan 2025', 'Monthly', 'Ongoing'.
# ---------------------------------------------------------------------------
def make_afc_home():
    T = "\t"
    lines = [
        "Larkfield House Post-Inspection Action Plan",
        "Action for Children | Children's home full inspection 12\u201313 November 2024 | Overall "
        "experiences and progress of children and young people: Requires improvement to be good",
        "Updated 17/01/2025 by Kerry Dunn, Registered Manager",
        "",
        T.join(["Ref", "Action", "Who", "By when", "Status", "Comments"]),
        "Requirement 1 (Regulation 12, the protection of children standard): The registered person "
        "must ensure that staff follow each child's risk assessment and missing-from-home plan.",
        T.join(["Req 1.1", "All staff to re-read and sign each child's risk assessment and missing "
                "plan at the team meeting.", "Kerry Dunn (RM)", "w/e 22/11/24", "Complete",
                "Signed by all 14 staff; relief staff sign at their next shift."]),
        T.join(["Req 1.2", "Shift leaders to check missing plan actions at each handover and record "
                "this on the handover sheet.", "Shift leaders", "w/e 29/11/24", "Complete",
                "Handover sheet amended; spot checked weekly by the RM."]),
        T.join(["Req 1.3", "Review every missing episode each month with the local authority "
                "missing coordinator.", "Kerry Dunn / Lee Ashworth", "Monthly", "On track",
                "December and January reviews held; one episode in December."]),
        "",
        "Requirement 2 (Regulation 32, fitness of workers): The registered person must ensure that "
        "all staff complete the level 3 diploma in residential childcare within two years of "
        "starting.",
        T.join(["Req 2.1", "Enrol the three staff members who have not started the diploma with the "
                "training provider.", "Lee Ashworth (Deputy Manager)", "31/12/2024", "Complete",
                "All three enrolled on 9 December."]),
        T.join(["Req 2.2", "Set study time on the rota for staff completing the diploma.",
                "Lee Ashworth (Deputy Manager)", "end Jan 2025", "On track",
                "Four hours a month rostered from February."]),
        T.join(["Req 2.3", "Responsible individual to check diploma progress at each Regulation 44 "
                "feedback meeting.", "Sam Okafor (RI)", "March 2025", "Not started",
                "First check at the March Regulation 44 feedback."]),
        "",
        "Recommendation 1: The registered person should ensure that children's education plans are "
        "reviewed with the virtual school when a child's attendance falls below 90%. ('Guide to "
        "the children's homes regulations, including the quality standards', page 27, paragraph 5.9)",
        T.join(["Rec 1.1", "Arrange a personal education plan review with the virtual school for the "
                "two children whose attendance is below 90%.", "Key workers / Kerry Dunn",
                "w/e 06/12/24", "Complete", "Both PEP reviews held on 4 December."]),
        T.join(["Rec 1.2", "Add school attendance to the weekly children's progress report so that "
                "a drop is spotted early.", "Kerry Dunn (RM)", "end Jan 2025", "On track",
                "Report format updated; first weekly report 24 January."]),
        "",
        "Recommendation 2: The registered person should ensure that children's views are recorded "
        "in their placement plan reviews. ('Guide to the children's homes regulations, including "
        "the quality standards', page 16, paragraph 3.9)",
        T.join(["Rec 2.1", "Use the Mind of My Own app with each child before their placement plan "
                "review.", "Key workers", "Ongoing", "On track",
                "Used before all three reviews held since November."]),
        T.join(["Rec 2.2", "Add a 'what the child said' heading to the placement plan review "
                "template.", "Kerry Dunn (RM)", "20/12/2024", "Complete",
                "Template changed 18 December."]),
        "",
        "Status: Complete / On track / Not started / Overdue",
    ]
    path = os.path.join(HERE, "o1-action-for-children-larkfield-house-ofsted-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_tfc()
    make_northlincs()
    make_afc()
    make_adoption_matters()
    make_escb()
    make_newport()
    make_afc_home()
    print("done")
