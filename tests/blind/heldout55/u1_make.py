"""Make the u1- blind cases (children's services plans) in this folder.

Run with /work/main/.venv/bin/python u1_make.py
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

FILL = {
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "blue": PatternFill("solid", fgColor="0070C0"),
}
HEX = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0"}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- 1 Peterborough ILACS (xlsx)
def peterborough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = {"A": 7, "B": 38, "C": 52, "D": 28, "E": 11, "F": 11, "G": 55, "H": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "Peterborough City Council \u2013 Children's Services Improvement Plan 2024-2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                "November 2023. Updated for the Improvement Board, 18 September 2024.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")

    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Target date",
           "Revised date", "Progress update (September 2024)", "RAG"]
    head_fill = PatternFill("solid", fgColor="1F3864")
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    prio_fill = PatternFill("solid", fgColor="D9E1F2")
    rag_word_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    plan = [
        ("Priority 1: Care leavers",
         "The quality of support, advice and guidance for care leavers, including those with additional vulnerabilities.",
         [
             ("1.1", "Recruit four additional personal advisers so that caseloads reduce to no more than 20 care leavers per PA.",
              "Head of Service \u2013 Care Leavers", d(2024, 3, 31), d(2024, 6, 30),
              "Three PAs in post from April and the fourth started in June. Average caseload is now 19.", "Complete"),
             ("1.2", "Refresh the Local Offer for care leavers with the Children in Care Council and publish it in an accessible format, including Wi-Fi and council tax support.",
              "Head of Service \u2013 Care Leavers; Participation Lead", d(2024, 7, 31), None,
              "Local Offer co-produced with care leavers and approved by Corporate Parenting Committee in July. Wi-Fi offer is live.", "Complete"),
             ("1.3", "Ensure every care leaver aged 18-25 who is not in suitable accommodation has a housing plan reviewed monthly by the Care Leaver Accommodation Panel.",
              "Head of Service \u2013 Care Leavers / Housing Needs Manager", d(2024, 9, 30), d(2024, 12, 31),
              "Panel has met monthly since May. Two young people remain in B&B and alternative placements are being sourced.", "Amber"),
         ]),
        ("Priority 2: Quality of assessment",
         "The consistency and quality of social work assessments, so that they are informed by history and analysis of risk.",
         [
             ("2.1", "Launch revised assessment practice standards and deliver briefings to all social work teams.",
              "Principal Social Worker", d(2024, 4, 30), None,
              "Standards launched at the April practice week; 96% of staff attended a briefing.", "Complete"),
             ("2.2", "Introduce a monthly thematic audit of assessments, with findings reported to the Practice Improvement Board.",
              "Head of Quality Assurance", "Monthly", None,
              "30 assessments audited in June and July. 57% rated good or better, up from 38% in the spring.", "Green"),
         ]),
        ("Priority 3: Workforce and capacity",
         "Service capacity, so that workers have caseloads that allow them to help children make progress.",
         [
             ("3.1", "Establish a Social Work Academy for newly qualified social workers with protected caseloads in their first year.",
              "AD Safeguarding and Quality Assurance / Head of Workforce Development", d(2024, 9, 30), None,
              "Academy opened in September with a cohort of 14 ASYEs.", "Complete"),
             ("3.2", "Reduce reliance on agency social workers through a market supplement and a refreshed recruitment campaign.",
              "Director of Children's Services", d(2025, 3, 31), None,
              "Agency rate reduced from 34% to 27%. Target is below 20% by March 2025.", "Green"),
         ]),
        ("Priority 4: Children missing education and electively home educated",
         "The identification of and response to increased vulnerability when children are electively home educated or missing from education.",
         [
             ("4.1", "Agree a joint protocol between Children Missing Education, Elective Home Education and Children's Social Care for children known to social care who are removed from roll.",
              "Head of Inclusion", d(2024, 6, 30), None,
              "Protocol agreed by the Education Safeguarding Group in June and shared with all schools.", "Complete"),
             ("4.2", "Hold a multi-agency review within 10 school days for every electively home educated child open to social care.",
              "Head of Inclusion / Service Manager, MASH", d(2024, 12, 31), None,
              "Reviews are taking place but only 68% within 10 school days. The process is being simplified.", "Red"),
         ]),
        ("Priority 5: Health of children in care",
         "The timeliness of initial health assessments for children when they come into care.",
         [
             ("5.1", "Agree a revised pathway with the ICB so that initial health assessment requests are sent within 5 working days of a child coming into care.",
              "Designated Nurse for Children in Care", d(2024, 10, 31), None,
              "Pathway agreed in principle. August data shows 61% of requests sent within 5 working days.", "Amber"),
         ]),
    ]

    r = 5
    for pi, (prio, rec, acts) in enumerate(plan):
        if pi == 3:
            r += 1  # a blank row left in the sheet between priorities 3 and 4
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = prio_fill
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        first = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            ws.cell(row=r, column=1, value=ref)
            if r == first:
                ws.cell(row=r, column=2, value=rec)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "mmm-yy"
            if rev is not None:
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=7, value=prog)
            c = ws.cell(row=r, column=8, value=rag)
            c.fill = FILL[rag_word_fill[rag]]
            c.font = Font(bold=True, color="FFFFFF" if rag in ("Complete", "Red") else "000000")
            for col in range(1, 9):
                cc = ws.cell(row=r, column=col)
                cc.border = BOX
                cc.alignment = WRAP
            r += 1
        if len(acts) > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    keys = [("Complete", "Action completed and evidence of impact reviewed by the Improvement Board", "blue"),
            ("Green", "On track to deliver by the target date", "green"),
            ("Amber", "Some slippage; recovery actions in place", "amber"),
            ("Red", "Off track or significant risk to delivery", "red")]
    for word, meaning, col in keys:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = FILL[col]
        ws.cell(row=r, column=2, value=meaning)
    ws.freeze_panes = "A5"

    vc = wb.create_sheet("Version control")
    vc.column_dimensions["A"].width = 10
    vc.column_dimensions["B"].width = 14
    vc.column_dimensions["C"].width = 30
    vc.column_dimensions["D"].width = 60
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        vc.cell(row=1, column=i, value=h).font = Font(bold=True)
    rows = [("0.1", d(2024, 2, 20), "Improvement Programme Manager", "First draft following publication of the ILACS report"),
            ("1.0", d(2024, 4, 12), "Improvement Programme Manager", "Approved by the Improvement Board and submitted to Ofsted"),
            ("1.3", d(2024, 9, 18), "Improvement Programme Manager", "September progress update; revised dates for 1.1 and 1.3")]
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row, start=1):
            c = vc.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, "u1-peterborough-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Cheshire YJS HMIP (xlsx)
def cheshire_yjs():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP Plan"
    for col, w in {"A": 6, "B": 55, "C": 30, "D": 14, "E": 55, "F": 7}.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "Cheshire Youth Justice Service \u2013 HMI Probation Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection report published December 2021. Plan owner: Cheshire YJS Management Board. Last updated: 28/06/2022"
    ws["A2"].font = Font(italic=True, size=9)

    hdr = ["Ref", "Action", "Responsible officer", "By when", "Progress update (June 2022)", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BFBFBF")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")

    rec_fill = PatternFill("solid", fgColor="FCE4D6")
    plan = [
        ("Recommendation 1: The Management Board should secure sustainable funding for the Divert scheme so that it is part of the core YJS budget.",
         [("1.1", "Present a business case for mainstreaming Divert to the four local authorities and the Police and Crime Commissioner.",
           "Board Chair / Head of Service", "March 2022",
           "Business case presented at the February Board. The PCC has agreed match funding for 2022/23.", "blue"),
          ("1.2", "Agree a funding formula for Divert within the partnership budget for 2023/24 onwards.",
           "Board Chair", "Q3 2022/23",
           "Cheshire East and Warrington have agreed their contributions; awaiting budget decisions in Halton and Cheshire West.", "amber")]),
        ("Recommendation 2: Cheshire YJS should improve the quality of assessment and planning for keeping other people safe in out-of-court disposal cases.",
         [("2.1", "Deliver risk of harm refresher training to all case managers, including contingency planning.",
           "CF/DM", "April 2022",
           "Delivered in four locality sessions; 41 staff attended.", "blue"),
          ("2.2", "Introduce a quarterly management audit of out-of-court disposal risk assessments and share the learning in team meetings.",
           "Operational Managers", "Ongoing",
           "First audit completed in May: 8 of 10 cases had a sufficient analysis of risk to others.", "green")]),
        ("Recommendation 3: Cheshire YJS should ensure that children's diversity needs are consistently considered in assessments and in the delivery of interventions.",
         [("3.1", "Revise the AssetPlus quality assurance tool to include a prompt on identity, culture and diversity.",
           "QA Lead", "Jan 2022",
           "Revised tool in use since January.", "blue"),
          ("3.2", "Commission training on working with children from Gypsy, Roma and Traveller communities.",
           "Workforce Development Officer", "Sept 2022",
           "Provider identified and sessions booked for July and September.", "green")]),
        ("Recommendation 4: Cheshire Constabulary should ensure that the outcome of out-of-court disposal decision-making is recorded consistently on police systems.",
         [("4.1", "Audit a sample of out-of-court disposal outcomes recorded on police systems against the joint decision-making panel minutes.",
           "Chief Inspector, Harm Reduction Unit (Cheshire Police)", "31/07/2022",
           "Audit delayed by the police records system migration; a revised plan will go to the July Board.", "red"),
          ("4.2", "Issue a briefing to custody and neighbourhood sergeants on recording out-of-court disposal outcomes.",
           "Chief Inspector, Harm Reduction Unit (Cheshire Police)", "June 2022",
           "Not started \u2013 depends on the findings of the audit at 4.1.", None)]),
    ]
    r = 5
    for rec, acts in plan:
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = rec_fill
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, lead, when, prog, rag in acts:
            vals = [ref, act, lead, when, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            c = ws.cell(row=r, column=6)
            c.border = BOX
            if rag:
                c.fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for col, meaning in [("blue", "Complete"), ("green", "On track"),
                         ("amber", "Some delay \u2013 action being taken"), ("red", "Off track \u2013 escalated to Board")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[col]
        ws.cell(row=r, column=2, value=meaning)
    wb.save(os.path.join(HERE, "u1-cheshire-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------- 3 East Lothian joint inspection (docx)
def east_lothian():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(
        "East Lothian Partnership \u2013 Joint Inspection of Services for Children and Young People at Risk of Harm: Improvement Plan",
        style="Title")
    doc.add_paragraph("Approved by the East Lothian Chief Officers Group for Public Protection, August 2024")
    doc.add_paragraph(
        "The Care Inspectorate, Education Scotland, Healthcare Improvement Scotland and HM Inspectorate of "
        "Constabulary in Scotland inspected services for children and young people at risk of harm in East "
        "Lothian between October 2023 and April 2024. The report, published on 7 May 2024, evaluated the impact "
        "of services as very good and identified two areas for improvement. This plan sets out how partners will "
        "respond. Progress is reported to the Child Protection Committee at each meeting.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_text(c, h, bold=True)
    for row in [("0.3", "12/07/2024", "Public Protection Lead Officer", "Draft for Child Protection Committee"),
                ("1.0", "21/08/2024", "Public Protection Lead Officer", "Approved by Chief Officers Group"),
                ("1.1", "04/02/2025", "Public Protection Lead Officer", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    areas = [
        ("Area for improvement 1: Seeking and using the views of children, young people and families",
         "Inspectors found examples of meaningful involvement at a strategic level, but senior staff were not "
         "consistently seeking, collating and using the views of children, young people and their families to "
         "inform service improvement.",
         [("1.1", "Establish a children and young people's participation group linked to the Child Protection Committee, with a young person as co-chair.",
           "Participation Officer, Children's Services", "December 2024",
           "Group meets monthly; first young co-chair appointed.", "Green"),
          ("1.2", "Develop a single approach for collating feedback from children and families after child protection case conferences and looked after reviews.",
           "Chief Social Work Officer; Child Protection Lead Officer", "March 2025",
           "Feedback form agreed; the electronic version is delayed by IT capacity.", "Amber"),
          ("1.3", "Report a 'You said, we did' summary to the Chief Officers Group every six months.",
           "Public Protection Lead Officer", "Six-monthly",
           "First report due after the participation group has met for six months.", "Not started")]),
        ("Area for improvement 2: Measuring the difference services make",
         "Partners had not fully established ways to collect, analyse and report on the difference services were "
         "making for children and young people at risk of harm.",
         [("2.1", "Agree a core dataset of outcome measures for children at risk of harm across social work, health, education and police.",
           "Performance and Quality Assurance Manager", "Oct 2024",
           "Dataset of 18 measures agreed by the Child Protection Committee on 15 October.", "Complete"),
          ("2.2", "Produce a quarterly outcomes report for the Child Protection Committee, including analysis of re-registrations and repeat IRDs.",
           "Performance and Quality Assurance Manager", "January 2025",
           "First report presented in January. Health data is still to be added.", "Green"),
          ("2.3", "Carry out a multi-agency case file audit of outcomes for children who have been on the child protection register for more than 12 months.",
           "NHS Lothian Nurse Consultant Child Protection / Police Scotland DI, Public Protection Unit", "May 2025",
           "Audit tool drafted and sample of 15 children identified.", "Green"),
          ("2.4", "Train team leaders to use the outcomes dataset to evaluate the impact of their team's work.",
           "Learning and Development Coordinator", "June 2025",
           "", "")]),
    ]
    status_fill = {"Green": HEX["green"], "Amber": HEX["amber"], "Complete": HEX["blue"], "Red": HEX["red"]}
    for title, finding, acts in areas:
        doc.add_paragraph(title, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run("What inspectors said: ")
        r.bold = True
        p.add_run(finding)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Improvement action", "Lead", "By when", "Progress", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for no, act, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, act, lead, when, prog, rag]):
                set_text(c, v)
            if rag in status_fill:
                shade(cells[5], status_fill[rag])
        doc.add_paragraph()

    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning in [("Complete", "Action delivered"), ("Green", "On track"),
                          ("Amber", "At risk of delay"), ("Red", "Off track"),
                          ("Not started", "Action not yet due to start")]:
        cells = t.add_row().cells
        set_text(cells[0], word)
        set_text(cells[1], meaning)
        if word in status_fill:
            shade(cells[0], status_fill[word])
    doc.save(os.path.join(HERE, "u1-east-lothian-children-at-risk-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- 4 Monmouthshire CIW PEI (docx)
def monmouthshire():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Monmouthshire County Council Children's Services \u2013 Action Plan in response to the CIW Performance Evaluation Inspection, February 2024")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of children's services in "
        "February 2024 and published its report on 2 May 2024. The areas for improvement are set out below under "
        "the four principles of the Social Services and Well-being (Wales) Act 2014. The plan is monitored by the "
        "Children's Services Departmental Management Team and reported to People Scrutiny Committee.")
    doc.add_paragraph("Updated: October 2024")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Ref", "Area for improvement identified by CIW", "Action", "Lead Officer", "Timescale", "RAG status"]
    for c, h in zip(t.rows[0].cells, hdr):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")

    plan = [
        ("People \u2013 Voice and Control", [
            ("The local authority must ensure that statutory visits to children on the child protection register are undertaken and recorded within the required timescales.", [
                ("1.1", "Introduce a weekly compliance report of statutory child protection visits for team managers, with exceptions escalated to the Service Manager.",
                 "Service Manager \u2013 Safeguarding and Quality Assurance", "31/05/2024", "Blue"),
                ("1.2", "Resolve the technical fault preventing visits being recorded on the case management system and back-record visits completed since January.",
                 "Business Systems Manager", "June 2024", "Blue")]),
            ("Managers should work with staff to understand the reasons visits are not being recorded and address any practice issues.", [
                ("1.3", "Hold practice workshops with each team to agree the expectations for recording visits.",
                 "Team Managers", "September 2024", "Green")]),
        ]),
        ("Prevention", [
            ("Leaders should complete the planned review of the Early Help and Assessment Team so that families receive timely support.", [
                ("2.1", "Complete the review of the Early Help and Assessment Team and present recommendations to the Departmental Management Team.",
                 "Head of Children's Services", "Q3 2024/25", "Amber"),
                ("2.2", "Develop a shared early help pathway with Families First and Flying Start.",
                 "Early Intervention Manager / Families First Coordinator", "April 2025", "Green")]),
        ]),
        ("Well-being", [
            ("The local authority must ensure that initial child protection conferences are held within statutory timescales.", [
                ("3.1", "Increase the capacity of the reviewing team by recruiting an additional Independent Reviewing Officer.",
                 "Service Manager \u2013 Safeguarding and Quality Assurance", "July 2024", "Blue"),
                ("3.2", "Monitor the timeliness of initial conferences through the monthly performance clinic.",
                 "Head of Children's Services", "Ongoing", "Green")]),
        ]),
        ("Partnerships and Integration", [
            ("Strategy discussions should include the police in all cases where a section 47 enquiry is being considered.", [
                ("4.1", "Revise the local strategy discussion procedure in line with the Wales Safeguarding Procedures and stop the internal pre-meeting.",
                 "Service Manager \u2013 Safeguarding and Quality Assurance", "30/04/2024", "Blue"),
                ("4.2", "Audit a sample of strategy discussions jointly with Gwent Police to check attendance and the quality of decision making.",
                 "Safeguarding Unit Manager; DI Gwent Police PPU", "Oct 2024", "Amber")]),
            ("Interim arrangements should be put in place so that managers are assured assessments and plans are approved within the case management system.", [
                ("4.3", "Stop the use of Word templates for assessments and care plans and move all approvals into the case management system pending the decision on WCCIS.",
                 "Business Systems Manager", "August 2024", "Green")]),
        ]),
    ]
    rag_hex = {"Blue": HEX["blue"], "Green": HEX["green"], "Amber": HEX["amber"], "Red": HEX["red"]}
    for principle, areas in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_text(merged, principle, bold=True, size=10)
        shade(merged, "DEEAF6")
        for area, acts in areas:
            first_row = None
            last_row = None
            for i, (ref, act, lead, when, rag) in enumerate(acts):
                cells = t.add_row().cells
                set_text(cells[0], ref)
                if i == 0:
                    set_text(cells[1], area)
                set_text(cells[2], act)
                set_text(cells[3], lead)
                set_text(cells[4], when)
                set_text(cells[5], rag)
                shade(cells[5], rag_hex[rag])
                if first_row is None:
                    first_row = cells[1]
                last_row = cells[1]
            if last_row is not first_row:
                first_row.merge(last_row)

    doc.add_paragraph()
    doc.add_paragraph("RAG status: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 some slippage against timescale; "
                      "Red \u2013 not on track and escalated to DMT.")
    doc.save(os.path.join(HERE, "u1-monmouthshire-ciw-pei-childrens-services-action-plan.docx"))


# ---------------------------------------------------------------- 5 Liverpool SEND WSOA (csv)
def liverpool():
    import csv
    rows = [
        ["Liverpool Local Area SEND Written Statement of Action - Progress Tracker", "", "", "", "", "", ""],
        ["Position at 31 October 2019", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area of Significant Weakness", "Ref", "Action", "Lead(s)", "Target Date", "RAG", "Progress Update"],
        ["1. Strategic leadership and the pace of implementing the SEND reforms", "1.1",
         "Establish a SEND Partnership Board with an independent chair and parent carer forum representation.",
         "Director of Children's Services", "Jun-19", "B",
         "Board established in June 2019 and meets every six weeks. LivPaC are full members."],
        ["1. Strategic leadership and the pace of implementing the SEND reforms", "1.2",
         "Publish a co-produced SEND strategy with an outcomes framework agreed by all partners.",
         "Assistant Director, Education / CCG Director of Commissioning", "Dec-19", "G",
         "Draft strategy out for consultation until 15 November."],
        ["2. Quality and timeliness of EHC plans", "2.1",
         "Clear the backlog of EHC plan amendments that are beyond the statutory timescale.",
         "Head of SEND Service", "Mar-20", "A",
         "Backlog reduced from 612 to 348. Additional agency caseworkers in post until March."],
        ["2. Quality and timeliness of EHC plans", "2.2",
         "Introduce a multi-agency quality assurance panel for new EHC plans, including health and social care advice.",
         "Head of SEND Service; Designated Clinical Officer", "Oct-19", "G",
         "Panel has met three times; 20 plans audited each month."],
        ["2. Quality and timeliness of EHC plans", "2.3",
         "Deliver training for health professionals on writing outcomes-focused advice for EHC needs assessments.",
         "Designated Clinical Officer", "Jan-20", "G",
         "Sessions booked for paediatricians and therapists in November and December."],
        ["3. Joint commissioning", "3.1",
         "Agree a joint commissioning strategy for SEND between the council and Liverpool CCG.",
         "Head of Commissioning (Children) / CCG Head of Children's Commissioning", "Mar-20", "A",
         "Needs analysis complete. Strategy delayed to align with the CCG commissioning intentions."],
        ["3. Joint commissioning", "3.2",
         "Jointly recommission the speech and language therapy service for children and young people with EHC plans.",
         "CCG Head of Children's Commissioning", "Jnue-20", "R",
         "Procurement timetable slipped because the service specification has not yet been agreed."],
        ["4. Co-production and communication with parents and carers", "4.1",
         "Relaunch the Local Offer website with content co-produced with LivPaC.",
         "Local Offer Officer", "Nov-19", "G",
         "New site in testing with parent volunteers."],
        ["4. Co-production and communication with parents and carers", "4.2",
         "Publish a termly SEND newsletter for families setting out progress against this statement of action.",
         "SEND Communications Officer", "Termly", "G",
         "First edition issued in October."],
        ["5. Waiting times for the neurodevelopmental pathway", "5.1",
         "Reduce the waiting time from referral to ASD diagnostic assessment to 18 weeks.",
         "CCG Head of Children's Commissioning; Alder Hey Service Manager", "Sep-20", "R",
         "Longest wait remains 62 weeks. Additional assessment capacity commissioned from January."],
    ]
    with open(os.path.join(HERE, "u1-liverpool-send-wsoa-progress-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------- 6 Wiltshire virtual school (txt, tab separated)
def wiltshire():
    lines = [
        "Wiltshire Virtual School Improvement Plan 2024-25",
        "Exported from the Virtual School planning tracker on 14/01/2025",
        "",
        "Ref\tAction\tLead\tTimescale\tSuccess criteria\tRAG\tComments",
        "Priority 1 \u2013 Improving attendance and reducing suspensions",
        "1.1\tTrack daily attendance for all children in care through the commissioned attendance service and follow up any child below 90% attendance within five school days.\tDeputy VSH\tAutumn term 2024\tPersistent absence below 15% for children in care\tGreen\tAttendance service live since September; persistent absence 16.2% at end of autumn term.",
        "1.2\tWork with secondary headteachers to agree an alternative to suspension protocol for children in care.\tVSH\tSpring term 2025\tFewer suspensions than in 2023-24\tAmber\tDraft protocol shared with the secondary heads' forum; two academy trusts yet to respond.",
        "",
        "Priority 2 \u2013 Quality of Personal Education Plans",
        "2.1\tQuality assure every PEP against the Wiltshire PEP standards and return inadequate PEPs to the school within 10 school days.\tSR/KM\tTermly\t90% of PEPs rated good or better\tGreen\t84% of autumn PEPs rated good or better.",
        "2.2\tLaunch the revised ePEP form with a dedicated section for the child's voice.\tEducation Caseworker Team Leader\tSept 2024\tAll PEPs use the new form\tComplete\tLaunched 2 September.",
        "2.3\tDeliver designated teacher training on writing SMART PEP targets.\tEP\tSummer term 2025\tTraining delivered to all designated teachers\t\tBooked for the May DT network.",
        "",
        "Priority 3 \u2013 Early years and post-16",
        "3.1\tEnsure every child in care aged 2-4 has an early years PEP and takes up their funded early education entitlement.\tEarly Years Adviser\tSept 2024 \u2013 July 2025\t100% take-up of funded places\tGreen\t27 of 29 children taking up their entitlement.",
        "3.2\tAgree with the leaving care service a joint tracking meeting for all Year 12 and 13 young people who are NEET.\tPost-16 Adviser / Personal Adviser Team Manager\tAutumn term 2024\tNEET tracked monthly\tComplete\tMonthly meeting in place since October.",
        "3.3\tIncrease the number of care-experienced young people attending the university taster programme.\tPost-16 Adviser\tJuly 2025\tAt least 12 young people attend\tAmber\tOnly 5 places taken so far; promoting through PAs.",
        "",
        "Priority 4 \u2013 Training and partnership",
        "4.1\tOffer trauma-informed practice training to foster carers in partnership with the fostering service.\tVSH and Fostering Service Manager\tOngoing\tTraining offered every term\tGreen\tTwo sessions held this term; 38 carers attended.",
        "",
        "Key: Green \u2013 on track; Amber \u2013 some risk to delivery; Complete \u2013 achieved; blank \u2013 not yet started",
    ]
    with open(os.path.join(HERE, "u1-wiltshire-virtual-school-improvement-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 Camden SCP LCSPR (xlsx)
def camden():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for col, w in {"A": 6, "B": 42, "C": 50, "D": 30, "E": 13, "F": 13, "G": 55, "H": 6}.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "Camden Safeguarding Children Partnership \u2013 LCSPR Child D: Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Review published 12 March 2024. Plan monitored by the Learning and Improvement Subgroup. "
                "Last updated: 04/11/2024")
    ws["A2"].font = Font(size=9)
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Revised target date", "Update / evidence", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    plan = [
        ("1. Partners should ensure that practitioners identify and engage all adults in the household, including fathers and partners, in assessments and plans.",
         [("1.1", "Refresh the partnership guidance on working with fathers and male carers and launch it at a practitioner learning event.",
           "Partnership Business Manager", d(2024, 5, 31), d(2024, 9, 30),
           "Guidance published in September and launched at the learning event on 26/09/2024 (112 attendees).", "B"),
          ("1.2", "Add a prompt about all adults in the household to the children's social care assessment template.",
           "Head of Quality Assurance, CSC", d(2024, 7, 31), None,
           "Template amended on Mosaic from July.", "B"),
          ("1.3", "Audit 20 child protection plans to test whether fathers and partners are named and engaged.",
           "Learning and Improvement Subgroup Chair", d(2024, 12, 31), None,
           "Audit scheduled for the December multi-agency audit day.", "G")]),
        ("2. Health partners should ensure that missed health appointments for children are followed up as a possible indicator of neglect.",
         [("2.1", "Implement the 'Was Not Brought' policy across community health services and GP practices.",
           "Designated Nurse Safeguarding Children, NCL ICB", d(2024, 6, 30), d(2024, 10, 31),
           "Policy adopted by community health services. 31 of 34 GP practices have confirmed adoption.", "A"),
          ("2.2", "Deliver training on neglect and 'Was Not Brought' to GP safeguarding leads.",
           "Named GP for Safeguarding", "Q3 2024/25", None,
           "Session booked for the December GP safeguarding leads forum.", "G")]),
        ("3. The partnership should seek assurance that information about children moving between schools, including safeguarding files, is shared promptly.",
         [("3.1", "Remind all schools of the requirement to transfer safeguarding files within 5 school days, through the DSL forum and the schools bulletin.",
           "Education Safeguarding Lead", "Sept 2024", None,
           "Included in the September bulletin and DSL forum.", "B"),
          ("3.2", "Add a question on safeguarding file transfer to the annual section 175/157 safeguarding audit for schools.",
           "Education Safeguarding Lead", d(2025, 3, 31), None,
           "Question added; audit opens in January.", "G")]),
        ("4. The Metropolitan Police should ensure that domestic abuse notifications for households with children are shared with the MASH within 24 hours.",
         [("4.1", "Review the daily process for sending domestic abuse notifications for incidents where children are present to the MASH.",
           "DI, Central North BCU Public Protection", d(2024, 8, 31), None,
           "Review not complete because of staffing changes; escalated to the Partnership Executive in October.", "R")]),
    ]
    rag_col = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for rec, acts in plan:
        first = r
        for ref, act, lead, tgt, rev, upd, rag in acts:
            ws.cell(row=r, column=1, value=ref)
            if r == first:
                ws.cell(row=r, column=2, value=rec)
            ws.cell(row=r, column=3, value=act)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=upd)
            c = ws.cell(row=r, column=8, value=rag)
            c.fill = FILL[rag_col[rag]]
            c.alignment = Alignment(horizontal="center", vertical="top")
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
                if col != 8:
                    ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if len(acts) > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = Complete, G = On track, A = Some slippage, R = Not on track / escalated").font = Font(italic=True)
    wb.save(os.path.join(HERE, "u1-camden-scp-lcspr-child-d-action-plan.xlsx"))


if __name__ == "__main__":
    peterborough()
    cheshire_yjs()
    east_lothian()
    monmouthshire()
    liverpool()
    wiltshire()
    camden()
    print("made 7 u1- files")
