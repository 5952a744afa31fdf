"""Generator for the x1- cases of heldout33 (blind corpus).

Makes seven children's services / education improvement plans in this folder:

  x1-shropshire-childrens-improvement-plan.xlsx       focused visit (areas for priority action), 2024
  x1-cardiff-yos-hmip-development-plan.txt            youth justice HMIP inspection, 2020 (tab-separated)
  x1-vale-of-glamorgan-estyn-piap.docx                Estyn LAESCYP post-inspection action plan, 2014
  x1-stirling-joint-inspection-improvement-plan.xlsx  Care Inspectorate joint inspection (care and protection), 2020
  x1-slough-send-priority-action-plan.docx            SEND priority action and impact plan, 2026
  x1-sandwell-jtai-action-plan.csv                    JTAI (domestic abuse) partnership action plan, 2018
  x1-reading-fostering-inspection-action-plan.xlsx    Ofsted LA fostering inspection action plan, 2021

Each record holds only the cells written into the document. The readings were decided action by
action and written into the .expected.yaml files by hand before any document was generated.
Run with /work/main/.venv/bin/python x1_make.py
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
D = dt.date

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "teal": "215967",
    "lightblue": "DDEBF7",
    "lightgreen": "E2EFDA",
    "purple": "5B2C6F",
    "lilac": "E4DFEC",
}
FILLS = {k: PatternFill("solid", fgColor=v) for k, v in HEX.items()}
WORD_FILL = {"red": "red", "amber": "amber", "green": "green", "complete": "blue",
             "completed": "blue", "on track": "green"}


def rag_fill(cell):
    v = str(cell.value or "").strip().lower()
    if v in WORD_FILL:
        cell.fill = FILLS[WORD_FILL[v]]


def header_row(ws, row, names, fill="navy", white=True):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF" if white else "000000")
        c.fill = FILLS[fill]
        c.alignment = WRAP
        c.border = BOX


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def band(ws, row, text, ncols, fill="grey", bold=True, italic=False):
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=bold, italic=italic)
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).fill = FILLS[fill]
        ws.cell(row=row, column=col).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# ---------------------------------------------------------------------------------------------
# 1. Shropshire Council - Children's Services Improvement Plan (focused visit, priority actions)
# ---------------------------------------------------------------------------------------------
# (priority band, [(finding, [(ref, action, lead, target, target_fmt, revised, rag, update)])])
SHROP = [
    ("Priority 1: Management oversight and supervision", [
        ("Management oversight of child protection plans is inconsistent and does not ensure that plans progress or that action is taken when risks to children increase.", [
            ("1.1", "Introduce a child protection oversight tracker, reviewed weekly by each team manager, covering visits, core groups and the progress of each plan.",
             "Head of Service – Safeguarding", D(2024, 2, 29), "dd/mm/yyyy", None, "Complete",
             "Tracker live in all six safeguarding teams from 5 February. Compliance with the weekly review was 92% in March."),
            ("1.2", "Audit the supervision records of every child subject to a child protection plan for more than nine months and escalate any drift to a Service Manager.",
             "Service Managers (Safeguarding)", D(2024, 3, 31), "dd/mm/yyyy", None, "Green",
             "148 of 163 records audited; 21 children escalated for review. Remaining audits to be completed by 12 April."),
        ]),
        ("Too many social workers and managers do not follow child protection processes to investigate and manage escalating risks to children.", [
            ("1.3", "Relaunch the child protection procedures with compulsory briefings for all social workers and managers on strategy discussions, section 47 enquiries and core groups.",
             "Principal Social Worker", D(2024, 4, 30), "mmm-yy", None, "Amber",
             "Seven of ten briefings delivered and 81% of staff have attended. The remaining sessions are booked for April."),
            ("1.4", "Review every strategy discussion held between May and October 2023 that did not lead to a section 47 enquiry, and act where risks were not addressed.",
             "Head of Service – Safeguarding / Independent Reviewing Service Manager", D(2024, 1, 31), "dd/mm/yyyy", D(2024, 3, 15), "Complete",
             "All 214 strategy discussions reviewed. Nine children were re-referred for a strategy discussion; learning shared at the practice forum on 20 March."),
        ]),
    ]),
    ("Priority 2: Workforce stability and caseloads", [
        ("A high turnover of managers and a reliance on agency staff have led to frequent changes of social worker for some children.", [
            ("2.1", "Recruit to 20 additional children's social care posts, including a new safeguarding team.",
             "AD Children's Social Care", D(2024, 6, 30), "dd/mm/yyyy", None, "Amber",
             "14 posts filled (9 permanent, 5 agency). A second recruitment campaign was launched on 4 March."),
            ("2.2", "Reduce average caseloads in the safeguarding teams to no more than 18 children per social worker.",
             "AD Children's Social Care", D(2024, 9, 30), "mmm-yy", None, "Red",
             "Average caseload 23.4 at 29 March (26.1 in December). Recruitment is slower than planned; a recovery trajectory has been reported to the Improvement Board."),
            ("2.3", "Agree a market supplement and retention offer for experienced social workers and team managers.",
             "HR Business Partner", D(2024, 3, 31), "dd/mm/yyyy", D(2024, 5, 31), "Amber",
             "Proposal agreed by the Executive Director; consultation with the trade unions runs until mid-May."),
        ]),
    ]),
    ("Priority 3: Quality assurance and performance", [
        ("Quality assurance arrangements are insufficient to meet demand and did not identify the deterioration in practice.", [
            ("3.1", "Extend the monthly practice audit programme to every child protection plan open for more than 12 months.",
             "Head of Quality Assurance", "Monthly", None, None, "Green",
             "January, February and March audits completed; findings reported to the Children's Improvement Board."),
            ("3.2", "Establish a Children's Improvement Board with an independent chair and monthly reporting against this plan.",
             "Executive Director of People", D(2024, 1, 31), "dd/mm/yyyy", None, "Complete",
             "Board established in December 2023 and has met four times."),
            ("3.3", "Appoint two additional Child Protection Chairs so that chairs can escalate drift, and report the themes of escalations to the Quality Assurance Panel.",
             "Independent Reviewing Service Manager", "Q1 2024/25", None, None, "Not started",
             "Posts approved by the Improvement Board on 27 March; recruitment to start in April."),
        ]),
    ]),
]


def make_shropshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncols = 8
    ws["A1"] = "Shropshire Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the Ofsted focused visit of November 2023 (arrangements for children subject to a "
                "child protection plan) – areas for priority action")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 1.3  |  Owner: Executive Director of People  |  Progress position at 31 March 2024"
    ws.merge_cells("A3:H3")
    header_row(ws, 5, ["Ref", "What Ofsted found", "Action", "Lead officer", "Target date",
                       "Revised date", "RAG", "Progress update (March 2024)"], fill="purple")
    r = 6
    for prio, findings in SHROP:
        band(ws, r, prio, ncols, fill="lilac")
        r += 1
        for finding, acts in findings:
            first = r
            for ref, action, lead, target, tfmt, revised, rag, update in acts:
                vals = [ref, finding if r == first else None, action, lead, target, revised, rag, update]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(target, dt.date):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy" if tfmt == "dd/mm/yyyy" else "mmm-yy"
                if isinstance(revised, dt.date):
                    ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                rag_fill(ws.cell(row=r, column=7))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=("RAG key:  Complete = action delivered and evidenced  |  Green = on track  |  "
                                    "Amber = some slippage, recovery in hand  |  Red = off track, escalated to the "
                                    "Children's Improvement Board  |  Not started = due to start later in the plan"))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    set_widths(ws, [6, 40, 55, 26, 12, 12, 12, 55])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "x1-shropshire-childrens-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 2. Cardiff Youth Offending Service - HMIP Development Plan (tab-separated text export)
# ---------------------------------------------------------------------------------------------
CARDIFF_HEADER = ["Pledge", "HMIP Recommendation", "Ref", "Action", "Lead", "Target Date",
                  "Revised Date", "RAG", "Update"]
# Pledge and recommendation are written on the first row of their group only (merged cells in the
# workbook the export came from).
CARDIFF_ROWS = [
    ["Pledge 1: Make sure leadership and management are focused and effective",
     "R1 The Management Board should agree and communicate a clear vision and strategy for the YOS, and make sure that all members understand their roles and responsibilities.",
     "1.1", "Appoint an independent chair of the Youth Justice Management Board and refresh the Board's terms of reference and membership.",
     "Director of Social Services", "31/03/2020", "", "Complete",
     "Independent chair appointed in February 2020. Revised terms of reference agreed at the March Board."],
    ["", "",
     "1.2", "Deliver an induction and development programme for Board members, including observation of case work.",
     "Independent Chair / YJS Manager", "June 2020", "Oct 2020", "Amber",
     "Induction sessions moved online because of COVID-19; two of four sessions held."],
    ["", "R2 The YOS should review its structure so that middle managers have capacity to supervise staff and oversee practice.",
     "1.3", "Implement the new YJS staffing structure with two additional operational manager posts.",
     "AD Children's Services", "Sept 2020", "", "Green",
     "Structure consulted on and agreed. Both operational manager posts appointed, start dates August and September."],
    ["Pledge 2: Make better use of shared data and analysis to support children and assess services",
     "R4 The Management Board should use performance data and analysis to understand the needs of children and to hold partners to account.",
     "2.1", "Develop a quarterly performance dashboard for the Board, including education, health and exploitation data.",
     "Performance Manager", "Q2 2020/21", "", "Green",
     "First version presented to the July Board; education and health data to be added for the October Board."],
    ["", "",
     "2.2", "Complete an analysis of disproportionality among children entering the youth justice system.",
     "Performance Manager / South Wales Police", "Dec-20", "", "Not started",
     "Data-sharing agreement with South Wales Police being finalised."],
    ["Pledge 3: Make sure staff across services can work together effectively",
     "R7 The YOS should make sure that cases are allocated according to the skills, experience and workload of staff.",
     "3.1", "Introduce a case allocation procedure and workload weighting tool.",
     "Operational Manager", "30/04/2020", "", "Complete",
     "Allocation meeting and weighting tool in use since April. Caseloads reviewed monthly in supervision."],
    ["", "R9 The YOS should make sure that all staff receive a full induction and training in assessing and managing risk of harm to others and safety and wellbeing.",
     "3.2", "Deliver AssetPlus, risk of harm and contextual safeguarding training to all case managers.",
     "Practice Development Lead", "Ongoing", "", "Green",
     "AssetPlus refresher completed by all case managers. Contextual safeguarding training booked for November."],
    ["Pledge 4: Improve the offer to children and families",
     "R11 Partners should make sure that children have timely access to health services, including speech and language therapy and CAMHS.",
     "4.1", "Fill the vacant YOS health practitioner post and agree a CAMHS consultation pathway.",
     "Cardiff and Vale UHB", "31/07/2020", "", "Red",
     "Post re-advertised twice without success. Interim sessional cover from the CAMHS in-reach team from September."],
    ["", "",
     "4.2", "Secure funding for a speech and language therapist within the YOS.",
     "YJS Manager", "March 2021", "", "Amber",
     "Bid submitted to the Welsh Government Youth Justice grant; decision expected in January."],
    ["", "R13 The YOS should improve the quality of work to keep other people safe, including work with victims.",
     "4.3", "Review the restorative justice and victim offer and recruit a victim liaison officer.",
     "Operational Manager (Prevention)", "End of Oct 2020", "", "Green",
     "Review completed. Victim liaison officer appointed, starting 19 October."],
]


def make_cardiff():
    lines = [
        "Cardiff Youth Offending Service – HMIP Inspection Development Plan (All Our Futures)",
        "Progress report to the Youth Justice Management Board, September 2020",
        "",
        "\t".join(CARDIFF_HEADER),
    ]
    for row in CARDIFF_ROWS:
        lines.append("\t".join(row))
    lines.append("")
    lines.append("RAG key: Complete = action delivered; Green = on track; Amber = some delay; "
                 "Red = off track, escalated to the Board; Not started = not yet due to start")
    with open(os.path.join(HERE, "x1-cardiff-yos-hmip-development-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def bold_row(row, white=False, fill=None):
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
                if white:
                    from docx.shared import RGBColor
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if fill:
            shade(cell, fill)


def small(doc, size=9):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(size)


# ---------------------------------------------------------------------------------------------
# 3. Vale of Glamorgan Council - Estyn Post Inspection Action Plan (docx, RAG by shading only)
# ---------------------------------------------------------------------------------------------
VALE = [
    ("R1 – Raise standards in schools, particularly in key stage 2 and key stage 3", [
        ("1.1", "Agree challenging targets with every school for the core subject indicator at key stage 2 and key stage 3, through the consortium challenge adviser.",
         "JH", "July 2014", "All schools set targets at or above the family median; targets reported to Cabinet.", "green"),
        ("1.2", "Target consortium support at the secondary schools whose key stage 3 performance in English, mathematics or science is below the family median.",
         "DD", "Autumn term 2014", "Gap to the family median closed in at least three of the four schools.", "amber"),
    ]),
    ("R2 – Improve the rigour and the level of challenge provided to schools about their performance and quality of leadership", [
        ("2.1", "Quality assure a sample of challenge adviser reports each term and feed back the findings to the consortium.",
         "DD", "Termly", "All sampled reports judged at least 'adequate'; feedback acted on by the consortium.", "green"),
        ("2.2", "Report the national categorisation of every school to Cabinet and to the Scrutiny Committee (Lifelong Learning).",
         "JH", "January 2014", "Report considered by Cabinet and Scrutiny Committee.", "blue"),
    ]),
    ("R3 – Use the full powers available to the authority to improve schools that are underperforming", [
        ("3.1", "Issue warning notices to schools that do not make sufficient progress against their post-inspection action plans.",
         "JH / DD", "As required", "Formal powers used promptly in every school causing concern.", "green"),
        ("3.2", "Agree a protocol with governing bodies on the appointment of additional governors and interim executive boards.",
         "MG", "Spring term 2014", "Protocol agreed with the governors' forum and published.", "blue"),
    ]),
    ("R4 – Make sure that planning for improvement is thorough and consistent throughout all services", [
        ("4.1", "Introduce a common service plan template with measurable targets for all Learning and Skills teams.",
         "MG", "April 2014", "All team plans use the template and are quality assured by the senior management team.", "blue"),
    ]),
    ("R5 – Ensure that robust systems are in place for evaluating the outcomes of initiatives and that they demonstrate good value-for-money", [
        ("5.1", "Evaluate the impact of the main grant-funded initiatives, including the School Effectiveness Grant and the Pupil Deprivation Grant, and report the findings to CMT.",
         "MG", "Summer term 2014", "Evaluation report with value-for-money findings considered by CMT.", "amber"),
    ]),
    ("R6 – Strengthen arrangements for monitoring and evaluating the wellbeing of children and young people", [
        ("6.1", "Develop a wellbeing dataset covering attendance, exclusions, looked after children and young people not in education, employment or training, reported termly to the CYPP.",
         "DD / Head of Children and Young People Services", "December 2014", "Dataset reported to the CYPP each term and used to target support.", "red"),
        ("6.2", "Review the local Youth Engagement and Progression Framework to reduce the number of young people who are NEET.",
         "MG", "Ongoing", "Year 11 NEET figure reduced to below 3%.", "green"),
    ]),
]


def make_vale():
    doc = Document()
    small(doc, 10)
    landscape(doc)
    doc.add_heading("Vale of Glamorgan Council – Post Inspection Action Plan (PIAP)", level=1)
    doc.add_paragraph(
        "Response to the Estyn inspection of local authority education services for children and young "
        "people (LAESCYP), May 2013. The plan sets out the actions the Learning and Skills Directorate "
        "will take to address the six recommendations in the inspection report. Progress is reported to "
        "the Corporate Management Team and to Cabinet in May and November.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "4.0 – progress update"),
                                ("Date", "May 2014"),
                                ("Owner", "Chief Learning and Skills Officer"),
                                ("Approved by", "Cabinet, 27 January 2014 (original plan)")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
        shade(dc.cell(i, 0), "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph("Lead officers: JH – Chief Learning and Skills Officer; DD – Head of School Improvement "
                      "and Inclusion; MG – Head of Strategy, Community Learning and Resources.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (fill, label) in enumerate([(HEX["blue"], "Complete"), (HEX["green"], "On track"),
                                       (HEX["amber"], "Some slippage"), (HEX["red"], "Not on track")]):
        key.cell(0, i).text = label
        shade(key.cell(0, i), fill)
    doc.add_paragraph()
    for rec, acts in VALE:
        h = doc.add_paragraph()
        run = h.add_run(rec)
        run.bold = True
        run.font.size = Pt(11)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, name in enumerate(["Ref", "Action", "Lead officer", "Timescale", "Success criteria", "RAG"]):
            t.rows[0].cells[i].text = name
        bold_row(t.rows[0], fill="BDD7EE")
        for ref, action, lead, when, success, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, success, ""]):
                cells[i].text = v
            shade(cells[5], HEX[rag])
        widths = [Cm(1.2), Cm(9.5), Cm(3.2), Cm(2.8), Cm(7.0), Cm(1.6)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "x1-vale-of-glamorgan-estyn-piap.docx"))


# ---------------------------------------------------------------------------------------------
# 4. Stirling - joint inspection (care and protection) improvement plan (xlsx, RAG fill only)
# ---------------------------------------------------------------------------------------------
STIRLING = [
    ("1. Support for older care leavers", [
        ("Older care leavers did not always experience a consistently high quality of support into adulthood because they had not benefited from the recent improvements in the throughcare and aftercare service.", [
            ("1.1", "Review the support of all care leavers aged 19 to 26 and allocate a named throughcare worker to every young person who wants one.",
             "Drummond, Claire", D(2020, 6, 30), None, "Every care leaver who wants one has a named worker.", "green"),
            ("1.2", "Extend the housing protocol for care leavers so that young people can stay in supported accommodation up to the age of 21.",
             "Housing Services Manager", D(2021, 3, 31), None, "No care leaver moves on from supported accommodation before they are ready.", "amber"),
            ("1.3", "Co-produce a refreshed throughcare and aftercare offer with care-experienced young people through the Champions Board.",
             "Drummond, Claire; Reid, Martin", D(2020, 12, 31), None, "Offer published and endorsed by the Champions Board.", "green"),
        ]),
    ]),
    ("2. Leadership and the pace of change", [
        ("Chief officers should strengthen their collective oversight of the quality of services for children in need of care and protection and act promptly on the findings of self-evaluation.", [
            ("2.1", "Revise the terms of reference of the Chief Officers Group (Public Protection) to include a quarterly children's services performance report.",
             "Chief Executive, Stirling Council", D(2020, 3, 31), None, "Performance report considered at every COG meeting.", "blue"),
            ("2.2", "Carry out a multi-agency self-evaluation of child protection planning using the Care Inspectorate quality framework.",
             "Child Protection Lead Officer", D(2020, 9, 30), D(2021, 1, 31), "Self-evaluation report and improvement actions agreed by the Child Protection Committee.", "red"),
        ]),
    ]),
    ("3. Assessment and planning", [
        ("Partners should improve the quality and consistency of chronologies and assessments of risk so that children's plans are SMART and reviewed regularly.", [
            ("3.1", "Introduce a single multi-agency chronology template with practice guidance.",
             "Child Protection Lead Officer", D(2020, 8, 31), None, "Template in use across social work, health and education.", "green"),
            ("3.2", "Audit 30 Child's Plans each quarter against the SMART standard and report the results to the Child Protection Committee.",
             "Quality Assurance Team Leader", "Quarterly", None, "80% of audited plans meet the SMART standard.", "green"),
            ("3.3", "Train health visitors and school nurses in the National Risk Framework.",
             "NHS Forth Valley – Head of Children's Health", D(2020, 12, 31), None, "90% of health visitors and school nurses trained.", "amber"),
        ]),
    ]),
]


def make_stirling():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Joint Inspection Improvement Plan 2020 – Stirling Children's Services Partnership"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = ("Joint inspection of services for children and young people in need of care and protection "
                   "in Stirling (Care Inspectorate, Education Scotland, Healthcare Improvement Scotland and HMICS; "
                   "report published October 2019)")
    cover["A2"].font = Font(italic=True)
    cover["A4"] = "Version control"
    cover["A4"].font = Font(bold=True)
    header_row(cover, 5, ["Version", "Date", "Author", "Changes"], fill="teal")
    for i, (v, d, a, ch) in enumerate([
            ("0.1", D(2019, 12, 12), "Child Protection Lead Officer", "First draft for the Chief Officers Group"),
            ("1.0", D(2020, 1, 23), "Child Protection Lead Officer", "Approved by the Chief Officers Group"),
            ("1.3", D(2020, 9, 17), "Quality Assurance Team Leader", "Progress update; revised timescale for action 2.2"),
    ], start=6):
        for col, val in enumerate([v, d, a, ch], 1):
            c = cover.cell(row=i, column=col, value=val)
            c.border = BOX
            if isinstance(val, dt.date):
                c.number_format = "dd/mm/yyyy"
    set_widths(cover, [10, 12, 32, 50])

    ws = wb.create_sheet("Improvement Plan")
    ncols = 8
    ws["A1"] = "Joint Inspection Improvement Plan 2020 – Stirling Children's Services Partnership"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Report of the joint inspection published October 2019. Progress at September 2020."
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Priority area for improvement (inspection report)", "Improvement action",
                       "Lead officer", "Timescale", "Revised timescale", "Measure of success", "RAG"], fill="teal")
    r = 5
    for theme, areas in STIRLING:
        band(ws, r, theme, ncols, fill="lightgreen")
        r += 1
        for area, acts in areas:
            first = r
            for ref, action, lead, when, revised, measure, rag in acts:
                vals = [ref, area if r == first else None, action, lead, when, revised, measure, None]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.date):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=8).fill = FILLS[rag]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"),
                            ("red", "Significant delay – reported to the Chief Officers Group")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILLS[colour]
        ws.cell(row=r, column=2, value=meaning)
    set_widths(ws, [6, 42, 52, 26, 11, 11, 38, 8])
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(os.path.join(HERE, "x1-stirling-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 5. Slough Local Area Partnership - SEND Priority Action and Impact Plan (docx)
# ---------------------------------------------------------------------------------------------
SLOUGH = [
    ("1. Data, Systems & Governance", [
        ("1.1", "Establish a single SEND dataset shared by the council, the ICB and schools, reported monthly to the SEND Improvement and Assurance Board.",
         "Head of Performance & Insight", "March 2026", "Board receives one agreed dataset each month.", "Green"),
        ("1.2", "Refresh the Board's terms of reference to include an independent chair and parent carer representation.",
         "Executive Director of People (Children)", "December 2025", "Independent chair in place; parent carers attend every Board.", "Complete"),
    ]),
    ("2. EHC Needs Assessments and Plans", [
        ("2.1", "Clear the backlog of overdue annual reviews, prioritising children who move phase in September 2026.",
         "Head of SEND Statutory Services", "31/07/2026", "No annual review more than 12 months overdue.", "Amber"),
        ("2.2", "Introduce a quality assurance framework for new and amended EHC plans, with a monthly multi-agency audit.",
         "Head of SEND Statutory Services / Designated Clinical Officer", "Feb 2026", "80% of audited plans judged good or better.", "Green"),
    ]),
    ("3. Preparation for Adulthood", [
        ("3.1", "Agree a 14–25 preparation for adulthood pathway with adult social care and post-16 providers.",
         "AD Education & Inclusion", "Summer term 2026", "Pathway agreed and used in Year 9 annual reviews.", "Not started"),
        ("3.2", "Expand supported internships from 12 to 30 places.",
         "Post-16 Participation Manager", "Sept 2026", "30 interns on programme in 2026/27.", "Green"),
    ]),
    ("4. Communication and Engagement with Families", [
        ("4.1", "Relaunch the Local Offer website with co-produced content and a 'you said, we did' page.",
         "Local Offer Officer", "April 2026", "Increase in Local Offer visits; parent survey shows improved confidence.", "Amber"),
    ]),
    ("5. Inclusion in Mainstream Schools", [
        ("5.1", "Publish an Ordinarily Available Provision guide for schools and deliver training to every SENCo.",
         "Inclusion Lead", "Autumn term 2026", "All SENCos trained; fewer requests for assessment without SEN support in place.", "Green"),
    ]),
    ("6. Health Pathways and Waiting Times", [
        ("6.1", "Reduce the waiting time for a neurodevelopmental assessment to under 52 weeks.",
         "NHS Frimley ICB", "Q4 2026/27", "No child waits more than 52 weeks.", "Red"),
        ("6.2", "Commission additional occupational therapy capacity for children waiting for an assessment.",
         "ICB Head of Children's Commissioning", "31/03/2026", "OT waiting list reduced by 30%.", "Amber"),
    ]),
    ("7. Workforce", [
        ("7.1", "Recruit permanent SEND case officers so that agency staff make up less than 20% of the team.",
         "Workforce Development Lead", "Ongoing", "Agency staff below 20% of SEND case officers.", "Green"),
    ]),
]
SLOUGH_FILL = {"Green": HEX["green"], "Amber": HEX["amber"], "Red": HEX["red"], "Complete": HEX["blue"]}


def make_slough():
    doc = Document()
    small(doc, 9)
    landscape(doc)
    doc.add_heading("Slough Local Area Partnership – SEND Priority Action and Impact Plan", level=1)
    doc.add_paragraph(
        "This plan responds to the Ofsted and CQC inspection of the Slough local area partnership's "
        "arrangements for children and young people with special educational needs and/or disabilities "
        "(SEND), carried out from 7 to 11 July 2025 and published on 6 November 2025. It is structured "
        "around seven themed areas and was co-produced with parent carers, children and young people and "
        "partners across education, health and care.")
    doc.add_paragraph("Progress is monitored monthly by the SEND Improvement and Assurance Board. "
                      "Position at 31 January 2026.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, name in enumerate(["Ref", "Action", "Lead", "By when", "Impact measure", "RAG"]):
        t.rows[0].cells[i].text = name
    bold_row(t.rows[0], white=True, fill="1F3864")
    for theme, acts in SLOUGH:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        merged.text = theme
        for p in merged.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(merged, "DDEBF7")
        for ref, action, lead, when, impact, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, impact, rag]):
                cells[i].text = v
            if rag in SLOUGH_FILL:
                shade(cells[5], SLOUGH_FILL[rag])
    widths = [Cm(1.2), Cm(9.0), Cm(4.5), Cm(2.6), Cm(6.5), Cm(2.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action delivered and impact evidenced; Green – on track; "
                      "Amber – at risk of delay; Red – off track, escalated to the Board; "
                      "Not started – scheduled to start later in the plan.")
    doc.save(os.path.join(HERE, "x1-slough-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 6. Sandwell - JTAI (children living with domestic abuse) action plan (csv export) - REFUSE
# ---------------------------------------------------------------------------------------------
SANDWELL_ROWS = [
    ["Sandwell Safeguarding Children Board - Joint Targeted Area Inspection (JTAI) Action Plan: Children Living with Domestic Abuse", "", "", "", "", "", "", ""],
    ["Partnership response to the JTAI letter of findings. Monitored by the Board Executive Group. Last updated 12/10/2018", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Theme", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Progress update"],
    ["1.1", "Front door (MASH)",
     "Police notifications of domestic abuse incidents are not always shared with the MASH in a timely way.",
     "Set up a daily domestic abuse triage meeting in the MASH with police, children's social care, health and education.",
     "MASH Manager", "30/06/2018", "Complete",
     "Daily triage started on 4 June 2018 and is attended by all four agencies."],
    ["1.2", "Front door (MASH)",
     "Police notifications of domestic abuse incidents are not always shared with the MASH in a timely way.",
     "Reduce the time police notifications wait for MASH screening to no more than 24 hours.",
     "DI Public Protection (West Midlands Police)", "31/07/2018", "Green",
     "Average wait 19 hours in September; no notification waited more than 48 hours."],
    ["1.3", "Front door (MASH)",
     "Decisions at the front door do not always take account of the history of domestic abuse in the family.",
     "Introduce a check of previous domestic abuse incidents for every contact and record it on the contact form.",
     "MASH Manager", "Aug-18", "Amber",
     "Contact form amended. Dip sample in September found the history check recorded in 71% of contacts."],
    ["2.1", "Multi-agency practice",
     "Health professionals do not consistently ask about domestic abuse or share information with GPs.",
     "Embed routine enquiry about domestic abuse in midwifery and health visiting contacts and audit compliance.",
     "Designated Nurse Safeguarding Children", "Quarterly", "Green",
     "Quarter 2 audit: routine enquiry recorded at 86% of booking appointments."],
    ["2.2", "Multi-agency practice",
     "Health professionals do not consistently ask about domestic abuse or share information with GPs.",
     "Deliver multi-agency training on coercive control to 300 practitioners.",
     "SSCB Training Coordinator", "31/03/2019", "Green",
     "172 practitioners trained to date; further sessions booked for November and January."],
    ["2.3", "Multi-agency practice",
     "Work with perpetrators of domestic abuse is underdeveloped.",
     "Commission a programme for fathers who are perpetrators of domestic abuse and whose children are subject to a child in need or child protection plan.",
     "Domestic Abuse Strategic Lead / Commissioning Manager", "30/11/2108", "Amber",
     "Specification drafted; procurement timetable agreed with the council's procurement team."],
    ["3.1", "Leadership and governance",
     "The Board does not have a clear picture of the impact of domestic abuse services on children.",
     "Add domestic abuse measures to the SSCB performance dataset and report them quarterly.",
     "SSCB Business Manager", "30/09/2018", "Complete",
     "Measures included in the Quarter 1 dataset reported to the Board in September."],
    ["3.2", "Leadership and governance",
     "The Board does not have a clear picture of the impact of domestic abuse services on children.",
     "Carry out a multi-agency audit of 20 children living with domestic abuse and report the findings to the Board.",
     "Chair of Quality Assurance Sub-group", "Dec-18", "Green",
     "Audit tool agreed; cases selected and agencies notified."],
    ["", "", "", "", "", "", "", ""],
    ["RAG key: Complete - action completed; Green - on track; Amber - some slippage; Red - off track", "", "", "", "", "", "", ""],
]


def make_sandwell():
    with open(os.path.join(HERE, "x1-sandwell-jtai-action-plan.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in SANDWELL_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------------------------
# 7. Brighter Futures for Children (Reading) - fostering inspection action plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------------------------
def make_reading():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncols = 8
    ws["A1"] = "Brighter Futures for Children – Reading Fostering Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted inspection of the local authority fostering service (24–25 November 2020) – Action Plan"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 2 – updated 26/03/2021 for the Corporate Parenting Panel"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")
    header_row(ws, 5, ["No.", "Requirement / Recommendation", "Action", "Responsible", "Due date",
                       "Revised date", "RAG", "Progress / evidence"], fill="navy")
    rows = [
        ("band", "Requirements"),
        ("R1", "The registered person must ensure that the approval of each foster carer is reviewed at least once a year and that the review takes account of the views of each child placed (Regulation 28).",
         "Set up a review tracker for all fostering households and book every overdue annual review.",
         "Fostering Team Manager", D(2021, 1, 31), None, "Complete",
         "Tracker in place. All 11 overdue reviews held by 29 January 2021."),
        ("", None,
         "Update the annual review report template to include the views of children and their social workers.",
         "IRO Service Manager", D(2021, 2, 28), None, "Green",
         "New template in use from February; views recorded in 9 of the 10 reviews held since."),
        ("R2", "The registered person must ensure that foster carers keep records that evidence the care given to each child, and that these are reviewed at supervision (Regulation 22).",
         "Issue recording guidance to all foster carers and check daily records at every supervisory visit.",
         "Supervising Social Workers", D(2020, 12, 31), "Apirl 2021", "Amber",
         "Guidance issued in January. Recording training for carers postponed because of lockdown; now booked online."),
        ("band", "Recommendations"),
        ("1", "Ensure that children's plans set out how their identity and diversity needs will be met.",
         "Add an identity and diversity section to the placement plan and audit 20 plans.",
         "Head of Service – Children in Care", D(2021, 3, 31), None, "Green",
         "Placement plan template amended. Audit of 20 plans under way."),
        ("2", "Ensure that children have timely access to specialist therapeutic support.",
         "Agree a therapeutic support pathway for children in foster care with the CAMHS looked after children service.",
         "Head of Service – Children in Care", D(2021, 4, 30), None, "Red",
         "Pathway drafted; CAMHS capacity remains a barrier and has been escalated to the ICS."),
        ("3", "Develop the matching process further so that fewer children experience an unplanned ending.",
         "Hold a disruption meeting after every unplanned ending and report the learning to the fostering panel quarterly.",
         "Fostering Team Manager", "Quarterly", None, "Green",
         "Four disruption meetings held since December; learning report to the April panel."),
    ]
    r = 6
    for item in rows:
        if item[0] == "band":
            band(ws, r, item[1], ncols, fill="lightblue")
            r += 1
            continue
        no, req, action, resp, due, revised, rag, prog = item
        vals = [no, req, action, resp, due, revised, rag, prog]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        rag_fill(ws.cell(row=r, column=7))
        r += 1
    # requirement R1 spans its two action rows
    ws.merge_cells("A7:A8")
    ws.merge_cells("B7:B8")
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete – action completed and evidenced; Green – on track; "
                                   "Amber – some delay; Red – off track")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    set_widths(ws, [6, 45, 48, 24, 12, 12, 11, 50])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "x1-reading-fostering-inspection-action-plan.xlsx"))


if __name__ == "__main__":
    make_shropshire()
    make_cardiff()
    make_vale()
    make_stirling()
    make_slough()
    make_sandwell()
    make_reading()
    print("done")
