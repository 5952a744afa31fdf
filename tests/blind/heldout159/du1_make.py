"""Generator for du1- cases (children's services plans). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = lambda y, m, d: dt.datetime(y, m, d)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", head="1F3864",
             theme="D9E1F2", grey="F2F2F2").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        if v is None:
            continue
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt or "dd/mm/yyyy"


# 1 ---------------------------------------------------------------- Polaris fostering
def polaris():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Polaris Community – Ofsted Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Independent fostering agency inspection 14–18 November 2022. Overall judgement: requires improvement to be good. Plan owner: Registered Manager. Updated 10 March 2023."
    hdr(ws, 4, ["Ref", "Requirement / Recommendation", "Action", "Lead", "Target date", "Revised date",
                "Progress update", "RAG"], [6, 45, 45, 22, 12, 12, 45, 12])
    def section(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True); c.fill = FILL["theme"]
    section(5, "Requirements")
    put(ws, 6, ["1.1", "The registered person must ensure that each foster parent's approval is reviewed at intervals of not more than a year (Regulation 28(2)).",
                "Produce a tracker of all foster carer annual reviews and their due dates, and review it at the monthly management meeting.",
                "Registered Manager", D(2023, 1, 31), None, "Tracker in place from January 2023. Three overdue reviews now completed.", "Complete"])
    put(ws, 7, ["1.2", None, "Book an independent reviewing officer for the remaining overdue reviews and present them to panel.",
                "Supervising Social Work Manager", D(2023, 2, 28), D(2023, 3, 31),
                "Two reviews presented at February panel; the remaining two are booked for the March panel.", "On track"])
    ws.merge_cells("B6:B7")
    put(ws, 8, ["2.1", "The registered person must ensure that foster parents receive the training they need, including safeguarding training (Regulation 17(1)).",
                "Refresh the carer training matrix and write to every carer whose safeguarding training has lapsed.",
                "K. Bamford", D(2023, 3, 1), None, "Matrix updated. 9 of 14 carers now compliant; the others are booked on the April course.", "A"],
        fmt="mmm-yy")
    section(10, "Recommendations")
    put(ws, 11, ["3.1", "The registered person should ensure that the record of allegations includes the outcome of each allegation (NMS 22.7).",
                 "Audit the allegations log against case files and add the outcome for every 2022 entry.",
                 "RM / DRM", D(2023, 4, 30), None, "Audit started; outcomes still missing on 5 entries.", "A"])
    put(ws, 12, ["3.2", "The registered person should ensure that records of supervisory visits show the child's views (NMS 21.8).",
                 "Amend the supervisory visit template to include a 'child's voice' section.",
                 "Practice Lead", D(2023, 1, 31), None, "New template launched 9 January 2023.", "Complete"])
    put(ws, 13, ["3.3", None, "Dip-sample ten supervisory visit records each quarter and report the findings to the Responsible Individual.",
                 "Practice Lead; Responsible Individual", "Quarterly", None, "First dip sample due at the end of March.", "Not started"])
    ws.merge_cells("B12:B13")
    put(ws, 14, ["3.4", "The registered person should ensure that the central list of panel members includes people with lived experience of foster care (NMS 14.1).",
                 "Recruit two care-experienced adults and one foster carer to the central list.",
                 "Panel Adviser", "June 2023", None, "Advert placed; one expression of interest received so far.", "G"])
    for r, s in [(6, "blue"), (7, "green"), (8, "amber"), (11, "amber"), (12, "blue"), (14, "green")]:
        ws.cell(row=r, column=8).fill = FILL[s]
    ws["A16"] = "RAG key:"; ws["A16"].font = Font(bold=True)
    for i, (t, s) in enumerate([("Complete", "blue"), ("On track / Green", "green"), ("Some slippage / Amber", "amber"), ("Off track / Red", "red")]):
        ws.cell(row=17 + i, column=2, value=t).fill = FILL[s]
    wb.save(os.path.join(OUT, "du1-polaris-community-fostering-ofsted-improvement-plan.xlsx"))


# 2 ---------------------------------------------------------------- East Moor SCH (refuse)
def eastmoor():
    wb = Workbook(); ws = wb.active; ws.title = "Ofsted action plan"
    ws["A1"] = "East Moor Secure Children's Home – Action Plan following Ofsted Interim Inspection"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Inspection date: 8 July 2014. Leeds City Council Children's Services."
    hdr(ws, 4, ["No.", "Requirement / Recommendation", "Action to be taken", "Person responsible", "Timescale", "Progress", "Status"],
        [5, 42, 45, 20, 14, 45, 12])
    rows = [
        ("1", "Ensure that all restraint records are signed off by a manager within 24 hours.", "Introduce a daily check of the restraint log by the duty manager and record sign-off on the log.", "Registered Manager", "31/08/2014", "Daily check in place since 21 July.", "Complete"),
        ("2", None, "Audit all restraint records from April to July 2014 and feed back themes to staff meetings.", "Deputy Manager (Care)", "30/09/2014", "Audit of April and May done.", "On track"),
        ("3", "Ensure that young people's placement plans are updated after each review.", "Case managers to update placement plans within five working days of each review meeting.", "Case Managers", "October 2014", "Template changed; compliance checked weekly.", "On track"),
        ("4", None, "Monthly audit of ten placement plans by the Education and Care Manager.", "Education and Care Manager", "Ongoing", "First audit completed in August.", "On track"),
        ("5", "Improve the recording of young people's views in complaints.", "Revise the complaints form so that the young person's own words are recorded and the outcome explained to them.", "Complaints Officer", "Novemebr 2014", "Draft form shared with the young people's council.", "Amber"),
        ("6", None, "Train all residential staff on the revised complaints procedure.", "Training Officer", D(2014, 12, 1), "Sessions planned for the December staff days.", "Not started"),
        ("7", "Strengthen health assessments on admission.", "Agree with the CAMHS in-reach team a standard health screen completed within 72 hours of admission.", "Health Lead / CAMHS Team Manager", D(2015, 1, 1), "Meeting held 3 September; protocol being drafted.", "Amber"),
    ]
    for i, r in enumerate(rows):
        put(ws, 5 + i, list(r), fmt="mmm-yy")
    ws.merge_cells("B5:B6"); ws.merge_cells("B7:B8"); ws.merge_cells("B9:B10")
    wb.save(os.path.join(OUT, "du1-east-moor-sch-ofsted-action-plan-typo-month-refuse.xlsx"))


# 3 ---------------------------------------------------------------- Bexley JTAI
def bexley():
    wb = Workbook(); ws = wb.active; ws.title = "JTAI Action Plan"
    ws["A1"] = "Bexley Safeguarding Partnership – JTAI Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Joint targeted area inspection of the multi-agency response to serious youth violence (February 2024)"
    for i, (k, v) in enumerate([("Version", "v4.2"), ("Last updated", D(2025, 3, 14)), ("Owner", "Partnership Business Manager"), ("Monitored by", "S.H.I.E.L.D. Executive")]):
        ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=3 + i, column=2, value=v)
        if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
    hdr(ws, 8, ["Area for development", "No.", "Action", "Agency", "Lead", "By when", "Progress update (March 2025)", "Previous RAG", "Current RAG"],
        [40, 6, 45, 16, 26, 14, 45, 11, 11])
    def theme(r, text):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=text); c.font = Font(bold=True); c.fill = FILL["theme"]
    theme(9, "Theme 1: Strategic leadership and oversight")
    A1 = "Leaders do not have a shared understanding of the scale of serious youth violence in Bexley because partnership data is not brought together."
    put(ws, 10, [A1, "1.1", "Develop a single serious youth violence dashboard drawing on police, health, youth justice and education data.", "LBB", "Head of Performance and Intelligence", D(2024, 6, 1), "Dashboard live and reported to the Executive each quarter.", "Green", None], fmt="mmm-yy")
    put(ws, 11, [None, "1.2", "Agree a joint problem profile with the Community Safety Partnership.", "LBB / Met", "Head of Youth Justice / Community Safety Manager", "Q3 2024/25", "Profile drafted; data from the BCU awaited for the final section.", "Green", None])
    ws.merge_cells("A10:A11")
    A2 = "Scrutiny of the partnership's response to children at risk of exploitation is not yet effective."
    put(ws, 12, [A2, "1.3", "Independent scrutineer to review the Exploitation Panel, including attendance and the quality of risk plans.", "Partnership", "Independent Scrutineer", D(2025, 3, 31), "Review completed; report to the April Executive.", "Amber", None])
    theme(14, "Theme 2: Identification and assessment of risk")
    A3 = "Health partners are not consistently represented at strategy discussions about children at risk from serious youth violence."
    put(ws, 15, [A3, "2.1", "Named nurses to attend all strategy discussions where exploitation or serious youth violence is a concern, and attendance to be audited.", "SEL ICB", "Designated Nurse for Safeguarding Children", "Sept 2024 – March 2025", "Attendance 68% in Q3, up from 41%. Cover arrangements for leave not yet in place.", "Red", None])
    A4 = "Return home interviews do not always lead to updated risk assessments."
    put(ws, 16, [A4, "2.2", "Revise the return home interview template so that findings are shared with the allocated social worker the same day.", "LBB", "Service Manager (MASH/Exploitation)", D(2024, 9, 30), "Template revised and in use since October 2024.", "Green", None])
    put(ws, 17, [None, "2.3", "Quarterly multi-agency audit of return home interviews for children missing more than twice in a month.", "Partnership", "Quality Assurance Sub-group Chair", "Ongoing", "First audit of 12 cases reported in January.", "Amber", None])
    ws.merge_cells("A16:A17")
    theme(18, "Theme 3: Workforce and learning")
    A5 = "Practitioners in schools are not confident in recognising contextual risk outside the home."
    put(ws, 19, [A5, "3.1", "Deliver contextual safeguarding training to designated safeguarding leads in all secondary schools.", "LBB Education", "Education Safeguarding Lead", D(2024, 12, 31), "Delivered to 17 of 19 schools; two schools rebooked for January.", "Amber", None])
    put(ws, 20, [None, "3.2", "Publish a seven-minute briefing on the JTAI findings and include them in the partnership's learning events.", "Partnership", "Partnership Business Manager", D(2024, 5, 31), "Briefing published 20 May 2024; learning event held in July.", "Green", None])
    ws.merge_cells("A19:A20")
    for r, s in [(10, "blue"), (11, "green"), (12, "amber"), (15, "red"), (16, "blue"), (17, "green"), (19, "amber"), (20, "blue")]:
        ws.cell(row=r, column=9).fill = FILL[s]
    for r, s in [(10, "green"), (11, "green"), (12, "amber"), (15, "red"), (16, "green"), (17, "amber"), (19, "amber"), (20, "green")]:
        ws.cell(row=r, column=8).fill = FILL[s]
    ws["A22"] = "Key"; ws["A22"].font = Font(bold=True)
    for i, (t, s) in enumerate([("Blue – action complete", "blue"), ("Green – on track", "green"), ("Amber – at risk of slipping", "amber"), ("Red – off track", "red")]):
        ws.cell(row=23 + i, column=1, value=t).fill = FILL[s]
    wb.save(os.path.join(OUT, "du1-bexley-safeguarding-partnership-jtai-action-plan.xlsx"))


# docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v or ""
    return t


# 4 ---------------------------------------------------------------- Howdenhall (Scotland)
def howdenhall():
    doc = Document()
    doc.add_heading("Howdenhall Close Support Unit – Care Inspectorate Improvement Plan", 0)
    doc.add_paragraph("This plan sets out how the City of Edinburgh Council will respond to the requirement and areas for improvement in the Care Inspectorate's report of the unannounced inspection of Howdenhall Close Support Unit, carried out in February 2024. Progress is reviewed at the monthly unit management meeting and reported to the Head of Children's Services.")
    H = ["Action", "Who", "When", "Progress", "RAG"]
    doc.add_heading("Key question 1: How well do we support children and young people's rights and wellbeing?", 1)
    doc.add_heading("Requirement 1", 2)
    doc.add_paragraph("By 30 June 2024, the provider must ensure that young people are safe and protected by making sure that all restrictive practice is recorded, reviewed and learned from.")
    t = table(doc, H, [
        ("Introduce a debrief form to be completed with the young person and staff after every physical intervention.", "Unit Manager", "By 31 May 2024", "Form in use since 13 May; completion rate 92% in June.", "Complete"),
        ("Team leaders to review all restrictive practice incidents weekly and record learning in the team meeting minutes.", "Team Leaders", "Weekly – ongoing", "Weekly review embedded; themes reported monthly.", "On track"),
        ("Commission refresher training in de-escalation for all staff from the council's training provider.", "Depute Manager (KM)", "End of August 2024", "Two of three cohorts trained; final cohort in September.", "Amber"),
    ])
    shade(t.rows[1].cells[4], "0070C0"); shade(t.rows[2].cells[4], "00B050"); shade(t.rows[3].cells[4], "FFC000")
    doc.add_heading("Area for improvement 1", 2)
    doc.add_paragraph("To support young people's wellbeing, the service should make sure that each young person's plan sets out how their health needs, including their mental health, will be met.")
    t = table(doc, H, [
        ("Review all young people's plans with the LAAC nurse and add a health section where missing.", "Key workers and LAAC Nurse", "31/10/24", "Eight of eleven plans reviewed.", "Amber"),
        ("Agree a referral pathway to CAMHS with NHS Lothian for young people placed at short notice.", "Unit Manager", "December 2024", "First meeting with CAMHS held in September.", ""),
    ])
    shade(t.rows[1].cells[4], "FFC000")
    doc.add_heading("Key question 2: How good is our leadership?", 1)
    doc.add_heading("Area for improvement 2", 2)
    doc.add_paragraph("The provider should ensure that quality assurance leads to clear actions that improve outcomes for young people.")
    t = table(doc, H, [
        ("Produce a quality assurance calendar covering audits, observations of practice and young people's feedback.", "Depute Manager (KM)", "By 30 June 2024", "Calendar agreed and shared with the staff team.", "Complete"),
        ("Hold a quarterly young people's forum with the Head of Service to hear young people's views of the unit.", "Head of Service", "Quarterly", "Forums held in July and October.", "On track"),
    ])
    shade(t.rows[1].cells[4], "0070C0"); shade(t.rows[2].cells[4], "00B050")
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = table(doc, ["Colour", "Meaning"], [("Complete", "Action complete and evidenced"), ("On track", "Progressing as planned"), ("Amber", "Some delay, within tolerance"), ("Red", "Off track – escalated")])
    doc.add_paragraph("Signed off").runs[0].bold = True
    table(doc, ["Name", "Role", "Date"], [("Lorna Baird", "Unit Manager", "12/11/2024"), ("Graeme Russell", "Service Manager", "14/11/2024")])
    doc.save(os.path.join(OUT, "du1-howdenhall-csu-care-inspectorate-improvement-plan.docx"))


# 5 ---------------------------------------------------------------- Tor Bank School (NI)
def torbank():
    doc = Document()
    doc.add_heading("Tor Bank School", 0)
    doc.add_paragraph("Action Plan to address the areas for improvement identified in the Education and Training Inspectorate report (inspection May 2023)")
    table(doc, ["Version", "Date", "Approved by"], [("1.0", "20/09/2023", "Board of Governors"), ("1.1", "22/01/2024", "Senior Leadership Team")])
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Actions", "Person(s) responsible", "Time frame", "Success criteria", "Status"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    def afi(text):
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = text
        m.paragraphs[0].runs[0].bold = True; shade(m, "DEEAF6")
    def act(vals, fill=None):
        row = t.add_row()
        for i, v in enumerate(vals):
            row.cells[i].text = v
        if fill: shade(row.cells[5], fill)
    afi("Area for improvement 1: To develop further the use of assessment information to plan for the next steps in the pupils' learning.")
    act(["1.1", "Agree a whole-school format for recording progress against each pupil's individual learning targets.", "VP (Curriculum) & SENCo", "Autumn term 2023", "Format in use in all classes; targets reviewed each half-term.", "Complete"], "0070C0")
    act(["1.2", "Class teachers to use the progress data at planning meetings to set the next learning steps.", "Class teachers", "Termly", "Planning files show next steps linked to assessment.", "On track"], "00B050")
    act(["1.3", "Moderate a sample of assessment records across key stages.", "Mrs A. Hamill", "Spring term 2024", "Moderation report to SLT and governors.", "On track"], "00B050")
    afi("Area for improvement 2: To improve the consistency of communication support across the school, including the use of signing and symbols.")
    act(["2.1", "Provide Makaton refresher training for all classroom assistants.", "Speech and language therapist / Communication co-ordinator", "Spring term 2024", "All classroom assistants trained; observed use in lessons.", "Amber"], "FFC000")
    act(["2.2", "Audit the use of symbols and visual timetables in every classroom and share good practice.", "Communication co-ordinator", "Summer term 2024", "Audit completed; every classroom meets the school standard.", "Not started"])
    afi("Area for improvement 3: To strengthen the role of the governors in monitoring the impact of the action plan.")
    act(["3.1", "Governors to receive a progress report on this plan at each meeting of the Board.", "Principal", "Termly", "Minutes record challenge and follow-up by governors.", "On track"], "00B050")
    act(["3.2", "Link governor to join a learning walk focused on communication support.", "Chair of Governors", "March 2024", "Learning walk completed and reported to the Board.", "Complete"], "0070C0")
    doc.add_paragraph("Status key: Complete (blue), On track (green), Some delay (amber), Not started (no colour).")
    doc.save(os.path.join(OUT, "du1-tor-bank-school-eti-inspection-action-plan.docx"))


# 6 ---------------------------------------------------------------- Trafford LCSPR CSV
def trafford():
    R1 = "Recommendation 1: Partners should ensure that information about domestic abuse is shared with health visitors when a family moves into Trafford."
    R2 = "Recommendation 2: The partnership should seek assurance that pre-birth assessments consider the risks posed by all adults in the household."
    R3 = "Recommendation 3: Agencies should ensure that practitioners understand how to escalate concerns when they disagree with a decision."
    rows = [
        ["ID", "Recommendation", "Action", "Agency", "Lead Officer", "Due Date", "Revised Due Date", "Status", "Update"],
        ["CR-01", R1, "Add a domestic abuse flag to the transfer-in notification sent by the 0-19 service.", "MFT 0-19 Service", "Hughes, Clare", "31/05/2024", "", "Complete", "Flag added to the transfer template; live from 1 May 2024."],
        ["CR-02", R1, "Police to share domestic abuse notifications with the receiving area's health visiting team within 5 working days.", "GMP", "DI Mark Lowry", "30/06/2024", "30/09/2024", "Amber", "Process agreed; IT change delayed. Manual workaround in place."],
        ["CR-03", R2, "Revise the pre-birth assessment guidance to require checks on all adults in the household, including those not living there full time.", "Trafford Council", "Service Manager (Children in Need)", "31/07/2024", "", "Green", "Guidance revised and out for consultation with midwifery."],
        ["CR-04", R2, "Multi-agency audit of 10 pre-birth assessments completed after the guidance change.", "TSSP", "Quality Assurance Lead", "Q4 2024/25", "", "Not started", "Audit scheduled for February 2025."],
        ["CR-05", R3, "Relaunch the resolution and escalation protocol with a seven-minute briefing and practitioner sessions.", "TSSP", "Partnership Business Manager", "31/03/2024", "", "Complete", "Briefing issued March 2024; three sessions held with 84 attendees."],
        ["CR-06", R3, "Each agency to report the number of escalations raised and their outcome to the Learning and Improvement Group.", "All agencies", "Named Nurse & Designated Safeguarding Lead (Schools)", "Ongoing", "", "Green", "First returns received from 5 of 7 agencies."],
        ["CR-07", R3, "Add escalation to the agenda of the multi-agency practitioner forum.", "TSSP", "Okafor, Grace", "30/04/2024", "", "Red", "Not yet added; forum lead on leave. To be picked up at May forum."],
    ]
    with open(os.path.join(OUT, "du1-trafford-ssp-lcspr-child-r-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 7 ---------------------------------------------------------------- Cafcass Cymru txt
def cafcass():
    L = [
        "Cafcass Cymru - Improvement Plan in response to the Estyn inspection report",
        "Exported from the Cafcass Cymru Performance Management System, 06/01/2011",
        "",
        "Ref\tAction\tResponsible\tTarget date\tProgress\tStatus",
        "R1 Improve the quality and consistency of reports to the court",
        "1.1\tIntroduce a quality assurance framework for section 7 reports, with managers reading a sample of reports each month.\tHead of Practice\tDec-10\tFramework launched November 2010; first sample read in December.\tComplete",
        "1.2\tProvide practice workshops for all Family Court Advisers on analysis and recommendations in reports.\tPractice Development Officer\tMarch 2011\tFour of six workshops delivered.\tGreen",
        "",
        "R2 Make sure that children's wishes and feelings are recorded and reflected in all casework",
        "2.1\tRevise the case recording template so that the child's wishes and feelings are recorded in a separate section.\tHead of Operations (South East Wales)\t31/01/2011\tDraft template piloted in Cardiff office.\tAmber",
        "2.2\tDevelop bilingual resources for children to help them to express their views.\tParticipation Officer / Welsh Language Officer\tJuly 2011\tResources being designed with the Young People's Board.\tGreen",
        "",
        "R3 Strengthen performance management and the use of data",
        "3.1\tProduce a monthly performance report for each region, covering timeliness of reports and allocation of cases.\tPerformance Manager\tMonthly\tReports produced since October 2010.\tGreen",
        "3.2\tAgree service-level targets with the Welsh Assembly Government sponsor division.\tDirector\t31/03/2011\tNot yet started; meeting arranged for February.\tNot started",
        "",
        "Status: Complete = action finished; Green = on target; Amber = some delay; Red = significant delay",
    ]
    with open(os.path.join(OUT, "du1-cafcass-cymru-estyn-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    polaris(); eastmoor(); bexley(); howdenhall(); torbank(); trafford(); cafcass()
