"""Make the ac1- case files (children's services plans) in this folder.

Run with /work/main/.venv/bin/python ac1_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for cell, label in zip(table.rows[0].cells, labels):
        set_text(cell, label, bold=True)
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ================================================================ 1. Wrexham
def wrexham():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Wrexham County Borough Council – Social Care (Children)"
    doc.add_heading(
        "Children's Social Services Improvement Plan – Response to CIW Inspection October 2020", 0
    )

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for row in [
        ("0.1", "11/01/2021", "Improvement Programme Manager", "First draft following CIW feedback"),
        ("0.2", "02/02/2021", "Improvement Programme Manager", "Comments from Accelerated Improvement Board"),
        ("1.0", "19/04/2021", "Head of Children's Services", "Progress update for Executive Board"),
    ]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)

    doc.add_paragraph()
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a risk based inspection of children's social "
        "services between 12 and 23 October 2020. The inspection found that services remain "
        "inadequate but that there are early indicators of improvement. This plan sets out the "
        "actions we are taking against each of the areas for improvement CIW identified, grouped "
        "under the four principles of the Social Services and Well-being (Wales) Act 2014. "
        "Progress is reported monthly to the Accelerated Improvement Board."
    )

    sections = [
        ("1. People – voice and control", [
            ("Ensure the voices and views of children and their families are central to assessments "
             "and inform care and support planning.", [
                ("1.1", "Introduce a 'What matters to me' section in the revised assessment template on "
                        "WCCIS, completed with the child in their own words where age appropriate.",
                 "Service Manager – Assessment & Intervention", "31/03/2021", "Complete",
                 "Template live on WCCIS from 1 March 2021. First dip sample of 20 assessments "
                 "booked for May."),
                ("1.2", "Commission Tros Gynnal Plant to deliver training on the active offer of advocacy "
                        "to all social work teams.",
                 "Principal Officer – Safeguarding & Review", "June 2021", "G",
                 "Two of four sessions delivered. Remaining sessions booked for May 2021."),
            ]),
            ("Practitioners must maintain their focus on outcomes for the child in care and support "
             "plans.", [
                ("1.3", "Roll out outcome focused care and support planning training (Collaborative "
                        "Communication) to all practitioners and team managers.",
                 "Workforce Development Manager", "Sept 2021", "A",
                 "Provider confirmed but dates slipped because of Covid-19 restrictions. Virtual "
                 "delivery now being arranged."),
            ]),
        ]),
        ("2. Prevention", [
            ("Expand the choice and availability of short breaks for disabled children.", [
                ("2.1", "Complete a sufficiency assessment of short breaks provision for disabled children "
                        "and young people.",
                 "Head of Children's Services", "30/06/2021", "G",
                 "Parent carer survey closed 31 March with 86 responses. Analysis under way."),
                ("2.2", "Re-tender the overnight short breaks contract with parent carer representatives "
                        "on the evaluation panel.",
                 "Commissioning Manager / Service Manager – Disability", "Q3 2021/22", "Not started",
                 "Dependent on the outcome of action 2.1."),
            ]),
            ("Assessments and legal planning meetings must become timely and not delay decisions or "
             "court action.", [
                ("2.3", "Introduce a weekly PLO tracker meeting chaired by the Head of Service with Legal "
                        "Services.",
                 "Head of Children's Services", "Ongoing", "G",
                 "Weekly tracker meeting in place since January 2021. No child waiting more than four "
                 "weeks for a legal planning meeting at the end of March."),
                ("2.4", "Report timeliness of assessments to the Accelerated Improvement Board.",
                 "Performance & Information Manager", "Monthly", "G",
                 "Timeliness report presented in February, March and April."),
            ]),
        ]),
        ("3. Well-being", [
            ("Managers and practitioners must ensure they have sufficient understanding of the children "
             "they are working with, including their background and current situation.", [
                ("3.1", "Issue chronology guidance and require an up to date chronology on every open "
                        "child protection and looked after child's file.",
                 "Principal Social Worker", "31/07/2021", "A",
                 "Guidance issued. Compliance at 61% at end of March against a target of 90%."),
                ("3.2", "Include the quality of chronologies and genograms in the monthly case file audit "
                        "programme, with findings reported to the Quality Assurance Group.",
                 "Quality Assurance Lead", "From April 2021 – ongoing", "G",
                 "Audit tool amended. April audits under way."),
            ]),
        ]),
        ("4. Partnerships and integration", [
            ("Strengthen multi-agency attendance at, and contribution to, strategy discussions.", [
                ("4.1", "Agree a strategy discussion protocol with North Wales Police and BCUHB, including "
                        "health attendance within 24 hours.",
                 "Head of Children's Services", "May 2021", "G",
                 "Draft protocol shared with partners on 6 April. Sign-off expected at the Safeguarding "
                 "Delivery Group in May."),
                ("4.2", "Audit a sample of 30 strategy discussions jointly with partners and report the "
                        "findings to the Safeguarding Delivery Group.",
                 "Principal Officer – Safeguarding & Review", "31/08/2021", "Not started",
                 "To follow sign-off of the protocol."),
            ]),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for heading, recs in sections:
        doc.add_heading(heading, 1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        header_row(t, ["Ref", "CIW area for improvement", "Action", "Lead officer", "Target date",
                       "RAG", "Progress (April 2021)"])
        for rec, acts in recs:
            first = None
            for ref, action, lead, when, rag, prog in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells[1]
                    set_text(cells[1], rec)
                else:
                    first = first.merge(cells[1])
                set_text(cells[0], ref)
                set_text(cells[2], action)
                set_text(cells[3], lead)
                set_text(cells[4], when)
                set_text(cells[5], rag, bold=True)
                if rag in rag_fill:
                    shade(cells[5], rag_fill[rag])
                set_text(cells[6], prog)
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("RAG key: ")
    r.bold = True
    p.add_run("Complete – action completed; G – on track; A – some slippage, recovery in place; "
              "R – off track or significant risk; Not started – action not yet due to start.")
    doc.save(out("ac1-wrexham-ciw-childrens-services-improvement-plan.docx"))


# ================================================================ 2. Falkirk
def falkirk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = ("Joint Inspection of Services for Children and Young People in the Falkirk Council "
                "Area – Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Falkirk Children's Commission – progress update November 2016"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")

    hdr = ["Ref", "Action", "Responsible Officer(s)", "Timescale", "Measure of success",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.border = box
        c.alignment = wrap

    D = dt.datetime
    recs = [
        ("1. Improve the quality and consistency of chronologies, assessments of risk and need, "
         "and children's plans", [
            ("1.1", "Revise the multi-agency chronology guidance and deliver briefings to staff across "
                    "social work, education, health and police.",
             "CPC Lead Officer", D(2016, 12, 31),
             "90% of staff attending briefings rate them useful; audit shows improved chronologies",
             "Guidance approved by CPC in October. 6 of 8 briefings delivered.", GREEN),
            ("1.2", "Introduce the National Risk Framework as the single multi-agency risk assessment "
                    "for children on the child protection register.",
             "Head of Children's Services; Chief Nurse (NHS Forth Valley)", D(2017, 3, 31),
             "Risk assessment completed for all registered children",
             "Training for health staff delayed until January because of trainer availability.", AMBER),
            ("1.3", "Audit a sample of 40 child's plans against the GIRFEC national practice model and "
                    "report findings to the Child Protection Committee.",
             "Service Manager – Quality Assurance", D(2017, 6, 30),
             "Audit report to CPC; improvement actions agreed",
             "Audit tool being agreed with partners. Audit to start in the new year.", None),
        ]),
        ("2. Ensure that the views of children, young people and families are heard and inform "
         "service planning and improvement", [
            ("2.1", "Establish a Champions Board for care experienced young people with elected member "
                    "participation.",
             "Children's Rights Officer", D(2016, 10, 31),
             "Champions Board meeting quarterly",
             "Champions Board launched 20 October 2016. First meeting held with 14 young people.", BLUE),
            ("2.2", "Use Viewpoint questionnaires with all children attending child protection case "
                    "conferences and looked after reviews.",
             "Independent Reviewing Officer Team Manager", "Ongoing",
             "Returns analysed and reported to CPC every six months",
             "Return rate 48% for the quarter to September.", GREEN),
        ]),
        ("3. Develop a more strategic approach to early and effective intervention", [
            ("3.1", "Map early intervention services across Children's Commission partners and identify "
                    "gaps.",
             "Head of Education Services / Head of Children's Services", D(2017, 1, 31),
             "Service map published; gaps reflected in Integrated Children's Services Plan",
             "Mapping exercise started. Third sector input still to be gathered.", AMBER),
            ("3.2", "Extend the Family Support Service to all secondary school clusters.",
             "Head of Education Services", "March 2017",
             "Family Support Workers in all 8 clusters",
             "Funding for the remaining three clusters not yet agreed.", RED),
        ]),
        ("4. Improve joint self-evaluation and the use of performance information to demonstrate "
         "improved outcomes", [
            ("4.1", "Develop a children's services performance framework reported quarterly to the "
                    "Children's Commission.",
             "Performance Manager (Children's Services)", D(2016, 12, 31),
             "Quarterly performance report in place",
             "Framework agreed and first report presented in November 2016.", BLUE),
            ("4.2", "Undertake a joint self-evaluation of services for looked after children using the "
                    "Care Inspectorate quality indicators.",
             "CPC Lead Officer", D(2017, 5, 31),
             "Self-evaluation report and improvement actions",
             "Scoping session held. Multi-agency reading team identified.", GREEN),
        ]),
        ("5. Strengthen collective leadership to challenge traditional ways of working and increase "
         "the pace of change", [
            ("5.1", "Review the remit and membership of the Children's Commission and agree a revised "
                    "Integrated Children's Services Plan 2017-2020.",
             "Director of Children's Services", D(2017, 4, 30),
             "Revised plan approved by Community Planning Partnership",
             "Development session for Commission members held 3 November.", GREEN),
        ]),
    ]
    row = 5
    for i, (rec, acts) in enumerate(recs):
        if i:
            row += 1  # blank row between recommendations
        ws.cell(row=row, column=1, value=rec).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(row=row, column=col).border = box
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for ref, action, lead, when, measure, prog, fill in acts:
            vals = [ref, action, lead, when, measure, prog, None]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = wrap
                c.border = box
            if isinstance(when, dt.datetime):
                ws.cell(row=row, column=4).number_format = "mmm-yy"
            if fill:
                ws.cell(row=row, column=7).fill = PatternFill("solid", fgColor=fill)
            row += 1

    row += 2
    ws.cell(row=row, column=1, value="RAG status key").font = Font(bold=True)
    for fill, label in [(RED, "Red – not on target / significant issues"),
                        (AMBER, "Amber – some slippage"),
                        (GREEN, "Green – on target"),
                        (BLUE, "Blue – complete")]:
        row += 1
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=row, column=2, value=label)

    for col, w in zip("ABCDEFG", [8, 55, 28, 12, 35, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(out("ac1-falkirk-children-young-people-joint-inspection-improvement-plan.xlsx"))


# ================================================================ 3. East Kent
def east_kent():
    wb = Workbook()
    ws = wb.active
    ws.title = "CYP Action Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = ("East Kent Hospitals University NHS Foundation Trust – CQC Inspection October 2019: "
                "Services for Children and Young People Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Report to: Quality Committee, 17 March 2020. Position as at 6 March 2020."
    ws["A3"].font = Font(italic=True)

    hdr = ["Ref", "Must / Should", "Site", "CQC requirement", "Action", "Responsible lead",
           "Target date", "Revised date", "Status", "Evidence / comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = box
        c.alignment = wrap

    D = dt.datetime
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    groups = [
        ("Must", "QEQM / WHH",
         "The trust must ensure there are sufficient numbers of suitably qualified, competent and "
         "experienced registered children's nurses on the children's wards to meet national guidance.", [
            ("MD1.1", "Undertake a paediatric nurse establishment review at QEQM and WHH against RCN "
                      "standards and present a business case to the Executive Management Team.",
             "Head of Nursing – Child Health", D(2020, 3, 31), D(2020, 4, 30), "On track",
             "Review complete. Business case to EMT on 21 April (moved from March meeting)."),
            ("MD1.2", "Recruit to 14.2 WTE registered children's nurse vacancies, including an overseas "
                      "recruitment cohort.",
             "Head of Nursing – Child Health / Matron Recruitment Lead", D(2020, 6, 30), None, "At risk",
             "8.6 WTE appointed. Overseas cohort start dates may be affected by travel restrictions."),
        ]),
        ("Must", "QEQM / WHH",
         "The trust must ensure that children attending the emergency departments are assessed by staff "
         "with appropriate paediatric competencies and are seen in a suitable environment.", [
            ("MD2.1", "Introduce the paediatric early warning score (PEWS) into emergency department "
                      "triage at both sites.",
             "Clinical Lead ED (Paediatrics)", D(2020, 2, 29), None, "Complete",
             "PEWS live on Symphony at both sites from 10 February 2020. Audit shows 94% compliance."),
            ("MD2.2", "Ensure a registered children's nurse or PLS trained nurse is on every ED shift and "
                      "monitor compliance on the daily rota.",
             "Matron – Emergency Care", D(2020, 3, 31), D(2020, 7, 31), "At risk",
             "Night shift cover at WHH below target (71%). PLS training places increased for April-June."),
            ("MD2.3", "Create a separate paediatric waiting area in the WHH emergency department.",
             "Care Group Director – Urgent & Emergency Care", D(2020, 5, 31), None, "Off track",
             "Capital bid not approved in 2019/20 programme. Interim screened area in place; escalated "
             "to Capital Group."),
        ]),
        ("Must", "All sites",
         "The trust must ensure that incidents are reported, investigated and learning shared in a "
         "timely way.", [
            ("MD3.1", "Deliver Datix incident reporting training to all child health staff and report "
                      "compliance to the Child Health Governance meeting.",
             "Child Health Governance Lead", D(2020, 4, 30), None, "On track",
             "78% of staff trained at end of February."),
            ("MD3.2", "Clear the backlog of open incidents older than 60 days.",
             "Patient Safety Manager", D(2020, 3, 31), None, "Complete",
             "Backlog cleared 28 February. Weekly incident huddle continues."),
        ]),
        None,  # blank row
        ("Should", "All sites",
         "The trust should ensure that the transition pathway for young people moving to adult services "
         "is embedded.", [
            ("SD1.1", "Appoint a transition nurse specialist and agree a trust-wide transition policy.",
             "Head of Nursing – Child Health", "Q2 2020/21", None, "Not started",
             "Post to be funded from the establishment review business case (MD1.1)."),
        ]),
        ("Should", "QEQM / WHH",
         "The trust should ensure that children and young people's mental health needs are assessed and "
         "that staff receive training in mental health awareness.", [
            ("SD2.1", "Agree a joint protocol with the CAMHS provider for children admitted following "
                      "self-harm, including response times for assessment.",
             "Consultant Paediatrician (Mental Health Lead)", D(2020, 6, 30), None, "On track",
             "Draft protocol discussed with NELFT on 25 February."),
            ("SD2.2", "Deliver mental health awareness training to ward nursing staff.",
             "Practice Educator – Paediatrics", D(2020, 9, 30), None, "On track",
             "First two sessions held in February; programme runs to September."),
        ]),
    ]
    row = 6
    for g in groups:
        if g is None:
            row += 1
            continue
        ms, site, req, acts = g
        start = row
        for ref, action, lead, target, revised, status, comment in acts:
            vals = [ref, ms, site, req if row == start else None, action, lead, target, revised,
                    status, comment]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = wrap
                c.border = box
            for col in (7, 8):
                if isinstance(ws.cell(row=row, column=col).value, dt.datetime):
                    ws.cell(row=row, column=col).number_format = "dd/mm/yyyy"
            if status in status_fill:
                ws.cell(row=row, column=9).fill = PatternFill("solid", fgColor=status_fill[status])
            row += 1
        if row - start > 1:
            ws.merge_cells(start_row=start, start_column=4, end_row=row - 1, end_column=4)

    row += 1
    ws.cell(row=row, column=1, value="Status key").font = Font(bold=True)
    for label, fill in [("Complete", BLUE), ("On track", GREEN),
                        ("At risk – may not meet target date", AMBER),
                        ("Off track – will not meet target date", RED),
                        ("Not started", None)]:
        row += 1
        c = ws.cell(row=row, column=1, value=label)
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)

    for col, w in zip("ABCDEFGHIJ", [8, 9, 12, 45, 50, 28, 12, 12, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(out("ac1-east-kent-hospitals-cqc-children-young-people-action-plan.xlsx"))


# ================================================================ 4. Met Police
def met():
    wb = Workbook()
    ws = wb.active
    ws.title = "NCPI Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Metropolitan Police Service – HMIC National Child Protection Inspection: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 6 – updated 15/12/2017 for the Child Protection Improvement Board"
    ws["A2"].font = Font(italic=True)

    hdr = ["Rec No.", "HMIC recommendation", "Action No.", "Action", "Action owner",
           "Target date", "Revised date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.border = box
        c.alignment = wrap

    D = dt.datetime
    fills = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    recs = [
        ("1", "Immediately review the cases of children identified by HMIC as at risk, and take the "
              "action needed to safeguard them.", [
            ("1.1", "Review every case referred back by HMIC and record the safeguarding decision on "
                    "the case file.",
             "Detective Chief Superintendent, Public Protection", D(2016, 12, 31), None, "Complete",
             "All 38 cases reviewed; 6 re-referred to children's social care."),
        ]),
        ("2", "Within three months, improve the initial response to children reported missing from "
              "home or care.", [
            ("2.1", "Revise the missing persons policy to require a risk assessment review by a "
                    "supervisor within 1 hour for all children.",
             "Commander, Public Protection", D(2017, 3, 31), None, "Complete",
             "Policy published 27 March 2017."),
            ("2.2", "Introduce a return home interview information sharing agreement with all 32 "
                    "London boroughs.",
             "Head of Missing Persons Unit", D(2017, 6, 30), D(2017, 12, 31), "Amber",
             "Agreement signed by 27 boroughs. Remaining 5 escalated through the Local Safeguarding "
             "Children Boards."),
        ]),
        ("3", "Within six months, ensure that child sexual exploitation is identified and "
              "investigated effectively.", [
            ("3.1", "Train all frontline officers in recognising child sexual exploitation using the "
                    "Operation Make Safe package.",
             "Head of Learning & Development / Commander, Public Protection", D(2017, 9, 30),
             D(2018, 3, 31), "Amber",
             "81% of frontline officers trained. Remaining officers scheduled in the Q4 training plan."),
            ("3.2", "Establish a CSE tasking meeting in each Basic Command Unit.",
             "BCU Commanders", D(2017, 6, 30), None, "Green",
             "In place in all pathfinder BCUs; rest to follow as BCUs go live."),
        ]),
        ("4", "Within six months, reduce the number of children detained overnight in police custody "
              "after charge.", [
            ("4.1", "Agree a pan-London protocol with local authorities for the provision of PACE beds.",
             "Commander, Custody", D(2017, 9, 30), "Feburary 2018", "Red",
             "Protocol not yet agreed with London Councils. Escalated to the Deputy Assistant "
             "Commissioner."),
            ("4.2", "Report every overnight detention of a child to the duty officer and to the local "
                    "authority the same day.",
             "Commander, Custody", D(2017, 6, 30), None, "Green",
             "Daily report in place and reviewed at the weekly custody performance meeting."),
        ]),
        ("5", "Within 12 months, improve the quality of referrals made to children's social care.", [
            ("5.1", "Introduce quality assurance of MERLIN referrals by MASH supervisors.",
             "Detective Superintendent, MASH", D(2017, 11, 30), None, "Green",
             "Dip sampling in place; monthly report to the improvement board."),
        ]),
    ]
    row = 5
    for rec_no, rec, acts in recs:
        start = row
        for ref, action, owner, target, revised, status, update in acts:
            vals = [rec_no if row == start else None, rec if row == start else None, ref, action,
                    owner, target, revised, status, update]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = wrap
                c.border = box
            for col in (6, 7):
                if isinstance(ws.cell(row=row, column=col).value, dt.datetime):
                    ws.cell(row=row, column=col).number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=fills[status])
            row += 1
        if row - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)

    for col, w in zip("ABCDEFGHI", [8, 45, 9, 50, 30, 12, 14, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(out("ac1-metropolitan-police-ncpi-child-protection-improvement-plan.xlsx"))


# ================================================================ 5. Cardiff & Vale RSB (csv)
def cardiff_vale():
    rows = [
        ["Cardiff and Vale Regional Safeguarding Board – Child Practice Review CVRSB 02/2021: "
         "Multi-agency Action Plan", "", "", "", "", "", "", "", ""],
        ["Updated for the Case Review Group, 14 November 2022", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Ref", "Learning point", "Recommendation", "Action", "Agency", "Lead officer", "Target date",
         "Progress", "RAG"],
        ["1.1", "Professional curiosity about adults in the household",
         "Agencies to ensure practitioners identify and assess all adults living in or visiting the "
         "household.",
         "Amend the Joint Assessment Framework to include a mandatory household composition section.",
         "Cardiff Council Children's Services", "Operational Manager, Intake & Assessment", "Sep-22",
         "New section live from 1 September 2022.", "Complete"],
        ["1.2", "", "",
         "Deliver multi-agency workshops on professional curiosity and disguised compliance.",
         "RSB Business Unit", "Regional Safeguarding Board Manager", "Dec-22",
         "Four workshops held; two more booked for December.", "Green"],
        ["2.1", "Information sharing between health and education",
         "Health and education to share concerns about a child's attendance and presentation at "
         "the earliest opportunity.",
         "Develop a school nursing to Designated Safeguarding Person information sharing pathway.",
         "Cardiff and Vale UHB", "Named Nurse Safeguarding Children", "Mar-23",
         "Draft pathway with Education Safeguarding Leads for comment.", "Green"],
        ["2.2", "", "",
         "Include attendance data in the agenda of all strategy discussions for school age children.",
         "South Wales Police / Children's Services", "DI Public Protection; Operational Manager MASH",
         "Mar-92", "Template amended; awaiting sign off at MASH Operational Group.", "Amber"],
        ["3.1", "Use of the Wales Safeguarding Procedures",
         "The Board to seek assurance that practitioners use the escalation procedure where they "
         "disagree with a decision.",
         "Relaunch the regional professional disagreement (escalation) protocol with a 7 minute "
         "briefing.",
         "RSB Business Unit", "Regional Safeguarding Board Manager", "Jan-23",
         "7 minute briefing drafted.", "Green"],
        ["3.2", "", "",
         "Audit use of the escalation protocol in each agency and report to the Board.",
         "All agencies", "Chair, Quality Assurance & Performance Sub-group", "Jun-23",
         "Not due to start until Q4.", "Not started"],
        ["4.1", "Neglect",
         "Agencies to use a consistent neglect assessment tool.",
         "Agree and roll out a regional neglect toolkit (Graded Care Profile 2) across Cardiff and the "
         "Vale of Glamorgan.",
         "Cardiff Council / Vale of Glamorgan Council", "Heads of Children's Services", "Jul-23",
         "NSPCC licence secured. Training of trainers in January 2023.", "Amber"],
        ["", "", "", "", "", "", "", "", ""],
        ["RAG key: Complete = action completed and evidenced; Green = on track; Amber = at risk of "
         "missing target date; Red = target date missed", "", "", "", "", "", "", "", ""],
    ]
    with open(out("ac1-cardiff-vale-rsb-child-practice-review-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ================================================================ 6. Academy (docx)
def academy():
    doc = Document()
    h = doc.add_heading("Brookfield Academy – Post-Ofsted Action Plan 2023-24", 0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "Brookfield Academy (secondary, 11-16)"),
                 ("URN", "148231"),
                 ("Date of inspection", "7 and 8 March 2023"),
                 ("Overall effectiveness", "Requires improvement"),
                 ("Plan owner", "Headteacher"),
                 ("Reviewed by", "Local Governing Body and Trust School Improvement Partner"),
                 ("Date of this update", "3 July 2023")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        set_text(cells[1], v, size=10)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan addresses the areas for improvement identified in the 'What does the school need "
        "to do to improve?' section of the Ofsted report. It sits alongside the School Development "
        "Plan and is reviewed at every meeting of the Local Governing Body."
    )
    fills = {"G": GREEN, "A": AMBER, "R": RED}
    priorities = [
        ("Priority 1: Curriculum sequencing in foundation subjects",
         "In some foundation subjects, leaders have not identified the important knowledge pupils "
         "should learn and the order in which they should learn it.", [
            ("Subject leaders in history, geography, RE and art to rewrite Key Stage 3 curriculum "
             "maps, identifying the key knowledge and vocabulary for each unit.",
             "DHT (Curriculum)", "Summer term 2023",
             "Curriculum maps complete and quality assured by trust subject network leads", "G"),
            ("Subject leaders to attend trust curriculum network training on sequencing and retrieval.",
             "SB / KM", "Autumn term 2023",
             "All subject leaders attended; network lead review shows secure understanding", "A"),
            ("Deep dives in each foundation subject to check implementation of the new curriculum.",
             "SLT link", "Termly",
             "Deep dive reports to LGB show consistent implementation", "A"),
        ]),
        ("Priority 2: Assessment",
         "Teachers do not check pupils' understanding carefully enough before moving on, so gaps in "
         "pupils' knowledge are not addressed.", [
            ("Whole-staff CPD on checking for understanding (mini-whiteboards, cold calling, hinge "
             "questions) during INSET and weekly briefings.",
             "AHT (Teaching & Learning)", "By October half term 2023",
             "Learning walks show checking for understanding in 85% of lessons", "A"),
            ("Introduce a common low-stakes quiz at the start of lessons in all subjects.",
             "AHT (Teaching & Learning)", "Summer term 2023",
             "Quizzing seen in all subjects during learning walks", "G"),
            ("Instructional coaching for teachers identified through learning walks.",
             "Lead Practitioners", "Spring term 2024",
             "Coached teachers show improvement at review point", "A"),
        ]),
        ("Priority 3: Attendance and persistent absence",
         "Too many pupils, including disadvantaged pupils, are persistently absent from school.", [
            ("Appoint a full-time attendance officer and introduce daily first-day calling.",
             "Headteacher", "April 2023",
             "Attendance officer in post; first-day calls logged for all absences", "G"),
            ("Weekly attendance panel to review pupils below 90% and agree support with families.",
             "DHT (Pastoral) & Attendance Officer", "Ongoing",
             "Persistent absence reduced from 27% to below 20%", "A"),
            ("Work with the local authority Education Welfare Service on legal interventions where "
             "support has not worked.",
             "DHT (Pastoral)", "Autumn term 2023",
             "Agreed referral pathway in place", "R"),
        ]),
    ]
    for heading, afi, acts in priorities:
        doc.add_heading(heading, 1)
        p = doc.add_paragraph()
        p.add_run("Ofsted said: ").bold = True
        p.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        header_row(t, ["Action", "Lead", "Timescale", "Success criteria", "RAG"], fill="7030A0")
        for action, lead, when, success, rag in acts:
            cells = t.add_row().cells
            set_text(cells[0], action)
            set_text(cells[1], lead)
            set_text(cells[2], when)
            set_text(cells[3], success)
            set_text(cells[4], "")
            shade(cells[4], fills[rag])
        doc.add_paragraph()

    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for fill, label in [(GREEN, "Achieved / completed"), (AMBER, "In progress"),
                        (RED, "Behind schedule")]:
        cells = key.add_row().cells
        shade(cells[0], fill)
        set_text(cells[1], label, size=10)
    doc.save(out("ac1-brookfield-academy-post-ofsted-action-plan.docx"))


# ================================================================ 7. Good Shepherd Centre (txt)
def good_shepherd():
    lines = [
        "Good Shepherd Centre Secure Care Service - Care Inspectorate Inspection February 2023: "
        "Improvement Plan",
        "Exported from Improvement Tracker 02/10/2023",
        "",
        "\t".join(["No.", "Type", "Requirement / Area for improvement", "Action", "Responsible",
                   "Due", "RAG", "Update"]),
    ]
    data = [
        ("R1", "Requirement",
         "By 31 May 2023, the provider must ensure that all restraints are recorded, reviewed by a "
         "manager within 72 hours, and that young people are offered a debrief.",
         "Introduce a restraint review form completed by the duty manager within 72 hours.",
         "Depute Manager (Care)", "31/05/2023", "B",
         "Form in use since April. Audit in June found 100% reviewed within 72 hours."),
        ("", "", "",
         "Offer every young person a debrief with their key worker after a restraint and record "
         "their views.",
         "Unit Managers", "31/05/2023", "G",
         "Debriefs offered in all cases; 3 declined. Recording now in the young person's file."),
        ("R2", "Requirement",
         "By 30 June 2023, the provider must ensure that staff complete mandatory training in child "
         "protection and trauma-informed practice.",
         "Deliver child protection refresher training to all care and education staff.",
         "Training Coordinator", "End of June 2023", "B",
         "97% complete. Two staff on long-term absence will complete on return."),
        ("", "", "",
         "Roll out Scottish Trauma Informed Practice level 2 training.",
         "Registered Manager / Training Coordinator", "Dec-23", "G",
         "Cohorts 1 and 2 complete; cohort 3 starts October."),
        ("AFI1", "Area for improvement",
         "Young people's personal plans should reflect their views and be reviewed with them at "
         "least every three months.",
         "Revise the personal plan template so young people can write their own section.",
         "CMcG", "Aug-23", "B",
         "New template agreed with young people's forum and in use."),
        ("", "", "",
         "Monthly audit of personal plans by the Depute Manager.",
         "Depute Manager (Care)", "Monthly", "G",
         "Audits July-September completed."),
        ("AFI2", "Area for improvement",
         "The provider should improve the consistency of education provision when young people "
         "are unable to attend class.",
         "Develop in-unit learning packs for each curriculum area.",
         "Head of Education", "Ongoing", "A",
         "Packs in place for literacy and numeracy only. Other areas delayed by teacher vacancy."),
        ("AFI3", "Area for improvement",
         "The provider should ensure that young people's health needs are assessed on admission by "
         "a health professional.",
         "Agree with NHS Greater Glasgow and Clyde a nurse-led admission health assessment within 5 "
         "working days.",
         "Registered Manager", "31/12/2023", "R",
         "Nurse vacancy in the visiting health team. Escalated to the Health Partnership meeting."),
    ]
    for row in data:
        lines.append("\t".join(row))
    lines += ["", "RAG: B = complete, G = on track, A = some delay, R = significant concern"]
    with open(out("ac1-good-shepherd-centre-care-inspectorate-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    wrexham()
    falkirk()
    east_kent()
    met()
    cardiff_vale()
    academy()
    good_shepherd()
    print("done")
