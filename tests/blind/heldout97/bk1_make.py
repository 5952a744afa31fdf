"""Generate the bk1- cases of heldout97 (children's services plans, four nations)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- 1 academy xlsx
def walthamstow():
    wb = Workbook()
    ws = wb.active
    ws.title = "Post-Ofsted Plan"
    widths = [7, 48, 22, 18, 34, 24, 46, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "Walthamstow Academy \u2013 Post-Ofsted Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection: 14\u201315 May 2024. Plan approved by the Local Governing Body on 9 July 2024 "
                "and reviewed half-termly with the United Learning Regional Director.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring (who / when)",
           "Progress update (Spring 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILLS["hdr"]
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("AFI", "AFI 1: Leaders should ensure that the key stage 3 curriculum in all subjects sets out clearly "
                "the important knowledge pupils should learn and the order in which they should learn it."),
        ("1.1", "Subject leaders to review KS3 curriculum maps in all foundation subjects against the United "
                "Learning curriculum, identifying the core knowledge to be taught in each unit.",
         "DHT (Curriculum)", "By Oct half term 2024",
         "Curriculum maps for all subjects published on the shared drive and website.",
         "Principal / Regional Director, Nov 2024",
         "All 11 KS3 curriculum maps reviewed and published. Deep dives in history and geography confirmed "
         "that sequencing is now clear.", "Complete", "B"),
        ("1.2", "Half-termly curriculum quality assurance (learning walks and book looks) focused on sequencing "
                "and retrieval in KS3.",
         "DHT (Curriculum) / Heads of Faculty", "Sept 2024 \u2013 July 2025",
         "QA shows at least 85% of lessons seen are well sequenced.",
         "SLT line management, half-termly",
         "Two QA cycles complete. 81% of lessons seen judged well sequenced; MFL and music to be revisited.",
         "G", "G"),
        ("1.3", "Training for all teaching staff on retrieval practice and checking for understanding, "
                "delivered through the weekly CPD programme.",
         "AHT (Teaching and Learning)", "Autumn term 2024",
         "All staff attended; strategies seen in learning walks.", "CPD evaluation, Dec 2024",
         "Six sessions delivered; attendance 96%. Follow-up coaching in place for early career teachers.",
         "Complete", "B"),
        None,
        ("AFI", "AFI 2: Leaders should ensure that pupils' attendance improves, particularly for disadvantaged "
                "pupils and pupils with SEND, so that fewer pupils are persistently absent."),
        ("2.1", "Appoint an Attendance Lead and an additional Education Welfare Officer; introduce first-day "
                "calling and weekly attendance panels.",
         "Headteacher", "Sept 2024", "Posts filled; panels meeting weekly.", "LGB, Oct 2024",
         "Both posts filled from 2 September. Weekly panels running since week 2 of term.", "Complete", "B"),
        ("2.2", "Targeted support plans for all persistently absent pupils with SEND, agreed with families and "
                "reviewed with the SENCo every six weeks.",
         "SENCo, Attendance Lead", "Spring term 2025",
         "Persistent absence for pupils with SEND below 25%.", "Attendance Lead, fortnightly",
         "PA for pupils with SEND has fallen from 34% to 29% but remains above national. Plans in place for "
         "41 of 48 pupils; the rest will follow family meetings.", "A", "A"),
        ("2.3", "Report attendance of disadvantaged pupils to the Local Governing Body each half term.",
         "Headteacher", "Half-termly", "Governors able to challenge attendance gaps.", "Chair of LGB",
         "Reports made in October, December and February.", "G", "G"),
        None,
        ("AFI", "AFI 3: Leaders should make sure that the personal development programme, including careers "
                "guidance, is delivered consistently well in the sixth form."),
        ("3.1", "Map the sixth-form personal development and enrichment offer and publish a weekly enrichment "
                "timetable.",
         "Head of Sixth Form", "Autumn term 2024", "Enrichment timetable published; take-up tracked.",
         "DHT (Pastoral), Dec 2024", "Timetable published in September; 74% of Year 12 attend at least one "
         "enrichment activity.", "Complete", "B"),
        ("3.2", "All Year 12 and 13 students to receive a one-to-one careers interview with the Level 6 careers "
                "adviser, and Year 12 to complete work experience.",
         "Careers Leader", "Summer term 2025", "100% of students interviewed; Gatsby benchmarks 6 and 8 met.",
         "Careers link governor, termly",
         "All Year 13 interviews complete; 62% of Year 12 interviewed. Work experience week booked for "
         "30 June 2025.", "A", "A"),
        ("3.3", "Student voice survey on personal development in the sixth form, with results reported to the LGB.",
         "Head of Sixth Form / LGB link governor", "Ongoing", "Survey response rate above 70%.", "LGB",
         "Survey to be run in June 2025.", "", None),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1
            continue
        if row[0] == "AFI":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILLS["band"]
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if row[8]:
            ws.cell(row=r, column=8).fill = FILLS[row[8]]
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "Action completed and impact checked", "B"),
           ("G", "On track to be completed within timescale", "G"),
           ("A", "Some slippage; additional support agreed", "A"),
           ("R", "Not on track; escalated to Regional Director", "R")]
    for k, text, f in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = FILLS[f]
        ws.cell(row=r, column=2, value=text)
    ws.freeze_panes = "A5"
    wb.save(p("bk1-united-learning-walthamstow-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 CNTW xlsx (refuse)
def cntw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    for col, w in zip("ABCDEFG", [9, 44, 50, 26, 13, 40, 13]):
        ws.column_dimensions[col].width = w
    ws["A1"] = ("CNTW \u2013 CQC Inspection of Child and Adolescent Mental Health Wards (Ferndene): "
                "Must Do / Should Do Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Report published 12 March 2025. Executive lead: Executive Director of Nursing, Therapies and "
                "Quality. Monitored monthly by the Quality and Performance Committee.")
    ws.merge_cells("A2:G2")
    hdr = ["No.", "CQC Requirement", "Action(s)", "Action Owner", "Target Date", "Evidence of completion",
           "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILLS["hdr"]
        cell.border = BOX
    d = dt.datetime
    rows = [
        ("SEC", "MUST DO ACTIONS"),
        ("MD1.1", "The trust must ensure that staff complete and record physical health observations after "
                  "rapid tranquillisation in line with trust policy.",
         "Re-launch the rapid tranquillisation observation chart on RiO with a mandatory prompt.",
         "Clinical Nurse Manager", d(2025, 5, 31), "RiO change log; audit of charts", "Complete"),
        ("MD1.2", None,
         "Weekly audit of all rapid tranquillisation episodes by the ward pharmacist, reported to the ward "
         "quality meeting.",
         "Lead Pharmacist", d(2025, 7, 31), "Audit results April\u2013July", "On track"),
        ("MD2.1", "The trust must ensure that there are sufficient suitably qualified nursing staff on each "
                  "shift to meet young people's needs.",
         "Complete the safer staffing review for Ferndene and agree the revised establishment.",
         "Associate Director of Nursing", d(2025, 6, 30), "Board paper; e-roster reports", "Complete"),
        ("MD2.2", None,
         "Recruit to the 9.4 WTE registered nurse vacancies through the preceptorship and international "
         "recruitment programmes.",
         "Associate Director of Nursing / HR Business Partner", "Agust 2025",
         "Vacancy rate below 10%", "On track"),
        ("SEC", "SHOULD DO ACTIONS"),
        ("SD1.1", "The trust should ensure that young people's care plans are personalised and reflect their "
                  "views.",
         "Introduce co-produced 'All about me' care plan summaries written with each young person.",
         "Ward Manager", d(2025, 9, 30), "Care plan audit; young people's feedback", "On track"),
        ("SD2.1", "The trust should ensure that young people have access to education throughout school "
                  "holidays.",
         "Agree a holiday programme with the hospital school and the occupational therapy team.",
         "Head of Education / OT Lead", d(2025, 7, 31), "Summer timetable", "Not started"),
    ]
    r = 5
    for row in rows:
        if row[0] == "SEC":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILLS["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        r += 1
    # requirement MD1 spans rows 6-7, MD2 spans rows 8-9
    ws.merge_cells("B6:B7")
    ws.merge_cells("B8:B9")
    wb.save(p("bk1-cntw-ferndene-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 Compass fostering xlsx
def compass():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Compass Fostering North \u2013 Ofsted Inspection Improvement Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Inspection of independent fostering agency: 3\u20137 December 2024 (published 21 January 2025)"
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Changes"),
          ("0.1", dt.datetime(2025, 1, 28), "Registered Manager", "First draft"),
          ("1.0", dt.datetime(2025, 2, 4), "Registered Manager", "Agreed by Responsible Individual"),
          ("1.3", dt.datetime(2025, 6, 12), "QA Manager", "June progress update")]
    for i, row in enumerate(vc):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=6 + i, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if i == 0:
                cell.font = Font(bold=True)
    for col, w in zip("ABCD", [12, 14, 22, 36]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Compass Fostering North \u2013 Ofsted Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    hdr = ["Ref", "Requirement / Recommendation", "Action", "Responsible", "Start", "Due date",
           "Revised due date", "Previous RAG", "Current RAG", "Update (June 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILLS["band"]
        cell.border = BOX
        cell.alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", [6, 44, 46, 24, 11, 11, 11, 9, 9, 46]):
        ws.column_dimensions[col].width = w
    d = dt.datetime
    rows = [
        ("SEC", "Requirements"),
        ("1.1", "The registered person must ensure that each foster parent's approval is reviewed at intervals "
                "of not more than a year. (Regulation 28(2))",
         "Produce a tracker of all foster carer annual reviews due in the next 12 months and allocate each "
         "review to an independent reviewing officer.",
         "K Whitfield", d(2025, 2, 3), d(2025, 2, 28), None, "A", "B",
         "Tracker in place and shared weekly with team managers."),
        ("1.2", None,
         "Complete the nine overdue annual reviews and present them to the fostering panel.",
         "Team Manager (North East)", d(2025, 2, 3), d(2025, 3, 31), d(2025, 4, 30), "R", "G",
         "Seven of nine reviews completed; remaining two booked for April panel."),
        ("2.1", "The registered person must ensure that a record is kept of all allegations made against foster "
                "parents and the action taken in response. (Regulation 30)",
         "Introduce a single allegations log held by the Registered Manager, cross-referenced to the LADO "
         "referral and outcome.",
         "K Whitfield", d(2025, 2, 10), d(2025, 3, 31), None, "G", "B", "Log live from 1 March 2025."),
        ("2.2", None,
         "Audit all allegations from the last 24 months to confirm the records are complete.",
         "Quality Assurance Manager", d(2025, 3, 3), d(2025, 6, 30), None, "A", "A",
         "18 of 26 records audited. Two records missing LADO outcome letters; requested from the local "
         "authorities."),
        ("SEC", "Recommendations"),
        ("3.1", "Ensure that supervising social workers' records of supervision show how children's wishes and "
                "feelings inform the support given to foster carers. (NMS 21.8)",
         "Revise the supervision template to include a section on the child's views.",
         "Practice Lead", d(2025, 2, 17), d(2025, 4, 30), None, "A", "B", "New template in use since April."),
        ("3.2", None,
         "Dip-sample 10% of supervision records each quarter.",
         "QA Manager, Registered Manager", d(2025, 4, 1), "Quarterly", None, "G", "G",
         "First dip sample (Q1) found the child's views recorded in 17 of 20 records."),
        ("4.1", "Ensure that foster carers complete training on children who go missing and children at risk of "
                "exploitation within the timescales in their training and development plans. (NMS 20.3)",
         "Add missing and exploitation training to the mandatory training matrix and book carers onto "
         "sessions.",
         "Learning and Development Officer", d(2025, 2, 3), d(2025, 5, 31), d(2025, 7, 31), "A", "A",
         "68% of households trained. Extra evening sessions added in June and July."),
        ("4.2", None,
         "Report carer training compliance to the monthly management meeting.",
         "Registered Manager", d(2025, 3, 1), "Monthly", None, None, "G", "Standing agenda item."),
    ]
    r = 4
    for row in rows:
        if row[0] == "SEC":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = FILLS["hdr"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if c in (8, 9) and v:
                cell.fill = FILLS[v]
                cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for a, b in (("B5", "B6"), ("B7", "B8"), ("B10", "B11"), ("B12", "B13")):
        ws.merge_cells(f"{a}:{b}")
    r += 1
    ws.cell(row=r, column=1, value="Key: R = not started or off track; A = started, some slippage; "
                                   "G = on track; B = complete")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A4"
    wb.save(p("bk1-compass-fostering-ofsted-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_row(row, fill="D9E1F2"):
    for c in row.cells:
        for par in c.paragraphs:
            for run in par.runs:
                run.bold = True
        shade(c, fill)


# ---------------------------------------------------------------- 4 GMP docx
def gmp():
    doc = Document()
    doc.add_paragraph("Greater Manchester Police")
    doc.add_heading("HMICFRS National Child Protection Inspection \u2013 Action Plan", level=1)
    doc.add_paragraph(
        "This plan sets out the force's response to the recommendations made by HM Inspectorate of "
        "Constabulary and Fire & Rescue Services following the national child protection inspection of "
        "Greater Manchester Police. Progress is reported to the Vulnerability Board chaired by the "
        "Assistant Chief Constable (Crime) and to the Deputy Mayor for Policing.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "05/09/2024", "Public Protection Governance Unit", "Submitted to HMICFRS"),
                ("1.4", "14/02/2025", "Public Protection Governance Unit", "Q3 update for Vulnerability Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    plan = doc.add_table(rows=1, cols=6)
    plan.style = "Table Grid"
    for c, h in zip(plan.rows[0].cells, ["Rec No.", "Action", "Owner", "Target date", "Progress update",
                                          "RAG"]):
        c.text = h
    bold_row(plan.rows[0], "1F3864")
    for c in plan.rows[0].cells:
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    items = [
        ("REC", "Recommendation 1: Immediately, the force should review its approach to children who go "
                "missing from home so that risk is properly assessed and children receive a timely response."),
        ("1a", "Refresh the missing from home risk assessment and supervisory review on the command and control "
               "system, with daily review by the missing from home co-ordinators.",
         "Det Supt, Public Protection", "31 October 2024",
         "New risk assessment live from 14 October. Daily review meetings in place in all ten districts.",
         "Complete"),
        ("1b", "Deliver briefings on missing children risk assessment to all response and neighbourhood "
               "sergeants.",
         "Head of Learning and Development", "End Dec 2024",
         "1,140 of 1,310 sergeants briefed (87%). Remaining sessions scheduled for January.", "Green"),
        ("REC", "Recommendation 2: Within three months, the force should ensure that officers attending "
                "incidents record the voice of the child and their observations of the child's behaviour and "
                "demeanour."),
        ("2a", "Add mandatory 'voice of the child' fields to the domestic abuse and child concern forms.",
         "Ch Insp Shah; DI Kerr", "Q4 2024/25",
         "Form changes designed and tested. Release delayed by the records system upgrade.", "Amber"),
        ("2b", "Monthly audit of 50 child concern referrals by the Public Protection Governance Unit.",
         "PPGU Manager", "Monthly",
         "Audits completed October to January. Voice of the child recorded in 71% of referrals (baseline 52%).",
         "Green"),
        ("REC", "Recommendation 3: Within six months, the force should work with safeguarding partners to "
                "improve the timeliness of strategy discussions and the police contribution to them."),
        ("3a", "Agree a joint standard for the timeliness of strategy discussions with the ten local authority "
               "MASHs and monitor compliance.",
         "Det Supt, Public Protection", "March 2025",
         "Standard agreed by eight of the ten partnerships; two due to sign off at February meetings.",
         "Amber"),
        ("3b", "Provide additional detective capacity to the MASH at weekends.",
         "ACC Crime", "TBC",
         "Business case submitted; awaiting decision at Chief Officer Group.", "Red"),
        ("3c", "Review the police MASH operating model across all districts.",
         "Superintendent, Safeguarding Strategy", "30/06/2025", "Review to start April 2025.", "Not started"),
    ]
    for it in items:
        if it[0] == "REC":
            row = plan.add_row()
            merged = row.cells[0].merge(row.cells[5])
            merged.text = it[1]
            for run in merged.paragraphs[0].runs:
                run.bold = True
            shade(merged, "D9E1F2")
            continue
        cells = plan.add_row().cells
        for c, v in zip(cells, it):
            c.text = v
        if it[5] in rag_fill:
            shade(cells[5], rag_fill[it[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Red \u2013 not on track / at risk; Amber \u2013 some slippage, mitigation in "
                      "place; Green \u2013 on track; Complete \u2013 action completed and evidenced.")
    doc.save(p("bk1-greater-manchester-police-ncpi-child-protection-action-plan.docx"))


# ---------------------------------------------------------------- 5 East Park docx (Scotland)
def east_park():
    doc = Document()
    doc.add_heading("East Park \u2013 Improvement Plan following Care Inspectorate Inspection, January 2025",
                    level=1)
    doc.add_paragraph(
        "The Care Inspectorate carried out an unannounced inspection of our care home service for children "
        "and young people on 14\u201316 January 2025. This plan sets out how we will meet the requirement "
        "and areas for improvement in the report. It is reviewed monthly by the Senior Leadership Team and "
        "quarterly by the Board.")
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def part(kind, text, actions):
        par = doc.add_paragraph()
        par.add_run(kind).bold = True
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action", "Responsible", "Timescale", "Progress", "RAG"]):
            c.text = h
        bold_row(t.rows[0])
        for a in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            if a[4] in rag_fill:
                shade(cells[4], rag_fill[a[4]])
        doc.add_paragraph()

    doc.add_heading("Key question 1: How well do we support children and young people's wellbeing?", level=2)
    part("Requirement 1",
         "By 31 March 2025, the provider must ensure that young people's personal plans and risk assessments "
         "are reviewed and updated following any significant incident, so that staff have current guidance "
         "on how to keep them safe.",
         [("Review every young person's personal plan and risk assessment with their key worker, and with the "
           "young person where possible.", "Depute Manager", "By 31 March 2025",
           "All 22 plans reviewed by 28 March.", "Complete"),
          ("Introduce a post-incident debrief form which prompts an update to the risk assessment within 72 "
           "hours.", "Registered Manager", "February 2025", "Form in use in all houses from 10 February.",
           "Complete"),
          ("Monthly audit of five personal plans by the Quality Improvement Lead.", "Quality Improvement Lead",
           "Monthly", "April and May audits found all sampled plans up to date.", "Green")])
    part("Area for improvement 1",
         "To support young people's wellbeing, the provider should ensure that young people are consistently "
         "involved in planning their activities and that their views are recorded. This is to ensure care "
         "and support is consistent with the Health and Social Care Standards (HSCS 2.12).",
         [("Weekly house meetings in each house, with minutes written in an accessible format.",
           "Senior Residential Care Workers", "April 2025", "Meetings running in four of five houses.", "Green"),
          ("Use Talking Mats with young people who use alternative communication to gather their views on "
           "activities.", "SLT / Key workers", "June 2025",
           "Training for key workers delayed by staff sickness; rescheduled for May.", "Amber")])
    doc.add_heading("Key question 2: How good is our leadership?", level=2)
    part("Area for improvement 2",
         "The provider should ensure that quality assurance processes lead to clear actions that are tracked "
         "to completion (HSCS 4.19).",
         [("Develop a single service improvement plan bringing together audit findings, incidents and "
           "complaints.", "Head of Care", "April 2025", "Plan in place and reviewed at SLT each month.",
           "Complete"),
          ("Present the service improvement plan to the Board's Care and Education Committee each quarter.",
           "Chief Executive", "Ongoing", "First report made to the committee in May 2025.", "Green")])
    doc.save(p("bk1-east-park-school-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 VVC adoption csv (Wales)
def vvc():
    rows = [
        ["Vale, Valleys and Cardiff Regional Adoption Collaborative \u2013 CIW Inspection Improvement Plan",
         "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Theme", "Area for improvement", "Action", "Lead", "Target Date", "Progress", "RAG"],
        ["1.1", "Well-being",
         "Improve the timeliness of life story work so that children receive their life story book and later "
         "life letter within the timescales set out in the National Adoption Service standards.",
         "Establish a dedicated life story worker post funded through the regional grant.",
         "Regional Adoption Manager", "31/03/2025", "Worker in post from 3 March 2025.", "Complete"],
        ["1.2", "Well-being",
         "Improve the timeliness of life story work so that children receive their life story book and later "
         "life letter within the timescales set out in the National Adoption Service standards.",
         "Track all outstanding life story books on the regional performance dashboard and report monthly to "
         "the Management Board.",
         "Hughes, Rhian", "Monthly",
         "Dashboard live. Outstanding books reduced from 23 to 14 since January.", "Green"],
        ["2.1", "Care and Support",
         "Ensure assessments of prospective adopters are completed within the statutory timescales and that "
         "any delay is recorded with the reason.",
         "Hold a weekly case tracking meeting for all Stage 2 assessments.",
         "Team Manager (Assessment)", "30/04/2025", "Meetings running weekly since February.", "Green"],
        ["2.2", "Care and Support",
         "Ensure assessments of prospective adopters are completed within the statutory timescales and that "
         "any delay is recorded with the reason.",
         "Commission independent social workers to reduce the backlog of seven assessments.",
         "Team Manager (Assessment), Business Manager", "31/07/2025",
         "Three assessments commissioned; procurement of the remaining four delayed.", "Amber"],
        ["3.1", "Leadership and Management",
         "The service should strengthen its quality assurance so that audit findings inform practice "
         "improvement.",
         "Introduce a quarterly thematic audit programme agreed with the Regional Adoption Management Board.",
         "Quality Assurance Officer", "Q1 2025/26", "Audit programme drafted for the June Board.", "Green"],
        ["3.2", "Leadership and Management",
         "The service should strengthen its quality assurance so that audit findings inform practice "
         "improvement.",
         "Feed audit findings into team meetings and record the actions taken.",
         "Team Managers", "Ongoing", "", ""],
        ["3.3", "Leadership and Management",
         "The service should strengthen its quality assurance so that audit findings inform practice "
         "improvement.",
         "Revise the Statement of Purpose to reflect the new quality assurance arrangements and submit it to "
         "CIW.",
         "Regional Adoption Manager", "30/06/2025", "Draft with the Management Board for comment.", "Amber"],
    ]
    with open(p("bk1-vvc-adoption-ciw-inspection-improvement-plan.csv"), "w", newline="",
              encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 NI school txt
def dungannon():
    lines = [
        "St Patrick's Academy, Dungannon \u2013 ETI Inspection Action Plan 2024-25",
        "",
        "This action plan responds to the areas for improvement identified by the Education and Training "
        "Inspectorate (ETI) following the inspection in November 2024. It was agreed by the Board of "
        "Governors on 16 December 2024 and is reviewed by the Senior Leadership Team each month.",
        "",
        "Area for Improvement 1: Improve the consistency of the quality of teaching and learning in key stage 3 "
        "mathematics, so that all pupils are appropriately challenged.",
        "",
        "Ref\tAction\tPerson(s) responsible\tTimescale\tSuccess criteria\tStatus",
        "1.1\tAppoint a key stage 3 mathematics co-ordinator with time allocated for monitoring.\tPrincipal\t"
        "January 2025\tCo-ordinator in post; monitoring timetable agreed.\tComplete",
        "1.2\tPaired observations and work scrutiny in mathematics each half term, with feedback to teachers."
        "\tHead of Mathematics, KS3 Co-ordinator\tJan 2025 - June 2025\tAt least 80% of lessons observed "
        "show appropriate challenge for all pupils.\tOn track",
        "1.3\tStaff development on differentiation and questioning, led by the Education Authority link "
        "officer.\tVice Principal (Curriculum)\tBy end of March 2025\tAll mathematics staff trained; "
        "strategies seen in observations.\tComplete",
        "",
        "Area for Improvement 2: Develop further the use of pupil data by middle leaders to identify and "
        "address underachievement.",
        "",
        "Ref\tAction\tPerson(s) responsible\tTimescale\tSuccess criteria\tStatus",
        "2.1\tTraining for Heads of Department on the school's data tracking system.\tData Manager\tFeb 2025"
        "\tAll Heads of Department able to produce class and cohort reports.\tComplete",
        "2.2\tHeads of Department to produce departmental action plans using GCSE and KS3 tracking data, "
        "reviewed by SLT.\tHeads of Department / SLT\t30/05/2025\tAction plans in place for all departments "
        "with named pupils for intervention.\tAmber",
        "2.3\tReport on the progress of targeted pupils to the Board of Governors.\tPrincipal\tTermly"
        "\tGovernors receive a report each term.\tOn track",
        "",
        "Status: Complete / On track / Amber (some slippage) / Red (not started or at risk)",
    ]
    with open(p("bk1-st-patricks-academy-dungannon-eti-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    walthamstow()
    cntw()
    compass()
    gmp()
    east_park()
    vvc()
    dungannon()
    print("done")
