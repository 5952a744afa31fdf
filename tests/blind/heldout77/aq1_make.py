"""Generate the aq1- case documents (children's services plans)."""
import csv, os
from datetime import datetime as D
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", T="1F3864").items()}
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# 1 ---------------------------------------------------------------- Clackmannanshire (xlsx)
def clacks():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Joint Inspection of Services for Children and Young People in Clackmannanshire – Integrated Improvement Plan"
    ws["A2"] = "Clackmannanshire Community Planning Partnership"
    ws["A3"] = "Version 3 – updated 12 January 2015 for the Chief Officers Group"
    ws["A1"].font = Font(bold=True, size=14); ws["A2"].font = Font(bold=True, size=12); ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead Officer", "Timescale", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["T"]; c.border = BOX; c.alignment = WRAP
    rows = [
        ("REC", "Recommendation 1: Improve the quality of initial responses to children and young people in need of protection, including the timeliness and quality of inter-agency referral discussions."),
        ("1.1", "Introduce a revised inter-agency referral discussion (IRD) protocol agreed by police, health and social work.", "Service Manager, Child Care", D(2014, 12, 31), "Protocol agreed by CPC on 4 December and launched with all three agencies.", "Complete"),
        ("1.2", "Audit a sample of 20 IRDs each quarter and report findings to the Child Protection Committee.", "CPC Lead Officer", D(2015, 3, 31), "First audit completed in November; second audit scheduled for February.", "G"),
        ("1.3", "Deliver joint training on initial referral discussions to police, health and social work staff.", "Learning and Development Officer / Detective Inspector, Police Scotland", "Dec 2014 – March 2015", "Two of four sessions delivered; remaining sessions booked.", "G"),
        ("REC", "Recommendation 2: Improve the assessment of risk and need so that all children have a chronology and a comprehensive assessment."),
        ("2.1", "Implement the Forth Valley chronology guidance and template across social work and health visiting.", "Head of Social Services", D(2015, 2, 28), "Template in use in social work; health visiting roll-out delayed by IT issues.", "A"),
        ("2.2", "Introduce the National Risk Framework tools for all children on the child protection register.", "Team Leader, Child Protection", D(2015, 6, 30), "Training has not yet started as the trainer post is vacant.", "R"),
        ("REC", "Recommendation 3: Ensure that children and young people affected by parental substance misuse and mental health are identified early and supported."),
        ("3.1", "Develop a joint protocol with the Alcohol and Drug Partnership for children affected by parental substance misuse.", "ADP Co-ordinator", D(2015, 3, 31), "Draft protocol circulated for comment; final version to ADP board in March.", "G"),
        ("3.2", "Raise awareness of the impact of neglect through a multi-agency awareness programme.", "CPC Lead Officer", "Ongoing", "Neglect briefings delivered to 180 staff to date, with further dates in each locality.", "G"),
        ("REC", "Recommendation 4: Strengthen leadership, governance and the use of management information by the Chief Officers Group."),
        ("4.1", "Establish a quarterly performance report on child protection for the Chief Officers Group.", "Chief Social Work Officer", D(2014, 11, 30), "First report presented on 20 November and now a standing item.", "Complete"),
        ("4.2", "Carry out a multi-agency self-evaluation using the Care Inspectorate quality indicators.", "Planning and Performance Manager", D(2015, 9, 30), "Self-evaluation framework agreed; case file reading to begin in spring.", "G"),
    ]
    r = 6
    for row in rows:
        if row[0] == "REC":
            ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = FILL["H"]; ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); ws.row_dimensions[r].height = 32
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, D): c.number_format = "mmm-yy"
            rag = ws.cell(r, 6); rag.fill = FILL[{"Complete": "B"}.get(row[5], row[5])]; rag.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action being taken"), ("R", "Off track – escalate to COG")]:
        r += 1; ws.cell(r, 1, k if k != "B" else "Complete").fill = FILL[k]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEF", [8, 55, 28, 16, 50, 11]): ws.column_dimensions[col].width = w
    wb.save(P("aq1-clackmannanshire-children-joint-inspection-improvement-plan.xlsx"))


# 2 ---------------------------------------------------------------- Ysgol Bro Hyddgen (docx)
def hyddgen():
    d = Document()
    d.add_heading("Ysgol Bro Hyddgen – Post-Inspection Action Plan", 0)
    info = d.add_table(rows=4, cols=2); info.style = "Table Grid"
    for i, (a, b) in enumerate([("School", "Ysgol Bro Hyddgen, Machynlleth"), ("Date of Estyn inspection", "June 2023"),
                                ("Plan agreed by governing body", "10 October 2023"), ("Plan reviewed", "Termly by the Standards Committee")]):
        info.cell(i, 0).text = a; info.cell(i, 1).text = b
    d.add_paragraph("This plan sets out how the school, supported by the local authority, will address the recommendations "
                    "in the Estyn report. Progress is reported to the full governing body each term.")
    recs = [
        ("Recommendation 1: Improve pupils' standards of Welsh oracy, particularly in the secondary phase", [
            ("1.1", "Introduce a whole-school Welsh oracy strategy with weekly structured talk activities in all subjects.", "Pupils use Welsh confidently in lessons and around the school; learning walks show improvement.", "Deputy Headteacher (Welsh)", "Autumn term 2023", "Strategy launched in September; learning walk in November showed greater use of Welsh in KS3 lessons.", "Complete"),
            ("1.2", "Provide professional learning for secondary staff on developing pupils' oracy skills.", "All secondary staff attend; oracy features in lesson plans.", "Head of Welsh / Professional Learning Lead", "Spring term 2024", "Two INSET sessions delivered; follow-up coaching in progress.", "On track"),
            ("1.3", "Track pupils' oracy each term against the school's progression steps.", "Tracking data shows most pupils make expected progress.", "Assessment Co-ordinator", "Termly", "Baseline completed; first termly data being analysed.", "On track"),
        ]),
        ("Recommendation 2: Strengthen self-evaluation and improvement planning so that they focus on pupils' progress", [
            ("2.1", "Revise the self-evaluation calendar so that leaders triangulate book scrutiny, lesson observation and pupil voice.", "Calendar in place; leaders' reports identify clear priorities.", "Headteacher", "Sept 2023 – July 2024", "Calendar agreed; first cycle completed in the autumn term.", "On track"),
            ("2.2", "Train middle leaders in evaluating the impact of teaching on learning.", "Middle leaders' evaluations are accurate and evaluative.", "Headteacher / Challenge Adviser", "Spring term 2024", "Training postponed because of staff absence; rescheduled for February.", "Amber"),
        ]),
        ("Recommendation 3: Improve attendance, especially that of pupils eligible for free school meals", [
            ("3.1", "Appoint a family engagement officer to work with families of pupils with low attendance.", "Attendance of eFSM pupils improves by 3 percentage points.", "Business Manager", "December 2023", "Officer appointed and started on 6 November.", "Complete"),
            ("3.2", "Introduce weekly attendance panels with the Education Welfare Service.", "Persistent absence reduces each term.", "ALNCo", "Summer term 2024", "Panels not yet started; awaiting EWS capacity.", "Not started"),
        ]),
    ]
    hdr = ["No.", "Actions", "Success criteria", "Lead person", "Timescale", "Progress", "RAG"]
    for heading, acts in recs:
        d.add_heading(heading, 2)
        t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
            shade(cells[6], {"Complete": "5B9BD5", "On track": "92D050", "Amber": "FFC000", "Not started": "FFFFFF"}[a[6]])
        d.add_paragraph("")
    d.add_paragraph("Signed: Chair of Governors            Headteacher")
    d.save(P("aq1-ysgol-bro-hyddgen-estyn-post-inspection-action-plan.docx"))


# 3 ---------------------------------------------------------------- Leeds Community Healthcare (xlsx)
def lch():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "CQC Inspection – Children's Services Must Do / Should Do Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Leeds Community Healthcare NHS Trust"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Quality Committee – March 2024"
    hdr = ["Ref", "CQC requirement", "Action", "Responsible lead", "Target date", "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = FILL["H"]; c.border = BOX; c.alignment = WRAP
    sections = [
        ("Community health services for children, young people and families", [
            ("MD1 The trust must ensure that staff complete mandatory safeguarding children level 3 training.", [
                ("MD1.1", "Book all outstanding staff onto level 3 safeguarding training and report compliance monthly.", "Head of Safeguarding", D(2023, 12, 31), None, "Compliance at 96% against a 95% target.", "B"),
                ("MD1.2", "Add safeguarding training compliance to team performance dashboards.", "General Manager, Children's Business Unit", D(2024, 1, 31), D(2024, 4, 30), "Dashboard build delayed by informatics capacity; now due April.", "A"),
            ]),
            ("MD2 The trust must ensure that records of children's care are complete and contemporaneous.", [
                ("MD2.1", "Carry out a monthly record-keeping audit in each 0-19 team and feed back to staff.", "Clinical Lead, 0-19 Service", D(2024, 3, 31), None, "Audits under way in all teams; results show steady improvement.", "G"),
            ]),
            ("SD1 The trust should review waiting times for the community paediatric service.", [
                ("SD1.1", "Develop a waiting list recovery plan with additional clinics.", "Clinical Director, Community Paediatrics", D(2024, 6, 30), None, "Recovery plan agreed; waiting list has not yet reduced.", "R"),
            ]),
        ]),
        ("Child and adolescent mental health services (CAMHS)", [
            ("MD3 The trust must ensure that risk assessments are completed and updated for all young people on the waiting list.", [
                ("MD3.1", "Introduce a risk review template for young people waiting for assessment.", "Service Manager, CAMHS", D(2023, 11, 30), None, "Template in use since November.", "B"),
                ("MD3.2", "Contact every young person on the waiting list at least every 12 weeks and record the contact.", "Service Manager, CAMHS", D(2024, 2, 29), D(2024, 5, 31), "Contacts 82% up to date; extra admin support agreed.", "A"),
            ]),
            ("SD2 The trust should ensure that young people are involved in planning their care.", [
                ("SD2.1", "Co-produce a care plan template with the CAMHS youth participation group.", "Participation Lead", D(2024, 6, 30), None, "Two co-production workshops held; draft template being tested.", "G"),
            ]),
        ]),
    ]
    r = 6
    for sec, reqs in sections:
        ws.cell(r, 1, sec).font = Font(bold=True, color="FFFFFF"); ws.cell(r, 1).fill = FILL["T"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        for req, acts in reqs:
            top = r
            for a in acts:
                ref, act, lead, tgt, rev, prog, rag = a
                for i, v in [(1, ref), (3, act), (4, lead), (5, tgt), (6, rev), (7, prog)]:
                    c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                    if isinstance(v, D): c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = FILL[rag]; ws.cell(r, 8).border = BOX; ws.cell(r, 2).border = BOX
                r += 1
            ws.cell(top, 2, req).alignment = WRAP
            if r - 1 > top: ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "At risk of not meeting date"), ("R", "Off track")]:
        r += 1; ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [9, 40, 50, 28, 12, 12, 45, 8]): ws.column_dimensions[col].width = w
    wb.save(P("aq1-leeds-community-healthcare-cqc-children-must-should-do-action-plan.xlsx"))


# 4 ---------------------------------------------------------------- Flintshire YJS (csv)
def flint():
    rows = [
        ["Flintshire Youth Justice Service - HMI Probation Inspection Improvement Plan", "", "", "", "", "", "", ""],
        ["Last updated: 15/01/2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target Date", "Status", "Update"],
        ["1", "Improve the quality of assessment and planning for keeping other people safe", "1.1", "Deliver refresher training on risk of harm assessment to all case managers.", "YJS Operational Manager", "31/10/2023", "Complete", "Training delivered to all 14 case managers in October."],
        ["", "", "1.2", "Introduce monthly management oversight audits of risk of harm plans.", "YJS Team Leaders", "Dec-23", "On track", "Audit tool agreed; first two audits completed."],
        ["", "", "1.3", "Review contingency planning in all high risk of harm cases.", "YJS Operational Manager", "Q4 2023/24", "Amber", "Review started but slowed by staff sickness."],
        ["2", "Ensure that children's education, training and employment needs are assessed and met", "2.1", "Agree an information-sharing protocol with Education and Youth for children known to the YJS.", "Chief Officer, Education and Youth / YJS Manager", "30/11/2023", "Complete", "Protocol signed off by both services."],
        ["", "", "2.2", "Embed an ETE officer in the YJS two days a week.", "YJS Manager", "Apr-24", "Not started", "Funding bid submitted to the Management Board."],
        ["3", "The Management Board should strengthen its oversight of disproportionality and children's outcomes", "3.1", "Add a disproportionality data set to the quarterly board performance report.", "Chair of the Management Board", "Mar-24", "On track", "Data set drafted with the performance team."],
        ["", "", "3.2", "Hold an annual board development session on the voice of the child.", "YJS Manager", "Ongoing", "On track", "First session held in September with young people presenting."],
        ["", "", "3.3", "Refresh the board's terms of reference and membership.", "Chair of the Management Board", "31/01/2024", "Red", "Not yet reviewed; to be taken to January board."],
    ]
    with open(P("aq1-flintshire-yjs-hmip-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 5 ---------------------------------------------------------------- Hillside Secure Centre (txt)
def hillside():
    L = ["Hillside Secure Children's Home - Improvement Plan following CIW Inspection",
         "Inspection date: 12-14 September 2023",
         "",
         "No.\tTheme\tArea for improvement\tAction\tResponsible person\tTimescale\tProgress\tStatus"]
    data = [
        ("1", "Well-being", "Young people's views are not consistently recorded in their personal plans.", "Key workers to record young people's views at every personal plan review.", "Team Leaders", "30/11/2023", "Plans audited in November; views recorded in 11 of 12 plans.", "Complete"),
        ("2", "Well-being", "Young people's views are not consistently recorded in their personal plans.", "Introduce a young people's meeting each month chaired by the advocacy service.", "Registered Manager", "Monthly", "Meetings held in October, November and December.", "On track"),
        ("3", "Care and Development", "Use of restrictive physical intervention is not always reviewed promptly.", "Review every restrictive physical intervention within 72 hours and record the debrief with the young person.", "Deputy Manager", "December 2023", "72 hour reviews in place; debriefs not yet consistently recorded.", "Amber"),
        ("4", "Care and Development", "Use of restrictive physical intervention is not always reviewed promptly.", "Refresh staff training in the approved positive behaviour support model.", "Deputy Manager / Training Officer", "Jan 2024 - Mar 2024", "Training dates booked for January and February.", "On track"),
        ("5", "Leadership and Management", "Supervision of care staff is not taking place at the required frequency.", "Set a supervision schedule for all care staff and monitor completion weekly.", "Registered Manager", "31/10/2023", "Supervision compliance at 94%.", "Complete"),
        ("6", "Leadership and Management", "The Responsible Individual's quality of care review does not draw on the views of young people.", "Include consultation with young people and families in the six-monthly quality of care review.", "RI", "March 2024", "Not yet started; next review due in March.", "Not started"),
        ("7", "Environment", "Some bedrooms and communal areas need redecoration.", "Complete the programme of redecoration agreed with Property Services.", "Business Support Manager", "June 2024", "Two of five bedrooms completed; contractor delays.", "Red"),
    ]
    for row in data: L.append("\t".join(row))
    L += ["", "Status key: Complete / On track / Amber - at risk / Red - off track / Not started"]
    open(P("aq1-hillside-secure-centre-ciw-improvement-plan.txt"), "w", encoding="utf-8").write("\n".join(L) + "\n")


# 6 ---------------------------------------------------------------- Weston College (docx)
def weston():
    d = Document()
    d.add_heading("Weston College Group – Post-Inspection Action Plan", 0)
    d.add_paragraph("Ofsted Further Education and Skills Inspection").runs[0].bold = True
    d.add_paragraph("The actions below respond to the areas identified under 'What does the provider need to do to improve?' "
                    "in the inspection report. The plan is monitored by the Quality and Standards Committee.")
    hdr = ["Area for improvement", "Action", "Lead", "Timescale", "Impact measure", "RAG"]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "BDD7EE")
    areas = [
        ("Leaders should ensure that apprentices receive their entitlement to off-the-job training.", [
            ("Introduce monthly monitoring of off-the-job hours for every apprentice.", "Director of Apprenticeships", "October 2024", "All apprentices on track with off-the-job hours.", "B"),
            ("Train assessors to plan off-the-job activities with employers at progress reviews.", "Head of Apprenticeship Delivery", "Autumn term 2024", "Reviews show planned off-the-job activity.", "G"),
        ]),
        ("Leaders should improve the proportion of learners who achieve English and mathematics qualifications.", [
            ("Introduce diagnostic assessment in the first two weeks for all GCSE resit learners.", "VP Curriculum / Head of English and Maths", "30/09/2024", "Learners placed on the right course at the start of the year.", "B"),
            ("Increase attendance monitoring in English and maths lessons with weekly follow-up by tutors.", "Head of English and Maths", "Ongoing – reviewed half-termly", "Attendance in English and maths at 88% or above.", "A"),
        ]),
        ("Teachers should ensure that learners with high needs have challenging targets that prepare them for adulthood.", [
            ("Review all EHC plan targets with learners and parents at the first review of the year.", "Head of Inclusion", "November 2024", "Targets reflect preparing for adulthood outcomes.", "G"),
            ("Moderate a sample of high-needs learners' targets each term.", "Quality Manager", "July 2025", "Moderation shows targets are specific and challenging.", "R"),
        ]),
    ]
    for area, acts in areas:
        first = None
        for j, a in enumerate(acts):
            row = t.add_row(); cells = row.cells
            if j == 0: cells[0].text = area; first = cells[0]
            for i, v in enumerate(a, 1): cells[i].text = v
            shade(cells[5], {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}[a[4]])
        if len(acts) > 1:
            first.merge(t.rows[len(t.rows) - 1].cells[0])
            first.text = area
    d.add_paragraph("")
    d.add_paragraph("RAG key")
    k = d.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (a, b) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some concerns"), ("R", "Not on track")]):
        k.cell(i, 0).text = a; k.cell(i, 1).text = b
    d.save(P("aq1-weston-college-ofsted-post-inspection-action-plan.docx"))


# 7 ---------------------------------------------------------------- Halton SCP JTAI (xlsx, refuse)
def halton():
    wb = Workbook(); ws = wb.active; ws.title = "JTAI Action Plan"
    ws["A1"] = "Joint Targeted Area Inspection (JTAI) – Multi-Agency Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Halton Children and Young People Safeguarding Partnership"; ws["A2"].font = Font(bold=True, size=12)
    hdr = ["No", "Area for improvement", "Action", "Agency lead", "By when", "RAG", "Evidence of impact"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["H"]; c.border = BOX
    data = [
        ("1", "The quality and timeliness of strategy discussions, including the involvement of health.", "Ensure health representation at all strategy discussions via the safeguarding nurse rota.", "Designated Nurse, ICB", D(2024, 12, 31), "G", "Health attendance at 92% in quarter 3."),
        ("2", "The quality and timeliness of strategy discussions, including the involvement of health.", "Audit 25 strategy discussions and report to the Quality Assurance sub-group.", "Partnership Business Manager", D(2025, 1, 31), "A", "Audit started in January."),
        ("3", "Understanding of the impact of domestic abuse on children.", "Deliver multi-agency domestic abuse training including the child's lived experience.", "Domestic Abuse Lead, Halton Borough Council", "Febuary 2025", "G", "Three sessions delivered."),
        ("4", "Understanding of the impact of domestic abuse on children.", "Review the Operation Encompass notification process with schools.", "Detective Chief Inspector, Cheshire Constabulary", D(2025, 3, 31), "R", "Not yet started."),
        ("5", "Partnership oversight of the quality of practice.", "Add JTAI action plan progress as a standing item at the Executive Board.", "Independent Scrutineer", D(2024, 11, 30), "B", "Standing item since November."),
    ]
    for r, row in enumerate(data, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            if isinstance(v, D): c.number_format = "mmm-yy"
        ws.cell(r, 6).fill = FILL[row[5]]
    for col, w in zip("ABCDEFG", [5, 40, 50, 30, 12, 6, 35]): ws.column_dimensions[col].width = w
    wb.save(P("aq1-halton-scp-jtai-action-plan.xlsx"))


if __name__ == "__main__":
    for f in (clacks, hyddgen, lch, flint, hillside, weston, halton): f()
