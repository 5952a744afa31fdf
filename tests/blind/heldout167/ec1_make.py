"""ec1: children's services plans (generator for the document files)."""
import csv, datetime as dt, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------- 1 Ysgol Penglais (docx)
def penglais():
    d = Document()
    d.add_heading("Ysgol Penglais – Post-Inspection Action Plan", 0)
    d.add_paragraph("Following the Estyn inspection of March 2024")
    d.add_paragraph(
        "This plan sets out how the governing body and the school's leaders, working with "
        "Ceredigion County Council, will address the three recommendations in the Estyn report. "
        "Progress is reviewed by the Standards Committee of the governing body each half term.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date approved by governors", "11 June 2024"),
                                ("Last reviewed", "4 November 2024"), ("Owner", "Headteacher")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    recs = [
        ("Recommendation 1: Strengthen the quality of teaching to ensure that all pupils are challenged appropriately", [
            ("1.1", "Deliver a programme of professional learning on questioning and challenge for all teaching staff, led by the Teaching and Learning group.",
             "DHT (T&L)", "July 2024", "All teachers attend; learning walks show improved questioning in most lessons.", "Complete"),
            ("1.2", "Introduce termly learning walks with a focus on challenge for more able pupils, with findings reported to governors.",
             "SLT / Heads of Faculty", "Termly", "Learning walk reports show that more able pupils are challenged in most lessons.", "On track"),
            ("1.3", "Establish a coaching programme pairing experienced teachers with those new to the school.",
             "Mrs E. Rowlands", "Autumn term 2024", "All NQTs and new staff have a coach; coaching log reviewed half-termly.", "Amber"),
        ]),
        ("Recommendation 2: Improve pupils' attendance, particularly that of pupils eligible for free school meals", [
            ("2.1", "Appoint a Family Engagement Officer to work with families of pupils whose attendance is below 90%.",
             "Headteacher", "September 2024", "Officer in post; caseload of families agreed with Heads of Year.", "Complete"),
            ("2.2", "Review the attendance policy with the local authority Education Welfare Service and share revised expectations with parents.",
             "AHT (Wellbeing) and EWO", "31/10/2024", "Revised policy approved by governors and published on the school website.", "Green"),
            ("2.3", "Track the attendance of eFSM pupils fortnightly and put in place individual support plans where attendance falls.",
             "Heads of Year", "Ongoing", "Attendance of eFSM pupils improves by 2 percentage points by July 2025.", "Amber"),
        ]),
        ("Recommendation 3: Strengthen self-evaluation and improvement planning so that they focus clearly on pupils' progress", [
            ("3.1", "Revise the school's self-evaluation calendar so that first-hand evidence from lesson observations, book scrutiny and pupil voice is gathered each term.",
             "DHT (Curriculum)", "Summer term 2025", "Calendar in place; self-evaluation report draws on first-hand evidence.", "Green"),
            ("3.2", "Provide training for governors on interpreting pupil progress data so that they can hold leaders to account.",
             "Chair of Governors / Headteacher", "Dec 2024", "Governors' minutes show challenge on progress data. Training postponed from October because the trainer was unavailable.", "Red"),
            ("3.3", "Ensure that all departmental improvement plans include measurable targets linked to pupils' progress.",
             "Heads of Faculty", "March 2025", "All departmental plans quality assured by SLT link.", "Not started"),
        ]),
    ]
    hdr = ["Ref", "Actions", "Person(s) responsible", "Timescale", "Success criteria", "Progress (RAG)"]
    for rec, acts in recs:
        d.add_heading(rec, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], GREY)
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
        d.add_paragraph()
    d.add_paragraph("RAG key: Red – not on track; Amber – started, some slippage; Green – on track; "
                    "Complete – action completed and impact being monitored.")
    d.save(P("ec1-ysgol-penglais-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 2 St Mary's Kenmore (xlsx)
def kenmore():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "St Mary's Kenmore Secure Care Centre – Care Inspectorate Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following inspection 14–17 November 2023"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Last updated: 05/04/2024"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    hdr = ["No.", "Action", "Responsible", "Target Date", "Revised Date", "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    D = dt.datetime
    rows = [
        ("KQ", "Key Question 1: How well do we support children and young people's rights and wellbeing?"),
        ("H", "Requirement 1: By 31 March 2024, the provider must ensure that each young person's personal plan is reviewed at least every six months and sets out how their health, welfare and safety needs will be met."),
        ("A", "1.1", "Audit all personal plans against the six-monthly review requirement and schedule any overdue reviews.",
         "Depute Manager (Care)", D(2024, 1, 31), None, "All 24 plans audited; 5 overdue reviews held in January.", "Complete", BLUE),
        ("A", "1.2", "Introduce a monthly manager check of personal plans in the supervision framework.",
         "Unit Managers", D(2024, 2, 29), D(2024, 4, 30), "Template agreed. Checks started in two of four houses; remaining houses from April.", "Amber", AMBER),
        ("H", "Area for improvement 1: Young people's views should be consistently recorded in their plans and in records of restraint."),
        ("A", "1.3", "Revise the post-incident debrief form so that the young person's account is recorded in their own words.",
         "Head of Care / Practice Development Officer", D(2024, 3, 31), None, "Draft form trialled in Gartconnel house in March.", None, GREEN),
        ("A", "1.4", "Relaunch the Young People's Forum with a standing item on plans and rights.",
         "Participation Worker", "Ongoing", None, "Forum meets monthly; minutes shared with the Senior Management Team.", "Green", GREEN),
        ("B",),
        ("KQ", "Key Question 2: How good is our leadership?"),
        ("H", "Requirement 2: By 30 April 2024, the provider must ensure that staff receive regular supervision in line with the organisation's policy."),
        ("A", "2.1", "Produce a supervision schedule for all residential staff and monitor completion weekly at the management meeting.",
         "J. McAllister", D(2024, 1, 31), None, "Schedule in place; completion at 86% in March.", "G", GREEN),
        ("A", "2.2", "Train all team leaders in the revised supervision policy and recording template.",
         "Learning & Development Lead", D(2024, 3, 15), None, "Two of four sessions cancelled due to staffing; rescheduled for April.", None, RED),
        ("H", "Area for improvement 2: The service should strengthen its quality assurance so that audit findings lead to improvement actions."),
        ("A", "2.3", "Develop a quality assurance calendar covering case files, medication and restraint records.",
         "Quality Assurance Manager", D(2024, 6, 30), None, "", "Not started", None),
    ]
    r = 6
    for row in rows:
        kind = row[0]
        if kind in ("KQ", "H"):
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).font = Font(bold=True, italic=(kind == "H"))
            ws.cell(r, 1).fill = fill("BDD7EE" if kind == "KQ" else "DDEBF7")
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
        elif kind == "A":
            _, no, act, lead, tgt, rev, prog, rag, col = row
            vals = [no, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if col:
                ws.cell(r, 7).fill = fill(col)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Blue – complete; Green – on track; Amber – some slippage; Red – off track / at risk")
    for col, w in zip("ABCDEFG", [7, 55, 26, 13, 13, 45, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("ec1-st-marys-kenmore-care-inspectorate-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3 North Somerset YJS (xlsx)
def nsomerset():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "North Somerset Youth Justice Service – HMIP Inspection Improvement Plan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Monitored by the Youth Justice Partnership Board. Updated for Board meeting 22 January 2025."
    hdr = ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    D = dt.datetime
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    sections = [
        ("Recommendations for the Head of Service / YJS Manager", [
            ("R1. Improve the quality of assessment and planning so that work to keep children and others safe is clearly identified", [
                ("1a", "Deliver refresher training on AssetPlus risk of serious harm sections to all case managers.", "KP", D(2024, 11, 30),
                 "Training delivered 14/11/24 to 11 of 12 case managers; remaining officer booked for January.", "Green"),
                ("1b", "Introduce monthly case audits with findings reported to the Management Board quarterly.", "KP / AB", "Q4 2024/25",
                 "Audit tool agreed. First two audit cycles completed; report to Board in March.", "Amber"),
                ("1c", "Ensure contingency planning is recorded in every plan and checked at management oversight.", "Operational Managers", D(2025, 1, 15),
                 "Oversight template amended and in use.", "Complete"),
            ]),
            ("R2. Ensure that the needs and wishes of victims are fully considered in all out-of-court work", [
                ("2a", "Review the victim contact process with the Restorative Justice worker and Avon and Somerset Police.", "RJ Lead", D(2025, 3, 31),
                 "Meeting held with police OOCD lead in December; revised process in draft.", "Green"),
                ("2b", "Record victim safety considerations in each out-of-court disposal plan.", "KP", "Ongoing",
                 "Dip sample in December found victim safety recorded in 9 of 10 plans.", "Green"),
            ]),
        ]),
        ("Recommendations for the Youth Justice Partnership Board", [
            ("R3. Ensure that board members understand the work of the service and use performance data to challenge and support it", [
                ("3a", "Hold a board development session on the inspection findings and partners' responsibilities.", "Board Chair", D(2024, 10, 1),
                 "Session held 3 October 2024, attended by all statutory partners.", "Complete"),
                ("3b", "Redesign the quarterly performance report to include disproportionality and education outcomes data.", "SW; Performance Analyst", "June 2025",
                 "Analyst post vacant since December; interim support requested from the Business Intelligence team.", "Red"),
            ]),
            ("R4. Ensure that children have timely access to speech, language and communication services", [
                ("4a", "Agree a service level agreement with the NHS speech and language therapy provider for screening of all children on court orders.",
                 "Head of Service (Children's Support & Safeguarding)", "Sept 2025", "", ""),
            ]),
        ]),
    ]
    r = 5
    for si, (sec, recs) in enumerate(sections):
        if si:
            r += 1  # blank row between sections
        ws.cell(r, 1, sec).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("305496")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            top = r
            ws.cell(r, 1, rec).alignment = WRAP
            for ref, act, lead, ts, prog, rag in acts:
                vals = [ref, act, lead, ts, prog, rag or None]
                for i, v in enumerate(vals, 2):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if rag:
                    ws.cell(r, 7).fill = fill(ragfill[rag])
                ws.cell(r, 1).border = BOX
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG: Red – not on track / Amber – some delay / Green – on track / Complete")
    for col, w in zip("ABCDEFG", [45, 6, 55, 22, 12, 50, 11]):
        ws.column_dimensions[col].width = w
    wb.save(P("ec1-north-somerset-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 4 Newbury College (csv)
def newbury():
    rows = [
        ["Newbury College – Post-Inspection Action Plan (Ofsted inspection September 2024)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for improvement", "Ref", "Action", "Responsible", "Target date", "Progress to date", "Status"],
        ["Leaders should ensure that apprentices receive timely and effective feedback that helps them improve their work.", "1.1",
         "Introduce a feedback standard for apprenticeship assessors, with sampling through the quality cycle.", "Head of Apprenticeships",
         "31/01/2025", "Standard launched at January staff development day; first sample completed.", "Complete"],
        ["", "1.2", "Carry out termly observations of assessor feedback and share good practice at team meetings.", "Quality Manager",
         "Termly", "Autumn observations completed; 14 of 16 assessors graded good or better.", "On track"],
        ["", "1.3", "Train new assessors in giving developmental feedback as part of their induction.", "HR & CPD Lead",
         "March 2025", "Induction module drafted, with delivery to two new starters in February.", "On track"],
        ["Leaders should ensure that learners on study programmes attend their English and mathematics lessons consistently.", "2.1",
         "Implement daily follow-up of absence from English and maths lessons by progress coaches.", "Progress Coach Manager",
         "30/11/2024", "In place from 4 November. Attendance up from 78% to 84%.", "Complete"],
        ["", "2.2", "Report English and maths attendance by curriculum area to the weekly leadership meeting.", "Vice Principal Curriculum & Quality",
         "Ongoing", "Report produced weekly, but data for two areas is incomplete.", "Amber"],
        ["", "2.3", "Introduce rewards for learners whose attendance improves over each half term.", "Student Services Manager / Progress Coach Manager",
         "Summer term 2025", "", "Not started"],
        ["Governors should develop their understanding of the quality of education in subcontracted provision.", "3.1",
         "Add a standing item on subcontracted provision to the Quality and Standards Committee.", "Clerk to the Corporation",
         "31/12/2024", "Standing item added from the December meeting.", "Complete"],
        ["", "3.2", "Arrange governor link visits to the two main subcontractors.", "Chair of Q&S Committee",
         "30/06/2025", "No visits arranged yet; the link governor stood down in January.", "Red"],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete / On track / Amber = some slippage / Red = at risk / Not started", "", "", "", "", "", ""],
    ]
    with open(P("ec1-newbury-college-ofsted-post-inspection-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 5 Tiverton High School (xlsx, refuse)
def tiverton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Post-Ofsted Plan"
    ws["A1"] = "Tiverton High School – Post-Ofsted Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection: 2–3 July 2024. Plan agreed by the Local Governing Body 17 September 2024."
    hdr = ["Ref", "Action", "Who", "When", "Monitoring / evidence", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    data = [
        ("P", "Priority 1: Curriculum – ensure that the curriculum in key stage 3 is well sequenced in all subjects"),
        ("A", "1.1", "Subject leaders to review KS3 curriculum maps against the National Curriculum and identify gaps in sequencing.", "Subject leaders", "Oct-24", "Reviewed curriculum maps; SLT line management notes", "G"),
        ("A", "1.2", "Quality assure revised curriculum maps through subject deep dives.", "JH / SLT", "Decmber 2024", "Deep dive reports to LGB", "A"),
        ("A", "1.3", "Provide CPD on retrieval practice to embed prior learning in lessons.", "CPD Lead", "Jan-25", "CPD evaluations; lesson visits", "G"),
        ("P", "Priority 2: Behaviour and attitudes – reduce low-level disruption and the use of suspensions"),
        ("A", "2.1", "Relaunch the behaviour policy with staff and pupils, with a consistent classroom routine in all lessons.", "Deputy Head (Behaviour)", "Sep-24", "Behaviour logs; pupil voice", "B"),
        ("A", "2.2", "Introduce a reflection room as an alternative to fixed-term suspension.", "Deputy Head (Behaviour)", "Nov-24", "Suspension data reported to LGB each half term", "G"),
        ("A", "2.3", "Train all tutors in restorative conversations.", "Pastoral Lead", "Feb-25", "Training register", "A"),
        ("P", "Priority 3: Attendance – improve attendance of disadvantaged pupils"),
        ("A", "3.1", "Attendance officer to meet families of all persistently absent disadvantaged pupils each half term.", "Attendance Officer", "Ongoing", "Attendance tracker", "A"),
        ("A", "3.2", "Governor link to review attendance data and actions termly.", "Chair of LGB", "Termly", "LGB minutes", "G"),
    ]
    r = 5
    ragf = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    for row in data:
        if row[0] == "P":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row[1:], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 6).fill = fill(ragf[row[-1]])
        r += 1
    r += 1
    ws.cell(r, 1, "Key: B = complete, G = on track, A = some concerns, R = not on track")
    for col, w in zip("ABCDEF", [7, 60, 22, 14, 40, 6]):
        ws.column_dimensions[col].width = w
    wb.save(P("ec1-tiverton-high-school-post-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6 Hazelwood Integrated College (txt, tab export)
def hazelwood():
    lines = [
        "Hazelwood Integrated College – ETI Inspection Action Plan",
        "Areas for improvement identified in the ETI report (February 2024)",
        "",
        "\t".join(["Area for Improvement", "Action", "Person(s) Responsible", "Timescale", "Success Criteria", "Progress", "RAG"]),
    ]
    a1 = "AFI 1: To improve further the consistency of the quality of learning and teaching in key stage 3 mathematics."
    a2 = "AFI 2: To develop further the use of data by middle leaders to identify and address underachievement."
    a3 = "AFI 3: To ensure that the safeguarding policy is updated to reflect current Department of Education guidance."
    rows = [
        (a1, "Establish a mathematics working group to agree common approaches to the teaching of number in Years 8 and 9.", "Mr D. Burns", "Dec 2024",
         "Agreed approaches evident in lesson observations", "Working group meets fortnightly; approaches agreed for Year 8.", "Green"),
        (a1, "Arrange peer observation between the mathematics department and a partner school in the Area Learning Community.", "Mrs A. Quinn and Mr P. Hughes", "Jan-25",
         "Peer observation reports completed", "Partner school identified; visits planned for January.", "Amber"),
        (a1, "Monitor pupils' work in KS3 mathematics each term through work scrutiny.", "Head of Mathematics", "Ongoing",
         "Work scrutiny shows improved presentation and challenge", "First scrutiny completed in November.", "Green"),
        (a2, "Provide training for heads of department on the use of the school's tracking system to analyse attainment data.", "Vice-Principal (Curriculum)", "31/10/2024",
         "All heads of department confident in using the tracking system", "Training completed 15 October 2024.", "Complete"),
        (a2, "Heads of department to produce intervention plans for pupils identified as underachieving after each data capture.", "Heads of Department", "31/03/2025",
         "Intervention plans in place and reviewed by line managers", "Plans produced by 7 of 11 departments after the first data capture.", "Amber"),
        (a3, "Revise the safeguarding and child protection policy in line with DE Circular 2020/07 and share with staff, parents and governors.", "Designated Teacher", "Sept 2024",
         "Updated policy approved by the Board of Governors", "Policy approved at Board meeting 24 September 2024.", "Complete"),
        (a3, "Deliver updated safeguarding training to all teaching and non-teaching staff.", "Designated Teacher / Deputy Designated Teacher", "Nov 2024",
         "Training register shows 100% attendance", "Training completed for teaching staff; support staff session rescheduled.", "Red"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Green = on track, Amber = some delay, Red = not on track, Complete = action achieved"]
    with open(P("ec1-hazelwood-integrated-college-eti-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 Hope House (docx)
def hopehouse():
    d = Document()
    d.add_heading("Hope House Children's Hospices – CQC Inspection Action Plan", 0)
    d.add_paragraph("Hope House, Oswestry")
    d.add_paragraph(
        "The Care Quality Commission inspected Hope House in October 2024 and identified two actions the service "
        "must take and two it should take. This plan sets out our response and is monitored monthly by the "
        "Clinical Governance Committee.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "2"), ("Date", "20 January 2025"), ("Author", "Director of Care"),
                                ("Approved by", "Clinical Governance Committee")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.add_paragraph()
    hdr = ["No.", "CQC finding", "Action to be taken", "Lead", "Completion date", "Status"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], GREY)
    bold_row(t.rows[0])
    sfill = {"Completed": "5B9BD5", "On track": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    groups = [
        ("Safe", [
            ("MD1: The service must ensure that medicines are stored at the correct temperature and that fridge temperatures are monitored daily (Regulation 12).", [
                ("1", "Install continuous temperature data loggers in both clinical room fridges.", "Head of Clinical Services", "31 January 2025", "Completed"),
                ("2", "Add daily fridge temperature checks to the nurse-in-charge shift checklist and audit monthly.", "Clinical Nurse Lead & Pharmacy Technician", "Feb 2025", "On track"),
            ]),
            ("SD1: The service should ensure that all clinical staff complete level 3 safeguarding children training.", [
                ("3", "Book all outstanding staff onto level 3 safeguarding training and monitor compliance through the training matrix.", "Safeguarding Lead", "March 2025", ""),
            ]),
        ]),
        ("Well-led", [
            ("MD2: The service must ensure that governance systems identify and act on risks to children and families in a timely way (Regulation 17).", [
                ("4", "Review the terms of reference of the Clinical Governance Committee to include a monthly review of incidents and risks.", "Director of Care", "December 2024", "Completed"),
                ("5", "Introduce a quarterly clinical audit programme covering medicines, care records and infection control.", "Quality and Governance Manager", "30/04/2025", "Amber"),
            ]),
            ("SD2: The service should ensure that the risk register is reviewed and updated at each meeting of the Clinical Governance Committee.", [
                ("6", "Add the risk register as a standing agenda item and record review of each risk in the minutes.", "Director of Care", "January 2025", "Completed"),
                ("7", "Provide risk management training for ward sisters and team leaders.", "Quality and Governance Manager", "May 2025", "Red"),
            ]),
        ]),
    ]
    for dom, finds in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = dom
        shade(m, "DEEAF6")
        bold_row(row)
        for finding, acts in finds:
            first = None
            for no, act, lead, date, status in acts:
                cells = t.add_row().cells
                cells[0].text, cells[2].text, cells[3].text, cells[4].text = no, act, lead, date
                if status:
                    cells[5].text = status
                    shade(cells[5], sfill[status])
                else:
                    shade(cells[5], "92D050")  # fill only, no word
                if first is None:
                    first = cells[1]
                    first.text = finding
                else:
                    first = first.merge(cells[1])
                    # keep only the finding's text once
                    for p in first.paragraphs[1:]:
                        p._p.getparent().remove(p._p)
    d.add_paragraph()
    d.add_paragraph("Status key: Completed (blue); On track (green); Amber – at risk of slipping; Red – overdue.")
    d.save(P("ec1-hope-house-childrens-hospice-cqc-must-should-do-action-plan.docx"))


if __name__ == "__main__":
    penglais(); kenmore(); nsomerset(); newbury(); tiverton(); hazelwood(); hopehouse()
    print("done")
