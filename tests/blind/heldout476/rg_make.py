"""Build the seven rg- blind test files for set heldout476."""
import os
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
}


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 NHS Lothian (xlsx)
def lothian():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    widths = {"A": 48, "B": 55, "C": 32, "D": 22, "E": 45, "F": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Improvement Action Plan: Royal Edinburgh Hospital, NHS Lothian"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Healthcare Improvement Scotland – unannounced mental health inpatient inspection, "
                "4–6 March 2025 (report published 10 June 2025)")
    ws.merge_cells("A2:F2")
    ws["A4"], ws["B4"] = "Lead Director:", "Director of Nursing, Royal Edinburgh and Associated Services"
    ws["A5"], ws["B5"] = "Plan agreed:", "30 June 2025"
    ws["A6"], ws["B6"] = "Last updated:", "22 September 2025"
    for c in ("A4", "A5", "A6"):
        ws[c].font = BOLD
    heads = ["Requirement / Recommendation", "Action planned", "Responsibility for taking action",
             "Timescale to meet requirement", "Progress update (September 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    R1 = ("Requirement 1: NHS Lothian must ensure that staff are supported to raise concerns and that "
          "the action taken in response is communicated back to them.")
    R2 = ("Requirement 2: NHS Lothian must ensure that patients' observation levels are recorded "
          "accurately and reviewed in line with the Observation and Engagement policy.")
    R3 = ("Requirement 3: NHS Lothian must ensure that ligature risk assessments are completed and "
          "kept up to date for all ward areas.")
    RA = ("Recommendation a: NHS Lothian should ensure that multidisciplinary team meeting discussions "
          "and decisions are consistently recorded in TrakCare.")
    R4 = ("Requirement 4: NHS Lothian must ensure that all ward staff complete mandatory Safety "
          "Intervention training.")
    R5 = ("Requirement 5: NHS Lothian must ensure that care plans are person-centred, reflect the "
          "patient's views and are regularly reviewed.")
    rows = [
        ("domain", "Domain 2 – Leadership and culture"),
        ("act", R1, 2, "Relaunch the Speak Up process across all adult acute wards, with Speak Up "
         "Ambassador contact details displayed in every staff room.",
         "Lead Nurse, Adult Acute Mental Health", "31 August 2025",
         "Relaunched at Nursing Forum 14 August 2025; posters in place on 7 of 8 wards.", "green"),
        ("cont", None, None, "Introduce a 'You said, we did' board in each ward, updated monthly by "
         "the Senior Charge Nurse.", "Senior Charge Nurses", "September 2025",
         "Boards installed; monthly updates not yet consistent on all wards.", "amber"),
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("act", R2, 2, "Audit observation records on all wards weekly for 12 weeks, with results "
         "reported to the REAS Quality Improvement Group.",
         "Charge Nurses / Practice Development Team", "30 September 2025",
         "Week 10 of 12 complete; compliance improved from 64% to 88%.", "green"),
        ("cont", None, None, "Deliver refresher training on the Observation and Engagement policy to "
         "all registered and unregistered nursing staff.\nTarget: 90% compliance.",
         "Practice Development Team", "31 October 2025",
         "72% compliance. Additional sessions added in October.", "amber"),
        ("act", R3, 1, "Complete environmental ligature risk assessments for all wards and record them "
         "on the Datix risk register.", "Estates Manager / Patient Safety Lead", "July 2025",
         "Completed 18 July 2025.", "blue"),
        ("act", RA, 1, "Agree a standard MDT template in TrakCare and share it with all consultants "
         "and ward teams.", "Clinical Director, Adult Acute Psychiatry", "Ongoing",
         "Template agreed; use monitored through monthly case note audit.", "green"),
        ("domain", "Domain 4.3 – Workforce planning"),
        ("act", R4, 1, "Prioritise places for ward staff on Safety Intervention Foundation training, "
         "with a trajectory to reach 85% compliance.", "Nurse Manager (Training)", "31 March 2026",
         "Compliance 61%. Two trainer vacancies are limiting course availability.", "red"),
        ("domain", "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"),
        ("act", R5, 2, "Review all care plans on the rehabilitation wards with the patient (and carer "
         "where appropriate).", "Senior Charge Nurses", "November 2025",
         "Reviews under way on Braids and Canaan wards.", "green"),
        ("cont", None, None, "Add a care plan quality question to the monthly Excellence in Care ward "
         "audit.", "Lead Nurse, Quality Improvement", "December 2025", "Not yet started.", None),
    ]
    r = 9
    for row in rows:
        if row[0] == "domain":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for col in range(1, 7):
                ws.cell(row=r, column=col).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        kind, req, span, action, lead, when, prog, rag = row
        if kind == "act":
            ws.cell(row=r, column=1, value=req)
            if span > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r + span - 1, end_column=1)
        ws.cell(row=r, column=2, value=action)
        ws.cell(row=r, column=3, value=lead)
        ws.cell(row=r, column=4, value=when)
        ws.cell(row=r, column=5, value=prog)
        if rag:
            ws.cell(row=r, column=6).fill = FILL[rag]
        for col in range(1, 7):
            ws.cell(row=r, column=col).alignment = WRAP
            ws.cell(row=r, column=col).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = BOLD
    for col, (txt, colour) in enumerate([("Complete", "blue"), ("On track", "green"),
                                         ("Some slippage – recovery plan in place", "amber"),
                                         ("Off track", "red")], 2):
        c = ws.cell(row=r, column=col, value=txt)
        c.fill = FILL[colour]
    r += 1
    ws.cell(row=r, column=1, value=("Note: this plan is monitored monthly by the REAS Quality Improvement "
                                    "Group and reported to the Healthcare Governance Committee."))
    ws2 = wb.create_sheet("Sign-off")
    ws2.column_dimensions["A"].width = 36
    ws2.column_dimensions["B"].width = 52
    ws2.column_dimensions["C"].width = 18
    for i, rowv in enumerate([("Stage", "Role", "Date"),
                              ("Prepared by", "Senior Nurse, Quality Improvement", "27 June 2025"),
                              ("Agreed by", "Director of Nursing, Royal Edinburgh and Associated Services", "30 June 2025"),
                              ("Submitted to HIS", "Executive Nurse Director", "1 July 2025"),
                              ("Noted by", "Healthcare Governance Committee", "15 July 2025")], 1):
        for j, v in enumerate(rowv, 1):
            c = ws2.cell(row=i, column=j, value=v)
            if i == 1:
                c.font = BOLD
    wb.save(p("rg-nhs-lothian-royal-edinburgh-hospital-his-mental-health-inspection-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Scottish Ambulance Service (xlsx)
def sas():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 20
    cov.column_dimensions["D"].width = 50
    cov["A1"] = "Scottish Ambulance Service Corporate Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = BOLD
    for i, rowv in enumerate([("Version", "Date", "Author", "Comments"),
                              ("1.0", dt.date(2025, 5, 28), "Head of Risk", "Approved by the Board"),
                              ("1.1", dt.date(2025, 7, 17), "Head of Risk", "Q1 update for Audit and Risk Committee"),
                              ("1.3", dt.date(2025, 10, 15), "Head of Risk", "Q2 update for Audit and Risk Committee")], 4):
        for j, v in enumerate(rowv, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if i == 4:
                c.font = BOLD
    cov["A10"] = "Risk scoring: Likelihood (1–5) x Impact (1–5). Very High 15–25; High 8–12; Medium 4–6; Low 1–3."
    cov["A11"] = "Risk appetite statement approved by the Board on 26 March 2025."

    summ = wb.create_sheet("Risk Summary")
    heads = ["Risk ID", "Risk title", "Risk owner", "Current score (L x I)", "Target score",
             "Trend", "Assurance committee"]
    data = [
        ("4636", "Hospital turnaround times", "Director of National Operations", "20 (4x5)", "12", "↔", "Performance and Planning Committee"),
        ("5062", "Health and wellbeing of staff", "Director of Workforce", "16 (4x4)", "9", "↑", "Staff Governance Committee"),
        ("4638", "Cyber security", "Chief Digital Officer", "15 (3x5)", "10", "↔", "Audit and Risk Committee"),
        ("5215", "Financial sustainability", "Director of Finance, Logistics and Strategy", "16 (4x4)", "8", "↓", "Audit and Risk Committee"),
    ]
    widths = [10, 34, 40, 20, 12, 8, 36]
    for i, w in enumerate(widths):
        summ.column_dimensions["ABCDEFG"[i]].width = w
    for j, h in enumerate(heads, 1):
        c = summ.cell(row=1, column=j, value=h)
        c.font = BOLD
        c.fill = FILL["grey"]
    for i, rowv in enumerate(data, 2):
        for j, v in enumerate(rowv, 1):
            summ.cell(row=i, column=j, value=v)

    ws = wb.create_sheet("Further Actions")
    for i, w in enumerate([11, 60, 40, 16, 16, 7, 50]):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = ("Corporate Risk Register 2025/26 – Further Actions to Reduce Risk "
                "(Q2 position at 30 September 2025)")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    heads = ["Action ref", "Further action", "Action owner", "Original due date",
             "Revised due date", "RAG", "Progress commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
    D = dt.date
    groups = [
        ("Risk 4636 – Hospital turnaround times", [
            ("4636.1", "Work with NHS boards to implement the Hospital Ambulance Handover Protocol "
             "(60-minute maximum) at all receiving sites.", "Director of National Operations",
             D(2025, 7, 31), D(2025, 12, 31), "A",
             "Protocol live at 9 of 14 sites; remaining sites agreed through Regional Directors."),
            ("4636.2", "Expand Flow Navigation Centre referrals to divert suitable patients away "
             "from Emergency Departments.",
             "Medical Director / Director of Care Quality and Professional Development",
             D(2026, 3, 31), None, "G", "Referral pathways extended to three further boards."),
            ("4636.3", "Report weekly turnaround data by site to the Scottish Government "
             "Unscheduled Care team.", "Head of Performance", D(2025, 6, 30), None, "B",
             "Weekly report in place since June 2025."),
        ]),
        ("Risk 5062 – Health and wellbeing of staff", [
            ("5062.1", "Roll out the Trauma Risk Management (TRiM) practitioner network to all "
             "regions.", "Director of Workforce", D(2025, 12, 31), None, "G",
             "North and West complete; East training booked for November."),
            ("5062.2", "Complete the staff wellbeing survey and publish regional action plans.",
             "Head of Health and Wellbeing", D(2025, 10, 31), None, "G",
             "Survey closed 12 September; 41% response rate."),
            ("5062.3", "Review rest-break compliance on shifts exceeding 12 hours and agree actions "
             "with staff-side.", "Regional Directors", D(2025, 9, 30), D(2026, 1, 31), "R",
             "Data extraction from the rostering system delayed."),
        ]),
        ("Risk 4638 – Cyber security", [
            ("4638.1", "Achieve compliance with the Scottish Public Sector Cyber Resilience "
             "Framework.", "Chief Digital Officer", D(2026, 3, 31), None, "A",
             "Gap analysis complete; 14 controls outstanding."),
            ("4638.2", "Deliver phishing simulation exercises across all staff groups.",
             "Head of Information Security", "Quarterly", None, "G",
             "Q2 exercise completed; click rate 6%."),
        ]),
        ("Risk 5215 – Financial sustainability", [
            ("5215.1", "Deliver the 3% recurring savings programme agreed in the Financial Plan "
             "2025/26.", "Director of Finance, Logistics and Strategy", D(2026, 3, 31), None, "A",
             "£4.1m of £6.3m identified; £1.2m non-recurring."),
            ("5215.2", "Review fleet replacement programme phasing against the capital allocation.",
             "Head of Fleet", D(2025, 12, 31), None, None, "Not yet started."),
        ]),
    ]
    r = 4
    for band, acts in groups:
        c = ws.cell(row=r, column=1, value=band)
        c.font = BOLD
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for a in acts:
            for j, v in enumerate(a, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    r += 1
    for label, n in [("Complete (B)", 1), ("On track (G)", 4), ("At risk (A)", 3),
                     ("Overdue (R)", 1), ("Not yet started", 1), ("Total actions", 10)]:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=3, value=n)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG: B = complete; G = on track; A = at risk of delay or revised "
                                    "date agreed; R = overdue; blank = not yet started."))
    wb.save(p("rg-scottish-ambulance-service-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------- 3 Falkirk (xlsx, refuse)
def falkirk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    for i, w in enumerate([10, 62, 34, 18, 14, 48]):
        ws.column_dimensions["ABCDEF"[i]].width = w
    ws["A1"] = "Falkirk Health and Social Care Partnership"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Care at Home Service (Falkirk Council) – Care Inspectorate Improvement Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A3"] = ("Inspection: 7–11 April 2025 | Report published: 3 June 2025 | Evaluations: "
                "Wellbeing 3 – Adequate; Leadership 3 – Adequate; Staffing 4 – Good; Care planning 2 – Weak")
    ws.merge_cells("A3:F3")
    heads = ["Ref", "Action", "Lead", "Target date", "Status", "Update (August 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    rows = [
        ("band", "Requirements"),
        ("head", "Requirement 1: By 31 August 2025, the provider must ensure that each person's personal "
                 "plan sets out how their health, welfare and safety needs will be met, and is reviewed "
                 "at least once in every six month period."),
        ("act", "1.1", "Audit all personal plans against the Care Inspectorate's personal planning guidance "
                "and record gaps.", "Care at Home Team Leaders", "June 2025", "Complete",
         "Audit of 412 plans completed 27 June."),
        ("act", "1.2", "Schedule six-monthly reviews for every supported person on the CM2000 system.",
         "Senior Social Care Officer", "July 2025", "Complete", "Review dates loaded for all service users."),
        ("act", "1.3", "Train coordinators in outcome-focused personal planning.",
         "Learning and Development Officer", "August 2025", "On track", "Two of three sessions delivered."),
        ("head", "Requirement 2: By 30 September 2025, the provider must ensure that medication is "
                 "administered safely, in line with the prescriber's instructions, and that accurate "
                 "records are kept."),
        ("act", "2.1", "Introduce electronic medication administration records (eMAR) for all service users "
                "with medication support.", "Care at Home Manager / Digital Lead", "Septmber 2025",
         "On track", "Pilot live in Grangemouth locality."),
        ("act", "2.2", "Complete competency assessments for all care staff who administer medication.",
         "Team Leaders", "September 2025", "On track", "68% of staff assessed."),
        ("band", "Areas for improvement"),
        ("head", "Area for improvement 1: To support consistency, the provider should ensure that people "
                 "are informed of changes to their visit times."),
        ("act", "AFI 1.1", "Develop a text notification process for changes to visit times.",
         "Scheduling Manager", "October 2025", "Not started", "Awaiting IT capacity."),
        ("head", "Area for improvement 2: The provider should ensure that staff supervision takes place "
                 "in line with the organisation's policy."),
        ("act", "AFI 2.1", "Supervision tracker to be reviewed monthly at the Care at Home management "
                "meeting.", "Care at Home Manager", "Ongoing", "On track", "Standing agenda item from July."),
    ]
    r = 6
    for row in rows:
        if row[0] in ("band", "head"):
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = BOLD if row[0] == "band" else Font(italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            if row[0] == "band":
                for col in range(1, 7):
                    ws.cell(row=r, column=col).fill = FILL["grey"]
            else:
                ws.row_dimensions[r].height = 32
        else:
            for j, v in enumerate(row[1:], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
        r += 1
    assert ws.cell(row=12, column=4).value == "Septmber 2025"
    wb.save(p("rg-falkirk-council-care-at-home-care-inspectorate-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 Nightingale House Hospice (docx)
def nightingale():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Nightingale House Hospice – HIW Inspection Improvement Plan", style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service:", "Nightingale House Hospice, Chester Road, Wrexham"),
                 ("Date of inspection:", "14 and 15 January 2025"),
                 ("Type of inspection:", "Announced independent healthcare inspection"),
                 ("Improvement plan submitted:", "7 March 2025"),
                 ("Progress updated:", "12 June 2025")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Nightingale House Hospice")
    doc.add_paragraph("Date of inspection: 14 and 15 January 2025")
    themes = [
        ("Quality of patient experience", [
            ("The registered provider must ensure that information about how to make a complaint is "
             "available bilingually in the In-Patient Unit.", "Regulation 24", [
                ("Bilingual complaints leaflets and posters ordered and displayed in the In-Patient "
                 "Unit and Day Hospice.", "Head of Clinical Services", "28 February 2025", "Complete"),
            ]),
            ("The registered provider should ensure that patient feedback is analysed and that the "
             "outcomes are shared with patients and visitors.", "Regulation 19", [
                ("Quarterly patient feedback report to be produced and presented to the Clinical "
                 "Governance Committee.", "Quality and Governance Lead", "Quarterly", "On track"),
                ("'You said, we did' noticeboard to be installed in the reception area.",
                 "Facilities Manager", "31 March 2025", "Complete"),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered provider must ensure that controlled drug checks are completed and signed "
             "by two registered nurses at each handover.", "Regulation 15", [
                ("Controlled drug register check added to the nursing handover checklist, with a weekly "
                 "audit by the In-Patient Unit Ward Manager.", "In-Patient Unit Ward Manager",
                 "Immediate and ongoing", "On track"),
                ("Medicines management training update delivered to all registered nurses.",
                 "Clinical Nurse Educator", "30 April 2025", "Complete"),
            ]),
            ("The registered provider must ensure that Immediate Life Support (ILS) training is up to "
             "date for all clinical staff.", "Regulation 20", [
                ("Additional ILS training dates booked with the Wrexham Maelor resuscitation team; "
                 "compliance monitored monthly.", "Clinical Nurse Educator / Head of Clinical Services",
                 "End of June 2025", "On track"),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The registered provider must ensure that all staff receive an annual appraisal.",
             "Regulation 20", [
                ("Appraisal schedule for 2025/26 agreed and monitored by the HR Manager.",
                 "HR Manager", "Q1 2025/26", "Not started"),
            ]),
            ("The registered provider should ensure that the Statement of Purpose and Patients' Guide "
             "are reviewed and updated.", "Regulation 6 and 7", [
                ("Statement of Purpose and Patients' Guide reviewed by the Board of Trustees and "
                 "submitted to HIW.", "Chief Executive", "31 May 2025", "Complete"),
            ]),
        ]),
    ]
    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
             "Timescale", "Status (June 2025)"]
    for theme, items in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for need, reg, acts in items:
            first = None
            for k, (act, who, when, status) in enumerate(acts):
                cells = t.add_row().cells
                if k == 0:
                    cells[0].text = need
                    cells[1].text = reg
                    first = cells
                cells[2].text = act
                cells[3].text = who
                cells[4].text = when
                cells[5].text = status
            if len(acts) > 1:
                last = t.rows[len(t.rows) - 1].cells
                first[0].merge(last[0])
                first[1].merge(last[1])
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Rhian Jones"),
                 ("Job role:", "Chief Executive"), ("Date:", "7 March 2025")]:
        cells = s.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.save(p("rg-nightingale-house-hospice-hiw-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Foyle College (docx)
def foyle():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Foyle College – Action Plan in Response to ETI Inspection (October 2024)",
                      style="Title")
    doc.add_paragraph("Approved by the Board of Governors: 26 November 2024. "
                      "Progress reviewed: 11 March 2025.")
    doc.add_paragraph("Version history").runs[0].bold = True
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        vh.rows[0].cells[i].text = h
    for rowv in [("1.0", "26/11/2024", "Principal", "Approved by the Board of Governors"),
                 ("1.1", "11/03/2025", "Vice-Principal (Curriculum)", "Spring term progress update")]:
        cells = vh.add_row().cells
        for i, v in enumerate(rowv):
            cells[i].text = v
    doc.add_paragraph(
        "The Education and Training Inspectorate (ETI) inspected the College in October 2024. "
        "The report identified three areas for improvement. The actions below set out how the "
        "College will address them.")
    afis = [
        ("1. Embed the use of data to track pupils' progress at key stage 3 and to plan timely "
         "interventions.", [
            ("1.1", "Introduce a whole-school tracking system for key stage 3 using CAT4 and PTE/PTM "
             "baseline data.", "Vice-Principal (Curriculum); Data Manager",
             "Tracker in use by all departments", "December 2024", "Achieved"),
            ("1.2", "Heads of Department to identify pupils for intervention after each assessment "
             "point and record actions on the tracker.", "Heads of Department",
             "Intervention lists reviewed at line management meetings", "Termly", "On track"),
            ("1.3", "Governors' Curriculum Committee to receive an analysis of key stage 3 progress "
             "data each term.", "Principal", "Governors able to challenge progress data",
             "Spring term 2025", "Achieved"),
        ]),
        ("2. Improve the consistency of feedback so that all pupils know how to improve their work.", [
            ("2.1", "Review and relaunch the Marking and Feedback Policy following staff consultation.",
             "Senior Teacher (Teaching and Learning)", "Revised policy adopted by staff and governors",
             "January 2025", "Achieved"),
            ("2.2", "Programme of paired lesson observations focused on the quality of feedback, with "
             "findings shared at departmental meetings.", "Senior Leadership Team\nHeads of Department",
             "Observation records show consistent practice", "Ongoing", "On track"),
            ("2.3", "Pupil voice survey on feedback in years 8 and 11.", "Pupil Voice Co-ordinator",
             "Pupils report they understand their next steps", "May 2025", "Not yet started"),
        ]),
        ("3. Address the low attendance of a minority of pupils, particularly in year 12.", [
            ("3.1", "Appoint an Attendance Officer and introduce weekly attendance meetings with Heads "
             "of Year.", "Vice-Principal (Pastoral)", "Attendance Officer in post",
             "November 2024", "Achieved"),
            ("3.2", "Work with the Education Welfare Service to agree support plans for pupils whose "
             "attendance is below 85%.", "Head of Year 12 / Education Welfare Officer",
             "Year 12 attendance rises to 93%", "June 2025", "On track"),
        ]),
    ]
    heads = ["Ref", "Actions", "Person(s) responsible", "Success criteria", "Timescale",
             "Status (March 2025)"]
    for afi, acts in afis:
        doc.add_heading(afi, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Monitoring: the Principal will report progress against this plan to the Board of "
                      "Governors each term.")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text = "Signed: Chair, Board of Governors"
    s.rows[0].cells[1].text = "Date: 26/11/2024"
    s.rows[1].cells[0].text = "Signed: Principal"
    s.rows[1].cells[1].text = "Date: 26/11/2024"
    doc.save(p("rg-foyle-college-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 NIAS (csv)
def nias():
    import csv
    path = p("rg-northern-ireland-ambulance-service-internal-audit-recommendations-tracker.csv")
    head = ["Audit", "Rec No.", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date",
            "Implementation status", "RAG", "Progress update (September 2025)"]
    FM = "Fleet Management (2024/25)"
    OT = "Management of Overtime (2024/25)"
    IG = "Information Governance (2025/26)"
    CD = "Controlled Drugs (2025/26)"
    rec_ot1 = "Overtime claims should be authorised by an appropriate manager before payment."
    rows = [
        [FM, "FM1", "Priority 1", "Vehicle service schedules should be monitored against manufacturer "
         "intervals and overdue services escalated.", "Introduce a monthly fleet compliance report to the "
         "Operations Directorate, highlighting vehicles overdue for service.", "Head of Fleet",
         "31/03/2025", "30/09/2025", "Partially implemented", "Amber",
         "Report in place from July; escalation route to be agreed."],
        [FM, "FM2", "Priority 2", "Fuel card transactions should be reviewed for anomalies.",
         "Fuel card exception reports to be reviewed monthly by the Fleet Support Manager, with "
         "exceptions reported to Finance.", "Fleet Support Manager", "30/06/2025", "",
         "Fully implemented", "Blue", "Evidence provided to Internal Audit."],
        [OT, "OT1a", "Priority 2", rec_ot1, "Reissue overtime authorisation guidance to all Station "
         "Officers and Area Managers.", "Assistant Director of HR", "31/05/2025", "",
         "Fully implemented", "Blue", "Guidance issued 12 May 2025."],
        [OT, "OT1b", "Priority 2", rec_ot1, "Sample check of 20 overtime claims per quarter by the Payroll "
         "Team, with results reported to the Workforce Committee.",
         "Payroll Manager / Assistant Director of HR", "30/09/2025", "31/12/2025",
         "Partially implemented", "Amber", "First quarterly check complete; reporting route to be agreed."],
        [OT, "OT2", "Priority 3", "The Overtime Policy should be updated to reflect current practice.",
         "Overtime Policy to be revised and consulted on with Trade Union Side.",
         "Head of Employee Relations", "31/12/2025", "", "Not yet due", "Green",
         "Draft with Trade Union Side."],
        [IG, "IG1", "Priority 1", "Information Asset Registers should be completed for all directorates.",
         "Complete Information Asset Registers for the remaining three directorates:\n"
         "Medical, Finance and Human Resources.", "Information Governance Manager", "31/08/2025", "",
         "Not implemented", "Red", "Finance register complete; Medical and HR outstanding."],
        [IG, "IG2", "Priority 2", "Completion of mandatory information governance training should be "
         "monitored by directorate.", "IG training compliance to be included in the monthly directorate "
         "performance reports.", "Senior Information Risk Owner (SIRO)", "Ongoing", "",
         "Partially implemented", "Green", "Included in reports from August 2025."],
        [CD, "CD1", "Priority 1", "Controlled drug registers at stations should be reconciled, and "
         "discrepancies investigated, on a weekly basis.", "Implement weekly CD reconciliation checks at "
         "all stations, recorded on the electronic CD system.", "Chief Pharmacist", "30/11/2025", "",
         "Not yet due", "Green", "Electronic CD system live at 38 of 52 stations."],
        [CD, "CD2", "Priority 2", "Station Officers should receive refresher training on controlled drug "
         "procedures.", "Deliver CD refresher training to Station Officers in the Western and Northern "
         "divisions.", "Clinical Support Officers", "Q4 2025/26", "", "Not yet due", "",
         "Training materials in development."],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Northern Ireland Ambulance Service Health and Social Care Trust"] + [""] * 10)
        w.writerow(["Internal Audit Recommendations Tracker – position at 30 September 2025"] + [""] * 10)
        w.writerow(["Audit Committee – 16 October 2025"] + [""] * 10)
        w.writerow([""] * 11)
        w.writerow(["RAG: Blue = fully implemented; Green = on track to meet target date; "
                    "Amber = at risk / revised date agreed; Red = overdue"] + [""] * 10)
        w.writerow([""] * 11)
        w.writerow(head)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 11)
        w.writerow(["Total recommendations tracked: 9 (Blue 2, Green 3, Amber 2, Red 1, not rated 1)"] + [""] * 10)


# ---------------------------------------------------------------- 7 RCT (txt, tab-separated)
def rct():
    lines = [
        "Rhondda Cynon Taf County Borough Council",
        "Governance and Audit Committee – Action Log",
        "Position as at 24 November 2025",
        "Key: B = complete; G = on track; A = some delay; R = overdue",
        "",
        "\t".join(["Minute No.", "Action", "Responsible Officer", "Original Due", "Revised Due",
                   "RAG", "Update"]),
        "Meeting: 17 March 2025",
        "\t".join(["45", "Provide the Committee with a briefing on the Council's response to the Audit "
                   "Wales review of financial sustainability.", "Director of Finance and Digital Services",
                   "June 2025", "", "B", "Briefing note circulated 2 June 2025."]),
        "\t".join(["47", "Circulate the revised Internal Audit Charter 2025/26 to members for comment.",
                   "Head of Regional Internal Audit Service", "Next meeting", "", "B",
                   "Circulated 4 April 2025; approved 16 June 2025."]),
        "Meeting: 16 June 2025",
        "\t".join(["12", "Report the outcome of the follow-up audit of Schools' Income and Expenditure to a "
                   "future meeting.", "Head of Regional Internal Audit Service", "30/09/2025", "Jan 2026",
                   "A", "Fieldwork extended to include two further schools."]),
        "\t".join(["14", "Arrange a training session for members on the Statement of Accounts.",
                   "Deputy Section 151 Officer", "Sept 2025", "", "B", "Session held 15 September 2025."]),
        "\t".join(["15", "Update the Corporate Risk Register to include the new cyber security risk and "
                   "bring it to the Committee.", "Head of ICT / Corporate Risk Officer", "Q3 2025/26", "",
                   "G", "Risk drafted; to be presented in December."]),
        "Meeting: 22 September 2025",
        "\t".join(["28", "Provide a summary of outstanding high priority audit recommendations by service "
                   "area.", "Head of Regional Internal Audit Service", "Dec 2025", "", "G",
                   "Summary being prepared."]),
        "\t".join(["29", "Invite the Chief Executive to attend to discuss the Council's self-assessment "
                   "2024/25.", "Democratic Services Officer", "Next meeting", "", "G",
                   "Invitation accepted for 8 December 2025."]),
        "\t".join(["31", "Seek clarification from Audit Wales on the timetable for the 2025/26 Assurance and "
                   "Risk Assessment.", "Director of Finance and Digital Services", "31/10/2025", "", "R",
                   "Awaiting response."]),
        "\t".join(["32", "Review the Anti-Fraud, Bribery and Corruption Strategy and report any changes to "
                   "the Committee.", "Head of Counter Fraud; Head of Regional Internal Audit Service",
                   "March 2026", "", "", "Not yet started."]),
        "",
        "Open actions: 6\tCompleted actions: 3",
        "Note: completed actions are reported to the Committee once and then removed from the log.",
    ]
    with open(p("rg-rhondda-cynon-taf-cbc-governance-and-audit-committee-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    lothian()
    sas()
    falkirk()
    nightingale()
    foyle()
    nias()
    rct()
    print("built 7 files")
