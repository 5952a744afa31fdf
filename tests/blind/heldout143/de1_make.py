"""Generator for the de1- cases (children's services plans, four nations)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
GREEN, AMBER, RED, BLUE, GREY = "92D050", "FFC000", "FF0000", "00B0F0", "D9D9D9"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fill(c): return PatternFill("solid", start_color=c, end_color=c)

# ---------------------------------------------------------------- 1 Bolton YJS
def bolton():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Bolton Youth Justice Service – HMIP Inspection Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Plan agreed by the Bolton Youth Justice Management Board. Progress is reported to each Board "
                "meeting; the RAG rating is the view of the action lead at the date of the update.")
    ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Target Date", "Revised Date", "Progress Update", "RAG"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E78"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("SEC", "Recommendations for the Youth Justice Service Manager"),
        ("1.1", "R1. Ensure that quality assurance and management oversight consistently support staff to deliver high-quality work.",
         "Refresh the YJS quality assurance framework, including a practice standards checklist for managers' oversight of assessments and plans.",
         "KH", D(2025, 1, 31), None, "Framework signed off at December Board and launched with staff at the January service day.", "Complete"),
        ("1.2", None,
         "Monthly thematic case audits with moderation by the Service Manager; learning shared at team meetings.",
         "KH / SB", "Monthly", None, "Audits completed October to February. Moderation shows grading of 'good' rising from 38% to 55%.", "G"),
        ("2.1", "R2. Improve the quality of assessment and planning for keeping the child and other people safe.",
         "All case managers to complete AssetPlus risk of harm and safety and wellbeing training delivered with Probation colleagues.",
         "Practice Development Lead", D(2025, 3, 31), D(2025, 6, 30),
         "Two of three cohorts trained. Third cohort moved to June due to trainer availability.", "A"),
        ("2.2", None,
         "Introduce a weekly risk management panel chaired by a Team Manager for all children assessed as high or very high risk.",
         "SB", D(2025, 2, 28), None, "Panel running since 6 January; terms of reference agreed.", "Complete"),
        ("3.1", "R3. Ensure that victims' needs are given sufficient attention in all cases.",
         "Recruit an additional Restorative Justice and Victim Worker and ensure victim contact is recorded on every case.",
         "Restorative Justice Coordinator", D(2025, 4, 30), None,
         "Post advertised; interviews arranged for 3 April.", "G"),
        ("BLANK",),
        ("SEC", "Recommendations for the Youth Justice Management Board"),
        ("4.1", "R4. Ensure that the YJS is sufficiently resourced and structured to deliver high-quality work with children and victims.",
         "Complete a review of YJS staffing, caseloads and structure and present options to the Board.",
         "Head of Service (Early Help and Youth Justice)", D(2025, 3, 31), None,
         "Review presented to Board on 12 March; additional Team Manager post approved.", "Complete"),
        ("4.2", None,
         "Secure the seconded probation officer post in line with national guidance.",
         "Probation Head of PDU", D(2025, 1, 31), D(2025, 9, 30),
         "Secondment vacant since November. Regional probation recruitment has not filled the post; escalated to Board.", "R"),
        ("5.1", "R5. Assure itself that work to tackle disproportionality is effective across the partnership.",
         "Board to receive a quarterly disproportionality dashboard, with partners reporting on actions from their own agencies.",
         "Chair of YJMB", "Quarterly", None, "First dashboard received in January.", "G"),
        ("5.2", None,
         "Board development session on disproportionality, including the voice of children and families.",
         "Chair of YJMB / Head of Service", D(2025, 6, 30), None, "", None),
    ]
    rag_fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for r in rows:
        if r[0] == "SEC":
            ws.append([r[1]]); n = ws.max_row
            ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=8)
            ws.cell(n, 1).font = Font(bold=True); ws.cell(n, 1).fill = fill("DDEBF7"); continue
        if r[0] == "BLANK":
            ws.append([]); continue
        ws.append(list(r)); n = ws.max_row
        for col in (5, 6):
            c = ws.cell(n, col)
            if isinstance(c.value, dt.datetime): c.number_format = "mmm-yy"
        for c in ws[n]: c.border = BOX; c.alignment = WRAP
        if r[7] in rag_fill: ws.cell(n, 8).fill = fill(rag_fill[r[7]])
    ws.append([]); ws.append(["Key:"]); ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(["R", "Off track – action at risk of not being delivered"])
    ws.append(["A", "Some slippage – revised date agreed"])
    ws.append(["G", "On track"])
    ws.append(["Complete", "Action delivered and evidenced"])
    for w, col in zip([7, 38, 48, 20, 12, 12, 44, 10], "ABCDEFGH"): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "de1-bolton-yjs-hmip-improvement-plan.xlsx"))

# ---------------------------------------------------------------- 2 Derby City SEND (refuse)
def derby():
    wb = Workbook(); ws = wb.active; ws.title = "Priority Action Plan"
    ws["A1"] = "Derby Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Version"; ws["B3"] = "v1.3"
    ws["A4"] = "Date"; ws["B4"] = D(2025, 6, 20); ws["B4"].number_format = "dd/mm/yyyy"
    ws["A5"] = "Owner"; ws["B5"] = "SEND Improvement and Assurance Board"
    for r in (3, 4, 5): ws.cell(r, 1).font = Font(bold=True)
    hdr = ["Priority Area", "No.", "Action", "Impact / success measure", "Lead", "Partner(s)", "Timescale", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.fill = fill(GREY); c.border = BOX
    rows = [
        ("Priority 1: Leaders across education, health and care should improve the timeliness and quality of EHC needs assessments and plans.",
         [("1a", "Recruit additional educational psychologists and SEND case officers to clear the EHC needs assessment backlog.",
           "80% of EHC plans issued within 20 weeks by March 2026.", "Head of SEND", "DDICB", "March 2026", AMBER),
          ("1b", "Introduce a multi-agency quality assurance audit of new EHC plans, including health and social care advice.",
           "Audits show 70% of plans good or better.", "SEND QA Lead", "DDICB; Children's Social Care", "Sept 2025", GREEN),
          ("1c", "Agree health advice turnaround standard of six weeks with community paediatrics and therapies.",
           "Health advice received within six weeks in 90% of cases.", "Designated Clinical Officer", "DCHS; UHDB", "Ocotber 2025", AMBER)]),
        ("Priority 2: Leaders should improve communication with children, young people and families.",
         [("2a", "Launch a SEND family contact line with a named case officer for every family waiting for an assessment.",
           "Complaints about lack of contact reduce by half.", "Head of SEND", "Derby Parent Carer Forum", "July 2025", BLUE),
          ("2b", "Co-produce a refreshed Local Offer website with young people and parent carers.",
           "Local Offer hits and feedback scores improve.", "Local Offer Officer", "Derby Parent Carer Forum", "December 2025", GREEN)]),
    ]
    r = 8
    for pa, acts in rows:
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(acts) - 1, end_column=1)
        ws.cell(r, 1, pa).alignment = WRAP
        for a in acts:
            for i, v in enumerate(a[:6], 2): ws.cell(r, i, v).alignment = WRAP
            ws.cell(r, 8).fill = fill(a[6])
            for i in range(1, 9): ws.cell(r, i).border = BOX
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (col, txt) in enumerate([(RED, "Not on track"), (AMBER, "Some risk to delivery"),
                                     (GREEN, "On track"), (BLUE, "Complete")], 1):
        ws.cell(r + i, 1).fill = fill(col); ws.cell(r + i, 2, txt)
    for w, col in zip([40, 6, 48, 34, 24, 26, 14, 8], "ABCDEFGH"): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "de1-derby-city-lap-send-priority-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 3 Camphill School Aberdeen
def camphill():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Camphill School Aberdeen – Care Inspectorate Improvement Plan (Care Home Service for Children and Young People)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Following inspection: January 2025. Updated 30 May 2025."
    hdr = ["Requirement / Area for Improvement", "Ref", "What we will do", "Person responsible", "By when", "Progress", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = fill("C6E0B4"); c.border = BOX; c.alignment = WRAP
    data = [
        ("SEC", "Requirements"),
        ("Requirement 1: By 31 March 2025, the provider must ensure that each young person's personal plan sets out how their health, welfare and safety needs will be met, and is reviewed at least every six months.",
         "R1.1", "Audit all personal plans against the Care Inspectorate's personal planning guidance and update any that are out of date.",
         "House Coordinators", D(2025, 3, 31), "All 24 plans audited; 9 updated. Review dates now held on the house diary.", "Complete"),
        (None, "R1.2", "Introduce six-monthly review meetings with young people, families and placing authorities.",
         "Care Manager", D(2025, 6, 30), "First round of reviews under way in three houses.", "On track"),
        ("Requirement 2: By 30 April 2025, the provider must ensure that medication is managed safely.",
         "R2.1", "Retrain all co-workers administering medication and complete competency assessments.",
         "Registered Manager / Nurse Lead", D(2025, 4, 30), "Training complete; 4 competency assessments outstanding.", "Amber"),
        ("SEC", "Areas for improvement"),
        ("Area for improvement 1: The provider should ensure that young people are meaningfully involved in decisions about their house and activities.",
         "AFI1.1", "Set up a young people's forum meeting each term with minutes shared in accessible formats.",
         "Depute Manager", "Termly", "Forum met in February and May.", "On track"),
        ("Area for improvement 2: The provider should ensure that staff receive regular supervision in line with the organisation's policy.",
         "AFI2.1", "Supervision tracker introduced and monitored monthly by the senior team.",
         "HR Business Partner, Depute Manager", D(2025, 8, 31), "Compliance at 72% in April against a target of 90%.", "Amber"),
        (None, "AFI2.2", "Train new senior co-workers as supervisors.", "Depute Manager", D(2025, 9, 30), "", "Not started"),
    ]
    fills = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER}
    r = 5; start = None
    for d in data:
        if d[0] == "SEC":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1, d[1]).font = Font(bold=True, size=12); r += 1; continue
        for i, v in enumerate(d, 1):
            c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        if isinstance(d[4], dt.datetime): ws.cell(r, 5).number_format = "dd/mm/yyyy"
        if d[6] in fills: ws.cell(r, 7).fill = fill(fills[d[6]])
        r += 1
    # merge the requirement cells that run over two rows
    ws.merge_cells("A6:A7"); ws.merge_cells("A11:A12")
    for w, col in zip([50, 8, 46, 24, 12, 42, 12], "ABCDEFG"): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "de1-camphill-school-aberdeen-care-inspectorate-improvement-plan.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

def add_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs: run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    return t

# ---------------------------------------------------------------- 4 Walker Riverside Academy
def walker():
    doc = Document()
    doc.add_heading("Walker Riverside Academy – Post-Ofsted Action Plan 2024-25", 0)
    doc.add_paragraph("Northern Education Trust")
    doc.add_paragraph(
        "This plan sets out how the academy will respond to the areas for improvement identified at the "
        "Ofsted inspection in June 2024. It is monitored by the Local Academy Council at each meeting and "
        "reviewed half-termly by the Trust's Regional Director.")
    afis = [
        ("Area for improvement 1",
         "Leaders should ensure that the curriculum in key stage 3 is consistently well sequenced so that pupils build their knowledge over time.",
         [("Subject leaders to review KS3 curriculum maps in every subject, identifying the key knowledge pupils must learn and the order in which it is taught.",
           "DHT (Curriculum)", "Autumn term 2024", "Completed", BLUE),
          ("Half-termly curriculum deep dives by SLT and Trust subject directors, with written feedback to departments.",
           "Principal / Trust Subject Directors", "Spring term 2025", "G", GREEN),
          ("Introduce retrieval practice at the start of every KS3 lesson and check its use in learning walks.",
           "AHT (Teaching and Learning)", "Ongoing", "G", GREEN)]),
        ("Area for improvement 2",
         "Leaders should make sure that teachers adapt their teaching so that pupils with SEND receive the support they need.",
         [("Issue pupil passports for all pupils on the SEND register, with strategies reviewed each term with parents.",
           "SENCo", "October 2024", "Completed", BLUE),
          ("CPD programme on adaptive teaching for all teaching staff, delivered by the Trust SEND lead.",
           "SENCo, AHT (Teaching and Learning)", "Summer term 2025", "A", AMBER)]),
        ("Area for improvement 3",
         "Leaders should continue to improve pupils' attendance, particularly for disadvantaged pupils.",
         [("Appoint a second attendance officer and introduce first-day calling and home visits for persistent absentees.",
           "JW/ LM", "Sept 2024 – Feb 2025", "A", AMBER),
          ("Weekly attendance meetings with heads of year to track disadvantaged pupils' attendance.",
           "Head of Inclusion", "Weekly", "", None)]),
    ]
    for h, text, acts in afis:
        doc.add_heading(h, 2)
        doc.add_paragraph(text)
        t = add_table(doc, ["Action", "Who", "When", "RAG"], [a[:4] for a in acts])
        for i, a in enumerate(acts, 1):
            if a[4]: shade(t.rows[i].cells[3], a[4])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: G = on track; A = some delay; R = not on track; Completed = action finished.")
    doc.save(os.path.join(OUT, "de1-walker-riverside-academy-post-ofsted-action-plan.docx"))

# ---------------------------------------------------------------- 5 Caerphilly CIW PEI
def caerphilly():
    doc = Document()
    doc.add_heading("Caerphilly County Borough Council – Children's Services CIW Performance Evaluation Inspection Action Plan", 1)
    add_table(doc, ["Version", "Date", "Author", "Comments"],
              [["0.1", "14/10/2024", "Service Manager, Quality Assurance", "First draft"],
               ["1.0", "04/11/2024", "Head of Children's Services", "Agreed by Corporate Management Team"],
               ["1.2", "17/03/2025", "Service Manager, Quality Assurance", "Progress update for Scrutiny"]])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of children's services "
        "in July 2024. The inspection letter identified areas for improvement under each of the four principles "
        "of the Social Services and Well-being (Wales) Act 2014. This plan sets out our response.")
    header = ["Principle", "Area for improvement", "Action", "Lead Officer", "Timescale", "Progress update", "RAG"]
    rows = [
        ("People – voice and control", "Children's views and wishes are not consistently recorded in assessments and plans.",
         "Revise the assessment template so that 'what matters' conversations with the child are recorded in their own words.",
         "Service Manager, Assessment and Care Management", "31/12/2024", "New template live on WCCIS from 2 December.", "Completed"),
        ("People – voice and control", "Children's views and wishes are not consistently recorded in assessments and plans.",
         "Expand the advocacy active offer so that every child subject to a child protection conference is offered an advocate.",
         "Principal Officer, Safeguarding", "March 2025", "Active offer made in 84% of cases in Q3.", "Green"),
        ("Prevention", "Step-down from statutory services to early help is not always timely.",
         "Agree a joint step-down protocol with Families First and the Team Around the Family.",
         "Head of Children's Services", "Q1 2025/26", "Draft protocol out for consultation with partners.", "Amber"),
        ("Well-being", "Supervision does not always include reflective discussion of practice.",
         "Refresh the supervision policy and deliver reflective supervision training to all team managers.",
         "Workforce Development Manager", "Ongoing", "Training delivered to 11 of 16 team managers.", "Green"),
        ("Well-being", "Supervision does not always include reflective discussion of practice.",
         "Quarterly audit of supervision records against the revised policy.",
         "Service Manager, Quality Assurance", "June 2025", "", ""),
        ("Partnerships and integration", "Information sharing with health partners at the front door needs strengthening.",
         "Co-locate a health visitor/school nurse liaison post in the IAA team.",
         "Service Manager, IAA / Head of Nursing (ABUHB)", "30/09/2025", "Funding agreed with Aneurin Bevan UHB; recruitment started.", "Amber"),
    ]
    t = add_table(doc, header, [list(r) for r in rows])
    # merge repeated principle / AFI cells as the council does
    def vmerge(col, r1, r2):
        txt = t.cell(r1, col).text
        m = t.cell(r1, col).merge(t.cell(r2, col)); m.text = txt
    vmerge(0, 1, 2); vmerge(1, 1, 2); vmerge(0, 4, 5); vmerge(1, 4, 5)
    fills = {"Completed": BLUE, "Green": GREEN, "Amber": AMBER}
    for i, r in enumerate(rows, 1):
        if r[6] in fills: shade(t.rows[i].cells[6], fills[r[6]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    add_table(doc, ["Rating", "Meaning"], [["Red", "Action not progressing"], ["Amber", "Progressing, with some delay"],
                                           ["Green", "On target"], ["Completed", "Action complete"]])
    doc.save(os.path.join(OUT, "de1-caerphilly-ciw-childrens-services-performance-evaluation-action-plan.docx"))

# ---------------------------------------------------------------- 6 Ballysally PS ETI (txt)
def ballysally():
    lines = [
        "Ballysally Primary School – ETI Inspection Action Plan",
        "Inspection: November 2024\tPlan approved by Board of Governors: 22 January 2025",
        "",
        "Area for Improvement\tAction\tPerson(s) Responsible\tTimescale\tMonitoring and Evaluation\tRAG",
        "1. To embed consistently the effective practice in the use of assessment information to plan for progression in literacy.\t"
        "Staff development on using PIE and standardised test data to group pupils and plan next steps.\tVice-Principal (Assessment Co-ordinator)\tFeb-25\t"
        "Planning scrutiny; pupil progress meetings.\tAchieved",
        "\tIntroduce termly pupil progress meetings between class teachers and the literacy co-ordinator.\tLiteracy Co-ordinator\tJune 2025\t"
        "Minutes of meetings reviewed by Principal.\tGreen",
        "\tModel guided reading sessions in Key Stage 2 classes, with peer observation.\tLiteracy Co-ordinator / Principal\tOngoing\t"
        "Observation notes; pupil reading records.\tGreen",
        "2. To develop further the role of pupils in self- and peer-assessment.\t"
        "Agree whole-school success criteria and 'next step' marking approach.\tSMT\t31/03/2025\tBook looks each term.\tAmber",
        "\tPupil voice survey on how pupils know how to improve their work.\tSchool Council link teacher\tMay 2025\t"
        "Survey results reported to governors.\t",
        "",
        "RAG: Green = on track; Amber = some slippage; Red = not on track; Achieved = completed.",
    ]
    with open(os.path.join(OUT, "de1-ballysally-primary-school-eti-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 7 Sheffield Children's CQC (csv)
def sheffield():
    rows = [
        ["Sheffield Children's NHS Foundation Trust - CQC Action Plan: Community Health Services for Children and Young People"],
        ["Exported from Datix 14/04/2025"],
        [],
        ["Ref", "Must/Should", "CQC Finding", "Action", "Action Owner", "Due Date", "Revised Due Date", "Status", "Latest Update"],
        ["MD1", "Must do", "The trust must ensure that children's community nursing records are completed contemporaneously and include risk assessments.",
         "Roll out mobile devices to community nursing teams so records can be completed at the visit.", "Head of Nursing, Community",
         "31/01/2025", "", "Complete", "Devices issued to all 4 teams; record audit in March showed 91% compliance."],
        ["MD1", "Must do", "The trust must ensure that children's community nursing records are completed contemporaneously and include risk assessments.",
         "Monthly record-keeping audit reported to the division's quality meeting.", "Matron, Children's Community Nursing",
         "Monthly", "", "On track", "Audits reported January, February and March."],
        ["MD2", "Must do", "The trust must ensure staff complete mandatory safeguarding level 3 training.",
         "Additional Level 3 sessions booked and non-compliant staff contacted by line managers.", "Named Nurse Safeguarding Children",
         "31/03/2025", "30/06/2025", "Amber", "Compliance 84% against 90% target; extra sessions in May."],
        ["SD1", "Should do", "The trust should ensure waiting times for neurodevelopmental assessments are monitored and families kept informed.",
         "Write to all families on the ASD/ADHD waiting list every six months with an update and contact details.", "General Manager, Neurodevelopmental Pathway",
         "30/09/2025", "", "On track", "First letters sent in February."],
        ["SD2", "Should do", "The trust should ensure that learning from incidents is shared with community teams.",
         "Introduce a monthly 'Learning Matters' bulletin for community services.", "Patient Safety Lead; Head of Nursing, Community",
         "Dec-24", "", "Complete", "Bulletin issued monthly since December."],
        ["SD3", "Should do", "The trust should ensure that all community premises have up-to-date environmental risk assessments.",
         "Complete environmental risk assessments at the 6 community clinic sites.", "Estates Manager",
         "31/07/2025", "", "Not started", ""],
    ]
    with open(os.path.join(OUT, "de1-sheffield-childrens-nhsft-cqc-community-services-must-should-do-action-tracker.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

if __name__ == "__main__":
    bolton(); derby(); camphill(); walker(); caerphilly(); ballysally(); sheffield()
