"""Build the seven gj2- blind test files (set heldout226).

Run with:  /work/main/.venv/bin/python gj2_make.py
Writes the data files next to this script. Each ACTIONS entry carries the
display cells used in the file and, under "exp", the reading a person makes
of it (used to write the .expected.yaml files).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

# RAG colours (hex without #)
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, white=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, fill_hex=None, border=True, fmt=None, white=False, size=10):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(bold=bold, size=size, color="FFFFFF" if white else "000000")
    c.alignment = WRAP
    if fill_hex:
        c.fill = fill(fill_hex)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =============================================================================
# 1. NHS West Yorkshire ICB - Board meeting in public action log (docx)
# =============================================================================
ICB_FILE = "gj2-nhs-west-yorkshire-icb-board-meeting-in-public-action-log.docx"
ICB_TITLE = "NHS West Yorkshire Integrated Care Board – Board Meeting in Public Action Log"
ICB_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
ICB_ACTIONS = [
    dict(ref="24/31", meeting="17/09/2024", minute="ICB 24/082",
         action="Bring a report to a future meeting setting out progress against the West Yorkshire Fuller Stocktake implementation plan, including access to same-day urgent care.",
         lead="Director of Primary Care and Pharmacy", due="May 2025",
         update="Deferred from January 2025 at the Chair’s request so that the evaluation of the primary care access recovery plan can be included. On the forward plan for 20 May 2025.",
         status="On track",
         exp=dict(lead=["Director of Primary Care and Pharmacy"], end="2025-05", status="green")),
    dict(ref="24/38", meeting="19/11/2024", minute="ICB 24/109",
         action="Share the evaluation of the winter communications campaign with Board members, including the uptake of flu and COVID-19 vaccinations in each of the five places.",
         lead="Director of Communications and Engagement", due="March 2025",
         update="Evaluation circulated to members by email on 4 March 2025. Board asked to agree closure.",
         status="Complete",
         exp=dict(lead=["Director of Communications and Engagement"], end="2025-03", status="blue")),
    dict(ref="24/39", meeting="19/11/2024", minute="ICB 24/111",
         action="Agree with the Mental Health, Learning Disability and Autism Collaborative a trajectory for eliminating inappropriate out of area placements, and report it through the Quality Committee.",
         lead="Director of Nursing and Quality; Chief Operating Officer", due="31/03/2025",
         update="Trajectory drafted; confirmation from two provider trusts is awaited. It will not reach the Quality Committee before April.",
         status="At risk",
         exp=dict(lead=["Director of Nursing and Quality", "Chief Operating Officer"], end="2025-03", status="amber")),
    dict(ref="25/02", meeting="21/01/2025", minute="ICB 25/007",
         action="Provide a breakdown of the 2025/26 underlying deficit by place, showing the contribution of continuing healthcare and prescribing growth.",
         lead="Chief Finance Officer", due="18/03/2025",
         update="Included in the finance report at agenda item 9.",
         status="Complete",
         exp=dict(lead=["Chief Finance Officer"], end="2025-03", status="blue")),
    dict(ref="25/03", meeting="21/01/2025", minute="ICB 25/009",
         action="Arrange a Board development session on the West Yorkshire Health Inequalities Academy and the Core20PLUS5 approach for children and young people.",
         lead="IH/AM", due="April 2025",
         update="Session provisionally booked for 8 April 2025; speakers being confirmed.",
         status="On track",
         exp=dict(lead=["IH", "AM"], end="2025-04", status="green")),
    dict(ref="25/05", meeting="21/01/2025", minute="ICB 25/012",
         action="Write to NHS England on behalf of the Board setting out the impact of the 2025/26 capital allocation on the estates plans of the five places.",
         lead="Chief Executive", due="February 2025",
         update="Letter drafted but not sent, pending the national planning guidance. The Chair has asked for it to be sent before the next meeting.",
         status="Overdue",
         exp=dict(lead=["Chief Executive"], end="2025-02", status="red")),
    dict(ref="25/06", meeting="21/01/2025", minute="ICB 25/014",
         action="Keep the Board sighted on the maternity and neonatal single improvement plan through the Chief Executive’s report until all West Yorkshire trusts have exited the Maternity Safety Support Programme.",
         lead="Director of Nursing and Quality", due="Standing item",
         update="Update included in the Chief Executive’s report for this meeting.",
         status="On track",
         exp=dict(lead=["Director of Nursing and Quality"], end=None, end_text="Standing item", status="green")),
    dict(ref="25/09", meeting="21/01/2025", minute="ICB 25/018",
         action="Circulate the refreshed Board Assurance Framework risk score for the system workforce risk (BAF 4), with narrative on the impact of industrial action.",
         lead="Director of Corporate Affairs", due="Feb-25",
         update="Circulated to members on 12 February 2025.",
         status="Complete",
         exp=dict(lead=["Director of Corporate Affairs"], end="2025-02", status="blue")),
]


def build_icb():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(ICB_TITLE, level=1)
    doc.add_paragraph("Integrated Care Board meeting held in public – Tuesday 18 March 2025 – Agenda item 4")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report title", "Board action log"),
                 ("Meeting date", "18 March 2025"),
                 ("Agenda item", "4 – Matters arising and action log"),
                 ("Report author", "Head of Corporate Governance"),
                 ("Purpose", "To review progress against actions agreed at previous meetings and agree the closure of completed actions.")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True, fill=GREY)
        set_cell(r[1], v)
    doc.add_paragraph("")

    doc.add_paragraph().add_run("Status key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for s, meaning in [("Complete", "Action completed – Board asked to agree closure"),
                       ("On track", "Action progressing and due date not yet reached"),
                       ("At risk", "Action at risk of missing its due date"),
                       ("Overdue", "Due date has passed and the action is not complete")]:
        r = k.add_row().cells
        set_cell(r[0], s, bold=True, fill=ICB_STATUS_FILL[s])
        set_cell(r[1], meaning)
    doc.add_paragraph("")
    doc.add_paragraph("Actions agreed as closed at the meeting on 21 January 2025 have been removed from the log.")

    heads = ["No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Update", "Status"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, heads):
        set_cell(c, h, bold=True, fill=NAVY, white=True)
    for a in ICB_ACTIONS:
        r = tb.add_row().cells
        vals = [a["ref"], a["meeting"], a["minute"], a["action"], a["lead"], a["due"], a["update"], a["status"]]
        for c, v in zip(r, vals):
            set_cell(c, v)
        shade(r[7], ICB_STATUS_FILL[a["status"]])
    doc.add_paragraph("")
    doc.add_paragraph("Queries about this log should be directed to the ICB Corporate Governance Team.")
    doc.save(p(ICB_FILE))


# =============================================================================
# 2. West Glamorgan Safeguarding Board - Adult Practice Review action plan (docx)
# =============================================================================
WG_FILE = "gj2-west-glamorgan-safeguarding-board-adult-practice-review-action-plan.docx"
WG_TITLE = "West Glamorgan Safeguarding Board – Adult Practice Review WGSB 2/2023 Action Plan"
WG_RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
WG_RAG_STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
# (theme, [(recommendation text, [actions])])
WG_PLAN = [
    ("Learning theme 1: Recognising and responding to self-neglect", [
        ("WGSB should seek assurance that partner agencies use the regional self-neglect guidance and that practitioners understand when self-neglect should be managed as a safeguarding concern.", [
            dict(ref="1.1",
                 action="Relaunch the regional self-neglect and hoarding guidance through a 7-minute briefing and practitioner webinars in both local authority areas.",
                 lead="WGSB Business Unit", due="June 2024",
                 update="Two webinars delivered in May 2024 (142 attendees). 7-minute briefing published in English and Welsh.",
                 rag="B", exp=dict(lead=["WGSB Business Unit"], end="2024-06")),
            dict(ref="1.2",
                 action="Undertake a multi-agency audit of adult at risk reports involving self-neglect, to test whether the threshold for a section 126 enquiry is applied consistently.",
                 lead="Quality and Performance Sub-group", due="Q3 2024/25",
                 update="Audit tool agreed. Fieldwork delayed by the availability of health auditors and now scheduled for March 2025.",
                 rag="A", exp=dict(lead=["Quality and Performance Sub-group"], end="2024-12")),
        ]),
        ("Swansea Council and Neath Port Talbot Council should ensure that the ‘Team Around the Individual’ approach is used where an adult declines care and support but risks are escalating.", [
            dict(ref="2.1",
                 action="Issue practice guidance to adult social care teams on convening a Team Around the Individual meeting, including the role of the lead professional.",
                 lead="Swansea Council / Neath Port Talbot Council", due="30/09/2024",
                 update="Guidance issued in both local authorities in September 2024.",
                 rag="B", exp=dict(lead=["Swansea Council", "Neath Port Talbot Council"], end="2024-09")),
            dict(ref="2.2",
                 action="Add Team Around the Individual meetings to the quarterly safeguarding performance report so that use of the approach can be monitored.",
                 lead="Quality and Performance Sub-group", due="March 2025",
                 update="Indicator included from Quarter 3; first report to the Sub-group in February 2025.",
                 rag="G", exp=dict(lead=["Quality and Performance Sub-group"], end="2025-03")),
        ]),
    ]),
    ("Learning theme 2: Mental capacity and executive functioning", [
        ("Swansea Bay University Health Board and the two local authorities should strengthen practice in assessing mental capacity where there are concerns about a person’s executive functioning.", [
            dict(ref="3.1",
                 action="Include executive functioning and the ‘say-do’ gap in the Mental Capacity Act level 3 training delivered by the health board and both local authorities.",
                 lead="Swansea Bay UHB, Swansea Council, Neath Port Talbot Council", due="December 2024",
                 update="Training content revised and in use by all three agencies since November 2024.",
                 rag="B", exp=dict(lead=["Swansea Bay UHB", "Swansea Council", "Neath Port Talbot Council"], end="2024-12")),
            dict(ref="3.2",
                 action="Develop a shared template for recording capacity assessments for complex decisions, for use across health and social care.",
                 lead="Swansea Bay UHB", due="Q1 2025/26",
                 update="Draft template with the regional MCA leads group; consultation closes at the end of April 2025.",
                 rag="G", exp=dict(lead=["Swansea Bay UHB"], end="2025-06")),
        ]),
    ]),
    ("Learning theme 3: Information sharing and escalation", [
        ("WGSB should be assured that agencies know how to escalate professional disagreements and that the regional escalation protocol is used when concerns are not resolved.", [
            dict(ref="4.1",
                 action="Review and reissue the regional Resolving Professional Differences (escalation) protocol, with a one-page flowchart for practitioners.",
                 lead="Policy and Procedures Sub-group", due="January 2025",
                 update="Revised protocol approved by the Board on 16 January 2025 and published on the WGSB website.",
                 rag="B", exp=dict(lead=["Policy and Procedures Sub-group"], end="2025-01")),
            dict(ref="4.2",
                 action="Seek confirmation from each partner agency that the protocol is included in the induction of staff working with adults.",
                 lead="WGSB Business Unit", due="Ongoing",
                 update="Confirmation received from 6 of 9 agencies.",
                 rag="A", exp=dict(lead=["WGSB Business Unit"], end=None, end_text="Ongoing")),
            dict(ref="4.3",
                 action="Brief neighbourhood policing teams on making adult at risk reports where repeat welfare calls are received about the same person.",
                 lead="South Wales Police", due="31/03/2025",
                 update="Briefing prepared, but delivery through the Western BCU training days has not started.",
                 rag="R", exp=dict(lead=["South Wales Police"], end="2025-03")),
        ]),
    ]),
]


def build_wg():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(WG_TITLE, level=0)
    doc.add_paragraph("Extended Adult Practice Review in respect of Adult W – multi-agency action plan and progress report")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Review type", "Extended Adult Practice Review"),
                 ("Board reference", "WGSB 2/2023"),
                 ("Report approved by the Board", "14 November 2024"),
                 ("Action plan monitored by", "Practice Review Management Group"),
                 ("Version", "V4 – progress at 28 February 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True, fill=GREY, size=10)
        set_cell(r[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key:  B – complete and evidenced;  G – on track;  A – some slippage, remedial action in place;  R – not progressing or significant risk to delivery.")

    heads = ["Ref", "Action", "Lead agency", "Target date", "Progress update", "RAG"]
    n = 0
    for theme, recs in WG_PLAN:
        doc.add_heading(theme, level=1)
        for rec, actions in recs:
            n += 1
            doc.add_heading(f"Recommendation {n}", level=2)
            doc.add_paragraph(rec)
            tb = doc.add_table(rows=1, cols=len(heads))
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, heads):
                set_cell(c, h, bold=True, fill="DEEAF6")
            for a in actions:
                r = tb.add_row().cells
                for c, v in zip(r, [a["ref"], a["action"], a["lead"], a["due"], a["update"], a["rag"]]):
                    set_cell(c, v)
                shade(r[5], WG_RAG_FILL[a["rag"]])
            doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Chair, Practice Review Management Group", "Signed"),
                 ("Date", "3 March 2025"),
                 ("Next review", "Practice Review Management Group, June 2025")]:
        r = s.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.save(p(WG_FILE))


# =============================================================================
# 3. Hampshire Hospitals NHSFT - maternity and neonatal improvement plan (xlsx)
#    REFUSE: mistyped revised due date "Jun-2O25"
# =============================================================================
MAT_FILE = "gj2-hampshire-hospitals-nhsft-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx"
MAT_TITLE = "Hampshire Hospitals NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2024–2026"
MAT_RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
MAT_PLAN = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "3YDP / MNVP", "Co-produce a personalised care and support plan template with the Maternity and Neonatal Voices Partnership and implement it on BadgerNet.",
         "Chief Nursing Officer", "Director of Midwifery", "Sep-2024", "Jan-2025",
         "Template live on BadgerNet from 13 January 2025. Audit of uptake planned for April.", "A", "B"),
        ("1.2", "CQC 2023 (should)", "Improve access to interpreters for women whose first language is not English, including at maternity triage.",
         "Chief Nursing Officer", "Deputy Head of Midwifery", "Dec-2024", "",
         "Telephone interpreting available at triage on both sites; face-to-face booking process simplified.", "A", "G"),
        ("1.3", "Bereavement standards", "Open a dedicated bereavement suite on the labour ward at Royal Hampshire County Hospital.",
         "Chief Operating Officer", "Women’s Health Divisional Director", "Mar-2025", "",
         "Estates works started February 2025.", "G", "G"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "3YDP", "Implement the midwifery retention action plan, including preceptorship support and the legacy mentor scheme.",
         "Chief People Officer", "Director of Midwifery", "Mar-2025", "",
         "Legacy mentors in post on both sites; vacancy rate down to 6.1%.", "G", "G"),
        ("2.2", "CQC 2023 (must)", "Recruit to the funded obstetric consultant establishment so that there is 24/7 consultant presence on the labour ward at Basingstoke.",
         "Chief Medical Officer", "Clinical Director, Obstetrics", "Mar-2025", "Jun-2O25",
         "Two consultants appointed, start dates in May. Rota change needs job planning to be completed.", "A", "A"),
        ("2.3", "MIS Y6 SA4", "Complete the annual neonatal nursing workforce review against BAPM standards and present it to the Board.",
         "Chief Nursing Officer", "Neonatal Matron", "Jan-2025", "",
         "Presented to Trust Board on 30 January 2025.", "G", "B"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "PCLP", "Complete the SCORE culture survey debriefs with each maternity team and agree a team-level action plan.",
         "Chief Nursing Officer", "Director of Midwifery; Clinical Director, Obstetrics", "Nov-2024", "Apr-2025",
         "Debriefs held with 5 of 7 teams.", "R", "A"),
        ("3.2", "PSIRF", "Publish a monthly maternity safety learning bulletin drawing on PSIRF learning responses and MNSI reports.",
         "Chief Medical Officer", "Maternity Governance Lead", "Oct-2024", "",
         "Bulletin published monthly since October 2024.", "B", "B"),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
        ("4.1", "SBLCBv3", "Achieve full compliance with all six elements of the Saving Babies’ Lives Care Bundle version 3.",
         "Chief Medical Officer", "Consultant Obstetrician – Fetal Medicine", "Mar-2025", "",
         "Compliance at 87% overall; element 2 (fetal growth) remains below target.", "A", "A"),
        ("4.2", "Estates", "Replace the CTG central monitoring system on both sites.",
         "Chief Finance Officer", "Maternity Digital Midwife", "Jul-2025", "",
         "Business case approved; supplier selected.", "G", "G"),
    ]),
]


def build_mat():
    wb = Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    widths(ws, [28, 70])
    put(ws, 1, 1, MAT_TITLE, bold=True, border=False, size=14)
    info = [("Version", "v7.2"),
            ("Reporting period", "February 2025"),
            ("Executive sponsor", "Chief Nursing Officer"),
            ("Reported to", "Maternity and Neonatal Safety Champions; Quality and Performance Committee; Trust Board (Part 1)"),
            ("Sites", "Basingstoke and North Hampshire Hospital; Royal Hampshire County Hospital, Winchester")]
    r = 4
    for k, v in info:
        put(ws, r, 1, k, bold=True, fill_hex=GREY)
        put(ws, r, 2, v)
        r += 1
    r += 1
    put(ws, r, 1, "RAG key", bold=True, border=False)
    r += 1
    for col, txt in [(BLUE, "Blue – complete and evidenced"), (GREEN, "Green – on track to deliver by the due date"),
                     (AMBER, "Amber – risk to delivery, mitigations in place"), (RED, "Red – off track, escalation required")]:
        put(ws, r, 1, "", fill_hex=col)
        put(ws, r, 2, txt)
        r += 1
    r += 1
    put(ws, r, 1, "Summary by theme (current RAG)", bold=True, border=False)
    r += 1
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    ws.column_dimensions["C"].width = 8
    for i, h in enumerate(hdr, 1):
        put(ws, r, i, h, bold=True, fill_hex=GREY)
    r += 1
    tot = [0, 0, 0, 0, 0]
    for theme, acts in MAT_PLAN:
        counts = [len(acts)] + [sum(1 for a in acts if a[9] == k) for k in "BGAR"]
        put(ws, r, 1, theme.split(":")[0])
        for i, cval in enumerate(counts, 2):
            put(ws, r, i, cval)
        tot = [x + y for x, y in zip(tot, counts)]
        r += 1
    put(ws, r, 1, "Total", bold=True)
    for i, cval in enumerate(tot, 2):
        put(ws, r, i, cval, bold=True)

    ws2 = wb.create_sheet("Improvement plan")
    widths(ws2, [7, 16, 55, 20, 26, 12, 12, 50, 10, 10])
    put(ws2, 1, 1, "Maternity and Neonatal Improvement Plan – progress at February 2025", bold=True, border=False, size=13)
    put(ws2, 2, 1, "Actions from the CQC maternity inspection (2023), the Three-Year Delivery Plan (3YDP), the Maternity Incentive Scheme (MIS) and local learning.", border=False)
    heads = ["Ref", "Source", "Action", "Executive lead", "Operational lead", "Original due date",
             "Revised due date", "Progress update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, 1):
        put(ws2, 4, i, h, bold=True, fill_hex=NAVY, white=True)
    ws2.freeze_panes = "A5"
    r = 5
    typo_row = None
    for theme, acts in MAT_PLAN:
        put(ws2, r, 1, theme, bold=True, fill_hex="D9E1F2")
        for cidx in range(2, 11):
            put(ws2, r, cidx, None, fill_hex="D9E1F2")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for a in acts:
            for i, v in enumerate(a[:8], 1):
                put(ws2, r, i, v if v != "" else None)
            put(ws2, r, 9, a[8], fill_hex=MAT_RAG[a[8]])
            put(ws2, r, 10, a[9], fill_hex=MAT_RAG[a[9]])
            if "2O25" in a[6]:
                typo_row = r
            r += 1
    r += 1
    put(ws2, r, 1, "Where a revised due date is shown it has been agreed by the Maternity and Neonatal Safety Champions.", border=False)
    wb.save(p(MAT_FILE))
    return typo_row


# =============================================================================
# 4. Wychavon District Council - corporate risk register Q3 2025/26 (xlsx)
# =============================================================================
WY_FILE = "gj2-wychavon-dc-corporate-risk-register-q3-2025-26.xlsx"
WY_TITLE = "Wychavon District Council – Corporate Risk Register, Quarter 3 2025/26"
WY_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
WY_RISKS = [
    ("CR01", "CR01 Financial sustainability – failure to deliver a balanced Medium Term Financial Plan",
     "Section 151 Officer", 20, 12, 12, "↔", 8, [
        ("CR01.1", "Refresh the Medium Term Financial Plan to reflect the provisional local government finance settlement and report it to the Executive Board.",
         "Section 151 Officer", dt.datetime(2026, 2, 28), "Provisional settlement received 18 December 2025. Refresh on track for the February Executive Board.", "On track",
         dict(lead=["Section 151 Officer"], end="2026-02")),
        ("CR01.2", "Deliver the 2025/26 savings and income programme, with monthly monitoring by the Corporate Leadership Team.",
         "Deputy Chief Executive / Head of Finance", dt.datetime(2026, 3, 31), "£1.12m of £1.35m delivered; car parking income is below forecast.", "At risk",
         dict(lead=["Deputy Chief Executive", "Head of Finance"], end="2026-03")),
    ]),
    ("CR02", "CR02 Local government reorganisation – disruption to services and loss of key staff during the move to unitary government",
     "Chief Executive", 16, 12, 16, "↑", 9, [
        ("CR02.1", "Contribute to the Worcestershire councils’ joint proposal for unitary local government and submit it to Government.",
         "Chief Executive", "Nov-25", "Joint proposal submitted on 28 November 2025.", "Complete",
         dict(lead=["Chief Executive"], end="2025-11")),
        ("CR02.2", "Put in place a staff engagement and retention plan for the reorganisation period, including monthly all-staff briefings.",
         "Head of HR and Organisational Development", "Q4 2025/26", "First all-staff briefing held in December; retention plan in draft.", "On track",
         dict(lead=["Head of HR and Organisational Development"], end="2026-03")),
    ]),
    ("CR03", "CR03 Cyber security – loss of systems or data following a cyber attack",
     "Head of ICT", 20, 15, 15, "↔", 10, [
        ("CR03.1", "Complete the move to multi-factor authentication for all remote access accounts, including councillors.",
         "Head of ICT", dt.datetime(2025, 10, 31), "Rolled out to all staff; 9 councillors still to enrol.", "Overdue",
         dict(lead=["Head of ICT"], end="2025-10")),
        ("CR03.2", "Run a cyber incident exercise with the Corporate Leadership Team using the LGA exercise pack.",
         "Head of ICT", "March 2026", "Date set for 10 March 2026.", "On track",
         dict(lead=["Head of ICT"], end="2026-03")),
    ]),
    ("CR04", "CR04 Housing and homelessness – rising demand for temporary accommodation exceeds supply and budget",
     "Head of Housing and Communities", 16, 12, 16, "↑", 9, [
        ("CR04.1", "Bring the additional temporary accommodation units in Evesham into use to reduce the use of bed and breakfast.",
         "Head of Housing and Communities", "Jan-26", "Handover delayed by the contractor; 4 of 8 units ready.", "At risk",
         dict(lead=["Head of Housing and Communities"], end="2026-01")),
        ("CR04.2", "Review the homelessness prevention grant spending plan with the South Worcestershire councils.",
         "Housing Services Manager", "Ongoing", "Reviewed quarterly at the South Worcestershire housing managers meeting.", "On track",
         dict(lead=["Housing Services Manager"], end=None, end_text="Ongoing")),
    ]),
    ("CR05", "CR05 Waste and recycling – failure to introduce weekly food waste collections by April 2026",
     "Head of Environmental Services", 12, 8, 8, "↓", 6, [
        ("CR05.1", "Procure food waste vehicles and caddies in time for the start of weekly food waste collections.",
         "Head of Environmental Services", dt.datetime(2026, 3, 31), "Vehicles ordered; delivery confirmed for February 2026.", "On track",
         dict(lead=["Head of Environmental Services"], end="2026-03")),
    ]),
]


def build_wy():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    widths(ws, [9, 60, 30, 11, 11, 11, 11, 9])
    put(ws, 1, 1, "Wychavon District Council – Corporate Risk Register, Quarter 3 2025/26", bold=True, border=False, size=14)
    put(ws, 2, 1, "Position at 31 December 2025. Reported to Audit Committee, 5 February 2026.", border=False)
    heads = ["Risk ref", "Risk", "Risk owner", "Inherent score", "Residual score Q2", "Residual score Q3", "Direction of travel", "Target score"]
    for i, h in enumerate(heads, 1):
        put(ws, 4, i, h, bold=True, fill_hex=NAVY, white=True)
    r = 5
    for rid, title, owner, inh, q2, q3, dot, tgt, _ in WY_RISKS:
        for i, v in enumerate([rid, title.split(" ", 1)[1], owner, inh, q2, q3, dot, tgt], 1):
            c = put(ws, r, i, v)
        sc = ws.cell(row=r, column=6)
        sc.fill = fill(RED if q3 >= 15 else AMBER if q3 >= 8 else GREEN)
        r += 1
    r += 1
    put(ws, r, 1, "Scores are likelihood × impact on a 5 × 5 matrix. 15–25 high (red); 8–12 medium (amber); 1–6 low (green).", border=False)

    ws2 = wb.create_sheet("Mitigating actions")
    widths(ws2, [10, 62, 30, 13, 50, 12])
    put(ws2, 1, 1, "Corporate Risk Register – further mitigating actions, Q3 2025/26", bold=True, border=False, size=13)
    put(ws2, 2, 1, "Existing controls are recorded in the full register held on the risk management system. Only further actions not yet fully in place are listed.", border=False)
    heads = ["Action ref", "Further mitigating action", "Action owner", "Target date", "Q3 update", "Status"]
    for i, h in enumerate(heads, 1):
        put(ws2, 4, i, h, bold=True, fill_hex=NAVY, white=True)
    r = 5
    for rid, title, owner, inh, q2, q3, dot, tgt, acts in WY_RISKS:
        put(ws2, r, 1, title, bold=True, fill_hex="FCE4D6")
        for cidx in range(2, 7):
            put(ws2, r, cidx, None, fill_hex="FCE4D6")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, action, lead, due, upd, status, _e in acts:
            put(ws2, r, 1, ref)
            put(ws2, r, 2, action)
            put(ws2, r, 3, lead)
            put(ws2, r, 4, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
            put(ws2, r, 5, upd)
            put(ws2, r, 6, status, fill_hex=WY_STATUS_FILL[status])
            r += 1
    r += 1
    put(ws2, r, 1, "Status key: Complete = action delivered (blue); On track (green); At risk = target date may be missed (amber); Overdue = target date passed (red).", border=False)

    ws3 = wb.create_sheet("Scoring matrix")
    widths(ws3, [14, 8, 8, 8, 8, 8])
    put(ws3, 1, 1, "Risk scoring matrix (likelihood × impact)", bold=True, border=False)
    put(ws3, 2, 1, "Likelihood \\ Impact", bold=True)
    for j in range(1, 6):
        put(ws3, 2, j + 1, j, bold=True)
    for i in range(5, 0, -1):
        rr = 3 + (5 - i)
        put(ws3, rr, 1, i, bold=True)
        for j in range(1, 6):
            s = i * j
            put(ws3, rr, j + 1, s, fill_hex=RED if s >= 15 else AMBER if s >= 8 else GREEN)
    wb.save(p(WY_FILE))


# =============================================================================
# 5. Shropshire Council - transformation programme highlight report (xlsx)
#    RAG shown by fill colour only
# =============================================================================
SH_FILE = "gj2-shropshire-council-transformation-improvement-programme-highlight-report.xlsx"
SH_TITLE = "Shropshire Council – Transformation and Improvement Programme Highlight Report"
SH_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
SH_STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
SH_WS = [
    ("WS1 – Organisational redesign", "Executive Director of Resources", "G", "A", 14.2, 12.9, [
        ("1.1", "Complete consultation on the tier 3 and tier 4 management structure.",
         "Assistant Director Workforce", dt.datetime(2025, 7, 31), dt.datetime(2025, 9, 30), "G", "B",
         "Consultation closed 30 September; outcome letters issued.", dict(lead=["Assistant Director Workforce"], end="2025-09")),
        ("1.2", "Implement the new operating model for the Place directorate.",
         "Executive Director of Place", dt.datetime(2025, 10, 31), dt.datetime(2026, 1, 30), "A", "A",
         "Go-live moved to January to align with the highways contract changes.", dict(lead=["Executive Director of Place"], end="2026-01")),
        ("1.3", "Reduce agency and interim spend to the 2025/26 target through the vacancy management panel.",
         "Assistant Director Workforce / Head of Finance", dt.datetime(2026, 3, 31), dt.datetime(2026, 3, 31), "G", "A",
         "Agency spend £0.4m above profile at period 7, mainly in children’s social care.", dict(lead=["Assistant Director Workforce", "Head of Finance"], end="2026-03")),
    ]),
    ("WS2 – Customer and digital", "Executive Director of Resources", "A", "A", 3.1, 2.4, [
        ("2.1", "Launch the new customer portal and online account for council tax and benefits.",
         "Head of Customer Services", dt.datetime(2025, 9, 30), dt.datetime(2025, 11, 28), "R", "A",
         "User acceptance testing complete; launch date agreed with the supplier.", dict(lead=["Head of Customer Services"], end="2025-11")),
        ("2.2", "Migrate the remaining telephony lines to the cloud contact centre platform.",
         "Head of Digital and Technology", dt.datetime(2025, 12, 19), dt.datetime(2025, 12, 19), "G", "G",
         "Migration plan agreed; 60% of lines moved.", dict(lead=["Head of Digital and Technology"], end="2025-12")),
        ("2.3", "Introduce automated triage of highways fault reports made through the council’s app.",
         "Head of Digital and Technology", dt.datetime(2026, 2, 27), dt.datetime(2026, 4, 30), "G", "R",
         "Integration with the highways asset system has failed testing; revised plan to Transformation Board in December.", dict(lead=["Head of Digital and Technology"], end="2026-04")),
    ]),
    ("WS3 – Adult social care demand management", "Executive Director of People", "A", "G", 18.5, 17.8, [
        ("3.1", "Expand the technology enabled care offer to 600 additional households.",
         "Assistant Director Adult Social Care Operations", dt.datetime(2026, 3, 31), dt.datetime(2026, 3, 31), "G", "G",
         "412 additional households supported to date.", dict(lead=["Assistant Director Adult Social Care Operations"], end="2026-03")),
        ("3.2", "Complete strengths-based reviews of all long-term residential placements funded above the usual rate.",
         "Service Manager, Review Team", dt.datetime(2025, 12, 31), dt.datetime(2026, 2, 27), "A", "A",
         "186 of 240 reviews completed.", dict(lead=["Service Manager, Review Team"], end="2026-02")),
    ]),
    ("WS4 – Assets and commercial", "Executive Director of Place", "G", "G", 5.6, 5.9, [
        ("4.1", "Agree the disposal programme for surplus office accommodation, including the remaining floors of the Guildhall.",
         "Head of Property and Development", dt.datetime(2025, 8, 29), dt.datetime(2025, 8, 29), "B", "B",
         "Approved by Cabinet in August.", dict(lead=["Head of Property and Development"], end="2025-08")),
        ("4.2", "Carry out a review of fees and charges for discretionary services as part of the 2026/27 budget.",
         "Head of Finance", dt.datetime(2026, 2, 25), dt.datetime(2026, 2, 25), "G", "G",
         "Proposals with portfolio holders.", dict(lead=["Head of Finance"], end="2026-02")),
        ("4.3", "Market-test the management of the leisure centres ahead of the contract expiry.",
         "Commissioning Manager – Leisure", dt.datetime(2026, 3, 31), dt.datetime(2026, 6, 30), "G", "A",
         "Soft market testing complete; procurement route to be agreed.", dict(lead=["Commissioning Manager – Leisure"], end="2026-06")),
    ]),
]


def build_sh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    widths(ws, [40, 34, 14, 14, 16, 14])
    put(ws, 1, 1, SH_TITLE, bold=True, border=False, size=14)
    put(ws, 3, 1, "Reporting period: October 2025 (Period 7)", border=False)
    put(ws, 4, 1, "Report to: Transformation Board, 12 November 2025", border=False)
    heads = ["Workstream", "Senior Responsible Officer", "Overall RAG – last period", "Overall RAG – this period",
             "Savings target 2025/26 (£m)", "Forecast (£m)"]
    for i, h in enumerate(heads, 1):
        put(ws, 6, i, h, bold=True, fill_hex=NAVY, white=True)
    r = 7
    t_target = t_fc = 0
    for name, sro, last, this, tgt, fc, _ in SH_WS:
        put(ws, r, 1, name)
        put(ws, r, 2, sro)
        put(ws, r, 3, None, fill_hex=SH_FILL[last])
        put(ws, r, 4, None, fill_hex=SH_FILL[this])
        put(ws, r, 5, tgt, fmt="0.0")
        put(ws, r, 6, fc, fmt="0.0")
        t_target += tgt
        t_fc += fc
        r += 1
    put(ws, r, 1, "Programme total", bold=True)
    put(ws, r, 2, None)
    put(ws, r, 3, None)
    put(ws, r, 4, None)
    put(ws, r, 5, round(t_target, 1), bold=True, fmt="0.0")
    put(ws, r, 6, round(t_fc, 1), bold=True, fmt="0.0")
    r += 2
    put(ws, r, 1, "Decisions required from Transformation Board", bold=True, border=False)
    put(ws, r + 1, 1, "Note the revised forecast dates in WS1 and WS2 and agree the recovery plan for milestone 2.3 at the December meeting.", border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)

    ws2 = wb.create_sheet("Milestones")
    widths(ws2, [7, 60, 32, 13, 13, 10, 10, 55])
    put(ws2, 1, 1, "Programme milestone tracker – October 2025", bold=True, border=False, size=13)
    heads = ["Ref", "Milestone", "Milestone owner", "Baseline date", "Forecast / actual date", "Last period", "This period", "Commentary"]
    for i, h in enumerate(heads, 1):
        put(ws2, 3, i, h, bold=True, fill_hex=NAVY, white=True)
    ws2.freeze_panes = "A4"
    r = 4
    for name, sro, last, this, tgt, fc, ms in SH_WS:
        put(ws2, r, 1, name, bold=True, fill_hex="E2EFDA")
        for cidx in range(2, 9):
            put(ws2, r, cidx, None, fill_hex="E2EFDA")
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, owner, base, fcast, lastp, thisp, comm, _e in ms:
            put(ws2, r, 1, ref)
            put(ws2, r, 2, text)
            put(ws2, r, 3, owner)
            put(ws2, r, 4, base, fmt="dd/mm/yyyy")
            put(ws2, r, 5, fcast, fmt="dd/mm/yyyy")
            put(ws2, r, 6, None, fill_hex=SH_FILL[lastp])
            put(ws2, r, 7, None, fill_hex=SH_FILL[thisp])
            put(ws2, r, 8, comm)
            r += 1

    ws3 = wb.create_sheet("Key")
    widths(ws3, [10, 60])
    put(ws3, 1, 1, "RAG key", bold=True, border=False)
    for i, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "At risk – recoverable within the workstream"),
                                    (RED, "Off track – Transformation Board intervention needed")], start=2):
        put(ws3, i, 1, None, fill_hex=col)
        put(ws3, i, 2, txt)
    put(ws3, 7, 1, "Baseline dates are those agreed when the programme was approved by Cabinet. Where a milestone has moved, the forecast date is shown.", border=False)
    wb.save(p(SH_FILE))


# =============================================================================
# 6. Uttlesford CSP - domestic homicide review action plan (csv export)
# =============================================================================
UT_FILE = "gj2-uttlesford-csp-dhr-ada-action-plan.csv"
UT_TITLE = "Uttlesford Community Safety Partnership – Domestic Homicide Review ‘Ada’: Action Plan"
UT_PLAN = [
    ("1. Uttlesford CSP should assure itself that domestic abuse awareness training for frontline district council staff includes economic abuse and coercive control in older people’s relationships.", "Local", [
        ("1.1", "Commission a refreshed domestic abuse e-learning module for Uttlesford District Council staff covering economic abuse and coercive control in later life.",
         "Uttlesford District Council", "Module specified; supplier identified", "March 2025", "", "Green",
         dict(lead=["Uttlesford District Council"], end="2025-03", status="green")),
        ("1.2", "Report training completion rates for housing, revenues and benefits staff to the CSP every six months.",
         "Uttlesford District Council", "First report to the CSP in July 2025", "Jul-25", "", "Green",
         dict(lead=["Uttlesford District Council"], end="2025-07", status="green")),
    ]),
    ("2. Essex Police should review how repeat calls from an older victim are identified where the caller does not disclose domestic abuse.", "Regional", [
        ("2.1", "Review the call-handling risk identification questions for callers aged 60 and over, and brief Force Control Room staff on the findings.",
         "Essex Police", "Review complete; briefing delivered to all FCR shifts", "31/12/2024",
         "Completed 16/12/2024 – briefing note issued and 50 calls audited", "Blue",
         dict(lead=["Essex Police"], end="2024-12", status="blue")),
        ("2.2", "Add a repeat-caller marker for domestic incidents involving older victims to the command and control system.\nThe marker to be reviewed after six months of use.",
         "Essex Police", "Change request submitted to the systems team", "Q2 2025/26", "", "Amber",
         dict(lead=["Essex Police"], end="2025-09", status="amber")),
    ]),
    ("3. Hertfordshire and West Essex ICB should ensure that GPs routinely ask about domestic abuse when a patient presents with unexplained injuries or low mood, including patients aged over 65.", "Local", [
        ("3.1", "Circulate guidance on routine enquiry about domestic abuse to all Uttlesford GP practices and include it in the protected learning time programme.",
         "Hertfordshire and West Essex ICB", "Guidance drafted with the named GP for safeguarding", "April 2025", "", "Green",
         dict(lead=["Hertfordshire and West Essex ICB"], end="2025-04", status="green")),
        ("3.2", "Audit a sample of records of patients aged over 65 presenting with injuries, to test whether routine enquiry took place.",
         "Hertfordshire and West Essex ICB", "", "Sept 2025", "", "",
         dict(lead=["Hertfordshire and West Essex ICB"], end="2025-09", status="unrated")),
    ]),
    ("4. Essex County Council and Uttlesford District Council should ensure that carers’ assessments consider the risk of domestic abuse where the carer is the partner of the person cared for.", "Local", [
        ("4.1", "Amend the carer’s assessment template to include a prompt on domestic abuse and controlling behaviour.",
         "Essex County Council", "Template change approved by the Adult Social Care Practice Board", "30/11/2024",
         "Completed November 2024 – new template in use", "Blue",
         dict(lead=["Essex County Council"], end="2024-11", status="blue")),
        ("4.2", "Brief Uttlesford housing and Lifeline staff on recognising abuse by a partner who is also a carer.",
         "Uttlesford District Council; Essex County Council", "", "June 2025", "", "Red",
         dict(lead=["Uttlesford District Council", "Essex County Council"], end="2025-06", status="red")),
    ]),
]


def build_ut():
    ncol = 9
    rows = [[UT_TITLE] + [""] * (ncol - 1),
            ["Review reference UCSP DHR 2023/01 – progress at 31 January 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Recommendation", "Scope (local/regional/national)", "Action No.", "Action to take", "Lead agency",
             "Key milestones achieved", "Target date", "Date of completion and outcome", "RAG"]]
    for rec, scope, acts in UT_PLAN:
        for i, (no, action, lead, miles, due, done, rag, _e) in enumerate(acts):
            rows.append([rec if i == 0 else "", scope if i == 0 else "", no, action, lead, miles, due, done, rag])
    rows.append([""] * ncol)
    rows.append(["RAG: Blue = complete; Green = on track; Amber = some delay; Red = off track. Blank = not yet started."] + [""] * (ncol - 1))
    with open(p(UT_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# =============================================================================
# 7. Bridgend CSP - community safety delivery plan 2025-26 (tab-separated txt)
# =============================================================================
BR_FILE = "gj2-bridgend-csp-community-safety-delivery-plan-2025-26.txt"
BR_TITLE = "Bridgend Community Safety Partnership – Community Safety Delivery Plan 2025-26"
BR_PLAN = [
    ("PRIORITY 1: Reduce serious violence and knife crime", [
        ("Objective 1A: Deliver the Serious Violence Duty strategy for Bridgend", [
            ("1A.1", "Refresh the Bridgend serious violence strategic needs assessment with 2024/25 data and share it with the Wales Violence Prevention Unit.",
             "Bridgend CBC Community Safety Team", "South Wales Police; Youth Justice Service", "September 2025",
             "Refreshed assessment completed and shared on 26/09/2025.", "Complete",
             dict(lead=["Bridgend CBC Community Safety Team"], end="2025-09", status="blue")),
            ("1A.2", "Run two knife crime awareness weeks in secondary schools, linked to Operation Sceptre.",
             "South Wales Police", "Bridgend CBC Education; Youth Justice Service", "Nov-25",
             "First week held in September; second planned for November.", "Green",
             dict(lead=["South Wales Police"], end="2025-11", status="green")),
        ]),
        ("Objective 1B: Reduce violence in the night-time economy", [
            ("1B.1", "Keep the town centre safe space open on Friday and Saturday nights, with street pastors and first-aid cover.",
             "Bridgend CBC Community Safety Team", "Street Pastors; Welsh Ambulance Service", "Ongoing",
             "Open every weekend this quarter; 63 people supported.", "Green",
             dict(lead=["Bridgend CBC Community Safety Team"], end=None, end_text="Ongoing", status="green")),
            ("1B.2", "Deliver Ask for Angela and bystander training to staff of licensed premises in Bridgend and Porthcawl.",
             "Bridgend CBC Licensing / South Wales Police", "Pubwatch", "31/03/2026",
             "Training delivered to 14 premises; take-up in Porthcawl is low.", "Amber",
             dict(lead=["Bridgend CBC Licensing", "South Wales Police"], end="2026-03", status="amber")),
        ]),
    ]),
    ("PRIORITY 2: Violence against women, domestic abuse and sexual violence (VAWDASV)", [
        ("Objective 2A: Improve the response to high-risk domestic abuse", [
            ("2A.1", "Review the Bridgend MARAC operating protocol following the regional MARAC review.",
             "South Wales Police", "Assia Domestic Abuse Services; Bridgend CBC", "Q3 2025/26",
             "Review under way; draft protocol to the MARAC steering group in November.", "Green",
             dict(lead=["South Wales Police"], end="2025-12", status="green")),
            ("2A.2", "Secure additional IDVA capacity to bring caseloads within the SafeLives recommended level.",
             "Bridgend CBC", "Police and Crime Commissioner", "Q4 2025/26",
             "Funding bid submitted to the Police and Crime Commissioner; decision expected in December.", "Red",
             dict(lead=["Bridgend CBC"], end="2026-03", status="red")),
        ]),
    ]),
    ("PRIORITY 3: Anti-social behaviour and safer communities", [
        ("Objective 3A: Tackle repeat and persistent anti-social behaviour", [
            ("3A.1", "Introduce a single ASB case review (Community Trigger) process across the council, police and registered social landlords.",
             "Bridgend CBC Community Safety Team", "Valleys to Coast Housing; Linc Cymru", "December 2025",
             "Process agreed by partners; publicity being prepared.", "Green",
             dict(lead=["Bridgend CBC Community Safety Team"], end="2025-12", status="green")),
            ("3A.2", "Use the ASB victim risk assessment in all cases opened by the neighbourhood policing teams.",
             "South Wales Police", "", "Oct-25",
             "Compliance at 71% in the September dip sample.", "Amber",
             dict(lead=["South Wales Police"], end="2025-10", status="amber")),
        ]),
        ("Objective 3B: Improve community safety in hotspot areas", [
            ("3B.1", "Install redeployable CCTV at Newbridge Fields and the bus station following the hotspot analysis.",
             "Bridgend CBC CCTV Control Room", "South Wales Police", "August 2025",
             "Cameras installed 14/08/2025.", "Complete",
             dict(lead=["Bridgend CBC CCTV Control Room"], end="2025-08", status="blue")),
        ]),
    ]),
    ("PRIORITY 4: Substance misuse", [
        ("Objective 4A: Reduce drug-related harm", [
            ("4A.1", "Extend naloxone distribution to hostels and supported accommodation providers in the county borough.",
             "Cwm Taf Morgannwg Area Planning Board", "Supported housing providers", "March 2026",
             "Due to begin in Quarter 3.", "Not started",
             dict(lead=["Cwm Taf Morgannwg Area Planning Board"], end="2026-03", status="unrated")),
        ]),
    ]),
]


def build_br():
    ncol = 7
    pad = lambda xs: xs + [""] * (ncol - len(xs))
    lines = [pad([BR_TITLE]),
             pad(["Quarter 2 progress report (July – September 2025)"]),
             pad(["Prepared for the CSP Board, 16 October 2025"]),
             pad([]),
             ["Ref", "Action", "Lead agency", "Supporting partners", "Timescale", "Q2 progress", "RAG"]]
    for prio, objs in BR_PLAN:
        lines.append(pad([prio]))
        for obj, acts in objs:
            lines.append(pad([obj]))
            for a in acts:
                lines.append(list(a[:7]))
    lines.append(pad([]))
    lines.append(pad(["RAG: Complete = delivered; Green = on track; Amber = some slippage; Red = significant risk to delivery; Not started = not yet due to start."]))
    with open(p(BR_FILE), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


def main():
    build_icb()
    build_wg()
    row = build_mat()
    build_wy()
    build_sh()
    build_ut()
    build_br()
    print("maternity typo row:", row)


if __name__ == "__main__":
    main()
