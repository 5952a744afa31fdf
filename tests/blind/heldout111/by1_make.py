"""Generate the by1- case documents (children's services plans)."""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)

RED, AMBER, GREEN, BLUE = "FFC7CE", "FFEB9C", "C6EFCE", "BDD7EE"
FILL = lambda c: PatternFill("solid", start_color=c, end_color=c)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGFILL = {"Red": RED, "R": RED, "Amber": AMBER, "A": AMBER, "Green": GREEN, "G": GREEN,
           "On track": GREEN, "Complete": BLUE, "Completed": BLUE}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1. Werrington (xlsx)
def werrington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "HMYOI Werrington – Action Plan in response to the HMIP full inspection (15 April – 2 May 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Report published 28 July 2025. Plan owner: Governor. Progress reviewed monthly at the Senior Leadership Team and reported to the Youth Custody Service."
    ws.merge_cells("A2:I2")
    hdr = ["Rec no.", "Recommendation", "Agreed / Partly agreed / Not agreed", "Action no.", "Action",
           "Responsible", "Target date", "RAG", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL("1F3864")
        c.border = BOX
        c.alignment = WRAP
    recs = [
        ("Priority concerns", None),
        ((1, "Leaders should make sure that children spend more time unlocked and receive full-time education.", "Agreed"), [
            ("1.1", "Introduce a revised core day that gives every child at least six hours out of cell on weekdays.",
             "Head of Residence", dt(2025, 10, 31), "Amber",
             "Revised core day drafted and consulted on with the children's council. Roll-out on C wing delayed by staffing; now planned for November."),
            ("1.2", "Agree with the education provider a timetable that offers every child 25 hours of education each week.",
             "Head of Reducing Reoffending / Education Manager", dt(2026, 1, 31), "Amber",
             "Timetable modelled; depends on reducing keep-apart groups (see 3.1)."),
        ]),
        ((2, "Staff should manage behaviour consistently, applying incentives fairly and challenging poor behaviour.", "Agreed"), [
            ("2.1", "Relaunch the rewards and sanctions scheme, with incentive levels reviewed weekly at unit meetings.",
             "Head of Safety", dt(2025, 9, 30), "Complete",
             "Relaunched 1 September 2025. Weekly reviews evidenced in unit meeting minutes."),
            ("2.2", "Deliver refresher training in de-escalation and challenging low-level behaviour to all operational staff.",
             "Training Manager", dt(2025, 12, 31), "Green",
             "64% of operational staff trained to date; remaining sessions booked."),
        ]),
        ("Key concerns", None),
        ((3, "Keep-apart arrangements should be reviewed regularly so that they do not restrict children's access to the regime.", "Agreed"), [
            ("3.1", "Hold a weekly keep-apart review meeting, with each child's keep-apart list reviewed at least every 14 days.",
             "Head of Safety", dt(2025, 8, 31), "Complete",
             "Meeting in place since August. Keep-aparts reduced from 212 to 131."),
        ]),
        ((4, "Every child should have a key worker who meets them at least weekly and helps them feel cared for.", "Partly agreed"), [
            ("4.1", "Re-establish the key worker scheme so that every child is allocated a named officer on arrival.",
             "Head of Residence", dt(2025, 11, 30), "Green",
             "Named officers allocated on A and B wings. Weekly sessions not always possible at current staffing, hence partly agreed."),
            ("4.2", "Monitor key worker contact through monthly quality assurance of case notes.",
             "Deputy Governor", "Ongoing", "Green",
             "First two monthly audits completed; findings shared with residential managers."),
        ]),
        ((5, "The curriculum should be challenging and help children prepare for life after release.", "Agreed"), [
            ("5.1", "Review the curriculum with the education provider, adding accredited vocational courses in construction and catering.",
             "Education Manager", dt(2026, 3, 31), "Not started",
             "Review scheduled to begin in January 2026 when the new contract year starts."),
            ("5.2", "Introduce a careers information, advice and guidance session for every child within ten days of arrival.",
             "Head of Resettlement", dt(2026, 3, 31), "Amber",
             "Careers adviser post advertised twice; interim cover from the education provider."),
        ]),
        ((6, "Children should have prompt access to a mental health assessment when they are referred.", "Agreed"), [
            ("6.1", "Agree with the health provider a target of assessment within five working days of referral and report performance to the Local Delivery Board.",
             "Head of Healthcare", dt(2025, 10, 31), "Green",
             "Target agreed; September performance 88% within five working days."),
        ]),
    ]
    r = 5
    for rec, acts in recs:
        if acts is None:
            ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        start = r
        no, text, resp = rec
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=resp)
        for ref, act, lead, due, rag, prog in acts:
            vals = [ref, act, lead, due, rag, prog]
            for j, v in enumerate(vals, 4):
                c = ws.cell(row=r, column=j, value=v)
            if isinstance(due, dt):
                ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            if rag in RAGFILL:
                ws.cell(row=r, column=8).fill = FILL(RAGFILL[rag])
            r += 1
        if r - 1 > start:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=9):
        for c in row:
            c.border = BOX
            c.alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Red – off track; Amber – some slippage, recoverable; Green – on track; Complete – action complete and evidenced.")
    for col, w in zip("ABCDEFGHI", (8, 40, 14, 9, 50, 26, 13, 11, 50)):
        ws.column_dimensions[col].width = w
    wb.save(P("by1-hmyoi-werrington-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Chelsea & Westminster (xlsx, refuse)
def chelwest():
    wb = Workbook()
    ws = wb.active
    ws.title = "CYP action plan"
    ws["A1"] = "Chelsea and Westminster Hospital NHS Foundation Trust – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Services for Children and Young People, West Middlesex University Hospital"
    ws["A2"].font = Font(bold=True)
    hdr = ["Ref", "Regulation", "CQC requirement", "Action(s)", "Lead", "Due date", "Revised date", "Status",
           "Progress update / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL("D9D9D9")
    rows = [
        "MUST DO",
        ("MD1", "Reg 18", "The trust must ensure that all staff caring for children complete level 3 safeguarding children training.",
         "Run additional level 3 safeguarding sessions every month and report compliance from ESR to the divisional board.",
         "Named Nurse Safeguarding Children", dt(2024, 9, 30), dt(2024, 12, 31), "Complete",
         "Compliance 91% at December; sustained above 90% for three months."),
        ("MD2", "Reg 18", "The trust must ensure that the paediatric emergency department has a registered children's nurse on every shift.",
         "Recruit 4.0 WTE RN (Child) to the paediatric ED establishment and use bank staff to cover gaps meanwhile.",
         "Head of Nursing Paediatrics", dt(2025, 3, 31), None, "On track",
         "3.0 WTE appointed; final post at interview."),
        ("MD3", "Reg 12", "The trust must ensure that emergency equipment on the children's ward is checked daily.",
         "Introduce a daily resuscitation trolley checklist with a weekly audit by the ward manager.",
         "Ward Manager", dt(2024, 8, 31), None, "Complete",
         "Weekly audits show 100% compliance since September."),
        "SHOULD DO",
        ("SD1", "Reg 17", "The trust should ensure that transition planning for young people moving to adult services starts by age 14.",
         "Develop a transition pathway with adult specialties and a transition clinic for young people with long-term conditions.",
         "Clinical Director Paediatrics", dt(2025, 6, 30), "31 Agust 2025", "Amber",
         "Pathway drafted; adult diabetes and epilepsy clinics agreed, remaining specialties still to sign up."),
        ("SD2", "Reg 17", "The trust should ensure that the children's ward environment is suitable for adolescents.",
         "Create a teenage room on Starlight ward with input from the Youth Forum.",
         "Ward Manager / Play Team Lead", dt(2025, 1, 31), None, "Green",
         "Funding secured from the hospital charity; works booked."),
        ("SD3", "Reg 12", "The trust should ensure that pain scores are recorded for all children in the emergency department.",
         "Add a mandatory pain score field to the ED electronic record and audit monthly.",
         "Lead Nurse ED", dt(2024, 11, 30), None, "Complete",
         "Field live from October; November audit 96%."),
    ]
    r = 5
    for row in rows:
        if isinstance(row, str):
            ws.cell(row=r, column=1, value=row).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt):
                    c.number_format = "dd-mmm-yy"
            if row[7] in RAGFILL:
                ws.cell(row=r, column=8).fill = FILL(RAGFILL[row[7]])
        for j in range(1, 10):
            ws.cell(row=r, column=j).alignment = WRAP
        r += 1
    for col, w in zip("ABCDEFGHI", (7, 9, 45, 45, 24, 12, 14, 11, 45)):
        ws.column_dimensions[col].width = w
    wb.save(P("by1-chelsea-westminster-cqc-cyp-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. Reach Academy Feltham (xlsx, fill-only RAG)
def reach():
    wb = Workbook()
    ws = wb.active
    ws.title = "Post-Ofsted plan"
    ws["A1"] = "Reach Academy Feltham – Post-Ofsted Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 12–13 March 2024 (Requires improvement)"
    ws["A3"] = "Version 3 – updated 10/01/2025 by JB"
    hdr = ["Area for improvement", "Ref", "Action", "Lead", "Deadline", "Monitoring (who / when)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL("FCE4D6")
        c.border = BOX
    G, A, R_ = "00B050", "FFC000", "FF0000"
    data = [
        ("Quality of education", None),
        ("In some subjects, the key stage 3 curriculum is not sequenced well enough. Leaders should ensure that the important knowledge pupils need to learn is clearly identified and ordered.", [
            ("1.1", "Subject leaders to review KS3 curriculum maps in history, geography and MFL, identifying the core knowledge for each unit.", "KB", "Summer term 2024", "SLT line manager – half-termly", G),
            ("1.2", "Curriculum review meetings between each subject leader and their SLT line manager every half term.", "KB/SLT line managers", "Ongoing", "LGB – termly", A),
            ("1.3", "Deliver CPD on retrieval practice and sequencing at September INSET.", "TM", "Sept 2024", "JB – INSET evaluation", G),
        ]),
        ("Teachers do not consistently check pupils' understanding. Leaders should ensure that teachers use assessment to identify and address gaps in pupils' knowledge.", [
            ("2.1", "Add 'check for understanding' routines to the teaching and learning handbook and the instructional coaching programme.", "TM", "Autumn term 2024", "Coaching leads – fortnightly", G),
            ("2.2", "Half-termly learning walks and book looks focused on assessment for learning, with findings reported to the LGB.", "JB / TM", "Spring term 2025", "LGB – termly", A),
        ]),
        ("Behaviour and attitudes", None),
        ("Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue to work with families to improve these pupils' attendance.", [
            ("3.1", "Appoint an attendance officer and hold a weekly attendance panel for persistently absent pupils.", "SK", dt(2024, 6, 30), "JB – weekly data", G),
            ("3.2", "Agree targeted family support plans for persistently absent pupils with the local authority attendance team.", "SK / Attendance Officer", "Dec 2024", "Trust attendance lead – monthly", R_),
        ]),
        ("Personal development", None),
        ("The personal development curriculum does not yet cover all aspects of relationships and sex education in enough depth.", [
            ("4.1", "Map the RSHE curriculum against the statutory guidance and re-sequence the Year 7 to 9 tutor-time sessions.", "AL", "July 2025", "KB – end of each term", None),
        ]),
    ]
    r = 6
    for head, acts in data:
        if acts is None:
            c = ws.cell(row=r, column=1, value=head)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL("7030A0")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        start = r
        ws.cell(row=r, column=1, value=head)
        for ref, act, lead, due, mon, fill in acts:
            for j, v in enumerate((ref, act, lead, due, mon), 2):
                ws.cell(row=r, column=j, value=v)
            if isinstance(due, dt):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            if fill:
                ws.cell(row=r, column=7).fill = FILL(fill)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=5, max_row=r - 1, max_col=7):
        for c in row:
            c.border = BOX
            c.alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Key:")
    ws.cell(row=r, column=1).font = Font(bold=True)
    for k, (col, txt) in enumerate(((G, "Completed"), (A, "In progress"), (R_, "At risk / behind schedule"))):
        ws.cell(row=r + 1 + k, column=1).fill = FILL(col)
        ws.cell(row=r + 1 + k, column=2, value=txt)
    for col, w in zip("ABCDEFG", (45, 6, 55, 18, 16, 26, 8)):
        ws.column_dimensions[col].width = w
    wb.save(P("by1-reach-academy-feltham-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 4. Ysgol Glan Clwyd (docx)
def glan_clwyd():
    d = Document()
    t = d.add_paragraph()
    run = t.add_run("Ysgol Glan Clwyd – Post-Inspection Action Plan")
    run.bold = True
    run.font.size = Pt(18)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ctl = d.add_table(rows=4, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate((("Date of Estyn inspection", "11–15 March 2024"),
                                 ("Plan approved by governing body", "21 May 2024"),
                                 ("Headteacher", "Mr G. Hughes"),
                                 ("Date of this update", "27 January 2025"))):
        ctl.cell(i, 0).text = k
        ctl.cell(i, 1).text = v
    d.add_paragraph()
    d.add_paragraph(
        "This plan sets out how the school will address the recommendations in the Estyn inspection report. "
        "It has been prepared by the senior leadership team with the governing body and Denbighshire County "
        "Council's school improvement service, and progress is reported to the governing body each term.")
    recs = [
        ("R1: Improve the quality of teaching and assessment so that all pupils make consistent progress", [
            ("1a", "Establish a professional learning programme on questioning and feedback, delivered through weekly learning communities.",
             "All teachers take part; lesson observations show effective questioning in at least 80% of lessons.",
             "Assistant Headteacher (Teaching and Learning)", "Autumn term 2024", "Completed"),
            ("1b", "Middle leaders to monitor the quality of feedback in pupils' books each half term and act on the findings.",
             "Book scrutiny shows pupils responding to feedback in all subjects.",
             "Heads of Department; Deputy Headteacher", "Spring term 2025", "Amber"),
        ]),
        ("R2: Strengthen provision for developing pupils' literacy and numeracy skills across the curriculum", [
            ("2a", "Appoint literacy and numeracy coordinators and agree a whole-school skills framework.",
             "Coordinators in post; framework shared with all staff.", "Headteacher", "September 2024", "Completed"),
            ("2b", "Plan opportunities for pupils to write at length in Welsh and English in all subjects, and audit schemes of work.",
             "Schemes of work in every department include planned extended writing.", "Literacy Coordinator", "Summer term 2025", "Green"),
            ("2c", "Use reading age data to target reading interventions for pupils in Years 7 and 8.",
             "Reading ages of pupils in interventions improve by at least 12 months.", "ALNCo", "Termly", "Green"),
        ]),
        ("R3: Improve attendance, particularly for pupils eligible for free school meals", [
            ("3a", "Introduce a staged attendance procedure with early contact from Heads of Year and the Education Welfare Officer.",
             "Attendance of eFSM pupils rises towards 90%.", "Heads of Year and EWO", "31/10/2024", "Completed"),
            ("3b", "Work with Denbighshire's Team Around the Family to support the families of persistently absent pupils.",
             "Fewer pupils persistently absent than in 2023-24.", "Pastoral Lead", "Ongoing", "Amber"),
        ]),
        ("R4: Strengthen self-evaluation and improvement planning so that leaders focus on the impact of provision on pupils' progress", [
            ("4a", "Revise the quality assurance calendar to link lesson observations, book scrutiny and learner voice to the school development plan.",
             "Calendar in place; self-evaluation report cites first-hand evidence.", "Deputy Headteacher", "December 2024", "Completed"),
            ("4b", "Governors' standards committee to receive a termly report on progress against this plan.",
             "Minutes show governors challenging progress.", "Chair of Governors", "Termly", "Green"),
        ]),
    ]
    fills = {"Completed": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for head, acts in recs:
        d.add_heading(head, level=2)
        tb = d.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(("Ref", "Action", "Success criteria", "Responsibility", "Timescale", "Progress (RAG)")):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], fills[a[5]])
        d.add_paragraph()
    d.add_paragraph("RAG: Green – on track; Amber – some slippage; Red – not on track; Completed – action finished and impact evaluated.")
    d.save(P("by1-ysgol-glan-clwyd-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5. Dumfries & Galloway (docx)
def dumfries():
    d = Document()
    d.add_heading("Dumfries and Galloway Children at Risk of Harm Joint Inspection: Improvement Plan", level=1)
    d.add_paragraph(
        "The Care Inspectorate led a joint inspection of services for children at risk of harm in Dumfries and "
        "Galloway in 2023. This plan responds to the areas for improvement in the report. It is owned by the "
        "Chief Officers Group and monitored by the Child Protection Committee (CPC), with progress reported "
        "every quarter.")
    hdr = ("Ref", "Area for improvement", "Improvement action", "Lead", "Timescale", "Progress / RAG")
    rows = [
        ("Priority area 1: Recognising and responding to risk of harm", [
            ("Interagency referral discussions (IRDs) were not consistently well recorded and did not always include health.", [
                ("1.1", "Revise the IRD guidance so that health takes part in every IRD, with a single recording template.", "CPC Lead Officer", "June 2024", "Complete"),
                ("1.2", "Audit a sample of 30 IRDs each quarter and report the findings to the CPC.", "Public Protection Lead Officer", "Quarterly", "Green"),
            ]),
            ("Chronologies were of variable quality.", [
                ("1.3", "Deliver multi-agency chronology training and introduce a practice standard for recording significant events.", "Learning and Development Coordinator", "Sept 2024 – March 2025", "Amber"),
            ]),
        ]),
        ("Priority area 2: Planning and support for children and young people", [
            ("Children's plans were not always SMART and core groups did not consistently review progress.", [
                ("2.1", "Introduce a revised Child's Plan template in line with the GIRFEC National Practice Model.", "Head of Children's Services", "Dec 24", "Complete"),
                ("2.2", "Team managers to quality assure every child protection plan within four weeks of the case conference.", "Team Managers", "Ongoing", "Amber"),
            ]),
            ("Children's and young people's views were not consistently heard in decisions about them.", [
                ("2.3", "Extend independent advocacy to every child aged five and over whose name is on the child protection register.", "Chief Social Work Officer", "31 March 2025", "Green"),
            ]),
        ]),
        ("Priority area 3: Leadership and collaboration", [
            ("Chief officers should strengthen their oversight of performance information.", [
                ("3.1", "Develop a multi-agency performance dashboard for children at risk of harm and present it quarterly to the Chief Officers Group.", "CPC Chair and Performance Manager", "Jan 2025", "Amber"),
                ("3.2", "Carry out a self-evaluation of the CPC business plan with partners and young people.", "CPC Chair", "June 2025", "Not started"),
            ]),
        ]),
    ]
    fills = {"Complete": "9BC2E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        tb.rows[0].cells[i].text = h
        tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(tb.rows[0].cells[i], "D9E2F3")
    for pri, afis in rows:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        m.text = pri
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E2EFD9")
        for afi, acts in afis:
            first = len(tb.rows)
            for ref, act, lead, due, rag in acts:
                c = tb.add_row().cells
                c[0].text, c[2].text, c[3].text, c[4].text, c[5].text = ref, act, lead, due, rag
                if rag in fills:
                    shade(c[5], fills[rag])
            last = len(tb.rows) - 1
            top = tb.cell(first, 1)
            if last > first:
                top = top.merge(tb.cell(last, 1))
            top.text = afi
    d.add_paragraph()
    d.add_paragraph("RAG: Red – significant delay; Amber – some delay; Green – on track; Complete – action complete.")
    d.save(P("by1-dumfries-galloway-children-at-risk-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- 6. Foster Care Associates (csv)
def fca():
    rows = [
        ["Foster Care Associates South West – Ofsted Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Inspection date: 9 to 13 September 2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Type", "Ofsted requirement / recommendation", "Action", "Responsible person", "Target date", "Status", "Update"],
        ["1.1", "Requirement", "The registered person must ensure that each foster carer's approval is reviewed at least annually (Regulation 28).",
         "Set up a reviews tracker with eight-week reminders to supervising social workers and the independent reviewing officer.",
         "Registered Manager", "31/10/2024", "Complete", "Tracker live from 1 October and checked at the weekly management meeting."],
        ["1.2", "", "", "Complete all overdue annual reviews (7 households) and present them to panel.",
         "Team Manager", "30/11/2024", "Complete", "All seven reviews completed; last one presented to panel on 21 November."],
        ["2.1", "Requirement", "The registered person must ensure that each foster home is visited unannounced at least once a year (Regulation 35).",
         "Schedule an unannounced visit to every household and record it on the case record with manager sign-off.",
         "Supervising Social Workers", "31/12/2024", "On track", "41 of 58 households visited so far."],
        ["", "", "", "", "", "", "", ""],
        ["3.1", "Recommendation", "The registered person should ensure that safer caring plans are updated when a child's circumstances change (Standard 4.5).",
         "Amend the safer caring policy and template; supervising social workers to review plans at every supervisory visit.",
         "Claire Whitfield", "Jan-25", "Amber", "Policy amended. Template changes waiting for IT."],
        ["4.1", "Recommendation", "The registered person should ensure that foster carers complete the Training, Support and Development Standards within 12 months of approval (Standard 20.3).",
         "Run monthly TSD workshops for newly approved carers and monitor completion in supervision.",
         "Learning and Development Lead", "31/03/2025", "Green", "Workshops running monthly; 5 carers due to complete by March."],
        ["4.2", "", "", "Carers who have not completed TSD by 12 months to have an action plan agreed with their supervising social worker.",
         "Claire Whitfield / Tom Ashby", "Ongoing", "Green", "Two carers currently on action plans."],
        ["5.1", "Recommendation", "The registered person should ensure that matching records consider the needs of all children in the household (Standard 15.1).",
         "Revise the matching form to include the impact on birth children and other children in placement, and audit 10 matches.",
         "Agency Decision Maker", "28/02/2025", "Not started", ""],
    ]
    with open(P("by1-foster-care-associates-ofsted-ifa-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Pembrokeshire College (txt, tab)
def pembs():
    lines = [
        ["Pembrokeshire College – Post-Inspection Action Plan (Estyn inspection, May 2024)"],
        ["Last updated: 14/02/2025"],
        [],
        ["Rec", "Estyn recommendation", "Action ref", "Action", "Responsible", "Target date", "Revised target", "RAG", "Progress update"],
        ["R1", "Improve the consistency of teaching and assessment across all curriculum areas, particularly in apprenticeships", "R1.1",
         "Introduce a teaching and learning observation cycle with developmental feedback for all teaching staff",
         "Vice Principal Curriculum", "31/12/2024", "", "G", "Cycle launched in September; 86% of teaching staff observed by December."],
        ["", "", "R1.2", "Apprenticeship assessors to complete training in setting and reviewing individual learner targets",
         "Head of Work-based Learning", "31/01/2025", "31/03/2025", "A", "Two of three cohorts trained. Final session moved to March because of assessor vacancies."],
        ["R2", "Strengthen learners' literacy, numeracy and digital skills on all full-time programmes", "R2.1",
         "Embed essential skills targets in every full-time learner's individual learning plan",
         "Essential Skills Manager", "Jul-25", "", "G", "Targets set for all 16-18 learners; adult programmes to follow."],
        ["", "", "R2.2", "Vocational tutors to plan at least one literacy or numeracy activity in each unit of work",
         "Heads of School", "Ongoing", "", "G", "Sampling shows planned activities in most units."],
        ["R3", "Ensure that self-assessment and quality improvement planning focus sharply on learners' progress", "R3.1",
         "Revise the self-assessment report template to include value-added and distance-travelled data",
         "Director of Quality", "28/02/2025", "", "Complete", "New template used for the 2023-24 SAR."],
        ["", "", "R3.2", "Hold termly quality review meetings with each school, using learner progress data",
         "Director of Quality / Heads of School", "30/06/2025", "", "A", "Autumn reviews held; spring dates not yet set for two schools."],
        ["R4", "Improve attendance and punctuality on full-time courses", "R4.1",
         "Introduce same-day contact with learners who are absent and weekly attendance reports to curriculum managers",
         "Learner Services Manager", "31/10/2024", "", "Complete", "In place since October half term."],
        ["", "", "R4.2", "Agree attendance improvement targets with each curriculum area and review them at progress boards",
         "Heads of School", "End of June 2025", "", "R", "Attendance at 83% against a target of 88%; further support planned for construction and motoring."],
        [],
        ["RAG: R = not on track, A = some concerns, G = on track, Complete = action closed"],
    ]
    with open(P("by1-pembrokeshire-college-estyn-post-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    werrington()
    chelwest()
    reach()
    glan_clwyd()
    dumfries()
    fca()
    pembs()
