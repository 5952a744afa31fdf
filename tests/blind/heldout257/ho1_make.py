"""Build the seven ho1- blind test files (set heldout257).

Run with: /work/main/.venv/bin/python ho1_make.py
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


GREEN, AMBER, RED, BLUE, GREY = "00B050", "FFC000", "FF0000", "0070C0", "BFBFBF"
HEAD = fill("1F3864")
THEME = fill("D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def header_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = HEAD
        c.alignment = WRAP
        c.border = BOX


def shade_cell(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Haringey ILACS improvement plan (xlsx): cover sheet with document control,
#    plan sheet with theme rows, AFI merged down column B, previous/current RAG,
#    target and revised dates, summary sheet.
# ---------------------------------------------------------------------------
def haringey():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Haringey"
    cov["A2"] = "Children's Services Improvement Plan 2024–2026"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Our response to the Ofsted inspection of local authority children's services "
                 "(ILACS), 4–15 March 2024")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "1.4"),
        ("Plan owner", "Director of Children's Services"),
        ("Last updated", "09/12/2024"),
        ("Reported to", "Haringey Children's Improvement Board"),
        ("Next review", "February 2025"),
    ], 6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Children's Services Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress position as at 30 November 2024 – for Improvement Board, 9 December 2024"
    header_row(ws, 4, ["Ref", "Ofsted area for improvement", "Action", "Lead officer",
                       "Target date", "Revised target date", "Previous RAG", "Current RAG",
                       "Progress update"])
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def theme(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = THEME

    def afi(r1, r2, text):
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        c = ws.cell(row=r1, column=2, value=text)
        c.alignment = WRAP

    def act(row, ref, action, lead, target, revised, prev, cur, update):
        vals = [ref, None, action, lead, target, revised, prev, cur, update]
        for i, v in enumerate(vals, 1):
            if i == 2:
                continue
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((7, prev), (8, cur)):
            ws.cell(row=row, column=col).fill = fill(rag_fill[v])
            ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")

    theme(5, "Theme 1: Help and protection")
    afi(6, 8, "The consistency of management oversight and supervision of social workers' "
              "practice in the assessment and intervention teams.")
    act(6, "1.1", "Refresh the supervision policy and recording template so that reflective "
                  "discussion, actions and timescales are recorded on every child's file.",
        "Principal Social Worker", dt.datetime(2024, 9, 30), None, "A", "B",
        "Policy relaunched at practice week in September; template live on Mosaic.")
    act(7, "1.2", "Deliver a management oversight audit each quarter across the assessment and "
                  "intervention teams, reporting findings to the Quality Assurance Board.",
        "Head of Quality Assurance and Practice Improvement", dt.datetime(2024, 12, 31), None,
        "G", "G", "Q2 audit completed: 71% of supervision records rated good or better (target 80%).")
    act(8, "1.3", "Introduce monthly practice clinics for team managers, led by the service "
                  "managers, to strengthen the quality of case direction.",
        "Service Manager (Assessment) / Service Manager (Intervention)",
        dt.datetime(2024, 10, 31), dt.datetime(2025, 1, 31), "G", "A",
        "Clinics started in November; delayed by two service manager vacancies.")
    theme(9, "Theme 2: Children in care and care leavers")
    afi(10, 11, "The timeliness and quality of life-story work for children in care, including "
                "children who are placed for adoption.")
    act(10, "2.1", "Commission life-story training for all social workers and supervising social "
                   "workers in the Children in Care service.\nTrack completion through the "
                   "workforce development dashboard.",
        "Workforce Development Lead", dt.datetime(2025, 3, 31), None, "A", "G",
        "Two cohorts trained (38 staff); third cohort booked for February.")
    act(11, "2.2", "Agree a practice standard that every child in care has life-story work started "
                   "by their second review.",
        "Head of Service (Children in Care)", dt.datetime(2024, 11, 30), None, "G", "B",
        "Standard signed off by DMT on 19 November 2024.")
    afi(12, 13, "The range of suitable accommodation for care leavers aged 18 to 21.")
    act(12, "2.3", "Work with Housing to agree a joint care leavers accommodation protocol, "
                   "including a ring-fenced allocation of supported tenancies.",
        "AD Commissioning; Head of Housing Needs", "Q4 2024/25", None, "R", "A",
        "Draft protocol shared with Housing; allocation numbers not yet agreed.")
    act(13, "2.4", "Recommission semi-independent provision for 16 and 17-year-olds and care "
                   "leavers, with Ofsted registration as a contract requirement.",
        "Head of Commissioning (Children's)", dt.datetime(2025, 6, 30), None, "G", "G",
        "Market engagement event held 14 October 2024.")
    theme(14, "Theme 3: Leadership and management")
    afi(15, 15, "Oversight by the corporate parenting board of the experiences of disabled "
                "children in care.")
    act(15, "3.1", "Add a standing item on disabled children in care to the corporate parenting "
                   "board forward plan and present a six-monthly report.",
        "Director of Children's Services", dt.datetime(2025, 1, 31), None, "G", "G",
        "First report scheduled for the January 2025 board.")
    ws.merge_cells("A17:I17")
    ws["A17"] = ("Key: B = complete   G = on track   A = some slippage, recovery plan in place   "
                 "R = off track")
    ws["A17"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 38, 55, 30, 13, 13, 10, 10, 45)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – current position"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete (B)", 2), ("On track (G)", 4), ("Slippage (A)", 2),
                                ("Off track (R)", 0), ("Total actions", 8)], 3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm.cell(row=7, column=1).font = Font(bold=True)
    wb.save(out("ho1-haringey-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cumberland focused visit action plan (docx): page header with council
#    name, document-control table, one section per priority with the Ofsted
#    area for improvement as a paragraph above its own table, RAG key table.
# ---------------------------------------------------------------------------
def cumberland():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Cumberland Council – Children's Services"
    doc.add_heading("Ofsted Focused Visit: Care Leavers – Action Plan", level=0)
    doc.add_paragraph("Focused visit dates: 14 and 15 January 2025. Letter published: 18 February 2025.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "2.0"),
        ("Author", "Head of Children in Care and Care Leavers"),
        ("Approved by", "Children's Services Leadership Team, 11 March 2025"),
        ("Next update", "Cumberland Improvement Board, June 2025"),
    ]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_heading("What needs to improve", level=1)
    doc.add_paragraph(
        "Inspectors found that care leavers in Cumberland are well supported by personal advisers "
        "who know them well. The letter identified three areas for improvement, which are set out "
        "below with the actions we will take. Progress is reported to the Improvement Board each "
        "quarter.")

    def section(heading, afi, rows):
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress (May 2025)", "RAG"]):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade_cell(tb.rows[0].cells[i], "D9E1F2")
        col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
            shade_cell(cells[5], col[row[5]])
        doc.add_paragraph()

    section("Priority 1: Pathway planning",
            "The quality of pathway plans, so that they are written with young people and set out "
            "clearly how their needs will be met.",
            [
                ("1.1", "Co-produce a new pathway plan template with the Children in Care Council "
                        "and care-experienced apprentices.",
                 "Head of Children in Care and Care Leavers", "April 2025",
                 "Template co-produced at two workshops; live on Liquidlogic from 1 April.", "Complete"),
                ("1.2", "Audit 20 pathway plans each month through the practice quality framework "
                        "and feed findings back to personal advisers in supervision.",
                 "Principal Social Worker; Quality Assurance Manager", "Monthly – from March 2025",
                 "Two audit cycles completed; 55% of plans judged good.", "Green"),
                ("1.3", "Deliver pathway planning training to all personal advisers, including how "
                        "to write plans in the young person's own words.",
                 "Workforce Development Manager", "30/06/2025",
                 "First session held in May; second session moved to June because of trainer illness.",
                 "Amber"),
            ])
    section("Priority 2: Health and emotional wellbeing",
            "Access for care leavers to emotional wellbeing and mental health support, including "
            "after their 18th birthday.",
            [
                ("2.1", "Agree with North Cumbria Integrated Care a transition pathway from CAMHS to "
                        "adult mental health services for care leavers.",
                 "Designated Nurse for Children in Care / Head of Service (Care Leavers)",
                 "September 2025", "Pathway drafted; awaiting sign-off by the trust's clinical lead.",
                 "Amber"),
                ("2.2", "Provide every care leaver with a health passport, with a summary of their "
                        "health history, at their final review.",
                 "Named Nurse (Care Leavers)", "June 2025",
                 "Passport design agreed with young people; 31 issued so far.", "Green"),
            ])
    section("Priority 3: Staying close and accommodation",
            "The sufficiency of suitable accommodation for care leavers, including staying put and "
            "staying close arrangements.",
            [
                ("3.1", "Launch a Staying Close offer for young people leaving the council's "
                        "children's homes.",
                 "Service Manager (Residential)", "Oct 2025 – Mar 2026",
                 "DfE grant confirmed; two flats identified in Workington.", "Green"),
                ("3.2", "Review the staying put policy and allowances with foster carers and the "
                        "Fostering Network.",
                 "Fostering Service Manager", "Ongoing",
                 "Review paused pending the 2025/26 budget decision.", "Red"),
            ])
    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "Action delivered and impact evidenced"),
                                ("Green", "On track"), ("Amber", "At risk of delay"),
                                ("Red", "Off track – escalated to the Improvement Board")]):
        k.cell(i, 0).text = a
        k.cell(i, 1).text = b
    doc.save(out("ho1-cumberland-council-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Thurrock area SEND priority action plan (xlsx) – REFUSE: the completion
#    date of action 2.1 (sheet row 11) reads "Decmber 2025".
# ---------------------------------------------------------------------------
def thurrock():
    wb = Workbook()
    ws = wb.active
    ws.title = "Priority Action Plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Thurrock Local Area SEND Partnership – Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Ofsted/CQC area SEND inspection, 23 September – 4 October 2024 (outcome 3)"
    ws.merge_cells("A3:I3")
    ws["A3"] = "Thurrock Council and NHS Mid and South Essex Integrated Care Board"
    header_row(ws, 5, ["Ref", "Action", "LA lead", "ICB lead", "Start", "Completion date",
                       "Measure of impact", "RAG", "Update (February 2025)"])

    def apa(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = THEME
        c.alignment = WRAP
        ws.row_dimensions[row].height = 32

    rag = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def act(row, *vals):
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=row, column=8).fill = fill(rag[vals[7]])

    apa(6, "Area for priority action 1: Leaders across education, health and care should urgently "
           "improve the timeliness and quality of EHC plans, so that children and young people's "
           "needs are accurately identified and met.")
    act(7, "1.1", "Recruit six additional EHC plan coordinators and clear the backlog of "
                  "assessments over 20 weeks.", "Head of SEND", "n/a", "Nov-24", "31/03/2025",
        "Percentage of EHC plans issued within 20 weeks (target 60%)", "Green",
        "Five of six posts filled; backlog down from 212 to 96.")
    act(8, "1.2", "Introduce a multi-agency quality assurance panel for draft EHC plans, with "
                  "health and social care advice quality-checked before issue.",
        "SEND Quality Assurance Lead", "Designated Clinical Officer", "Dec-24", "June 2025",
        "Proportion of audited plans rated good or better", "Amber",
        "Panel meeting fortnightly; social care attendance inconsistent.")
    act(9, "1.3", "Run termly training for SENCOs and health professionals on writing outcomes "
                  "that are specific and measurable.", "SEND Training Coordinator", "n/a",
        "Jan-25", "Sept 2025", "Attendance and post-training audit scores", "Green",
        "Spring session held for 48 SENCOs.")
    apa(10, "Area for priority action 2: Leaders of the integrated care board and the local "
            "authority should reduce waiting times for neurodevelopmental assessments and provide "
            "support for families while they wait.")
    act(11, "2.1", "Commission additional autism and ADHD assessment capacity from an independent "
                   "provider to reduce the waiting list.", "n/a",
        "Head of Children's Commissioning (ICB)", "Jan-25", "Decmber 2025",
        "Median wait for assessment (weeks)", "Amber",
        "Procurement under way; contract award expected April.")
    act(12, "2.2", "Launch a 'waiting well' offer of parent workshops and online resources through "
                   "the Local Offer.", "Local Offer Manager", "Neurodevelopmental Pathway Lead",
        "Feb-25", "Mar-26", "Families accessing support while waiting", "Green",
        "Workshop programme agreed with Thurrock Parent Carer Forum.")
    apa(13, "Area for priority action 3: Leaders should make sure that co-production with children, "
            "young people and families shapes the partnership's strategy and services.")
    act(14, "3.1", "Agree a co-production charter with Thurrock Parent Carer Forum and the SEND "
                   "youth forum.", "Assistant Director Education and Skills",
        "Associate Director of Children's Services (ICB)", "Oct-24", "Jan-25",
        "Charter signed by all partners", "Blue", "Charter signed 20 January 2025.")
    act(15, "3.2", "Report a 'You said, we did' update to every SEND Partnership Board meeting.",
        "SEND Partnership Board Chair", "n/a", "Feb-25", "Ongoing",
        "Parent carer survey confidence score", "Green", "First update presented 11 February 2025.")
    ws.merge_cells("A17:I17")
    ws["A17"] = "RAG: Blue – complete; Green – on track; Amber – at risk; Red – off track"
    for col, w in zip("ABCDEFGHI", (6, 50, 24, 26, 9, 14, 32, 9, 40)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG status – February 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Blue", 1), ("Green", 4), ("Amber", 2), ("Red", 0),
                                ("Total", 7)], 3):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    wb.save(out("ho1-thurrock-local-area-send-priority-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 4. Hartlepool and Stockton-on-Tees SCP JTAI action plan (csv export):
#    title lines, AFI only on the first action of each group (merged cells
#    flattened by the export), one multi-line cell, key and totals lines.
# ---------------------------------------------------------------------------
def hsscp():
    import csv
    import io
    rows = [
        ["Hartlepool and Stockton-on-Tees Safeguarding Children Partnership: JTAI Action Plan", "", "", "", "", "", "", ""],
        ["Joint targeted area inspection of the multi-agency response to children and families who need help", "", "", "", "", "", "", ""],
        ["Inspection 10–14 June 2024; letter published 25 July 2024; plan agreed by the Executive Group 12 September 2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Area for improvement", "Action", "Agency", "Lead", "Timescale", "Status", "Update / evidence of impact"],
        ["1.1", "The quality and consistency of early help assessments and plans across partner agencies, so that they are specific and measurable.",
         "Publish a single early help assessment and plan template for use by all partner agencies, with guidance and exemplars.",
         "Both LAs", "Early Help Partnership Manager (Hartlepool); Early Help Partnership Manager (Stockton)",
         "31/10/2024", "Complete", "Template launched at the partnership briefing on 3 October 2024."],
        ["1.2", "", "Run a multi-agency audit of 40 early help plans (20 per borough) and report the findings to the Quality Assurance and Performance sub-group.",
         "HSSCP", "HSSCP Business Manager", "Q4 2024/25", "On track", "Audit tool agreed; fieldwork planned for February 2025."],
        ["1.3", "", "Deliver SMART planning workshops for designated safeguarding leads in schools and for health visitors.\nRecord attendance by agency and report it to the sub-group.",
         "Education / Health", "Education Safeguarding Lead; Head of 0-19 Service", "March 2025", "On track",
         "Four workshops held; 112 attendees."],
        ["2.1", "Timely information-sharing by health partners when children who need help are discussed at multi-agency meetings.",
         "Agree and circulate an information-sharing protocol for GP practices contributing to early help and child in need meetings.",
         "ICB", "Designated Nurse Safeguarding Children", "30/11/2024", "Amber",
         "Draft with the Local Medical Committee; sign-off delayed to January."],
        ["2.2", "", "Add an early help prompt to the GP safeguarding template so that practices record when a family is open to early help.",
         "ICB", "Named GP for Safeguarding Children", "Jan-25", "Red",
         "System supplier change has delayed the template update."],
        ["3.1", "The partnership's understanding of the impact of early help through its performance framework.",
         "Develop an early help outcomes dataset, including re-referrals within 12 months, for the partnership performance scorecard.",
         "HSSCP", "HSSCP Business Manager / Performance and Intelligence Lead", "Q3 2024/25", "On track",
         "Dataset agreed; first report to Executive Group in December."],
        ["3.2", "", "Hold an annual early help conference to share learning from audits and from families' feedback.",
         "HSSCP", "Independent Scrutineer", "Ongoing – annual", "Not started", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete; On track; Amber – at risk of slippage; Red – off track; Not started", "", "", "", "", "", "", ""],
        ["Actions: 7 | Complete: 1 | On track: 3 | Amber: 1 | Red: 1 | Not started: 1", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out("ho1-hartlepool-stockton-safeguarding-children-partnership-jtai-action-plan.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 5. Bury YJS HMIP improvement plan (tab-separated text): title lines, section
#    rows per recommendation audience, recommendation on the first action of
#    each group, original and revised deadlines, letter RAG, key and totals.
# ---------------------------------------------------------------------------
def bury():
    lines = [
        "Bury Youth Justice Service – HMI Probation Inspection Improvement Plan",
        "Inspection fieldwork: 20–24 November 2023\tReport published: 6 February 2024",
        "Version 4 – progress report to Bury Youth Justice Partnership Board, 18 March 2025",
        "",
        "No.\tRecommendation\tAction\tLead\tOriginal deadline\tRevised deadline\tRAG\tProgress",
        "Recommendations for the Partnership Board",
        "1.1\tMake sure that the partnership's strategic response to disproportionality is understood and owned by all board members.\tHold a board development session on disproportionality, using the service's own data on ethnicity and children in care.\tChair of Partnership Board\tMay-24\t\tB\tSession held 22 May 2024; actions added to the Disproportionality Plan.",
        "1.2\t\tAdd disproportionality measures to the quarterly performance report to the board.\tYJS Head of Service; Performance Officer\tJun-24\tSep-24\tB\tIncluded from the Q2 2024/25 report.",
        "2.1\tImprove the provision of education, training and employment for children open to the service.\tAgree a protocol with Bury Council Education so that every child open to the YJS has an education plan reviewed at each panel.\tHead of Education Inclusion\tDec-24\tApr-25\tA\tProtocol drafted; consultation with schools extended.",
        "2.2\t\tSecure funding for a dedicated education, training and employment worker in the YJS.\tYJS Head of Service\tMar-25\t\tR\tFunding bid to the Community Safety Partnership was unsuccessful; options paper to board.",
        "Recommendations for the Head of Service",
        "3.1\tImprove the quality of assessment and planning for keeping other people safe.\tDeliver risk of serious harm training to all case managers, with refresher sessions every six months.\tYJS Operational Manager\tApr-24\t\tB\tAll 14 case managers trained by April 2024.",
        "3.2\t\tIntroduce a weekly risk management panel for children assessed as high or very high risk of serious harm.\tYJS Operational Manager / Seconded Probation Officer\tJul-24\tOct-24\tG\tPanel running weekly since October; terms of reference agreed.",
        "4.1\tMake sure that victims are offered a service that meets their needs and that their safety is considered.\tRecruit and train four restorative justice volunteers to increase victim contact capacity.\tVictim Liaison Officer\tSep-24\tJan-25\tG\tThree volunteers trained; one in vetting.",
        "4.2\t\tAudit victim contact and safety planning in 20 cases and report the findings to the board.\tAK/JW\tQ1 2025/26\t\tG\tAudit tool agreed with the Victim Liaison Officer.",
        "",
        "RAG key: B = complete; G = on track; A = delayed but recoverable; R = off track or at risk",
        "Total actions: 8\tB: 3\tG: 3\tA: 1\tR: 1",
    ]
    with open(out("ho1-bury-youth-justice-service-hmip-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 6. Foster Wales Newport CIW fostering inspection improvement plan (docx):
#    English title with Welsh subtitle, details table, one plan table with
#    CIW theme rows merged across and areas for improvement merged down,
#    status key line, sign-off table.
# ---------------------------------------------------------------------------
def newport():
    doc = Document()
    landscape(doc)
    doc.add_heading("Foster Wales Newport: Improvement Plan following Care Inspectorate Wales Inspection",
                    level=0)
    p = doc.add_paragraph()
    r = p.add_run("Maethu Cymru Casnewydd: Cynllun Gwella yn dilyn Arolygiad Arolygiaeth Gofal Cymru")
    r.italic = True
    doc.add_paragraph("Service: Newport City Council Fostering Service (Foster Wales Newport) | "
                      "Inspection: 8–11 October 2024 | Report published: 9 December 2024")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Responsible Individual", "Head of Children's Services"),
                                ("Plan owner", "Fostering Team Manager"),
                                ("Date of this update", "28 February 2025")]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("CIW identified four areas for improvement. These are not priority action "
                      "notices; CIW will follow them up at the next inspection.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Area for improvement (regulation)", "Action", "Responsible officer",
                           "Timescale", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade_cell(t.rows[0].cells[i], "BDD7EE")

    def theme(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = text
        m.paragraphs[0].runs[0].bold = True
        shade_cell(m, "E2EFDA")

    def group(afi, acts):
        start = len(t.rows)
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a[0]
            for i, v in enumerate(a[1:], 2):
                cells[i].text = v
        end = len(t.rows) - 1
        if end > start:
            m = t.cell(start, 1).merge(t.cell(end, 1))
        else:
            m = t.cell(start, 1)
        m.text = afi

    theme("Care and Support")
    group("Regulation 26: Foster carers’ annual reviews are not always completed within the "
          "required timescale.", [
              ("1a", "Set up a tracker of all foster carer reviews due in the next six months and "
                     "report it monthly to the Team Manager.",
               "Fostering Team Manager", "December 2024", "Complete"),
              ("1b", "Appoint an independent reviewing officer for foster carer reviews on a "
                     "fixed-term contract.",
               "Head of Children's Services", "March 2025", "On track"),
          ])
    group("Regulation 19: Supervision records for foster carers do not consistently show "
          "discussion of the children’s well-being.", [
              ("2a", "Revise the supervising social worker visit template to include a section on "
                     "each child’s well-being, voice and progress.",
               "Senior Practitioner (Fostering)", "31/01/2025", "Complete"),
          ])
    theme("Leadership and Management")
    group("Regulation 80: The quality of care review does not fully include the views of children "
          "and foster carers.", [
              ("3a", "Hold consultation sessions with children in foster care through the Newport "
                     "Young People’s Forum before each six-monthly quality of care review.",
               "Participation Officer / Fostering Team Manager", "Six-monthly", "On track"),
              ("3b", "Send an annual survey to all foster carers and publish a ‘You said, we did’ "
                     "summary.",
               "Fostering Team Manager", "Q1 2025/26", "Not started"),
          ])
    group("Regulation 32: Not all staff have completed mandatory safeguarding refresher training.", [
        ("4a", "Book all fostering staff onto safeguarding refresher training and record completion "
               "on the learning management system.",
         "Workforce Development Officer", "April 2025", "On track"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete; On track; Behind schedule; Not started.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, v in enumerate(["Signed", "Position", "Date"]):
        s.cell(0, i).text = v
    for i, v in enumerate(["S. Morgan", "Head of Children's Services", "28/02/2025"]):
        s.cell(1, i).text = v
    doc.save(out("ho1-foster-wales-newport-ciw-fostering-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Herefordshire corporate parenting board action plan (xlsx): pledge rows,
#    status by fill colour only (key sheet: green = completed, grey = not
#    started), partners column, dates as real dates shown mmm-yy, dashboard.
# ---------------------------------------------------------------------------
def herefordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2024-26"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Herefordshire Corporate Parenting Board Action Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Update for Board meeting 23 January 2025"
    header_row(ws, 4, ["No.", "What we will do", "Lead(s)", "Partners", "By when", "Status", "Update"])

    def pledge(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, color="FF7030A0")
        c.fill = fill("F2F2F2")

    def act(row, no, what, lead, partners, when, colour, update):
        for i, v in enumerate([no, what, lead, partners, when, None, update], 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "mmm-yy"
        ws.cell(row=row, column=6).fill = fill(colour)

    pledge(5, "Pledge 1: We will help you feel safe, settled and cared for")
    act(6, "P1.1", "Increase the number of Herefordshire foster carers through a targeted "
                   "recruitment campaign with local employers and faith groups.",
        "Fostering Service Manager", "Communications team; foster carer ambassadors",
        dt.datetime(2025, 3, 31), AMBER, "Campaign launched October; 11 enquiries, 3 in assessment.")
    act(7, "P1.2", "Make sure every child in care is offered an independent visitor, explained to "
                   "them at their first review.",
        "Head of IRO Service", "Barnardo's", dt.datetime(2024, 12, 31), GREEN,
        "Offer now recorded at every first review.")
    pledge(8, "Pledge 2: We will listen to you and act on what you tell us")
    act(9, "P2.1", "Hold one Board meeting each year that is planned and chaired by members of the "
                   "Children in Care Council.",
        "Rachel Hughes and Tom Barker", "Children in Care Council", dt.datetime(2024, 7, 31), GREEN,
        "July meeting chaired by two young people; minutes shared on the Local Offer site.")
    act(10, "P2.2", "Roll out the Mind of My Own app to all children in care aged 8 and over, and "
                    "report themes to the Board.",
        "Participation Lead", "Children in Care Council", dt.datetime(2025, 6, 30), AMBER,
        "App live in two of four teams.")
    pledge(11, "Pledge 3: We will support you to do well in education, health and work")
    act(12, "P3.1", "Guarantee a work experience placement or apprenticeship interview within the "
                    "council for every care leaver who asks for one.",
        "Head of HR; Leaving Care Service Manager", "Herefordshire and Ludlow College",
        dt.datetime(2025, 9, 30), GREY, "")
    act(13, "P3.2", "Review the quality of Personal Education Plans with the Virtual School and "
                    "report PEP quality to the Board each term.",
        "Virtual School Headteacher", "Schools", "Termly", AMBER,
        "Autumn term audit: 78% of PEPs rated good.")
    act(14, "P3.3", "Extend free leisure centre passes to care leavers up to age 25.",
        "Head of Leisure Contracts", "Halo Leisure", dt.datetime(2025, 4, 30), RED,
        "Cost not yet agreed with the leisure provider; escalated to the Board.")
    pledge(15, "Pledge 4: We will help you get ready for adult life")
    act(16, "P4.1", "Exempt care leavers living in Herefordshire from council tax up to their 25th "
                    "birthday.",
        "Director of Resources", "Revenues and Benefits", dt.datetime(2024, 4, 30), GREEN,
        "Exemption in place from 1 April 2024; 64 care leavers benefiting.")
    act(17, "P4.2", "Agree a joint housing protocol for care leavers with Strategic Housing, "
                    "including priority banding and tenancy-readiness training.",
        "Housing Solutions Manager", "Registered providers",
        "Sept 2024 – March 2025", AMBER, "Protocol in consultation with registered providers.")
    ws.merge_cells("A19:G19")
    ws["A19"] = "Status is shown by the colour of the Status cell – see the Key & Notes tab."
    ws["A19"].font = Font(italic=True)
    for col, w in zip("ABCDEFG", (7, 55, 30, 30, 12, 9, 45)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key & Notes")
    k["A1"] = "Key"
    k["A1"].font = Font(bold=True)
    for i, (colour, text) in enumerate([(GREEN, "Completed"), (AMBER, "In progress"),
                                        (RED, "Not on track – needs Board attention"),
                                        (GREY, "Not started")], 2):
        k.cell(row=i, column=1).fill = fill(colour)
        k.cell(row=i, column=2, value=text)
    k["A7"] = "Notes"
    k["A7"].font = Font(bold=True)
    k["A8"] = ("Actions are grouped under the four pledges of the Corporate Parenting Strategy "
               "2024–2026, which were written with the Children in Care Council.")
    k["A9"] = "Leads update the plan before each Board meeting."
    k.column_dimensions["B"].width = 40

    d = wb.create_sheet("Dashboard")
    d["A1"] = "Action status – January 2025"
    d["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Completed", 3), ("In progress", 4), ("Not on track", 1),
                                ("Not started", 1), ("Total", 9)], 3):
        d.cell(row=i, column=1, value=a)
        d.cell(row=i, column=2, value=b)
    wb.save(out("ho1-herefordshire-council-corporate-parenting-board-action-plan.xlsx"))


if __name__ == "__main__":
    haringey()
    cumberland()
    thurrock()
    hsscp()
    bury()
    newport()
    herefordshire()
    print("built 7 files in", HERE)
