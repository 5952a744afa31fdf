"""Generator for the ak1- cases in heldout71 (children's services plans, four nations).

Run with /work/main/.venv/bin/python ak1_make.py (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "8DB3E2",
    "grey": "D9D9D9",
    "head": "1F3864",
    "lightblue": "DEEAF6",
}


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if white:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ====================================================== 1. Rainsbrook STC (docx)
def rainsbrook():
    doc = Document()
    landscape(doc)
    doc.add_heading("Rainsbrook Secure Training Centre: Urgent Notification Action Plan", level=0)
    doc.add_paragraph(
        "MTC – response to the Urgent Notification issued by Ofsted, HM Inspectorate of Prisons "
        "and the Care Quality Commission on 17 December 2020")

    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [
        ("Document owner", "Centre Director, Rainsbrook STC"),
        ("Version", "1.4"),
        ("Date", "15 January 2021"),
        ("Approved by", "MTC Managing Director (UK Custody)"),
        ("Circulation", "Youth Custody Service; Ofsted; HMIP; CQC"),
    ]:
        c = ctl.add_row().cells
        set_text(c[0], k, bold=True)
        shade(c[0], FILL["grey"])
        set_text(c[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This action plan sets out the steps MTC is taking at Rainsbrook STC to address the "
        "concerns raised in the Urgent Notification letter. Each concern from the letter is set out "
        "below with the actions agreed, the accountable owner and the target date. Progress is "
        "reviewed weekly by the Centre Senior Management Team and reported fortnightly to the "
        "Youth Custody Service.")
    doc.add_heading("Action plan", level=1)

    rows = [
        ("C", "Concern 1: Newly admitted children in the Reverse Cohorting Unit were locked in their "
              "rooms for long periods with very little time out"),
        ("1.1", "End the practice of locking newly admitted children in their rooms during the 14-day "
                "isolation period; all children in the Reverse Cohorting Unit to have a minimum of 6 hours "
                "out of room each day.", "Centre Director", "18/12/2020",
         "Implemented 18 December. Daily time-out-of-room log checked by the duty director each evening.",
         "Complete"),
        ("1.2", "Introduce a daily timetable for the Reverse Cohorting Unit covering education, exercise, "
                "phone calls and association, agreed with Public Health England.", "Head of Operations",
         "08/01/2021", "Timetable in place from 4 January; PHE confirmed the arrangements on 6 January.",
         "Complete"),
        ("1.3", "Audit time out of room for every child on the unit weekly and report the results to the "
                "YCS monitor.", "Head of Quality Assurance", "Weekly – ongoing",
         "First three weekly audits submitted; average time out of room 7.2 hours.", "Green"),
        ("C", "Concern 2: Senior leaders were unaware of the regime being applied on the units"),
        ("2.1", "Duty directors to complete a daily walk-round of every residential unit, recorded on the "
                "governance log.", "Head of Operations / Duty Directors", "21/12/2020",
         "Walk-rounds recorded daily since 21 December. Log reviewed at the weekly SMT meeting.", "Green"),
        ("2.2", "Revise the centre's governance framework so that restrictions on children's movement are "
                "authorised at director level and reviewed every 24 hours.", "Centre Director",
         "End of January 2021", "Draft framework shared with YCS on 12 January for comment.", "Amber"),
        ("C", "Concern 3: There were no isolation arrangements for newly admitted girls"),
        ("3.1", "Designate a separate girls' reception area with an agreed regime that matches the boys' "
                "arrangements.", "Head of Residential Services", "w/c 04/01/21",
         "Girls' reception area opened 5 January. Regime agreed with Ofsted lead inspector.", "Complete"),
        ("C", "Concern 4: A child's medical needs were not communicated, resulting in an incorrect "
              "management plan"),
        ("4.1", "Healthcare team to attend every admission and record medical vulnerabilities on the "
                "child's management plan before the child is placed on a unit.", "Head of Healthcare",
         "31/12/2020", "In place. Spot checks of 20 admissions found all plans updated.", "Complete"),
        ("4.2", "Deliver refresher training to all residential staff on reading and applying management "
                "plans, including medical alerts.", "Learning and Development Manager", "February 2021",
         "62% of staff trained by 15 January; remaining sessions booked around shift patterns.", "Amber"),
        ("4.3", "Commission an independent review of the case and share the findings with the YCS and CQC.",
         "MTC Director of Safeguarding", "31/03/2021",
         "Reviewer appointed but start date delayed by COVID-19 restrictions on visits.", "Red"),
    ]
    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "Progress update", "RAG"]):
        set_text(c, h, bold=True, white=True)
        shade(c, FILL["head"])
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "C":
            m = cells[0].merge(cells[5])
            set_text(m, r[1], bold=True)
            shade(m, FILL["grey"])
            continue
        for c, v in zip(cells, r):
            set_text(c, v)
        shade(cells[5], rag_fill[r[5]])
    widths = [Cm(1.2), Cm(8.5), Cm(3.5), Cm(2.6), Cm(7.5), Cm(1.8)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete – action delivered and evidence held; Green – on track to deliver by target "
        "date; Amber – at risk of slipping; Red – target date will be missed.")
    doc.save(os.path.join(HERE, "ak1-mtc-rainsbrook-stc-urgent-notification-action-plan.docx"))


# ============================================================ 2. GwE PIAP (docx)
def gwe():
    doc = Document()
    landscape(doc)
    doc.add_heading("GwE Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Response to the Estyn inspection of GwE – the school improvement service for the "
                      "six local authorities of North Wales")
    doc.add_paragraph("Version 2 – progress position at the end of the Spring term 2017, reported to the "
                      "GwE Joint Committee")
    doc.add_paragraph(
        "Estyn made six recommendations following its inspection of GwE. This plan sets out the actions "
        "GwE and the six local authorities will take to address each recommendation, the success criteria "
        "against which progress will be judged, who is responsible and the timescale. Progress is reported "
        "to the Management Board monthly and to the Joint Committee each term.")

    doc.add_heading("Progress key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [("blue", "Completed"), ("green", "On track"), ("amber", "Some slippage – action being taken"),
                     ("red", "Significant concern – not on track")]:
        c = key.add_row().cells
        set_text(c[0], "")
        shade(c[0], FILL[col])
        set_text(c[1], txt)
        c[0].width = Cm(1.5)
        c[1].width = Cm(8)

    recs = [
        ("Recommendation 1: Ensure that the school improvement service uses data, target setting and tracking "
         "procedures more effectively to challenge and support schools in order to improve performance of all "
         "learners across schools and local authorities, particularly at key stage 4", [
            ("1.1", "Introduce a single regional data dashboard for all secondary schools, with termly tracking "
                    "of Year 10 and 11 pupils' progress against targets.",
             "Dashboard used by all 54 secondary schools; challenge advisers use it at every core visit.",
             "Assistant Director (Secondary)", "Autumn term 2016", "blue"),
            ("1.2", "Train all challenge advisers in the use of tracking data to challenge schools on the "
                    "progress of vulnerable groups, including eFSM pupils.",
             "Notes of visit show specific challenge on groups in all schools in amber and red support "
             "categories.", "Senior Challenge Adviser (Data)", "Spring term 2017", "green"),
            ("1.3", "Agree challenging but realistic key stage 4 targets with each school and local authority "
                    "and review them at the termly accountability meeting.",
             "Aggregated school targets meet or exceed the regional key stage 4 ambition.",
             "Managing Director / Local Authority Chief Education Officers", "Termly", "green"),
        ]),
        ("Recommendation 2: Improve the quality of evaluation in the delivery of school improvement services", [
            ("2.1", "Evaluate the impact of each regional programme against its intended outcomes and report "
                    "the findings to the Management Board.",
             "Impact evaluations completed for all major programmes by the end of the year.",
             "Core Lead (Quality Assurance)", "July 2017", "green"),
            ("2.2", "Quality assure a sample of challenge advisers' reports each half term, with written "
                    "feedback to individual advisers.",
             "At least 10% of reports sampled each half term; quality improving over the year.",
             "Assistant Director (Primary)", "September 2016 – July 2017", "amber"),
        ]),
        ("Recommendation 3: Improve the rigour of the arrangements for identifying and managing risk", [
            ("3.1", "Revise the risk register so that every risk has an owner, mitigating actions and a review "
                    "date, and present it to every Management Board meeting.",
             "Risk register reviewed at every Board; Internal Audit opinion of at least reasonable assurance.",
             "Business Manager", "December 2016", "blue"),
        ]),
        ("Recommendation 4: Ensure that business and operational plans contain clear success criteria and that "
         "progress against these are monitored effectively", [
            ("4.1", "Rewrite the 2017-18 business plan with measurable success criteria for each priority.",
             "Business plan approved by the Joint Committee with measurable success criteria.",
             "Managing Director", "March 2017", "blue"),
            ("4.2", "Introduce quarterly monitoring reports for each operational plan.",
             "Quarterly reports received by the Management Board for all operational plans.",
             "Core Leads", "Q4 2016/17", "green"),
        ]),
        ("Recommendation 5: Clarify the strategic role of the regional networks and their accountability to "
         "the Joint Committee", [
            ("5.1", "Publish terms of reference for each regional network setting out its purpose, membership "
                    "and reporting line to the Joint Committee.",
             "Terms of reference agreed for all networks; annual report from each network to the Joint "
             "Committee.", "Assistant Director (Secondary)", "Summer term 2017", "amber"),
        ]),
        ("Recommendation 6: Develop an appropriate framework to assess value for money; ensure that the "
         "business plan is accompanied by a medium-term financial plan and that work-streams are fully costed", [
            ("6.1", "Develop a value for money framework with the host authority's finance team and pilot it "
                    "on two work-streams.",
             "Framework agreed by the Joint Committee and applied to all work-streams from 2017-18.",
             "Head of Finance (Host Authority)", "June 2017", "red"),
            ("6.2", "Cost each work-stream in the 2017-18 business plan and prepare a three-year medium-term "
                    "financial plan for Joint Committee approval.",
             "Medium-term financial plan approved alongside the business plan.",
             "Business Manager & Head of Finance (Host Authority)", "March 2017", "green"),
        ]),
    ]
    widths = [Cm(1.2), Cm(8), Cm(7), Cm(4), Cm(3), Cm(1.6)]
    for head, acts in recs:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Success criteria", "Responsibility",
                                          "Timescale", "Progress"]):
            set_text(c, h, bold=True)
            shade(c, FILL["lightblue"])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells[:5], a[:5]):
                set_text(c, v)
            set_text(cells[5], "")
            shade(cells[5], FILL[a[5]])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "ak1-gwe-estyn-post-inspection-action-plan.docx"))


# ------------------------------------------------------------------ xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(col):
    return PatternFill("solid", start_color=FILL.get(col, col), end_color=FILL.get(col, col))


# ====================================================== 3. Cafcass (xlsx)
def cafcass():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Cafcass – Post-inspection improvement plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Ofsted inspection of Cafcass, 22 January – 16 February 2024  |  Plan owner: Chief Executive  |  "
                "Position at 30 September 2024")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Ofsted: what needs to improve", "Action", "Lead", "Start", "Due", "Revised due",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("head")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    groups = [
        ("1. The consistency with which the reasons for recommendations in private law reports are explained "
         "to children in a way they can understand", [
            ("1.1", "Review the 'letter to the child' template with the Family Justice Young People's Board and "
                    "relaunch it with practice guidance.", "Head of Practice Quality", D(2024, 4, 1),
             D(2024, 7, 31), None, "Template co-produced with FJYPB and relaunched in July. Practice guide "
             "published on the intranet.", "Complete"),
            ("1.2", "Add a check on the child-friendly explanation of recommendations to the monthly practice "
                    "quality audit tool.", "Assistant Director, Quality & Impact", D(2024, 5, 1),
             D(2024, 6, 30), D(2024, 9, 30), "Audit tool change delayed by the system release; now live from "
             "the September audits.", "G"),
            ("1.3", "Deliver a national practice week on writing for children for all family court advisers "
                    "and managers.", "National Practice Lead (Private Law)", None, D(2024, 11, 30), None,
             "Programme agreed; sessions booked for the week commencing 18 November.", "G"),
        ]),
        ("2. The timeliness of allocation of private law work to family court advisers in the service areas "
         "with the highest demand", [
            ("2.1", "Introduce a weekly national allocation huddle to move capacity between service areas where "
                    "unallocated work exceeds 15 days.", "Chief Operating Officer", D(2024, 4, 8),
             D(2024, 5, 31), None, "Huddle running since May. Unallocated private law work down from 412 to "
             "187 children.", "Complete"),
            ("2.2", "Recruit to the agreed 35 additional family court adviser posts in the London and South East "
                    "regions.", "Director of People / Heads of Service", D(2024, 4, 1), D(2024, 10, 31),
             D(2025, 3, 31), "22 of 35 posts filled. Remaining posts re-advertised with a market supplement.",
             "A"),
            ("2.3", "Report allocation times by service area to the Board each quarter.", "Head of Performance",
             None, "Quarterly", None, "Q1 report presented to the Board in July.", "G"),
        ]),
        ("3. The recording of management oversight at key decision points in public law cases", [
            ("3.1", "Update the public law case management guidance to set out the decision points at which a "
                    "manager's oversight must be recorded.", "Assistant Director, Public Law", D(2024, 5, 1),
             D(2024, 8, 31), None, "Guidance updated and issued on 2 September.", "Complete"),
            ("3.2", "Build a management oversight field into the case management system so that oversight can "
                    "be reported on.", "Head of Digital Services", D(2024, 6, 1), D(2024, 12, 31), None,
             "Change request approved; development delayed by supplier capacity. Interim manual recording in "
             "place.", "R"),
        ]),
    ]
    ragfill = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for gi, (area, acts) in enumerate(groups):
        first = r
        for a in acts:
            ref, act, lead, start, due, rev, upd, rag = a
            vals = [ref, area if r == first else None, act, lead, start, due, rev, upd, rag]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "mmm-yy"
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = xfill(ragfill[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).font = Font(bold=True)
        if gi < len(groups) - 1:
            r += 1  # blank spacer row between areas
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action closed by the Improvement Board  |  G = on track  |  "
                                   "A = at risk of delay  |  R = off track or delayed").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [6, 38, 48, 26, 11, 9, 11, 44, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    vs = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Change", "By"),
                             ("0.3", "14/03/2024", "Draft for Executive Team", "Head of Strategy"),
                             ("1.0", "25/03/2024", "Approved by the Cafcass Board", "Head of Strategy"),
                             ("1.2", "30/09/2024", "Quarter 2 progress update", "Head of Performance")], 1):
        for j, v in enumerate(row, 1):
            vs.cell(row=i, column=j, value=v).font = Font(bold=(i == 1))
    wb.save(os.path.join(HERE, "ak1-cafcass-ofsted-inspection-improvement-plan.xlsx"))


# ============================================ 4. Woodlands JJC (xlsx, refuse)
def woodlands():
    wb = Workbook()
    ws = wb.active
    ws.title = "CJI Action Plan"
    ws["A1"] = "Woodlands Juvenile Justice Centre – CJI Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Youth Justice Agency response to: An announced inspection of Woodlands Juvenile Justice Centre "
                "(Criminal Justice Inspection Northern Ireland, September 2022)")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Updated: 31 January 2023"
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Recommendation", "Accepted / Partially accepted / Not accepted", "Action", "Lead",
           "Target date", "Status", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.alignment = WRAP
        c.border = BOX

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True, color="FFFFFF")
        for ci in range(1, 9):
            ws.cell(row=row, column=ci).fill = xfill("head")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def put(row, vals):
        for ci, v in enumerate(vals, 1):
            if v is None:
                continue
            c = ws.cell(row=row, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX

    band(6, "STRATEGIC RECOMMENDATIONS")
    put(7, [1, "The current operating model at Woodlands JJC should be critically reviewed in the next 12 months "
               "to take account of the decision of the Ministers of Health and Justice on the future of the "
               "regional care and justice campus.", "Accepted",
            "Establish a joint YJA/Department of Health project board to review the operating model, including "
            "options for shared services with Lakewood Secure Care Centre.", "Director of Custodial Services",
            "December 2022", "Complete", "Project board established; first meeting held 8 December 2022."])
    put(8, [None, None, None,
            "Complete an options appraisal of the operating model and submit it to the YJA Board.",
            "Director of Custodial Services", "September 2023", "In progress",
            "Terms of reference agreed. Data on costs per occupied bed being gathered."])
    ws.merge_cells("A7:A8")
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:C8")
    put(9, [2, "Within six months of this report the Acting Director of Woodlands JJC should identify and agree "
               "with Lakewood Secure Care Centre practical areas for greater collaboration, including shared "
               "training and staff development.", "Accepted",
            "Agree a memorandum of understanding with the South Eastern HSC Trust covering joint training, staff "
            "development and shared use of facilities.", "Acting Director, Woodlands JJC", "March 2023",
            "In progress", "Draft MoU exchanged with the Trust; joint training calendar agreed for 2023."])
    band(10, "OPERATIONAL RECOMMENDATIONS")
    put(11, [3, "Woodlands JJC should ensure that every child has an up-to-date placement plan within 72 hours "
                "of admission.", "Accepted",
             "Revise the admissions procedure so that the keyworker completes the placement plan within 72 hours "
             "and the unit manager signs it off.", "Deputy Director (Care)", "Ocotber 2022", "Complete",
             "Procedure revised and issued. Audit of 25 admissions in December: 24 plans completed within 72 "
             "hours."])
    put(12, [4, "Woodlands JJC should improve the recording of the reasons for, and review of, single separation "
                "so that it is used only when necessary and for the shortest time.", "Accepted",
             "Introduce a monthly single separation review meeting chaired by a Deputy Director, with findings "
             "reported to the Senior Management Team.", "Deputy Director (Operations)", "February 2023",
             "In progress", "First review meeting held 19 January 2023."])
    put(13, [5, "Woodlands JJC, with the Education Authority, should increase the range of accredited vocational "
                "qualifications available to children who stay longer than three months.", "Partially accepted",
             "Map current accredited provision and agree two additional vocational pathways with the Education "
             "Authority.", "Head of Learning and Skills", "June 2023", "Not started",
             "Funding for additional tutors to be confirmed in the 2023-24 budget."])
    ws.cell(row=15, column=1, value="Status: Complete / In progress / Not started / Overdue").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [5, 45, 14, 45, 26, 14, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ak1-woodlands-jjc-cji-inspection-action-plan.xlsx"))


# ============================================ 5. St Mary's Kenmure (csv)
def kenmure():
    W = 7
    rows = [
        ["St Mary's Kenmure – Improvement Plan"],
        ["Care Inspectorate inspection 23–27 September 2024 and Improvement Notice dated 10 October 2024"],
        ["Plan updated 16/12/2024 by the Head of Service"],
        [],
        ["Ref", "Requirement / Area for improvement", "Action", "Responsible", "Timescale", "Status",
         "Progress / evidence"],
        ["1.1", "Requirement 1: By 13 January 2025, the provider must ensure that the service provides maximum "
                "security, so that doors and windows are secured, items that could cause harm are not accessible "
                "to young people, and crisis activation and response systems are fully responsive.",
         "Complete a full environmental risk assessment of all four houses and the school, and remove or secure "
         "items that could be used to cause harm.", "Head of Care", "31/10/2024", "Complete",
         "Completed 29/10/24. Ligature and contraband audit to be repeated monthly."],
        ["1.2", "", "Replace the faulty door locks and window restrictors identified in the estates survey.",
         "Estates Manager", "13/01/2025", "Amber",
         "Locks fitted in two houses. Remaining parts on order; supplier delivery expected w/c 6 January."],
        ["1.3", "", "Test the crisis activation (personal alarm) system weekly and record response times.",
         "Depute Head of Care", "Weekly", "Green",
         "Weekly tests recorded since 4 November; average response time under 60 seconds."],
        ["2.1", "Requirement 2: By 13 January 2025, the provider must ensure that there is effective recording, "
                "oversight and analysis of incidents, including restrictive practices.",
         "Introduce a daily senior manager review of every incident involving physical restraint, with a written "
         "debrief for the young person and staff.", "Head of Care & Head of Education", "November 2024",
         "Complete", "Daily review in place from 1 November. Debrief template agreed with the young people's "
                     "forum."],
        ["2.2", "", "Produce a monthly analysis of restraint and single separation by house, young person and "
                    "shift for the Board of Managers.", "Quality Assurance Manager", "Monthly", "Green",
         "November analysis presented to the Board on 10 December."],
        ["3.1", "Requirement 3: By 13 January 2025, the provider must ensure that staffing numbers are sufficient "
                "to meet the needs of young people at all times and that agency staff receive an induction before "
                "working a shift.",
         "Set minimum staffing levels for each house based on young people's support plans and publish the daily "
         "rota against them.", "Director", "15/11/2024", "Complete",
         "Staffing levels agreed and displayed in each house office; daily rota checked by the on-call manager."],
        ["3.2", "", "Deliver a standard induction, including safe holding and child protection, to all agency "
                    "staff before their first shift.", "HR Manager", "30/11/2024", "Amber",
         "Induction pack in use. 3 agency staff still to complete the safe holding refresher."],
        ["3.3", "", "Run a recruitment campaign for permanent residential care workers to reduce reliance on "
                    "agency staff.", "HR Manager", "March 2025", "Amber",
         "11 appointments made, 6 in pre-employment checks. Second campaign launched December."],
        ["AFI 1.1", "Area for improvement 1: To support young people's health and wellbeing, the provider should "
                    "ensure that medication is administered as prescribed and that records are accurate.",
         "Audit medication administration records (MAR) weekly in every house.", "Clinical Lead (Nursing)",
         "Ongoing", "Green", "Weekly audits in place since 7 October; errors reducing."],
        ["AFI 1.2", "", "Retrain all staff who administer medication and complete competency assessments.",
         "Clinical Lead (Nursing)", "December 2024", "Red",
         "Training delayed by staff absence; 14 of 38 staff assessed as competent."],
        ["AFI 2.1", "Area for improvement 2: To ensure that young people's care plans reflect their needs, the "
                    "provider should ensure that plans are reviewed regularly and involve the young person.",
         "Review every young person's care plan with them and their key worker and record their views.",
         "Depute Head of Care", "31/01/2025", "Not started",
         "Scheduled to start once the January requirements are met."],
    ]
    with open(os.path.join(HERE, "ak1-st-marys-kenmure-care-inspectorate-improvement-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


# ============================================ 6. Western Bay YJEIS (txt, tab export)
def western_bay():
    W = 7
    lines = [
        ["Western Bay Youth Justice and Early Intervention Service – HMI Probation Inspection Improvement Plan"],
        ["Report published March 2019. Plan agreed by the Management Board 10 April 2019. Progress as at June 2019."],
        [],
        ["Ref", "Recommendation", "Action", "Lead", "By when", "RAG", "Progress (June 2019)"],
        ["The Western Bay YJEIS Management Board should:"],
        ["1.1", "R1: ensure that all board members understand their roles and responsibilities and hold partner "
                "agencies to account for their contribution to the service",
         "Deliver an induction and development session for all board members, facilitated by YJB Cymru.",
         "Chair of Management Board", "Jun-19", "B",
         "Development session held 23 May 2019; attended by 11 of 13 members."],
        ["1.2", "", "Introduce a partnership performance report showing each agency's contribution (staffing, "
                    "attendance, resources) for every board meeting.", "CH / LW", "Jul-19", "G",
         "Template agreed; first report to the July board."],
        ["2.1", "R2: ensure that the service has sufficient and appropriate resources, including health and "
                "education provision, to meet the needs of children and young people",
         "Complete a resource and caseload review across the three localities and agree a revised staffing model.",
         "YJEIS Service Manager", "30/09/2019", "A", "Review started; data from the Bridgend locality awaited."],
        ["The three local authorities (Swansea, Neath Port Talbot and Bridgend) should:"],
        ["3.1", "R3: agree the future arrangements for the delivery of youth justice services, with clear lines "
                "of accountability",
         "Prepare a decision paper on the future delivery model (regional or local services) for the three "
         "Chief Executives.", "Director of Social Services, Swansea", "Q2 2019/20", "A",
         "Options paper drafted. Bridgend Cabinet decision on boundary change awaited."],
        ["The YJEIS Service Manager should:"],
        ["4.1", "R4: ensure that assessments and plans fully consider the safety and wellbeing of children and "
                "young people and the risk of harm they present to others",
         "Deliver risk and safety training (AssetPlus) to all case managers, with practice workshops on the "
         "underestimation of risk.", "Operational Manager (Practice)", "Sept 2019", "G",
         "Two of four workshops delivered; remainder booked for July and September."],
        ["4.2", "", "Introduce monthly case audits of risk of serious harm assessments, with findings reported to "
                    "the Management Board.", "Operational Manager (QA)", "Ongoing – monthly", "G",
         "April and May audits completed (12 cases each)."],
        ["5.1", "R5: ensure that children under 10 and those with safeguarding needs are not referred into the "
                "prevention service but are referred to children's services",
         "Revise the prevention referral criteria and agree them with the three children's services departments.",
         "JD", "May-19", "B", "Criteria agreed and circulated to referrers 20 May 2019."],
        ["5.2", "", "Review all current prevention cases under the age of 12 and transfer any child with "
                    "safeguarding needs to children's services.", "JD / Team Managers", "31/05/2019", "R",
         "Review of 46 cases completed; 9 referrals made. 3 transfers not yet accepted by the receiving teams."],
        ["6.1", "R6: ensure that staff receive regular, recorded supervision that includes oversight of risk",
         "Reinstate monthly recorded supervision for all case managers, using the new supervision template.",
         "Team Managers", "Apr-19", "B", "In place from April; compliance checked monthly."],
        [],
        ["RAG: B = complete   G = on track   A = some slippage   R = off track / not started"],
    ]
    with open(os.path.join(HERE, "ak1-western-bay-yjeis-hmip-improvement-plan.txt"), "w",
              newline="", encoding="utf-8") as f:
        for r in lines:
            f.write("\t".join(r + [""] * (W - len(r))) + "\r\n")


# ============================================ 7. Caritas Care fostering (xlsx)
def caritas():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Caritas Care Fostering Service – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Independent fostering agency inspection: 13 to 17 March 2023   |   Prepared by: Registered Manager"
                "   |   Updated: 01/09/2023")
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Ofsted requirement / recommendation", "Regulation / Standard", "Action to be taken",
           "Responsible person", "Date to be completed", "Date completed", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("lightblue")
        c.alignment = WRAP
        c.border = BOX

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for ci in range(1, 9):
            ws.cell(row=row, column=ci).fill = xfill("grey")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    D = dt.datetime

    def put(row, vals, rag):
        for ci, v in enumerate(vals, 1):
            if v is None:
                continue
            c = ws.cell(row=row, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        c = ws.cell(row=row, column=8)
        c.border = BOX
        if rag:
            c.fill = xfill(rag)

    band(5, "Statutory requirements")
    put(6, ["1", "The registered person must ensure that the fostering panel is provided with all relevant "
                 "information about a prospective foster carer before making a recommendation.", "Reg. 26",
            "Introduce a panel quality assurance checklist, completed by the panel adviser for every Form F "
            "assessment before it is sent to panel.", "Panel Adviser", D(2023, 4, 30), D(2023, 4, 28), None],
        "green")
    put(7, ["2a", "The registered person must ensure that each foster carer's approval is reviewed at least once "
                  "a year.", "Reg. 28(2)",
            "Bring all overdue annual reviews up to date and record the next review date on the carer tracker.",
            "Team Manager (Supervising Social Workers)", D(2023, 5, 31), D(2023, 6, 30), None], "green")
    put(8, ["2b", None, None,
            "Add a monthly report of upcoming and overdue reviews to the management meeting agenda.",
            "Registered Manager", D(2023, 5, 31), None, None], "amber")
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:C8")
    put(9, ["3", "The registered person must notify Ofsted without delay of any serious incident or allegation "
                 "relating to a child placed with the agency.", "Reg. 36 & Sch. 7",
            "Brief all supervising social workers on the notification schedule and add a notification prompt to "
            "the incident form.", "Registered Manager", D(2023, 4, 14), D(2023, 4, 14), None], "green")
    band(10, "Recommendations")
    put(11, ["4", "Ensure that foster carers complete the Training, Support and Development Standards within 12 "
                  "months of approval.", "NMS 20.3",
             "Set up a TSD tracker and allocate each newly approved carer a named mentor to support completion.",
             "Training Coordinator", "Sept 2023", None, None], "amber")
    put(12, ["5", "Ensure that children's views are sought and recorded in foster carers' annual reviews.",
             "NMS 13.8",
             "Introduce an age-appropriate 'My foster home' form for children, to be completed before each annual "
             "review.", "Reviewing Officer", D(2023, 7, 31), None, None], "red")
    put(13, ["6", "Ensure that the supervision records of supervising social workers show management oversight "
                  "of practice.", "NMS 25.6",
             "Revise the supervision template to include a management decision and rationale section.",
             "Team Manager (Supervising Social Workers)", "October 2023", None, None], None)
    ws.cell(row=15, column=1, value="Key:").font = Font(bold=True)
    for i, (col, txt) in enumerate([("green", "Completed"), ("amber", "In progress"), ("red", "Overdue")]):
        ws.cell(row=16 + i, column=1).fill = xfill(col)
        ws.cell(row=16 + i, column=2, value=txt)
    for col, w in zip("ABCDEFGH", [6, 46, 14, 46, 26, 14, 14, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ak1-caritas-care-fostering-ofsted-action-plan.xlsx"))


if __name__ == "__main__":
    rainsbrook()
    gwe()
    cafcass()
    woodlands()
    kenmure()
    western_bay()
    caritas()
    print("ak1: 7 files written")
