#!/usr/bin/env python
"""Build the seven um- case files of set heldout518.

Run with /work/main/.venv/bin/python um_make.py (from any directory)."""
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    """Write text into a docx cell; inner '\n' become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


# ================================================================ 1 Merchiston (docx)
MERCH_REQS = [
    ("Requirement 1: By 30 June 2025, the provider must ensure that all concerns about the wellbeing or "
     "safety of children and young people are recorded, shared with the Child Protection Coordinator and "
     "responded to without delay, in line with the school's child protection policy.",
     [("1.1", "Move all boarding house wellbeing records onto the electronic pastoral system (CPOMS) and "
              "withdraw paper day books in every house.",
       "Deputy Head (Pastoral)", "30 April 2025",
       "Paper day books withdrawn from all houses on 28 April 2025; weekly audit confirms all entries are on CPOMS.",
       "Complete"),
      ("1.2", "Deliver refresher training for all house staff, tutors and matrons on recognising, recording and "
              "reporting concerns, including the same-day recording standard.",
       "Child Protection Coordinator", "31 May 2025",
       "Sessions held on 3 and 10 March; four staff to attend the catch-up session on 22 May.", "Green"),
      ("1.3", "Introduce a weekly review by the Child Protection Coordinator and Head of Boarding of all concerns "
              "logged, with outcomes and actions recorded on each chronology.",
       "Child Protection Coordinator / Head of Boarding", "30 June 2025",
       "Weekly review in place since March; recording template being revised after the first audit.", "Green")]),
    ("Requirement 2: By 31 August 2025, the provider must ensure that each child and young person has a personal "
     "plan that reflects their current needs and is reviewed at least every six months with them and, where "
     "appropriate, their parents or guardians.",
     [("2.1", "Rewrite the personal plan template so that it sets out health, emotional wellbeing, learning and "
              "cultural needs, and how the boarder's views have been sought.",
       "Head of Boarding", "End of May 2025",
       "Draft template tested in two houses; Boarders' Council gave feedback on 14 May.", "Green"),
      ("2.2", "Complete a new personal plan with every boarder and agree a six-monthly review date with them and "
              "their parents or guardians.",
       "Heads of House", "31 August 2025",
       "Plans completed for 61 of 138 boarders; remaining plans scheduled before boarders leave on 28 June.",
       "Amber"),
      ("2.3", "Add personal plan review dates to the boarding quality assurance calendar and sample five plans per "
              "house each half term.",
       "Deputy Head (Pastoral)", "Michaelmas Term 2025",
       "Not yet started – calendar to be set in August.", "")]),
]
MERCH_AFIS = [
    ("Area for improvement 1: To support children and young people's wellbeing, the service should ensure that "
     "medication is stored, administered and recorded safely in all boarding houses, and that staff who "
     "administer medication have had training and a competency check.",
     [("A1.1", "Provide lockable medication cabinets in the two houses still using shared cupboards and move all "
               "controlled medication to the Health Centre.",
       "Bursar", "Apr-25", "Cabinets fitted in both houses on 7 April 2025.", "Complete"),
      ("A1.2", "Train all staff who give medication outside Health Centre hours and complete a signed competency "
               "check for each of them.",
       "Lead Nurse, Health Centre", "June 2025", "19 of 24 staff trained and signed off.", "Green")]),
    ("Area for improvement 2: To ensure children and young people are listened to, the service should develop how "
     "boarders' views shape the day-to-day running of the houses, and show boarders what has changed as a result.",
     [("A2.1", "Relaunch the Boarders' Council with an elected representative from each house and publish minutes "
               "and 'You said, we did' updates on house noticeboards.",
       "Head of Boarding / Head of Sixth Form", "Ongoing",
       "Council met on 5 March and 30 April; noticeboard updates in all houses.", "Green"),
      ("A2.2", "Run a boarders' survey each term and report the results and actions to the Governors' Welfare "
               "Committee.",
       "Deputy Head (Pastoral)", "Termly",
       "Lent Term survey completed (84% response); Summer Term survey due in June.", "Green")]),
    ("Area for improvement 3: To support safe recruitment, the service should ensure that recruitment records for "
     "all staff working in the boarding houses, including gap staff and visiting tutors, contain the checks set "
     "out in 'Safer Recruitment Through Better Recruitment'.",
     [("A3.1", "Audit the personnel file of every member of boarding staff, gap staff and visiting tutor against "
               "the safer recruitment checklist and obtain any missing references or PVG scheme records.",
       "HR Manager", "31 March 2025", "Audit complete; two missing references obtained.", "Complete"),
      ("A3.2", "Add gap staff and visiting tutors to the single central record and report its completeness to each "
               "meeting of the Governors' Welfare Committee.",
       "HR Manager / Bursar", "Sept 2025", "", "Amber")]),
]


def make_merchiston():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Merchiston Castle School: Care Inspectorate Improvement Plan", style="Title")
    d.add_paragraph("School Care Accommodation Service (Boarding) – unannounced inspection, 11 to 13 February 2025",
                    style="Subtitle")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Deputy Head (Pastoral)"), ("Version", "1.3"), ("Date", "19 May 2025"),
                 ("Approved by", "Governors' Welfare Committee, 27 May 2025"),
                 ("Next review", "September 2025")]:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "D9E2F3")
        cell_text(r[1], v)
    d.add_paragraph("")
    d.add_paragraph(
        "The Care Inspectorate inspected our school care accommodation service from 11 to 13 February 2025. The "
        "report, published on 2 April 2025, evaluated 'How well do we support children and young people's rights "
        "and wellbeing?' as 4 – Good. It made two requirements and three areas for improvement. This plan sets out "
        "the actions we are taking in response to each of them. Progress is reported to every meeting of the "
        "Governors' Welfare Committee.")
    headers = ["No.", "Action", "Lead", "Target date", "Progress (May 2025)", "RAG"]

    def block(title, items):
        tb = d.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[5])
        cell_text(m, title, bold=True)
        shade(m, "1F3864")
        for p in m.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for c, h in zip(tb.rows[1].cells, headers):
            cell_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for row in items:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                cell_text(c, v)
            rag = row[5]
            col = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}.get(rag)
            if col:
                shade(cells[5], col)
        d.add_paragraph("")

    d.add_heading("Requirements", level=1)
    for title, items in MERCH_REQS:
        block(title, items)
    d.add_heading("Areas for improvement", level=1)
    for title, items in MERCH_AFIS:
        block(title, items)
    d.add_heading("RAG key", level=2)
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, col in [("Complete", "Action fully implemented and evidence held", "5B9BD5"),
                               ("Green", "On track to meet the target date", "92D050"),
                               ("Amber", "Some delay; target date at risk", "FFC000"),
                               ("Red", "Not on track; escalated to the Head", "FF0000"),
                               ("(blank)", "Not yet started", "FFFFFF")]:
        r = k.add_row().cells
        cell_text(r[0], word, bold=True)
        shade(r[0], col)
        cell_text(r[1], meaning)
    d.add_paragraph("")
    d.add_paragraph("Signed: Head, Merchiston Castle School          Date: 19 May 2025")
    d.save(out("um-merchiston-castle-school-care-inspectorate-boarding-improvement-plan.docx"))


# ================================================================ 2 Ty Catrin HIW (docx)
TYC_IMMEDIATE = [
    ("The registered provider must ensure that resuscitation and emergency equipment on all wards is checked daily "
     "and that missing or expired items are replaced immediately.",
     "Regulation 15 (1)(b)",
     "All emergency bags and resuscitation equipment were checked and restocked on 10 October 2024.\n"
     "A revised daily checklist has been introduced on each ward and the Lead Nurse audits completion weekly.",
     "Lead Nurse", "11 October 2024"),
    ("The registered provider must ensure that the ligature risk assessment for each ward is reviewed and that the "
     "risks identified are managed.",
     "Regulation 26 (2)(a)",
     "Ligature risk assessments for all wards have been reviewed by the Hospital Director and the Estates Manager, "
     "and the remedial works identified have been added to the estates programme.",
     "Hospital Director / Estates Manager", "31 October 2024"),
]
TYC_PLAN = [
    ("Quality of the patient experience", [
        ("The service must ensure that patients are able to make and receive telephone calls in private on all wards.",
         "Regulation 15 (1)(a)",
         "A cordless patient telephone has been purchased for each ward so that calls can be taken in a patient's "
         "bedroom or the quiet room.\nWard managers will check weekly that the telephones are charged and available.",
         "Ward Managers", "30 November 2024"),
        ("The service must ensure that information about advocacy, how to make a complaint and how to contact HIW is "
         "displayed on every ward, in English and Welsh.",
         "Regulation 24 (4)",
         "Bilingual noticeboards to be fitted in each ward corridor, and patient information packs updated and "
         "reissued to all patients.",
         "Patient Experience Lead", "January 2025"),
    ]),
    ("Delivery of safe and effective care", [
        ("The service must ensure that physical health monitoring following rapid tranquillisation, including NEWS2 "
         "observations, is completed and recorded in line with policy.",
         "Regulation 15 (1)(b)",
         "Rapid tranquillisation policy re-briefed to all registered nurses.\nMonthly audit of physical health "
         "observations after rapid tranquillisation added to the clinical audit programme, with results reported "
         "to the Clinical Governance Committee.",
         "Director of Clinical Services / Lead Nurse", "28/02/2025"),
        ("The service must ensure that care and treatment plans are reviewed at the frequency required by the Mental "
         "Health (Wales) Measure 2010 and that patients' views are recorded.",
         "Regulation 15 (1)(a); Mental Health (Wales) Measure 2010",
         "Care and treatment plan review dates added to the electronic patient record dashboard and checked at the "
         "weekly multidisciplinary team meeting.",
         "Clinical Services Manager", "March 2025"),
        ("The service must ensure that detention papers are scrutinised on admission and that section 17 leave forms "
         "clearly record the conditions of leave.",
         "Mental Health Act 1983; Code of Practice for Wales",
         "Mental Health Act Administrator to complete a full audit of detention papers and section 17 leave forms, "
         "followed by a monthly audit reported to the Hospital Managers' meeting.",
         "Mental Health Act Administrator", "31 January 2025"),
    ]),
    ("Quality of management and leadership", [
        ("The service must ensure that staff compliance with mandatory training, including the Prevention and "
         "Management of Violence and Aggression (PMVA), reaches the provider's target of 90%.",
         "Regulation 20 (2)(a)",
         "Additional PMVA courses booked for December 2024 and January 2025. Compliance reported weekly to the "
         "senior management team until the 90% target is achieved.",
         "Hospital Director", "Within three months"),
        ("The service must ensure that staff receive regular supervision and an annual appraisal, and that these are "
         "recorded.",
         "Regulation 20 (2)(a)",
         "Supervision tracker introduced for each ward. Line managers to book all outstanding appraisals, with "
         "compliance monitored at the monthly clinical governance meeting.",
         "Ward Managers / HR Business Partner", "Ongoing"),
    ]),
]


def make_tycatrin():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Ty Catrin Hospital – HIW Inspection Improvement Plan", style="Title")
    d.add_paragraph("Independent Mental Health Service Inspection (Unannounced), Elysium Healthcare")
    d.add_paragraph("Service: Ty Catrin Hospital, Cardiff")
    d.add_paragraph("Date of inspection: 8 – 10 October 2024")
    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]

    d.add_heading("Appendix B – Immediate improvement plan", level=1)
    d.add_paragraph(
        "The table below includes any immediate non-compliance concerns about patient safety identified during the "
        "inspection where we require the service to complete an immediate improvement plan telling us about the "
        "urgent actions they are taking.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in TYC_IMMEDIATE:
        for c, v in zip(t.add_row().cells, row):
            cell_text(c, v)
    d.add_paragraph("")

    d.add_heading("Appendix C – Improvement plan", level=1)
    d.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require the "
        "service to complete an improvement plan telling us about the actions they are taking to address these "
        "areas.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for section, rows in TYC_PLAN:
        r = t.add_row().cells
        m = r[0].merge(r[4])
        cell_text(m, section, bold=True)
        shade(m, "F2F2F2")
        for row in rows:
            for c, v in zip(t.add_row().cells, row):
                cell_text(c, v)
    d.add_paragraph("")
    d.add_paragraph("The following section must be completed by a representative of the service who has overall "
                    "responsibility and accountability for ensuring the improvement plan is actioned.")
    s = d.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Service representative", ""), ("Name (print):", "Rhian Pugh"),
                 ("Job role:", "Hospital Director"), ("Date:", "6 December 2024")]:
        r = s.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)
    d.save(out("um-ty-catrin-hospital-hiw-mental-health-inspection-improvement-plan.docx"))


# ================================================================ 3 Ross Hall HIS (xlsx)
D = dt.datetime
ROSS = [
    ("Domain 2 – Leadership and culture", [
        ("Recommendation a: The service should continue to develop its approach to staff engagement and show staff "
         "how their feedback from the staff survey has been acted on.", [
            ("a.1", "Hold 'You said, we did' staff forums each quarter, led by the Hospital Director, and publish the "
                    "actions agreed on the staff intranet.",
             "Hospital Director", D(2024, 10, 1), D(2025, 3, 31), None,
             "Forums held in October 2024 and January 2025; actions published on the intranet.", GREEN)]),
    ]),
    ("Domain 5 – Planning for quality", [
        ("Requirement 1: The provider must ensure that the fire risk assessment is reviewed and that all actions "
         "identified are completed within the timescales set out in the assessment.", [
            ("1.1", "Commission an external review of the hospital fire risk assessment.",
             "Head of Facilities", D(2024, 7, 15), D(2024, 9, 30), None,
             "External review completed 12 September 2024.", BLUE),
            ("1.2", "Complete remedial works to fire doors on the first floor ward and in theatres, as identified in "
                    "the fire risk assessment.",
             "Head of Facilities", D(2024, 10, 1), D(2024, 12, 31), D(2025, 3, 31),
             "First floor doors complete. Theatre doors delayed by supplier lead times; revised date agreed with "
             "HIS.", AMBER),
            ("1.3", "Report progress against the fire risk assessment action plan to each Health and Safety "
                    "Committee.",
             "Head of Facilities / Hospital Director", D(2024, 10, 1), "Ongoing", None,
             "Reported to Health and Safety Committee in October 2024 and January 2025.", GREEN)]),
        ("Requirement 2: The provider must ensure that all staff complete mandatory training, including sepsis "
         "recognition and management, and that compliance is monitored.", [
            ("2.1", "Add sepsis recognition and management to the mandatory training matrix for all registered nurses "
                    "and healthcare assistants.",
             "Head of Clinical Services", D(2024, 7, 15), D(2024, 8, 31), None,
             "Added to the training matrix in August 2024.", BLUE),
            ("2.2", "Report training compliance by department to the monthly Clinical Governance Committee until 95% "
                    "compliance is reached.",
             "Head of Clinical Services", D(2024, 9, 1), D(2025, 2, 28), None,
             "Compliance at 89% (January 2025).", GREEN)]),
    ]),
    ("Domain 7 – Quality control", [
        ("Requirement 3: The provider must ensure that patient care records are fully completed, including risk "
         "assessments for venous thromboembolism and falls.", [
            ("3.1", "Relaunch the patient care record standards with ward and theatre teams through practice "
                    "development sessions.",
             "Practice Development Lead", D(2024, 10, 1), D(2024, 11, 30), None,
             "Sessions delivered to all wards and theatres.", BLUE),
            ("3.2", "Carry out a monthly audit of 10 patient care records per ward and report the results to the "
                    "Clinical Governance Committee.",
             "Ward Managers; Clinical Governance Lead", D(2024, 10, 1), D(2025, 3, 31), D(2025, 6, 30),
             "Audits in place. Falls assessment completion at 82%; audit extended for a further quarter.", AMBER)]),
        ("Recommendation b: The service should ensure that the results of audits, and any resulting actions, are "
         "shared with staff.", [
            ("b.1", "Add a standing audit results item to ward and department team meetings.",
             "Ward Managers", D(2024, 11, 1), D(2025, 1, 31), None,
             "Standing item added to all team meeting agendas.", BLUE)]),
    ]),
]


def make_rosshall():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Circle Health Group – Ross Hall Hospital, Glasgow"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Healthcare Improvement Scotland: unannounced inspection, 9–10 July 2024"
    cv["A3"] = "Improvement Action Plan"
    cv["A3"].font = Font(bold=True, size=12)
    rows = [("Report published", D(2024, 10, 1)), ("Plan owner", "Hospital Director"),
            ("Version", "v4 – updated for Medical Advisory Committee, February 2025"),
            ("Position as at", D(2025, 2, 14)),
            ("Governance", "Senior Management Team (monthly); Medical Advisory Committee (quarterly)")]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        c = cv.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Ross Hall Hospital – HIS Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Inspection date: 9–10 July 2024    Report published: 1 October 2024    Updated: 14 February 2025"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Requirement / recommendation", "Action planned", "Responsible person", "Timescale – start",
           "Timescale – complete", "Revised completion", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for domain, recs in ROSS:
        ws.cell(r, 1, domain).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            for ref, action, lead, start, comp, rev, prog, rag in acts:
                vals = [ref, rec if r == first else None, action, lead, start, comp, rev, prog, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 9).fill = fill(rag)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: RAG status is shown by colour – see the RAG key sheet. Revised dates were agreed with the "
                  "HIS link inspector on 20 January 2025.")
    for col, w in zip("ABCDEFGHI", [7, 45, 50, 24, 13, 13, 13, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([(BLUE, "Complete – evidence provided"), (GREEN, "On track"),
                                        (AMBER, "Delayed – revised date agreed"),
                                        (RED, "Off track – escalated to Senior Management Team")], start=2):
        k.cell(i, 1).fill = fill(col)
        k.cell(i, 2, meaning)
    k.column_dimensions["B"].width = 50
    wb.active = 1
    wb.save(out("um-ross-hall-hospital-his-inspection-improvement-action-plan.xlsx"))


# ================================================================ 4 NISCC risk register (xlsx)
NISCC = [
    ("CR1", "Registration: There is a risk that the Council is unable to process applications to the Social Care "
            "Register within the 20 working day standard, due to increased volumes and system changes, resulting in "
            "delays to people taking up employment and damage to the Council's reputation.",
     "Director of Regulation and Standards", "4 x 4 = 16",
     "Weekly performance reports to SMT; overtime scheme; online portal triage of incomplete applications.",
     12, 9, [
         ("1.1", "Complete the second phase of the online registration portal upgrade, including automated identity "
                 "checks.", "Head of Registration / Head of ICT", D(2025, 12, 31), "G"),
         ("1.2", "Recruit two temporary registration officers to clear the backlog of applications over 20 working "
                 "days.", "Head of Registration", "Oct-25", "B"),
         ("1.3", "Review the registration service standard with the Department of Health and agree revised key "
                 "performance indicators for 2026-27.", "Director of Regulation and Standards", "Q4 2025/26", "A")]),
    ("CR2", "Fitness to practise: There is a risk that fitness to practise cases are not concluded within target "
            "timescales, due to case complexity and panel member availability, leading to risk to the public and "
            "challenge to the Council's decisions.",
     "Director of Regulation and Standards", "4 x 5 = 20",
     "Case management system; monthly caseload review; legal advice framework.",
     15, 15, [
         ("2.1", "Appoint and train an additional cohort of Fitness to Practise Committee panel members.",
          "Head of Fitness to Practise", "March 2026", "G"),
         ("2.2", "Introduce a case progression review for all cases open longer than 12 months.",
          "Head of Fitness to Practise; Solicitor", D(2025, 11, 30), "A")]),
    ("CR3", "Cyber security: There is a risk of a successful cyber attack or data breach affecting Council systems, "
            "due to the increasing sophistication of threats and reliance on digital services, leading to loss of "
            "data and disruption to registration services.",
     "Director of Corporate Services", "4 x 5 = 20",
     "Cyber Essentials accreditation; BSO ITS security monitoring; mandatory information governance training.",
     12, 12, [
         ("3.1", "Complete the Cyber Essentials Plus reassessment.", "Head of ICT", "Nov-25", "G"),
         ("3.2", "Deliver phishing awareness training to all staff and Council members, followed by a simulated "
                 "phishing exercise.", "Head of ICT", D(2026, 1, 31), "G"),
         ("3.3", "Test the ICT disaster recovery plan with BSO ITS and update the business continuity plan.",
          "Head of ICT / Head of Corporate Services", "Ongoing", "A")]),
    ("CR4", "Financial sustainability: There is a risk that the Council cannot deliver its business plan within its "
            "2025-26 budget allocation, due to pay pressures and reduced Departmental funding, leading to reductions "
            "in services.",
     "Chief Executive", "4 x 4 = 16",
     "Monthly budget monitoring; Departmental sponsor meetings; recruitment controls.",
     12, 16, [
         ("4.1", "Agree a savings plan for 2025-26 with the Department of Health sponsor branch.",
          "Chief Executive", "30 June 2025", "B"),
         ("4.2", "Review registration fees and prepare a consultation paper for Council.",
          "Director of Corporate Services", "Mar-26", "R")]),
]


def score_fill(s):
    if s >= 15:
        return fill("FF0000")
    if s >= 10:
        return fill("FFC000")
    if s >= 5:
        return fill("FFFF00")
    return fill("92D050")


def make_niscc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Northern Ireland Social Care Council – Corporate Risk Register 2025-26: Summary"
    sm["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["Risk ref", "Risk", "Risk owner", "Residual Q1", "Residual Q2", "Trend"], start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    trend = {"CR1": "↓", "CR2": "↔", "CR3": "↔", "CR4": "↑"}
    for i, (ref, desc, owner, _inh, _ctl, q1, q2, _acts) in enumerate(NISCC, start=4):
        sm.cell(i, 1, ref)
        sm.cell(i, 2, desc.split(":")[0])
        sm.cell(i, 3, owner)
        sm.cell(i, 4, q1).fill = score_fill(q1)
        sm.cell(i, 5, q2).fill = score_fill(q2)
        sm.cell(i, 6, trend[ref])
    sm.cell(9, 1, "Risks scored 15 or above (Extreme): 2")
    sm.cell(10, 1, "Risks scored 10-14 (High): 1")
    sm.cell(11, 1, "Risks scored 5-9 (Medium): 1")
    sm.column_dimensions["B"].width = 28
    sm.column_dimensions["C"].width = 36

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = "Northern Ireland Social Care Council – Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 (Quarter 2)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "For Audit and Risk Assurance Committee, 13 November 2025"
    hdr = ["Risk ref", "Risk description", "Risk owner", "Inherent risk (L x I)", "Existing controls",
           "Residual risk Q1", "Residual risk Q2", "Action no.", "Actions to further mitigate the risk",
           "Action owner", "Target date", "Action status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("00558C")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for ref, desc, owner, inh, ctl, q1, q2, acts in NISCC:
        first = r
        for no, action, aowner, target, status in acts:
            vals = [ref, desc, owner, inh, ctl, q1, q2] if r == first else [None] * 7
            vals += [no, action, aowner, target, status]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 12).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(first, 6).fill = score_fill(q1)
        ws.cell(first, 7).fill = score_fill(q2)
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Action status key: B = Complete; G = On track; A = Some slippage, revised date may be needed; "
                  "R = Significant delay / not on track")
    ws.cell(r + 1, 1, "Risk scores (likelihood x impact): 1-4 Low; 5-9 Medium; 10-14 High; 15-25 Extreme. "
                      "See Risk matrix sheet.")
    for col, w in zip("ABCDEFGHIJKL", [8, 48, 22, 12, 36, 10, 10, 8, 48, 26, 13, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Risk matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx.cell(3, 1, "Likelihood \\ Impact")
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            mx.cell(3 + i, j + 1, s).fill = score_fill(s)
    wb.active = 1
    wb.save(out("um-northern-ireland-social-care-council-corporate-risk-register-2025-26.xlsx"))


# ================================================================ 5 Cardiff PSB delivery plan (xlsx)
CARDIFF = [
    ("WBO1 Grow Up", "Well-being Objective 1: Cardiff is a Great Place to Grow Up",
     "Objective lead: Corporate Director People and Communities, Cardiff Council", [
        ("Priority 1: Embed children's rights across public services, building on Cardiff's recognition as a Unicef "
         "UK Child Friendly City", [
            ("1.1", "Deliver children's rights training to frontline staff in all PSB partner organisations.",
             "Cardiff Council; Cardiff and Vale UHB", "Mar-26",
             "1,240 staff trained to date across six partners.", "G"),
            ("1.2", "Establish a youth advisory panel to review PSB decisions that affect children and young people.",
             "Cardiff Council (Child Friendly Cardiff team)", "Dec-25",
             "Recruitment of panel members slower than planned; launch moved to December.", "A")]),
        ("Priority 2: Support the emotional and physical health of children and young people", [
            ("1.3", "Expand the whole-school approach to emotional and mental wellbeing to all Cardiff secondary "
                    "schools.",
             "Cardiff and Vale UHB / Cardiff Council Education", "July 2026",
             "28 of 34 secondary schools engaged.", "G"),
            ("1.4", "Roll out the Move More, Eat Well early years programme to nursery settings in the Southern Arc of "
                    "the city.",
             "Cardiff and Vale UHB Public Health Team", "Q4 2025/26",
             "Programme running in 19 settings; evaluation framework agreed.", "G")]),
    ]),
    ("WBO3 Poverty", "Well-being Objective 3: Supporting People out of Poverty",
     "Objective lead: Director of Adults, Housing and Communities, Cardiff Council", [
        ("Priority 1: Maximise household income and help people into work", [
            ("3.1", "Deliver a joint benefit take-up campaign with DWP, Citizens Advice and housing associations.",
             "Cardiff Council Advice Services & DWP", "31/03/2026",
             "Campaign launched in July; £1.9m of additional benefits identified by end of September.", "G"),
            ("3.2", "Provide employment support through Into Work Services in every Community Hub.",
             "Cardiff Council", "Ongoing", "Service available in all hubs.", "G")]),
        ("Priority 2: Reduce the impact of the cost of living crisis", [
            ("3.3", "Extend the network of Warm Welcome spaces for winter 2025-26.",
             "Cardiff Third Sector Council (C3SC)", "Nov-25",
             "Funding for 2025-26 confirmed late; 41 spaces registered against a target of 60.", "A")]),
    ]),
    ("WBO6 One Planet", "Well-being Objective 6: One Planet Cardiff",
     "Objective lead: Director of Planning, Transport and Environment, Cardiff Council", [
        ("Priority 1: Decarbonise the public sector estate and fleet", [
            ("6.1", "Publish a joint PSB decarbonisation route map for public buildings in Cardiff.",
             "Cardiff Council; Natural Resources Wales", "Sep-25",
             "Route map agreed by the PSB on 18 September 2025 and published.", "B"),
            ("6.2", "Increase the number of ultra-low emission vehicles in partner fleets based in Cardiff, with "
                    "shared charging at partner sites.",
             "South Wales Police / South Wales Fire and Rescue Service", "March 2027",
             "Capital funding bid unsuccessful; options being reworked for the 2026-27 budget round.", "R")]),
        ("Priority 2: Respond to the nature emergency", [
            ("6.3", "Deliver the Coed Caerdydd tree planting programme on public land, including NHS and Council "
                    "sites.",
             "Cardiff Council (Coed Caerdydd)", "Mar-26",
             "Planting season plan agreed; 14 partner sites identified.", "G")]),
    ]),
]
RAGFILL = {"B": "8EA9DB", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def make_cardiff():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Cardiff Public Services Board – Well-being Plan 2023-28: Delivery Plan 2025-26"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Quarter 2 progress report to Cardiff PSB, 16 October 2025"
    for j, h in enumerate(["Well-being Objective", "Steps", "B", "G", "A", "R"], start=1):
        c = ov.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    row = 5
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _sheet, obj, _lead, prios in CARDIFF:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        n = 0
        for _p, acts in prios:
            for a in acts:
                cnt[a[5]] += 1
                n += 1
        ov.cell(row, 1, obj)
        ov.cell(row, 2, n)
        for j, k in enumerate("BGAR", start=3):
            ov.cell(row, j, cnt[k])
            tot[k] += cnt[k]
        row += 1
    ov.cell(row, 1, "Total").font = Font(bold=True)
    ov.cell(row, 2, sum(tot.values())).font = Font(bold=True)
    for j, k in enumerate("BGAR", start=3):
        ov.cell(row, j, tot[k]).font = Font(bold=True)
    ov.cell(row + 2, 1, "RAG key: B – complete; G – on track; A – minor slippage, expected to recover; "
                        "R – significant issues, PSB support needed")
    ov.cell(row + 3, 1, "Objectives 2, 4, 5 and 7 are reported through the Regional Partnership Board and the "
                        "Community Safety Partnership and are not included in this tracker.")
    ov.column_dimensions["A"].width = 62

    for sheet, obj, lead, prios in CARDIFF:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Cardiff Public Services Board – Well-being Plan 2023-28: Delivery Plan 2025-26"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = obj
        ws["A2"].font = Font(bold=True, size=12, color="FF1F4E79")
        ws["A3"] = lead
        hdr = ["Ref", "Step / action", "Lead partner(s)", "Milestone / target date",
               "Q2 progress update (September 2025)", "RAG"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(5, j, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("1F4E79")
            c.alignment = WRAP
            c.border = BOX
        r = 6
        for prio, acts in prios:
            ws.cell(r, 1, prio).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for a in acts:
                for j, v in enumerate(a, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(r, 6).fill = fill(RAGFILL[a[5]])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for col, w in zip("ABCDEF", [6, 55, 32, 14, 50, 6]):
            ws.column_dimensions[col].width = w
    wb.save(out("um-cardiff-psb-well-being-plan-delivery-plan-2025-26.xlsx"))


# ================================================================ 6 ABC council action log (csv)
ABC_HDR = ["Ref", "Minute ref", "Action", "Responsible officer(s)", "Original due date", "Revised due date",
           "Update", "Status"]
ABC = [
    ("Meeting of 19 September 2024", [
        ["PA/24/01", "PA 045/24", "Provide members with a breakdown of overtime costs by department for 2023-24 and "
         "Q1 2024-25.", "Head of Finance", "17/10/2024", "", "Circulated to members by email on 14 October 2024.",
         "Complete"],
        ["PA/24/02", "PA 047/24", "Bring a report on the NIAO proposal for improvement on performance indicators, "
         "setting out how self-imposed indicators will be benchmarked with other councils.",
         "Head of Performance and Improvement", "12/12/2024", "12/03/2025",
         "Deferred to March meeting to include Q3 2024-25 data. Report presented 12 March 2025.", "Complete"],
        ["PA/24/03", "PA 051/24", "Internal Audit to follow up the outstanding priority 1 recommendations on "
         "purchasing card controls and report the outcome.", "Head of Internal Audit", "12/12/2024", "",
         "Follow-up complete; 3 of 4 recommendations implemented. Remaining recommendation carried forward to the "
         "2025-26 audit plan.", "Complete"],
    ]),
    ("Meeting of 12 December 2024", [
        ["PA/24/04", "PA 066/24", "Update the corporate risk register to include a separate risk on the leisure "
         "capital programme.", "Strategic Director, Leisure and Community Services", "12/03/2025", "",
         "Risk added to the register and presented at the March meeting.", "Complete"],
        ["PA/24/05", "PA 068/24", "Circulate the draft Annual Governance Statement timetable and the approach to the "
         "review of the effectiveness of internal audit.", "Chief Executive / Head of Finance", "Next meeting", "",
         "Draft timetable prepared.", "On track"],
        ["PA/24/06", "PA 070/24", "Provide a progress report on the implementation of the new HR and payroll system, "
         "including the revised go-live date and the budget position.\nInclude details of the data migration "
         "testing.", "Head of Human Resources; Head of ICT", "June 2025", "", "", "On track"],
    ]),
    ("Meeting of 12 March 2025", [
        ["PA/25/01", "PA 012/25", "Review the format of the performance improvement plan progress report so that "
         "each improvement objective shows the trend against the previous two years.",
         "Head of Performance and Improvement", "May-25", "", "", "Not started"],
        ["PA/25/02", "PA 015/25", "Arrange a training session for members on the committee's role in risk "
         "management, to be delivered by the NIAO.", "Democratic Services Manager", "30/04/2025", "",
         "Date being agreed with the NIAO.", "On track"],
        ["PA/25/03", "PA 018/25", "Report back on the reasons for the increase in sickness absence in Q3 and the "
         "actions being taken.", "Head of Human Resources", "11/06/2025", "", "", "Not started"],
    ]),
]


def make_abc():
    path = out("um-armagh-city-banbridge-craigavon-bc-performance-and-audit-committee-action-log.csv")
    blank = [""] * 8
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Armagh City, Banbridge and Craigavon Borough Council – Performance and Audit Committee "
                    "Action Log"] + [""] * 7)
        w.writerow(["Updated following the meeting of 12 March 2025"] + [""] * 7)
        w.writerow(blank)
        w.writerow(ABC_HDR)
        counts = {}
        for meeting, rows in ABC:
            w.writerow([meeting] + [""] * 7)
            for row in rows:
                w.writerow(row)
                counts[row[7]] = counts.get(row[7], 0) + 1
        w.writerow(blank)
        w.writerow(["Summary"] + [""] * 7)
        for k in ["Complete", "On track", "Not started"]:
            w.writerow([k, counts[k]] + [""] * 6)
        w.writerow(["Total actions", sum(counts.values())] + [""] * 6)


# ================================================================ 7 Portree High School (txt, refuse)
PORTREE_LINES = [
    "Portree High School – Education Scotland Inspection Action Plan",
    "Inspection report published 28 January 2025. Plan agreed with the Highland Council Quality Improvement Team.",
    "Updated 2 June 2025",
    "",
    "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
    "QI 1.3 Leadership of change",
    "Area for improvement 1: Senior leaders should continue to develop rigorous self-evaluation, involving all staff, "
    "young people and parents, so that the school's priorities for improvement are clear and progress can be measured.",
    "1.1\tIntroduce a calendar of learning visits and focus groups with young people, reported each term to the senior "
    "leadership team.\tDepute Head Teacher (Quality Improvement)\tAugust 2025\tCalendar drafted; first visits planned "
    "for August.\tG",
    "1.2\tInvolve the Parent Council and pupil leadership groups in agreeing the 2025/26 school improvement plan.\tHead "
    "Teacher\tJune 2025\tParent Council consulted on 14 May.\tG",
    "QI 2.3 Learning, teaching and assessment",
    "Area for improvement 2: Teachers should ensure that learning is consistently well matched to young people's needs, "
    "with appropriate support and challenge in all lessons.",
    "2.1\tDeliver professional learning on differentiation and questioning through in-service days and faculty "
    "meetings.\tPrincipal Teacher Raising Attainment\tOctober 2025\t\tA",
    "2.2\tIntroduce peer observation in each faculty, focused on support and challenge, with findings shared at faculty "
    "meetings.\tFaculty Heads / Depute Head Teacher\tDecmber 2025\t\tA",
    "2.3\tReview the deployment of Pupil Support Assistants in S1–S3 classes so that support is targeted at young "
    "people with identified needs.\tDepute Head Teacher (Support for Learning)\tMarch 2026\t\tG",
    "QI 3.2 Raising attainment and achievement",
    "Area for improvement 3: Senior leaders and staff should continue to raise attainment in the senior phase, "
    "particularly for young people living in the most deprived areas.",
    "3.1\tTrack the progress of every S4–S6 learner at three points in the year and agree support for those not on "
    "track.\tDepute Head Teacher (Senior Phase)\tOngoing\tFirst tracking point completed.\tG",
    "3.2\tUse Pupil Equity Funding to provide a study support programme for targeted young people, including Gaelic "
    "medium learners.\tHead Teacher\tApril 2026\t\tR",
    "",
    "RAG: G = on track, A = some delay, R = significant concerns",
]


def make_portree():
    path = out("um-portree-high-school-education-scotland-inspection-action-plan-typo-month-refuse.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(PORTREE_LINES) + "\n")


if __name__ == "__main__":
    make_merchiston()
    make_tycatrin()
    make_rosshall()
    make_niscc()
    make_cardiff()
    make_abc()
    make_portree()
    print("built 7 files in", HERE)
